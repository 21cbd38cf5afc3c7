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

from collections import Counter
from collections.abc import Callable

import regex

from ..document import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, RAW, Block
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import URL_ONLY_RE, ends_sentence, first_word, starts_lower
from .characters import fix_mojibake

_MD_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = regex.compile(r"^\s{0,3}(=+|-+)\s*$")
_HR = regex.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_BULLET = regex.compile(r"^(\s*)(?:[-*+•‣◦▪●▸►–]|\d{1,3}[.)]|[a-zA-Z][.)](?=\s+\p{Lu}))\s+(?=\S)")
_QUOTE_MARK = regex.compile(r"^\s{0,3}(?:>\s?)+")
_LINE_HYPHEN = regex.compile(r"(\w[\w-]*?)-$")
_LEAD_WORD = regex.compile(r"^[\"'“‘(\[]*(\w+)")

#: Prefixes that form hyphenated compounds rather than split words (used without a word list).
_COMPOUND_PREFIXES = frozenset(
    ["anti", "non", "self", "well", "ex", "co", "pre", "post", "multi", "pro", "semi", "quasi", "cross", "long", "short", "high", "low", "full", "half", "all", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mid", "near", "far", "over", "under", "counter", "neo", "pseudo", "ultra", "inter", "intra", "extra", "socio", "bio", "eco", "euro", "afro", "sino", "russo", "franco", "anglo", "vice"]
)


def _line_len(line: str) -> int:
    return len(line.rstrip())


def estimate_width(chunks: list[list[str]]) -> int | None:
    """Infer the wrap width from lines that are followed by another line in their chunk.

    Returns ``None`` when the text does not look hard-wrapped (too few such
    lines, or lengths too spread out, as in one-paragraph-per-line text).

    >>> estimate_width([["x" * 70, "y" * 72, "z" * 68, "w" * 71, "end"]])
    72
    >>> estimate_width([["a" * 300, "b" * 40, "c" * 700, "d" * 120, "e"]]) is None
    True
    """
    lengths = sorted(
        _line_len(line)
        for lines in chunks
        for line in lines[:-1]
        if line.strip() and not URL_ONLY_RE.match(line) and not _BULLET.match(line)
    )
    if len(lengths) < 3:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    if width < 25 or width > 200:
        return None
    near = sum(1 for n in lengths if n >= 0.75 * width)
    if near < 0.5 * len(lengths):
        return None
    return width


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
        self._zipf: Callable[[str, str], float] | bool | None = None

    def vocab(self) -> Counter[str]:
        if self._vocab is None:
            self._vocab = Counter(w.casefold() for w in regex.findall(r"\w+(?:-\w+)*", self._text))
        return self._vocab

    def zipf(self, word: str) -> float | None:
        if self._zipf is None:
            try:
                from wordfreq import zipf_frequency

                self._zipf = zipf_frequency
            except Exception:
                self._zipf = False
        if self._zipf is False or self._zipf is True:
            return None
        try:
            return float(self._zipf(word, self.language))
        except Exception:
            return None

    def join(self, left: str, right: str) -> str:
        """Join ``left`` (ending in ``-``) and ``right`` (the next line)."""
        m = _LEAD_WORD.match(right)
        if not m:
            return left + right if right[:1].isalpha() else left + " " + right
        rword = m.group(1)
        head = left[:-1]
        lm = regex.search(r"(\w+)$", head)
        lword = lm.group(1) if lm else ""
        if rword.casefold() in self.joiners:  # suspended hyphen: "pre- and post-war"
            return left + " " + right
        if self.keep_hyphen(lword, rword, head):
            return left + right
        return head + right

    def keep_hyphen(self, lword: str, rword: str, head: str) -> bool:
        if not lword or not rword or not lword[-1].isalpha():
            return True
        if rword[0].isupper() or rword[0].isdigit() or lword.isupper():
            return True  # Nagorno-Karabakh, COVID-19, anti-American
        if regex.search(r"\w-\w+$", head):
            return True  # state-of-the-art: a chain of hyphens is a compound
        joined, hyph = (lword + rword).casefold(), f"{lword}-{rword}".casefold()
        vocab = self.vocab()
        if vocab[hyph] > 0 and vocab[hyph] >= vocab[joined]:
            return True
        if vocab[joined] > 0:
            return False
        zj = self.zipf(joined)
        if zj is not None:
            if zj >= 2.5:
                return False
            zl, zr = self.zipf(lword), self.zipf(rword)
            return bool(zl is not None and zr is not None and zl >= 2.0 and zr >= 2.0)
        return lword.casefold() in _COMPOUND_PREFIXES


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
        chunks = [b.text.split("\n") for b in raw]
        width = estimate_width(chunks)
        draft.extra["wrap_width"] = width
        hy = Hyphenation(
            "\n".join(b.text for b in raw),
            draft.language,
            load((*draft.options.languages, draft.language)).suspended_joiners,
        )
        out: list[Block] = []
        joined: set[int] = set()  # ids of blocks built from several lines
        for b in draft.blocks:
            if b.kind != RAW:
                out.append(b)
                continue
            out.extend(self._structure(b, width, hy, draft, joined))
        for b in out:
            # A join can put two halves of a mis-decoded sequence side by side.
            if id(b) in joined and not b.text.isascii():
                b.text = fix_mojibake(b.text).strip()
        draft.blocks = out

    # -- one raw chunk -> blocks -------------------------------------------
    def _structure(
        self, block: Block, width: int | None, hy: Hyphenation, draft: Draft, joined: set[int]
    ) -> list[Block]:
        lines = block.text.split("\n")
        base = block.line or 1
        out: list[Block] = []
        cur: Block | None = None
        cur_last = ""  # last physical line of the current block
        cur_lines = 0
        for i, line in enumerate(lines):
            lineno = base + i
            stripped = line.strip()
            if not stripped:
                cur = None
                continue
            if _SETEXT.match(line) and cur is not None and cur.kind == PARAGRAPH and cur_lines == 1:
                cur.kind = HEADING
                cur.level = 1 if stripped.startswith("=") else 2
                draft.record(self.name, "markup", stripped, lineno)
                cur = None
                continue
            if _HR.match(line):
                draft.record(self.name, "markup", stripped, lineno)
                cur = None
                continue
            new: Block | None = None
            m = _MD_HEADING.match(line)
            qm = _QUOTE_MARK.match(line)
            bm = _BULLET.match(line)
            if m:
                out.append(Block(m.group(2).strip(), HEADING, lineno, len(m.group(1))))
                cur = None
                continue
            if URL_ONLY_RE.match(line):
                out.append(Block(stripped, PARAGRAPH, lineno))
                cur = None
                continue
            if qm:
                text = line[qm.end():].strip()
                if not text:
                    draft.record(self.name, "markup", stripped, lineno)
                    cur = None
                    continue
                if cur is not None and cur.kind == QUOTE:
                    cur.text = self._join(cur.text, text, hy)
                    joined.add(id(cur))
                    cur_last = text
                    continue
                new = Block(text, QUOTE, lineno)
                line = text
            elif bm:
                new = Block(line[bm.end():].strip(), LIST_ITEM, lineno, len(bm.group(1)) // 2)
            elif cur is not None and self._continues(cur_last, line, width):
                cur.text = self._join(cur.text, stripped, hy)
                joined.add(id(cur))
                cur_last = line
                cur_lines += 1
                continue
            else:
                new = Block(stripped, PARAGRAPH, lineno)
            out.append(new)
            cur, cur_last, cur_lines = new, line, 1
        return out

    def _continues(self, prev: str, line: str, width: int | None) -> bool:
        """Is ``line`` the continuation of ``prev`` (a wrap), not a new paragraph?"""
        p = prev.rstrip()
        s = line.strip()
        if not p or not s or not any(c.isalnum() for c in p):
            return False  # a bare marker line ("#", "-") must not become markup by a join
        if URL_ONLY_RE.match(p):
            return False
        if p.endswith("-") and p[-2:-1].isalpha() and s[:1].isalpha():
            return True
        final = ends_sentence(p)
        if not final and starts_lower(s):
            return True
        if width is None:
            # No wrap width: only an unfinished long line followed by a plausible continuation joins.
            return not final and len(p) >= 60 and (s[:1].isdigit() or s[:1] in "\"'“‘(")
        n = _line_len(prev)
        if n + 1 + len(first_word(s)) > width:
            return True  # the next word did not fit: a wrap
        if n >= 0.8 * width:
            # A nearly full line: a wrap (PDF text is wrapped by glyph width, not by
            # characters), unless a finished sentence is followed by an indented line.
            indent = len(line) - len(line.lstrip())
            prev_indent = len(prev) - len(prev.lstrip())
            return not (final and indent > prev_indent)
        return False  # a short line ends its paragraph (or is a heading)

    def _join(self, text: str, nxt: str, hy: Hyphenation) -> str:
        if self.hyphenation and text.endswith("-") and text[-2:-1].isalpha() and not text.endswith("--"):
            return hy.join(text, nxt)
        if text.endswith("-") and not text.endswith(" -"):
            return text + nxt
        return text + " " + nxt
