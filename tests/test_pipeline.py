"""The public API: Document contract, Pipeline composition, custom cleaners."""

from __future__ import annotations

import json
import pickle

import pytest

import textclean
from textclean import Block, Cleaner, Document, Draft, Pipeline
from textclean.pipeline import Options


def test_document_to_dict_has_exactly_the_contract_keys() -> None:
    doc = textclean.clean("# T\n\nBy Jane Roe\n\nSeptember 19, 2023\n\nBody.")
    d = doc.to_dict()
    assert set(d) == {"title", "authors", "date", "url", "links", "paragraphs", "text", "removed", "warnings"}
    assert d["date"] == "2023-09-19"
    assert json.loads(doc.to_json()) == d
    assert set(d["removed"][0]) == {"cleaner", "reason", "text", "line"}


def test_document_round_trip() -> None:
    doc = textclean.clean("# T\n\nBy Jane Roe\n\nSeptember 19, 2023\n\nBody.")
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()


def test_text_is_paragraphs_joined_by_blank_line() -> None:
    doc = textclean.clean("One.\n\nTwo.")
    assert doc.text == "One.\n\nTwo."
    assert doc.paragraphs == ["One.", "Two."]
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_without_and_names() -> None:
    p = Pipeline.default().without("quotes", "boilerplate")
    assert "quotes" not in p.names and "boilerplate" not in p.names
    assert p.clean("“hi”").paragraphs == ["“hi”"]
    with pytest.raises(KeyError):
        Pipeline.default().without("no-such-cleaner")


def test_custom_function_cleaner_and_insert() -> None:
    def redact(text: str) -> str:
        return text.replace("secret", "[redacted]")

    p = Pipeline.default().insert(redact, after="markdown")
    assert p.names[p.names.index("markdown") + 1] == "redact"
    assert p.clean("A secret plan.").paragraphs == ["A [redacted] plan."]


def test_custom_cleaner_class() -> None:
    class DropShort(Cleaner):
        """Drop blocks shorter than three words."""

        name = "drop-short"

        def apply(self, draft: Draft) -> None:
            kept = []
            for b in draft.blocks:
                if len(b.text.split()) < 3:
                    draft.remove(b, self.name, "too-short")
                else:
                    kept.append(b)
            draft.blocks = kept

    doc = Pipeline.default().append(DropShort()).clean("Hi.\n\nThis one stays here.")
    assert doc.paragraphs == ["This one stays here."]
    assert doc.removed[-1].reason == "too-short"


def test_configure_options() -> None:
    p = Pipeline.default().configure("quotes", style="curly")
    assert p.clean('"hi," she said').paragraphs == ["“hi,” she said"]
    assert textclean.clean('"hi"', quotes="keep").paragraphs == ['"hi"']


def test_failing_custom_cleaner_is_reported_not_raised() -> None:
    def boom(text: str) -> str:
        raise RuntimeError("bad")

    doc = Pipeline.default().append(boom).clean("Body text.")
    assert doc.paragraphs == ["Body text."]
    assert any("boom" in w for w in doc.warnings)


def test_pipeline_pickles() -> None:
    p = pickle.loads(pickle.dumps(Pipeline.default(quotes="curly")))
    assert p.clean("it's").paragraphs == ["it’s"]


def test_clean_blocks_entry_for_structured_input() -> None:
    doc = Pipeline.default().clean_blocks([Block("Heading", "heading", 1, 2), Block("Donate now", "paragraph", 2)])
    assert doc.paragraphs == ["Heading"]


def test_bad_input_gives_document_and_warning() -> None:
    assert textclean.clean(None).paragraphs == []
    doc = textclean.clean(b"\xff\xfe\x00\x01 caf\xe9 binary?")
    assert doc.warnings
    doc = textclean.clean("lone \ud800 surrogate")
    assert doc.warnings and "\ud800" not in doc.text
    doc = textclean.clean("caf\xe9 cr\xe8me".encode("latin-1"))
    assert doc.paragraphs == ["café crème"]
    assert any("guessed" in w for w in doc.warnings)


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = "import sys, textclean; bad = [m for m in ('ftfy', 'lxml', 'pyarrow', 'ray', 'scrapy', 'wordfreq', 'rich') if m in sys.modules]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- language options --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("given", "code"),
    [("en", "en"), ("EN", "en"), ("en-US", "en"), ("pt_BR", "pt"), ("zh-Hant", "zh"), ("German", "de"),
     ("Français", "fr"), ("iw", "he"), ("no", "nb"), ("auto", "auto"), (" de ", "de"), ("fil", "fil")],
)
def test_language_options_are_normalised(given: str, code: str) -> None:
    assert Pipeline.default(language=given).options.language == code
    assert Options(languages=(given, "en")).languages == tuple(dict.fromkeys((code, "en")))


@pytest.mark.parametrize("given", ["klingon!", "", "e", "english-ish tag", "12"])
def test_unknown_languages_are_refused(given: str) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        Pipeline.default(language=given)


def test_a_tag_uses_its_languages_table() -> None:
    text = "Die Regierung hat am Montag erklärt, dass sie nicht teilnimmt.\n\nArtikel teilen"
    assert textclean.clean(text, language="de-AT").paragraphs == textclean.clean(text, language="de").paragraphs
    assert textclean.clean(text, language="de-AT").paragraphs == ["Die Regierung hat am Montag erklärt, dass sie nicht teilnimmt."]


def test_a_language_without_table_is_a_warning() -> None:
    doc = textclean.clean("Some text here.", language="ta")
    assert any("no pattern table for language 'ta'" in w for w in doc.warnings)
    assert not textclean.clean("Some text here.", language="en").warnings
    assert not textclean.clean("Some text here.").warnings  # (a guess is no request)
