"""Markdown markup that is a whole block (link definitions, a table's delimiter row) and
footnote marks: removed and recorded, the text kept."""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.markdown import Markdown
from textclean.pipeline import Pipeline

README_LIKE = """Project Update
==============

We shipped the new [release][1] last week, and the response from users has been
great. Thanks to everyone who tested the beta builds and sent feedback[^1].

| Version | Date       |
|---------|------------|
| 2.0     | 2025-03-01 |

[^1]: Special thanks to the translators.

[1]: https://example.com/releases/2.0
[docs]: /docs/start "Getting started"
"""


def test_markdown_document_blocks_and_removals() -> None:
    doc = textclean.clean(README_LIKE, url="https://example.com/blog/update")
    assert doc.title == "Project Update"
    assert doc.paragraphs == [
        "We shipped the new release last week, and the response from users has been great. "
        "Thanks to everyone who tested the beta builds and sent feedback.",
        "| Version | Date |",
        "| 2.0 | 2025-03-01 |",
        "Special thanks to the translators.",
    ]
    markup = [r.text for r in doc.removed if r.reason == "markup"]
    assert sorted(markup) == sorted(["==============", "[^1]", "|---------|------------|", "[^1]:",
                                     '[1]: https://example.com/releases/2.0 [docs]: /docs/start "Getting started"'])
    # the definitions' targets are links, the relative one resolved against the URL
    assert doc.links == ["https://example.com/releases/2.0", "https://example.com/docs/start"]
    again = textclean.clean(doc.text, url="https://example.com/blog/update")
    assert again.text == doc.text


def test_relative_definition_without_url_is_recorded() -> None:
    doc = Pipeline([Markdown()]).clean("Text.\n\n[b]: /two")
    assert doc.paragraphs == ["Text."]
    assert [(r.reason, r.text) for r in doc.removed] == [("relative-link", "/two"), ("markup", "[b]: /two")]


@pytest.mark.parametrize("text", [
    "[1]: https://example.org/a",
    "[a]: <https://example.org/a>",
    "[x]: example.com/page 'Title'",
    "[top]: #top",
    "[1]: https://example.org/a\n[2]: www.example.org/b (B)",
])
def test_link_definitions_are_removed(text: str) -> None:
    doc = Pipeline([Markdown()]).clean(f"Body text.\n\n{text}")
    assert doc.paragraphs == ["Body text."]


@pytest.mark.parametrize("text", [
    "[Update]: Confirmed.",
    "[Editor's note]: The original version of this story misnamed the mayor.",
    "[1]: Smith, J. (2020). A study of things.",
    "[W]: Note:",
    "See [1]: https://example.org/a",
])
def test_bracketed_labels_that_are_text_stay(text: str) -> None:
    assert Pipeline([Markdown()]).clean(text).paragraphs == [text]


@pytest.mark.parametrize("row", ["|---|---|", "| --- | :---: | ---: |", "---|---", "|:---|"])
def test_table_delimiter_rows_are_removed(row: str) -> None:
    doc = Pipeline([Markdown()]).clean(f"| a | b |\n\n{row}\n\n| 1 | 2 |")
    assert doc.paragraphs == ["| a | b |", "| 1 | 2 |"]
    assert [r.reason for r in doc.removed] == ["markup"]


@pytest.mark.parametrize("text", ["a | ---", "--- ---", "Scores: 3 | 4 --- a tie", "| - | - |"])
def test_rows_that_are_not_delimiters_stay(text: str) -> None:
    assert Pipeline([Markdown()]).clean(text).paragraphs == [text]


def test_footnotes() -> None:
    doc = Pipeline([Markdown()]).clean("A claim[^note] and another[^2].\n\n[^note]: The source.")
    assert doc.paragraphs == ["A claim and another.", "The source."]
    # a bracketed caret not after a word, or with a space, is text
    for text in ["Use [^abc] to negate a class.", "x [^ 1]"]:
        assert Pipeline([Markdown()]).clean(text).paragraphs == [text]


def test_markdown_example_runs() -> None:
    import subprocess
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "markdown_scrapes.py"
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True).stdout
    assert "[code] <div class=\"player\">" in out
    assert "links:   ['https://example.com/docs/embed']" in out
    assert out.count("[code] curl -I https://example.com/v/1") == 2


@pytest.mark.parametrize("text, expected", [
    (r"Use the \*config\* flag.", "Use the config flag."),  # the escaped pair is emphasis once unescaped
    (r"5 \* 3 is 15 and \#tags stay.", "5 * 3 is 15 and #tags stay."),
    (r"A literal \[bracket\] and \_under\_.", "A literal [bracket] and under."),
    (r"Two backslashes \\* go too.", "Two backslashes * go too."),
    (r"C:\Users\ana and \d+ stay.", r"C:\Users\ana and \d+ stay."),  # not escapes of punctuation
])
def test_backslash_escapes(text: str, expected: str) -> None:
    doc = textclean.clean(text)
    assert doc.paragraphs == [expected]
    assert textclean.clean(doc.text).paragraphs == [expected]


def test_task_list_boxes() -> None:
    doc = textclean.clean("Release plan:\n\n- [x] Faster startup\n- [ ] Export to PDF\n- [link](https://x.org/a) item")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Release plan:"), ("list-item", "Faster startup"), ("list-item", "Export to PDF"),
        ("list-item", "link item")]
    assert [r.text for r in doc.removed if r.reason == "markup"] == ["[x]", "[ ]"]
    # in a paragraph, a bracketed x is text
    assert textclean.clean("Tick [x] when done.").paragraphs == ["Tick [x] when done."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Installation¶\n\nRun the installer, then restart.", ["Installation", "Run the installer, then restart."]),
        ("## Usage[¶](#usage \"Permalink to this heading\")\n\nCall it once.", ["Usage", "Call it once."]),
        ("### Options 🔗\n\nThere are three.", ["Options", "There are three."]),
        ("A paragraph copied from Word.¶\n\nAnother one.¶", ["A paragraph copied from Word.", "Another one."]),
    ],
)
def test_permalink_symbols_at_a_block_end_are_removed(text: str, expected: list[str]) -> None:
    doc = textclean.clean(text)
    assert doc.paragraphs == expected
    assert any(r.reason == "markup" and r.text in ("¶", "🔗") for r in doc.removed)


@pytest.mark.parametrize(
    "text",
    [
        "¶ 12. The court held that the claim fails.",  # a paragraph number in a judgment
        "The sign ¶ marks a paragraph in proofs.",
        "```\nmark = \"¶\"\n```",  # code is verbatim
        "1.¶",  # without it the line would read as an empty list item on a second cleaning
    ],
)
def test_pilcrows_that_are_text_stay(text: str) -> None:
    assert "¶" in textclean.clean(text).text
