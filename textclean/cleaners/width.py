"""Character width: full-width Latin letters and digits, and half-width katakana.

East Asian text sets Latin letters and digits in full-width forms (``ＡＢＣ``, ``２０２４``) so
that they fill a cell of the grid, and old systems wrote katakana in half-width forms
(``ﾃｷｽﾄ``).  Search, tokenisers and dates read the standard forms, so this cleaner maps them
as ``ftfy.fix_character_width`` does, with one difference: full-width **punctuation**
(``，`` ``：`` ``（）`` ``！`` ``？`` ``％`` …) stays, because it is the standard
punctuation of Chinese and Japanese text; ftfy turns ``你好，世界！`` into ``你好,世界!``.

* full-width ``０``–``９``, ``Ａ``–``Ｚ``, ``ａ``–``ｚ`` (U+FF10–U+FF5A, letters and digits
  only) -> ASCII;
* half-width katakana and their punctuation (U+FF61–U+FF9F) -> the standard katakana and
  ``。「」、・``, with the sound marks composed (``ｶﾞ`` -> ``ガ``).

Half-width Hangul letters (U+FFA0–U+FFDC) stay: NFKC makes them conjoining jamo, which show
as syllables only in whole sequences, so a lone letter would be worse off.  The ideographic
space (U+3000) is the ``spaces`` cleaner's.  Code blocks are kept as they are.

>>> Width().fix("ＡＢＣ株式会社は２０２４年に「ｔｅｘｔ」を発表した。")
'ABC株式会社は2024年に「text」を発表した。'
>>> Width().fix("ﾃｷｽﾄのｶﾞｲﾄﾞ")
'テキストのガイド'
>>> Width().fix("你好，世界！（１）")
'你好，世界！（1）'
"""

from __future__ import annotations

import re
import unicodedata

from ..pipeline import TextCleaner


def _width_map() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF61, 0xFF9F)]
    for lo, hi in ranges:
        for i in range(lo, hi + 1):
            alt = unicodedata.normalize("NFKC", chr(i))
            if alt != chr(i):
                table[i] = alt
    return table


WIDTH_MAP = _width_map()
# one class of every mapped character: the test for "anything to do" is one search
_MAPPED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(WIDTH_MAP)) + "]")


def fix_width(text: str) -> str:
    """``text`` with full-width letters and digits and half-width katakana in their standard
    forms (see the module's docstring); any other text is returned as it is."""
    if text.isascii() or _MAPPED.search(text) is None:
        return text
    out = text.translate(WIDTH_MAP)
    # a half-width sound mark becomes a combining mark: compose it with its letter
    if "\u3099" in out or "\u309a" in out:
        out = unicodedata.normalize("NFC", out)
    return out


class Width(TextCleaner):
    """Map full-width Latin letters and digits to ASCII and half-width katakana to the
    standard katakana; CJK punctuation stays.

    >>> Width().fix("Ｗｉｎｄｏｗｓ　１１")
    'Windows\\u300011'
    """

    name = "width"

    def fix(self, text: str) -> str:
        return fix_width(text)
