"""``Document.to_dict(extended=True)`` and ``clean-files --extended``: block kinds, language and
site name in the serialised record, and back through ``Document.from_dict``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textclean
from textclean.document import CODE, EXTENDED_FIELDS, FIELDS, HEADING, LIST_ITEM, Block, Document

from .test_cli_files import tc

TEXT = (
    "# Resetting the router\n\n"
    "By Jane Roe\n\n"
    "The router keeps its settings until it is reset. This takes a minute.\n\n"
    "## Steps\n\n"
    "- Unplug the router.\n"
    "- Hold the button for ten seconds.\n"
)
STANDARD = [name for name, _ in FIELDS]


def test_standard_record_keeps_exactly_the_contract_keys() -> None:
    doc = textclean.clean(TEXT)
    assert list(doc.to_dict()) == STANDARD
    assert list(json.loads(doc.to_json())) == STANDARD


def test_extended_record_adds_kinds_language_and_site_name() -> None:
    doc = textclean.clean(TEXT)
    data = doc.to_dict(extended=True)
    assert list(data) == STANDARD + [name for name, _ in EXTENDED_FIELDS]
    assert data["paragraphs"] == [
        "The router keeps its settings until it is reset. This takes a minute.",
        "Steps",
        "Unplug the router.",
        "Hold the button for ten seconds.",
    ]
    assert data["kinds"] == ["paragraph", HEADING, LIST_ITEM, LIST_ITEM]
    assert data["language"] == "en"
    assert data["site_name"] is None
    assert json.loads(doc.to_json(extended=True)) == data


def test_site_name_comes_from_the_html_metadata() -> None:
    html = (
        '<html lang="de"><head><meta property="og:site_name" content="Tagesblatt">'
        "<title>Ein Titel</title></head><body><article><h1>Ein Titel</h1>"
        "<p>Der Stadtrat hat am Montag beschlossen, die Brücke über den Fluss zu erneuern. "
        "Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre.</p></article></body></html>"
    )
    data = textclean.clean_html(html).to_dict(extended=True)
    assert data["site_name"] == "Tagesblatt"
    assert data["language"] == "de"


def test_from_dict_rebuilds_the_kinds_and_the_text() -> None:
    doc = Document(
        title="T",
        blocks=[Block("Run:", "paragraph"), Block("make test", CODE), Block("Notes", HEADING, level=2)],
        extra={"language": "en", "site_name": "Docs"},
    )
    again = Document.from_dict(doc.to_dict(extended=True))
    assert again.kinds == ["paragraph", CODE, HEADING]
    assert again.text == doc.text  # the code block keeps its fences
    assert (again.language, again.site_name) == ("en", "Docs")
    assert again.to_dict(extended=True) == doc.to_dict(extended=True)


@pytest.mark.parametrize(
    "kinds",
    [None, ["paragraph"], ["paragraph", "no-such-kind", "heading"], "paragraph"],
)
def test_from_dict_ignores_kinds_that_do_not_fit(kinds: object) -> None:
    data = Document(blocks=[Block("a"), Block("b", HEADING), Block("c")]).to_dict()
    data["kinds"] = kinds
    assert Document.from_dict(data).kinds == ["paragraph"] * 3


def test_cli_extended_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "router.txt"
    src.write_text(TEXT, encoding="utf-8")
    plain = json.loads(tc("clean-files", src).stdout)
    assert "kinds" not in plain
    res = tc("clean-files", "--extended", src)
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout)
    assert record["kinds"] == ["paragraph", "heading", "list-item", "list-item"]
    assert record["language"] == "en"
    assert {k: v for k, v in record.items() if k in plain} == plain


def test_cli_extended_parquet_columns(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    pq.write_table(pa.table({"id": [1], "text": [TEXT]}), src / "part.parquet")
    res = tc("clean-files", "--extended", src / "part.parquet", "--output", out)
    assert res.returncode == 0, res.stderr
    table = pq.read_table(out / "part.parquet")
    assert table.column("kinds").to_pylist() == [["paragraph", "heading", "list-item", "list-item"]]
    assert table.column("language").to_pylist() == ["en"]


def test_cli_extended_is_refused_with_ray(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    res = tc("clean-files", "--extended", "--engine", "ray", src)
    assert res.returncode == 2
    assert b"--extended" in res.stderr
    assert b"Traceback" not in res.stderr
