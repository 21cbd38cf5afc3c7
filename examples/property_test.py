"""Use textclean's Hypothesis strategies in your own test suite (run with: pytest examples/property_test.py)."""

from __future__ import annotations

from hypothesis import given, settings

import textclean
from textclean.strategies import messy_documents, unicode_text


@given(messy_documents(languages=("en", "de"), max_paragraphs=4))
@settings(max_examples=50, deadline=None)
def test_cleaning_recovers_the_body(m) -> None:  # type: ignore[no-untyped-def]
    assert textclean.clean(m.messy).paragraphs == m.clean.paragraphs


@given(unicode_text())
@settings(max_examples=50, deadline=None)
def test_idempotent(text: str) -> None:
    once = textclean.clean(text)
    assert textclean.clean(once.text).paragraphs == once.paragraphs
