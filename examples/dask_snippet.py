"""Clean a Dask DataFrame with ``map_partitions`` and :func:`textclean.arrow.clean_pandas`.

Needs ``dask[dataframe]`` and ``textclean[arrow]``::

    python examples/dask_snippet.py                       # a small local demo
    python examples/dask_snippet.py pages.parquet clean/  # a real dataset

Each partition is a pandas ``DataFrame``; ``clean_pandas`` runs it through
``clean_table`` and returns the input columns plus the textclean columns (lists
as Python lists).  ``meta`` (the output's empty frame) is computed by cleaning
an empty partition, so Dask never has to guess.
"""

from __future__ import annotations

import sys
from typing import Any

from textclean.arrow import clean_pandas


def clean_dask(ddf: Any, **kwargs: Any) -> Any:
    """``ddf`` with the textclean columns; keyword arguments are those of ``clean_table``."""
    meta = clean_pandas(ddf._meta, **kwargs)
    return ddf.map_partitions(clean_pandas, meta=meta, **kwargs)


def main(argv: list[str]) -> None:
    import dask.dataframe as dd
    import pandas as pd

    if len(argv) >= 2:
        ddf = dd.read_parquet(argv[0])
        clean_dask(ddf).to_parquet(argv[1])
        return
    frame = pd.DataFrame({"text": [f"# Story {i}\n\nThe “body” of story {i}." for i in range(10)]})
    ddf = dd.from_pandas(frame, npartitions=2)
    print(clean_dask(ddf)[["title", "paragraphs"]].compute())


if __name__ == "__main__":
    main(sys.argv[1:])
