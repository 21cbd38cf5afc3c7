"""Standfirsts above the article (issue 8, third round): what is taken in and what is not.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

from .html_snippets import P1, P2, P3
from .html_snippets import texts as _texts

LEAD = "After a night of debate the council has passed a budget that leaves schools and buses short."


MENU = "".join(f'<li><a href="/s{i}">Another section of the city website number {i}</a></li>' for i in range(8))


def _page(lead: str) -> str:
    # The menu makes the page's wrapper score below the story's own container.
    return f"""<html><body><div class="page"><ul class="x">{MENU}</ul>
    <div class="top"><h1>Budget approved</h1>{lead}</div>
    <div class="grid"><div class="col"><div class="story-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></div>
    </div></body></html>"""


def test_a_standfirst_heading_in_a_lead_container_is_taken_in() -> None:
    texts = _texts(_page(f'<div class="article-lead"><h2>{LEAD}</h2></div><span>12 May 2024</span>'))
    assert LEAD in texts
    assert texts.index(LEAD) < texts.index(P1)


def test_a_standfirst_list_item_in_an_intro_box_is_taken_in() -> None:
    texts = _texts(_page(f'<ul class="intro"><li>{LEAD}</li></ul>'))
    assert LEAD in texts


def test_a_sentence_in_a_container_without_a_lead_hint_is_not_taken_across_a_date() -> None:
    # A photo caption or a teaser far above the story: neither near the article nor marked as a lead.
    caption = "In this file photo, made available by the city, the council chamber is seen from the gallery."
    texts = _texts(_page(f'<div class="media"><p>{caption}</p></div><span>12 May 2024</span>'))
    assert caption not in texts
    assert P1 in texts


def test_a_short_heading_in_a_lead_container_is_not_a_standfirst() -> None:
    texts = _texts(_page('<div class="lead"><h2>Schools lose out</h2></div>'))
    assert "Schools lose out" not in texts
