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

#: The keys of :meth:`Document.to_dict`, in order, with the type of each value: ``string``
#: (``None`` when unknown), ``list<string>`` or ``removed`` (a list of :meth:`Removal.to_dict`).
#: The JSON records of ``clean-files``, its Parquet columns and the Arrow columns of
#: :mod:`textclean.arrow` are these fields.
FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "string"),
    ("authors", "list<string>"),
    ("date", "string"),
    ("url", "string"),
    ("links", "list<string>"),
    ("paragraphs", "list<string>"),
    ("text", "string"),
    ("removed", "removed"),
    ("warnings", "list<string>"),
)
#: The keys :meth:`Document.to_dict` adds with ``extended=True`` (``clean-files --extended``):
#: each paragraph's block kind, the body's language and the site's name.
EXTENDED_FIELDS: tuple[tuple[str, str], ...] = (
    ("kinds", "list<string>"),
    ("language", "string"),
    ("site_name", "string"),
)


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

    @property
    def kinds(self) -> list[str]:
        """The kind of each block (``paragraph``, ``heading``, ``list-item`` ...), in the order of
        :attr:`paragraphs`.

        >>> Document(blocks=[Block("Intro", HEADING, level=1), Block("Body.")]).kinds
        ['heading', 'paragraph']
        """
        return [b.kind for b in self.blocks]

    @property
    def language(self) -> str | None:
        """The language of the body (an ISO 639-1 code) when it was identified or declared."""
        value = self.extra.get("language")
        return value if isinstance(value, str) and value else None

    @property
    def site_name(self) -> str | None:
        """The site's name, from an HTML page's metadata (``og:site_name``, JSON-LD publisher)."""
        value = self.extra.get("site_name")
        return value if isinstance(value, str) and value else None

    def to_dict(self, *, extended: bool = False) -> dict[str, Any]:
        """A JSON-ready dict with exactly the keys of :data:`FIELDS` (``date`` as ISO 8601).

        ``extended=True`` adds :data:`EXTENDED_FIELDS`: ``kinds`` gives each paragraph's block
        kind, so that a reader can tell headings, list items, quotes and code from paragraphs
        (and :meth:`from_dict` can rebuild them); ``language`` and ``site_name`` come from
        :attr:`extra`.  Other entries of :attr:`extra` are not serialised.

        >>> doc = Document(blocks=[Block("Intro", HEADING, level=1), Block("Body.")], extra={"language": "en"})
        >>> {k: v for k, v in doc.to_dict(extended=True).items() if k not in doc.to_dict()}
        {'kinds': ['heading', 'paragraph'], 'language': 'en', 'site_name': None}
        """
        data = {
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
        if extended:
            data.update(kinds=self.kinds, language=self.language, site_name=self.site_name)
        return data

    def to_json(self, *, extended: bool = False, **kwargs: Any) -> str:
        """Serialise :meth:`to_dict` to JSON (other keyword arguments go to :func:`json.dumps`)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(extended=extended), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output.

        Block kinds come back from ``kinds`` (``to_dict(extended=True)``) when it is there and
        as long as the paragraphs; without it every block is a paragraph.  Heading and list
        levels and line numbers are not serialised.

        >>> doc = Document(title="T", blocks=[Block("Intro", HEADING, level=1), Block("Body.")])
        >>> Document.from_dict(doc.to_dict(extended=True)).kinds
        ['heading', 'paragraph']
        >>> Document.from_dict(doc.to_dict()).kinds
        ['paragraph', 'paragraph']
        """
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
            blocks=_blocks(data.get("paragraphs") or [], data.get("kinds")),
            removed=[Removal(**r) for r in data.get("removed") or []],
            warnings=list(data.get("warnings") or []),
            extra={k: data[k] for k in ("language", "site_name") if isinstance(data.get(k), str) and data[k]},
        )


def _blocks(paragraphs: list[str], kinds: Any) -> list[Block]:
    """Blocks of ``paragraphs`` with the ``kinds`` of a :meth:`Document.to_dict` record when they
    fit (one known kind per paragraph); paragraphs otherwise."""
    if (
        isinstance(kinds, list)
        and len(kinds) == len(paragraphs)
        and all(k in BLOCK_KINDS for k in kinds)
    ):
        return [Block(p, k) for p, k in zip(paragraphs, kinds, strict=True)]
    return [Block(p) for p in paragraphs]
