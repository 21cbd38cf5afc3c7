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
  (``- 4 -``) are evidence on their own, and so is a labelled page number alone set far to
  the right or centred (``                    Page 3``) after a page of text.

A numbered heading such as ``Chapter 2`` (a single space before the number), a numbered list,
item marks (``(2)``), a timeline of years and a table's rows stay.  When a removed line split a paragraph (the text before it does not end a sentence and the
text after it starts in lowercase, or ends in a line-end hyphen), the two chunks become one, so
that the layout cleaner rejoins the wrapped lines and the hyphenated word.  Removals are recorded
with the reason ``page-furniture``.  A number alone between the two halves of a hyphenated word,
after a page of text (``… public subscrip-`` / ``12`` / ``tion, …``), is a page number on its
own evidence.

A wiki page copied as text loses its edit links (``Geography[edit]``: ``markup``) and its table
of contents (``navigation``) here too, before ``layout`` reads the headings (:func:`wiki_furniture`).

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

from itertools import accumulate, pairwise, repeat
from operator import contains
from typing import NamedTuple

import regex

from ..document import RAW, Block
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence
from .layout import _SPEAKER

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
_ALIGNED = 10  # spaces before a line set to the right or centred on the page


class _Candidate(NamedTuple):
    block: int  # index in draft.blocks
    first: bool  # the first line of its chunk (else the last)
    key: str  # the text around the number, casefolded, spaces collapsed ("" for a number alone)
    number: int
    total: bool  # "Page N of M": evidence on its own
    offset: int  # characters of text before it
    text: bool  # a text beside the number ("Annual Report    3"), not a number alone or labelled


def _furniture(line: str) -> tuple[str, int, bool, bool] | None:
    """``(key, number, total, text beside the number)`` when ``line`` has the form of page
    furniture."""
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
        return key, n, total or marked, False
    if not any(g in line for g in _GAP_NEEDLES):
        return None
    m = _TEXT_NUMBER.match(line) or _NUMBER_TEXT.match(line)
    if m is not None and sum(c.isalpha() for c in m.group("text")) >= 3:
        return " ".join(m.group("text").casefold().split()), int(m.group("n")), False, True
    return None


