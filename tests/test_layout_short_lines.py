"""A short line over a line that starts with a number is a line of its own (a byline over a
date in a page dump), while a long unfinished line still goes on with a number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import textclean

FIXTURES = Path(__file__).parent / "fixtures" / "dumps"


def test_byline_and_date_lines_of_a_page_dump_stay_apart() -> None:
    doc = textclean.clean((FIXTURES / "de_news_page.txt").read_text(encoding="utf-8"))
    assert doc.title == "Bundestag beschließt Rekordhaushalt"
    assert doc.authors == ["Anna Müller"]
    assert doc.date == dt.date(2026, 12, 3)
    assert doc.paragraphs[0].startswith("Der Bundestag hat am Dienstag den Haushalt")
    assert len(doc.paragraphs) == 3


def test_long_unfinished_line_goes_on_with_a_number() -> None:
    text = ("The company said on Tuesday that its quarterly revenue had risen to\n"
            "3.5 billion euros, beating the forecasts of most analysts.")
    assert textclean.clean(text).paragraphs == [
        "The company said on Tuesday that its quarterly revenue had risen to 3.5 billion euros, beating the forecasts of most analysts."
    ]
