"""Where textclean spends its time: per-cleaner shares, per-boilerplate-rule costs, cProfile tops.

* per cleaner: ``Pipeline.run(draft, timed=True)`` over the corpus, plus the draft stage
  (decode, chunking, language guess) and ``to_document``;
* per boilerplate rule: every compiled rule timed on the blocks the boilerplate cleaner
  really sees (the pipeline is run up to it first);
* cProfile: the functions with the most own time (text pipeline, and the HTML path when
  ``textclean.html`` and the pages exist);
* ``--what-if``: re-measure after in-memory experiments that the lead can turn into code
  (nothing under ``textclean/`` is edited; the patches live in this process only).

Run::

    .venv/bin/python -m benchmarks.profile [--quick] [--what-if] [--pyinstrument]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .corpus import DEFAULT_DATA, Corpus, html_pages, mojibake_corpus, text_corpus

ROOT = Path(__file__).resolve().parent.parent


def per_cleaner(corpus: Corpus) -> list[tuple[str, float, float]]:
    """``(stage, seconds, share)`` over the corpus, sorted by cost."""
    import textclean

    pipeline = textclean.default_pipeline()
    pipeline.clean(corpus.texts[0])
    totals: dict[str, float] = {}
    for text in corpus.texts:
        t0 = time.perf_counter()
        draft = pipeline.draft(text)
        t1 = time.perf_counter()
        pipeline.run(draft, timed=True)
        t2 = time.perf_counter()
        draft.to_document()
        t3 = time.perf_counter()
        totals["(draft: decode, chunks, language)"] = totals.get("(draft: decode, chunks, language)", 0.0) + t1 - t0
        totals["(to_document)"] = totals.get("(to_document)", 0.0) + t3 - t2
        for name, st in draft.stats.items():
            totals[name] = totals.get(name, 0.0) + float(st.get("seconds", 0.0))
    whole = sum(totals.values()) or 1.0
    return sorted(((k, v, v / whole) for k, v in totals.items()), key=lambda r: -r[1])


def per_rule(corpus: Corpus, top: int = 8) -> list[tuple[str, str, float, float]]:
    """``(reason, pattern, seconds, share)`` of the boilerplate rules on the blocks they see."""
    import textclean
    from textclean.pipeline import Pipeline

    pipeline = textclean.default_pipeline()
    try:
        idx = pipeline.names.index("boilerplate")
    except ValueError:
        return []
    cleaner: Any = pipeline.cleaners[idx]
    before = Pipeline(pipeline.cleaners[:idx], options=pipeline.options)
    costs: dict[tuple[str, str], float] = {}
    for text in corpus.texts:
        draft = before.run(before.draft(text))
        pats = cleaner.patterns(draft)
        # each rule on the blocks it really sees: short enough, holding one of its required
        # literals, past its precheck (the fields exist since the whole-document scorer)
        checks = [(r.reason, r.pattern, r.max_len, getattr(r, "literals", ()), getattr(r, "precheck", None))
                  for r in pats.rules]
        if hasattr(pats, "credit_tail"):
            credit = getattr(pats, "credit_test", None) or pats.credit_tail
            checks.append(("photo-credit (credit_tail)", credit, 350, getattr(pats, "credit_literals", ()), None))
        for block in draft.blocks:
            n = len(block.text)
            folded = block.text.casefold()
            for reason, pattern, max_len, literals, precheck in checks:
                if n <= max_len and (not literals or any(lit in folded for lit in literals)):
                    t = time.perf_counter()
                    if precheck is None or precheck.search(block.text):
                        pattern.search(block.text)
                    key = (reason, pattern.pattern)
                    costs[key] = costs.get(key, 0.0) + time.perf_counter() - t
    whole = sum(costs.values()) or 1.0
    rows = sorted(((r, p, s, s / whole) for (r, p), s in costs.items()), key=lambda x: -x[2])
    return rows[:top]


def cprofile_top(func: Callable[[], Any], top: int = 15, sort: str = "tottime") -> tuple[float, str]:
    """Run ``func`` under cProfile; return the total seconds and the top rows as text."""
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    func()
    prof.disable()
    total = time.perf_counter() - t0
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats(sort).print_stats(top)
    text = out.getvalue()
    keep = text[text.find("   ncalls"):] if "   ncalls" in text else text
    return total, keep.replace(str(ROOT) + "/", "").rstrip()


def pyinstrument_text(func: Callable[[], Any]) -> str:
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "(pyinstrument not installed)"
    prof = Profiler(interval=0.0005)
    prof.start()
    func()
    prof.stop()
    return str(prof.output_text(unicode=True, color=False, show_all=False))


# -- what-if experiments (in this process only) ---------------------------------------------

_FUZZY_TAIL = r"^(?=[^\n]{0,200}?\b(?:reporting|report|story|article)\W*$)"


@contextmanager
def guarded_contributor_note() -> Iterator[bool]:
    """Prefix the fuzzy ``contributed{e<=2}`` rule with an exact look-ahead on its tail.

    The look-ahead fails in one linear scan on ordinary prose, so the fuzzy part runs
    only on blocks that end like a contributor note; the set of matches is unchanged.
    Yields ``False`` when the rule is gone or already starts with a look-ahead (fixed).
    """
    from textclean.patterns import en, load

    rules = en.TABLE["boilerplate"]
    idx = next((i for i, r in enumerate(rules) if "{e<=" in r[1] and "contributed" in r[1]), None)
    if idx is None or rules[idx][1].startswith("^(?="):
        yield False
        return
    old = rules[idx]
    rules[idx] = (old[0], _FUZZY_TAIL + old[1].removeprefix("^"), old[2], old[3])
    load.cache_clear()
    try:
        yield True
    finally:
        rules[idx] = old
        load.cache_clear()


# Further in-memory experiments, applied cumulatively by ``--what-if`` (each one a suggested fix).

_LINE_SEPARATORS_RE = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_STRAIGHT_PAIRS = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"))
_QUOTE_PAIRS = (*_STRAIGHT_PAIRS, ("«", '"'), ("»", '"'), ("\u00a0", " "))


def _replace_all(text: str, pairs: Sequence[tuple[str, str]]) -> str:
    for a, b in pairs:
        if a in text:
            text = text.replace(a, b)
    return text


@contextmanager
def _patched(target: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(target, name)
    setattr(target, name, value)
    try:
        yield
    finally:
        setattr(target, name, old)


@contextmanager
def no_translate() -> Iterator[bool]:
    """``str.translate`` with a dict table runs at ~9 MB/s: replace its three uses.

    decode(): a regex search for the rare line separators instead of translating the text;
    Quotes(straight) and norm_key(): a chain of ``str.replace`` guarded by ``in``.
    """
    import textclean.cleaners.dedupe as dedupe_mod
    import textclean.cleaners.title as title_mod
    import textclean.decode as decode_mod
    import textclean.pipeline as pipeline_mod
    import textclean.textutil as textutil
    from textclean.cleaners.quotes import Quotes

    original_decode = decode_mod.decode
    original_fix = Quotes.fix

    def decode(data: Any) -> tuple[str, list[str]]:
        if not isinstance(data, str):
            return original_decode(data)
        text, warnings = data, list[str]()
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _LINE_SEPARATORS_RE.search(text):
            text = _LINE_SEPARATORS_RE.sub("\n", text)
        if text.startswith("\ufeff"):
            text = text[1:]
        if decode_mod._SURROGATE.search(text):
            return original_decode(data)
        return text, warnings

    import textclean.cleaners.quotes as quotes_mod

    recheck = getattr(quotes_mod, "fix_mojibake", None)

    def fix(self: Any, text: str) -> str:
        # Quotes.fix(straight) with the translate replaced; the mojibake re-check loop is kept
        # where the module has one (the "outputs identical" column guards this copy).
        if self.style != "straight":
            return str(original_fix(self, text))
        if text.isascii():
            return text
        if recheck is None:
            return _replace_all(text, _STRAIGHT_PAIRS)
        for _ in range(3):
            new = _replace_all(text, _STRAIGHT_PAIRS)
            fixed = recheck(new) if new != text and not new.isascii() else new
            if fixed == new:
                return new
            text = fixed
        return _replace_all(text, _STRAIGHT_PAIRS)

    ws = textutil._WS

    def norm_key(text: str) -> str:
        return str(ws.sub(" ", _replace_all(text, _QUOTE_PAIRS)).strip().casefold())

    with (_patched(pipeline_mod, "decode", decode), _patched(Quotes, "fix", fix),
          _patched(textutil, "norm_key", norm_key), _patched(dedupe_mod, "norm_key", norm_key),
          _patched(title_mod, "norm_key", norm_key)):
        yield True


@contextmanager
def counter_language() -> Iterator[bool]:
    """detect_language: count each distinct word once (``Counter``) against a word -> languages
    map, over the first 5,000 characters, instead of 7 set look-ups per word over 20,000."""
    import textclean.language as language

    by_word: dict[str, list[str]] = {}
    for lang, words in language.STOPWORDS.items():
        for w in words:
            by_word.setdefault(w, []).append(lang)

    def detect_language(text: str, *, sample: int = 5_000) -> str | None:
        words = language._WORD.findall(text[:sample].lower())
        if len(words) < 4:
            return None
        scores = dict.fromkeys(language.STOPWORDS, 0)
        for w, n in Counter(words).items():
            for lang in by_word.get(w, ()):
                scores[lang] += n
        best = max(scores, key=scores.__getitem__)
        return None if scores[best] < max(2, len(words) // 20) else best

    with _patched(language, "detect_language", detect_language):
        yield True


@contextmanager
def credit_gate() -> Iterator[bool]:
    """Boilerplate: test the photo-credit tail only when the block contains a ``/``.

    Patches the per-text scorer (``Boilerplate._score`` where it exists, else ``score``)
    with the same loop and the ``"/" in text`` test in front of ``credit_tail``.
    """
    from textclean.cleaners.boilerplate import Boilerplate

    name = "_score" if hasattr(Boilerplate, "_score") else "score"
    original = getattr(Boilerplate, name)

    def scorer(self: Any, text: str, pats: Any) -> tuple[float, str]:
        if "/" in text:
            return original(self, text, pats)  # type: ignore[no-any-return]
        n = len(text)
        total, best_reason, best_w = 0.0, "", 0.0
        for rule in pats.rules:
            if n <= rule.max_len and rule.pattern.search(text):
                total += rule.weight
                if rule.weight > best_w:
                    best_reason, best_w = rule.reason, rule.weight
        return total, best_reason

    with _patched(Boilerplate, name, scorer):
        yield True


EXPERIMENTS: dict[str, Callable[[], Any]] = {
    "guarded contributor-note rule": guarded_contributor_note,
    "no str.translate (decode, quotes, norm_key)": no_translate,
    "detect_language with Counter, 5k sample": counter_language,
}


def _outputs(corpus: Corpus) -> list[dict[str, Any]]:
    import textclean

    return [textclean.clean(t).to_dict() for t in corpus.texts]


def _speed(corpus: Corpus, runs: int = 5) -> dict[str, float]:
    """Interleaved median MB/s (by CPU time) of textclean.clean and ftfy.fix_text on ``corpus``."""
    import ftfy

    import textclean

    funcs: dict[str, Callable[[str], Any]] = {"textclean": textclean.clean, "ftfy": ftfy.fix_text}
    times: dict[str, list[float]] = {k: [] for k in funcs}
    for f in funcs.values():
        f(corpus.texts[0])
    for _ in range(max(5, runs)):
        for name, f in funcs.items():
            t = time.process_time()  # CPU time: the machine is shared
            for d in corpus.texts:
                f(d)
            times[name].append(time.process_time() - t)
    return {k: corpus.mb / statistics.median(v) for k, v in times.items()}


# -- report ---------------------------------------------------------------------------------


def html_what_if(html: Corpus, runs: int = 5) -> list[str]:
    """HTML path: memoise the class/id token classifier (tokens repeat across elements and pages)."""
    import functools

    import textclean

    try:
        import textclean.html.extract as ex
    except ImportError:
        return []
    original = getattr(ex, "_token_reason", None)
    if original is None or hasattr(original, "cache_info"):
        return ["- HTML what-if: `_token_reason` is gone or already cached; nothing to try", ""]
    cached = functools.lru_cache(maxsize=8192)(original)
    pages = list(zip(html.raw, html.urls, strict=True))

    def one_pass() -> float:
        t = time.perf_counter()
        for b, u in pages:
            textclean.clean_html(b, url=u)
        return time.perf_counter() - t

    one_pass()
    base: list[float] = []
    memo: list[float] = []
    try:
        for _ in range(max(5, runs)):
            ex._token_reason = original
            base.append(one_pass())
            ex._token_reason = cached
            memo.append(one_pass())
    finally:
        ex._token_reason = original
    return [f"- HTML what-if, `functools.lru_cache(maxsize=8192)` on `textclean/html/extract.py:_token_reason` "
            f"(interleaved, median of {len(base)}): {html.mb / statistics.median(base):.2f} → "
            f"**{html.mb / statistics.median(memo):.2f} MB/s**", ""]


def what_if_report(corpus: Corpus) -> list[str]:
    """Apply the experiments cumulatively; after each, the speed and whether outputs changed."""
    from contextlib import ExitStack

    moj = mojibake_corpus(corpus)
    ref_out = _outputs(corpus)
    base, base_m = _speed(corpus), _speed(moj)
    out = ["### what-if: suggested fixes applied in memory, cumulatively (nothing under textclean/ edited)", "",
           "| experiment | text MB/s | ÷ ftfy | mojibake MB/s | ÷ ftfy | outputs identical |", "|---|---|---|---|---|---|",
           f"| as is | {base['textclean']:.2f} | {base['textclean'] / base['ftfy']:.2f} | {base_m['textclean']:.2f} | "
           f"{base_m['textclean'] / base_m['ftfy']:.2f} | (reference) |"]
    with ExitStack() as stack:
        for name, experiment in EXPERIMENTS.items():
            if not stack.enter_context(experiment()):
                out.append(f"| + {name} | already done in the code | | | | |")
                continue
            sp, spm = _speed(corpus), _speed(moj)
            same = sum(1 for a, b in zip(ref_out, _outputs(corpus), strict=True) if a == b)
            out.append(f"| + {name} | {sp['textclean']:.2f} | {sp['textclean'] / sp['ftfy']:.2f} | "
                       f"{spm['textclean']:.2f} | {spm['textclean'] / spm['ftfy']:.2f} | {same}/{len(ref_out)} |")
        rows = per_cleaner(corpus)
        out.extend(["", "#### with all experiments: time per pipeline stage", "", "| stage | seconds | share |", "|---|---|---|"])
        out.extend(f"| {n} | {s:.3f} | {sh:.1%} |" for n, s, sh in rows[:10])
        rows = per_cleaner(moj)
        out.extend(["", "#### with all experiments, mojibake variant: time per pipeline stage", "",
                    "| stage | seconds | share |", "|---|---|---|"])
        out.extend(f"| {n} | {s:.3f} | {sh:.1%} |" for n, s, sh in rows[:8])
        total, top = cprofile_top(lambda: [__import__("textclean").clean(t) for t in corpus.texts], top=20)
        out.extend(["", f"#### with all experiments: cProfile own time (total {total:.2f} s under the profiler)", "",
                    "```", top, "```", ""])
    return out


def report(corpus: Corpus, html: Corpus | None, *, what_if: bool, use_pyinstrument: bool) -> str:
    import textclean

    out: list[str] = [f"## profile: {corpus.name}, {corpus.mb:.2f} MB, {len(corpus)} docs", ""]

    def section(title: str) -> None:
        rows = per_cleaner(corpus)
        out.extend([f"### {title}: time per pipeline stage", "", "| stage | seconds | share |", "|---|---|---|"])
        out.extend(f"| {n} | {s:.3f} | {sh:.1%} |" for n, s, sh in rows)
        out.extend(["", f"### {title}: boilerplate rules (time on the blocks the cleaner sees)", "",
                    "| reason | pattern | seconds | share of rule time |", "|---|---|---|---|"])
        for reason, pat, s, sh in per_rule(corpus):
            short = pat if len(pat) <= 90 else pat[:87] + "..."
            out.append(f"| {reason} | `{short.replace('|', '¦')}` | {s:.3f} | {sh:.1%} |")
        total, top = cprofile_top(lambda: [textclean.clean(t) for t in corpus.texts])
        out.extend(["", f"### {title}: cProfile, own time (total {total:.2f} s under the profiler)", "", "```", top, "```", ""])

    section("as is")
    if what_if:
        out.extend(what_if_report(corpus))
    if html is not None:
        try:
            import textclean.html
        except ImportError:
            out.append("### HTML: skipped (textclean.html does not exist yet)")
        else:
            pages = list(zip(html.raw, html.urls, strict=True))
            textclean.clean_html(pages[0][0], url=pages[0][1])
            total, top = cprofile_top(lambda: [textclean.clean_html(b, url=u) for b, u in pages], top=18)
            out.extend([f"### HTML path: cProfile over {len(pages)} pages ({html.mb:.1f} MB), own time "
                        f"(total {total:.2f} s under the profiler)", "", "```", top, "```", ""])
            total, top = cprofile_top(lambda: [textclean.clean_html(b, url=u) for b, u in pages], top=14,
                                      sort="cumulative")
            out.extend(["### HTML path: cumulative time", "", "```", top, "```", ""])
            if what_if:
                out.extend(html_what_if(html))
    if use_pyinstrument:
        out.extend(["### pyinstrument (text pipeline)", "", "```",
                    pyinstrument_text(lambda: [textclean.clean(t) for t in corpus.texts]), "```"])
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--size-mb", type=float, default=None, help="text corpus size (default 0.5, quick 0.1)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--what-if", action="store_true", help="re-measure with in-memory fixes (see module doc)")
    ap.add_argument("--pyinstrument", action="store_true")
    ap.add_argument("--no-html", action="store_true")
    args = ap.parse_args(argv)
    size = args.size_mb if args.size_mb is not None else (0.1 if args.quick else 0.5)
    corpus = text_corpus(size)
    html = None if args.no_html else html_pages(args.data, stride=12 if args.quick else 4)
    print(report(corpus, html, what_if=args.what_if, use_pyinstrument=args.pyinstrument))
    return 0


if __name__ == "__main__":
    sys.exit(main())
