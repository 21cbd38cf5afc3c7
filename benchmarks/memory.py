"""Import time and memory: ``import textclean`` in a fresh process, peak RSS of one small vs one
large document, and peak RSS of the ``textclean`` CLI on a generated input.

Every figure comes from a fresh subprocess (a process's peak RSS cannot be reset);
RSS is ``ru_maxrss`` (Linux: KiB, reported here in MB of 2^20 bytes).

Run alone::

    .venv/bin/python -m benchmarks.memory [--quick] [--large-mb 2] [--cli-mb 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: Top-level modules whose presence after ``import textclean`` is worth knowing (heavy or optional).
HEAVY = ("ftfy", "regex", "lxml", "charset_normalizer", "hypothesis", "bs4", "wordfreq", "htmldate",
         "numpy", "pyarrow", "rich", "trafilatura", "unicodedata2", "wcwidth")

_IMPORT_CHILD = """
import json, sys, time
t0 = time.perf_counter()
import textclean
dt = time.perf_counter() - t0
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
print(json.dumps({{"seconds": dt, "modules": len(sys.modules), "heavy": heavy}}))
"""

_PEAK = """
def peak_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

_DOC_CHILD = _PEAK + """
import json, sys, time
import textclean
imported = peak_mb()
with open({path!r}, encoding="utf-8") as f:
    doc = f.read()
textclean.clean(doc[:2000])  # build the default pipeline and load the pattern tables first
before = peak_mb()
t0 = time.perf_counter()
out = textclean.clean(doc)
dt = time.perf_counter() - t0
peak = peak_mb()
print(json.dumps({{"input_mb": len(doc.encode()) / 1e6, "imported_mb": imported, "baseline_mb": before, "peak_mb": peak,
                  "seconds": dt, "blocks": len(out.blocks)}}))
"""


def import_time(runs: int = 7) -> dict[str, Any]:
    """Median wall time of ``import textclean`` in fresh interpreters (after interpreter start-up)."""
    code = _IMPORT_CHILD.format(heavy=HEAVY)
    seconds: list[float] = []
    last: dict[str, Any] = {}
    for _ in range(max(5, runs)):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
        if proc.returncode:
            return {"error": proc.stderr.strip().splitlines()[-1:]}
        last = json.loads(proc.stdout.strip().splitlines()[-1])
        seconds.append(float(last["seconds"]))
    return {"median_s": statistics.median(seconds), "runs": seconds, "modules": last.get("modules"),
            "heavy": last.get("heavy"), "top": import_breakdown()}


def import_breakdown(top: int = 8) -> list[tuple[str, float]]:
    """The slowest modules (cumulative seconds) under ``python -X importtime -c 'import textclean'``."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import textclean"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    rows: list[tuple[str, float]] = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            depth = (len(name) - len(name.lstrip())) // 2
            if depth <= 2:  # top-level and first-level imports only
                rows.append((name.strip(), int(parts[1]) / 1e6))
    return sorted(rows, key=lambda r: -r[1])[:top]


def doc_rss(size_mb: float, timeout: float = 600) -> dict[str, Any]:
    """Peak RSS and time of cleaning one document of ``size_mb`` MB in a fresh process.

    The document is generated here and read from a file by the child, whose RSS is then
    the interpreter's, textclean's and the document's only.
    """
    from .corpus import one_document

    with tempfile.TemporaryDirectory(prefix="textclean-bench-") as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_text(one_document(size_mb), encoding="utf-8")
        code = _DOC_CHILD.format(path=str(path))
        try:
            proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {timeout:.0f} s", "input_mb": size_mb}
    if proc.returncode:
        return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1], "input_mb": size_mb}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


_CLI_CHILD = _PEAK + """
import resource, sys
from textclean.cli import main
try:
    code = main(sys.argv[2:])
finally:
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with open(sys.argv[1], "w") as f:
        f.write(f"{peak_mb()} {workers}")
