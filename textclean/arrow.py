"""Batch cleaning of Apache Arrow tables: the one function every engine maps.

:func:`clean_table` takes a :class:`pyarrow.Table` (or ``RecordBatch``) with a
text (or HTML) column, cleans every row exactly as :func:`textclean.clean`
would, and returns the input columns plus the fields of
:meth:`textclean.Document.to_dict` as typed Arrow columns (see
:data:`OUTPUT_SCHEMA`).  It is a pure, picklable module-level function, so it
can be handed as is to Ray Data (``map_batches(clean_table,
batch_format="pyarrow")``), to Spark (:func:`clean_batches` with
``mapInArrow``) or to Dask (:func:`clean_pandas` with ``map_partitions``).

>>> import pyarrow as pa
>>> from textclean.arrow import clean_table
>>> table = pa.table({"id": [1, 2, 3], "text": ["# Title\\n\\nThe “body”.", None, ""]})
>>> out = clean_table(table)
>>> out.column_names
['id', 'text', 'title', 'authors', 'date', 'url', 'links', 'paragraphs', 'removed', 'warnings']
>>> out.column("title").to_pylist(), out.column("paragraphs").to_pylist()
(['Title', None, None], [['The "body".'], [], []])
>>> out.column("warnings").to_pylist()[1]
['input was empty (None)']

The input ``text`` column is replaced in place by the cleaned text (an output
column always wins over an input column of the same name); use
``output_prefix="clean_"`` to keep both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from . import clean, default_pipeline
from .document import FIELDS, Document
from .pipeline import Pipeline

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = [
    "OUTPUT_FIELDS",
    "TableCleaner",
    "build_pipeline",
    "clean_batches",
    "clean_pandas",
    "clean_table",
    "documents_to_table",
    "output_schema",
]

#: The output columns, in order: exactly the keys of :meth:`Document.to_dict`
#: (:data:`textclean.document.FIELDS`).
OUTPUT_FIELDS = tuple(name for name, _ in FIELDS)


def output_schema(prefix: str = "") -> pa.Schema:
    """The Arrow schema of the columns :func:`clean_table` adds.

    >>> print(output_schema().field("removed").type)
    list<item: struct<cleaner: string, reason: string, text: string, line: int64>>
    """
    import pyarrow as pa

    types = field_types()
    return pa.schema([pa.field(prefix + name, types[kind]) for name, kind in FIELDS])


def field_types() -> dict[str, pa.DataType]:
    """The Arrow type of each value type of :data:`textclean.document.FIELDS`.

    >>> sorted(field_types())
    ['list<string>', 'removed', 'string']
    """
    import pyarrow as pa

    removal = pa.struct(
        [("cleaner", pa.string()), ("reason", pa.string()), ("text", pa.string()), ("line", pa.int64())]
    )
    return {"string": pa.string(), "list<string>": pa.list_(pa.string()), "removed": pa.list_(removal)}


def build_pipeline(
    *,
    quotes: str = "straight",
    language: str = "auto",
    extra_patterns: Iterable[tuple[str, str]] = (),
    disable: Iterable[str] = (),
    enable: Iterable[str] = (),
) -> Pipeline:
    """A default pipeline configured like the command line (``--quotes``, ``--disable``,
    ``--enable`` of an optional cleaner ...).

    Unknown cleaner names in ``disable`` raise ``KeyError``; ``enable`` adds the optional
    cleaners it names (``textclean.cleaners.OPTIONAL_CLEANERS``; other names are ignored: they
    are default cleaners, which only ``disable`` changes).

    >>> "quotes" in build_pipeline(disable=["quotes"]).names
    False
    >>> "width" in build_pipeline(enable=["width"]).names
    True
    """
    from .cleaners import OPTIONAL_CLEANERS

    pipeline = Pipeline.default(
        quotes=quotes, language=language, extra_patterns=tuple(extra_patterns),
        enable=[n for n in enable if n in OPTIONAL_CLEANERS],
    )
    names = list(disable)
    return pipeline.without(*names) if names else pipeline


def _empty_failure(exc: BaseException, url: Any) -> Document:
    doc = Document(url=url if isinstance(url, str) and url else None)
    doc.warnings.append(f"cleaning failed: {type(exc).__name__}: {exc}")
    return doc


def documents_to_table(docs: Iterable[Document], *, prefix: str = "") -> pa.Table:
    """The :data:`OUTPUT_FIELDS` columns for ``docs``, typed by :func:`output_schema`."""
    import pyarrow as pa

    columns: dict[str, list[Any]] = {name: [] for name in OUTPUT_FIELDS}
    for doc in docs:
        for name, value in doc.to_dict().items():
            columns[name].append(value)
    schema = output_schema(prefix)
    arrays = [pa.array(columns[name], type=schema.field(prefix + name).type) for name in OUTPUT_FIELDS]
    return pa.Table.from_arrays(arrays, schema=schema)


def _column(table: pa.Table, name: str | None) -> list[Any]:
    if name is None:
        return [None] * table.num_rows
    if name not in table.column_names:
        raise KeyError(f"no column named {name!r}; the table has {table.column_names}")
    return list(table.column(name).to_pylist())


def clean_table(
    table: pa.Table | pa.RecordBatch,
    *,
    text_column: str | None = "text",
    html_column: str | None = None,
    url_column: str | None = None,
    pipeline: Pipeline | None = None,
    output_prefix: str = "",
) -> pa.Table:
    """Clean every row of ``table``; return the input columns plus the document fields.

    Each row gives the same document as ``textclean.clean(cell, url, pipeline=pipeline)``
    on its ``text_column`` cell (HTML detected as :func:`textclean.clean` does).  When
    ``html_column`` is given, a row whose HTML cell is not null is cleaned as HTML
    (``clean(html, url, pipeline=pipeline, html=True)``) and the text cell is only
    the fallback; ``text_column=None`` means HTML only.  Null, empty and non-string
    cells give an empty document (with a warning for null and non-string cells);
    a row never makes the batch fail: an unexpected error becomes an empty
    document with a ``cleaning failed`` warning.

    ``pipeline=None`` uses the shared default pipeline, built once per process
    (so once per worker).  Output columns replace input columns of the same name
    (the input ``text`` column by default) in place; the other output columns are
    appended in :data:`OUTPUT_FIELDS` order.  A missing column raises ``KeyError``.
    """
    import pyarrow as pa

    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    if text_column is None and html_column is None:
        raise ValueError("clean_table needs a text_column or an html_column")
    pipe = pipeline if pipeline is not None else default_pipeline()
    texts = _column(table, text_column)
    htmls = _column(table, html_column)
    urls = _column(table, url_column)

    docs: list[Document] = []
    for text, html, url in zip(texts, htmls, urls, strict=True):
        url_arg = url if isinstance(url, str) else None
        try:
            if html is not None:
                doc = clean(html, url_arg, pipeline=pipe, html=True)
            else:
                doc = clean(text, url_arg, pipeline=pipe)
        except Exception as exc:  # one bad row must not lose the batch
            doc = _empty_failure(exc, url_arg)
        docs.append(doc)

    out = documents_to_table(docs, prefix=output_prefix)
    result = table
    for field in out.schema:
        index = result.schema.get_field_index(field.name)
        if index >= 0:
            result = result.set_column(index, field, out.column(field.name))
        else:
            result = result.append_column(field, out.column(field.name))
    return result


class TableCleaner:
    """A picklable callable holding a configured pipeline: ``TableCleaner(**kw)(table)``.

    Use it where an engine wants one object per worker (Ray actors:
    ``ds.map_batches(TableCleaner, fn_constructor_kwargs={...}, concurrency=2,
    batch_format="pyarrow")``), or to configure the pipeline once from plain
    options (``quotes``, ``language``, ``extra_patterns``, ``disable``).

    >>> cleaner = TableCleaner(quotes="keep")
    >>> import pyarrow as pa
    >>> cleaner(pa.table({"text": ["He said “hi”."]})).column("text").to_pylist()
    ['He said “hi”.']
    """

    def __init__(
        self,
        *,
        text_column: str | None = "text",
        html_column: str | None = None,
        url_column: str | None = None,
        pipeline: Pipeline | None = None,
        output_prefix: str = "",
        **pipeline_options: Any,
    ) -> None:
        self.text_column = text_column
        self.html_column = html_column
        self.url_column = url_column
        self.output_prefix = output_prefix
        if pipeline is None and pipeline_options:
            pipeline = build_pipeline(**pipeline_options)
        self.pipeline = pipeline

    def __call__(self, table: pa.Table | pa.RecordBatch) -> pa.Table:
        return clean_table(
            table,
            text_column=self.text_column,
            html_column=self.html_column,
            url_column=self.url_column,
            pipeline=self.pipeline,
            output_prefix=self.output_prefix,
        )

    def __repr__(self) -> str:
        return (
            f"TableCleaner(text_column={self.text_column!r}, html_column={self.html_column!r}, "
            f"url_column={self.url_column!r}, pipeline={self.pipeline!r})"
        )


def clean_batches(batches: Iterable[pa.RecordBatch], **kwargs: Any) -> Iterator[pa.RecordBatch]:
    """Clean a stream of record batches: the function Spark's ``mapInArrow`` wants.

    Keyword arguments are those of :func:`clean_table`.

    >>> import pyarrow as pa
    >>> batch = pa.record_batch({"body": ["Hello.\\n\\nWorld."]})
    >>> [b.column("paragraphs").to_pylist() for b in clean_batches([batch], text_column="body")]
    [[['Hello.', 'World.']]]
    """
    for batch in batches:
        yield from clean_table(batch, **kwargs).to_batches()


def clean_pandas(frame: Any, **kwargs: Any) -> Any:
    """Clean a pandas ``DataFrame`` (e.g. one Dask partition) through :func:`clean_table`.

    Returns a new ``DataFrame`` with the same index.
    List columns come back as Python lists; keyword arguments are those of
    :func:`clean_table`.

    >>> import pandas as pd
    >>> clean_pandas(pd.DataFrame({"text": ["Hello.\\n\\nWorld.", None]}))["paragraphs"].tolist()
    [['Hello.', 'World.'], []]
    """
    import importlib

    import pyarrow as pa

    pd: Any = importlib.import_module("pandas")  # untyped: kept out of mypy's sight
    table = clean_table(pa.Table.from_pandas(frame, preserve_index=False), **kwargs)
    out = table.to_pandas()
    for index, field in enumerate(table.schema):
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            values = table.column(index).to_pylist()
            out[field.name] = pd.Series(values, index=out.index, dtype=object)
    out.index = frame.index
    return out
