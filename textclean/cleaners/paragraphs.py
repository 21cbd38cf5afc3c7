"""Paragraph repair and subheading detection.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([ParagraphRepair(), Headings()]).clean(
...     "Russia's Shrinking Role\\n\\nIt showed the destruction of an Armenian\\n\\nmilitary radar station.\\n\\nA new paragraph.")
>>> [(b.kind, b.text) for b in doc.blocks]
[('heading', "Russia's Shrinking Role"), ('paragraph', 'It showed the destruction of an Armenian military radar station.'), ('paragraph', 'A new paragraph.')]
"""

from __future__ import annotations

from itertools import pairwise

import regex

from ..document import CODE, HEADING, LIST_ITEM, PARAGRAPH, RAW, Block
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, word_count
from .characters import fix_mojibake
from .layout import Hyphenation, Layout, _unspaced, function_word_end, joins_unspaced

_JOINABLE = (PARAGRAPH, RAW)
# the next block must start with a lowercase word (after opening quotes/brackets)
_LOWER_WORD = regex.compile(r"^[\"'“‘«(\[]*\p{Ll}[\p{L}\s]")
# what the layout cleaner may read as markup at the start of a line (a cheap filter)
_MARKUP_START = regex.compile(r"^\s*(?:[-*+•‣◦▪●▸►–#>_=]|\d{1,3}[.)]|[a-zA-Z][.)]\s)")


# a release's heading in a changelog: a version number (two or three dots' parts, or one after
# a word, "Version", "Release", "v"), a name, and its date ("Version 3.2.0 (2024-05-14)",
# "v2.1.0 - 2024-03-02", "[1.4.0] - 2024-01-10", "3.2.0 (May 14, 2024)")
_VERSION_HEADING = regex.compile(
    r"^(?:(?P<word>\p{L}{2,12}\.?)\s+)?\[?(?P<v>v)?(?P<num>\d{1,4}(?:\.\d{1,4}){1,3})(?:[-+][0-9A-Za-z.]{1,20})?\]?"
    r"(?P<date>\s*(?:[-–—:/|·,]\s*)?[(\[]?\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:\p{L}{3,12}\.?\s+\d{1,2},?|\d{1,2}\.?\s+\p{L}{3,12}\.?)\s+\d{4})\s*[)\]]?)?$",
    regex.IGNORECASE,
)
_VERSION_START = frozenset("0123456789[vV") | frozenset(chr(c) for c in range(ord("A"), ord("Z") + 1))


def version_heading(text: str) -> bool:
    """Is ``text`` a release's heading in a changelog (a version number and its date)?

    >>> [version_heading(t) for t in ("Version 3.2.0 (2024-05-14)", "v2.1.0 - 2024-03-02", "[1.4.0] - 2024-01-10",
    ...                               "3.2.0 (2024-05-14)", "Release 2.0 (May 14, 2024)")]
    [True, True, True, True, True]
    >>> [version_heading(t) for t in ("Version 3.2.0 fixes the crash on start-up.", "2.1 Study sites", "1.5", "Figure 3.2")]
    [False, False, False, False]
    """
    m = _VERSION_HEADING.match(text.strip())
    if m is None:
        return False
    # a bare "3.2" or "Figure 3.2" is a section's or a figure's number: a date, a "v", or a
    # version of three parts tells a release
    return bool(m.group("date") or m.group("v") or m.group("num").count(".") >= 2
                or (m.group("word") or "").casefold().rstrip(".") in ("version", "release", "v", "ver", "rel"))


def reread_structure(draft: Draft, blocks: list[Block]) -> bool:
    """Read blocks that a late repair made start with markup ("Â– x" repaired to "– x") as the
    layout cleaner reads them when the output is cleaned again; True if one changed.  Only text
    that the layout cleaner structured (blocks from HTML keep the kinds the page gave them)."""
    changed = False
    if "wrap_width" not in draft.extra:
        return False
    hy: Hyphenation | None = None
    for b in blocks:
        c = b.text[:1]
        if c.isascii() and c.isalpha() and b.text[1:2] not in (".", ")"):
            continue  # (an ASCII letter not followed by "." or ")": ``_MARKUP_START`` fails)
        if "\n" in b.text or not _MARKUP_START.match(b.text) or b.kind == CODE:
            continue
        hy = hy or Hyphenation("", draft.language, frozenset())
        new = Layout()._structure(Block(b.text, RAW, b.line), None, hy, draft, {})
        text, kind, level = (new[0].text, new[0].kind, new[0].level) if new else ("", b.kind, b.level)
        if text != b.text:
            b.text, b.kind, b.level = text, kind, level
            changed = True
    return changed


def _cjk_comma_break(text: str, nxt_start: str, nxt_end: str) -> bool:
    """Is ``text`` the first half of a Chinese or Japanese sentence broken after its comma
    (``、``, ``，``), ``nxt_start`` the start of a block that goes on in the same script and
    ``nxt_end`` the end of one that finishes the sentence?  No paragraph ends with a comma.

    >>> _cjk_comma_break("調査結果を踏まえ、", "母島に派遣した。", "母島に派遣した。")
    True
    >>> _cjk_comma_break("調査結果を踏まえ、", "Tokyo Office", "Tokyo Office")
    False
    """
    return (len(text) >= 6 and text[-1] in "、，" and nxt_start[:1] >= "\u2e80" and _unspaced(nxt_start[0])
            and ends_sentence(nxt_end))


