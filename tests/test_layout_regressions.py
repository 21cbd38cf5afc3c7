"""Layout cases found by the messy_documents() property test, kept as explicit regressions."""

from __future__ import annotations

import pytest

import textclean

CASES = [
    (
        "one-per-line text whose lines look like a wrap width (boilerplate lines of similar length)",
        "© 2024 Example Media. All rights reserved.\n© 2024 Example Media. All rights reserved.\n"
        "Already a subscriber? Log in to continue reading\n"
        "The opposition leader demanded an independent investigation into the contracts. The storm damaged power\n"
        "lines and left thousands of households without electricity.",
        ["The opposition leader demanded an independent investigation into the contracts. The storm damaged power "
         "lines and left thousands of households without electricity."],
    ),
    (
        "German wrap before a capitalised noun",
        "Der Prozess wird voraussichtlich mindestens sechs Wochen dauern.\n\n"
        "Kritiker befürchten, dass die Reform vor allem großen\nUnternehmen nützt.\n\n"
        "Die Vereinbarung muss noch vom Parlament gebilligt werden.",
        ["Der Prozess wird voraussichtlich mindestens sechs Wochen dauern.",
         "Kritiker befürchten, dass die Reform vor allem großen Unternehmen nützt.",
         "Die Vereinbarung muss noch vom Parlament gebilligt werden."],
    ),
    (
        "a wrap that falls after a full stop inside a blank-line separated paragraph",
        "Intro paragraph of the story, which ends here.\n\n"
        "Varios ministros criticaron el plan y dijeron que no va lo suficientemente lejos.\n"
        "Los precios de los alimentos han subido casi un diez por ciento este año.\n\nFinal words here.",
        ["Intro paragraph of the story, which ends here.",
         "Varios ministros criticaron el plan y dijeron que no va lo suficientemente lejos. "
         "Los precios de los alimentos han subido casi un diez por ciento este año.",
         "Final words here."],
    ),
    (
        "a caption with a credit, then a subheading, in one-per-line text",
        "La police a arrêté deux hommes dans le cadre de l'enquête sur le vol.\n"
        "People walk past the building on Monday. **Ivan Petrov / AFP**\nEt maintenant\n"
        "Les prix des produits alimentaires ont augmenté de près de dix pour cent cette année.",
        ["La police a arrêté deux hommes dans le cadre de l'enquête sur le vol.", "Et maintenant",
         "Les prix des produits alimentaires ont augmenté de près de dix pour cent cette année."],
    ),
    (
        "mojibake of a UTF-8 soft hyphen pair (í) and NBSP (Â\\xa0)",
        "Los crÃ\xadticosÂ\xa0sostienen que la reforma beneficiarÃ¡ sobre todo a las grandes empresas.",
        ["Los críticos sostienen que la reforma beneficiará sobre todo a las grandes empresas."],
    ),
    (
        "a paragraph broken by a blank line after two words",
        "Many schools\n\nremain closed because of a shortage of teachers.",
        ["Many schools remain closed because of a shortage of teachers."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_layout_regression(text: str, expected: list[str]) -> None:
    assert textclean.clean(text).paragraphs == expected


def test_markdown_table_rows_stay_one_block_each_and_the_alignment_row_goes() -> None:
    text = (
        "The results were announced on Sunday evening by the electoral commission.\n\n"
        "| Party | Votes | Seats |\n|---|:---:|---:|\n| Blue | 41% | 52 |\n| Green | 33% | 40 |\n"
        "and the count ended late.\n"
    )
    doc = textclean.clean(text)
    assert doc.paragraphs == [
        "The results were announced on Sunday evening by the electoral commission.",
        "| Party | Votes | Seats |",
        "| Blue | 41% | 52 |",
        "| Green | 33% | 40 |",
        "and the count ended late.",
    ]
    assert [(r.cleaner, r.reason, r.text) for r in doc.removed] == [("layout", "markup", "|---|:---:|---:|")]
    assert textclean.clean(doc.text).paragraphs == doc.paragraphs


def test_a_wrapped_line_with_bars_inside_is_no_table_row() -> None:
    text = "Choose one of the modes a | b | c when the\ndevice starts, the manual says."
    assert textclean.clean(text).paragraphs == [
        "Choose one of the modes a | b | c when the device starts, the manual says."
    ]


def test_suspended_hyphen_words_are_the_documents_own_language() -> None:
    # Dutch "en" is a suspended-hyphen word ("land- en tuinbouw"); in German "-en" ends a word
    de = "Die Regierung hat am Montag erklärt, dass sie die Rechte der Frau-\nen stärken will und nicht an dem Treffen teilnimmt."
    nl = "Het kabinet wil de land-\nen tuinbouw steunen, zei de minister van het departement."
    assert "Rechte der Frauen stärken" in textclean.clean(de).text
    assert "de land- en tuinbouw steunen" in textclean.clean(nl).text
