"""Terminal escape sequences are removed whole by ``control-chars`` (no ``[31m`` left behind)."""

from __future__ import annotations

import pytest

import textclean


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\x1b[1;31mError:\x1b[0m disk full on /dev/sda1, the backup job stopped.", "Error: disk full on /dev/sda1, the backup job stopped."),
        ("Progress \x1b[2K\x1b[1G100% done, all files were copied.", "Progress 100% done, all files were copied."),
        ("See \x1b]8;;https://example.org/a\x07the report\x1b]8;;\x07 for the details.", "See the report for the details."),
        ("Box \x1b(0lqk\x1b(B drawn with line characters in the old terminal.", "Box lqk drawn with line characters in the old terminal."),
        ("Cursor saved\x1b7 and restored\x1b8 before the prompt came back.", "Cursor saved and restored before the prompt came back."),
    ],
)
def test_escape_sequences_go_whole(text: str, want: str) -> None:
    doc = textclean.clean(text)
    assert doc.text == want
    assert [r.reason for r in doc.removed] == ["control-chars"]
    assert "\\x1b" in doc.removed[0].text  # what went is recorded, escaped
    assert textclean.clean(doc.text).text == doc.text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a lone escape character goes alone: the word after it stays
        ("A stray \x1bHello in a pasted line of an old mail message.", "A stray Hello in a pasted line of an old mail message."),
        ("A stray \x1b here in a pasted line of an old mail message.", "A stray here in a pasted line of an old mail message."),
        # brackets that are not after an escape character are text
        ("The array a[31m] is indexed in metres [0m to 5m] in the model.", "The array a[31m] is indexed in metres [0m to 5m] in the model."),
    ],
)
def test_what_stays(text: str, want: str) -> None:
    assert textclean.clean(text).text == want


def test_escapes_in_a_code_block_go_too() -> None:
    doc = textclean.clean("Run the tests:\n\n```\n\x1b[32mPASSED\x1b[0m tests/test_a.py\n```")
    assert doc.blocks[-1].kind == "code"
    assert doc.blocks[-1].text == "PASSED tests/test_a.py"
