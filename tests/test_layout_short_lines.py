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


def test_line_closing_a_bold_credit_is_not_joined_to_the_next() -> None:
    # one paragraph per line: a caption whose credit closes a bold span ends there
    text = ("Read more: What the Budget Means for You\n"
            "People walk past the building on Monday. **Ivan Petrov / AFP**\n"
            "Officials said the measures would take effect at the beginning of next year, and several ministers criticised them.\n"
            "The central bank kept interest rates unchanged for the third consecutive month.")
    doc = textclean.clean(text)
    assert doc.paragraphs[0].startswith("Officials said the measures")


def test_line_with_bold_words_inside_still_goes_on() -> None:
    text = ("The minister said the **new budget** would be presented to parliament before the end of\n"
            "the year, together with the long-awaited reform of the pension system.")
    assert len(textclean.clean(text).paragraphs) == 1
