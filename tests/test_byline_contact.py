"""An author's e-mail address on a line of its own is the byline's contact: removed as
``byline``; an address inside a sentence is text."""

from __future__ import annotations

import pytest

import textclean

BODY = ("The council approved the budget on Monday after a long debate, officials said.\n\n"
        "The opposition said it would vote against the plan when it comes back in March.")


@pytest.mark.parametrize("text", [
    f"{BODY}\n\nhong@yna.co.kr",
    f"{BODY}\n\nEmail: jane.doe@example.com",
    f"{BODY}\n\n(jane.doe@example.com)",
    f"By Jane Doe\n\njane.doe@example.com\n\n{BODY}",
    f"{BODY}\n\nCourriel : marie.dupont@exemple.fr",
])
def test_email_line_goes_with_the_byline(text: str) -> None:
    doc = textclean.clean(text)
    assert doc.text == BODY.replace("\n\n", "\n\n")
    assert [r.reason for r in doc.removed].count("byline") >= 1


@pytest.mark.parametrize("line", [
    "Write to us at news@example.com with your questions about the budget.",
    "For more, write to news@example.com or call us.",
])
def test_email_in_a_sentence_stays(line: str) -> None:
    doc = textclean.clean(f"{BODY}\n\n{line}")
    assert doc.paragraphs[-1] == line


def test_email_line_in_the_middle_stays() -> None:
    paras = [f"Paragraph {i} of the article goes on for a while with its own words, officials said." for i in range(12)]
    text = "\n\n".join([*paras[:5], "press@example.org", *paras[5:]])
    assert "press@example.org" in textclean.clean(text).paragraphs


TITLE = "Budget passes after long debate"


@pytest.mark.parametrize("line, authors, date", [
    ("Posted on March 30, 2015 by Admin", [], "2015-03-30"),
    ("Published March 3, 2025 by Jane Doe", ["Jane Doe"], "2025-03-03"),
    ("March 3, 2025 by Jane Doe", ["Jane Doe"], "2025-03-03"),
    ("March 3, 2025, 10:30 am | By Jane Doe", ["Jane Doe"], "2025-03-03"),
    ("Updated March 4, 2025 by Jane Doe", ["Jane Doe"], "2025-03-04"),  # an update alone: its date (session 11)
    ("3. März 2025 von Anna Müller", ["Anna Müller"], "2025-03-03"),
])
def test_date_first_bylines(line: str, authors: list[str], date: str | None) -> None:
    doc = textclean.clean(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc.title == TITLE
    assert doc.authors == authors
    assert (doc.date.isoformat() if doc.date else None) == date
    assert doc.text == BODY


@pytest.mark.parametrize("line", [
    "On March 3, 2025 by a vote of 7-2 the council passed the plan.",
    "March 3, 2025 by the numbers: a look at the vote",
])
def test_sentences_with_a_date_and_by_stay(line: str) -> None:
    assert line in textclean.clean(f"{TITLE}\n\n{line}\n\n{BODY}").paragraphs
