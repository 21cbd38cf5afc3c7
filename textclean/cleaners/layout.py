"""Layout: turn raw chunks of lines into typed blocks, rejoining hard-wrapped lines.

The wrap width is inferred from the document's own line lengths.  A line is
joined to the next when the next line's first word would not have fitted on it
(it was wrapped), or when the next line plainly continues the sentence (starts
lowercase after a line without final punctuation).  Markdown headings, list
items, block quotes, horizontal rules and lines that are only a URL stay on
their own.  Line-end hyphens are dropped only where they split a word.

>>> from textclean.pipeline import Pipeline
>>> text = "A hard wrapped line that goes on\\nand on until it ends.\\n\\n# Heading\\n- item one\\n- item two"
>>> [(b.kind, b.text) for b in Pipeline([Layout()]).clean(text).blocks]
[('paragraph', 'A hard wrapped line that goes on and on until it ends.'), ('heading', 'Heading'), ('list-item', 'item one'), ('list-item', 'item two')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import regex

from ..document import CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, RAW, Block
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import ends_sentence, first_word, starts_lower, url_only
from .byline import affiliation_numbers
from .characters import fix_mojibake

_MD_HEADING = regex.compile(r"^\s*(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = regex.compile(r"^\s*(=+|-+)\s*$")
_HR = regex.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
# a Markdown table's alignment row ("|---|:---:|"): markup between the header and the rows
_TABLE_RULE = regex.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
_BULLET = regex.compile(r"^(\s*)(?:(?:[-*+•‣◦▪●▸►–]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s+\p{Lu}))\s+)+(?=\S)")


@lru_cache(maxsize=1)
def _day_month() -> regex.Pattern[str]:
    """``12. April 2024``, ``3. März``: a day before a month name (any shipped language) is a
    date, not an ordered-list marker, unless a capitalised word follows the month: then the
    month is a name (``1. Maja Nowak``, ``2. Jan Kowalski``, ``3. June Carter``), as no date
    goes on with one (a year, a comma, the end of the line or a lowercase word do)."""
    months = sorted(load(("auto",)).months, key=len, reverse=True)
    alt = "|".join(regex.escape(m) for m in months)
    return regex.compile(
        rf"^\s*(?:[0-2]?\d|3[01])\.\s+(?:{alt})(?!\w)(?!\s+(?-i:\p{{Lu}}\p{{Ll}}))", regex.IGNORECASE)


def list_marker(line: str) -> regex.Match[str] | None:
    """The list marker at the start of ``line`` (bullet, ``1.``, ``a)``), if it has one.

    >>> list_marker("2. Add the flour").group(0), list_marker("- milk").group(0)
    ('2. ', '- ')
    >>> list_marker("12. April 2024") is None   # a date, not item 12
    True
    >>> list_marker("1. Maja Nowak").group(0)   # a name, not the 1st of May
    '1. '
    """
    m = _BULLET.match(line)
    if m is not None and m.group(0).lstrip()[:1].isdigit() and _day_month().match(line):
        return None
    return m


_ORDINAL = regex.compile(r"\d{1,3}[.)]|[a-zA-Z][.)]")


def _ordinal(marker: str) -> str:
    """The numbered or lettered part of a list marker (``1.``, ``2)``, ``a)``), from its first
    ordinal on; ``""`` for a bullet glyph (``-``, ``*``, ``•``), which is markup.

    >>> _ordinal("1. "), _ordinal("- 2) "), _ordinal("• "), _ordinal("a) ")
    ('1.', '2)', '', 'a)')
    """
    parts = marker.split()
    for k, part in enumerate(parts):
        if _ORDINAL.fullmatch(part):
            return " ".join(parts[k:])
    return ""


def may_be_marked(stripped: str) -> bool:
    """Can a line whose text (without surrounding white space) is ``stripped`` be markup:
    a heading, rule, setext underline, quote or list marker?  ``False`` means that none of
    the markup patterns (``_MD_HEADING``, ``_SETEXT``, ``_HR``, ``_QUOTE_MARK``, ``_BULLET``)
    can match it: they all start with white space (which ``str.strip`` removes) and then a
    marker character, a digit or ``a)``.  A non-ASCII first character counts as possible
    unless it is a letter or punctuation other than a bullet or dash (``“``, ``«``, ``¿``):
    a digit of another script, or a character that ``regex``'s newer Unicode may call a digit.

    >>> may_be_marked("# Title"), may_be_marked("2. Add"), may_be_marked("b) item"), may_be_marked("Plain")
    (True, True, True, False)
    """
    c = stripped[:1]
    if not c:
        return False
    if c.isascii():
        if c.isalpha():
            return stripped[1:2] in (".", ")")
        return c in "=-*_#>+" or c.isdigit()
    if c.isalpha():
        return False
    return c in "•‣◦▪●▸►–" or unicodedata.category(c)[0] != "P"


# any run of structural markers at the start of a line's content (nested "- # x", "> - x")
_MARKERS = regex.compile(r"^(?:(?:[-*+•‣◦▪●▸►–]|\d{1,3}[.)]|#{1,6})\s+|>\s?)+")
_QUOTE_MARK = regex.compile(r"^\s*(?:>\s?)+")
_LINE_HYPHEN = regex.compile(r"(\w[\w-]*?)-$")
_LEAD_WORD = regex.compile(r"^[\"'“‘(\[]*(\w+)")
# (compiled once: ``regex.search(pattern, ...)`` looks the pattern up again on every call)
_LAST_WORD = regex.compile(r"(\w+)$")
_HYPHEN_CHAIN = regex.compile(r"\w-\w+$")
_VOCAB_WORD = regex.compile(r"\w+(?:-\w+)*")

#: Prefixes that form hyphenated compounds rather than split words (used without a word list).
_COMPOUND_PREFIXES = frozenset(
    ["anti", "non", "self", "well", "ex", "co", "pre", "post", "multi", "pro", "semi", "quasi", "cross", "long", "short", "high", "low", "full", "half", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mid", "near", "far", "over", "under", "counter", "neo", "pseudo", "ultra", "inter", "intra", "extra", "socio", "bio", "eco", "euro", "afro", "sino", "russo", "franco", "anglo", "vice"]
)


def joins_unspaced(left: str, right: str) -> bool:
    """Is the break between ``left`` and ``right`` no space when the two are joined?  Between
    two characters of a script written without spaces (Chinese, Japanese, Thai), and between
    Chinese or Japanese and a number or a Latin word (``、`` / ``45人``, ``SNS`` / ``に``; Thai
    puts a space there).

    >>> joins_unspaced("調査結果を踏まえ、", "母島に派遣した。"), joins_unspaced("、", "45人"), joins_unspaced("the", "cat")
    (True, True, False)
    """
    last, first = left[-1:], right[:1]
    if not last or not first:
        return False
    if last >= "\u0e00" and first >= "\u0e00" and _unspaced(last) and _unspaced(first):
        return True
    return (last >= "\u2e80" and _unspaced(last) and first.isascii() and first.isalnum()) or (
        first >= "\u2e80" and _unspaced(first) and last.isascii() and last.isalnum())


def _unspaced(c: str) -> bool:
    """Is ``c`` a character of a script written without spaces between words (Chinese,
    Japanese kana, their punctuation and full-width forms, Thai, Lao, Khmer)?  A line break
    between two such characters is removed without a space; Korean (Hangul) is written with
    spaces and is not one of them.

    >>> [_unspaced(c) for c in "政か。ไ한a"]
    [True, True, True, True, False, False]
    """
    o = ord(c)
    if o < 0x0E00:
        return False
    return (
        0x0E00 <= o <= 0x0EFF  # Thai, Lao
        or 0x1780 <= o <= 0x17FF  # Khmer
        or 0x2E80 <= o <= 0x312F  # CJK radicals, CJK symbols and punctuation, kana, bopomofo
        or 0x31A0 <= o <= 0x31FF
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= o <= 0xFFEF  # full-width and half-width forms
        or 0x20000 <= o <= 0x3FFFF
    )


# a code fence: three or more backticks (an info string without backticks may follow) or
# three or more tildes.  Indented by any white space (Markdown allows three spaces): every
# block of the output starts a line, without its indentation, so a line that would be a
# fence once stripped is read as one in the input too
_FENCE = regex.compile(r"^(\s*)(`{3,}(?=[^`]*$)|~{3,})\s*(.*?)\s*$")


def is_fence(line: str) -> bool:
    """Is ``line`` a code fence (```` ```python ````, ``~~~``)?

    >>> is_fence("```python"), is_fence("  ~~~"), is_fence("``` x ```"), is_fence("`` x")
    (True, True, False, False)
    """
    return line.lstrip()[:3] in ("```", "~~~") and _FENCE.match(line) is not None


_LEAD_FENCE = regex.compile(r"^(?:`{3,}|~{3,})\s*")


def _fence_lines(blocks: list[Block]) -> list[tuple[int, int, int, str, int, bool]]:
    """The fence lines of the raw chunks: ``(chunk, line in chunk, indent, fence character,
    fence length, has an info string)``."""
    found: list[tuple[int, int, int, str, int, bool]] = []
    for c, b in enumerate(blocks):
        t = b.text
        if "```" not in t and "~~~" not in t:
            continue
        for j, line in enumerate(t.split("\n")):
            if line.lstrip()[:3] in ("```", "~~~"):
                m = _FENCE.match(line)
                if m:
                    indent = len(m.group(1)) if m.group(1).strip(" ") == "" else 0
                    found.append((c, j, indent, m.group(2)[0], len(m.group(2)), bool(m.group(3))))
    return found


def _fence_spans(fences: list[tuple[int, int, int, str, int, bool]]) -> tuple[list[tuple[int, int, int, int, int]], set[tuple[int, int]]]:
    """The code blocks that ``fences`` (:func:`_fence_lines`) open and close: ``(start chunk,
    start line, end chunk, end line, indent)`` each, and the ``(chunk, line)`` of the fences
    that nothing closes."""
    spans: list[tuple[int, int, int, int, int]] = []
    unclosed: set[tuple[int, int]] = set()
    # the fences that can close, per character: their indices in ``fences`` and, from each on,
    # the longest of them; an opener that nothing closes is told in O(log n) (a text of many
    # unclosed fences stays linear), and a search that finds its closer skips what it read
    closers: dict[str, tuple[list[int], list[int]]] = {}
    for n, f in enumerate(fences):
        if not f[5]:
            closers.setdefault(f[3], ([], []))[0].append(n)
    for idx, longest in closers.values():
        run = 0
        for n in reversed(idx):
            run = max(run, fences[n][4])
            longest.append(run)
        longest.reverse()
    k = 0
    while k < len(fences):
        c, j, indent, char, length, _ = fences[k]
        idx, longest = closers.get(char, ([], []))
        first = bisect_right(idx, k)
        close = None
        if first < len(idx) and longest[first] >= length:
            close = next(idx[i] for i in range(first, len(idx)) if fences[idx[i]][4] >= length)
        if close is None:
            unclosed.add((c, j))  # never closed: the fence lines after it are read on their own
            k += 1
            continue
        spans.append((c, j, fences[close][0], fences[close][1], indent))
        k = close + 1
    return spans, unclosed


def fenced_lines(blocks: list[Block]) -> dict[int, list[tuple[int, int]]]:
    """The lines of the raw chunks that belong to a code block between fences, fence lines
    included: per chunk index, ``(first line, end line)`` ranges (the end excluded).  The
    cleaners that run before :class:`Layout` (``entities``, ``tags``) leave these lines as
    they are.

    >>> from textclean.pipeline import split_chunks
    >>> fenced_lines(split_chunks("Run:\\n```html\\n<b>x</b>\\n\\n<i>y</i>\\n```\\nDone."))
    {0: [(1, 3)], 1: [(0, 2)]}
    """
    fences = _fence_lines(blocks)
    if not fences:
        return {}
    spans, _ = _fence_spans(fences)
    out: dict[int, list[tuple[int, int]]] = {}
    for c0, j0, c1, j1, _indent in spans:
        for c in range(c0, c1 + 1):
            first = j0 if c == c0 else 0
            end = j1 + 1 if c == c1 else blocks[c].text.count("\n") + 1
            out.setdefault(c, []).append((first, end))
    return out


def fenced_code(blocks: list[Block], draft: Draft, cleaner: str = "layout") -> list[Block]:
    """Cut the code blocks between fence lines (```` ``` ```` or ``~~~``, up to the next
    fence line of the same character, at least as long and without an info string) out of
    the raw chunks, across blank lines: one ``code`` block each, its lines as they were
    (without trailing white space, the fence's indentation removed).  The fence lines are
    recorded as ``markup``.  A fence that is never closed opens no code block: its marker is
    removed (recorded as ``markup``) and the rest of its line (an info string) is read as text,
    so that no fence is left at the start of a line of the output that a second cleaning could
    pair with another.

    >>> from textclean.pipeline import split_chunks
    >>> d = Draft(blocks=split_chunks("Run:\\n```sh\\nmake test\\n\\n  make run\\n```\\nDone."))
    >>> [(b.kind, b.text) for b in fenced_code(d.blocks, d)]
    [('raw', 'Run:'), ('code', 'make test\\n\\n  make run'), ('raw', 'Done.')]
    >>> [r.text for r in d.removed]
    ['```sh', '```']
    """
    fences = _fence_lines(blocks)
    if not fences:
        return blocks
    spans, unclosed = _fence_spans(fences)
    out: list[Block] = []
    cut = iter(spans)
    span = next(cut, None)
    code: list[str] | None = None  # the lines of the open code block
    code_line = 0
    indent = 0
    last_line = 0  # the input line of the last line added to the open code block
    for c, b in enumerate(blocks):
        lines = b.text.split("\n")
        base = b.line or 1
        rest: list[str] = []  # the lines of the chunk outside code, since the last fence
        rest_line = base
        for j, line in enumerate(lines):
            lineno = base + j
            if code is None and span is not None and (c, j) == span[:2]:
                if rest:
                    out.append(Block("\n".join(rest), RAW, rest_line))
                    rest = []
                draft.record(cleaner, "markup", line.strip(), lineno)
                code, code_line, indent, last_line = [], lineno + 1, span[4], lineno
                continue
            if code is not None and span is not None and (c, j) == span[2:4]:
                draft.record(cleaner, "markup", line.strip(), lineno)
                while code and not code[-1]:
                    code.pop()
                first = next((i for i, x in enumerate(code) if x), len(code))
                if first < len(code):
                    out.append(Block("\n".join(code[first:]), CODE, code_line + first))
                code, span = None, next(cut, None)
                rest_line = lineno + 1
                continue
            if code is not None:
                code.extend([""] * (lineno - last_line - 1))  # the blank lines between chunks
                cut_to = min(indent, len(line) - len(line.lstrip(" ")))
                code.append(line[cut_to:].rstrip())
                last_line = lineno
                continue
            if (c, j) in unclosed:
                m = _LEAD_FENCE.match(line.strip())
                if m is not None:
                    draft.record(cleaner, "markup", m.group(0).strip(), lineno)
                    line = line.strip()[m.end():]
                    if not line:
                        continue
            if not rest:
                rest_line = lineno
            rest.append(line)
        if rest:
            out.append(Block("\n".join(rest), RAW, rest_line))
    return out


def _unfenced(text: str, draft: Draft, lineno: int) -> str:
    """A list item's, quote's or heading's text without a code fence at its start (recorded as
    ``markup``): shown on a line of its own in the output, it would open a code block when the
    output is cleaned again.  A row of marks (``> ———``) is a break, as it is without the marker."""
    if text and not text[0].isalnum() and rule_line(text):
        draft.record("layout", "markup", text, lineno)
        return ""
    if text[:3] not in ("```", "~~~"):
        return text
    m = _LEAD_FENCE.match(text)
    if m is None:
        return text
    draft.record("layout", "markup", m.group(0).strip(), lineno)
    return text[m.end():]


def _caseless(c: str) -> bool:
    """A letter of a script without case (``政``, ``ا``, ``한``; not ``a``, ``Я``)."""
    return c.isalpha() and c.lower() == c.upper()


# what marks a line of code: an assignment or comparison, an arrow, a call "name(", a brace,
# bracket or semicolon, a comment or a shell prompt at the start
_CODE_SIGN = regex.compile(r"[=!<>]=|\s=\s|=>|->|\w\(|[{}\[\];]|^\s*(?:#|//|/\*|--\s|\$\s|>>>\s)")
# a shell command: a common tool with its arguments ("pip install tidepool", "git clone …", "cd
# src"), or a command-line option after a word ("tidepool work --queue default", "ls -la")
_SHELL = regex.compile(
    r"^\s*(?:pip3?|pipx|npm|npx|yarn|pnpm|git|sudo|apt(?:-get)?|brew|docker|python3?|uv|poetry|curl|wget|"
    r"cargo|kubectl|conda|cd|ls|mkdir|chmod|rm)\s+\S|"
    r"^\s*[a-z][\w.-]*(?:\s+[\w./:@-]+)*\s+--?[a-zA-Z][\w-]*(?:[=\s]\S+)*\s*$"
)
_CODE_END = tuple("{}()[];:,\\")
# a line's last word is an article or a determiner, in lower case (case kept: "Plan A", a
# title's "The" are no articles here): in the languages with tables that write them apart
_ARTICLE_END = regex.compile(
    r"(?<![\w'’-])(?:the|a|an|der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|diesem|dieser|"
    r"diesen|dieses|jedem|jeder|le|la|les|un|une|du|ce|cette|ces|el|los|las|una|unos|unas|del|al|il|"
    r"lo|gli|uno|della|dello|degli|o|os|um|uma|het|een|ett)$"
)


def _indented(line: str) -> bool:
    return line.startswith(("    ", "\t")) or not line.strip()


def looks_like_code(lines: list[str]) -> bool:
    """Do these (indented) lines read as code rather than indented prose?  Half of them or more
    end in a bracket, a brace, ``;``, ``:`` or ``,``, or show an operator, a call, a comment or
    a prompt; at most a quarter end like a sentence; and fewer than 88 % of the visible
    characters are letters (indented clauses ending in ``;`` are prose).  Or every line is a
    shell command (``pip install tidepool``, ``tidepool work --queue default``).

    >>> looks_like_code(["    def f(x):", "        return x * 2"])
    True
    >>> looks_like_code(["    The committee met on Tuesday.", "    It will meet again."])
    False
    >>> looks_like_code(["    (a) the tenant may not sublet the premises;", "    (b) nor keep a dog;"])
    False
    >>> looks_like_code(["    pip install tidepool", "    tidepool work --queue default"])
    True
    """
    lines = [line for line in lines if line.strip()]
    if not lines:
        return False
    code = sum(1 for line in lines if line.rstrip().endswith(_CODE_END) or _CODE_SIGN.search(line))
    prose = sum(1 for line in lines if line.rstrip().endswith((".", "!", "?", "…")) and not line.rstrip().endswith(".."))
    if not prose and all(map(_SHELL.search, lines)):
        return True  # shell commands: mostly letters, no operators
    if 2 * code < len(lines) or 4 * prose > len(lines):
        return False
    visible = "".join("".join(line.split()) for line in lines)
    return sum(1 for c in visible if c.isalpha()) < 0.88 * len(visible)


def indented_code(blocks: list[Block], draft: Draft) -> list[Block]:
    """Raw chunks whose every line is indented by four spaces or a tab and that read as code
    (:func:`looks_like_code`) become ``code`` blocks, without the indentation they share; the
    indented chunks right after one (blank lines between) belong to it.  A chunk after a list
    item is the item's continuation, not code.

    >>> from textclean.pipeline import split_chunks
    >>> d = Draft(blocks=split_chunks("Call it:\\n\\n    x = f(1)\\n    if x:\\n\\n        print(x)\\n\\nDone."))
    >>> [(b.kind, b.text) for b in indented_code(d.blocks, d)]
    [('raw', 'Call it:'), ('code', 'x = f(1)\\nif x:\\n\\n    print(x)'), ('raw', 'Done.')]
    """
    out: list[Block] = []
    code: list[str] | None = None  # the lines of the open code block
    code_line = last = 0
    for b in blocks:
        lines = b.text.split("\n")
        base = b.line or 1
        indented = b.kind == RAW and all(_indented(line) for line in lines)
        if indented and (code is not None or (
                looks_like_code(lines) and not (out and out[-1].kind == RAW and list_marker(out[-1].text.split("\n")[-1])))):
            if code is None:
                code, code_line = [], base
            else:
                code.extend([""] * (base - last - 1))
            code.extend(line.rstrip() for line in lines)
            last = base + len(lines) - 1
            continue
        if code is not None:
            out.append(_dedented(code, code_line))
            code = None
        out.append(b)
    if code is not None:
        out.append(_dedented(code, code_line))
    return out


def _dedented(lines: list[str], line: int) -> Block:
    text = [x.replace("\t", "    ", 1) if x.startswith("\t") else x for x in lines]
    cut = min(len(x) - len(x.lstrip(" ")) for x in text if x)
    return Block("\n".join(x[cut:] for x in text), CODE, line)


def _columns(text: str) -> int:
    """The width of ``text`` on screen: a wide character (Chinese, Japanese, Korean, full-width
    forms) takes two columns.  Only a text holding a character from U+1100 on is measured
    character by character (the others count one column a character).

    >>> _columns("plain"), _columns("정부는 올해"), _columns("정부는 올해.")
    (5, 11, 12)
    """
    if text.isascii():
        return len(text)
    # (the characters from U+1100 on, found by one C scan: ``max(text)`` builds a string per
    # character, and only those characters can be wide)
    wide = _FROM_1100.findall(text)
    if not wide:
        return len(text)
    return len(text) + sum(1 for c in wide if unicodedata.east_asian_width(c) in "WF")


_FROM_1100 = re.compile("[\u1100-\U0010ffff]")


#: the longest line (in screen columns) of a chunk whose line breaks can be kept as they are
_SHORT_LINES = 40
_BREAK_END = tuple(",;:.!?…。！？、，；：،؛؟")


def line_broken(lines: list[str], width: int | None = None) -> bool:
    """Are the line breaks of this chunk meant (a stanza, an address, an ingredient list), not
    a wrap?  At least four lines of at most ``_SHORT_LINES`` characters, none ending in a
    hyphen, and the breaks marked: when the lines are much shorter than the document's wrap
    width (or it has none), 70 % of the breaks (the line ends with punctuation, or the next
    one does not start in lowercase); when they may be wrapped at it, a verse's marks: four
    lines or more, every one starting in uppercase, half of them ending with punctuation.

    >>> line_broken(["Thomas Becker", "Records Department", "Fleethörn 9", "24103 Kiel"])
    True
    >>> line_broken(["The Orchard sleeps in winter light,", "The ladder leans against the wall;",
    ...              "The roots remember, out of sight,", "The blossom waiting for us all."], 36)
    True
    >>> line_broken(["A column of newspaper text is", "wrapped at a narrow width, and", "Berlin is in it", "for a while."], 32)
    False
    """
    if len(lines) < 4:
        return False
    stripped: list[str] = []
    for line in lines:  # (a line of prose ends the test at once)
        s = line.strip() if len(line) > _SHORT_LINES or line[:1].isspace() or line[-1:].isspace() else line
        # (in screen columns, as the wrap width: 30 Chinese characters fill 60 columns)
        if not s or _columns(s) > _SHORT_LINES or s[-1] == "-":
            return False
        stripped.append(s)
    longest = max(_columns(s) for s in stripped)
    upper = sum(1 for s in stripped[1:] if not starts_lower(s))
    ends = sum(1 for s in stripped[:-1] if s.endswith(_BREAK_END))
    pairs = len(stripped) - 1
    if width is not None and longest > 0.7 * width:
        return upper == pairs and not starts_lower(stripped[0]) and 2 * ends >= pairs
    marked = sum(1 for prev, nxt in pairwise(stripped)
                 if prev.endswith(_BREAK_END) or not starts_lower(nxt))
    return 10 * marked >= 7 * pairs


# a speaker's turn in a transcript: "Q:", "A:", "MAYOR:", "JOHN SMITH:" at the start of a line
_SPEAKER = regex.compile(r"^(?:[QA]|\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}):\s")


# a numbered clause: "1.2", "3.1.4.", "(a)", "(iv)", "§ 3" at the start of a line
_CLAUSE = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\((?:\d{1,3}|[a-z]|[ivxlc]{1,6})\)|§{1,2}\s?\d{1,4}\w?)\s")
# a footnote ("¹ Schools in two districts ...", "† Deceased.") or a reference entry ("[2] C.
# Wang, ..."; a citation that starts a sentence goes on in lowercase: "[3] also found")
# ("*" is not one: "**Name / AFP**" is a bold credit, "* x" a bullet)
# (a wiki page's references list copied as text marks each entry with a back-link, ``^`` or
# ``↑``, before the author or the quoted title: ``^ "Lake Baikal". UNESCO …``)
_NOTE = regex.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[†‡]{1,3}|\[\d{1,3}\]|[\^↑](?=\s))\s*(?=\p{Lu}|\d|\[|[\"“«„]\s?\p{Lu})")
#: an emoji or pictograph (U+2300 on: not ©, ®, ™) before a word (not an end mark, "♦", alone)
# a footnote line in a PDF's text ("1 See the appendix …"): its number, then a capital
_DIGIT_NOTE = regex.compile(r"^\s*(\d{1,3})\s+(?=[\"“«„(]?\p{Lu})")
# a footnote mark glued to a sentence's stop ("… by a wide margin.1", "… said.”2")
_NOTE_MARK_END = regex.compile(r"\p{L}[.!?][\"”’»)]?(\d{1,3})$")
_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200d]*\s*[\p{L}\p{N}]")
_NOTE_START = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰†‡[^↑")
# the back-links before a wiki reference entry: "^", "↑", then one letter or number per place
# that cites it ("^ a b", "↑ a et b", "↑ 1 2"), then the entry (as ``_NOTE`` reads it)
_BACKLINK = regex.compile(
    r"^[\^↑]\s+(?:[a1](?:\s+(?:et|und|y|e|i|и|and))?(?:\s+[a-z\d]{1,2})+\s+)?(?=\p{Lu}|\d|\[|[\"“«„]\s?\p{Lu})")
# an affiliation under a paper's author list: its number, then a capital ("1 Department of
# Ecology, …", "² Alpine Research Centre, …"), a short line
_AFFILIATION = regex.compile(r"^([0-9]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s*(?=\p{Lu})")
_AFFILIATION_START = frozenset("0123456789¹²³⁴⁵⁶⁷⁸⁹⁰")
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def note_break(block_start: str, prev: str, line: str) -> bool:
    """Does ``line`` start a footnote of its own in hard-wrapped text, under ``prev`` (the
    line above it) in a block that starts with ``block_start``?  The footnote that a mark
    glued to the sentence's stop points to (``… by a wide margin.1`` / ``1 See the appendix
    …``), or the next footnote after one that ended a sentence (``1 See … questionnaire.`` /
    ``2 The survey …``); a footnote's wrapped second line goes on in lowercase.

    >>> note_break("The survey asked", "satisfied by a wide margin.1", "1 See the appendix.")
    True
    >>> note_break("1 See the appendix for the full", "questionnaire.", "2 The survey was run online.")
    True
    >>> note_break("The rate rose to", "the rate rose to 3.1", "2 Percent of them said so.")
    False
    >>> note_break("1 See the appendix for the full", "questionnaire.", "3 The survey was run online.")
    False
    """
    m = _DIGIT_NOTE.match(line)
    if m is None:
        return False
    n = int(m.group(1))
    p = prev.rstrip()
    if (pm := _NOTE_MARK_END.search(p)) is not None and int(pm.group(1)) == n:
        return True
    return n > 1 and ends_sentence(p) and (bm := _DIGIT_NOTE.match(block_start)) is not None and int(bm.group(1)) == n - 1


def _affiliation_line(line: str, numbers: frozenset[str]) -> bool:
    """Does ``line`` start with one of the affiliation ``numbers`` and a capital, and is it
    short (up to 160 columns: an affiliation, not a paragraph that starts with a number)?"""
    m = _AFFILIATION.match(line)
    return m is not None and len(line) <= 160 and m.group(1).translate(_SUPERSCRIPTS) in numbers


def _affiliations(raw: list[Block]) -> frozenset[str]:
    """The affiliation numbers of a paper's author list among the first lines of the text
    (twelve lines of the first four chunks; :func:`byline.affiliation_numbers`), or an empty
    set."""
    seen = 0
    for b in raw[:4]:
        for line in b.text.split("\n", 12)[:12]:
            s = line.strip()
            if not s:
                continue
            seen += 1
            if seen > 12:
                return frozenset()
            if (s[-1:].isdigit() or s[-1:] in "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§") and len(s) <= 300:
                numbers = affiliation_numbers(s)
                if numbers:
                    return numbers
    return frozenset()


# a gap of six spaces or more between two words of a line: columns laid out with spaces
_COLUMN_GAP = regex.compile(r"\S {6,}\S")
# a chat log's line: a time, then the speaker ("[09:15] <kim> yes", "09:15 kim: yes", "[09:16] * lee has joined")
_CHAT_LINE = regex.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(?:<[^<>\s]{1,32}>|\*\s|[\w.-]{1,32}:\s)")
# a clause list written into one sentence: "(b) … repetitive" / "character; or" / "(c) the …"
_LIST_JOINER_END = regex.compile(r"[;,]\s{1,5}\p{Ll}{1,5}$")
# an e-mail's header lines ("From: …", "Subject: …", "De : …", "Betreff: …", "件名：…")
EMAIL_HEADER = regex.compile(
    r"^(?P<label>from|to|cc|bcc|sent|date|subject|reply-to|de|para|asunto|enviado(?:\s+el)?|fecha|von|an|betreff|"
    r"gesendet|datum|à|a|objet|envoyé|od|do|temat|data|wysłano|差出人|送信者|宛先|件名|送信日時|日付|日時)\s?[:：]\s*(?P<value>\S.*)$",
    regex.IGNORECASE,
)
#: the labels that name the sender, the date and the subject
EMAIL_FROM = frozenset({"from", "de", "von", "od", "差出人", "送信者"})
EMAIL_SUBJECT = frozenset({"subject", "asunto", "betreff", "objet", "temat", "件名"})
EMAIL_DATE = frozenset({"sent", "date", "enviado", "enviado el", "fecha", "gesendet", "datum", "envoyé", "data",
                        "wysłano", "送信日時", "日付", "日時"})


# a truncated post's button after its text: "… made this possible 🙏 …see more" (an ellipsis
# before it; a sentence that ends "see more" keeps it)
_SEE_MORE = regex.compile(r"(?<=\S)\s*(?:…|\.\.\.)\s*(?:see|show|read)\s+(?:more|less)$", regex.IGNORECASE)

# a wiki page's reference marks, attached to the word or punctuation before them: "water.[1][2]",
# "1996[1].", "[citation needed]" (not "[1, 2]" after a space, as a paper cites, nor "[text][1]")
_WIKI_MARK = regex.compile(
    r"(?<=[\p{L}\p{N}.,;:!?\"”»)])(?:\[(?:\d{1,3}|(?:note|nb|n)\s?\d{1,3}|[\p{L} ]{0,24}\bneeded)\])+(?=[\s.,;:!?)\"”»]|$)",
    regex.IGNORECASE,
)


def _drop_wiki_marks(text: str, draft: Draft, cleaner: str, line: int | None) -> str:
    """``text`` without its wiki reference marks, each recorded as ``markup``.

    >>> d = Draft([])
    >>> _drop_wiki_marks("It is deep.[1][2] It is old[3].", d, "layout", 1), [r.text for r in d.removed]
    ('It is deep. It is old.', ['[1][2]', '[3]'])
    """
    for m in _WIKI_MARK.finditer(text):
        draft.record(cleaner, "markup", m.group(0), line)
    return _WIKI_MARK.sub("", text)


def email_header(lines: list[str]) -> bool:
    """Is this chunk an e-mail's header: two lines or more, each ``Label: value`` with a
    header label (or the indented continuation of one), one of them naming the sender or the
    subject?

    >>> email_header(["From: Ana Lima <ana@example.org>", "Subject: Minutes"])
    True
    >>> email_header(["Date: Monday", "Place: the town hall"])
    False
    """
    if len(lines) < 2 or len(lines) > 12:
        return False
    labels: set[str] = set()
    for line in lines:
        if line[:1] in " \t" and labels:
            continue  # a folded header line
        m = EMAIL_HEADER.match(line.strip())
        if m is None:
            return False
        labels.add(" ".join(m.group("label").casefold().split()))
    return bool(labels & (EMAIL_FROM | EMAIL_SUBJECT)) and len(labels) >= 2
#: the marks that :func:`rule_line` leaves: headings and end marks (``###``), quotes, table
#: bars, code fences, dashes (``--`` before an e-mail signature; ``---`` is a rule already)
_STRUCTURAL = frozenset("#>|`~-")
#: the marks it does not count: quotation marks and Markdown's emphasis, link and escape
#: marks (the ``quotes`` and ``markdown`` cleaners change or remove them later, and the line
#: must be read the same when the output is cleaned again)
_UNCOUNTED = frozenset("\"'“”„‟‘’‚‛«»‹›_*[]\\")


def rule_line(stripped: str) -> bool:
    """Is this line (without its surrounding white space) a row of one or two punctuation marks
    or symbols, three or more of them (a section break, a separator, OCR noise: ``. . . . .``,
    ``=========``, ``• • •``, ``///////``)?  Not emoji (a row of them is text), not the marks
    that mean structure (``###``, ``>``, ``|``, code fences, dashes).

    >>> rule_line(". . . . . ."), rule_line("========="), rule_line("• • •"), rule_line("°°°")
    (True, True, True, True)
    >>> rule_line("..."), rule_line("--"), rule_line("###"), rule_line("👍👍👍"), rule_line("?!")
    (True, False, False, False, False)
    """
    if len(stripped) < 3 or len(stripped) > 200 or stripped[0].isalnum() or stripped[1].isalnum() or stripped[-1].isalnum():
        return False  # (cheap first: a line of text that starts with a quote or a bracket)
    counted = [c for c in stripped if not c.isspace() and c not in _UNCOUNTED]
    marks = set(counted)
    if len(marks) > 2 or marks & _STRUCTURAL or len(counted) < 3:
        return False
    # (not brackets or quotes, "(((" or "»»»": opening and closing marks belong to text, and a
    # mis-decoded line repaired after layout can become a row of them)
    return all((unicodedata.category(c)[0] == "P" and unicodedata.category(c) not in ("Ps", "Pe", "Pi", "Pf"))
               or unicodedata.category(c) in ("Sm", "Sk") or c == "°" for c in marks)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _title_cased(line: str) -> bool:
    """Most longer words capitalised: a title or heading, not a wrapped sentence."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def _wrapped_title(line: str) -> bool:
    """Two capitalised words or more and no digit (not a date line's ``Updated: 18 Nov 2019
    9:38 pm``)."""
    return not any(c.isdigit() for c in line) and sum(1 for w in line.split() if w[0].isupper()) >= 2


def _line_len(line: str) -> int:
    # Leading spaces on continuation lines are PDF-copy artefacts: not part of the width.
    # (In screen columns: a line of Chinese or Japanese wrapped at 60 columns holds 30
    # characters.)
    return _columns(line.strip())


def estimate_width(chunks: list[list[str]], *, min_lines: int = 3) -> int | None:
    """Infer the wrap width from lines that are followed by another line in their chunk.

    Returns ``None`` when the text does not look hard-wrapped (too few such
    lines, or lengths too spread out, as in one-paragraph-per-line text).

    >>> estimate_width([["x" * 70, "y" * 72, "z" * 68, "w" * 71, "end"]])
    72
    >>> estimate_width([["a" * 300, "b" * 40, "c" * 700, "d" * 120, "e"]]) is None
    True
    """
    lines = [
        s
        for chunk in chunks
        for line in chunk[:-1]
        # lines with non-breaking spaces may overrun the width: they are no evidence of it
        if (s := line.strip()) and "\u00a0" not in line and not ("://" in line and url_only(line))
        and not (may_be_marked(s) and list_marker(line))
        # (rows laid out with spaces, "Network Working Group        J. Doe", are no wrap)
        and not ("      " in s and _COLUMN_GAP.search(s))
    ]
    # (every line's width once; an ASCII text, as most are, is one column a character)
    every = "".join(lines)
    cols = list(map(len, lines)) if every.isascii() or not _FROM_1100.search(every) else list(map(_columns, lines))
    lengths = sorted(cols)
    # Paragraphs separated by blank lines: a line followed by another in the same paragraph is
    # itself evidence of wrapping, so fewer lines are needed.
    blank_separated = len(chunks) >= 3
    if len(lengths) < (min(min_lines, 2) if blank_separated else min_lines):
        return None
    if len(lines) >= 4 and len(set(lines)) < 0.5 * len(lines):
        return None  # the same lines over and over (a repeated pitch) are not wrapped prose
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    near = sum(1 for n in lengths if n >= 0.75 * width)
    if width < 25 or width > 200 or near < 0.5 * len(lengths):
        return None
    lasts = [chunk[-1].strip() for chunk in chunks if len(chunk) >= 2]
    if lasts and 2 * sum(1 for s in lasts if _columns(s) > 1.5 * width) > len(lasts):
        # the last lines of most chunks run far past the width: no wrap (a question over its
        # answer, a label over its paragraph; a wrapped paragraph's last line is its shortest)
        return None
    if min_lines == 1 and len(lengths) <= 3 and near < len(lengths):
        # a chunk's own two or three lines: each must fill the width (a short line over a
        # longer one, "10:42 AM · Jun 3, 2024" / "1.2K Reposts 3.4K Likes", shows no wrap)
        return None
    # Wrapped lines end mid-sentence; lines that mostly end sentences are one-per-line text,
    # unless paragraphs are separated by blank lines (then lines inside one are wraps).
    cluster = [line for line, n in zip(lines, cols, strict=True) if 0.75 * width <= n <= width]
    if not blank_separated and sum(1 for line in cluster if ends_sentence(line)) >= 0.4 * len(cluster):
        return None
    if not blank_separated and len(lines) < 3 and all(ends_sentence(line) for line in lines):
        return None
    if not blank_separated and min_lines >= 3 and len(lines) < _FEW_LINES and not any(
            starts_lower(b) or a.endswith("-") for chunk in chunks for a, b in pairwise(chunk)):
        # a few lines, and not one goes on in lowercase: a list without markers, written one
        # item per line (wrapped prose breaks before a lowercase word now and then)
        return None
    return width


#: the most lines of a chunk that :func:`short_wrap_width` reads (more are the estimator's)
_FEW_LINES = 6


def short_wrap_width(lines: list[str]) -> int | None:
    """The wrap width of a short chunk (three to six lines) that shows its own wrap: every line
    but the last within 75 % of the longest of them (30 to 200 columns), the last no longer,
    no list marker, and at least one line that starts in lowercase after a line that does not
    end a sentence (the proof that the lines were wrapped, not written one per line).  An
    unfinished first line over a line in uppercase must end with a comma or a short lowercase
    word (``on``, ``the``): otherwise it may be a headline in sentence case.

    >>> short_wrap_width(["Please note that the library will be closed on",
    ...                   "Monday and Tuesday for repairs to the roof. We", "apologise for the inconvenience."])
    46
    >>> short_wrap_width(["Bring a packed lunch and a water bottle", "Wear sturdy shoes and a warm jacket",
    ...                   "Children must be accompanied by an adult"]) is None   # a list: no line goes on in lowercase
    True
    """
    body = [line.strip() for line in lines]
    if any(not s or (may_be_marked(s) and list_marker(s)) for s in body):
        return None
    cols = [_columns(s) for s in body]
    longest = max(cols[:-1])
    if not 30 <= longest <= 200 or cols[-1] > longest or any(n < 0.75 * longest for n in cols[:-1]):
        return None
    if not any(not ends_sentence(a) and starts_lower(b) for a, b in pairwise(body)):
        return None
    first, second = body[0], body[1]
    if not ends_sentence(first) and not starts_lower(second) and not (
            first.endswith(",") or _short_lower_end(first)):
        return None  # a headline in sentence case over a wrapped paragraph
    return longest


def _dash_goes_on(prev: str, rest: str, width: int) -> bool:
    """Does a wrapped line that starts with a dash (``– jenseits davon``) go on with the
    sentence of ``prev``?  Only after a line filled by a wrap (80 % of the width or more) that
    does not end a sentence, and when the words after the dash start in lowercase: a list after
    a long line ends it with a colon, or its items start in uppercase.

    >>> _dash_goes_on("Was kann Künstliche Intelligenz im Klassenzimmer", "jenseits davon", 50)
    True
    >>> _dash_goes_on("You will need the following things for the trip:", "a tent", 50)
    False
    """
    return _line_len(prev) >= 0.8 * width and not ends_sentence(prev) and starts_lower(rest)


def quotation_dash(marker: str, lines: list[str], i: int) -> bool:
    """Is the en dash that starts line ``i`` of a chunk a quotation dash, not a bullet?
    Norwegian, Swedish, Danish, Finnish and many other papers open each quoted paragraph with
    one (``– Vi var tydelige, sier han.``).  It is one when the dash stands alone at the start
    of the chunk (no indentation), no other line of the chunk has a list marker, the words
    after it start in uppercase and the chunk ends a sentence of four words or more; or, in text
    of one paragraph per line, when the line is a whole sentence between a finished sentence
    (not one that ends in a colon) and a line without a marker.  A list's items come several
    in a row, or after a colon, or without a sentence's end.

    >>> quotation_dash("– ", ["– Vi var tydelige på at vi ikke skulle gå."], 0)
    True
    >>> quotation_dash("– ", ["– eggs", "– milk"], 0), quotation_dash("– ", ["– Kurz notiert"], 0)
    (False, False)
    >>> quotation_dash("– ", ["Han kom i går.", "– Det var en fin dag for oss, sier han.", "Så dro han."], 1)
    True
    """
    if marker.rstrip() != "–" or not lines[i][len(marker):][:1].isupper():
        return False
    if i == 0:
        if any(list_marker(line) for line in lines[1:]):
            return False
        return ends_sentence(lines[-1].strip()) and len(" ".join(lines).split()) >= 5
    # one paragraph per line: a quoted paragraph between two paragraphs without a marker, after
    # a finished sentence that does not announce a list
    prev = lines[i - 1].strip()
    if not prev or prev[-1] in ":：" or not ends_sentence(prev) or list_marker(lines[i - 1]):
        return False
    if i + 1 < len(lines) and list_marker(lines[i + 1]):
        return False
    return ends_sentence(lines[i].strip()) and len(lines[i].split()) >= 6


def marker_wrapped(prev: str, line: str, width: int) -> bool:
    """Is a numbered marker at the start of ``line`` a number that a wrap carried over
    (``… Einsatz in der`` / ``2. Bundesliga von …``)?  The line before stops at a lowercase
    letter (no sentence, item or heading ends there), is not indented deeper than the line, and
    the marker would not have fitted on it within ``width``.

    >>> marker_wrapped("Es war bereits der zwölfte Einsatz in der", "2. Bundesliga von", 42)
    True
    >>> marker_wrapped("The steps are as follows", "2. Mix the flour", 60)
    False
    """
    p = prev.rstrip()
    s = line.strip()
    if not p[-1:].islower() or not s[:1].isdigit() or _indent(line) > 0:
        return False
    return _columns(p) + 1 + _columns(s.split(" ", 1)[0]) > width


def paragraph_indents(lines: list[str]) -> bool:
    """Does a wrapped chunk mark each paragraph's first line by indenting it (two columns or
    more), as a PDF copy without blank lines does?  At most half of the lines are indented, all
    by the same amount, and one at least follows a line that is not (a chunk indented as a
    whole, or a list whose items hang over several indented lines, is no such chunk).

    >>> paragraph_indents(["    One paragraph that was", "wrapped here.", "    Another that", "was too."])
    True
    >>> paragraph_indents(["A line", "  and a hanging one", "  and another"])
    False
    """
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    deep = [i for i, n in enumerate(indents) if n >= 2]
    if not deep or len(deep) > 0.5 * len(indents) or len({indents[i] for i in deep}) > 1:
        return False
    return any(i > 0 and indents[i - 1] <= 1 for i in deep)


def one_per_line(lines: list[str]) -> bool:
    """Is this chunk (without blank lines, with no wrap width) written one paragraph per line?
    Six text lines or more (list items, URLs left out), three of them ending a sentence; the
    lines that do not end one (subheadings, labels) shorter, by their median, than those that
    do (paragraphs); and no wrap width in sight: a line is longer than 200 columns, or a fifth
    of the finished lines are longer than nearly all (90 %) of the unfinished ones, by a tenth.
    In a hard-wrapped text that the width estimator could not read (too few lines, many short
    list lines) it is the other way round: the unfinished lines are the full ones, and the
    lines that end a paragraph are no longer.

    >>> one_per_line(["Storm damage in the valley", "The storm of Sunday night brought down trees "
    ...               "all over the valley.", "Roads closed", "Three roads stayed closed until Monday, "
    ...               "and the school bus did not run.", "Power cuts", "About two hundred homes were "
    ...               "without power for a day and a night."])
    True
    >>> one_per_line(["The storm of Sunday night brought down many", "trees all over the valley.",
    ...               "Three roads stayed closed for most of the day", "and reopened on Monday."])
    False
    """
    done: list[int] = []
    unfinished: list[int] = []
    for line in lines:
        s = line.strip()
        if not s or url_only(s) or (may_be_marked(s) and list_marker(s)):
            continue
        (done if ends_sentence(s) else unfinished).append(_columns(s))
    if len(done) + len(unfinished) < 6 or len(done) < 3:
        return False
    if not unfinished:
        return True
    done.sort()
    unfinished.sort()
    if unfinished[len(unfinished) // 2] >= done[len(done) // 2]:
        return False
    if max(done[-1], unfinished[-1]) > 200:
        return True  # a line longer than any wrap width
    # a fifth of the finished lines or more are longer than nearly all the unfinished ones:
    # no wrap width bounds them (a wrap's full lines are its longest)
    bound = 1.1 * unfinished[min(len(unfinished) - 1, int(len(unfinished) * 0.9))]
    return 5 * sum(1 for n in done if n > bound) >= len(done)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The function words of every language's table in :mod:`textclean.language`."""
    from ..language import STOPWORDS

    return frozenset().union(*STOPWORDS.values())


def function_word_end(line: str) -> bool:
    """Does ``line`` stop at a function word in lower case (``of``, ``the``, ``und``, ``и``, an
    article): where no sentence, heading or list item ends?

    >>> function_word_end("the engineers said that the"), function_word_end("fried in a little oil")
    (True, False)
    """
    word = line[line.rfind(" ") + 1:]
    return word.islower() and (word in _function_words() or _ARTICLE_END.search(word) is not None)


def _short_lower_end(line: str) -> bool:

    """Does ``line`` end with a short lowercase word (mostly a function word: ``on``, ``the``,
    ``de``, ``und``)?"""
    word = line[line.rfind(" ") + 1:]
    return 0 < len(word) <= 3 and word.isalpha() and word.islower()


#: how many substring probes ``Hyphenation.count`` makes before it builds the vocabulary
_PROBES = 8


#: the words after a German suspended hyphen ("Nord- und Süddeutschland", "Ein- bzw. Ausgang")
_DE_SUSPENDED = frozenset(["und", "oder", "bis", "bzw", "sowie", "als", "wie", "noch", "weder", "&"])


class Hyphenation:
    """Decide whether a line-end hyphen split a word (``govern-/ment``) or is part of it.

    Evidence in order: the document's own vocabulary, then word frequencies
    (``wordfreq``, when installed) for the document's language, then a small
    list of compound prefixes.
    """

    def __init__(self, text: str, language: str, joiners: frozenset[str]) -> None:
        self._text = text
        self.language = language
        self.joiners = joiners
        self._vocab: Counter[str] | None = None
        self._folded: str | None = None
        self._probes = 0
        self._zipf: Callable[[str, str], float] | bool | None = None

    def vocab(self) -> Counter[str]:
        if self._vocab is None:
            # the words of the casefolded text are the casefolded words: ``casefold`` folds each
            # character on its own, a character and its folded form are both ``\w`` or both not,
            # and only "-" folds to "-" (checked over every code point in tests/test_fast_paths.py)
            folded = self._folded if self._folded is not None else self._text.casefold()
            self._vocab = Counter(_VOCAB_WORD.findall(folded))
        return self._vocab

    def count(self, key: str) -> int:
        """``vocab()[key]``; 0 without the vocabulary when ``key`` is not even a substring of
        the casefolded text (``str.casefold`` folds each character on its own, so a word's
        folded form is a substring of the folded text).  Each such probe scans the whole
        text, so after ``_PROBES`` of them the vocabulary is built anyway (the cost stays
        linear in the document however many hyphens it has to decide).  A subclass with its
        own :meth:`vocab` is always asked."""
        if self._vocab is None and self._probes < _PROBES and type(self).vocab is Hyphenation.vocab:
            self._probes += 1
            if self._folded is None:
                self._folded = self._text.casefold()
            if key not in self._folded:
                return 0
        return self.vocab()[key]

    def zipf(self, word: str) -> float | None:
        if self._zipf is None:
            try:
                from wordfreq import zipf_frequency

                self._zipf = zipf_frequency
            except Exception:
                self._zipf = False
        if self._zipf is False or self._zipf is True:
            return None
        zipf: Callable[..., float] = self._zipf
        try:
            return float(zipf(word, self.language, wordlist="small"))
        except Exception:
            return None

    def join(self, left: str, right: str) -> str:
        """Join ``left`` (ending in ``-``) and ``right`` (the next line).

        >>> Hyphenation("", "en", frozenset({"and"})).join("the govern-", "ment said")
        'the government said'
        """
        decision = self.decide(left, right)
        if decision == "drop":
            return left[:-1] + right
        return left + (" " if decision == "space" else "") + right

    def decide(self, left: str, right: str) -> str:
        """``"drop"`` the hyphen (a split word), ``"keep"`` it (a compound) or keep it and add a
        ``"space"`` (a suspended hyphen).  Only the end of ``left`` is read."""
        m = _LEAD_WORD.match(right)
        if not m:
            return "drop" if right[:1].isalpha() else "space"
        rword = m.group(1)
        head = left[-120:-1]
        lm = _LAST_WORD.search(head)
        lword = lm.group(1) if lm else ""
        if rword.casefold() in self.joiners:  # suspended hyphen: "pre- and post-war"
            return "space"
        return "keep" if self.keep_hyphen(lword, rword, head) else "drop"

    def keep_hyphen(self, lword: str, rword: str, head: str) -> bool:
        if not lword or not rword or not lword[-1].isalpha():
            return True
        if rword[0].isupper() or rword[0].isdigit() or lword.isupper():
            return True  # Nagorno-Karabakh, COVID-19, anti-American
        if _HYPHEN_CHAIN.search(head):
            return True  # state-of-the-art: a chain of hyphens is a compound
        joined, hyph = (lword + rword).casefold(), f"{lword}-{rword}".casefold()
        n_hyph = self.count(hyph)
        n_joined = self.count(joined)
        if n_hyph > 0 and n_hyph >= n_joined:
            return True
        if n_joined > 0:
            return False
        if self.language == "de" and lword[0].isupper() and rword not in _DE_SUSPENDED:
            # German writes its noun compounds as one word, and a hyphenated one capitalises
            # the part after the hyphen ("Verkehrs-Konzept"): a noun's hyphen before a
            # lowercase word split the word ("Verkehrs-" / "konzept"), unless the word is the
            # "und"/"oder" of a suspended compound ("Nord- und Süddeutschland")
            return False
        zj = self.zipf(joined)
        if zj is not None:
            # wordfreq's "small" lists (15 MB for four languages) stop at Zipf 3: a word
            # missing from them (0.0) is rare.
            if zj > 0:
                return False  # the joined form is a common word: "government"
            zl, zr = self.zipf(lword), self.zipf(rword)
            # two common words whose join is not a word: "well-known", "long-awaited"
            return bool(zl and zr)
        return lword.casefold() in _COMPOUND_PREFIXES


#: the Latin ligatures of U+FB00-FB06 and the letters they stand for (their NFKC forms)
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)


