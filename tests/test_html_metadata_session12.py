"""Page metadata, session 12: generic date and author rules, each with a near case it must keep.

The pages are small hand-written snippets (never benchmark pages).
"""

from __future__ import annotations

import datetime as dt

from textclean.html.parse import parse_html

from .html_snippets import P1, P2
from .test_html_metadata_dates import _ld, _meta

# -- a publication label set apart from its date --------------------------------------------------

_SPLIT_LABEL = """<html><head><meta name="dc.date" content="2021-10-15"></head><body>
<h1>Budget approved</h1><p>{p}</p><p>{p2}</p>
<div class="eventbox"><span class="sub">{label}</span><h2 class="when">13.10.2021</h2></div>
<div class="stamp"><h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul></div>
</body></html>"""


def test_a_publication_label_in_its_own_element_beats_a_bare_date_tag() -> None:
    meta = _meta(_SPLIT_LABEL.format(p=P1, p2=P2, label="Erschienen am:"))
    assert meta.date == dt.date(2021, 10, 13) and meta.date_source == "label"
    # The date after the label's own element, in its tail, counts too.
    page = _SPLIT_LABEL.replace('<span class="sub">{label}</span><h2 class="when">13.10.2021</h2>', "<p><b>Published on</b> 13.10.2021</p>")
    meta = _meta(page.format(p=P1, p2=P2))
    assert meta.date == dt.date(2021, 10, 13) and meta.date_source == "label"


def test_a_label_of_another_kind_or_prose_after_the_label_keeps_the_date_tag() -> None:
    # A label that is no publication label ("Termin:", an event) says nothing of the page.
    meta = _meta(_SPLIT_LABEL.format(p=P1, p2=P2, label="Termin:"))
    assert meta.date == dt.date(2021, 10, 15) and meta.date_source == "meta:dc.date"
    # A publication label followed by prose that mentions a date is no date line.
    page = _SPLIT_LABEL.replace('<h2 class="when">13.10.2021</h2>', f"<p>Seit dem 13.10.2021 gilt: {P1} {P2}</p>")
    meta = _meta(page.format(p=P1, p2=P2, label="Erschienen am:"))
    assert meta.date == dt.date(2021, 10, 15) and meta.date_source == "meta:dc.date"
    # A published-time tag (not a bare date tag) is not overruled by the label.
    page = _SPLIT_LABEL.replace('name="dc.date"', 'property="article:published_time"')
    meta = _meta(page.format(p=P1, p2=P2, label="Erschienen am:"))
    assert meta.date == dt.date(2021, 10, 15) and meta.date_source == "meta:article:published_time"


# -- every profile link of one byline ----------------------------------------------------------------

_LINKS = """<html><body><article><h1>Budget approved</h1>
<div class="byline">{byline}</div><p>{p}</p><p>{p2}</p></article></body></html>"""


def test_every_profile_link_of_one_byline_is_an_author() -> None:
    byline = ('<a href="/autor/isabel-caro"><small>Isabel Caro</small></a><span><small>, </small></span>'
              '<a href="/autor/rocio-latorre"><small>Rocío Latorre</small></a><span><small> y </small></span>'
              '<a href="/autor/jose-wilson"><small>José Wilson</small></a>')
    assert _meta(_LINKS.format(byline=byline, p=P1, p2=P2)).authors == ["Isabel Caro", "Rocío Latorre", "José Wilson"]
    byline = 'By <a href="/author/ana-lima">Ana Lima</a> and <a href="/author/jo-roth">Jo Roth</a>'
    assert _meta(_LINKS.format(byline=byline, p=P1, p2=P2)).authors == ["Ana Lima", "Jo Roth"]


