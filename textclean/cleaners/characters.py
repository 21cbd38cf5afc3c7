"""Character-level cleaners: mojibake, HTML entities, tag debris, control characters, spaces."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import partial
from itertools import accumulate
from typing import Any

import regex

from ..document import CODE, RAW, Block
from ..pipeline import Cleaner, Draft, TextCleaner

# Characters that appear when UTF-8 is read as cp1252/latin-1 (or double-encoded):
# a cheap filter before ftfy's badness heuristic.
# (stdlib ``re``: the same code points, and ~20x faster than ``regex`` at scanning for a class)
_MOJIBAKE_HINT = re.compile(r"[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßâãäåæçðñòóôõöøùúûüýþÿ\x80-\x9f€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿\ufffd][\x80-\xff\u0152-\u2122\ufffd]")


# (stdlib ``re``: a class of listed code points, the same in both engines, scanned ~20x faster)
_ODD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE = regex.compile(r"(?<=\S) {2,}")
# C0/C1 controls (not tab/newline), zero-width and other invisible format characters.
# (with the direction marks LRM, RLM and ALM: invisible like the embedding controls; kept inside
# a line they reached its edge after another cleaner's change, and a second cleaning removed them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2060\ufeff\u00ad\ufffc\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]+")
# one of them, for a yes/no test (without the "+", ``re`` scans a whole document ~3x faster)
_CONTROL_ONE = re.compile(_CONTROL.pattern[:-1])
# A zero-width joiner or non-joiner between two letters of a script that has no use for them
# (Latin, Greek, Cyrillic, Armenian): invisible debris of a copy from a word processor or a PDF,
# which splits the word for search ("re\u200dport").  Persian and the Indic scripts write them
# inside words, and emoji sequences join with them: those stay.
_ALPHABET = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u0531-\u0587\u1e00-\u1fff"
_JOINER = re.compile(f"(?<=[{_ALPHABET}])[\u200c\u200d]+(?=[{_ALPHABET}])")
_REPAIRED_BREAKS = re.compile(r"[\x85\u2028\u2029\x0b\x0c\x1c-\x1e]")  # (listed code points: stdlib re)
_FTFY_CONFIG: Any = None
# A UTF-8 sequence read as cp1252 or Latin-1: a lead byte (``Â``-``ß``, ``à``-``ï``, ``ð``-``ô``)
# and as many continuation bytes (0x80-0xbf as those encodings show them).  Only a guess of which
# of two equivalent orders is cheaper in :func:`fix_mojibake`: it never changes a result.
_CONTINUATION = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a"
    "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_UTF8_AS_BYTES = re.compile(
    f"[\xc2-\xdf][{_CONTINUATION}]|[\xe0-\xef][{_CONTINUATION}]{{2}}|[\xf0-\xf4][{_CONTINUATION}]{{3}}"
)
# a run of such sequences (one mis-decoded word part: "Ã©", "â€™", "Ã¼Ã¶")
_UTF8_RUN = re.compile(f"(?:{_UTF8_AS_BYTES.pattern})+")
# A curly quote or a dash before an accented letter ("involved,”é") is what ftfy reads as
# MacRoman mojibake of one Cyrillic or Armenian letter ("ӎ"): such a repair is refused when it
# makes exactly one letter of those scripts (or Hebrew, Arabic), with none of them beside it.
# Real mojibake of these scripts repairs whole words, and a lone letter read as cp1252 ("Ð²" ->
# "в") holds no quote or dash.  Greek is not listed: a lone Greek letter is common in Latin text
# ("10 Ω", "5 μm") and comes from Latin-1 pairs ("Î©").
_FOREIGN_LETTER = regex.compile(r"[\p{Cyrillic}\p{Armenian}\p{Hebrew}\p{Arabic}]")
_FOREIGN_PAIR = regex.compile(r"[\p{Cyrillic}\p{Armenian}\p{Hebrew}\p{Arabic}]{2}")
_PUNCT_BEFORE_LETTER = regex.compile(r"[“”‘’–—][\p{Latin}]")


def _lone_foreign_letter(before: str, after: str) -> bool:
    """Did the repair ``before`` -> ``after`` read a quote or dash and a letter as one lone
    Cyrillic, Armenian, Hebrew or Arabic letter?

    >>> _lone_foreign_letter("involved,”é the minister", "involved,ӎ the minister")
    True
    >>> _lone_foreign_letter("in Russian: Ð² is a preposition", "in Russian: в is a preposition")
    False
    >>> _lone_foreign_letter("Ð¡Ñ‚Ð°Ñ‚ÑŒÑ Ð² Ð³Ð°Ð·ÐµÑ‚Ðµ", "Статья в газете")
    False
    """
    if _PUNCT_BEFORE_LETTER.search(before) is None:
        return False
    if len(_FOREIGN_LETTER.findall(after)) != len(_FOREIGN_LETTER.findall(before)) + 1:
        return False
    return _FOREIGN_PAIR.search(after) is None


def _hinted(draft: Draft) -> list[int]:
    """The indices of the blocks of ``draft`` that show a mojibake hint pair, in order (empty
    when no block can need a repair).  One scan of the joined text: a hint pair never spans the
    line break between two blocks, so each match lies in one block, and the scan goes on from
    the next block's start (each hinted block is found once).  :func:`fix_mojibake` leaves a
    block without a hint as it is, so the cleaners below visit only these blocks."""
    texts = [b.text for b in draft.blocks]
    text = "\n".join(texts)
    if text.isascii():
        return []
    search = _MOJIBAKE_HINT.search
    m = search(text)
    if m is None:
        return []
    starts = [0, *accumulate(len(t) + 1 for t in texts)]
    out: list[int] = []
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        out.append(k)
        m = search(text, starts[k + 1])
    return out


def fix_mojibake(text: str) -> str:
    """Repair ``text`` with ftfy if (and only if) it looks like mojibake; cheap when it does not."""
    global _FTFY_CONFIG
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy
    from ftfy.badness import is_bad

    if _FTFY_CONFIG is None:
        _FTFY_CONFIG = ftfy.TextFixerConfig(
            unescape_html=False,
            fix_line_breaks=False,
            uncurl_quotes=False,
            fix_latin_ligatures=False,
            fix_character_width=False,
            remove_control_chars=False,
            # Fixing fragments of mixed text makes ftfy's result depend on its neighbours,
            # so cleaning twice could differ: only whole, consistent mis-decodings are fixed.
            decode_inconsistent_utf8=False,
            replace_lossy_sequences=False,
            normalization="NFC",
            explain=False,
        )
    # repair the text without its surrounding white space, so that the result does not depend
    # on whether the text still had its indentation (a raw line) or not (a paragraph)
    core = text.strip()
    # ``fix_encoding`` starts with ftfy's badness test of ``core`` and changes nothing when it
    # fails, so both orders below give the same result; only their cost differs.  The test
    # scans a clean text to its end (about 50 µs for a paragraph) but stops early in a broken
    # one, so a text that shows a UTF-8 sequence read as single bytes (most likely mojibake)
    # goes to ``fix_encoding`` first, and any other text (a clean one that only shows a hint
    # pair, "presentóñ") gets the test alone first.
    if len(core) == len(text) and _UTF8_AS_BYTES.search(text):
        # a change proves the test passed: it is run again only when nothing changed
        repaired = str(ftfy.fix_encoding(core, _FTFY_CONFIG))
        if repaired == core and not is_bad(text):
            return text
    else:
        if not is_bad(text):
            return text
        repaired = str(ftfy.fix_encoding(core, _FTFY_CONFIG))
    if repaired == core:
        # ftfy repaired nothing (the text is not mis-decoded throughout: a chunk of lines of
        # which only some are, or correct accents beside mis-decoded ones): only the
        # sequences that are mis-decoded on their own are repaired.  The space clean-up below
        # belongs to a whole repair; done here, it would turn the NBSP of a "Â\xa0" pair into
        # a space and leave the "Â" beyond repair (see ``Mojibake.apply``, which then repairs
        # line by line).
        return fix_embedded(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    fixed = lead + unicodedata.normalize("NFC", repaired) + trail
    if fixed != text and _MOJIBAKE_HINT.search(fixed) and is_bad(fixed):
        # double-encoded text needs a second round; stop there
        fixed = unicodedata.normalize("NFC", str(ftfy.fix_encoding(fixed, _FTFY_CONFIG)))
    # ftfy restores U+00A0 from "Â " sequences, and a repaired sequence can be a line separator
    # or a control character: keep the output in the form the other cleaners give.
    fixed = _REPAIRED_BREAKS.sub(" ", fixed)
    if _CONTROL_ONE.search(fixed):  # (a search without "+" is ~3x faster than a sub that finds nothing)
        fixed = _CONTROL.sub("", fixed)
    if not fixed.isascii():
        fixed = _ODD_SPACE.sub(" ", fixed)
    if "  " in fixed:
        fixed = _MULTI_SPACE.sub(" ", fixed)  # also when the repair made the text ASCII ("’ â€¨a")
    if not fixed.strip() or len(fixed.strip()) * 4 < len(core) or fixed.count("\ufffd") < text.count("\ufffd"):
        # a repair turns 2-4 mis-decoded characters into one; losing more than that (ftfy turns
        # "\ufffd\ufffd" into control characters) is not a repair: keep the text as it is
        return text
    if _lone_foreign_letter(text, fixed):
        return text
    # (a whole repair can leave sequences that were mis-decoded on their own: ftfy's other
    # fixes, a C1 control read as Windows-1252, changed the text without decoding them)
    return fix_embedded(fixed)


def _decode_run(m: re.Match[str]) -> str:
    """One run of :data:`_UTF8_RUN` read back as UTF-8, if it is plainly mis-decoded text:
    it must decode, and give only letters, marks, punctuation and symbols (no space, control,
    private-use or replacement character).

    A capital letter with accent before punctuation, at the end of a word in capitals, is a
    correct letter, not a lead character: ``IRMÃ”`` (Portuguese "IRMÃ" and a closing quote) is
    not ``IRMÔ``, as ftfy reads it; ``estÃ¡ bien`` (lowercase before it) is repaired.
    """
    run = m.group(0)
    if len(run) == 2 and unicodedata.category(run[1])[0] == "P":
        text, start, end = m.string, m.start(), m.end()
        if start and text[start - 1].isupper() and (end == len(text) or not text[end].isalnum()):
            return run
    try:
        fixed = run.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return run
    for ch in fixed:
        if unicodedata.category(ch)[0] not in "LMPS" or ch == "\ufffd":
            return run
    return unicodedata.normalize("NFC", fixed)


def fix_embedded(text: str) -> str:
    """Repair the UTF-8 sequences read as Windows-1252 inside otherwise correct text.

    ftfy repairs a text only when it is mis-decoded throughout (its
    ``decode_inconsistent_utf8`` fix is off here: it judges each fragment by its neighbours,
    so a second cleaning could differ).  Pages mix, though: a correct "ó" beside a
    mis-decoded "Ã\xad".  Each run of lead and continuation characters (``Ã©``, ``â€œ``) is
    read back on its own, and kept when it gives letters, marks, punctuation and symbols only
    (:func:`_decode_run`); the repair is refused as a whole when it would make a lone letter of
    another script (``_adds_lone_letter``), or when the repaired text would repair again (a
    double encoding, or a repaired letter that makes a new sequence with what follows): the
    result is a fixed point.

    >>> fix_embedded("subió un 1,2 %; los inversores â€œconfÃ\xadanâ€\x9d en el BCE")
    'subió un 1,2 %; los inversores “confían” en el BCE'
    >>> fix_embedded("Café”… and naïve")   # correct text stays
    'Café”… and naïve'
    >>> fix_embedded("A campanha “IRMÃ” começou")   # a capital Ã before a quote, in capitals
    'A campanha “IRMÃ” começou'
    """
    if text.isascii() or not _UTF8_AS_BYTES.search(text):
        return text
    import ftfy  # noqa: F401  (registers the "sloppy-windows-1252" codec)

    # (NFC over the whole text: a repaired combining mark composes with the letter before it)
    fixed = unicodedata.normalize("NFC", _UTF8_RUN.sub(_decode_run, text))
    if fixed == text or _adds_lone_letter(text, fixed) or _lone_foreign_letter(text, fixed):
        return text
    if _UTF8_AS_BYTES.search(fixed) and _UTF8_RUN.sub(_decode_run, fixed) != fixed:
        return text
    return fixed


def _fix_line(line: str) -> str:
    """:func:`fix_mojibake` of one line of a chunk that ftfy would not repair whole, unless the
    repair brings in a lone letter of another script (a line has less context than a chunk:
    ``ließ€`` is valid UTF-8 as Windows-1252 bytes, and ftfy reads it as ``lie߀``)."""
    fixed = fix_mojibake(line)
    return line if fixed != line and _adds_lone_letter(line, fixed) else fixed


def _adds_lone_letter(before: str, after: str) -> bool:
    """Does ``after`` hold exactly one letter of a non-Latin script that ``before`` lacks?

    >>> _adds_lone_letter("Die Zentralbank ließ€ die Zinsen", "Die Zentralbank lie߀ die Zinsen")
    True
    >>> _adds_lone_letter("Ð¡Ñ‚Ð°Ñ‚ÑŒÑ Ð² Ð³Ð°Ð·ÐµÑ‚Ðµ", "Статья в газете")
    False
    """
    counts: dict[str, int] = {}
    for ch in set(after) - set(before):
        if ch.isalpha() or unicodedata.category(ch) == "Nd":
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            if script != "LATIN":
                counts[script] = counts.get(script, 0) + after.count(ch)
    return any(n == 1 for n in counts.values())


def round_trip(text: str) -> str | None:
    """``text`` read back as the UTF-8 it was before a Windows-1252 decoding, or ``None``.

    The whole text must round-trip (every non-ASCII character is part of a mis-decoded
    sequence, so correct text never does: ``Größe`` is not valid UTF-8 as Windows-1252 bytes),
    and the result must show no mojibake pair any more.

    >>> round_trip("Reakcje za granicÄ…"), round_trip("Größe") is None
    ('Reakcje za granicą', True)
    """
    import ftfy  # noqa: F401  (registers the "sloppy-windows-1252" codec)

    try:
        fixed = text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return None
    fixed = unicodedata.normalize("NFC", fixed)
    if fixed == text or _adds_lone_letter(text, fixed) or _MOJIBAKE_HINT.search(fixed) or _CONTROL_ONE.search(fixed) or _REPAIRED_BREAKS.search(fixed):
        return None
    return fixed


class Mojibake(Cleaner):
    """Repair mojibake (UTF-8 decoded as cp1252/latin-1, and similar) with ``ftfy``.

    ftfy's full fixer is slow, so it runs only on blocks that are not ASCII, show a
    mojibake-like pair of characters, and that ftfy's own badness heuristic flags.

    >>> from textclean.pipeline import Pipeline
    >>> Pipeline([Mojibake()]).clean("The Kremlinâ€™s war").paragraphs
    ['The Kremlin’s war']
    >>> Pipeline([Mojibake()]).clean("Ça va, São Paulo").paragraphs   # correct text stays
    ['Ça va, São Paulo']
    """

    name = "mojibake"

    def apply(self, draft: Draft) -> None:
        self._codepage(draft)
        hinted = _hinted(draft)
        if not hinted:
            return
        repaired = 0
        left: list[Block] = []
        # (only the blocks with a hint pair: for any other block ``fix_mojibake`` changes
        # nothing, and the two tests below need a hint as well)
        blocks = draft.blocks
        for block in [blocks[k] for k in hinted]:
            fixed = fix_mojibake(block.text)
            if fixed == block.text and "\n" in fixed and not fixed.isascii() and _MOJIBAKE_HINT.search(fixed):
                # A chunk of several lines where only some are mis-decoded (a one-paragraph-
                # per-line page): ftfy will not repair a text that is not mis-decoded
                # throughout, so each line is repaired on its own.
                fixed = "\n".join([_fix_line(line) for line in fixed.split("\n")])
            if fixed != block.text:
                block.text = fixed
                repaired += 1
            elif not block.text.isascii() and _MOJIBAKE_HINT.search(block.text):
                left.append(block)
        if repaired:
            # The document is mis-decoded: a block that ftfy's badness test let through
            # ("Reakcje za granicÄ…": "Ä…" looks like a letter and an ellipsis) is repaired too
            # when it is the same mis-decoding throughout (see :func:`round_trip`).
            for block in left:
                again = round_trip(block.text)
                if again is not None:
                    block.text = again
                    repaired += 1
            fixes = draft.extra.setdefault("fixed", {})
            fixes[self.name] = fixes.get(self.name, 0) + repaired


    def _codepage(self, draft: Draft) -> None:
        """A document in a legacy single-byte code page read as Windows-1252 ("Ïðèâåò" is
        Windows-1251 "Привет"): its misread blocks are read again (see :mod:`.codepage`)."""
        texts = [b.text for b in draft.blocks]
        if all(t.isascii() for t in texts):
            return
        from .codepage import fix_codepage

        codepage, fixed = fix_codepage(texts)
        if codepage is None:
            return
        repaired = 0
        for block, text in zip(draft.blocks, fixed, strict=True):
            if text != block.text:
                block.text = text
                repaired += 1
        draft.warn(f"text in the {codepage} code page read as Windows-1252: {repaired} block(s) read again as {codepage}")
        if draft.options.language == "auto":
            # the language was guessed from the misread text: guess it again
            from ..language import detect_language

            lang = detect_language("\n".join([b.text for b in draft.blocks[:50]]))
            if lang is not None:
                draft.language = lang
                draft.extra["language"] = lang
        fixes = draft.extra.setdefault("fixed", {})
        fixes[self.name] = fixes.get(self.name, 0) + repaired


class MojibakeRecheck(Mojibake):
    """Check the laid-out paragraphs for mojibake once more.

    Joining wrapped lines and normalising spaces can complete a broken sequence
    that was split or hidden before (``Ã`` + NBSP + ``©``); this second, cheap
    pass keeps the output a fixed point, so cleaning it again changes nothing.

    >>> from textclean.pipeline import Pipeline
    >>> Pipeline([MojibakeRecheck()]).clean("caf\u00c3\u00a9").paragraphs
    ['café']
    """

    name = "mojibake-recheck"

    def apply(self, draft: Draft) -> None:
        hinted = _hinted(draft)
        if not hinted:
            return
        from .layout import rule_line

        rows: list[Block] = []
        # (only the blocks with a hint pair: ``fix_mojibake`` leaves any other block as it is)
        blocks = draft.blocks
        for block in [blocks[k] for k in hinted]:
            if not block.text.isascii():
                fixed = fix_mojibake(block.text)
                if fixed != block.text:
                    if block.kind != CODE and fixed[:1] and not fixed[0].isalnum() and rule_line(fixed.strip()):
                        # the repair made a row of marks ("ß¸ß¸:" is "߸߸:"), which layout takes
                        # for a separator on a second cleaning: it goes now, as it would then
                        draft.record(self.name, "markup", block.text, block.line)
                        rows.append(block)
                        continue
                    block.text = fixed.strip()
        if rows:
            draft.blocks = [b for b in draft.blocks if all(b is not r for r in rows)]


def fenced_code_lines(blocks: list[Block]) -> dict[int, list[tuple[int, int]]]:
    """The lines of the raw blocks inside fenced code (:func:`~textclean.cleaners.layout.fenced_lines`),
    per block index: ``entities`` and ``tags`` run before :class:`~textclean.cleaners.layout.Layout`
    cuts the code blocks out, and leave these lines as written (HTML in a code sample is the
    sample)."""
    if not any(b.kind == RAW and ("```" in b.text or "~~~" in b.text) for b in blocks):
        return {}
    from .layout import fenced_lines  # (layout imports this module)

    raw = [i for i, b in enumerate(blocks) if b.kind == RAW]
    return {raw[c]: spans for c, spans in fenced_lines([blocks[i] for i in raw]).items()}


def outside_code(text: str, code: Sequence[tuple[int, int]], fix: Callable[[str], str]) -> str:
    """``fix`` applied to the lines of ``text`` outside the ``code`` line ranges (``(first,
    end)``, end excluded), each run of them at once; the code lines are kept as they are.

    >>> outside_code("a&amp;\\n```\\n&amp;\\n```", [(1, 4)], str.upper)
    'A&AMP;\\n```\\n&amp;\\n```'
    """
    if not code:
        return fix(text)
    lines = text.split("\n")
    out: list[str] = []
    pos = 0
    for first, end in code:
        if pos < first:
            out.append(fix("\n".join(lines[pos:first])))
        out.append("\n".join(lines[first:end]))
        pos = end
    if pos < len(lines):
        out.append(fix("\n".join(lines[pos:])))
    return "\n".join(out)


_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


class HtmlEntities(TextCleaner):
    """Decode HTML character references left in text (also double-escaped ones).

    >>> HtmlEntities().fix("Tom &amp; Jerry &#8212; &quot;hi&quot; &amp;amp; AT&T")
    'Tom & Jerry — "hi" & AT&T'
    """

    name = "entities"

    def apply(self, draft: Draft) -> None:
        code: dict[int, list[tuple[int, int]]] | None = None
        for i, block in enumerate(draft.blocks):
            if block.kind == CODE or "&" not in block.text:
                continue
            if code is None:
                code = fenced_code_lines(draft.blocks)
            block.text = outside_code(block.text, code.get(i, ()), self.fix)

    def fix(self, text: str) -> str:
        if "&" not in text:
            return text
        for _ in range(3):  # double-escaped input: &amp;amp; -> &amp; -> &
            if not _ENTITY.search(text):
                break
            new = html.unescape(text)
            if new == text:
                break
            text = new
        return text


_TAG_NAMES = (
    "a|abbr|article|aside|b|big|blockquote|body|br|button|caption|center|cite|code|col|colgroup|dd|del|"
    "details|dfn|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|"
    "i|iframe|img|input|ins|kbd|label|legend|li|link|main|mark|meta|nav|noscript|object|ol|option|p|param|"
    "picture|pre|q|s|samp|section|select|small|source|span|strike|strong|sub|summary|sup|svg|table|tbody|"
    "td|textarea|tfoot|th|thead|time|title|tr|tt|u|ul|var|video|wbr"
)
_SCRIPT = regex.compile(r"<(script|style)\b[^<>]{0,500}>[^<]{0,100000}</\1\s*>", regex.IGNORECASE)
_TAG = regex.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]{{0,500}})?/?>|<!--[^<>]{{0,2000}}?-->", regex.IGNORECASE)
_BREAK_TAG = regex.compile(r"<(?:br|/p|/div|/li|/h[1-6]|hr)\b[^<>]{0,500}>", regex.IGNORECASE)


class TagDebris(Cleaner):
    """Remove stray HTML tags, comments and scripts from text; ``<br>`` and block ends become line breaks.

    Autolinks (``<https://...>``) and comparisons (``a < b > c``) are left alone.

    >>> from textclean.pipeline import Pipeline
    >>> Pipeline([TagDebris()]).clean("one<br>two <b>bold</b> <https://x.org> 1 < 2 > 0").paragraphs
    ['one\\ntwo bold <https://x.org> 1 < 2 > 0']
    """

    name = "tags"

    def apply(self, draft: Draft) -> None:
        code: dict[int, list[tuple[int, int]]] | None = None
        for i, block in enumerate(draft.blocks):
            t = block.text
            if "<" not in t or block.kind == CODE:
                continue
            if code is None:
                code = fenced_code_lines(draft.blocks)
            found: list[str] = []
            t = outside_code(t, code.get(i, ()), partial(strip_tags, found=found))
            if found:
                block.text = t
                draft.record(self.name, "tag-debris", " ".join(found)[:2000], block.line)


def strip_tags(text: str, found: list[str]) -> str:
    """``text`` without its scripts, styles, tags and comments (``<br>`` and block ends become
    line breaks); what went is appended to ``found``."""

    def drop(m: regex.Match[str]) -> str:
        found.append(m.group(0))
        return ""

    def newline(m: regex.Match[str]) -> str:
        found.append(m.group(0))
        return "\n"

    text = _SCRIPT.sub(drop, text)
    text = _BREAK_TAG.sub(newline, text)
    return _TAG.sub(drop, text)


# Terminal escape sequences (text copied from a terminal or a log): ECMA-48 control sequences
# ("\x1b[31m", "\x1b[2K"), operating-system commands ending in BEL or ST (a hyperlink's
# "\x1b]8;;URL\x07", bounded), character-set designations ("\x1b(B") and the common
# two-character escapes ("\x1bM", "\x1b7"; not before a lowercase letter, where "\x1bHello"
# is a stray escape character before a word).  Taken whole, so that no "[31m" is left where
# the escape character was; a lone escape character goes as any other control character.
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,2048}(?:\x07|\x1b\\)|\x1b[()*+][0-~]|\x1b[78DEHMc](?![a-z])")


class ControlChars(Cleaner):
    """Remove control characters, zero-width spaces, soft hyphens, bidi embedding controls,
    direction marks and terminal escape sequences (colours, cursor moves, hyperlinks), and a
    zero-width joiner or non-joiner between two Latin, Greek, Cyrillic or Armenian letters
    (Persian, the Indic scripts and emoji sequences keep theirs).

    >>> from textclean.pipeline import Pipeline
    >>> doc = Pipeline([ControlChars()]).clean("zero\\u200bwidth\\x00 text")
    >>> doc.paragraphs, doc.removed[0].reason
    (['zerowidth text'], 'control-chars')
    >>> Pipeline([ControlChars()]).clean("\\x1b[1;31mError:\\x1b[0m disk full").text
    'Error: disk full'
    >>> Pipeline([ControlChars()]).clean("an annual re\\u200dport, \\U0001f469\\u200d\\U0001f4bb").text
    'an annual report, \U0001f469\u200d\U0001f4bb'
    """

    name = "control-chars"

    def apply(self, draft: Draft) -> None:
        # one test over the whole text first (a line break is no control character here)
        joined = "\n".join([b.text for b in draft.blocks])
        # (a joiner's neighbours are read after the other characters go: "re\u00ad\u200dport")
        joiners = "\u200d" in joined or "\u200c" in joined
        if not joiners and not _CONTROL_ONE.search(joined):
            return
        emptied = False
        for block in draft.blocks:
            t = block.text
            escapes = _ESCAPE.findall(t) if "\x1b" in t else []
            if escapes:
                t = _ESCAPE.sub("", t)
            removed = escapes + _CONTROL.findall(t)
            if removed:
                t = _CONTROL.sub("", t)
            if joiners and (found := _JOINER.findall(t)):
                # (after the other characters: "re\u00ad\u200dport" has its joiner between letters then)
                removed += found
                t = _JOINER.sub("", t)
            if removed:
                # removing an invisible character can join two halves of a broken sequence
                t = t if t.isascii() else fix_mojibake(t)
                if "<" in t and block.kind != CODE and (_TAG.search(t) or _SCRIPT.search(t)):
                    # ... or make a tag ("<I\x1b>"), which a second cleaning's ``tags`` would take
                    tags: list[str] = []
                    t = strip_tags(t, tags)
                    if tags:
                        draft.record("tags", "tag-debris", " ".join(tags)[:2000], block.line)
                block.text = t
                emptied = emptied or not block.text.strip()
                draft.record(
                    self.name, "control-chars", "".join(removed).encode("unicode_escape").decode("ascii"), block.line
                )
        if emptied:
            # a block that was only invisible characters is no block (later cleaners read
            # non-empty blocks; on a second cleaning it would not be there)
            draft.blocks = [b for b in draft.blocks if b.text.strip()]


_TRAILING = regex.compile(r" +(?=\n|$)")


class Spaces(TextCleaner):
    """Turn non-breaking and other odd spaces into plain spaces, collapse runs, NFC-normalise.

    Leading indentation is kept (the layout cleaner reads it); trailing spaces go.

    >>> Spaces().fix("has\\u00a0jeopardized\\u00a0a   truce  ")
    'has jeopardized a truce'
    """

    name = "spaces"

    def apply(self, draft: Draft) -> None:
        if type(self).fix is not Spaces.fix:
            super().apply(draft)  # a subclass with its own ``fix``: block by block, as before
            return
        # Two tests over the whole text first: a document without odd spaces needs no
        # substitution in any block, and a document in NFC has every block in NFC (the
        # line break between two blocks never composes with its neighbours).
        joined = "\n".join([b.text for b in draft.blocks])
        if joined.isascii():
            if "\t" not in joined and "  " not in joined and " \n" not in joined and not joined.endswith(" "):
                return
            odd, nfc = True, True
        else:
            odd = _ODD_SPACE.search(joined) is not None
            nfc = unicodedata.is_normalized("NFC", joined)
            if not odd and nfc and "  " not in joined and " \n" not in joined and not joined.endswith(" "):
                # no odd space (a tab is one), every block in NFC, and no block with a double
                # space or a space before a line break or at its end (which the joined text shows
                # as " \n" or at its own end): ``_fix`` changes no block
                return
        for block in draft.blocks:
            if block.kind != CODE:  # (a code block keeps its tabs and runs of spaces)
                block.text = self._fix(block.text, odd, nfc)

    def fix(self, text: str) -> str:
        return self._fix(text, True, False)

    @staticmethod
    def _fix(text: str, odd: bool, nfc: bool) -> str:
        """``odd``: the text may hold odd spaces; ``nfc``: the text is known to be in NFC (a
        replaced odd space leaves it so: all of them are starters that compose with nothing)."""
        if not text.isascii():
            if odd:
                text = _ODD_SPACE.sub(" ", text)
            if not nfc and not unicodedata.is_normalized("NFC", text):
                text = unicodedata.normalize("NFC", text)
        elif "\t" in text:
            text = text.replace("\t", " ")
        if "  " in text:
            text = _MULTI_SPACE.sub(" ", text)
        if " \n" in text or text.endswith(" "):
            text = _TRAILING.sub("", text)
        return text
