"""A line that ends with a colon leads into what follows: it is no title."""

from __future__ import annotations

import pytest

import textclean

BODY = "The council approved the budget on Monday after a long debate, officials said."


@pytest.mark.parametrize("label", ["Markdown Content:", "Key points:", "Contents:", "要点："])
def test_label_over_a_date_line_is_no_title(label: str) -> None:
    doc = textclean.clean(f"{label}\n\nMarch 3, 2025\n\n{BODY}")
    assert doc.title is None
    assert label in doc.paragraphs


@pytest.mark.parametrize("title", ["Breaking: the budget passes", "Budget passes", "Why now?"])
def test_titles_with_a_colon_inside_are_titles(title: str) -> None:
    doc = textclean.clean(f"{title}\n\nMarch 3, 2025\n\n{BODY}")
    assert doc.title == title


@pytest.mark.parametrize("above", ["March 3, 2025", "By Jane Doe", "March 3, 2025\n\nBy Jane Doe"])
def test_title_under_date_or_byline_lines(above: str) -> None:
    """A page copy prints the date (or the byline) over the headline: the title is the first
    block after them, with the same evidence (a byline or date line under it)."""
    doc = textclean.clean(f"{above}\n\nBudget passes after long debate\n\nUpdated March 4, 2025\n\n{BODY}")
    assert doc.title == "Budget passes after long debate"
    assert doc.paragraphs == [BODY]


def test_no_title_without_evidence_under_it() -> None:
    doc = textclean.clean(f"March 3, 2025\n\nDear friends\n\n{BODY}")
    assert doc.title is None and doc.paragraphs == ["Dear friends", BODY]
