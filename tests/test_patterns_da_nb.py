"""The Danish and Norwegian pattern tables: for every boilerplate rule a line it must remove and
a sentence of prose with similar words it must keep; bylines, dates and the language guess
(Danish, Norwegian and Swedish told apart); a whole article per language cleaned end to end;
and no new rule fires on the other languages' prose."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.language import detect_language
from textclean.metadata import parse_date

from .pattern_table_checks import (
    check_article,
    check_bank_kept,
    check_comment_markers,
    check_no_byline,
    document,
    table_tests,
)

# (rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
DA_RULES: list[tuple[int, str, str]] = [
    (0, "Bliv abonnent i dag", "Abonnementerne på dagblade faldt med ti procent sidste år, oplyser forlaget."),
    (1, "Log ind for at læse hele artiklen", "Log ind i netbanken kun via den officielle side, råder politiet."),
    (2, "Gå ikke glip af noget – tilmeld dig vores nyhedsbrev!", "Nyhedsbrevet fra kommunen sendes hver uge til to tusind borgere."),
    (3, "Er du allerede abonnent? Log ind", "Er du allerede medlem af foreningen, kan du stemme på generalforsamlingen."),
    (4, "Støt os", "Støt os i denne sag, opfordrede borgmesteren byens borgere."),
    (5, "Læs også: Regeringen vedtager ny finanslov", "Læser også mange unge aviser på nettet, viser undersøgelsen."),
    (6, "Se også:", "Se også til, at børnene har hjelm på, siger politiet."),
    (7, "Del på Facebook", "Del af byen er stadig uden strøm efter stormen, oplyser selskabet."),
    (8, "Følg os på Instagram", "Følg anvisningerne fra myndighederne under evakueringen, lyder det."),
    (9, "Download appen", "Downloads af filen steg kraftigt i sidste måned, oplyser firmaet."),
    (10, "Annonce", "Annoncen blev bragt i flere aviser i løbet af weekenden."),
    (11, "Vi bruger cookies for at forbedre din oplevelse.", "Opskriften på småkager med chokolade blev trykt i den lokale avis."),
    (12, "Accepter alle cookies", "Accepter alle ændringsforslag, sagde ministeren til partierne."),
    (13, "© 2024 Bynyt. Alle rettigheder forbeholdes.", "Arbejdernes rettigheder skal respekteres, understregede fagforeningen."),
    (14, "Foto: Ritzau Scanpix", "Fotografierne fra ulykken blev givet til politiet af vidnerne."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (15, 'Læsetid: 4 min', 'Læsetiden for rapporten er lang, siger forfatteren til avisen.'),
    (16, 'Forside > Udland > Europa', 'Forsiden af avisen viste et billede af statsministeren i går.'),
    (17, 'Kopiér link', 'Kopiér linket til formularen og send det til kommunen, siger medarbejderen.'),
]

NB_RULES: list[tuple[int, str, str]] = [
    (0, "Bli abonnent i dag", "Abonnementene på aviser falt med ti prosent i fjor, opplyser forlaget."),
    (1, "Logg inn for å lese hele artikkelen", "Logg inn i nettbanken bare via den offisielle siden, råder politiet."),
    (2, "Ikke gå glipp av noe – meld deg på vårt nyhetsbrev!", "Nyhetsbrevet fra kommunen sendes hver uke til to tusen innbyggere."),
    (3, "Er du allerede abonnent? Logg inn", "Er du allerede medlem av foreningen, kan du stemme på årsmøtet."),
    (4, "Støtt oss", "Støtt oss i denne saken, oppfordret ordføreren innbyggerne i byen."),
    (5, "Les også: Regjeringen legger fram nytt budsjett", "Leser også mange unge aviser på nett, viser undersøkelsen."),
    (6, "Les mer:", "Les mer om saken på nettsidene til kommunen, sier ordføreren."),
    (7, "Del på Facebook", "Del av byen er fortsatt uten strøm etter stormen, opplyser selskapet."),
    (8, "Følg oss på Instagram", "Følg anvisningene fra myndighetene under evakueringen, heter det."),
    (9, "Last ned appen", "Last ned skjemaet fra nettsiden og fyll det ut før besøket, råder kommunen."),
    (10, "Annonse", "Annonsen ble publisert i flere aviser i løpet av helgen."),
    (11, "Vi bruker informasjonskapsler for å forbedre opplevelsen din.", "Oppskriften på småkaker med sjokolade ble trykt i lokalavisen."),
    (12, "Godta alle informasjonskapsler", "Godta alle endringsforslag, sa statsministeren til partiene."),
    (13, "© 2024 Bynytt. Alle rettigheter forbeholdt.", "Arbeidernes rettigheter må respekteres, understreket fagforeningen."),
    (14, "Foto: NTB", "Fotografiene fra ulykken ble gitt til politiet av vitnene."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (15, 'Lesetid: 4 min', 'Lesetiden for rapporten er lang, sier forfatteren til avisen.'),
    (16, 'Forsiden > Utenriks > Europa', 'Forsiden av avisen viste et bilde av statsministeren i går.'),
    (17, 'Kopier lenke', 'Kopier lenken til skjemaet og send den til kommunen, sier saksbehandleren.'),
]

PROSE = {
    "da": (
        "Byrådet godkendte i går aftes en ny trafikplan, som skal træde i kraft den første "
        "september, oplyser borgmesteren.",
        "Ifølge borgmesteren vil tiltaget mindske antallet af biler i centrum med en femtedel, men "
        "butiksejerne er ikke enige og har bedt om et møde.",
    ),
    "nb": (
        "Bystyret godkjente i går kveld en ny trafikkplan, som skal tre i kraft den første "
        "september, opplyser ordføreren.",
        "Ifølge ordføreren vil tiltaket redusere antallet biler i sentrum med en femtedel, men "
        "butikkeierne er ikke enige og har bedt om et møte for å diskutere saken.",
    ),
}
TITLE = {"da": "Ny trafikplan for byen", "nb": "Ny trafikkplan for byen"}


TestTables = table_tests({"da": DA_RULES, "nb": NB_RULES}, TITLE, PROSE)


@pytest.mark.parametrize(("lang", "line"), [
    ("da", "Læs mere:"), ("da", "Mest læste"), ("da", "Del"), ("da", "Abonnér"), ("da", "Billede: Colourbox"),
    ("nb", "Les også"), ("nb", "Mest lest"), ("nb", "Del"), ("nb", "Siste nytt"), ("nb", "Bilde: Scanpix"),
])
def test_more_label_forms_removed(lang: str, line: str) -> None:
    doc = textclean.clean(document(TITLE[lang], PROSE[lang], line))
    assert line not in doc.paragraphs
    assert any(line in r.text for r in doc.removed)


@pytest.mark.parametrize("text", [
    "Kommunfullmäktige godkände i går kväll en ny trafikplan som ska börja gälla den första september.",
    "Enligt ordföranden kommer åtgärden att minska antalet bilar i centrum, men butiksägarna är inte överens.",
])
def test_swedish_stays_swedish(text: str) -> None:
    assert detect_language(text) == "sv"


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "it", "pt", "nl", "pl", "ru"])
def test_new_function_words_steal_no_bank(lang: str) -> None:
    check_bank_kept(lang, ("da", "nb"))


@pytest.mark.parametrize(("lang", "byline", "authors", "dateline", "ymd"), [
    ("da", "Af Mette Hansen og Lars Jensen", ["Mette Hansen", "Lars Jensen"], "Publiceret 3. marts 2024", (2024, 3, 3)),
    ("nb", "Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"], "Publisert 12. desember 2023", (2023, 12, 12)),
])
def test_byline_and_date_read(lang: str, byline: str, authors: list[str], dateline: str, ymd: tuple[int, int, int]) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{byline}\n\n{dateline}\n\n{PROSE[lang][0]}\n\n{PROSE[lang][1]}\n")
    assert doc.title == TITLE[lang]
    assert doc.authors == authors
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert doc.paragraphs == list(PROSE[lang])


@pytest.mark.parametrize(("text", "ymd"), [
    ("3. marts 2024", (2024, 3, 3)), ("12. december 2023", (2023, 12, 12)), ("1. maj 2023", (2023, 5, 1)),
    ("17. mai 2024", (2024, 5, 17)), ("24. desember 2022", (2022, 12, 24)),
])
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    d = parse_date(text)
    assert d is not None and (d.year, d.month, d.day) == ymd


@pytest.mark.parametrize(("lang", "text"), [
    ("da", "Af de 300 deltagere valgte de fleste at blive i byen, oplyser arrangørerne."),
    ("nb", "Av de 300 deltakerne valgte de fleste å bli i byen, opplyser arrangørene."),
])
def test_byline_words_in_prose_are_not_bylines(lang: str, text: str) -> None:
    check_no_byline(text, TITLE[lang], PROSE[lang])


@pytest.mark.parametrize(("lang", "markers", "prose"), [
    ("da", ["Kommentarer", "12 kommentarer", "Skriv en kommentar", "Vis alle kommentarer"],
     ["Kommentarerne fra politikerne efter debatten var skarpe.", "Kommentér gerne, sagde hun til publikum."]),
    ("nb", ["Kommentarer", "12 kommentarer", "Skriv en kommentar", "Vis alle kommentarer"],
     ["Kommentarene fra politikerne etter debatten var skarpe.", "Kommenter gjerne, sa hun til publikum."]),
])
def test_comment_markers(lang: str, markers: list[str], prose: list[str]) -> None:
    check_comment_markers(lang, markers, prose)


@pytest.mark.parametrize(("lang", "text", "title", "author", "paragraphs"), [
    ("da",
     "København åbner tre nye metrostationer inden årets udgang\n\nAf Sofie Nielsen\n\nPubliceret 4. oktober 2023\n\n"
     "Del\n\nTre nye metrostationer åbner i København inden årets udgang, oplyser selskabet bag\nmetroen. "
     "Byggeriet følger planen, siger projektlederen.\n\nFoto: Metroselskabet\n\n"
     "Læs også: Billetpriserne stiger fra januar\n\nIfølge selskabet vil stationerne binde to store bydele "
     "sammen, hvor der i dag\nbor mere end en halv million mennesker.\n\nTilmeld dig vores nyhedsbrev\n\n"
     "© 2023 Bynyt. Alle rettigheder forbeholdes.\n",
     "København åbner tre nye metrostationer inden årets udgang", "Sofie Nielsen",
     ["Tre nye metrostationer åbner i København inden årets udgang, oplyser selskabet bag metroen. "
      "Byggeriet følger planen, siger projektlederen.",
      "Ifølge selskabet vil stationerne binde to store bydele sammen, hvor der i dag bor mere end en halv "
      "million mennesker."]),
    ("nb",
     "Oslo åpner tre nye T-banestasjoner før årets slutt\n\nAv Ingrid Berg\n\nPublisert 4. oktober 2023\n\n"
     "Del\n\nTre nye T-banestasjoner åpner i Oslo før årets slutt, opplyser selskapet bak\nT-banen. "
     "Byggingen følger planen, sier prosjektlederen.\n\nFoto: Sporveien\n\n"
     "Les også: Billettprisene øker fra januar\n\nIfølge selskapet skal stasjonene binde sammen to store "
     "bydeler der det i dag\nbor mer enn en halv million mennesker.\n\nMeld deg på vårt nyhetsbrev\n\n"
     "© 2023 Bynytt. Alle rettigheter forbeholdt.\n",
     "Oslo åpner tre nye T-banestasjoner før årets slutt", "Ingrid Berg",
     ["Tre nye T-banestasjoner åpner i Oslo før årets slutt, opplyser selskapet bak T-banen. "
      "Byggingen følger planen, sier prosjektlederen.",
      "Ifølge selskapet skal stasjonene binde sammen to store bydeler der det i dag bor mer enn en halv "
      "million mennesker."]),
])
def test_whole_article(lang: str, text: str, title: str, author: str, paragraphs: list[str]) -> None:
    check_article(
        text, lang,
        title=title,
        authors=[author], date=dt.date(2023, 10, 4),
        paragraphs=paragraphs,
    )
