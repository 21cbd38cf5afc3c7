"""English article-tool lines, reading-time labels and tag lines: each rule removes its whole
short line and keeps prose with the same words.

List labels ("Trending", "Most popular") go as navigation, not as related links: a related-link
label takes the headline under it, and in a page dump such a list often sits right above the
article's own headline (``test_list_label_above_the_headline_keeps_the_headline``). Syndication
notes ("This article was originally published on …") are left alone: the article benchmark's
references keep them as part of the article."""

from __future__ import annotations

import pytest

import textclean

BODY = "The government announced a new budget on Tuesday after weeks of negotiations, officials said."
AFTER = "The opposition said it would vote against the plan when it comes before parliament in March."


def _kept(line: str) -> bool:
    doc = textclean.clean(f"{BODY}\n\n{line}\n\n{AFTER}")
    return line in doc.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article", "Listen to this article 4 min", "3 min read", "5-minute read",
        "Reading time: 5 minutes", "Recommended for you", "Most popular", "Trending now", "Top stories",
        "Editor's picks", "Gift this article", "Save article", "Print this page",
        "Add to your saved stories", "Leave a comment", "Download our app", "Download the BBC News app",
        "Topics: Economy, Budget", "Tags: budget, parliament, taxes", "Filed under: Politics",
        "Enjoyed this article? Share it with a friend.", "Sign up here.", "Updated 3 hours ago",
    ],
)
def test_tool_lines_are_removed(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this: the minister said the plan would cost billions over the next decade.",
        "It is a 3 min read, the editor said, but the report behind it runs to 400 pages.",
        "Trending topics on social media included the budget and the new tax on sugar.",
        "Most popular among voters was the promise to cut the tax on fuel, a poll found.",
        "Save the article for later, she told her students, because the exam is in June.",
        "Leave a comment about the plan on the ministry's website before Friday, it said.",
        "This story was first published in 1998 and became a classic of the genre.",
        "Tags were attached to every bird so that the scientists could follow them.",
    ],
)
def test_prose_with_the_same_words_is_kept(line: str) -> None:
    assert _kept(line)


@pytest.mark.parametrize(
    "line",
    ["This article was originally published by Futurism. Read the original article."],
)
def test_attribution_is_left_alone(line: str) -> None:
    assert _kept(line)


def test_list_label_above_the_headline_keeps_the_headline() -> None:
    text = ("Trending\n\nFerry timetable\n\nStorm warning\n\nTown council keeps the old ferry running\n\n"
            "By Maria Lind\n\nThe town council voted on Tuesday evening to keep the old ferry running until the spring.")
    doc = textclean.clean(text)
    headline = "Town council keeps the old ferry running"
    assert doc.title == headline or headline in doc.paragraphs
    assert not any(r.reason == "related-link" for r in doc.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Only $1 a week",
        "Subscribe from £5 a month",
        "Get unlimited access for $4.99 a month. Cancel anytime.",
        "Start your free trial today, then pay $6.99 per month for full access to every story.",
    ],
)
def test_price_pitches_are_removed(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        # a price per period in prose: on its own no pitch (articles about prices, deals, rents)
        "The streaming service starts with a free week; afterwards viewers pay $6.99 per month, the company said.",
        "If you just want Disney+, you can sign up for a free 7-day trial. Afterwards you will pay $6.99 per month.",
        "Rents rose to £1,200 a month in the capital, the survey found, up from £950 a year earlier.",
    ],
)
def test_prices_in_prose_are_kept(line: str) -> None:
    assert _kept(line)
