"""The cleaner contract and the :class:`Pipeline` that runs cleaners in order.

Every cleaner is a small object with a ``name`` and an ``apply(draft)`` method
that edits a :class:`Draft` in place: the body blocks, the metadata fields, and
the audit trail.  A pipeline is an ordered list of cleaners::

    >>> from textclean import Pipeline
    >>> p = Pipeline.default().without("quotes")
    >>> "quotes" in p.names
    False
    >>> p.clean("He said “hi”.").paragraphs
    ['He said “hi”.']
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .decode import decode
from .document import CODE, PARAGRAPH, RAW, Block, Document, Removal
from .textutil import strip_edge_marks

#: direction marks (LRM, RLM, ALM), which a block never starts or ends with
_DIRECTION_MARKS = "\u200e\u200f\u061c"
_DIRECTION_MARKS_WS = _DIRECTION_MARKS + " \t\n\r\x0b\x0c\xa0\u3000"


#: Language names users write for a code (English and native names of the shipped tables'
#: languages), and the retired ISO 639 codes that pages still carry.
_LANGUAGE_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "spanish": "es", "español": "es",
    "espanol": "es", "french": "fr", "français": "fr", "francais": "fr", "italian": "it",
    "italiano": "it", "portuguese": "pt", "português": "pt", "portugues": "pt", "dutch": "nl",
    "nederlands": "nl", "russian": "ru", "ukrainian": "uk", "polish": "pl", "polski": "pl",
    "czech": "cs", "čeština": "cs", "swedish": "sv", "svenska": "sv", "danish": "da", "dansk": "da",
    "norwegian": "nb", "norsk": "nb", "bokmål": "nb", "turkish": "tr", "türkçe": "tr", "greek": "el",
    "japanese": "ja", "chinese": "zh", "korean": "ko", "arabic": "ar", "hebrew": "he", "hindi": "hi",
    "indonesian": "id", "vietnamese": "vi", "tiếng việt": "vi",
    "iw": "he", "in": "id", "ji": "yi", "no": "nb",
}
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def normalize_language(language: str) -> str:
    """The language code for what a user or a page wrote: an ISO 639 code, a BCP 47 tag
    (``en-US``, ``pt_BR``, ``zh-Hant``: its language subtag), a language's name, or ``auto``.

    >>> normalize_language("en-US"), normalize_language("PT_br"), normalize_language("German")
    ('en', 'pt', 'de')
    >>> normalize_language("auto"), normalize_language("iw"), normalize_language("fi")
    ('auto', 'he', 'fi')
    >>> normalize_language("klingon!")
    Traceback (most recent call last):
    ValueError: unknown language 'klingon!': give a code such as 'en', 'de', 'pt-BR', or 'auto'
    """
    key = str(language).strip().lower().replace("_", "-")
    if key == "auto":
        return key
    if key in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[key]
    head = key.split("-", 1)[0]
    if _LANGUAGE_CODE.fullmatch(head):
        return _LANGUAGE_NAMES.get(head, head) if len(head) == 2 else head
    raise ValueError(f"unknown language {language!r}: give a code such as 'en', 'de', 'pt-BR', or 'auto'")


@dataclass
class Options:
    """Settings shared by all cleaners of one pipeline run.

    Language codes are normalised (:func:`normalize_language`: ``"en-US"`` and ``"English"``
    are ``"en"``); an unknown language raises ``ValueError``.
    """

    #: The document language ("auto": guessed per document from function words, English if unsure).
    language: str = "auto"
    #: Extra languages whose pattern tables are consulted as well ("auto" = all shipped).
    languages: tuple[str, ...] = ("auto",)

    def __post_init__(self) -> None:
        self.language = normalize_language(self.language)
        if isinstance(self.languages, str):
            self.languages = (self.languages,)
        self.languages = tuple(dict.fromkeys(normalize_language(lang) for lang in self.languages))


@dataclass
class Draft:
    """The document while it is being cleaned.

    Cleaners read and edit ``blocks`` and the metadata fields, and call
    :meth:`remove` / :meth:`record` so that nothing leaves silently.
    """

    blocks: list[Block]
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: Any = None
    links: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    options: Options = field(default_factory=Options)
    #: The document's language code (resolved from ``options.language``; see :meth:`Pipeline.draft`).
    language: str = "en"
    #: What the blocks were read from: ``"text"`` (plain text, markdown, a page dump: the layout
    #: cleaner structures it) or ``"html"`` (blocks from a page's markup, see
    #: :func:`textclean.clean_html`).  Cleaners whose evidence differs between the two (the
    #: end of an e-mail or a press release is a plain text's last lines; a page's markup says
    #: where its article ends) read this, not which other cleaners have run.
    source: str = "text"
    #: Per-cleaner counters (removals and seconds), filled in by the pipeline.
    stats: dict[str, dict[str, float]] = field(default_factory=dict)
    #: The cleaners that have run on this draft, by name, as the pipeline configured them: a
    #: cleaner that changes text an earlier one has read (paragraph repair joining blocks) runs
    #: that one again with the user's settings, not with its defaults.
    ran: dict[str, Cleaner] = field(default_factory=dict, repr=False)

    def record(self, cleaner: str, reason: str, text: str, line: int | None = None) -> None:
        """Record that ``text`` was removed or moved to metadata."""
        if text.strip():
            self.removed.append(Removal(cleaner, reason, text, line))

    def remove(self, block: Block, cleaner: str, reason: str) -> None:
        """Record ``block`` as removed; the caller drops it from ``blocks``."""
        self.record(cleaner, reason, block.text, block.line)

    def add_link(self, url: str) -> None:
        """Add ``url`` to ``links`` unless it is already there or is the document's own URL."""
        url = url.strip()
        if url and url not in self.links and url != self.url:
            self.links.append(url)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_document(self) -> Document:
        links = [u for u in self.links if u != self.url]
        return Document(
            title=self.title,
            authors=list(self.authors),
            date=self.date,
            url=self.url,
            links=links,
            blocks=[b for b in self.blocks if b.text],
            removed=list(self.removed),
            warnings=list(self.warnings),
            extra=dict(self.extra),
        )