class PageBreaks(Cleaner):
    """Remove running headers, footers and page numbers of a PDF copy; rejoin the paragraphs
    they split (see the module docstring)."""

    name = "page-breaks"

    def __init__(self, min_page_chars: int = 400) -> None:
        self.min_page_chars = min_page_chars

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if not blocks or blocks[0].kind != RAW:
            return  # blocks from HTML (they come with kinds): no pages
        texts = [b.text for b in blocks]
        # cheap first, in one comprehension: furniture starts with a digit or ends with one (or
        # a dash, a bar, a space before the trimmed end); most chunks' first and last lines do
        # neither
        hits = _hits(texts)
        # a subtitle file (its timings are the "pages" of a video): "-->" in any chunk (a gate
        # on the first chunks, or on the chunks that start with a digit, would move when a
        # cleaning removes the lines before them)
        if any(map(contains, texts, repeat("-->"))) and not any("```" in t or "~~~" in t for t in texts):
            draft.blocks = blocks = subtitle_cues(blocks, draft, self.name)
            texts = [b.text for b in blocks]
            hits = _hits(texts)
        # (a wiki copy: a line that ends with a bracket, or a chunk whose first line may be a
        # table of contents' label, which is short: a line break in its first 25 characters)
        if any(t[-1:] == "]" or "]\n" in t or (t[:1] in _TOC_FIRST and t.find("\n", 0, 25) > 0) for t in texts):
            draft.blocks = blocks = wiki_furniture(blocks, draft, self.name)
            texts = [b.text for b in blocks]
            hits = _hits(texts)
        # (a PDF's table of contents: entries with dot leaders, "Introduction ........ 3")
        if any("...." in t or ". . . ." in t or "……" in t for t in texts):
            draft.blocks = blocks = dotted_contents(blocks, draft, self.name)
            texts = [b.text for b in blocks]
            hits = _hits(texts)
        if len(blocks) < 2 or blocks[0].kind != RAW:
            return  # one chunk: no pages
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
                    found.append(_Candidate(i, first, got[0], got[1], got[2], starts[i], got[3]))
        if not found:
            return
        chosen = self._select(found)
        taken = {c.block for c in chosen}
        for c in found:
            # a page number alone between the two halves of a word (a scan's one page number,
            # ``… public subscrip-`` / ``12`` / ``tion, …``) after a page of text: evidence on
            # its own (a lowercase start alone is not: a first cleaning can leave a number
            # between an unfinished line and a lowercase one, "and goes on" / "2" / "(applause)")
            i = c.block
            if (not c.key and not c.text and i not in taken and c.offset >= self.min_page_chars
                    and "\n" not in texts[i] and 0 < i < len(texts) - 1
                    and blocks[i - 1].kind == RAW and blocks[i + 1].kind == RAW
                    and _HYPHEN_END.search(texts[i - 1]) is not None and texts[i + 1][:1].isalpha()):
                chosen.append(c)
                taken.add(i)
            elif (c.key and not c.text and i not in taken and c.offset >= self.min_page_chars
                    and "\n" not in texts[i] and 0 < i < len(texts) - 1
                    and len(texts[i]) - len(texts[i].lstrip(" ")) >= _ALIGNED):
                # a labelled page number alone, set far to the right or centred (a copy of one
                # page break, "                    Page 3"), after a page of text: evidence on
                # its own (at the left margin, "Page 3" could be a caption's or a list's text)
                chosen.append(c)
                taken.add(i)
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
        # running heads that alternate (the journal on even pages, the title on odd ones): in
        # a short copy each form occurs once; lines of text beside a number whose numbers go
        # up by exactly one, page after page, are the pages' heads too
        taken = {id(c) for c in chosen}
        rest = [c for c in found if c.text and not c.total and id(c) not in taken]
        if len(rest) >= 2 and len({c.key for c in rest}) > 1 and rest[-1].number < 1000 and all(
            b.number - a.number == 1 and b.offset - a.offset >= self.min_page_chars for a, b in pairwise(rest)
        ):
            chosen.extend(rest)
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


# -- a wiki page copied as text ---------------------------------------------------------------------

# the edit links after a section heading: "Geography[edit]", "Histoire[modifier | modifier le code]"
_EDIT_LINK = regex.compile(
    r"\s*\[\s*(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|editar código(?:-fonte)?|"
    r"edytuj|edytuj kod|modifica|modifica wikitesto|bewerken|brontekst bewerken|redigera|redigér|rediger|править|"
    r"править код|編集|ソースを編集|编辑|編輯|편집|원본 편집)(?:\s*\|\s*[^\[\]\n]{1,30})?\s*\]\s*$",
    regex.IGNORECASE,
)
#: the label over a wiki page's table of contents
_TOC_LABELS = ("contents", "inhaltsverzeichnis", "sommaire", "índice", "indice", "spis treści", "inhoud", "innehåll",
               "содержание", "目次", "目录", "목차")
#: the first letters of those labels, either case (a cheap test before the label's)
_TOC_FIRST = frozenset("".join(w[0] + w[0].upper() for w in _TOC_LABELS))
_TOC_ENTRY = regex.compile(r"^\s*(?P<n>\d{1,2})(?:\.\d{1,2})*\.?\s+\S")


