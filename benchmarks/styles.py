"""Layout faults on real text: render reference articles with the seeds' faults and clean them.

The reference articles (paragraphs and subheadings, no boilerplate) are read at run time from
the shared benchmark folder: the fundus set (``body.summary`` and ``body.sections``, one
article per parser version, ~40 countries) and the article-extraction ground truth
(``articleBody``). Nothing is copied into the project.

Each article is rendered deterministically (a ``random.Random`` seeded by the article's key)
in several styles, cleaned with :func:`textclean.clean`, and the output paragraphs are compared
with the reference normalised as ``score_gold.py`` does (quotes straightened, white space
collapsed):

- ``plain``: paragraphs separated by a blank line, no fault (the baseline: what is lost here is
  not a layout fault: a boilerplate rule, a title taken from the body ...);
- ``wrapped``: hard-wrapped at a width drawn per article (40-110 columns), long words hyphenated
  at the line end (the hyphen is not part of the word), hyphenated compounds broken at their own
  hyphen (it is), a blank line between paragraphs;
- ``wrapped-indent``: the same without blank lines, each paragraph's first line indented;
- ``wrapped-tight``: no blank lines and no indent: only the short last line tells;
- ``per-line``: one paragraph per line, no blank lines (seed 002);
- ``stray-blank``: some paragraphs broken mid-sentence by a blank line (seed 000);
- ``chars``: non-breaking spaces, mixed curly and straight quotes, misplaced quote spacing
  (``“urges ”Baku``), ``[word](#)`` placeholders (seeds 000/001/003/004);
- ``mixed``: ``chars`` with ``wrapped`` or ``per-line`` and stray blank lines.

Usage::

    .venv/bin/python -m benchmarks.styles [--data ../shared/benchmarks] [--verbose] [--style S] [--limit N]
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"

# the normalisation of ../shared/tools/score_gold.py
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
)


def norm(text: str) -> str:
    """Straighten quotes and collapse white space, as the gold scorer does.

    >>> norm("“a”\\u00a0 b ")
    '"a" b'
    """
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


@dataclass
class Article:
    key: str
    lang: str
    title: str | None
    # (text, is_subheading)
    blocks: list[tuple[str, bool]]

    @property
    def paragraphs(self) -> list[str]:
        return [t for t, _ in self.blocks]


# ---------------------------------------------------------------- reading the references


def _clean_block(text: str) -> str:
    # NFC: some references are decomposed, and textclean composes (not a layout fault)
    return re.sub(r"[ \t\r\n\u2028\u2029]+", " ", unicodedata.normalize("NFC", text)).strip()


def fundus_articles(data: Path) -> list[Article]:
    root = data / "fundus" / "tests" / "resources" / "parser" / "test_data"
    if not root.is_dir():
        return []
    out: list[Article] = []
    seen: set[str] = set()
    for country in sorted(p for p in root.iterdir() if p.is_dir()):
        for ref_path in sorted(country.glob("*.json")):
            refs = json.loads(ref_path.read_text())
            for version in sorted(refs):
                ref = refs[version]
                body = ref.get("body") or {}
                blocks: list[tuple[str, bool]] = [(_clean_block(p), False) for p in body.get("summary") or []]
                for sec in body.get("sections") or []:
                    blocks += [(_clean_block(h), True) for h in sec.get("headline") or []]
                    blocks += [(_clean_block(p), False) for p in sec.get("paragraphs") or []]
                blocks = [(t, h) for t, h in blocks if t]
                sig = "\n".join(t for t, _ in blocks)
                if len(blocks) < 2 or sig in seen:
                    continue
                seen.add(sig)
                title = ref.get("title")
                out.append(Article(f"{country.name}/{ref_path.stem}/{version}", country.name, _clean_block(title) if title else None, blocks))
    return out


def extraction_articles(data: Path) -> list[Article]:
    path = data / "article-extraction" / "ground-truth.json"
    if not path.exists():
        return []
    from textclean.language import detect_language, script_language

    out = []
    for key, ref in sorted(json.loads(path.read_text()).items()):
        paras = [_clean_block(p) for p in (ref.get("articleBody") or "").split("\n")]
        paras = [p for p in paras if p]
        if len(paras) < 2:
            continue
        text = " ".join(paras)
        lang = detect_language(text) or script_language(text) or "?"
        out.append(Article(f"ae/{key[:12]}", f"ae-{lang}", None, [(p, False) for p in paras]))
    return out


# ---------------------------------------------------------------- rendering the faults


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def columns(text: str) -> int:
    return sum(2 if _wide(c) else 1 for c in text)


# a Chinese or Japanese character is a token of its own: a line may break between any two of them
# (Korean is written with spaces and wraps at them); punctuation stays with what it follows
_CJ = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJ_OPEN = "「『（【《〈〔“‘"
_CJ_CLOSE = "、。，．！？」』）〕】》〉：；…”’"
_TOKEN = re.compile(
    rf"[{_CJ_OPEN}]*[{_CJ}](?:[{_CJ_CLOSE}]|[^\w\s{_CJ}])*|[^\s{_CJ}]+?(?=[{_CJ_OPEN}]*[{_CJ}]|\s|$)(?:[{_CJ_CLOSE}]|[^\w\s{_CJ}])*"
)
_WORD_SPLIT = re.compile(r"^([^\W\d_]{3,})([^\W\d_]{3,})([^\w]*)$")


def wrap(text: str, width: int, rng: random.Random, hyphenate: float = 0.5, indent: int = 0) -> list[str]:
    """Hard-wrap ``text`` at ``width`` columns, hyphenating some long words at the line end.

    A word split at the line end gets a hyphen that is not part of it; a compound breaks at its
    own hyphen, which stays. Wide (CJK) characters break anywhere and join without a space.

    >>> wrap("one two three four five", 10, random.Random(1))
    ['one two', 'three four', 'five']
    >>> wrap("a well-known thing", 9, random.Random(1), hyphenate=0)
    ['a well-', 'known', 'thing']
    """
    tokens: list[tuple[str, bool]] = []  # (token, space before)
    pos = 0
    for m in _TOKEN.finditer(text):
        tokens.append((m.group(), m.start() > pos))
        pos = m.end()
    lines: list[str] = []
    cur = " " * indent
    for tok, space in tokens:
        sep = " " if space and cur.strip() else ""
        if not cur.strip() or columns(cur + sep + tok) <= width:
            cur += sep + tok
            continue
        room = width - columns(cur + sep) - 1
        # a compound at its own hyphen
        hy = tok.find("-", 1)
        if 0 < hy < len(tok) - 2 and hy <= room and tok[hy - 1].isalpha() and tok[hy + 1].isalpha():
            lines.append(cur + sep + tok[: hy + 1])
            cur = tok[hy + 1 :]
            continue
        w = _WORD_SPLIT.match(tok)
        if w and len(tok) >= 8 and room >= 3 and rng.random() < hyphenate:
            cut = rng.randint(3, min(room, len(w.group(1) + w.group(2)) - 3))
            lines.append(cur + sep + tok[:cut] + "-")
            cur = tok[cut:]
            continue
        lines.append(cur)
        cur = tok
    if cur:
        lines.append(cur)
    return lines


def _stray_break(text: str, rng: random.Random) -> tuple[str, str] | None:
    """Split a paragraph mid-sentence before a lowercase word (or after a CJK comma)."""
    cands = [m.start() for m in re.finditer(r"(?<=[^\W\d_,;:.!?…]) (?=[^\W\d_])", text) if text[m.start() + 1].islower()]
    cands += [m.end() for m in re.finditer(r"[，、]", text)]
    cands = [c for c in cands if 20 <= c <= len(text) - 20]
    if not cands:
        return None
    cut = rng.choice(cands)
    return text[:cut].rstrip(), text[cut:].lstrip()


_DQ = re.compile(r'"([^"\n]{1,200})"')


def char_faults(text: str, rng: random.Random) -> str:
    """Non-breaking spaces, mixed quotes, misplaced quote spacing, ``[word](#)`` placeholders.

    Every change is one the reference's normalisation undoes, or one the cleaner must undo.
    """
    # quotes: straight ones become curly in some paragraphs, curly ones straight in others
    r = rng.random()
    if r < 0.4:
        text = _DQ.sub(lambda m: f"“{m.group(1)}”", text)
        text = re.sub(r"(?<=[^\W\d_])'(?=[^\W\d_])", "’", text)
    elif r < 0.6:
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    # a misplaced space at a closing quote: “urges” Baku -> “urges ”Baku
    if rng.random() < 0.3:
        text = re.sub(r"(?<=\w)” (?=\w)", lambda m: " ”" if rng.random() < 0.5 else "” ", text)
    # link placeholders on some words
    words = list(re.finditer(r"(?<![\[\w])[^\W\d_]{4,}(?![\w\]])", text))
    picks = sorted(rng.sample(words, min(len(words), rng.randint(0, 2))), key=lambda m: m.start()) if words and rng.random() < 0.5 else []
    for m in reversed(picks):
        text = text[: m.start()] + f"[{m.group()}](#)" + text[m.end() :]
    # non-breaking spaces: after short words and numbers, and before % and units
    if rng.random() < 0.5:
        text = re.sub(r"(\b\w{1,3}) (?=\w)", lambda m: m.group(1) + ("\u00a0" if rng.random() < 0.3 else " "), text)
    return text


def render(article: Article, style: str) -> str:
    """The article's body in ``style`` (deterministic: the generator is seeded by the key)."""
    rng = random.Random(zlib.crc32(f"{article.key}|{style}".encode()))
    blocks = list(article.blocks)
    if style in ("chars", "mixed"):
        blocks = [(char_faults(t, rng), h) for t, h in blocks]
    base = style
    if style == "mixed":
        base = rng.choice(["wrapped", "per-line", "wrapped-tight"])
    parts: list[str] = []
    if style in ("stray-blank", "mixed"):
        split: list[tuple[str, bool]] = []
        for t, h in blocks:
            cut = None if h or rng.random() > 0.3 else _stray_break(t, rng)
            split += [(cut[0], h), (cut[1], h)] if cut else [(t, h)]
        blocks = split
        if style == "mixed" and base != "wrapped":
            # the stray blank line still needs a blank line around it
            base = "wrapped" if base == "wrapped-tight" else "per-line-blank"
    head = [article.title] if article.title else []
    if base.startswith("wrapped"):
        width = rng.randint(40, 110)
        for t, h in blocks:
            indent = 4 if base == "wrapped-indent" and not h else 0
            lines = wrap(t, width, rng, hyphenate=0 if h else 0.5, indent=indent)
            parts.append("\n".join(lines))
        sep = "\n\n" if base == "wrapped" else "\n"
        return "\n\n".join([*head, sep.join(parts)])
    if base == "per-line":
        return "\n\n".join([*head, "\n".join(t for t, _ in blocks)])
    if base == "per-line-blank":
        return "\n\n".join([*head, "\n".join(t for t, _ in blocks)])
    return "\n\n".join(head + [t for t, _ in blocks])


STYLES = ("plain", "wrapped", "wrapped-indent", "wrapped-tight", "per-line", "stray-blank", "chars", "mixed")


# ---------------------------------------------------------------- scoring

_SHINGLE_TOKEN = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\u0e00-\u0e7f]|\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _SHINGLE_TOKEN.findall(norm(text).lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def shingle_f1(pred: str, gold: str) -> float:
    p, g = shingles(pred), shingles(gold)
    if not p or not g:
        return 1.0 if p == g else 0.0
    tp = sum((p & g).values())
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


@dataclass
class Score:
    hits: int = 0  # reference paragraphs found exactly
    ref: int = 0
    out_hits: int = 0  # output paragraphs that are reference paragraphs
    out: int = 0
    f1: float = 0.0
    n: int = 0

    def add(self, other: Score) -> None:
        for k in ("hits", "ref", "out_hits", "out", "n"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.f1 += other.f1

    @property
    def recall(self) -> float:
        return self.hits / max(1, self.ref)

    @property
    def precision(self) -> float:
        return self.out_hits / max(1, self.out)


def score(out_paras: list[str], ref_paras: list[str]) -> Score:
    """Exact paragraph precision/recall (normalised) and the 4-gram shingle F1 of the whole text.

    >>> s = score(["A b.", "c d"], ["A b.", "c d e"])
    >>> (s.hits, s.ref, s.out_hits, s.out)
    (1, 2, 1, 2)
    """
    outp = [norm(p) for p in out_paras]
    refp = [norm(p) for p in ref_paras]
    outc, refc = Counter(outp), Counter(refp)
    both = sum((outc & refc).values())
    return Score(both, len(refp), both, len(outp), shingle_f1(" ".join(outp), " ".join(refp)), 1)


@dataclass
class Result:
    article: Article
    style: str
    out: list[str]
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    s: Score = field(default_factory=Score)


def run_one(article: Article, style: str, clean: Callable[[str], object] | None = None) -> Result:
    import textclean

    doc: object = (clean or textclean.clean)(render(article, style))
    paras: list[str] = list(getattr(doc, "paragraphs", []))
    title = getattr(doc, "title", None)
    if article.title and paras and norm(paras[0]) == norm(article.title):
        paras = paras[1:]
    removed = [(r.cleaner, r.reason, r.text) for r in getattr(doc, "removed", [])]
    ref = article.paragraphs
    if title and not article.title and norm(title) in {norm(p) for p in ref}:
        # the body's first line was taken as the title: count it as kept (not a layout fault)
        paras = [title, *paras]
    return Result(article, style, paras, removed, score(paras, ref))


def lost_to(results: Iterable[Result]) -> Counter[str]:
    """Which cleaner removed text that was a reference paragraph (or part of one)."""
    c: Counter[str] = Counter()
    for r in results:
        refs = " \n ".join(norm(p) for p in r.article.paragraphs)
        outs = " \n ".join(norm(p) for p in r.out)
        for cleaner, reason, text in r.removed:
            t = norm(text)
            if len(t) >= 12 and t in refs and t not in outs and cleaner not in ("markdown", "quotes", "characters"):
                c[f"{cleaner}:{reason}"] += 1
    return c


def miss_kinds(r: Result) -> Counter[str]:
    """Why each reference paragraph was missed: joined to a neighbour (``wrong-join``), cut in
    pieces (``missing-join``), a hyphen lost or kept, quotes or spaces, or other changes."""
    kinds: Counter[str] = Counter()
    outn = [norm(p) for p in r.out]
    outs = set(outn)
    for p in (norm(p) for p in r.article.paragraphs):
        if p in outs:
            continue
        if any(p in o for o in outn):
            kinds["wrong-join"] += 1
        elif any(o and len(o) < len(p) and o in p for o in outn):
            kinds["missing-join"] += 1
        else:
            best = difflib.get_close_matches(p, outn, n=1, cutoff=0.6)
            if not best:
                kinds["lost"] += 1
                continue
            kinds[_change_kind(p, best[0])] += 1
    return kinds


_KINDS = ("wrong-join", "missing-join", "hyphen-lost", "hyphen-kept", "spacing", "quote-spacing", "dash", "changed", "lost")


def _change_kind(want: str, got: str) -> str:
    sm = difflib.SequenceMatcher(None, want, got, autojunk=False)
    ops = [(want[i1:i2], got[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]
    if all(set(a + b) <= {"-"} for a, b in ops):
        return "hyphen-lost" if any(a for a, _ in ops) else "hyphen-kept"
    if all(set(a + b) <= {" "} for a, b in ops):
        return "spacing"
    if all(set(a + b) <= set(" \"'") for a, b in ops):
        return "quote-spacing"
    if all(set(a + b) <= set("-– —") for a, b in ops):
        return "dash"
    return "changed"


def _diff(r: Result, n: int = 2) -> list[str]:
    outn = {norm(p) for p in r.out}
    lines = []
    wrong = [p for p in r.article.paragraphs if norm(p) not in outn][:n]
    for p in wrong:
        best = difflib.get_close_matches(norm(p), [norm(o) for o in r.out], n=1, cutoff=0.0)
        lines.append(f"    want: {norm(p)[:300]!r}")
        lines.append(f"    got : {best[0][:300]!r}" if best else "    got : (nothing)")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--style", action="append", choices=STYLES, default=[])
    ap.add_argument("--limit", type=int, default=None, help="the first N articles of each set")
    ap.add_argument("--lang", action="append", default=[], help="only these languages (fundus country or ae-xx)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"skip: benchmark data {args.data} not found")
        return 0
    fa, ea = fundus_articles(args.data), extraction_articles(args.data)
    if args.limit:
        fa, ea = fa[: args.limit], ea[: args.limit]
    articles = [a for a in fa + ea if not args.lang or a.lang in args.lang]
    if not articles:
        print("skip: no reference articles found")
        return 0
    styles = args.style or list(STYLES)
    print(f"{len(articles)} articles ({len(fa)} fundus, {len(ea)} article-extraction), {len(styles)} styles")
    t0 = time.process_time()
    by_style: dict[str, list[Result]] = {}
    for style in styles:
        by_style[style] = [run_one(a, style) for a in articles]
    cpu = time.process_time() - t0
    print("\n| style | articles | paragraph recall | paragraph precision | shingle F1 | articles exact |")
    print("|---|---|---|---|---|---|")
    for style, res in by_style.items():
        tot = Score()
        for r in res:
            tot.add(r.s)
        exact = sum(1 for r in res if r.s.hits == r.s.ref and r.s.out_hits == r.s.out)
        print(f"| {style} | {len(res)} | {tot.recall:.3f} | {tot.precision:.3f} | {tot.f1 / max(1, tot.n):.3f} | {exact} |")
    langs = sorted({a.lang for a in articles})
    print("\nparagraph recall / precision per language:\n")
    print("| lang | n | " + " | ".join(styles) + " |")
    print("|---|---|" + "---|" * len(styles))
    for lang in langs:
        cells = []
        for style in styles:
            tot = Score()
            for r in by_style[style]:
                if r.article.lang == lang:
                    tot.add(r.s)
            cells.append(f"{tot.recall:.2f}/{tot.precision:.2f}")
        n = sum(1 for a in articles if a.lang == lang)
        print(f"| {lang} | {n} | " + " | ".join(cells) + " |")
    print("\nmissed reference paragraphs by kind:\n")
    print("| style | " + " | ".join(_KINDS) + " |")
    print("|---|" + "---|" * len(_KINDS))
    for style, res in by_style.items():
        kinds: Counter[str] = Counter()
        for r in res:
            kinds.update(miss_kinds(r))
        print(f"| {style} | " + " | ".join(str(kinds[k]) for k in _KINDS) + " |")
    losses: Counter[str] = Counter()
    for res in by_style.values():
        losses.update(lost_to(res))
    if losses:
        print("\nremovals of reference text (all styles): " + ", ".join(f"{k} {v}" for k, v in losses.most_common(12)))
    print(f"\ncleaning CPU time {cpu:.1f} s")
    if args.verbose:
        per: dict[str, list[Result]] = defaultdict(list)
        for style, res in by_style.items():
            per[style] = sorted(res, key=lambda r: (r.s.recall + r.s.precision, r.s.f1))
        for style, res in per.items():
            bad = [r for r in res if r.s.hits < r.s.ref or r.s.out_hits < r.s.out][:8]
            if not bad:
                continue
            print(f"\n== {style}: worst articles")
            for r in bad:
                print(f"  {r.article.key} [{r.article.lang}] recall {r.s.recall:.2f} precision {r.s.precision:.2f} F1 {r.s.f1:.3f}")
                for line in _diff(r):
                    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
