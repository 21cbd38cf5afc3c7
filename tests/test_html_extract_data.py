"""The article from the page's own JSON-LD when the visible page holds little of it (issue 8)."""

from __future__ import annotations

import json

from textclean.html import extract_html

from .html_snippets import P1, P2, P3

BODY = "\n".join([P1, P2, P3, P1.replace("Tuesday", "Monday"), P2.replace("schools", "parks")])


def _page(visible: str, body: str = BODY) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget approved", "articleBody": body})
    return f"""<html><head><title>Budget approved</title><script type="application/ld+json">{ld}</script></head>
    <body><div id="app"><h1>Budget approved</h1>{visible}</div></body></html>"""


def test_a_page_rendered_by_javascript_takes_the_json_ld_body() -> None:
    blocks, draft = extract_html(_page("<p>Loading the story, please wait a moment.</p>"))
    texts = [b.text for b in blocks]
    assert texts[:3] == [P1, P2, P3]
    assert any("JSON-LD" in w for w in draft.warnings)
    assert any(r.text.startswith("Loading the story") for r in draft.removed)


def test_a_visible_article_is_kept_over_the_json_ld() -> None:
    visible = "".join(f"<p>{p}</p>" for p in BODY.split("\n")[:3])
    blocks, draft = extract_html(_page(visible))
    assert [b.text for b in blocks] == [P1, P2, P3]
    assert not any("JSON-LD" in w for w in draft.warnings)


def test_a_short_json_ld_body_is_not_used() -> None:
    blocks, _ = extract_html(_page("<p>Loading the story, please wait a moment.</p>", body=P1))
    assert P1 not in [b.text for b in blocks]


def test_html_inside_the_json_ld_body_is_read_as_paragraphs() -> None:
    html_body = "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
    blocks, _ = extract_html(_page("<p>Loading the story, please wait a moment.</p>", body=html_body))
    assert [b.text for b in blocks][:2] == [P1, P2]


def test_a_story_shown_only_in_noscript_is_read_from_it() -> None:
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
    html = f"""<html><body><div id="app"></div><noscript><div class="story"><h1>Budget approved</h1>{story}</div></noscript>
    <script>render()</script></body></html>"""
    texts = [b.text for b in extract_html(html)[0]]
    assert P1 in texts and P2 in texts


def test_a_noscript_notice_on_a_visible_story_is_ignored() -> None:
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n"))
    html = f"""<html><body><article><h1>Budget approved</h1>{story}</article>
    <noscript><p>Please enable JavaScript to see the comments, the polls and the video player.</p></noscript></body></html>"""
    texts = [b.text for b in extract_html(html)[0]]
    assert P1 in texts
    assert not any("enable JavaScript" in t for t in texts)
