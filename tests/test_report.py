"""``textclean report``: the page is self-contained, and a real browser (headless Chromium)
renders it, runs its self-check (counts and filters) and takes a screenshot."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html

from .test_cli_files import SEEDS, tc

SUBSCRIPTION_DOC = "# Title\n\nBy Jane Doe\n\nThe “body” text.\n\nSubscribe now for £5 a month\n"


def make_inputs(root: Path) -> list[Path]:
    src = root / "in"
    src.mkdir()
    for s in SEEDS[:3]:
        shutil.copy(s, src / s.name)
    (src / "z_small.txt").write_text(SUBSCRIPTION_DOC, encoding="utf-8")
    (src / "z_clean.txt").write_text("Nothing to remove here.\n", encoding="utf-8")
    return sorted(src.iterdir())


def expected_counts(paths: list[Path]) -> tuple[Counter[str], int]:
    """Removals per reason, from ``clean-files`` (the report must agree with it)."""
    r = tc("clean-files", "-q", *paths)
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    return Counter(rm["reason"] for rec in recs for rm in rec["removed"]), len(recs)


def test_report_is_self_contained_and_counts_match(tmp_path: Path) -> None:
    paths = make_inputs(tmp_path)
    out = tmp_path / "report.html"
    r = tc("report", tmp_path / "in", "-o", out)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    # no network, no external assets
    assert not re.search(r"<(link|img|iframe|object|embed)\b|<script[^>]+src=|@import|url\(", page, re.I)
    tree = lxml_html.fromstring(page)
    counts, n_docs = expected_counts(paths)
    assert len(tree.cssselect("section.doc")) == n_docs == 5
    marks = Counter(m.get("data-reason") for m in tree.cssselect("mark.rm"))
    assert marks == counts
    for c in tree.cssselect("#filters .count"):
        assert int(c.get("data-expected")) == counts[c.get("data-reason")]
    # the small document: each removal is highlighted on its own line of the input
    small = next(s for s in tree.cssselect("section.doc") if s.get("data-source").endswith("z_small.txt"))
    by_line = {m.get("data-reason"): m.cssselect("span.l")[0].get("data-n") if m.cssselect("span.l") else None
               for m in small.cssselect("mark.rm")}
    assert by_line.get("subscription") == "7" and by_line.get("byline") == "3"
    assert small.cssselect(".cleaned p:not(.meta)")[0].text_content() == 'The "body" text.'


def test_report_bad_input_exit_1_and_rerun_in_place(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Body.")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02\x03" * 10)
    r = tc("report", tmp_path, "-o", tmp_path / "r.html")
    assert r.returncode == 1 and b"bad.bin" in r.stderr
    first = (tmp_path / "r.html").read_bytes()
    (tmp_path / "bad.bin").unlink()
    # a rerun does not take its own report for an input; naming it as an input is refused
    r = tc("report", tmp_path, "-o", tmp_path / "r.html")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "r.html").read_bytes() == first and b"1 document," in r.stderr  # deterministic
    r = tc("report", tmp_path / "good.txt", tmp_path / "r.html", "-o", tmp_path / "r.html")
    assert r.returncode == 2 and b"refusing" in r.stderr


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        exe = shutil.which(name)
        if exe:
            return exe
    return None


def chromium(exe: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]
    env = {**os.environ, "HOME": str(profile)}
    return subprocess.run([exe, *flags, *args], capture_output=True, timeout=120, env=env)


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    exe = find_chromium()
    if exe is None:
        pytest.skip("chromium not installed (Debian: apt-get install chromium); .ci/run installs it")
    paths = make_inputs(tmp_path)
    out = tmp_path / "report.html"
    assert tc("report", tmp_path / "in", "-o", out, "-q").returncode == 0
    profile = tmp_path / "profile"
    profile.mkdir()
    dom = chromium(exe, profile, "--virtual-time-budget=5000", "--dump-dom", out.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    tree = lxml_html.fromstring(dom.stdout.decode("utf-8"))
    # the page's script ran, recounted everything from the page and exercised the filters
    assert tree.get("data-ready") == "1" or tree.find("body").get("data-ready") == "1"
    st = tree.get_element_by_id("selftest")
    assert st.get("data-status") == "pass", st.text_content()
    counts, n_docs = expected_counts(paths)
    assert int(st.get("data-checks")) >= 3 + 2 * len(counts)
    assert tree.get_element_by_id("total-docs").get("data-counted") == str(n_docs)
    assert tree.get_element_by_id("total-removed").get("data-counted") == str(sum(counts.values()))
    assert tree.get_element_by_id("shown").get("data-counted") == str(n_docs)
    rendered = {c.get("data-reason"): int(c.get("data-counted")) for c in tree.cssselect("#filters .count")}
    assert rendered == dict(counts)
    # a screenshot of the rendered page
    shot = tmp_path / "report.png"
    r = chromium(exe, profile, "--screenshot=" + str(shot), "--window-size=1280,900", "--hide-scrollbars", out.as_uri())
    assert r.returncode == 0, r.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_report_shows_code_blocks_as_code(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "code.md").write_text("Run this:\n\n```\nmake test\n  make run\n```\n", encoding="utf-8")
    out = tmp_path / "report.html"
    r = tc("report", src, "-o", out)
    assert r.returncode == 0, r.stderr
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    code = tree.cssselect(".cleaned pre code")
    assert [c.text_content() for c in code] == ["make test\n  make run"]
