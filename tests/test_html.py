"""HTML input: decoding, parsing, extraction, metadata and bad input (issue 8)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import textclean
from textclean import Document, Pipeline
from textclean.html import clean_html, extract_html
from textclean.html.metadata import clean_author, extract_metadata, parse_iso_date
from textclean.html.parse import declared_encoding, decode_html, parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def article() -> Document:
    data = (FIXTURES / "article.html").read_bytes()
    return clean_html(data, url="https://coastal.example/news/2023/05/harbour-bridge-reopens?utm_source=x")


# -- extraction ------------------------------------------------------------------


def test_article_body_blocks(article: Document) -> None:
    kinds = [(b.kind, b.text[:20]) for b in article.blocks]
    assert kinds == [
        ("paragraph", "The harbour bridge r"),
        ("paragraph", "Hundreds of resident"),
        ("heading", "What changed"),
        ("paragraph", "New cables were spun"),
        ("list-item", "Two new cycle lanes "),
        ("list-item", "A wider footpath on "),
        ("quote", '"It feels like getti'),
        ("paragraph", "Tolls will stay susp"),
    ]
    heading = article.blocks[2]
    assert heading.level == 2
    assert all(b.line is not None for b in article.blocks)


@pytest.mark.parametrize(
    "junk",
    [
        "We use cookies",
        "Share on Facebook",
        "Photo: Jo Lake",
        "Advertisement",
        "Ferry timetable",
        "Sign up to our newsletter",
        "Finally! I have been waiting",
        "Storm warning",
        "All rights reserved",
        "do not extract me",
        "News Sport",
        "Home",
    ],
)
def test_boilerplate_is_not_in_the_body(article: Document, junk: str) -> None:
    assert junk not in article.text


def test_removals_are_recorded_with_reasons(article: Document) -> None:
    reasons = set(article.removed_by_reason())
    assert {
        "cookie-banner",
        "navigation",
        "share-tools",
        "figure-caption",
        "advertisement",
        "related-links",
        "newsletter",
        "comments",
        "footer",
    } <= reasons
    caption = [r for r in article.removed if r.reason == "figure-caption"]
    assert "The bridge at dawn" in caption[0].text


def test_links_are_absolute_and_from_the_body(article: Document) -> None:
    assert article.links == ["https://council.example/works"]


# -- metadata ----------------------------------------------------------------------


def test_metadata(article: Document) -> None:
    assert article.title == "Harbour bridge reopens after two-year repair"
    assert article.authors == ["Maria Okafor", "Tom Reyes"]
    assert isinstance(article.date, dt.datetime)
    assert article.date.date() == dt.date(2023, 5, 14)  # published, not modified
    assert article.url == "https://coastal.example/news/2023/05/harbour-bridge-reopens"
    assert article.extra["site_name"] == "The Coastal Times"
    assert article.extra["language"] == "en"
    assert article.title not in article.paragraphs


def test_title_suffix_and_meta_fallbacks() -> None:
    root, _ = parse_html(
        "<html><head><title>Storm closes schools | Valley Herald</title>"
        '<meta property="og:site_name" content="Valley Herald"></head>'
        "<body><p>Text.</p></body></html>"
    )
    meta = extract_metadata(root)
    assert meta.title == "Storm closes schools"
    assert meta.site_name == "Valley Herald"


def test_title_prefers_the_entry_heading_over_the_blog_name() -> None:
    doc = clean_html((FIXTURES / "blog_latin1.html").read_bytes())
    assert doc.title == "Café notes"
    assert doc.authors == ["Anna Weber"]
    assert doc.date == dt.date(2021, 6, 1)
    assert "Powered by" not in doc.text


def test_json_ld_author_reference_and_visible_byline() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "Person", "@id": "#p1", "name": "Lena Berg"},
                {"@type": "BlogPosting", "headline": "Hello", "author": {"@id": "#p1"},
                 "datePublished": "2020-02-03"}]}</script></head>
    <body><h1>Hello</h1><p>Some words in a paragraph that is long enough to be the body text.</p></body></html>"""
    doc = clean_html(html)
    assert doc.authors == ["Lena Berg"]
    assert doc.date == dt.date(2020, 2, 3)

    html2 = """<html><body><article><h1>Hi</h1>
    <span class="byline">von <a href="/author/heiko/">Heiko Adams</a></span>
    <p>Some words in a paragraph that is long enough to be the body text of the page.</p>
    </article></body></html>"""
    assert clean_html(html2).authors == ["Heiko Adams"]


def test_date_from_time_element_and_url() -> None:
    html = '<html><body><article><time datetime="2019-11-18T10:00:00Z">Nov 18</time><p>Body text of the article, long enough.</p></article></body></html>'
    doc = clean_html(html)
    assert isinstance(doc.date, dt.datetime) and doc.date.date() == dt.date(2019, 11, 18)
    bare = "<html><body><p>Body text of the article, long enough to count as one.</p></body></html>"
    doc2 = clean_html(bare, url="https://x.example/2018/03/07/story")
    assert doc2.date == dt.date(2018, 3, 7)


def test_clean_author_and_iso_dates() -> None:
    assert clean_author("Posted by Jane Doe & John Smith") == ["Jane Doe", "John Smith"]
    assert clean_author("Zeige alle Beiträge von Cem Basman") == ["Cem Basman"]
    assert clean_author("admin") == []
    assert parse_iso_date("2021-13-40") is None
    assert parse_iso_date("1577836800") == dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


