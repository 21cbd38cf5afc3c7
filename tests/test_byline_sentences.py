"""A long sentence that opens with a byline word is prose: it stays in the text and names no
author; a byline, even a long one, still goes (``byline._byline_word_sentence``)."""

from __future__ import annotations

import textclean

TITLE = "Local book club grows"
LEAD = "The club met on Tuesday in the library hall, where forty readers came to talk about their books."
TAIL = "She said the club would meet again next month in the same hall."


def test_sentence_opening_with_a_byline_word_is_kept() -> None:
    line = ("Author Rushdiyah Narker, from Kensington, said she started reading regency romance "
            "because it was the closest to what romance was like for her.")
    doc = textclean.clean(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{TAIL}")
    assert line in doc.paragraphs
    assert doc.authors == []
    assert not any(r.cleaner == "byline" for r in doc.removed)


def test_byline_lines_still_go() -> None:
    for line, names in (
        ("By Ana Lima and John Smith, staff writers of the Daily Example.", ["Ana Lima", "John Smith"]),
        ("Author Ana Lima", ["Ana Lima"]),
    ):
        doc = textclean.clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{TAIL}")
        assert doc.authors == names, line
        assert line not in doc.paragraphs
        assert any(r.cleaner == "byline" and r.text == line for r in doc.removed)
