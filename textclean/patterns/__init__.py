"""Heuristics as data: pattern tables per language.

Each language module (``en``, ``de``, ``es``, ``fr``, ``it``, ``pt``, ``nl``, ``ru``, ``pl``, ``sv``, ``tr``, ``el``, ``ja``, ``zh``, ``ko``, ``ar``, ``he``, ``hi``, ``id``, ``uk``, ``vi``, ``cs``, ``da``, ``nb``, ``sk``, ``fi``, ``hu``, ``ro``, ``ca``, ``fa``, ``th``, ``bn``) defines a ``TABLE`` dict
with the same keys; :func:`load` merges the tables for the requested languages
and compiles them once.  Adding a language is adding a module with a ``TABLE``
and listing it in :data:`LANGUAGES`.

Keys of a table:

``boilerplate``
    ``(reason, pattern, weight, max_len)`` rules matched against a whole block
    (case-insensitive).  A block whose weights add up to 1.0 or more is removed.
    ``max_len`` keeps a rule from firing on a long block of real prose.
``byline_prefixes`` / ``byline_suffixes`` / ``name_joiners``
    Words that introduce a byline (``By``, ``记者``), that follow the name in one (Korean
    ``홍길동 기자``), and that join names (``and``).
``months``
    Month names and abbreviations mapped to their number.
``updated_words`` / ``published_words``
    Labels before a date that say it is an update, or the publication date.
``source_labels``
    Labels before the article's own URL (``Original url:``).
``suspended_hyphen_joiners``
    Words after a line-end hyphen that make it a suspended hyphen (``pre- and post-war``).
``list_labels``
    Labels of a list written on one line, ``Keywords: a, b, c`` (read by ``headings``: such a
    line is no heading).
``quote_headers``
    Patterns of a quoted post's or message's header line (``Quote from: kim on March 12,
    2024``, ``jdoe wrote:``, ``On Mon, 4 Mar 2024, Sam <sam@example.org> wrote:``, ``Zitat von:
    …``): the layout cleaner starts a block under it (the quoted text is no wrap of it), and
    ``headings`` makes no heading of it.
``comment_markers``
    Patterns of a line that opens a page's comment section (read by the ``page-dump`` cleaner).

Which tables are consulted: the ``boilerplate`` rules, name joiners, comment markers and
suspended-hyphen words of the document's language and English (with ``languages="auto"``,
:func:`document_languages`); the other keys of every shipped table (byline words, month
names, date labels), so a rule in any table must not fire on prose in another language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import import_module
from typing import Any

import regex

LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "ru", "pl", "sv", "tr", "el", "ja", "zh", "ko", "ar", "he", "hi", "id", "uk", "vi", "cs", "da", "nb", "sk", "fi", "hu", "ro", "ca", "fa", "th", "bn")

#: Photo and news agencies whose name after a slash marks a photo credit.
AGENCIES = (
    "TASS", "AFP", "AP", "Reuters", "EPA", "EPA-EFE", "EFE", "dpa", "ANSA", "Xinhua",
    "Getty Images", "Getty", "Shutterstock", "iStock", "Alamy", "Sputnik", "RIA Novosti",
    "Anadolu", "Anadolu Agency", "Kommersant", "Bloomberg", "PA", "PA Images", "PA Wire",
    "Europa Press", "Keystone", "Imago", "picture alliance", "NurPhoto", "SOPA Images",
    "Wikimedia Commons", "Unsplash", "Pexels", "Flickr", "Pool", "Handout", "ZUMA",
    "ZUMA Wire", "Sipa", "Abaca", "AA", "UPI", "Kyodo", "Yonhap", "NTB", "TT", "Ritzau",
    "Belga", "ANP", "APA", "Agencia Brasil", "Agência Brasil", "Lusa", "LaPresse", "Folhapress", "Vedomosti", "Interfax", "Mid.ru", "Kremlin.ru",
    "Press Service", "Presidential Press Service", "Facebook", "Twitter", "X", "Telegram",
    "Instagram", "YouTube", "Wikipedia", "social media", "courtesy",
)


# Simple case folding (VERSION0), not VERSION1's full case folding: with full folding a
# class such as ``[\w.-]+`` can match "ss" as one "ß", so a run of n "S"s splits in
# Fibonacci(n) ways and a failing search backtracks through all of them (found by the
# fuzzer: 20 "S"s took 5 s in the photo-credit test).  See tests/test_redos.py.
_FLAGS = regex.IGNORECASE | regex.VERSION0


@dataclass(frozen=True)
class Rule:
    reason: str
    pattern: regex.Pattern[str]
    weight: float
    max_len: int
    #: the pattern starts with ``^`` (checked behind ``Patterns.anchored_gate``)
    anchored: bool = False
    #: casefolded strings of which every match contains at least one (empty: no such
    #: guarantee is known); a block whose casefolded text has none of them cannot match
    literals: tuple[str, ...] = field(default=(), compare=False)
    #: a cheaper pattern that matches whenever ``pattern`` does (``None``: none needed); see
    #: :func:`fuzzy_superset`
    precheck: regex.Pattern[str] | None = field(default=None, compare=False)
    #: :func:`head_literals`: casefolded strings one of which every match starts with, right
    #: after the ``^\W*`` it opens with (empty: the pattern is not of that form); such a rule
    #: is gated by the heads of the texts (``Patterns.head_rules``) instead of ``literals``
    head: tuple[str, ...] = field(default=(), compare=False)
    #: :func:`required_literal_sets` but the gate (``head``, else ``literals``): more sets of
    #: casefolded strings, each of which every match holds one of; a text that lacks one set
    #: cannot match, and the boilerplate scorer does not run the pattern on it
    also: tuple[tuple[str, ...], ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Patterns:
    """Compiled tables for a set of languages."""

    #: the boilerplate rules as ``(reason, pattern, weight, max_len)``: compiled into
    #: :attr:`rules` on first use only, so that reading bylines, months or date words of every
    #: table (what the metadata cleaners ask for) does not compile a thousand rules
    specs: tuple[tuple[str, str, float, int], ...]
    byline: regex.Pattern[str]
    #: a word after the name that makes the line a byline (``홍길동 기자 hong@example.com``),
    #: with what may follow it, matched with ``search``
    byline_suffix: regex.Pattern[str]
    name_joiners: regex.Pattern[str]
    months: dict[str, int]
    updated: regex.Pattern[str]
    published: regex.Pattern[str]
    source_label: regex.Pattern[str]
    suspended_joiners: frozenset[str]
    credit_tail: regex.Pattern[str]
    #: :func:`required_literals` of ``credit_tail``
    credit_literals: tuple[str, ...] = ()
    #: casefolded strings one of which a text must hold for ``byline_suffix`` to match
    #: (:func:`required_literals`; ``None``: none known, search every text)
    byline_suffix_literals: tuple[str, ...] | None = None
    #: ``credit_tail`` matched from the end (the same texts match; much faster, because the
    #: pattern is anchored at the end): for yes/no tests
    credit_test: regex.Pattern[str] | None = None
    #: a list's label and its colon at the start of a line (``Keywords: …``, ``Mots-clés : …``;
    #: the ``list_labels`` of the tables)
    list_label: regex.Pattern[str] | None = None
    #: a quoted post's or message's header line (``quote_headers`` of the tables)
    quote_header: regex.Pattern[str] | None = None

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The compiled boilerplate rules (:attr:`specs`)."""
        return tuple(_rule(*spec) for spec in self.specs)

    @cached_property
    def max_len(self) -> int:
        """The longest block any rule (or the credit test) looks at."""
        return max([350, *(max_len for _, _, _, max_len in self.specs)])

    @cached_property
    def anchored_gate(self) -> regex.Pattern[str]:
        """One ``match`` at the start of a block: can any rule anchored with ``^`` match at all?"""
        anchored = [r.pattern.pattern[1:] for r in self.rules if r.anchored]
        return regex.compile("|".join(f"(?:{p})" for p in anchored) or "(?!)", _FLAGS)

    @cached_property
    def literal_rules(self) -> tuple[tuple[str, tuple[int, ...], int], ...]:
        """Every distinct required literal with the indices of the rules that require it
        (``len(rules)`` stands for the credit test) and the longest text those rules look at,
        in first-use order: the boilerplate scorer looks for each literal once per document."""
        index: dict[str, list[int]] = {}
        limits: dict[str, int] = {}
        rules = [*((rule.literals, rule.max_len) for rule in self.rules), (self.credit_literals, 350)]
        for r, (lits, max_len) in enumerate(rules):
            if r < len(self.rules) and self.rules[r].head:
                continue  # (gated by its head instead)
            for lit in lits:
                index.setdefault(lit, []).append(r)
                limits[lit] = max(limits.get(lit, 0), max_len)
        return tuple((lit, tuple(rs), limits[lit]) for lit, rs in index.items())

    @cached_property
    def literal_groups(self) -> tuple[tuple[int, tuple[tuple[str, tuple[int, ...]], ...]], ...]:
        """:attr:`literal_rules` grouped by that longest text: ``(limit, ((literal, rule indices), ...))``."""
        groups: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
        for lit, rs, limit in self.literal_rules:
            groups.setdefault(limit, []).append((lit, rs))
        return tuple((k, tuple(v)) for k, v in sorted(groups.items()))

    @cached_property
    def unconditional(self) -> tuple[int, ...]:
        """The indices of the rules without required literals (``len(rules)``: the credit
        test), which run on every text short enough for them."""
        rules = [*((rule.literals, rule.head) for rule in self.rules), (self.credit_literals, ())]
        return tuple(r for r, (lits, head) in enumerate(rules) if not lits and not head)

    @cached_property
    def head_rules(self) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Every distinct :attr:`Rule.head` string with the indices of the rules that start with
        it (those rules are left out of :attr:`literal_rules`): looked for in each text's head only."""
        heads: dict[str, list[int]] = {}
        for r, rule in enumerate(self.rules):
            for lit in rule.head:
                heads.setdefault(lit, []).append(r)
        return tuple((lit, tuple(rs)) for lit, rs in heads.items())

    @cached_property
    def head_index(self) -> dict[str, tuple[tuple[str, tuple[int, ...]], ...]]:
        """:attr:`head_rules` by the first two characters of the string (by the one character of
        a one-character string)."""
        by_first: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for lit, rs in self.head_rules:
            by_first.setdefault(lit[:2], []).append((lit, rs))
        return {k: tuple(v) for k, v in by_first.items()}

    @cached_property
    def quote_safe(self) -> frozenset[str]:
        """The curly quotes that every rule and the credit test treat exactly as their ASCII
        counterparts (:func:`quote_symmetric`): straightening them changes no match."""
        safe = frozenset(q for q, _ in QUOTE_PAIRS)
        for pattern in [*(pattern for _, pattern, _, _ in self.specs), self.credit_tail.pattern]:
            safe &= quote_symmetric(pattern)
        return safe


