"""HTML input: decode, parse safely, extract the article and its metadata, then clean.

:func:`clean_html` accepts ``str``, ``bytes`` (any encoding) or a
``bs4.BeautifulSoup`` object and returns a :class:`textclean.Document` whose
blocks went through the same text cleaners as plain-text input.  It never
raises on bad input: an empty or partial document comes back with warnings.

>>> from textclean.html import clean_html
>>> doc = clean_html('''<html lang="en"><head><title>Rain returns | Daily Post</title>
... <meta name="author" content="Ana Lima"></head><body>
... <nav><a href="/">Home</a> <a href="/news">News</a></nav>
... <article><h1>Rain returns</h1>
... <p>Heavy rain returned to the valley on Monday, ending a dry spell of six weeks.</p>
... <p>Farmers said the <a href="/crops">crops</a> would recover if the weather held.</p>
... </article><footer>© Daily Post</footer></body></html>''', url="https://post.example/a/1")
>>> doc.title, doc.authors, doc.extra["language"]
('Rain returns', ['Ana Lima'], 'en')
>>> doc.paragraphs[1]
'Farmers said the crops would recover if the weather held.'
>>> doc.links
['https://post.example/crops']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Block, Document
from ..pipeline import Draft

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["clean_html", "extract_html"]

#: Pages larger than this are cut (with a warning) before parsing, to bound time and memory.
MAX_BYTES = 20_000_000


def _to_text(html: Any) -> tuple[str, list[str], str | None, bool, bytes | None]:
    """Decode the input to text; returns ``(text, warnings, kind_of_input, checked, utf8)``
    (``checked``: the bytes showed no control characters; ``utf8``: the same text as bytes
    the parser may read instead, see ``decode_html_for_parse``)."""
    from .parse import decode_html_for_parse, from_soup

    if html is None:
        return "", ["input was empty (None)"], None, False, None
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        warnings: list[str] = []
        if len(data) > MAX_BYTES:
            data = data[:MAX_BYTES]
            warnings.append(f"the page is larger than {MAX_BYTES} bytes; the rest was ignored")
        text, w, checked, utf8 = decode_html_for_parse(data)
        return text, warnings + w, "bytes", checked, utf8
    if isinstance(html, str):
        if len(html) > MAX_BYTES:
            return html[:MAX_BYTES], [f"the page is larger than {MAX_BYTES} characters; the rest was ignored"], "str", False, None
        return html, [], "str", False, None
    if type(html).__module__.startswith("bs4"):
        return from_soup(html), [], "soup", False, None
    return "", [f"input of type {type(html).__name__} is not HTML; an empty document was returned"], None, False, None


def extract_html(html: Any, url: str | None = None) -> tuple[list[Block], Draft]:
    """Decode, parse and extract: the body blocks and a draft prefilled with metadata.

    This is :func:`clean_html` without the text cleaners (useful to inspect the extractor).
    """
    from .extract import extract
    from .metadata import extract_metadata
    from .parse import parse_html

    draft = Draft(blocks=[], url=url or None, source="html")
    text, warnings, _, checked, utf8 = _to_text(html)
    for w in warnings:
        draft.warn(w)
    if any("looks binary" in w for w in warnings):
        return [], draft
    root, warnings = parse_html(text, checked=checked, utf8=utf8)
    for w in warnings:
        draft.warn(w)
    if root is None:
        return [], draft
    try:
        meta = extract_metadata(root, url)
    except Exception as exc:  # metadata must never cost the body
        draft.warn(f"metadata extraction failed: {type(exc).__name__}: {exc}")
        from .metadata import PageMetadata

        meta = PageMetadata()
    draft.title = meta.title
    draft.authors = list(meta.authors)
    draft.date = meta.date
    base = url or meta.url
    if meta.url:
        # The canonical URL names the document; the fetch URL (often with tracking) is kept aside.
        draft.extra["canonical_url"] = meta.url
        if url and url != meta.url:
            draft.extra["source_url"] = url
        draft.url = meta.url
    for key in ("site_name", "language", "description", "image", "date_source"):
        value = getattr(meta, key)
        if value:
            draft.extra[key] = value
    try:
        result = extract(root, base, article_body=meta.article_body, title=meta.title, recipe=meta.recipe_parts, paywalled=meta.paywalled)
    except Exception as exc:
        draft.warn(f"content extraction failed: {type(exc).__name__}: {exc}")
        return [], draft
    for w in result.warnings:
        draft.warn(w)
    draft.removed.extend(result.removed)
    for link in result.links:
        draft.add_link(link)
    if not result.blocks:
        draft.warn("no article text was found in the page")
    return result.blocks, draft


def clean_html(html: Any, url: str | None = None, *, pipeline: Pipeline | None = None) -> Document:
    """Extract the main content and metadata of an HTML page and clean it (see the module doc)."""
    if pipeline is None:
        from .. import default_pipeline

        pipeline = default_pipeline()
    blocks, draft = extract_html(html, url)
    draft.options = pipeline.options
    language = draft.extra.get("language")
    meta_authors = list(draft.authors)
    doc = pipeline.clean_blocks(blocks, url=draft.url, draft=draft)
    if language:
        doc.extra["language"] = language
    if meta_authors:
        # The page's own author metadata wins over bylines the text cleaners found in the body
        # (those repeat it, in another case or with a role or agency attached).
        doc.authors = meta_authors
    return doc
