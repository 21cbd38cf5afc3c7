"""HTML pages in Italian, Portuguese and Dutch: dates and names under the headline (pages
without machine-readable metadata), end-matter headings and reader prompts."""

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


IT = [
    "Il Consiglio dei ministri ha approvato ieri sera la legge di bilancio per il prossimo anno, con tagli alle tasse.",
    "Secondo il ministro dell'Economia, la manovra vale circa trenta miliardi di euro e sarà finanziata in parte.",
    "Le opposizioni hanno criticato duramente il provvedimento, definendolo insufficiente per la crescita.",
]


def _article(tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in IT)
    return f"<html><body><article><h1>La manovra</h1>{body}{tail}</article></body></html>"


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        ("<h3>Commenti</h3><p>Bella notizia, finalmente una buona legge per tutti noi!</p>", "Bella notizia"),
        ("<h3>Reacties</h3><p>Goed nieuws, eindelijk een goede wet voor iedereen hier!</p>", "Goed nieuws"),
        ("<h3>Gerelateerde artikelen</h3><p>Pensioenen: wat er verandert in januari voor iedereen.</p>", "Pensioenen"),
        ("<p>Laat een reactie achter</p>", "Laat een reactie"),
        ("<p>Deixe um comentário</p>", "Deixe um"),
        ("<p>Lascia un commento</p>", "Lascia un"),
    ],
)
def test_end_matter_and_reader_prompts_in_italian_portuguese_and_dutch(tail: str, gone: str) -> None:
    doc = textclean.clean_html(_article(tail))
    assert gone not in doc.text
    assert all(p in doc.text for p in IT)


def test_a_line_that_only_starts_like_end_matter_is_kept() -> None:
    line = "Commenti del ministro: la legge entrerà in vigore il primo gennaio, ha detto ieri."
    doc = textclean.clean_html(_article(f"<p>{line}</p>"))
    assert line in doc.text
