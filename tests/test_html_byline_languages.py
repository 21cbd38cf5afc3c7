"""Dates and names written under the headline in Italian, Portuguese and Dutch (HTML pages
without machine-readable metadata)."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean

from .html_snippets import P1, P2


def _page(line: str) -> str:
    return f"<html><body><article><h1>Il porto resta aperto</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></article></body></html>"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Pubblicato il 12 marzo 2020 alle ore 14:30", dt.date(2020, 3, 12)),
        ("3 maggio 2021", dt.date(2021, 5, 3)),
        ("Publicado em 12 de março de 2020, às 14h30", dt.date(2020, 3, 12)),
        ("Gepubliceerd op 9 maart 2020 om 14.30 uur", dt.date(2020, 3, 9)),
    ],
)
def test_the_date_under_the_headline_in_other_languages(line: str, date: dt.date) -> None:
    doc = textclean.clean_html(_page(line))
    got = doc.date.date() if isinstance(doc.date, dt.datetime) else doc.date
    assert got == date


def test_a_name_beside_a_dutch_date_is_the_author() -> None:
    doc = textclean.clean_html(_page("9 maart 2020 - Jan Visser"))
    assert doc.authors == ["Jan Visser"]


def test_a_month_name_in_a_sentence_is_no_date_line() -> None:
    # a long line of prose that names a month is not the page's date line
    doc = textclean.clean_html(_page(P1))
    assert doc.date is None