def _rule(reason: str, pattern: str, weight: float, max_len: int) -> Rule:
    """One compiled boilerplate rule with its literal gates."""
    lits, head = required_literals(pattern), head_literals(pattern)
    return Rule(reason, regex.compile(pattern, _FLAGS), float(weight), int(max_len), pattern.startswith("^"),
                lits, fuzzy_superset(pattern, _FLAGS), head, _also(pattern, head or lits))


# Characters whose case folding in ``regex`` (a newer Unicode) contains a letter that
# ``str.casefold`` (Python's Unicode) does not give them: text holding one is never gated.
FOLD_EXCEPTIONS = "\U0001df95"
_QUANTIFIER = regex.compile(r"\{\d*(?:,\d*)?\}")
_FUZZY = regex.compile(r"\{[^{}]*[eisd][^{}]*\}")
_ERROR_LIMIT = regex.compile(r"\{e(<=?)(\d+)\}")
_PLAIN = regex.compile(r"[A-Za-z ]+")


def fuzzy_superset(pattern: str, flags: int) -> regex.Pattern[str] | None:
    """For a pattern with fuzzy groups, a pattern without them that matches every text the
    pattern matches (and possibly more): a cheap test to run first.  ``None`` otherwise.

    >>> print(fuzzy_superset(r"^a (?:cat){e<=1} sat$", 0).pattern)
    ^a [\\s\\S]{2,4} sat$
    """
    bare = _without_fuzzy_groups(pattern, bounded=True)
    if bare == pattern:
        return None
    if bare.endswith("$") and not bare.endswith("\\$"):
        # anchored at the end: matching from the end tries one end position, not every start
        flags |= regex.REVERSE
    try:
        return regex.compile(bare, flags)
    except regex.error:
        return None


