"""Mojibake beside correct accents: each mis-decoded sequence is repaired on its own.

ftfy repairs a text only when it is mis-decoded throughout; a paragraph that mixes a correct
"ó" with a mis-decoded "Ã\\xad" (text pasted from two sources, a CMS that re-encoded one field)
was left broken.  ``characters.fix_embedded`` reads each run of lead and continuation
characters back on its own.
"""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.characters import fix_embedded, fix_mojibake

REPAIRED = [
    # Spanish: correct "subió", mis-decoded "“confían”"
    ("El Ibex subió un 1,2 %. Los inversores â€œconfÃ\xadanâ€\x9d en el BCE.",
     "El Ibex subió un 1,2 %. Los inversores “confían” en el BCE."),
    # German: correct "schön", mis-decoded "München"
    ("Die Straße in MÃ¼nchen ist schön.", "Die Straße in München ist schön."),
    # Portuguese: a word-final lowercase pair before a space is repaired
    ("A população vai receber Ã¡gua e estÃ¡ contente.", "A população vai receber água e está contente."),
    # capitals: the sequence inside a word
    ("La ACCIÃ“N de la policía", "La ACCIÓN de la policía"),
    # an apostrophe and a dash
    ("Zürich is the cityâ€™s pride â€“ and Genève too.", "Zürich is the city’s pride – and Genève too."),
]

KEPT = [
    "Café”… and naïve",  # "é”…" is valid UTF-8 as bytes ("锅"): correct text stays
    "A campanha “IRMÃ” começou ontem.",  # Portuguese capitals: "IRMÃ" and a closing quote
    "O cartaz dizia “AMANHÔ em letras grandes.",
    "Ela gritou: IRMÃ… e saiu.",
    "São Paulo, Ação, Coração — ÇÃO",
    "naïve café ÃƒÂ©",  # a double encoding beside correct text: not repaired piecemeal
    "Straße, Größe, Übermaß, Ölsardine",
    "Ζεύς, Ωμέγα, Москва, Київ",
]


@pytest.mark.parametrize(("text", "want"), REPAIRED)
def test_mixed_mojibake_is_repaired(text: str, want: str) -> None:
    assert fix_mojibake(text) == want
    # and through the whole pipeline (quotes straightened by default)
    assert textclean.clean(text).text == textclean.clean(want).text


@pytest.mark.parametrize("text", KEPT)
def test_correct_text_is_kept(text: str) -> None:
    assert fix_embedded(text) == text
    assert fix_mojibake(text) == text


@pytest.mark.parametrize(("text", "want"), REPAIRED)
def test_repair_is_a_fixed_point(text: str, want: str) -> None:
    once = fix_mojibake(text)
    assert fix_mojibake(once) == once
    doc = textclean.clean(text)
    assert textclean.clean(doc.text).text == doc.text


def test_repair_is_counted() -> None:
    doc = textclean.clean("Die Straße in MÃ¼nchen ist schön.\n\nZweiter Absatz ohne Fehler.")
    assert doc.paragraphs[0] == "Die Straße in München ist schön."
    assert doc.extra["fixed"]["mojibake"] == 1


def test_html_paragraph_with_mixed_mojibake() -> None:
    html = (
        "<html><head><title>Bolsa</title></head><body><article><h1>Bolsa</h1>"
        "<p>El Ibex subió un 1,2 % este viernes, impulsado por la banca y las eléctricas, "
        "mientras los inversores â€œconfÃ\xadanâ€\x9d en que el BCE recorte los tipos.</p>"
        "<p>La prima de riesgo se mantuvo estable durante toda la sesión de la jornada.</p>"
        "</article></body></html>"
    )
    doc = textclean.clean(html)
    assert "confían" in doc.text
    assert "Ã" not in doc.text


def test_repaired_combining_mark_composes() -> None:
    """Found by the 100k idempotence test: ``Ì\\x81`` is a mis-decoded combining acute accent;
    repaired on its own it must compose with the letter before it (NFC), or a second
    cleaning would compose it."""
    once = textclean.clean("Í°\r\x80AÌ\x81", html=False)
    assert once.paragraphs[-1] == "€Á"
    assert textclean.clean(once.text, html=False).paragraphs == once.paragraphs
