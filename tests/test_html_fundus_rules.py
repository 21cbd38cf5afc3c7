"""Extraction rules found on the fundus publishers (issue: HTML body on 181 publishers), each with
what it removes and what it keeps.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

import pytest

from textclean.html import extract_html
from textclean.html.extract import _consent_or_prompt, _token_reason, prose_chars
from textclean.html.parse import parse_html

from .html_snippets import P1, P2, P3

OTHER = "A different story about the harvest festival, with music, food stalls and a parade in town."


def _extract(html: str) -> tuple[list[str], list[tuple[str, str]]]:
    blocks, draft = extract_html(html)
    return [b.text for b in blocks], [(r.reason, r.text) for r in draft.removed]


# -- the layout of a page with a sidebar is not the sidebar ----------------------------------


def _sidebar_grid_page() -> str:
    # The story split over several containers of a "sidebar-grid", each beside its own sidebar:
    # no container holds 40 % of the prose, so the prose valve cannot save them.
    rows = "".join(
        f'<div class="sidebar-grid__container"><div class="sidebar-grid__content"><p>{p}</p></div>'
        f'<aside class="sidebar-grid__sidebar"><p>{OTHER}</p></aside></div>'
        for p in (P1, P2, P3)
    )
    return f"""<html><head><title>Council approves the budget</title></head><body><main><article>
    <h1>Council approves the budget</h1><div class="sidebar-grid sidebar-grid--is-narrow">{rows}</div>
    <div class="sidebar-grid"><div class="sidebar-grid__sidebar"><p>{OTHER} Read more in our archive.</p></div></div>
    </article></main></body></html>"""


def test_the_containers_of_a_sidebar_layout_keep_the_story() -> None:
    texts, _ = _extract(_sidebar_grid_page())
    assert P1 in texts and P2 in texts and P3 in texts


def test_the_sidebar_of_a_sidebar_layout_still_goes() -> None:
    texts, removed = _extract(_sidebar_grid_page())
    assert not any(OTHER in t for t in texts)
    assert any(OTHER in text for reason, text in removed if reason == "sidebar")
    assert _token_reason("sidebar-grid") is None and _token_reason("sidebar-layout--wide") is None
    assert _token_reason("sidebar-grid__sidebar") == "sidebar" and _token_reason("sidebar") == "sidebar"
    assert _token_reason("sidebar-widget") == "sidebar" and _token_reason("widget-grid") == "sidebar"


# -- a story built of "article widgets" --------------------------------------------------------


def _widget_page() -> str:
    parts = "".join(f'<div class="article-widget article-widget-text"><p>{p}</p></div>' for p in (P1, P2, P3))
    return f"""<html><head><title>Council approves the budget</title></head><body>
    <div class="article-block"><h1>Council approves the budget</h1><div class="article-widgets">{parts}</div></div>
    <div class="sidebar-widget"><h3>Popular</h3><p>{OTHER}</p></div></body></html>"""


def test_widgets_named_after_the_article_are_its_blocks() -> None:
    texts, _ = _extract(_widget_page())
    assert P1 in texts and P2 in texts and P3 in texts
    assert _token_reason("article-widget") is None and _token_reason("story-widget-image") is None


def test_other_widgets_are_still_sidebar_boxes() -> None:
    texts, removed = _extract(_widget_page())
    assert OTHER not in texts
    assert any(OTHER in text for reason, text in removed if reason == "sidebar")
    assert _token_reason("widget") == "sidebar" and _token_reason("widget-area") == "sidebar"


# -- the prose valve reads Chinese, Japanese and Korean runs ---------------------------------


JA = [
    "気象庁は十三日、日向灘で震度五弱の地震があったと発表し、沿岸の住民に注意を呼びかけた。",
    "震源の深さは約三十キロで、高知県と宮崎県には一メートルの津波注意報が出された。",
    "各地の自治体は住民に対し、海岸や河口から離れて高い場所へ避難するよう呼びかけている。",
    "政府は関係省庁の担当者を首相官邸に集め、被害の状況と交通機関への影響を確認している。",
    "鉄道各社は安全確認のため一部の区間で運転を見合わせ、空港でも滑走路の点検が行われた。",
    "専門家は今後一週間程度は同じ規模の地震に注意が必要だとして、備えの確認を求めている。",
]


def _ja_page(wrapper_class: str) -> str:
    # Links to topic pages cut each paragraph into runs shorter than 60 characters.
    paras = "".join(f"<p>{s[:8]}<a href='/topics/x'>気象庁</a>{s[8:]}</p>" for s in JA)
    return f"""<html lang="ja"><head><title>日向灘で震度五弱</title></head><body>
    <div class="{wrapper_class}"><div class="article"><h1>日向灘で震度五弱</h1>{paras}</div>
    <div class="ad-box"><p>広告：新しいクレジットカードのご案内はこちらをご覧ください。</p></div></div></body></html>"""


def test_a_page_wrapper_with_an_ad_class_keeps_a_cjk_story() -> None:
    texts, _ = _extract(_ja_page("l-wrapper gate-ad"))
    assert any(JA[0][8:] in t for t in texts) and any(JA[5][8:] in t for t in texts)


def test_an_ad_box_beside_a_cjk_story_still_goes() -> None:
    texts, removed = _extract(_ja_page("l-wrapper"))
    assert not any("クレジットカード" in t for t in texts)
    assert any("クレジットカード" in text for reason, text in removed if reason == "advertisement")


def test_prose_chars_counts_short_cjk_runs_but_not_short_latin_ones() -> None:
    root, _ = parse_html(f"<div><p>{JA[0]}</p><p>A short Latin line of forty characters.</p></div>")
    ps = root.findall(".//p")
    totals = prose_chars(root)
    assert totals[ps[0]] == len(JA[0]) and ps[1] not in totals


# -- consent placeholders, paywall notices, comment prompts ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Empfohlener redaktioneller Inhalt",
        "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.",
        "Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden.",
        "Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.",
        "Personenbezogene Daten können an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.",
        "Ein Klick für den Datenschutz",
        "We need your consent to load this YouTube content.",
        "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
        "Would you like to comment on this article?",
        "Sign up (it's quick and free) or sign in now.",
        "Join our commenting forum",
        "Tu suscripción se está usando en otro dispositivo",
        "Vous pouvez lire Le Journal sur un seul appareil à la fois",
    ],
)
def test_consent_placeholders_and_paywall_notes_are_dropped_anywhere(line: str) -> None:
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p><div class="box"><p>{line}</p></div>
    <p>{P2}</p><p>{P3}</p></article></body></html>"""
    texts, removed = _extract(html)
    assert line not in texts and P1 in texts and P2 in texts and P3 in texts
    assert any(text == line for _, text in removed)


