"""Interrupt-and-resume: a run killed with ``kill -9`` and rerun with ``--resume`` gives
byte-identical outputs to an uninterrupted run (outputs are written atomically)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from .test_cli_files import SEEDS, tc, textclean_cmd, tree_hashes

N_FILES = 240


def make_inputs(root: Path) -> Path:
    src = root / "in"
    seeds = [s.read_text(encoding="utf-8") for s in SEEDS]
    for i in range(N_FILES):
        d = src / f"part{i // 60}"
        d.mkdir(parents=True, exist_ok=True)
        # distinct documents: a seed, plus a numbered paragraph
        body = seeds[i % len(seeds)] + f"\n\nDocument number {i} ends here.\n"
        (d / f"doc{i:03d}.txt").write_text(body, encoding="utf-8")
    return src


def outputs(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_kill_9_then_resume_is_byte_identical(tmp_path: Path) -> None:
    src = make_inputs(tmp_path)
    inputs_before = tree_hashes(src)
    reference = tmp_path / "reference"
    r = tc("clean-files", src, "-o", reference, "--workers", "2", "-q")
    assert r.returncode == 0, r.stderr
    assert len(outputs(reference)) == N_FILES

    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*textclean_cmd(), "clean-files", str(src), "-o", str(out), "--workers", "1", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # kill it once some, but not all, outputs exist (poll the output folder)
        for _ in range(12000):
            done = [p for p in outputs(out) if not p.name.endswith(".textclean-tmp")]
            if len(done) >= 20 or proc.poll() is not None:
                break
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    partial = [p for p in outputs(out) if not p.name.endswith(".textclean-tmp")]
    assert 0 < len(partial) < N_FILES, "the run was not interrupted partway; use more inputs"
    # what is there is complete: every output written so far equals the reference file
    for p in partial:
        assert p.read_bytes() == (reference / p.relative_to(out)).read_bytes()

    r = tc("clean-files", src, "-o", out, "--workers", "2", "--resume")
    assert r.returncode == 0, r.stderr
    assert f"{len(partial)} already done" in r.stderr.decode()
    assert tree_hashes(out) == tree_hashes(reference)  # no leftovers, same bytes
    assert tree_hashes(src) == inputs_before


def test_resume_with_a_jsonl_output_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Body one.")
    target = tmp_path / "all.jsonl"
    assert tc("clean-files", src, "-o", target, "-q").returncode == 0
    first = target.read_bytes()
    (tmp_path / ".all.jsonl.999999.textclean-tmp").write_text("left by a killed run")
    r = tc("clean-files", src, "-o", target, "--resume")
    assert r.returncode == 0 and b"already complete" in r.stderr and target.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.jsonl", "in"]
