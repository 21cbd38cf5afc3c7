"""The fast paths of the text pipeline give the results of the plain per-block code.

Required literals and fuzzy prechecks (``textclean.patterns``) are necessary conditions
derived from the rule patterns; the boilerplate scorer uses them to skip rules.  These
tests check the derivation and compare the scorer with the plain loop over every rule.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.cleaners import Boilerplate
from textclean.cleaners.layout import (
    _VOCAB_WORD,
    Hyphenation,
    Layout,
    _columns,
    estimate_width,
    joins_unspaced,
    may_be_marked,
)
from textclean.cleaners.paragraphs import _LOWER_WORD, _MARKUP_START
from textclean.decode import decode
from textclean.patterns import fuzzy_superset, load, required_literal_sets, required_literals
from textclean.strategies import messy_documents
from textclean.textutil import (
    TERMINAL,
    URL_ONLY_RE,
    ends_sentence,
    norm_key,
    starts_lower,
    strip_closers,
)

FLAGS = regex.IGNORECASE | regex.VERSION1


def test_required_literals_of_simple_patterns() -> None:
    assert required_literals(r"\bsubscribe\s+(?:now|today)\b") == ("subscribe",)
    assert required_literals(r"^\W*(?:share|follow)\s+us") == ("follow", "share")
    assert required_literals(r"(?:ab|c)?\d+") == ()  # nothing is required


def test_regex_only_syntax_is_refused() -> None:
    # the stdlib parser would read these differently from ``regex``: no literals at all
    assert required_literals(r"[[a-z]--[aeiou]]xyz") == ()
    assert required_literals(r"\p{Lu}nicode") == ()
    assert required_literals(r"a{e<=1}bcdef") == ()
    # a fuzzy group requires none of its letters, the rest of the pattern still counts
    assert required_literals(r"(?:contributed){e<=2}\s+reporting") == ("reporting",)


def test_fuzzy_superset_matches_what_the_fuzzy_rule_matches() -> None:
    pat = r"^\w+ (?:contributed){e<=2} to this report$"
    full, pre = regex.compile(pat, FLAGS), fuzzy_superset(pat, FLAGS)
    assert pre is not None
    for text in ["AFP contributed to this report", "AFP cntributed to this report",
                 "AFP contribtued to this report", "AFP wrote this report"]:
        if full.search(text):
            assert pre.search(text), text
    assert not pre.search("AFP did to this report")  # too short for "contributed" with 2 errors
    assert fuzzy_superset(r"^plain$", FLAGS) is None


def test_every_shipped_rule_has_literals_that_its_matches_hold() -> None:
    pats = load(("auto",))
    samples = ["Subscribe now for £5 a month", "AFP contributed to this report.", "© 2024 All rights reserved",
               "Photo: Jane Doe / Reuters", "Share this on Facebook", "Mehr zum Thema", "Suscríbete ahora",
               "Abonnez-vous", "We use cookies", "Related: more news", "5 hours ago"]
    for rule in pats.rules:
        for text in samples:
            if rule.pattern.search(text):
                assert not rule.literals or any(lit in text.casefold() for lit in rule.literals), (rule, text)


def _plain_score(text: str, pats: object) -> tuple[float, str]:
    """The original per-block loop: every rule, in order."""
    n, total, best_reason, best_w = len(text), 0.0, "", 0.0
    if n > pats.max_len:  # type: ignore[attr-defined]
        return 0.0, ""
    for rule in pats.rules:  # type: ignore[attr-defined]
        if n <= rule.max_len and rule.pattern.search(text):
            total += rule.weight
            if rule.weight > best_w:
                best_reason, best_w = rule.reason, rule.weight
    if n <= 350 and pats.credit_tail.search(text):  # type: ignore[attr-defined]
        total += 1.0
        if best_w < 1.0:
            best_reason = "photo-credit"
    return total, best_reason


@settings(max_examples=60, deadline=None)
@given(messy_documents())
def test_whole_document_scorer_equals_the_plain_loop(m: object) -> None:
    pats = load(("auto",))
    texts = [p for p in m.messy.split("\n\n") if p.strip()]  # type: ignore[attr-defined]
    got = Boilerplate()._score_all(texts, pats)
    assert got == [_plain_score(t, pats) for t in texts]


def test_scorer_keeps_rule_order_and_odd_case_folding() -> None:
    pats = load(("auto",))
    texts = ["SUBSCRIBE NOW for $5 a month", "Newſletter", "plain prose about the vote.", "", "x" * 600,
             "Photo: Jane Doe / AFP", "\U0001df95 subscribe"]
    assert Boilerplate()._score_all(texts, pats) == [_plain_score(t, pats) for t in texts]


def test_norm_key_with_information_separators() -> None:
    # U+001F is white space for str.split but not for ``\s``: the key keeps it
    assert norm_key("  A\x1fB  “c” ") == 'a\x1fb "c"'
    assert norm_key("Tom \t and\n Jerry ") == "tom and jerry"


# -- head literals (session 8): rules that open with ``^\W*`` and a literal ----------------
def test_head_literals_of_simple_patterns() -> None:
    from textclean.patterns import head_literals

    assert head_literals(r"^\W*(?:share|follow)\s+us") == ("follow", "share")
    assert head_literals(r"^\W{0,3}(?:Photo|Bild):") == ("bild", "photo")
    assert head_literals(r"^\W*(?:privacy\s+policy|terms)\b") == ("privacy", "terms")
    assert head_literals(r"^\W*[©®]\s*\d{4}") == ("©", "®")
    # not of that form: no head (the rule keeps its required literals)
    assert head_literals(r"^\W*(?:\d+\s+)?comments?$") == ()
    assert head_literals(r"^(?:share|follow)") == ()  # no run of \W
    assert head_literals(r"\W*(?:share|follow)") == ()  # not anchored
    assert head_literals(r"^\W*(?:share|\w+ly)\b") == ()  # an alternative without a literal start
    assert head_literals(r"^\W*(?:contributed){e<=1}") == ()  # fuzzy


def _head_holds(rule: object, text: str) -> bool:
    from textclean.cleaners.boilerplate import _head_run

    folded, run = text.casefold(), _head_run(text)
    return any(folded.startswith(lit, p) for lit in rule.head for p in range(3 * run + 1))  # type: ignore[attr-defined]


_HEAD_PREFIXES = ["", " ", "• ", "**", "— ", "«", "(", "¶ ", "\u200b", "»» ", "İ", "ǅ"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_shipped_head_rule_matches_only_at_its_head(data: st.DataObject) -> None:
    """A text a head rule matches starts with one of its head strings (casefolded) within three
    times the text's leading run of ``\\W`` characters."""
    pats = load(("auto",))
    heads = [r for r in pats.rules if r.head]
    assert len(heads) > 50
    rule = data.draw(st.sampled_from(heads))
    lit = data.draw(st.sampled_from(rule.head))
    word = data.draw(st.sampled_from([lit, lit.upper(), lit.title(), lit.replace("ss", "ß")]))
    text = data.draw(st.sampled_from(_HEAD_PREFIXES)) + word + data.draw(
        st.sampled_from(["", " us", ": ", " this article", " 2024", "s", " | more", " now"]))
    if rule.pattern.search(text) and not any(c in text for c in "\U0001df95"):
        assert _head_holds(rule, text), (rule.pattern.pattern, text)


