"""Cheap input sniffing: is this HTML?

>>> looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
True
>>> looks_like_html("Text with a <br> tag and 1 < 2.")
False
>>> looks_like_html(b"  <html lang='en'><head>")
True
>>> looks_like_html('<!DOCTYPE x [<!ENTITY e "v">]><html><body><p>x</p></body></html>')
True
"""

from __future__ import annotations

import re

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    # (any other doctype, with an internal subset, "<!DOCTYPE x [<!ENTITY e 'v'>]>", counts
    # when the page's own start tag follows it)
    rb"(?:<!doctype[^>\[]{0,500}(?:\[[^\]]{0,5000}\])?\s*>\s*(?:<!--.*?-->\s*)*)?"
    rb"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAGS = re.compile(rb"<(?:p|div|article|section|h[1-6]|ul|li|table|span|a)\b[^>]{0,300}>", re.IGNORECASE)


def looks_like_html(data: str | bytes, name: str | None = None) -> bool:
    """True for a full HTML page, or a fragment dense with block tags (or a ``.html`` name)."""
    if name is not None and name.lower().rsplit(".", 1)[-1] in ("html", "htm", "xhtml"):
        return True
    head = data[:4096]
    sample = head.encode("utf-8", "replace") if isinstance(head, str) else bytes(head)
    if sample.startswith(b"\xef\xbb\xbf"):
        sample = sample[3:]
    if _HTML_START.match(sample):
        return True
    # a fragment: several block-level tags close together at the start
    return len(_BLOCK_TAGS.findall(sample[:2000])) >= 3 and sample.lstrip()[:1] == b"<"
