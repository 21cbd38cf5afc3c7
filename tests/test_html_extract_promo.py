"""House ads at the end of a story and caption credits (issue 8, round 2)."""

from __future__ import annotations

import pytest

import textclean
from textclean import clean_html

from .html_snippets import P1, P2, P3

DE = [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen.",
    "Die Opposition kritisierte, dass für Schulen und den Nahverkehr zu wenig Geld bleibe.",
    "Der Bürgermeister kündigte an, den Haushalt im kommenden Jahr noch einmal zu prüfen.",
]


def _page(paras: list[str], tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><body><article><h1>Budget day</h1>{body}<p>{tail}</p></article></body></html>"


@pytest.mark.parametrize(
    "tail",
    [
        "For the latest stories and breaking news updates download the Daily Post apps for iOS and Android.",
        "Get the latest news straight to your phone with the Daily Post app.",
        "Do you want to be informed of our actions? Sign up here",
        "Help us continue to bring the news to readers everywhere",
        "Get the latest updates right in your inbox. Subscribe to Planet.com's newsletters.",
        "Subscribe to our weekly newsletter",
    ],
)
def test_an_english_house_ad_at_the_end_goes(tail: str) -> None:
    doc = clean_html(_page([P1, P2, P3], tail))
    assert P3 in doc.text and tail not in doc.text


@pytest.mark.parametrize(
    "tail",
    ["Diesen Artikel teilen", "Werden Sie Mitglied bei uns und erhalten Sie exklusive Angebote!", "Unterstütze das Magazin bereits mit 2,50 Euro!"],
)
def test_a_german_house_ad_at_the_end_goes(tail: str) -> None:
    doc = clean_html(_page(DE, tail))
    assert DE[2] in doc.text and tail not in doc.text


@pytest.mark.parametrize(
    "tail",
    ["HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "¡Mira lo que tiene nuestro canal de YouTube!", "¿Ya sabías que en El Diario tenemos canal de Telegram? Únete desde tu celular."],
)
def test_a_spanish_house_ad_at_the_end_goes(tail: str) -> None:
    doc = clean_html(_page([P1, P2, P3], tail))
    assert tail not in doc.text


def test_story_sentences_about_apps_and_members_are_kept() -> None:
    kept = [
        "Residents can download the city's new parking app, which went live on Monday morning.",
        "Help arrived late, and the council was told that the members had not been informed.",
        "Werden die Mitglieder zustimmen, beginnt der Bau im Frühjahr, sagte der Sprecher.",
        "Sign up for the mayor's plan, the council was told, and the town will never see the money again.",
        "Get the latest figures from the council before you decide, the mayor told the voters in your town.",
    ]
    doc = clean_html(_page([P1, P2, P3, *kept], P1.replace("Tuesday", "Friday")))
    for line in kept:
        assert line in doc.text


# -- caption credits (patterns/de.py, es.py, en.py: photo-credit) -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Titelbild: Geyres Christophe/ABACA/picture-alliance",
        "Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick. (Foto: Getty)",
    ],
)
def test_a_german_caption_with_its_credit_is_removed(line: str) -> None:
    doc = textclean.clean("\n\n".join([DE[0], line, DE[1], DE[2]]))
    assert line not in doc.text
    assert DE[1] in doc.text


def test_a_spanish_caption_ending_with_its_credit_is_removed() -> None:
    line = "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina"
    es = [
        "El ministerio anunció el martes el calendario escolar para el próximo año en todo el país.",
        "Los colegios deberán recuperar las horas perdidas durante las semanas de huelga docente.",
    ]
    doc = textclean.clean("\n\n".join([es[0], line, es[1]]))
    assert line not in doc.text and es[1] in doc.text


def test_a_caption_ending_with_a_copyright_credit_is_removed() -> None:
    line = "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO"
    doc = textclean.clean("\n\n".join([DE[0], line, DE[1], DE[2]]))
    assert line not in doc.text and DE[0] in doc.text


def test_prose_with_a_photo_word_or_a_copyright_sign_inside_is_kept() -> None:
    kept = [
        "Der Fotograf sagte (Foto oder Film, das sei egal), er arbeite seit Jahren für die Zeitung.",
        "The label © 2019 was printed on every page of the report, the clerk said on Tuesday.",
        "La foto: una imagen que recorrió el mundo y que todavía hoy conmueve a los lectores del diario.",
    ]
    doc = textclean.clean("\n\n".join([DE[0], *kept, DE[1]]))
    for line in kept:
        assert line in doc.text


