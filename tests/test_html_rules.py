"""The HTML extraction and metadata rules of issue 8, each with what it removes and what it keeps.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

import datetime as dt

import pytest

from textclean.html import clean_html, extract_html
from textclean.html.extract import _token_reason, prose_chars
from textclean.html.metadata import extract_metadata
from textclean.html.parse import parse_html, text_content

from .html_snippets import P1, P2, P3

OTHER = "A different story about the harvest festival, with music, food stalls and a parade in town."
OTHER2 = "Another unrelated post about a charity run that raised money for the local animal shelter."


def _texts(html: str, url: str | None = None) -> list[str]:
    blocks, _ = extract_html(html, url)
    return [b.text for b in blocks]


# -- one post among several ------------------------------------------------------------------


def _posts_page(headline_in_first: bool = True) -> str:
    head = "<h1>Council approves the budget</h1>" if headline_in_first else ""
    return f"""<html><head><title>Council approves the budget | City Blog</title></head><body>
    <div id="primary">
      <article class="post">{head}<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
      <h3>Also on this blog</h3>
      <article class="post"><h2>Harvest festival</h2><p>{OTHER}</p><p>{OTHER}</p><p>{OTHER}</p></article>
      <article class="post"><h2>Charity run</h2><p>{OTHER2}</p><p>{OTHER2}</p><p>{OTHER2}</p></article>
    </div></body></html>"""


def test_the_post_with_the_headline_wins_among_several_posts() -> None:
    texts = _texts(_posts_page())
    assert P1 in texts and P3 in texts
    assert OTHER not in texts and OTHER2 not in texts


def test_several_posts_without_the_headline_are_all_kept() -> None:
    # A listing page (its title is no post's heading): nothing singles one post out.
    texts = _texts(_posts_page(headline_in_first=False))
    assert P1 in texts and OTHER in texts and OTHER2 in texts


# -- nothing before the headline in another container ---------------------------------------


TICKER = "Breaking: the river has reached its highest level in ten years, officials said this morning."


def test_text_before_the_headline_in_another_container_is_dropped() -> None:
    html = f"""<html><head><title>Council approves the budget</title></head><body><div class="main">
    <div class="ticker"><ul><li><a href="/r">River at record level</a> {TICKER}</li>
    <li><a href="/s">School news</a> {OTHER2}</li></ul></div>
    <div class="story"><h2>Council approves the budget</h2><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    </div></body></html>"""
    blocks, draft = extract_html(html)
    texts = [b.text for b in blocks]
    assert P1 in texts and P3 in texts
    assert not any(TICKER in t for t in texts)
    assert any(TICKER in r.text for r in draft.removed if r.reason == "outside-article")


def test_text_after_the_headline_and_in_its_own_container_is_kept() -> None:
    lead = "In short: the budget passed with a narrow majority, and schools get less than asked."
    html = f"""<html><head><title>Council approves the budget</title></head><body><div class="main">
    <div class="story"><p class="standfirst">{lead}</p><h1>Council approves the budget</h1><p>{P1}</p></div>
    <div class="story-more"><p>{P2}</p><p>{P3}</p></div>
    </div></body></html>"""
    texts = _texts(html)
    assert lead in texts and P1 in texts and P2 in texts and P3 in texts


# -- <article> widgets and pop-ups -------------------------------------------------------------


def test_article_elements_named_as_widgets_are_pruned() -> None:
    html = f"""<html><head><title>Council approves the budget</title></head><body><main>
    <article class="single"><h1>Council approves the budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
    <article class="sidebar-widget-block"><h3><a href="/h">Harvest festival</a></h3><p>{OTHER}</p></article>
    </main></body></html>"""
    blocks, draft = extract_html(html)
    assert OTHER not in [b.text for b in blocks]
    assert any(OTHER in r.text for r in draft.removed if r.reason == "sidebar")


def test_article_elements_with_state_or_content_classes_are_kept() -> None:
    html = f"""<html><body><article class="post has-sidebar"><h1>Budget</h1><p>{P1}</p><p>{P2}</p></article>
    </body></html>"""
    assert P1 in _texts(html)
    assert _token_reason("has-sidebar") is None and _token_reason("sidebar-widget") == "sidebar"


COOKIE = "This website uses cookies to improve your experience while you navigate through the website."


def test_a_long_modal_dialog_is_pruned_even_when_it_outweighs_the_story() -> None:
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p></article>
    <div class="cli-modal"><div class="cli-modal-body"><h4>Privacy Overview</h4>
    <p>{COOKIE}</p><p>{COOKIE} Out of these cookies, some are necessary.</p><p>{COOKIE} Others are not.</p>
    </div></div></body></html>"""
    blocks, draft = extract_html(html)
    texts = [b.text for b in blocks]
    assert P1 in texts and not any("cookies" in t for t in texts)
    assert any(r.reason == "popup" for r in draft.removed)


