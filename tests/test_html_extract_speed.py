"""The fast paths of the HTML side (issue 6): they must give the same result as the slow ones."""

from __future__ import annotations

import pytest

from textclean.html import clean_html, extract_html
from textclean.html.extract import prose_chars
from textclean.html.parse import decode_html, decode_html_checked, parse_html

from .html_snippets import P1


@pytest.mark.parametrize(
    ("data", "checked"),
    [
        ("<p>café au lait</p>".encode(), True),
        ('<meta charset="windows-1252"><p>caf\xe9</p>'.encode("latin-1"), True),
        (b"<p>a\x01b</p>", False),
        (b"<p>a\x0bb</p>", False),
        ("<p>a\ufffeb</p>".encode(), False),
        ("<p>utf-16</p>".encode("utf-16"), False),  # a BOM: the bytes are not the characters
    ],
)
def test_the_byte_check_says_clean_only_when_it_is(data: bytes, checked: bool) -> None:
    text, warnings, clean = decode_html_checked(data)
    assert clean is checked
    assert (text, warnings) == decode_html(data)


@pytest.mark.parametrize("control", ["\x01", "\x08", "\x0b", "\x1f", "\ufffe", "\uffff"])
def test_control_characters_in_bytes_are_still_removed(control: str) -> None:
    data = f"<html><body><p>{P1[:40]}{control}{P1[40:]}</p></body></html>".encode()
    blocks, _ = extract_html(data)
    assert blocks and control not in blocks[0].text
    assert control not in clean_html(data).text


def test_prose_chars_counts_each_long_run_for_its_element_and_ancestors() -> None:
    run = "y" * 70
    root, _ = parse_html(f"<div><section><p>{run}<b>short</b>{run}</p><a>{run}</a></section>{run}</div>")
    div = root.find(".//div")
    p = div.find(".//p")
    prose = prose_chars(div)
    assert prose[p] == 140  # its text and the tail of <b>
    assert prose[div.find("section")] == 140  # the link's text does not count
    assert prose[div] == 210  # and the section's tail
    elements = [e for e in div.iter() if isinstance(e.tag, str)]
    assert prose_chars(div, elements) == prose


def test_a_dropped_box_takes_its_nested_boxes_with_it_once() -> None:
    html = f"""<html><body><article><h1>Budget</h1><p>{P1}</p>
    <div class="related"><div class="share">Share</div><p>Other story</p></div><p>{P1}</p></article>
    <div class="sidebar">Most read</div></body></html>"""
    _, draft = extract_html(html)
    reasons = [(r.reason, r.text) for r in draft.removed if r.reason in ("related-links", "share-tools", "sidebar")]
    assert reasons == [("related-links", "Share Other story"), ("sidebar", "Most read")]


def _tree(root: object) -> list[tuple[object, ...]]:
    from lxml import etree

    assert root is not None
    return [(e.tag, sorted(e.attrib.items()), e.text, e.tail, e.sourceline) for e in etree.ElementTree(root).iter()]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Café ☃</title></head><body><p>naïve 😀 text</p></body></html>",
        # a stale legacy label on UTF-8 bytes: the parser must not re-read them as that codec
        '<html><head><meta charset="iso-8859-1"></head><body><p>café</p></body></html>',
        '<meta http-equiv="content-type" content="text/html; charset=windows-1251"><p>Привет</p>',
        "<p>line one\r\nline two</p>\r\n<p>three</p>",
        "<div>" * 300 + "deep" + "</div>" * 300,
        "<p>a &amp; b &nbsp; &eacute;</p><script>x < y</script>",
        "",
        "   ",
    ],
)
def test_utf8_bytes_parse_to_the_same_tree_as_the_text(page: str) -> None:
    from textclean.html.parse import decode_html_for_parse

    text, _, checked, utf8 = decode_html_for_parse(page.encode())
    assert utf8 == page.encode() if checked else utf8 is None
    slow, slow_warnings = parse_html(text, checked=checked)
    fast, fast_warnings = parse_html(text, checked=checked, utf8=utf8)
    assert fast_warnings == slow_warnings
    if slow is None:
        assert fast is None
    else:
        assert _tree(fast) == _tree(slow)


@pytest.mark.parametrize(
    "data",
    [
        "<p>café</p>".encode("utf-16"),  # a BOM
        "<p>café</p>".encode("cp1252"),  # not UTF-8
        b"<p>a\x01b</p>",  # control bytes are stripped from the text first
        b'<?xml version="1.0" encoding="utf-8"?><p>x</p>',  # the declaration is cut from the text
    ],
)
def test_bytes_that_are_not_the_parsed_text_do_not_change_the_tree(data: bytes) -> None:
    from textclean.html.parse import decode_html_for_parse

    text, _, checked, utf8 = decode_html_for_parse(data)
    if not data.startswith(b"<?xml"):
        assert utf8 is None  # a BOM, another codec, control bytes: the text is parsed
    fast, _ = parse_html(text, checked=checked, utf8=utf8)
    slow, _ = parse_html(text, checked=checked)
    assert _tree(fast) == _tree(slow)


