"""Input discovery, reading, rendering and atomic writing for the ``textclean`` command.

Everything here is deterministic: inputs are listed in a stable order and the
per-file outputs hold no timestamps, so two runs give byte-identical files.

>>> output_name("a/page.html.gz", "json")
'a/page.json'
>>> output_name("notes", "txt"), output_name("data.jsonl", "json", dataset="jsonl")
('notes.txt', 'data.jsonl')
>>> input_kind("x.jsonl.gz"), input_kind("x.parquet"), input_kind("x.txt")
('jsonl', 'parquet', 'doc')
>>> print(render_markdown(Document(title="T", blocks=[Block("Intro", "heading", 1, 1), Block("Body.")])))
# T
<BLANKLINE>
## Intro
<BLANKLINE>
Body.
<BLANKLINE>
"""

from __future__ import annotations

import contextlib
import difflib
import fnmatch
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decode import decode
from .detect import looks_like_html
from .document import EXTENDED_FIELDS, FIELDS, Block, Document, code_fence  # noqa: F401 - Block is used by the doctest
from .pipeline import Pipeline

__all__ = [
    "TMP_SUFFIX",
    "InputError",
    "Job",
    "Result",
    "Task",
    "atomic_write",
    "discover",
    "input_kind",
    "output_name",
    "process",
    "read_input",
    "render_markdown",
    "render_txt",
]

#: Temporary files (``.NAME.PID.textclean-tmp``) are renamed over the final name when complete.
TMP_SUFFIX = ".textclean-tmp"
DATASET_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
FORMAT_EXT = {"json": ".json", "txt": ".txt", "md": ".md", "jsonl": ".jsonl"}


class InputError(Exception):
    """An input that cannot be cleaned (reported by path and reason; the run goes on)."""


# -- discovery -----------------------------------------------------------------------


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def input_kind(path: str) -> str:
    """``"jsonl"`` / ``"parquet"`` for dataset files (by name), ``"doc"`` for one document."""
    suffix = os.path.splitext(_strip_gz(path))[1].lower()
    return DATASET_SUFFIXES.get(suffix, "doc")


def output_name(rel: str, fmt: str, *, dataset: str | None = None, tag: str = "") -> str:
    """The output file name for input ``rel``: its suffix (and ``.gz``) replaced by the format's.

    Dataset inputs keep their kind (``.jsonl`` / ``.parquet``); ``tag`` (``".clean"``)
    is inserted before the suffix when writing next to the inputs.
    """
    base = _strip_gz(rel)
    root, ext = os.path.splitext(base)
    if "/" in ext:  # a dot in a directory name, not a suffix
        root = base
    ext = ".parquet" if dataset == "parquet" else ".jsonl" if dataset == "jsonl" else FORMAT_EXT[fmt]
    return root + tag + ext


