"""The item the spider yields: a dataclass, handled by textclean through itemadapter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Page:
    url: str
    html: str | None = None
    status: int = 200
    #: Filled in by ``textclean.integrations.scrapy.TextCleanPipeline`` (``doc.to_dict()``).
    textclean: dict[str, Any] | None = None