def wiki_furniture(blocks: list[Block], draft: Draft, cleaner: str = "page-breaks") -> list[Block]:
    """A wiki page's furniture in its copied text: the edit links after the section headings
    (``Geography[edit]``: the link is recorded as ``markup``) and the table of contents (a
    ``Contents`` line over numbered entries that start at 1: ``navigation``).

    >>> from textclean.pipeline import Draft, split_chunks
    >>> d = Draft(blocks=split_chunks("Contents\\n1 Geography\\n2 History\\n\\nGeography[edit]\\n\\nThe lake."))
    >>> [b.text for b in wiki_furniture(d.blocks, d)], [(r.reason, r.text) for r in d.removed]
    (['Geography', 'The lake.'], [('navigation', 'Contents\\n1 Geography\\n2 History'), ('markup', '[edit]')])
    """
    out: list[Block] = []
    for b in blocks:
        text = b.text
        if b.kind != RAW:
            out.append(b)
            continue
        nl = text.find("\n", 0, 25) if text[:1] in _TOC_FIRST else -1
        if nl > 0 and text[:nl].strip().casefold().rstrip(":").split("[")[0].strip() in _TOC_LABELS:
            entries = [_TOC_ENTRY.match(line) for line in text.split("\n")[1:]]
            if len(entries) >= 2 and all(entries) and entries[0] is not None and entries[0].group("n") == "1":
                draft.record(cleaner, "navigation", text, b.line)
                continue
        if text[-1:] == "]" or "]\n" in text:
            lines = text.split("\n")
            changed = False
            for k, line in enumerate(lines):
                if line.endswith("]"):
                    m = _EDIT_LINK.search(line)
                    if m is not None and m.start() > 0:
                        draft.record(cleaner, "markup", m.group(0).strip(), None if b.line is None else b.line + k)
                        lines[k] = line[:m.start()]
                        changed = True
            if changed:
                b = Block("\n".join(lines), RAW, b.line)
        out.append(b)
    return out


#: an entry of a table of contents with dot leaders: the entry, a run of four or more dots
#: (maybe spaced, or "…", "·"), its page number (or a Roman one)
_LEADER_ENTRY = regex.compile(r"^\s*\S.{0,120}?\s*(?:[.·…](?:\s?[.·…]){3,})\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", regex.IGNORECASE)


def _toc_label(text: str) -> bool:
    key = text.strip().casefold().rstrip(":").strip()
    return key in _TOC_LABELS or key in ("table of contents", "table des matières", "índice general")


def dotted_contents(blocks: list[Block], draft: Draft, cleaner: str = "page-breaks") -> list[Block]:
    """A table of contents with dot leaders, as a PDF's copy gives it (``1 Introduction .......
    3``): a chunk of two or more such entries and nothing else, maybe under its label
    (``Contents``, ``Table of Contents`` …, on the chunk's first line or alone in the chunk
    before it), is removed as ``navigation``.  A single entry, or entries mixed with prose,
    stay.

    >>> from textclean.pipeline import Draft, split_chunks
    >>> d = Draft(blocks=split_chunks("Contents\\n\\n1 Introduction ....... 3\\n2 Methods ......... 9\\n\\n1 Introduction"))
    >>> [b.text for b in dotted_contents(d.blocks, d)], [r.text for r in d.removed]
    (['1 Introduction'], ['Contents', '1 Introduction ....... 3\\n2 Methods ......... 9'])
    """
    out: list[Block] = []
    for b in blocks:
        lines = b.text.split("\n") if b.kind == RAW else []
        if lines and _toc_label(lines[0]):
            lines = lines[1:]
        # (an entry is a short line: longer ones are not read, which bounds the regex's work)
        if len(lines) >= 2 and all(len(line) <= 200 and _LEADER_ENTRY.match(line) for line in lines):
            if out and out[-1].kind == RAW and "\n" not in out[-1].text and _toc_label(out[-1].text):
                label = out.pop()
                draft.record(cleaner, "navigation", label.text.strip(), label.line)
            draft.record(cleaner, "navigation", b.text, b.line)
            continue
        out.append(b)
    return out


def _hits(texts: list[str]) -> list[int]:
    """The chunks whose first or last line may be page furniture (they start with a digit, or
    their first or last line ends with one, a dash, a bar or a space)."""
    return [
        i for i, t in enumerate(texts)
        if t and (t[0] in _DIGITS or t[-1] in _ENDS or ((n := t.find("\n")) > 0 and t[n - 1] in _ENDS))
    ]


