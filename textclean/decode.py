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

# Characters that str.splitlines() treats as line boundaries become plain newlines.
_SEPARATOR_RE = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")

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


def _detect(data: bytes) -> str | None:
    """Statistical detection with charset-normalizer (needs a few hundred bytes to be reliable)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # pragma: no cover - a detector failure must not lose the document
        return None
    return None if best is None else str(best.encoding)


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
    encoding = (_detect(data) if len(data) >= 256 else None) or _legacy(data)
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
    if _SEPARATOR_RE.search(text):
        text = _SEPARATOR_RE.sub("\n", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    # Lone surrogates cannot be encoded or written out: replace them, and say so.
    if not text.strip():
        warnings.append("input is empty (no text)")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append("lone surrogate code points were replaced with U+FFFD")
    return text, warnings