def test_profile_links_among_other_words_are_not_one_byline() -> None:
    # A sentence that links two people's profiles: only the first link is the byline's.
    byline = ('<p>Ana Lima talked to <a href="/author/jo-roth">Jo Roth</a> and '
              '<a href="/author/eva-paz">Eva Paz</a> about the plan.</p>')
    assert _meta(_LINKS.format(byline=byline, p=P1, p2=P2)).authors == ["Jo Roth"]
    # One profile link: one author.
    byline = 'Von <a href="/autor/ana-lima">Ana Lima</a>'
    assert _meta(_LINKS.format(byline=byline, p=P1, p2=P2)).authors == ["Ana Lima"]


# -- an author tag that lists JSON-LD's author and more -------------------------------------------------

_LD_AND_TAG = """<html><head>{ld}<meta name="author" content="{tag}"></head><body><article>
<h1>Budget approved</h1><p>{p}</p><p>{p2}</p></article></body></html>"""


def test_an_author_tag_that_names_json_lds_author_and_more_wins() -> None:
    ld = _ld('{"@type": "Article", "headline": "Budget approved", "author": {"@type": "Person", "name": "Sadhbh O\'Sullivan"}}')
    meta = _meta(_LD_AND_TAG.format(ld=ld, tag="Sadhbh O'Sullivan,Elisabeth Kochan", p=P1, p2=P2))
    assert meta.authors == ["Sadhbh O'Sullivan", "Elisabeth Kochan"]


def test_an_author_tag_that_names_someone_else_leaves_json_ld_first() -> None:
    ld = _ld('{"@type": "Article", "headline": "Budget approved", "author": {"@type": "Person", "name": "Ana Lima"}}')
    assert _meta(_LD_AND_TAG.format(ld=ld, tag="Jo Roth", p=P1, p2=P2)).authors == ["Ana Lima"]
    # The same author again, or fewer names, changes nothing.
    assert _meta(_LD_AND_TAG.format(ld=ld, tag="Ana Lima", p=P1, p2=P2)).authors == ["Ana Lima"]
    ld2 = _ld('{"@type": "Article", "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Jo Roth"}]}')
    assert _meta(_LD_AND_TAG.format(ld=ld2, tag="Ana Lima", p=P1, p2=P2)).authors == ["Ana Lima", "Jo Roth"]


def test_a_byline_and_an_author_tag_that_agree_beat_a_json_ld_author_the_page_does_not_name() -> None:
    ld = _ld('{"@type": "NewsArticle", "headline": "Budget approved", "author": {"@type": "Person", "name": "Kate Dutton"}}')
    page = """<html><head>{ld}<meta name="parsely-author" content="Jessica Holly"><meta name="parsely-author" content="Gail Levy">
    </head><body><article><h1>Budget approved</h1><p>By {byline}</p><p>{p}</p><p>{p2}</p></article></body></html>"""
    meta = _meta(page.format(ld=ld, byline="Jessica Holly and Gail Levy", p=P1, p2=P2))
    assert meta.authors == ["Jessica Holly", "Gail Levy"]
    # The byline names somebody the tag does not: JSON-LD stays.
    meta = _meta(page.format(ld=ld, byline="Jessica Holly and Ben Ode", p=P1, p2=P2))
    assert meta.authors == ["Kate Dutton"]


# -- a date and a name in the meta line above a long story's headline ------------------------------------

_ABOVE = """<html><body><main><div class="content"><small>{line}</small><h1>Budget approved</h1>
<p><strong>{p}</strong></p>{story}</div></main></body></html>"""


def test_a_date_and_name_line_above_the_headline_of_a_long_story() -> None:
    story = "".join(f"<p>{P1} <em>{i}</em> <b>{P2}</b></p>" for i in range(40))
    meta = _meta(_ABOVE.format(line="04.02.2022 | 13:10 Uhr | Uta Helkenberg", p=P1, story=story))
    assert meta.authors == ["Uta Helkenberg"]