sys.exit(code)
"""


def _run_cli(args: list[str], stdout_path: Path, timeout: float) -> tuple[int, float, float, float]:
    """Run ``textclean <args>`` (its ``main``) in a fresh process.

    Returns ``(exit status, seconds, peak RSS MB of the main process, largest peak RSS MB
    of its worker processes)``.  The main process's peak is its own ``VmHWM``
    (``ru_maxrss`` of a forked child includes its parent's peak); the workers' is
    ``RUSAGE_CHILDREN``, the largest of them (0 when the CLI used no worker process).
    """
    peak_file = stdout_path.with_suffix(".peak")
    t0 = time.perf_counter()
    with stdout_path.open("wb") as out:
        try:
            proc = subprocess.run([sys.executable, "-c", _CLI_CHILD, str(peak_file), *args], stdout=out,
                                  stderr=subprocess.DEVNULL, cwd=ROOT, timeout=timeout, check=False)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = -9
    seconds = time.perf_counter() - t0
    try:
        main_peak, workers = (float(x) for x in peak_file.read_text().split())
    except (OSError, ValueError):
        main_peak, workers = float("nan"), float("nan")
    return code, seconds, main_peak, workers


def cli_rss(size_mb: float, timeout: float = 900, workers: Sequence[int | None] = (1, None)) -> list[dict[str, Any]]:
    """Peak RSS of ``textclean clean-files --format jsonl`` on generated input of ``size_mb`` MB.

    First on one JSONL file (``{"text", "url"}`` records), with ``--workers 1`` and with
    the default worker count (``None``).  If the CLI wrote one output line for the whole
    file, it read the file as one document (JSONL input not supported): that is reported,
    and the CLI is measured on the same documents as text files.
    """
    from .corpus import documents

    docs = documents(int(size_mb * 1_000_000))
    tmp = Path(tempfile.mkdtemp(prefix="textclean-bench-"))
    results: list[dict[str, Any]] = []
    help_text = subprocess.run([sys.executable, "-m", "textclean", "clean-files", "--help"], capture_output=True,
                               text=True, cwd=ROOT, check=False).stdout
    has_workers = "--workers" in help_text
    try:
        jsonl = tmp / "corpus.jsonl"
        with jsonl.open("w", encoding="utf-8") as f:
            for i, d in enumerate(docs):
                f.write(json.dumps({"text": d, "url": f"https://news.example.org/{i}"}, ensure_ascii=False) + "\n")
        out = tmp / "out.jsonl"
        supported = True
        for n in workers if has_workers else (None,):
            extra = ["--workers", str(n)] if n is not None else []
            code, secs, rss, wrss = _run_cli(["clean-files", "--format", "jsonl", *extra, str(jsonl)], out, timeout)
            lines = sum(1 for _ in out.open("rb"))
            supported = lines >= len(docs)
            results.append({
                "input": f"1 JSONL file, {len(docs)} records, " + (f"--workers {n}" if n else "default workers"),
                "input_mb": jsonl.stat().st_size / 1e6, "exit": code, "seconds": secs, "peak_mb": rss,
                "worker_peak_mb": wrss, "output_lines": lines,
                "note": "JSONL records cleaned one by one" if supported else
                        "JSONL input not supported: the whole file was cleaned as ONE document",
            })
            if not supported:
                break
        if not supported:
            folder = tmp / "txt"
            folder.mkdir()
            paths = []
            for i, d in enumerate(docs):
                p = folder / f"{i:06d}.txt"
                p.write_text(d, encoding="utf-8")
                paths.append(str(p))
            code, secs, rss, wrss = _run_cli(["clean-files", "--format", "jsonl", *paths], out, timeout)
            results.append({
                "input": f"{len(paths)} text files", "input_mb": sum(len(d.encode()) for d in docs) / 1e6,
                "exit": code, "seconds": secs, "peak_mb": rss, "worker_peak_mb": wrss,
                "output_lines": sum(1 for _ in out.open("rb")), "note": "one document per file",
            })
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def report(imp: dict[str, Any], docs: Sequence[dict[str, Any]], cli: Sequence[dict[str, Any]]) -> str:
    lines = ["## import and memory", ""]
    if "median_s" in imp:
        runs = ", ".join(f"{s:.3f}" for s in imp["runs"])
        lines.append(f"- `import textclean`: **{imp['median_s']:.3f} s** median of {len(imp['runs'])} fresh "
                     f"processes ({runs}); {imp['modules']} modules loaded; heavy/optional modules loaded: "
                     f"{', '.join(imp['heavy']) or 'none'}")
        if imp.get("top"):
            lines.append("- slowest imports (cumulative, `-X importtime`): "
                         + ", ".join(f"{n} {s * 1000:.0f} ms" for n, s in imp["top"]))
    elif imp:
        lines.append(f"- `import textclean` failed: {imp.get('error')}")
    if docs:
        lines += ["", "| one document | input MB | clean() s | MB/s | RSS after import | after warm-up | peak RSS MB | growth MB |",
                  "|---|---|---|---|---|---|---|---|"]
    for d in docs:
        if "error" in d:
            lines.append(f"| {d['input_mb']:g} MB | — | {d['error']} | | | | | |")
            continue
        mbs = d["input_mb"] / d["seconds"] if d["seconds"] else float("nan")
        lines.append(f"| {'small' if d['input_mb'] < 0.1 else 'large'} | {d['input_mb']:.3f} | {d['seconds']:.2f} | "
                     f"{mbs:.2f} | {d.get('imported_mb', float('nan')):.0f} | {d['baseline_mb']:.0f} | {d['peak_mb']:.0f} | {d['peak_mb'] - d['baseline_mb']:.0f} |")
    if cli:
        lines += ["", "| CLI `clean-files --format jsonl` | input MB | exit | s | peak RSS MB, main process | "
                  "largest worker peak MB | output lines | note |", "|---|---|---|---|---|---|---|---|"]
        for c in cli:
            worker = c.get("worker_peak_mb", 0.0)
            lines.append(f"| {c['input']} | {c['input_mb']:.1f} | {c['exit']} | {c['seconds']:.1f} | {c['peak_mb']:.0f} | "
                         f"{worker:.0f} | {c['output_lines']} | {c['note']} |")
        lines.append("\n(a worker's peak includes the pages it shares with the main process it was forked from)")
    lines.append("\n(warm-up = one clean() of the document's first 2000 characters: builds the pipeline and "
                 "loads lazy dependencies such as ftfy and wordfreq's frequency tables)")
    return "\n".join(lines)


def run(
    *, large_mb: float, cli_mb: float, runs: int = 7,
    cli_workers: Sequence[int | None] = (1, None), cli_timeout: float = 900,
) -> tuple[str, dict[str, Any]]:
    imp = import_time(runs)
    docs = [doc_rss(0.006), doc_rss(large_mb)]
    cli = cli_rss(cli_mb, timeout=cli_timeout, workers=cli_workers) if cli_mb > 0 else []
    return report(imp, docs, cli), {"import": imp, "documents": docs, "cli": cli}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--large-mb", type=float, default=None, help="size of the large document (default 2, quick 0.5)")
    ap.add_argument("--cli-mb", type=float, default=None, help="size of the CLI input (default 2, quick 0.5; 0 = skip)")
    ap.add_argument("--cli-workers", default="1,default",
                    help="worker counts for the CLI runs, comma-separated ('default' = the CLI's own; default 1,default)")
    ap.add_argument("--cli-timeout", type=float, default=900, help="seconds per CLI run (default 900)")
    ap.add_argument("--cli-only", action="store_true", help="only the CLI runs (no import time, no one-document runs)")
    args = ap.parse_args(argv)
    large = args.large_mb if args.large_mb is not None else (0.5 if args.quick else 2.0)
    cli = args.cli_mb if args.cli_mb is not None else (0.5 if args.quick else 2.0)
    workers = [None if w == "default" else int(w) for w in args.cli_workers.split(",") if w]
    if args.cli_only:
        rows = cli_rss(cli, timeout=args.cli_timeout, workers=workers)
        print(report({}, [], rows))
        return 0
    text, _ = run(large_mb=large, cli_mb=cli, cli_workers=workers, cli_timeout=args.cli_timeout)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
