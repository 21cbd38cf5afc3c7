"""A Scrapy item pipeline that cleans each scraped page with :func:`textclean.clean`.

Enable it in your project's ``settings.py``::

    ITEM_PIPELINES = {"textclean.integrations.scrapy.TextCleanPipeline": 500}
    TEXTCLEAN_INPUT_FIELD = "html"        # default: "html" if the item has it, else "text"
    TEXTCLEAN_URL_FIELD = "url"           # default "url" (None: no URL)
    TEXTCLEAN_OUTPUT_FIELD = "textclean"  # default "textclean"
    TEXTCLEAN_QUOTES = "straight"         # pipeline options, as on the command line
    TEXTCLEAN_LANGUAGE = "auto"
    TEXTCLEAN_DISABLE = []                # cleaner names to switch off
    TEXTCLEAN_ENABLE = []                 # optional cleaners to switch on (["width"])
    TEXTCLEAN_EXTRA_PATTERNS = []         # (reason, regex) boilerplate line patterns
    TEXTCLEAN_DROP_ON_ERROR = False       # True: drop (DropItem) items that fail to clean

Each item gets ``doc.to_dict()`` under the output field; dict items, Scrapy
``Item`` s (declare the output field) and dataclass/attrs items all work
through ``itemadapter``.  An item is never dropped silently: a missing input
field gives an empty document with a warning, and an error while cleaning is
logged, counted and leaves the item as it was (or drops it with a
``DropItem`` reason when ``TEXTCLEAN_DROP_ON_ERROR`` is set).

Stats (``crawler.stats``): ``textclean/items`` (items seen), ``textclean/cleaned``,
``textclean/empty`` (documents without text), ``textclean/missing_input``,
``textclean/warnings`` (documents with warnings), ``textclean/failed`` and
``textclean/failed/<ExceptionName>``.

>>> pipe = TextCleanPipeline()
>>> item = pipe.process_item({"url": "https://x.example/a", "text": "Hello.\\n\\nWorld."})
>>> item["textclean"]["paragraphs"], item["textclean"]["url"]
(['Hello.', 'World.'], 'https://x.example/a')
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from .. import clean
from ..arrow import build_pipeline
from ..pipeline import Pipeline

__all__ = ["TextCleanPipeline"]

logger = logging.getLogger(__name__)

_STAT_PREFIX = "textclean"


class TextCleanPipeline:
    """Scrapy item pipeline: ``item[output_field] = textclean.clean(item[input_field]).to_dict()``."""

    def __init__(
        self,
        *,
        input_field: str | None = None,
        url_field: str | None = "url",
        output_field: str = "textclean",
        pipeline: Pipeline | None = None,
        drop_on_error: bool = False,
        stats: Any = None,
        **pipeline_options: Any,
    ) -> None:
        self.input_field = input_field or None
        self.url_field = url_field or None
        self.output_field = output_field
        self.pipeline = pipeline if pipeline is not None else build_pipeline(**pipeline_options)
        self.drop_on_error = drop_on_error
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> TextCleanPipeline:
        """Build the pipeline from the crawler's ``TEXTCLEAN_*`` settings."""
        settings = crawler.settings
        options: dict[str, Any] = {
            "quotes": settings.get("TEXTCLEAN_QUOTES", "straight"),
            "language": settings.get("TEXTCLEAN_LANGUAGE", "auto"),
            "disable": settings.getlist("TEXTCLEAN_DISABLE", []),
            "enable": settings.getlist("TEXTCLEAN_ENABLE", []),
            "extra_patterns": [tuple(p) for p in settings.getlist("TEXTCLEAN_EXTRA_PATTERNS", [])],
        }
        return cls(
            input_field=settings.get("TEXTCLEAN_INPUT_FIELD") or None,
            url_field=settings.get("TEXTCLEAN_URL_FIELD", "url"),
            output_field=settings.get("TEXTCLEAN_OUTPUT_FIELD") or "textclean",
            drop_on_error=settings.getbool("TEXTCLEAN_DROP_ON_ERROR", False),
            stats=crawler.stats,
            **options,
        )

    # -- helpers ------------------------------------------------------
    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"{_STAT_PREFIX}/{key}")

    def _field(self, adapter: Any) -> str:
        if self.input_field is not None:
            return self.input_field
        return "html" if adapter.get("html") is not None else "text"

    @staticmethod
    def _html_flag(field: str) -> bool | None:
        # An "html" field is HTML by definition; any other field is detected like clean() does.
        return True if field == "html" else None

    def _clean(self, adapter: Any) -> dict[str, Any]:
        field = self._field(adapter)
        data = adapter.get(field)
        url = adapter.get(self.url_field) if self.url_field else None
        if data is None:
            self._inc("missing_input")
            doc = clean(None, url if isinstance(url, str) else None, pipeline=self.pipeline)
            doc.warnings.append(f"the item has no {field!r} field")
            return doc.to_dict()
        html = self._html_flag(field)
        doc = clean(
            _as_input(data), url if isinstance(url, str) else None, pipeline=self.pipeline, html=html
        )
        return doc.to_dict()

    # -- the Scrapy interface ------------------------------------------
    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean ``item`` and store the result under the output field; return the item."""
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        self._inc("items")
        try:
            result = self._clean(adapter)
            adapter[self.output_field] = result
        except Exception as exc:
            self._inc("failed")
            self._inc(f"failed/{type(exc).__name__}")
            url = _safe_get(adapter, self.url_field)
            logger.error(
                "textclean failed on item %s: %s: %s",
                url or type(item).__name__,
                type(exc).__name__,
                exc,
                exc_info=True,
            )
            if self.drop_on_error:
                from scrapy.exceptions import DropItem

                raise DropItem(f"textclean failed: {type(exc).__name__}: {exc}") from exc
            return item
        self._inc("cleaned")
        if not result["text"]:
            self._inc("empty")
        if result["warnings"]:
            self._inc("warnings")
        return item


def _as_input(data: Any) -> Any:
    """Lists of strings (``getall()`` results) are joined as paragraphs; the rest goes as is."""
    if isinstance(data, (list, tuple)) and all(isinstance(x, str) for x in data):
        return "\n\n".join(_strings(data))
    return data


def _strings(items: Iterable[str]) -> Iterable[str]:
    return (s for s in items if s.strip())


def _safe_get(adapter: Any, field: str | None) -> Any:
    if not field:
        return None
    try:
        return adapter.get(field)
    except Exception:  # pragma: no cover - defensive: logging must not fail
        return None
