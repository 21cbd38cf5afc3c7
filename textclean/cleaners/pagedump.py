"""Page dumps: keep the article of a whole page's ``get_text()`` and remove the page around it.

A page dump is the text of a whole web page: menus, section lists, login and share links,
teasers of other stories, comments and footers as short lines around the article.  The cleaner
works on the laid-out blocks (one per line in such a dump), in linear time:

1. every block gets a *prose value*: a line of ten words or more that ends like a sentence is
   worth its length, a short sentence a third of it; a line without final punctuation costs
   ``penalty``, a short line in sentence case, a heading or a list item a third of that (a list
   item that is a sentence of ten words or more, a recipe's step, is worth half its length), a short
   label repeated three times or more (a widget's) twice that; a URL line is neutral; prose
   printed twice on the page (a teaser in two widgets) counts as furniture;
2. *barriers* end the article: a run of ``menu_run`` capitalised menu lines with few function
   words (a section or tag list), and a line that opens the comments (``comment_markers`` in the
   pattern tables); nothing after the comments is considered once the article has been seen;
3. the article is the densest run of prose between barriers (maximum-sum span, Kadane); when the
   page's first line (its ``<title>``: ``Headline | Site``) is printed again as a headline, the
   densest run *after* it; a marked-up list right after the run belongs to it;
4. the title is kept above the article (the headline repeated or echoed from the first line, or
   a title-like line over a byline or date line) and made a top-level heading, so that the
   ``title`` cleaner takes it; byline and date lines between the two stay for ``byline`` and
   ``dateline``; subheadings, list items and short paragraphs inside the article stay;
5. a document is only treated as a dump when the page shows: enough blocks outside the article
   (``min_outside``, counting the lines ``boilerplate`` already took), mostly without sentence
   punctuation, and a page header above it: menu lines with few function words (a poem has
   many), or the first line printed again as the headline.  Ordinary articles,
   one-paragraph-per-line text, lists, poems and interviews come through unchanged.

Removed blocks are recorded with the reason ``navigation`` (short lines without sentence
punctuation: menus, section and tag lists, labels, share and login links) or ``page-furniture``
(everything else outside the article: teasers of other stories, comments, footers).

>>> from textclean.pipeline import Pipeline
>>> from textclean.cleaners import Layout
>>> menu = "\\n".join(["Home", "World", "Politics", "Business", "Science", "Sport", "Culture", "Travel"])
>>> body = ("The council voted on Tuesday to keep the old harbour bridge open for another year. "
...         "Engineers had warned that the repairs would take at least six months to finish.")
>>> page = (f"Bridge stays open | Daily Example\\n\\n{menu}\\n\\nBridge stays open\\n\\n{body}\\n\\n"
...         f"{body.replace('Tuesday', 'Friday')}\\n\\nAbout us\\nContact\\nJobs\\nPrivacy\\nTerms\\nCookies\\nHelp")
>>> doc = Pipeline([Layout(), PageDump()]).clean(page)
>>> [(b.kind, b.text[:30]) for b in doc.blocks]
[('heading', 'Bridge stays open'), ('paragraph', 'The council voted on Tuesday t'), ('paragraph', 'The council voted on Friday to')]
>>> sorted({(r.reason, r.text) for r in doc.removed})[:3]
[('navigation', 'About us'), ('navigation', 'Bridge stays open | Daily Example'), ('navigation', 'Business')]
>>> Pipeline([Layout(), PageDump()]).clean(f"Bridge stays open\\n\\n{body}").paragraphs[0]
'Bridge stays open'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import regex

from ..document import CODE, HEADING, LIST_ITEM, PARAGRAPH, Block
from ..language import STOPWORDS
from ..metadata import parse_byline, parse_date
from ..patterns import FOLD_EXCEPTIONS, document_languages, required_literals, tables
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, may_hold_date, norm_key, strip_closers, url_only
from .markdown import reduce_markup

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# scripts written without spaces: count characters instead of words
_NOSPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_FULL_STOP = ".!?…。！？"
_FULL_STOP_END = frozenset(_FULL_STOP)
_CLAUSE_END = frozenset(".!?…。！？,;:，；：")
_STOPWORDS = frozenset(w for words in STOPWORDS.values() for w in words)
# the separators between a headline and the site name in a page's <title>
_TITLE_SEP = regex.compile(r"\s+[|\-–—:·•»]+\s+|\s*\|\s*")
# a block that is one Markdown link and nothing else (its text up to 80 characters)
_LINK_ONLY = regex.compile(r"^\[[^\[\]\n]{1,80}\]\([^()\s]{1,2000}\)$")


class _Line(NamedTuple):
    """What the rules read off a line (measured once per distinct line)."""

    units: int  #: words; scripts without spaces count two characters as a word
    caps: float  #: share of cased words that start with a capital (1.0 without cased words)
    full_stop: bool  #: ends with sentence-final punctuation (before closing quotes)
    #: words separated as in a cased script: a cased word, or ten words or more between spaces
    #: or punctuation (Chinese prose is one "word" a clause)
    spaced: bool


def _measure(text: str) -> _Line:
    words = _WORD.findall(text)
    n = len(words)
    if not text.isascii():
        cjk = len(_NOSPACE.findall(text))
        if cjk:
            n = max(n, cjk // 2)
    firsts = "".join(map(itemgetter(0), words))
    upper, lower = sum(map(str.isupper, firsts)), sum(map(str.islower, firsts))
    # no cased letters (Korean, Chinese, Japanese ...): no evidence either way
    caps = upper / (upper + lower) if upper + lower else 1.0
    t = strip_closers(text)
    return _Line(n, caps, bool(t) and t[-1] in _FULL_STOP, upper + lower > 0 or len(words) >= 10)


_measure_short = lru_cache(maxsize=8192)(_measure)
# Every line of the document being read, whatever its length or the number of lines (a
# page of 50,000 lines would make the bounded cache above miss on every pass of the
# rules).  ``PageDump.apply`` empties it when it ends, so that no text outlives its
# document; the size bound covers callers of the rules that never call ``apply``.
_doc_lines: dict[str, _Line] = {}
_DOC_LINES_MAX = 200_000


def _line(text: str) -> _Line:
    # each line is read by several rules, and menus repeat across the pages of a site: lines
    # up to a paragraph long are memoised across documents too
    got = _doc_lines.get(text)
    if got is None:
        if len(_doc_lines) >= _DOC_LINES_MAX:
            _doc_lines.clear()
        got = _doc_lines[text] = _measure_short(text) if len(text) <= 2000 else _measure(text)
    return got


def _units(text: str) -> int:
    """Word count; scripts without spaces count two characters as a word."""
    return _line(text).units


@lru_cache(maxsize=16)
def _comment_markers(languages: tuple[str, ...] = ("auto",)) -> regex.Pattern[str]:
    pats = [p for t in tables(languages) for p in t.get("comment_markers", [])]
    return regex.compile("|".join(f"(?:{p})" for p in pats) or "(?!)", regex.IGNORECASE | regex.VERSION1)


@lru_cache(maxsize=16)
def _comment_literals(languages: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`~textclean.patterns.required_literals` of :func:`_comment_markers`."""
    return required_literals(_comment_markers(languages).pattern)


