"""Title rules for HTML pages (issue 8, fourth round): what each rule picks and what it must not.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

from textclean.html.metadata import extract_metadata
from textclean.html.parse import parse_html

from .html_snippets import P1, P2


def _title(head: str, header: str) -> str | None:
    page = f"""<html><head>{head}</head><body><article><header>{header}</header>
    <p>{P1}</p><p>{P2}</p></article></body></html>"""
    root, _ = parse_html(page)
    return extract_metadata(root, None, use_htmldate=False).title


def _ld(headline: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}</script>'


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


SITE = '<meta property="og:site_name" content="City News">'


# -- og:title decides whether the kicker belongs to the headline ------------------------------------


def test_og_title_without_the_kicker_of_the_shown_headline_wins() -> None:
    # The <h1> (and <title>, JSON-LD) carry "Kicker: Headline"; og:title gives the headline alone.
    head = f"<title>Budget talks: Council approves the new plan | City News</title>{SITE}"
    head += _og("Council approves the new plan") + _ld("Budget talks: Council approves the new plan")
    assert _title(head, "<h1>Budget talks: Council approves the new plan</h1>") == "Council approves the new plan"
    # The same with the kicker in its own element of the <h1> (no colon between the parts).
    h1 = '<h1><span class="kicker">Budget talks</span> <span>Council approves the new plan</span></h1>'
    assert _title(head, h1) == "Council approves the new plan"


def test_a_short_meta_title_that_is_not_og_title_does_not_drop_the_kicker() -> None:
    # <title> and JSON-LD headlines are cut for length (search results, 110 characters): a
    # shorter one of them is no evidence that the kicker is not part of the headline.
    head = f"<title>Council approves the new plan | City News</title>{SITE}"
    head += _og("Budget talks: Council approves the new plan") + _ld("Council approves the new plan")
    h1 = "<h1>Budget talks: Council approves the new plan</h1>"
    assert _title(head, h1) == "Budget talks: Council approves the new plan"


def test_og_title_shorter_by_a_part_that_is_no_kicker_is_not_taken() -> None:
    # og:title cut at the end ("…, here's how") is not the headline without a kicker.
    head = f"<title>Council approves the new plan after a long night | City News</title>{SITE}"
    head += _og("Council approves the new plan")
    h1 = "<h1>Council approves the new plan after a long night</h1>"
    assert _title(head, h1) == "Council approves the new plan after a long night"


def test_og_title_and_json_ld_agreeing_on_a_kicker_keep_it() -> None:
    # The page shows the kicker above the <h1>; og:title and the JSON-LD headline (two sources)
    # both start with it: it belongs to the title.
    head = f"<title>Budget talks: Council approves the new plan - City News</title>{SITE}"
    head += _og("Budget talks: Council approves the new plan") + _ld("Budget talks: Council approves the new plan")
    header = '<div class="kicker">Budget talks</div><h1>Council approves the new plan</h1>'
    assert _title(head, header) == "Budget talks: Council approves the new plan"


def test_a_kicker_in_og_title_alone_is_not_added() -> None:
    # og:title alone (JSON-LD names the shown headline, or there is none) does not add it.
    head = f"<title>Council approves the new plan - City News</title>{SITE}"
    head += _og("Budget talks: Council approves the new plan") + _ld("Council approves the new plan")
    header = '<div class="kicker">Budget talks</div><h1>Council approves the new plan</h1>'
    assert _title(head, header) == "Council approves the new plan"
    head = f"<title>Council approves the new plan - City News</title>{SITE}" + _og("Budget talks: Council approves the new plan")
    assert _title(head, header) == "Council approves the new plan"


# -- headings that are no title ------------------------------------------------------------------


def test_a_subtitle_heading_is_no_title_candidate() -> None:
    # An <h3 class="subtitle"> inside the story, whose words are part of the meta title, is a
    # section heading: the meta title wins over it.
    head = f"<title>Is the old bridge safe? The long road to repair | City News</title>{SITE}"
    head += _ld("Is the old bridge safe? The long road to repair")
    header = '<h1>Bridges: why repairs take so long</h1><h3 class="subtitle">The old bridge safe?</h3>'
    assert _title(head, header) == "Is the old bridge safe? The long road to repair"
    # A heading classed as the title still is one.
    header = '<h1>Bridges</h1><h2 class="entry-title">Is the old bridge safe? The long road to repair</h2>'
    assert _title(head, header) == "Is the old bridge safe? The long road to repair"


# -- tails of the meta titles -------------------------------------------------------------------------


def test_a_tail_all_meta_titles_carry_stays() -> None:
    # JSON-LD, og:title and <title> all say "Headline - Latest news" and the tail is not the
    # site's name: it is part of the title even though the <h1> leaves it out.
    full = "Forest fires spread in the north! The latest - Breaking reports"
    head = f"<title>{full}</title>{SITE}" + _og(full) + _ld(full)
    assert _title(head, "<h1>Forest fires spread in the north! The latest</h1>") == full


def test_a_site_name_tail_all_meta_titles_carry_goes() -> None:
    full = "Forest fires spread in the north - City News"
    head = f"<title>{full}</title>{SITE}" + _og(full) + _ld(full)
    assert _title(head, "<h1>Forest fires spread in the north</h1>") == "Forest fires spread in the north"
    # Two meta titles (no JSON-LD) are not enough to keep a tail the <h1> leaves out.
    full = "Forest fires spread in the north - Breaking reports"
    head = f"<title>{full}</title>{SITE}" + _og(full)
    assert _title(head, "<h1>Forest fires spread in the north</h1>") == "Forest fires spread in the north"


def test_a_lowercase_phrase_after_a_dash_is_no_brand() -> None:
    # Without a known site name, a short capitalised last part ("- Example Post") is taken for
    # the brand; a lowercase phrase ("- here's how to check") is the end of the headline.
    assert _title("<title>Your old coins could be worth a lot - here's how to check</title>", "") == (
        "Your old coins could be worth a lot - here's how to check"
    )
    assert _title("<title>Your old coins could be worth a lot - Example Post</title>", "") == "Your old coins could be worth a lot"
    assert _title("<title>Your old coins could be worth a lot - examplepost</title>", "") == "Your old coins could be worth a lot"


# -- typography ------------------------------------------------------------------------------------


def test_the_shown_headline_keeps_its_quotes_and_dashes_over_the_meta_titles() -> None:
    # og:title writes plain quotes and a hyphen; the <h1> shows „…“ and an en dash.
    head = f"<title>Council says „no“ – again | City News</title>{SITE}" + _og('Council says "no" - again')
    head = head.replace("<title>Council says „no“ – again | City News</title>", '<title>Council says "no" - again | City News</title>')
    assert _title(head, "<h1>Council says „no“ – again</h1>") == "Council says „no“ – again"
    assert _title(f"<title>Wait for it... | City News</title>{SITE}", "<h1>Wait for it…</h1>") == "Wait for it…"


def test_apostrophes_and_other_punctuation_come_from_the_meta_title() -> None:
    # Apostrophes inside words are spelt at random by CMSs: the meta title's text stays, as it
    # does when the headline's parts are separate elements without the colon between them.
    head = f"<title>The mayor's plan | City News</title>{SITE}"
    assert _title(head, "<h1>The mayor’s plan</h1>") == "The mayor's plan"
    head = f"<title>Budget talks: Council approves the new plan | City News</title>{SITE}"
    h1 = "<h1><span>Budget talks</span> <span>Council approves the new plan</span></h1>"
    assert _title(head, h1) == "Budget talks: Council approves the new plan"


def test_benchmark_title_key_is_the_readmes_exact_match() -> None:
    from benchmarks.extraction import TITLE_QUOTES, title_key

    assert title_key("  Big\xa0news\u00ad today\u200b ") == title_key("big news today")
    assert title_key("„Europa“ – heute") != title_key('"Europa" - heute')
    TITLE_QUOTES[0] = True
    try:
        assert title_key("„Europa“ – heute") == title_key('"Europa" - heute')
    finally:
        TITLE_QUOTES[0] = False


# -- the page's single headline --------------------------------------------------------------------


def test_the_single_headline_may_be_shown_twice_and_have_two_words() -> None:
    # No meta title names the <h1>: the page's one headline wins over the SEO <title>, also when
    # it is printed twice (mobile and desktop header) or has two words that the SEO title shares.
    head = "<title>Run it anywhere - Example Desktop 15 Virtual Machine for Mac</title>"
    assert _title(head, "<h1>Example Desktop 15 for Mac</h1><h1>Example Desktop 15 for Mac</h1>") == "Example Desktop 15 for Mac"
    head = "<title>Blockhaus Typ 3 in Ludorf. Cheap cabins at the lake. | Lakeside</title>"
    assert _title(head, "<h1>Blockhaus 3</h1>") == "Blockhaus 3"


def test_a_one_word_or_second_headline_does_not_beat_the_seo_title() -> None:
    head = "<title>Sharing files between Linux and C64</title>"
    assert _title(head, "<h1>Details</h1>") == "Sharing files between Linux and C64"
    assert _title(head, "<h1>First post here</h1><h1>Second post here</h1>") == "Sharing files between Linux and C64"


def test_a_recipes_name_is_not_the_posts_headline() -> None:
    recipe = '<script type="application/ld+json">{"@type": "Recipe", "name": "Lemon cake"}</script>'
    head = f"<title>Juicy lemon cake from the tray | Baking Blog</title>{recipe}"
    assert _title(head, "<h1>Juicy lemon cake from the tray: simply delicious!</h1>") == "Juicy lemon cake from the tray: simply delicious!"
    # Without a headline on the page the recipe's name still names it.
    assert _title(f"<title>Baking Blog</title>{recipe}", "") == "Lemon cake"
    # An article's JSON-LD headline is used as before.
    head = f"<title>Juicy lemon cake | Baking Blog</title>{_ld('Juicy lemon cake')}"
    assert _title(head, "<h1>Juicy lemon cake from the tray: simply delicious!</h1>") == "Juicy lemon cake"


def test_a_two_word_logo_is_not_the_single_headline() -> None:
    # Two words that share none with the SEO title are the site's logo set as <h1>.
    head = "<title>Council approves the new budget - Entermedia</title>"
    assert _title(head, "<h1>엔터 미디어</h1>") == "Council approves the new budget"
    assert _title(head, "<h1>Daily Paper</h1>") == "Council approves the new budget"


# -- the site's logo set as an <h1> ---------------------------------------------------------------


def _page_at(head: str, header: str, url: str) -> str | None:
    page = f"""<html><head>{head}</head><body><header>{header}</header><article>
    <p>{P1}</p><p>{P2}</p></article></body></html>"""
    root, _ = parse_html(page)
    return extract_metadata(root, url, use_htmldate=False).title


def test_an_h1_that_links_to_the_home_page_is_the_sites_name() -> None:
    # <h1><a href="/">Blog name</a></h1> is the blog's logo: the <title>'s other part is the post.
    head = "<title>Lemon cake with poppy seeds | Love goes through the stomach</title>"
    logo = '<h1><a href="/">Love goes through the stomach</a></h1>'
    url = "https://blog.example.org/recipes/lemon-cake"
    assert _page_at(head, logo, url) == "Lemon cake with poppy seeds"
    logo = '<h1><a href="https://blog.example.org/">Love goes through the stomach</a></h1>'
    assert _page_at(head, logo, url) == "Lemon cake with poppy seeds"


def test_an_h1_that_links_elsewhere_is_a_headline() -> None:
    head = "<title>Lemon cake with poppy seeds | Love goes through the stomach</title>"
    url = "https://blog.example.org/recipes/lemon-cake"
    # A permalink headline, and a link to another site's home page, are not the site's logo.
    h1 = '<h1><a href="/recipes/lemon-cake">Lemon cake with poppy seeds</a></h1>'
    assert _page_at(head, h1, url) == "Lemon cake with poppy seeds"
    h1 = '<h1><a href="https://other.example.com/">Love goes through the stomach</a></h1>'
    assert _page_at(head, h1, url) == "Love goes through the stomach"
