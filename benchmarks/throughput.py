"""Throughput of textclean and its peers, measured in the same process, interleaved.

Every tool gets the same documents.  One *round* runs every available tool once
over the whole corpus (the order rotates from round to round, so that a burst of
load from other processes does not always hit the same tool); the figure reported
is the median over ``runs`` rounds (at least 5).  Peak RSS is measured separately,
one fresh subprocess per tool and corpus (``python -m benchmarks.throughput
--rss-child ...``), because a process's peak cannot be reset.

Run alone::

    .venv/bin/python -m benchmarks.throughput [--quick] [--corpus text,mojibake,html] [--data DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import pickle
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import DEFAULT_DATA, MB, Corpus, html_pages, mojibake_corpus, text_corpus

OURS = "textclean"
#: ``(size MB of text corpus, HTML stride, HTML page limit)`` per mode.
MODES: dict[str, tuple[float, int, int | None]] = {
    "quick": (0.2, 12, 16),
    "default": (1.0, 3, None),
    "full": (4.0, 1, None),
}


Func = Callable[[str, bytes, str | None], Any]


@dataclass
class Tool:
    """A tool measured on a corpus: ``factory()`` imports it and returns ``func(text, raw_bytes, url)``.

    The import happens on first use, so that a peak-RSS child process loads only its tool.
    """

    name: str
    factory: Callable[[], Func]
    role: str = "peer"  # "ours", "peer" or "baseline" (a reference point, not a competitor)
    what: str = ""
    skip: str = ""  # why the tool is not measured ("" = measured)
    _func: Func | None = field(default=None, repr=False)

    @property
    def func(self) -> Func:
        if self._func is None:
            self._func = self.factory()
        return self._func


@dataclass
class Result:
    tool: str
    corpus: str
    role: str
    what: str
    seconds: list[float] = field(default_factory=list)
    #: CPU time of the same passes (less sensitive to other processes on a loaded machine).
    cpu_seconds: list[float] = field(default_factory=list)
    mb: float = 0.0
    docs: int = 0
    skip: str = ""
    errors: int = 0
    f1: float | None = None
    rss_mb: float | None = None
    #: Peak RSS minus the RSS once the corpus was loaded (the tool's imports and working memory).
    rss_delta_mb: float | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def mb_s(self) -> float:
        return self.mb / self.median if self.seconds else float("nan")

    @property
    def cpu_mb_s(self) -> float:
        return self.mb / statistics.median(self.cpu_seconds) if self.cpu_seconds else float("nan")

    @property
    def docs_s(self) -> float:
        return self.docs / self.median if self.seconds else float("nan")

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool, "corpus": self.corpus, "role": self.role, "what": self.what,
            "seconds": self.seconds, "cpu_seconds": self.cpu_seconds,
            "median_s": self.median if self.seconds else None,
            "cpu_mb_s": self.cpu_mb_s if self.cpu_seconds else None,
            "mb": self.mb, "docs": self.docs, "mb_s": self.mb_s if self.seconds else None,
            "docs_s": self.docs_s if self.seconds else None, "skip": self.skip,
            "errors": self.errors, "f1": self.f1, "rss_mb": self.rss_mb, "rss_delta_mb": self.rss_delta_mb,
        }


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


# -- the tools ---------------------------------------------------------------------------


def _skipped(name: str, why: str, role: str = "peer") -> Tool:
    return Tool(name, lambda: (lambda t, b, u: ""), role, skip=why)


def _textclean_text() -> Func:
    import textclean

    return lambda t, b, u: textclean.clean(t)


def _ftfy() -> Func:
    import ftfy

    return lambda t, b, u: ftfy.fix_text(t)


def _ftfy_encoding() -> Func:
    import ftfy

    return lambda t, b, u: ftfy.fix_encoding(t)


def _cleantext() -> Func:
    import contextlib
    import io

    # clean-text prints a notice about the GPL unidecode package at import
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import cleantext
    return lambda t, b, u: cleantext.clean(t)


def _unstructured() -> Func:
    from unstructured.cleaners import core

    steps = [core.replace_unicode_quotes, core.clean_extra_whitespace, core.clean_dashes,
             core.clean_bullets, core.clean_non_ascii_chars, core.clean_trailing_punctuation]

    def run(text: str, raw: bytes, url: str | None) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


def _decode() -> Func:
    return lambda t, b, u: b.decode("utf-8")


def _regex_pass() -> Func:
    ws = re.compile(r"\s+")
    return lambda t, b, u: ws.sub(" ", t)


def text_tools() -> list[Tool]:
    """textclean and its peers on plain text (``str`` in, as every peer takes ``str``)."""
    tools = [Tool(OURS, _textclean_text, "ours", "textclean.clean(str): all cleaners + metadata")]
    if _has("ftfy"):
        tools += [Tool("ftfy", _ftfy, what="ftfy.fix_text (defaults)"),
                  Tool("ftfy-encoding", _ftfy_encoding, what="ftfy.fix_encoding only")]
    else:
        tools.append(_skipped("ftfy", "ftfy not installed"))
    if _has("cleantext"):
        tools.append(Tool("clean-text", _cleantext, what="cleantext.clean (defaults)"))
    else:
        tools.append(_skipped("clean-text", "clean-text not installed"))
    if _has("unstructured"):
        tools.append(Tool("unstructured", _unstructured, what="unstructured.cleaners.core chain"))
    else:
        tools.append(_skipped("unstructured", "not importable (a 559 MB install, deliberately not installed)"))
    tools += [
        Tool("utf-8 decode", _decode, "baseline", "bytes.decode('utf-8')"),
        Tool("one regex pass", _regex_pass, "baseline", r"re.sub(r'\s+', ' ', text)"),
    ]
    return tools


def _textclean_html() -> Func:
    import textclean

    return lambda t, b, u: textclean.clean_html(b, url=u).text


def _trafilatura() -> Func:
    import trafilatura

    return lambda t, b, u: trafilatura.extract(b, url=u) or ""


def _justext() -> Func:
    import justext

    stop = justext.get_stoplist("English")
    return lambda t, b, u: "\n\n".join(p.text for p in justext.justext(b, stop) if not p.is_boilerplate)


def _readability() -> Func:
    import lxml.html
    from readability import Document as RDoc

    def run(t: str, b: bytes, u: str | None) -> str:
        summary = RDoc(b, url=u).summary(html_partial=True)
        return "\n".join(s for s in (x.strip() for x in lxml.html.fromstring(summary).itertext()) if s)

    return run


def _bs4() -> Func:
    from bs4 import BeautifulSoup

    return lambda t, b, u: BeautifulSoup(b, "lxml").get_text()


def _lxml_text() -> Func:
    import lxml.html

    return lambda t, b, u: lxml.html.document_fromstring(b).text_content()


def html_tools() -> list[Tool]:
    """HTML extraction (+ cleaning + metadata for textclean); every tool gets the page bytes."""
    tools: list[Tool] = []
    if _has("textclean.html"):
        tools.append(Tool(OURS, _textclean_html, "ours",
                          "textclean.clean_html(bytes, url): extraction + cleaners + metadata"))
    else:
        tools.append(_skipped(OURS, "textclean.html does not exist yet", "ours"))
    for name, factory, module, what in (
        ("trafilatura", _trafilatura, "trafilatura", "trafilatura.extract(bytes, url) (defaults)"),
        ("justext", _justext, "justext", "justext.justext(bytes, English stoplist)"),
        ("readability-lxml", _readability, "readability", "readability Document(bytes).summary + itertext"),
    ):
        tools.append(Tool(name, factory, what=what) if _has(module) else _skipped(name, f"{module} not installed"))
    if _has("bs4"):
        tools.append(Tool("bs4 get_text", _bs4, "baseline", 'BeautifulSoup(bytes, "lxml").get_text(), no extraction'))
    tools.append(Tool("lxml text", _lxml_text, "baseline", "lxml.html.document_fromstring(bytes).text_content(), no extraction"))
    return tools


def tools_for(corpus_kind: str) -> list[Tool]:
    return html_tools() if corpus_kind == "html" else text_tools()


# -- article-extraction F1 (the benchmark's own evaluate.py metric) ------------------------

_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def f1_score(truths: Sequence[str], outputs: Sequence[str]) -> float:
    """4-gram shingle F1: per-page TP/FP/FN normalised to sum to 1, summed over pages."""
    tp = fp = fn = 0.0
    for true, pred in zip(truths, outputs, strict=True):
        ts, ps = _shingles(true), _shingles(pred)
        a = b = c = 0
        for key in set(ts) | set(ps):
            t, p = ts.get(key, 0), ps.get(key, 0)
            a, b, c = a + min(t, p), b + max(0, p - t), c + max(0, t - p)
        s = a + b + c
        if s:
            tp, fp, fn = tp + a / s, fp + b / s, fn + c / s
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


# -- measuring ---------------------------------------------------------------------------


def _pass(tool: Tool, corpus: Corpus, keep: list[str] | None = None) -> tuple[float, float, int]:
    """One timed pass of ``tool`` over ``corpus``: ``(wall seconds, CPU seconds, errors)``."""
    errors = 0
    func = tool.func
    c0 = time.process_time()
    t0 = time.perf_counter()
    for text, raw, url in zip(corpus.texts, corpus.raw, corpus.urls, strict=True):
        try:
            out = func(text, raw, url)
        except Exception:  # a peer crashing on one document must not stop the run
            errors += 1
            out = ""
        if keep is not None:
            keep.append(out if isinstance(out, str) else "")
    return time.perf_counter() - t0, time.process_time() - c0, errors


def measure(tools: Sequence[Tool], corpus: Corpus, runs: int = 5, *, verbose: bool = True) -> list[Result]:
    """Median-of-``runs`` throughput of every tool on ``corpus``, rounds interleaved."""
    runs = max(5, runs)
    active = [t for t in tools if not t.skip]
    results = {t.name: Result(t.name, corpus.name, t.role, t.what, mb=corpus.mb, docs=len(corpus), skip=t.skip)
               for t in tools}
    outputs: dict[str, list[str]] = {}
    for tool in active:  # warm-up: imports, compiled patterns, caches (and the outputs for F1)
        keep: list[str] = []
        if corpus.truth:
            _, _, results[tool.name].errors = _pass(tool, corpus, keep)
            outputs[tool.name] = keep
        else:
            tool.func(corpus.texts[0], corpus.raw[0], corpus.urls[0])
    for r in range(runs):
        order = active[r % len(active):] + active[: r % len(active)] if active else []
        for tool in order:
            seconds, cpu, errors = _pass(tool, corpus)
            res = results[tool.name]
            res.seconds.append(seconds)
            res.cpu_seconds.append(cpu)
            res.errors = max(res.errors, errors)
        if verbose:
            done = ", ".join(f"{t.name} {corpus.mb / results[t.name].seconds[-1]:.2f}" for t in active)
            print(f"    round {r + 1}/{runs} (MB/s): {done}", file=sys.stderr, flush=True)
    if corpus.truth:
        for name, outs in outputs.items():
            results[name].f1 = f1_score(corpus.truth, outs)
    return [results[t.name] for t in tools]


# -- peak RSS, one subprocess per tool ---------------------------------------------------


def build_corpus(kind: str, mode: str, data: Path) -> Corpus | None:
    size, stride, limit = MODES[mode]
    if kind == "html":
        return html_pages(data, stride=stride, limit=limit)
    base = text_corpus(size)
    return mojibake_corpus(base) if kind == "mojibake" else base


def _maxrss_mb() -> float:
    """This process's peak RSS in MB (2^20 bytes).

    ``VmHWM`` from ``/proc/self/status`` where there is one: on Linux ``ru_maxrss``
    survives ``fork``+``exec``, so a child would report its parent's peak if larger.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def rss_child(corpus_file: Path, kind: str, tool_name: str) -> dict[str, float]:
    """In a fresh process: load the pickled corpus, note the RSS, run the tool once, note the peak."""
    with corpus_file.open("rb") as f:
        corpus = pickle.load(f)
    before = _maxrss_mb()
    tool = next(t for t in tools_for(kind) if t.name == tool_name)
    _pass(tool, corpus)
    return {"baseline_mb": before, "peak_mb": _maxrss_mb()}