@pytest.mark.parametrize(
    "text",
    [
        "View all posts by Ana Lima",
        "SEE ALL POSTS BY ANA",
        "see all  posts by Ana",  # two spaces: no match either way
        "Voir tous les articles de Marie",
        "voir tous les articles par Marie",
        "Voir tous les articles",
        "Ver todas las entradas de Ana",
        "Alle Beiträge von Ana Lima anzeigen",
        "Zeige alle Beiträge von Ana",
        "We posted it all by noon",
        "reviewall posts by",  # no word boundary before "view"
        "ſee all poſts by Ana",  # long s: the case-insensitive regex reads it as "s"
        "",
    ],
)
def test_the_author_link_gate_agrees_with_the_pattern(text: str) -> None:
    from textclean.html.extract import _AUTHOR_LINK, _author_link

    assert _author_link(text) is (_AUTHOR_LINK.search(text) is not None)


def _in_junk_unmemoised(el: object) -> bool:
    from textclean.html import metadata

    saved = getattr(metadata._JUNK_CACHE, "d", None), getattr(metadata._JUNK_CACHE, "up", None)
    metadata._JUNK_CACHE.d, metadata._JUNK_CACHE.up = None, None
    try:
        return metadata._in_junk(el)
    finally:
        metadata._JUNK_CACHE.d, metadata._JUNK_CACHE.up = saved


def test_the_memoised_junk_test_answers_as_the_plain_walk() -> None:
    from textclean.html import metadata

    page = f"""<html><body><nav><ul><li><a>Home</a></li><li><span><a>News</a></span></li></ul></nav>
    <div class="sidebar"><div><p>Most read</p><p><b>Other</b></p></div></div>
    <article><h1>Budget</h1><footer class="post-footer"><p>Filed under <a>News</a></p></footer>
    <div><div><p>{P1}</p><p><i>x</i></p></div></div></article>
    <div class="comments"><div class="comment"><p>Great <b>post</b></p></div></div>
    <footer><p>© Site <a>Imprint</a></p></footer></body></html>"""
    root, _ = parse_html(page)
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    expected = [_in_junk_unmemoised(e) for e in elements]
    assert any(expected) and not all(expected)
    for order in (elements, elements[::-1], elements[1::2] + elements[::2]):
        metadata._JUNK_CACHE.d, metadata._JUNK_CACHE.up = {}, {}
        try:
            got = {id(e): metadata._in_junk(e) for e in order}
            again = {id(e): metadata._in_junk(e) for e in order}  # from the memo
        finally:
            metadata._JUNK_CACHE.d, metadata._JUNK_CACHE.up = None, None
        assert [got[id(e)] for e in elements] == expected
        assert again == got


def test_cached_byline_names_are_a_fresh_list_each_time() -> None:
    from textclean.html.byline import text_byline_names

    first = text_byline_names("Von Anna Roth und Jörg Lang")
    first.append("changed by the caller")
    assert text_byline_names("Von Anna Roth und Jörg Lang") == ["Anna Roth", "Jörg Lang"]


def test_non_content_tags_go_with_their_subtrees_and_keep_their_tails() -> None:
    from textclean.html.extract import prune

    root, _ = parse_html(
        "<html><body><p>a<script>x()</script>b<style>p{}</style>c</p>"
        "<div><noscript><iframe></iframe>n</noscript>tail<button>Go</button></div>"
        "<p><svg><text>t</text></svg>after</p></body></html>"
    )
    removed: list[object] = []
    prune(root.find("body"), removed)  # type: ignore[arg-type]
    ps = root.findall(".//p")
    assert [p.text for p in ps] == ["abc", "after"]
    assert root.find(".//div").text == "tail"
    assert not any(root.iter("script", "style", "noscript", "iframe", "button", "svg", "text"))


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("★★★★★ 4.8 from 212 votes", True),
        ("4.6 out of 5 stars (389 reviews)", True),
        ("4,5 von 5 Sternen (12 Bewertungen)", True),
        ("٤ stars", True),  # an Arabic-Indic digit is a digit to ``str.isdigit``
        ("٤ ☆", True),
        ("² stars", False),  # (a superscript two is a digit too, but also a word character)
        ("Reviews", False),
        ("Rated the best soup of 2023 by our readers", False),
    ],
)
def test_the_rating_line_reads_digits_as_before(text: str, rating: bool) -> None:
    from textclean.html.extract import _rating_line

    assert _rating_line(text) is rating