def _match(rel: str, patterns: list[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


@dataclass(frozen=True)
class Found:
    """One input file: the path to read, the name to report, and the path to mirror."""

    path: str  # as given or discovered ("-" for standard input)
    rel: str  # relative path used to name the output (posix)


def discover(
    paths: list[str],
    *,
    glob: list[str],
    exclude: list[str],
    skip_dirs: Sequence[Path] = (),
) -> tuple[list[Found], list[str]]:
    """Expand folders recursively (sorted; hidden entries skipped; ``glob``/``exclude`` applied).

    Returns the inputs and the errors (missing paths). Output names mirror the tree below
    the common folder of all the inputs.
    """
    errors: list[str] = []
    files: list[tuple[str, Path]] = []  # (path as shown, absolute path)
    skip = {p.resolve() for p in skip_dirs}
    stdin_seen = False
    roots: list[Path] = []
    for arg in paths:
        if arg == "-":
            if not stdin_seen:
                files.append(("-", Path("-")))
                stdin_seen = True
            continue
        p = Path(arg)
        if p.is_dir():
            roots.append(p.resolve())
            found: list[tuple[str, Path]] = []
            for dirpath, dirnames, filenames in os.walk(p):
                d = Path(dirpath)
                dirnames[:] = sorted(
                    n for n in dirnames if not n.startswith(".") and (d / n).resolve() not in skip
                )
                for name in filenames:
                    if name.startswith(".") or name.endswith(TMP_SUFFIX):
                        continue
                    full = d / name
                    rel = full.relative_to(p).as_posix()
                    if glob and not _match(rel, glob):
                        continue
                    if exclude and _match(rel, exclude):
                        continue
                    found.append((str(full), full.resolve() if not full.is_symlink() else full.absolute()))
            found.sort(key=lambda f: Path(f[0]).relative_to(p).as_posix())
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append((arg, p.absolute()))
            roots.append(p.absolute().parent)
        else:
            errors.append(f"{display_path(arg)}: No such file or directory")
    base: Path | None = None
    if roots:
        base = Path(os.path.commonpath([str(r) for r in roots]))
    out: list[Found] = []
    seen: set[str] = set()
    for shown, absolute in files:
        if shown == "-":
            out.append(Found("-", "stdin"))
            continue
        key = os.path.normpath(str(absolute))
        if key in seen:  # the same file given twice
            continue
        seen.add(key)
        rel = os.path.relpath(os.path.normpath(os.path.abspath(shown)), base) if base else Path(shown).name
        out.append(Found(shown, Path(rel).as_posix()))
    return out, errors


# -- reading -------------------------------------------------------------------------

_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def read_input(path: str, max_size: int, stdin: bytes | None = None) -> bytes:
    """Read a file (``.gz`` decompressed), refusing more than ``max_size`` bytes (0 = no limit)."""
    limit = max_size if max_size > 0 else -1
    try:
        if path == "-":
            data = stdin if stdin is not None else b""
        elif path.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1 if limit >= 0 else -1)
        else:
            if limit >= 0 and os.path.getsize(path) > limit:
                raise InputError(f"too large: {os.path.getsize(path)} bytes (--max-size {max_size})")
            with open(path, "rb") as fh:
                data = fh.read()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        if isinstance(exc, gzip.BadGzipFile) or exc.errno is None:
            raise InputError(f"corrupt gzip file: {exc}") from None
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            raise InputError(f"No such file or directory (a broken symbolic link to {display_path(os.readlink(path))})") from None
        raise InputError(exc.strerror or str(exc)) from None
    except (EOFError, zlib.error) as exc:
        raise InputError(f"corrupt gzip file: {exc or type(exc).__name__}") from None
    if limit >= 0 and len(data) > limit:
        raise InputError(f"too large: more than {max_size} bytes (--max-size)")
    return data


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (``None`` when it is text in some encoding)."""
    if data.startswith(_UTF16_32_BOMS):
        return None
    sample = data[:8192]
    if b"\x00" in sample:
        return "binary file (contains NUL bytes)"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls > len(sample) * 0.1:
        return "binary file (mostly control bytes)"
    return None


def decode_checked(data: bytes) -> tuple[str, list[str]]:
    """Decode like the pipeline does, refusing binary data and mostly undecodable bytes."""
    reason = binary_reason(data)
    if reason:
        raise InputError(reason)
    text, warnings = decode(data)
    bad = text.count("\ufffd")
    if bad and bad > max(8, len(text) // 20):
        raise InputError(f"undecodable: {bad} of {len(text)} characters could not be decoded")
    return text, warnings


# -- rendering -----------------------------------------------------------------------


def _meta_line(doc: Document) -> str:
    meta: list[str] = []
    if doc.authors:
        meta.append("by " + ", ".join(doc.authors))
    if doc.date:
        meta.append(doc.date.isoformat())
    if doc.url:
        meta.append(doc.url)
    return " | ".join(meta)


def render_txt(doc: Document) -> str:
    """Readable plain text: title, metadata line, body, and what was removed."""
    out: list[str] = []
    if doc.title:
        out.append(f"# {doc.title}\n")
    meta = _meta_line(doc)
    if meta:
        out.append(f"({meta})\n")
    out.append("\n" + doc.text + "\n")
    if doc.removed:
        counts = ", ".join(f"{k} {v}" for k, v in doc.removed_by_reason().items())
        out.append(f"\n[removed: {counts}]\n")
    return "".join(out)


def render_markdown(doc: Document) -> str:
    """Markdown: ``# title``, an italic metadata line, headings, list items and quotes."""
    parts: list[str] = []
    if doc.title:
        parts.append(f"# {doc.title}")
    meta = _meta_line(doc)
    if meta:
        parts.append(f"*{meta}*")
    for b in doc.blocks:
        if b.kind == "heading":
            parts.append("#" * min(6, max(2, b.level + 1)) + " " + b.text)
        elif b.kind == "list-item":
            parts.append("  " * max(0, b.level - 1) + "- " + b.text)
        elif b.kind == "quote":
            parts.append("\n".join("> " + line for line in b.text.split("\n")))
        elif b.kind == "code":
            parts.append(code_fence(b.text))
        else:
            parts.append(b.text)
    return "\n\n".join(parts) + "\n"


def display_path(path: str) -> str:
    """``path`` as records and messages show it: a file name's bytes that are not UTF-8 (which
    Python keeps as lone surrogates) as ``\\xNN`` escapes, so that the name can be written.

    >>> display_path("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    """
    if path.isascii():
        return path
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def record_bytes(record: dict[str, Any], fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


class JsonRecords:
    """Write ``--format json`` records to ``out`` as one JSON document, streamed.

    One record is written as its object (as :func:`record_bytes` gives it); two or more
    as one array of them, the same bytes as ``json.dumps(records, indent=2)``.  Only the
    first record is held back, until a second one arrives (then ``[`` is written) or
    :meth:`close` is called: the records are never all in memory.
    """

    def __init__(self, out: Any) -> None:
        self.out = out
        self.count = 0
        self._held: bytes | None = None

    @staticmethod
    def _item(rec: bytes) -> bytes:
        # JSON strings hold no raw newline: every line of the object is indented one level
        return b"\n".join(b"  " + line for line in rec.rstrip(b"\n").split(b"\n"))

    def write(self, rec: bytes) -> None:
        if self.count == 0:
            self._held = rec
        elif self.count == 1 and self._held is not None:
            self.out.write(b"[\n" + self._item(self._held) + b",\n" + self._item(rec))
            self._held = None
        else:
            self.out.write(b",\n" + self._item(rec))
        self.count += 1

    def close(self) -> None:
        """End the document (nothing is written when there was no record)."""
        if self._held is not None:
            self.out.write(self._held)
            self._held = None
        elif self.count >= 2:
            self.out.write(b"\n]\n")


# -- writing -------------------------------------------------------------------------


def atomic_write(path: str | Path, data: bytes | None = None, *, writer: Any = None) -> None:
    """Write ``data`` (or call ``writer(tmp_path)``) to a temporary file, then rename it over ``path``.

    An interrupted run leaves at most a ``*.textclean-tmp`` file, never a half-written ``path``.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}{TMP_SUFFIX}")
    try:
        if writer is not None:
            writer(str(tmp))
        else:
            with open(tmp, "wb") as fh:
                fh.write(data or b"")
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours
        return True
    return True


def _stale(name: str) -> bool:
    """A ``.NAME.PID.textclean-tmp`` file whose writer is gone."""
    if not (name.startswith(".") and name.endswith(TMP_SUFFIX)):
        return False
    pid = name[: -len(TMP_SUFFIX)].rsplit(".", 1)[-1]
    return not (pid.isdigit() and int(pid) != os.getpid() and _pid_alive(int(pid)))


def remove_stale_tmp(root: Path, name: str | None = None) -> None:
    """Delete temporary files left by a killed run (only ours, and only if their writer is gone).

    ``name``: only the temporary files of that one output file in ``root``.
    """
    if not root.is_dir():
        return
    if name is not None:
        for p in root.glob(f".{name}.*{TMP_SUFFIX}"):
            if _stale(p.name):
                p.unlink(missing_ok=True)
        return
    for dirpath, _dirnames, filenames in os.walk(root):
        for fname in filenames:
            if _stale(fname):
                Path(dirpath, fname).unlink(missing_ok=True)


# -- cleaning (runs in worker processes) ---------------------------------------------


@dataclass(frozen=True)
class Job:
    """What every task of a run shares (picklable: sent once to each worker)."""

    pipeline: Pipeline
    fmt: str = "jsonl"  # jsonl | json | txt | md
    mode: str = "stdout"  # stdout | dir | file | none
    input_format: str = "auto"  # auto | text | html | jsonl | parquet
    text_field: str = "text"
    html_field: str | None = None
    url_field: str | None = None
    max_size: int = 0
    diff: bool = False
    explain: bool = False
    #: add :data:`textclean.document.EXTENDED_FIELDS` to each record (``--extended``)
    extended: bool = False


@dataclass
class Task:
    """One unit of work: an input file, or a chunk of the records of a JSONL dataset."""

    index: int
    path: str
    rel: str
    out_path: str | None = None
    stdin: bytes | None = None
    #: a chunk of a JSONL dataset: (line number, raw line) pairs, read by the main process
    lines: list[tuple[int, bytes]] | None = None
    chunk: int = 0
    last: bool = True
    #: reading the dataset failed at this point (reported as the input's failure)
    error: str | None = None


@dataclass
class Result:
    index: int
    path: str
    docs: int = 0
    bytes_in: int = 0
    removed: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    failed: bool = False  # nothing could be cleaned (no output written)
    stdout: bytes = b""  # records (stdout/file modes), diffs and explanations
    #: the records of ``--format json`` on standard output, one byte string each: the
    #: writer joins them into one JSON document (:class:`JsonRecords`)
    records: list[bytes] = field(default_factory=list)
    content: bytes | None = None  # the per-file output (dir mode)
    written: bool = False  # the worker wrote out_path itself (Parquet)
    split: bool = False  # one chunk of a JSONL dataset
    chunk: int = 0
    last: bool = True


def clean_data(
    data: bytes | str | None, name: str, job: Job, url: str | None = None, html: bool | None = None
) -> Document:
    """Clean one document's bytes, routing HTML (by name or content) to the HTML extractor."""
    if data is None:
        return job.pipeline.clean(None, url=url)
    if html is None:
        if job.input_format == "html":
            html = True
        elif job.input_format == "text":
            html = False
        else:
            html = looks_like_html(data, _strip_gz(name) if name != "-" else None)
    if html:
        try:
            from . import clean_html
        except ImportError as exc:  # pragma: no cover - package without the HTML module
            raise InputError(f"HTML input, but HTML support is unavailable: {exc}") from None
        try:
            return clean_html(data, url=url, pipeline=job.pipeline)
        except ImportError as exc:
            raise InputError(f"HTML input, but HTML support is unavailable: {exc}") from None
    return job.pipeline.clean(data, url=url)


def _explain(source: str, doc: Document) -> str:
    lines = []
    for r in sorted(doc.removed, key=lambda r: r.line if r.line is not None else 1 << 60):
        text = " ".join(r.text.split())
        if len(text) > 100:
            text = text[:97] + "..."
        where = f"{source}:{r.line}" if r.line is not None else f"{source}:-"
        lines.append(f"{where}: {r.cleaner}: {r.reason}: {text}\n")
    for w in doc.warnings:
        lines.append(f"{source}: warning: {w}\n")
    return "".join(lines)


def _diff(source: str, before: str, doc: Document) -> str:
    after = doc.text
    return "".join(
        difflib.unified_diff(
            (before.rstrip("\n") + "\n").splitlines(keepends=True) if before else [],
            (after + "\n").splitlines(keepends=True) if after else [],
            fromfile=f"a/{source}",
            tofile=f"b/{source}",
        )
    )


def _emit(res: Result, job: Job, records: list[bytes]) -> None:
    """Records for standard output (or the JSONL output file)."""
    if job.fmt == "json":
        res.records.extend(records)
    else:
        res.stdout += b"".join(records)


def _account(res: Result, source: str, doc: Document, data: bytes | str | None, job: Job) -> None:
    res.docs += 1
    for reason, n in doc.removed_by_reason().items():
        res.removed[reason] = res.removed.get(reason, 0) + n
    extra: list[str] = []
    if job.diff:
        before = data if isinstance(data, str) else decode(data)[0] if data is not None else ""
        extra.append(_diff(source, before, doc))
    if job.explain:
        extra.append(_explain(source, doc))
    if extra:
        res.stdout += "".join(extra).encode("utf-8")


def _process_doc(task: Task, job: Job, res: Result) -> None:
    data = read_input(task.path, job.max_size, task.stdin)
    res.bytes_in = len(data)
    decode_checked(data)
    doc = clean_data(data, task.path, job)
    shown = display_path(task.path)
    record = {"source": shown, **doc.to_dict(extended=job.extended)}
    _account(res, shown, doc, data, job)
    if job.mode == "dir":
        if job.fmt == "txt":
            res.content = render_txt(doc).encode("utf-8")
        elif job.fmt == "md":
            res.content = render_markdown(doc).encode("utf-8")
        else:
            res.content = record_bytes(record, job.fmt)
    elif job.diff or job.explain or job.mode == "none":
        pass
    elif job.fmt == "txt":
        res.stdout += (f"==> {shown} <==\n" + render_txt(doc) + "\n").encode("utf-8")
    elif job.fmt == "md":
        res.stdout += (f"<!-- {shown} -->\n" + render_markdown(doc) + "\n").encode("utf-8")
    else:
        _emit(res, job, [record_bytes(record, job.fmt)])


def _record_input(rec: Any, job: Job) -> tuple[str | None, bool | None, str | None, dict[str, Any]]:
    """A dataset record's text (or HTML), HTML flag, URL and the fields to carry through."""
    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object")
    html_value = rec.get(job.html_field) if job.html_field else None
    url = rec.get(job.url_field) if job.url_field else None
    data: Any
    html: bool | None
    if html_value:
        data, html = html_value, True
    elif job.text_field in rec:  # null text: an empty document (with a warning)
        data, html = rec[job.text_field], None
    elif job.html_field and job.html_field in rec:
        data, html = None, False
    else:
        want = f"{job.text_field!r}" + (f" or {job.html_field!r}" if job.html_field else "")
        raise InputError(f"no {want} field")
    if data is not None and not isinstance(data, str):
        raise InputError(f"the {job.text_field!r} field is not a string")
    if job.max_size and data is not None and len(data) > job.max_size:
        raise InputError(f"too large: {len(data)} characters (--max-size {job.max_size})")
    consumed = {job.text_field, job.html_field}
    carried = {k: v for k, v in rec.items() if k not in consumed and k != "source"}
    return data, html, url if isinstance(url, str) else None, carried


def split_jsonl(task: Task, records: int = 200, size: int = 2 * 1024 * 1024) -> Iterator[Task]:
    """Split a JSONL dataset into chunks of at most ``records`` lines / ``size`` bytes.

    The last chunk has ``last=True`` (and ``error`` set if reading failed on the way).
    """
    n = 0
    lines: list[tuple[int, bytes]] = []
    used = 0

    def chunk(last: bool, error: str | None = None) -> Task:
        nonlocal n
        t = Task(task.index, task.path, task.rel, task.out_path, None, lines, n, last, error)
        n += 1
        return t

    try:
        if task.path == "-":
            source: Any = io.BytesIO(task.stdin or b"")
            fh = None
        else:
            fh = gzip.open(task.path, "rb") if task.path.lower().endswith(".gz") else open(task.path, "rb")  # noqa: SIM115
            source = fh
        try:
            for lineno, raw in enumerate(source, start=1):
                lines.append((lineno, raw))
                used += len(raw)
                if len(lines) >= records or used >= size:
                    yield chunk(False)
                    lines, used = [], 0
        finally:
            if fh is not None:
                fh.close()
    except (OSError, EOFError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.errno else f"corrupt or unreadable: {exc}"
        yield chunk(True, str(reason))
        return
    yield chunk(True)


def _iter_jsonl(task: Task, job: Job) -> Iterator[tuple[int, Any]]:
    """(line number, record or InputError) for each non-blank line; raises InputError when
    reading fails on the way (after the records read so far)."""
    parts = [task] if task.lines is not None else split_jsonl(task, records=1 << 62, size=1 << 62)
    for part in parts:
        for lineno, raw in part.lines or ():
            if not raw.strip():
                continue
            try:
                yield lineno, json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield lineno, InputError(f"invalid JSON: {exc}")
        if part.error is not None:
            raise InputError(part.error)


def _process_jsonl(task: Task, job: Job, res: Result) -> None:
    chunks: list[bytes] = []
    if task.lines is not None:
        res.bytes_in = sum(len(raw) for _, raw in task.lines)
    else:
        with contextlib.suppress(OSError):
            res.bytes_in = os.path.getsize(task.path) if task.path != "-" else len(task.stdin or b"")
    try:
        for lineno, rec in _iter_jsonl(task, job):
            source = f"{display_path(task.path)}:{lineno}"
            try:
                if isinstance(rec, InputError):
                    raise rec
                data, html, url, carried = _record_input(rec, job)
                doc = clean_data(data, "", job, url=url, html=html)
            except InputError as exc:
                res.errors.append(f"{source}: {exc}")
                continue
            _account(res, source, doc, data, job)
            record = {"source": source, **carried, **doc.to_dict(extended=job.extended)}
            if job.mode == "dir" or not (job.diff or job.explain):
                chunks.append(record_bytes(record, "jsonl" if job.mode == "dir" else job.fmt))
    finally:  # the records read before a failure are still shown (not written: the input failed)
        if job.mode == "dir":
            res.content = b"".join(chunks)
        elif job.mode != "none":
            _emit(res, job, chunks)


def _parquet_schema(input_schema: Any, consumed: set[str], extended: bool = False) -> Any:
    import pyarrow as pa

    from .arrow import field_types

    types = field_types()
    doc_fields = FIELDS + EXTENDED_FIELDS if extended else FIELDS
    names = {n for n, _ in doc_fields} | {"source"}
    fields = [pa.field("source", pa.string())]
    fields += [f for f in input_schema if f.name not in names and f.name not in consumed]
    fields += [pa.field(n, types[t]) for n, t in doc_fields]
    return pa.schema(fields)


def _process_parquet(task: Task, job: Job, res: Result) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("Parquet input needs pyarrow: pip install 'textclean[arrow]'") from None
    try:
        res.bytes_in = os.path.getsize(task.path)
        table = pq.read_table(task.path)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"cannot read Parquet: {exc}") from None
    rows: list[dict[str, Any]] = []
    for i, rec in enumerate(table.to_pylist(), start=1):
        source = f"{display_path(task.path)}:{i}"
        try:
            data, html, url, carried = _record_input(rec, job)
            doc = clean_data(data, "", job, url=url, html=html)
        except InputError as exc:
            res.errors.append(f"{source}: {exc}")
            continue
        _account(res, source, doc, data, job)
        rows.append({"source": source, **carried, **doc.to_dict(extended=job.extended)})
    if job.mode == "none" or (job.mode != "dir" and (job.diff or job.explain)):
        return
    if job.mode == "dir" and task.out_path:
        schema = _parquet_schema(table.schema, {job.text_field, job.html_field or ""}, job.extended)
        out = pa.Table.from_pylist(rows, schema=schema)
        atomic_write(task.out_path, writer=lambda tmp: pq.write_table(out, tmp))
        res.written = True
    else:
        _emit(res, job, [record_bytes(r, job.fmt) for r in rows])


def process(task: Task, job: Job) -> Result:
    """Clean one input (a document or a dataset file); never raises for a bad input."""
    res = Result(task.index, task.path, split=task.lines is not None, chunk=task.chunk, last=task.last)
    kind = job.input_format if job.input_format in ("jsonl", "parquet") else input_kind(task.path)
    if task.path == "-" and job.input_format not in ("jsonl", "parquet"):
        kind = "doc"
    try:
        if kind == "jsonl" or task.lines is not None:
            _process_jsonl(task, job, res)
            if task.error is not None:
                raise InputError(task.error)
        elif kind == "parquet":
            _process_parquet(task, job, res)
        else:
            _process_doc(task, job, res)
    except InputError as exc:
        res.failed = True
        res.errors.append(f"{display_path(task.path)}: {exc}")
    except Exception as exc:  # a bug must not stop the run: report the input as failed
        res.failed = True
        res.errors.append(f"{display_path(task.path)}: internal error: {type(exc).__name__}: {exc}")
    return res


_WORKER_JOB: Job | None = None


def init_worker(job: Job) -> None:
    """Process-pool initializer: keep the shared job (and its pipeline) in the worker."""
    global _WORKER_JOB
    _WORKER_JOB = job
    try:  # workers leave Ctrl-C to the parent process
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ImportError, ValueError):  # pragma: no cover
        pass


def process_in_worker(task: Task) -> Result:
    assert _WORKER_JOB is not None
    return process(task, _WORKER_JOB)


def is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def stdin_bytes() -> bytes:
    return sys.stdin.buffer.read()
