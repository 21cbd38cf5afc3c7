"""Clean a Spark DataFrame with ``mapInArrow`` and :func:`textclean.arrow.clean_batches`.

Needs ``pyspark`` (>= 3.3) and Java, plus ``textclean[arrow]`` on every executor::

    python examples/spark_snippet.py            # a small local demo (workers run this Python)
    spark-submit examples/spark_snippet.py pages.parquet clean.parquet

``mapInArrow`` hands each task an iterator of ``pyarrow.RecordBatch`` es and wants
an iterator of record batches back, with a schema declared up front: the input
schema plus the textclean columns (:func:`output_schema`).  Output columns replace
input columns of the same name (``text`` by default).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

from textclean.arrow import clean_batches, output_schema


def spark_schema(input_schema: Any) -> Any:
    """The Spark schema of ``clean_batches`` output for a DataFrame with ``input_schema``."""
    from pyspark.sql.pandas.types import from_arrow_schema, to_arrow_schema

    arrow_in = to_arrow_schema(input_schema)
    fields = {f.name: f for f in arrow_in}
    for f in output_schema():
        fields[f.name] = f
    return from_arrow_schema(pa.schema(list(fields.values())))


def clean_spark(df: Any, **kwargs: Any) -> Any:
    """``df`` with the textclean columns; keyword arguments are those of ``clean_table``."""

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        yield from clean_batches(batches, **kwargs)

    return df.mapInArrow(run, spark_schema(df.schema))


def main(argv: list[str]) -> None:
    from pyspark.sql import SparkSession

    # local workers start ``python3`` from PATH unless told otherwise: give them this
    # interpreter, the one that has textclean (a venv's python run without activating it)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master("local[2]").appName("textclean").getOrCreate()
    if len(argv) >= 2:
        df = spark.read.parquet(argv[0])
        clean_spark(df, url_column="url" if "url" in df.columns else None).write.parquet(argv[1])
    else:
        df = spark.createDataFrame(
            [(1, "# Hello\n\nBy Jane Doe\n\nThe “body”.", "https://x.example/1"), (2, None, None)],
            "id long, text string, url string",
        )
        for row in clean_spark(df, url_column="url").select("id", "title", "authors", "paragraphs").collect():
            print(row)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
