"""Parallel throughput: 1 and 2 local worker processes against Ray Data on 2 CPUs.

All three engines clean the same generated JSONL file (one ``{"id", "url", "text"}``
object per line, the seed-like news documents of :mod:`benchmarks.corpus`) and
write their output; the figure is input MB per second, wall-clock, from reading
the first byte to the last output written.

* ``cli --workers N``: the real command, ``textclean clean-files --workers N
  --input-format jsonl -q INPUT > out.jsonl`` (the parent reads the dataset, splits it into
  chunks of records for the worker processes and writes the records in input order).
  ``--pool`` measures an in-process :class:`multiprocessing.Pool` stand-in instead.
* ``ray data, N cpus``: ``textclean.integrations.ray.read_jsonl(...)
  .map_batches(clean_table, batch_format="pyarrow").write_parquet(...)`` on a local
  Ray started with ``num_cpus=N`` (``read_jsonl`` reads the one big file in byte
  ranges, by many tasks; ``--ray-reader read_json`` times ``ray.data.read_json``,
  one read task per file, instead, and ``--ray-reader ranges,read_json`` both).
  Ray's start-up (a few seconds) is timed separately and not included in the
  throughput.

Run::

    .venv/bin/python -m benchmarks.scaling --size-mb 200
    .venv/bin/python -m benchmarks.scaling --size-mb 20 --repeat 3
    .venv/bin/python -m benchmarks.scaling --size-mb 20 \\
        --cli-cmd "textclean clean-files --workers {workers} --input-format jsonl {input}"

``--cli-cmd`` is a command template (``{workers}``, ``{input}``) whose standard
output is written to a file; the default is the installed ``textclean`` command
of this interpreter.  The generated
input is cached in ``--data`` (default: a temporary directory, removed at the end).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from .corpus import MB, documents

#: Lines per task handed to a pool worker.
BATCH_LINES = 64


@dataclass
class Result:
    engine: str
    seconds: list[float]
    mb: float
    docs: int
    note: str = ""
    #: CPU seconds of the workers per run (unknown for Ray, whose workers are not our children).
    cpu: list[float] | None = None
    load: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def mb_s(self) -> float:
        return self.mb / self.median

    @property
    def docs_s(self) -> float:
        return self.docs / self.median

    @property
    def mb_cpu_s(self) -> float | None:
        """MB per CPU-second: what one worker does when it has a core to itself."""
        return self.mb / statistics.median(self.cpu) if self.cpu else None


def make_input(path: Path, size_mb: float) -> tuple[float, int]:
    """Write (or reuse) the JSONL corpus; return its size in MB and its number of documents."""
    if not path.exists():
        tmp = path.with_suffix(".part")
        with tmp.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(documents(int(size_mb * MB))):
                url = f"https://news.example/{i}"
                fh.write(json.dumps({"id": i, "url": url, "text": text}, ensure_ascii=False) + "\n")
        tmp.rename(path)
    with path.open("rb") as fh:
        n = sum(1 for _ in fh)
    return path.stat().st_size / MB, n


# -- the pool stand-in for `textclean clean-files --workers N` ---------------------


def _clean_lines(lines: list[str]) -> list[str]:
    import textclean

    out = []
    for line in lines:
        record = json.loads(line)
        doc = textclean.clean(record.get("text"), record.get("url"))
        out.append(json.dumps({**record, **doc.to_dict()}, ensure_ascii=False))
    return out


def _batches(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        while batch := list(islice(fh, BATCH_LINES)):
            yield batch


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_pool(path: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds of the workers."""
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    pool = ctx.Pool(workers)
    try:
        with out.open("w", encoding="utf-8") as fh:
            for lines in pool.imap(_clean_lines, _batches(path), chunksize=1):
                fh.write("\n".join(lines) + "\n")
        pool.close()
        pool.join()
    finally:
        pool.terminate()
    return time.perf_counter() - t0, _children_cpu() - cpu0


def run_cli(template: str, path: Path, out: Path, workers: int) -> tuple[float, float]:
    cmd = [a.format(workers=workers, input=str(path)) for a in shlex.split(template)]
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    with out.open("wb") as fh:
        subprocess.run(cmd, stdout=fh, check=True)
    return time.perf_counter() - t0, _children_cpu() - cpu0


# -- Ray Data ------------------------------------------------------------------------


def start_ray(cpus: int, temp_dir: str) -> float:
    import ray

    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    t0 = time.perf_counter()
    ray.init(
        num_cpus=cpus,
        object_store_memory=512 * 1024 * 1024,
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
        _temp_dir=temp_dir,
    )
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    # Small blocks, so that one big input file still feeds every CPU.
    ctx.target_max_block_size = 8 * 1024 * 1024
    return time.perf_counter() - t0


def run_ray(path: Path, out: Path, reader: str = "ranges") -> float:
    import ray.data

    from textclean.arrow import clean_table
    from textclean.integrations.ray import read_jsonl

    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    # "ranges": textclean's byte-range reader (what --engine ray uses); "read_json": Ray's own,
    # one read task per file.
    ds = read_jsonl(str(path)) if reader == "ranges" else ray.data.read_json(str(path))
    # batch_size=None with the range reader: each range's block is cleaned whole, in the task
    # that read it (read, clean and write fused); that is what `clean-files --engine ray` does.
    ds = ds.map_batches(
        clean_table, batch_format="pyarrow", batch_size=None if reader == "ranges" else 256,
        fn_kwargs={"url_column": "url"},
    )
    ds.write_parquet(str(out))
    return time.perf_counter() - t0


