"""The structured result of cleaning: :class:`Document`, its :class:`Block` s and
the audit trail of :class:`Removal` s.

>>> doc = Document(title="Hello", blocks=[Block("First."), Block("Second.")])
>>> doc.paragraphs
['First.', 'Second.']
>>> doc.text
'First.\\n\\nSecond.'
>>> sorted(doc.to_dict())
['authors', 'date', 'links', 'paragraphs', 'removed', 'text', 'title', 'url', 'warnings']
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass, field
from typing import Any

#: Block kinds used by the built-in cleaners.  Renderers may rely on these names.
PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list-item"
QUOTE = "quote"
#: a code block (a fenced or indented block of a Markdown-ish text), kept verbatim: its text
#: holds the original line breaks and indentation, and prose cleaners leave it alone
CODE = "code"
RAW = "raw"  # a chunk of lines that the layout cleaner has not structured yet

BLOCK_KINDS = (PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, RAW)


def code_fence(text: str) -> str:
    """``text`` (a code block's) between fences, as :attr:`Document.text` shows it: three
    backticks, or one more than the longest run that starts a line of the code, so that no
    line of the code can close the fence.

    >>> print(code_fence("def f(x):\\n    return x"))
    ```
    def f(x):
        return x
    ```
    >>> code_fence("```\\nx\\n```").split("\\n")[0]
    '````'
    """
    longest = 2
    if "`" in text:
        for line in text.split("\n"):
            stripped = line.lstrip()
            if stripped.startswith("```"):
                longest = max(longest, len(stripped) - len(stripped.lstrip("`")))
    fence = "`" * (longest + 1)
    return f"{fence}\n{text}\n{fence}"


@dataclass(slots=True)
class Block:
    """One unit of the body: a paragraph, a heading, a list item, a quote, a code block.

    ``line`` is the 1-based line of the decoded input where the block starts, so
    that removals and warnings can point back at the source.  Before the layout
    cleaner has run, a block is a ``raw`` chunk whose text may still hold line
    breaks.  A ``code`` block keeps its line breaks and indentation (without the fences).
    """

    text: str
    kind: str = PARAGRAPH
    line: int | None = None
    level: int = 0  # heading level (1 = top) or list nesting depth

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "line": self.line, "level": self.level}


@dataclass(frozen=True, slots=True)
class Removal:
    """A record of something a cleaner took out of the body, or moved to metadata.

    ``reason`` is a short kebab-case tag (``subscription``, ``photo-credit``,
    ``link-placeholder``, ``related-link``, ``duplicate-title``, ``url-line``,
    ``byline``, ``dateline`` ...); ``line`` is the 1-based line in the decoded
    input where the text was found (``None`` when unknown).
    """

    cleaner: str
    reason: str
    text: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"cleaner": self.cleaner, "reason": self.reason, "text": self.text, "line": self.line}


@dataclass(slots=True)
class Document:
    """A cleaned document: metadata, the body as typed blocks, and what was removed."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: _dt.date | _dt.datetime | None = None
    url: str | None = None
    links: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Extra metadata that has no field of its own (site name, language, encoding ...).
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        """The body as plain strings: one entry per block (headings, list items and code
        blocks included; a code block with its line breaks, without fences)."""
        return [b.text for b in self.blocks]

    @property
    def text(self) -> str:
        """The body as one string, blocks separated by a blank line; a code block between
        fences (:func:`code_fence`), so that cleaning the text again gives the same block.

        >>> Document(blocks=[Block("Run:"), Block("make test", CODE)]).text
        'Run:\\n\\n```\\nmake test\\n```'
        """
        return "\n\n".join(code_fence(b.text) if b.kind == CODE else b.text for b in self.blocks)

    def removed_by_reason(self) -> dict[str, int]:
        """Count removals per reason, in first-seen order."""
        counts: dict[str, int] = {}
        for r in self.removed:
            counts[r.reason] = counts.get(r.reason, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with exactly the public keys (``date`` as ISO 8601)."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date.isoformat() if self.date is not None else None,
            "url": self.url,
            "links": list(self.links),
            "paragraphs": self.paragraphs,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
        }

    def to_json(self, **kwargs: Any) -> str:
        """Serialise :meth:`to_dict` to JSON (keyword arguments go to :func:`json.dumps`)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (block kinds become paragraphs)."""
        date_value = data.get("date")
        date: _dt.date | _dt.datetime | None = None
        if isinstance(date_value, str) and date_value:
            try:
                date = (
                    _dt.datetime.fromisoformat(date_value)
                    if "T" in date_value
                    else _dt.date.fromisoformat(date_value)
                )
            except ValueError:
                date = None
        return cls(
            title=data.get("title"),
            authors=list(data.get("authors") or []),
            date=date,
            url=data.get("url"),
            links=list(data.get("links") or []),
            blocks=[Block(p) for p in data.get("paragraphs") or []],
            removed=[Removal(**r) for r in data.get("removed") or []],
            warnings=list(data.get("warnings") or []),
        )