def test_head_rules_on_the_corpus_lines() -> None:
    from pathlib import Path

    pats = load(("auto",))
    heads = [r for r in pats.rules if r.head]
    root = Path(__file__).resolve().parent / "fixtures"
    lines = {line for p in sorted(root.rglob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines() if 0 < len(line) <= 500}
    matched = 0
    for text in lines:
        for rule in heads:
            if len(text) <= rule.max_len and rule.pattern.search(text):
                matched += 1
                assert _head_holds(rule, text), (rule.pattern.pattern, text)
    assert matched > 20


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Share", "share this", "• Related:", "**Read more**", "— Photo: AP", "Home", "News",
                                 "Follow us", "© 2024 Example", "(c) Example", "Subscribe now", "The council met."]),
                min_size=1, max_size=8))
def test_scorer_with_heads_equals_the_plain_loop(texts: list[str]) -> None:
    pats = load(("auto",))
    got = Boilerplate()._score_all(texts, pats)
    assert got == [_plain_score(t, pats) for t in texts]


def _columns_by_character(text: str) -> int:
    """The screen width of ``text`` measured character by character (the plain definition)."""
    return sum(2 if c >= "\u1100" and unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_columns_equals_the_character_by_character_width() -> None:
    # every code point alone and between Latin text, then drawn mixtures
    for cp in range(0, 0x110000, 7):
        c = chr(cp)
        assert _columns(c) == _columns_by_character(c)
        assert _columns(f"ab{c}é") == _columns_by_character(f"ab{c}é")
    for text in ("plain", "", "정부는 올해.", "政府周二宣布预算。", "café ｆｕｌｌ", "\U0001f600 x"):
        assert _columns(text) == _columns_by_character(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=40), max_size=8), st.integers(1, 3))
