"""Where textclean spends its time: per-cleaner shares, per-boilerplate-rule costs, cProfile tops.

* per cleaner: ``Pipeline.run(draft, timed=True)`` over the corpus, plus the draft stage
  (decode, chunking, language guess) and ``to_document``;
* per boilerplate rule: every compiled rule timed on the blocks the boilerplate cleaner
  really sees (the pipeline is run up to it first);
* cProfile: the functions with the most own time (text pipeline, and the HTML path when
  ``textclean.html`` and the pages exist);
* ``--what-if``: re-measure after in-memory experiments that the lead can turn into code
  (nothing under ``textclean/`` is edited; the patches live in this process only).  There is
  none open today (``EXPERIMENTS`` is empty, ``DONE`` lists the ones now in the code): the
  report then gives the speed as is and the stage and cProfile tables.

Run::

    .venv/bin/python -m benchmarks.profile [--quick] [--what-if] [--pyinstrument]
    .venv/bin/python -m benchmarks.profile --html-stages   # the HTML path by stage, CPU time
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Sequence
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

# Each experiment is a context manager that patches textclean in this process and yields
# ``True`` (or ``False`` when the code already holds the change: nothing is measured then).
# ``--what-if`` applies them cumulatively and reports the speed and whether the outputs stayed
# the same.  The earlier experiments (the guarded contributor-note rule, no ``str.translate``
# in decode/quotes/norm_key, a ``Counter`` language guess, the photo-credit gate, the cached
# HTML class-token classifier) are all in the code now and were removed: applied to today's
# code they swapped in older, slower copies and reported a loss that no suggested fix causes.
EXPERIMENTS: dict[str, Callable[[], Any]] = {}

#: The suggestions already done in the code (reported by ``--what-if``).
DONE = (
    "guarded contributor-note rule",
    "no str.translate in decode, quotes, norm_key",
    "detect_language with Counter, 5k sample",
    "photo-credit gate in boilerplate",
    "lru_cache on textclean/html/extract.py:_token_reason",
)


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


def html_stages(pages: Sequence[tuple[bytes, str | None]], runs: int = 3) -> dict[str, float]:
    """CPU seconds by stage of ``clean_html`` over ``pages`` (best of ``runs`` per stage).

    The stages are run one after the other on each page, as ``extract_html`` runs them:
    decode, parse, metadata, extraction; then the whole ``extract_html`` again, the text
    cleaners on its blocks, and ``clean_html`` end to end (the sum of the first four is
    ``extract_html`` less its small glue).
    """
    import textclean
    from textclean.html import _to_text, extract_html
    from textclean.html.extract import extract
    from textclean.html.metadata import extract_metadata
    from textclean.html.parse import parse_html

    pipeline = textclean.default_pipeline()
    names = ("decode", "parse", "metadata", "extraction", "extract_html", "text cleaners", "clean_html")
    best = dict.fromkeys(names, float("inf"))
    clock = time.process_time  # CPU time: the machine is shared
    textclean.clean_html(pages[0][0], url=pages[0][1])
    for _ in range(max(1, runs)):
        spent = dict.fromkeys(names, 0.0)
        for data, url in pages:
            t0 = clock()
            text, _, _, checked, utf8 = _to_text(data)
            t1 = clock()
            root, _ = parse_html(text, checked=checked, utf8=utf8)
            t2 = clock()
            if root is None:
                continue
            meta = extract_metadata(root, url)
            t3 = clock()
            extract(root, url or meta.url, article_body=meta.article_body, title=meta.title, recipe=meta.recipe_parts)
            t4 = clock()
            blocks, draft = extract_html(data, url)
            t5 = clock()
            draft.options = pipeline.options
            pipeline.clean_blocks(blocks, url=draft.url, draft=draft)
            t6 = clock()
            textclean.clean_html(data, url=url)
            t7 = clock()
            for name, dt in zip(names, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6), strict=True):
                spent[name] += dt
        best = {k: min(best[k], spent[k]) for k in names}
    return best


# -- report ---------------------------------------------------------------------------------


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
    out.extend(f"| {name} | already done in the code | | | | |" for name in DONE)
    if not EXPERIMENTS:
        out.extend(["", "No open experiment: every earlier suggestion is in the code (rows above); "
                    "the tables below are the code as it is."])
    state = "with all experiments" if EXPERIMENTS else "as is"
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
        out.extend(["", f"#### {state}: time per pipeline stage", "", "| stage | seconds | share |", "|---|---|---|"])
        out.extend(f"| {n} | {s:.3f} | {sh:.1%} |" for n, s, sh in rows[:10])
        rows = per_cleaner(moj)
        out.extend(["", f"#### {state}, mojibake variant: time per pipeline stage", "",
                    "| stage | seconds | share |", "|---|---|---|"])
        out.extend(f"| {n} | {s:.3f} | {sh:.1%} |" for n, s, sh in rows[:8])
        total, top = cprofile_top(lambda: [__import__("textclean").clean(t) for t in corpus.texts], top=20)
        out.extend(["", f"#### {state}: cProfile own time (total {total:.2f} s under the profiler)", "",
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
            stages = html_stages(pages)
            out.extend([f"### HTML path: CPU time by stage over {len(pages)} pages ({html.mb:.1f} MB), best of 3", "",
                        "| stage | ms |", "|---|---:|"])
            out.extend(f"| {name} | {sec * 1000:.0f} |" for name, sec in stages.items())
            out.append("")
            total, top = cprofile_top(lambda: [textclean.clean_html(b, url=u) for b, u in pages], top=18)
            out.extend([f"### HTML path: cProfile over {len(pages)} pages ({html.mb:.1f} MB), own time "
                        f"(total {total:.2f} s under the profiler)", "", "```", top, "```", ""])
            total, top = cprofile_top(lambda: [textclean.clean_html(b, url=u) for b, u in pages], top=14,
                                      sort="cumulative")
            out.extend(["### HTML path: cumulative time", "", "```", top, "```", ""])
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
    ap.add_argument("--html-stages", action="store_true",
                    help="only the HTML path's CPU time by stage, on the pages of benchmarks.throughput (every third page)")
    args = ap.parse_args(argv)
    if args.html_stages:
        pages = html_pages(args.data, stride=3)
        if pages is None:
            print(f"no article-extraction pages under {args.data}")
            return 1
        stages = html_stages(list(zip(pages.raw, pages.urls, strict=True)))
        print(f"{len(pages)} pages, {pages.mb:.2f} MB; CPU ms, best of 3: "
              + ", ".join(f"{name} {sec * 1000:.0f}" for name, sec in stages.items()))
        return 0
    size = args.size_mb if args.size_mb is not None else (0.1 if args.quick else 0.5)
    corpus = text_corpus(size)
    html = None if args.no_html else html_pages(args.data, stride=12 if args.quick else 4)
    print(report(corpus, html, what_if=args.what_if, use_pyinstrument=args.pyinstrument))
    return 0


if __name__ == "__main__":
    sys.exit(main())
