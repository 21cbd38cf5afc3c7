"""HTML <pre>: code becomes one verbatim ``code`` block; other preformatted text does not."""

from __future__ import annotations

import textclean

_PAGE = """<html><head><title>Parsing JSON</title></head><body><main><h1>Parsing JSON</h1>
<p>Python ships a json module in its standard library, and this is how a file is read with it.</p>
{pre}
<p>The load function reads a file object, and loads reads a string instead of a file.</p>
</main></body></html>"""


def test_pre_code_is_one_code_block_with_its_lines() -> None:
    pre = "<pre><code>import json\n\nwith open(\"data.json\") as f:\n    data = json.load(f)\n</code></pre>"
    doc = textclean.clean_html(_PAGE.format(pre=pre))
    code = [b for b in doc.blocks if b.kind == "code"]
    assert [b.text for b in code] == ['import json\n\nwith open("data.json") as f:\n    data = json.load(f)']
    assert "```\nimport json" in doc.text  # Document.text fences code blocks


def test_pre_without_code_element_that_reads_as_code() -> None:
    pre = "<pre>\n    total = sum(values)\n    if total > 10:\n        print(total)\n</pre>"
    doc = textclean.clean_html(_PAGE.format(pre=pre))
    # (the indentation the lines share goes; their own stays)
    assert [b.text for b in doc.blocks if b.kind == "code"] == ["total = sum(values)\nif total > 10:\n    print(total)"]


def test_preformatted_prose_is_not_code() -> None:
    pre = "<pre>The committee met on Tuesday.\nIt will meet again in March.</pre>"
    doc = textclean.clean_html(_PAGE.format(pre=pre))
    assert not any(b.kind == "code" for b in doc.blocks)
    assert "The committee met on Tuesday. It will meet again in March." in doc.paragraphs


def test_pre_with_shell_commands_is_code() -> None:
    # no <code> element and no code signs, but no prose either: commands to type
    pre = "<pre>git clone https://example.org/mylib.git\ncd mylib\npip install -e .\n</pre>"
    doc = textclean.clean_html(_PAGE.format(pre=pre))
    assert [b.text for b in doc.blocks if b.kind == "code"] == [
        "git clone https://example.org/mylib.git\ncd mylib\npip install -e ."
    ]


def test_pre_with_a_highlight_class_is_code() -> None:
    pre = '<div class="highlight"><pre><span class="gp">$ </span>make test</pre></div>'
    doc = textclean.clean_html(_PAGE.format(pre=pre))
    assert [b.text for b in doc.blocks if b.kind == "code"] == ["$ make test"]


def test_plain_text_mail_in_pre_is_prose() -> None:
    pre = ("<pre>Dear list,\nthanks for all the replies to my question about the release date of the next version.\n"
           "I will wait for the announcement and test the beta as soon as it is out, as promised.\n</pre>")
    doc = textclean.clean_html(_PAGE.format(pre=pre))
    assert not any(b.kind == "code" for b in doc.blocks)
