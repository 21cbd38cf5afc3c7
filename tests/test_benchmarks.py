"""Smoke tests for the benchmark code (``benchmarks/``): it runs on tiny inputs.

No timing is asserted here, ever: throughput is measured by ``make bench``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

bench = pytest.importorskip("benchmarks.throughput")
from benchmarks import corpus, memory, profile  # noqa: E402


def test_corpus_is_deterministic_and_seed_like() -> None:
    a = corpus.text_corpus(0.02, seed=1)
    b = corpus.text_corpus(0.02, seed=1)
    assert a.texts == b.texts
    assert a.n_bytes >= 20_000
    assert all(len(t) > 200 for t in a.texts)
    moj = corpus.mojibake_corpus(a)
    assert len(moj) == len(a)
    assert any("â€" in t or "Ã" in t for t in moj.texts)


def test_measure_and_table_on_a_tiny_corpus() -> None:
    small = corpus.Corpus("tiny", corpus.documents(3000, seed=2)[:2])
    tools = [t for t in bench.text_tools() if t.name in ("textclean", "utf-8 decode") or t.skip]
    results = bench.measure(tools, small, runs=1, verbose=False)
    ours = next(r for r in results if r.tool == "textclean")
    assert len(ours.seconds) == 5  # never fewer than 5 rounds
    assert ours.mb_s > 0 and ours.errors == 0
    table = bench.table(results)
    assert "| **textclean** |" in table


def test_f1_metric() -> None:
    text = "one two three four five six seven"
    assert bench.f1_score([text], [text]) == pytest.approx(1.0)
    assert bench.f1_score([text], ["nothing in common at all here"]) == 0.0


def test_html_part_skips_cleanly_without_data(tmp_path: Path) -> None:
    assert corpus.html_pages(tmp_path) is None
    out = bench.run_all(["html"], "quick", tmp_path, runs=5, rss=False)
    assert out == {}


def test_profile_and_memory_helpers_run() -> None:
    tiny = corpus.Corpus("tiny", corpus.documents(3000, seed=3)[:2])
    stages = profile.per_cleaner(tiny)
    assert stages and abs(sum(share for _, _, share in stages) - 1.0) < 1e-6
    total, top = profile.cprofile_top(lambda: sum(range(1000)))
    assert total >= 0 and "ncalls" in top
    imp = memory.import_time(runs=5)
    assert imp.get("median_s", 0) > 0


def test_scaling_sweep_and_plot(tmp_path: Path) -> None:
    rows = bench.scaling([0.002, 0.004], budget_s=60, verbose=False)
    assert {r["shape"] for r in rows} == {"corpus", "one document"}
    pytest.importorskip("matplotlib")
    png = tmp_path / "scaling.png"
    assert bench.plot_scaling(rows, png, "test")
    assert png.stat().st_size > 0


def test_styles_renders_and_scores_a_tiny_article(tmp_path: Path) -> None:
    from benchmarks import styles

    art = styles.Article("xx/tiny/V1", "en", "A small title", [
        ("The council met on Tuesday to discuss the budget for the coming year, which has been "
         "delayed twice because of a \"long\" disagreement over the state-owned bridge.", False),
        ("What comes next", True),
        ("A decision is expected next month, the mayor said after the meeting.", False),
    ])
    for style in styles.STYLES:
        text = styles.render(art, style)
        assert text == styles.render(art, style)  # deterministic
        assert "council" in text and "next month" in text
    wrapped = styles.render(art, "wrapped")
    assert "\n\n" in wrapped and max(styles.columns(line) for line in wrapped.split("\n")) <= 110
    lines = styles.wrap("a well-known thing", 9, __import__("random").Random(1), hyphenate=0)
    assert lines == ["a well-", "known", "thing"]  # a compound breaks at its own hyphen
    s = styles.score(["A b.", "c d"], ["A b.", "c d e"])
    assert (s.hits, s.ref, s.out_hits, s.out) == (1, 2, 1, 2)
    assert styles.shingle_f1("one two three four five", "one two three four five") == 1.0
    result = styles.run_one(art, "plain")
    assert result.s.ref == 3 and result.s.recall == 1.0
    assert styles.miss_kinds(result) == {}
    assert styles.main(["--data", str(tmp_path / "absent")]) == 0  # skips without the data
