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
        blocks = [b for b in draft.blocks if b.text.strip()]  # emptied blocks were recorded already
        # Right to left: whether a pair joins depends on the end of the second block, which is
        # final once everything to its right has been joined; the first block's end never
        # changes.  One pass therefore reaches the fixed point, so cleaning the output again
        # joins nothing more.
        out: list[Block] = []  # reversed
        pieces: list[list[str]] = []  # reversed texts to join into out[i] (joined once: linear)
        for b in reversed(blocks):
            if out:
                nxt_end = pieces[-1][0]
                nxt_start = pieces[-1][-1]
                text = b.text.strip()
                if (
                    _LOWER_WORD.match(nxt_start)
                    and ends_sentence(nxt_end)  # the rest of a broken paragraph finishes its sentence
                    and len(text.split()) >= 2
                    and not ends_sentence(text)
                    and not text.endswith(("-", "—", "–"))
                ):
                    # Any kinds join: the plain `text` of the output does not keep kinds, so a
                    # kind-aware rule would join differently when the output is cleaned again.
                    pieces[-1].append(text)
                    if out[-1].kind != b.kind:
                        b.kind = PARAGRAPH
                    b.level = b.level if b.kind != PARAGRAPH else 0
                    out[-1] = b
                    continue
            out.append(b)
            pieces.append([b.text.strip()])
        for block, texts in zip(out, pieces, strict=True):
            if len(texts) > 1:
                joined = " ".join(reversed(texts))
                block.text = joined if joined.isascii() else fix_mojibake(joined).strip()
        out.reverse()
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
                and t[-1] not in "\"'”’»)"
                and not t.endswith(",")
                and not ends_sentence(t)
                and word_count(t) <= self.max_words  # last: the dearest test
            ):
                b.kind = HEADING
                b.level = 2