def test_a_modal_that_holds_the_headline_is_kept() -> None:
    # Some sites render the story itself in a modal layer: the headline says it is the page.
    html = f"""<html><body><div class="modal-layer"><h1>Budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <div class="teaser"><p>{OTHER}</p></div></body></html>"""
    assert P1 in _texts(html)


# -- speed helpers keep their meaning --------------------------------------------------------


def test_prose_chars_counts_long_text_outside_links_bottom_up() -> None:
    root, _ = parse_html(f"<div><section><p>{P1}</p><a href='/x'>{P2}</a></section>{P3}</div>")
    div = root.find(".//div")
    totals = prose_chars(div)
    assert totals[div.find("section")] == len(P1)
    assert totals[div] == len(P1) + len(P3)
    assert text_content(div.find("section")) == P1 + P2


# -- dates: the page's local day over a UTC conversion ---------------------------------------


def _dated(machine: str, extra: str = "", url: str | None = None) -> object:
    root, _ = parse_html(
        f"""<html><head><meta property="article:published_time" content="{machine}">{extra}</head>
        <body><h1>Budget</h1><p>{P1}</p></body></html>"""
    )
    return extract_metadata(root, url, use_htmldate=False).date


def test_utc_time_stamp_gives_way_to_the_same_instant_in_local_time() -> None:
    extra = '<meta name="pubdate" content="2019-10-19T00:04:00+02:00">'
    assert _dated("2019-10-18T22:04:00Z", extra) == dt.date(2019, 10, 19)


def test_utc_time_stamp_gives_way_to_the_url_day() -> None:
    assert _dated("2020-02-25T02:25:54Z", url="https://news.example/2020/02/24/story") == dt.date(2020, 2, 24)


def test_utc_time_stamp_is_kept_when_the_evidence_is_far_or_absent() -> None:
    # (a URL day long before the stamp is a permalink of the first publication: another rule)
    d = _dated("2020-02-25T12:00:00Z", url="https://news.example/2021/05/01/story")
    assert isinstance(d, dt.datetime) and d.date() == dt.date(2020, 2, 25)
    d = _dated("2020-02-25T23:30:00Z")
    assert isinstance(d, dt.datetime) and d.date() == dt.date(2020, 2, 25)


def test_local_time_stamps_are_not_touched() -> None:
    d = _dated("2019-12-09T19:00:49+01:00", url="https://news.example/2019/12/10/story")
    assert isinstance(d, dt.datetime) and d.date() == dt.date(2019, 12, 9)


def test_htmldate_fallback_reads_our_tree() -> None:
    pytest.importorskip("htmldate")
    # (No headline, no <h1> and no heading that is the title, and no "Published on" label: a
    # date shown under the headline or labelled as the publication is read before htmldate is asked.)
    html = f"""<html><head><title>Budget</title></head><body><h2>City news</h2>
    <p>Sunday, 14 March 2021</p><p>{P1}</p></body></html>"""
    doc = clean_html(html)
    assert doc.extra.get("date_source") == "htmldate"
    assert str(doc.date)[:10] == "2021-03-14"


# -- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("vom Support Team", ["Support Team"]),
        ("Gespeichert von rasmus", ["rasmus"]),
        ("Submitted by Ana Lima", ["Ana Lima"]),
        ("© Kathrin Vogel Kathrin Vogel", ["Kathrin Vogel"]),
        ("(c) Jonas Weber", ["Jonas Weber"]),
        ("Christoph von Eichhorn", ["Christoph von Eichhorn"]),
        ("walker1984", ["walker1984"]),
    ],
)
def test_clean_author_keeps_names(value: str, names: list[str]) -> None:
    from textclean.html.metadata import clean_author

    assert clean_author(value) == names


@pytest.mark.parametrize(
    "value", ["Se connecter", "Passwort vergessen?", "Auteur", "Datum", "No Author", "10. September 2017", "Top 10", "Foto von Jane"]
)
def test_clean_author_drops_labels_and_dates(value: str) -> None:
    from textclean.html.metadata import clean_author

    assert clean_author(value) == []


