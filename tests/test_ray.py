"""Ray Data on a real local Ray (2 CPUs, small object store), one session-wide instance."""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import textclean

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from textclean.arrow import OUTPUT_FIELDS, clean_table  # noqa: E402
from textclean.integrations.ray import clean_dataset, clean_files_with_ray, read_jsonl  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
N_DOCS = 1200


@pytest.fixture(scope="session")
def ray_local() -> Iterator[Any]:
    """A local Ray instance for the whole session; its temp dir is short (socket path limits)."""
    saved = {k: os.environ.get(k) for k in ("RAY_AUTH_MODE", "RAY_USAGE_STATS_ENABLED")}
    os.environ["RAY_AUTH_MODE"] = "disabled"
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    temp_dir = tempfile.mkdtemp(prefix="rt", dir="/tmp")
    started = False
    try:
        if not ray.is_initialized():
            ray.init(
                num_cpus=2,
                object_store_memory=100 * 1024 * 1024,
                include_dashboard=False,
                log_to_driver=False,
                configure_logging=False,
                _temp_dir=temp_dir,
            )
            started = True
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        yield ray
    finally:
        if started:
            ray.shutdown()
        shutil.rmtree(temp_dir, ignore_errors=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def make_docs(n: int) -> list[dict[str, Any]]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
    docs: list[dict[str, Any]] = []
    for i in range(n):
        if i % 97 == 5:
            text: str | None = None
        elif i % 89 == 7:
            text = ""
        else:
            base = seeds[i % len(seeds)]
            cut = (i * 37) % max(1, len(base) // 2)
            text = f"Story number {i}.\n\n" + base[cut:]
        url = f"https://news.example/{i}" if i % 3 else None
        docs.append({"id": i, "text": text, "url": url})
    return docs


def expected_rows(docs: list[dict[str, Any]], **options: Any) -> dict[int, dict[str, Any]]:
    return {d["id"]: textclean.clean(d["text"], d["url"], **options).to_dict() for d in docs}


def by_id(rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {r["id"]: {k: r[k] for k in OUTPUT_FIELDS} for r in rows}


def test_ray_data_map_batches_on_parquet(ray_local: Any, tmp_path: Path) -> None:
    docs = make_docs(N_DOCS)
    source = tmp_path / "pages"
    source.mkdir()
    table = pa.Table.from_pylist(docs)
    for part in range(3):  # several files -> several blocks -> several tasks
        pq.write_table(table.slice(part * 400, 400), source / f"part-{part}.parquet")

    ds = ray.data.read_parquet(str(source))
    cleaned = ds.map_batches(
        clean_table, batch_format="pyarrow", fn_kwargs={"url_column": "url"}, batch_size=128
    )
    out_dir = tmp_path / "clean"
    cleaned.write_parquet(str(out_dir))

    result = pq.read_table(out_dir).to_pylist()
    assert len(result) == N_DOCS
    assert by_id(result) == expected_rows(docs)
    assert {r["id"] for r in result} == set(range(N_DOCS))


def test_read_jsonl_reads_one_file_in_many_ranges(ray_local: Any, tmp_path: Path) -> None:
    """One JSONL file, cut into byte ranges read by many tasks: every record once, cleaned as ``clean()``."""
    docs = make_docs(300)
    src = tmp_path / "one.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    size = src.stat().st_size
    ds = read_jsonl(str(src), min_range_bytes=size // 10, max_range_bytes=size // 10)
    assert ds.materialize().num_blocks() >= 10  # one read task per range, not one per file
    rows = ds.take_all()
    assert sorted(r["id"] for r in rows) == list(range(300))
    assert {r["id"]: r["text"] for r in rows} == {d["id"]: d["text"] for d in docs}
    assert by_id(clean_dataset(ds, url_column="url").take_all()) == expected_rows(docs)


def test_read_jsonl_falls_back_to_read_json_for_compressed_files(ray_local: Any, tmp_path: Path) -> None:
    import gzip

    docs = make_docs(20)
    src = tmp_path / "pages.jsonl.gz"
    src.write_bytes(gzip.compress("".join(json.dumps(d) + "\n" for d in docs).encode("utf-8")))
    assert sorted(r["id"] for r in read_jsonl(str(src)).take_all()) == list(range(20))


def test_clean_dataset_with_pipeline_options(ray_local: Any) -> None:
    docs = [{"id": i, "body": f"He said “hi” {i} times.", "link": None} for i in range(40)]
    ds = ray.data.from_items(docs)
    out = clean_dataset(ds, text_column="body", url_column="link", quotes="keep").take_all()
    assert sorted(r["id"] for r in out) == list(range(40))
    for r in out:
        assert r["text"] == textclean.clean(r["body"], quotes="keep").text
        assert "“hi”" in r["text"]


def test_clean_files_with_ray_jsonl(ray_local: Any, tmp_path: Path) -> None:
    docs = make_docs(60)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    status = clean_files_with_ray(
        [str(src)],
        str(out_file),
        fmt="jsonl",
        text_field="text",
        html_field=None,
        url_field="url",
        address=None,
        pipeline_options={"quotes": "straight"},
    )
    assert status == 0
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert by_id(rows) == expected_rows(docs)


def test_clean_files_with_ray_parquet_output_and_stdout(ray_local: Any, tmp_path: Path) -> None:
    docs = make_docs(30)
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(docs), src)
    out_dir = tmp_path / "out"
    status = clean_files_with_ray(
        [str(src)], str(out_dir), fmt="parquet", text_field="text", html_field=None,
        url_field="url", address=None, pipeline_options={"disable": ["quotes"]},
    )
    assert status == 0
    pipeline = textclean.Pipeline.default().without("quotes")
    want = {d["id"]: textclean.clean(d["text"], d["url"], pipeline=pipeline).to_dict() for d in docs}
    assert by_id(pq.read_table(out_dir).to_pylist()) == want

    stdout, stderr = io.StringIO(), io.StringIO()
    status = clean_files_with_ray(
        [str(src)], None, fmt="jsonl", text_field="text", html_field=None, url_field=None,
        address=None, pipeline_options={}, stdout=stdout, stderr=stderr,
    )
    assert status == 0, stderr.getvalue()
    assert len(stdout.getvalue().splitlines()) == 30


def test_clean_files_with_ray_whole_text_files(ray_local: Any, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Body of {name}.\n\nSecond paragraph.", encoding="utf-8")
    stdout = io.StringIO()
    status = clean_files_with_ray(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], None, fmt="jsonl",
        text_field="text", html_field=None, url_field=None, address=None,
        pipeline_options={}, stdout=stdout,
    )
    assert status == 0
    rows = sorted((json.loads(line) for line in stdout.getvalue().splitlines()), key=lambda r: r["path"])
    assert [r["paragraphs"] for r in rows] == [
        ["Body of a.txt.", "Second paragraph."],
        ["Body of b.txt.", "Second paragraph."],
    ]
    assert "bytes" not in rows[0]


def test_clean_files_with_ray_usage_errors(ray_local: Any, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"body": "x"}\n', encoding="utf-8")
    err = io.StringIO()
    args: dict[str, Any] = {
        "text_field": "text", "html_field": None, "url_field": None, "address": None,
        "pipeline_options": {}, "stderr": err,
    }
    assert clean_files_with_ray([str(src)], None, fmt="jsonl", **args) == 2
    assert "no field 'text'" in err.getvalue()
    assert clean_files_with_ray([str(src)], None, fmt="txt", **args) == 2
    assert clean_files_with_ray([str(src)], None, fmt="parquet", **args) == 2
    assert clean_files_with_ray([str(tmp_path / "missing.jsonl")], None, fmt="jsonl", **args) == 1
    with pytest.raises(KeyError):
        clean_files_with_ray(
            [str(src)], None, fmt="jsonl", **{**args, "pipeline_options": {"disable": ["nope"]}}
        )


def test_clean_files_with_ray_html_field_only(ray_local: Any, tmp_path: Path) -> None:
    pytest.importorskip("textclean.html")
    page = (FIXTURES / "html" / "article.html").read_text(encoding="utf-8")
    src = tmp_path / "pages.jsonl"
    src.write_text(json.dumps({"html": page, "url": "https://news.example/a"}) + "\n", encoding="utf-8")
    stdout = io.StringIO()
    status = clean_files_with_ray(
        [str(src)], None, fmt="jsonl", text_field="text", html_field="html", url_field="url",
        address=None, pipeline_options={}, stdout=stdout,
    )
    assert status == 0
    (row,) = [json.loads(line) for line in stdout.getvalue().splitlines()]
    want = textclean.clean(page, "https://news.example/a", html=True).to_dict()
    assert {k: row[k] for k in OUTPUT_FIELDS} == want
