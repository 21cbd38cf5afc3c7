"""Title: a markdown heading at the top, a first line repeated below it, or a title-like
first line followed by a byline or a date.

>>> from textclean.pipeline import Pipeline
>>> from textclean.cleaners import Layout, Title
>>> doc = Pipeline([Layout(), Title()]).clean("# Big News Today\\n\\nBody text here.")
>>> doc.title, doc.paragraphs
('Big News Today', ['Body text here.'])
>>> doc = Pipeline([Layout(), Title()]).clean("A Long Day\\n\\nA Long Day\\n\\nIt was a long day.")
>>> doc.title, doc.paragraphs
('A Long Day', ['It was a long day.'])
>>> Pipeline([Layout(), Title()]).clean("It rained.\\n\\nThen it stopped.").title is None
True
"""

from __future__ import annotations

from ..document import HEADING
from ..metadata import parse_byline, parse_date
from ..pipeline import Cleaner, Draft
from ..textutil import may_hold_date, norm_key, word_count
from .byline import dated_byline
from .dates import date_line

HEAD = 6  # how many blocks at the top may hold the title


def _title_like(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 250 or "\n" in t or word_count(t) > 30:
        return False
    if (t.endswith(".") and not t.endswith("...")) or t.endswith((":", "：")):
        return False  # a sentence, or a label that leads into what follows ("Contents:")
    # (a letter of a script without case, CJK, Arabic, Hebrew, Thai, is neither upper nor lower)
    return t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘¿¡«「『" or (t[0].isalpha() and not t[0].islower())


def _meta_line(text: str, langs: tuple[str, ...]) -> bool:
    """A byline or a date line (``By Jane Doe``, ``March 3, 2025``, ``Posted on … by …``)."""
    return len(text) < 120 and bool(parse_byline(text, langs) or (may_hold_date(text) and (
        (parse_date(text, langs) and word_count(text) <= 8) or dated_byline(text, langs) is not None
        or date_line(text, langs) is not None)))


class Title(Cleaner):
    """Find the title at the top of the body and move it to ``title``."""

    name = "title"

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if not blocks:
            return
        langs = (*draft.options.languages, draft.language)
        idx: int | None = None
        # 1. a top-level markdown heading near the top
        for i, b in enumerate(blocks[:3]):
            if b.kind == HEADING and b.level == 1 and _title_like(b.text):
                idx = i
                break
        # the first block, after up to two date or byline lines above it (a page copy prints
        # the date over the headline; the dateline cleaner, which runs later, takes them)
        start = 0
        while idx is None and start < 2 and start + 1 < len(blocks) and _meta_line(blocks[start].text, langs):
            start += 1
        first = blocks[start]
        if idx is None and _title_like(first.text):
            # 2. the first line repeated right below it (page copies print the title twice), or
            # 3. followed by a byline or a date line
            nxt = blocks[start + 1].text if len(blocks) > start + 1 else None
            if nxt is not None and (norm_key(nxt) == norm_key(first.text) or _meta_line(nxt, langs)):
                idx = start
        if idx is None:
            return
        title_block = blocks[idx]
        if draft.title is None:
            draft.title = title_block.text.strip()
        draft.remove(title_block, self.name, "title")
        key = norm_key(title_block.text)
        kept = []
        for i, b in enumerate(blocks):
            if i == idx:
                continue
            if i < idx + HEAD and norm_key(b.text) == key:
                draft.remove(b, self.name, "duplicate-title")
                continue
            kept.append(b)
        draft.blocks = kept
