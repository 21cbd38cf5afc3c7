"""Numbered and lettered list markers are content (session 10): ``1. Preheat the oven.`` is a
list item whose text keeps its ``1.``; a bullet glyph is markup and is taken off."""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.layout import Layout
from textclean.pipeline import Pipeline


def _items(text: str) -> list[str]:
    return [b.text for b in Pipeline([Layout()]).clean(text).blocks if b.kind == "list-item"]


@pytest.mark.parametrize(("text", "items"), [
    ("Steps:\n1. Preheat the oven.\n2. Mix the flour.", ["1. Preheat the oven.", "2. Mix the flour."]),
    ("Top picks:\n1) Lego Star Wars 75188\n2) Lego City 60198", ["1) Lego Star Wars 75188", "2) Lego City 60198"]),
    ("Options:\na) The first one\nb) The second one", ["a) The first one", "b) The second one"]),
    ("Parts:\nA. Scope of the rules\nB. Definitions", ["A. Scope of the rules", "B. Definitions"]),
    ("Parts:\ni. The first part\nv. The fifth part", ["i. The first part", "v. The fifth part"]),
    ("Nested:\n- 1. First step\n- 2. Second step", ["1. First step", "2. Second step"]),
])
def test_numbers_and_letters_stay_in_the_item(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(("text", "items"), [
    ("Bring:\n- a tent\n* a stove\n• a map\n+ a torch", ["a tent", "a stove", "a map", "a torch"]),
    ("Bring:\n‣ water\n◦ bread\n▪ cheese", ["water", "bread", "cheese"]),
    ("Du trenger:\n– En god sovepose for turen.\n– Et telt som tåler vind.",
     ["En god sovepose for turen.", "Et telt som tåler vind."]),
])
def test_bullet_glyphs_are_still_taken_off(text: str, items: list[str]) -> None:
    assert _items(text) == items


def test_a_date_is_no_numbered_item() -> None:
    doc = Pipeline([Layout()]).clean("12. April 2024\n\nThe fair opens.")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("text", [
    "Steps:\n\n1. Preheat the oven.\n2. Mix the flour and the sugar.\n3. Bake for an hour.",
    "Winners:\n\n1) Anna Berg\n2) Jan Kowalski\n\na) The first option\nb) The second option",
    "- 1. Nested step\n- 2. Nested step",
])
def test_kept_markers_read_the_same_on_a_second_pass(text: str) -> None:
    doc = textclean.clean(text)
    again = textclean.clean(doc.text)
    assert again.text == doc.text
    assert [(b.kind, b.text) for b in again.blocks] == [(b.kind, b.text) for b in doc.blocks]
    assert any(b.text[:1].isdigit() or b.text[1:2] == ")" for b in doc.blocks if b.kind == "list-item")


BODY = ("The council approved the new budget on Tuesday after a long debate about the costs of the "
        "project. Officials said the work would begin next spring and take two years to finish.")


def test_boilerplate_rules_read_a_numbered_item_without_its_number() -> None:
    # a "Most Read" list of links under the article: the numbers stay on the items, and the
    # line rules still see each item as a link alone on a line
    text = (f"{BODY}\n\nMost Read\n\n1. [Storm knocks out power](https://example.com/a)\n"
            "2. [Team wins state title](https://example.com/b)\n3. Subscribe to our newsletter\n")
    doc = textclean.clean(text)
    assert doc.paragraphs == [BODY]
    assert {r.reason for r in doc.removed} >= {"navigation", "subscription"}


def test_numbered_steps_are_kept_next_to_the_text() -> None:
    text = f"{BODY}\n\n1. Preheat the oven to 200 degrees.\n2. Mix the flour and the sugar in a bowl.\n"
    doc = textclean.clean(text)
    assert doc.paragraphs == [BODY, "1. Preheat the oven to 200 degrees.", "2. Mix the flour and the sugar in a bowl."]