def _quote_header(b: Block, pattern: regex.Pattern[str]) -> bool:
    # (a cheap filter first: a header is one short line, and the rows read a colon at its end
    # ("jdoe wrote:") or after a label ("Quote from: …"), or a short line that ends no
    # sentence, "Originally Posted by kim")
    t = b.text
    return (b.kind == PARAGRAPH and len(t) <= 300 and (t[-1:] in ":：" or ":" in t[:40] or "：" in t[:40]
                                                  or (len(t) <= 80 and not ends_sentence(t)))
            and pattern.match(t) is not None)


def quoted_posts(groups: list[list[Block]]) -> None:
    """Make the paragraph a quoted post's header stands over (the tables' ``quote_headers``:
    ``Quote from: kim on March 12, 2024``, ``jdoe wrote:``, ``Am … schrieb kim:``) a
    ``quote``, in ``groups``, the blocks of each blank-separated chunk: the paragraph right
    under the header in its chunk, or, when the header ends its chunk, the next chunk if it is
    one paragraph.  The header itself stays a paragraph.

    One paragraph only, and the same whether the header and its text share a chunk or not:
    the output's text puts a blank line between any two blocks and marks no kind, so this is
    what a second cleaning of the output can tell again (a quote of several paragraphs gives
    its first; the rest read as the reply).

    >>> g = [[Block("kim wrote:"), Block("It crashes.")], [Block("Update the driver.")]]
    >>> quoted_posts(g)
    >>> [b.kind for c in g for b in c]
    ['paragraph', 'quote', 'paragraph']
    >>> g = [[Block("kim wrote:")], [Block("It crashes.")]]
    >>> quoted_posts(g)
    >>> [b.kind for c in g for b in c]
    ['paragraph', 'quote']
    """
    pattern = load(("auto",)).quote_header
    if pattern is None:
        return
    for gi, group in enumerate(groups):
        for bi, b in enumerate(group):
            if not _quote_header(b, pattern):
                continue
            if bi + 1 < len(group):
                q = group[bi + 1]
            else:
                nxt = groups[gi + 1] if gi + 1 < len(groups) else []
                if len(nxt) != 1:
                    continue
                q = nxt[0]
            if q.kind == PARAGRAPH and not _quote_header(q, pattern):
                q.kind = QUOTE