def _comment_marker(text: str, pattern: regex.Pattern[str], languages: tuple[str, ...]) -> bool:
    """Does ``pattern`` (:func:`_comment_markers` of ``languages``) find a comment marker in
    ``text``?  A text without one of the pattern's required literals, casefolded, has none
    (as in ``boilerplate``: a text with a character that ``regex`` folds unlike
    ``str.casefold`` is searched whatever it holds)."""
    lits = _comment_literals(languages)
    if lits and (text.isascii() or not any(c in text for c in FOLD_EXCEPTIONS)):
        folded = text.casefold()
        if not any(lit in folded for lit in lits):
            return False
    return pattern.search(text) is not None


def _capitalised(text: str) -> float:
    """The share of words that start with a capital letter (1.0 for a line without cased words)."""
    return _line(text).caps


def _repeats(keys: list[str]) -> list[tuple[int, int]]:
    """``(index, count)`` for every non-empty key: how often it occurs in ``keys``."""
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    return [(i, counts[k]) for i, k in enumerate(keys) if k]


def _sentence_end(text: str) -> bool:
    return _line(text).full_stop


def _link_run(text: str) -> bool:
    """:meth:`PageDump.link_run` of a block with this text."""
    # (ten words take 19 characters or more: a word is one character or more, and two words
    # have a character between them; nor can fewer characters hold 20 of a script without
    # spaces: such a short line is not measured)
    # (a line without cased words says nothing of capitals: a Chinese paragraph whose full stop
    # was lost is no run of links; a run of links is ten words or more there too)
    return (len(text) >= 19 and _units(text) >= 10 and not ends_sentence(text) and _capitalised(text) >= 0.6
            and _line(text).spaced)


