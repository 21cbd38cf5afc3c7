"""``textclean clean-files``: the real installed command, run in a subprocess on temporary trees."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def textclean_cmd() -> list[str]:
    exe = shutil.which("textclean", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "textclean"]


def tc(
    *args: str | Path, cwd: Path | None = None, input: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``textclean`` command (no config file from the surroundings)."""
    return subprocess.run(
        [*textclean_cmd(), *map(str, args)], cwd=cwd, input=input, capture_output=True, timeout=120
    )


def tree_hashes(root: Path) -> dict[str, str]:
    """{relative path: sha256 (or link target)} for every file and symlink under ``root``."""
    out: dict[str, str] = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def make_tree(root: Path) -> Path:
    """A small input tree: text seeds in folders, a .gz, a hidden file, and a note to exclude."""
    src = root / "in"
    (src / "a" / "b").mkdir(parents=True)
    shutil.copy(SEEDS[0], src / "one.txt")
    shutil.copy(SEEDS[1], src / "a" / "two.txt")
    (src / "a" / "b" / "three.txt.gz").write_bytes(gzip.compress(SEEDS[2].read_bytes(), mtime=0))
    (src / ".hidden.txt").write_text("hidden")
    (src / "a" / "notes.log").write_text("Some log line.")
    return src


# -- help and version --------------------------------------------------------------


def test_help_for_every_command_has_examples() -> None:
    r = tc("--help")
    assert r.returncode == 0 and b"clean-files" in r.stdout and b"report" in r.stdout
    for cmd in ("clean-files", "report"):
        r = tc(cmd, "--help")
        assert r.returncode == 0
        assert b"examples:" in r.stdout and b"textclean " + cmd.encode() in r.stdout
    helptext = tc("clean-files", "--help").stdout
    for opt in (b"--workers", b"--resume", b"--engine", b"--address", b"--dry-run", b"--diff", b"--explain"):
        assert opt in helptext
    r = tc("--version")
    assert r.returncode == 0 and r.stdout.startswith(b"textclean ")


# -- folders, formats, order ---------------------------------------------------------


def test_output_dir_mirrors_tree_json_by_default(tmp_path: Path) -> None:
    src = make_tree(tmp_path)
    out = tmp_path / "out"
    r = tc("clean-files", src, "--output", out, "--exclude", "*.log")
    assert r.returncode == 0, r.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "a/b/three.json",
        "a/two.json",
        "one.json",
    ]
    rec = json.loads((out / "a" / "b" / "three.json").read_text())
    assert rec["source"] == str(src / "a" / "b" / "three.txt.gz")
    expected = json.loads(tc("clean-files", SEEDS[2]).stdout)
    assert {k: v for k, v in rec.items() if k != "source"} == {
        k: v for k, v in expected.items() if k != "source"
    }
    assert set(rec) == {"source", "title", "authors", "date", "url", "links", "paragraphs", "text", "removed", "warnings"}


@pytest.mark.parametrize(("fmt", "marker"), [("txt", "# "), ("md", "# ")])
def test_output_dir_txt_and_md(tmp_path: Path, fmt: str, marker: str) -> None:
    src = make_tree(tmp_path)
    out = tmp_path / "out"
    r = tc("clean-files", src, "-o", out, "--format", fmt, "--glob", "*.txt", "--glob", "*.gz")
    assert r.returncode == 0, r.stderr
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [f"a/b/three.{fmt}", f"a/two.{fmt}", f"one.{fmt}"]
    text = (out / f"one.{fmt}").read_text()
    assert text.startswith(marker) and "Moscow" in text


