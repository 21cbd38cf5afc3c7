"""Title: a markdown heading at the top, a first line repeated below it, or a title-like
first line followed by a byline (also one without a byline word: ``Jane Doe | March 5, 2024``,
or a name alone over a date line) or a date.

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

An e-mail's header at the top gives the title (its subject, without ``Re:``/``Fwd:``), the
author (the sender's name) and the date; its lines are recorded as ``email-header``:

>>> doc = Pipeline([Layout(), Title()]).clean(
...     "From: Ana Lima <ana@example.org>\\nDate: 3 May 2024\\nSubject: Re: Minutes\\n\\nHi all,")
>>> doc.title, doc.authors, doc.date, doc.paragraphs
('Minutes', ['Ana Lima'], datetime.date(2024, 5, 3), ['Hi all,'])
"""

from __future__ import annotations

import regex

from ..document import HEADING, PARAGRAPH, Block
from ..metadata import parse_byline, parse_date
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, fix_name_case, is_name, may_hold_date, norm_key, word_count
from .byline import dated_byline, marked_authors, sender_line, unmarked_byline
from .dates import WIRE_DATELINE, date_line
from .layout import EMAIL_DATE, EMAIL_FROM, EMAIL_HEADER, EMAIL_SUBJECT, email_header

HEAD = 6  # how many blocks at the top may hold the title


def _title_like(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 250 or "\n" in t or word_count(t) > 30:
        return False
    if (t.endswith(".") and not t.endswith("...")) or t.endswith((":", "：", "。", "．")):
        return False  # a sentence, or a label that leads into what follows ("Contents:")
    # (a letter of a script without case, CJK, Arabic, Hebrew, Thai, is neither upper nor lower)
    if t[0] == "[" and _LIST_TAG.match(t):
        t = t[t.index("]") + 1:].lstrip()  # a mailing list's tag before the subject: "[dev] Release 2.4 …"
    return t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘¿¡«「『" or (t[0].isalpha() and not t[0].islower())


_CRUMB_SEP = regex.compile(r"\s+[|›>»/•·]\s+")


def _section_label(text: str) -> bool:
    """A section's name or a breadcrumb alone on a line: ``Politique``, ``World › Europe``,
    ``Новости | Экономика`` (up to two words, or up to four parts of up to three words each
    between separators; no sentence, no label that leads into what follows).

    >>> _section_label("Politique"), _section_label("News | Economy"), _section_label("It rained today.")
    (True, True, False)
    """
    t = text.strip()
    if not t or len(t) > 60 or "\n" in t or t.endswith((".", "!", "?", ":", "：", "。")) or not t[0].isalpha():
        return False
    parts = _CRUMB_SEP.split(t)
    return len(parts) <= 4 and all(0 < word_count(p) <= 3 for p in parts) and (len(parts) > 1 or word_count(t) <= 2)


_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Lu}")  # a second sentence: a post's text, not a deck


def _deck(text: str) -> bool:
    """A headline's deck (standfirst): one line of up to 40 words, a sentence or a phrase
    (``An interview with bookshop owner Claire Dubois``, ``Thousands are without power as the
    storm moves north.``): one sentence, not a label that leads into what follows."""
    t = text.strip()
    return (bool(t) and "\n" not in t and len(t) <= 300 and 3 <= word_count(t) <= 40 and not t.endswith((":", "："))
            and _SENTENCE_INSIDE.search(t) is None)


def _meta_line(text: str, langs: tuple[str, ...], post: bool = False) -> bool:
    """A byline or a date line (``By Jane Doe``, ``March 3, 2025``, ``Posted on … by …``);
    with ``post``, also a forum post's header (``Posted by kim42 » Sat Jun 15, 2024``)."""
    return len(text) < 120 and bool(parse_byline(text, langs) or marked_authors(text) or sender_line(text, langs) or (may_hold_date(text) and (
        (parse_date(text, langs) and word_count(text) <= 8) or dated_byline(text, langs) is not None
        # a forum post's header: a byline word, a user name, the date ("Posted by kim42 » Sat Jun 15, 2024 8:12 am")
        or (post and word_count(text) <= 14 and load(langs).byline.match(text) is not None and parse_date(text, langs))
        # a date line of labels, times and weekdays, or of two time stamps ("Publicado el … a las 18:32")
        or date_line(text, langs) is not None)))


_LIST_TAG = regex.compile(r"^\[[\w.-]{1,30}\]\s+\S")
# reply and forward marks before a subject ("Re:", "Fwd:", "AW:", "WG:", "TR:", "RV:", "Odp:", "SV:")
_REPLY_MARKS = regex.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|odp|pd|res|enc)\s?(?:\[\d{1,3}\])?\s?[:：])+\s*", regex.IGNORECASE)
# the sender: "Ana Lima <ana@example.org>", "\"Lima, Ana\" <ana@…>", "ana@example.org (Ana Lima)"
_SENDER = regex.compile(r"^[\"'“]?(?P<name>[^<>\"“”@]{2,60}?)[\"'”]?\s*<[^<>\s]+@[^<>\s]+>$|^[^\s@]+@\S+\s+\((?P<name2>[^()@]{2,60})\)$")