class PageDump(Cleaner):
    """Find the article in a page dump and remove the page furniture around it."""

    name = "page-dump"

    def __init__(
        self, penalty: float = 60.0, min_outside: int = 12, anchor_share: float = 0.3,
        first_share: float = 0.5, menu_run: int = 4, extractors: tuple[str, ...] = ("html",),
    ) -> None:
        #: what a non-prose block costs (in characters of prose)
        self.penalty = penalty
        #: how many blocks must lie outside the article before anything is removed
        self.min_outside = min_outside
        #: the densest run after the repeated headline is the article when it holds this share of the
        #: densest run of the page
        self.anchor_share = anchor_share
        #: the article is the first stretch with this share of the densest one's prose
        self.first_share = first_share
        #: this many capitalised menu-like lines in a row end the article
        self.menu_run = menu_run
        #: cleaners whose removals mean the page around the article is already gone
        self.extractors = frozenset(extractors)

    # -- per-block evidence ---------------------------------------------------------------
    def value(self, block: Block) -> float:
        """The block's prose value: positive for prose, negative for page furniture."""
        text = block.text
        if block.kind in (HEADING, LIST_ITEM):
            if block.kind == LIST_ITEM and _units(text) >= 10 and (_sentence_end(text) or ends_sentence(text)):
                # a list item that is a sentence of ten words or more: a recipe's step, an
                # article's point (a teaser list's items are headlines without a full stop)
                return 0.5 * len(text)
            if block.kind == LIST_ITEM and _units(text) >= 4 and _sentence_end(text):
                # a short sentence marked up as an item: a job's duties, a changelog's entries
                # (a teaser list's items are headlines without a full stop)
                return 0.3 * len(text)
            return -self.penalty / 3
        if url_only(text):
            return 0.0  # a URL line: the url-lines cleaner takes it to links
        units = _units(text)
        end = _sentence_end(text) or (units >= 10 and ends_sentence(text))
        if units >= 10:
            # prose, or else a caption, a run of link texts, a teaser headline
            return float(len(text)) if end else -self.penalty
        if end and units >= 4:
            return 0.3 * len(text)
        if units >= 3 and _capitalised(text) <= 0.5:
            return -self.penalty / 3  # a short line in sentence case: a label inside the text
        return -self.penalty

    @staticmethod
    def menu_like(text: str) -> bool:
        """A short line without sentence punctuation: a menu item, label or link."""
        return _units(text) <= 6 and not _sentence_end(text)

    def menu_line(self, block: Block) -> bool:
        """A short capitalised line without final punctuation (not even a comma, as in verse),
        not marked up as a list item."""
        text = block.text
        return (
            block.kind != LIST_ITEM and self.menu_like(text) and _capitalised(text) >= 0.6
            and strip_closers(text)[-1:] not in _CLAUSE_END
        )

    @staticmethod
    def link_run(block: Block) -> bool:
        """A long capitalised line without final punctuation: link texts joined on one line."""
        return _link_run(block.text)

    @staticmethod
    def few_function_words(blocks: list[Block]) -> bool:
        """Menus have few function words; a poem's lines have many (lines repeated, as menus
        are, count once)."""
        lines = {b.text.casefold() for b in blocks}
        words = [w for line in lines for w in _WORD.findall(line)]
        return sum(1 for w in words if w in _STOPWORDS) < 0.3 * len(words)

    def menu_runs(self, blocks: list[Block]) -> list[bool]:
        """Blocks in a run of ``menu_run`` or more menu lines: short, capitalised, without
        final punctuation (not even a comma, as in verse), few function words (a poem's
        lines have many), and not marked up as list items."""
        out = [False] * len(blocks)
        run: list[int] = []
        for i, b in enumerate([*blocks, None]):
            if b is not None and self.menu_line(b):
                run.append(i)
                continue
            if len(run) >= self.menu_run and self.few_function_words([blocks[j] for j in run]):
                for j in run:
                    out[j] = True
            run = []
        return out

    # -- the article region -----------------------------------------------------------------
    def region(self, values: list[float], barriers: list[bool], stops: list[bool]) -> tuple[int, int]:
        """The article span ``[start, end)``: in each stretch between barriers the
        maximum-sum span of ``values`` (Kadane, linear time); of those, the first that holds
        at least ``first_share`` of the best one's prose (the article comes before the
        teasers and comments that follow it).  Nothing after a ``stops`` line (the start of
        the comments) is considered once some prose has been seen."""
        spans: list[tuple[float, int, int]] = []
        best = cur = 0.0
        start = b_start = b_end = 0
        for i, v in enumerate([*values, 0.0]):
            if i == len(values) or barriers[i]:
                if best > 0:
                    spans.append((best, b_start, b_end))
                if i < len(values) and stops[i] and spans:
                    break
                best = cur = 0.0
                continue
            if cur <= 0:
                cur, start = 0.0, i
            cur += v
            if cur > best:
                best, b_start, b_end = cur, start, i + 1
        if not spans:
            return 0, 0
        top = max(s for s, _, _ in spans)
        for s, a, b in spans:
            if s >= self.first_share * top:
                return a, b
        return 0, 0  # pragma: no cover - the best span always qualifies

    @staticmethod
    def anchors(blocks: list[Block], known_title: str | None = None) -> list[int]:
        """Blocks that repeat the headline of the page's first line (``Headline | Site``):
        the whole line, or its longest part; or the title that metadata gave (a front matter
        header, read before the page's first line)."""
        if len(blocks) < 3:
            return []
        first = blocks[0].text
        keys: set[str] = set()
        if len(first) <= 300:
            parts = [p for p in _TITLE_SEP.split(first) if _units(p) >= 3]
            keys.add(norm_key(first))
            if parts:
                keys.add(norm_key(max(parts, key=_units)))
        title_key = norm_key(known_title) if known_title and len(known_title) <= 300 else ""
        if title_key:
            keys.add(title_key)
        keys.discard("")
        if not keys:
            return []
        found = [0] if title_key and norm_key(first) == title_key else []
        for i in range(1, len(blocks)):
            text = blocks[i].text
            if len(text) <= 300 and norm_key(text) in keys:
                found.append(i)
                if len(found) >= 5:
                    break
        return found

    def head(self, blocks: list[Block], start: int, langs: tuple[str, ...], anchors: list[int]) -> tuple[int | None, list[int]]:
        """The blocks to keep just before the article: its title and the byline and date lines
        between the two.  The title is the headline repeated from the first line, or a
        title-like line that shares most of its words with the first line, or a title-like
        line followed by a byline or date line."""
        lowest = max(0, start - 8)
        title = next((a for a in reversed(anchors) if lowest <= a < start), None)
        if title is None and blocks:
            page_title = {w.casefold() for w in _WORD.findall(blocks[0].text)}
            for i in range(start - 1, max(lowest, 1) - 1, -1):
                words = [w.casefold() for w in _WORD.findall(blocks[i].text)]
                if self._title_like(blocks[i].text) and sum(1 for w in words if w in page_title) >= 0.6 * len(words):
                    title = i
                    break
        if title is None:
            i = start - 1
            while i >= lowest and self._byline_or_date(blocks[i].text, langs):
                i -= 1
            if lowest <= i < start - 1 and self._title_like(blocks[i].text):
                title = i
        first = lowest if title is None else title + 1
        kept = [] if title is None else [title]
        # the byline and date lines right above the article (or between it and its title)
        i = start - 1
        while i >= first and (title is not None or self._byline_or_date(blocks[i].text, langs)):
            if self._byline_or_date(blocks[i].text, langs):
                kept.append(i)
            i -= 1
        return title, kept

    @staticmethod
    def _byline_or_date(text: str, langs: tuple[str, ...]) -> bool:
        if len(text) < 200 and ("[" in text or "*" in text or "_" in text):
            text = reduce_markup(text)  # ("By [Ana Lima](/staff/ana)": read as it will read)
        return len(text) < 200 and bool(parse_byline(text, langs) or (may_hold_date(text) and parse_date(text, langs) and _units(text) <= 10))

    @staticmethod
    def _title_like(text: str) -> bool:
        units = _units(text)
        if units < 3 or units > 30 or (_sentence_end(text) and not text.rstrip().endswith("?")):
            return False
        first = text.lstrip()[:1]
        return (first.isalnum() and not first.islower()) or first in "\"'“‘¿¡«"

    def select(self, draft: Draft, *, bound: int | None = None) -> tuple[list[bool], int | None] | None:
        """Which blocks of a page dump to keep and which of them is the article's title, or
        ``None`` when the document is not a page dump.  ``bound``: :meth:`_outside_bound` of
        the draft's blocks, when the caller has it."""
        blocks = draft.blocks
        if len(blocks) <= self.min_outside:
            return None
        if any(r.cleaner in self.extractors for r in draft.removed):
            return None  # an extractor already took the page around the article (clean_html)
        taken = [r.line for r in draft.removed if r.cleaner == "boilerplate" and r.line is not None]
        if (self._outside_bound([b.text for b in blocks]) if bound is None else bound) + len(taken) < self.min_outside:
            return None  # (:meth:`could_be_dump`)
        langs = (*draft.options.languages, draft.language)
        values = self.values(blocks)
        menus = self.menu_runs(blocks)
        comments = self.comment_markers(blocks, document_languages(tuple(draft.options.languages), draft.language))
        barriers = [c or m for c, m in zip(comments, menus, strict=True)]
        start, end = self.region(values, barriers, comments)
        floor = self.anchor_share * sum(values[start:end])
        anchors = self.anchors(blocks, draft.title)
        for a in anchors:
            # the article comes after the headline repeated from the first line
            s0, e0 = self.region(values[a + 1:], barriers[a + 1:], comments[a + 1:])
            best = sum(values[a + 1 + s0:a + 1 + e0])
            if e0 > s0 and best > floor:
                floor, start, end = best, a + 1 + s0, a + 1 + e0
        if end <= start:
            return None
        # a list that closes the article (its items were marked up: numbers or bullets), unless
        # boilerplate was taken between (a "Most read" label) or an item is only a link (a
        # teaser or a footer link: "[Site map](/map)")
        taken_lines = sorted(taken)
        while end < len(blocks) and not barriers[end] and (
            blocks[end].kind == LIST_ITEM or url_only(blocks[end].text)
        ) and not _LINK_ONLY.match(blocks[end].text) and not self._taken_between(blocks[end - 1], blocks[end], taken_lines):
            end += 1
        keep = [start <= i < end for i in range(len(blocks))]
        # The furniture count on the blocks outside the article region, before ``head`` keeps the
        # title, byline and date lines above it: ``head`` only takes blocks out of that set, so
        # both counts can only fall, and a page that fails the test here fails it after ``head``
        # too (most documents stop here, without ``head``'s byline and date parsing).
        if not self._enough_outside([b for b, k in zip(blocks, keep, strict=True) if not k], taken, len(blocks)):
            return None
        title, above = self.head(blocks, start, langs, anchors)
        for i in above:
            keep[i] = True
        start = min(i for i, k in enumerate(keep) if k)
        outside = [b for b, k in zip(blocks, keep, strict=True) if not k]
        if not self._enough_outside(outside, taken, len(blocks)):
            return None
        if sum(1 for b in outside if not _sentence_end(b.text)) < 0.6 * len(outside):
            return None
        # a page starts with its header and menus; a document does not.  Menu lines count, and
        # so do runs of link texts joined on one line (when the dump had no blank lines)
        head = [b for b in blocks[:start] if self.menu_line(b) or self.link_run(b)]
        n_head = sum(max(1, _units(b.text) // 3) for b in head)
        first_line = blocks[start].line or 0
        n_above = sum(1 for line in taken if line < first_line)
        # (or the page's title, its first line, printed again as the headline above the article)
        if title not in anchors and (n_head + n_above < self.menu_run or not self.few_function_words(head)):
            return None
        return keep, title

    @staticmethod
    def _taken_between(a: Block, b: Block, taken: list[int]) -> bool:
        """Did ``boilerplate`` take a line between blocks ``a`` and ``b``?"""
        if a.line is None or b.line is None or not taken:
            return False
        k = bisect_right(taken, a.line)
        return k < len(taken) and taken[k] < b.line

    def _enough_outside(self, outside: list[Block], taken: list[int], n_blocks: int) -> bool:
        """Enough page furniture outside the article: ``min_outside`` blocks (a run of link texts
        joined on one line counts as the lines it joined; the lines that ``boilerplate`` already
        took count too), and a fifth of the page."""
        n_out = sum(max(1, _units(b.text) // 3) if self.link_run(b) else 1 for b in outside) + len(taken)
        return n_out >= self.min_outside and len(outside) + len(taken) >= 0.2 * (n_blocks + len(taken))

    def could_be_dump(self, blocks: list[Block], taken: int) -> bool:
        """A cheap necessary condition of :meth:`select`, read before the per-block rules.

        :meth:`select` needs ``n_out >= min_outside`` and at least 60 % of the blocks outside
        the article without sentence-final punctuation.  Whatever the article is, the blocks
        outside it number at most ``1/0.6`` times the document's blocks without a full stop,
        a run of link texts (never with a full stop) adds ``units // 3 - 1`` at most, and
        ``taken`` counts the lines ``boilerplate`` took.  An ordinary article, mostly
        sentences, fails this bound after one look at each block's last character.
        """
        return self._outside_bound([b.text for b in blocks]) + taken >= self.min_outside

    @staticmethod
    def _outside_bound(texts: list[str]) -> int:
        """The most blocks outside the article that :meth:`select` can count for blocks of these
        texts, without the lines ``boilerplate`` took (:meth:`could_be_dump`).  It can only fall
        when blocks go (every block adds 0 or more)."""
        open_ended = 0
        extra = 0
        for text in texts:
            if text[-1:] in _FULL_STOP_END:
                continue  # (``strip_closers`` leaves such a text's last character: no closer is one)
            t = strip_closers(text)
            if t and t[-1] in _FULL_STOP:
                continue
            open_ended += 1
            if _link_run(text):
                extra += max(1, _units(text) // 3) - 1
        # (``-(-5n // 3)`` is ``n / 0.6`` rounded up, so that float rounding never gates a dump)
        return -(-5 * open_ended // 3) + extra

    @staticmethod
    def comment_markers(blocks: list[Block], languages: tuple[str, ...] = ("auto",)) -> list[bool]:
        """Lines that open a comment section (``comment_markers`` in the pattern tables of
        ``languages``)."""
        pattern = _comment_markers(languages)
        lits = _comment_literals(languages)
        if lits:
            # Fast path: one test over the short texts joined (NUL between them: no literal holds
            # one, so no hit spans two texts; ``casefold`` folds each character on its own, so the
            # joined texts fold as the texts do).  Without a required literal anywhere, and without
            # a ``FOLD_EXCEPTIONS`` character (a text with one is searched whatever it holds),
            # ``_comment_marker`` is false for every text: the same list, without the per-block work.
            short = "\x00".join([b.text for b in blocks if len(b.text) <= 100])
            if short.isascii() or not any(c in short for c in FOLD_EXCEPTIONS):
                folded = short.casefold()
                if not any(lit in folded for lit in lits):
                    return [False] * len(blocks)
        return [len(b.text) <= 100 and _units(b.text) <= 12 and _comment_marker(b.text, pattern, languages) for b in blocks]

    def values(self, blocks: list[Block]) -> list[float]:
        """The prose value of every block, with the page-level rules: repeated prose and labels."""
        values = [self.value(b) for b in blocks]
        # prose printed twice on one page is a teaser in two widgets, not the article
        for i, n in _repeats([norm_key(b.text) if v > 0 else "" for b, v in zip(blocks, values, strict=True)]):
            if n > 1:
                values[i] = -self.penalty
        # a short label printed again and again belongs to a widget (the section kicker of every
        # teaser, "Read more", a share bar): it costs double
        labels = [norm_key(b.text) if self.menu_like(b.text) and _units(b.text) >= 2 else "" for b in blocks]
        for i, n in _repeats(labels):
            if n >= 3:
                values[i] = min(values[i], -2 * self.penalty)
        return values

    def apply(self, draft: Draft) -> None:
        try:
            self._apply(draft)
        finally:
            _doc_lines.clear()

    @staticmethod
    def plain(draft: Draft, reduced: list[str] | None = None) -> tuple[Draft, list[int]] | None:
        """The draft as a second cleaning reads it from the output text: list items and headings
        lost their marks, markdown is reduced, the lines ``boilerplate`` took are gone, and so are
        the repeats that ``dedupe`` takes; with, for each block of the draft, the block of the
        view that stands for it (``None`` when the view is the draft itself).  ``reduced``: the
        blocks' texts through :func:`~textclean.cleaners.markdown.reduce_markup`, when the
        caller has them."""
        blocks: list[Block] = []
        where: list[int] = []
        first: dict[str, int] = {}
        prev = ""
        if reduced is None:
            reduced = [reduce_markup(b.text) for b in draft.blocks]
        for b, text in zip(draft.blocks, reduced, strict=True):
            key = norm_key(text) if b.kind != CODE else ""
            if key and (key == prev or (len(key) >= 25 and key in first)):
                where.append(where[-1] if key == prev else first[key])  # a repeat: as its first copy
                continue
            prev = key
            first.setdefault(key, len(blocks))
            where.append(len(blocks))
            marked = b.kind in (HEADING, LIST_ITEM)
            blocks.append(replace(b, text=text, kind=PARAGRAPH, level=0) if marked else replace(b, text=text) if text != b.text else b)
        removed = [r for r in draft.removed if r.cleaner != "boilerplate"]
        if len(removed) == len(draft.removed) and len(blocks) == len(draft.blocks) and all(
            a is b for a, b in zip(blocks, draft.blocks, strict=True)
        ):
            return None
        return replace(draft, blocks=blocks, removed=removed), where

    def _apply(self, draft: Draft) -> None:
        bound = self._outside_bound([b.text for b in draft.blocks])
        found = self.select(draft, bound=bound)
        reduced: list[str] = []
        if found is None and bound + len(draft.removed) >= self.min_outside:
            reduced = [reduce_markup(b.text) for b in draft.blocks]
        # A page that reads as a dump once cleaned is one now (a second cleaning would cut it).
        # The view drops the lines ``boilerplate`` took from the removals, so :meth:`select`
        # counts no taken line there, and its blocks are some of the reduced texts: when these
        # texts, all of them, give too low a bound, so does the view (a block gone only lowers
        # it), and :meth:`select` would reject the view at once.
        if reduced and self._outside_bound(reduced) >= self.min_outside:
            plain = self.plain(draft, reduced)
            seen = None if plain is None else self.select(plain[0])
            if seen is not None and plain is not None:
                where = plain[1]
                headline = None if seen[1] is None else where.index(seen[1])
                found = [seen[0][w] for w in where], headline
        if found is None:
            return
        keep, headline = found
        if headline is not None:
            # the page's own headline: a top-level heading, which the title cleaner takes
            draft.blocks[headline].kind = HEADING
            draft.blocks[headline].level = 1
        kept: list[Block] = []
        for b, k in zip(draft.blocks, keep, strict=True):
            if k:
                kept.append(b)
            else:
                draft.remove(b, self.name, "navigation" if self.menu_like(b.text) else "page-furniture")
        draft.blocks = kept


__all__ = ["PageDump"]
