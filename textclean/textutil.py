"""Small text predicates shared by several cleaners (kept in one place so that the
cleaners agree on what "ends a sentence" or "looks like a name" means)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

#: Closing quotes and brackets that may follow sentence-final punctuation (``“`` and ``‘``
#: close a quotation in German, Czech, Polish ... (``„so.“``), ``«`` and ``‹`` in Danish
#: (``»så.«``)).
_CLOSERS = "\"'”’»)]}›*_」』）】〉》“‘«‹"
#: Sentence-final punctuation in the scripts we handle.
TERMINAL = ".!?…:;。！？｡．؟۔।॥։።"  # (also Arabic, Urdu, Devanagari, Armenian, Ethiopic stops)
_TERMINAL_SET = frozenset(TERMINAL)

_WS = regex.compile(r"\s+")
#: the characters ``str.split`` splits at, except the plain space (stdlib ``re``: a fast scan)
_OTHER_WS = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_QUOTE_TABLE = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'",
                              "«": '"', "»": '"', "\u00a0": " "})
URL_RE = regex.compile(r"https?://[^\s<>\"'`]{2,2000}", regex.IGNORECASE)
#: a line that is one URL (no quotation marks in it, curly ones either: the ``quotes`` cleaner
#: straightens them, and the line must read the same when the output is cleaned again)
URL_ONLY_RE = regex.compile(r"^\s*<?(https?://[^\s<>\"'`“”„‟‘’‚‛«»]{2,2000}?)>?[.,;]?\s*$", regex.IGNORECASE)


def url_only(text: str) -> bool:
    """``URL_ONLY_RE.match(text)`` as a yes/no, with a ``"://"`` test first (no regex for a
    line of prose)."""
    return "://" in text and URL_ONLY_RE.match(text) is not None

_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|al|ibn|el|dos|das|ter|ten|zu|y)|[\p{Lu}][\p{Ll}]*(?:-\p{Lu}[\p{Ll}]+)?)$")
_NOT_IN_NAME = re.compile(r"[:;!?,()\[\]{}|/@#]")
_PARTICLES = frozenset(["van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "al", "ibn", "el", "dos", "das", "ter", "ten", "zu", "y"])


_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTE_TABLE.items())


def norm_key(text: str) -> str:
    """A comparison key: straight quotes, folded case, collapsed white space.  Turkish dotted
    and dotless i fold alike (``İ`` casefolds to ``i`` and a combining dot, ``I`` to ``i``, but
    ``ı`` stays itself), so a headline in capitals matches its sentence-case copy.

    >>> norm_key("YENİ METRO HATTI") == norm_key("Yeni metro hattı")
    True

    Several cleaners key the same blocks (``byline``, ``page-dump``, ``title``, ``dedupe``):
    keys of short texts are remembered (a bounded cache, so memory stays that of a few
    thousand lines).
    """
    return _cached_key(text) if len(text) <= 500 else _key(text)


def _key(text: str) -> str:
    if not text.isascii():
        for curly, plain in _QUOTE_PAIRS:
            if curly in text:
                text = text.replace(curly, plain)
        if "\u200e" in text or "\u200f" in text or "\u061c" in text:
            # direction marks are invisible: "x\u200e" is "x" (a block that ends with one is
            # output without it)
            text = text.replace("\u200e", "").replace("\u200f", "").replace("\u061c", "")
        key = _norm_key(text)
        if "\u0307" in key or "ı" in key:
            key = key.replace("\u0307", "").replace("ı", "i")
        return key
    return _norm_key(text)


@lru_cache(maxsize=4096)
def _cached_key(text: str) -> str:
    return _key(text)


def _norm_key(text: str) -> str:
    if text.isprintable():
        # every white-space character but the plain space is non-printable (``str.isspace``;
        # tests/test_perf_gates.py enumerates them): no ``\x1c``-``\x1f`` and nothing that
        # ``_OTHER_WS`` finds, so the branches below come to this (one C pass, no regex scan)
        if "  " in text or text[:1] == " " or text[-1:] == " ":
            return " ".join(text.split()).casefold()
        return text.casefold()
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        # the only characters that ``str.split`` takes for white space and ``\s`` does not
        return _WS.sub(" ", text).strip().casefold()
    if "  " in text or text[:1] == " " or text[-1:] == " " or _OTHER_WS.search(text):
        return " ".join(text.split()).casefold()
    return text.casefold()  # single spaces only: splitting and joining would change nothing


#: direction marks (LRM, RLM, ALM)
DIRECTION_MARKS = "\u200e\u200f\u061c"
# direction marks at a line's start or end, with the white space around them there
_EDGE_MARKS = re.compile(
    r"^[^\S\n]*(?:[\u200e\u200f\u061c][^\S\n]*)+|(?:[^\S\n]*[\u200e\u200f\u061c])+[^\S\n]*$", re.MULTILINE
)
_NO_MARKS = str.maketrans("", "", DIRECTION_MARKS)


def edge_marks(text: str) -> list[str]:
    """The direction marks at the start or end of the lines of ``text``, one string per edge.

    >>> edge_marks("\\u200fa\\u200f\\n b \\u200e")
    ['\\u200f', '\\u200f', '\\u200e']
    """
    return [e for m in _EDGE_MARKS.findall(text) if (e := "".join(c for c in m if c in DIRECTION_MARKS))]


def strip_edge_marks(text: str) -> str:
    """``text`` without direction marks at the start or end of its lines (the white space
    there stays; marks inside a line, which order mixed-direction text, stay too).

    >>> strip_edge_marks("\\u200fa \\u200fb\\u200f\\n  \\u200ec")
    'a \\u200fb\\n  c'
    """
    if "\u200e" not in text and "\u200f" not in text and "\u061c" not in text:
        return text
    return _EDGE_MARKS.sub(lambda m: m.group(0).translate(_NO_MARKS), text)


_FOUR_DIGITS = regex.compile(r"\d{4}")


def may_hold_date(text: str) -> bool:
    r"""A cheap necessary condition of :func:`textclean.metadata.find_date`: every date it
    reads has a four-digit year (``\d{4}``, with the same ``regex`` digits).

    >>> may_hold_date("September 19, 2023"), may_hold_date("By Jane Doe")
    (True, False)
    """
    return _FOUR_DIGITS.search(text) is not None


# reference marks after a finished sentence (a copied wiki page: ``… in 1996.[1][2]``,
# ``[citation needed]``, ``[a]``, ``[note 3]``)
_CITATIONS = regex.compile(
    r"(?<=[.!?…。！？\"”»'’)])(?:\[(?:\d{1,3}|[a-z]|(?:note|nb|n) ?\d{1,3}|[\p{L} ]{0,24}needed)\])+$", regex.IGNORECASE)


def strip_closers(text: str) -> str:
    """``text`` without closing quotes and brackets at its end, nor reference marks after a
    finished sentence.

    >>> strip_closers('He said "no."'), strip_closers("It is deep.[1][2]")
    ('He said "no.', 'It is deep.')
    """
    t = text.rstrip()
    if t.endswith("]") and "[" in t[-40:]:
        m = _CITATIONS.search(t)
        if m is not None:
            t = t[:m.start()]
    return t.rstrip(_CLOSERS).rstrip()


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (before closing quotes).

    >>> ends_sentence('He said "no."'), ends_sentence("of an Armenian")
    (True, False)
    >>> ends_sentence("Er sagte: „Nein.“"), ends_sentence("Han sagde: »Nej.«")
    (True, True)
    """
    # (the last character decides at once when it is a stop or a letter or digit: neither is
    # white space, a closer or a ``]``, so ``strip_closers`` would leave it at the end)
    c = text[-1:]
    if c in _TERMINAL_SET:
        return True
    if c.isalnum():
        return False
    t = strip_closers(text)
    return bool(t) and t[-1] in TERMINAL