def _joined(texts: list[str]) -> str:
    """The parts of a broken paragraph (``texts`` from right to left) joined as the layout
    joins wrapped lines: with a space, but none where the scripts are written without one
    (:func:`~textclean.cleaners.layout.joins_unspaced`)."""
    parts = list(reversed(texts))
    out = [parts[0]]
    for left, right in pairwise(parts):
        if not joins_unspaced(left, right):
            out.append(" ")
        out.append(right)
    return "".join(out)


class ParagraphRepair(Cleaner):
    """Rejoin a paragraph split by a stray blank line in mid-sentence.

    Two paragraphs are joined when the first (of at least two words) does not end a
    sentence and the second starts in lowercase and ends a sentence (short lowercase
    fragments such as list items are left alone); a blank line after a finished
    sentence is kept, and so is one after a line in capitals (a heading or a PDF's running
    head: ``RIVER STUDIES`` / ``the sediment load …``).  Blocks whose join would change characters (a mis-decoded sequence
    across the break) stay apart.
    """

    name = "paragraph-repair"

    def apply(self, draft: Draft) -> None:
        # A joined block is read again by the cleaners before this one when the output is
        # cleaned a second time: markup that spans the join ("[full\n\nstory](url)") and a
        # repeated paragraph that a join completes are reduced / removed now, as they would be
        # then (when the pipeline runs those cleaners); a removal can make two blocks adjacent
        # that join, so repeat (a few rounds).
        reread_structure(draft, draft.blocks)
        for _ in range(3):
            joined = self._join(draft)
            if not joined:
                return
            n = len(draft.blocks)
            # the pipeline's own instances, with the user's settings (``Draft.ran``)
            markdown, dedupe = draft.ran.get("markdown"), draft.ran.get("dedupe")
            if markdown is not None:
                blocks, draft.blocks = draft.blocks, [b for b in joined if any(c in b.text for c in "[*_`<")]
                try:
                    markdown.apply(draft)
                finally:
                    draft.blocks = blocks
            if dedupe is not None:
                dedupe.apply(draft)
            if not reread_structure(draft, joined) and len(draft.blocks) == n:
                return

    def _join(self, draft: Draft) -> list[Block]:
        """One right-to-left pass; returns the blocks that were built by a join."""
        blocks = [b for b in draft.blocks if b.text.strip()]  # emptied blocks were recorded already
        # Right to left: whether a pair joins depends on the end of the second block, which is
        # final once everything to its right has been joined; the first block's end never
        # changes.  One pass therefore reaches the fixed point, so cleaning the output again
        # joins nothing more.
        quote = load(("auto",)).quote_header
        chains: list[list[Block]] = []  # reversed: the blocks to join into one, right to left
        pieces: list[list[str]] = []  # their texts (joined once at the end: linear)
        for b in reversed(blocks):
            if b.kind == CODE:
                chains.append([b])  # a code block is never joined, nor joined to
                pieces.append([""])
                continue
            if chains and chains[-1][0].kind != CODE:
                nxt_end = pieces[-1][0]
                nxt_start = pieces[-1][-1]
                text = b.text.strip()
                # (an ASCII character other than a lowercase letter, a quote or a bracket
                # cannot start ``_LOWER_WORD``: the regex is spared for most blocks)
                c = nxt_start[:1]
                if (
                    ((not c.isascii() or c.islower() or c in "\"'([") and _LOWER_WORD.match(nxt_start)
                     # the rest of a broken paragraph finishes its sentence, or the first part
                     # stops at a function word ("the engineers said that the" / "cracks in
                     # …"): no heading or list item ends there
                     and (ends_sentence(nxt_end) or function_word_end(text))
                     and len(text.split()) >= 2
                     and not ends_sentence(text)
                     and not text.endswith(("-", "—", "–", "|"))  # (a table row ends with a bar)
                     # a quoted post's header ("kim wrote:") opens the quote under it, and
                     # joined to the line above it would no longer read as one
                     and not (quote is not None and nxt_start[-1:] in ":：" and quote.match(nxt_start))
                     # a line in capitals is a heading or a PDF's running head ("RIVER
                     # STUDIES" / "the sediment load …"), not the start of a sentence
                     and not (text.isupper() and len(text) <= 80))
                    or _cjk_comma_break(text, nxt_start, nxt_end)
                ):
                    # Any kinds join: the plain `text` of the output does not keep kinds, so a
                    # kind-aware rule would join differently when the output is cleaned again.
                    pieces[-1].append(text)
                    chains[-1].append(b)
                    continue
            chains.append([b])
            pieces.append([b.text.strip()])
        out: list[Block] = []
        made: list[Block] = []
        for chain, texts in zip(reversed(chains), reversed(pieces), strict=True):
            if len(chain) == 1:
                out.append(chain[0])
                continue
            joined = _joined(texts)
            if not joined.isascii() and fix_mojibake(joined) != joined:
                # The join would complete a mis-decoded sequence (or change ftfy's verdict on
                # its neighbours): the repaired text would then pass through the quote and
                # space cleaners on a second cleaning only.  Keep the blocks apart: cleaned
                # again, they stay apart (the same decisions), so the output is a fixed point.
                out.extend(reversed(chain))
                continue
            block = chain[-1]
            kinds = {m.kind for m in chain}
            block.kind = block.kind if len(kinds) == 1 else PARAGRAPH
            block.level = block.level if block.kind != PARAGRAPH else 0
            block.text = joined
            out.append(block)
            made.append(block)
        draft.blocks = out
        return made


