"""Session 13's fast paths give the results of the plain per-block code (see
``docs/performance.md``, "Session 13")."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.cleaners.characters import _MOJIBAKE_HINT, _hinted
from textclean.cleaners.codepage import _HIGH_LETTER
from textclean.cleaners.comments import MIN_ABOVE, Comments
from textclean.cleaners.pagedump import PageDump, _comment_marker, _comment_markers, _units
from textclean.document import CODE, PARAGRAPH, RAW, Block
from textclean.patterns import FOLD_EXCEPTIONS, document_languages
from textclean.pipeline import Draft, split_chunks
from textclean.strategies import TRICKY, messy_documents, unicode_text
from textclean.textutil import is_prose

LANGS = [document_languages(("auto",), lang) for lang in ("en", "de", "fr", "es", "ru", "ja")]
_PIECES = ["2 Comments", "Leave a Reply", "Kommentare", "Réponse", "Tom says:", "Reply", "Comments are closed",
           "The council approved the new budget on Tuesday night after a long debate.", "Discussion",
           "comment", "COMMENT", "Thoughts?", FOLD_EXCEPTIONS, "x" * 101, "ß", "İ", "", " ", "Home", "é"]
_texts = st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map(" ".join), max_size=12)


def _plain_markers(blocks: list[Block], languages: tuple[str, ...]) -> list[bool]:
    pattern = _comment_markers(languages)
    return [len(b.text) <= 100 and _units(b.text) <= 12 and _comment_marker(b.text, pattern, languages) for b in blocks]


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(LANGS))
def test_comment_markers_gate_equals_the_per_block_test(texts: list[str], langs: tuple[str, ...]) -> None:
    blocks = [Block(t, PARAGRAPH, i + 1) for i, t in enumerate(texts)]
    assert PageDump.comment_markers(blocks, langs) == _plain_markers(blocks, langs)


def _plain_comments(draft: Draft) -> None:
    """``Comments.apply`` before session 13: the loop over every block."""
    blocks = draft.blocks
    if len(blocks) < 3:
        return
    langs = document_languages(tuple(draft.options.languages), draft.language)
    markers = PageDump.comment_markers(blocks, langs)
    above = 0
    for i, b in enumerate(blocks):
        if markers[i] and above >= MIN_ABOVE and Comments._comments_follow(blocks[i + 1:i + 7]):
            for c in blocks[i:]:
                draft.remove(c, "comments", "comments")
            draft.blocks = blocks[:i]
            return
        if b.kind != CODE and is_prose(b.text):
            above += len(b.text)


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from(["en", "de", "fr"]))
def test_comments_stop_at_the_last_marker(texts: list[str], lang: str) -> None:
    def draft() -> Draft:
        d = Draft(blocks=[Block(t, PARAGRAPH, i + 1) for i, t in enumerate(texts)])
        d.language = lang
        return d

    fast, plain = draft(), draft()
    Comments().apply(fast)
    _plain_comments(plain)
    assert [b.text for b in fast.blocks] == [b.text for b in plain.blocks]
    assert fast.removed == plain.removed


def test_high_letters_are_at_most_the_extra_utf8_bytes() -> None:
    # the premise of the code-page gate's bound, for every code point (surrogates included)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        extra = len(ch.encode("utf-8", "surrogatepass")) - 1
        assert extra >= (1 if _HIGH_LETTER.match(ch) else 0)


def _plain_hinted(blocks: list[Block]) -> list[int]:
    return [i for i, b in enumerate(blocks) if not b.text.isascii() and _MOJIBAKE_HINT.search(b.text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(unicode_text(max_pieces=12), st.sampled_from(TRICKY)), max_size=10))
def test_hinted_blocks_equal_the_per_block_test(texts: list[str]) -> None:
    blocks = [Block(t, RAW, i + 1) for i, t in enumerate(texts)]
    assert _hinted(Draft(blocks=blocks)) == _plain_hinted(blocks)


@settings(max_examples=100, deadline=None)
@given(messy_documents())
def test_hinted_blocks_of_drawn_documents(m: object) -> None:
    from benchmarks.corpus import mojibake

    for text in (m.messy, mojibake(m.messy)):  # type: ignore[attr-defined]
        blocks = split_chunks(text)
        assert _hinted(Draft(blocks=blocks)) == _plain_hinted(blocks)


def _plain_language(text: str, sample: int = 5_000) -> str | None:
    """``detect_language`` as the plain word count: every ``_WORD`` of the sample, lowercased."""
    from collections import Counter

    from textclean.language import (
        _WORD,
        _WORD_LANGS,
        STOPWORDS,
        _czech_or_slovak,
        letters_language,
        script_language,
    )

    head = text[:sample]
    words = _WORD.findall(head.lower())
    if len(words) < 4:
        return script_language(head) or letters_language(head)
    scores = dict.fromkeys(STOPWORDS, 0)
    for w, n in Counter(w for w in words if w in _WORD_LANGS).items():
        for lang in _WORD_LANGS[w]:
            scores[lang] += n
    best = max(scores, key=scores.__getitem__)
    if scores[best] < max(2, len(words) // 20):
        return script_language(head) or letters_language(head)
    if best in ("cs", "sk"):
        best = _czech_or_slovak(head, scores)
    if best == "ru" and (other := script_language(head)) in ("uk", "sr", "bg"):
        return other
    return best


@settings(max_examples=200, deadline=None)
@given(st.one_of(messy_documents().map(lambda m: m.messy), unicode_text(),  # type: ignore[attr-defined]
                 st.lists(st.sampled_from(["the", "of", "qu'il", "l'homme", "(afp)", "said,", "x²", "der",
                                           "u.s.", "“la”", "и", "в", "—", "de", "est", "2024", "_le_"]),
                          max_size=60).map(" ".join)))
def test_language_guess_equals_the_plain_word_count(text: str) -> None:
    from textclean.language import detect_language

    assert detect_language(text) == _plain_language(text)
