"""CLI tests: run the real installed command in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES


def textclean_cmd() -> list[str]:
    exe = shutil.which("textclean", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "textclean"]


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*textclean_cmd(), *args], input=input, capture_output=True, timeout=120)


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and b"textclean" in r.stdout


def test_clean_files_jsonl_on_seeds() -> None:
    seeds = sorted((FIXTURES / "seeds").glob("*.txt"))
    r = run("clean-files", "--format", "jsonl", *map(str, seeds))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == len(seeds)
    for line, seed in zip(lines, seeds, strict=True):
        rec = json.loads(line)
        assert rec["source"] == str(seed)
        gold = json.loads((FIXTURES / "gold" / (seed.stem + ".json")).read_text())
        assert rec["title"] == gold["title"]
        assert len(rec["paragraphs"]) == len(gold["paragraphs"])


def test_stdin() -> None:
    r = run("clean-files", "--format", "jsonl", "-", input=b"# T\n\nBody [x](#).")
    assert r.returncode == 0
    rec = json.loads(r.stdout)
    assert rec["source"] == "-" and rec["title"] == "T" and rec["paragraphs"] == ["Body x."]


def test_missing_file_is_reported_and_others_still_cleaned(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Body.")
    r = run("clean-files", "--format", "jsonl", str(tmp_path / "missing.txt"), str(good))
    assert r.returncode == 1
    assert b"missing.txt" in r.stderr
    assert json.loads(r.stdout)["paragraphs"] == ["Body."]


def test_usage_error_exit_2() -> None:
    assert run("clean-files").returncode == 2
    assert run("clean-files", "--disable", "nope", str(FIXTURES / "seeds" / "000_bcd0030345b32787.txt")).returncode == 2


@pytest.mark.parametrize("fmt", ["txt", "json"])
def test_other_formats(fmt: str) -> None:
    r = run("clean-files", "--format", fmt, str(FIXTURES / "seeds" / "000_bcd0030345b32787.txt"))
    assert r.returncode == 0
    assert b"Moscow" in r.stdout


def test_command_records_equal_clean_for_every_language(tmp_path: Path) -> None:
    """The command's default pipeline is the library's: language guessed per document."""
    import textclean

    docs = {
        "de.txt": "Bahnstreik legt Fernverkehr lahm\n\nVon Anna Müller\n\n"
        "Der Streik der Lokführer hat am Montag einen Großteil des Fernverkehrs lahmgelegt, "
        "und die Reisenden mussten auf Busse ausweichen.\n\nLesen Sie auch: Was Pendler jetzt wissen müssen\n\n"
        "Jetzt abonnieren und weiterlesen",
        "fr.txt": "La grève paralyse les trains\n\nPar Marie Dupont\n\n"
        "La grève des cheminots a paralysé lundi une grande partie du trafic, et les voyageurs "
        "ont dû se tourner vers les bus.\n\nÀ lire aussi : ce que les usagers doivent savoir",
    }
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run("clean-files", "--no-config", "--format", "jsonl", str(tmp_path))
    assert proc.returncode == 0, proc.stderr.decode()
    records = {Path(r["source"]).name: r for r in map(json.loads, proc.stdout.decode().splitlines())}
    for name, text in docs.items():
        want = textclean.clean(text).to_dict()
        got = {k: v for k, v in records[name].items() if k != "source"}
        assert got == want
        assert any(r["reason"] == "related-link" for r in got["removed"]), name


def test_output_under_a_file_is_a_usage_error_without_traceback(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Body of the page.")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    for out in (blocker / "out", blocker / "all.jsonl", blocker):
        r = run("clean-files", "-o", str(out), str(src))
        assert r.returncode == 2, (out, r.stderr)
        assert b"Traceback" not in r.stderr
        assert b"not a folder" in r.stderr or b"Not a directory" in r.stderr
    assert blocker.read_text() == "a file, not a folder" and src.read_text() == "Body of the page."


def test_output_folders_are_made(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Body of the page.")
    out = tmp_path / "new" / "deeper" / "all.jsonl"
    r = run("clean-files", "-o", str(out), str(src))
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text())["paragraphs"] == ["Body of the page."]


def test_an_output_that_cannot_be_written_fails_that_input_only(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(f"Body of page {name}.")
    out = tmp_path / "out"
    (out / "a.json").mkdir(parents=True)  # a folder where a.txt's output must go
    r = run("clean-files", "-o", str(out), str(tmp_path / "in"))
    assert r.returncode == 1
    assert b"Traceback" not in r.stderr
    assert b"a.json: cannot write" in r.stderr
    assert b"1 failed" in r.stderr
    assert json.loads((out / "b.json").read_text())["paragraphs"] == ["Body of page b."]
    assert not [p for p in out.iterdir() if p.name.endswith(".textclean-tmp")]


def test_a_folder_with_nothing_to_clean_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    r = run("clean-files", str(tmp_path / "empty"))
    assert r.returncode == 0 and r.stdout == b""
    assert b"warning: no files to clean" in r.stderr
    (tmp_path / "empty" / "a.txt").write_text("Body.")
    r = run("clean-files", "--glob", "*.md", str(tmp_path / "empty"))
    assert b"left out by --glob/--exclude" in r.stderr


def test_language_option_is_checked(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Body of the page.")
    r = run("clean-files", "--language", "klingon!", str(src))
    assert r.returncode == 2 and b"unknown language" in r.stderr and b"Traceback" not in r.stderr
    r = run("clean-files", "--language", "en-GB", str(src))
    assert r.returncode == 0 and json.loads(r.stdout)["paragraphs"] == ["Body of the page."]
