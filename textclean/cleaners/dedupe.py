"""Duplicates: blocks that repeat the title, and paragraphs repeated word for word.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([Dedupe()]).clean("Invest in quality journalism today, please.\\n\\nText.\\n\\nInvest in quality journalism today, please.")
>>> doc.paragraphs, [r.reason for r in doc.removed]
(['Invest in quality journalism today, please.', 'Text.'], ['duplicate'])
"""

from __future__ import annotations

from ..document import CODE, Block
from ..pipeline import Cleaner, Draft
from ..textutil import norm_key


class Dedupe(Cleaner):
    """Remove blocks equal to the title (``duplicate-title``) and repeated paragraphs (``duplicate``).

    ``min_length`` keeps short repeated lines (a refrain, "Yes.") unless they repeat the title
    or the block just before them.  Code blocks are never removed: a tutorial runs the same
    command twice on purpose.
    """

    name = "dedupe"

    def __init__(self, min_length: int = 25) -> None:
        self.min_length = min_length

    def apply(self, draft: Draft) -> None:
        title = norm_key(draft.title) if draft.title else None
        seen: set[str] = set()
        kept: list[Block] = []
        prev_key = None
        for b in draft.blocks:
            if b.kind == CODE:
                kept.append(b)
                prev_key = None
                continue
            key = norm_key(b.text)
            if title is not None and key == title:
                draft.remove(b, self.name, "duplicate-title")
                continue
            if key == prev_key and key:  # the same block twice in a row, however short
                draft.remove(b, self.name, "duplicate")
                continue
            if len(key) >= self.min_length:
                if key in seen:
                    draft.remove(b, self.name, "duplicate")
                    continue
                seen.add(key)
            # (the block before is the last one kept: a repeat removed between two equal short
            # blocks makes them neighbours in the output, and a second cleaning would take one)
            prev_key = key
            kept.append(b)
        draft.blocks = kept