def required_literals(pattern: str) -> tuple[str, ...]:
    """Casefolded strings of which every match of ``pattern`` contains at least one.

    Read from the pattern's syntax tree (stdlib ``re`` parser), so it is a necessary
    condition only: ``()`` when nothing is known (syntax only ``regex`` has, such as fuzzy
    matching, ``\\p{..}`` or nested sets, makes the parse fail or is refused).

    >>> required_literals(r"\\bsubscribe\\s+(?:now|today)\\b")
    ('subscribe',)
    >>> required_literals(r"(?:[£$€]\\s?\\d+|\\d+\\s?[£$€])\\s*(?:a|per)\\s*month")
    ('month',)
    >>> required_literals(r"^\\W*(?:©|\\(c\\)\\s|copyright\\b)")
    ('(c)', 'copyright', '©')
    >>> required_literals(r"\\b(?:contributed){e<=2}")
    ()
    >>> required_literals(r"^\\w+ (?:contributed){e<=2} (?:to\\s+)?reporting")
    ('reporting',)
    """
    pattern = _without_fuzzy_groups(pattern)
    if _regex_only_syntax(pattern):
        return ()
    try:
        sre = _sre_parser()
        tree = sre.parse(pattern)
        found = _required(list(tree), sre)
    except Exception:
        return ()
    if not found or any(not s or "\x00" in s for s in found):
        return ()
    # a string that holds another alternative is implied by it
    return tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))


