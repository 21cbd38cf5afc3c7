"""Publication dates of HTML pages (issue 8, fourth round): what each date rule takes and what it must not.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

import datetime as dt

from textclean.html.metadata import extract_metadata
from textclean.html.parse import parse_html

from .html_snippets import P1, P2


def _meta(html: str, url: str | None = None):  # type: ignore[no-untyped-def]
    root, _ = parse_html(html)
    return extract_metadata(root, url, use_htmldate=False)


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


# -- machine dates ------------------------------------------------------------------------------


def test_published_time_tag_before_an_embedded_videos_upload_date() -> None:
    video = _ld('{"@type": "VideoObject", "name": "Clip", "uploadDate": "2015-01-16T14:53:35+01:00"}')
    tag = '<meta property="article:published_time" content="2017-12-01T12:01:11+01:00">'
    page = "<html><head>{head}</head><body><h1>Budget approved</h1><p>{p}</p></body></html>"
    meta = _meta(page.format(head=video + tag, p=P1))
    assert _day(meta.date) == dt.date(2017, 12, 1) and meta.date_source == "meta:article:published_time"
    # Without a published-time tag the upload date is still the page's date (a video page).
    meta = _meta(page.format(head=video, p=P1))
    assert _day(meta.date) == dt.date(2015, 1, 16) and meta.date_source == "json-ld"


def test_disagreeing_publication_dates_the_one_shown_under_the_headline_wins() -> None:
    ld = _ld('{"@type": "Article", "datePublished": "2022-01-04T07:29:00Z", "dateModified": "2022-01-25T14:24:00Z"}')
    tag = '<meta property="article:published_time" content="2022-01-06T08:29:34+01:00">'
    page = "<html><head>{head}</head><body><article><h1>Budget approved</h1><p>{shown}</p><p>{p}</p></article></body></html>"
    meta = _meta(page.format(head=ld + tag, shown="06.01.2022", p=P1))
    assert _day(meta.date) == dt.date(2022, 1, 6) and meta.date_source == "meta:article:published_time"
    # Nothing shown, or a date neither source gives: JSON-LD stays first.
    for shown in ("", "09.01.2022"):
        meta = _meta(page.format(head=ld + tag, shown=shown, p=P1))
        assert _day(meta.date) == dt.date(2022, 1, 4) and meta.date_source == "json-ld"


def test_a_publication_date_that_is_also_the_last_change_does_not_win() -> None:
    # The second "published" date is the day of the last change: the page shows its update.
    ld = _ld('{"@type": "Article", "datePublished": "2021-12-06T14:36:00+01:00", "dateModified": "2022-12-15T08:13:00Z"}')
    tag = '<meta property="article:published_time" content="2022-12-15T09:13:00+01:00">'
    page = f"<html><head>{ld}{tag}</head><body><h1>Budget approved</h1><p>15.12.2022</p><p>{P1}</p></body></html>"
    meta = _meta(page)
    assert _day(meta.date) == dt.date(2021, 12, 6) and meta.date_source == "json-ld"


# -- the headline and the date shown under it ---------------------------------------------------


def test_a_second_level_heading_that_is_the_title_is_the_headline() -> None:
    page = """<html><head><title>Budget approved</title><meta name="date" content="2022-01-21T09:43+01:00"></head>
    <body><h1>City Portal News Service</h1><nav><a href="/a">Home</a></nav>
    <div class="story"><h2>Budget approved</h2><div class="article-meta"><span>25.01.2022</span></div>
    <p>{p}</p><p>{p2}</p></div></body></html>"""
    meta = _meta(page.format(p=P1, p2=P2))
    assert meta.date == dt.date(2022, 1, 25) and meta.date_source == "headline"


def test_a_site_logo_heading_is_not_the_headline() -> None:
    # The logo's <h1> links to the home page; the site's header shows today's date next to it.
    page = """<html><head><title>Budget approved | City News</title><meta name="date" content="2017-05-01T17:05:00+0200"></head>
    <body><header><h1><a href="/" class="logo">Daily Planet</a></h1><span class="dlf-date">Mittwoch, 26.02.2020</span></header>
    <div class="content"><p>{p}</p><p>{p2}</p></div></body></html>"""
    meta = _meta(page.format(p=P1, p2=P2))
    assert _day(meta.date) == dt.date(2017, 5, 1) and meta.date_source == "meta:date"
    # A headline that links to its own story page is a headline.
    page2 = page.replace('<a href="/" class="logo">Daily Planet</a>', '<a href="/news/budget">Budget approved</a>')
    assert _meta(page2.format(p=P1, p2=P2)).date == dt.date(2020, 2, 26)


def test_todays_date_in_the_site_header_loses_to_the_date_under_the_headline() -> None:
    page = """<html><head><title>Budget approved</title></head><body>
    <div class="navtop"><span><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div>
    <div class="page"><div class="intro"><h1>Budget approved</h1><p>Von Jane Doe, <span>31. Oktober 2023.</span></p></div>
    <p>{p}</p></div></body></html>"""
    meta = _meta(page.format(p=P1))
    assert meta.date == dt.date(2023, 10, 31) and meta.date_source == "headline"
    # A <time> in the story's own banner (inside <main>, above the headline) is the story's date.
    page = """<html><body><main><div class="news-head"><div class="row"><time datetime="2022-12-12 12:22">12.12.2022 12:22</time>
    </div></div><section><div><div><h1>Budget approved</h1><p>{p}</p></div></div></section>
    <ul class="more"><li><span>10.08.2022</span> Other story</li></ul></main></body></html>"""
    meta = _meta(page.format(p=P1))
    assert _day(meta.date) == dt.date(2022, 12, 12) and meta.date_source == "time"


def test_dates_of_other_things_under_the_headline_are_skipped() -> None:
    # A forum member's registration date, the book's release date in a review.
    page = """<html><body><h1>Budget approved</h1><dl><dd>Registriert: 18.09.2008, 05:56</dd></dl>
    <div>Erscheinungsdatum: 14.08.2017</div><p>Beitrag vom 21.01.2009, 05:42</p><p>{p}</p></body></html>"""
    assert _meta(page.format(p=P1)).date == dt.date(2009, 1, 21)
    page = """<html><body><h1>Budget approved</h1><p>Member since March 3, 2010</p><p>{p}</p></body></html>"""
    assert _meta(page.format(p=P1)).date is None


# -- datelines that open the story --------------------------------------------------------------


def test_a_dateline_opening_the_first_paragraph() -> None:
    page = "<html><body><article><h1>Budget approved</h1><p>{lead} {p} {p2}</p><p>{p}</p></article></body></html>"
    for lead, day in [
        ("29.11.2022 – ", dt.date(2022, 11, 29)),
        ("(21. November 2022)", dt.date(2022, 11, 21)),
        ("Karlsruhe, (12.11.2021).", dt.date(2021, 11, 12)),
        ("Hamburg, den 02. Dezember 2022 –", dt.date(2022, 12, 2)),
    ]:
        assert _meta(page.format(lead=lead, p=P1, p2=P2)).date == day, lead


def test_a_date_inside_the_first_paragraph_is_no_dateline() -> None:
    page = "<html><body><article><h1>Budget approved</h1><p>{p} The vote is on 29.11.2022. {p2}</p></article></body></html>"
    assert _meta(page.format(p=P1, p2=P2)).date is None
    # A relative date is no date.
    page = "<html><body><article><h1>Budget approved</h1><p>vor 3 Tagen – {p} {p2}</p></article></body></html>"
    assert _meta(page.format(p=P1, p2=P2)).date is None


def test_a_dateline_on_a_page_without_a_headline() -> None:
    page = """<html><body><div class="nav"><p>Home</p></div><div class="content"><h6>Energy prices</h6>
    <p>(21. November 2022) {p} {p2}</p><p>{p}</p></div></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).date == dt.date(2022, 11, 21)
    # (the first paragraph of prose may be a search box's help text)
    page = """<html><body><div class="search"><p>{p} {p2}</p></div><div class="content"><p>29.11.2022 – {p} {p2}</p>
    </div></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).date == dt.date(2022, 11, 29)
    # Without a dateline in the first three paragraphs of prose, later ones say nothing.
    page = """<html><body><div class="content"><p>{p} {p2}</p><p>{p2} {p}</p><p>{p} {p}</p>
    <p>29.11.2022 – {p} {p2}</p></div></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).date is None


