"""English share/follow lines: the line goes, prose that opens with the same words stays."""

from __future__ import annotations

import pytest

import textclean

BODY = "The council approved the budget on Monday after a long debate, officials said."
AFTER = "The opposition said it would vote against the plan when it comes back in March."


def _kept(line: str) -> bool:
    return line in textclean.clean(f"{BODY}\n\n{line}\n\n{AFTER}").paragraphs


@pytest.mark.parametrize("line", [
    "Like us on Facebook", "Share this article", "Share this", "Share on Facebook", "Follow us on Twitter",
    "Follow us for the latest news", "Share this article with your friends", "Follow me: @jane",
    "Share the story", "Like us!", "Follow on Instagram", "Follow me on Twitter or LinkedIn.",
    "Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
])
def test_share_lines_are_removed(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize("line", [
    "Like the other members of the council, she voted against the plan.",
    "Like this, the plan would fail.",
    "Share the load, the mayor told residents at the meeting on Friday.",
    "Follow the money, investigators said.",
    "Follow the latest updates as Storm Ida moves north across the state.",
    "Like us, they had waited for hours in the rain before the doors opened.",
])
def test_prose_that_opens_like_a_share_line_is_kept(line: str) -> None:
    assert _kept(line)
