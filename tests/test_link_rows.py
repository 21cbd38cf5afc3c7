"""A row of footer or menu links on one line ("Impressum | Datenschutz | Kontakt") is read item
by item by the boilerplate cleaner: it goes when two thirds of its items (two at least) are
boilerplate alone on a line and the others are short labels; other rows with separators stay."""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.boilerplate import _row_items

BODY = {
    "en": ("The council approved the plan on Monday after a long debate about the costs of the new bridge.",
           "The work will start in spring and take two years, the mayor said at the meeting."),
    "de": ("Der Stadtrat hat am Montag nach einer langen Debatte über die Kosten der neuen Brücke den Plan beschlossen.",
           "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin."),
    "es": ("El ayuntamiento aprobó el lunes el plan tras un largo debate sobre los costes del nuevo puente.",
           "Las obras comenzarán en primavera y durarán dos años, según explicó la alcaldesa."),
    "fr": ("Le conseil municipal a approuvé lundi le projet après un long débat sur le coût du nouveau pont.",
           "Les travaux commenceront au printemps et dureront deux ans, a expliqué la maire."),
}


def _doc(lang: str, line: str, where: str = "end") -> textclean.Document:
    a, b = BODY[lang]
    parts = ["A headline for the test", a, b, line] if where == "end" else ["A headline for the test", a, line, b]
    return textclean.clean("\n\n".join(parts) + "\n")


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Privacy Policy | Terms of Use | Contact"),
    ("en", "Privacy Policy · Terms of Use · Contact Us"),
    ("en", "About Us | Careers | Advertise | Sitemap"),
    ("en", "Privacy Policy|Terms of Service|Cookie Policy"),
    ("de", "Impressum | Datenschutz | Kontakt | Jobs"),  # (one short label no rule reads)
    ("es", "Política de cookies | Aviso legal | Contacto"),
    ("fr", "Mentions légales • Politique de confidentialité • Contact"),
])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_row_of_footer_links_goes(lang: str, line: str, where: str) -> None:
    doc = _doc(lang, line, where)
    assert line not in doc.paragraphs
    assert [r.reason for r in doc.removed if r.text == line] == ["navigation"]
    assert list(BODY[lang]) == [p for p in doc.paragraphs if p in BODY[lang]]


@pytest.mark.parametrize("line", [
    # one link among other things
    "Privacy Policy | The strange story of how a town lost its river",
    "Contact | Weight: 12.5 kg | Colour: red | Price: 49 euros",
    # headline and site name
    "Council approves the bridge plan | City News",
    # items that are sentences
    "We tried. | It failed. | We tried again.",
    # only one boilerplate item
    "Contact | Opening hours",
])
def test_other_rows_with_separators_stay(line: str) -> None:
    doc = _doc("en", line, "middle")
    assert line in doc.paragraphs


def test_row_items() -> None:
    assert _row_items("A | B · C") == ["A", "B", "C"]
    assert _row_items("One item only") is None
    assert _row_items("| a | b |") is None  # a Markdown table's row
    assert _row_items("a || b") is None  # an empty item
    assert _row_items("A | B\nC | D") is None  # more than one line
    assert _row_items("Col·legi d'Advocats") is None  # a Catalan middle dot inside a word


def test_a_legal_pages_own_title_stays() -> None:
    # ("Impressum" alone is a footer link; over the page's own text it is the page's title)
    doc = textclean.clean("Impressum\n\nHerausgeber dieser Website ist die Muster GmbH mit Sitz in Berlin, "
                          "vertreten durch die Geschäftsführerin.\n\nDie Redaktion ist erreichbar unter der "
                          "angegebenen Adresse und per Telefon.\n")
    assert not any(r.reason == "navigation" for r in doc.removed)
    assert doc.title == "Impressum" or doc.paragraphs[0] == "Impressum"
