"""The session-10 rules (account links alone on a line, paywall labels, "Auf Facebook teilen",
"Like Loading...", "Related" alone) in every language they were added to: each rule matches its
line, removes it from a document of the language with its reason, and keeps a real sentence
with the same words (:mod:`tests.session10_cases`); no new rule fires on the other languages'
prose.  Then the title and byline fixes of the same round: a section's name or a breadcrumb over
the headline is no title, and a blog post's "Posted by <user> on <date>" gives its author."""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.title import _section_label

from .pattern_table_checks import case_tests
from .session10_cases import CASES
from .test_patterns_dump9 import PROSE, TITLE

TestCases = case_tests(CASES, TITLE, PROSE)


def test_a_page_dump_header_of_account_links_goes() -> None:
    body = PROSE["fr"]
    text = (f"Se connecter\n\nMon compte\n\n{TITLE['fr']}\n\nPar Marie Dubois\n\nArticle réservé aux abonnés\n\n"
            f"{body[0]}\n\n{body[1]}\n")
    doc = textclean.clean(text)
    assert doc.paragraphs == list(body)
    assert doc.title == TITLE["fr"]
    assert doc.authors == ["Marie Dubois"]
    assert {r.reason for r in doc.removed} >= {"navigation", "subscription"}


# --- a section's name over the headline -------------------------------------------------------

BODY_EN = ("The council approved the new budget on Tuesday after a long debate about the costs of "
           "the project. Officials said the work would begin next spring and take two years to finish.")


@pytest.mark.parametrize(("label", "headline", "meta", "body"), [
    ("Politique", "Le gouvernement présente son budget pour l'année prochaine", "Par Marie Dubois",
     PROSE["fr"][0]),
    ("Новости | Экономика", "Правительство утвердило бюджет на следующий год", "15 марта 2024",
     "Городской совет во вторник утвердил новый бюджет после долгих споров о стоимости проекта."),
    ("World › Europe", "Ministers agree on a new budget for next year", "By Jane Doe", BODY_EN),
])
def test_section_label_over_headline_is_not_the_title(label: str, headline: str, meta: str, body: str) -> None:
    doc = textclean.clean(f"{label}\n\n{headline}\n\n{meta}\n\n{body}\n")
    assert doc.title == headline
    assert label not in doc.paragraphs
    assert any(r.reason == "section-label" and r.text == label for r in doc.removed)
    assert doc.paragraphs == [body]


@pytest.mark.parametrize(("first", "second", "meta"), [
    # a short title over a byline that looks like a headline
    ("Uusi liikennesuunnitelma kaupungille", "Teksti: Matti Virtanen ja Anna Korhonen", "Julkaistu 12. joulukuuta 2023"),
    # a three-word title over a subtitle, then the byline
    ("Storm hits coast", "Thousands without power as the storm moves north", "By Jane Doe"),
    # a two-word title over a short subtitle (not longer than four words)
    ("Budget approved", "Council votes yes", "By Jane Doe"),
])
def test_short_title_over_another_line_is_no_section_label(first: str, second: str, meta: str) -> None:
    doc = textclean.clean(f"{first}\n\n{second}\n\n{meta}\n\n{BODY_EN}\n")
    assert doc.title != second
    assert first in doc.paragraphs or doc.title == first
    assert not any(r.reason == "section-label" for r in doc.removed)


def test_section_label_shapes() -> None:
    assert _section_label("Politique") and _section_label("News | Economy") and _section_label("World › Europe")
    assert not _section_label("It rained today.")
    assert not _section_label("Storm hits coast")  # three words, no separator: could be a title
    assert not _section_label("Contents:")
    assert not _section_label("A | B | C | D | E")  # more than four parts


# --- a blog post's "Posted by <user> on <date>" ----------------------------------------------

