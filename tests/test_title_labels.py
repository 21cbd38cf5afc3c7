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