def peak_rss(corpus_file: Path, kind: str, tool: str, timeout: float = 600) -> dict[str, float]:
    """Peak RSS (MB) of a fresh process that loads the corpus and runs ``tool`` over it once.

    The corpus is handed over as a pickle, so that the child does not import the corpus
    generator's dependencies (hypothesis) and its RSS is the tool's plus the documents'.
    """
    cmd = [sys.executable, "-m", "benchmarks.throughput", "--rss-child", str(corpus_file), kind, tool]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              cwd=Path(__file__).resolve().parent.parent, check=False)
        return dict(json.loads(proc.stdout.strip().splitlines()[-1]))
    except (subprocess.TimeoutExpired, ValueError, IndexError):
        return {}


def add_rss(results: Sequence[Result], corpus: Corpus, kind: str) -> None:
    """Fill in ``rss_mb`` / ``rss_delta_mb`` of every measured result (one child process each)."""
    with tempfile.TemporaryDirectory(prefix="textclean-bench-") as tmp:
        path = Path(tmp) / "corpus.pickle"
        with path.open("wb") as f:
            pickle.dump(corpus, f)
        for r in results:
            if r.skip:
                continue
            got = peak_rss(path, kind, r.tool)
            r.rss_mb = got.get("peak_mb")
            if r.rss_mb is not None:
                r.rss_delta_mb = r.rss_mb - got.get("baseline_mb", 0.0)


