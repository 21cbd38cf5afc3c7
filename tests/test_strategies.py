"""messy_documents(): cleaning recovers the truth on >= 99.5% of examples."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import textclean
from textclean.strategies import CORRUPTIONS, MessyDocument, messy_documents


def _norm(doc: textclean.Document) -> dict[str, object]:
    return {"title": doc.title, "authors": doc.authors, "date": doc.date, "url": doc.url, "links": doc.links}


def _run(n: int, **kwargs: object) -> tuple[int, list[MessyDocument], list[MessyDocument]]:
    body_fail: list[MessyDocument] = []
    meta_fail: list[MessyDocument] = []
    count = [0]

    @settings(max_examples=n, phases=[Phase.generate], database=None, deadline=None,
              derandomize=True, suppress_health_check=list(HealthCheck))
    @given(messy_documents(**kwargs))  # type: ignore[arg-type]
    def check(m: MessyDocument) -> None:
        count[0] += 1
        doc = textclean.clean(m.messy)
        if doc.paragraphs != m.clean.paragraphs:
            body_fail.append(m)
        if _norm(doc) != _norm(m.clean):
            meta_fail.append(m)

    check()
    return count[0], body_fail, meta_fail


def test_recovery_rate_with_every_corruption() -> None:
    n, body_fail, meta_fail = _run(1000)
    rate = 1 - len(body_fail) / n
    meta_rate = 1 - len(meta_fail) / n
    print(f"\nmessy_documents: body recovered on {rate:.4f} of {n}; metadata on {meta_rate:.4f}")
    for m in body_fail[:3]:
        print(repr(m))
        print(textclean.clean(m.messy).paragraphs)
        print(m.clean.paragraphs)
    assert rate >= 0.995
    assert meta_rate >= 0.99


@pytest.mark.parametrize("corruption", CORRUPTIONS)
def test_each_corruption_alone(corruption: str) -> None:
    extra = ("hard-wrap",) if corruption == "hyphenate" else ()
    _n, body_fail, meta_fail = _run(60, corruptions=(corruption, *extra))
    assert not body_fail, repr(body_fail[0])
    assert not meta_fail, repr(meta_fail[0])


@given(messy_documents(languages=("en",), max_paragraphs=3))
@settings(max_examples=50)
def test_messy_document_shape(m: MessyDocument) -> None:
    assert isinstance(m.messy, str)
    assert m.clean.paragraphs and all(p.strip() == p for p in m.clean.paragraphs)
    assert set(m.corruptions) <= set(CORRUPTIONS)


@given(messy_documents(sentences=["A user sentence about the harbour.", "Another one follows here."],
                       corruptions=("crlf", "quotes", "placeholders", "nbsp")))
@settings(max_examples=30)
def test_user_sentences(m: MessyDocument) -> None:
    assert textclean.clean(m.messy).paragraphs == m.clean.paragraphs


def test_unknown_corruption_is_an_error() -> None:
    with pytest.raises(ValueError):
        messy_documents(corruptions=("nope",)).example()


@given(st.data())
@settings(max_examples=20)
def test_cleaning_the_clean_truth_is_identity(data: st.DataObject) -> None:
    m = data.draw(messy_documents(corruptions=()))
    assert textclean.clean(m.clean.text).paragraphs == m.clean.paragraphs


@pytest.mark.parametrize("lang", ["it", "pt", "nl", "pl", "ru"])
def test_recovery_in_the_other_sentence_banks(lang: str) -> None:
    # the banks that messy_documents() draws only on request (Polish has no pattern table of
    # its own, Russian is in Cyrillic)
    n, body_fail, meta_fail = _run(200, languages=(lang,))
    assert 1 - len(body_fail) / n >= 0.985, repr(body_fail[0])
    assert 1 - len(meta_fail) / n >= 0.99, repr(meta_fail[0])
