"""textclean: turn messy scraped documents into clean, structured ones.

>>> import textclean
>>> doc = textclean.clean("# Title\\n\\nBy Jane Doe\\n\\nThe “body” text.\\n\\nSubscribe now for £5 a month")
>>> doc.title, doc.authors, doc.paragraphs
('Title', ['Jane Doe'], ['The "body" text.'])
>>> [r.reason for r in doc.removed]
['subscription', 'title', 'byline']
"""

from __future__ import annotations

from typing import Any

from .__about__ import __version__
from .detect import looks_like_html
from .document import Block, Document, Removal
from .pipeline import Cleaner, Draft, FunctionCleaner, Pipeline, TextCleaner

__all__ = [
    "Block",
    "Cleaner",
    "Document",
    "Draft",
    "FunctionCleaner",
    "Pipeline",
    "Removal",
    "TextCleaner",
    "__version__",
    "clean",
    "clean_html",
    "default_pipeline",
    "looks_like_html",
]

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shared default :class:`Pipeline` (built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT


def clean(
    data: str | bytes | None,
    url: str | None = None,
    *,
    pipeline: Pipeline | None = None,
    html: bool | None = None,
    **options: Any,
) -> Document:
    """Clean one document (text, or bytes in any encoding) with the default pipeline.

    HTML pages are detected (``html=None``) and routed to :func:`clean_html`;
    ``html=False`` forces plain-text cleaning, ``html=True`` HTML extraction.
    Keyword options (``quotes="curly"``, ``language="de"``) build a configured
    default pipeline; ``pipeline=`` uses your own.
    """
    if pipeline is None:
        pipeline = Pipeline.default(**options) if options else default_pipeline()
    if html or (html is None and isinstance(data, (str, bytes)) and looks_like_html(data)):
        return clean_html(data if data is not None else "", url=url, pipeline=pipeline)
    return pipeline.clean(data, url=url)


def clean_html(html: Any, url: str | None = None, *, pipeline: Pipeline | None = None) -> Document:
    """Extract the main content and metadata of an HTML page and clean it.

    ``html`` is ``str``, ``bytes`` (any encoding) or a ``bs4.BeautifulSoup`` object.
    """
    from .html import clean_html as _clean_html

    return _clean_html(html, url=url, pipeline=pipeline)