def _split_paragraph(before: str, after: str) -> bool:
    """Does the page break between ``before`` and ``after`` fall in mid-paragraph?"""
    tail = before.rstrip().rsplit("\n", 1)[-1]
    if not tail or ends_sentence(tail):
        return False
    return _HYPHEN_END.search(tail) is not None or _LOWER_START.match(after.lstrip()) is not None


# -- subtitles (SRT, WebVTT) ----------------------------------------------------------------------

# a cue's timing line: "00:01:02,000 --> 00:01:04,500" (SRT), "01:02.000 --> 01:04.500 align:start" (VTT)
_TIME = r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
_TIMING = regex.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+\S.*)?$")
# VTT markup inside a cue: a voice ("<v Anna>", "<v.loud Anna>"), class, italics, bold,
# underline, language and ruby spans, inline timestamps; an ASS override ("{\\an8}")
_VOICE = regex.compile(r"<v(?:\.[\w.-]+)?\s+([^<>]{1,60})>")
_CUE_TAG = regex.compile(r"</?(?:[cibuv]|lang|ruby|rt)(?:[.\s][^<>]{0,60})?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>|\{\\[^{}\n]{1,40}\}")
# a cue that is only a sound or music label: "[Music]", "(applause)", "♪", "[LAUGHTER]"
_SOUND = regex.compile(r"^\s*(?:\[[^\[\]]{1,40}\]|\([^()]{1,40}\)|[♪♫#\s]+)\s*$")
# a turn inside a cue: "- Are you coming?" / "- Yes."; ">> REPORTER: ..." in broadcast captions
_TURN = regex.compile(r"^\s*(?:-|–|>>)\s*")
_VTT_BLOCK = ("NOTE", "STYLE", "REGION")
#: a pause (in seconds) between two cues after which a finished sentence ends its paragraph
_PAUSE = 2.0
#: a paragraph that has grown this long ends at the next finished sentence
_LONG = 600


def _seconds(m: regex.Match[str], first: int) -> float:
    h, mi, sec, ms = (m.group(first + k) for k in range(4))
    return int(h or 0) * 3600 + int(mi) * 60 + int(sec) + int(ms.ljust(3, "0")) / 1000


