"""The cheap gates of the text pipeline are necessary conditions: skipping work with them
never changes a result.

Each gate is compared with the code it guards, on drawn documents and on hand-made cases
(what the gated code must still find, and what it may skip).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from textclean import Pipeline
from textclean.cleaners import Boilerplate, Layout, PageDump
from textclean.cleaners.layout import _BULLET, _HR, _MD_HEADING, _QUOTE_MARK, _SETEXT, may_be_marked
from textclean.cleaners.quotes import straighten
from textclean.patterns import QUOTE_PAIRS, load, quote_symmetric
from textclean.strategies import messy_documents
from textclean.textutil import URL_ONLY_RE, url_only

PAGES = sorted(Path(__file__).resolve().parents[1].joinpath("examples", "pages").glob("*.txt"))
DUMPS = sorted(Path(__file__).resolve().parent.joinpath("fixtures", "pagedump").glob("*.txt"))


# -- page-dump: could_be_dump --------------------------------------------------------------
def _draft_before_pagedump(text: str):  # type: ignore[no-untyped-def]
    p = Pipeline.default()
    i = p._index("page-dump")
    d = p.draft(text)
    for c in p.cleaners[:i]:
        c.apply(d)
    return d


def _taken(d) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for r in d.removed if r.cleaner == "boilerplate" and r.line is not None)


def test_page_dumps_pass_the_gate() -> None:
    pd = PageDump()
    seen = 0
    for path in [*PAGES, *DUMPS]:
        d = _draft_before_pagedump(path.read_text(encoding="utf-8"))
        if pd.select(d) is not None:
            seen += 1
            assert pd.could_be_dump(d.blocks, _taken(d)), path.name
    assert seen >= 2  # the example dumps are dumps


def test_an_ordinary_article_fails_the_gate() -> None:
    body = "\n\n".join(
        f"Paragraph {i} of the report says that the council met on Tuesday and voted." for i in range(20)
    )
    d = _draft_before_pagedump("Council votes\n\n" + body)
    assert len(d.blocks) > PageDump().min_outside
    assert not PageDump().could_be_dump(d.blocks, _taken(d))


@settings(max_examples=150, deadline=None)
@given(messy_documents())
def test_gate_never_rejects_a_dump(m: object) -> None:
    d = _draft_before_pagedump(m.messy)  # type: ignore[attr-defined]
    pd = PageDump(min_outside=3)  # a low bar, so that drawn documents reach the later rules
    if pd.select(d) is not None:
        assert pd.could_be_dump(d.blocks, _taken(d))


def _select_counting_after_head_only(pd: PageDump, d):  # type: ignore[no-untyped-def]
    """``pd.select(d)`` as it was before the furniture count also ran before ``head``: the first
    ``_enough_outside`` of the call (the one before ``head``) always passes."""
    calls: list[int] = []
    real = PageDump._enough_outside

    def late(self: PageDump, outside, taken, n_blocks):  # type: ignore[no-untyped-def]
        calls.append(1)
        return True if len(calls) == 1 else real(self, outside, taken, n_blocks)

    PageDump._enough_outside = late  # type: ignore[method-assign]
    try:
        return pd.select(d)
    finally:
        PageDump._enough_outside = real  # type: ignore[method-assign]


def test_furniture_count_before_head_on_the_example_pages() -> None:
    for path in [*PAGES, *DUMPS]:
        for pd in (PageDump(), PageDump(min_outside=3)):
            d = _draft_before_pagedump(path.read_text(encoding="utf-8"))
            assert pd.select(d) == _select_counting_after_head_only(pd, d), path.name


@settings(max_examples=150, deadline=None)
@given(messy_documents())
def test_furniture_count_before_head_changes_no_selection(m: object) -> None:
    d = _draft_before_pagedump(m.messy)  # type: ignore[attr-defined]
    for pd in (PageDump(), PageDump(min_outside=3)):
        assert pd.select(d) == _select_counting_after_head_only(pd, d)


# -- layout: may_be_marked, url_only ------------------------------------------------------------
_MARKUP_PATTERNS = (_MD_HEADING, _SETEXT, _HR, _QUOTE_MARK, _BULLET)
_LINE = st.text(alphabet=st.sampled_from(list("  \t\u00a0\u2003#>-*+=_•–·.)1a9Zx“é:/ht")), max_size=12)


@settings(max_examples=400, deadline=None)
@given(_LINE)
def test_lines_without_a_marker_start_match_no_markup_pattern(line: str) -> None:
    stripped = line.strip()
    if stripped and not may_be_marked(stripped):
        assert not any(p.match(line) for p in _MARKUP_PATTERNS), line


def test_markup_lines_are_recognised() -> None:
    for line in ["# Title", "  ## Sub", "===", "---", "* * *", "> quote", "- item", "• item", "12. step", "a) Item", "_ _ _"]:
        assert may_be_marked(line.strip()), line
    for line in ["Plain prose line.", "“Quoted” words", "Élan vital"]:
        assert not may_be_marked(line.strip()), line


def test_url_only_is_the_regex() -> None:
    for text in ["https://example.org/a", "  <http://x.org/b>.", "HTTPS://EXAMPLE.ORG/C", "see https://x.org", "no url", "ftp://x"]:
        assert url_only(text) == bool(URL_ONLY_RE.match(text)), text


# -- boilerplate: quote_symmetric and the skipped straightened view -----------------------------
def test_quote_symmetric_reads_classes_and_literals() -> None:
    assert quote_symmetric(r"^\W*share\b") == frozenset(q for q, _ in QUOTE_PAIRS)
    assert "‘" not in quote_symmetric(r"[\w'’]+ / AFP$")  # "'" is in the class, "‘" is not
    assert "’" in quote_symmetric(r"[\w'’]+ / AFP$")
    assert "”" not in quote_symmetric(r'say "hi"')  # a literal ASCII quote
    assert "“" not in quote_symmetric(r"(?<!“)word")  # also inside a negative look-behind
    assert quote_symmetric(r"(\w)\1") == frozenset()  # back-references: nothing is claimed
    assert quote_symmetric(r"[[a-z]--[aeiou]]") == frozenset()  # regex-only syntax


def test_shipped_tables_treat_the_usual_curly_quotes_alike() -> None:
    assert {"“", "”", "’"} <= load(("auto",)).quote_safe


_CURLY_TEXT = st.text(alphabet=st.sampled_from(list("“”„‟’‘'\" abcPhoto:/AFPRelated|©subscribe$5a month")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_CURLY_TEXT)
def test_straightening_safe_quotes_never_raises_a_score(text: str) -> None:
    pats = load(("auto",))
    if any(q in text for q, _ in QUOTE_PAIRS if q not in pats.quote_safe):
        return
    raw, view = Boilerplate()._score_all([text, straighten(text)], pats)
    assert view[0] <= raw[0]


def test_a_credit_with_an_opening_single_quote_is_still_scored_as_repaired() -> None:
    # "‘" is not safe for the credit test ([\w'’.-]): the straightened view is still scored
    text = "Caption of the photo. ‘Jane Doe / AFP"
    assert Boilerplate().score(text, load(("en", "en")))[0] >= 1.0


def test_layout_and_pagedump_results_unchanged_on_the_example_pages() -> None:
    # the gated code paths give the documented result on the example dumps
    for path in PAGES:
        doc = Pipeline([Layout(), PageDump()]).clean(path.read_text(encoding="utf-8"))
        assert any(r.cleaner == "page-dump" for r in doc.removed), path.name


def test_no_non_ascii_marker_is_a_letter_or_plain_punctuation() -> None:
    # every code point that can open a list marker (``regex``'s own Unicode for ``\d``) passes
    # ``may_be_marked`` as the first character of a line
    import sys

    import regex

    first = regex.compile(r"[-*+•‣◦▪●▸►–]|\d")
    missed = [hex(o) for o in range(0x80, sys.maxunicode + 1) if first.match(chr(o)) and not may_be_marked(chr(o) + ". x")]
    assert missed == []


# -- character classes that stand for a property ------------------------------------------------
def test_other_white_space_classes_list_every_code_point() -> None:
    import sys

    import regex

    from textclean.cleaners.markdown import _OTHER_SPACE
    from textclean.textutil import _OTHER_WS

    every = [chr(o) for o in range(sys.maxunicode + 1)]
    regex_space = regex.compile(r"\s")
    assert [c for c in every if regex_space.match(c) and c != " "] == [c for c in every if _OTHER_SPACE.match(c)]
    assert [c for c in every if c.isspace() and c != " "] == [c for c in every if _OTHER_WS.match(c)]
    # ``norm_key``'s fast path for a printable text: no white space but the plain space is printable
    assert [c for c in every if c.isspace() and c.isprintable()] == [" "]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A“”’\t\n\x1c\u00a0\u2003.")), max_size=30))
def test_norm_key_fast_path_is_the_split_and_join(text: str) -> None:
    from textclean.textutil import _QUOTE_PAIRS, _WS, norm_key

    t = text
    for curly, plain in _QUOTE_PAIRS:
        t = t.replace(curly, plain)
    expected = _WS.sub(" ", t).strip().casefold() if any(c in t for c in "\x1c\x1d\x1e\x1f") else " ".join(t.split()).casefold()
    assert norm_key(text) == expected


def _reference_language(text: str, sample: int = 5_000) -> str | None:
    """The plain algorithm: every word of the sample by the regex, every word counted; the
    script, then a language's own letters, decide where the function words do not (and the
    script tells Ukrainian, Serbian and Bulgarian from Russian)."""
    from collections import Counter

    from textclean.language import _WORD, _WORD_LANGS, STOPWORDS, letters_language, script_language

    words = _WORD.findall(text[:sample].lower())
    if len(words) < 4:
        return script_language(text[:sample]) or letters_language(text[:sample])
    scores = dict.fromkeys(STOPWORDS, 0)
    for w, n in Counter(words).items():
        for lang in _WORD_LANGS.get(w, ()):
            scores[lang] += n
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < max(2, len(words) // 20):
        return script_language(text[:sample]) or letters_language(text[:sample])
    if best == "ru" and script_language(text[:sample]) in ("uk", "sr", "bg"):
        return script_language(text[:sample])
    return best


_LANG_TEXT = st.lists(st.sampled_from(["the", "of", "und", "die", "la", "le", "que", "et", "said,", "(afp)", "“der”",
                                       "12_", "²½", "ß", "l'été", "—", "x_y", "don’t", "a.b", "...", "Él"]), max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200) | _LANG_TEXT.map(" ".join) | _LANG_TEXT.map("\n".join))
def test_language_guess_is_the_plain_algorithm(text: str) -> None:
    from textclean.language import detect_language

    assert detect_language(text) == _reference_language(text)


def test_language_guess_on_the_examples() -> None:
    from textclean.language import detect_language

    for path in [*PAGES, *DUMPS]:
        text = path.read_text(encoding="utf-8")
        assert detect_language(text) == _reference_language(text), path.name


def test_markdown_still_collapses_white_space() -> None:
    from textclean.cleaners import Markdown

    doc = Pipeline([Markdown()]).clean("a **b**\u00a0\u00a0c and [d](#)  e")
    assert doc.paragraphs == ["a b c and d e"]


# -- dates: may_hold_date ------------------------------------------------------------------------
_DATES = ["September 19, 2023", "Tuesday, 13 Sept. 2022 10:15 GMT", "19. September 2023", "19 de septiembre de 2023",
          "le 19 septembre 2023", "2023-09-19T08:30:00+03:00", "19.09.2023", "09/19/2023", "Updated: March 3, 2021"]


def test_every_date_format_has_a_four_digit_year() -> None:
    from textclean.metadata import parse_date
    from textclean.textutil import may_hold_date

    for text in _DATES:
        assert parse_date(text) is not None and may_hold_date(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ./-:T+,Sept March de le Mon")), max_size=30))
def test_no_date_without_a_four_digit_run(text: str) -> None:
    from textclean.metadata import parse_date
    from textclean.textutil import may_hold_date

    if not may_hold_date(text):
        assert parse_date(text) is None, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB ǅ ß Ω ω 漢字 x-y 'z’ 1 . ?")), max_size=40))
def test_page_dump_line_measure_counts_capitals_as_before(text: str) -> None:
    from textclean.cleaners.pagedump import _WORD, _measure

    words = _WORD.findall(text)
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    caps = sum(1 for w in cased if w[0].isupper()) / len(cased) if cased else 1.0
    assert _measure(text).caps == caps


def test_page_dump_keeps_no_line_after_the_document() -> None:
    from textclean.cleaners import pagedump

    for path in PAGES[:1]:
        Pipeline([Layout(), PageDump()]).clean(path.read_text(encoding="utf-8"))
    assert pagedump._doc_lines == {}


def test_spaces_gate_keeps_blocks_and_subclasses() -> None:
    from textclean.cleaners import Spaces

    doc = Pipeline([Spaces()]).clean("a\u00a0b  c \n\nplain\n\ncafe\u0301")
    assert doc.paragraphs == ["a b c", "plain", "café"]

    class Shout(Spaces):
        def fix(self, text: str) -> str:
            return super().fix(text).upper()

    assert Pipeline([Shout()]).clean("a\u00a0b").paragraphs == ["A B"]


def test_spaces_gate_on_a_document_without_odd_spaces() -> None:
    from textclean.cleaners import Spaces
    from textclean.document import RAW, Block
    from textclean.pipeline import Draft

    texts = ["café  au lait", "naïve \nline", "end ", "plain é"]
    for i in range(len(texts)):
        # each block alone needs a fix (or none), whatever the others hold
        draft = Draft(blocks=[Block(t, RAW, n) for n, t in enumerate([*texts[i:], "é"])])
        Spaces().apply(draft)
        assert [b.text for b in draft.blocks] == [Spaces().fix(t) for t in [*texts[i:], "é"]]
    draft = Draft(blocks=[Block("plain é", RAW, 1), Block("as is", RAW, 2)])
    Spaces().apply(draft)
    assert [b.text for b in draft.blocks] == ["plain é", "as is"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("a b  \t\u00a0\u2003\u3000é\u0301e.\n")), max_size=12),
                max_size=6))
def test_spaces_apply_is_fix_block_by_block(texts: list[str]) -> None:
    from textclean.cleaners import Spaces
    from textclean.document import RAW, Block
    from textclean.pipeline import Draft

    draft = Draft(blocks=[Block(t, RAW, n) for n, t in enumerate(texts)])
    Spaces().apply(draft)
    assert [b.text for b in draft.blocks] == [Spaces().fix(t) for t in texts]


def test_quotes_gate_keeps_ascii_documents_and_subclasses() -> None:
    from textclean.cleaners import Quotes

    assert Pipeline([Quotes()]).clean("He said 'yes'.\n\n\"No\", she said.").paragraphs == [
        "He said 'yes'.", '"No", she said.']
    assert Pipeline([Quotes()]).clean("“Yes,” he said.\n\nplain").paragraphs == ['"Yes," he said.', "plain"]
    assert Pipeline([Quotes(style="curly")]).clean('"Yes," he said.').paragraphs == ["“Yes,” he said."]

    class Shout(Quotes):
        def fix(self, text: str) -> str:
            return super().fix(text).upper()

    assert Pipeline([Shout()]).clean("plain ascii").paragraphs == ["PLAIN ASCII"]


# -- boilerplate: a text whose only view is its straightened self ---------------------------
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab C“”’‘„\"' .,:-/©\u00a0\u2003\n*_[`<é")), max_size=40))
def test_a_text_without_markup_or_unsafe_quotes_has_no_view_to_score(text: str) -> None:
    from textclean.cleaners.boilerplate import _CURLY
    from textclean.cleaners.characters import _MOJIBAKE_HINT
    from textclean.cleaners.markdown import _has_markup, reduce_markup

    pats = load(("en", "en"), ())
    unsafe = [q for q in _CURLY if q not in pats.quote_safe]
    if _MOJIBAKE_HINT.search(text) or any(q in text for q in unsafe) or _has_markup(text) or text != text.strip():
        return
    straight = straighten(text)
    # the premises of the skip: the repaired view, the reduced one and the bare one are all
    # ``straighten(text)``, which is ``plain``
    assert straight.strip() == straight
    assert not _has_markup(straight) and reduce_markup(straight) == straight
    raw, straightened = Boilerplate()._score_all([text, straight], pats)
    assert straightened[0] <= raw[0]
    assert Boilerplate().score_all([text], pats) == [raw]


# -- layout: a hyphenation key that is not in the folded text needs no vocabulary ------------
def test_casefold_folds_each_character_on_its_own() -> None:
    import sys

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert chars.casefold() == "".join(map(str.casefold, chars))
    for text in ("ΟΔΟΣ ΟΔΟΣ.", "Σ", "aΣb", "İstanbul", "STRASSE Straße", "ﬁne"):  # (no context rule)
        assert text.casefold() == "".join(map(str.casefold, text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abAB-ßSsΣσς İi\n,ﬁ")), max_size=40),
       st.text(alphabet=st.sampled_from(list("abs-ßσςi̇ﬁ")), min_size=1, max_size=6))
def test_hyphenation_count_is_the_vocabulary_count(text: str, key: str) -> None:
    from textclean.cleaners.layout import Hyphenation

    hy = Hyphenation(text, "en", frozenset())
    counted = hy.count(key)
    assert hy._vocab is None or counted == hy._vocab[key]
    assert counted == Hyphenation(text, "en", frozenset()).vocab()[key]
    for word in Hyphenation(text, "en", frozenset()).vocab():
        assert Hyphenation(text, "en", frozenset()).count(word) > 0


def test_hyphenation_subclass_with_its_own_vocabulary_is_asked() -> None:
    from collections import Counter

    from textclean.cleaners.layout import Hyphenation

    class Known(Hyphenation):
        def vocab(self) -> Counter[str]:
            return Counter({"government": 3})

    assert Known("no such word here", "en", frozenset()).count("government") == 3
    assert Hyphenation("no such word here", "en", frozenset()).count("government") == 0


def test_hyphenation_count_probes_a_bounded_number_of_times() -> None:
    from textclean.cleaners.layout import _PROBES, Hyphenation

    # "inter-\nnational" many times: neither key is in the text, and each probe scans all of
    # it; after ``_PROBES`` probes the vocabulary is built once and answers the rest
    hy = Hyphenation("inter-\nnational " * 1000, "en", frozenset())
    for _ in range(_PROBES):
        assert hy.count("international") == 0 and hy._vocab is None
    assert hy.count("international") == 0 and hy._vocab is not None
    assert hy.count("inter-national") == 0


# -- mojibake: the badness test first or the repair first gives the same result ---------------
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aé ”—’“ÃÂâ€™©ó ñ\u00a0\x81Ð¡Ñ‚Î©")), min_size=1, max_size=30))
def test_fix_encoding_changes_nothing_that_the_badness_test_passes(text: str) -> None:
    import ftfy
    from ftfy.badness import is_bad

    from textclean.cleaners import characters

    characters.fix_mojibake("caf\u00c3\u00a9")  # (builds the configuration)
    # the premise of ``fix_mojibake``'s two orders: a text that ftfy's badness test passes as
    # clean is one that ``fix_encoding`` leaves as it is
    if not is_bad(text):
        assert ftfy.fix_encoding(text, characters._FTFY_CONFIG) == text


def test_fix_mojibake_in_either_order() -> None:
    from textclean.cleaners.characters import _UTF8_AS_BYTES, fix_mojibake

    broken, clean = "The Kremlinâ€™s war", "El gobierno presentóñ el martes"
    assert _UTF8_AS_BYTES.search(broken) and not _UTF8_AS_BYTES.search(clean)
    assert fix_mojibake(broken) == "The Kremlin’s war"
    assert fix_mojibake(clean) == clean
    assert fix_mojibake(" " + broken) == " The Kremlin’s war"  # (white space around: the other branch)


# -- session 8: page-dump's second reading, link runs and comment markers ------------------
def test_the_second_reading_gate_is_the_views_own_first_test() -> None:
    """The plain view (the draft as a second cleaning reads it) is built only when the
    reduced texts of all blocks give a bound that ``select`` can pass with no taken line:
    the view's blocks are some of those texts, and its removals hold no boilerplate line."""
    from textclean.cleaners.markdown import reduce_markup

    pd = PageDump()
    for path in [*PAGES, *DUMPS]:
        d = _draft_before_pagedump(path.read_text(encoding="utf-8"))
        plain = pd.plain(d)
        if plain is None:
            continue
        view, _ = plain
        assert _taken(view) == 0
        assert pd._outside_bound([b.text for b in view.blocks]) <= pd._outside_bound([reduce_markup(b.text) for b in d.blocks])


