"""Session 13: what a new user's read of the README and docs found (a doctype with an internal
subset, the ready-to-copy property tests of docs/strategies.md, ...)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import textclean
from textclean.detect import looks_like_html

_SUBSET_PAGE = (
    '<!DOCTYPE x [<!ENTITY e "v">]><html><head><title>T</title></head><body>'
    "<p>Hello world, some longer paragraph of text that is the story here &e;.</p></body></html>"
)


def test_a_doctype_with_an_internal_subset_is_html_and_its_subset_no_text() -> None:
    assert looks_like_html(_SUBSET_PAGE)
    assert looks_like_html(_SUBSET_PAGE.encode())
    doc = textclean.clean(_SUBSET_PAGE)
    assert doc.title == "T"
    # the subset is dropped, its entity is never expanded, and "]>" is no paragraph
    assert doc.paragraphs == ["Hello world, some longer paragraph of text that is the story here &e;."]


def test_text_that_mentions_a_doctype_is_no_html() -> None:
    assert not looks_like_html("<!DOCTYPE is a declaration that starts an HTML page, as the guide says.")
    assert not looks_like_html("<!DOCTYPE note [<!ELEMENT note (#PCDATA)>]><note>XML, not HTML</note>")


@pytest.mark.slow
def test_the_ready_to_copy_property_tests_of_the_docs_pass(tmp_path: Path) -> None:
    doc = (Path(__file__).parent.parent / "docs" / "strategies.md").read_text(encoding="utf-8")
    code = doc.split("```python", 1)[1].split("```", 1)[0]
    code = code.replace("my_corpus_sentences", repr(["Der Rat hat am Montag den Haushalt beschlossen.", "Die Stadt will neue Schulen bauen."]))
    (tmp_path / "test_from_docs.py").write_text(code, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_from_docs.py"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:]


def test_a_config_files_bad_quote_style_and_unknown_key_name_the_file(tmp_path: Path) -> None:
    from textclean.config import ConfigError, load_config

    cfg = tmp_path / "textclean.toml"
    cfg.write_text('quotes = "fancy"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"textclean\.toml: quotes must be 'straight', 'curly' or 'keep', not 'fancy'"):
        load_config(cfg)
    cfg.write_text("max-sizee = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"textclean\.toml: unknown setting 'max-sizee' \(known: .*max-size"):
        load_config(cfg)
    cfg.write_text('quotes = "curly"\nmax-size = "1M"\n', encoding="utf-8")
    assert load_config(cfg)["quotes"] == "curly"