def _email_header(draft: Draft, langs: tuple[str, ...]) -> bool:
    """An e-mail's header at the top (the blocks that ``layout`` kept a line each): its
    subject becomes the title, its sender the author and its date the date."""
    blocks = draft.blocks
    headers: list[regex.Match[str]] = []
    for b in blocks[:12]:
        m = EMAIL_HEADER.match(b.text) if b.kind == PARAGRAPH else None
        if m is None:
            break
        headers.append(m)
    n = len(headers)
    if n < 2 or not email_header([b.text for b in blocks[:n]]):
        return False
    for b, m in zip(blocks[:n], headers, strict=True):
        label, value = " ".join(m.group("label").casefold().split()), m.group("value").strip()
        if label in EMAIL_SUBJECT and draft.title is None:
            subject = _REPLY_MARKS.sub("", value).strip()
            if subject:
                draft.title = subject
        elif label in EMAIL_FROM and not draft.authors:
            sm = _SENDER.match(value)
            name = (sm.group("name") or sm.group("name2") or "").strip() if sm else ""
            if "," in name and name.count(",") == 1:
                last, first = (p.strip() for p in name.split(","))
                name = f"{first} {last}"
            if name and is_name(name):
                draft.authors = [fix_name_case(name)]
        elif label in EMAIL_DATE and draft.date is None and may_hold_date(value):
            draft.date = parse_date(value, langs)
        draft.remove(b, "title", "email-header")
    draft.blocks = blocks[n:]
    return True


def _tagline_between(draft: Draft, first: Block, nxt: Block) -> bool:
    """Did ``boilerplate`` take the lines between the first block and a paragraph of prose
    after it, all as ``navigation`` (a wiki page's ``From Wikipedia, the free encyclopedia``
    and ``Jump to navigation``, a page's ``Skip to content``)?"""
    if first.line is None or nxt.line is None or nxt.kind != PARAGRAPH or word_count(nxt.text) < 10:
        return False
    if not ends_sentence(nxt.text):
        return False
    between = [r for r in draft.removed if r.line is not None and first.line < r.line < nxt.line]
    return bool(between) and all(r.cleaner == "boilerplate" and r.reason == "navigation" for r in between)


class Title(Cleaner):
    """Find the title at the top of the body and move it to ``title``."""

    name = "title"

    def apply(self, draft: Draft) -> None:
        blocks = draft.blocks
        if not blocks:
            return
        langs = (*draft.options.languages, draft.language)
        if (":" in blocks[0].text[:12] or "：" in blocks[0].text[:12]) and _email_header(draft, langs):
            return
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
        label: Block | None = None
        if idx is None and start + 2 < len(blocks) and _section_label(first.text) and _title_like(blocks[start + 1].text) and (
                word_count(blocks[start + 1].text) >= max(4, word_count(first.text) + 1)) and not _meta_line(
                blocks[start + 1].text, langs, post=True) and _meta_line(blocks[start + 2].text, langs, post=True):
            # a section's name or a breadcrumb over the headline ("Politique", "News | Economy"),
            # then a byline or a date: the headline is the title, the label page furniture
            label, start = first, start + 1
            first = blocks[start]
        if idx is None and _title_like(first.text):
            # 2. the first line repeated right below it (page copies print the title twice), or
            # 3. followed by a byline or a date line
            nxt = blocks[start + 1].text if len(blocks) > start + 1 else None
            after = blocks[start + 2].text if len(blocks) > start + 2 else None
            if nxt is not None and (norm_key(nxt) == norm_key(first.text) or _meta_line(nxt, langs, post=True)):
                idx = start
            elif nxt is not None and may_hold_date(nxt + (after or "")) and unmarked_byline(nxt, after, langs) is not None:
                idx = start  # a byline without a byline word ("Jane Doe | March 5, 2024")
            elif nxt is not None and start == 0 and _tagline_between(draft, first, blocks[1]):
                idx = start  # 4. a page's name over its tagline or skip links, then the text
            elif nxt is not None and word_count(first.text) >= 3 and not first.text.isupper() and WIRE_DATELINE.match(nxt):
                idx = start  # 6. a headline over a paragraph that opens with a wire dateline
            elif nxt is not None and after is not None and word_count(first.text) >= 3 and _deck(nxt) and not _meta_line(
                    nxt, langs, post=True) and not _meta_line(first.text, langs, post=True) and _meta_line(after, langs, post=True):
                idx = start  # 5. a headline over its deck (a standfirst), then a byline or a date
        if idx is None:
            return
        if label is not None and idx == start:
            draft.remove(label, self.name, "section-label")
            blocks = draft.blocks = [b for b in blocks if b is not label]
            idx -= 1
        title_block = blocks[idx]
        if draft.title is None:
            draft.title = title_block.text.strip()
        draft.remove(title_block, self.name, "title")
        key = norm_key(title_block.text)
        kept = []
        for i, b in enumerate(blocks):
            if i == idx:
                continue
            if i < idx + HEAD and (norm_key(b.text) == key or (
                    b.text[:4].rstrip().endswith((":", "：")) and norm_key(_REPLY_MARKS.sub("", b.text)) == key)):
                # (a forum's or a list's reply repeats the subject: "Re: Tomato leaves …")
                draft.remove(b, self.name, "duplicate-title")
                continue
            kept.append(b)
        draft.blocks = kept