def test_byline_in_a_posts_top_bar_and_hcard() -> None:
    html = f"""<html><body><article><header class="entry-top-bar"><h1>Budget</h1>
    <a href="/author/ana/" rel="author">Ana Lima</a></header><p>{P1}</p></article></body></html>"""
    root, _ = parse_html(html)
    assert extract_metadata(root, use_htmldate=False).authors == ["Ana Lima"]
    html = f"""<html><body><article><h1>Budget</h1><h4 class="vcard author">vom <span class="fn">Krimifan</span></h4>
    <p>{P1}</p></article></body></html>"""
    root, _ = parse_html(html)
    assert extract_metadata(root, use_htmldate=False).authors == ["Krimifan"]


def test_author_links_in_the_site_menu_are_not_bylines() -> None:
    html = f"""<html><body><nav class="top-bar"><a href="/author/ana/" rel="author">Ana Lima</a></nav>
    <article><h1>Budget</h1><p>{P1}</p></article></body></html>"""
    root, _ = parse_html(html)
    assert extract_metadata(root, use_htmldate=False).authors == []


# -- reader prompts and server errors ----------------------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "Was this article helpful?",
        "If you enjoyed reading this post, share it with a friend.",
        "Wie bewerten Sie diesen Artikel?",
        "Sie müssen sich einloggen, um einen Kommentar zu schreiben.",
        "Rezept drucken",
        "Vous avez aimé cet article ?",
        "¿Te ha gustado este artículo?",
    ],
)
def test_reader_prompts_at_the_end_are_dropped(prompt: str) -> None:
    html = f"<html><body><article><h1>Budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{prompt}</p></article></body></html>"
    blocks, draft = extract_html(html)
    assert prompt not in [b.text for b in blocks]
    assert any(r.text == prompt and r.reason == "end-matter" for r in draft.removed)


def test_the_same_words_inside_a_sentence_or_early_in_the_story_are_kept() -> None:
    early = "Was this article helpful?"
    inside = "Readers asked whether the article was helpful, and most of them said that it was."
    html = f"""<html><body><article><h1>Budget</h1><p>{early}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    <p>{inside}</p></article></body></html>"""
    texts = _texts(html)
    assert early in texts and inside in texts


def test_server_error_messages_are_dropped_anywhere() -> None:
    err = "Warning: Creating default object from empty value in /var/www/site/theme/functions.php on line 42"
    html = f"<html><body><article><h1>Budget</h1><p>{err}</p><p>{P1}</p><p>{P2}</p></article></body></html>"
    texts = _texts(html)
    assert err not in texts and P1 in texts
    keep = "Warning: the river may flood the lower town tonight, officials said on Monday."
    html = f"<html><body><article><h1>Budget</h1><p>{keep}</p><p>{P1}</p><p>{P2}</p></article></body></html>"
    assert keep in _texts(html)


# -- client-side templates -----------------------------------------------------------------------


def test_a_post_rendered_from_a_script_template_is_read_from_it() -> None:
    html = f"""<html><head><title>Budget</title></head><body><div id="app"><a href="/">Home</a></div>
    <script type="text/template"><div class="post"><h1>Budget</h1><p>{P1}</p><p>{P2}</p></div></script>
    </body></html>"""
    texts = _texts(html)
    assert P1 in texts and P2 in texts