def first_word(text: str) -> str:
    """The first token up to a plain space (a non-breaking space does not end it)."""
    s = text.lstrip()
    i = s.find(" ")
    return s if i < 0 else s[:i]


def starts_lower(text: str) -> bool:
    """True when the first letter of ``text`` (after opening quotes/brackets) is lowercase."""
    c = text[:1]
    if c.isalpha():  # (no white space to strip: the loop below would stop at it)
        return c.islower()
    for ch in text.lstrip():
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit() or ch.isspace():
            return False
        if ch in "\"'“‘«([{¿¡—–-*_":
            continue
        return False
    return False


def word_count(text: str) -> int:
    return len(text.split())


def is_prose(text: str, min_words: int = 8) -> bool:
    """A sentence of prose: ``min_words`` words or more, ending like a sentence (what the
    cleaners that look for "the text" above or below a line count).

    >>> is_prose("The council approved the new budget on Tuesday night."), is_prose("2 Comments")
    (True, False)
    """
    return ends_sentence(text) and word_count(text) >= min_words


def is_name(text: str, *, max_tokens: int = 5) -> bool:
    """True when ``text`` looks like a person's name: 2-5 capitalised tokens.

    >>> is_name("Anastasia Tenisheva"), is_name("JOHN SMITH"), is_name("the area")
    (True, True, False)
    >>> is_name("Related post"), is_name("Jean-Luc de la Tour")
    (False, True)
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= max_tokens:
        return False
    if any(map(str.isdigit, text)) or _NOT_IN_NAME.search(text) is not None:
        return False
    caps = 0
    for tok in tokens:
        if tok.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(tok):
            return False
        caps += 1
    if caps < 2:
        return False
    # the last token must be a capitalised word, not an initial or a particle
    last = tokens[-1]
    return len(last) > 1 and last[0].isupper() and not last.endswith(".")


def fix_name_case(name: str) -> str:
    """Normal capitalisation for names printed in capitals.

    >>> fix_name_case("JOHN MCDONALD-SMITH"), fix_name_case("Anna de Vries"), fix_name_case("O'NEIL")
    ('John McDonald-Smith', 'Anna de Vries', "O'Neil")
    """
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return name

    def cap(part: str) -> str:
        if not part:
            return part
        low = part.lower()
        if low.startswith("mc") and len(low) > 2:
            return "Mc" + low[2:].capitalize()
        return low[0].upper() + low[1:]

    out = []
    for tok in name.split():
        pieces = regex.split(r"([-'’])", tok)
        out.append("".join(p if p in "-'’" else cap(p) for p in pieces))
    return " ".join(out)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
