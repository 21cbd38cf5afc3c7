"""Text in a legacy single-byte code page read as Windows-1252 (or Latin-1).

Old Russian, Greek, Hebrew, Arabic and Thai pages were written in one-byte code pages
(Windows-1251, KOI8-R, Windows-1253, …).  Read as Windows-1252, every letter becomes an
accented Latin one: ``Ïðèâåò, êàê äåëà?`` is ``Привет, как дела?`` in Windows-1251.  ftfy
does not repair this (it undoes UTF-8 read as single bytes, not one single-byte code page read
as another), and the text's bytes are gone by the time it is a ``str``.

The repair is decided once per document: the blocks whose letters are mostly Latin-1 letters
(``À``–``ÿ``) are read back as bytes and decoded in each candidate code page, and the reading
with the most function words of a language (:data:`textclean.language.STOPWORDS`) wins, if it
holds clearly more of them than the text as it is.  Only those blocks change (an English line
with ``café`` in the same document keeps it), and the document gets a warning that names the
code page.

>>> fix_codepage(["Ïðèâåò, êàê äåëà? Ñåãîäíÿ õîðîøàÿ ïîãîäà, è ìû ïîéäåì â ïàðê."])
('cp1251', ['Привет, как дела? Сегодня хорошая погода, и мы пойдем в парк.'])
>>> fix_codepage(["Le café est très bon à Paris, et la crème brûlée aussi."])  # French stays
(None, ['Le café est très bon à Paris, et la crème brûlée aussi.'])
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from functools import cache, lru_cache

import regex

from .characters import _CONTROL

#: how much of a text is read to judge it, and how much evidence a document's decision reads
SAMPLE, EVIDENCE = 4_000, 20_000
#: how much of a document the first test reads
GATE = 100_000

#: the code pages tried, most common first (a tie goes to the earlier one)
CANDIDATES = ("cp1251", "koi8_r", "koi8_u", "cp1253", "cp1255", "cp1256")

#: function words of the code pages' languages that the language guess has no list for (the
#: others: :data:`textclean.language.STOPWORDS`); a reading that shows them is text
_OWN_WORDS = {
    "uk": "і в на що не з до та як це за від у й ми ви він вона вони але або",
    "el": "και το η ο να του της την σε με από για τα οι είναι θα στο στην δεν που",
    "he": "של את על לא עם זה כי גם הוא היא אני מה אל או אם יש",
    "ar": "في من على إلى أن عن مع هذا هذه التي الذي ما لا كان قد بين",
}
FUNCTION_WORDS = frozenset(w for words in _OWN_WORDS.values() for w in words.split())

# the letters a single-byte code page's upper half becomes when read as Windows-1252 or Latin-1
_HIGH_LETTER = regex.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}+")
_WHOLE_HIGH = regex.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+")


@cache
def _table(codepage: str) -> dict[int, str]:
    """The character each Windows-1252 (or Latin-1) character of the upper half stands for in
    ``codepage``: the byte both stand for, decoded there."""
    table: dict[int, str] = {}
    for b in range(0x80, 0x100):
        byte = bytes([b])
        try:
            target = byte.decode(codepage)
        except UnicodeDecodeError:
            continue
        sources = {chr(b)}  # (Latin-1)
        with suppress(UnicodeDecodeError):
            sources.add(byte.decode("cp1252"))
        for src in sources:
            if src != target:
                table[ord(src)] = target
    return table


def _high_words(text: str) -> list[str] | None:
    """The words of ``text`` written in Latin-1 letters ``À``–``ÿ`` only, when those letters
    are most of its letters and those words most of its words of two letters or more."""
    if text.isascii():
        return None
    high = len(_HIGH_LETTER.findall(text))
    if high < 2 or 2 * high <= len(_LETTER.findall(text)):
        return None
    words = [w for w in _WORD.findall(text) if len(w) >= 2]
    whole = [w for w in words if _WHOLE_HIGH.fullmatch(w)]
    return whole if 2 * len(whole) > len(words) else None


def looks_misread(text: str) -> bool:
    """Most of ``text``'s letters are Latin-1 letters ``À``–``ÿ``, and so are most of its
    words of two letters or more (two of three letters or more at least): no Latin-script
    language writes so (Icelandic, the most accented, about one letter in six)."""
    whole = _high_words(text)
    return whole is not None and sum(len(w) >= 3 for w in whole) >= 2


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    from ..language import STOPWORDS

    return FUNCTION_WORDS.union(*STOPWORDS.values())


def _function_words(texts: Sequence[str]) -> int:
    known = _known_words()
    return sum(1 for t in texts for w in _WORD.findall(t.lower()) if w in known)


def fix_codepage(texts: Sequence[str]) -> tuple[str | None, list[str]]:
    """The code page the misread texts of one document were written in (``None``: none) and
    the texts, those repaired.  See the module's docstring."""
    joined = "\n".join(texts)
    if joined.isascii():
        return None, list(texts)
    head = joined[:GATE]
    # (a cheaper bound first: every letter ``À``-``ÿ`` takes two bytes in UTF-8, one more than
    # it counts in ``len``, and no character takes fewer bytes than one, so the letters are at
    # most the extra bytes; ``surrogatepass`` encodes any ``str``.  When even that bound is
    # under the share below, so is the count: the same answer without the regex scan)
    if 8 * (len(head.encode("utf-8", "surrogatepass")) - len(head)) < len(head) or (
            8 * len(_HIGH_LETTER.findall(head)) < len(head)):
        # (one scan of the document's first ``GATE`` characters first: misread text is mostly
        # such letters, and a text in a Latin-script language has few of them)
        return None, list(texts)
    # (the evidence: the texts that plainly look misread; the repair: every text whose letters
    # are mostly such, a one-word heading "Ìîñêâà" too)
    # (a text is judged by its first ``SAMPLE`` characters, and the evidence is ``EVIDENCE``
    # characters at most: the cost stays linear, with a small factor, on a page of such letters)
    misread = [i for i, t in enumerate(texts) if _high_words(t[:SAMPLE]) is not None]
    # (read without control characters, which a later cleaner removes: the decision must be
    # the same when the output is cleaned again)
    sample: list[str] = []
    size = 0
    for i in misread:
        t = _CONTROL.sub("", texts[i][:SAMPLE])
        if looks_misread(t):
            sample.append(t)
            size += len(t)
            if size >= EVIDENCE:
                break
    if not sample:
        return None, list(texts)
    words = sum(len(_WORD.findall(t)) for t in sample)
    # (a reading must show three function words at least, one in twenty of its words, and
    # twice as many as the text as it is)
    best, best_hits = None, max(3, words // 20, 2 * _function_words(sample) + 1) - 1
    for codepage in CANDIDATES:
        table = _table(codepage)
        hits = _function_words([t.translate(table) for t in sample])
        if hits > best_hits:
            best, best_hits = codepage, hits
    if best is None:
        return None, list(texts)
    out = list(texts)
    table = _table(best)
    for i in misread:
        out[i] = texts[i].translate(table)
    return best, out