@pytest.mark.parametrize(
    "line",
    [
        "Der Bürgermeister war damit einverstanden, dass die Inhalte des Berichts veröffentlicht werden.",
        "An dieser Stelle findet sich der alte Wasserturm, den die Stadt im Jahr 1902 bauen ließ.",
        "Readers would like to comment on the budget, the mayor said, and he will invite them to a town hall.",
        "Il vous reste encore du temps pour vous inscrire au concours de la ville, a rappelé la mairie.",
        "The mayor asked residents to join our commenting forum, a new page on the council's site, he said.",
    ],
)
def test_the_same_words_in_the_story_are_kept(line: str) -> None:
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p><p>{line}</p><p>{P2}</p><p>{P3}</p></article></body></html>"""
    texts, _ = _extract(html)
    assert line in texts
    assert not _consent_or_prompt(line)


# -- a "read also" box between the story's paragraphs --------------------------------------------


BEFORE = [f"{P1} Paragraph {n} of the report went on to list the spending lines one by one." for n in range(9)]
AFTER = [f"{P3} In part {n} of the second half the mayor answered questions from the press." for n in range(4)]
TEASER = "Harvest festival: music, food stalls and a parade"


def _boxed_page(box: str) -> str:
    before = "".join(f"<p>{p}</p>" for p in BEFORE)
    after = "".join(f"<p>{p}</p>" for p in AFTER)
    return f"""<html><head><title>Council approves the budget</title></head><body><article><h1>Council approves the budget</h1>
    <div class="article-body">{before}{box}{after}</div></article></body></html>"""


def test_a_read_also_box_inside_the_story_goes_and_the_story_after_it_stays() -> None:
    box = f'<h4>Auch interessant</h4><div class="not-prose"><a href="/fest"><strong>{TEASER}</strong></a></div>'
    texts, removed = _extract(_boxed_page(box))
    assert all(p in texts for p in AFTER) and all(p in texts for p in BEFORE)
    assert "Auch interessant" not in texts and TEASER not in texts
    assert any(text == "Auch interessant" for reason, text in removed if reason == "related-links")


def test_a_label_of_links_inside_the_story_goes_and_the_story_after_it_stays() -> None:
    label = "Mehr zum Thema finden Sie auch hier:"
    box = f'<p><strong>{label}</strong></p><ul><li><a href="/a">Bauzinsen im Überblick</a></li><li><a href="/b">Festgeld im Vergleich</a></li></ul>'
    texts, _ = _extract(_boxed_page(box))
    assert all(p in texts for p in AFTER)
    assert label not in texts


def test_a_related_section_that_ends_a_flat_page_is_still_cut() -> None:
    # The heading stands right above more paragraphs of the same container: a section of the
    # page ("Comments", "Related"), not a box between the story's paragraphs.
    box = "<h3>Related</h3>"
    texts, removed = _extract(_boxed_page(box))
    assert all(p in texts for p in BEFORE)
    assert not any(p in texts for p in AFTER)
    assert any(text == "Related" for reason, text in removed if reason == "end-matter")


def test_a_google_news_prompt_at_the_end_goes_and_the_words_in_a_sentence_stay() -> None:
    prompt = "Follow The Daily Gazette on Google News and add us as a preferred source to get our news in your feeds."
    keep = "The council asked residents to follow the budget debate on Google News and on the radio, the mayor said."
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p><p>{P2}</p><p>{keep}</p><p>{P3}</p><p>{prompt}</p></article></body></html>"""
    texts, _ = _extract(html)
    assert prompt not in texts and keep in texts and P3 in texts