# -- report --------------------------------------------------------------------------


def table(results: Sequence[Result], base: Result | None) -> str:
    lines = [
        "| engine | median s | MB/s | docs/s | × 1 worker | MB per CPU-s | load avg | note |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        speedup = f"{r.mb_s / base.mb_s:.2f}" if base else "-"
        per_cpu = f"{r.mb_cpu_s:.2f}" if r.mb_cpu_s else "n/a"
        lines.append(
            f"| {r.engine} | {r.median:.2f} | {r.mb_s:.2f} | {r.docs_s:.0f} | {speedup} "
            f"| {per_cpu} | {r.load:.1f} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.scaling", description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=200.0, help="JSONL input size (default 200)")
    parser.add_argument("--workers", default="1,2", help="worker counts for the CLI (default 1,2)")
    parser.add_argument("--ray-cpus", type=int, default=2, help="num_cpus for Ray (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per engine; the median is shown")
    parser.add_argument("--no-ray", action="store_true", help="skip Ray Data")
    parser.add_argument("--ray-reader", default="ranges",
                        help="ranges (textclean's read_jsonl, default), read_json (Ray's), or both, comma-separated")
    parser.add_argument("--cli-cmd", default=None,
                        help="command template to time ({workers}, {input}); default: this interpreter's textclean")
    parser.add_argument("--pool", action="store_true",
                        help="time an in-process multiprocessing.Pool stand-in instead of the command")
    parser.add_argument("--data", type=Path, default=None, help="keep the generated input here")
    parser.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    args = parser.parse_args(argv)
    if args.cli_cmd is None and not args.pool:
        args.cli_cmd = (f"{shlex.quote(sys.executable)} -m textclean clean-files --no-config "
                        "--workers {workers} --input-format jsonl -q {input}")

    workdir = Path(tempfile.mkdtemp(prefix="tcscale"))
    data_dir = args.data or workdir
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        path = data_dir / f"scaling-{args.size_mb:g}mb.jsonl"
        t0 = time.perf_counter()
        mb, n_docs = make_input(path, args.size_mb)
        print(f"input: {path.name}, {mb:.1f} MB, {n_docs} documents ({time.perf_counter() - t0:.1f} s to prepare)")
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")

        results: list[Result] = []
        for w in (int(x) for x in args.workers.split(",") if x):
            label = f"cli --workers {w}" if args.cli_cmd else f"cli-like pool, {w} worker{'s' * (w > 1)}"
            note = "real command" if args.cli_cmd else "multiprocessing stand-in for --workers"
            times, cpus = [], []
            load = os.getloadavg()[0]
            for _ in range(args.repeat):
                out = workdir / f"pool-{w}.jsonl"
                if args.cli_cmd:
                    wall, cpu = run_cli(args.cli_cmd, path, out, w)
                else:
                    wall, cpu = run_pool(path, out, w)
                times.append(wall)
                cpus.append(cpu)
                out.unlink(missing_ok=True)
            results.append(Result(label, times, mb, n_docs, note, cpus, load))
            print(f"  {label}: {statistics.median(times):.2f} s", flush=True)

        if not args.no_ray:
            ray_tmp = tempfile.mkdtemp(prefix="rb", dir="/tmp")
            try:
                startup = start_ray(args.ray_cpus, ray_tmp)
                for reader in (x for x in args.ray_reader.split(",") if x):
                    load = os.getloadavg()[0]
                    times = [run_ray(path, workdir / "ray-out", reader) for _ in range(args.repeat)]
                    label = f"ray data, {args.ray_cpus} cpus" + (f" ({reader})" if reader != "ranges" else "")
                    note = f"+ {startup:.1f} s ray.init, not counted"
                    results.append(Result(label, times, mb, n_docs, note, None, load))
                    print(f"  {label}: {statistics.median(times):.2f} s", flush=True)
            finally:
                import ray

                ray.shutdown()
                shutil.rmtree(ray_tmp, ignore_errors=True)

        base = results[0] if results else None
        print()
        print(table(results, base))
        by_name = {r.engine: r for r in results}
        pools = [r for r in results if "ray" not in r.engine]
        if len(pools) >= 2:
            print(f"\n{pools[-1].engine} / {pools[0].engine}: {pools[-1].mb_s / pools[0].mb_s:.2f}× (goal ≥ 1.8×)")
            rays = [r for r in results if "ray" in r.engine]
            if rays:
                print(f"{rays[0].engine} / {pools[-1].engine}: {rays[0].mb_s / pools[-1].mb_s:.2f}× (goal ≥ 0.8×)")
        if args.json:
            payload: dict[str, Any] = {
                "size_mb": mb,
                "docs": n_docs,
                "results": {
                    k: {"seconds": v.seconds, "cpu_seconds": v.cpu, "mb_s": v.mb_s, "note": v.note}
                    for k, v in by_name.items()
                },
            }
            args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
