"""Page furniture of text copied out of a PDF: running headers and footers with page numbers.

Text copied from a PDF keeps each page's running header or footer ("Annual Report 2023    3")
and lone page numbers ("- 4 -", "Page 5 of 12") between the pages, often in the middle of a
paragraph.  This cleaner runs on the raw chunks, before the layout cleaner, and removes a line
only on evidence that it marks a page:

* it is a number alone, or labelled (``Page 4``, ``Seite 4``, ``4 / 12``), or a short text and
  a number set apart from it by a wide gap, a tab or a separator (``Annual Report    3``,
  ``3 | Annual Report``);
* it starts or ends its chunk (page furniture sits between the pages' text);
* lines of the same form (the same text around the number) occur at least twice, each number is
  one to three above the one before (and below 1000: not a year), and at least ``min_page_chars`` characters of text lie
  between two of them (a page holds that much).  ``Page N of M`` and a number between dashes
  (``- 4 -``) are evidence on their own.

A numbered heading such as ``Chapter 2`` (a single space before the number), a numbered list,
item marks (``(2)``), a timeline of years and a table's rows stay.  When a removed line split a paragraph (the text before it does not end a sentence and the
text after it starts in lowercase, or ends in a line-end hyphen), the two chunks become one, so
that the layout cleaner rejoins the wrapped lines and the hyphenated word.  Removals are recorded
with the reason ``page-furniture``.

>>> from textclean.pipeline import Pipeline
>>> from textclean.cleaners import Layout
>>> wrapped = "Revenue grew in every market this year, and the\\nboard expects the same next year. " * 5
>>> text = (f"Annual Report 2023        3\\n\\n{wrapped}The dividend\\nwill be raised, subject to the ap-"
...         "\\n\\nAnnual Report 2023        4\\n\\nproval of the annual meeting.")
>>> doc = Pipeline([PageBreaks(), Layout()]).clean(text)
>>> len(doc.paragraphs), doc.paragraphs[0][-71:]
(1, 'dividend will be raised, subject to the approval of the annual meeting.')
>>> [(r.reason, r.text) for r in doc.removed]
[('page-furniture', 'Annual Report 2023        3'), ('page-furniture', 'Annual Report 2023        4')]
"""

from __future__ import annotations

from itertools import accumulate, pairwise
from typing import NamedTuple

import regex

from ..document import RAW, Block
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence

# "Page 4", "Seite 4 von 12", "p. 4", "- 4 -", "4 / 12", "4" (not "(4)" or "[4]": item and note marks)
_LABEL = r"(?:page|pages|p\.|pg\.|seite|s\.|página|pág\.|pagina|pag\.|blz\.|bladzijde)"
_OF = r"(?:of|von|de|di|sur|van|/)"
_NUMBER = regex.compile(
    rf"^(?P<pre>[\s\-–—|·•]*)(?:(?P<label>{_LABEL})\s*)?(?P<n>\d{{1,4}})(?:\s*{_OF}\s*(?P<total>\d{{1,4}}))?(?P<post>[\s\-–—|·•]*)$",
    regex.IGNORECASE,
)
# a short text and a number set apart by a wide gap, a tab or a separator, either way round
_GAP = r"(?:\s{3,}|\s*\t\s*|\s+[|·•]\s+|\s+[-–—]\s+)"
_TEXT = r"(?P<text>\S(?:[^\n]{0,78}\S)?)"
_TEXT_NUMBER = regex.compile(rf"^\s*{_TEXT}{_GAP}(?P<n>\d{{1,4}})\s*$")
_NUMBER_TEXT = regex.compile(rf"^\s*(?P<n>\d{{1,4}}){_GAP}{_TEXT}\s*$")
# every ``_GAP`` holds one of these
_GAP_NEEDLES = ("   ", "\t", " | ", " · ", " • ", " - ", " – ", " — ")
_DIGITS = frozenset("0123456789")
_ENDS = frozenset("0123456789-–—|·• \t")
_LOWER_START = regex.compile(r"^[\"'“‘«(\[]*\p{Ll}")
_HYPHEN_END = regex.compile(r"\p{L}[-\u00ad]$")


class _Candidate(NamedTuple):
    block: int  # index in draft.blocks
    first: bool  # the first line of its chunk (else the last)
    key: str  # the text around the number, casefolded, spaces collapsed ("" for a number alone)
    number: int
    total: bool  # "Page N of M": evidence on its own
    offset: int  # characters of text before it