# -- labels, meta boxes, locales and permalinks -------------------------------------------------


def test_a_date_labelled_as_the_publication_date_even_in_the_storys_footer() -> None:
    page = """<html><body><h1>Budget approved</h1><p>{p} {p2}</p><p>{p2} {p}</p><p>{p} {p}</p>
    <div class="rez_footer"><p class="footerFrstLn">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>
    </body></html>"""
    meta = _meta(page.format(p=P1, p2=P2))
    assert meta.date == dt.date(2023, 11, 1) and meta.date_source == "label"
    for label, day in [("Published on March 3, 2021", dt.date(2021, 3, 3)), ("Publié le 4 mai 2020", dt.date(2020, 5, 4)),
                       ("Publicado el 12 de marzo de 2020", dt.date(2020, 3, 12))]:
        page = f"<html><body><div><p>{P1} {P2}</p></div><div class='info'>{label}</div></body></html>"
        assert _meta(page).date == day, label


def test_labelled_dates_of_comments_and_related_stories_are_not_the_pages() -> None:
    page = """<html><body><h1>Budget approved</h1><p>{p}</p><p>{p2}</p>
    <div class="comments"><p>Veröffentlicht am 02.11.2023 von Leser</p><p>{p}</p></div>
    <div class="related-posts"><p><span>Published on March 3, 2021</span></p><p>{p2} {p}</p></div></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).date is None


def test_a_storys_meta_box_set_as_an_aside_is_not_a_sidebar() -> None:
    page = """<html><head><meta name="date" content="2022-1-26T14:32:06+02:00"></head><body><article>
    <header><h1>Budget approved</h1></header><div class="article__intro"><p>{p}</p></div>
    <aside class="meta"><div class="meta__row"><p class="meta__content"><time datetime="2022-01-21">21.01.2022 - 13:30</time></p></div></aside>
    <p>{p2}</p></article>{side}</body></html>"""
    meta = _meta(page.format(p=P1, p2=P2, side=""))
    assert meta.date == dt.date(2022, 1, 21) and meta.date_source == "headline"
    # A real sidebar keeps its dates to itself.
    sidebar = page.replace('<aside class="meta">', '<aside class="sidebar">')
    meta = _meta(sidebar.format(p=P1, p2=P2, side=""))
    assert _day(meta.date) == dt.date(2022, 1, 26) and meta.date_source == "meta:date"


def test_a_locale_in_the_url_path_makes_slashed_dates_day_first() -> None:
    page = f"<html><body><h1>Budget approved</h1><p><span class='time'>02/10/2020</span></p><p>{P1}</p></body></html>"
    assert _meta(page, "https://www.example.com/en-gb/news/uknews/budget").date == dt.date(2020, 10, 2)
    assert _meta(page, "https://www.example.com/en-us/news/budget").date == dt.date(2020, 2, 10)
    assert _meta(page, "https://www.example.com/news/budget").date == dt.date(2020, 2, 10)


def test_a_permalink_dated_long_before_the_date_stamp_keeps_the_first_publication() -> None:
    ld = _ld('{"@type": "Article", "datePublished": "2019-06-17T18:28:00+0200"}')
    page = f"<html><head>{ld}</head><body><h1>Budget approved</h1><p>{P1}</p></body></html>"
    meta = _meta(page, "https://www.example.com/home/2017/7/12/budget-approved")
    assert meta.date == dt.date(2017, 7, 12) and meta.date_source == "url"
    # A URL day close to the stamp (a time zone, a story filed the day before) changes nothing.
    meta = _meta(page, "https://www.example.com/2019/06/15/budget-approved")
    assert _day(meta.date) == dt.date(2019, 6, 17) and meta.date_source == "json-ld"
    # A URL day after the stamp is no first publication either.
    meta = _meta(page, "https://www.example.com/2020/01/15/budget-approved")
    assert _day(meta.date) == dt.date(2019, 6, 17)


def test_a_line_that_dates_the_last_change_is_not_the_date_under_the_headline() -> None:
    page = """<html><body><article><h1>Budget approved</h1><p>{line}</p><p>Publiziert: 03.04.2020, 12:35</p>
    <p>{p}</p></article></body></html>"""
    for line in ("Aktualisiert: 11.04.2020, 10:27", "Last updated 04 Jun 2020", "Letzte Änderung: 11.04.2020"):
        assert _meta(page.format(line=line, p=P1)).date == dt.date(2020, 4, 3), line
    # A status line ("Stand") is the page's date.
    assert _meta(page.format(line="Stand: 11.04.2020", p=P1)).date == dt.date(2020, 4, 11)


# -- the page's own day for a time stamp ---------------------------------------------------------


def test_the_same_instant_written_under_the_headline_gives_the_pages_day() -> None:
    ld = _ld('{"@type": "NewsArticle", "datePublished": "2022-05-05T21:00:00-05:00"}')
    page = f"<html><head>{ld}</head><body><h1>Budget approved</h1><div class='Datetime'>LINE</div><p>{P1}</p></body></html>"
    meta = _meta(page.replace("LINE", "6 May 2022 - 2:00 a. m."))
    assert meta.date == dt.date(2022, 5, 6) and meta.date_source == "json-ld+shown"
    # Another time, or no time: the stamp's own day stays (the line may be a later update).
    for line in ("6 May 2022 - 9:30 a. m.", "6 May 2022"):
        meta = _meta(page.replace("LINE", line))
        assert _day(meta.date) == dt.date(2022, 5, 5) and meta.date_source == "json-ld", line


def test_the_date_under_the_headline_confirms_the_utc_day_over_a_teasers_time() -> None:
    ld = _ld('{"@type": "NewsArticle", "datePublished": "2024-03-07T07:55:25Z"}')
    page = f"""<html><head>{ld}</head><body><article><h1>Budget approved</h1><div class="byline"><span>By Jane Doe</span>
    <time><span>March 7, 2024</span><span>7:55 AM UTC</span></time></div><p>{P1}</p></article>
    <ul class="stories"><li><time datetime="2024-03-06T20:15:21Z">March 6, 2024</time></li></ul></body></html>"""
    meta = _meta(page)
    assert _day(meta.date) == dt.date(2024, 3, 7) and meta.date_source == "json-ld"



def test_a_time_element_under_the_headline_over_a_published_time_tag() -> None:
    tag = '<meta property="article:published_time" content="2022-11-17T10:33:13.258Z">'
    page = f"""<html><head>{tag}{{extra}}</head><body><article><h1>Budget approved</h1>
    <ul class="hero-meta"><li><time datetime="2022-03-09">09.03.2022</time></li></ul><p>{P1}</p></article></body></html>"""
    meta = _meta(page.replace("{extra}", ""))
    assert meta.date == dt.date(2022, 3, 9) and meta.date_source == "time"
    # Not when the shown day is the page's last change, and not against JSON-LD's datePublished.
    modified = '<meta property="article:modified_time" content="2022-03-09T08:00:00Z">'
    meta = _meta(page.replace("{extra}", modified))
    assert _day(meta.date) == dt.date(2022, 11, 17) and meta.date_source == "meta:article:published_time"
    ld = _ld('{"@type": "Article", "datePublished": "2022-11-17T10:33:13Z"}')
    meta = _meta(page.replace("{extra}", ld))
    assert _day(meta.date) == dt.date(2022, 11, 17) and meta.date_source == "json-ld"


def test_a_date_line_above_the_first_paragraph_of_a_page_without_a_headline() -> None:
    page = """<html><body><div class="row"><div class="col">News and press releases
    <div class="item"><p>2021-10-16 | Message</p><h4>A blessed night</h4><p>{p} {p2}</p><p>{p}</p></div></div></div></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).date == dt.date(2021, 10, 16)
    # Below three paragraphs of prose a date line is some later item's, not the story's header.
    page = """<html><body><div><p>{p} {p2}</p><p>{p2} {p}</p><p>{p} {p}</p><p>2021-10-16 | Message</p>
    <p>{p} {p2} {p}</p></div></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).date is None


def test_the_date_beside_a_link_to_the_page_itself() -> None:
    url = "https://www.example.org/society/budget-approved-2497954"
    page = """<html><head><title>Budget approved</title></head><body><h1>Budget approved</h1><p>{p}</p><p>{p2}</p>
    <div class="related-stories">{teasers}</div></body></html>"""
    own = '<article class="teaser"><a href="/society/budget-approved-2497954">Budget approved</a> <span>18. März 2020</span></article>'
    other = f'<article class="teaser"><a href="/society/other-story-11">Other story</a> <p>{P2}</p><span>01. Juli 2020</span></article>'
    meta = _meta(page.format(p=P1, p2=P2, teasers=other + own), url)
    assert meta.date == dt.date(2020, 3, 18) and meta.date_source == "self-link"
    # Other stories' teasers, a self link with other words ("Comments"), or no URL: no date.
    assert _meta(page.format(p=P1, p2=P2, teasers=other + other), url).date is None
    comments = '<div><a href="/society/budget-approved-2497954">3 Kommentare</a> <span>18. März 2020</span></div>'
    assert _meta(page.format(p=P1, p2=P2, teasers=comments + other), url).date is None
    assert _meta(page.format(p=P1, p2=P2, teasers=other + own)).date is None


def test_local_midnight_stored_in_utc_is_the_local_day_whatever_the_page_prints() -> None:
    tag = '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
    page = f"""<html lang="de"><head>{tag}</head><body><article><h1>Budget approved</h1>
    <div class="meta"><time datetime="2022-11-06T23:00:00.000Z">6.11.22</time></div><p>{P1}</p></article></body></html>"""
    meta = _meta(page, "https://www.example.de/artikel/budget")
    assert meta.date == dt.date(2022, 11, 7) and meta.date_source == "meta:article:published_time+zone"
    # Another hour: the day the page prints confirms the UTC day.
    meta = _meta(page.replace("T23:00:00.000Z", "T22:41:00.000Z"), "https://www.example.de/artikel/budget")
    assert _day(meta.date) == dt.date(2022, 11, 6)


# -- threads, events, two-digit years -----------------------------------------------------------


def test_a_threads_opening_post_right_under_the_headline() -> None:
    post = '<div class="comment" id="first"><span class="user">macfan</span> <span>{day}</span> <span>12:44</span><p>{p} {p2}</p></div>'
    page = """<html><head><title>No App Store over mobile data?</title></head><body><h2 class="Title">No App Store over mobile data?</h2>
    {first}<h2>Comments</h2><div class="comment"><span>macuser</span> <span>29.09.19</span><p>{p2} {p}</p></div></body></html>"""
    first = post.format(day="28.09.19", p=P1, p2=P2)
    assert _meta(page.format(first=first, p=P1, p2=P2)).date == dt.date(2019, 9, 28)
    # Comments after the story are not its date.
    story = f"<p>{P1} {P2}</p>"
    assert _meta(page.format(first=story, p=P1, p2=P2)).date is None


def test_an_event_announced_under_the_headline_is_not_the_pages_date() -> None:
    page = """<html><body><h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im <a href="/x">Lokal</a> statt.</p>
    <p>{p}</p></body></html>"""
    assert _meta(page.format(p=P1)).date is None
    page = """<html><body><h1>Meetup</h1><p>The next meetup takes place on March 3, 2020.</p><p>{p}</p></body></html>"""
    assert _meta(page.format(p=P1)).date is None


def test_a_slashed_published_time_tag_is_day_first_outside_us_english() -> None:
    tag = '<meta property="article:published_time" content="10/05/2022 05:22 pm">'
    page = f'<html lang="{{lang}}"><head>{tag}</head><body><h1>Budget approved</h1><p>{P1}</p></body></html>'
    assert _day(_meta(page.replace("{lang}", "es")).date) == dt.date(2022, 5, 10)
    assert _day(_meta(page.replace("{lang}", "en-US")).date) == dt.date(2022, 10, 5)


def test_dates_written_with_month_names_of_more_languages() -> None:
    page = "<html><body><article><h1>Budget approved</h1><p>{line}</p><p>{p}</p></article></body></html>"
    for line, day in [
        ("Notizia del 14 gennaio 2020", dt.date(2020, 1, 14)),
        ("Publicado em 12 de março de 2020", dt.date(2020, 3, 12)),
        ("Gepubliceerd op 3 maart 2021", dt.date(2021, 3, 3)),
        ("Opublikowano 5 października 2019", dt.date(2019, 10, 5)),
        ("Julkaistu 5. toukokuuta 2019", dt.date(2019, 5, 5)),
        ("Yayınlanma: 14 Ocak 2020", dt.date(2020, 1, 14)),
    ]:
        assert _meta(page.format(line=line, p=P1)).date == day, line
    # A month name without a day is no date.
    assert _meta(page.format(line="Rapporto di gennaio 2020", p=P1)).date is None


def test_a_malformed_url_does_not_break_the_date_rules() -> None:
    from textclean.html.dates import self_link_date
    from textclean.html.metadata import _url_locale

    assert _url_locale("http://[::1/en-gb/x") is None
    page = f"<html><body><h1>Budget approved</h1><p><a href='/x'>Budget approved</a> 3. Mai 2020</p><p>{P1}</p></body></html>"
    assert self_link_date(parse_html(page)[0], ["http://[::1/x"], "Budget approved") is None


def test_a_date_in_a_link_inside_a_paragraph_of_prose_is_no_date_line() -> None:
    story = (
        "The institute published new figures in its weekly bulletin "
        '<a href="https://example.org/bulletin.pdf">Weekly Bulletin of 15 April 2020</a>, and the '
        "reproduction number had fallen below one before the lockdown began, the report says."
    )
    html = (
        "<html><head><title>Report on the situation of 22 April 2020</title></head><body><article>"
        f"<h1>Report on the situation of 22 April 2020</h1><p>{P1}</p><p>{story}</p><p>{P2}</p>"
        "<p>22 April 2020</p></article></body></html>"
    )
    # the link's date is part of the prose; the short date line further down is the page's
    assert _day(_meta(html).date) == dt.date(2020, 4, 22)
