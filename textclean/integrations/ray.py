"""Ray Data helpers: clean a dataset, or whole JSONL/Parquet files on a Ray cluster.

:func:`textclean.arrow.clean_table` works with Ray Data as is::

    import ray
    from textclean.arrow import clean_table

    ds = ray.data.read_parquet("s3://bucket/pages/")
    ds.map_batches(clean_table, batch_format="pyarrow").write_parquet("s3://bucket/clean/")

:func:`clean_dataset` does the same with the column names and pipeline options
as keywords, and :func:`clean_files_with_ray` is the ``textclean clean-files
--engine ray`` command: it reads JSONL or Parquet files (or whole text files),
cleans them on a local or remote Ray cluster and writes JSONL or Parquet.

This module imports Ray only when a function is called.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..arrow import build_pipeline, clean_table
from ..pipeline import Pipeline

if TYPE_CHECKING:  # pragma: no cover
    import ray.data

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "clean_dataset",
    "clean_files_with_ray",
    "input_format",
    "jsonl_ranges",
    "read_jsonl",
]

#: Rows per batch handed to :func:`clean_table` (about 1-3 MB of typical web text).
DEFAULT_BATCH_SIZE = 256
#: Largest block ``clean_files_with_ray`` lets Ray Data make (Ray's default is 128 MiB).
MAX_BLOCK_BYTES = 8 * 1024 * 1024
#: Byte ranges :func:`read_jsonl` cuts a JSONL file into: at least this many bytes each ...
MIN_RANGE_BYTES = 1024 * 1024
#: ... and at most this many (so that one large file feeds every CPU of the cluster).
MAX_RANGE_BYTES = 8 * 1024 * 1024

_PARQUET_SUFFIXES = (".parquet", ".pq")
_JSON_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".jsonl.zst", ".json.zst")


def clean_dataset(
    ds: ray.data.Dataset,
    *,
    text_column: str | None = "text",
    html_column: str | None = None,
    url_column: str | None = None,
    pipeline: Pipeline | None = None,
    batch_size: int | None = DEFAULT_BATCH_SIZE,
    concurrency: int | None = None,
    **pipeline_options: Any,
) -> ray.data.Dataset:
    """``ds`` with every row cleaned by :func:`textclean.arrow.clean_table` (lazy, like Ray Data).

    ``pipeline_options`` (``quotes``, ``language``, ``extra_patterns``, ``disable``,
    ``enable``) configure a default pipeline, built once here and shipped to the workers;
    ``pipeline=`` ships your own.  The result keeps every input column and adds
    the :data:`textclean.arrow.OUTPUT_FIELDS` columns.
    """
    if pipeline is None and pipeline_options:
        pipeline = build_pipeline(**pipeline_options)
    return ds.map_batches(
        clean_table,
        batch_format="pyarrow",
        batch_size=batch_size,
        concurrency=concurrency,
        fn_kwargs={
            "text_column": text_column,
            "html_column": html_column,
            "url_column": url_column,
            "pipeline": pipeline,
        },
    )


def _suffix_kind(path: str) -> str:
    name = path.lower()
    if name.endswith(_PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(_JSON_SUFFIXES):
        return "jsonl"
    return "files"


def input_format(inputs: Sequence[str]) -> str:
    """``"parquet"``, ``"jsonl"`` or ``"files"`` (whole files, one document each) for ``inputs``.

    Directories are judged by the files in them; remote URIs (``s3://...``) by their suffix.

    >>> input_format(["a.jsonl", "b.json.gz"]), input_format(["x.parquet"]), input_format(["a.txt"])
    ('jsonl', 'parquet', 'files')
    """
    kinds: set[str] = set()
    for item in inputs:
        path = Path(item)
        if "://" not in item and path.is_dir():
            # A dataset directory may hold marker files (_SUCCESS, .crc): data files decide.
            inner = {_suffix_kind(str(p)) for p in path.rglob("*") if p.is_file()}
            kinds.add(next((k for k in ("parquet", "jsonl") if k in inner), "files"))
        else:
            kinds.add(_suffix_kind(item))
    if len(kinds) != 1:
        raise ValueError(f"inputs mix formats ({', '.join(sorted(kinds))}); clean them separately")
    return kinds.pop()


def jsonl_ranges(
    sizes: Sequence[tuple[str, int]],
    parallelism: int,
    *,
    min_bytes: int = MIN_RANGE_BYTES,
    max_bytes: int = MAX_RANGE_BYTES,
) -> list[tuple[str, int, int]]:
    """Cut files of the given sizes into ``(path, start, end)`` byte ranges for parallel reading.

    The range size is the total divided by ``parallelism``, kept between ``min_bytes``
    and ``max_bytes``; a file never shares a range with another.  A range owns the
    lines that *start* inside it (see :func:`read_jsonl`), so the cuts need not fall
    on line ends.

    >>> jsonl_ranges([("a.jsonl", 10), ("b.jsonl", 25)], 4, min_bytes=8, max_bytes=12)
    [('a.jsonl', 0, 5), ('a.jsonl', 5, 10), ('b.jsonl', 0, 9), ('b.jsonl', 9, 18), ('b.jsonl', 18, 25)]
    """
    total = sum(size for _, size in sizes)
    target = min(max_bytes, max(min_bytes, -(-total // max(parallelism, 1))))
    ranges: list[tuple[str, int, int]] = []
    for path, size in sizes:
        pieces = max(1, -(-size // target))
        step = -(-size // pieces) if size else 0
        for start in range(0, max(size, 1), max(step, 1)):
            ranges.append((path, start, min(size, start + step)))
    return ranges


def _range_bytes(path: str, start: int, end: int) -> bytes:
    """The lines of ``path`` that start in ``[start, end)``, whole."""
    with open(path, "rb") as fh:
        if start > 0:
            fh.seek(start - 1)
            if fh.read(1) != b"\n":
                fh.readline()  # the rest of a line that belongs to the previous range
        pos = fh.tell()
        if pos >= end:
            return b""
        data = fh.read(end - pos)
        if data and not data.endswith(b"\n"):
            data += fh.readline()
    if start == 0 and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 BOM, which the JSON reader would reject
    return data


def _parse_jsonl(data: bytes) -> Any:
    import pyarrow as pa
    import pyarrow.json as pajson

    if not data.strip():
        return pa.table({})
    # One parse block for the whole range: one schema, and no "straddling object" errors.
    options = pajson.ReadOptions(block_size=len(data) + 1)
    return pajson.read_json(pa.BufferReader(data), read_options=options)


def _local_jsonl_files(inputs: Sequence[str]) -> list[tuple[str, int]] | None:
    """``(path, size)`` of every uncompressed local JSONL file, or ``None`` if any is not one."""
    files: list[Path] = []
    for item in inputs:
        if "://" in item:
            return None
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))))
        else:
            files.append(path)
    plain = (".jsonl", ".json", ".ndjson")
    if not files or any(not p.name.lower().endswith(plain) for p in files):
        return None
    return [(str(p), p.stat().st_size) for p in files]


def _jsonl_datasource(ranges: list[tuple[str, int, int]]) -> Any:
    from ray.data import Datasource, ReadTask
    from ray.data.block import BlockMetadata

    class JsonlRanges(Datasource):
        """Uncompressed JSONL files, read in the given byte ranges, one task per range."""

        def __init__(self, ranges: list[tuple[str, int, int]]) -> None:
            self._ranges = ranges

        def get_name(self) -> str:
            return "JSONLRanges"

        def estimate_inmemory_data_size(self) -> int:
            return sum(end - start for _, start, end in self._ranges)

        def get_read_tasks(self, parallelism: int, *args: Any, **kwargs: Any) -> list[Any]:
            # The ranges were cut on the driver for the cluster's CPUs; Ray's own parallelism
            # hint (200 blocks by default) would make tasks too small to pay their overhead.
            tasks = []
            for path, start, end in self._ranges:
                meta = BlockMetadata(
                    num_rows=None, size_bytes=end - start, exec_stats=None, input_files=(path,)
                )

                def read(path: str = path, start: int = start, end: int = end) -> list[Any]:
                    return [_parse_jsonl(_range_bytes(path, start, end))]

                tasks.append(ReadTask(read, meta))
            return tasks

    return JsonlRanges(ranges)


def _cluster_cpus() -> int:
    import ray

    if ray.is_initialized():
        return max(1, int(ray.cluster_resources().get("CPU", 1)))  # type: ignore[no-untyped-call]
    return max(1, os.cpu_count() or 1)


def read_jsonl(
    paths: str | Sequence[str],
    *,
    min_range_bytes: int = MIN_RANGE_BYTES,
    max_range_bytes: int = MAX_RANGE_BYTES,
    **read_args: Any,
) -> ray.data.Dataset:
    """A Ray dataset of JSON-lines files, where one large file is read by many tasks.

    ``ray.data.read_json`` reads each file in one task, so a single 100 MB file is
    read, and with operator fusion cleaned, on one CPU.  Uncompressed local files
    (``.jsonl``, ``.json``, ``.ndjson``, or directories of them) are cut here into
    byte ranges, two per CPU of the cluster and ``min_range_bytes``-``max_range_bytes``
    (1-8 MiB) each (:func:`jsonl_ranges`); each read task parses the lines that start
    in its range with pyarrow's JSON reader, as ``read_json`` does.  Each range is
    one block, so a following ``map_batches(clean_table, batch_size=None)`` is fused
    into the read task (what ``clean_files_with_ray`` does): one task reads, cleans
    and writes its range.
    Compressed or remote inputs go to ``ray.data.read_json`` unchanged.
    ``read_args`` (``override_num_blocks``, ``ray_remote_args``, ...) are passed on.
    """
    import ray.data

    inputs = [paths] if isinstance(paths, str) else list(paths)
    files = _local_jsonl_files(inputs)
    if files is None:
        return ray.data.read_json(inputs, **read_args)  # newline-delimited, read by pyarrow
    # Two ranges per CPU (at most 8 MiB each by default): every CPU gets work, the last
    # ranges even out the load, and each task is long enough to pay its scheduling cost.
    parallelism = read_args.get("override_num_blocks") or 2 * _cluster_cpus()
    ranges = jsonl_ranges(files, parallelism, min_bytes=min_range_bytes, max_bytes=max_range_bytes)
    # One block per range: no split of a range's block into several (which would also stop
    # Ray from fusing the read with the cleaning that follows it).
    read_args["override_num_blocks"] = len(ranges)
    dataset: ray.data.Dataset = ray.data.read_datasource(_jsonl_datasource(ranges), **read_args)
    return dataset


def _read(inputs: list[str], kind: str) -> ray.data.Dataset:
    import ray.data

    if kind == "parquet":
        return ray.data.read_parquet(inputs)
    if kind == "jsonl":
        return read_jsonl(inputs)
    return ray.data.read_binary_files(inputs, include_paths=True)


def _write_jsonl(ds: ray.data.Dataset, out: TextIO) -> int:
    rows = 0
    for batch in ds.iter_batches(batch_format="pyarrow", batch_size=DEFAULT_BATCH_SIZE):
        table: Any = batch
        for row in table.to_pylist():
            out.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
            rows += 1
    return rows


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def clean_files_with_ray(
    inputs: list[str],
    output: str | None,
    *,
    fmt: str = "jsonl",
    text_field: str = "text",
    html_field: str | None = None,
    url_field: str | None = None,
    address: str | None = None,
    pipeline_options: dict[str, Any] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Clean JSONL or Parquet datasets with Ray Data; the ``clean-files --engine ray`` command.

    ``inputs`` are files, directories or URIs Ray can read, all of one kind: JSONL
    (``.jsonl``, ``.json``, ``.ndjson``, optionally ``.gz``/``.zst``), Parquet
    (``.parquet``, ``.pq``), or anything else, read as whole files, one document
    each (then ``text_field`` is ignored, the file's bytes are cleaned and its
    ``path`` is kept).  Each record's ``text_field`` (or ``html_field`` when it is
    not null) is cleaned exactly like :func:`textclean.clean`, with ``url_field``
    as the URL; every input field is kept and the
    :data:`textclean.arrow.OUTPUT_FIELDS` are added (replacing input fields of the
    same name).

    ``fmt`` is the output format: ``"jsonl"`` writes one JSON object per line to
    ``output`` (a file; standard output when ``None``, collected by the driver),
    ``"parquet"`` writes a directory of Parquet files at ``output`` (required),
    one per block, in parallel on the workers.

    ``address`` is given to ``ray.init``: ``None`` connects to the cluster in
    ``RAY_ADDRESS`` or starts a local one, ``"auto"`` an existing local cluster,
    ``"ray://head:10001"`` a remote one.  If Ray is already initialised in this
    process it is used as is, and left running.

    ``pipeline_options`` are keywords of :func:`textclean.arrow.build_pipeline`
    (``quotes``, ``language``, ``extra_patterns``, ``disable``, ``enable``); unknown cleaner
    names in ``disable`` raise ``KeyError`` before Ray starts.

    Returns the exit status: 0 on success, 2 for a usage error, 1 when reading,
    cleaning or writing failed (the error is printed to ``stderr``).
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    if fmt not in ("jsonl", "parquet"):
        print(f"textclean: --engine ray writes jsonl or parquet, not {fmt!r}", file=err)
        return 2
    if fmt == "parquet" and not output:
        print("textclean: --format parquet needs an output directory (--output)", file=err)
        return 2
    if not inputs:
        print("textclean: no input paths", file=err)
        return 2
    missing = [p for p in inputs if "://" not in p and not Path(p).exists()]
    if missing:
        print(f"textclean: {missing[0]}: No such file or directory", file=err)
        return 1
    try:
        kind = input_format(inputs)
    except ValueError as exc:
        print(f"textclean: {exc}", file=err)
        return 2
    pipeline = build_pipeline(**(pipeline_options or {}))

    import ray
    import ray.data

    started = False
    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False, configure_logging=False)
        started = True
    context = ray.data.DataContext.get_current()
    saved_block_size = context.target_max_block_size
    if saved_block_size is None or saved_block_size > MAX_BLOCK_BYTES:
        # Small blocks, so that a single large input file is still cleaned by every CPU.
        context.target_max_block_size = MAX_BLOCK_BYTES
    try:
        ds = _read(list(inputs), kind)
        if kind == "files":
            text_col: str | None = "bytes"
            html_col = url_col = None
        else:
            names = ds.schema().names
            # With an HTML field, the text field is an optional fallback.
            text_col = text_field if (text_field in names or not html_field) else None
            wanted = [f for f in (text_col, html_field, url_field) if f]
            absent = [f for f in wanted if f not in names]
            if absent:
                print(
                    f"textclean: no field {absent[0]!r} in the input (fields: {', '.join(names)})",
                    file=err,
                )
                return 2
            html_col, url_col = html_field, url_field
        cleaned = clean_dataset(
            ds, text_column=text_col, html_column=html_col, url_column=url_col, pipeline=pipeline,
            # A JSONL range is at most 8 MiB: clean it whole, in the task that read it.
            batch_size=None if kind == "jsonl" else DEFAULT_BATCH_SIZE,
        )
        if kind == "files":
            cleaned = cleaned.drop_columns(["bytes"])
        if fmt == "parquet":
            assert output is not None
            cleaned.write_parquet(output)
        elif output:
            with open(output, "w", encoding="utf-8") as fh:
                _write_jsonl(cleaned, fh)
        else:
            _write_jsonl(cleaned, out)
            out.flush()
    except Exception as exc:
        print(f"textclean: ray engine failed: {type(exc).__name__}: {exc}", file=err)
        return 1
    finally:
        context.target_max_block_size = saved_block_size
        if started:
            ray.shutdown()
    return 0
