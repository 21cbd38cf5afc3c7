"""``make bench``: throughput against peers, import time, memory, scaling — one command.

Usage::

    .venv/bin/python -m benchmarks.run [--quick | --full] [--data ../shared/benchmarks]
        [--only throughput,memory,scaling] [--corpus text,mojibake,html] [--runs 5]
        [--scaling-sizes 1,10,100] [--scaling-budget 120] [--json results.json]

Every throughput figure is the median of at least 5 interleaved rounds in which all
tools run on the same documents in the same process (see ``benchmarks/throughput.py``).
The HTML part is skipped cleanly when the shared data or ``textclean.html`` is missing.
Results go to stdout as Markdown (and to ``--json``); the scaling plot to
``docs/images/scaling.png`` (``--plot`` to change).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import memory, throughput
from .corpus import DEFAULT_DATA

ROOT = Path(__file__).resolve().parent.parent
#: Scaling sizes (MB) per mode; sizes whose projected time exceeds the budget are skipped and said so.
SCALING = {"quick": (0.25, 1.0, 4.0), "default": (1.0, 10.0, 100.0), "full": (1.0, 10.0, 100.0)}
SCALING_BUDGET = {"quick": 30.0, "default": 75.0, "full": 1200.0}
MEMORY = {"quick": (0.5, 0.5), "default": (2.0, 2.0), "full": (10.0, 20.0)}  # (large doc MB, CLI input MB)


def machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return (f"{platform.python_implementation()} {platform.python_version()} on {platform.machine()}, "
            f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at start")


def goals(results: dict[str, list[throughput.Result]]) -> list[str]:
    """The issue's throughput goals, checked on this run's figures (informative, never asserted)."""
    out: list[str] = []

    def get(kind: str, tool: str) -> throughput.Result | None:
        return next((r for r in results.get(kind, []) if r.tool == tool and r.seconds), None)

    for kind in ("text", "mojibake"):
        ours, ftfy = get(kind, throughput.OURS), get(kind, "ftfy")
        if ours and ftfy:
            ratio = ours.mb_s / ftfy.mb_s
            ok = ours.mb_s >= 10 and ratio >= 3.5
            out.append(f"- {kind}: textclean {ours.mb_s:.2f} MB/s (goal ≥ 10), {ratio:.2f}× ftfy.fix_text "
                       f"(goal ≥ 3.5×): **{'met' if ok else 'not met'}**")
    ours, traf = get("html", throughput.OURS), get("html", "trafilatura")
    if ours and traf:
        ratio = ours.mb_s / traf.mb_s
        f1_ok = (ours.f1 or 0) > (traf.f1 or 0)
        out.append(f"- html: textclean {ratio:.2f}× trafilatura.extract (goal ≥ 2×), F1 {ours.f1:.3f} vs "
                   f"{traf.f1:.3f} (goal: higher): **{'met' if ratio >= 2 and f1_ok else 'not met'}**")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_const", const="quick", dest="mode",
                      help="small corpora (0.2 MB text, 16 HTML pages), small scaling sizes: about a minute")
    mode.add_argument("--full", action="store_const", const="full", dest="mode",
                      help="4 MB text, all 181 HTML pages, scaling to 100 MB: long")
    ap.set_defaults(mode="default")
    ap.add_argument("--only", default="throughput,memory,scaling")
    ap.add_argument("--corpus", default="text,mojibake,html")
    ap.add_argument("--runs", type=int, default=5, help="rounds per measurement (at least 5)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared benchmark data folder")
    ap.add_argument("--no-rss", action="store_true", help="skip the per-tool peak-RSS subprocesses")
    ap.add_argument("--scaling-sizes", default=None, help="comma-separated MB, e.g. 1,10,100")
    ap.add_argument("--scaling-budget", type=float, default=None, help="seconds for the scaling sweep")
    ap.add_argument("--plot", type=Path, default=ROOT / "docs" / "images" / "scaling.png")
    ap.add_argument("--json", type=Path, default=None, help="also write all figures as JSON")
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    started = time.perf_counter()
    record: dict[str, Any] = {"mode": args.mode, "machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    print(f"# textclean benchmarks ({args.mode}), {record['started']}\n\n{record['machine']}")
    print("Figures are MB/s of input (10^6 bytes of UTF-8 text, or of HTML), one core, median of "
          f"{max(5, args.runs)} interleaved rounds, by wall clock and by CPU time (process_time: less "
          "sensitive to other load); peak RSS from one fresh process per tool "
          "(+ = above the process with the corpus loaded).")

    if "throughput" in only:
        kinds = [k for k in args.corpus.split(",") if k]
        results = throughput.run_all(kinds, args.mode, args.data, args.runs, rss=not args.no_rss)
        record["throughput"] = {k: [r.to_dict() for r in v] for k, v in results.items()}
        lines = goals(results)
        if lines:
            print("\n## goals (issue 6)\n\n" + "\n".join(lines))

    if "memory" in only:
        large, cli = MEMORY[args.mode]
        text, data = memory.run(large_mb=large, cli_mb=cli)
        print("\n" + text)
        record["memory"] = data

    if "scaling" in only:
        sizes = ([float(s) for s in args.scaling_sizes.split(",")] if args.scaling_sizes else list(SCALING[args.mode]))
        budget = args.scaling_budget if args.scaling_budget is not None else SCALING_BUDGET[args.mode]
        print(f"\n## scaling: textclean.clean time against input size ({', '.join(f'{s:g}' for s in sizes)} MB, "
              f"budget {budget:.0f} s)\n")
        rows = throughput.scaling(sizes, budget)
        print("| shape | MB | wall s | CPU s | MB/s (CPU) |\n|---|---|---|---|---|")
        for r in rows:
            if "seconds" in r:
                print(f"| {r['shape']} | {r['mb']:.2f} | {r['seconds']:.2f} | {r['cpu_seconds']:.2f} | {r['cpu_mb_s']:.2f} |")
            else:
                print(f"| {r['shape']} | {r['mb']:g} | skipped: {r['skipped']} | | |")
        record["scaling"] = rows
        if throughput.plot_scaling(rows, args.plot, f"textclean.clean, loaded 2-core machine ({args.mode})"):
            shown = args.plot.relative_to(ROOT) if args.plot.is_relative_to(ROOT) else args.plot
            print(f"\nplot: {shown}")

    record["seconds"] = time.perf_counter() - started
    print(f"\n(total {record['seconds']:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(record, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
