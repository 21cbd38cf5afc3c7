"""Hypothesis strategies for messy documents (public API; needs ``hypothesis``).

``messy_documents()`` draws a clean document (the truth) and a corrupted text
rendering of it, so that a property test can check that cleaning recovers it::

    from hypothesis import given
    from textclean.strategies import messy_documents
    import textclean

    @given(messy_documents())
    def test_recovers_the_body(m):
        assert textclean.clean(m.messy).paragraphs == m.clean.paragraphs

``unicode_text()`` draws text biased towards the characters that break cleaners.

Every corruption is also a plain function (``hard_wrap``, ``crlf``, ``mix_quotes``,
``mojibake``, ``nbsp``, ``placeholders``, ``break_paragraph``), so you can build
your own strategies from them.

>>> print(hard_wrap("one two three four five six", 10))
one two
three four
five six
>>> mojibake("“quoted”")
'â€œquotedâ€\\x9d'
>>> mix_quotes('"It\\'s here," she said', [True, True, True])
'“It’s here,” she said'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from hypothesis import strategies as st

from ._sentences import BOILERPLATE, NAMES, SENTENCES, SUBHEADINGS, TITLES
from .document import HEADING, PARAGRAPH, Block, Document

__all__ = [
    "CORRUPTIONS",
    "MessyDocument",
    "break_paragraph",
    "crlf",
    "hard_wrap",
    "messy_documents",
    "mix_quotes",
    "mojibake",
    "nbsp",
    "placeholders",
    "unicode_text",
]

#: Names of the corruptions ``messy_documents`` can apply.
CORRUPTIONS = (
    "hard-wrap",  # wrap paragraphs at a drawn width (40-120), some continuation lines indented
    "hyphenate",  # with hard-wrap: split long words at line ends with a hyphen
    "one-per-line",  # no blank lines between paragraphs (exclusive with hard-wrap)
    "crlf",  # CRLF or CR line endings
    "trailing-spaces",
    "quotes",  # straight quotes turned curly, some of them
    "mojibake",  # UTF-8 read as cp1252 for some paragraphs
    "nbsp",  # some spaces become non-breaking spaces
    "boilerplate",  # subscription, credit, related, share, cookie lines at top/middle/bottom
    "header",  # markdown title, byline, date line
    "repeated-title",  # the title printed several times at the top
    "placeholders",  # [word](#) link placeholders
    "url-lines",  # URL lines dumped between paragraphs
    "url-footer",  # "Original url:" + the article URL at the end
    "broken-paragraph",  # a paragraph split by a blank line mid-sentence
    "subheading",  # a subheading between paragraphs
    "front-matter",  # a YAML front matter or a reader service's Title:/URL Source: header on top
)


@dataclass(frozen=True)
class MessyDocument:
    """A corrupted text (``messy``) and the document it came from (``clean``)."""

    messy: str
    clean: Document
    corruptions: tuple[str, ...] = ()
    language: str = "en"
    notes: dict[str, object] = field(default_factory=dict)

    def __repr__(self) -> str:  # readable counterexamples
        return f"MessyDocument(corruptions={self.corruptions!r}, language={self.language!r},\n  messy={self.messy!r})"


# -- corruptions as plain functions ---------------------------------------------------------

def hard_wrap(text: str, width: int, *, hyphenate: Sequence[bool] = (), indent: Sequence[bool] = ()) -> str:
    """Greedy hard wrap at ``width``; ``hyphenate[i]`` splits the i-th overflowing long word
    with a line-end hyphen, ``indent[i]`` indents the i-th continuation line by one space."""
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    n_over = 0
    for w in words:
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        split_it = n_over < len(hyphenate) and hyphenate[n_over]
        n_over += 1
        room = width - len(cur) - 2  # space and hyphen
        if split_it and w.isalpha() and w.islower() and len(w) >= 8 and room >= 4:
            cut = min(room, len(w) - 4)
            lines.append(cur + " " + w[:cut] + "-")
            cur = w[cut:]
            continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    out = []
    for i, line in enumerate(lines):
        if i > 0 and i - 1 < len(indent) and indent[i - 1]:
            line = " " + line
        out.append(line)
    return "\n".join(out)


def crlf(text: str, *, cr_only: bool = False) -> str:
    """Windows (or old Mac) line endings."""
    return text.replace("\n", "\r" if cr_only else "\r\n")


def mix_quotes(text: str, which: Sequence[bool]) -> str:
    """Turn straight quotes curly; ``which[i]`` says whether the i-th quote character changes."""
    out: list[str] = []
    open_double = True
    k = 0
    for i, ch in enumerate(text):
        if ch == '"':
            change = k < len(which) and which[k]
            k += 1
            out.append(("“" if open_double else "”") if change else ch)
            open_double = not open_double
        elif ch == "'":
            change = k < len(which) and which[k]
            k += 1
            prev = text[i - 1] if i else " "
            out.append(("‘" if prev.isspace() else "’") if change else ch)
        else:
            out.append(ch)
    return "".join(out)


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252, done for real with encode/decode."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252")


def nbsp(text: str, which: Sequence[bool]) -> str:
    """Replace the i-th space by a non-breaking space where ``which[i]``."""
    parts = text.split(" ")
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        out += ("\u00a0" if i < len(which) and which[i] else " ") + p
    return out


def placeholders(text: str, which: Sequence[bool]) -> str:
    """Wrap the i-th plain word in a ``[word](#)`` link placeholder where ``which[i]``."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if i < len(which) and which[i] and w.isalpha():
            words[i] = f"[{w}](#)"
    return " ".join(words)


def break_paragraph(text: str, at: int) -> tuple[str, str] | None:
    """Split ``text`` before a lowercase word that follows a word without punctuation,
    choosing the ``at``-th such place; ``None`` if there is none."""
    words = text.split(" ")
    places = [
        i for i in range(2, len(words) - 1)
        if words[i][:1].islower() and words[i].isalpha() and words[i - 1].isalpha()
    ]
    if not places:
        return None
    i = places[at % len(places)]
    return " ".join(words[:i]), " ".join(words[i:])


# -- the strategies -----------------------------------------------------------------------

_DATE_FORMATS = ("{month} {day}, {year}", "{day} {month} {year}", "{year}-{m:02d}-{day:02d}", "Published: {month} {day}, {year}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@st.composite
def messy_documents(
    draw: st.DrawFn,
    *,
    corruptions: Sequence[str] | None = None,
    languages: Sequence[str] = ("en", "de", "es", "fr"),
    min_paragraphs: int = 1,
    max_paragraphs: int = 8,
    sentences: Sequence[str] | None = None,
) -> MessyDocument:
    """A clean document and a messy rendering of it.

    ``corruptions`` chooses from :data:`CORRUPTIONS` (default: all; each is then drawn on
    or off per example); ``languages`` picks the built-in sentence banks; ``sentences``
    replaces the bank with your own sentences (one language assumed).
    """
    allowed = set(CORRUPTIONS if corruptions is None else corruptions)
    unknown = allowed - set(CORRUPTIONS)
    if unknown:
        raise ValueError(f"unknown corruptions {sorted(unknown)}; choose from {CORRUPTIONS}")

    def on(name: str) -> bool:
        return name in allowed and draw(st.booleans(), label=name)

    lang = draw(st.sampled_from(list(languages)), label="language") if sentences is None else "en"
    bank = list(sentences) if sentences is not None else list(SENTENCES[lang])
    order = draw(st.permutations(range(len(bank))), label="sentence order")
    sizes = draw(st.lists(st.integers(1, 3), min_size=min_paragraphs, max_size=max_paragraphs), label="paragraph sizes")
    paras: list[str] = []
    pos = 0
    for n in sizes:
        if pos >= len(order):
            break
        paras.append(" ".join(bank[j] for j in order[pos:pos + n]))
        pos += n
    if not paras:
        paras = [bank[order[0]]]
    blocks = [Block(p, PARAGRAPH) for p in paras]
    if len(blocks) >= 2 and on("subheading"):
        sub = draw(st.sampled_from(SUBHEADINGS.get(lang, SUBHEADINGS["en"])), label="subheading")
        at = draw(st.integers(1, len(blocks) - 1), label="subheading position")
        blocks.insert(at, Block(sub, HEADING, level=2))

    applied: list[str] = []
    title = authors = date = url = None
    title_s: str | None = None
    author_list: list[str] = []
    header: list[str] = []
    if on("header"):
        applied.append("header")
        title_s = draw(st.sampled_from(TITLES.get(lang, TITLES["en"])), label="title")
        names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True), label="authors")
        author_list = list(names)
        caps = draw(st.booleans(), label="byline in capitals")
        shown = [n.upper() if caps else n for n in names]
        if draw(st.booleans(), label="byline as placeholder link") and len(names) == 1:
            byline = f"By [{shown[0]}](#)"
        else:
            byline = "By " + " and ".join(shown)
        d = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), label="date")
        fmt = draw(st.sampled_from(_DATE_FORMATS), label="date format")
        date_line = fmt.format(month=_MONTHS[d.month - 1], day=d.day, year=d.year, m=d.month)
        header = [f"# {title_s}", byline, date_line]
        date = d
    elif on("repeated-title"):
        applied.append("repeated-title")
        title_s = draw(st.sampled_from(TITLES.get(lang, TITLES["en"])), label="title")
        times = draw(st.integers(2, 3), label="title repeats")
        header = [title_s] * times
    if "repeated-title" in allowed and "header" in applied and draw(st.booleans(), label="repeat title too"):
        applied.append("repeated-title")
        header.insert(1, title_s or "")
    title = title_s
    authors = author_list

    body_units: list[str] = []
    for b in blocks:
        text = b.text
        if b.kind == PARAGRAPH:
            if "quotes" in allowed and ('"' in text or "'" in text) and draw(st.booleans(), label="curly quotes"):
                applied.append("quotes")
                text = mix_quotes(text, draw(st.lists(st.booleans(), max_size=8), label="which quotes"))
            if "placeholders" in allowed and draw(st.booleans(), label="placeholders"):
                applied.append("placeholders")
                text = placeholders(text, draw(st.lists(st.booleans(), max_size=12), label="which words"))
            if "nbsp" in allowed and draw(st.booleans(), label="nbsp"):
                applied.append("nbsp")
                text = nbsp(text, draw(st.lists(st.booleans(), max_size=12), label="which spaces"))
        body_units.append(text)
    if "broken-paragraph" in allowed and draw(st.booleans(), label="broken paragraph"):
        candidates = [i for i, b in enumerate(blocks) if b.kind == PARAGRAPH and "[" not in body_units[i]]
        if candidates:
            i = draw(st.sampled_from(candidates), label="which paragraph")
            halves = break_paragraph(body_units[i], draw(st.integers(0, 20), label="where"))
            if halves:
                applied.append("broken-paragraph")
                body_units[i:i + 1] = list(halves)

    links: list[str] = []
    slug = "story" if title_s is None else "-".join(w.lower() for w in title_s.split() if w.isalnum())[:60] or "story"
    if "url-lines" in allowed and len(body_units) >= 2 and draw(st.booleans(), label="url lines"):
        applied.append("url-lines")
        n = draw(st.integers(1, 2), label="how many urls")
        urls = [f"https://news.example.org/related/{slug}-{k}" for k in range(n)]
        links = list(urls)
        at = draw(st.integers(1, len(body_units) - 1), label="url position")
        # never between the halves of a broken paragraph
        body_units.insert(at, "\n".join(urls)) if not _between_halves(body_units, at) else body_units.append("\n".join(urls))

    footer: list[str] = []
    if "url-footer" in allowed and draw(st.booleans(), label="url footer"):
        applied.append("url-footer")
        d = date or dt.date(2024, 3, 4)
        url = f"https://news.example.org/{d.year}/{d.month:02d}/{d.day:02d}/{slug}"
        date = d
        footer = ["Original url:", f"<{url}>"]

    units = header + body_units
    if "boilerplate" in allowed and draw(st.booleans(), label="boilerplate"):
        applied.append("boilerplate")
        kinds = sorted(BOILERPLATE)
        picks = draw(st.lists(st.tuples(st.sampled_from(kinds), st.integers(0, 9), st.sampled_from(["top", "middle", "bottom"])),
                              min_size=1, max_size=3), label="boilerplate lines")
        for kind, k, where in picks:
            line = BOILERPLATE[kind][k % len(BOILERPLATE[kind])]
            if where == "top":
                units.insert(len(header), line)
            elif where == "middle" and len(body_units) >= 2 and not _between_halves(units, len(header) + 1):
                units.insert(len(header) + 1, line)
            else:
                units.append(line)
    units += footer

    layout = "blank"
    if "hard-wrap" in allowed and draw(st.booleans(), label="hard wrap"):
        layout = "wrap"
        applied.append("hard-wrap")
        width = draw(st.integers(40, 120), label="width")
        hyph = "hyphenate" in allowed and draw(st.booleans(), label="hyphenate")
        if hyph:
            applied.append("hyphenate")
        wrapped = []
        for u in units:
            if u.startswith("#") or u.startswith("<http") or "://" in u:
                wrapped.append(u)
                continue
            hy = draw(st.lists(st.booleans(), max_size=6), label="hyphen places") if hyph else []
            ind = draw(st.lists(st.booleans(), max_size=4), label="indents")
            wrapped.append(hard_wrap(u, width, hyphenate=hy, indent=ind))
        units = wrapped
    elif "one-per-line" in allowed and not header and not footer and draw(st.booleans(), label="one per line"):
        layout = "lines"
        applied.append("one-per-line")

    if "mojibake" in allowed and draw(st.booleans(), label="mojibake"):
        # mis-decoding happens after the text was laid out (it is how the bytes are read)
        which = draw(st.lists(st.booleans(), max_size=len(units)), label="which units")
        for i, flag in enumerate(which):
            if flag and not units[i].isascii() and "://" not in units[i]:
                units[i] = mojibake(units[i])
                if "mojibake" not in applied:
                    applied.append("mojibake")
    if on("front-matter"):
        # on top of everything: the metadata header of a static-site page or a reader service
        applied.append("front-matter")
        title, authors, date, url, top = _front_matter(draw, lang, title, authors, date, url, "header" in applied)
        units.insert(0, top)
    messy = ("\n" if layout == "lines" else "\n\n").join(units)
    if "trailing-spaces" in allowed and draw(st.booleans(), label="trailing spaces"):
        applied.append("trailing-spaces")
        messy = messy.replace("\n", "  \n")
    if "crlf" in allowed and draw(st.booleans(), label="crlf"):
        applied.append("crlf")
        messy = crlf(messy, cr_only=draw(st.booleans(), label="cr only"))

    truth = Document(title=title, authors=authors or [], date=date, url=url, links=links, blocks=blocks)
    return MessyDocument(messy=messy, clean=truth, corruptions=tuple(dict.fromkeys(applied)), language=lang)


