"""Markdown debris: emphasis markers, links, link placeholders, autolinks, images, inline code.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([Markdown()]).clean(
...     "Video [footage](#) and **bold** text, a [report](https://example.org/r) "
...     "and <https://example.org/a>; woke when [the area] was hit")
>>> doc.paragraphs
['Video footage and bold text, a report and https://example.org/a; woke when [the area] was hit']
>>> doc.links
['https://example.org/r']
>>> [r.reason for r in doc.removed]
['link-placeholder']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urljoin

import regex

from ..document import CODE, LIST_ITEM, PARAGRAPH, Block
from ..pipeline import Cleaner, Draft
from ..textutil import strip_edge_marks
from .characters import fix_mojibake
from .layout import is_fence, rule_line

_IMAGE = regex.compile(r"!\[([^\[\]\n]{0,500})\]\(([^()\s]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
_LINK = regex.compile(r"\[([^\[\]\n]{0,1000})\]\(\s*((?:[^()\s]|\([^()\s]{0,100}\)){0,2000})(?:\s+\"[^\"\n]{0,300}\")?\s*\)")
_REF_LINK = regex.compile(r"\[([^\[\]\n]{1,1000})\]\[[^\[\]\n]{0,100}\]")
_AUTOLINK = regex.compile(r"<((?:https?|ftp)://[^\s<>]{1,2000}|mailto:[^\s<>]{1,300})>", regex.IGNORECASE)
_STRONG = regex.compile(r"(?<![\w*])\*\*(?=\S)([^*\n]{1,2000}?)(?<=\S)\*\*(?![\w*])|(?<![\w_])__(?=\S)([^_\n]{1,2000}?)(?<=\S)__(?![\w_])")
_EM = regex.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,2000}?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]{1,2000}?)(?<=[^\s_])_(?![\w_])")
_CODE = regex.compile(r"(`{1,3})(?!`)([^`\n]{1,1000}?)(?<!`)\1(?!`)")
_SPACES = regex.compile(r"(?<=\S)\s{2,}|\s+(?=\s)")
# every character that ``regex`` reads as ``\s`` except the plain space (stdlib ``re``, a fast
# scan): ``_SPACES`` changes nothing in a text with none of them and no double space
_OTHER_SPACE = re.compile("[\t\n\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# (and a code fence: reduced markup must not open a code block on a second cleaning)
_STRUCTURAL = regex.compile(r"^(?:(?:[-*+•‣◦▪●▸►–]|\d{1,3}[.)]|#{1,6})(?:\s|$)|>| {0,3}(?:```|~~~))")
_ABSOLUTE = regex.compile(r"(?i)^(?:https?|ftp)://")
_MARKS = "\u200e\u200f\u061c"
_MARKS_WS = _MARKS + " \t\n\r\x0b\x0c\xa0\u3000"
_LONE_MARKERS = regex.compile(r"^\s*(?:(?:\*\*|__)\s*)+|(?:\s*(?:\*\*|__))+\s*$")
# block-level markup: link reference definitions (``[1]: https://x.org "Title"``, one or more,
# as layout joins their lines; the target must read as a URL or path, so that
# ``[Update]: Confirmed`` stays), a table's delimiter row (``|---|:---:|``), footnote markers
_LINK_DEF = regex.compile(r"\[([^\]\[\n^][^\]\[\n]{0,99})\]:[ \t]*<?((?>(?:(?i:https?|ftp|mailto|file):|[/#.]|www\.|[^\s<>/\[\]]{1,200}/)[^\s<>\[\]]{0,2000}))>?(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)))?")
_LINK_DEFS = regex.compile(rf"(?:{_LINK_DEF.pattern}\s*)+")
_TABLE_RULE = regex.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?|(?:\s*:?-{3,}:?\s*\|)*\s*:?-{3,}:?\s*\|?")
# ``word[^1]``: a footnote reference; ``[^1]: text`` at a block's start: the footnote itself
_FOOTNOTE_REF = regex.compile(r"(?<=\S)\[\^[^\]\[\s]{1,30}\]")
_FOOTNOTE_DEF = regex.compile(r"^\[\^[^\]\[\s]{1,30}\]:\s+(?=\S)")
# a backslash escape (``\*``, ``\_``, ``\#``: Markdown escapes ASCII punctuation; any symbol here,
# because a later cleaner can turn one into ASCII, ``\‘`` into ``\'``), with a run of backslashes
# before it (``\\*``): all of them go, so that a second cleaning finds none
_ESCAPES = regex.compile(r"\\+(?=[^\w\s]|_)")
# the symbols of a heading's permalink (Sphinx's "¶", a link emoji) at a block's end
_PERMALINK = "¶\U0001f517"
# a task list item's box ("[ ] Export", "[x] Done")
_TASK_BOX = regex.compile(r"^\[[ xX]\]\s+(?=\S)")


def _has_markup(text: str) -> bool:
    """Does ``text`` hold a character that starts markup (``[``, ``*``, ``_``, a backtick, ``<``,
    a backslash escape)?"""
    return "[" in text or "*" in text or "_" in text or "`" in text or "<" in text or "\\" in text


def emphasis_count(text: str) -> int:
    """How many emphasis and inline-code spans the markdown cleaner would reduce in ``text``
    (for later cleaners that must not create markup a second cleaning would reduce)."""
    if "*" not in text and "_" not in text and "`" not in text:
        return 0
    return sum(len(p.findall(text)) for p in (_STRONG, _EM, _CODE))


def _is_placeholder(url: str) -> bool:
    u = url.strip().lower()
    return not u or u.startswith("#") or u.startswith("javascript:") or u in ("about:blank", "/")


class Markdown(Cleaner):
    """Reduce markdown markup to its text; real link targets go to ``links``.

    Placeholders (``[text](#)``, ``javascript:`` links) are recorded as
    ``link-placeholder`` removals; relative links are resolved against the
    document URL when there is one.  Editorial brackets (``[the area]``) stay.
    """

    name = "markdown"

    def _add_url(self, draft: Draft, url: str, line: int | None) -> None:
        if _ABSOLUTE.match(url):
            draft.add_link(url)
        elif url.lower().startswith("mailto:"):
            pass
        elif draft.url:
            draft.add_link(urljoin(draft.url, url))
        else:
            draft.record(self.name, "relative-link", url, line)

    def _block_markup(self, draft: Draft, block: Block) -> bool:
        """Handle a block that is markup as a whole: link reference definitions (their targets
        go to ``links``) and a table's delimiter row are removed (``markup``).  True when
        ``block`` is gone."""
        t = block.text
        if t[:1] == "[" and "]:" in t and _LINK_DEFS.fullmatch(t):
            for m in _LINK_DEF.finditer(t):
                self._add_url(draft, m.group(2), block.line)
            draft.remove(block, self.name, "markup")
            return True
        if _is_table_rule(t):
            draft.remove(block, self.name, "markup")
            return True
        return False

    def apply(self, draft: Draft) -> None:
        emptied = False
        gone: set[int] = set()  # (the ids of the blocks removed as a whole)
        # (one scan of the whole text for the permalink symbols first)
        permalinks = any("¶" in b.text or "\U0001f517" in b.text for b in draft.blocks)
        for block in draft.blocks:
            if permalinks and block.kind != CODE:
                block.text = _drop_permalinks(block.text, block.kind, block.text, _DraftSink(self, draft, block.line))
                emptied = emptied or not block.text
            t = block.text
            if (not _has_markup(t) and "|" not in t) or block.kind == CODE:
                continue  # (a code block is kept verbatim)
            if self._block_markup(draft, block):
                gone.add(id(block))
                continue
            if not _has_markup(t):
                continue
            new = _reduce(t, block.kind, _DraftSink(self, draft, block.line))
            if new is None:
                continue  # (the reduction would change the block's kind on a second pass)
            if _is_table_rule(new):
                # what the markup hid is a table's delimiter row ("**---|"): markup as a whole,
                # as a second cleaning would find it
                draft.remove(block, self.name, "markup")
                gone.add(id(block))
                continue
            block.text = new
            emptied = emptied or not new
            if permalinks and new:
                # ("Title[¶](#title)" reduced to "Title¶")
                block.text = _drop_permalinks(new, block.kind, t, _DraftSink(self, draft, block.line))
                emptied = emptied or not block.text
        if gone:
            draft.blocks = [b for b in draft.blocks if id(b) not in gone]
        if emptied:
            # a block that was only markup ("**") is gone: left empty, it would still part its
            # neighbours for later cleaners (a title repeated below it), unlike on a second cleaning
            draft.blocks = [b for b in draft.blocks if b.text]


class _Sink:
    """Where :func:`_reduce` reports what it takes out (nothing, for :func:`reduce_markup`)."""

    def record(self, reason: str, text: str) -> None:
        pass

    def add_url(self, url: str) -> None:
        pass


class _DraftSink(_Sink):
    """Records into a draft, for the markdown cleaner's block at ``line``."""

    __slots__ = ("cleaner", "draft", "line")

    def __init__(self, cleaner: Markdown, draft: Draft, line: int | None) -> None:
        self.cleaner, self.draft, self.line = cleaner, draft, line

    def record(self, reason: str, text: str) -> None:
        self.draft.record(self.cleaner.name, reason, text, self.line)

    def add_url(self, url: str) -> None:
        self.cleaner._add_url(self.draft, url, self.line)


_NO_SINK = _Sink()


def _reduce(original: str, kind: str, sink: _Sink) -> str | None:
    """The inline markup of ``original`` (a block of ``kind`` that holds markup) reduced to
    its text; what goes is reported to ``sink``.  ``None`` when the reduction must not be made
    (it would turn the text into a list item, heading, fence or separator row on a second
    pass)."""
    t = original
    if "\\" in t:
        t = _ESCAPES.sub("", t)  # (what they escaped is then read as the rest is)
    m = _TASK_BOX.match(t) if kind == LIST_ITEM and t[:1] == "[" else None
    if m is not None:
        sink.record("markup", m.group(0).strip())
        t = t[m.end():]
    if "[^" in t:
        # footnotes: the reference marks go; a footnote's own text stays, without its mark
        m = _FOOTNOTE_DEF.match(t)
        if m is not None:
            sink.record("markup", m.group(0).strip())
            t = t[m.end():]
        for m in _FOOTNOTE_REF.finditer(t):
            sink.record("markup", m.group(0))
        t = _FOOTNOTE_REF.sub("", t)

    def image(m: regex.Match[str]) -> str:
        sink.record("image", m.group(0))
        return ""

    def link(m: regex.Match[str]) -> str:
        text, url = m.group(1), m.group(2)
        if _is_placeholder(url):
            sink.record("link-placeholder", m.group(0))
        else:
            sink.add_url(url)
            if not text.strip():
                # a link without text (an image link once its image is gone)
                sink.record("markup", m.group(0))
        return text

    # Reducing one kind of markup can reveal another ("*[x](#)*"): repeat until
    # nothing changes (at most three rounds).
    for _ in range(3):
        before = t
        if t and (t[0] in _MARKS or t[-1] in _MARKS):
            # a direction mark at the edge is no text: the output drops it, so markup
            # behind it is markup at the start (``**\u200e**x``)
            t = t.strip(_MARKS_WS)
        if "](" in t:
            t = _IMAGE.sub(image, t)
            t = _LINK.sub(link, t)
        if "][" in t:
            t = _REF_LINK.sub(r"\1", t)
        if "<" in t:
            t = _AUTOLINK.sub(r"\1", t)
        if "**" in t or "__" in t:
            t = _STRONG.sub(_first_group, t)
            t = _LONE_MARKERS.sub("", t)
        if "*" in t or "_" in t:
            t = _EM.sub(_first_group, t)
        if "`" in t:
            t = _CODE.sub(r"\2", t)
        if t == before or not _has_markup(t):
            break
    if "  " in t or _OTHER_SPACE.search(t):  # (two white-space characters in a row)
        t = _SPACES.sub(" ", t)
    t = t.strip()
    if t and (t[0] in _MARKS or t[-1] in _MARKS):
        t = t.strip(_MARKS_WS).strip()
    if "\n" in t:
        t = strip_edge_marks(t)  # (a line of a verse block: marks at its edges too)
    if not t.isascii() and t != original:
        # removed markup can let marks compose, or complete a mis-decoded sequence
        t = fix_mojibake(unicodedata.normalize("NFC", t))
    return None if _changes_kind(t, original) else t


def _changes_kind(t: str, original: str) -> bool:
    """Would ``t``, what is left of ``original``, be read as another kind of block on a second
    cleaning?"""
    if _STRUCTURAL.match(t) and (not _STRUCTURAL.match(original) or (is_fence(t) and not is_fence(original))):
        return True  # reducing would turn text into a list item, heading or fence on a second pass
    # ... or into a separator row ("——`—`" into "———"), which layout removes
    return bool(t) and not t[0].isalnum() and rule_line(t) and not rule_line(original.strip())


def _first_group(m: regex.Match[str]) -> str:
    return m.group(1) or m.group(2)


def _is_table_rule(text: str) -> bool:
    """Is ``text`` a table's delimiter row (``|---|:---:|``)?"""
    return "|" in text and "---" in text and _TABLE_RULE.fullmatch(text.strip()) is not None


def _is_block_markup(text: str) -> bool:
    """Is ``text`` markup as a whole (link reference definitions, a table's delimiter row)?"""
    return (text[:1] == "[" and "]:" in text and _LINK_DEFS.fullmatch(text) is not None) or _is_table_rule(text)


def reduce_markup(text: str) -> str:
    """``text`` as the markdown cleaner leaves it (nothing recorded), for cleaners that judge a
    block as it will read.

    >>> reduce_markup("**Jane Doe / Reuters** and [a link](#)")
    'Jane Doe / Reuters and a link'
    """
    if not _has_markup(text):
        return text
    # ``boilerplate`` and ``page-dump`` reduce many of the same texts (a block, its repaired
    # view), and a site repeats its menus' and share lines' links from page to page: the
    # results for short texts are remembered (a bounded cache; the reduction is a function of
    # the text alone)
    return _reduce_short(text) if len(text) <= 500 else _reduce_markup(text)


def _reduce_markup(text: str) -> str:
    """:func:`reduce_markup` of a text with markup."""
    if _is_block_markup(text):
        return ""
    new = _reduce(text, PARAGRAPH, _NO_SINK)
    if new is not None and _is_table_rule(new):
        return ""  # (the markdown cleaner removes the block)
    out = text if new is None else new
    if out and ("¶" in out or "\U0001f517" in out):
        out = _drop_permalinks(out, PARAGRAPH, text, _NO_SINK)  # (as the markdown cleaner does)
    return out


_reduce_short = lru_cache(maxsize=2048)(_reduce_markup)


def _drop_permalinks(text: str, kind: str, original: str, sink: _Sink) -> str:
    """``text`` without a permalink symbol at its end (a heading's "Installation¶" in Sphinx
    and many static site generators; Word's paragraph marks too: markup, reported to ``sink``),
    and with what the symbol stood behind reduced in turn ("Title**¶" leaves "Title"), until
    nothing changes.  Nothing goes when the rest would read as another kind of block than
    ``text`` or ``original`` (the block as layout read it).

    >>> _drop_permalinks("Installation¶", PARAGRAPH, "Installation¶", _NO_SINK)
    'Installation'
    """
    for _ in range(3):
        if not text.rstrip().endswith(tuple(_PERMALINK)):
            break
        kept = text.rstrip().rstrip(_PERMALINK + " \t").rstrip()
        symbols = text[len(kept):].strip()
        if not kept.isascii():
            # the symbol gone can complete a mis-decoded sequence ("Ð¿¶": "Ð¿" is "п")
            kept = fix_mojibake(unicodedata.normalize("NFC", kept)).strip()
        if _changes_kind(kept, text) or _changes_kind(kept, original):
            break
        sink.record("markup", symbols)
        text = kept
        if not _has_markup(text):
            break
        again = _reduce(text, kind, sink)
        if again is None or _changes_kind(again, original):
            break
        text = again
    return text
