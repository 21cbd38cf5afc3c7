"""Front matter: a metadata header at the top of a text, read into the document's fields.

Two kinds of header are read, and only at the very start of the text:

- **YAML front matter** (Jekyll, Hugo, Pandoc, static-site Markdown): a ``---`` line, ``key:
  value`` lines (list items ``- value`` under a key, comments, blank lines), and a closing
  ``---`` or ``...`` line;
- **a reader service's header** (r.jina.ai and similar tools that turn a page into Markdown):
  a ``Title:`` line, then ``URL Source:``, ``Published Time:`` … lines, up to a ``Markdown
  Content:`` line (the keys as such services write them, each once).

``title``, ``author``/``authors``, ``date`` and ``url`` (and their usual synonyms) go to the
document's ``title``, ``authors``, ``date`` and ``url``, where nothing else has set them; the
other keys go to ``doc.extra["front_matter"]``.  The header's lines are recorded as removed
with the reason ``front-matter``.  A header that is not well formed (a line that is neither
``key: value`` nor a list item, or no closing ``---``) is left as text.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([FrontMatter()]).clean(
...     "---\\ntitle: \\"Rain returns\\"\\nauthors:\\n  - Ana Lima\\n  - Tom Ek\\ndate: 2025-03-04\\n"
...     "tags: [weather, city]\\n---\\nThe rain came back on Monday.")
>>> doc.title, doc.authors, str(doc.date), doc.paragraphs
('Rain returns', ['Ana Lima', 'Tom Ek'], '2025-03-04', ['The rain came back on Monday.'])
>>> doc.extra["front_matter"]
{'tags': ['weather', 'city']}
>>> doc = Pipeline([FrontMatter()]).clean(
...     "Title: Rain returns\\n\\nURL Source: https://example.org/rain\\n\\nMarkdown Content:\\nThe rain came back.")
>>> doc.title, doc.url, doc.paragraphs
('Rain returns', 'https://example.org/rain', ['The rain came back.'])
"""

from __future__ import annotations

import re
from typing import Any

from ..document import RAW, Block
from ..metadata import parse_byline, parse_date
from ..pipeline import Cleaner, Draft
from ..textutil import URL_ONLY_RE, norm_key

#: how many lines a header may have (a longer one is not a header, and the scan stays short)
MAX_LINES = 200

_YAML_OPEN = re.compile(r"^---[ \t]*$")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_YAML_KEY = re.compile(r"^([A-Za-z_][\w.-]{0,40}(?: [\w.-]{1,40}){0,3})[ \t]*:(?:[ \t]+(.*))?$")
_YAML_ITEM = re.compile(r"^[ \t]*-[ \t]+(.*)$")
# a reader service's header: its keys, as those services write them (``Title:`` first)
_READER_KEY = re.compile(
    r"^(Title|URL Source|Published Time|Description|Language|Warning|Markdown Content)[ \t]*:[ \t]*(.*)$"
)

# the fields, by key (casefolded, "-", "_" and spaces removed)
_TITLE_KEYS = {"title", "headline"}
_AUTHOR_KEYS = {"author", "authors", "by", "byline", "creator", "creators"}
_DATE_KEYS = {"date", "published", "publishedtime", "publishdate", "pubdate", "publishedat",
              "published_at", "datepublished", "created", "createdat", "time"}
_URL_KEYS = {"url", "urlsource", "sourceurl", "canonical", "canonicalurl", "permalink", "link", "source"}
_EMAIL = re.compile(r"\s*[<(][^<>()\s]+@[^<>()\s]+[>)]")


def _field(key: str) -> str:
    return re.sub(r"[\s_-]+", "", key.casefold())


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _value(raw: str) -> str | list[str]:
    """A YAML scalar or flow list (``[a, "b"]``) as text: the front matter of Markdown files
    uses no more of YAML than this (nested maps are kept as text)."""
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        return [_unquote(v) for v in raw[1:-1].split(",") if _unquote(v)]
    return _unquote(raw)


def _lines(blocks: list[Block]) -> list[tuple[int, int, str]]:
    """The first lines of the leading raw blocks: ``(block index, line number, text)``."""
    out: list[tuple[int, int, str]] = []
    for c, b in enumerate(blocks):
        if b.kind != RAW:
            break
        base = b.line or 1
        for j, line in enumerate(b.text.split("\n")):
            out.append((c, base + j, line))
            if len(out) > MAX_LINES:
                return out
    return out


