"""``benchmarks/profile.py --what-if`` reports something true: no experiment swaps older code in.

No timing is asserted (see ``tests/test_benchmarks.py``).
"""

from __future__ import annotations

import pytest

profile = pytest.importorskip("benchmarks.profile")
from benchmarks import corpus  # noqa: E402


def test_what_if_lists_the_done_suggestions_and_measures_the_code_as_is() -> None:
    tiny = corpus.Corpus("tiny", corpus.documents(3000, seed=4)[:2])
    text = "\n".join(profile.what_if_report(tiny))
    for name in profile.DONE:
        assert f"| {name} | already done in the code |" in text
    assert "| as is |" in text
    if not profile.EXPERIMENTS:
        assert "No open experiment" in text and "#### as is: time per pipeline stage" in text