def test_templates_are_ignored_when_the_page_has_its_own_prose() -> None:
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
    <script type="text/template"><div class="card"><p>{OTHER}</p></div></script></body></html>"""
    texts = _texts(html)
    assert P1 in texts and OTHER not in texts


# -- titles ------------------------------------------------------------------------------------


def _title(head: str, body: str, url: str | None = None) -> str | None:
    root, _ = parse_html(f"<html><head>{head}</head><body>{body}<p>{P1}</p></body></html>")
    return extract_metadata(root, url, use_htmldate=False).title


def test_the_headline_part_of_a_kicker_h1_is_the_title() -> None:
    head = '<meta property="og:title" content="Council approves the budget">'
    body = '<h1><span class="kicker">City hall</span> <span class="headline">Council approves the budget</span></h1>'
    assert _title(head, body) == "Council approves the budget"


def test_a_kicker_h1_whose_whole_text_is_the_meta_title_stays_whole() -> None:
    head = '<meta property="og:title" content="City hall: Council approves the budget">'
    body = '<h1><span>City hall:</span> <span>Council approves the budget</span></h1>'
    assert _title(head, body) == "City hall: Council approves the budget"


def test_an_h1_repeating_the_seo_suffix_loses_it() -> None:
    head = '<meta property="og:title" content="Why we travel"><title>Why we travel | TRAVELNET</title>'
    body = "<h1>Why we travel | TRAVELNET</h1>"
    assert _title(head, body) == "Why we travel"


def test_a_subtitle_after_a_colon_is_kept() -> None:
    head = '<meta property="og:title" content="Why we travel: a guide"><title>Why we travel</title>'
    body = "<h1>Why we travel: a guide</h1>"
    assert _title(head, body) == "Why we travel: a guide"


def test_a_title_part_that_spells_out_the_host_name_is_the_site() -> None:
    head = "<title>Norddeutschland findet seine Meister - Berliner Leichtathletik Verband e.V.</title>"
    url = "https://www.leichtathletik-berlin.example/news/1"
    assert _title(head, "<h2>Aktuelles</h2>", url) == "Norddeutschland findet seine Meister"
    # A part that holds only some of the host's words is not the site.
    from textclean.html.metadata import _names_host

    assert not _names_host("Berlin marathon results", ["leichtathletik-berlin"])
    assert not _names_host("Leichtathletik heute", ["leichtathletik-berlin"])


# -- recipes -----------------------------------------------------------------------------------


def _recipe_page(ld: str) -> str:
    steps = " ".join([P1, P2, P3])
    return f"""<html><head><script type="application/ld+json">{ld}</script></head><body>
    <div class="recipe-head"><table class="ingredients"><tr><td>125 g flour</td></tr>
    <tr><td>For the topping:</td></tr><tr><td>2 ripe pears</td></tr></table></div>
    <div class="teasers"><ul><li>Pear cake with cream</li><li>Apple crumble for autumn</li></ul></div>
    <article class="recipe-steps"><h1>Pear cake</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
    <p class="unused">{steps[:10]}</p></body></html>"""


def test_recipe_ingredients_named_in_json_ld_are_taken_in() -> None:
    ld = '{"@type": "Recipe", "name": "Pear cake", "recipeIngredient": ["125 g flour", "2 ripe pears"]}'
    texts = _texts(_recipe_page(ld))
    assert "125 g flour" in texts and "2 ripe pears" in texts and "For the topping:" in texts
    assert P1 in texts
    assert "Apple crumble for autumn" not in texts


def test_without_a_recipe_in_json_ld_sibling_lists_stay_out() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Pear cake"}'
    texts = _texts(_recipe_page(ld))
    assert "125 g flour" not in texts and P1 in texts


# -- lead fragments ----------------------------------------------------------------------------


def test_a_standfirst_in_a_heading_element_is_kept_while_kickers_go() -> None:
    standfirst = "The city council has approved next year's budget after a long debate, with cuts to schools and transport."
    html = f"""<html><body><article><p>Politics</p><p>26 January 2022</p><h2>{standfirst}</h2>
    <p>{P1}</p><p>{P2}</p></article></body></html>"""
    texts = _texts(html)
    assert standfirst in texts and P1 in texts
    assert "Politics" not in texts and "26 January 2022" not in texts


def test_a_short_heading_above_the_story_is_still_a_lead_fragment() -> None:
    html = f"""<html><body><article><h2>Politics today</h2><p>{P1}</p><p>{P2}</p></article></body></html>"""
    blocks, draft = extract_html(html)
    assert "Politics today" not in [b.text for b in blocks]
    assert any(r.reason == "lead-fragment" and r.text == "Politics today" for r in draft.removed)


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("artikel-teilen", "share-tools"),
        ("boxCondividi", "share-tools"),
        ("anzeige", "advertisement"),
        ("bloco-publicidade", "advertisement"),
        ("box-correlati", "related-links"),
        ("Relacionadas", "related-links"),
        ("reacties", "comments"),
        ("lista-comentarios", "comments"),
    ],
)
def test_class_names_in_other_languages_name_the_box(token: str, reason: str) -> None:
    assert _token_reason(token) == reason


def test_class_names_in_other_languages_keep_the_story() -> None:
    # "Kommentar" is also an opinion column: a story in such a container is kept
    for token in ("kommentar", "artikel-text", "contenuto-articolo", "conteudo-materia"):
        assert _token_reason(token) is None
    html = f"""<html><body><article class="kommentar"><h1>Haushalt</h1><p>{P1}</p><p>{P2}</p></article>
    <div class="artikel-teilen"><a href="#">Teilen</a> <a href="#">Twittern</a></div></body></html>"""
    texts = _texts(html)
    assert P1 in texts and P2 in texts and not any("Teilen" in t for t in texts)
