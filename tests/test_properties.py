"""Property tests: never crash, idempotent, never invent a word."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

import textclean
from textclean.strategies import unicode_text

WORD = regex.compile(r"\w+")


def _folded_words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def _input_vocabulary(text: str) -> str:
    """The input plus the documented normalisations that may create new word forms:
    character repairs (controls, odd spaces, mojibake) and markdown reduction."""
    from textclean import Pipeline
    from textclean.cleaners import Markdown, character_cleaners

    chars = Pipeline(character_cleaners(quotes="keep")).clean(text).text
    reduced = Pipeline([*character_cleaners(quotes="keep"), Markdown()]).clean(text).text
    return "\n".join([text, chars, reduced])


@given(unicode_text())
def test_never_crashes_on_any_text(text: str) -> None:
    doc = textclean.clean(text)
    assert isinstance(doc.text, str)
    doc.to_json()


@given(st.binary(max_size=2000))
def test_never_crashes_on_any_bytes(data: bytes) -> None:
    doc = textclean.clean(data)
    doc.to_json()


@given(unicode_text())
def test_idempotent(text: str) -> None:
    once = textclean.clean(text)
    assert textclean.clean(once.text).paragraphs == once.paragraphs


@given(unicode_text())
def test_nothing_invented(text: str) -> None:
    doc = textclean.clean(text)
    source = _input_vocabulary(text)
    src_words = _folded_words(source)
    joined = regex.sub(r"\s+", "", regex.sub(r"-\s*\n\s*", "", source)).casefold()
    for w in _folded_words(doc.text):
        # a word is either in the input, or the join of a hyphenated line break / wrap
        assert w in src_words or w in joined, w