def test_estimate_width_of_mixed_scripts_equals_the_per_line_width(lines: list[str], min_lines: int) -> None:
    # ``estimate_width`` measures the lines of an ASCII (or narrow-only) document by ``len``:
    # the same figure as measuring every line
    got = estimate_width([lines, ["x" * 60] * 3 + lines], min_lines=min_lines)
    import textclean.cleaners.layout as layout

    saved = layout._FROM_1100
    try:
        layout._FROM_1100 = regex.compile(r"[\x00-\U0010ffff]")  # every character may be wide
        assert estimate_width([lines, ["x" * 60] * 3 + lines], min_lines=min_lines) == got
    finally:
        layout._FROM_1100 = saved


def _ends_sentence_plain(text: str) -> bool:
    t = strip_closers(text)
    return bool(t) and t[-1] in TERMINAL


def _starts_lower_plain(text: str) -> bool:
    for ch in text.lstrip():
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit() or ch.isspace() or ch not in "\"'“‘«([{¿¡—–-*_":
            return False
    return False


def test_sentence_ends_and_lowercase_starts_by_their_first_character() -> None:
    # ``ends_sentence`` decides by a final stop or letter at once, ``starts_lower`` by a first
    # letter: the plain definitions agree on every code point at either end
    for cp in range(0x110000):
        c = chr(cp)
        for text in (c, f"ab {c}", f"{c} x", f"x.{c}", f"“{c}", f"{c}.[1]"):
            assert ends_sentence(text) == _ends_sentence_plain(text)
            assert starts_lower(text) == _starts_lower_plain(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*TERMINAL, *"\"'”’»)]}›*_」』）】〉》“‘«‹", " ", "\t", "[", "]", "1", "a", "Z", "é", "政", "[1]",
                                 "[citation needed]"]), max_size=10).map("".join))
def test_sentence_ends_of_drawn_texts(text: str) -> None:
    assert ends_sentence(text) == _ends_sentence_plain(text)
    assert starts_lower(text) == _starts_lower_plain(text)


def test_join_of_lines_without_hyphen_equals_the_unspaced_rule() -> None:
    # ``Layout._join`` puts a space between two lines without asking ``joins_unspaced`` when
    # neither side can be a script written without spaces: the same joins as asking it
    layout = Layout()
    hy = Hyphenation("", "en", frozenset())
    samples = [chr(cp) for cp in range(0, 0x110000, 997)] + list("a1 .,、。政かไ한-") + ["\u0e00", "\u0dff", "\u2e80", "\u2e7f"]
    for a in samples:
        for b in samples[::7] + list("a1、政ไ") + ["\u2e80", "\u2e7f"]:
            if a == "-":
                continue  # (a line-end hyphen takes the other branches)
            parts = [f"x{a}"]
            layout._join(parts, f"{b}y", hy)
            assert "".join(parts) == f"x{a}{'' if joins_unspaced(f'x{a}', f'{b}y') else ' '}{b}y"


def test_ascii_prefilters_of_paragraph_repair() -> None:
    # ``ParagraphRepair`` skips ``_LOWER_WORD`` for a block that starts with an ASCII character
    # other than a lowercase letter, a quote or a bracket, and ``reread_structure`` skips
    # ``_MARKUP_START`` for a block that starts with an ASCII letter not followed by "." or ")"
    for cp in range(128):
        c = chr(cp)
        for rest in ("a b", "x", "", ". x", ") x", "A", " a", "éa", "1. x", "\tb"):
            text = c + rest
            if not (not c.isascii() or c.islower() or c in "\"'(["):
                assert not _LOWER_WORD.match(text)
            if c.isascii() and c.isalpha() and text[1:2] not in (".", ")"):
                assert not _MARKUP_START.match(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"htps:/<>.x ", "://", "http://", "https://a.b"]), max_size=30).map("".join))