# -- decoding -----------------------------------------------------------------------


def test_meta_charset_is_honoured() -> None:
    data = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир! Это тест кодировки страницы.</p></body></html>'.encode("cp1251")
    doc = clean_html(data)
    assert "Привет, мир!" in doc.text
    assert not doc.warnings


def test_http_equiv_charset_and_xml_prolog() -> None:
    assert declared_encoding(b'<meta http-equiv="content-type" content="text/html; charset=shift_jis">') == "shift_jis"
    assert declared_encoding(b'<?xml version="1.0" encoding="ISO-8859-2"?><html>') == "iso8859-2"


def test_bom_wins() -> None:
    data = "\ufeff<html><body><p>Grüße aus Köln, eine Zeile mit Umlauten.</p></body></html>".encode("utf-16")
    text, warnings = decode_html(data)
    assert "Grüße" in text and warnings == []


def test_guessed_encoding_is_reported() -> None:
    data = "<html><body><p>Crème brûlée, déjà vu, à la carte: un texte français assez long pour deviner.</p></body></html>".encode("cp1252")
    doc = clean_html(data)
    assert "Crème brûlée" in doc.text
    assert any("guessed" in w for w in doc.warnings)


def test_wrong_declared_charset_is_reported() -> None:
    data = '<html><head><meta charset="us-ascii"><meta charset="utf-8"></head><body><p>Żółć — zażółć gęślą jaźń, zdanie po polsku.</p></body></html>'
    raw = data.replace('charset="us-ascii"', 'charset="shift_jis"').encode("utf-8")
    doc = clean_html(raw)
    assert "gęślą" in doc.text
    assert any("declared charset" in w for w in doc.warnings)


# -- input types ----------------------------------------------------------------------


def test_beautifulsoup_input() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup((FIXTURES / "article.html").read_text(), "html.parser")
    doc = clean_html(soup)
    assert doc.title == "Harbour bridge reopens after two-year repair"
    assert "Tolls will stay suspended" in doc.text


def test_clean_routes_html_and_pipeline_option() -> None:
    data = (FIXTURES / "article.html").read_bytes()
    doc = textclean.clean(data)
    assert doc.title == "Harbour bridge reopens after two-year repair"
    curly = clean_html(data, pipeline=Pipeline.default(quotes="keep"))
    assert "“" not in curly.text  # the fixture uses straight quotes; "keep" leaves them alone
    assert curly.blocks[6].kind == "quote"


def test_import_does_not_load_lxml() -> None:
    code = "import sys, textclean; print('lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "",
        b"",
        None,
        "   \n ",
        "<html><head><title>Cut",
        "<p>Only a fragment without a body, but with some words in it to find.",
        "<div><p>Unclosed <b>tags <i>everywhere <p>and more text that goes on",
        '<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>',
        b"\x00\x01\x02\xff\xfe\x00binary\x00\x00\x89PNG\r\n\x1a\n" * 50,
        "<html>\x00\x0b<body><p>control \x01 chars</p></body></html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>XML prolog page text.</p></body></html>',
        "<html><body><script>var a = '<p>not text</p>';</script></body></html>",
        42,
    ],
)
def test_bad_input_never_raises(data: object) -> None:
    doc = clean_html(data)
    assert isinstance(doc, Document)
    # ... and no stage gave up on it (metadata, extraction or a cleaner, skipped with a warning)
    assert not [w for w in doc.warnings if "failed" in w], doc.warnings


def test_binary_and_frameset_warn() -> None:
    doc = clean_html(b"\x00\x01\x02\x03\x04binary\x00\x00" * 100)
    assert doc.blocks == [] and any("binary" in w for w in doc.warnings)
    frames = clean_html("<html><frameset><frame src='a.html'></frameset></html>")
    assert frames.blocks == [] and frames.warnings


def test_deep_nesting_is_cut_with_a_warning() -> None:
    html = "<html><body><p>Before the deep part, a sentence.</p>" + "<div>" * 10_000 + "deep" + "</div>" * 10_000 + "</body></html>"
    doc = clean_html(html)
    assert any("deeper" in w for w in doc.warnings)


def test_truncated_page_keeps_what_it_has() -> None:
    full = (FIXTURES / "article.html").read_text()
    cut = full[: full.index("What changed")]
    doc = clean_html(cut)
    assert "The harbour bridge reopened" in doc.text


@pytest.mark.slow
def test_large_page() -> None:
    para = "<p>" + "A sentence of ordinary prose that repeats to make a very large page. " * 20 + "</p>\n"
    html = "<html><body><article>" + para * 40_000 + "</article></body></html>"  # ~55 MB
    doc = clean_html(html.encode())
    assert doc.blocks
    assert any("larger than" in w for w in doc.warnings)


def test_extract_html_without_cleaners() -> None:
    blocks, draft = extract_html((FIXTURES / "article.html").read_bytes())
    assert draft.title == "Harbour bridge reopens after two-year repair"
    assert blocks[0].text.startswith("The harbour bridge reopened")
    assert draft.removed and draft.authors == ["Maria Okafor", "Tom Reyes"]
