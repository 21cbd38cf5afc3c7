"""Bylines without a byline word under the headline: ``Jane Doe | March 5, 2024``.

Copied pages often print the author's name and the date under the headline with no "By":
a name, a separator and a date (and maybe a reading time), or the name alone on the line over a
date line.  The name goes to ``authors``, the date to ``date``, the line to ``removed``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.cleaners.byline import unmarked_byline

BODY = "The government approved the budget on Tuesday, officials said in a statement released late."

TAKEN = [
    ("Jane Doe | March 5, 2024", ["Jane Doe"], dt.date(2024, 3, 5)),
    ("Jane Doe · 5 min read · Mar 5, 2024", ["Jane Doe"], dt.date(2024, 3, 5)),
    ("Иван Петров, 5 марта 2024", ["Иван Петров"], dt.date(2024, 3, 5)),
    ("Hans Müller, 3. Februar 2025", ["Hans Müller"], dt.date(2025, 2, 3)),
    ("Marie Dupont — 14 mars 2024", ["Marie Dupont"], dt.date(2024, 3, 14)),
    ("Jane Doe\n\nMarch 5, 2024", ["Jane Doe"], dt.date(2024, 3, 5)),
    ("JANE DOE\n\nMarch 5, 2024", ["Jane Doe"], dt.date(2024, 3, 5)),
]

KEPT = [
    "New York, March 5, 2024",  # a place and a date
    "Buenos Aires | 5 de marzo de 2024",
    "World News | March 5, 2024",  # a section label
    "Breaking News\n\nMarch 5, 2024",
    "Jane Doe",  # a name alone, no date line after it
    "Jane Doe | The Kremlin denies the report",  # no date
]


@pytest.mark.parametrize(("head", "authors", "date"), TAKEN)
def test_unmarked_byline_is_taken(head: str, authors: list[str], date: dt.date) -> None:
    doc = textclean.clean(f"Headline of the story here\n\n{head}\n\n{BODY}")
    assert doc.title == "Headline of the story here"
    assert doc.authors == authors
    assert doc.date == date
    assert doc.paragraphs == [BODY]
    assert "byline" in [r.cleaner for r in doc.removed]


@pytest.mark.parametrize("head", KEPT)
def test_other_lines_give_no_author(head: str) -> None:
    doc = textclean.clean(f"Headline of the story here\n\n{head}\n\n{BODY}")
    assert doc.authors == []
    assert "byline" not in [r.cleaner for r in doc.removed]


def test_only_under_the_headline() -> None:
    # in the middle of an article, a name and a date are text (an event, an obituary)
    text = f"Headline of the story here\n\nBy Ann Lee\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nJohn Smith | March 5, 2024\n\n{BODY}"
    doc = textclean.clean(text)
    assert doc.authors == ["Ann Lee"]
    assert "John Smith | March 5, 2024" in doc.paragraphs


def test_function() -> None:
    assert unmarked_byline("Jane Doe | March 5, 2024", None, ("en",)) == (["Jane Doe"], dt.date(2024, 3, 5))
    assert unmarked_byline("Jane Doe", "March 5, 2024", ("en",)) == (["Jane Doe"], None)
    assert unmarked_byline("Jane Doe", "The story goes on.", ("en",)) is None
    assert unmarked_byline("Jane Doe | said on Tuesday that 5 people", None, ("en",)) is None


def test_long_sentence_with_a_byline_word_is_prose() -> None:
    sentence = ("Author Jane Doe, from Leeds, said she started writing crime novels because they were the "
                "closest thing to the stories her grandmother told.")
    doc = textclean.clean(f"Headline of the story here\n\nBy Ann Lee\n\n{BODY}\n\n{sentence}\n\n{BODY}")
    assert sentence in doc.paragraphs
    assert doc.authors == ["Ann Lee"]
