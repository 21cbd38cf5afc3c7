"""Bylines: ``By NAME and NAME, Agency`` near the top, or an author's name alone at the
end of the article (before the boilerplate that followed it), moved to ``authors``; without
either, a reporter's line taken as a contributor note (``홍길동 기자 hong@example.com``) or an
agency's lead (``(서울=연합뉴스) 홍길동 기자 = …``, ``新华社北京3月14日电（记者王小明）…``, which
stays) names the author; a
publication date in a byline at the top (``Par Marie Dupont, publié le 3 mars 2024``) becomes
``date``.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([Byline()]).clean("By JOHN SMITH and JANE DOE, Reuters\\n\\nThe story.")
>>> doc.authors, doc.paragraphs
(['John Smith', 'Jane Doe'], ['The story.'])
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from itertools import islice

import regex

from ..document import CODE, Block
from ..metadata import parse_byline
from ..metadata.authors import _AGENCY_WORDS
from ..metadata.dates import find_date
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, fix_name_case, is_name, may_hold_date, norm_key
from .dates import date_line

HEAD = 8
_TAIL_REASONS = frozenset(
    {"subscription", "donate", "related-link", "share", "cookie", "copyright", "navigation", "contributor-note"}
)


_SEGMENT = regex.compile(r"[|•·,;–—]|\s-\s")
#: a news agency's lead: "(서울=연합뉴스) 홍길동 기자 = 본문 …" (place=agency, then the reporter's
#: byline up to "=")
_AGENCY_LEAD = regex.compile(r"^\s*[(（]\s*[^()（）=\n]{1,20}=\s*[^()（）=\n]{1,20}[)）]\s*(?P<byline>[^=\n]{2,40}?)\s*=\s*\S")
#: a Chinese agency's lead: "新华社北京3月14日电（记者王小明）中国人民银行 …" (the dateline ends in
#: "<day>日电"; "记者会" is a press conference, not a reporter)
_AGENCY_LEAD_ZH = regex.compile(
    r"^\s*[^\s（(]{1,30}?\d{1,2}\s*日\s*[电電]\s*[（(]\s*(?P<word>记者|記者)(?![会會])\s*(?P<names>[^（）()\n]{2,30}?)\s*[）)]"
)


#: a line that is only an e-mail address, maybe labelled or in brackets
_EMAIL_LINE = regex.compile(
    r"^\W{0,3}(?:(?:e-?mail|contact|courriel|correo(?:\s+electr[oó]nico)?|kontakt)\s*:?\s*)?"
    r"[<(\[]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}[>)\]]?\W{0,3}$",
    regex.IGNORECASE,
)


def byline_date(text: str, languages: tuple[str, ...]) -> dt.date | dt.datetime | None:
    """The publication date written in a byline (``Par Marie Dupont, publié le 3 mars 2024``,
    ``Von Max Mustermann | 03.03.2024, 10:00 Uhr``), or ``None``; a date that an
    "updated" word introduces is not the publication date.

    >>> byline_date("Von Max Mustermann | 03.03.2024, 10:00 Uhr", ("auto",))
    datetime.date(2024, 3, 3)
    >>> byline_date("By Jane Doe | Updated March 3, 2024", ("auto",)) is None
    True
    """
    found = find_date(text, languages)
    if found is None:
        return None
    before = _SEGMENT.split(text[: found[1].start()])[-1]
    if load(languages).updated.match(before):
        return None
    return found[0]


# a paper's author list: names with affiliation marks ("Anna Keller¹, Jonas Brandt¹,², and Mei Lin³",
# "J. Brandt*†"), joined by commas, "and" or "&"
_AFFILIATION_MARKS = regex.compile(r"(?<=\p{L}\.?)\s?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+(?:,[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+)*)")
_AUTHOR_SPLIT = regex.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&|und|et|y|i|e)\s+)\s*")


# the same marks typed as plain digits, after the name or a space ("Anna Keller1, Jonas
# Brandt1,2", "A. Keller 1 and J. Brandt 2"), before a separator or the line's end
_DIGIT_MARKS = regex.compile(
    r"(?<=\p{L}\.?)\s?\d{1,2}(?:,\d{1,2})*(?=\s*(?:[,&]|$)|\s+(?:and|und|et|y|i|e)\s)")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def _mark_names(text: str) -> tuple[list[str], frozenset[str]]:
    """The names of an author list with affiliation marks and the numbers of the marks."""
    if len(text) > 300:
        return [], frozenset()
    if _AFFILIATION_MARKS.search(text):
        marks = _AFFILIATION_MARKS.findall(text)
        names = [n for n in _AUTHOR_SPLIT.split(_AFFILIATION_MARKS.sub("", text).strip()) if n]
    elif text[-1:].isdigit() and _DIGIT_MARKS.search(text):
        # plain digits are weaker evidence (a name with a number is a title: "Apollo 11"):
        # two names or more, each with its mark, and the line ends with one
        marks = _DIGIT_MARKS.findall(text)
        names = [n for n in _AUTHOR_SPLIT.split(_DIGIT_MARKS.sub("", text).strip()) if n]
        if len(names) < 2 or len(marks) != len(names):
            return [], frozenset()
    else:
        return [], frozenset()
    if not names or not all(is_name(n, max_tokens=4) for n in names):
        return [], frozenset()
    numbers = frozenset(n for m in marks for n in m.translate(_SUPERSCRIPT_DIGITS).strip().split(",") if n.isdigit())
    return [fix_name_case(n) for n in names], numbers


def marked_authors(text: str) -> list[str]:
    """The names of a paper's author list, whose names carry affiliation marks (at least one
    of them does; plain digits, ``Anna Keller1``, only when every name of two or more has
    one); ``[]`` for any other line.

    >>> marked_authors("Anna Keller¹, Jonas Brandt¹,², and Mei Lin³")
    ['Anna Keller', 'Jonas Brandt', 'Mei Lin']
    >>> marked_authors("Anna Keller1, Jonas Brandt1,2, Mei Lin2"), marked_authors("A. Keller 1 and J. Brandt 2")
    (['Anna Keller', 'Jonas Brandt', 'Mei Lin'], ['A. Keller', 'J. Brandt'])
    >>> marked_authors("Anna Keller, Jonas Brandt and Mei Lin"), marked_authors("Figure 1* shows it")
    ([], [])
    >>> marked_authors("Anna Keller1, Jonas Brandt"), marked_authors("Apollo 11")
    ([], [])
    """
    return _mark_names(text)[0]


def affiliation_numbers(text: str) -> frozenset[str]:
    """The affiliation numbers of a paper's author list (superscripts read as digits); an
    empty set for any other line.

    >>> sorted(affiliation_numbers("Anna Keller1, Jonas Brandt2, Mei Lin1"))
    ['1', '2']
    >>> sorted(affiliation_numbers("Anna Keller¹, Jonas Brandt¹,², and Mei Lin³"))
    ['1', '2', '3']
    """
    return _mark_names(text)[1]


# a list archive's sender line: the name, the address (maybe written "tom at example.org"),
# maybe the date ("Tom Becker tom at example.org Wed Jun 5 10:14:03 UTC 2024")
_SENDER_LINE = regex.compile(
    r"^(?P<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+[<(]?[\w.+-]{1,64}(?:\s+at\s+|@)[\w-]{1,63}"
    r"(?:\.[\w-]{1,63}){1,4}[>)]?(?:\s+(?P<date>\S.{0,60}))?$"
)


_ASCTIME = regex.compile(r"^((?:\p{L}{3,9},?\s+)?\p{L}{3,9}\s+\d{1,2})(\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5})?)?(\s+)(\d{4})\b")


def sender_line(text: str, languages: tuple[str, ...]) -> tuple[list[str], dt.date | dt.datetime | None] | None:
    """A mailing-list archive's sender line: ``([name], date)``, or ``None``.

    >>> sender_line("Tom Becker tom at example.org Wed Jun 5 10:14:03 UTC 2024", ("en",))
    (['Tom Becker'], datetime.date(2024, 6, 5))
    >>> sender_line("Write to tom at example.org", ("en",)) is None
    True
    """
    if len(text) > 160 or ("@" not in text and " at " not in text):
        return None
    m = _SENDER_LINE.match(text)
    if m is None or not is_name(m["name"], max_tokens=4):
        return None
    when = None
    if m["date"]:
        # (an archive prints the date as C's asctime does: "Wed Jun 5 10:14:03 UTC 2024")
        found = find_date(_ASCTIME.sub(r"\1\3\4", m["date"]), languages)
        if found is None:
            return None  # words after the address that are no date: a sentence
        when = found[0]
    return [fix_name_case(m["name"])], when


_POSTED_BY_USER = regex.compile(r"^(?:posted\s+by|by|von|par|por|autor|od)\s+(?P<user>\S{2,40})\s+(?:[»|•·–—-]|on|am|le|el)\s", regex.IGNORECASE)
_ON_AT = regex.compile(r"(?i)\b(?:on|at)\b")
# the separators and a time between a date and the byline after it ("…, 10:30 am | By …")
_TIME_SEP = regex.compile(r"^[\s,;|·•–—-]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,;|·•–—-]*", regex.IGNORECASE)


@lru_cache(maxsize=64)
def _byline_word(byline: regex.Pattern[str]) -> regex.Pattern[str]:
    """``byline`` (a table set's byline pattern, anchored at the start) found anywhere after a
    non-word character."""
    anchor = "^\\W{0,3}"
    pattern = byline.pattern
    if pattern.startswith(anchor):
        pattern = "(?<!\\w)" + pattern[len(anchor):]
    return regex.compile(pattern, byline.flags)


def dated_byline(text: str, languages: tuple[str, ...]) -> tuple[list[str], dt.date | dt.datetime | None] | None:
    """A line that gives the date first and the byline after it (a blog's ``Posted on March
    30, 2015 by Jane Doe``, ``Published 3 March 2025 | By Jane Doe``): its names (none when the
    name is no name, ``by admin``) and its date (``None`` when an "updated" word introduces it);
    ``None`` when the line is something else.

    >>> dated_byline("Posted on March 30, 2015 by Jane Doe", ("en",))
    (['Jane Doe'], datetime.date(2015, 3, 30))
    >>> dated_byline("Posted on March 30, 2015 by admin", ("en",))
    ([], datetime.date(2015, 3, 30))
    >>> dated_byline("On March 30, 2015 the council met", ("en",)) is None
    True
    """
    pats = load(languages)
    if _byline_word(pats.byline).search(text) is None:
        return None  # (the cheap test first: no byline word anywhere, no date to look for)
    found = find_date(text, languages)
    if found is None:
        return None
    value, m = found
    before = text[: m.start()]
    updated = bool(pats.updated.match(before))
    before = pats.updated.sub("", before) if updated else pats.published.sub("", before)
    if before.strip() and _ON_AT.sub("", before).strip(" \t|,;:-–—·•()[]*_"):
        return None  # words before the date: not a date-first byline
    after = _TIME_SEP.sub("", text[m.end():])
    if not pats.byline.match(after):
        return None
    names = parse_byline(after, languages)
    if not names and (len(after.split()) > 3 or ends_sentence(after)):
        return None  # "On March 3 by a vote of 7-2, the council ...": a sentence
    return names, (None if updated else value)


# what parts the name from the date in a byline without a byline word ("Jane Doe | March 5,
# 2024", "Иван Петров, 5 марта 2024"), and the parts after it from each other
_NAME_END = regex.compile(r"\s*[|•·,]\s*|\s+[–—]\s+")
_PART_SEP = regex.compile(r"\s*[|•·]\s*|\s+[–—]\s+")
#: capitalised words of a section label or a desk, not of a person ("World News | March 5, 2024")
_NOT_NAME_WORDS = frozenset([
    "news", "updates", "update", "live", "breaking", "stories", "story", "staff", "team", "desk",
    "editorial", "editors", "newsroom", "report", "reports", "latest", "today", "world", "home",
    "opinion", "sport", "sports", "business", "politics", "video", "videos", "photos", "press",
    "release",
])
#: first words of two-word place names, which a dateline puts before its date ("New York,
#: March 5, 2024", "Buenos Aires | 5 de marzo de 2024")
_PLACE_WORDS = frozenset([
    "new", "san", "santa", "são", "los", "las", "el", "la", "le", "rio", "bad", "buenos", "hong",
    "tel", "kuala", "abu", "cape", "port", "porto", "saint", "st.", "sankt", "hong", "mexico",
    "costa", "sri", "puerto", "ho",
])
#: a reading time or another short counted label among the parts ("5 min read", "3 Min. Lesezeit")
_COUNT_PART = regex.compile(r"^(?=.{1,30}$)(?=\D*\d)[^.!?]*$")


def unmarked_byline(text: str, next_text: str | None, languages: tuple[str, ...]) -> tuple[list[str], dt.date | dt.datetime | None] | None:
    """A byline without a byline word, as a page puts it under the headline: a name and the
    date (``Jane Doe | March 5, 2024``, ``Иван Петров, 5 марта 2024``, ``Jane Doe · 5 min
    read · Mar 5, 2024``), or a name alone on the line above a date line.  ``(names, date)``,
    or ``None`` for any other line.  Section labels (``World News | …``) and places
    (``New York, March 5, 2024``) are no names.

    >>> unmarked_byline("Jane Doe | March 5, 2024", None, ("en",))
    (['Jane Doe'], datetime.date(2024, 3, 5))
    >>> unmarked_byline("Jane Doe", "March 5, 2024", ("en",))
    (['Jane Doe'], None)
    >>> unmarked_byline("New York, March 5, 2024", None, ("en",)) is None
    True
    >>> unmarked_byline("World News | March 5, 2024", None, ("en",)) is None
    True
    """
    if len(text) > 120:
        return None
    m = _NAME_END.search(text)
    name, rest = (text.strip(), None) if m is None else (text[: m.start()].strip(), text[m.end():])
    if not is_name(name, max_tokens=4) or name.casefold() in _AGENCY_WORDS:
        return None
    words = [w.casefold() for w in name.split()]
    if words[0] in _PLACE_WORDS or any(w in _NOT_NAME_WORDS for w in words):
        return None
    if rest is None:
        # a name alone: the next line must be a date line (the dateline cleaner takes it)
        if next_text is None or date_line(next_text, languages) is None:
            return None
        return [fix_name_case(name)], None
    when: dt.date | dt.datetime | None = None
    dated = False
    for part in _PART_SEP.split(rest):
        part = part.strip()
        found = date_line(part, languages) if part else None
        if found is not None:
            dated = True
            if isinstance(found, dt.date) and when is None:
                when = found
        elif not _COUNT_PART.match(part):
            return None  # words that are no date and no count: a sentence, a title, a place
    return ([fix_name_case(name)], when) if dated else None


def _repeats(blocks: list[Block], min_length: int = 25) -> set[int]:
    """The blocks that :class:`~textclean.cleaners.dedupe.Dedupe` (with its default
    ``min_length``) takes as repeats: the block before said the same, or a long one did."""
    out: set[int] = set()
    seen: set[str] = set()
    prev = None
    for i, b in enumerate(blocks):
        if b.kind == CODE:
            prev = None
            continue
        key = norm_key(b.text)
        if key and (key == prev or (len(key) >= min_length and key in seen)):
            out.add(i)
            continue
        if len(key) >= min_length:
            seen.add(key)
        prev = key
    return out


def _byline_word_sentence(text: str) -> bool:
    """A sentence of fifteen words or more that opens with a byline word is prose, not a byline
    ("Author Ana Lima, from Kensington, said she started reading romance because ...").

    >>> _byline_word_sentence("Author Ana Lima, from Kensington, said she started reading romance because it was the closest to home.")
    True
    >>> _byline_word_sentence("By Ana Lima and John Smith, staff writers of the Daily Example.")
    False
    """
    return text.count(" ") >= 14 and ends_sentence(text) and len(text.split()) >= 15


class Byline(Cleaner):
    """Move bylines into ``authors``."""

    name = "byline"

    @staticmethod
    def _scan(draft: Draft, blocks: list[Block], candidates: list[int], head: set[int], drop: set[int],
              langs: tuple[str, ...]) -> None:
        """Take the bylines among ``candidates`` (``head``: the first lines) into ``drop``."""
        # (a byline without a byline word is read in the first two lines under the headline)
        first = set(sorted(head)[:2])
        for i in candidates:
            b = blocks[i]
            if len(b.text) > 200 or _byline_word_sentence(b.text):
                continue
            names = parse_byline(b.text, langs)
            if not names and i in head and not draft.authors:
                names = marked_authors(b.text)
                sender = None if names else sender_line(b.text, langs)
                if sender is not None:
                    names = sender[0]
                    if draft.date is None:
                        draft.date = sender[1]
            if not names and i in head and len(b.text) <= 150 and may_hold_date(b.text):
                user = _POSTED_BY_USER.match(b.text) if i <= 1 else None
                if user is not None and draft.date is None:
                    # a forum post's header over the first post: its date is the thread's; the
                    # line stays, it says who wrote the post ("Posted by kim42 » Sat Jun 15, 2024")
                    found = find_date(b.text, langs)
                    if found is not None:
                        draft.date = found[0]
                if user is not None and not draft.authors and draft.title is not None and not any(
                        _POSTED_BY_USER.match(o.text) for o in blocks[i + 1:]):
                    # ... unless no other post follows: then it is a blog post's byline with the
                    # author's user name ("Posted by trailmix_dan on March 3, 2026 · 6 min read")
                    handle = user["user"].strip(".,;:!?()[]\"'“”")
                    if len(handle) >= 2 and any(c.isalpha() for c in handle):
                        draft.authors.append(handle)
                        drop.add(i)
                        continue
                dated = dated_byline(b.text, langs)
                if dated is not None:
                    names, when = dated
                    for n in names:
                        if n.casefold() not in [a.casefold() for a in draft.authors]:
                            draft.authors.append(n)
                    drop.add(i)
                    if draft.date is None and when is not None:
                        draft.date = when
                    continue
            if not names and i in first and not draft.authors and draft.title is not None and may_hold_date(
                    b.text + (blocks[i + 1].text if i + 1 < len(blocks) else "")):
                unmarked = unmarked_byline(b.text, blocks[i + 1].text if i + 1 < len(blocks) else None, langs)
                if unmarked is not None:
                    names = unmarked[0]
                    if draft.date is None and unmarked[1] is not None:
                        draft.date = unmarked[1]
                    draft.authors += names
                    drop.add(i)
                    continue
            if names:
                known = [a.casefold() for a in draft.authors]
                for n in names:
                    # metadata (e.g. from HTML) may already hold the name, maybe with a suffix
                    if not any(n.casefold() in k or k in n.casefold() for k in known):
                        draft.authors.append(n)
                drop.add(i)
                if draft.date is None and may_hold_date(b.text):
                    draft.date = byline_date(b.text, langs)

    def apply(self, draft: Draft) -> None:
        langs = (*draft.options.languages, draft.language)
        blocks = draft.blocks
        drop: set[int] = set()
        seen: set[int] = set()
        candidates: list[int] = []
        # the repeats that ``dedupe`` takes later are not among the last lines of the output
        repeats = _repeats(blocks) if len(blocks) > HEAD else set()
        for _ in range(4):
            # a byline taken brings the next block into the first (or last) lines: it is read
            # too, as a second cleaning would read it (a few rounds; each one takes a byline)
            head = list(islice((i for i in range(len(blocks)) if i not in drop), HEAD))
            tail = islice((i for i in range(len(blocks) - 1, head[-1] if head else -1, -1)
                           if i not in drop and i not in repeats), 3)
            candidates = head + sorted(tail)
            found = len(drop)
            self._scan(draft, blocks, [i for i in candidates if i not in seen], set(head), drop, langs)
            seen.update(candidates)
            if len(drop) == found:
                break
        # A reporter's line that the boilerplate cleaner took as a contributor note
        # ("홍길동 기자 hong@example.com"): the name before a byline suffix is the author.
        if not draft.authors:
            suffix = load(langs).byline_suffix
            for r in draft.removed:
                if r.reason == "contributor-note" and len(r.text) <= 200 and suffix.search(r.text):
                    draft.authors += [n for n in parse_byline(r.text, langs) if n not in draft.authors]
        # ... or the byline in an agency's lead, which stays in the paragraph
        if not draft.authors:
            suffix = load(langs).byline_suffix
            for b in blocks[:HEAD]:
                lead = _AGENCY_LEAD.match(b.text) if "=" in b.text[:80] else None
                if lead and suffix.search(lead["byline"]):
                    draft.authors += parse_byline(lead["byline"], langs)
                    break
                zh = _AGENCY_LEAD_ZH.match(b.text) if "记者" in b.text[:60] or "記者" in b.text[:60] else None
                if zh:
                    draft.authors += parse_byline(f"{zh['word']} {zh['names']}", langs)
                    if draft.authors:
                        break
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
        # The author's e-mail address on a line of its own, next to a byline or among the
        # last lines ("hong@example.com", "Email: jane.doe@example.com"): the byline's contact.
        n_blocks = len(blocks)
        for i in candidates:
            near = (i - 1) in drop or (i + 1) in drop or (i >= n_blocks - 3 and n_blocks > 1)
            t = blocks[i].text
            if near and i not in drop and "@" in t and len(t) <= 120 and _EMAIL_LINE.match(t):
                drop.add(i)
        if drop:
            for i in sorted(drop):
                draft.remove(blocks[i], self.name, "byline")
            draft.blocks = [b for i, b in enumerate(blocks) if i not in drop]
