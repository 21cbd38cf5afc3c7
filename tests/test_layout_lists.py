"""Ordered-list markers versus day-first dates (``12. April 2024``)."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.cleaners.layout import list_marker


@pytest.mark.parametrize(
    "line", ["12. April 2024", "3. März 2025", "1. janvier 2024", "31. Dezember", "7. mayo de 2023"]
)
def test_day_first_dates_are_not_list_items(line: str) -> None:
    assert list_marker(line) is None
    doc = textclean.clean(f"Ein Absatz über die Sitzung des Stadtrats, der lange dauerte.\n\n{line}\n\nNoch ein Absatz.")
    assert not any(b.kind == "list-item" for b in doc.blocks)
    # the date is the document's date or stays in the text, whole
    assert doc.date is not None or any(line in p for p in doc.paragraphs)


def test_day_first_date_line_becomes_the_date() -> None:
    doc = textclean.clean(
        "Der Stadtrat hat am Montag den Haushalt beschlossen.\n\n12. April 2024\n\nDie Opposition stimmte dagegen."
    )
    assert doc.date == dt.date(2024, 4, 12)
    assert doc.paragraphs == ["Der Stadtrat hat am Montag den Haushalt beschlossen.", "Die Opposition stimmte dagegen."]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Steps:\n\n1. Mix the flour\n2. Add the eggs\n3. Bake for May's party", ["1. Mix the flour", "2. Add the eggs", "3. Bake for May's party"]),
        ("Zutaten:\n\n1. Mehl\n2. Zucker\n12. Eier", ["1. Mehl", "2. Zucker", "12. Eier"]),
        ("Top:\n\n40. April showers\n2) March madness", ["40. April showers", "2) March madness"]),
    ],
)
def test_numbered_lists_stay_lists(text: str, items: list[str]) -> None:
    doc = textclean.clean(text)
    assert [b.text for b in doc.blocks if b.kind == "list-item"] == items
