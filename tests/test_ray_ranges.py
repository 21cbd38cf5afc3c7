"""Byte-range reading of JSONL files for Ray (the pure part: no Ray needed)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.integrations.ray import _local_jsonl_files, _range_bytes, jsonl_ranges

LINES = st.lists(
    st.dictionaries(st.sampled_from(["text", "url", "id"]), st.text(max_size=40), min_size=1),
    min_size=0,
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(records=LINES, pieces=st.integers(1, 30), final_newline=st.booleans(), crlf=st.booleans())
def test_ranges_cover_every_line_exactly_once(
    tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, str]], pieces: int, final_newline: bool, crlf: bool
) -> None:
    """However the file is cut, the ranges give back every line once, whole, in order."""
    path = tmp_path_factory.mktemp("r") / "d.jsonl"
    end = "\r\n" if crlf else "\n"
    body = end.join(json.dumps(r, ensure_ascii=False) for r in records)
    if records and final_newline:
        body += end
    path.write_bytes(body.encode("utf-8"))
    size = path.stat().st_size
    ranges = jsonl_ranges([(str(path), size)], pieces, min_bytes=1, max_bytes=max(1, size))
    assert ranges[0][1] == 0 and ranges[-1][2] == size
    assert all(a[2] == b[1] for a, b in itertools.pairwise(ranges))
    data = b"".join(_range_bytes(str(path), start, stop) for _, start, stop in ranges)
    assert data == body.encode("utf-8")
    got = [json.loads(line) for line in data.decode("utf-8").split("\n") if line.strip()]
    assert got == records


def test_range_sizes_follow_the_bounds() -> None:
    mib = 1024 * 1024
    ranges = jsonl_ranges([("big.jsonl", 200 * mib)], 200)
    assert len(ranges) == 200 and {stop - start for _, start, stop in ranges} == {mib}
    # Few CPUs' worth of parallelism still gives ranges of at most 8 MiB.
    assert len(jsonl_ranges([("big.jsonl", 200 * mib)], 2)) == 25
    # A small file is not cut below the minimum.
    assert jsonl_ranges([("small.jsonl", 300_000)], 200) == [("small.jsonl", 0, 300_000)]
    assert jsonl_ranges([("empty.jsonl", 0)], 8) == [("empty.jsonl", 0, 0)]


def test_bom_is_dropped_from_the_first_range(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "a"}\n{"text": "b"}\n')
    assert _range_bytes(str(path), 0, path.stat().st_size) == b'{"text": "a"}\n{"text": "b"}\n'


def test_only_plain_local_jsonl_is_cut(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n', encoding="utf-8")
    (tmp_path / "_SUCCESS").write_text("", encoding="utf-8")
    assert _local_jsonl_files([str(tmp_path)]) == [(str(tmp_path / "a.jsonl"), 14)]
    (tmp_path / "b.jsonl.gz").write_bytes(b"")
    assert _local_jsonl_files([str(tmp_path)]) is None  # compressed: read_json reads it whole
    assert _local_jsonl_files(["s3://bucket/a.jsonl"]) is None
