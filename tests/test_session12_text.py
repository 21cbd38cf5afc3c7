"""Session 12, plain text: German ``Stand:`` (as of) is a date label."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean

BODY = ("Der Stadtrat hat am Montag nach einer langen Debatte über die Kosten der neuen Brücke den "
        "Plan beschlossen. Die Arbeiten sollen im Frühjahr beginnen.")


@pytest.mark.parametrize(("line", "date"), [
    ("Stand: 1. Mai 2024", dt.date(2024, 5, 1)),
    ("Stand: 14.03.2025, 16:42 Uhr", dt.date(2025, 3, 14)),
    ("Stand 14.03.2025 16:42 Uhr", dt.date(2025, 3, 14)),
])
def test_a_stand_line_gives_the_date(line: str, date: dt.date) -> None:
    doc = textclean.clean(f"Neuer Plan für die Brücke\n\n{line}\n\n{BODY}\n")
    assert doc.date is not None and doc.date.isoformat()[:10] == date.isoformat()
    assert [r.reason for r in doc.removed if r.text == line] == ["dateline"]


@pytest.mark.parametrize("line", [
    "Der Stand der Arbeiten am 14.03.2025 war gut, sagte die Bürgermeisterin.",
    "Stand der Dinge: Am 14. März 2025 war der Plan fertig, sagte er.",
])
def test_prose_with_stand_and_a_date_stays(line: str) -> None:
    doc = textclean.clean(f"Neuer Plan für die Brücke\n\n{line}\n\n{BODY}\n")
    assert line in doc.paragraphs


def test_the_publication_date_beats_a_stand_line() -> None:
    doc = textclean.clean(f"Neuer Plan für die Brücke\n\nVeröffentlicht am 3. Mai 2024\n\n{BODY}\n\nStand: 5. Mai 2024\n")
    assert doc.date is not None and doc.date.isoformat()[:10] == "2024-05-03"