def test_source_url_gate_premise(text: str) -> None:
    # ``SourceUrl`` skips a label whose line and next block hold no "://": a URL line needs one
    if "://" not in text:
        assert URL_ONLY_RE.match(text) is None


def test_casefolding_keeps_word_characters_and_hyphens() -> None:
    # ``Hyphenation.vocab`` finds the words of the casefolded text: the casefolded words only
    # when folding keeps every character's ``\w``-ness and makes no "-" of another character
    word = regex.compile(r"\w")
    for cp in range(0x110000):
        c = chr(cp)
        folded = c.casefold()
        assert all((word.match(x) is None) == (word.match(c) is None) for x in folded), hex(cp)
        assert ("-" in folded) == (c == "-"), hex(cp)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aAßẞİıΣσς-_ '’\u0307", "\ufb01", "\u212a", "Ǆ", "ǅ", "1"]), max_size=40))
def test_vocabulary_of_folded_text_equals_folded_words(text: str) -> None:
    assert Hyphenation(text, "en", frozenset()).vocab() == Counter(w.casefold() for w in _VOCAB_WORD.findall(text))


def test_decode_with_one_scan_for_separators_and_surrogates() -> None:
    # ``decode`` looks for line separators and lone surrogates in one scan: every code point
    # gives the line break, the replacement character or itself, as the two scans gave
    for cp in range(0x110000):
        c = chr(cp)
        text, warnings = decode(f"a{c}b")
        if c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r":
            assert text == "a\nb"
        elif 0xD800 <= cp <= 0xDFFF:
            assert text == "a\ufffdb" and warnings
        else:
            assert text == f"a{c}b" and not warnings
    assert decode(" \u3000\n")[1] == ["input is empty (no text)"]
    assert decode("")[1] == ["input is empty (no text)"]


def test_marker_test_inline_for_ascii_letters() -> None:
    # ``Layout._structure`` reads ``may_be_marked`` of a line that starts with an ASCII letter
    # as its second character being "." or ")"
    for c in "azAZmq":
        for rest in ("", ".", ")", ". x", ") x", "x", " ", "é", "1"):
            assert may_be_marked(c + rest) == ((c + rest)[1:2] in (".", ")"))


def test_required_literal_sets_of_simple_patterns() -> None:
    assert required_literal_sets(r"\bsubscribe\s+(?:now|today)\b") == (("subscribe",), ("now", "today"))
    assert required_literal_sets(r"(?:ab|c)?\d+") == ()
    assert required_literal_sets(r"a{e<=1}bcdef") == ()
    # the set ``required_literals`` keeps is one of them
    pat = r"(?:[£$€]\s?\d+|\d+\s?[£$€])\s*(?:a|per)\s*month"
    assert required_literals(pat) in required_literal_sets(pat)


def test_every_required_set_on_the_corpus_lines() -> None:
    # every shipped rule's ``also`` sets (the gate of the scorer besides the literals) hold on
    # every line of the fixtures that the rule matches, and the scorer gives the plain loop's
    # scores on those lines
    from pathlib import Path

    pats = load(("auto",))
    root = Path(__file__).resolve().parent / "fixtures"
    lines = sorted({line.strip() for p in sorted(root.rglob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
                    if 0 < len(line.strip()) <= 700})
    matched = 0
    for text in lines:
        folded = text.casefold()
        for rule in pats.rules:
            if rule.also and len(text) <= rule.max_len and rule.pattern.search(text):
                matched += 1
                assert all(any(lit in folded for lit in need) for need in rule.also), (rule.pattern.pattern, text)
    assert matched > 50
    scorer = Boilerplate()
    for k in range(0, len(lines), 40):
        chunk = lines[k:k + 40]
        assert scorer._score_all(chunk, pats) == [_plain_score(t, pats) for t in chunk]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Subscribe from £10 a month", "$5 per week", "£3 a year", "It cost $5 billion.",
                                 "We may earn a commission", "completely independent journalism", "fully independent",
                                 "12 comments", "[Home](https://example.org/)", "Follow us on Twitter", "The vote."]),
                min_size=1, max_size=8))
def test_scorer_with_required_sets_equals_the_plain_loop(texts: list[str]) -> None:
    pats = load(("auto",))
    assert Boilerplate()._score_all(texts, pats) == [_plain_score(t, pats) for t in texts]
