"""URLs: the article's own URL from ``Original url:``/``Source:`` footers, URL lines dumped
mid-text (moved to ``links``), and bare URLs inside paragraphs (recorded in ``links``).

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([SourceUrl(), UrlLines()]).clean(
...     "Body text.\\n\\nhttps://example.org/other\\n\\nOriginal url:\\n\\nhttps://example.org/2023/09/19/story")
>>> doc.url, doc.links, doc.paragraphs
('https://example.org/2023/09/19/story', ['https://example.org/other'], ['Body text.'])
"""

from __future__ import annotations

from ..document import CODE
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import URL_ONLY_RE, URL_RE


class SourceUrl(Cleaner):
    """Take the article's own URL from a labelled line (``Original url:``, ``Source:``,
    ``Originally published at``), with the URL on the same line or the next block."""

    name = "source-url"

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if not any("://" in b.text for b in blocks):
            return  # a footer is taken only with its URL (``URL_ONLY_RE`` needs "://")
        pats = load((*draft.options.languages, draft.language))
        drop: set[int] = set()
        for i, b in enumerate(blocks):
            if len(b.text) > 2100 or b.kind == CODE:
                continue
            if "://" not in b.text and (i + 1 >= len(blocks) or "://" not in blocks[i + 1].text):
                # the URL is on the label's line or is the next block, and ``URL_ONLY_RE``
                # needs "://" either way: no label can be taken here
                continue
            m = pats.source_label.match(b.text)
            if not m:
                continue
            url = m.group("url").strip("<>")
            if url:
                if not URL_ONLY_RE.match(url):
                    continue  # "Source: Reuters" is not a URL footer
                drop.add(i)
            else:
                if i + 1 >= len(blocks) or blocks[i + 1].kind == CODE:
                    continue
                um = URL_ONLY_RE.match(blocks[i + 1].text)
                if not um:
                    continue
                url = um.group(1)
                drop.update((i, i + 1))
            if draft.url is None:
                draft.url = url
            elif url != draft.url:
                draft.add_link(url)
        if drop:
            for i in sorted(drop):
                draft.remove(blocks[i], self.name, "source-url")
            draft.blocks = [b for i, b in enumerate(blocks) if i not in drop]


class UrlLines(Cleaner):
    """Move blocks that are only a URL into ``links``; note bare URLs in paragraphs too.

    Code blocks are left alone: a code block that is only a URL stays, and its URLs are not
    links of the text."""

    name = "url-lines"

    def apply(self, draft: Draft) -> None:
        if not any("://" in b.text for b in draft.blocks):
            return  # no URL at all (both patterns need "://")
        kept = []
        for b in draft.blocks:
            if b.kind == CODE:
                kept.append(b)  # (a URL in a code sample is the sample's, not a link of the text)
                continue
            m = URL_ONLY_RE.match(b.text) if "://" in b.text else None
            if m:
                draft.add_link(m.group(1))
                draft.remove(b, self.name, "url-line")
                continue
            if "://" in b.text:
                for u in URL_RE.findall(b.text):
                    draft.add_link(u.rstrip(".,;:)]}'\""))
            kept.append(b)
        draft.blocks = kept
