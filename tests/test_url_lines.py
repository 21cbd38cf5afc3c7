"""A URL line is a link, never a photo credit; a credit with a slash still is one."""

from __future__ import annotations

import pytest

import textclean

BODY = "Body text of the article goes here, with a full sentence."


@pytest.mark.parametrize("url", [
    "https://example.com/x", "https://example.com/AP", "http://news.example.org/Reuters",
    "www.example.com/AFP",
])
def test_url_line_ending_like_an_agency_is_a_link(url: str) -> None:
    doc = textclean.clean(f"{BODY}\n\n{url}\n\nMore text of the article follows here.")
    assert not [r for r in doc.removed if r.reason == "photo-credit"]
    if "://" in url:
        assert doc.links == [url]


@pytest.mark.parametrize("credit", [
    "Skier in Beijing. Ana Lima / AFP", "Ana Lima/AFP", "**Ivan Petrov / TASS**",
    "Caption here. John Smith /AP",
])
def test_credits_with_a_slash_are_still_removed(credit: str) -> None:
    doc = textclean.clean(f"{BODY}\n\n{credit}\n\nMore text of the article follows here.")
    assert [r.reason for r in doc.removed] == ["photo-credit"]
