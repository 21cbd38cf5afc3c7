"""The boilerplate rules of a table set are compiled on first use only: reading bylines, months
and date words of every table (what the metadata cleaners ask for) compiles none of them."""

from __future__ import annotations

import subprocess
import sys

from textclean.patterns import load

SCRIPT = """
import textclean
from textclean.patterns import load
doc = textclean.clean("Budget approved\\n\\nBy Jane Roe\\n\\nThe council approved the budget on Tuesday evening.")
assert doc.authors == ["Jane Roe"], doc.authors
every = load(("auto",))          # the set the byline reader uses for its byline words
assert "rules" not in vars(every), "every table's rules were compiled for a byline"
assert "rules" in vars(load(("en", "en")))   # the document's own rules, which boilerplate ran
print("ok")
"""


def test_bylines_do_not_compile_every_tables_rules() -> None:
    # a fresh interpreter: the caches of this test process may hold compiled sets already
    res = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok"


def test_lazy_rules_are_the_tables_rules() -> None:
    pats = load(("de", "en"))
    assert len(pats.rules) == len(pats.specs)
    for rule, (reason, pattern, weight, max_len) in zip(pats.rules, pats.specs, strict=True):
        assert (rule.reason, rule.pattern.pattern, rule.weight, rule.max_len) == (reason, pattern, weight, max_len)
        assert rule.anchored == pattern.startswith("^")
    assert pats.max_len == max([350, *(r.max_len for r in pats.rules)])
    # every gated rule index is listed under one of its literals or heads
    listed = {r for _, rs, _ in pats.literal_rules for r in rs} | {r for _, rs in pats.head_rules for r in rs}
    assert listed | set(pats.unconditional) >= set(range(len(pats.rules)))
    anchored = [r.pattern.pattern[1:] for r in pats.rules if r.anchored]
    assert anchored and all(f"(?:{p})" in pats.anchored_gate.pattern for p in anchored)


def test_extra_patterns_are_rules_of_weight_one() -> None:
    pats = load(("en",), (("house-ad", r"^buy our mugs\b"),))
    rule = pats.rules[-1]
    assert (rule.reason, rule.weight, rule.max_len, rule.anchored) == ("house-ad", 1.0, 100_000, True)
    assert rule.pattern.search("Buy our mugs today")
