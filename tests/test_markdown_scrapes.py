"""Markdown scrapes of whole pages (a reader service's output): the article, its metadata, and
the page around it recorded as removed.  The two fixtures are made up, in the shape such tools
write (a ``Title:``/``URL Source:`` header, menus as link lists, image links, a footer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import textclean

FIXTURES = Path(__file__).parent / "fixtures" / "markdown"
ARTICLE = [
    "The city council voted 7-2 on Thursday night to approve a network of protected bike lanes "
    "across the downtown core, ending a debate that has stretched over two years.",
    "The plan adds 12 miles of lanes separated from traffic by concrete barriers. Construction is "
    "expected to begin in the fall and finish by the end of 2026, according to the city's "
    "transportation department.",
    '"This is a safety project first," said council member Dana Lee, who sponsored the measure.',
    "Opponents argued the lanes would hurt businesses that depend on street parking.",
]


@pytest.mark.parametrize("name", ["reader_article.md", "reader_page.md"])
def test_reader_scrape(name: str) -> None:
    doc = textclean.clean((FIXTURES / name).read_text(encoding="utf-8"))
    assert doc.paragraphs == ARTICLE
    assert doc.title == "City council approves new bike lanes downtown"
    assert doc.authors == ["Maria Gonzalez"]
    assert doc.url == "https://www.examplenews.com/local/2025/04/12/bike-lanes-approved"
    assert isinstance(doc.date, dt.datetime) and doc.date.date() == dt.date(2025, 4, 12)
    reasons = {(r.cleaner, r.reason) for r in doc.removed}
    assert ("front-matter", "front-matter") in reasons and ("byline", "byline") in reasons
    assert ("boilerplate", "photo-credit") in reasons or ("page-dump", "page-furniture") in reasons
    again = textclean.clean(doc.text)
    assert again.paragraphs == doc.paragraphs


BODY = "The government announced a new budget on Tuesday after weeks of negotiations, officials said."
AFTER = "The opposition said it would vote against the plan when it comes before parliament in March."


def _kept(line: str) -> bool:
    doc = textclean.clean(f"{BODY}\n\n{line}\n\n{AFTER}")
    return any(line in p or textclean.clean(line).paragraphs == [p] for p in doc.paragraphs)


@pytest.mark.parametrize("caption", [
    "Cyclists ride along Main Street on Friday. (Photo: John Park / Example News)",
    "The finance minister arrives at parliament. (Photo by Ana Lima)",
    "Flooded streets in the old town (Image: City of Example)",
    "A map of the new lanes. (Illustration: Daily Example)",
])
def test_caption_with_a_bracketed_credit_is_removed(caption: str) -> None:
    doc = textclean.clean(f"{BODY}\n\n{caption}\n\n{AFTER}")
    assert doc.paragraphs == [BODY, AFTER]
    assert [r.reason for r in doc.removed] == ["photo-credit"]


@pytest.mark.parametrize("line", [
    "The report (photo evidence included) was sent to the court on Monday.",
    "He took the photo: a blurred shot of the harbour at night, later printed on the front page.",
    "Critics said the (image: a burning flag) was meant to provoke, and the gallery removed it two days later "
    "after hundreds of complaints from visitors and local officials, and a petition signed by thousands "
    "of residents who had seen it on the news and wanted to make their views known to the council (Photo: archive).",
])
def test_prose_with_photo_words_is_kept(line: str) -> None:
    assert line in textclean.clean(f"{BODY}\n\n{line}\n\n{AFTER}").paragraphs


def test_link_only_list_item_goes_only_next_to_boilerplate() -> None:
    menu = "*   [Home](https://example.com/)\n*   [Local](https://example.com/local/)\n*   [Sports](https://example.com/sports/)"
    doc = textclean.clean(f"{menu}\n\n{BODY}\n\n{AFTER}")
    assert doc.paragraphs == [BODY, AFTER]
    # after a line of the article, links in a list are text
    parts = ("The plan has two parts:\n\n*   [Lower taxes for small firms](https://example.com/taxes)\n"
             "*   [New schools in the north](https://example.com/schools)")
    doc = textclean.clean(f"{BODY}\n\n{parts}\n\n{AFTER}")
    assert "Lower taxes for small firms" in doc.text and "New schools in the north" in doc.text
    # under a related-reading label, the whole list goes
    reading = ("Further reading:\n\n*   [The budget in full](https://example.com/budget)\n"
               "*   [What the opposition wants](https://example.com/opposition)")
    doc = textclean.clean(f"{BODY}\n\n{reading}\n\n{AFTER}")
    assert doc.paragraphs == [BODY, AFTER]
    assert [r.reason for r in doc.removed] == ["related-link", "navigation", "navigation"]


@pytest.mark.parametrize("text", [
    "Die Preise für Lebensmittel sind in diesem\nJahr um fast zehn Prozent gestiegen.",
    "Die Feuerwehr brachte in der\nNacht rund 3000 Menschen in Sicherheit.",
    "The council met on Monday to discuss the\nBudget for next year and the new school.",
])
def test_two_line_wrap_after_an_article_is_joined(text: str) -> None:
    """Two lines are too few to estimate a wrap width; a line that stops at an article or a
    determiner still goes on, even over a capitalised word (a German noun)."""
    assert textclean.clean(text).paragraphs == [text.replace("\n", " ")]


@pytest.mark.parametrize("text", ["Vitamin A\nIs good for you.", "Sign in to the\nAccount", "Plan B\nThe council voted."])
def test_lines_that_end_otherwise_stay_apart(text: str) -> None:
    assert len(textclean.clean(text).paragraphs) == 2
