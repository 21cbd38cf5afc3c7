"""Raw input to text: bytes of unknown encoding become ``str``, line endings are unified.

>>> decode("a\\r\\nb\\rc")
('a\\nb\\nc', [])
>>> decode("café".encode("utf-8"))
('café', [])
>>> text, warnings = decode("café".encode("cp1252"))
>>> text, warnings[0].startswith("encoding guessed")
('café', True)
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from functools import lru_cache

# Characters that str.splitlines() treats as line boundaries become plain newlines.
_SEPARATOR_RE = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SEPARATOR_OR_SURROGATE = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ud800-\udfff]")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _looks_binary(data: bytes) -> bool:
    """True when a sample of ``data`` is mostly control bytes (not text in any 8-bit encoding)."""
    sample = data[:4096]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.3


def _legacy(data: bytes) -> str:
    """cp1252 (the web's most common legacy encoding) when every byte is defined in it."""
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


#: The letters beyond ASCII that each Latin-script language writes (lower case; their capitals
#: count too).  A right guess of a legacy encoding spells its text with one language's letters;
#: a wrong one reads bytes as letters of another alphabet ("Espańa", "potrŕ", "martedě" for
#: Spanish and Italian read as Windows-1250) or as symbols ("Rz¹d" for Polish read as
#: Windows-1252).
LATIN_ALPHABETS: dict[str, str] = {
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöüß",
    "es": "áéíñóúü",
    "ca": "àçéèíïòóúü",
    "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú",
    "nl": "áéèëïóöü",
    "sv": "åäöé",
    "da/no": "æøåéó",
    "fi": "äöå",
    "is": "áðéíóúýþæö",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșşțţ",
    "hr/sl": "čćđšž",
    "tr": "âçğıîöşüûi̇",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "et": "äõöüšž",
    "sq": "çë",
    "mt": "àċèġħìòùż",
}
_ALPHABETS = [frozenset(a + a.upper() + ("İ" if "ı" in a else "")) for a in LATIN_ALPHABETS.values()]

#: Scripts whose letters may share a word (Japanese writes kanji and kana together).
_SCRIPT_GROUP = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "FULLWIDTH": "CJK", "IDEOGRAPHIC": "CJK"}

#: Encodings tried besides the detector's own candidates: Windows-1252 (the web's most common
#: legacy encoding) and the other Windows code pages, KOI8-R and the CJK encodings.
_CANDIDATES = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "cp932", "euc_jp", "gbk", "big5", "cp949",
)
_SAMPLE = 8_000
#: Symbols that real text holds (degrees, copyright, multiplication, bullets, arrows, stars).
_COMMON_SYMBOLS = frozenset("°©®™×÷±§¶•←→↑↓↔✓✔★☆♥№℃€£¥¢´")
_FIRST = 1_000
#: Letters of another script that are fewer than a third of a text's ASCII letters
#: are little evidence for that script's code page (``b"Hello \xff\xfe world"`` read
#: as Windows-1251 "Hello яю world").
_MINORITY = 3


def _presentation_form(ch: str) -> bool:
    """Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF): shapes a font draws, which
    stored text rarely holds (IBM-1006 maps its letters to them)."""
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFE


_HIGH_TOKEN = re.compile(r"\S*[^\x00-\x7f]\S*")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def _char_class(ch: str) -> tuple[str, str, bool, bool]:
    """(category, script group, is upper, is lower) of a character."""
    cat = unicodedata.category(ch)
    if ch.isascii():
        script = "LATIN" if ch.isalpha() else ""
    else:
        head = unicodedata.name(ch, "").split(" ", 1)[0]
        script = _SCRIPT_GROUP.get(head, head)
    return cat, script, ch.isupper(), ch.islower()


def implausibility(text: str) -> float:
    """How unlike real writing a decoded text is, per non-ASCII character (0 is plausible).

    Evidence of a wrong decoding: C1 control characters; symbols between two letters
    (``Rz¹d``); a capital letter after a lower-case one inside a word (``ÏðàâÐ``, KOI8-R
    read as Windows-1251); one word in two scripts (``dйclarй``); Latin letters beyond ASCII
    that no single language writes together (:data:`LATIN_ALPHABETS`); and Latin text whose
    letters are mostly non-ASCII (Cyrillic, Greek or Hebrew bytes read as Windows-1252).
    Only the words that hold a non-ASCII character are read.

    >>> implausibility("Le café à Paris") == 0.0, implausibility("Rz¹d og³osi³ we wtorek") > 0
    (True, True)
    >>> implausibility("Espańa y compańía") > implausibility("España y compañía")
    True
    >>> implausibility("naïve señor") < implausibility("naïve se\u064cor")
    True
    """
    penalty, n_high = _penalty(text)
    return penalty / max(1, n_high)


