"""A quoted post's or message's header line (the tables' ``quote_headers``: ``Quote from: kim
on March 12, 2024``, ``jdoe wrote:``, ``Zitat von: …``, ``… a écrit :``) is a paragraph of its
own: the quoted text under it is no wrap of it (but a quote), and it is no heading."""

from __future__ import annotations

import pytest

import textclean
from textclean.patterns import load

QUOTED = "After running apt upgrade my Pi 4 shows only a rainbow screen."
REPLY = "Did you check the SD card? A rainbow screen usually means the firmware cannot find its files."


@pytest.mark.parametrize("header", [
    "Quote from: pi_user on March 12, 2024, 06:02:11 PM",
    "Quote from: pi_user",
    "Originally Posted by pi_user",
    "pi_user wrote:",
    "On Mon, 4 Mar 2024 at 10:12, Sam Ortiz <sam@example.org> wrote:",
    "Zitat von: pi_user am 12. März 2024, 18:02:11",
    "Am 12.03.2024 um 18:02 schrieb pi_user:",
    "Le 12 mars 2024 à 18:02, pi_user a écrit :",
    "El 12 de marzo de 2024, pi_user escribió:",
])
def test_a_quote_header_is_a_paragraph_of_its_own(header: str) -> None:
    # (session 13: the quoted text under it is a quote; tests/test_session13_layout.py)
    doc = textclean.clean(f"{header}\n{QUOTED}\n\n{REPLY}\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [("paragraph", header), ("quote", QUOTED), ("paragraph", REPLY)]


@pytest.mark.parametrize("text", [
    # prose that ends a wrapped line with "wrote:" goes on
    "The council met on Monday evening to discuss the plan for the new bridge over\n"
    "the river, and after a long debate the mayor, who had opposed it, finally wrote:\n"
    "that the city would go ahead with the work in spring and pay for it from taxes.",
    "Quote from the minister's speech, which the paper printed on Monday in\nfull for its readers.",
])
def test_prose_with_those_words_is_joined(text: str) -> None:
    doc = textclean.clean(f"{text}\n\n{REPLY}\n")
    assert doc.paragraphs[0] == " ".join(text.split())


@pytest.mark.parametrize("line", [
    "Quote from: pi_user on March 12, 2024, 06:02:11 PM",
    "jdoe wrote:",
    "Zitat von: kim am 12. März 2024",
])
def test_the_tables_read_the_header(line: str) -> None:
    pattern = load(("auto",)).quote_header
    assert pattern is not None and pattern.match(line)


@pytest.mark.parametrize("line", [
    "In his letter to the council the mayor wrote:",  # a sentence, no user name or date
    "Quote from the minister: we will act",
    "The minister said: we will act",
])
def test_sentences_are_no_headers(line: str) -> None:
    pattern = load(("auto",)).quote_header
    assert pattern is not None and not pattern.match(line)