class Layout(Cleaner):
    """Structure raw chunks into headings, list items, quotes and paragraphs; rejoin wrapped lines.

    ``hyphenation=False`` keeps every line-end hyphen (joins ``well-`` + ``known`` as ``well-known``).
    """

    name = "layout"

    def __init__(self, hyphenation: bool = True) -> None:
        self.hyphenation = hyphenation

    def apply(self, draft: Draft) -> None:
        raw = [b for b in draft.blocks if b.kind == RAW]
        if not raw:
            return
        text = "\n".join([b.text for b in raw])
        if not text.isascii() and ("\ufb01" in text or "\ufb02" in text or "\ufb00" in text):
            # a PDF copy's typographic ligatures ("ﬁrst", "ﬂow"): the letters they stand for,
            # before the hyphenation vocabulary and the boilerplate rules read the words (the
            # gate looks for the three common ones, ﬁ ﬂ ﬀ: three scans, not seven; all seven go)
            for b in raw:
                b.text = b.text.translate(_LIGATURE_TABLE)
            text = text.translate(_LIGATURE_TABLE)
        # (text only: blocks from HTML come structured)
        # (a one-character search first: much faster than looking for three)
        if len(raw) == len(draft.blocks) and (("`" in text and "```" in text) or ("~" in text and "~~~" in text)):
            draft.blocks = fenced_code(draft.blocks, draft, self.name)  # fenced code blocks
            raw = [b for b in draft.blocks if b.kind == RAW]
            text = "\n".join([b.text for b in raw])
        if (any(b.text[:1] in " \t" and b.text.startswith(("    ", "\t")) for b in raw)
                and all(b.kind in (RAW, CODE) for b in draft.blocks)):
            draft.blocks = indented_code(draft.blocks, draft)  # indented code
            raw = [b for b in draft.blocks if b.kind == RAW]
            text = "\n".join([b.text for b in raw])
        chunks = [b.text.split("\n") for b in raw]
        width = estimate_width(chunks)
        draft.extra["wrap_width"] = width
        # the suspended-hyphen words of the document's own language (and of languages asked
        # for by name): a Dutch "en" must not keep German "Frau-" / "en" apart
        langs = () if tuple(draft.options.languages) == ("auto",) else tuple(draft.options.languages)
        hy = Hyphenation(
            text,
            draft.language,
            load((*langs, draft.language)).suspended_joiners,
        )
        # a paper's author list near the top (names with affiliation marks): the lines that
        # start with one of its numbers are the affiliations, a block each
        affiliations = _affiliations(raw)
        out: list[Block] = []
        # blocks built from several lines, by id; the dict keeps them alive, so that an id
        # cannot be reused by another block (a dropped block's id would be)
        joined: dict[int, Block] = {}
        groups: list[list[Block]] = []  # the blocks of each raw chunk, in order
        for b in draft.blocks:
            if b.kind != RAW:
                out.append(b)
                groups.append([])  # (no chunk of text: a quote does not reach over it)
                continue
            group = self._structure(b, width, hy, draft, joined, len(raw) >= 3, affiliations)
            groups.append(group)
            out.extend(group)
        quoted_posts(groups)
        for b in out:
            if "[" in b.text and b.kind != CODE and _WIKI_MARK.search(b.text):
                b.text = _drop_wiki_marks(b.text, draft, self.name, b.line)
            if b.text[-4:].casefold() in ("more", "less") and b.kind != CODE and (m := _SEE_MORE.search(b.text)):
                # a social post cut short by its "…see more" button, copied with the post
                draft.record(self.name, "navigation", m.group(0).strip(), b.line)
                b.text = b.text[:m.start()].rstrip()
            # A join can put two halves of a mis-decoded sequence side by side.
            if id(b) in joined and not b.text.isascii():
                b.text = fix_mojibake(b.text).strip()
        draft.blocks = out

    # -- one raw chunk -> blocks -------------------------------------------
    def _structure(
        self,
        block: Block,
        width: int | None,
        hy: Hyphenation,
        draft: Draft,
        joined: dict[int, Block],
        blank_separated: bool = False,
        affiliations: frozenset[str] = frozenset(),
    ) -> list[Block]:
        base = block.line or 1
        if "\n" not in block.text:
            # one line without a marker or URL: a paragraph as it stands (the loop below
            # would give the same block)
            stripped = block.text.strip()
            if not stripped:
                return []
            if not stripped[0].isalnum() and rule_line(stripped):
                draft.record(self.name, "markup", stripped, base)  # a row of marks: a break
                return []
            if not may_be_marked(stripped) and stripped[0] not in "^↑" and not url_only(block.text):
                return [Block(stripped, PARAGRAPH, base)]
        lines = block.text.split("\n")
        if len(lines) >= 2 and (":" in lines[0] or "：" in lines[0]) and email_header(lines):
            # an e-mail's header: a block per header line (the title cleaner reads them)
            return [Block(" ".join(line.split()), PARAGRAPH, base + i) for i, line in enumerate(lines) if line.strip()]
        if len(lines) >= 4 and line_broken(lines, width):
            # a stanza, an address, a list without markers: each line stays a block
            return [b for i, line in enumerate(lines)
                    for b in self._structure(Block(line, RAW, base + i), None, hy, draft, joined)]
        if width is None and len(lines) > 1 and blank_separated:
            # No document-wide evidence, but paragraphs are separated by blank lines: the
            # chunk's own lines may still show a wrap width.
            width = estimate_width([lines], min_lines=1)
        if width is None and 3 <= len(lines) <= _FEW_LINES:
            # too few lines for the estimator: a short note wrapped at its own width
            width = short_wrap_width(lines)
        para_indent = width is not None and paragraph_indents(lines)
        # a chunk of one paragraph per line: a line goes on only where a wrap is plain
        per_line = width is None and not blank_separated and len(lines) >= 6 and one_per_line(lines)
        out: list[Block] = []
        cur: Block | None = None
        parts: list[str] = []  # the pieces of the current block's text
        cur_last = ""  # last physical line of the current block
        cur_lines = 0

        def flush() -> None:
            nonlocal cur, parts
            if cur is not None and len(parts) > 1:
                cur.text = "".join(parts)
            cur, parts = None, []

        for i, line in enumerate(lines):
            lineno = base + i
            stripped = line.strip()
            if not stripped:
                flush()
                continue
            new: Block | None = None
            if stripped[0] == "|" and stripped[-1] == "|" and stripped.count("|") >= 3:
                # a table row (Markdown, or a text table): one block per row, never joined
                flush()
                if _TABLE_RULE.match(stripped):
                    draft.record(self.name, "markup", stripped, lineno)
                else:
                    out.append(Block(" ".join(stripped.split()), PARAGRAPH, lineno))
                continue
            c0 = stripped[0]
            if c0 in "^↑" and (back := _BACKLINK.match(stripped)) is not None and stripped[back.end():]:
                # a wiki page's reference entry copied as text: the back-links to the places
                # that cite it ("^ a b Smith, J. …") are markup, as a bullet is; a list item
                draft.record(self.name, "markup", back.group(0).strip(), lineno)
                flush()
                new = Block(stripped[back.end():], LIST_ITEM, lineno)
                out.append(new)
                cur, cur_last, cur_lines = new, line, 1
                parts = [new.text]
                continue
            # (``may_be_marked`` inline for a line that starts with an ASCII letter)
            if (stripped[1:2] in (".", ")")) if c0.isascii() and c0.isalpha() else may_be_marked(stripped):
                if _SETEXT.match(line) and cur is not None and cur.kind == PARAGRAPH and cur_lines == 1:
                    cur.kind = HEADING
                    cur.level = 1 if stripped.startswith("=") else 2
                    draft.record(self.name, "markup", stripped, lineno)
                    flush()
                    continue
                if _HR.match(line):
                    draft.record(self.name, "markup", stripped, lineno)
                    flush()
                    continue
                m = _MD_HEADING.match(line)
                qm = _QUOTE_MARK.match(line)
                bm = list_marker(line)
                if m:
                    heading = _unfenced(_MARKERS.sub("", m.group(2).strip()), draft, lineno)
                    if heading:
                        out.append(Block(heading, HEADING, lineno, len(m.group(1))))
                    flush()
                    continue
            else:
                qm = bm = None
            if not stripped[0].isalnum() and rule_line(stripped):
                draft.record(self.name, "markup", stripped, lineno)  # a row of marks: a break
                flush()
                continue
            if "://" in line and url_only(line):
                out.append(Block(stripped, PARAGRAPH, lineno))
                flush()
                continue
            if qm:
                text = _MARKERS.sub("", line[qm.end():].strip())
                # (the lines of a quoted e-mail are read as any others: "Thanks," / "Sam" stay
                # apart)
                goes_on = bool(text) and cur is not None and cur.kind == QUOTE and self._continues(
                    cur_last, text, width, cur_lines > 1, blank_separated)
                if not goes_on:
                    text = _unfenced(text, draft, lineno)
                if not text:
                    draft.record(self.name, "markup", stripped, lineno)
                    flush()
                    continue
                if goes_on and cur is not None:
                    self._join(parts, text, hy)
                    cur_lines += 1
                    joined[id(cur)] = cur
                    cur_last = text
                    continue
                new = Block(text, QUOTE, lineno)
                line = text
            elif (bm and bm.group(0).lstrip()[:1].isdigit() and stripped[-1] in ",;.:"
                    and starts_lower(line[bm.end():])):
                # "1. zwei Jahre bestanden hat, …,": an enumeration inside a sentence (a
                # statute's numbered cases, lowercase clauses ending in punctuation); its
                # number is part of the text ("1. four" stays a list item)
                new = Block(stripped, PARAGRAPH, lineno)
            elif (bm and cur is not None and width is not None and stripped[0] in "-–—" and cur.kind == PARAGRAPH
                    and _dash_goes_on(cur_last, line[bm.end():], width)):
                # a wrapped sentence that went on after a dash ("im Klassenzimmer" / "– jenseits
                # davon"): not a list item, and the dash is kept
                self._join(parts, stripped, hy)
                joined[id(cur)] = cur
                cur_last = line
                cur_lines += 1
                continue
            elif (bm and cur is not None and width is not None and cur.kind == PARAGRAPH
                    and marker_wrapped(cur_last, line, width)):
                # "… Einsatz in der" / "2. Bundesliga …": a number that a wrap put at the line
                # start, not a list item
                self._join(parts, stripped, hy)
                joined[id(cur)] = cur
                cur_last = line
                cur_lines += 1
                continue
            elif bm and quotation_dash(bm.group(0), lines, i):
                new = Block(stripped, PARAGRAPH, lineno)  # a quoted paragraph keeps its dash
            elif bm:
                item = _unfenced(_MARKERS.sub("", line[bm.end():].strip()), draft, lineno)
                if not item:
                    flush()
                    continue
                ordinal = _ordinal(bm.group(0))
                if ordinal:
                    # a number or letter is content (a step, a rank): it stays in the text
                    item = f"{ordinal} {item}"
                new = Block(item, LIST_ITEM, lineno, len(bm.group(1)) // 2)
            elif cur is not None and not (c0.isdecimal() and note_break(parts[0], cur_last, line)) and self._continues(
                    cur_last, line, width, cur_lines > 1, blank_separated, para_indent=para_indent,
                    per_line=per_line, affiliations=affiliations):
                self._join(parts, stripped, hy)
                joined[id(cur)] = cur
                cur_last = line
                cur_lines += 1
                continue
            else:
                new = Block(stripped, PARAGRAPH, lineno)
            flush()
            out.append(new)
            cur, cur_last, cur_lines = new, line, 1
            parts = [new.text]
        flush()
        return out

    def _continues(
        self, prev: str, line: str, width: int | None, in_wrap: bool = False, blank_separated: bool = False,
        *, para_indent: bool = False, per_line: bool = False, affiliations: frozenset[str] = frozenset(),
    ) -> bool:
        """Is ``line`` the continuation of ``prev`` (a wrap), not a new paragraph?

        ``para_indent``: the chunk is wrapped and marks a paragraph's first line by indenting it
        (:func:`paragraph_indents`).  ``per_line``: the chunk is written one paragraph per line
        (:func:`one_per_line`): a line goes on only after a line-end hyphen, or in lowercase
        after a line that stops at a comma or a short lowercase word (``to``, ``of``, ``и``);
        a subheading, a label or a list item without final punctuation stays apart.
        ``affiliations``: the numbers of a paper's author list at the top (:func:`_affiliations`):
        a line that starts with one of them after the author list or another such line is the
        next affiliation.
        """
        p = prev.rstrip()
        s = line.strip()
        if not p or not s or not (p[-1].isalnum() or any(map(str.isalnum, p))):
            return False  # a bare marker line ("#", "-") must not become markup by a join
        if "://" in p and url_only(p):
            return False
        if p.endswith("-") and p[-2:-1].isalpha() and s[:1].isalpha():
            return True
        if (s[:1] == "[" or s[:1].isdigit()) and _CHAT_LINE.match(s):
            return False  # the next line of a chat log
        if "      " in s and "      " in p and _COLUMN_GAP.search(s) and _COLUMN_GAP.search(p.lstrip()):
            # two rows of a table laid out with spaces (an RFC's header: "Network Working
            # Group        J. Doe" / "Request for Comments: 9999     Example Labs"): no wrap
            return False
        if (p[-1] == ":" or ":" in p[:24]) and (qh := load(("auto",)).quote_header) is not None and qh.match(p.lstrip()):
            # a quoted post's header ("Quote from: kim on March 12, 2024", "jdoe wrote:"):
            # the quoted text under it is no wrap of it (the tables' ``quote_headers``)
            return False
        if affiliations and p[:1] in _AFFILIATION_START and _affiliation_line(p, affiliations):
            # an affiliation is a line of its own: the next one, or the heading under the
            # last ("… Germany" / "Abstract"), starts a block; a wrapped affiliation goes on
            # in lowercase or after a comma or a small word ("… University of" / "Bern, …")
            if s[:1] in _AFFILIATION_START and _affiliation_line(s, affiliations):
                return False
            if p[-1] == "," or function_word_end(p):
                return True
            if not starts_lower(s):
                return False
        elif (affiliations and s[:1] in _AFFILIATION_START and _affiliation_line(s, affiliations)
                and p[-1] != "," and not function_word_end(p)):
            # the first affiliation under a paper's author list, or the next after a wrapped
            # one ("… University of" / "Bern, Switzerland" / "2 Institute …"); a number after
            # a small word is a wrapped sentence's ("funded by the" / "2 Institute grants")
            return False
        final = ends_sentence(p)
        if final and (":" in s[:40] or "：" in s[:40]) and (label := load(("auto",)).list_label) is not None and label.match(s):
            return False  # a list's label after a sentence ("… at all." / "Keywords: grazing, …")
        if not final and s[:1] == "(" and _CLAUSE.match(s) and _LIST_JOINER_END.search(p, max(0, len(p) - 12)):
            return False  # "… repetitive" / "character; or" / "(c) the controller …": the next clause
        if not final and starts_lower(s):
            return not per_line or (" " in p.lstrip() and (p[-1] == "," or function_word_end(p)))
        if per_line:
            # one paragraph per line: no other cue is strong enough (a subheading in a script
            # without case, a headline of 60 characters, a label over a number stay apart)
            return (not final and p[-1:].islower() and _short_lower_end(p) and _title_cased(p) and _title_cased(s)
                    and not ends_sentence(s) and _wrapped_title(p))
        if not final and s[:1] >= "\u0590" and _caseless(s[0]) and _caseless(p[-1]) and _columns(p) >= 30:
            # a script without case (Chinese, Japanese, Korean, Arabic, Hebrew, Hindi ...): a
            # long unfinished line followed by a letter goes on, as a lowercase start does
            return True
        if (s[:1] in "(§" or s[:1].isdigit()) and _CLAUSE.match(s) and (final or _LIST_JOINER_END.search(p, max(0, len(p) - 12))):
            return False  # the next clause (also after "…; or", "…, and": a list of clauses)
        if final and ":" in s[:30] and _SPEAKER.match(s):
            return False  # the next speaker's turn (an interview, a transcript), the next clause
        if final and s[0] in _NOTE_START and _NOTE.match(s):
            return False  # the next footnote or reference entry
        if s[0] >= "\u2300" and _PICTOGRAPH.match(s) and (final or not (p[-1] == "," or function_word_end(p))):
            # a line that starts with an emoji (a social post's "✅ …" bullets, "👍 1,284 ·
            # 97 comments"): a line of its own, unless a sentence runs on into it
            return False
        if (not final and p[-1:].islower() and _short_lower_end(p) and _title_cased(p) and _title_cased(s)
                and not ends_sentence(s) and _wrapped_title(p)):
            # a title wrapped over two lines: the first ends with a small word of a title in
            # title case ("... Shallow Aquifers in" / "Semi-Arid Catchments")
            return True
        if width is None:
            # (lengths in screen columns: a line of Chinese or Korean holds twice the text)
            ps = p.lstrip()
            pcols = len(ps) if ps[-1] < "\u1100" else _columns(ps)
            scols = len(s) if s[-1] < "\u1100" else _columns(s)
        if width is None and blank_separated and pcols >= 40:
            # Paragraphs are separated by blank lines, so a line of prose followed by another
            # line is a soft break inside one paragraph (as in Markdown), unless the next line
            # is a short standalone line (a heading).
            return not (scols < 0.5 * pcols and not ends_sentence(s)) or starts_lower(s)
        if width is None:
            # No wrap width: an unfinished long line that is not a title goes on; so does a
            # line indented by exactly one space after a long line (a PDF-copy artefact).
            if final:
                return pcols >= 60 and _indent(line) == 1 and _indent(prev) == 0
            if in_wrap or (s[:1].isdigit() and pcols >= 40):
                # an unfinished line of a paragraph already shown to be wrapped, or of a long
                # line going on with a number ("rose to" / "3.5 billion"); a short line over a
                # date ("Von Anna Müller" / "03.12.2026, 14:30 Uhr") is a line of its own
                return True
            # ... unless the next line is a short standalone line (a heading after a caption),
            # or the line closes a bold span that it opened (a caption's credit, "…
            # **Jane Doe / AFP**", or a bold label: no sentence runs on after one)
            short_next = scols < 0.5 * pcols and not ends_sentence(s)
            if p.endswith(("**", "__")) and p.count(p[-1] * 2) % 2 == 0:
                return False
            if pcols >= 20 and s[:1].isalpha() and _ARTICLE_END.search(p):
                # a line that stops at an article or determiner ("in der" / "Nacht", "to the" /
                # "Budget"): no sentence, title or menu line ends there
                return True
            return pcols >= 60 and not _title_cased(p) and not short_next
        if para_indent and _indent(line) >= 2 and (final or not starts_lower(s)):
            # the chunk indents a paragraph's first line: an indented line after a finished
            # sentence starts a paragraph, however full the line before it was
            return False
        # (a chunk that indents a paragraph's first line wrapped it with its indentation)
        n = _line_len(prev) + (_indent(prev) if para_indent else 0)
        fw = first_word(s)
        if fw[:1] >= "\u0e00" and _unspaced(fw[0]):
            fw = fw[0]  # Chinese, Japanese, Thai wrap after any character: one is the next word
        fcols = _columns(fw)
        if n + 1 + fcols > width:
            return True  # the next word did not fit: a wrap
        if n >= 0.8 * width:
            # A nearly full line: a wrap (PDF text is wrapped by glyph width, not by
            # characters), unless a finished sentence is followed by an indented line, or by
            # a word in uppercase that would have fitted on it (no wrap put it on the next
            # line: the sentence ended its paragraph)
            if final and not starts_lower(s) and n + 1 + fcols <= width:
                return False
            return not (final and _indent(line) > _indent(prev) + 1)
        return False  # a short line ends its paragraph (or is a heading)

    def _join(self, parts: list[str], nxt: str, hy: Hyphenation) -> None:
        """Append line ``nxt`` to a block held as ``parts`` (joined once at the end: linear time)."""
        last = parts[-1]
        if last[-1:] < "\u0e00" and nxt[:1] < "\u2e80" and last[-1:] != "-":
            # (the common case: no hyphen, and neither side of the break written without
            # spaces, which ``joins_unspaced`` needs at U+0E00 and U+2E80 or beyond)
            parts.append(" ")
            parts.append(nxt)
            return
        if last.endswith("-") and last[-2:-1].isalpha() and not last.endswith("--"):
            decision = hy.decide(last, nxt) if self.hyphenation else "keep"
            if decision == "drop":
                parts[-1] = last[:-1]
            elif decision == "space":
                parts.append(" ")
            parts.append(nxt)
        elif last.endswith("-") and not last.endswith(" -"):
            parts.append(nxt)
        else:
            if not joins_unspaced(last, nxt):
                parts.append(" ")
            parts.append(nxt)
