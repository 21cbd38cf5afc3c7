"""Boilerplate: subscription and donation pitches, photo credits, related links, share,
cookie and copyright lines, contributor notes — driven by the per-language pattern tables.

A block's score is the sum of the weights of the rules it matches (rules only
fire on blocks no longer than their ``max_len``).  A score of 1.0 removes the
block; a block with some evidence (≥ 0.4) next to removed boilerplate goes too,
because boilerplate comes in clusters.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([Boilerplate()]).clean(
...     "Real news paragraph about the vote.\\n\\nSubscribe from £10 a month\\n\\n"
...     "Caption of a photo. **Jane Doe / Reuters**\\n\\nThe subscriber count rose, he said.")
>>> doc.paragraphs
['Real news paragraph about the vote.', 'The subscriber count rose, he said.']
>>> [r.reason for r in doc.removed]
['subscription', 'photo-credit']
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..document import Block
from ..patterns import Patterns, load
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence
from .characters import fix_mojibake
from .markdown import reduce_markup
from .quotes import straighten_repaired

# emphasis markers and link syntax, reduced to their text (for scoring only)
_MARKUP = regex.compile(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}\)|(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|()^[*_]+|()[*_]+$")
_LABEL_ONLY = regex.compile(r"^\W*[\w ]{1,40}:?\W*$")


class Boilerplate(Cleaner):
    """Remove boilerplate blocks matched by the language pattern tables (plus ``extra_patterns``)."""

    name = "boilerplate"

    def __init__(self, extra_patterns: Sequence[tuple[str, str]] = (), threshold: float = 1.0) -> None:
        self.extra_patterns = tuple((str(r), str(p)) for r, p in extra_patterns)
        self.threshold = threshold

    def patterns(self, draft: Draft) -> Patterns:
        """The tables to use: with ``languages=("auto",)``, the document's language and English
        (pages in any language carry English share and cookie lines)."""
        if tuple(draft.options.languages) == ("auto",):
            langs: tuple[str, ...] = (draft.language, "en")
        else:
            langs = (*draft.options.languages, draft.language)
        return load(langs, self.extra_patterns)

    def score(self, text: str, pats: Patterns) -> tuple[float, str]:
        """The block's boilerplate score and the reason of its strongest rule.

        Markdown markup, quote style and mis-decoding are no evidence either way: a block
        with ``*``, ``_``, ``[`` or non-ASCII text is scored as written and as it will read
        after repair (mojibake fixed, quotes straightened, markup reduced); the higher
        score counts.
        """
        if len(text) > pats.max_len:
            return 0.0, ""  # no rule looks at a block this long
        raw = self._score(text, pats)
        if "*" in text or "_" in text or "[" in text or not text.isascii():
            best = raw
            repaired = straighten_repaired(fix_mojibake(text)).strip()
            # as it will read: repaired, markup reduced as the markdown cleaner does (it keeps
            # a lone "_" in "_/ TASS"), then also without stray emphasis markers
            reduced_view = reduce_markup(repaired)
            for view in dict.fromkeys((repaired, reduced_view, _MARKUP.sub(r"\1", reduced_view).strip())):
                if view != text:
                    reduced = self._score(view, pats)
                    if reduced[0] > best[0]:
                        best = reduced
            return best
        return raw

    def _score(self, text: str, pats: Patterns) -> tuple[float, str]:
        n = len(text)
        if n > pats.max_len:
            return 0.0, ""
        total = 0.0
        best_reason, best_w = "", 0.0
        gate = pats.anchored_gate.match(text) is not None
        for rule in pats.rules:
            if n > rule.max_len or (rule.anchored and not gate):
                continue
            if rule.pattern.search(text):
                total += rule.weight
                if rule.weight > best_w:
                    best_reason, best_w = rule.reason, rule.weight
        if n <= 350 and pats.credit_tail.search(text):
            total += 1.0
            if best_w < 1.0:
                best_reason, best_w = "photo-credit", 1.0
        return total, best_reason

    def apply(self, draft: Draft) -> None:
        pats = self.patterns(draft)
        blocks = draft.blocks
        scored = [self.score(b.text, pats) for b in blocks]
        drop = [s >= self.threshold for s, _ in scored]
        # Clusters: weaker evidence next to removed boilerplate is enough.  One forward and
        # one backward sweep propagate along a whole run (linear time).
        def weak(i: int) -> bool:
            return not drop[i] and scored[i][0] >= 0.4 and len(blocks[i].text) <= 400

        for i in range(1, len(blocks)):
            if drop[i - 1] and weak(i):
                drop[i] = True
        for i in range(len(blocks) - 2, -1, -1):
            if drop[i + 1] and weak(i):
                drop[i] = True
        # A bare "Related:" label takes the headline that follows it.
        reasons = [r for _, r in scored]
        for i in range(len(blocks) - 1):
            if drop[i] and reasons[i] == "related-link" and _LABEL_ONLY.match(blocks[i].text):
                nxt = blocks[i + 1].text
                if not drop[i + 1] and len(nxt) <= 200 and not ends_sentence(nxt.rstrip(")")):
                    drop[i + 1] = True
                    reasons[i + 1] = "related-link"
        kept: list[Block] = []
        for b, d, reason in zip(blocks, drop, reasons, strict=True):
            if d:
                draft.remove(b, self.name, reason or "boilerplate")
            else:
                kept.append(b)
        draft.blocks = kept