def test_a_comments_heading_over_its_pruned_box_still_ends_the_story() -> None:
    box = '<h3>Comments</h3><div class="comments-area"><p>Nice post, thank you for sharing it.</p></div>'
    texts, _ = _extract(_boxed_page(box))
    assert all(p in texts for p in BEFORE)
    assert "Comments" not in texts and not any(p in texts for p in AFTER)


@pytest.mark.parametrize("heading", ["Meistgelesen", "Neueste Artikel", "Zum Thema", "Mest lest"])
def test_most_read_and_latest_headings_in_other_languages_end_the_story(heading: str) -> None:
    teasers = "".join(f'<div class="card"><a href="/s{n}">{OTHER} Number {n}.</a><p>{OTHER}</p></div>' for n in range(2))
    html = f"""<html><body><article><h1>Budget</h1>{"".join(f"<p>{p}</p>" for p in BEFORE)}</article>
    <section><h3>{heading}</h3>{teasers}</section></body></html>"""
    texts, _ = _extract(html)
    assert all(p in texts for p in BEFORE)
    assert heading not in texts and OTHER not in texts


def test_the_same_words_inside_a_heading_of_the_story_are_kept() -> None:
    html = f"""<html><body><article><h1>Budget</h1>{"".join(f"<p>{p}</p>" for p in BEFORE[:5])}
    <h3>Zum Thema Schulen sagte der Bürgermeister wenig</h3>{"".join(f"<p>{p}</p>" for p in BEFORE[5:])}</article></body></html>"""
    texts, _ = _extract(html)
    assert "Zum Thema Schulen sagte der Bürgermeister wenig" in texts and BEFORE[-1] in texts


# -- a story streamed in a Next.js page's data ------------------------------------------------


