"""Extraction rules for the end of the article (issue 8, third round): what each removes and keeps.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

import pytest

import textclean
from textclean.html import extract_html

from .html_snippets import P1, P2, P3
from .html_snippets import texts as _texts


def _removed(html: str, reason: str) -> list[str]:
    _, draft = extract_html(html)
    return [r.text for r in draft.removed if r.reason == reason]


# -- a section label with nothing after it ------------------------------------------------------


def _story(tail: str, after: str = "") -> str:
    return f"""<html><body><div class="story"><h1>Budget approved</h1>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}</div>{after}</body></html>"""


def test_a_heading_that_ends_the_article_is_dropped() -> None:
    html = _story("<h3>Weitere Themen</h3>")
    assert _texts(html)[-1] == P3
    assert "Weitere Themen" in _removed(html, "end-matter")


def test_a_numbered_heading_at_the_end_of_a_countdown_is_kept() -> None:
    html = _story("<h3>10. The old town bridge</h3>")
    assert _texts(html)[-1] == "10. The old town bridge"


def test_a_heading_followed_by_its_paragraph_is_kept() -> None:
    html = _story("<h3>What happens next</h3><p>The plan goes to a public hearing in March, and the vote follows in April.</p>")
    assert "What happens next" in _texts(html)


def test_a_short_label_before_links_is_dropped() -> None:
    links = '<div class="x"><a href="/a">Schools budget</a> <a href="/b">Transport plan</a></div>'
    html = _story("<p>Temas relacionados</p>" + links)
    assert _texts(html)[-1] == P3
    assert "Temas relacionados" in _removed(html, "end-matter")


def test_a_short_label_with_a_colon_at_the_end_is_dropped() -> None:
    html = _story("<p>Mehr zum Thema:</p>")
    assert _texts(html)[-1] == P3


def test_a_short_closing_line_without_links_after_it_is_kept() -> None:
    # A signature or a credit line ends the text itself.
    html = _story("<p>Your editors</p>")
    assert _texts(html)[-1] == "Your editors"


def test_a_closing_sentence_is_kept() -> None:
    html = _story("<p>See you there!</p>", '<div><a href="/a">Home</a> <a href="/b">News</a></div>')
    assert _texts(html)[-1] == "See you there!"


# -- a label whose box went --------------------------------------------------------------------


def test_a_label_before_a_pruned_related_box_goes_with_it() -> None:
    box = '<div class="related-stories"><a href="/a">Schools budget debate</a></div>'
    html = _story(f"<h3>Read more</h3>{box}<p>{P3.replace('mayor', 'council leader')}</p>")
    texts = _texts(html)
    assert "Read more" not in texts
    assert texts[-1].startswith("The council leader")
    _, draft = extract_html(html)
    assert any(r.reason == "related-links" and r.text == "Read more" for r in draft.removed)


def test_a_label_before_a_link_list_in_the_middle_goes() -> None:
    links = '<ul><li><a href="/a">Schools budget debate</a></li><li><a href="/b">Transport plan vote</a></li></ul>'
    html = f"""<html><body><div class="story"><h1>Budget approved</h1><p>{P1}</p><p>{P2}</p>
    <p>Lesen Sie auch</p>{links}<p>{P3}</p></div></body></html>"""
    assert "Lesen Sie auch" not in _texts(html)


def test_a_section_heading_before_an_advert_is_kept() -> None:
    # Only boxes that a label introduces (related, tags, share ...) take their label with them.
    html = _story(f'<h2>The vote</h2><div class="ad-slot">Advertisement</div><p>{P3.replace("mayor", "chair")}</p>')
    assert "The vote" in _texts(html)


def test_a_heading_followed_by_its_section_is_kept() -> None:
    html = _story(f"<h2>The vote</h2><p>{P3.replace('mayor', 'chair')}</p>")
    assert "The vote" in _texts(html)


# -- inline link boxes -----------------------------------------------------------------------


def test_a_hover_card_of_links_inside_a_sentence_is_dropped() -> None:
    card = '<span class="card"><img src="x.jpg"><a href="/p">Ana Lima</a> <a href="/1">Lima wins the vote</a> <a href="/2">Lima speaks</a> <a href="/m">MORE</a></span>'
    html = _story(f'<p>Mayor <a href="/p">Ana Lima</a>{card} said the plan was fair to every district of the city.</p>')
    assert _texts(html)[-1] == "Mayor Ana Lima said the plan was fair to every district of the city."


def test_links_joined_by_words_inside_a_span_are_kept() -> None:
    words = '<span><a href="/r">the report</a>, <a href="/a">the audit</a> and <a href="/l">the letter</a></span>'
    html = _story(f"<p>She cited {words} as evidence that the budget had been planned with care.</p>")
    assert _texts(html)[-1] == "She cited the report, the audit and the letter as evidence that the budget had been planned with care."


# -- advert labels (patterns/en.py, navigation) ------------------------------------------------


def test_an_advert_label_between_paragraphs_is_removed() -> None:
    from textclean.html import clean_html

    doc = clean_html(_story("<h3>Advert</h3><p>The vote on the schools budget follows next week, the clerk said.</p>"))
    assert "Advert" not in [b.text for b in doc.blocks]
    assert any(r.text == "Advert" for r in doc.removed)


def test_a_heading_about_adverts_is_kept() -> None:
    from textclean.html import clean_html

    doc = clean_html(_story("<h3>Adverts on buses</h3><p>The council will sell advert space on its buses from May, the clerk said.</p>"))
    assert "Adverts on buses" in [b.text for b in doc.blocks]


# -- the class "hide" ----------------------------------------------------------------------------


def test_an_element_with_the_class_hide_is_hidden() -> None:
    html = _story('<div class="scrim hide"><p>An error has occurred, please try again later.</p></div>')
    assert _texts(html)[-1] == P3
    assert any("An error has occurred" in t for t in _removed(html, "hidden"))


def test_a_hide_on_mobile_state_class_is_not_a_hint() -> None:
    html = _story('<div class="hide-on-mobile"><p>The vote on the schools budget follows next week, the clerk said.</p></div>')
    assert _texts(html)[-1].startswith("The vote on the schools budget")


# -- embedded posts --------------------------------------------------------------------------


TWEET = "The new bus lanes open on Monday, and the first week is free for everyone in the city."


def test_an_embedded_tweet_in_a_widget_wrapper_is_kept() -> None:
    embed = f'<div class="article-widget article-tweet"><blockquote class="twitter-tweet"><p>{TWEET}</p></blockquote></div>'
    html = _story(embed + f"<p>{P3.replace('mayor', 'chair')}</p>")
    assert TWEET in _texts(html)


def test_a_social_embed_with_the_post_is_kept() -> None:
    embed = f'<div class="social-media-embed"><blockquote class="instagram-media"><p>{TWEET}</p></blockquote></div>'
    assert TWEET in _texts(_story(embed))


def test_a_consent_placeholder_in_a_social_embed_is_pruned() -> None:
    consent = "Here you will find external content from Instagram. Click to show it; data may be sent to third parties."
    html = _story(f'<div class="social-embed"><div><h3>Recommended content</h3><p>{consent}</p></div></div>')
    texts = _texts(html)
    assert consent not in texts and "Recommended content" not in texts


def test_a_share_widget_is_still_pruned() -> None:
    html = _story('<div class="social-share widget"><p>Share this story on Facebook, X and by e-mail with your friends.</p></div>')
    assert _texts(html)[-1] == P3


# -- linked prose --------------------------------------------------------------------------------


def test_a_digest_item_with_a_linked_first_sentence_is_kept() -> None:
    item = ('<li><a href="/a">The state attorney general is investigating the office-sharing company amid a new round of '
            "layoffs this week.</a> The company confirmed that it had been contacted by investigators.</li>")
    html = _story(f"<ul>{item}</ul>")
    assert any(t.startswith("The state attorney general") for t in _texts(html))


def test_a_short_linked_line_is_still_a_link_list() -> None:
    html = _story('<p><a href="/a">Budget: all our coverage of the vote</a> here</p>')
    assert _texts(html)[-1] == P3


# -- a widget that is the blog's post container ----------------------------------------------------


def test_a_widget_named_blog_is_the_post_not_a_sidebar() -> None:
    # The post holds under 40 % of the page's prose: only the class keeps it (not the safety valve).
    others = "".join(f'<div class="widget HTML"><p>{P3}</p><p>{P3}</p></div>' for _ in range(3))
    html = f"""<html><body><div class="widget Blog" id="Blog1"><h1>Budget approved</h1><p>{P1}</p><p>{P2}</p></div>
    {others}</body></html>"""
    texts = _texts(html)
    assert P1 in texts and P2 in texts
    assert P3 not in texts  # the other widget is still a sidebar box


def test_a_widget_is_still_a_sidebar() -> None:
    html = _story('<div class="widget popular"><p>The most read stories of the week in the city, picked for you.</p></div>')
    assert _texts(html)[-1] == P3


# -- end-matter headings in more languages --------------------------------------------------------


def _long_story(section: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P1.replace("Tuesday", "Monday"), P2.replace("schools", "parks")))
    return f"<html><body><article><h1>Budget approved</h1>{paras}{section}</article></body></html>"


def test_a_most_read_section_after_the_story_is_cut() -> None:
    teaser = "Ein ganz anderer Bericht über das Erntefest, mit Musik, Essen und einem Umzug durch die Stadt."
    html = _long_story(f"<h2>Meistgelesene Artikel</h2><p>{teaser}</p>")
    texts = _texts(html)
    assert teaser not in texts and "Meistgelesene Artikel" not in texts


def test_an_inline_read_also_label_does_not_end_the_story() -> None:
    more = "Il sindaco ha promesso una revisione del bilancio dei trasporti entro la fine dell'anno prossimo."
    html = _long_story(f'<h3>Leggi anche</h3><p><a href="/x">Un altro articolo sul bilancio</a></p><p>{more}</p>')
    assert more in _texts(html)


def test_a_russian_reviews_section_after_the_story_is_cut() -> None:
    review = "Отличная статья, спасибо автору, попробую эту диету уже на следующей неделе вместе с мужем."
    html = _long_story(f"<h3>Отзывы</h3><p>{review}</p>")
    assert review not in _texts(html)


def test_a_russian_heading_about_reviews_inside_the_story_is_kept() -> None:
    html = _long_story("<h3>Отзывы врачей о диете</h3><p>Врачи считают, что такую диету нельзя соблюдать дольше двух недель подряд.</p>")
    assert "Отзывы врачей о диете" in _texts(html)


# -- affiliate and advertising disclosures (patterns/en.py, patterns/de.py) ----------------------


BODY = P1 + "\n\n" + P2 + "\n\n" + P3
DE = [
    "Der Gemeinderat hat am Dienstag nach einer langen Debatte den neuen Haushalt für das kommende Jahr beschlossen.",
    "Die Opposition kritisierte, dass für Schulen und den öffentlichen Nahverkehr viel zu wenig Geld übrig bleibe.",
    "Der Bürgermeister versprach, den Haushalt für den Verkehr noch vor dem Ende des nächsten Jahres zu prüfen.",
]


def _body(line: str) -> str:
    german = any(w in line for w in ("Werbung", "Verlinkungen", "Festival"))
    return "\n\n".join(DE) if german else BODY


@pytest.mark.parametrize(
    "line",
    [
        "This post contains references to products from one or more of our advertisers.",
        "We may earn a commission when you buy through links on our site.",
        "We recommend the best products through an independent review process, and advertisers do not influence our picks.",
        "Advertising Disclosure",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.",
        "Bei den Verlinkungen handelt es sich um Affiliate-Links.",
    ],
)
def test_disclosure_lines_are_removed(line: str) -> None:
    doc = textclean.clean(line + "\n\n" + _body(line))
    assert line not in doc.text
    assert any(r.reason == "disclosure" for r in doc.removed)
    assert _body(line).split("\n\n")[0] in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Affiliate marketing has grown into a large business, and regulators now want clearer labels on paid links.",
        "Die Werbung für das Festival hängt seit Montag in der ganzen Stadt, sagte die Veranstalterin.",
    ],
)
def test_sentences_about_advertising_are_kept(line: str) -> None:
    doc = textclean.clean(line + "\n\n" + _body(line))
    assert line in doc.text


# -- a short post under its permalinked title; long cookie notices -------------------------------


POST = ("<html><head><title>Rain at last | My Garden Blog</title><meta property=\"og:site_name\" content=\"My Garden Blog\"></head><body>"
        '<div class="post"><h2><a href="/2024/05/rain-at-last">Rain at last</a></h2>'
        "<p>After six dry weeks the rain came back last night, and the garden already looks greener this morning.</p>"
        "<p>The tomatoes survived, the beans did not. Next year I will water them before work, not after.</p></div>"
        "{extra}</body></html>")
COOKIE = ("We and our partners use cookies and similar technologies to store and access information on your device, "
          "to measure the audience of our pages and to show you personalised content and advertising on this site.")


def test_a_short_post_under_its_permalinked_title_is_not_a_teaser() -> None:
    texts = _texts(POST.format(extra=""))
    assert any(t.startswith("After six dry weeks") for t in texts)


def test_teaser_cards_are_still_teasers() -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/s{i}">Another story number {i} from the garden blog</a></h3>'
        f"<p>A short summary of story number {i}, about seeds, soil and the weather this spring.</p></div>"
        for i in range(3)
    )
    texts = _texts(POST.format(extra=cards))
    assert not any("summary of story" in t for t in texts)


def test_a_long_cookie_notice_is_pruned_even_when_it_outweighs_the_post() -> None:
    extra = f'<div id="eu-cookie-law"><p>{COOKIE}</p><p>{COOKIE}</p><p>{COOKIE}</p></div>'
    texts = _texts(POST.format(extra=extra))
    assert COOKIE not in texts
    assert any(t.startswith("After six dry weeks") for t in texts)


def test_a_cmp_component_container_is_not_a_consent_banner() -> None:
    html = _story(f'<div class="cmp-container"><p>{P3.replace("mayor", "chair")}</p></div>')
    assert _texts(html)[-1].startswith("The chair promised")


def test_php_warnings_in_a_widget_do_not_win_the_article() -> None:
    warning = ("Warning: Use of undefined constant comments - assumed 'comments' (this will throw an Error "
               "in a future version of PHP) in /var/www/site/wp-content/themes/old/sidebar.php on line 12")
    widget = "<div id='sidebar'><ul>" + "".join(f"<li>{warning}</li>" for _ in range(4)) + "</ul></div>"
    html = f"<html><body><div class='post'><h1>Budget approved</h1><p>{P1}</p><p>{P2}</p></div>{widget}</body></html>"
    texts = _texts(html)
    assert texts[:2] == [P1, P2] or texts[:3] == ["Budget approved", P1, P2]
    assert warning not in texts


def test_post_footer_lines_at_the_end_are_end_matter() -> None:
    html = _long_story("<p>This entry was posted in News and tagged budget. Bookmark the permalink.</p><p>Kommentare geschlossen</p>")
    texts = _texts(html)
    assert not any(t.startswith(("This entry was posted", "Kommentare geschlossen")) for t in texts)


def test_a_sentence_about_closed_comments_in_the_story_is_kept() -> None:
    line = "Comments are closed on most council web pages since the spring, the clerk told the meeting on Monday."
    html = f"<html><body><article><h1>Budget approved</h1><p>{line}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    assert line in _texts(html)


# -- paywall prompts (patterns/en.py, subscription) ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "To view the full story, please subscribe to The Daily Post.",
        "If you are seeing this message but you are already a subscriber, you can log in for immediate access to this story.",
        "First-time subscribers also receive a welcome gift from our shop.",
    ],
)
def test_paywall_prompts_are_removed(line: str) -> None:
    doc = textclean.clean(BODY + "\n\n" + line)
    assert line not in doc.text
    assert P1 in doc.text


def test_a_sentence_about_subscribers_is_kept() -> None:
    line = "New subscribers to the city's bike scheme rose by a third last year, the transport office said."
    doc = textclean.clean(BODY + "\n\n" + line)
    assert line in doc.text


# -- figure captions (patterns/de.py, photo-credit) ---------------------------------------------


def test_a_german_figure_caption_is_removed() -> None:
    line = "Abbildung 4: Die klassische Schwachschicht im Schneeprofil."
    doc = textclean.clean("\n\n".join([DE[0], line, DE[1], DE[2]]))
    assert line not in doc.text
    assert DE[1] in doc.text


def test_a_sentence_starting_with_abbildung_is_kept() -> None:
    line = "Abbildungen von Lawinen zeigen oft nicht, wie schnell sich die Schneedecke verändert hat."
    doc = textclean.clean("\n\n".join([DE[0], line, DE[1], DE[2]]))
    assert line in doc.text


# -- German publication labels (patterns/de.py, published_words) ----------------------------------


@pytest.mark.parametrize("line", ["Veröffentlichung: 2. Februar 2022", "Publiziert am 3. April 2020"])
def test_a_german_publication_line_is_a_dateline(line: str) -> None:
    doc = textclean.clean("\n\n".join([line, *DE]))
    assert line not in doc.text
    assert any(r.reason == "dateline" for r in doc.removed)


def test_a_sentence_about_a_publication_is_kept() -> None:
    line = "Die Veröffentlichung des Berichts ist für den 2. Februar 2022 geplant, sagte die Sprecherin."
    doc = textclean.clean("\n\n".join([line, *DE]))
    assert line in doc.text


# -- a paragraph is not a box of links ------------------------------------------------------------


def test_a_readmore_paragraph_of_prose_is_kept() -> None:
    long = P3 + " " + P2.replace("Opposition", "Several")
    html = _story(f'<p class="js-readmore">{long}</p>')
    assert _texts(html)[-1] == long


def test_a_related_paragraph_of_links_is_still_pruned() -> None:
    html = _story('<p class="related"><a href="/a">Schools budget</a> <a href="/b">Transport plan</a></p>')
    assert _texts(html)[-1] == P3