def _furniture(line: str) -> tuple[str, int, bool] | None:
    """``(key, number, total)`` when ``line`` has the form of page furniture."""
    s = line.strip()
    if not s or len(s) > 90 or not (s[0].isdigit() or s[-1].isdigit() or s[-1] in "-–—|·•"):
        return None
    m = _NUMBER.match(s) if len(s) <= 30 else None
    if m is not None:
        key = (m.group("label") or "").casefold()
        n = int(m.group("n"))
        # "Page 4 of 12", and a number between dashes ("- 4 -", "— 4 —"): evidence on their own
        marked = m.group("pre").strip() in ("-", "–", "—") and m.group("post").strip() == m.group("pre").strip()
        # ("N / M" without a label is a fraction or a score as often, "3/4": it needs the
        # evidence of a repeated form like a bare number; page numbers start at 1)
        total = m.group("total") is not None and 1 <= n <= int(m.group("total")) and (bool(key) or "/" not in s)
        return key, n, total or marked
    if not any(g in line for g in _GAP_NEEDLES):
        return None
    m = _TEXT_NUMBER.match(line) or _NUMBER_TEXT.match(line)
    if m is not None and sum(c.isalpha() for c in m.group("text")) >= 3:
        return " ".join(m.group("text").casefold().split()), int(m.group("n")), False
    return None


class PageBreaks(Cleaner):
    """Remove running headers, footers and page numbers of a PDF copy; rejoin the paragraphs
    they split (see the module docstring)."""

    name = "page-breaks"

    def __init__(self, min_page_chars: int = 400) -> None:
        self.min_page_chars = min_page_chars

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if len(blocks) < 2 or blocks[0].kind != RAW:
            return  # one chunk, or blocks from HTML (they come with kinds): no pages
        texts = [b.text for b in blocks]
        # cheap first, in one comprehension: furniture starts with a digit or ends with one (or
        # a dash, a bar, a space before the trimmed end); most chunks' first and last lines do
        # neither
        hits = [
            i for i, t in enumerate(texts)
            if t[0] in _DIGITS or t[-1] in _ENDS or ((n := t.find("\n")) > 0 and t[n - 1] in _ENDS)
        ]
        if not hits:
            return
        starts = [0, *accumulate(map(len, texts))]
        found: list[_Candidate] = []
        for i in hits:
            text = texts[i]
            if blocks[i].kind != RAW:
                continue
            nl = text.find("\n")
            ends = ((True, text),) if nl < 0 else ((True, text[:nl]), (False, text[text.rfind("\n") + 1:]))
            for first, line in ends:
                got = _furniture(line)
                if got is not None:
                    found.append(_Candidate(i, first, got[0], got[1], got[2], starts[i]))
        if not found:
            return
        chosen = self._select(found)
        if chosen:
            self._remove(draft, chosen)

    def _select(self, found: list[_Candidate]) -> list[_Candidate]:
        groups: dict[str, list[_Candidate]] = {}
        for c in found:
            groups.setdefault(c.key, []).append(c)
        chosen: list[_Candidate] = [c for c in found if c.total]
        for group in groups.values():
            group = [c for c in group if not c.total]
            if len(group) < 2:
                continue
            pairs = list(pairwise(group))
            # page numbers go up by one (two or three where a page held only a figure), and
            # every page between two of them holds text: not a timeline of years, not a table
            if group[-1].number < 1000 and all(
                0 < b.number - a.number <= 3 and b.offset - a.offset >= self.min_page_chars for a, b in pairs
            ):
                chosen.extend(group)
        return chosen

    def _remove(self, draft: Draft, chosen: list[_Candidate]) -> None:
        first = {c.block for c in chosen if c.first}
        last = {c.block for c in chosen if not c.first}
        out: list[Block] = []
        join_next = False  # the chunk before was cut at its end: this one may continue it
        for i, b in enumerate(draft.blocks):
            if i not in first and i not in last:
                if join_next and out and _split_paragraph(out[-1].text, b.text):
                    out[-1].text += "\n" + b.text
                else:
                    out.append(b)
                join_next = False
                continue
            lines = b.text.split("\n")
            n = len(lines)
            keep = slice(1 if i in first else 0, n - 1 if i in last and n > 1 else n)
            if i in first:
                draft.record(self.name, "page-furniture", lines[0], b.line)
            if i in last and n > 1:
                draft.record(self.name, "page-furniture", lines[-1], None if b.line is None else b.line + n - 1)
            lines = lines[keep]
            start = None if b.line is None else b.line + keep.start
            if not lines:
                # the whole chunk was furniture: the chunks around it may be one paragraph
                join_next = join_next or bool(out)
                continue
            text = "\n".join(lines)
            if (join_next or i in first) and out and _split_paragraph(out[-1].text, text):
                out[-1].text += "\n" + text
            else:
                out.append(Block(text, RAW, start))
            join_next = i in last
        draft.blocks = out


def _split_paragraph(before: str, after: str) -> bool:
    """Does the page break between ``before`` and ``after`` fall in mid-paragraph?"""
    tail = before.rstrip().rsplit("\n", 1)[-1]
    if not tail or ends_sentence(tail):
        return False
    return _HYPHEN_END.search(tail) is not None or _LOWER_START.match(after.lstrip()) is not None