def test_a_date_and_place_line_above_the_headline_names_nobody() -> None:
    story = "".join(f"<p>{P1} <em>{i}</em> <b>{P2}</b></p>" for i in range(40))
    assert _meta(_ABOVE.format(line="04.02.2022 | 13:10 Uhr | Berlin", p=P1, story=story)).authors == []
    assert _meta(_ABOVE.format(line="04.02.2022 | Politik und Wirtschaft", p=P1, story=story)).authors == []


# -- the site's name beside the author's in one author value -------------------------------------------

_SITE_AUTHOR = """<html><head><meta property="og:site_name" content="unocero"><meta name="author" content="{tag}"></head>
<body><article><h1>Budget approved</h1><p>{p}</p><p>{p2}</p></article></body></html>"""


def test_the_sites_name_beside_the_authors_in_the_author_tag_is_dropped() -> None:
    for tag in ("unocero - Alberto Ávila", "Alberto Ávila | unocero"):
        assert _meta(_SITE_AUTHOR.format(tag=tag, p=P1, p2=P2)).authors == ["Alberto Ávila"], tag


def test_two_names_joined_by_a_dash_are_not_split_without_the_site_name() -> None:
    # Neither side is the site: the value stays as it was read before ("Ana Lima - Jo Roth").
    from textclean.html.metadata import clean_author

    assert clean_author("Ana Lima - Jo Roth", frozenset(["unocero"])) == clean_author("Ana Lima - Jo Roth")
    assert clean_author("unocero - Alberto Ávila", frozenset(["unocero"])) == ["Alberto Ávila"]


# -- the author's job after the name ---------------------------------------------------------------------


def test_the_authors_job_after_the_name_is_no_author() -> None:
    from textclean.html.byline import text_byline_names
    from textclean.html.metadata import clean_author

    assert text_byline_names("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.") == ["Uta Staschewski"]
    assert clean_author("Ana Lima, Head of Research") == ["Ana Lima"]
    page = f"<html><body><article><h1>Budget approved</h1><p>{P1}</p><p>{P2}</p><p><strong>Autorin: Uta Staschewski, Pressesprecherin der Stadt</strong></p></article></body></html>"
    assert _meta(page).authors == ["Uta Staschewski"]


def test_a_second_name_after_the_first_is_still_an_author() -> None:
    from textclean.html.byline import text_byline_names
    from textclean.html.metadata import clean_author

    assert text_byline_names("Autorin: Uta Staschewski, Jo Roth") == ["Uta Staschewski", "Jo Roth"]
    assert clean_author("Ana Lima, Jo Roth") == ["Ana Lima", "Jo Roth"]
    # A job word alone, first, is left to the other rules (no name before it).
    assert clean_author("Editor Jane") == ["Editor Jane"]


# -- update and publication labels of more languages beside a date-and-name line -------------------------


def test_an_update_label_in_the_date_and_name_line_is_no_part_of_the_name() -> None:
    from textclean.html.byline import date_name_line

    for line in ("Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025", "Ana Lima | 05.04.2025 - oppdatert 06.04.2025",
                 "Ana Lima · publié le 05.04.2025"):
        root, _ = parse_html(f"<html><body><h1>Budget approved</h1><div><span>{line}</span></div><p>{P1}</p></body></html>")
        names = date_name_line(root, lambda el: False)
        assert names and names[0] in ("Sehernur Karsu", "Ana Lima"), line


def test_a_date_and_place_line_with_an_update_label_names_nobody() -> None:
    from textclean.html.byline import date_name_line

    root, _ = parse_html(f"<html><body><h1>Budget approved</h1><div><span>Berlin | Güncelleme: 05.04.2025</span></div><p>{P1}</p></body></html>")
    assert date_name_line(root, lambda el: False) == []


# -- author links, one byline box per author ---------------------------------------------------------------