def test_jsonl_order_does_not_depend_on_workers(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        shutil.copy(SEEDS[i % len(SEEDS)], src / f"doc{i:02d}.txt")
    one = tc("clean-files", src, "--workers", "1", "-q")
    three = tc("clean-files", src, "--workers", "3", "-q")
    assert one.returncode == three.returncode == 0
    assert one.stdout == three.stdout
    sources = [json.loads(line)["source"] for line in one.stdout.splitlines()]
    assert sources == [str(src / f"doc{i:02d}.txt") for i in range(12)]
    # the same, written to one JSONL file
    target = tmp_path / "all.jsonl"
    assert tc("clean-files", src, "--workers", "3", "-q", "-o", target).returncode == 0
    assert target.read_bytes() == one.stdout


def test_stdin_to_output_dir(tmp_path: Path) -> None:
    r = tc("clean-files", "-", "-o", tmp_path / "out", input=b"# T\n\nBody [x](#).")
    assert r.returncode == 0, r.stderr
    rec = json.loads((tmp_path / "out" / "stdin.json").read_text())
    assert rec["source"] == "-" and rec["paragraphs"] == ["Body x."]


# -- datasets ---------------------------------------------------------------------------


def test_jsonl_dataset_fields_carried_and_bad_lines_reported(tmp_path: Path) -> None:
    data = tmp_path / "crawl.jsonl"
    lines = [
        json.dumps({"id": 1, "body": "# Hello\n\nThe “body”.\n\nSubscribe now for £5 a month", "link": "https://e.x/1"}),
        "{not json",
        json.dumps({"id": 3, "other": "no body field"}),
        json.dumps({"id": 4, "body": "Second document."}),
    ]
    data.write_text("\n".join(lines) + "\n")
    r = tc("clean-files", data, "--text-field", "body", "--url-field", "link")
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"{data}:2: invalid JSON" in err and f"{data}:3: no 'body' field" in err
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [rec["id"] for rec in recs] == [1, 4]
    assert recs[0]["source"] == f"{data}:1" and recs[0]["url"] == "https://e.x/1"
    assert recs[0]["title"] == "Hello" and recs[0]["paragraphs"] == ['The "body".']
    assert recs[0]["link"] == "https://e.x/1" and "body" not in recs[0]
    # one output file per dataset, same kind
    out = tmp_path / "out"
    r = tc("clean-files", data, "--text-field", "body", "-o", out, "-q")
    assert r.returncode == 1
    assert [json.loads(x)["id"] for x in (out / "crawl.jsonl").read_text().splitlines()] == [1, 4]


def test_big_jsonl_dataset_is_split_across_workers_deterministically(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    lines = [
        json.dumps({"id": i, "text": f"# Doc {i}\n\nBody of “record” {i}.\n\nSubscribe now for £5 a month"})
        for i in range(450)
    ]
    lines[300] = "{broken"
    (src / "big.jsonl").write_text("\n".join(lines) + "\n")
    good = "\n".join(lines[:260]).encode() + b"\n"
    (src / "trunc.jsonl.gz").write_bytes(gzip.compress(good, mtime=0)[:-40])  # cut off
    runs = {}
    for w in ("1", "3"):
        r = tc("clean-files", src, "--workers", w, "-q")
        assert r.returncode == 1
        assert f"{src / 'big.jsonl'}:301: invalid JSON" in r.stderr.decode()
        assert f"{src / 'trunc.jsonl.gz'}: corrupt" in r.stderr.decode()
        runs[w] = r.stdout
        out = tmp_path / f"out{w}"
        assert tc("clean-files", src, "--workers", w, "-q", "-o", out).returncode == 1
        assert sorted(p.name for p in out.iterdir()) == ["big.jsonl"]  # the truncated input failed
    assert runs["1"] == runs["3"]
    assert (tmp_path / "out1" / "big.jsonl").read_bytes() == (tmp_path / "out3" / "big.jsonl").read_bytes()
    recs = [json.loads(x) for x in (tmp_path / "out3" / "big.jsonl").read_text().splitlines()]
    assert [r["id"] for r in recs] == [i for i in range(450) if i != 300]
    assert recs[7]["title"] == "Doc 7" and recs[7]["paragraphs"] == ['Body of "record" 7.']


def test_jsonl_html_field(tmp_path: Path) -> None:
    pytest.importorskip("textclean.html")
    page = (FIXTURES / "html" / "article.html").read_text(encoding="utf-8")
    data = tmp_path / "pages.jsonl"
    data.write_text(json.dumps({"html": page, "text": None}) + "\n" + json.dumps({"html": "", "text": "Plain."}) + "\n")
    r = tc("clean-files", data, "--html-field", "html")
    assert r.returncode == 0, r.stderr
    a, b = (json.loads(x) for x in r.stdout.splitlines())
    assert a["title"] and a["paragraphs"] and b["paragraphs"] == ["Plain."]


def test_parquet_in_parquet_out(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in"
    src.mkdir()
    table = pa.table({"id": [7, 8], "text": ["# T\n\nBody [x](#).", "Other text."]})
    pq.write_table(table, src / "part.parquet")
    out = tmp_path / "out"
    r = tc("clean-files", src, "-o", out, "-q")
    assert r.returncode == 0, r.stderr
    res = pq.read_table(out / "part.parquet")
    assert res.column("id").to_pylist() == [7, 8]
    assert res.column("title").to_pylist() == ["T", None]
    assert res.column("paragraphs").to_pylist() == [["Body x."], ["Other text."]]
    assert res.column("source").to_pylist() == [f"{src / 'part.parquet'}:1", f"{src / 'part.parquet'}:2"]
    r = tc("clean-files", src / "part.parquet")  # Parquet to JSONL on standard output
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == [7, 8]


# -- bad inputs, encodings ----------------------------------------------------------


def test_bad_inputs_are_reported_and_the_others_cleaned(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS[0], src / "good.txt")
    (src / "binary.bin").write_bytes(b"\x7fELF\x00\x01\x02\x00" * 100)
    (src / "corrupt.txt.gz").write_bytes(b"this is not gzip data")
    (src / "dangling.txt").symlink_to(tmp_path / "nowhere")
    (src / "big.txt").write_text("word " * 5000)
    (src / "zgood.txt").write_text("Another body.")
    out = tmp_path / "out"
    r = tc("clean-files", src, "-o", out, "--max-size", "10k")
    assert r.returncode == 1
    err = r.stderr.decode()
    for name, reason in [
        ("binary.bin", "binary"),
        ("corrupt.txt.gz", "gzip"),
        ("dangling.txt", "No such file"),
        ("big.txt", "too large"),
    ]:
        line = next((x for x in err.splitlines() if str(src / name) in x), "")
        assert reason in line, (name, err)
    assert sorted(p.name for p in out.iterdir()) == ["good.json", "zgood.json"]
    assert "4 failed" in err


def test_unknown_encoding_is_detected_and_warned(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Le café est très bon à Paris, où l’été dure.\n\nÇa coûte 5 €.".encode("cp1252"))
    r = tc("clean-files", f)
    assert r.returncode == 0
    rec = json.loads(r.stdout)
    assert "café" in rec["text"] and "€" in rec["text"] and "\ufffd" not in rec["text"]
    assert any("encoding" in w for w in rec["warnings"])


def test_html_detected_by_name_and_content(tmp_path: Path) -> None:
    pytest.importorskip("textclean.html")
    page = (FIXTURES / "html" / "article.html").read_bytes()
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "page_html_no_ext").write_bytes(page)
    r = tc("clean-files", tmp_path / "page.html", tmp_path / "page_html_no_ext")
    assert r.returncode == 0, r.stderr
    a, b = (json.loads(x) for x in r.stdout.splitlines())
    assert a["title"] and a["title"] == b["title"] and "<p>" not in a["text"]


# -- safety --------------------------------------------------------------------------


def test_inputs_never_modified_even_with_output_in_the_input_folder(tmp_path: Path) -> None:
    src = make_tree(tmp_path)
    (src / "one.json").write_text('{"an": "input that looks like an output"}')
    before = tree_hashes(src)
    r = tc("clean-files", src, "-o", src, "--glob", "*.txt", "--glob", "*.gz", "--glob", "*.json", "-q")
    assert r.returncode == 0, r.stderr
    after = tree_hashes(src)
    assert {k: v for k, v in after.items() if k in before} == before
    new = sorted(set(after) - set(before))
    # next to the inputs, outputs get a ".clean" tag; one.txt and one.json keep their full names
    assert new == ["a/b/three.clean.json", "a/two.clean.json", "one.json.clean.json", "one.txt.clean.json"]
    # a rerun does not take its own outputs for inputs
    r = tc("clean-files", src, "-o", src, "--glob", "*.txt", "--glob", "*.gz", "--glob", "*.json", "-q")
    assert r.returncode == 0, r.stderr
    assert tree_hashes(src) == after
    # output folder inside the input folder: skipped while walking, inputs untouched
    before = tree_hashes(src)
    r = tc("clean-files", src, "-o", src / "clean", "-q", "--glob", "*.txt")
    assert r.returncode == 0
    assert {k: v for k, v in tree_hashes(src).items() if not k.startswith("clean/")} == before
    # inputs only in subfolders of the output folder: still tagged, still not taken for inputs
    nested = tmp_path / "nested"
    (nested / "a").mkdir(parents=True)
    shutil.copy(SEEDS[0], nested / "a" / "x.txt")
    for _ in range(2):
        assert tc("clean-files", nested, "-o", nested, "-q").returncode == 0
    assert sorted(tree_hashes(nested)) == ["a/x.clean.json", "a/x.txt"]
    # a JSONL output inside the input folder: a rerun does not take it for an input
    jsonl_out = nested / "all.jsonl"
    assert tc("clean-files", nested, "-o", jsonl_out, "-q", "--glob", "*.txt").returncode == 0
    first = jsonl_out.read_bytes()
    assert tc("clean-files", nested, "-o", jsonl_out, "-q", "--glob", "*.txt", "--glob", "*.jsonl").returncode == 0
    assert jsonl_out.read_bytes() == first
    # a JSONL output that is one of the inputs: refused
    data = tmp_path / "data.jsonl"
    data.write_text(json.dumps({"text": "x"}) + "\n")
    h = data.read_bytes()
    r = tc("clean-files", data, "-o", data)
    assert r.returncode == 2 and b"refusing" in r.stderr and data.read_bytes() == h


# -- dry run, diff, explain, summary ---------------------------------------------------


def test_dry_run_writes_nothing_and_summarises(tmp_path: Path) -> None:
    src = make_tree(tmp_path)
    out = tmp_path / "out"
    r = tc("clean-files", src, "-o", out, "--dry-run", "--exclude", "*.log")
    assert r.returncode == 0 and not out.exists() and r.stdout == b""
    err = r.stderr.decode()
    assert "would clean 3 documents" in err and "MB" in err and "removed" in err and "no failures" in err
    r = tc("clean-files", src, "-o", out, "--quiet", "--exclude", "*.log")
    assert r.returncode == 0 and r.stderr == b""


def test_diff_and_explain(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("# Title\n\nBy Jane Doe\n\nThe “body” text.\n\nSubscribe now for £5 a month\n")
    r = tc("clean-files", f, "--diff", "-q")
    assert r.returncode == 0
    diff = r.stdout.decode()
    assert diff.startswith(f"--- a/{f}\n+++ b/{f}\n@@")
    assert "-Subscribe now for £5 a month" in diff and '+The "body" text.' in diff
    r = tc("clean-files", f, "--explain", "-q")
    lines = r.stdout.decode().splitlines()
    assert f"{f}:1: title: title: Title" in lines
    assert any(x.startswith(f"{f}:3:") and "byline" in x and "Jane Doe" in x for x in lines)
    assert any(x.startswith(f"{f}:7:") and "subscription" in x for x in lines)


# -- configuration ---------------------------------------------------------------------


def test_config_file_patterns_enable_disable(tmp_path: Path) -> None:
    (tmp_path / "patterns.txt").write_text("# house ads\nhouse-ad  ^download our app\n")
    (tmp_path / "textclean.toml").write_text('quotes = "keep"\npatterns = "patterns.txt"\ndisable = ["title"]\n')
    doc = tmp_path / "d.txt"
    doc.write_text("# Title\n\nHe said “hi”.\n\nDownload our app today\n")
    rec = json.loads(tc("clean-files", doc, cwd=tmp_path).stdout)
    assert rec["title"] is None and rec["paragraphs"] == ["Title", "He said “hi”."]
    assert [r["reason"] for r in rec["removed"]] == ["house-ad"]
    rec = json.loads(tc("clean-files", doc, "--enable", "title", "--quotes", "straight", cwd=tmp_path).stdout)
    assert rec["title"] == "Title" and rec["paragraphs"] == ['He said "hi".']
    rec = json.loads(tc("clean-files", doc, "--no-config", cwd=tmp_path).stdout)
    assert rec["title"] == "Title" and "Download our app today" in rec["paragraphs"]
    # pyproject.toml [tool.textclean]
    (tmp_path / "textclean.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.textclean]\nextra-patterns = {house-ad = "^download our app"}\n')
    rec = json.loads(tc("clean-files", doc, cwd=tmp_path).stdout)
    assert rec["title"] == "Title" and [r["reason"] for r in rec["removed"]] == ["house-ad", "title"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("Body.")
    (tmp_path / "bad.toml").write_text("colour = 'red'\n")
    (tmp_path / "bad_patterns.txt").write_text("reason [unclosed\n")
    for args in (
        ["--config", tmp_path / "bad.toml"],
        ["--patterns", tmp_path / "bad_patterns.txt"],
        ["--enable", "nope"],
        ["--resume"],
        ["-o", tmp_path / "x.jsonl", "--format", "txt"],
        ["--max-size", "lots"],
        ["--workers", "0"],
        ["--format", "nope"],
    ):
        r = tc("clean-files", doc, *args, cwd=tmp_path)
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr


def test_engine_ray_option_is_parsed(tmp_path: Path) -> None:
    """``--engine ray`` reaches the Ray integration (which refuses an unsupported format)."""
    doc = tmp_path / "d.txt"
    doc.write_text("Body.")
    r = tc("clean-files", doc, "--engine", "ray", "--address", "auto", "--format", "txt")
    assert r.returncode == 2 and r.stderr


def run_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the command with its standard error on a pseudo-terminal; return (status, what it showed)."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.run(
        [*textclean_cmd(), *args], stderr=slave, stdout=subprocess.DEVNULL, env=env, timeout=120
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_and_without_rich(tmp_path: Path) -> None:
    pytest.importorskip("rich")
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        shutil.copy(SEEDS[i % len(SEEDS)], src / f"d{i}.txt")
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm"}
    args = ["clean-files", str(src), "-o", str(tmp_path / "out"), "--workers", "1"]
    status, shown = run_on_a_terminal(args, env)
    assert status == 0
    assert "files" in shown and "MB" in shown and "docs/s" in shown and "cleaned 6 documents" in shown
    # without rich (the optional cli extra): no progress bar, same result
    fake = tmp_path / "norich" / "rich"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('rich is not installed')\n")
    env["PYTHONPATH"] = str(fake.parent)
    status, shown = run_on_a_terminal([*args[:3], str(tmp_path / "out2"), "--workers", "1"], env)
    assert status == 0 and "cleaned 6 documents" in shown and "docs/s)" in shown
    assert "files" not in shown.replace("\n", " ").split("cleaned")[0]
    assert len(list((tmp_path / "out2").iterdir())) == 6


def _peak_rss_mb(cmd: list[str], stdout: Path) -> float:
    """Peak RSS of ``cmd`` (and its worker processes), measured from a fresh wrapper process
    so that no earlier child of the test process counts."""
    probe = (
        "import resource, subprocess, sys\n"
        "with open(sys.argv[1], 'wb') as out:\n"
        "    subprocess.run(sys.argv[2:], stdout=out, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe, str(stdout), *cmd], capture_output=True, check=True)
    return int(proc.stdout.split()[-1]) / 1024


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_memory_does_not_grow_with_the_dataset(tmp_path: Path, workers: str) -> None:
    """A JSONL dataset is cleaned in chunks of records: memory is that of a chunk, not of the file
    (a 5x larger dataset, whose output alone is tens of MB larger, costs no more memory)."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]

    def dataset(path: Path, n: int) -> Path:
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n")
        return path

    small = dataset(tmp_path / "small.jsonl", 600)
    large = dataset(tmp_path / "large.jsonl", 3000)
    cmd = [*textclean_cmd(), "clean-files", "--no-config", "-q", "--workers", workers, "--input-format", "jsonl"]
    rss_small = _peak_rss_mb([*cmd, str(small)], tmp_path / "small.out")
    rss_large = _peak_rss_mb([*cmd, str(large)], tmp_path / "large.out")
    out_growth = ((tmp_path / "large.out").stat().st_size - (tmp_path / "small.out").stat().st_size) / 1e6
    assert out_growth > 25  # holding the output in memory would show
    assert rss_large < rss_small + 15, (rss_small, rss_large, out_growth)


# -- file names and links ------------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes (POSIX)")
def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """A name with bytes that are not UTF-8 is cleaned; records and messages show the bytes as
    ``\\xNN`` escapes, and the output file keeps the input's name."""
    src = tmp_path / "in"
    src.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (src / name).write_text("Prices rose again in March, the office said.\n")
    out = tc("clean-files", src)
    assert out.returncode == 0, out.stderr
    rec = json.loads(out.stdout)
    assert rec["source"].endswith("caf\\xe9.txt")
    assert rec["paragraphs"] == ["Prices rose again in March, the office said."]
    txt = tc("clean-files", src, "--format", "txt")
    assert b"==> " in txt.stdout and b"caf\\xe9.txt <==" in txt.stdout
    res = tc("clean-files", src, "-o", tmp_path / "out")
    assert res.returncode == 0, res.stderr
    assert os.listdir(os.fsencode(tmp_path / "out")) == [b"caf\xe9.json"]


def test_broken_symbolic_link_is_one_failed_input(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("A sentence that is kept as it is.\n")
    (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tc("clean-files", src)
    assert out.returncode == 1
    assert b"gone.txt: No such file or directory (a broken symbolic link to " in out.stderr
    assert b"Traceback" not in out.stderr
    assert json.loads(out.stdout)["paragraphs"] == ["A sentence that is kept as it is."]


def test_symbolic_link_loop_ends(tmp_path: Path) -> None:
    """A link back to a parent folder is not followed round and round."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text("A sentence that is kept as it is.\n")
    (src / "sub" / "up").symlink_to(src)
    out = tc("clean-files", src)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["paragraphs"] for line in out.stdout.splitlines()] == [["A sentence that is kept as it is."]]