def subtitle_cues(blocks: list[Block], draft: Draft, cleaner: str = "page-breaks") -> list[Block]:
    """A subtitle file (SRT or WebVTT) read as text: its cue numbers, timing lines and VTT
    header, notes and styles are removed (``subtitle-cue``), the markup inside the cues
    (``<i>``, ``<c.x>``, ``{\\an8}``: ``markup``) and the cues that only name a sound
    (``[Music]``, ``(applause)``, ``♪``: ``sound-label``), and the cues' text becomes paragraphs:
    the lines of a cue and the cues that go on with a sentence are joined, and a new paragraph
    starts at a new speaker (``<v Anna>`` becomes ``Anna:``, a dash or ``>>`` turn) or after a
    finished sentence and a pause of two seconds or more.  A cue whose first line repeats the
    last line of the cue before (roll-up captions) loses that line (``duplicate``).  Text
    without a timing line is returned as it is (``PageBreaks`` also leaves a document with a
    code fence alone: a README may show a subtitle file as an example).

    >>> from textclean.pipeline import split_chunks
    >>> d = Draft(blocks=split_chunks("1\\n00:00:01,000 --> 00:00:03,000\\nBees pollinate about\\na third of the crops\\n\\n"
    ...                               "2\\n00:00:03,100 --> 00:00:05,000\\nwe eat. [Music]\\n\\n3\\n00:00:05,000 --> 00:00:06,000\\n[Music]"))
    >>> [b.text for b in subtitle_cues(d.blocks, d)]
    ['Bees pollinate about a third of the crops we eat. [Music]']
    >>> [(r.reason, r.text) for r in d.removed][-2:]
    [('subtitle-cue', '00:00:05,000 --> 00:00:06,000'), ('sound-label', '[Music]')]
    """
    if not any(_TIMING.match(line) for b in blocks if "-->" in b.text for line in b.text.split("\n")):
        return blocks
    out: list[Block] = []
    para: list[str] = []  # the pieces of the paragraph being built
    para_line = 0
    speaker = ""  # the speaker of the paragraph being built
    last_end: float | None = None  # when the cue before ended
    last_text = ""  # the last text line of the cue before

    def flush() -> None:
        nonlocal para
        if para:
            out.append(Block(" ".join(para), RAW, para_line))
        para = []

    for n, b in enumerate(blocks):
        lines = b.text.split("\n")
        base = b.line or 1
        head = lines[0].strip()
        if (n == 0 and head.startswith("WEBVTT")) or (head.split(" ", 1)[0] in _VTT_BLOCK and "-->" not in b.text):
            for j, line in enumerate(lines):
                draft.record(cleaner, "subtitle-cue", line.strip(), base + j)
            continue
        timings = [j for j, line in enumerate(lines) if "-->" in line and _TIMING.match(line)]
        if not timings:
            flush()
            out.append(b)  # not a cue: text around the subtitles (a title, a note)
            last_end = None
            continue
        if timings[0] > 0:
            # lines before the first timing: a cue number or identifier; text before a cue
            # number that is not one of them stays text
            pre = lines[:timings[0]]
            ident = pre[-1].strip()
            keep = pre[:-1] if len(pre) == 1 or ident.isdigit() else pre
            if len(keep) < len(pre):
                draft.record(cleaner, "subtitle-cue", ident, base + timings[0] - 1)
            if keep:
                flush()
                out.append(Block("\n".join(keep), RAW, base))
        bounds = [*timings, len(lines)]
        for t, stop in pairwise(bounds):
            m = _TIMING.match(lines[t])
            assert m is not None
            draft.record(cleaner, "subtitle-cue", lines[t].strip(), base + t)
            start, end = _seconds(m, 1), _seconds(m, 5)
            cue = lines[t + 1:stop]
            if stop < len(lines) and cue and cue[-1].strip().isdigit():
                draft.record(cleaner, "subtitle-cue", cue[-1].strip(), base + stop - 1)
                cue = cue[:-1]  # the next cue's number, with no blank line before it
            first_of_cue = True
            for j, raw in enumerate(cue, start=base + t + 1):
                text = raw.strip()
                if not text:
                    continue
                voice = _VOICE.search(text)
                if "<" in text or "{" in text:
                    if voice:
                        draft.record(cleaner, "markup", voice.group(0), j)
                        text = _VOICE.sub("", text)
                    for tag in _CUE_TAG.findall(text):
                        draft.record(cleaner, "markup", tag, j)
                    text = _CUE_TAG.sub("", text).strip()
                if not text:
                    continue
                if _SOUND.match(text):
                    draft.record(cleaner, "sound-label", text, j)
                    continue
                if first_of_cue and text == last_text:
                    draft.record(cleaner, "duplicate", text, j)
                    continue
                last_text = text
                turn = _TURN.match(text)
                who = voice.group(1).strip() if voice else speaker
                if turn is not None and turn.end() < len(text):
                    text = text[turn.end():]
                prev = para[-1] if para else ""
                finished = not prev or ends_sentence(prev)
                new = (
                    not para or who != speaker or turn is not None
                    or (finished and first_of_cue and (
                        (last_end is not None and start - last_end >= _PAUSE)
                        or sum(map(len, para)) >= _LONG
                        or (":" in text[:30] and _SPEAKER.match(text) is not None)))
                )
                if new:
                    flush()
                    para_line = j
                    if voice and who:
                        text = f"{who}: {text}"
                speaker = who
                para.append(text)
                first_of_cue = False
            if not first_of_cue:
                last_end = end  # (a cue of sound labels only is a pause)
    flush()
    return out