def required_literal_sets(pattern: str) -> tuple[tuple[str, ...], ...]:
    r"""Every set of casefolded strings that :func:`required_literals` weighs for ``pattern``:
    one for each element of its top-level sequence that requires one (a run of literals, a
    group, a repeat of at least one, an alternation whose every branch requires one, a class
    of literals).  Every match holds one string of each set; :func:`required_literals` keeps
    only the rarest set.

    >>> required_literal_sets(r"(?:[£$€]\s?\d+|\d+\s?[£$€])\s*(?:a|per)\s*month")
    (('$', '£', '€'), ('a', 'per'), ('month',))
    >>> required_literal_sets(r"\b(?:contributed){e<=2}")
    ()
    """
    parsed = _parsed(_without_fuzzy_groups(pattern))
    if parsed is None:
        return ()
    c, items = parsed
    out: list[tuple[str, ...]] = []
    try:
        for cand in _element_sets(items, c):
            # (as :func:`required_literals` reads its set: a string that holds another is implied)
            if cand and not any(not s or "\x00" in s for s in cand):
                out.append(tuple(sorted(s for s in cand if not any(o != s and o in s for o in cand))))
    except Exception:
        return ()
    return tuple(dict.fromkeys(out))


def _also(pattern: str, gate: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """:attr:`Rule.also`: the required sets of ``pattern`` other than its ``gate``."""
    return tuple(s for s in required_literal_sets(pattern) if s != gate)


#: a text's leading run of ``\W`` characters, as the rules read ``\W`` (the flags of :func:`_load`)
HEAD_RUN = regex.compile(r"\W*", regex.IGNORECASE | regex.VERSION0)


def head_literals(pattern: str) -> tuple[str, ...]:
    r"""For a pattern that opens with ``^`` and a run of ``\W`` (``^\W*``, ``^\W{0,3}``),
    casefolded strings one of which every match holds right after that run: the literal
    start of each alternative that follows.  ``()`` for any other pattern, or when an
    alternative starts with no literal.

    A match then holds one of them, casefolded, within the first ``3 * k + len(string)``
    characters of the casefolded text, where ``k`` is the length of the text's leading run of
    ``\W`` characters (the run the pattern opens with is no longer, and ``str.casefold``
    turns a character into three at most): :class:`~textclean.cleaners.Boilerplate` looks for
    them there, not in the whole text.

    >>> head_literals(r"^\W*(?:home|news|sports?|e-?mail)\W*$")
    ('e', 'home', 'news', 'sport')
    >>> head_literals(r"^\W*(?:\d+\s+)?comments?$"), head_literals(r"\bsubscribe\b")
    ((), ())
    """
    parsed = _parsed(pattern) if pattern.startswith("^") and _without_fuzzy_groups(pattern) == pattern else None
    if parsed is None:
        return ()
    c, items = parsed
    if len(items) < 3 or items[0] != (c.AT, c.AT_BEGINNING):
        return ()
    op, av = items[1]
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) or av[0] != 0 or list(av[2]) != [
        (c.IN, [(c.CATEGORY, c.CATEGORY_NOT_WORD)])
    ]:
        return ()
    found = _leads(items[2:], c)
    if not found or any(not s or "\x00" in s for s in found):
        return ()
    return tuple(sorted({s.casefold() for s in found}))


