"""The ``textclean`` command: ``clean-files`` and ``report``.

>>> build_parser().parse_args(["clean-files", "a.txt", "-o", "out"]).output
'out'
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from . import __version__
from .cli_io import (
    TMP_SUFFIX,
    Found,
    Job,
    JsonRecords,
    Result,
    Task,
    atomic_write,
    discover,
    init_worker,
    input_kind,
    is_tty,
    output_name,
    process,
    process_in_worker,
    remove_stale_tmp,
    split_jsonl,
)
from .config import (
    ConfigError,
    Settings,
    build_pipeline,
    find_config,
    load_config,
    parse_size,
    read_patterns,
)

CLEAN_EXAMPLES = """\
examples:
  textclean clean-files --format jsonl scraped/ > clean.jsonl       # a folder, one JSON record per document
  textclean clean-files scraped/ --output clean/                     # one .json per input, mirroring the tree
  textclean clean-files crawl.jsonl --text-field body --output out/  # a JSONL dataset (other fields kept)
  textclean clean-files pages/ --glob '*.html' --workers 4 -o out/ --resume
  textclean clean-files --format txt article.txt                     # readable output
  cat page.txt | textclean clean-files -                             # standard input
  textclean clean-files --dry-run --explain scraped/                 # what would be removed, and why
  textclean clean-files --diff article.txt | less                    # input vs cleaned text

exit status: 0 all inputs cleaned, 1 some input failed (the others are still cleaned), 2 usage error.
"""

REPORT_EXAMPLES = """\
examples:
  textclean report scraped/ -o report.html                 # open report.html in a browser
  textclean report crawl.jsonl --text-field body -o r.html --limit 200