_BYLINES = """<html><head>{ld}</head><body><article><h1>Budget approved</h1><p>{p}</p>
<section class="meta"><div class="bylines">
<div class="byline"><address><a rel="author" href="mailto:it@example.org"><span>Ingrid</span> <span>Treborg</span></a></address></div>
<div class="byline"><address><a rel="author" href="mailto:mh@example.org"><span>Marlene Lundberg</span> <span>Holm</span></a></address></div>
</div></section><p>{p2}</p>{more}</article></body></html>"""
_ONE = '{"@type": "NewsArticle", "headline": "Budget approved", "author": [{"@type": "Person", "name": "Marlene Lundberg Holm"}]}'


def test_author_links_that_name_the_metadatas_author_and_more_give_the_authors() -> None:
    meta = _meta(_BYLINES.format(ld=_ld(_ONE), p=P1, p2=P2, more=""))
    assert meta.authors == ["Ingrid Treborg", "Marlene Lundberg Holm"]


def test_author_links_apart_from_each_other_or_naming_others_leave_the_metadata() -> None:
    # Author links that do not name the metadata's author: JSON-LD stays.
    other = _ONE.replace("Marlene Lundberg Holm", "Kari Nordmann")
    assert _meta(_BYLINES.format(ld=_ld(other), p=P1, p2=P2, more="")).authors == ["Kari Nordmann"]
    # An author link far from the byline block (another story's, deep in the page) is not one of them.
    one_box = _BYLINES.replace('<div class="byline"><address><a rel="author" href="mailto:it@example.org"><span>Ingrid</span> <span>Treborg</span></a></address></div>', "")
    far = '<div><div><div><div><p><a rel="author" href="/u/it">Ingrid Treborg</a></p></div></div></div></div>'
    meta = _meta(one_box.format(ld=_ld(_ONE), p=P1, p2=P2, more=far))
    assert meta.authors == ["Marlene Lundberg Holm"]


# -- gender-inclusive byline labels -------------------------------------------------------------------------


def test_a_gender_inclusive_author_label_starts_a_byline() -> None:
    from textclean.html.byline import text_byline_names

    assert text_byline_names("Autorin/Autor Roman Goncharenko") == ["Roman Goncharenko"]
    assert text_byline_names("Autor*in: Ana Lima") == ["Ana Lima"]
    page = f"<html><body><h1>Budget approved</h1><p>{P1}</p><ul><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul></body></html>"
    assert _meta(page).authors == ["Roman Goncharenko"]


def test_a_gender_inclusive_label_without_a_name_is_no_byline() -> None:
    from textclean.html.byline import text_byline_names

    assert text_byline_names("Autorin/Autor") == []
    assert text_byline_names("Autor/innen gesucht für unser Magazin") == []


# -- a signature: the author's name alone in bold before the story's first paragraph or after its last ---------

_SIGNED = """<html><head>{head}</head><body><article><h1>Budget approved</h1><div class="entry">
{before}<p>{p} {p2}</p><p>{p2} {p}</p><p>{p} {p}</p>{after}</div></article></body></html>"""


def test_a_name_alone_in_bold_before_the_first_or_after_the_last_paragraph_is_the_author() -> None:
    meta = _meta(_SIGNED.format(head="", before="<p>&nbsp;</p><p><strong>Mohloai Mpesi</strong></p>", after="", p=P1, p2=P2))
    assert meta.authors == ["Mohloai Mpesi"]
    meta = _meta(_SIGNED.format(head="", before="", after='<p style="text-align:right;"><strong>Lê Phương</strong></p>', p=P1, p2=P2))
    assert meta.authors == ["Lê Phương"]
    # Only the publication in the metadata: the signature names the person.
    head = '<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times">'
    meta = _meta(_SIGNED.format(head=head, before="<p><b>Mohloai Mpesi</b></p>", after="", p=P1, p2=P2))
    assert meta.authors == ["Mohloai Mpesi"]


