"""Decode and parse HTML safely with lxml.

Bytes are decoded from the byte-order mark, then the document's own declaration
(``<meta charset>``, ``http-equiv="content-type"``, the XML prolog), then strict
UTF-8, then statistical guessing; a guessed or overridden encoding is reported.
The parser never touches the network, resolves no external entities and keeps
libxml2's depth and size limits, so hostile input costs linear time.

>>> text, warnings = decode_html('<meta charset="windows-1252"><p>caf\\xe9</p>'.encode("latin-1"))
>>> "café" in text, warnings
(True, [])
>>> root, warnings = parse_html("<p>Hello <b>world</b>")
>>> root.tag, root.findtext(".//b")
('html', 'world')
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ..decode import _BOMS, decode_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{2,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:+-]{2,40})["']""")
#: Labels that browsers map to another codec (WHATWG encoding standard, the common cases).
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254", "x-sjis": "shift_jis",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949", "unicode": "utf-16", "utf8": "utf-8", "x-user-defined": "cp1252",
}
#: Control characters that are not allowed in XML/HTML text (lxml rejects them).
_BAD_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
_UTF8 = frozenset(["utf-8", "utf8"])
_SINGLE_BYTE = frozenset(
    codecs.lookup(n).name
    for n in ("cp1252", "latin-1", "iso8859-15", "cp1250", "cp1251", "cp1254", "iso8859-2", "koi8-r", "cp1257", "iso8859-9")
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
#: The parser's nesting limit (libxml2 without ``huge_tree``): deeper content is cut.
MAX_DEPTH = 255


def declared_encoding(data: bytes) -> str | None:
    """The encoding declared in the first bytes of ``data`` (meta charset or XML prolog).

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    >>> declared_encoding(b"<p>none</p>") is None
    True
    """
    head = data[:8192]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    if sample.count(0) > len(sample) * 0.05 and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.1


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """Decode an HTML page: BOM, declared charset, UTF-8, then guessing (with a warning)."""
    text, warnings, _ = decode_html_checked(data)
    return text, warnings


#: The bytes of the control characters :data:`_BAD_CONTROLS` matches (the same in every ASCII-based codec).
_BAD_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode_html_checked(data: bytes) -> tuple[str, list[str], bool]:
    """:func:`decode_html`, and whether the text is known to hold no control characters.

    The check runs on the bytes (a C loop, several times faster than a regex over the text)
    when they were decoded as UTF-8 or a single-byte codec, where those characters are the
    same bytes; :func:`parse_html` then skips its own scan.

    >>> decode_html_checked("<p>café</p>".encode())[2], decode_html_checked(b"<p>a\x01b</p>")[2]
    (True, False)
    """
    text, warnings, codec = _decode(data)
    clean = (
        codec is not None
        and (codec == "utf-8" or codec in _SINGLE_BYTE)
        and len(data.translate(None, _BAD_CONTROL_BYTES)) == len(data)
        and "\ufffe" not in text  # (a one-character search on the text: fast)
        and "\uffff" not in text
    )
    return text, warnings, clean


def _decode(data: bytes) -> tuple[str, list[str], str | None]:
    """The decoded text, warnings and the codec used (``None`` when it is not known)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), [], None
    if _looks_binary(data):
        text = data.decode("utf-8", errors="replace")
        return text, ["input looks binary, not HTML; undecodable bytes were replaced"], None
    declared = declared_encoding(data)
    if declared is not None and declared not in _UTF8 and not data.isascii():
        # A legacy single-byte label on bytes that are valid UTF-8: the label is stale.
        try:
            text = data.decode("utf-8")
            if codecs.lookup(declared).name in _SINGLE_BYTE:
                return text, [f"declared charset {declared} is wrong; the page is valid UTF-8"], "utf-8"
        except (UnicodeDecodeError, LookupError):
            pass
    if declared is not None:
        try:
            return data.decode(declared), [], codecs.lookup(declared).name
        except (UnicodeDecodeError, LookupError):
            pass
        try:
            return data.decode("utf-8"), [f"declared charset {declared} is wrong; decoded as utf-8"], "utf-8"
        except UnicodeDecodeError:
            pass
        text, warnings = decode_bytes(data)
        return text, [f"declared charset {declared} is wrong", *warnings], None
    try:
        return data.decode("utf-8"), [], "utf-8"  # what ``decode_bytes`` tries first, with its codec known
    except UnicodeDecodeError:
        pass
    text, warnings = decode_bytes(data)
    return text, warnings, None


def _parser() -> Any:
    # ``etree.HTMLParser``, not ``lxml.html``'s: plain elements, no per-element class lookup.
    from lxml import etree

    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=False,
        compact=True,
        default_doctype=False,
    )


def parse_html(text: str, checked: bool = False) -> tuple[Any, list[str]]:
    """Parse decoded HTML into an lxml tree; returns ``(root or None, warnings)``.

    ``checked``: the text is known to hold no control characters (:func:`decode_html_checked`).
    """
    from lxml import etree

    warnings: list[str] = []
    if not checked and _BAD_CONTROLS.search(text):
        text = _BAD_CONTROLS.sub("", text)
    # A leading XML declaration with an encoding makes lxml refuse str input.
    if _XML_DECL.match(text):
        text = _XML_DECL.sub("", text, count=1)
    if not text or text.isspace():
        return None, ["the HTML input is empty"]
    parser = _parser()
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        return None, [f"the HTML could not be parsed: {exc}"]
    if root is None:
        return None, ["the HTML could not be parsed"]
    if any("Excessive depth" in e.message for e in parser.error_log):
        # libxml2 reports its nesting limit in the error log: no extra walk over the tree.
        warnings.append(f"the page is nested deeper than {MAX_DEPTH} levels; deeper content was cut")
    return root, warnings


def text_content(el: Any) -> str:
    """All the text inside ``el`` (without its tail), like ``lxml.html``'s ``text_content()``.

    >>> root, _ = parse_html("<p>a <b>b</b> c</p>tail")
    >>> text_content(root.find(".//p"))
    'a b c'
    """
    return "".join(el.itertext())


def from_soup(soup: Any) -> str:
    """Serialise a ``bs4.BeautifulSoup`` (or any bs4 ``Tag``) back to HTML text for lxml."""
    return str(soup)