def _penalty(text: str) -> tuple[float, int]:
    """The evidence of a wrong decoding (:func:`implausibility`) in all, and how many
    non-ASCII characters it was read from."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        return 0.0, 0
    penalty = 0.0
    n_high = 0
    latin: Counter[str] = Counter()
    n_other = 0  # letters beyond ASCII of other scripts than Latin
    n_ascii_letters = sum(map(len, _ASCII_LETTERS.findall(sample)))
    for token in _HIGH_TOKEN.findall(sample):
        prev_letter = prev_lower = mixed = False
        word_script = ""
        last = len(token) - 1
        n_letters = n_marks = 0
        for i, ch in enumerate(token):
            cat, script, upper, lower = _char_class(ch)
            high = not ch.isascii()
            n_high += high
            if cat[0] == "L":
                if word_script and word_script != script:
                    mixed = True
                word_script = word_script or script
                n_letters += 1
                if high:
                    if script == "LATIN":
                        latin[ch] += 1
                    else:
                        n_other += 1
                        if script == "HALFWIDTH":
                            penalty += 0.5  # half-width katakana: rare in running text
                        elif _presentation_form(ch):
                            penalty += 1  # text stores base letters; fonts draw the forms
                    if prev_lower and upper:
                        penalty += 1  # (ASCII camel case, "McDonald", "iPhone", is common)
                prev_letter, prev_lower = True, lower
            elif cat[0] == "M":
                # a combining mark belongs to its letter, but not a mark of another script on
                # it: an Arabic vowel sign on a Latin letter ("seٌor", Windows-1252 "ñ" read as
                # Windows-1256) is a wrong decoding (the generic diacritics are "COMBINING …")
                if high and word_script and script not in ("COMBINING", "VARIATION", word_script):
                    mixed = True
                n_marks += high
                continue
            else:
                if cat in ("Cc", "Co", "Cn") or ch == "\ufffd":
                    penalty += 5  # (private-use and unassigned code points: CJK code pages' gaps)
                elif high and cat in ("So", "Sm", "Sk") and ch not in _COMMON_SYMBOLS:
                    penalty += 1  # box drawing, arrows, math: text is rarely made of them
                elif high and (cat[0] in "SN" or ch in "¿¡") and prev_letter and i < last and token[i + 1].isalpha():
                    penalty += 3
                if mixed:
                    penalty += 2
                mixed, word_script = False, ""
                prev_letter = prev_lower = False
        if mixed:
            penalty += 2
        # more vowel points than letters ("ֱֻֻ", KOI8-R read as Windows-1255): no writing
        # stacks marks so (pointed Hebrew and Arabic have about one a letter)
        penalty += max(0, n_marks - n_letters)
    n_latin = sum(latin.values())
    if n_latin:
        covered = max(sum(n for ch, n in latin.items() if ch in alphabet) for alphabet in _ALPHABETS)
        penalty += n_latin - covered
        if n_latin > 2 * n_ascii_letters:
            # Latin writing is mostly ASCII letters (Polish "Zażółć gęślą jaźń" has 9 of 15
            # beyond ASCII; Cyrillic or Greek read as Windows-1252 has all of them)
            penalty += n_latin
    if n_other and n_other * _MINORITY < n_ascii_letters:
        penalty += 1  # a few letters of another script in Latin text: stray bytes, more likely
    return penalty, n_high


#: What a reading must explain better than Windows-1252 to win, in :func:`implausibility`
#: penalty points for the whole text: a little for the other code pages of
#: :data:`_CANDIDATES`, more for the rare ones only the detector proposes (IBM-1006, Mac,
#: DOS code pages).  With a long text in another script the Windows-1252 reading is far
#: worse and this decides nothing; with ASCII plus two stray bytes it is what decides
#: (``b"Hello \xff\xfe world"`` was read as Urdu IBM-1006, ``b"Hello world\xff\xfe"`` as Greek).
_PRIOR_CANDIDATE = 0.5
_PRIOR_RARE = 3.0


def _score(text: str, prior: float) -> float:
    penalty, n_high = _penalty(text)
    return (penalty + prior) / max(1, n_high)


def _detect(data: bytes) -> str | None:
    """The most plausible legacy encoding of ``data`` (which is not UTF-8).

    The candidates are charset-normalizer's and :data:`_CANDIDATES`.  Each reading is scored
    by its :func:`implausibility` plus a prior (0 for Windows-1252, the web's most common
    legacy encoding, :data:`_PRIOR_CANDIDATE` for the other candidates, :data:`_PRIOR_RARE`
    for the detector's other proposals); bytes a code page leaves undefined are read as
    U+FFFD, which counts against it like a control character.  The least score wins; on a
    tie Windows-1252, else the detector's order.  The detector alone reads short texts
    wrongly (Spanish, Portuguese and Swedish as Windows-1250), and this module used to skip
    it below 256 bytes (Cyrillic, Greek, CJK then came out as mojibake).
    """
    order: list[str] = []
    try:
        from charset_normalizer import from_bytes

        order = [str(m.encoding) for m in from_bytes(data[:200_000])][:6]
    except Exception:  # pragma: no cover - a detector failure must not lose the document
        order = []
    head = data[: _SAMPLE * 2]
    cut = len(data) > len(head)
    common = {codecs.lookup(enc).name for enc in _CANDIDATES}
    decoded: list[tuple[int, str, str, float]] = []
    seen: set[str] = set()
    for rank, enc in enumerate([*order, *_CANDIDATES]):
        try:
            name = codecs.lookup(enc).name
        except LookupError:  # pragma: no cover - a detector name Python lacks
            continue
        if name in seen:
            continue
        seen.add(name)
        try:
            text = head.decode(enc, errors="strict")
        except UnicodeDecodeError as err:
            if cut and err.start >= len(head) - 4:  # the sample cut a multi-byte character
                text = head[: err.start].decode(enc)
            else:  # undefined bytes: U+FFFD, counted against this reading
                text = head.decode(enc, errors="replace")
        prior = 0.0 if name == "cp1252" else _PRIOR_CANDIDATE if name in common else _PRIOR_RARE
        # the web's default wins a tie; then the detector's order
        decoded.append((0 if name == "cp1252" else rank + 1, enc, text, prior))
    if not decoded:
        return None
    # a first reading of the start of each text; the closest few are then read at length
    first = sorted((_score(text[:_FIRST], prior), rank, enc, text, prior) for rank, enc, text, prior in decoded)
    close = [c for c in first if c[0] <= first[0][0] + 0.1][:3]
    return min((round(_score(text, prior), 4), rank, enc) for _, rank, enc, text, prior in close)[2]


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_ESCAPED = re.compile("[\udc80-\udcff]")


def _byte_cp1252(b: int) -> str:
    """A byte read as Windows-1252 (as Latin-1 where Windows-1252 has no character)."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few stray legacy bytes (a page pasted together from two sources):
    the text decoded as UTF-8 with those bytes read as Windows-1252, and how many there were.

    ``None`` unless the valid multi-byte UTF-8 sequences outnumber the invalid bytes at least
    twice: a text in a legacy encoding rarely holds one valid sequence by chance.

    >>> _mostly_utf8("Größe: 5 €, Müller".encode() + b" caf\\xe9")
    ('Größe: 5 €, Müller café', 1)
    >>> _mostly_utf8("Größe".encode("cp1252")) is None
    True
    """
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    # "surrogateescape" turns each invalid byte into one lone surrogate (U+DC80 + byte)
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if valid < 2 * bad:
        return None
    return _ESCAPED.sub(lambda m: _byte_cp1252(ord(m.group()) - 0xDC00), text), bad


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes: BOM, then strict UTF-8, then detection; never raises."""
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            if "\ufffd" in text:
                warnings.append(f"input has a {enc} byte-order mark but undecodable bytes; they were replaced with U+FFFD")
            return text, warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        warnings.append("input looks binary; undecodable bytes were replaced with U+FFFD")
        return data.decode("utf-8", errors="replace"), warnings
    mixed = _mostly_utf8(data)
    if mixed is not None:
        text, n_bad = mixed
        warnings.append(
            f"input is UTF-8 with {n_bad} invalid byte{'s' if n_bad != 1 else ''}; "
            "they were decoded as Windows-1252"
        )
        return text, warnings
    encoding = _detect(data) or _legacy(data)
    text = data.decode(encoding, errors="replace")
    warnings.append(f"encoding guessed as {encoding} (input was not valid UTF-8)")
    if "\ufffd" in text:
        warnings.append("undecodable bytes were replaced with U+FFFD")
    return text, warnings


def decode(data: str | bytes | bytearray | memoryview | None) -> tuple[str, list[str]]:
    """Turn any input into text with ``\\n`` line endings, plus warnings about doubtful steps."""
    warnings: list[str] = []
    if data is None:
        return "", ["input was empty (None)"]
    if isinstance(data, (bytes, bytearray, memoryview)):
        text, warnings = decode_bytes(bytes(data))
    elif isinstance(data, str):
        text = data
    else:
        return "", [f"input of type {type(data).__name__} is not text; an empty document was returned"]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (one scan for both rare cases: a line separator, a lone surrogate; neither step makes
    # the other's characters)
    rare = _SEPARATOR_OR_SURROGATE.search(text) is not None
    if rare and _SEPARATOR_RE.search(text):
        text = _SEPARATOR_RE.sub("\n", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    # Lone surrogates cannot be encoded or written out: replace them, and say so.
    if not text or text.isspace():  # (``not text.strip()`` without the copy)
        warnings.append("input is empty (no text)")
    if rare and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append("lone surrogate code points were replaced with U+FFFD")
    return text, warnings
