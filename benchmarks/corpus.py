"""Deterministic benchmark corpora: seed-like news text, a mojibake variant, HTML pages.

Nothing here is random between runs: a corpus is a pure function of its size and seed,
so that every tool of a run (and every run of a week) sees the same documents.

* :func:`text_corpus` builds seed-like news articles from the seed files in
  ``tests/fixtures/seeds`` (their paragraphs, shuffled and recombined) and from the
  sentence banks and corruption functions behind :mod:`textclean.strategies` (hard
  wraps, curly quotes, non-breaking spaces, ``[word](#)`` placeholders, boilerplate
  lines, bylines, dates, URL footers), with the messiness of the seeds.
* :func:`mojibake_corpus` is the same documents encoded as UTF-8 and decoded as
  Windows-1252 for real (the browsers' "sloppy" variant, so every byte maps).
* :func:`html_pages` reads the article-extraction pages from the shared benchmark data
  by path (never copied into the project); ``None`` when the folder is absent.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks"
MB = 1_000_000


@dataclass
class Corpus:
    """Documents of one kind, as ``str`` and as the UTF-8 bytes a file would hold."""

    name: str
    texts: list[str]
    urls: list[str | None] = field(default_factory=list)
    #: Reference text per document (HTML ground truth), when there is one.
    truth: list[str] = field(default_factory=list)
    raw: list[bytes] = field(default_factory=list)
    note: str = ""

    def __post_init__(self) -> None:
        if not self.raw:
            self.raw = [t.encode("utf-8") for t in self.texts]
        if not self.urls:
            self.urls = [None] * len(self.texts)

    @property
    def n_bytes(self) -> int:
        return sum(len(b) for b in self.raw)

    @property
    def mb(self) -> float:
        return self.n_bytes / MB

    def __len__(self) -> int:
        return len(self.raw)


# -- building blocks ----------------------------------------------------------------------


def _seed_paragraphs() -> tuple[list[str], list[str]]:
    """(headers, body paragraphs) of the seed files, split at blank lines."""
    headers: list[str] = []
    body: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        chunks = [c.strip("\n") for c in path.read_text(encoding="utf-8").split("\n\n") if c.strip()]
        # The first chunks of a seed are its title, byline and date lines.
        headers.extend(chunks[:3])
        body.extend(chunks[3:])
    return headers, body


@dataclass(frozen=True)
class _Bank:
    sentences: dict[str, tuple[str, ...]]
    titles: dict[str, tuple[str, ...]]
    names: tuple[str, ...]
    subheadings: dict[str, tuple[str, ...]]
    boilerplate: dict[str, tuple[str, ...]]


def _bank() -> _Bank | None:
    """The sentence banks of :mod:`textclean.strategies` (``None`` if the module lacks them)."""
    try:
        from textclean import _sentences as s
    except ImportError:
        return None
    return _Bank(s.SENTENCES, s.TITLES, tuple(s.NAMES), s.SUBHEADINGS, s.BOILERPLATE)


def _corruptions() -> dict[str, Callable[..., str]]:
    """The plain corruption functions of :mod:`textclean.strategies` (needs hypothesis)."""
    try:
        from textclean import strategies
    except ImportError:  # hypothesis is a dev dependency
        return {}
    return {name: getattr(strategies, name) for name in ("hard_wrap", "mix_quotes", "nbsp", "placeholders")
            if hasattr(strategies, name)}


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LANG_WEIGHTS = (("en", 70), ("de", 10), ("es", 10), ("fr", 10))
# Non-ASCII that real news text carries (and that mojibake turns into Ã/â€ pairs).
_FLAVOUR = ("“", "”", "’", "—", "–", "…", "é", "ü", "ñ", "ç", "€", "£", "\u00a0")


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.headers, self.seed_body = _seed_paragraphs()
        self.bank = _bank()
        self.fx = _corruptions()

    def _lang(self) -> str:
        return self.rng.choices([lang for lang, _ in _LANG_WEIGHTS], [w for _, w in _LANG_WEIGHTS])[0]

    def _flavour(self, text: str) -> str:
        """Sprinkle typographic characters into some sentences (curly quotes, dashes, accents)."""
        rng = self.rng
        if rng.random() < 0.2:
            text = text.replace(", ", " — ", 1)
        if rng.random() < 0.3:
            words = text.split(" ")
            i = rng.randrange(len(words))
            words[i] = words[i] + rng.choice(_FLAVOUR[4:12])
            text = " ".join(words)
        return text

    def paragraph(self, lang: str) -> str:
        rng = self.rng
        if self.bank is None or rng.random() < 0.35:
            return rng.choice(self.seed_body) if self.seed_body else "A paragraph of news text."
        bank = self.bank.sentences.get(lang) or self.bank.sentences["en"]
        text = " ".join(self._flavour(rng.choice(bank)) for _ in range(rng.randint(2, 5)))
        fx = self.fx
        if "mix_quotes" in fx and ('"' in text or "'" in text) and rng.random() < 0.6:
            text = fx["mix_quotes"](text, [rng.random() < 0.8 for _ in range(12)])
        if "placeholders" in fx and rng.random() < 0.25:
            text = fx["placeholders"](text, [rng.random() < 0.1 for _ in range(40)])
        if "nbsp" in fx and rng.random() < 0.2:
            text = fx["nbsp"](text, [rng.random() < 0.1 for _ in range(40)])
        return text

    def document(self) -> str:
        rng = self.rng
        lang = self._lang()
        units: list[str] = []
        if self.bank is not None and rng.random() < 0.7:
            title = rng.choice(self.bank.titles.get(lang) or self.bank.titles["en"])
            names = rng.sample(self.bank.names, rng.randint(1, 2))
            units.append(f"# {title}")
            units.append("By " + (f"[{names[0]}](#)" if len(names) == 1 and rng.random() < 0.5 else " and ".join(names)))
            units.append(f"{_MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, {rng.randint(2005, 2025)}")
        elif self.headers:
            start = 3 * rng.randrange(max(1, len(self.headers) // 3))
            units.extend(self.headers[start : start + 3])
        n = rng.randint(6, 16)
        body = [self.paragraph(lang) for _ in range(n)]
        if self.bank is not None:
            for _ in range(rng.randint(0, 3)):
                kind = rng.choice(sorted(self.bank.boilerplate))
                body.insert(rng.randrange(len(body) + 1), rng.choice(self.bank.boilerplate[kind]))
            if rng.random() < 0.3:
                subs = self.bank.subheadings.get(lang) or self.bank.subheadings["en"]
                body.insert(rng.randrange(1, len(body)), rng.choice(subs))
        if "hard_wrap" in self.fx and rng.random() < 0.3:
            width = rng.randint(60, 100)
            body = [self.fx["hard_wrap"](p, width, hyphenate=[rng.random() < 0.2 for _ in range(6)])
                    if "://" not in p else p for p in body]
        units.extend(body)
        if rng.random() < 0.4:
            slug = "-".join(units[0].lstrip("# ").lower().split()[:6]) if units else "story"
            units += ["Original url:", f"<https://news.example.org/{rng.randint(2005, 2025)}/{slug}>"]
        sep = "\n\n" if rng.random() < 0.85 else "\n\n\n"
        return sep.join(units) + "\n"


def documents(target_bytes: int, seed: int = 6) -> list[str]:
    """Seed-like news documents (about 2-10 kB each) until ``target_bytes`` of UTF-8."""
    gen = _Generator(seed)
    docs: list[str] = []
    total = 0
    while total < target_bytes:
        d = gen.document()
        docs.append(d)
        total += len(d.encode("utf-8"))
    return docs


def text_corpus(size_mb: float, seed: int = 6) -> Corpus:
    """The seed-like news corpus of about ``size_mb`` MB (1 MB = 10^6 bytes of UTF-8)."""
    docs = documents(int(size_mb * MB), seed)
    return Corpus("seed-like text", docs, note=f"{len(docs)} generated news documents (seed {seed})")


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (browser-style: the 5 undefined bytes map to C1 controls)."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    return text.encode("utf-8").decode("sloppy-windows-1252")


def mojibake_corpus(base: Corpus) -> Corpus:
    """Every document of ``base`` mis-decoded as cp1252 (ASCII-only documents stay as they are)."""
    docs = [mojibake(t) for t in base.texts]
    broken = sum(1 for a, b in zip(base.texts, docs, strict=True) if a != b)
    return Corpus("mojibake", docs, note=f"the same documents read as cp1252 ({broken}/{len(docs)} changed)")


def one_document(size_mb: float, seed: int = 6) -> str:
    """One long document of about ``size_mb`` MB: many articles' paragraphs in a row."""
    parts = documents(int(size_mb * MB), seed)
    return "\n\n".join(p.strip("\n") for p in parts) + "\n"


def html_pages(data: Path = DEFAULT_DATA, *, limit: int | None = None, stride: int = 1) -> Corpus | None:
    """The article-extraction pages (gzip HTML) with ground truth; ``None`` when absent.

    ``stride`` takes every n-th page (sorted by id) so that a subset stays representative.
    """
    folder = Path(data) / "article-extraction"
    files = sorted((folder / "html").glob("*.html.gz")) if (folder / "html").is_dir() else []
    if not files:
        return None
    truth_path = folder / "ground-truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else {}
    files = files[:: max(1, stride)]
    if limit is not None:
        files = files[:limit]
    raw: list[bytes] = []
    urls: list[str | None] = []
    refs: list[str] = []
    for f in files:
        raw.append(gzip.decompress(f.read_bytes()))
        entry = truth.get(f.name.removesuffix(".html.gz"), {})
        urls.append(entry.get("url"))
        refs.append(entry.get("articleBody", ""))
    texts = [b.decode("utf-8", "replace") for b in raw]
    return Corpus("article-extraction HTML", texts, urls=urls, truth=refs, raw=raw,
                  note=f"{len(raw)} pages of {folder}")


def sizes(values: Sequence[float]) -> str:
    return ", ".join(f"{v:g} MB" for v in values)