def test_blog_posted_by_user_gives_the_author() -> None:
    text = (f"Hiking the Ridge Trail in Early Spring\n\nPosted by trailmix_dan on March 3, 2026 · 6 min read\n\n"
            f"{BODY_EN}\n\nThe trail was muddy but the views from the top were worth every step of the climb.\n")
    doc = textclean.clean(text)
    assert doc.title == "Hiking the Ridge Trail in Early Spring"
    assert doc.authors == ["trailmix_dan"]
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (2026, 3, 3)
    assert not [p for p in doc.paragraphs if p.startswith("Posted by")]


def test_forum_thread_posts_keep_their_headers() -> None:
    text = ("Best boots for muddy trails?\n\nPosted by kim42 » Sat Jun 15, 2024 9:12 am\n\n"
            "I need new boots for the spring, the old ones let water in after an hour of walking.\n\n"
            "Posted by hiker_jo » Sat Jun 15, 2024 10:40 am\n\n"
            "Get leather ones and wax them twice a season, they last for years that way.\n")
    doc = textclean.clean(text)
    assert doc.authors == []
    assert sum(p.startswith("Posted by") for p in doc.paragraphs) == 2


def test_a_related_label_takes_one_headline_not_a_chain() -> None:
    # "Related" alone takes the headline under it; that headline does not take the next line
    # (which made a chain down a list of tags or into the article's next subheading)
    text = (f"{TITLE['en']}\n\n{PROSE['en'][0]}\n\nRelated\n\nMinisters meet again as strike goes on\n\n"
            f"The new timetable\n\n{PROSE['en'][1]}\n")
    doc = textclean.clean(text)
    assert "Ministers meet again as strike goes on" not in doc.paragraphs
    assert "The new timetable" in doc.paragraphs
    assert [r.text for r in doc.removed if r.reason == "related-link"] == [
        "Related", "Ministers meet again as strike goes on"]


@pytest.mark.parametrize(("lang", "line", "reason"), [
    ("ja", "共有する", "share"),
    ("ja", "あわせて読みたい：都立高校の授業料、実質無償化へ", "related-link"),
    ("ja", "ニュースレターを購読する", "subscription"),
    ("zh", "图片来源：视觉中国", "photo-credit"),
    ("nl", "Delen via Facebook   Delen via LinkedIn", "share"),
    ("en", "Rate this recipe ★★★★★", "navigation"),
])
def test_more_forms_of_existing_rules(lang: str, line: str, reason: str) -> None:
    from textclean.cleaners import Boilerplate
    from textclean.patterns import load

    score, why = Boilerplate().score(line, load((lang,)))
    assert score >= 1.0 and why == reason, (score, why)


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "関連記事によると、東京都は来年度から給食費を無償化する方針だという。"),
    ("ja", "共有する情報の範囲について、政府は来月までに方針を示す。"),
    ("nl", "Delen van gegevens met de overheid is voor bedrijven verplicht, zei de minister."),
])
def test_prose_like_those_forms_kept(lang: str, line: str) -> None:
    from textclean.cleaners import Boilerplate
    from textclean.patterns import load

    assert Boilerplate().score(line, load((lang,)))[0] < 1.0


@pytest.mark.parametrize(("headline", "deck", "meta"), [
    ("Bookshops are back", "An interview with bookshop owner Claire Dubois", "By Marcus Webb | 22 May 2025"),
    ("Storm hits coast", "Thousands are without power as the storm moves north.", "By Jane Doe"),
])
def test_a_headline_over_its_deck_and_byline_is_the_title(headline: str, deck: str, meta: str) -> None:
    doc = textclean.clean(f"{headline}\n\n{deck}\n\n{meta}\n\n{BODY_EN}\n")
    assert doc.title == headline
    assert doc.paragraphs == [deck, BODY_EN]
    assert doc.authors


def test_a_two_word_line_over_a_deck_is_not_taken() -> None:
    # (two words may be a section's name: the section-label rule, not this one, decides)
    doc = textclean.clean(f"Budget approved\n\nCouncil votes yes\n\nBy Jane Doe\n\n{BODY_EN}\n")
    assert doc.title is None
