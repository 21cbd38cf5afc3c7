"""Boilerplate: subscription and donation pitches, photo credits, related links, share,
cookie and copyright lines, contributor notes — driven by the per-language pattern tables.

A block's score is the sum of the weights of the rules it matches (rules only
fire on blocks no longer than their ``max_len``).  A score of 1.0 removes the
block; a block with some evidence (≥ 0.4) next to removed boilerplate goes too,
because boilerplate comes in clusters.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([Boilerplate()]).clean(
...     "Real news paragraph about the vote.\\n\\nSubscribe from £10 a month\\n\\n"
...     "Caption of a photo. **Jane Doe / Reuters**\\n\\nThe subscriber count rose, he said.")
>>> doc.paragraphs
['Real news paragraph about the vote.', 'The subscriber count rose, he said.']
>>> [r.reason for r in doc.removed]
['subscription', 'photo-credit']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

import regex

from ..document import CODE, LIST_ITEM, Block
from ..patterns import FOLD_EXCEPTIONS, HEAD_RUN, Patterns, document_languages, load
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, is_prose, may_hold_date
from .characters import _MOJIBAKE_HINT, fix_mojibake
from .markdown import _has_markup, reduce_markup
from .quotes import straighten, straighten_repaired

# emphasis markers and link syntax, reduced to their text (for scoring only)
_MARKUP = regex.compile(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}\)|(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|()^[*_]+|()[*_]+$")
_CURLY = "“”„‟‘’‚‛"  # the quotes that ``quotes.straighten`` maps to ASCII
_NO_STOP_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}]")
_LABEL_ONLY = regex.compile(r"^\W*[\w ]{1,40}:?\W*$")
# the name of a site's legal page alone on a line (a footer link, or that page's own title)
_LEGAL_TITLE = regex.compile(
    r"^\W*(?:privacy\s+(?:policy|notice|statement)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+policy|"
    r"accessibility\s+statement|impressum|datenschutz(?:erklärung|hinweise)?|nutzungsbedingungen|mentions\s+légales|"
    r"politique\s+de\s+confidentialité|conditions\s+générales(?:\s+d['’]utilisation)?|aviso\s+legal|"
    r"política\s+de\s+privacidad(?:e)?|términos\s+y\s+condiciones|termini\s+e\s+condizioni|privacyverklaring|"
    r"algemene\s+voorwaarden|polityka\s+prywatności|regulamin)\W*$",
    regex.IGNORECASE,
)
# a press release's contact label ("Media contact:", "Pressekontakt:", "Contact presse :",
# "Contacto de prensa:"), the name, address and numbers under it at the end of the text
_CONTACT_LABEL = regex.compile(
    r"^\W*(?:(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries)|presse-?\s?kontakte?|medienkontakte?|"
    r"contacts?\s+(?:presse|médias?)|contactos?\s+(?:de\s+)?(?:prensa|medios))\s*:", regex.IGNORECASE)
# an e-mail's signature delimiter (RFC 3676 "-- ", its space maybe stripped)
_SIG_DASH = regex.compile(r"^--\s*$")
# how much may sit under a contact label or a signature delimiter at the end
TAIL_BLOCKS, TAIL_LINES, TAIL_LEN = 5, 6, 120
# the separators of a row of links ("Impressum | Datenschutz | Kontakt", "About · Careers")
# (a middle dot with a space beside it: Catalan writes one inside words, "col·legi")
_ROW_SEP = regex.compile(r"\s*[|•∙⋅]\s*|\s+·\s*|\s*·\s+")
# a row's item that no rule reads: a short label, no sentence ("Jobs", "Our apps")
_ROW_LABEL = regex.compile(r"^[\w&'’+-]+(?:\s[\w&'’+-]+){0,2}$")


def _row_items(text: str) -> list[str] | None:
    """The items of a one-line row of links, or ``None`` when ``text`` is no such row.

    >>> _row_items("Impressum | Datenschutz | Kontakt")
    ['Impressum', 'Datenschutz', 'Kontakt']
    >>> _row_items("| Name | Price |") is None  # (a Markdown table's row)
    True
    """
    if "\n" in text or text.startswith("|") or len(text) > 300:
        return None
    items = [t for t in _ROW_SEP.split(text.strip())]
    if len(items) < 2 or any(not t or len(t) > 60 for t in items):
        return None
    return items


def _short_tail(blocks: Sequence[Block]) -> bool:
    """The blocks at the end of a text are a contact's or a signature's lines: a few, each
    short, none a sentence of prose."""
    lines = [ln for b in blocks for ln in b.text.splitlines() if ln.strip()]
    return len(blocks) <= TAIL_BLOCKS and len(lines) <= TAIL_LINES and all(
        len(ln) <= TAIL_LEN and not is_prose(ln, 6) for ln in lines) and all(b.kind != CODE for b in blocks)


# a numbered list item's number ("1. ", "2) ", "a) "), which layout keeps in the text: the rules
# read the item without it ("1. [Storm knocks out power](https://…)" is a link alone on a line)
_ORDINAL_LEAD = regex.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]\s+")


def _rule_text(block: Block) -> str:
    """What the line rules read of a block: nothing of a code block, a list item without its
    number."""
    if block.kind == CODE:
        return ""
    if block.kind == LIST_ITEM:
        return _ORDINAL_LEAD.sub("", block.text, count=1)
    return block.text


def _head_run(text: str) -> int:
    """The length of the text's leading run of ``\\W`` characters (:data:`~textclean.patterns.HEAD_RUN`)."""
    m = HEAD_RUN.match(text)
    return 0 if m is None else m.end()


