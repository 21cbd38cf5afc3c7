"""Front matter (YAML) and a reader service's header at the top of a text go to metadata."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.cleaners import FrontMatter
from textclean.pipeline import Pipeline

BODY = ("The city council voted on Thursday to approve a network of protected bike lanes across "
        "the downtown core, ending a debate that has stretched over two years.")

YAML = f"""---
title: "Council approves bike lanes"
author: Maria Gonzalez
date: 2025-04-12
canonical_url: https://example.com/news/bike-lanes
tags: [city, transport]
draft: false
description: >
  A folded description
  over two lines.
---

{BODY}
"""

READER = f"""Title: Council approves bike lanes | Example News

URL Source: https://example.com/news/bike-lanes

Published Time: 2025-04-12T09:30:00-04:00

Markdown Content:
{BODY}
"""


def test_yaml_front_matter() -> None:
    doc = textclean.clean(YAML)
    assert doc.title == "Council approves bike lanes"
    assert doc.authors == ["Maria Gonzalez"]
    assert doc.date == dt.date(2025, 4, 12)
    assert doc.url == "https://example.com/news/bike-lanes"
    assert doc.paragraphs == [BODY]
    assert doc.extra["front_matter"] == {
        "tags": ["city", "transport"], "draft": "false", "description": "A folded description over two lines."}
    front = [r for r in doc.removed if r.reason == "front-matter"]
    assert [r.line for r in front] == list(range(1, 12)) and all(r.cleaner == "front-matter" for r in front)


def test_reader_header() -> None:
    doc = textclean.clean(READER)
    assert doc.title == "Council approves bike lanes | Example News"
    assert doc.url == "https://example.com/news/bike-lanes"
    assert doc.date is not None and doc.date.isoformat().startswith("2025-04-12")
    assert doc.paragraphs == [BODY]
    assert [r.text for r in doc.removed] == [
        "Title: Council approves bike lanes | Example News", "URL Source: https://example.com/news/bike-lanes",
        "Published Time: 2025-04-12T09:30:00-04:00", "Markdown Content:"]


def test_the_title_repeated_as_a_heading_goes_once() -> None:
    doc = textclean.clean(f"Title: Council approves bike lanes\nURL Source: https://example.com/a\n"
                          f"Markdown Content:\nCouncil approves bike lanes\n===\n\n{BODY}")
    assert doc.title == "Council approves bike lanes"
    assert doc.paragraphs == [BODY]


@pytest.mark.parametrize("authors, expected", [
    ("authors:\n  - Ana Lima\n  - Tom Ek", ["Ana Lima", "Tom Ek"]),
    ("authors: [Ana Lima, 'Tom Ek']", ["Ana Lima", "Tom Ek"]),
    ("author: Ana Lima and Tom Ek", ["Ana Lima", "Tom Ek"]),
    ("author: jdoe", ["jdoe"]),
    ("author: Ana Lima <ana@example.com>", ["Ana Lima"]),
])
def test_front_matter_authors(authors: str, expected: list[str]) -> None:
    doc = Pipeline([FrontMatter()]).clean(f"---\n{authors}\n---\n{BODY}")
    assert doc.authors == expected


def test_metadata_given_by_the_caller_wins() -> None:
    doc = textclean.clean(YAML, url="https://mirror.example.org/copy")
    assert doc.url == "https://mirror.example.org/copy"
    assert "https://example.com/news/bike-lanes" in doc.links


@pytest.mark.parametrize("text", [
    f"---\n\n{BODY}",  # a thematic break, then text
    f"---\nThis is a paragraph, not a key.\n---\n{BODY}",
    f"---\ntitle: never closed\n\n{BODY}",
    f"Title: Annual report\n\n{BODY}",  # one header line alone is a line of the text
    f"Date: 3 March 2025\nTo: All staff\nFrom: The director\n\n{BODY}",  # a memo
    f"Description: the product\nWarning: hot surface\n\n{BODY}",  # keys, but no title or URL
    f"{BODY}\n\n---\ntitle: x\n---\n",  # not at the top
])
def test_what_is_not_a_header_stays(text: str) -> None:
    doc = Pipeline([FrontMatter()]).clean(text)
    assert not doc.removed
    assert doc.title is None and doc.url is None


def test_html_input_is_not_read() -> None:
    doc = textclean.clean("<html><body><p>---</p><p>title: x</p><p>---</p>"
                          f"<p>{BODY}</p></body></html>")
    assert not [r for r in doc.removed if r.cleaner == "front-matter"]


def test_front_matter_is_a_fixed_point() -> None:
    for text in (YAML, READER):
        doc = textclean.clean(text)
        again = textclean.clean(doc.text)
        assert again.text == doc.text


def test_reader_title_loses_the_site_name_the_text_does_not_print() -> None:
    text = ("Title: Council approves bike lanes | Example News\nURL Source: https://example.com/a\n"
            f"Markdown Content:\n# Council approves bike lanes\n\n{BODY}")
    assert textclean.clean(text).title == "Council approves bike lanes"
    # without the headline in the text, no part can be told from the site's name
    text = f"Title: Council approves bike lanes | Example News\nURL Source: https://example.com/a\nMarkdown Content:\n{BODY}"
    assert textclean.clean(text).title == "Council approves bike lanes | Example News"
    # a YAML title is the author's own: kept whole
    text = f"---\ntitle: Bikes - a love story\n---\n# Bikes\n\n{BODY}"
    assert textclean.clean(text).title == "Bikes - a love story"


def test_a_long_text_in_the_header_block_is_kept_whole() -> None:
    """The header is looked for in the first 200 lines; what follows it in the same block is
    kept from the block's own text, however long (no blank line anywhere)."""
    body = "\n".join(f"Line {i} of the article text goes on here." for i in range(1000))
    for head in ("Title: X\nURL Source: https://example.com/a\nMarkdown Content:\n", "---\ntitle: X\n---\n"):
        doc = textclean.clean(head + body)
        assert doc.title == "X"
        assert doc.text.count("Line ") == 1000



HEADER_LINES = [
    "---", "...", "title: Rain returns", 'title: "Rain: a return"', "author: Ana Lima", "authors:", "  - Ana Lima",
    "  - Tom Ek", "authors: [Ana Lima, Tom Ek]", "date: 2025-03-04", "date: next week", "url: https://example.com/a",
    "description: >", "  folded text", "tags: [a, b]", "# a comment", "Title: Rain returns | Example News",
    "URL Source: https://example.com/rain", "Published Time: 2025-03-04T09:30:00Z", "Markdown Content:",
    "Warning: This page maybe requiring CAPTCHA", "", "# Rain returns", "Rain returns", "By Ana Lima",
    "The rain came back on Monday after a dry month, and the farmers were glad of it.",
    "Note: this is a line of text.", "- a list item", "***", "   indented line",
]


def test_header_mixes_keep_the_guarantees() -> None:
    """Random mixes of header lines and text: idempotent, nothing invented, all accounted for."""
    import random

    from .test_guarantees import _guarantees

    rnd = random.Random(7)
    for _ in range(300):
        text = "\n".join(rnd.choice(HEADER_LINES) for _ in range(rnd.randint(1, 12)))
        _guarantees(text)
