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
