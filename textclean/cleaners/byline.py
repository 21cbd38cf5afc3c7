"""Bylines: ``By NAME and NAME, Agency`` near the top, or an author's name alone at the
end of the article (before the boilerplate that followed it), moved to ``authors``.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([Byline()]).clean("By JOHN SMITH and JANE DOE, Reuters\\n\\nThe story.")
>>> doc.authors, doc.paragraphs
(['John Smith', 'Jane Doe'], ['The story.'])
"""

from __future__ import annotations

from ..metadata import parse_byline
from ..pipeline import Cleaner, Draft
from ..textutil import fix_name_case, is_name

HEAD = 8
_TAIL_REASONS = frozenset(
    {"subscription", "donate", "related-link", "share", "cookie", "copyright", "navigation", "contributor-note"}
)


class Byline(Cleaner):
    """Move bylines into ``authors``."""

    name = "byline"

    def apply(self, draft: Draft) -> None:
        langs = (*draft.options.languages, draft.language)
        blocks = draft.blocks
        drop: set[int] = set()
        candidates = list(range(min(HEAD, len(blocks))))
        if len(blocks) > HEAD:
            candidates += list(range(max(HEAD, len(blocks) - 3), len(blocks)))
        for i in candidates:
            b = blocks[i]
            if len(b.text) > 200:
                continue
            names = parse_byline(b.text, langs)
            if names:
                known = [a.casefold() for a in draft.authors]
                for n in names:
                    # metadata (e.g. from HTML) may already hold the name, maybe with a suffix
                    if not any(n.casefold() in k or k in n.casefold() for k in known):
                        draft.authors.append(n)
                drop.add(i)
        # An author's name alone on the last line, before a block of boilerplate.
        if blocks and not draft.authors:
            last_i = len(blocks) - 1
            while last_i in drop and last_i > 0:
                last_i -= 1
            last = blocks[last_i]
            text = last.text.strip().strip("*_ ")
            if last_i > 0 and is_name(text, max_tokens=4) and len(text) <= 50:
                after = [r for r in draft.removed if r.line is not None and last.line is not None and r.line > last.line]
                if any(r.reason in _TAIL_REASONS for r in after):
                    draft.authors.append(fix_name_case(text))
                    drop.add(last_i)
        if drop:
            for i in sorted(drop):
                draft.remove(blocks[i], self.name, "byline")
            draft.blocks = [b for i, b in enumerate(blocks) if i not in drop]