# a numbered line with a comma: "1 Department of Ecology, University of Bern, Switzerland"
_NUMBERED_COMMA = regex.compile(r"^\d{1,2}\s+\p{Lu}[^,]*,\s")


def _numbered_with_comma(text: str) -> bool:
    return text[:1].isdecimal() and _NUMBERED_COMMA.match(text) is not None


# a hashtag (after a space or at the start: not "C#", "issue #12")
_HASHTAG = regex.compile(r"(?:^|(?<=\s))#\p{L}")
# an emoji at the end of a line (maybe with its variation selector)
_PICTOGRAPH_END = regex.compile(r"\p{Extended_Pictographic}\uFE0F?$")


class Headings(Cleaner):
    """Mark short standalone lines without final punctuation as subheadings (kind ``heading``).

    Only the block kind changes; the text is kept as a paragraph of its own.  A heading stands
    over body text: a line followed by another such line (the lines of an address, an
    ingredient list: inside a run of three or more such lines) is none, nor is a line after
    one ending in ``,``, ``;`` or ``:`` (a line of a stanza), nor a line holding a ``;`` (a
    paper's ``Keywords: grazing; soil carbon``) or starting with a note mark (``¹ Institute …``),
    nor a list's label and its list (``Keywords: grazing, soil carbon``, ``Mots-clés : …``:
    the ``list_labels`` of every table; ``Keywords`` alone is a heading), nor a numbered line
    holding a comma next to another one (a paper's affiliations, ``1 Department of Ecology,
    University of Bern`` / ``2 Institute …``; ``1 Introduction`` stays a heading).
    """

    name = "headings"

    def __init__(self, max_words: int = 12) -> None:
        self.max_words = max_words

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        candidate = [b.kind in _JOINABLE and self._looks_like_heading(b.text.strip()) for b in blocks]
        if any(candidate):
            label = load(("auto",)).list_label
            quote = load(("auto",)).quote_header
            for i, b in enumerate(blocks):
                if candidate[i] and ((":" in b.text or "：" in b.text or "—" in b.text or "–" in b.text)
                                     and label is not None and label.match(b.text.strip())):
                    candidate[i] = False  # "Keywords: grazing, soil carbon": a list on a line
                elif candidate[i] and quote is not None and quote.match(b.text.strip()):
                    candidate[i] = False  # "Quote from: kim on March 12, 2024": a quoted post's header
                elif candidate[i] and b.text[:1].isdecimal() and _numbered_with_comma(b.text) and any(
                        0 <= j < len(blocks) and blocks[j].kind in _JOINABLE and _numbered_with_comma(blocks[j].text)
                        for j in (i - 1, i + 1)):
                    candidate[i] = False  # "1 Department of Ecology, …" / "2 Institute …": affiliations
        for i, b in enumerate(blocks):
            if (not candidate[i] and b.kind in _JOINABLE and i + 1 < len(blocks) and (blocks[i + 1].kind in (LIST_ITEM, HEADING) or candidate[i + 1])
                    and b.text[:1] in _VERSION_START and version_heading(b.text)):
                b.kind = HEADING  # "Version 3.2.0 (2024-05-14)" over its list of changes
                b.level = 2
                continue
            if not candidate[i] or i + 1 >= len(blocks):
                continue
            if i > 0 and candidate[i - 1] and candidate[i + 1]:
                continue  # inside a run of such lines
            if i > 0 and blocks[i - 1].kind in _JOINABLE and blocks[i - 1].text.rstrip()[-1:] in (",", ";", ":"):
                continue
            b.kind = HEADING
            b.level = 2

    def _looks_like_heading(self, t: str) -> bool:
        return bool(
            t
            # (a decimal digit: "2.1 Methods"; not a note mark, "¹ Institute of Ecology …")
            and (t[0].isupper() or t[0].isdecimal() or t[0] == "§")
            and t[-1] not in "\"'”’»)"
            and not t.endswith(",")
            and ";" not in t  # a list on a line ("Keywords: grazing; soil carbon")
            # a post's line: a link or hashtags in it ("… open access: https://… #UrbanForestry"),
            # or an emoji at its end ("… made this possible 🙏")
            and not ("://" in t or ("#" in t and _HASHTAG.search(t)) or (t[-1] >= "\u2300" and _PICTOGRAPH_END.search(t)))
            and not ends_sentence(t)
            and word_count(t) <= self.max_words  # last: the dearest test
        )
