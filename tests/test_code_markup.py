"""HTML and character references inside fenced code stay as written.

``entities`` and ``tags`` run before ``layout`` cuts the code blocks out; they leave the lines
between fences alone (a code sample of HTML is the sample), and still clean the prose around.
"""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.characters import HtmlEntities, TagDebris, fenced_code_lines, outside_code
from textclean.pipeline import Pipeline, split_chunks

SAMPLE = """How to embed a video

Paste this into your page:

```html
<div class="video">
  <iframe src="https://example.com/v/1" width="560"></iframe>

</div>
<p>Caption &amp; credits</p>
```

Then save the <b>file</b> and reload the page to see the result &amp; more.
"""


def test_html_in_fenced_code_is_kept() -> None:
    doc = textclean.clean(SAMPLE)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("code", '<div class="video">\n  <iframe src="https://example.com/v/1" width="560"></iframe>\n\n'
            '</div>\n<p>Caption &amp; credits</p>') in kinds
    # the prose around is still cleaned: tags removed (and recorded), entities decoded
    assert kinds[-1] == ("paragraph", "Then save the file and reload the page to see the result & more.")
    assert [r.text for r in doc.removed if r.cleaner == "tags"] == ["<b> </b>"]
    # the closing fence is reported on its input line
    assert [r.line for r in doc.removed if r.cleaner == "layout"] == [5, 11]


def test_html_code_round_trips() -> None:
    doc = textclean.clean(SAMPLE)
    again = textclean.clean(doc.text)
    assert again.text == doc.text
    assert [b.kind for b in again.blocks] == [b.kind for b in doc.blocks]


@pytest.mark.parametrize("cleaner", [TagDebris(), HtmlEntities()])
def test_unclosed_fence_protects_nothing(cleaner: TagDebris | HtmlEntities) -> None:
    # a fence that nothing closes opens no code block: its lines are prose, and cleaned
    out = Pipeline([cleaner]).clean("```html\n<b>bold</b> &amp; more").paragraphs
    assert out == ["```html\nbold &amp; more"] if isinstance(cleaner, TagDebris) else ["```html\n<b>bold</b> & more"]


def test_tags_and_entities_alone_keep_fenced_lines() -> None:
    text = "Use <b>this</b>:\n```\n<b>x</b> &lt;\n```\nand &amp; that"
    assert Pipeline([TagDebris(), HtmlEntities()]).clean(text).paragraphs == [
        "Use this:\n```\n<b>x</b> &lt;\n```\nand & that"
    ]


def test_fenced_code_lines_across_blank_lines() -> None:
    blocks = split_chunks("Run:\n```html\n<b>x</b>\n\n<i>y</i>\n```\nDone &amp; <b>dusted</b>")
    assert fenced_code_lines(blocks) == {0: [(1, 3)], 1: [(0, 2)]}
    assert fenced_code_lines(split_chunks("no fences <b>here</b>")) == {}


def test_outside_code() -> None:
    assert outside_code("a\nb\nc", [], str.upper) == "A\nB\nC"
    assert outside_code("a\nb\nc", [(1, 2)], str.upper) == "A\nb\nC"
    assert outside_code("a\nb\nc", [(0, 3)], str.upper) == "a\nb\nc"


def test_repeated_code_block_is_kept() -> None:
    text = ("Install the package first:\n\n```\npip install textclean --upgrade\n```\n\n"
            "Later, in the second environment, install the package again:\n\n"
            "```\npip install textclean --upgrade\n```\n")
    doc = textclean.clean(text)
    assert [b.kind for b in doc.blocks].count("code") == 2
    assert not [r for r in doc.removed if r.cleaner == "dedupe"]
    # a repeated paragraph is still removed
    para = "Please read the whole installation guide before you start."
    doc = textclean.clean(f"{para}\n\n```\nmake\n```\n\n{para}")
    assert [r.reason for r in doc.removed if r.cleaner == "dedupe"] == ["duplicate"]


def test_urls_in_code_are_not_links_and_stay() -> None:
    text = ("Check the endpoint first:\n\n```\nhttps://api.example.com/v1/status\n```\n\n"
            "Then call it from your script:\n\n```\ncurl -I https://api.example.com/v1/items\n```\n\n"
            "Source:\n\n```\nhttps://example.com/not-the-source\n```\n\n"
            "More at https://example.com/docs in the guide.\n")
    doc = textclean.clean(text)
    assert [b.text for b in doc.blocks if b.kind == "code"] == [
        "https://api.example.com/v1/status", "curl -I https://api.example.com/v1/items",
        "https://example.com/not-the-source"]
    assert doc.links == ["https://example.com/docs"]
    assert doc.url is None
    # outside code, a URL line is still moved to links
    doc = textclean.clean("Body text of the article goes here.\n\nhttps://example.com/x\n\nMore text.")
    assert doc.links == ["https://example.com/x"]


def test_direction_marks_go() -> None:
    """Direction marks (LRM, RLM, ALM) are invisible format characters, removed like the bidi
    embedding controls: at a line's edge and inside it (kept inside, a later cleaner could bring
    one to an edge, and a second cleaning would remove it)."""
    rlm, lrm = "\u200f", "\u200e"
    title = "عنوان المقال عن الاقتصاد"
    body = "هذا نص المقال الذي يتحدث عن الاقتصاد في المنطقة. وفيه English كلمة."
    marked = f"هذا نص المقال الذي يتحدث عن الاقتصاد في المنطقة.{rlm} وفيه {rlm}English{lrm} كلمة."
    doc = textclean.clean(f"{rlm}{title}{rlm}\n\n{rlm}{marked}{rlm}  ")
    assert doc.paragraphs == [title, body]
    assert [r.reason for r in doc.removed] == ["control-chars", "control-chars"]
    assert textclean.clean(doc.text).text == doc.text
    # the indentation after a mark (which can make a code block) stays
    doc = textclean.clean(f"Run this:\n\n    {rlm}x = compute(1)\n    y = x + 2{lrm}\n    print(y)\n\n\t{lrm}\xa0\n\nDone.")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Run this:"), ("code", "x = compute(1)\ny = x + 2\nprint(y)"), ("paragraph", "Done.")]
    assert textclean.clean(doc.text).text == doc.text