class Cleaner:
    """Base class for cleaners.

    Subclasses set ``name`` (a short kebab-case identifier used by
    :meth:`Pipeline.without` and in ``Removal.cleaner``) and implement
    :meth:`apply`.  Cleaners must be pure functions of the draft: no global
    state, no I/O, picklable.
    """

    name: str = "cleaner"

    def apply(self, draft: Draft) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({params})"


class TextCleaner(Cleaner):
    """A cleaner that maps each block's text through :meth:`fix` (a ``str -> str``); code
    blocks (kind ``code``) are kept verbatim."""

    def fix(self, text: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def apply(self, draft: Draft) -> None:
        fix = self.fix
        for block in draft.blocks:
            if block.kind != CODE:
                block.text = fix(block.text)


class FunctionCleaner(TextCleaner):
    """Wrap a plain ``str -> str`` function as a named cleaner.

    >>> shout = FunctionCleaner("shout", str.upper)
    >>> Pipeline([shout]).clean("quiet words").paragraphs
    ['QUIET WORDS']
    """

    def __init__(self, name: str, func: Callable[[str], str]) -> None:
        self.name = name
        self.func = func

    def fix(self, text: str) -> str:
        return self.func(text)


def cleaner_name(c: Cleaner) -> str:
    return str(c.name)


CleanerLike = Cleaner | Callable[[str], str]


def _as_cleaner(c: CleanerLike) -> Cleaner:
    if isinstance(c, Cleaner):
        return c
    if callable(c):
        return FunctionCleaner(getattr(c, "__name__", "custom"), c)
    raise TypeError(f"not a cleaner: {c!r}")


def split_chunks(text: str) -> list[Block]:
    """Split decoded text into raw chunks separated by blank lines.

    >>> [(b.text, b.line) for b in split_chunks("a\\nb\\n\\n\\nc")]
    [('a\\nb', 1), ('c', 5)]
    """
    blocks: list[Block] = []
    current: list[str] = []
    start = 1
    lineno = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = lineno
            current.append(line)
        elif current:
            blocks.append(Block("\n".join(current), RAW, start))
            current = []
    if current:
        blocks.append(Block("\n".join(current), RAW, start))
    del lineno
    return blocks


class Pipeline:
    """An ordered list of cleaners.

    Build one with :meth:`default` and adapt it with :meth:`without`,
    :meth:`insert`, :meth:`replace` and :meth:`configure`; every method returns
    a new pipeline, so a configured pipeline can be shared between threads and
    pickled to worker processes.
    """

    def __init__(self, cleaners: Iterable[CleanerLike] = (), *, options: Options | None = None):
        self.cleaners: tuple[Cleaner, ...] = tuple(_as_cleaner(c) for c in cleaners)
        self.options = options or Options()

    # -- construction -------------------------------------------------
    @classmethod
    def default(
        cls,
        *,
        quotes: str = "straight",
        language: str = "auto",
        extra_patterns: Sequence[tuple[str, str]] = (),
        enable: Sequence[str] = (),
    ) -> Pipeline:
        """The default pipeline used by :func:`textclean.clean`.

        ``quotes`` is ``"straight"`` (ASCII, the default), ``"curly"`` or ``"keep"``.
        ``extra_patterns`` adds ``(reason, regex)`` boilerplate line patterns.
        ``enable`` adds optional cleaners, off by default, at their places
        (``["width"]``: full-width letters and digits to ASCII; see
        :data:`textclean.cleaners.OPTIONAL_CLEANERS`).
        """
        from .cleaners import default_cleaners

        return cls(
            default_cleaners(quotes=quotes, extra_patterns=extra_patterns, enable=enable),
            options=Options(language=language),
        )

    @property
    def names(self) -> list[str]:
        return [cleaner_name(c) for c in self.cleaners]

    def __iter__(self) -> Iterator[Cleaner]:
        return iter(self.cleaners)

    def __len__(self) -> int:
        return len(self.cleaners)

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    def _index(self, name: str) -> int:
        for i, c in enumerate(self.cleaners):
            if cleaner_name(c) == name:
                return i
        raise KeyError(f"no cleaner named {name!r}; the pipeline has {self.names}")

    def get(self, name: str) -> Cleaner:
        return self.cleaners[self._index(name)]

    def without(self, *names: str) -> Pipeline:
        """A copy without the named cleaners (unknown names raise ``KeyError``)."""
        for n in names:
            self._index(n)
        return Pipeline([c for c in self.cleaners if cleaner_name(c) not in names], options=self.options)

    def insert(
        self, cleaner: CleanerLike, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A copy with ``cleaner`` added before/after a named one (at the end by default)."""
        items = list(self.cleaners)
        c = _as_cleaner(cleaner)
        if before is not None:
            items.insert(self._index(before), c)
        elif after is not None:
            items.insert(self._index(after) + 1, c)
        else:
            items.append(c)
        return Pipeline(items, options=self.options)

    def append(self, cleaner: CleanerLike) -> Pipeline:
        return self.insert(cleaner)

    def replace(self, name: str, cleaner: CleanerLike) -> Pipeline:
        items = list(self.cleaners)
        items[self._index(name)] = _as_cleaner(cleaner)
        return Pipeline(items, options=self.options)

    def configure(self, name: str, **options: Any) -> Pipeline:
        """A copy where the named cleaner is rebuilt with new keyword options.

        >>> Pipeline.default().configure("quotes", style="curly").get("quotes")
        Quotes(style='curly')
        """
        old = self.get(name)
        params = {k: v for k, v in vars(old).items() if not k.startswith("_")}
        params.update(options)
        return self.replace(name, type(old)(**params))

    def with_options(self, **options: Any) -> Pipeline:
        opts = Options(**{**vars(self.options), **options})
        return Pipeline(self.cleaners, options=opts)

    # -- running ------------------------------------------------------
    def draft(self, data: str | bytes | None, *, url: str | None = None) -> Draft:
        """Decode ``data`` and split it into raw chunks (the first stage of :meth:`clean`)."""
        text, warnings = decode(data)
        draft = Draft(blocks=split_chunks(text), url=url or None, options=self.options)
        for w in warnings:
            draft.warn(w)
        self._resolve_language(draft, text)
        return draft

    def _resolve_language(self, draft: Draft, text: str) -> None:
        lang = self.options.language
        if lang == "auto":
            from .language import detect_language

            lang = detect_language(text) or "en"
        else:
            from .patterns import LANGUAGES

            if lang not in LANGUAGES:
                draft.warn(f"no pattern table for language {lang!r}: the rules of every table are used")
        draft.language = lang
        draft.extra.setdefault("language", lang)

    def languages(self, draft: Draft) -> tuple[str, ...]:
        return (*self.options.languages, draft.language)

    def run(self, draft: Draft, *, timed: bool = False) -> Draft:
        """Run every cleaner on ``draft`` in order."""
        for cleaner in self.cleaners:
            name = cleaner_name(cleaner)
            before = len(draft.removed)
            t0 = time.perf_counter() if timed else 0.0
            try:
                cleaner.apply(draft)
            except Exception as exc:  # a buggy custom cleaner must not lose the document
                draft.warn(f"cleaner {name!r} failed and was skipped: {type(exc).__name__}: {exc}")
            draft.ran[name] = cleaner
            st = draft.stats.get(name)
            if st is None:
                st = draft.stats[name] = {"removed": 0, "seconds": 0.0}
            st["removed"] += len(draft.removed) - before
            if timed:
                st["seconds"] += time.perf_counter() - t0
        # Whatever is still raw after the pipeline becomes plain paragraphs; blocks never
        # start or end with white space (or with a direction mark that a later cleaner brought
        # to the edge, "**\u200fx**" reduced to "\u200fx": ``control-chars`` takes such marks
        # on the next cleaning, so the output must not hold them).
        for b in draft.blocks:
            if b.kind == RAW:
                b.kind = PARAGRAPH
            # (a code block keeps the indentation of its first line)
            if b.kind == CODE:
                b.text = b.text.rstrip().lstrip("\n")
            else:
                t = b.text.strip()
                if t[:1] in _DIRECTION_MARKS or t[-1:] in _DIRECTION_MARKS:
                    t = t.strip(_DIRECTION_MARKS_WS)
                if "\n" in t:
                    t = strip_edge_marks(t)
                b.text = t
        return draft

    def clean(self, data: str | bytes | None, *, url: str | None = None) -> Document:
        """Clean one document (text or bytes) and return a :class:`Document`."""
        return self.run(self.draft(data, url=url)).to_document()

    def clean_blocks(
        self, blocks: Iterable[Block], *, url: str | None = None, draft: Draft | None = None,
        source: str = "html",
    ) -> Document:
        """Clean pre-structured blocks (e.g. from the HTML extractor) with this pipeline.

        ``source`` is :attr:`Draft.source` of a new draft (``"text"`` for blocks split from
        plain text, whose last lines may be an e-mail signature); a given ``draft`` keeps its own.
        """
        d = draft or Draft(blocks=[], url=url, options=self.options, source=source)
        d.blocks = list(blocks)
        if url and not d.url:
            d.url = url
        self._resolve_language(d, "\n".join(b.text for b in d.blocks[:50]))
        return self.run(d).to_document()
