"""The built-in cleaners, one concern per module, and the default pipeline order.

======================  =============================================================
name                    what it does
======================  =============================================================
``entities``            decode ``&amp;``-style HTML character references
``tags``                strip stray HTML tags, comments and scripts
``mojibake``            repair mis-decoded text with ftfy (only where it looks broken)
``control-chars``       drop control, zero-width and bidi-embedding characters
``front-matter``        a YAML front matter or a reader's ``Title:``/``URL Source:`` header -> metadata
``page-breaks``         a PDF copy's running headers, footers and page numbers
``layout``              lines -> typed blocks; rejoin hard wraps and hyphenation
``spaces``              non-breaking/odd spaces to plain spaces, NFC normalisation
``boilerplate``         subscription, donate, credits, related, share, cookie ... lines
``page-dump``           a whole page's text: keep the article, drop menus, teasers, footers
``mojibake-recheck``    one more cheap mojibake check on the laid-out paragraphs (fixed point)
``markdown``            emphasis, links, placeholders, autolinks, images
``quote-spacing``       ``it “urges ”Baku`` -> ``it “urges” Baku``
``quotes``              quote style: straight (default), curly or keep
``source-url``          ``Original url:`` footers -> ``url``
``url-lines``           URL lines dumped mid-text -> ``links``
``title``               the title at the top -> ``title``
``byline``              ``By NAME`` / a name alone at the end -> ``authors``
``dateline``            date lines -> ``date`` (URL path as fallback)
``dedupe``              repeated title lines and repeated paragraphs
``paragraph-repair``    rejoin a paragraph split by a stray blank line
``headings``            mark short standalone lines as subheadings
======================  =============================================================

Optional cleaners, off by default (``Pipeline.default(enable=["width"])``, ``--enable width``):

======================  =============================================================
``width``               full-width Latin letters and digits -> ASCII, half-width katakana ->
                        standard katakana (after ``spaces``; CJK punctuation stays)
======================  =============================================================
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline import Cleaner
from .boilerplate import Boilerplate
from .byline import Byline
from .characters import ControlChars, HtmlEntities, Mojibake, MojibakeRecheck, Spaces, TagDebris
from .comments import Comments
from .dates import DateLine
from .dedupe import Dedupe
from .frontmatter import FrontMatter
from .layout import Layout
from .markdown import Markdown
from .pagebreaks import PageBreaks
from .pagedump import PageDump
from .paragraphs import Headings, ParagraphRepair
from .quotes import Quotes, QuoteSpacing
from .title import Title
from .urls import SourceUrl, UrlLines
from .width import Width

__all__ = [
    "OPTIONAL_CLEANERS",
    "Boilerplate",
    "Byline",
    "Comments",
    "ControlChars",
    "DateLine",
    "Dedupe",
    "FrontMatter",
    "Headings",
    "HtmlEntities",
    "Layout",
    "Markdown",
    "Mojibake",
    "MojibakeRecheck",
    "PageBreaks",
    "PageDump",
    "ParagraphRepair",
    "QuoteSpacing",
    "Quotes",
    "SourceUrl",
    "Spaces",
    "TagDebris",
    "Title",
    "UrlLines",
    "Width",
    "character_cleaners",
    "default_cleaners",
]

#: Cleaners that ship off by default: name -> (the default cleaner it follows, its class).
#: ``width`` is one because full-width digits and letters are the house style of Japanese
#: newspapers (``１３日午後９時``), not a fault: narrowing them is a normalisation to ask for.
#: It follows ``spaces``: after ``layout``, which measures a line with its full-width letters
#: as it was set.
OPTIONAL_CLEANERS: dict[str, tuple[str, type[Cleaner]]] = {"width": ("spaces", Width)}


def character_cleaners(*, quotes: str = "straight") -> list[Cleaner]:
    """The character-level cleaners, in order (without layout in between)."""
    return [
        HtmlEntities(), TagDebris(), Mojibake(), ControlChars(), Spaces(),
        QuoteSpacing(), Quotes(style=quotes),
    ]


def default_cleaners(
    *, quotes: str = "straight", extra_patterns: Sequence[tuple[str, str]] = (),
    enable: Sequence[str] = (),
) -> list[Cleaner]:
    """The default cleaner list, in order, with the named :data:`OPTIONAL_CLEANERS` added
    at their places (``ValueError`` for a name that is none)."""
    cleaners = _default_cleaners(quotes=quotes, extra_patterns=extra_patterns)
    for name in dict.fromkeys(enable):
        if name not in OPTIONAL_CLEANERS:
            raise ValueError(f"no optional cleaner named {name!r}; the optional cleaners are {sorted(OPTIONAL_CLEANERS)}")
        after, cls = OPTIONAL_CLEANERS[name]
        at = next(i for i, c in enumerate(cleaners) if c.name == after)
        cleaners.insert(at + 1, cls())
    return cleaners


def _default_cleaners(*, quotes: str, extra_patterns: Sequence[tuple[str, str]]) -> list[Cleaner]:
    return [
        HtmlEntities(),
        TagDebris(),
        Mojibake(),
        ControlChars(),
        # A metadata header at the top (YAML front matter, a reader service's Title:/URL Source:).
        FrontMatter(),
        # Before layout: a page's header or footer in mid-paragraph hides the wrap it breaks.
        PageBreaks(),
        # Layout before spaces: a non-breaking space is evidence of where a line could not wrap.
        Layout(),
        Spaces(),
        # Before boilerplate, which takes the "Reply" buttons that tell a comment section.
        Comments(),
        # Boilerplate before markdown: markup such as **Name / AGENCY** is evidence.
        Boilerplate(extra_patterns=extra_patterns),
        # After boilerplate: known lines go with their own reasons, the rest of the page here.
        PageDump(),
        # Joins and space normalisation can complete a broken sequence.
        MojibakeRecheck(),
        Markdown(),
        QuoteSpacing(),
        Quotes(style=quotes),
        SourceUrl(),
        UrlLines(),
        Title(),
        Byline(),
        DateLine(),
        Dedupe(),
        ParagraphRepair(),
        Headings(),
    ]
