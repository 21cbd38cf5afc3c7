"""Shared pieces of the hand-written HTML test pages (never benchmark pages)."""

from __future__ import annotations

from textclean.html import extract_html

#: Three sentences of ordinary news prose, long enough to count as article paragraphs.
P1 = "The council approved the new budget on Tuesday after a debate that lasted most of the night."
P2 = "Opposition members said the spending plan left too little for schools and public transport."
P3 = "The mayor promised a review of the transport budget before the end of the coming year."


def texts(html: str) -> list[str]:
    """The texts of the blocks :func:`textclean.html.extract_html` keeps from ``html``."""
    blocks, _ = extract_html(html)
    return [b.text for b in blocks]