def _front_matter(
    draw: st.DrawFn, lang: str, title: str | None, authors: list[str] | None, date: dt.date | None,
    url: str | None, headline_shown: bool,
) -> tuple[str, list[str], dt.date, str, str]:
    """A metadata header for ``messy_documents``: the (possibly new) title, authors, date and
    URL, and the header's text (YAML front matter, or a reader service's ``Title:`` /
    ``URL Source:`` / ``Published Time:`` lines up to ``Markdown Content:``)."""
    title = title or draw(st.sampled_from(TITLES.get(lang, TITLES["en"])), label="front matter title")
    d = date or draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), label="front matter date")
    slug = "-".join(w.lower() for w in title.split() if w.isalnum())[:60] or "story"
    url = url or f"https://news.example.org/{d.year}/{d.month:02d}/{d.day:02d}/{slug}"
    if draw(st.booleans(), label="yaml front matter"):
        names = list(authors or draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=2, unique=True),
                                     label="front matter authors"))
        if len(names) == 1 and draw(st.booleans(), label="author as a scalar"):
            author_line = f"author: {names[0]}"
        else:
            author_line = "authors:\n" + "\n".join(f"  - {n}" for n in names)
        q = "'" if '"' in title else '"'
        top = f"---\ntitle: {q}{title}{q}\n{author_line}\ndate: {d.isoformat()}\nurl: {url}\ntags: [news]\n---"
        return title, names, d, url, top
    # a reader service prints the page's <title>, with the site's name when the page shows the
    # headline (which tells the two apart), and the published time with its clock
    shown = f"{title} | Example News" if headline_shown and draw(st.booleans(), label="site suffix") else title
    when = dt.datetime(d.year, d.month, d.day, draw(st.integers(0, 23), label="hour"), 0, tzinfo=dt.UTC)
    top = f"Title: {shown}\n\nURL Source: {url}\n\nPublished Time: {when.isoformat()}\n\nMarkdown Content:"
    return title, list(authors or []), when, url, top


def _between_halves(units: list[str], at: int) -> bool:
    """True if inserting at ``at`` would separate a paragraph from its lowercase continuation."""
    return 0 < at < len(units) and units[at][:1].islower()


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
    """Text made of ordinary words mixed with characters and sequences that break cleaners:
    mojibake sequences, ``\\r``, zero-width and bidi marks, combining marks, lone surrogates,
    NBSP, markup debris."""
    piece = st.one_of(
        st.sampled_from(TRICKY),
        st.text(max_size=12),
        st.sampled_from(["word", "The", "end.", "said", "Baku", "govern-", "ment", " ", "  ", "\n"]),
    )
    return "".join(draw(st.lists(piece, max_size=max_pieces)))
