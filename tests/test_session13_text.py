"""Session 13, plain text: a zero-width joiner or non-joiner between two letters of an alphabet
that has no use for them goes (``control-chars``); Persian, the Indic scripts and emoji keep
theirs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import textclean
from textclean.cleaners import ControlChars
from textclean.pipeline import Pipeline


def test_a_joiner_inside_a_latin_greek_or_cyrillic_word_goes() -> None:
    doc = textclean.clean("The annual re\u200dport was published on Monday by the city coun\u200ccil of Bern.")
    assert doc.paragraphs == ["The annual report was published on Monday by the city council of Bern."]
    assert [r.reason for r in doc.removed] == ["control-chars"]
    assert "u200d" in doc.removed[0].text and "u200c" in doc.removed[0].text
    for word, plain in (("Ελλά\u200dδα", "Ελλάδα"), ("Мос\u200cква", "Москва"), ("Ré\u200dsumé", "Résumé")):
        assert Pipeline([ControlChars()]).clean(word).text == plain

def test_persian_indic_and_emoji_joiners_stay() -> None:
    for text in (
        "او می\u200cخواهد به خانه برود.",  # Persian writes a non-joiner inside words
        "क्\u200dष and न्\u200d",  # Devanagari half forms
        "\U0001f469\u200d\U0001f4bb and \U0001f3f3\ufe0f\u200d\U0001f308",  # emoji sequences
        "a\u200d1 and 1\u200da",  # next to a digit: not between two letters
        "word \u200d word",
    ):
        assert Pipeline([ControlChars()]).clean(text).text == text.strip()

def test_a_joiner_beside_a_soft_hyphen_goes_in_the_same_cleaning() -> None:
    once = textclean.clean("re\u00ad\u200dport on the state of the city")
    assert once.text == "report on the state of the city"
    assert textclean.clean(once.text).text == once.text

@given(st.text(st.sampled_from([*"abéΩж", "\u200d", "\u200c", "\u00ad", " ", "\U0001f469"]), max_size=30))
def test_joiner_removal_is_a_fixed_point(text: str) -> None:
    once = Pipeline([ControlChars()]).clean(text).text
    assert Pipeline([ControlChars()]).clean(once).text == once
