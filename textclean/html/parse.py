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
# A doctype's internal subset ("<!DOCTYPE x [<!ENTITY e 'v'>]>"): lxml's HTML parser reads its
# "]>" as text and merges what follows; HTML has no use for it (entities are never expanded).
_DOCTYPE_SUBSET = re.compile(r"^(\s*(?:<\?xml[^>]*>\s*)?<!doctype[^>\[]{0,500})\[[^\]]{0,5000}\]\s*>", re.IGNORECASE)
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


#: The bytes of the control characters :data:`_BAD_CONTROLS` matches (the same in every ASCII-based codec).
_BAD_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    """True when the first bytes hold many NULs or control bytes.

    >>> _looks_binary(b"<p>text</p>"), _looks_binary(bytes(range(32)) * 8)
    (False, True)
    """
    sample = data[:4096]
    if not sample:
        return False
    if sample.count(0) > len(sample) * 0.05 and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    # The control bytes other than tab, line feed, form feed and carriage return, counted in C.
    controls = len(sample) - len(sample.translate(None, _BAD_CONTROL_BYTES))
    return controls > len(sample) * 0.1


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """Decode an HTML page: BOM, declared charset, UTF-8, then guessing (with a warning)."""
    text, warnings, _ = decode_html_checked(data)
    return text, warnings


def decode_html_checked(data: bytes) -> tuple[str, list[str], bool]:
    """:func:`decode_html`, and whether the text is known to hold no control characters.

    The check runs on the bytes (a C loop, several times faster than a regex over the text)
    when they were decoded as UTF-8 or a single-byte codec, where those characters are the
    same bytes; :func:`parse_html` then skips its own scan.

    >>> decode_html_checked("<p>café</p>".encode())[2], decode_html_checked(b"<p>a\x01b</p>")[2]
    (True, False)
    """
    text, warnings, clean, _ = decode_html_for_parse(data)
    return text, warnings, clean


def decode_html_for_parse(data: bytes) -> tuple[str, list[str], bool, bytes | None]:
    """:func:`decode_html_checked`, and the bytes :func:`parse_html` may parse instead of the text.

    Those are ``data`` itself when it is checked UTF-8 (no byte-order mark, no control
    characters): libxml2 reads UTF-8 bytes faster than a ``str`` (which lxml hands over in
    its internal width), and the tree is the same.  ``None`` otherwise.

    >>> decode_html_for_parse("<p>café</p>".encode())[3], decode_html_for_parse("<p>café</p>".encode("cp1252"))[3]
    (b'<p>caf\xc3\xa9</p>', None)
    """
    text, warnings, codec = _decode(data)
    clean = (
        codec is not None
        and (codec == "utf-8" or codec in _SINGLE_BYTE)
        and len(data.translate(None, _BAD_CONTROL_BYTES)) == len(data)
        and "\ufffe" not in text  # (a one-character search on the text: fast)
        and "\uffff" not in text
    )
    return text, warnings, clean, (data if clean and codec == "utf-8" else None)


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


def _parser(encoding: str | None = None) -> Any:
    # ``etree.HTMLParser``, not ``lxml.html``'s: plain elements, no per-element class lookup.
    # (``encoding`` for bytes input: the parser then ignores the page's own declaration;
    # ``collect_ids=False``: no table of ``id`` attributes, which nothing here looks up.)
    from lxml import etree

    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        huge_tree=False,
        compact=True,
        default_doctype=False,
        collect_ids=False,
        encoding=encoding,
    )


def parse_html(text: str, checked: bool = False, utf8: bytes | None = None) -> tuple[Any, list[str]]:
    """Parse decoded HTML into an lxml tree; returns ``(root or None, warnings)``.

    ``checked``: the text is known to hold no control characters (:func:`decode_html_checked`).
    ``utf8``: the same text as checked UTF-8 bytes (:func:`decode_html_for_parse`), parsed
    instead of the text when it has no XML declaration (the tree is the same, sooner).

    >>> from lxml import etree
    >>> page = "<p>café ☃</p>"
    >>> etree.tostring(parse_html(page)[0]) == etree.tostring(parse_html(page, True, page.encode())[0])
    True
    """
    from lxml import etree

    warnings: list[str] = []
    if not checked and _BAD_CONTROLS.search(text):
        text = _BAD_CONTROLS.sub("", text)
        utf8 = None
    # A leading XML declaration with an encoding makes lxml refuse str input.
    if _XML_DECL.match(text):
        text = _XML_DECL.sub("", text, count=1)
        utf8 = None
    if "[" in text[:600] and _DOCTYPE_SUBSET.match(text):
        text = _DOCTYPE_SUBSET.sub(r"\1>", text, count=1)
        utf8 = None
    if not text or text.isspace():
        return None, ["the HTML input is empty"]
    parser = _parser(None if utf8 is None else "utf-8")
    try:
        root = etree.fromstring(text if utf8 is None else utf8, parser)
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
