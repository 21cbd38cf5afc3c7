"""``clean-files --format json`` on standard output is one JSON document: the object for
one record, an array of the records for two or more (streamed by ``JsonRecords``)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from textclean.cli_io import JsonRecords, record_bytes

from .test_cli import run


def _write(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        p = folder / name
        p.write_text(f"Heading {i}\n\nBody of page {i}, with a \"quote\" and a line.\n", encoding="utf-8")
        paths.append(p)
    return paths


def _clean_json(*args: str) -> object:
    r = run("clean-files", "--no-config", "-q", "--format", "json", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_one_file_is_one_object_as_before(tmp_path: Path) -> None:
    (one,) = _write(tmp_path, ["a.txt"])
    rec = _clean_json(str(one))
    assert isinstance(rec, dict) and rec["source"] == str(one)
    assert rec["paragraphs"][-1].startswith("Body of page 0")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_three_files_are_one_array_in_input_order(tmp_path: Path, workers: str) -> None:
    paths = _write(tmp_path, ["c.txt", "a.txt", "b.txt"])
    r = run("clean-files", "--no-config", "-q", "--format", "json", "--workers", workers, *map(str, paths))
    assert r.returncode == 0, r.stderr
    recs = json.loads(r.stdout)
    assert isinstance(recs, list) and [x["source"] for x in recs] == [str(p) for p in paths]
    # the same bytes as json.dumps of the list
    assert r.stdout.decode("utf-8") == json.dumps(recs, ensure_ascii=False, indent=2) + "\n"


def test_folder_is_one_array(tmp_path: Path) -> None:
    _write(tmp_path / "site", ["x.txt", "y.txt"])
    _write(tmp_path / "site" / "sub", ["z.txt"])
    recs = _clean_json(str(tmp_path / "site"))
    assert isinstance(recs, list)
    site = tmp_path / "site"
    assert [Path(x["source"]).relative_to(site).as_posix() for x in recs] == ["sub/z.txt", "x.txt", "y.txt"]


def test_jsonl_dataset_of_three_lines_is_one_array(tmp_path: Path) -> None:
    data = tmp_path / "crawl.jsonl"
    lines = [{"id": i, "text": f"Line {i} of the dataset is kept."} for i in (1, 2, 3)]
    data.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    recs = _clean_json(str(data))
    assert isinstance(recs, list) and [x["id"] for x in recs] == [1, 2, 3]
    assert [x["source"] for x in recs] == [f"{data}:{i}" for i in (1, 2, 3)]


def test_one_line_dataset_is_one_object(tmp_path: Path) -> None:
    data = tmp_path / "one.jsonl"
    data.write_text('{"id": 9, "text": "Only line."}\n', encoding="utf-8")
    rec = _clean_json(str(data))
    assert isinstance(rec, dict) and rec["id"] == 9


def test_failed_input_writes_no_record(tmp_path: Path) -> None:
    (good,) = _write(tmp_path, ["good.txt"])
    r = run("clean-files", "--no-config", "-q", "--format", "json", str(tmp_path / "missing.txt"), str(good))
    assert r.returncode == 1 and b"missing.txt" in r.stderr
    assert json.loads(r.stdout)["source"] == str(good)  # one record left: the object


def test_datasets_and_files_together_in_chunks(tmp_path: Path) -> None:
    # a dataset split into several chunks (more than one record each) plus a file
    data = tmp_path / "big.jsonl"
    data.write_text("".join(json.dumps({"n": i, "text": f"Record {i}."}) + "\n" for i in range(450)))
    (doc,) = _write(tmp_path, ["doc.txt"])
    recs = _clean_json("--workers", "2", str(data), str(doc))
    assert isinstance(recs, list) and len(recs) == 451
    assert [x.get("n") for x in recs[:-1]] == list(range(450)) and recs[-1]["source"] == str(doc)


def test_diff_output_is_left_alone(tmp_path: Path) -> None:
    paths = _write(tmp_path, ["a.txt", "b.txt"])
    (paths[0]).write_text("Body [x](#).\n", encoding="utf-8")
    r = run("clean-files", "--no-config", "-q", "--format", "json", "--diff", *map(str, paths))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(b"---") and b"[\n" not in r.stdout


@pytest.mark.parametrize("n", [0, 1, 2, 5])
def test_json_records_writer(n: int) -> None:
    records = [{"i": i, "t": "a\nb", "l": [1, {"k": []}]} for i in range(n)]
    out = io.BytesIO()
    writer = JsonRecords(out)
    for rec in records:
        writer.write(record_bytes(rec, "json"))
    if n >= 2:  # the first record is held back only until the second arrives
        assert out.getvalue().startswith(b"[\n  {")
    writer.close()
    if n == 0:
        assert out.getvalue() == b""
    elif n == 1:
        assert out.getvalue() == record_bytes(records[0], "json")
    else:
        assert out.getvalue().decode() == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
