"""The page-breaks cleaner: a PDF copy's running headers, footers and page numbers go; numbered
headings, lists, item marks, timelines and tables stay."""

from __future__ import annotations

import pytest

import textclean
from textclean import Pipeline
from textclean.cleaners import Layout, PageBreaks

WRAPPED = (
    "The committee met on Tuesday to discuss the new budget, and the\n"
    "members agreed that the spending on schools should rise again. "
) * 4  # about 500 characters: one page's worth


def _clean(text: str) -> textclean.Document:
    return Pipeline([PageBreaks(), Layout()]).clean(text)


def _furniture(doc: textclean.Document) -> list[str]:
    return [r.text.strip() for r in doc.removed if r.reason == "page-furniture"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Annual Report 2023        3", "Annual Report 2023        4"),  # header, wide gap
        ("3\tAnnual Report", "4\tAnnual Report"),  # number first, a tab
        ("Annual Report | 7", "Annual Report | 8"),  # a separator
        ("- 3 -", "- 4 -"),  # a number alone, decorated
        ("12", "13"),  # a number alone
        ("Seite 3", "Seite 4"),  # labelled, German
        ("Page 9", "Page 11"),  # a page of figures skipped
    ],
)
def test_running_headers_and_page_numbers_are_removed(first: str, second: str) -> None:
    text = f"{first}\n\n{WRAPPED}\n\n{second}\n\n{WRAPPED}"
    doc = _clean(text)
    assert _furniture(doc) == [first, second]
    assert first not in doc.text and second not in doc.text
    assert doc.text.count("The committee met") == 8


@pytest.mark.parametrize("line", ["Page 1 of 3", "- 7 -", "— 7 —"])
def test_page_n_of_m_and_a_number_between_dashes_are_evidence_on_their_own(line: str) -> None:
    doc = _clean(f"{WRAPPED}\n\n{line}\n\nThe end of the minutes.")
    assert _furniture(doc) == [line]
    # one dash is a list marker, not a page number
    assert _furniture(_clean(f"{WRAPPED}\n\n- 7\n\nThe end of the minutes.")) == []


@pytest.mark.parametrize("line", [" " * 60 + "Page 3", " " * 30 + "Seite 3", " " * 40 + "- Page 3 -"])
def test_one_labelled_page_number_set_to_the_right_is_evidence_on_its_own(line: str) -> None:
    doc = _clean(f"{WRAPPED}\n\n{line}\n\nThe end of the minutes.")
    assert _furniture(doc) == [line.strip()]
    assert "Page 3" not in doc.text and "Seite 3" not in doc.text


@pytest.mark.parametrize("text", [
    f"{WRAPPED}\n\nPage 3\n\nThe end of the minutes.",  # at the left margin: could be text
    f"{WRAPPED}\n\n" + " " * 4 + "Page 3\n\nThe end of the minutes.",  # a small indent
    " " * 60 + "Page 3\n\n" + WRAPPED,  # at the very top: no page of text before it
    f"{WRAPPED}\n\n" + " " * 60 + "3",  # a number alone, unlabelled, needs a second one
])
def test_a_lone_page_label_without_that_evidence_stays(text: str) -> None:
    assert _furniture(_clean(text)) == []


def test_a_footer_in_the_same_chunk_as_the_text_is_removed() -> None:
    doc = _clean(f"{WRAPPED}\nAnnual Report      5\n\n{WRAPPED}\nAnnual Report      6")
    assert _furniture(doc) == ["Annual Report      5", "Annual Report      6"]


def test_a_paragraph_split_by_a_page_break_is_rejoined_with_its_hyphenation() -> None:
    text = (
        f"Annual Report 2023        3\n\n{WRAPPED}The dividend will be raised,\n"
        "subject to the ap-\n\nAnnual Report 2023        4\n\nproval of the annual general meeting."
    )
    doc = _clean(text)
    assert doc.paragraphs[-1].endswith("raised, subject to the approval of the annual general meeting.")
    assert len(doc.paragraphs) == 1


def test_a_page_break_after_a_finished_sentence_keeps_the_paragraphs_apart() -> None:
    text = f"{WRAPPED}\n\n- 3 -\n\n{WRAPPED}\n\n- 4 -\n\nthe minutes end here."
    doc = _clean(text)
    # the first page ends a sentence: the second page's paragraph stays its own
    assert len(doc.paragraphs) >= 2 and doc.paragraphs[1].startswith("The committee met")


@pytest.mark.parametrize(
    "lines",
    [
        ["Chapter 1", "Chapter 2", "Chapter 3"],  # numbered headings: one space before the number
        ["(1)", "(2)", "(3)"],  # item marks of a legal text
        ["2019", "2020", "2021"],  # a timeline of years
        ["Total        340", "Total        410"],  # table rows, numbers far apart
        ["3", "2", "1"],  # a countdown
    ],
)
def test_numbered_lines_that_are_content_stay(lines: list[str]) -> None:
    text = "\n\n".join(f"{line}\n\n{WRAPPED}" for line in lines)
    doc = _clean(text)
    assert _furniture(doc) == []
    for line in lines:
        assert " ".join(line.split()) in " ".join(doc.text.split())


def test_page_numbers_close_together_are_no_pages() -> None:
    # two short numbered lines with little text between them: a list, not two pages
    doc = _clean("Short intro.\n\n1\n\nA line.\n\n2\n\nAnother line.")
    assert _furniture(doc) == []


def test_html_blocks_are_left_alone() -> None:
    html = f"<html><body><article><h1>Minutes</h1><p>12</p><p>{WRAPPED}</p><p>13</p><p>{WRAPPED}</p></article></body></html>"
    doc = textclean.clean_html(html)
    assert not [r for r in doc.removed if r.cleaner == "page-breaks"]


def test_the_default_pipeline_cleans_a_pdf_copy() -> None:
    text = (
        f"Annual Report 2023                              3\n\n{WRAPPED}The board\n"
        "proposes a higher divi-\n\nAnnual Report 2023                              4\n\n"
        f"dend for the year.\n\n{WRAPPED}"
    )
    doc = textclean.clean(text)
    assert "Annual Report" not in doc.text
    assert "The board proposes a higher dividend for the year." in doc.text
    assert {r.cleaner for r in doc.removed if r.reason == "page-furniture"} == {"page-breaks"}
    assert textclean.clean(doc.text).text == doc.text
