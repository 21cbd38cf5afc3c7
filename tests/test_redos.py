"""Regular expressions must not backtrack exponentially (guarantee 5, linear time).

These tests run the inputs in a subprocess with a generous deadline, so that a regression
fails the test instead of hanging the suite; the deadline is a hang detector, not a speed
assertion (the inputs take milliseconds).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex

from textclean.patterns import LANGUAGES, load

from .conftest import FIXTURES

HANG_SECONDS = 120


def _runs_in_time(code: str) -> None:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=HANG_SECONDS)
    assert proc.returncode == 0, proc.stderr.decode()


def test_pattern_tables_use_simple_case_folding() -> None:
    """Full case folding lets a word class match "ss" as "ß": exponential on runs of S."""
    for langs in [("auto",), *((lang,) for lang in LANGUAGES)]:
        pats = load(langs, (("custom", r"^\W*[\w.-]+(?:\s+[\w.-]+){0,4}\s*/\s*house ad$"),))
        compiled = [r.pattern for r in pats.rules] + [
            pats.anchored_gate, pats.byline, pats.name_joiners, pats.updated, pats.published,
            pats.source_label, pats.credit_tail,
        ]
        for pattern in compiled:
            assert not pattern.flags & regex.FULLCASE, pattern.pattern[:80]
            assert pattern.flags & regex.IGNORECASE


def test_runs_of_s_in_a_photo_credit_candidate() -> None:
    """A short block with a long run of "S" before a slash: 20 of them took 5 s before."""
    block = "able to fulfill its obligati" + "S" * 300 + "ons and no/weather Weather"
    _runs_in_time(
        "import textclean\n"
        f"doc = textclean.clean({block!r} + '\\n\\nA real paragraph that ends here.')\n"
        "assert doc.paragraphs\n"
    )


def test_fuzz_regression_full_case_folding() -> None:
    """The input the fuzzer found (bytes, routed to HTML or text), whole."""
    path = FIXTURES / "regressions" / "fuzz-fullcase-ss.bin"
    _runs_in_time(
        "import textclean\n"
        f"data = open({str(path)!r}, 'rb').read()\n"
        "for d in (data, data[1:]):\n"
        "    assert isinstance(textclean.clean(d), textclean.Document)\n"
        "    textclean.clean(d.decode('utf-8', 'replace'), html=False)\n"
    )


def test_case_insensitive_rules_still_match() -> None:
    """What simple case folding keeps: ASCII and accented letters in any case."""
    import textclean

    cases = [
        ("The council approved the budget on Monday after a long debate.", "SUBSCRIBE NOW for £1 a week"),
        ("Der Stadtrat hat den Haushalt am Montag nach einer langen Debatte beschlossen, "
         "und die Opposition war dagegen.", "JETZT ABONNIEREN"),
        ("Der Stadtrat hat den Haushalt am Montag nach einer langen Debatte beschlossen, "
         "und die Opposition war dagegen.", "ALLE RECHTE VORBEHALTEN"),
        ("Le conseil a adopté le budget lundi après un long débat, et l'opposition a voté contre.",
         "À LIRE AUSSI : la suite"),
    ]
    for body, line in cases:
        doc = textclean.clean(f"{body}\n\n{line}")
        assert doc.paragraphs == [body], line


def test_regression_fixture_exists() -> None:
    assert Path(FIXTURES / "regressions" / "fuzz-fullcase-ss.bin").stat().st_size > 0


def test_markdown_link_definitions_fail_in_linear_time() -> None:
    """A run of definitions whose targets could be split two ways (``/`` read by two
    alternatives) took exponential time before the target became an atomic group."""
    _runs_in_time(
        "from textclean.cleaners.markdown import _LINK_DEFS\n"
        "for unit in ('[a]:/', '[a]:www.x/', '[a]: /x \"t\" ', '[a]: ./x  '):\n"
        "    assert _LINK_DEFS.fullmatch(unit * 3000 + ' x') is None\n"
        "    assert _LINK_DEFS.fullmatch((unit * 50).strip()) is not None\n"
    )


def test_front_matter_lines_with_long_runs_of_spaces() -> None:
    """A header line of ``key:`` and 200,000 spaces: the value is taken whole and stripped in
    Python (a lazy value before a trailing-space class would retry at every space)."""
    _runs_in_time(
        "from textclean.cleaners.frontmatter import _READER_KEY, _YAML_ITEM, _YAML_KEY\n"
        "pad = ' ' * 200_000\n"
        "for pattern, line in ((_YAML_KEY, 'a: ' + pad + 'x' + pad), (_YAML_ITEM, '- ' + pad + 'x' + pad),\n"
        "                      (_READER_KEY, 'Title: ' + pad + 'x' + pad), (_YAML_KEY, 'a' * 100_000 + pad)):\n"
        "    pattern.match(line)\n"
    )
