"""Unseen page layouts, round 2: pages as blogging platforms and CMSs emit them (a newsletter
post, a Medium-style post, WordPress with Jetpack's share/like/related blocks, Blogger, a
Drupal council news page, a news story with a paywall and an inline "READ MORE" rail, a
numbered listicle, a photo gallery, a wire press release, a podcast episode with a transcript,
an interview, ``<article>`` cards of other stories, German and French news chrome).

Each page in ``tests/fixtures/html_unseen2/`` is hand-written (never copied from a benchmark
set).  Each test asserts the story's paragraphs (in order), the chrome removed, and the title,
authors and date; the rules found on these pages have their remove and keep tests at the end.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import textclean
from textclean import Document
from textclean.html.dates import stamp_line
from textclean.html.metadata import _paywalled_parts

PAGES = Path(__file__).parent / "fixtures" / "html_unseen2"


def _doc(name: str, url: str | None = None) -> Document:
    return textclean.clean_html((PAGES / name).read_text(encoding="utf-8"), url=url)


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def _starts(doc: Document, *prefixes: str) -> None:
    """The kept blocks that are prose start with ``prefixes``, in this order, and no others."""
    prose = [t for t in _texts(doc) if len(t) >= 60]
    assert [t[: len(p)] for t, p in zip(prose, prefixes, strict=False)] == list(prefixes)
    assert len(prose) == len(prefixes), prose


def _gone(doc: Document, text: str) -> bool:
    """``text`` is in no kept block and in some removal."""
    return not any(text in b.text for b in doc.blocks) and any(text in r.text for r in doc.removed)


def _absent(doc: Document, text: str) -> bool:
    """``text`` is in no kept block (a ``<button>``'s label goes with the form controls)."""
    return not any(text in b.text for b in doc.blocks)


def _removed(doc: Document, reason: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason == reason]


def test_newsletter_post_drops_subscribe_boxes_share_buttons_and_counts() -> None:
    doc = _doc("substack_post.html", "https://stacks.example.com/p/the-quiet-death-of-the-public-library")
    assert doc.title == "The quiet death of the public library card"
    assert doc.authors == ["Priya Raman"]
    assert doc.date == dt.datetime(2024, 2, 8, 13, 2, 11, tzinfo=dt.UTC)
    assert doc.extra["site_name"] == "Shelf Life"
    _starts(doc, "When my daughter turned seven", "I wrote to forty library systems", "Not every system tightened",
            "Two other towns did something simpler", "None of this is expensive.")
    assert "Three towns that went the other way" in _texts(doc)
    for chrome in ["reader-supported publication", "Ready for more?", "Restack", "214 Likes", "Discussion about this post",
                   "Start Writing", "Sign in"]:
        assert _gone(doc, chrome), chrome
    assert "Share" not in _texts(doc)  # the share button between two paragraphs


def test_medium_style_post_drops_claps_follow_author_card_and_rails() -> None:
    doc = _doc("medium_post.html")
    assert doc.title == "What I learned rewriting our build system in a weekend"  # not "… - Medium"
    assert doc.authors == ["Daniel Okafor"]
    assert doc.date == dt.datetime(2023, 10, 17, 6, 41, 22, tzinfo=dt.UTC)
    _starts(doc, "Our build took eleven minutes", "So one Friday I made a branch", "Three separate caches",
            "By Sunday night the build ran")
    assert [b.kind for b in doc.blocks].count("code") == 1
    assert _absent(doc, "1.2K") and _absent(doc, "Follow")  # the clap and follow buttons
    for chrome in ["4 min read", "Written by Daniel Okafor", "Responses (18)", "More from Daniel Okafor",
                   "Recommended from Medium", "Text to speech", "Software Engineering"]:
        assert _gone(doc, chrome), chrome


def test_wordpress_post_drops_jetpack_share_like_and_related_blocks() -> None:
    doc = _doc("wordpress_jetpack.html")
    assert doc.title == "Restoring a 1960s Singer sewing machine"
    assert doc.authors == ["Ruth Ellison"]
    assert doc.date == dt.datetime(2023, 5, 21, 17, 14, 3, tzinfo=dt.UTC)  # published, not the update
    _starts(doc, "My grandmother's Singer 338", "The first job was patience.", "The motor belt had perished",
            "If I did it again")
    for chrome in ["Share this:", "Like this:", "Loading...", "Buying a Featherweight", "In \"Machines\"", "Posted in Machines",
                   "Leave a Reply", "Recent Posts", "Proudly powered by WordPress", "The bobbin case before cleaning"]:
        assert _gone(doc, chrome), chrome
    assert "Related" in _removed(doc, "related-links")  # Jetpack's "Related" label with its box


def test_blogger_post_keeps_br_separated_text_and_drops_its_gadgets() -> None:
    doc = _doc("blogger_post.html")
    assert doc.title == "First swallows at the reservoir"  # not the blog's name in the <h1>
    assert doc.extra["site_name"] == "Marsh Birder"  # that <h1>, which the <title> names too
    assert doc.authors == ["Alan Pryce"]
    assert doc.date == dt.date(2024, 4, 6)
    _starts(doc, "Three swallows over the north bank", "The water level is still high", "A chiffchaff was singing")
    for chrome in ["Email This", "BlogThis!", "Labels:", "2 comments:", "Newer Post", "Post Comments (Atom)", "About Me",
                   "Blog Archive", "Powered by Blogger", "Saturday, 6 April 2024"]:
        assert _gone(doc, chrome), chrome


def test_drupal_council_news_page() -> None:
    doc = _doc("drupal_gov_news.html")
    assert doc.title == "Street lighting upgrade begins in March"
    assert doc.date == dt.datetime(2024, 2, 19, 10, 0, tzinfo=dt.UTC)  # published, not "Last updated"
    assert doc.authors == ["Northvale District Council"]  # the council is the author of record (dcterms.creator)
    _starts(doc, "The council will replace 1,200", "The new lights use about sixty", "Each replacement takes",
            "Councillor Janet Hope")
    assert next(b.text for b in doc.blocks if b.kind == "list-item") == "March to June 2024: Eastmoor and Kirkby Lane"
    assert "What happens next" in _texts(doc)
    for chrome in ["We use cookies to make our website work", "Cookies on this site", "Breadcrumb", "Bins and recycling", "Report a faulty street light",
                   "Last updated: 26 February 2024", "Was this page helpful?", "Privacy notice"]:
        assert _gone(doc, chrome), chrome


def test_news_story_with_paywall_and_inline_read_more_rail() -> None:
    doc = _doc("news_paywall.html")
    assert doc.title == "Port expansion approved despite objections from fishing fleet"
    assert doc.authors == ["Marcus Bell", "Hannah Cho"]
    assert doc.date == dt.date(2024, 3, 12)  # 22:45 UTC is 18:45 on the US east coast, the page's day
    _starts(doc, "The harbour board voted 7-2 to approve", "The harbour board voted 7-2 on Tuesday", "The plan adds two",
            "Fishing skippers say", "\"We were told", "The board said dredging")  # the paywalled part is story
    for chrome in ["READ MORE", "Fishing crews warn", "Advertisement", "Continue reading with a subscription",
                   "Already a subscriber?", "personalise content and ads", "42 comments", "More from Business", "Coast road bridge closed"]:
        assert _gone(doc, chrome), chrome
    # the two time stamps in elements of their own, joined by a space, are one stamp line
    assert "Published March 12, 2024 at 6:45 p.m. EDT Updated March 13, 2024" in _removed(doc, "end-matter")


def test_numbered_listicle_keeps_its_items_and_drops_captions_and_the_buy_box() -> None:
    doc = _doc("listicle.html")
    assert doc.title == "7 houseplants that survive almost any neglect"
    assert doc.authors == ["Lucy Tran"]
    assert doc.date == dt.date(2023, 9, 4)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["1. Snake plant", "2. ZZ plant", "3. Pothos", "4. Cast iron plant", "5. Spider plant",
                        "6. Jade plant", "7. Peace lily"]
    texts = _texts(doc)
    assert texts[0].startswith("Not everyone has a green thumb")
    assert texts[texts.index("3. Pothos") + 1].startswith("Pothos trails from shelves")
    assert texts[-1].startswith("Peace lilies wilt dramatically")
    assert "Golden Pothos, 4-inch pot $14.99 Buy on PlantShop" in _removed(doc, "advertisement")
    for chrome in ["Photo: Jana Ruiz", "(Getty Images)", "Get our weekly plant care tips", "Was this article helpful?",
                   "Copy link", "Most popular", "We may earn a commission"]:
        assert _gone(doc, chrome), chrome


def test_photo_gallery_keeps_its_captions_and_drops_credits_and_counters() -> None:
    doc = _doc("gallery.html")
    assert doc.title == "In pictures: the Highland Games return to Braemar"
    assert doc.authors == ["Iain Fraser"]
    assert doc.date == dt.datetime(2023, 9, 2, 16, 20, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    _starts(doc, "Thousands of visitors filled", "Competitors in the heavy events", "The massed pipe bands",
            "Young Highland dancers", "The tug of war final")
    assert _removed(doc, "figure-caption") == ["Iain Fraser / Northern Post"] * 4
    for chrome in ["1 of 4", "4 of 4", "Share on Facebook", "More galleries", "This site uses cookies"]:
        assert _gone(doc, chrome), chrome


def test_wire_press_release_drops_the_wire_chrome_and_the_contact_block() -> None:
    doc = _doc("press_release.html")
    assert doc.title == "Brightwater Energy Opens 40 MW Solar Farm in Nevada"
    assert doc.authors == ["Brightwater Energy"]
    assert doc.date == dt.datetime(2024, 6, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    _starts(doc, "RENO, Nev., June 4, 2024", "The farm's 96,000 panels", "\"Silver Flats shows", "The power is sold",
            "Brightwater Energy develops")  # the boilerplate "About" is part of the release
    assert "About Brightwater Energy" in _texts(doc)
    assert _removed(doc, "end-matter")[-5:] == ["Media contact:", "Sam Whitfield", "press@brightwater.example",
                                                 "+1 303 555 0142", "SOURCE Brightwater Energy"]
    for chrome in ["News provided by", "Share this article", "Also from this source", "© 2024 PR Wire Inc."]:
        assert _gone(doc, chrome), chrome


def test_podcast_episode_keeps_notes_and_transcript_not_the_support_appeal() -> None:
    doc = _doc("podcast_episode.html")
    assert doc.title == "Episode 112: Why bridges hum, with Dr Anna Kowalski"
    assert doc.authors == []  # "© 2024 The Structure Show": the show, not a person
    assert doc.date == dt.date(2024, 5, 14)
    _starts(doc, "This week we talk to Dr Anna Kowalski", "Tom: Anna, welcome", "Anna: Wind flowing past",
            "Tom: And if those pushes", "Anna: Then you get resonance")
    assert "(09:45) Vortex shedding, explained with a garden hose" in _texts(doc)
    assert "Transcript" in _texts(doc)
    assert "Enjoy the show?" in _removed(doc, "end-matter")
    for chrome in ["Become a supporter on Patreon", "Apple Podcasts", "Download MP3", "Episode 111", "Music by Loop Lab"]:
        assert _gone(doc, chrome), chrome


def test_interview_keeps_bold_speaker_names_and_the_pull_quote() -> None:
    doc = _doc("interview.html")
    assert doc.title == "“I write the ending first”: a conversation with novelist Clara Moss"
    assert doc.authors == ["Felix Hart"]
    assert doc.date == dt.datetime(2024, 4, 25, 9, 0, tzinfo=dt.UTC)
    texts = _texts(doc)
    assert texts[0].startswith("Clara Moss's fourth novel")
    assert texts[1].startswith("Felix Hart: You've said")
    assert "FH: Does it ever change?" in texts  # a short question of the interview is content
    assert texts.index("FH: Does it ever change?") == texts.index(next(t for t in texts if t.startswith("CM: Twice."))) - 1
    assert [b.kind for b in doc.blocks].count("quote") == 1
    assert texts[-1] == "The Salt Year is published by Harbour Press on 2 May."
    for chrome in ["Interview by Felix Hart", "is a contributing editor", "You might also like", "We value your privacy",
                   "WhatsApp"]:
        assert _gone(doc, chrome), chrome


def test_article_cards_of_other_stories_inside_and_after_the_story() -> None:
    doc = _doc("article_cards.html")
    assert doc.title == "Rail operator fined over timetable chaos"
    assert doc.authors == ["Grace Lindqvist"]
    assert doc.date == dt.datetime(2024, 1, 30, 12, 5, tzinfo=dt.UTC)
    _starts(doc, "The regulator has fined", "An investigation found", "The fine will be paid", "Passenger groups welcomed")
    for chrome in ["Southline cancels one in four trains", "Passengers face a week", "Latest from Transport",
                   "Bus fare cap extended", "Topics:"]:
        assert _gone(doc, chrome), chrome


def test_german_news_page_with_its_chrome() -> None:
    doc = _doc("german_news.html")
    assert doc.title == "Stadtrat beschließt autofreie Innenstadt ab 2026"
    assert doc.authors == ["Jonas Becker"]
    assert doc.date == dt.datetime(2024, 3, 7, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert doc.extra["language"] == "de"
    _starts(doc, "Nach monatelanger Debatte", "Mit 24 zu 21 Stimmen", "Künftig sollen die Parkplätze",
            "Der Einzelhandelsverband", "Oberbürgermeister Lukas Hahn", "Die Umbauarbeiten sollen")
    for chrome in ["Mehr zum Thema", "Parkhausgebühren steigen", "Anzeige", "Kommentare (57)", "Weitere Artikel aus Lokales",
                   "Alle akzeptieren", "Verkehrswende", "Link kopieren", "Impressum"]:
        assert _gone(doc, chrome), chrome


def test_french_news_page_drops_its_kicker_above_the_headline() -> None:
    doc = _doc("french_news.html")
    assert doc.title == "Lyon : la ligne de tramway T9 mise en service avec six mois d’avance"
    assert doc.authors == ["Camille Dubois"]
    assert doc.date == dt.datetime(2024, 6, 18, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    texts = _texts(doc)
    assert texts[0] == "La nouvelle ligne relie Vaulx-en-Velin à Villeurbanne en vingt minutes."  # the standfirst
    _starts(doc, "La nouvelle ligne relie", "Les premiers voyageurs", "Les travaux, commencés en 2022", "Les rames circuleront",
            "Des associations d'usagers")
    assert "Transports" in _removed(doc, "lead-fragment")  # the kicker above the <h1>
    for chrome in ["À lire aussi", "Le prolongement du métro B", "Recevez chaque matin", "Sur le même sujet",
                   "Vos choix en matière de cookies", "Partager sur Facebook"]:
        assert _gone(doc, chrome), chrome


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_beautifulsoup_input_gives_the_same_document(name: str) -> None:
    bs4 = pytest.importorskip("bs4")
    html = (PAGES / name).read_text(encoding="utf-8")
    a = textclean.clean_html(html)
    b = textclean.clean_html(bs4.BeautifulSoup(html, "lxml"))
    assert (b.title, b.authors, b.date, b.url) == (a.title, a.authors, a.date, a.url)
    assert [(x.kind, x.text) for x in b.blocks] == [(x.kind, x.text) for x in a.blocks]


# -- the rules found on these pages: what each removes and what it keeps ---------------------


def _page(body: str, head: str = "") -> Document:
    return textclean.clean_html(f"<html><head>{head}<title>Council agrees new budget</title></head><body>{body}</body></html>")


_STORY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The council agreed its budget for next year on Tuesday after a debate that lasted most of the evening.",
        "Spending on roads rises by four per cent, while the libraries keep their opening hours for another year.",
        "The leader of the opposition said the plan relied too heavily on reserves that would run out by 2027.",
    ]
)


def test_two_time_stamps_joined_by_a_space_are_a_stamp_line() -> None:
    assert stamp_line("Published March 12, 2024 at 6:45 p.m. EDT Updated March 13, 2024")
    assert stamp_line("Veröffentlicht am 07.03.2024 Aktualisiert am 08.03.2024")
    # a sentence that mentions an update is no stamp line
    assert not stamp_line("Published March 12, 2024 updated the rules on March 13, 2024")
    assert not stamp_line("The rules were updated on March 13, 2024")
    assert stamp_line("Posted March 12, 2024 Last updated March 13, 2024")


_PAYWALL_LD = (
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council agrees new budget",'
    '"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>'
)


def test_the_part_marked_paywalled_in_json_ld_is_story_text() -> None:
    body = f"<article><h1>Council agrees new budget</h1>{_STORY}<div class='paywall'><p>Councillors will vote on the detailed spending plans for each department at a special meeting in March.</p></div></article>"
    kept = _page(body, _PAYWALL_LD)
    assert any(t.startswith("Councillors will vote") for t in _texts(kept))
    # without the page's markup, a box named "paywall" is a subscription prompt
    dropped = _page(body)
    assert _gone(dropped, "Councillors will vote")
    # a prompt beside the marked part still goes
    prompt = _page(body.replace("</article>", "<div class='paywall-prompt'><p>Subscribe to keep reading.</p></div></article>"), _PAYWALL_LD)
    assert _gone(prompt, "Subscribe to keep reading.")
    assert _paywalled_parts([{"hasPart": [{"isAccessibleForFree": False, "cssSelector": "#rest, div.x > p"}]}]) == ["#rest"]


def test_a_kicker_above_the_headline_goes_when_a_short_standfirst_follows() -> None:
    body = f"<article><p class='label'>Politics</p><h1>Council agrees new budget</h1><p>Roads win, libraries hold.</p>{_STORY}</article>"
    doc = _page(body)
    assert "Politics" in _removed(doc, "lead-fragment")
    assert _texts(doc)[0] == "Roads win, libraries hold."
    # a sentence above the headline is no kicker
    doc = _page(body.replace("Politics", "Read the full report below."))
    assert "Read the full report below." not in _removed(doc, "lead-fragment")


def test_a_paid_link_with_a_price_is_an_offer_box_but_a_sentence_with_one_stays() -> None:
    box = '<div class="card"><span>Garden kneeler</span> <span>£12.99</span> <a rel="sponsored nofollow" href="https://shop.example/k">Buy now</a></div>'
    doc = _page(f"<article><h1>Council agrees new budget</h1>{_STORY}{box}<p>The vote was 31 to 20.</p></article>")
    assert "Garden kneeler £12.99 Buy now" in _removed(doc, "advertisement")
    sentence = '<p>I bought mine for £12.99 at <a rel="sponsored" href="https://shop.example/k">the garden shop</a>.</p>'
    doc = _page(f"<article><h1>Council agrees new budget</h1>{_STORY}{sentence}</article>")
    assert "I bought mine for £12.99 at the garden shop." in _texts(doc)
    # a box of a link without a price is no offer
    plain = '<div class="card"><span>Garden kneeler</span> <a rel="sponsored" href="https://shop.example/k">Buy now</a></div>'
    doc = _page(f"<article><h1>Council agrees new budget</h1>{_STORY}{plain}</article>")
    assert "advertisement" not in {r.reason for r in doc.removed}


def _figure(caption: str) -> str:
    return f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>'


def test_captions_are_the_text_of_a_gallery_only() -> None:
    captions = [
        "Crowds gathered on the quay long before the first boat arrived in the harbour.",
        "The lifeboat crew led the parade of vessels past the lighthouse at noon.",
        "Children watched from the harbour wall as the fishing fleet sounded its horns.",
    ]
    gallery = _page(f"<main><h1>Council agrees new budget</h1><p>The regatta in pictures.</p>{''.join(_figure(c) for c in captions)}</main>")
    assert [t for t in _texts(gallery) if t in captions] == captions
    # beside a story, the same captions go
    story = _page(f"<main><h1>Council agrees new budget</h1>{_STORY}{_STORY}{_figure(captions[0])}{_figure(captions[1])}{_STORY}{_figure(captions[2])}</main>")
    assert not any(t in captions for t in _texts(story))
    assert len(_removed(story, "figure-caption")) == 3


def test_a_press_release_contact_block_at_the_end() -> None:
    tail = "<p>Media contact:</p><p>Jo Reyes</p><p>jo@example.org</p><p>SOURCE Example Corp</p>"
    doc = _page(f"<article><h1>Council agrees new budget</h1>{_STORY}{tail}</article>")
    assert _removed(doc, "end-matter")[-4:] == ["Media contact:", "Jo Reyes", "jo@example.org", "SOURCE Example Corp"]
    # a contact label followed by prose is part of the story
    prose = "<p>Media contact: the council's press office answered every question within the hour, the reporters said.</p>"
    doc = _page(f"<article><h1>Council agrees new budget</h1>{_STORY}{prose}</article>")
    assert any(t.startswith("Media contact: the council's press office") for t in _texts(doc))


def test_a_show_or_a_title_in_a_copyright_line_is_no_author() -> None:
    page = "<html><head><title>Episode 4</title></head><body><main><h1>Episode 4</h1>{story}</main><footer><p>© 2024 {holder}.</p></footer></body></html>"
    assert textclean.clean_html(page.format(story=_STORY, holder="The Structure Show")).authors == []
    assert textclean.clean_html(page.format(story=_STORY, holder="Jane Doe")).authors == ["Jane Doe"]


def test_an_appeal_to_support_the_show_ends_the_episode_page() -> None:
    tail = "<h3>Enjoy the show?</h3><p>We are listener-supported. Become a patron for bonus episodes.</p>"
    doc = _page(f"<main><h1>Council agrees new budget</h1>{_STORY}{_STORY}{tail}</main>")
    assert "Enjoy the show?" in _removed(doc, "end-matter")
    # a heading that merely starts alike is a section of the story
    doc = _page(f"<main><h1>Council agrees new budget</h1>{_STORY}<h3>Enjoy the show season</h3>{_STORY}</main>")
    assert "Enjoy the show season" in _texts(doc)


def test_the_h1_that_links_home_names_the_site_when_the_title_does_too() -> None:
    page = "<html><head><title>{title}</title></head><body><h1><a href='/'>Marsh Birder</a></h1><h3>Swallows</h3>{story}</body></html>"
    doc = textclean.clean_html(page.format(title="Marsh Birder: Swallows", story=_STORY), url="https://birder.example/2024/04/x.html")
    assert doc.extra["site_name"] == "Marsh Birder"
    doc = textclean.clean_html(page.format(title="Swallows", story=_STORY), url="https://birder.example/2024/04/x.html")
    assert doc.extra.get("site_name") is None
