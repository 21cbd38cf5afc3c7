"""Clean a Parquet (or JSONL) dataset with Ray Data and write the result as Parquet.

Run on your machine (a local Ray is started) or on a cluster::

    pip install 'textclean[ray]'
    python examples/ray_data.py pages/ clean/ --text-column text --url-column url
    RAY_ADDRESS=ray://head:10001 python examples/ray_data.py s3://bucket/pages/ s3://bucket/clean/

Without arguments it writes a small demo dataset to a temporary directory first.
The same job from the command line: ``textclean clean-files --engine ray
--address auto --format parquet --output clean/ pages/``.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import ray

from textclean.arrow import clean_table
from textclean.integrations.ray import read_jsonl


def demo_input(folder: Path) -> str:
    """A few hundred small messy documents in two Parquet files."""
    texts = [
        f"# Story {i}\n\nBy Jane Doe\n\nThe “body” of story {i}, hard-\nwrapped.\n\nSubscribe now for £5 a month"
        for i in range(400)
    ]
    table = pa.table({"id": list(range(400)), "text": texts, "url": [f"https://x.example/{i}" for i in range(400)]})
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.slice(0, 200), folder / "part-0.parquet")
    pq.write_table(table.slice(200), folder / "part-1.parquet")
    return str(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", help="Parquet/JSONL file, folder or URI")
    parser.add_argument("dest", nargs="?", help="output folder for Parquet files")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--html-column", default=None)
    parser.add_argument("--url-column", default=None)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="textclean-ray-"))
    source = args.source or demo_input(tmp / "pages")
    dest = args.dest or str(tmp / "clean")
    url_column = args.url_column or (None if args.source else "url")

    ray.init()  # RAY_ADDRESS, if set, connects to a cluster instead
    # read_jsonl cuts one big JSONL file into byte ranges read by many tasks (ray.data.read_json
    # reads a file in one task); compressed or remote JSONL goes to read_json.
    is_jsonl = source.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz"))
    ds = read_jsonl(source) if is_jsonl else ray.data.read_parquet(source)
    cleaned = ds.map_batches(
        clean_table,
        batch_format="pyarrow",
        # A JSONL range (at most 8 MiB) is cleaned whole, in the task that read it.
        batch_size=None if is_jsonl else 256,
        fn_kwargs={
            "text_column": args.text_column,
            "html_column": args.html_column,
            "url_column": url_column,
        },
    )
    cleaned.write_parquet(dest)
    print(f"wrote {dest}")
    for row in ray.data.read_parquet(dest).take(2):
        print(row["title"], "|", row["authors"], "|", row["paragraphs"])


if __name__ == "__main__":
    main()
