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
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..arrow import build_pipeline, clean_table
from ..pipeline import Pipeline

if TYPE_CHECKING:  # pragma: no cover
    import ray.data

__all__ = ["DEFAULT_BATCH_SIZE", "clean_dataset", "clean_files_with_ray", "input_format"]

#: Rows per batch handed to :func:`clean_table` (about 1-3 MB of typical web text).
DEFAULT_BATCH_SIZE = 256
#: Largest block ``clean_files_with_ray`` lets Ray Data make (Ray's default is 128 MiB).
MAX_BLOCK_BYTES = 8 * 1024 * 1024

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

    ``pipeline_options`` (``quotes``, ``language``, ``extra_patterns``, ``disable``)
    configure a default pipeline, built once here and shipped to the workers;
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


def _read(inputs: list[str], kind: str) -> ray.data.Dataset:
    import ray.data

    if kind == "parquet":
        return ray.data.read_parquet(inputs)
    if kind == "jsonl":
        return ray.data.read_json(inputs)  # newline-delimited, read by pyarrow
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
    (``quotes``, ``language``, ``extra_patterns``, ``disable``); unknown cleaner
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
            ds, text_column=text_col, html_column=html_col, url_column=url_col, pipeline=pipeline
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