# -- scaling: time against input size ---------------------------------------------------


def scaling(sizes: Sequence[float], budget_s: float = 120.0, *, verbose: bool = True) -> list[dict[str, Any]]:
    """Time of ``textclean.clean`` against input size, for a corpus of documents of that total
    size and for ONE document of that size (where quadratic behaviour would show first).

    Sizes are tried in increasing order; a size is skipped (and reported as such) when the
    time projected from the previous sizes would exceed what is left of ``budget_s``.
    Sizes below 5 MB are timed 3 times (median), larger ones once.
    """
    import textclean

    from .corpus import documents

    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    textclean.clean("warm up: build the default pipeline.\n\nSecond paragraph.")
    for shape in ("corpus", "one document"):
        done: list[tuple[float, float]] = []
        for size in sorted(sizes):
            left = budget_s - (time.perf_counter() - started)
            if done:
                (s0, t0), (s1, t1) = (done[-2] if len(done) > 1 else done[-1]), done[-1]
                growth = 1.0
                if len(done) > 1 and s1 > s0 and t1 > 0 and t0 > 0:


                    growth = max(1.0, math.log(t1 / t0) / math.log(s1 / s0))
                projected = t1 * (size / s1) ** growth * (3 if size < 5 else 1)
                if projected > left:
                    rows.append({"shape": shape, "mb": size, "skipped": f"projected {projected:.0f} s > budget left {left:.0f} s"})
                    if verbose:
                        print(f"    scaling {shape} {size:g} MB: skipped (projected {projected:.0f} s)", file=sys.stderr)
                    continue
            docs = documents(int(size * MB))
            if shape == "one document":
                docs = ["\n\n".join(d.strip("\n") for d in docs) + "\n"]
            mb = sum(len(d.encode("utf-8")) for d in docs) / MB
            times, cpus = [], []
            for _ in range(3 if size < 5 else 1):
                c = time.process_time()
                t = time.perf_counter()
                for d in docs:
                    textclean.clean(d)
                times.append(time.perf_counter() - t)
                cpus.append(time.process_time() - c)
            sec, cpu = statistics.median(times), statistics.median(cpus)
            done.append((mb, sec))
            rows.append({"shape": shape, "mb": mb, "seconds": sec, "cpu_seconds": cpu, "mb_s": mb / sec,
                         "cpu_mb_s": mb / cpu, "runs": len(times)})
            if verbose:
                print(f"    scaling {shape} {mb:.2f} MB: {sec:.2f} s wall, {cpu:.2f} s CPU ({mb / cpu:.2f} MB/s CPU)",
                      file=sys.stderr, flush=True)
            del docs
    return rows