def _flight_page(visible: str) -> str:
    import json

    story = f'<p class="editor-p">{P1}</p>$$ARTICLEAD$$<h3>Schools</h3><p>{P2}</p><p>{P3}</p>'
    row = json.dumps(story).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"""<html><head><title>Council approves the budget</title></head><body><div id="root">{visible}</div>
    <script>self.__next_f.push([1,"24:T1b7b,"])</script><script>self.__next_f.push([1,{row}])</script>
    <script>self.__next_f.push([1,"2:I[49594,[],\\"IconMark\\"]\\n"])</script></body></html>"""


def test_a_story_only_in_a_next_js_data_stream_is_read_from_it() -> None:
    texts, _ = _extract(_flight_page("<h1>Council approves the budget</h1>"))
    assert P1 in texts and P2 in texts and P3 in texts
    assert "$$ARTICLEAD$$" not in texts


def test_the_data_stream_is_ignored_when_the_page_shows_its_story() -> None:
    visible = f"<h1>Council approves the budget</h1><p>{OTHER}</p><p>{OTHER} Again.</p>"
    texts, _ = _extract(_flight_page(visible))
    assert OTHER in texts and P1 not in texts


def test_a_placeholder_goes_and_the_same_signs_in_a_sentence_stay() -> None:
    keep = "The fund, known inside the council as $$ARTICLEAD$$ for years, paid for the new school roofs."
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p><p>$$ARTICLEAD$$</p><p>{keep}</p><p>{{{{ad_slot}}}}</p>
    <p>{P2}</p><p>{P3}</p></article></body></html>"""
    texts, _ = _extract(html)
    assert "$$ARTICLEAD$$" not in texts and "{{ad_slot}}" not in texts
    assert keep in texts and P2 in texts


def test_a_read_also_box_of_its_own_inside_the_story_goes_and_the_story_stays() -> None:
    box = f'<div class="box"><h3>Mehr zum Thema</h3><p><a href="/fest">{TEASER}</a></p><p>von Ana Lima</p></div>'
    texts, removed = _extract(_boxed_page(box))
    assert all(p in texts for p in AFTER) and all(p in texts for p in BEFORE)
    assert "Mehr zum Thema" not in texts and "von Ana Lima" not in texts
    assert any(text == "Mehr zum Thema" for reason, text in removed if reason == "related-links")


def test_a_boxed_related_section_after_the_story_is_still_cut() -> None:
    # The box holds its own prose (teasers with summaries) and nothing of the story follows it.
    box = f'<div class="box"><h3>Mehr zum Thema</h3><p>{OTHER}</p><p>{OTHER} Again.</p></div>'
    texts, _ = _extract(_boxed_page(box).replace("".join(f"<p>{p}</p>" for p in AFTER), ""))
    assert all(p in texts for p in BEFORE)
    assert OTHER not in texts


# -- the extractor's phrase tables are data (textclean/patterns/html_phrases.py) -------------


def test_the_phrase_tables_compile_per_language_and_feed_the_extractor() -> None:
    import re

    from textclean.html import extract as ex
    from textclean.patterns import html_phrases as hp

    for table in (hp.END_MATTER_HEADINGS, hp.READER_PROMPTS, hp.CONSENT_PLACEHOLDERS, hp.PAYWALL_NOTICES, hp.COMMENT_PROMPTS, hp.POST_FOOTERS):
        for lang, phrases in table.items():
            assert len(lang) == 2 and phrases
            for p in phrases:
                re.compile(p, re.I)  # each alternative is a regex of its own
    assert ex._END_MATTER.match("Mest lest") and ex._END_MATTER.match("Похожие статьи")
    assert not ex._END_MATTER.match("Mest lest i går var en artikkel om været")
    assert ex._HINTS["correlati"] == "related-links" and "kommentar" not in ex._HINTS


# -- a block inside a link links to the link's target ------------------------------------------


def _story_with(box: str) -> str:
    return f"""<html><head><title>Council approves the budget</title></head><body><article>
    <h1>Council approves the budget</h1><p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p></article></body></html>"""


def test_a_card_title_set_in_blocks_inside_a_link_goes_as_a_link() -> None:
    # <a href><div>kicker</div><strong>title</strong></a>: the title's block is a link to
    # another story, whatever blocks the link holds
    box = '<div class="ml-2"><a href="/other-story"><div><span>Opinion</span></div><strong>The harbour plan divides the town again</strong></a><div>By Ana Lima</div></div>'
    texts, removed = _extract(_story_with(box))
    assert P1 in texts and P2 in texts and P3 in texts
    assert not any("harbour plan" in t for t in texts)
    assert any(reason == "link-list" and "harbour plan" in text for reason, text in removed)


def test_a_teaser_card_with_its_heading_inside_the_link_goes() -> None:
    box = (
        '<div class="card"><a href="/b"><h3>Mayor opens the new bridge across the river</h3></a>'
        "<p>The mayor opened the bridge on Sunday, two years after the work began.</p></div>"
    )
    texts, _ = _extract(_story_with(box))
    assert P1 in texts and P3 in texts
    assert not any("new bridge" in t or "opened the bridge" in t for t in texts)


def test_text_after_a_link_that_wraps_a_block_is_no_link() -> None:
    # only the link's own text links: the sentence that follows the link's block stays
    box = f'<div><a href="/photo"><div>Photo gallery</div></a> {OTHER}</div>'
    texts, _ = _extract(_story_with(box))
    assert OTHER in texts and P1 in texts


# -- a teaser card laid out in columns is one card ---------------------------------------------


def test_a_teaser_card_in_columns_goes_whole() -> None:
    # the card's linked title in one column, its summary in the next: both are the card's
    cards = "".join(
        f'<div class="picker"><div class="columns"><div class="column"><a href="/c/{i}">Startups</a>'
        f'<h2><a href="/s/{i}">Story number {i} about a startup raising money</a></h2><div>3 hours ago</div></div>'
        f'<div class="column"><div class="excerpt"><p>The startup {i} said on Thursday that it had raised a new round of funding from investors.</p></div></div>'
        f"</div></div>"
        for i in range(3)
    )
    html = f"""<html><head><title>Council approves the budget</title></head><body><main><article>
    <h1>Council approves the budget</h1><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <div class="query">{cards}</div></article></main></body></html>"""
    texts, _ = _extract(html)
    assert P1 in texts and P3 in texts
    assert not any("raised a new round" in t for t in texts)


def test_a_short_post_with_an_author_cards_linked_name_keeps_its_text() -> None:
    # the author card's linked heading makes a card of the card, not of the short post around it
    html = f"""<html><head><title>Road closed after a gas leak</title></head><body><main>
    <header><h1>Road closed after a gas leak</h1></header>
    <article class="post"><div class="entry-content"><p>{P1}</p><p>The road will reopen on Friday, the police said.</p></div>
    <div class="author"><h2><a href="/author/ana">Ana Lima Staff Writer</a></h2></div></article></main></body></html>"""
    texts, _ = _extract(html)
    assert P1 in texts


# -- a linked title set without a heading element still leads a card ---------------------------

_NOTES = [
    "The first team finished the race without a single fault, the organisers said on Sunday.",
    "Many users were surprised when the service logged them out and asked for a new password.",
]


def _story_with_list(item: str) -> str:
    items = "".join(item.format(i=i, note=n) for i, n in enumerate(_NOTES))
    return f"""<html><head><title>Council approves the budget</title></head><body><main><article>
    <h1>Council approves the budget</h1><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <section><ol class="list">{items}</ol></section></article></main></body></html>"""


def test_a_card_whose_linked_title_is_set_in_an_hgroup_goes() -> None:
    item = '<li><header><a href="/s/{i}"><div><hgroup><div class="dh3">Kicker</div><div class="dh2">Other story number {i} of the day</div></hgroup></div></a></header><p>{note}</p></li>'
    texts, _ = _extract(_story_with_list(item))
    assert P1 in texts and P3 in texts
    assert not any(n in t for n in _NOTES for t in texts)


def test_a_card_whose_linked_title_has_a_title_class_goes() -> None:
    item = '<li><div><div class="card__title"><a href="/s/{i}">Other story number {i} of the day</a></div><p>{note}</p></div></li>'
    texts, _ = _extract(_story_with_list(item))
    assert P1 in texts
    assert not any(n in t for n in _NOTES for t in texts)


def test_a_list_of_linked_sources_with_notes_stays() -> None:
    # links without title markup: a list of the story's sources with a note each is the story's
    item = '<li><div><a href="/r/{i}">Report number {i} on the budget</a></div><p>{note}</p></li>'
    texts, _ = _extract(_story_with_list(item))
    assert all(any(n in t for t in texts) for n in _NOTES)


# -- an author box named author-box / author-description is an author box ---------------------


@pytest.mark.parametrize("cls", ["author-box", "author-description", "authorInfo", "author-card"])
def test_an_author_box_class_names_an_author_box(cls: str) -> None:
    # "author-" is also a taxonomy prefix (WordPress's author-ana), but not before a box word
    assert _token_reason(cls) == "author-bio"


@pytest.mark.parametrize("cls", ["author-ana", "author-admin", "author-name"])
def test_an_authors_taxonomy_class_names_no_box(cls: str) -> None:
    assert _token_reason(cls) is None


def test_an_author_box_after_the_story_goes() -> None:
    bio = "Since 2019 at the paper. Writes about health, feminism and social inequality, and won a prize in 2023."
    html = f"""<html><head><title>Council approves the budget</title></head><body><article>
    <h1>Council approves the budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    <div class="author-container"><a href="/ana">Ana Lima</a><span>Editor</span><div class="author-description">{bio}</div></div>
    </article></body></html>"""
    texts, removed = _extract(html)
    assert P3 in texts and bio not in texts
    assert any(reason == "author-bio" and bio in text for reason, text in removed)


# -- a lightbox script's layer (a consent or login wall over the page) -------------------------


def test_a_consent_wall_in_a_lightbox_layer_goes() -> None:
    wall = "Use the site as usual with advertising and tracking. You can withdraw your consent at any time in the settings."
    html = f"""<html><head><title>Council approves the budget</title></head><body><article>
    <h1>Council approves the budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
    <div class="fancybox-container"><div class="fancybox-slide"><div><h2>How do you want to use the site?</h2><p>{wall}</p></div></div></div>
    </body></html>"""
    texts, removed = _extract(html)
    assert P1 in texts and wall not in texts
    assert any(reason == "popup" and wall in text for reason, text in removed)


def test_a_fact_box_named_fancy_box_stays() -> None:
    # "fancy-box" is a review's box of facts, no lightbox script
    facts = "Developer: Paintbrush Studios. Publisher: Handy Games. Reviewed on a laptop with eight cores."
    html = f"""<html><head><title>Council approves the budget</title></head><body><article>
    <h1>Council approves the budget</h1><p>{P1}</p><div class="fancy-box"><div class="fancy_box_body"><p>{facts}</p></div></div>
    <p>{P2}</p><p>{P3}</p></article></body></html>"""
    texts, _ = _extract(html)
    assert facts in texts


# -- a pop-up named only by its data- attribute --------------------------------------------------


def test_a_newsletter_popup_named_by_a_data_attribute_goes() -> None:
    note = "We have sent a mail to the address you entered. Click the link in it to read the whole article."
    html = f"""<html><head><title>Council approves the budget</title></head><body><article>
    <h1>Council approves the budget</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>
    <div class="background_b3s1r8s" data-newsletter-success-popup-container=""><div class="container_c1"><h2>Thank you for registering.</h2><p>{note}</p></div></div>
    </body></html>"""
    texts, removed = _extract(html)
    assert P3 in texts and note not in texts
    assert any(reason == "popup" and note in text for reason, text in removed)


def test_a_link_that_opens_a_popup_keeps_its_words() -> None:
    # the link or box that opens a layer is not the layer (data-popup-trigger, an <a data-modal>)
    html = f"""<html><head><title>Council approves the budget</title></head><body><article>
    <h1>Council approves the budget</h1><p>{P1}</p><p>The council published <a href="/doc" data-modal="doc">the full budget</a> on its website on Monday evening.</p>
    <div data-popup-trigger="x"><p>{P2}</p></div><p>{P3}</p></article></body></html>"""
    texts, _ = _extract(html)
    assert any("the full budget on its website" in t for t in texts) and P2 in texts