def _yaml_header(lines: list[tuple[int, int, str]]) -> tuple[int, dict[str, Any]] | None:
    """The number of lines of a YAML front matter at the start, and its keys; or ``None``."""
    if not lines or not _YAML_OPEN.match(lines[0][2]):
        return None
    fields: dict[str, Any] = {}
    key: str | None = None
    folded: str | None = None  # the style of the block scalar being read (">" or "|")
    for n, (_, _, line) in enumerate(lines[1:], start=1):
        if _YAML_CLOSE.match(line):
            return (n + 1, fields) if fields else None
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _YAML_ITEM.match(line)
        if item is not None and key is not None:
            prev = fields.get(key)
            values = prev if isinstance(prev, list) else ([] if not prev else [prev])
            values.append(_unquote(item.group(1).strip()))
            fields[key] = values
            continue
        m = _YAML_KEY.match(line)
        if m is not None and not line[:1].isspace():
            key = m.group(1).strip()
            raw = m.group(2) or ""
            folded = raw[:1] if raw in (">", "|", ">-", "|-", ">+", "|+") else None
            fields[key] = "" if folded else _value(raw)
            continue
        if line[:1].isspace() and key is not None:
            # a block scalar's lines (``description: >``), or a nested map (kept as text)
            prev = fields.get(key)
            if isinstance(prev, str):
                sep = "\n" if folded == "|" else " "
                fields[key] = (prev + sep if prev else "") + line.strip()
            continue
        return None  # not YAML: a thematic break followed by text
    return None


def _reader_header(lines: list[tuple[int, int, str]]) -> tuple[int, dict[str, Any]] | None:
    """The number of lines of a reader service's header at the start, and its keys: a
    ``Title:`` line first, a ``URL Source:`` line, each key once, up to ``Markdown Content:``
    (or the first line that is not one of its keys)."""
    fields: dict[str, Any] = {}
    end = 0
    for n, (_, _, line) in enumerate(lines):
        m = _READER_KEY.match(line)
        if m is None or m.group(1) in fields or (n == 0) != (m.group(1) == "Title"):
            break
        end = n + 1
        if m.group(1) == "Markdown Content":
            break
        fields[m.group(1)] = m.group(2).strip()
    if "URL Source" in fields:
        return end, fields
    return None


# the separators of a page title's parts ("Headline | Site", "Headline - Site")
_TITLE_SEP = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*\|\s*")


def _own_headline(fields: dict[str, Any], lines: list[tuple[int, int, str]]) -> None:
    """A reader service's ``Title:`` is the page's ``<title>``, often with the site's name
    (``Headline | Site``): the part that the text prints as its headline (a line of its own,
    ``#`` marks aside) is the title."""
    for key, value in fields.items():
        if _field(key) not in _TITLE_KEYS or not isinstance(value, str):
            continue
        parts = [p.strip() for p in _TITLE_SEP.split(value) if p.strip()]
        if len(parts) < 2:
            return
        keys = {norm_key(p): p for p in parts}
        for _, _, line in lines:
            own = keys.get(norm_key(line.strip().lstrip("#").strip()))
            if own:
                fields[key] = own
                return
        return


class FrontMatter(Cleaner):
    """Read a YAML front matter or a reader service's header at the top of a text into the
    document's metadata (``front-matter``)."""

    name = "front-matter"

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if not blocks or blocks[0].kind != RAW:
            return
        first_line = blocks[0].text.partition("\n")[0]
        if not (_YAML_OPEN.match(first_line) or _READER_KEY.match(first_line)):
            return  # (the cheap test: most texts stop here)
        lines = _lines(blocks)
        found = _yaml_header(lines) or _reader_header(lines)
        if found is None:
            return
        n, fields = found
        if not _YAML_OPEN.match(first_line):
            _own_headline(fields, lines[n:n + 60])
        self._read(draft, fields)
        for _, lineno, text in lines[:n]:
            draft.record(self.name, "front-matter", text, lineno)
        # the blocks that remain: the rest of the block where the header ends, and those after
        # (from the block's own text: ``lines`` stops after ``MAX_LINES``)
        last_block, last_line = lines[n - 1][0], lines[n - 1][1]
        block = blocks[last_block]
        taken = last_line - (block.line or 1) + 1  # the header's lines in that block
        rest = block.text.split("\n", taken)[taken:] if block.text.count("\n") >= taken else []
        kept: list[Block] = []
        if rest and rest[0].strip():
            kept.append(Block(rest[0], RAW, last_line + 1))
        draft.blocks = kept + blocks[last_block + 1:]

    def _read(self, draft: Draft, fields: dict[str, Any]) -> None:
        langs = (*draft.options.languages, draft.language)
        extra: dict[str, Any] = {}
        for key, value in fields.items():
            f = _field(key)
            text = value if isinstance(value, str) else ", ".join(value)
            if f in _TITLE_KEYS and text and draft.title is None:
                draft.title = text
            elif f in _AUTHOR_KEYS and text:
                names = value if isinstance(value, list) else [value]
                for name in names:
                    name = _EMAIL.sub("", name).strip()
                    parsed = parse_byline(name, langs, require_prefix=False) or ([name] if 0 < len(name) <= 80 else [])
                    for p in parsed:
                        if p not in draft.authors:
                            draft.authors.append(p)
            elif f in _DATE_KEYS and text:
                date = parse_date(text, langs)
                if date is not None and draft.date is None:
                    draft.date = date
                elif date is None:
                    extra[key] = value
            elif f in _URL_KEYS and URL_ONLY_RE.match(text):
                if draft.url is None:
                    draft.url = text
                elif text != draft.url:
                    draft.add_link(text)
            elif text:
                extra[key] = value
        if extra:
            draft.extra["front_matter"] = extra


__all__ = ["FrontMatter"]