def plot_scaling(rows: Sequence[dict[str, Any]], path: Path, title: str) -> bool:
    """A log-log plot of seconds against MB, with the linear reference through the smallest point."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, ax = plt.subplots(figsize=(6.4, 4.4), dpi=110)
    for shape, marker in (("corpus", "o"), ("one document", "s")):
        pts = [(r["mb"], r.get("cpu_seconds", r["seconds"])) for r in rows if r["shape"] == shape and "seconds" in r]
        if not pts:
            continue
        xs, ys = zip(*pts, strict=True)
        ax.plot(xs, ys, marker=marker, label=f"textclean.clean, {shape}")
        ref = [ys[0] * x / xs[0] for x in xs]
        ax.plot(xs, ref, linestyle=":", color="grey", linewidth=1)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("input size (MB of UTF-8 text)")
    ax.set_ylabel("CPU seconds (one core)")
    ax.set_title(title, fontsize=9)
    ax.grid(True, which="both", alpha=0.3)
    ax.plot([], [], linestyle=":", color="grey", label="linear (slope 1) reference")
    ax.legend(fontsize=8)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


# -- reporting ---------------------------------------------------------------------------


def _fmt(x: float | None, spec: str = ".2f") -> str:
    return "—" if x is None or x != x else format(x, spec)


def _rss(r: Result) -> str:
    if r.rss_mb is None:
        return "—"
    return f"{r.rss_mb:.0f} (+{r.rss_delta_mb or 0:.0f})"


def table(results: Sequence[Result]) -> str:
    """A Markdown table: tool, MB/s, docs/s, peak RSS, peer/textclean ratio (and F1 for HTML)."""
    ours = next((r for r in results if r.role == "ours" and r.seconds), None)
    with_f1 = any(r.f1 is not None for r in results)
    head = ["tool", "MB/s (median)", "MB/s CPU", "docs/s", "peak RSS MB (+tool)", "tool ÷ textclean", "runs"]
    if with_f1:
        head.insert(6, "F1")
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in results:
        name = f"**{r.tool}**" if r.role == "ours" else (f"{r.tool} (baseline)" if r.role == "baseline" else r.tool)
        if r.skip:
            row = [name, f"skipped: {r.skip}", "", "", "", "", ""]
            if with_f1:
                row.insert(6, "")
        else:
            ratio = r.mb_s / ours.mb_s if ours and ours.mb_s else float("nan")
            spread = f"{len(r.seconds)} ({min(r.seconds):.2f}–{max(r.seconds):.2f} s)"
            row = [name, _fmt(r.mb_s), _fmt(r.cpu_mb_s), _fmt(r.docs_s, ".0f"), _rss(r),
                   "1" if r.role == "ours" else f"{_fmt(ratio)}×", spread]
            if with_f1:
                row.insert(6, _fmt(r.f1, ".3f"))
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def run_all(kinds: Sequence[str], mode: str, data: Path, runs: int, *, rss: bool = True) -> dict[str, list[Result]]:
    out: dict[str, list[Result]] = {}
    for kind in kinds:
        corpus = build_corpus(kind, mode, data)
        if corpus is None:
            print(f"\n## {kind}: skipped (no data under {data})", flush=True)
            continue
        print(f"\n## {corpus.name}: {corpus.note}, {corpus.mb:.2f} MB, {len(corpus)} docs", flush=True)
        tools = tools_for(kind)
        results = measure(tools, corpus, runs)
        if rss:
            add_rss(results, corpus, kind)
        print(table(results), flush=True)
        out[kind] = results
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="text,mojibake,html")
    ap.add_argument("--mode", choices=sorted(MODES), default="default")
    ap.add_argument("--quick", action="store_const", const="quick", dest="mode")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-rss", action="store_true")
    ap.add_argument("--rss-child", nargs=3, metavar=("FILE", "CORPUS", "TOOL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.rss_child:
        print(json.dumps(rss_child(Path(args.rss_child[0]), args.rss_child[1], args.rss_child[2])))
        return 0
    run_all(args.corpus.split(","), args.mode, args.data, args.runs, rss=not args.no_rss)
    return 0


__all__ = ["MB", "Result", "Tool", "f1_score", "measure", "run_all", "table"]

if __name__ == "__main__":
    sys.exit(main())