@settings(max_examples=200, deadline=None)
@given(messy_documents())
def test_pagedump_reads_drawn_documents_as_before(m: object) -> None:
    """The shared bound and the gate before the second reading change no result: the gated
    cleaner cuts what the ungated reading (the view built and read whenever the old,
    looser gate passed) would cut."""
    d = _draft_before_pagedump(m.messy)  # type: ignore[attr-defined]
    pd = PageDump(min_outside=3)
    found = pd.select(d)
    if found is None and pd.could_be_dump(d.blocks, len(d.removed)):
        plain = pd.plain(d)
        if plain is not None:
            seen = pd.select(plain[0])
            if seen is not None:
                from textclean.cleaners.markdown import reduce_markup

                assert pd._outside_bound([reduce_markup(b.text) for b in d.blocks]) >= pd.min_outside


@given(st.text(max_size=18))
@settings(max_examples=2000, deadline=None)
def test_a_short_line_is_no_link_run(text: str) -> None:
    """Ten words need 19 characters: a shorter line is never a link run (not measured)."""
    from textclean.cleaners.pagedump import _measure

    assert _measure(text).units < 10


def test_comment_marker_gate() -> None:
    from textclean.cleaners.pagedump import _comment_marker, _comment_markers

    langs = ("en",)
    pat = _comment_markers(langs)
    for text in ["12 Comments", "Leave a Reply", "COMMENTS", "Join the discussion", "Kommentare (3)"]:
        assert _comment_marker(text, pat, ("de", "en")) == (_comment_markers(("de", "en")).search(text) is not None)
    assert _comment_marker("12 Comments", pat, langs)
    assert not _comment_marker("The council voted on Tuesday.", pat, langs)


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from([("en",), ("de", "en"), ("fr", "en"), ("es", "en"), ("ru", "en"), ("auto",)]),
    st.lists(st.sampled_from(["comments", "Reply", "leave", "a", "your", "12", "the", "discussion", "Kommentare",
                              "réponses", "ſ", "K", "—", ":", "\U0001df95", "İ"]) | st.text(max_size=8), max_size=6).map(" ".join),
)
def test_comment_marker_gate_on_drawn_lines(langs: tuple[str, ...], text: str) -> None:
    from textclean.cleaners.pagedump import _comment_marker, _comment_markers

    pat = _comment_markers(langs)
    assert _comment_marker(text, pat, langs) == (pat.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab *_[]()#`<>\\¶ä’\n", max_size=40))
def test_reduce_markup_cache_gives_the_reduction(text: str) -> None:
    from textclean.cleaners.markdown import _reduce_markup, reduce_markup

    expected = _reduce_markup(text) if ("[" in text or "*" in text or "_" in text or "`" in text or "<" in text or "\\" in text) else text
    assert reduce_markup(text) == expected
    assert reduce_markup(text) == expected  # (a second call: from the cache)