def test_a_bold_subheading_or_a_bold_name_inside_the_story_is_no_signature() -> None:
    for before in ("<p><strong>Historische Entwicklung</strong></p>", "<p><strong>Read more</strong></p>",
                   "<p><strong>Ana Lima</strong> said the plan was sound.</p>"):
        assert _meta(_SIGNED.format(head="", before=before, after="", p=P1, p2=P2)).authors == [], before
    # A bold name between two paragraphs of the story (a speaker, a subheading) is not one.
    middle = _SIGNED.replace("<p>{p2} {p}</p>", "<p><strong>Ana Lima</strong></p><p>{p2} {p}</p>")
    assert _meta(middle.format(head="", before="", after="", p=P1, p2=P2)).authors == []
    # A person in the author tag stays the author.
    meta = _meta(_SIGNED.format(head='<meta name="author" content="Jo Roth">', before="<p><b>Ana Lima</b></p>", after="", p=P1, p2=P2))
    assert meta.authors == ["Jo Roth"]


# -- a byline word set alone, the name in the next element ------------------------------------------------


def test_a_byline_word_alone_in_its_element_and_the_name_in_the_next() -> None:
    page = """<html><body><h1>Budget approved</h1><div class="meta"><div class="f"><p class="label"><strong>By</strong></p></div>
    <div class="f"><p class="full-name">Todd Bates</p></div></div><p>{p}</p><p>{p2}</p></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).authors == ["Todd Bates"]


def test_a_byline_word_before_a_link_or_a_sentence_is_no_split_label() -> None:
    # "by" before the link in the same element, then the headline block: the headline is no name.
    page = """<html><body><div><span class="post-meta">&nbsp;by <a href="/about">mady</a></span></div>
    <div class="title"><h1>Energy Rising – 33 Tage Yoga Challenge</h1></div><p>{p}</p><p>{p2}</p></body></html>"""
    assert "Energy Rising" not in _meta(page.format(p=P1, p2=P2)).authors
    page = """<html><body><h1>Budget approved</h1><div><p><b>By</b></p><p>Todd Bates said the plan was sound and the vote was fair.</p></div>
    <p>{p}</p><p>{p2}</p></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).authors == []


# -- an author tag alone against a visible byline that names other people in full ---------------------------

_TAG_BYLINE = """<html><head><meta name="author" content="{tag}"></head><body><article><h1>Budget approved</h1>
<p class="byline">{byline}</p><p>{p}</p><p>{p2}</p></article></body></html>"""


def test_a_full_name_in_the_visible_byline_beats_an_author_tag_naming_someone_else() -> None:
    meta = _meta(_TAG_BYLINE.format(tag="Paul Soldan", byline="Ein Interview von Eugen Zentner", p=P1, p2=P2))
    assert meta.authors == ["Eugen Zentner"]


def test_an_author_tag_stays_against_a_one_word_or_an_organisation_byline_or_json_ld() -> None:
    for byline in ("Von anderen", "Von Poschardt", "By Associated Newspapers Ltd"):
        meta = _meta(_TAG_BYLINE.format(tag="Ingo Arzt", byline=byline, p=P1, p2=P2))
        assert meta.authors == ["Ingo Arzt"], byline
    # JSON-LD's author is not an author tag alone: it stays.
    ld = _ld('{"@type": "Article", "headline": "Budget approved", "author": {"@type": "Person", "name": "Ingo Arzt"}}')
    page = _TAG_BYLINE.format(tag="Ingo Arzt", byline="Von Eugen Zentner", p=P1, p2=P2).replace("<head>", "<head>" + ld)
    assert _meta(page).authors == ["Ingo Arzt"]


def test_an_author_element_naming_the_tags_person_keeps_the_tag_against_a_credit_line() -> None:
    page = """<html><head><meta name="author" content="Shana Lindt"></head><body><article><h1>Budget approved</h1>
<div class="article-author"><a rel="author" href="/168-shana">Shana Lindt</a></div>
<p>{p}</p><p>{p2}</p><p><em>Redaktion: Thea Brandt, Schlussredaktion: Lea Schön</em></p></article></body></html>"""
    assert _meta(page.format(p=P1, p2=P2)).authors == ["Shana Lindt"]
