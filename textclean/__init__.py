"""textclean: turn messy scraped documents into clean, structured ones.

>>> import textclean
>>> doc = textclean.clean("# Title\\n\\nBy Jane Doe\\n\\nThe “body” text.\\n\\nSubscribe now for £5 a month")
>>> doc.title, doc.authors, doc.paragraphs
('Title', ['Jane Doe'], ['The "body" text.'])
>>> [r.reason for r in doc.removed]
['subscription', 'title', 'byline']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .__about__ import __version__
from .document import Block, Document, Removal
from .pipeline import Cleaner, Draft, FunctionCleaner, Pipeline, TextCleaner

if TYPE_CHECKING:  # pragma: no cover
    pass

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
    "default_pipeline",
]

_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shared default :class:`Pipeline` (built once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT


def clean(data: str | bytes | None, url: str | None = None, *, pipeline: Pipeline | None = None, **options: Any) -> Document:
    """Clean one document (text or bytes in any encoding) with the default pipeline.

    Keyword options (``quotes="curly"``, ``language="de"``) build a configured
    default pipeline; ``pipeline=`` uses your own.
    """
    if pipeline is None:
        pipeline = Pipeline.default(**options) if options else default_pipeline()
    return pipeline.clean(data, url=url)
