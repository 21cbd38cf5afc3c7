"""Paragraph repair and subheading detection.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([ParagraphRepair(), Headings()]).clean(
...     "Russia's Shrinking Role\\n\\nIt showed the destruction of an Armenian\\n\\nmilitary radar station.\\n\\nA new paragraph.")
>>> [(b.kind, b.text) for b in doc.blocks]
[('heading', "Russia's Shrinking Role"), ('paragraph', 'It showed the destruction of an Armenian military radar station.'), ('paragraph', 'A new paragraph.')]
"""

from __future__ import annotations

import regex

from ..document import HEADING, PARAGRAPH, RAW, Block
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, word_count
from .characters import fix_mojibake

_JOINABLE = (PARAGRAPH, RAW)
# the next block must start with a lowercase word (after opening quotes/brackets)
_LOWER_WORD = regex.compile(r"^[\"'“‘«(\[]*\p{Ll}[\p{L}\s]")


class ParagraphRepair(Cleaner):
    """Rejoin a paragraph split by a stray blank line in mid-sentence.

    Two paragraphs are joined when the first (of at least two words) does not end a
    sentence and the second starts in lowercase and ends a sentence (short lowercase
    fragments such as list items are left alone); a blank line after a finished
    sentence is kept.
    """

    name = "paragraph-repair"

    def apply(self, draft: Draft) -> None:
        out: list[Block] = []
        pieces: list[list[str]] = []  # texts to join into out[i] (joined once: linear time)
        for b in draft.blocks:
            if not b.text.strip():
                continue  # emptied by an earlier cleaner (its removal is already recorded)
            prev = out[-1] if out else None
            last = pieces[-1][-1] if pieces else ""
            # Any kinds join: the plain `text` of the output does not keep kinds, so a kind-aware
            # rule would join differently when the output is cleaned again.
            if (
                prev is not None
                and _LOWER_WORD.match(b.text)
                and ends_sentence(b.text)  # the rest of a broken paragraph finishes its sentence
                and (len(pieces[-1]) > 1 or len(last.split()) >= 2)
                and not ends_sentence(last)
                and not last.rstrip().endswith(("-", "—", "–"))
            ):
                pieces[-1].append(b.text.strip())
                prev.kind = PARAGRAPH if prev.kind != b.kind else prev.kind
                continue
            out.append(b)
            pieces.append([b.text])
        for block, texts in zip(out, pieces, strict=True):
            if len(texts) > 1:
                joined = " ".join(t.strip() for t in texts)
                block.text = joined if joined.isascii() else fix_mojibake(joined).strip()
        draft.blocks = out


class Headings(Cleaner):
    """Mark short standalone lines without final punctuation as subheadings (kind ``heading``).

    Only the block kind changes; the text is kept as a paragraph of its own.
    """

    name = "headings"

    def __init__(self, max_words: int = 12) -> None:
        self.max_words = max_words

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        for i, b in enumerate(blocks):
            if b.kind not in _JOINABLE or i + 1 >= len(blocks):
                continue
            t = b.text.strip()
            if (
                t
                and (t[0].isupper() or t[0].isdigit())
                and word_count(t) <= self.max_words
                and not ends_sentence(t)
                and not t.endswith(",")
                and t[-1] not in "\"'”’»)"
            ):
                b.kind = HEADING
                b.level = 2
