"""Reading-time lines, breadcrumb trails from the home page and a share bar's copy-link button
in French, German, Spanish, Italian, Portuguese and Dutch: removed as whole lines, kept inside
prose."""

from __future__ import annotations

import pytest

import textclean

BODY = {
    "fr": "Les eurodéputés ont adopté mardi, à une large majorité, la réforme du marché européen.",
    "de": "Die Abgeordneten haben am Dienstag mit großer Mehrheit die Reform des Strommarkts beschlossen.",
    "es": "Los eurodiputados aprobaron el martes, por amplia mayoría, la reforma del mercado eléctrico.",
    "it": "Gli eurodeputati hanno approvato martedì, a larga maggioranza, la riforma del mercato elettrico.",
    "pt": "Os eurodeputados aprovaram na terça-feira, por larga maioria, a reforma do mercado de eletricidade.",
    "nl": "De Europarlementariërs hebben dinsdag met grote meerderheid de hervorming van de markt aangenomen.",
}

REMOVED = [
    ("fr", "Accueil > International > Europe", "navigation"),
    ("fr", "Accueil › Économie", "navigation"),
    ("fr", "Temps de lecture : 4 min.", "navigation"),
    ("fr", "Lecture 3 min", "navigation"),
    ("fr", "5 minutes de lecture", "navigation"),
    ("fr", "Copier le lien", "share"),
    ("de", "Startseite > Politik > Ausland", "navigation"),
    ("de", "Lesezeit: 4 Min.", "navigation"),
    ("de", "ca. 4 Min. Lesezeit", "navigation"),
    ("de", "Artikel vorlesen", "navigation"),
    ("de", "Link kopieren", "share"),
    ("es", "Inicio > Internacional > Europa", "navigation"),
    ("es", "Tiempo de lectura: 4 min", "navigation"),
    ("es", "4 minutos de lectura", "navigation"),
    ("es", "Copiar enlace", "share"),
    ("it", "4 min di lettura", "navigation"),
    ("it", "Copia link", "share"),
    ("pt", "Início > Mundo > Europa", "navigation"),
    ("pt", "4 min de leitura", "navigation"),
    ("pt", "Copiar link", "share"),
    ("nl", "Home > Buitenland > Europa", "navigation"),
    ("nl", "4 minuten leestijd", "navigation"),
    ("nl", "Kopieer link", "share"),
]

KEPT = [
    ("fr", "Le temps de lecture moyen d'un article est de 4 min, selon l'étude."),
    ("fr", "L'accueil des réfugiés reste une priorité pour la ville."),
    ("fr", "Il suffit de copier le lien et de l'envoyer à un ami."),
    ("de", "Die Lesezeit der Berichte beträgt oft mehr als 4 Minuten."),
    ("de", "Auf der Startseite der Behörde stand die Warnung."),
    ("de", "Sie müssen den Link kopieren und in das Formular einfügen."),
    ("es", "El tiempo de lectura de cada informe supera los 4 minutos."),
    ("es", "Al inicio de la sesión, el presidente pidió silencio."),
    ("es", "Basta con copiar el enlace y enviarlo por correo."),
    ("it", "Bastano 4 min di lettura per capire il problema, dice l'autore."),
    ("it", "Copia il link e incollalo nel modulo."),
    ("pt", "No início do mês, o governo anunciou novas medidas."),
    ("pt", "Basta copiar o link e enviá-lo ao colega."),
    ("nl", "De leestijd van het rapport is ongeveer 4 minuten, zei hij."),
    ("nl", "Kopieer de link naar het formulier en verstuur het."),
]


@pytest.mark.parametrize(("lang", "line", "reason"), REMOVED)
def test_page_tool_lines_are_removed(lang: str, line: str, reason: str) -> None:
    doc = textclean.clean(f"{BODY[lang]}\n\n{line}\n\n{BODY[lang]}", language=lang)
    assert line not in doc.paragraphs
    assert [r.reason for r in doc.removed if r.text == line] == [reason]


@pytest.mark.parametrize(("lang", "sentence"), KEPT)
def test_prose_with_the_same_words_stays(lang: str, sentence: str) -> None:
    doc = textclean.clean(f"{BODY[lang]}\n\n{sentence}\n\n{BODY[lang]}", language=lang)
    assert sentence in doc.paragraphs


def test_a_french_page_copy_keeps_only_its_article() -> None:
    text = (
        "Accueil > International > Europe\n\n"
        "Le Parlement européen adopte la réforme du marché de l'électricité\n\n"
        "Par Claire Dubois et Marc Lefèvre\n"
        "Publié le 14 mars 2024 à 18h32, mis à jour le 15 mars 2024 à 09h10\n\n"
        "Temps de lecture : 4 min.\n\nPartager sur Facebook\nCopier le lien\n\n"
        f"{BODY['fr']}\n\nLire aussi : Électricité : pourquoi les prix ont-ils autant augmenté ?\n\n"
        "« C'est une étape importante », a déclaré la rapporteure du texte devant l'hémicycle.\n\n"
        "© Le Quotidien 2024 - Tous droits réservés"
    )
    doc = textclean.clean(text)
    assert doc.title == "Le Parlement européen adopte la réforme du marché de l'électricité"
    assert doc.authors == ["Claire Dubois", "Marc Lefèvre"]
    assert str(doc.date) == "2024-03-14"
    assert doc.paragraphs == [BODY["fr"], "« C'est une étape importante », a déclaré la rapporteure du texte devant l'hémicycle."]
