"""textclean.arrow.clean_table: row-by-row agreement with textclean.clean()."""

from __future__ import annotations

import importlib.util
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import textclean
from textclean import Pipeline

pa = pytest.importorskip("pyarrow")
arrow = pytest.importorskip("textclean.arrow")

FIXTURES = Path(__file__).parent / "fixtures"


def corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
    examples = Path(__file__).parent.parent / "examples" / "corpus"
    texts += [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    return texts


def rows_of(out: Any) -> list[dict[str, Any]]:
    return [{k: row[k] for k in arrow.OUTPUT_FIELDS} for row in out.to_pylist()]


def test_import_textclean_does_not_import_engines() -> None:
    engines = "('pyarrow', 'ray', 'scrapy', 'itemadapter', 'pandas')"
    for modules in ("textclean", "textclean.arrow, textclean.integrations.ray, textclean.integrations.scrapy"):
        code = (
            f"import sys, {modules}; import textclean; textclean.clean('x');"
            f"bad = [m for m in {engines} if m in sys.modules];"
            "print(bad); sys.exit(1 if bad else 0)"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        assert proc.returncode == 0, (modules, proc.stdout + proc.stderr)


def test_clean_table_agrees_with_clean_row_by_row() -> None:
    texts = corpus()
    urls = [f"https://example.org/{i}" if i % 2 else None for i in range(len(texts))]
    table = pa.table({"id": list(range(len(texts))), "text": texts, "url": urls})
    out = arrow.clean_table(table, url_column="url")
    assert out.num_rows == len(texts)
    expected = [textclean.clean(t, u).to_dict() for t, u in zip(texts, urls, strict=True)]
    assert rows_of(out) == expected
    assert out.column("id").to_pylist() == list(range(len(texts)))


def test_output_schema_and_column_order() -> None:
    table = pa.table({"doc": ["Hello world."], "lang": ["en"]})
    out = arrow.clean_table(table, text_column="doc")
    assert out.column_names == ["doc", "lang", *arrow.OUTPUT_FIELDS]
    assert out.schema.field("authors").type == pa.list_(pa.string())
    assert out.schema.field("date").type == pa.string()
    assert out.schema.field("removed").type == arrow.output_schema().field("removed").type
    assert out.column("doc").to_pylist() == ["Hello world."]


def test_text_column_replaced_in_place_or_kept_with_prefix() -> None:
    table = pa.table({"text": ["He said “hi”."], "n": [1]})
    out = arrow.clean_table(table)
    assert out.column_names[:2] == ["text", "n"]
    assert out.column("text").to_pylist() == ['He said "hi".']
    kept = arrow.clean_table(table, output_prefix="clean_")
    assert kept.column("text").to_pylist() == ["He said “hi”."]
    assert kept.column("clean_text").to_pylist() == ['He said "hi".']


@pytest.mark.parametrize(
    "values",
    [
        pytest.param(["", None, "  \n ", "Real text here."], id="strings-empty-null"),
        pytest.param([1, None, 3], id="int"),
        pytest.param([1.5, float("nan")], id="float"),
        pytest.param([b"caf\xe9 au lait, s'il vous pla\xeet", b"", None], id="binary"),
        pytest.param([["a", "b"], None, []], id="list"),
        pytest.param([{"a": 1}, None], id="struct"),
        pytest.param([True, False], id="bool"),
    ],
)
def test_empty_null_and_non_string_cells(values: list[Any]) -> None:
    table = pa.table({"text": pa.array(values)})
    out = arrow.clean_table(table)
    cells = table.column("text").to_pylist()
    assert rows_of(out) == [textclean.clean(c).to_dict() for c in cells]
    for cell, row in zip(cells, rows_of(out), strict=True):
        if cell is None or not isinstance(cell, (str, bytes)):
            assert row["paragraphs"] == [] and row["warnings"], row


def test_all_null_column_and_empty_table() -> None:
    table = pa.table({"text": pa.array([None, None], type=pa.null())})
    out = arrow.clean_table(table)
    assert [r["warnings"] for r in rows_of(out)] == [["input was empty (None)"]] * 2
    empty = arrow.clean_table(pa.table({"text": pa.array([], type=pa.string())}))
    assert empty.num_rows == 0
    assert empty.schema.remove(0).equals(arrow.output_schema().remove(arrow.OUTPUT_FIELDS.index("text")))


def test_record_batch_input_and_clean_batches() -> None:
    batch = pa.record_batch({"body": ["First.\n\nSecond.", None]})
    out = arrow.clean_table(batch, text_column="body")
    assert out.column("paragraphs").to_pylist() == [["First.", "Second."], []]
    streamed = list(arrow.clean_batches([batch, batch], text_column="body"))
    assert sum(b.num_rows for b in streamed) == 4


def test_custom_pipeline_and_table_cleaner_are_picklable() -> None:
    pipeline = Pipeline.default(quotes="keep")
    table = pa.table({"text": ["He said “hi”."]})
    out = arrow.clean_table(table, pipeline=pipeline)
    assert out.column("text").to_pylist() == [textclean.clean("He said “hi”.", pipeline=pipeline).text]
    cleaner = pickle.loads(pickle.dumps(arrow.TableCleaner(quotes="keep")))
    assert cleaner(table).column("text").to_pylist() == ["He said “hi”."]
    fn = pickle.loads(pickle.dumps(arrow.clean_table))
    assert fn is arrow.clean_table
    with pytest.raises(KeyError):
        arrow.TableCleaner(disable=["no-such-cleaner"])


def test_missing_column_raises_key_error() -> None:
    with pytest.raises(KeyError, match="nope"):
        arrow.clean_table(pa.table({"text": ["x"]}), url_column="nope")
    with pytest.raises(ValueError):
        arrow.clean_table(pa.table({"text": ["x"]}), text_column=None)


def test_a_failing_row_becomes_a_warning_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    real = arrow.clean

    def flaky(data: Any, url: Any = None, **kw: Any) -> textclean.Document:
        if data == "boom":
            raise RuntimeError("kaput")
        return real(data, url, **kw)

    monkeypatch.setattr(arrow, "clean", flaky)
    out = arrow.clean_table(pa.table({"text": ["ok text.", "boom"]}))
    rows = rows_of(out)
    assert rows[0]["paragraphs"] == ["ok text."]
    assert rows[1]["paragraphs"] == [] and "kaput" in rows[1]["warnings"][0]


def test_html_column_agrees_with_clean_html() -> None:
    pytest.importorskip("textclean.html")
    page = (FIXTURES / "html" / "article.html").read_text(encoding="utf-8")
    table = pa.table(
        {
            "html": [page, None, "<p>Short <b>page</b>.</p>"],
            "text": ["ignored", "Plain fallback text.", None],
            "url": ["https://news.example/a", None, "https://x.example/"],
        }
    )
    out = arrow.clean_table(table, html_column="html", url_column="url")
    expected = [
        textclean.clean(page, "https://news.example/a", html=True).to_dict(),
        textclean.clean("Plain fallback text.").to_dict(),
        textclean.clean("<p>Short <b>page</b>.</p>", "https://x.example/", html=True).to_dict(),
    ]
    assert rows_of(out) == expected
    assert "html" in out.column_names


def test_clean_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": ["One.\n\nTwo.", None]}, index=[10, 11])
    out = arrow.clean_pandas(frame)
    assert list(out.index) == [10, 11]
    assert out["paragraphs"].tolist() == [["One.", "Two."], []]


def load_example(name: str) -> Any:
    path = Path(__file__).parent.parent / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"textclean_example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _sample_texts() -> list[str | None]:
    """Real documents (the seed corpus) plus the awkward cells: null, empty, whitespace."""
    seeds = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in seeds] + [None, "", "  \n ", "# Hello\n\nThe “body”."]


def test_dask_map_partitions() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    snippet = load_example("dask_snippet")
    texts = _sample_texts()
    frame = pd.DataFrame({"id": list(range(len(texts))), "text": texts})
    ddf = dd.from_pandas(frame, npartitions=3)
    out = snippet.clean_dask(ddf).compute(scheduler="threads").sort_values("id")
    assert out["id"].tolist() == list(range(len(texts)))
    for (_, row), text in zip(out.iterrows(), texts, strict=True):
        want = textclean.clean(text).to_dict()
        assert list(row["paragraphs"]) == want["paragraphs"]
        assert list(row["warnings"]) == want["warnings"]
        # pandas shows a missing string as NaN
        assert (None if pd.isna(row["title"]) else row["title"]) == want["title"]
        assert list(row["authors"]) == want["authors"]


@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_map_in_arrow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.skip("Spark needs java, which is not installed")
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter (with textclean and pyarrow), and Spark
    # stays on the loopback interface.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    snippet = load_example("spark_snippet")
    spark = (
        SparkSession.builder.master("local[1]")
        .appName("textclean-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.local.dir", str(tmp_path))
        .getOrCreate()
    )
    try:
        texts = _sample_texts()
        df = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id long, text string")
        rows = sorted(snippet.clean_spark(df).collect(), key=lambda r: r["id"])
        assert [r["id"] for r in rows] == list(range(len(texts)))
        for row, text in zip(rows, texts, strict=True):
            want = textclean.clean(text).to_dict()
            assert row["paragraphs"] == want["paragraphs"]
            assert row["warnings"] == want["warnings"]
            assert row["title"] == want["title"]
            assert row["authors"] == want["authors"]
            assert [r["reason"] for r in row["removed"]] == [r["reason"] for r in want["removed"]]
    finally:
        spark.stop()
