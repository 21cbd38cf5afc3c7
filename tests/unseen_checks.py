"""The three tests every round of unseen fixtures runs (rounds 3 and 4): each fixture's blocks
against the expected ``(kind, text)`` list (a known limit must still differ, and is an
expected failure), its metadata and removal reasons, and the guarantees of any input.

``test_fixture_blocks, test_fixture_metadata, test_fixture_guarantees = fixture_tests(...)``
in a test module gives it the three, parametrised by fixture name."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path

import pytest

import textclean

from .test_guarantees import _guarantees

Blocks = list[tuple[str, str]]
Meta = tuple[str | None, list[str], str | None, list[str]]


def read_fixture(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


def blocks_of(text: str) -> Blocks:
    return [(b.kind, b.text) for b in textclean.clean(text).blocks]


def fixture_tests(
    folder: Path, expected: Mapping[str, Blocks], meta: Mapping[str, Meta], known_limits: Collection[str]
) -> tuple[Callable[[str], None], Callable[[str], None], Callable[[str], None]]:
    @pytest.mark.parametrize("name", sorted(expected))
    def test_fixture_blocks(name: str) -> None:
        got = blocks_of(read_fixture(folder, name))
        if name in known_limits:
            assert got != expected[name]  # (when this fails, the limit is gone: move the fixture out)
            pytest.xfail("known limit")
        assert got == expected[name]

    @pytest.mark.parametrize("name", sorted(meta))
    def test_fixture_metadata(name: str) -> None:
        doc = textclean.clean(read_fixture(folder, name))
        title, authors, date, reasons = meta[name]
        assert doc.title == title
        assert doc.authors == authors
        assert (doc.date.isoformat()[:10] if doc.date else None) == date
        assert sorted({r.reason for r in doc.removed}) == reasons

    @pytest.mark.parametrize("name", sorted(expected))
    def test_fixture_guarantees(name: str) -> None:
        _guarantees(read_fixture(folder, name))

    return test_fixture_blocks, test_fixture_metadata, test_fixture_guarantees