def _leads(items: list[Any], c: Any) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` starts with (``None``: no
    such set is known)."""
    prefix: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            prefix.append(chr(av))
            continue
        head = "".join(prefix)
        rest: set[str] | None = None
        if op is c.BRANCH:
            rest = set()
            for alt in av[1]:
                got = _leads(list(alt), c)
                if not got:
                    rest = None
                    break
                rest |= got
        elif op is c.SUBPATTERN:
            rest = _leads(list(av[3]), c)
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            rest = {chr(v) for _, v in av}
        if rest:
            return {head + s for s in rest}
        return {head} if head else None
    return {"".join(prefix)} if prefix else None


#: curly quotes and the ASCII quotes that ``cleaners.quotes.straighten`` maps them to
QUOTE_PAIRS = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"))
_QUOTE_CHARS = frozenset("\"'“”„‟‘’‚‛")


@lru_cache(maxsize=1024)
def quote_symmetric(pattern: str) -> frozenset[str]:
    r"""The curly quotes that ``pattern`` treats exactly as their ASCII counterparts.

    For such a quote ``c`` with counterpart ``s``, every literal, class and range of the
    pattern (also inside look-arounds, negated or not) accepts ``c`` if and only if it accepts
    ``s``; ``\w``, ``\s``, ``\d``, ``\b`` and ``.`` treat all quotes alike.  Replacing ``c`` by
    ``s`` (one character for one) then changes no match: the same paths match at the same
    places.  Read from the stdlib parser's syntax tree; a pattern it cannot read, with
    syntax only ``regex`` has, with a back-reference or conditional, or with a quote inside
    a fuzzy group gets the empty set.

    >>> sorted(quote_symmetric(r"^\W*read more\b"))
    ['‘', '’', '‚', '‛', '“', '”', '„', '‟']
    >>> sorted(quote_symmetric(r"[\w'’-]+ / AFP$"))   # "’" and "'" alike, "‘" not
    ['’', '“', '”', '„', '‟']
    >>> sorted(quote_symmetric(r"(?:'|”)x"))   # two literals, each unlike the other's pair
    ['“', '„', '‟']
    """
    bare = _without_fuzzy_groups(pattern)
    if bare != pattern and any(pattern.count(q) != bare.count(q) for q in _QUOTE_CHARS):
        return frozenset()
    if _regex_only_syntax(bare):
        return frozenset()
    try:
        c = _sre_parser()
        tree = c.parse(bare)
    except Exception:
        return frozenset()
    unequal: set[str] = set()  # the curly quotes that some element treats unlike their pair
    neutral = (c.ANY, c.AT, c.CATEGORY, c.NEGATE)

    def in_class(items: list[Any], ch: str) -> bool:
        o = ord(ch)
        return any((op is c.LITERAL and av == o) or (op is c.RANGE and av[0] <= o <= av[1]) for op, av in items)

    def walk(items: list[Any]) -> bool:
        for op, av in items:
            if op in (c.LITERAL, c.NOT_LITERAL):
                unequal.update(q for q, s in QUOTE_PAIRS if av in (ord(q), ord(s)))
            elif op is c.IN:
                # a class accepts a character when one of its items does (a negation flips
                # both answers); categories (``\w``, ``\s``, ``\d``) never hold a quote
                if any(o not in (c.LITERAL, c.RANGE, c.CATEGORY, c.NEGATE) for o, _ in av):
                    return False
                unequal.update(q for q, s in QUOTE_PAIRS if in_class(list(av), q) != in_class(list(av), s))
            elif op is c.ATOMIC_GROUP:
                if not walk(list(av)):
                    return False
            elif op is c.SUBPATTERN:
                if not walk(list(av[3])):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not walk(list(av[2])):
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if not walk(list(av[1])):
                    return False
            elif op is c.BRANCH:
                if not all(walk(list(alt)) for alt in av[1]):
                    return False
            elif op not in neutral:
                return False  # back-references, conditionals, anything unknown
        return True

    if not walk(list(tree)):
        return frozenset()
    return frozenset(q for q, _ in QUOTE_PAIRS if q not in unequal)


def _without_fuzzy_groups(pattern: str, bounded: bool = False) -> str:
    """``pattern`` with every fuzzy group (``(...){e<=2}``) replaced by "anything"
    (``[\\s\\S]*``): a fuzzy group requires none of its literals.  With ``bounded``, a
    group of plain letters and spaces with an error limit (``(?:word){e<=k}``) becomes
    "any ``len - k`` to ``len + k`` characters" instead (each error adds, drops or
    changes one character)."""
    out: list[str] = []
    opens: list[int] = []  # indexes in ``out`` of the open parentheses
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[j:j + 1] == "]":
                out.append(pattern[i:j + 1])
                i = j + 1
                continue
        elif c == "(":
            opens.append(len(out))
        elif c == ")" and opens:
            start = opens.pop()
            m = _FUZZY.match(pattern, i + 1)
            if m:
                body = "".join(out[start + 1:])
                body = body[2:] if body.startswith("?:") else body
                limit = _ERROR_LIMIT.fullmatch(m.group(0))
                del out[start:]
                if bounded and limit and _PLAIN.fullmatch(body):
                    k = int(limit.group(2)) - (limit.group(1) == "<")
                    out.append(f"[\\s\\S]{{{max(0, len(body) - k)},{len(body) + k}}}")
                else:
                    out.append(r"[\s\S]*")
                i = m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _regex_only_syntax(pattern: str) -> bool:
    """True when the pattern uses syntax that the stdlib parser reads differently from
    ``regex``: a ``[`` or a set operator inside a class (version-1 nested sets), or a ``{``
    that is not a plain quantifier (fuzzy matching such as ``{e<=2}``)."""
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "[" or pattern[i:i + 2] in ("--", "&&", "||", "~~"):
                return True
            if c == "]":
                in_class = False
        elif c == "{" and not _QUANTIFIER.match(pattern, i):
            return True
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # a leading "]" is a literal
        i += 1
    return False


def _parsed(pattern: str) -> tuple[Any, list[Any]] | None:
    """The parser module and ``pattern``'s top-level sequence as the stdlib ``re`` parser reads
    it; ``None`` for syntax only ``regex`` knows, or a pattern it cannot parse."""
    if _regex_only_syntax(pattern):
        return None
    try:
        c = _sre_parser()
        return c, list(c.parse(pattern))
    except Exception:
        return None


def _sre_parser() -> Any:
    """The stdlib ``re`` parser (``re._parser``; ``sre_parse`` before Python 3.11)."""
    try:
        return import_module("re._parser")
    except ImportError:  # pragma: no cover - older Pythons
        return import_module("sre_parse")


def _element_sets(items: list[Any], c: Any) -> Iterator[set[str] | None]:
    """For each element of the sequence ``items`` (a run of literals, a group, a repeat of at
    least one, an assertion, an alternation, a class of literals), a set of strings one of which
    every match of that element contains, or ``None`` (``c``: the parser module, for its opcode
    constants)."""
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            yield {"".join(run).casefold()}
            run.clear()
        if op is c.SUBPATTERN:
            yield _required(list(av[3]), c)
        elif op is c.ATOMIC_GROUP:
            yield _required(list(av), c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                yield _required(list(av[2]), c)
        elif op is c.ASSERT:
            yield _required(list(av[1]), c)
        elif op is c.BRANCH:
            alts: set[str] = set()
            for alt in av[1]:
                got = _required(list(alt), c)
                if not got:
                    alts = set()
                    break
                alts |= got
            yield alts
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            yield {chr(v).casefold() for _, v in av}
    if run:
        yield {"".join(run).casefold()}


def _required(items: list[Any], c: Any) -> set[str] | None:
    """A set of strings one of which every match of the sequence ``items`` contains
    (``c``: the parser module, for its opcode constants): the rarest of its elements' sets."""
    best: set[str] | None = None
    for cand in _element_sets(items, c):
        if cand and (best is None or _rarity(cand) > _rarity(best)):
            best = cand
    return best


def _rarity(alternatives: set[str]) -> tuple[int, int]:
    """How rare a set of alternatives is in prose (higher is rarer): its least rare string
    counts; an ASCII letter counts 1, any other character (digits, punctuation, symbols) 3."""
    return min(sum(1 if ch.isascii() and ch.isalpha() else 3 for ch in s) for s in alternatives), -len(alternatives)


def trie_alternation(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by their first letters (``a(?:pr|ug)``): the same
    matches as ``longest|…|shortest``, longer first, but a position tries each first letter
    once, not every word (the month names of every table are several hundred).

    >>> trie_alternation(["mar", "march", "may"])
    'ma(?:r(?:ch)?|y)'
    """
    unique = set(words)
    groups: dict[str, set[str]] = {}
    for w in unique:
        if w:
            groups.setdefault(w[0], set()).add(w[1:])
    if not groups:
        return ""
    alts = [regex.escape(c) + trie_alternation(rest) for c, rest in sorted(groups.items())]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in unique else body


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def document_languages(options: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The tables a document's line rules read: with ``options == ("auto",)`` its own language
    and English (pages in any language carry English share and cookie lines), or every table
    for a language that has none of its own (Bulgarian, named by its letters: "Фото:" and "©"
    lines are alike); otherwise the languages asked for and its own.

    >>> document_languages(("auto",), "de"), document_languages(("auto",), "bg"), document_languages(("fr",), "en")
    (('de', 'en'), ('auto',), ('fr', 'en'))
    >>> document_languages(("auto",), "cs")
    ('cs', 'en')
    """
    if tuple(options) == ("auto",):
        return (language, "en") if language in LANGUAGES else ("auto",)
    return (*options, language)


def tables(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    langs = LANGUAGES if not languages or "auto" in languages else tuple(dict.fromkeys(languages))
    return [import_module(f"{__name__}.{lang}").TABLE for lang in langs if lang in LANGUAGES]


def load(languages: tuple[str, ...] = ("auto",), extra: tuple[tuple[str, str], ...] = ()) -> Patterns:
    """Merge and compile the tables for ``languages`` (``"auto"`` = every shipped language).

    ``extra`` adds ``(reason, pattern)`` rules of weight 1.0 (user boilerplate patterns).
    With ``"auto"`` the other languages named add nothing (every table is used), so
    ``("auto", "fr")`` and ``("auto", "en")`` share one compiled set.
    """
    if not languages or "auto" in languages:
        languages = ("auto",)
    return _load(languages, extra)


@lru_cache(maxsize=32)
def _load(languages: tuple[str, ...], extra: tuple[tuple[str, str], ...]) -> Patterns:
    tabs = tables(languages)
    flags = _FLAGS
    specs = [(reason, pat, float(weight), int(max_len)) for t in tabs for reason, pat, weight, max_len in t["boilerplate"]]
    specs += [(reason, pat, 1.0, 100_000) for reason, pat in extra]
    byline_words = [w for t in tabs for w in t["byline_prefixes"]]
    suffix_words = [w for t in tabs for w in t["byline_suffixes"]]
    joiners = [w for t in tabs for w in t["name_joiners"]]
    months: dict[str, int] = {}
    for t in tabs:
        months.update({k.lower(): v for k, v in t["months"].items()})
    updated = [w for t in tabs for w in t["updated_words"]]
    published = [w for t in tabs for w in t["published_words"]]
    sources = [w for t in tabs for w in t["source_labels"]]
    list_labels = [w for t in tabs for w in t["list_labels"]]
    quote_headers = [q for t in tabs for q in t["quote_headers"]]
    susp = frozenset(w.lower() for t in tabs for w in t["suspended_hyphen_joiners"])
    suffix = rf"\s*(?:{_alt(suffix_words)})(?:\s+[\w.+-]+@[\w.-]+)?\W*$" if suffix_words else "(?!)"
    agencies = _alt(AGENCIES)
    # "Caption. Name / AGENCY" (optionally bold): the credit at the end of a short block.  A
    # slash without a space next to it must not be a URL's ("https://example.com/x" is no credit
    # of the agency "X")
    credit = (
        rf"(?:^|[\s.;,(])(?:\*\*|__)?\s*[\w'’.-]+(?:\s+[\w'’.-]+){{0,4}}(?:\s*/\s+|\s+/\s*|(?<!(?://|www\.)\S*)/)"
        rf"(?:{agencies})(?:\s+(?:via|/)\s+[\w .]{{1,40}})?\s*(?:\*\*|__)?\W{{0,3}}$"
    )
    return Patterns(
        specs=tuple(specs),
        # (a table set without byline words, Japanese alone, reads no bylines: "(?!)" never matches)
        # the word, then a colon, a slash or white space ("By Jane", "Autor: Jan", "记者：王小明",
        # "文／王小明")
        byline=regex.compile(rf"^\W{{0,3}}(?:{trie_alternation(byline_words)})(?:\s*[:：/／]\s*|\s+)(?=\S)" if byline_words else "(?!)",
                             flags),
        # anchored at the end: matched from the end, one position is tried, not every start
        byline_suffix=regex.compile(suffix, flags | regex.REVERSE),
        byline_suffix_literals=(required_literals(suffix) or None) if suffix_words else (),
        # commas: Latin, Arabic (،), ideographic (、，)
        name_joiners=regex.compile(
            rf"\s*(?:[,،]\s*(?:{_alt(joiners)})\s+|\s+(?:{_alt(joiners)})\s+|\s*&\s*|\s*[;,،、，]\s*)" if joiners
            else r"\s*&\s*|\s*[;,،、，]\s*",
            flags,
        ),
        months=months,
        updated=regex.compile(rf"^\W*(?:{_alt(updated)})\b" if updated else "(?!)", flags),
        published=regex.compile(rf"^\W*(?:{_alt(published)})\b\s*(?:on|:)?\s*" if published else "(?!)", flags),
        source_label=regex.compile(rf"^\W*(?:{_alt(sources)})\s*:?\s*(?P<url>\S*)\s*$" if sources else "(?!)", flags),
        suspended_joiners=susp,
        credit_tail=regex.compile(credit, flags),
        credit_literals=required_literals(credit),
        credit_test=regex.compile(credit, flags | regex.REVERSE),
        list_label=regex.compile(rf"^\W*(?:{_alt(list_labels)})\s*[:：—–]\s*\S" if list_labels else "(?!)", flags),
        quote_header=regex.compile("|".join(f"(?:{q})" for q in quote_headers) if quote_headers else "(?!)", flags),
    )