# -- end-matter headings (extract._END_MATTER) ---------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Schon gelesen?", "Verwandte Themenbereiche", "Weitere aktuelle Themen aus der Arbeitswelt", "Noch mehr Infos für dich", "Entdecke weitere Homestorys", "Zum Weiterlesen:", "Empfehlungen aus dem Shop"],
)
def test_a_german_end_matter_heading_cuts_what_follows(label: str) -> None:
    teaser = "Die Stadt plant einen neuen Park am Fluss."
    html = f"<html><body><article><h1>Haushalt</h1>{''.join(f'<p>{p}</p>' for p in DE)}<h3>{label}</h3><p>{teaser}</p></article></body></html>"
    doc = clean_html(html)
    assert DE[2] in doc.text
    assert label not in doc.text and teaser not in doc.text


def test_a_heading_that_only_starts_like_end_matter_in_the_first_half_is_kept() -> None:
    label = "Weitere Themen der Sitzung"
    html = f"<html><body><article><h1>Haushalt</h1><p>{DE[0]}</p><h3>{label}</h3>{''.join(f'<p>{p}</p>' for p in DE[1:] * 3)}</article></body></html>"
    doc = clean_html(html)
    assert label in doc.text and DE[2] in doc.text


def test_an_image_viewer_label_before_a_caption_is_removed() -> None:
    line = "Vergrößern Eine kleine runde Aussparung für die Kamera im Display des Telefons."
    doc = textclean.clean("\n\n".join([DE[0], line, DE[1], DE[2]]))
    assert line not in doc.text and DE[1] in doc.text


def test_a_sentence_that_starts_with_the_verb_vergroessern_is_kept() -> None:
    line = "Vergrößern will der Konzern vor allem seine Flotte in Norddeutschland."
    doc = textclean.clean("\n\n".join([DE[0], line, DE[1], DE[2]]))
    assert line in doc.text


# -- subscription ads, script notices and unrendered shortcodes (issue 8, round 3) -------------


@pytest.mark.parametrize(
    "tail",
    [
        "Get Daily Planet Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
        'Get access to our premium subscription service for as little as Rs 599 for the first year. Use the code "PLANET".',
        "This slideshow requires JavaScript.",
        '[button link="https://example.org/submit/" type="big"]Send us your review[/button]',
    ],
)
def test_a_subscription_ad_a_script_notice_or_a_shortcode_at_the_end_goes(tail: str) -> None:
    doc = clean_html(_page([P1, P2, P3], tail))
    assert P3 in doc.text and tail not in doc.text
    assert any(r.text == tail and r.reason == "end-matter" for r in doc.removed)


def test_prices_subscriptions_and_brackets_in_the_story_are_kept() -> None:
    kept = [
        "The new bike costs $1,299 in the shops, and the maker says the first batch was delivered on time.",
        "The magazine raised its subscription price to £4.99 an issue, and readers complained in their letters.",
        "Click here, the manual says, and the old printer asks for JavaScript before it prints a single page.",
        "[Editor's note: the figures were corrected on Tuesday.]",
    ]
    doc = clean_html(_page([P1, P2, P3, *kept], P1.replace("Tuesday", "Friday")))
    for line in kept:
        assert line in doc.text


@pytest.mark.parametrize("label", ["More Great WIRED Stories", "More Planet Stories", "More top Science articles"])
def test_a_more_stories_heading_naming_the_site_cuts_what_follows(label: str) -> None:
    items = "".join(f"<li>{t} <a href='/x{i}'>the story</a></li>" for i, t in enumerate(["Why the town left", "A safer way to save"]))
    html = f"<html><body><article><h1>Budget day</h1>{''.join(f'<p>{p}</p>' for p in (P1, P2, P3))}<div>{label}</div><ul>{items}</ul></article></body></html>"
    doc = clean_html(html)
    assert P3 in doc.text and label not in doc.text and "Why the town left" not in doc.text


def test_a_heading_about_more_stories_of_the_story_is_kept() -> None:
    # a sentence, or the first half of the text: the story's own section
    label = "More than a thousand stories were told at the hearing"
    html = f"<html><body><article><h1>Budget day</h1><p>{P1}</p><h3>{label}</h3>{''.join(f'<p>{p}</p>' for p in (P2, P3) * 3)}</article></body></html>"
    doc = clean_html(html)
    assert label in doc.text and P3 in doc.text