class Boilerplate(Cleaner):
    """Remove boilerplate blocks matched by the language pattern tables (plus ``extra_patterns``)."""

    name = "boilerplate"

    def __init__(self, extra_patterns: Sequence[tuple[str, str]] = (), threshold: float = 1.0) -> None:
        self.extra_patterns = tuple((str(r), str(p)) for r, p in extra_patterns)
        self.threshold = threshold

    def patterns(self, draft: Draft) -> Patterns:
        """The tables to use (:func:`~textclean.patterns.document_languages`)."""
        return load(document_languages(tuple(draft.options.languages), draft.language), self.extra_patterns)

    def score(self, text: str, pats: Patterns) -> tuple[float, str]:
        """The block's boilerplate score and the reason of its strongest rule.

        Markdown markup, quote style and mis-decoding are no evidence either way: a block
        with ``*``, ``_``, ``[`` or non-ASCII text is scored as written and as it will read
        after repair (mojibake fixed, quotes straightened, markup reduced); the higher
        score counts.
        """
        return self.score_all([text], pats)[0]

    def score_all(self, texts: Sequence[str], pats: Patterns) -> list[tuple[float, str]]:
        """:meth:`score` for every text of a document at once (the same results)."""
        views: list[str] = []
        where: list[int] = []
        unsafe = [q for q in _CURLY if q not in pats.quote_safe]
        # without a mojibake hint anywhere (one test over all the texts; a hint pair never
        # spans the line break), no repair can change a text, and straightening, which turns
        # non-ASCII characters into ASCII ones, cannot make a hint
        joined = "\n".join(texts)
        no_hint = joined.isascii() or _MOJIBAKE_HINT.search(joined) is None
        # the quotes that a rule does not treat as it treats ASCII ones, in this document
        unsafe = [q for q in unsafe if q in joined]
        for i, text in enumerate(texts):
            if len(text) <= pats.max_len and ("*" in text or "_" in text or "[" in text or not text.isascii()):
                if no_hint and not unsafe and not _has_markup(text) and text == text.strip():
                    # every view below is then ``straighten(text)`` (it has no markup for
                    # ``reduce_markup``, and straightening touches no white space), and that
                    # is ``plain``: no view to score
                    continue
                straight = straighten(text)  # (computed once: the repaired view and ``plain`` below)
                repaired = (straight if no_hint else straighten_repaired(fix_mojibake(text))).strip()
                # as it will read: repaired, markup reduced as the markdown cleaner does (it
                # keeps a lone "_" in "_/ TASS"), then also without stray emphasis markers
                reduced_view = reduce_markup(repaired)
                if "[" in reduced_view or "*" in reduced_view or "_" in reduced_view:
                    bare = _MARKUP.sub(r"\1", reduced_view).strip()
                else:
                    bare = reduced_view.strip()  # (every alternative of ``_MARKUP`` needs one)
                # The text with only its curly quotes straightened scores no higher than the
                # text itself when every rule treats those quotes as it treats ASCII ones
                # (``Patterns.quote_safe``): the same characters match, at the same places.
                plain = straight if text == text.strip() and not any(q in text for q in unsafe) else None
                for view in dict.fromkeys((repaired, reduced_view, bare)):
                    if view != text and view != plain:
                        views.append(view)
                        where.append(i)
        # one scan of the document for the texts as written and their views together
        scored = self._score_all([*texts, *views], pats)
        raw = scored[:len(texts)]
        for i, reduced in zip(where, scored[len(texts):], strict=True):
            if reduced[0] > raw[i][0]:
                raw[i] = reduced
        return raw

    def _score(self, text: str, pats: Patterns) -> tuple[float, str]:
        """The score of ``text`` as written (no repaired view)."""
        return self._score_all([text], pats)[0]

    def _score_all(self, texts: Sequence[str], pats: Patterns) -> list[tuple[float, str]]:
        """The scores of ``texts`` as written.

        A rule runs only on the texts short enough for it that hold one of its required
        literals (:func:`~textclean.patterns.required_literals`).  The casefolded texts are
        joined into one string, and each distinct literal of the tables
        (``Patterns.literal_rules``) is found there with ``str.find``: a literal absent from the
        document costs one scan, not one test per block or rule (the literals are grouped by
        the longest text their rules read, ``Patterns.literal_groups``).  The weights of one
        text still add up in rule order.
        """
        n = len(texts)
        totals = [0.0] * n
        best = [(0.0, "")] * n
        lens = [len(t) for t in texts]
        # the texts short enough for some rule, shortest first: the texts a rule limited to
        # ``max_len`` characters may match are then a prefix of the joined string
        members = sorted((i for i in range(n) if lens[i] <= pats.max_len), key=lens.__getitem__)
        if not members:
            return [(0.0, "")] * n
        sorted_lens = [lens[i] for i in members]
        # NUL between the texts: no literal holds one, so no hit spans two texts.  ``casefold``
        # folds each character on its own (no context, unlike ``lower``'s final sigma) and
        # never shortens one, so the joined texts fold as the texts do, and when the folded
        # string is as long as the texts, so is every folded text.
        raw = "\x00".join([texts[i] for i in members])
        joined = raw.casefold()
        if len(joined) == len(raw):
            starts = [0, *accumulate(n + 1 for n in sorted_lens)]
        else:
            starts = [0, *accumulate(len(texts[i].casefold()) + 1 for i in members)]
        found: dict[int, list[int]] = {}
        for limit, group in pats.literal_groups:
            end = starts[bisect_right(sorted_lens, limit)]
            if end == 0:
                continue  # no text is short enough for these rules
            hay = joined if end > len(joined) else joined[:end]
            for lit, rule_ids in [g for g in group if g[0] in hay]:
                hits: list[int] = []
                p = hay.find(lit)
                while p >= 0:
                    k = bisect_right(starts, p) - 1
                    hits.append(members[k])
                    p = hay.find(lit, starts[k + 1])
                for r in rule_ids:
                    got = found.get(r)
                    found[r] = hits if got is None else got + hits
        if pats.head_rules:
            # The rules that open with ``^\W*`` and a literal (``Rule.head``): the literal starts
            # where the rule's run of ``\W`` ends, within the text's leading run of ``\W``
            # characters, so at most three times that far into the casefolded text (casefolding
            # makes three characters of one at most): each text is read at those places only.
            index = pats.head_index
            for k, i in enumerate(members):
                base = starts[k]
                # (a text that opens with an ASCII letter or digit, a ``\w`` character, has no
                # leading run: its one place is its first character, and most texts have no
                # head string there; the regex is needed only for the other texts)
                first = texts[i][:1]
                if first.isascii() and first.isalnum():
                    if joined[base:base + 2] not in index and joined[base] not in index:
                        continue
                    last = base
                else:
                    last = min(base + 3 * _head_run(texts[i]), starts[k + 1] - 2)
                added: set[int] = set()
                for p in range(base, last + 1):
                    # (the strings of two characters or more under their first two, the others
                    # under their one character: each string is tried once)
                    for key in (joined[p:p + 2], joined[p]):
                        for lit, rule_ids in index.get(key, ()):
                            if joined.startswith(lit, p):
                                for r in rule_ids:
                                    if r not in added:
                                        added.add(r)
                                        found.setdefault(r, []).append(i)
        ungated = [i for i in members if not texts[i].isascii() and any(c in texts[i] for c in FOLD_EXCEPTIONS)] if (
            not raw.isascii() and any(c in raw for c in FOLD_EXCEPTIONS)) else []
        rules = pats.rules
        credit = pats.credit_test or pats.credit_tail
        # the rules (in table order) that hold a literal of the document or require none
        order: Iterable[int] = range(len(rules) + 1) if ungated else sorted({*found, *pats.unconditional})
        folded: dict[int, str] | None = None  # (the casefolded texts, made when a rule asks)
        for r in order:
            if r < len(rules):
                rule = rules[r]
                lits, max_len = rule.head or rule.literals, rule.max_len
            else:
                lits, max_len = pats.credit_literals, 350
            if not lits:
                cand: Iterable[int] = members
            else:
                hits_r = found.get(r)
                if hits_r is None and not ungated:
                    continue
                cand = set(hits_r or ()) | set(ungated) if ungated or (hits_r and len(lits) > 1) else hits_r or ()
            if r < len(rules):
                search, weight, reason = rule.pattern.search, rule.weight, rule.reason
                pre = rule.precheck.search if rule.precheck is not None else None
                if rule.also and not ungated:
                    # The rule's other required sets (``Rule.also``): a text that lacks one,
                    # casefolded, cannot match (its folded form is its slice of ``joined``).
                    if folded is None:
                        folded = {i: joined[starts[k]:starts[k + 1] - 1] for k, i in enumerate(members)}
                    kept: list[int] = []
                    for i in cand:
                        if lens[i] <= max_len:
                            f = folded[i]
                            for need in rule.also:
                                for lit in need:
                                    if lit in f:
                                        break
                                else:
                                    break  # (no string of this set: no match)
                            else:
                                kept.append(i)
                    cand = kept
                for i in cand:
                    if lens[i] <= max_len and (pre is None or pre(texts[i])) and search(texts[i]):
                        totals[i] += weight
                        if weight > best[i][0]:
                            best[i] = (weight, reason)
            else:
                for i in cand:
                    if lens[i] <= 350 and credit.search(texts[i]):
                        totals[i] += 1.0
                        if best[i][0] < 1.0:
                            best[i] = (1.0, "photo-credit")
        return [(totals[i], best[i][1]) for i in range(n)]

    def _link_rows(self, blocks: Sequence[Block], scored: list[tuple[float, str]], drop: list[bool],
                   pats: Patterns) -> None:
        """A row of footer or menu links ("Privacy Policy | Terms of Use | Contact") is read
        item by item: the table's rules for a link alone on a line decide.  The row goes when
        two of its items or more, and two thirds of them, are boilerplate by themselves and
        the others are short labels; its reason is the items' commonest."""
        rows: list[tuple[int, list[str]]] = []
        for i, b in enumerate(blocks):
            # (a one-character test first: most blocks hold no separator)
            if not drop[i] and b.kind != CODE and ("|" in b.text or "·" in b.text or "•" in b.text or "∙" in b.text or "⋅" in b.text):
                items = _row_items(b.text)
                if items is not None:
                    rows.append((i, items))
        if not rows:
            return
        scores = iter(self.score_all([t for _, items in rows for t in items], pats))
        for i, items in rows:
            reasons: list[str] = []
            others = True
            for t in items:
                score, reason = next(scores)
                if score >= self.threshold:
                    reasons.append(reason or "navigation")
                elif not _ROW_LABEL.match(t):
                    others = False
            if others and len(reasons) >= 2 and 3 * len(reasons) >= 2 * len(items):
                drop[i] = True
                scored[i] = (1.0, max(reasons, key=reasons.count))

    def apply(self, draft: Draft) -> None:
        pats = self.patterns(draft)
        blocks = draft.blocks
        # (a code block is not prose: no line rule reads it)
        # (``_rule_text`` only for the blocks it changes)
        scored = self.score_all([b.text if b.kind != CODE and b.kind != LIST_ITEM else _rule_text(b) for b in blocks], pats)
        drop = [s >= self.threshold for s, _ in scored]
        self._link_rows(blocks, scored, drop, pats)
        if len(blocks) > 1 and drop[0] and not drop[1] and _LEGAL_TITLE.match(blocks[0].text) and (
                ends_sentence(blocks[1].text) or may_hold_date(blocks[1].text)):
            # a legal page's own title over its text or its date ("Terms of Service" / "Last
            # updated: …"): the footer-link rule is for the link in a page's footer
            drop[0] = False
        # Clusters: weaker evidence next to removed boilerplate is enough.  One forward and
        # one backward sweep propagate along a whole run (linear time).
        def weak(i: int) -> bool:
            return not drop[i] and scored[i][0] >= 0.4 and len(blocks[i].text) <= 400

        for i in range(1, len(blocks)):
            if drop[i - 1] and weak(i):
                drop[i] = True
        for i in range(len(blocks) - 2, -1, -1):
            if drop[i + 1] and weak(i):
                drop[i] = True
        # A bare "Related:" label takes the headline that follows it.
        reasons = [r for _, r in scored]
        for i in range(len(blocks) - 1):
            # (the label's own score, not a headline it took: no chain down a list of tags)
            if drop[i] and scored[i][1] == "related-link" and scored[i][0] >= self.threshold and _LABEL_ONLY.match(blocks[i].text):
                nxt = blocks[i + 1].text
                # (Thai, Lao and Khmer end a sentence with no mark: no headline is told from prose)
                if (not drop[i + 1] and len(nxt) <= 200 and not ends_sentence(nxt.rstrip(")")) and blocks[i + 1].kind != CODE
                        and not (nxt[-1:] >= "\u0e00" and _NO_STOP_SCRIPT.match(nxt[-1:]))):
                    drop[i + 1] = True
                    reasons[i + 1] = "related-link"
        # The end of a press release (the contact label and the lines under it) and of an e-mail
        # (the signature delimiter and the signature): only a few short lines at the very end.
        # (a signature may sit under a contact block: the delimiter is looked for first)
        # (plain text only: a page's markup says where its article ends)
        plain = draft.source != "html"
        for i in range(max(0, len(blocks) - TAIL_BLOCKS - 1) if plain else len(blocks), len(blocks)):
            text = blocks[i].text
            why = "signature" if _SIG_DASH.match(text) else "press-release" if _CONTACT_LABEL.match(text) else None
            if why is not None and blocks[i].kind != CODE and _short_tail(blocks[i + 1:] if why == "signature" or len(text) < 30 else blocks[i:]):
                for k in range(i, len(blocks)):
                    if not drop[k]:
                        drop[k], reasons[k] = True, why
                break
        if not plain:
            # a page's markup says where its article ends; the article references of HTML keep
            # a syndication note or a source credit as part of the article
            for i, reason in enumerate(reasons):
                if reason == "credit" and scored[i][1] == "credit":
                    drop[i] = False
        kept: list[Block] = []
        for b, d, reason in zip(blocks, drop, reasons, strict=True):
            if d:
                draft.remove(b, self.name, reason or "boilerplate")
            else:
                kept.append(b)
        draft.blocks = kept
