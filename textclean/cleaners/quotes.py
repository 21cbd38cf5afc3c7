"""Quote cleaners: misplaced spacing around curly quotes, and the quote style."""

from __future__ import annotations

import regex

from ..pipeline import Draft, TextCleaner
from .characters import fix_mojibake
from .markdown import emphasis_count, reduce_markup

# `it “urges ”Baku` : the space belongs after the closing quote.
_CLOSE_MISPLACED = regex.compile(r"(“[^“”\n]{0,300}?\S)[ \t]+”(?=\w)")
# `said“ hello”` : the space belongs before the opening quote.
_OPEN_MISPLACED = regex.compile(r"(?<=\w)“[ \t]+([^“”\n]{0,300}?”)")
# `“ hello”` / `hello ”.` : stray space inside the quotes.
_OPEN_INNER = regex.compile(r"(^|[\s(\[—–])“[ \t]+(?=\w)", regex.MULTILINE)
_CLOSE_INNER = regex.compile(r"(?<=[\w.,!?…])[ \t]+”(?=$|[\s.,;:!?)\]—–])", regex.MULTILINE)


def straighten_repaired(text: str) -> str:
    """Straighten quotes; a straightened quote can complete a mis-decoded sequence, so the
    result is re-checked for mojibake until both are stable (at most three rounds)."""
    if text.isascii():
        return text
    for _ in range(3):
        new = straighten(text)
        fixed = fix_mojibake(new) if new != text and not new.isascii() else new
        if fixed == new:
            return new
        text = fixed
    return straighten(text)


class QuoteSpacing(TextCleaner):
    """Move spaces that sit on the wrong side of curly quotes.

    >>> QuoteSpacing().fix("it “urges ”Baku and “ the end ”.")
    'it “urges” Baku and “the end”.'
    >>> QuoteSpacing().fix("a “quoted” word")   # correct spacing stays
    'a “quoted” word'
    """

    name = "quote-spacing"

    def fix(self, text: str) -> str:
        # every pattern needs a space or tab right before "”" or right after "“"
        if " ”" not in text and "\t”" not in text and "“ " not in text and "“\t" not in text:
            return text
        new = _CLOSE_MISPLACED.sub(r"\1” ", text)
        new = _OPEN_MISPLACED.sub(r" “\1", new)
        new = _OPEN_INNER.sub(r"\1“", new)
        new = _CLOSE_INNER.sub("”", new)
        if new != text and emphasis_count(new) > emphasis_count(text):
            # a moved space made emphasis ("**a“ **”" -> "**a “**”") that the markdown cleaner,
            # which has run, would reduce on a second cleaning: keep the spacing
            return text
        return new


_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})
_STRAIGHT_PAIRS = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"))


def straighten(text: str) -> str:
    """Curly quotes to ASCII (a chain of ``str.replace``: much faster than ``str.translate``)."""
    for curly, plain in _STRAIGHT_PAIRS:
        if curly in text:
            text = text.replace(curly, plain)
    return text
_DOUBLE_OPEN = regex.compile(r'(^|[\s(\[{—–-])"(?=\S)', regex.MULTILINE)
_SINGLE_OPEN = regex.compile(r"(^|[\s(\[{—–-])'(?=\w)", regex.MULTILINE)


class Quotes(TextCleaner):
    """Choose the quote style: ``"straight"`` (ASCII, default), ``"curly"`` or ``"keep"``.

    >>> Quotes().fix("“Russia’s role,” he said")
    '"Russia\\'s role," he said'
    >>> Quotes(style="curly").fix('"Russia\\'s role," he said')
    '“Russia’s role,” he said'
    >>> Quotes(style="keep").fix("“mixed\\" quotes")
    '“mixed" quotes'
    """

    name = "quotes"

    def __init__(self, style: str = "straight") -> None:
        if style not in ("straight", "curly", "keep"):
            raise ValueError(f"quote style must be 'straight', 'curly' or 'keep', not {style!r}")
        self.style = style

    def apply(self, draft: Draft) -> None:
        # ``straighten_repaired`` leaves an ASCII text as it is, and so does ``fix`` then: a
        # document that is ASCII throughout (one test over the whole text) changes nowhere
        if (
            self.style == "straight" and type(self).fix is Quotes.fix
            and "\n".join([b.text for b in draft.blocks]).isascii()
        ):
            return
        super().apply(draft)

    def fix(self, text: str) -> str:
        if self.style == "keep":
            return text
        if self.style == "straight":
            new = straighten_repaired(text)
            if new == text:
                return text  # (the emphasis counts below are then equal)
            if emphasis_count(new) > emphasis_count(text) and new != straighten(text):
                # the repair made emphasis ("â€œ__0__" -> "“__0__": no word character before
                # "__" now) that the markdown cleaner, which has run, reduces on a second cleaning
                new = straighten_repaired(reduce_markup(new))
            return new
        if '"' not in text and "'" not in text:
            return text
        text = _DOUBLE_OPEN.sub(r"\1“", text).replace('"', "”")
        text = _SINGLE_OPEN.sub(r"\1‘", text).replace("'", "’")
        return text