The page is self-contained (no network): each document side by side with its
cleaned version, removed spans highlighted and coloured by reason, counts per
reason, and filters.
"""


# -- settings -------------------------------------------------------------------------


def resolve_settings(args: argparse.Namespace) -> Settings:
    """Defaults, then the config file, then the command-line options."""
    cfg: dict[str, Any] = {}
    if not args.no_config:
        path = args.config or find_config()
        if path is not None:
            cfg = load_config(path)
    s = Settings()
    for key, value in cfg.items():
        if key == "extra_patterns":
            s.patterns = list(value)
        else:
            setattr(s, key, value)
    if args.quotes is not None:
        s.quotes = args.quotes
    if args.language is not None:
        s.language = args.language
    s.disable = [*s.disable, *args.disable]
    s.enable = [*s.enable, *args.enable]
    s.disable = [n for n in s.disable if n not in args.enable]
    for f in args.patterns:
        s.patterns.extend(read_patterns(f))
    if args.max_size is not None:
        s.max_size = parse_size(args.max_size)
    if getattr(args, "workers", None) is not None:
        if args.workers < 1:
            raise ConfigError("--workers must be at least 1")
        s.workers = args.workers
    if args.glob:
        s.glob = list(args.glob)
    s.exclude = [*s.exclude, *args.exclude]
    for name in ("text_field", "html_field", "url_field"):
        value = getattr(args, name)
        if value is not None:
            setattr(s, name, value)
    return s


# -- progress and summary --------------------------------------------------------------


class Progress:
    """A ``rich`` progress bar on a terminal (files, MB, docs/s, ETA); silent otherwise."""

    def __init__(self, total: int, total_bytes: int, enabled: bool) -> None:
        self._bar: Any = None
        self._task: Any = None
        self._t0 = time.monotonic()
        self._docs = 0
        self._bytes = 0
        self._mb_total = total_bytes / 1e6
        if not enabled:
            return
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress
        except ImportError:  # the cli extra is not installed: no progress bar
            return
        self._bar = RichProgress(
            TextColumn("[bold]cleaning"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[mb]:.1f}/{task.fields[mb_total]:.1f} MB"),
            TextColumn("{task.fields[rate]:.0f} docs/s"),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        self._task = self._bar.add_task("clean", total=total, mb=0.0, mb_total=self._mb_total, rate=0.0)
        self._bar.start()

    def advance(self, res: Result) -> None:
        self._docs += res.docs
        self._bytes += res.bytes_in
        if self._bar is not None:
            elapsed = max(time.monotonic() - self._t0, 1e-6)
            self._bar.update(
                self._task, advance=1 if res.last else 0, mb=self._bytes / 1e6, rate=self._docs / elapsed
            )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class Summary:
    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.docs = 0
        self.inputs = 0
        self.bytes = 0
        self.failed = 0
        self.record_errors = 0
        self.skipped = 0
        self.removed: dict[str, int] = {}

    def add(self, res: Result) -> None:
        self.inputs += 1 if res.last else 0
        self.docs += res.docs
        self.bytes += res.bytes_in
        if res.failed:
            self.failed += 1
        else:
            self.record_errors += len(res.errors)
        for k, v in res.removed.items():
            self.removed[k] = self.removed.get(k, 0) + v

    def text(self, dry_run: bool) -> str:
        secs = time.monotonic() - self.t0
        rate = self.docs / secs if secs > 0 else 0.0
        verb = "would clean" if dry_run else "cleaned"
        line = (
            f"textclean: {verb} {self.docs} document{'s' if self.docs != 1 else ''} "
            f"({self.bytes / 1e6:.2f} MB) in {secs:.1f} s ({rate:.0f} docs/s)"
        )
        if self.skipped:
            line += f"; {self.skipped} already done (--resume)"
        line += f"; {self.failed} failed" if self.failed else "; no failures"
        if self.record_errors:
            line += f"; {self.record_errors} bad records"
        out = [line]
        total = sum(self.removed.values())
        if total:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0])))
            out.append(f"textclean: removed {total}: {kinds}")
        return "\n".join(out) + "\n"


# -- running tasks --------------------------------------------------------------------


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_tasks(tasks: Iterable[Task], job: Job, workers: int) -> Iterator[Result]:
    """Results in task order, whatever the number of workers."""
    if workers <= 1:
        for t in tasks:
            yield process(t, job)
        return
    from concurrent.futures import ProcessPoolExecutor

    window = workers * 4
    pool = ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=(job,))
    try:
        pending: deque[Future[Result]] = deque()
        it = iter(tasks)
        for t in it:
            pending.append(pool.submit(process_in_worker, t))
            if len(pending) >= window:
                break
        while pending:
            res = pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(process_in_worker, nxt))
            yield res
    except BaseException:  # Ctrl-C, a crashed worker, a closed pipe: do not wait for the queue
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    else:
        pool.shutdown()


def _err(msg: str) -> None:
    print(f"textclean: {msg}", file=sys.stderr)


def _plan_outputs(found: list[Found], out_dir: Path, fmt: str, *, beside: bool = False) -> list[str]:
    """Output paths mirroring the input tree; never the path of an input (else ``ConfigError``).

    ``beside``: the output folder is an input folder, so outputs get a ``.clean`` tag.
    """
    inputs = {os.path.realpath(f.path) for f in found if f.path != "-"}
    input_dirs = {os.path.dirname(p) for p in inputs}
    tag = ".clean" if beside or os.path.realpath(out_dir) in input_dirs else ""
    for attempt in (tag, ".clean"):
        names = [output_name(f.rel, fmt, dataset=_dataset(f.path), tag=attempt) for f in found]
        counts: dict[str, int] = {}
        for n in names:
            counts[n] = counts.get(n, 0) + 1
        # two inputs with one stem (a.txt, a.html): keep the full input name for those
        names = [
            n if counts[n] == 1 else f.rel + attempt + os.path.splitext(n)[1]
            for n, f in zip(names, found, strict=True)
        ]
        paths = [str(out_dir / n) for n in names]
        if len(set(paths)) != len(paths):
            raise ConfigError("several inputs map to the same output file; clean them separately")
        if not any(os.path.realpath(p) in inputs for p in paths):
            return paths
    raise ConfigError(f"--output {out_dir} would overwrite input files; choose another folder")


def _drop_own_output(found: list[Found], paths: list[str], output: str | None) -> list[Found]:
    """Leave out the output file when a folder walk found it (an earlier run's result);
    one named on the command line stays, and is refused later."""
    if output is None:
        return found
    own = os.path.realpath(output)
    named = {os.path.realpath(p) for p in paths if p != "-" and not os.path.isdir(p)}
    return [f for f in found if f.path == "-" or os.path.realpath(f.path) != own or own in named]


def _has_pyarrow() -> bool:
    import importlib.util

    return importlib.util.find_spec("pyarrow") is not None


def _dataset(path: str) -> str | None:
    kind = input_kind(path)
    return None if kind == "doc" else kind


def cmd_clean_files(args: argparse.Namespace) -> int:
    settings = resolve_settings(args)
    if args.engine == "ray":
        if args.extended:
            raise ConfigError("--extended is for the local engine; --engine ray writes the standard fields")
        return _run_ray(args, settings)
    pipeline = build_pipeline(settings)
    output: str | None = args.output
    if args.dry_run:
        mode = "none"
    elif output is None:
        mode = "stdout"
    elif output.lower().endswith((".jsonl", ".ndjson")):
        mode = "file"
    else:
        mode = "dir"
    fmt = args.format or ("json" if mode == "dir" else "jsonl")
    if fmt == "parquet":
        raise ConfigError(
            "--format parquet is for --engine ray; locally, Parquet inputs give Parquet outputs with --output DIR"
        )
    if mode == "file" and fmt != "jsonl":
        raise ConfigError(f"--output {output} is a JSONL file; --format {fmt} needs an output folder")
    if args.resume and mode not in ("dir", "file"):
        raise ConfigError("--resume needs --output")
    if args.input_format == "parquet" and "-" in args.paths:
        raise ConfigError("Parquet cannot be read from standard input")
    out_dir = Path(output) if mode == "dir" and output else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise ConfigError(f"--output {output} exists and is not a folder")

    exclude = list(settings.exclude)
    beside = out_dir is not None and any(
        p != "-" and os.path.isdir(p) and os.path.realpath(p) == os.path.realpath(out_dir) for p in args.paths
    )
    if beside:  # writing next to the inputs: never take earlier outputs for inputs
        exclude += [f"*.clean{ext}" for ext in (".json", ".txt", ".md", ".jsonl", ".parquet")]
    found, errors = discover(
        args.paths, glob=settings.glob, exclude=exclude, skip_dirs=[out_dir] if out_dir else []
    )
    if mode == "file":
        found = _drop_own_output(found, args.paths, output)
    for e in errors:
        _err(e)
    if not found and not errors and not args.quiet:
        hint = " (every file was left out by --glob/--exclude)" if settings.glob or settings.exclude else ""
        _err(f"warning: no files to clean in {', '.join(args.paths)}{hint}")
    if (args.input_format == "parquet" or any(input_kind(f.path) == "parquet" for f in found)) and not _has_pyarrow():
        raise ConfigError("Parquet input needs pyarrow: pip install 'textclean[arrow]'")
    out_paths: list[str | None] = [None] * len(found)
    # the output's folder must be there (or be made) before anything is cleaned
    made = out_dir if out_dir is not None else Path(output).parent if mode == "file" and output else None
    if made is not None:
        if made.exists() and not made.is_dir():
            raise ConfigError(f"the output folder {made} exists and is not a folder")
        try:
            made.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the output folder {made}: {exc.strerror or exc}") from exc
    if out_dir is not None:
        out_paths = list(_plan_outputs(found, out_dir, fmt, beside=beside))
        remove_stale_tmp(out_dir)
    if mode == "file" and output is not None:
        real_inputs = {os.path.realpath(f.path) for f in found if f.path != "-"}
        if os.path.realpath(output) in real_inputs:
            raise ConfigError(f"--output {output} is one of the inputs; refusing to overwrite it")
        remove_stale_tmp(Path(output).parent, Path(output).name)
        if args.resume and os.path.exists(output):
            if not args.quiet:
                _err(f"{output} is already complete (--resume); nothing to do")
            return 1 if errors else 0
    stdin = sys.stdin.buffer.read() if any(f.path == "-" for f in found) else None
    summary = Summary()
    tasks: list[Task] = []
    for i, (f, op) in enumerate(zip(found, out_paths, strict=True)):
        if args.resume and op is not None and os.path.exists(op):
            summary.skipped += 1
            continue
        tasks.append(Task(i, f.path, f.rel, op, stdin if f.path == "-" else None))

    job = Job(
        pipeline=pipeline,
        fmt=fmt,
        mode=mode,
        input_format=args.input_format,
        text_field=settings.text_field,
        html_field=settings.html_field,
        url_field=settings.url_field,
        max_size=settings.max_size,
        diff=args.diff,
        explain=args.explain,
        extended=args.extended,
    )
    def is_jsonl(t: Task) -> bool:
        if args.input_format == "jsonl":
            return True
        return args.input_format == "auto" and t.path != "-" and input_kind(t.path) == "jsonl"

    n_jsonl = sum(1 for t in tasks if is_jsonl(t))
    # datasets are split into chunks of records, so they use every worker too
    workers = min(settings.workers or _cpu_count(), max(1, len(tasks) if not n_jsonl else 1 << 30))

    def units() -> Iterator[Task]:
        # Datasets go in chunks of records even with one worker: each chunk's output is
        # written before the next is read, so memory stays that of one chunk, not of the file.
        for t in tasks:
            if is_jsonl(t):
                yield from split_jsonl(t)
            else:
                yield t

    total_bytes = 0
    for t in tasks:
        with contextlib.suppress(OSError):
            total_bytes += os.path.getsize(t.path) if t.path != "-" else len(stdin or b"")
    out_of = {t.index: t.out_path for t in tasks}
    results = run_tasks(units(), job, workers)
    first = next(results, None)  # start the workers before the progress bar's thread
    progress = Progress(len(tasks), total_bytes, is_tty(sys.stderr) and not args.quiet)
    out = sys.stdout.buffer
    file_out: Any = None
    tmp_file: Path | None = None
    failed = bool(errors)
    partials: dict[int, tuple[Any, Path]] = {}
    try:
        if mode == "file" and output is not None:
            target = Path(output)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp_file = target.with_name(f".{target.name}.{os.getpid()}{TMP_SUFFIX}")
            file_out = open(tmp_file, "wb")  # noqa: SIM115 - closed in finally
        # --format json: one record is its object, several one array of them
        json_out = JsonRecords(out) if mode == "stdout" and fmt == "json" else None
        for res in _chain(first, results):
            for e in res.errors:
                _err(e)
            if res.errors:
                failed = True
            if res.records and json_out is not None:
                for rec in res.records:
                    json_out.write(rec)
                out.flush()
            if res.stdout:
                if file_out is not None and not (args.diff or args.explain):
                    file_out.write(res.stdout)
                else:
                    out.write(res.stdout)
                    out.flush()
            op = out_of.get(res.index)
            if mode == "dir" and res.split and op is not None:
                # chunks of one dataset arrive in order: append, rename after the last one
                partial = partials.pop(res.index, None)
                if res.failed:
                    if partial is not None:
                        partial[0].close()
                        partial[1].unlink(missing_ok=True)
                else:
                    if partial is None:
                        final = Path(op)
                        final.parent.mkdir(parents=True, exist_ok=True)
                        tmp = final.with_name(f".{final.name}.{os.getpid()}{TMP_SUFFIX}")
                        partial = (open(tmp, "wb"), tmp)  # noqa: SIM115 - closed below or in finally
                    partial[0].write(res.content or b"")
                    if res.last:
                        partial[0].close()
                        os.replace(partial[1], op)
                    else:
                        partials[res.index] = partial
            elif mode == "dir" and not res.failed and res.content is not None and not res.written and op:
                try:
                    atomic_write(op, res.content)
                except OSError as exc:  # (this output only: the others are still written)
                    _err(f"{op}: cannot write: {exc.strerror or exc}")
                    res.failed = failed = True
            summary.add(res)
            progress.advance(res)
        if json_out is not None:
            json_out.close()
            out.flush()
        if file_out is not None and tmp_file is not None and output is not None:
            file_out.close()
            file_out = None
            os.replace(tmp_file, output)
    finally:
        progress.close()
        for fh, tmp in partials.values():
            fh.close()
            tmp.unlink(missing_ok=True)
        if file_out is not None:
            file_out.close()
        if tmp_file is not None and tmp_file.exists():
            tmp_file.unlink()
    if not args.quiet:
        sys.stderr.write(summary.text(args.dry_run))
    return 1 if failed else 0


def _chain(first: Result | None, rest: Iterator[Result]) -> Iterator[Result]:
    if first is not None:
        yield first
    yield from rest


def _run_ray(args: argparse.Namespace, settings: Settings) -> int:
    try:
        from .integrations import ray as ray_integration

        run = ray_integration.clean_files_with_ray
    except (ImportError, AttributeError) as exc:
        _err(f"--engine ray is not available: {exc} (pip install 'textclean[ray]')")
        return 2
    disable = [n for n in settings.disable if n not in settings.enable]
    return int(
        run(
            list(args.paths),
            args.output,
            fmt=args.format or "jsonl",
            text_field=settings.text_field,
            html_field=settings.html_field,
            url_field=settings.url_field,
            address=args.address,
            pipeline_options={
                "quotes": settings.quotes,
                "language": settings.language,
                "extra_patterns": settings.patterns,
                "disable": disable,
                "enable": settings.enable,
            },
        )
    )


def cmd_report(args: argparse.Namespace) -> int:
    from .report import collect_entries, render_report

    settings = resolve_settings(args)
    pipeline = build_pipeline(settings)
    found, errors = discover(args.paths, glob=settings.glob, exclude=settings.exclude)
    found = _drop_own_output(found, args.paths, args.output)
    for e in errors:
        _err(e)
    job = Job(
        pipeline=pipeline,
        mode="none",
        input_format=args.input_format,
        text_field=settings.text_field,
        html_field=settings.html_field,
        url_field=settings.url_field,
        max_size=settings.max_size,
    )
    real_inputs = {os.path.realpath(f.path) for f in found if f.path != "-"}
    if os.path.realpath(args.output) in real_inputs:
        raise ConfigError(f"-o {args.output} is one of the inputs; refusing to overwrite it")
    stdin = sys.stdin.buffer.read() if any(f.path == "-" for f in found) else None
    entries, failures = collect_entries(found, job, stdin=stdin, limit=args.limit)
    for e in failures:
        _err(e)
    page = render_report(entries, title=args.title)
    atomic_write(args.output, page.encode("utf-8"))
    if not args.quiet:
        n_removed = sum(len(e.doc.removed) for e in entries)
        _err(f"wrote {args.output}: {len(entries)} document{'s' if len(entries) != 1 else ''}, "
             f"{n_removed} removal{'s' if n_removed != 1 else ''}")
    return 1 if (errors or failures) else 0


# -- parser ---------------------------------------------------------------------------


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to clean ('-' for standard input)")
    sel = p.add_argument_group("inputs")
    sel.add_argument("--glob", action="append", default=[], metavar="PATTERN",
                     help="in folders, clean only files matching PATTERN (repeatable; default: all files)")
    sel.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                     help="in folders, skip files matching PATTERN (repeatable)")
    sel.add_argument("--input-format", choices=["auto", "text", "html", "jsonl", "parquet"], default="auto",
                     help="how to read inputs (default: by name and content: *.jsonl, *.parquet, HTML, text)")
    sel.add_argument("--text-field", default=None, metavar="NAME", help="dataset field holding the text (default: text)")
    sel.add_argument("--html-field", default=None, metavar="NAME", help="dataset field holding HTML (used when not empty)")
    sel.add_argument("--url-field", default=None, metavar="NAME", help="dataset field holding the document URL")
    sel.add_argument("--max-size", default=None, metavar="SIZE",
                     help="fail documents larger than SIZE (e.g. 500k, 10M; 0 = no limit; default 64M)")
    pipe = p.add_argument_group("pipeline")
    pipe.add_argument("--quotes", choices=["straight", "curly", "keep"], default=None,
                      help="quote style (default: straight)")
    pipe.add_argument("--language", default=None, help="document language code, or 'auto' (default: auto, guessed per document)")
    pipe.add_argument("--disable", action="append", default=[], metavar="CLEANER",
                      help="skip a cleaner (repeatable)")
    pipe.add_argument("--enable", action="append", default=[], metavar="CLEANER",
                      help="re-enable a cleaner disabled in the config file, or turn on an optional one "
                           "('width': full-width letters and digits to ASCII) (repeatable)")
    pipe.add_argument("--patterns", action="append", default=[], metavar="FILE",
                      help="extra boilerplate patterns, one 'reason regex' per line (repeatable)")
    pipe.add_argument("--config", default=None, metavar="FILE",
                      help="config file (default: nearest textclean.toml or pyproject.toml [tool.textclean])")
    pipe.add_argument("--no-config", action="store_true", help="ignore config files")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textclean",
        description="Clean messy scraped documents into structured ones, and say what was removed.",
        epilog="Run 'textclean COMMAND --help' for the options and examples of each command.",
    )
    parser.add_argument("--version", action="version", version=f"textclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    fmt = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser(
        "clean-files",
        help="clean files, folders, standard input and JSONL/Parquet datasets",
        description="Clean files, folders (recursively), standard input and JSONL/Parquet datasets.\n"
        "Each output record is {\"source\": <path>, **document}.",
        epilog=CLEAN_EXAMPLES,
        formatter_class=fmt,
    )
    _add_common(p)
    o = p.add_argument_group("output")
    o.add_argument("--format", choices=["jsonl", "json", "txt", "md", "parquet"], default=None,
                   help="output format (default: jsonl on standard output, json per file with --output DIR; "
                   "dataset inputs keep their kind; parquet: --engine ray only)")
    o.add_argument("-o", "--output", default=None, metavar="DIR|FILE.jsonl",
                   help="write one file per input into DIR (mirroring the input tree), or all records to FILE.jsonl")
    o.add_argument("--resume", action="store_true", help="skip inputs whose output is already complete")
    o.add_argument("--dry-run", action="store_true", help="clean but write nothing: print the summary only")
    o.add_argument("--diff", action="store_true", help="print a unified diff of input vs cleaned text per document")
    o.add_argument("--explain", action="store_true", help="print each removal: source:line: cleaner: reason: text")
    o.add_argument("--extended", action="store_true",
                   help="add each paragraph's block kind (kinds), the language and the site name to each record")
    o.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    r = p.add_argument_group("execution")
    r.add_argument("-j", "--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores); the output order never depends on it")
    r.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local processes (default) or a Ray cluster (pip install 'textclean[ray]')")
    r.add_argument("--address", default=None, help="Ray cluster address for --engine ray (e.g. auto, ray://head:10001)")
    p.set_defaults(func=cmd_clean_files)

    rp = sub.add_parser(
        "report",
        help="write a self-contained HTML page showing what was removed from each document",
        description="Write one self-contained HTML page (no network access, no external files) showing\n"
        "each document side by side with its cleaned version, removals highlighted by reason.",
        epilog=REPORT_EXAMPLES,
        formatter_class=fmt,
    )
    _add_common(rp)
    rp.add_argument("-o", "--output", required=True, metavar="FILE.html", help="the report to write")
    rp.add_argument("--limit", type=int, default=None, metavar="N", help="at most N documents")
    rp.add_argument("--title", default="textclean report", help="page title")
    rp.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    rp.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as exc:
        print(f"textclean: {exc}", file=sys.stderr)
        return 2
    except KeyError as exc:
        print(f"textclean: {exc.args[0]}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        try:  # keep Python from complaining when the reader (head, less) went away
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0
    except OSError as exc:
        # writing the output failed (disk full, no permission, a file where a folder must be);
        # the inputs are untouched, and no partial output is left behind
        where = f" {exc.filename}" if exc.filename else ""
        print(f"textclean: cannot write{where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("textclean: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
