"""Hypothesis strategies for messy documents (public API; needs ``hypothesis``).

``unicode_text()`` draws text biased towards the characters that break cleaners.
``messy_documents()`` draws a clean :class:`~textclean.Document` and a corrupted
text rendering of it, so that a property test can check that cleaning recovers it::

    from hypothesis import given
    from textclean.strategies import messy_documents
    import textclean

    @given(messy_documents())
    def test_recovers(m):
        assert textclean.clean(m.messy).paragraphs == m.clean.paragraphs
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Characters that trip up text cleaners.
TRICKY = (
    "\r", "\n", "\n\n", "\t", "\u00a0", "\u200b", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
    "\u0301", "\u0308", "\u00ad", "\x00", "\x07", "\x85", "\u2028", "\u2029", "\ufffd",
    "“", "”", "‘", "’", "«", "»", "„", '"', "'", "-", "—", "–", "…", "*", "**", "_", "#", "[", "]",
    "(", ")", "<", ">", "&", "&amp;", "&#8212;", "<br>", "[x](#)", "http://", "https://x.org/a",
    "Ã©", "â€™", "â€œ", "â€", "Ã", "Â", "Ð¿", "ï¿½", "By ", "Related article:", "Subscribe", "/ TASS",
    "-\n", "\ud800", "\udfff", "\ud7ff", "\ue000", "\U0001f600", "\u0627\u0644", "\u4e2d\u6587", "ß", "İ", "ǅ",
)


@st.composite
def unicode_text(draw: st.DrawFn, max_pieces: int = 40) -> str:
    """Text made of ordinary words mixed with characters and sequences that break cleaners."""
    piece = st.one_of(
        st.sampled_from(TRICKY),
        st.text(max_size=12),
        st.sampled_from(["word", "The", "end.", "said", "Baku", "govern-", "ment", " ", "  ", "\n"]),
    )
    return "".join(draw(st.lists(piece, max_size=max_pieces)))
