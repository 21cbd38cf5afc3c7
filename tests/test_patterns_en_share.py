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


@pytest.mark.parametrize("line", [
    "Copyright 2019 Hawaii News Now.", "Copyright Reuters", "© 2024 Example News", "Copyright © 2024 Example",
    "Copyright Hawaii News Now 2019", "Copyright @ 2019 The New Arab.", "Donate now", "Donate",
    "Donate to support our work", "More from Reuters", "More from The Guardian:", "Only $1 a week",
    "Get unlimited access for $2.99/month",
])
def test_copyright_donate_related_price_lines_are_removed(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize("line", [
    "Copyright lawsuits against AI companies have multiplied this year, lawyers say.",
    "Copyright law changed in 2019.",
    "The average rent in the city is now $2,100 a month, up 12 percent.",
    "Tickets cost $25 a year.",
    "Donate blood, the Red Cross urged residents on Monday.",
    "More from the interview is below.",
])
def test_prose_that_opens_like_those_lines_is_kept(line: str) -> None:
    assert _kept(line)


def test_a_price_sentence_next_to_a_pitch_still_goes() -> None:
    doc = textclean.clean(f"{BODY}\n\nSubscribe today.\n\n$1 a week for your first year.\n\n{AFTER}")
    assert doc.paragraphs == [BODY, AFTER]
