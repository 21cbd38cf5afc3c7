"""Session 12: a paper's front matter (author list with plain-digit affiliation marks, numbered
affiliation lines, ``Keywords:`` lines) and a wiki page's reference list copied as text
(``^`` / ``^ a b`` back-links), in wrapped and in one-paragraph-per-line text.

Each rule has what it must change and what it must keep (docs/cleaners.md, "Session 12").
"""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.byline import affiliation_numbers, marked_authors
from textclean.cleaners.layout import _BACKLINK

P, H, L = "paragraph", "heading", "list-item"

PAPER = """Grazing Pressure and Soil Carbon in Alpine Meadows

Anna Keller1, Jonas Brandt2, Mei Lin1
1 Department of Ecology, University of Bern, Switzerland
2 Institute of Soil Science, TU Munich, Germany

Abstract

Grazing changes the carbon stored in alpine soils. We measured soil organic carbon at 40 sites across a grazing gradient in the Swiss Alps.

Keywords: grazing, soil carbon, alpine meadows

1 Introduction

Alpine meadows store large amounts of carbon in their soils.
"""

# the same front matter in a PDF copy without blank lines, wrapped at ~78 columns
WRAPPED = """Grazing Pressure and Soil Carbon in Alpine Meadows of the Central Alps
A. Keller 1, J. Brandt 2 and M. Lin 1
1 Department of Ecology and Evolutionary Biology, University of Bern, Switzerland
2 Institute of Soil Science, Technical University of Munich, Germany
Abstract
Grazing changes the carbon stored in alpine soils. We measured soil organic
carbon at 40 sites across a grazing gradient in the Swiss Alps and found that
heavy grazing lowered carbon stocks in the upper soil layer by a fifth over
2 decades, while moderate grazing had no effect on the stocks at all.
Schlüsselwörter: Beweidung, Bodenkohlenstoff
1 Introduction
Alpine meadows store large amounts of carbon in their soils, and grazing is
the main way they are used by farmers in the valleys of the Alps.
"""


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in textclean.clean(text).blocks]


# -- author list with plain-digit marks ---------------------------------------------------

def test_paper_front_matter() -> None:
    doc = textclean.clean(PAPER)
    assert doc.title == "Grazing Pressure and Soil Carbon in Alpine Meadows"
    assert doc.authors == ["Anna Keller", "Jonas Brandt", "Mei Lin"]
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (P, "1 Department of Ecology, University of Bern, Switzerland"),
        (P, "2 Institute of Soil Science, TU Munich, Germany"),
        (H, "Abstract"),
        (P, "Grazing changes the carbon stored in alpine soils. We measured soil organic carbon at 40 sites "
            "across a grazing gradient in the Swiss Alps."),
        (P, "Keywords: grazing, soil carbon, alpine meadows"),
        (H, "1 Introduction"),
        (P, "Alpine meadows store large amounts of carbon in their soils."),
    ]
    assert [(r.reason, r.text) for r in doc.removed if r.reason == "byline"] == [
        ("byline", "Anna Keller1, Jonas Brandt2, Mei Lin1")]


def test_wrapped_front_matter_without_blank_lines() -> None:
    doc = textclean.clean(WRAPPED)
    assert doc.title == "Grazing Pressure and Soil Carbon in Alpine Meadows of the Central Alps"
    assert doc.authors == ["A. Keller", "J. Brandt", "M. Lin"]
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (P, "1 Department of Ecology and Evolutionary Biology, University of Bern, Switzerland"),
        (P, "2 Institute of Soil Science, Technical University of Munich, Germany"),
        (H, "Abstract"),
        # (a wrapped line that starts with a number goes on: "over" / "2 decades")
        (P, "Grazing changes the carbon stored in alpine soils. We measured soil organic carbon at 40 sites "
            "across a grazing gradient in the Swiss Alps and found that heavy grazing lowered carbon stocks "
            "in the upper soil layer by a fifth over 2 decades, while moderate grazing had no effect on the "
            "stocks at all."),
        (P, "Schlüsselwörter: Beweidung, Bodenkohlenstoff"),
        (H, "1 Introduction"),
        (P, "Alpine meadows store large amounts of carbon in their soils, and grazing is the main way they "
            "are used by farmers in the valleys of the Alps."),
    ]


@pytest.mark.parametrize(("line", "names"), [
    ("Anna Keller1, Jonas Brandt2, Mei Lin1", ["Anna Keller", "Jonas Brandt", "Mei Lin"]),
    ("Anna Keller1,2, Jonas Brandt2 and Mei Lin1", ["Anna Keller", "Jonas Brandt", "Mei Lin"]),
    ("A. Keller 1 and J. Brandt 2", ["A. Keller", "J. Brandt"]),
    ("Anna Keller*, Jonas Brandt", ["Anna Keller", "Jonas Brandt"]),
    ("Anna Keller¹ and Jonas Brandt²", ["Anna Keller", "Jonas Brandt"]),
    ("Anna Keller*", ["Anna Keller"]),
    ("Anna Keller¹", ["Anna Keller"]),
])
def test_author_line_forms(line: str, names: list[str]) -> None:
    assert marked_authors(line) == names
    doc = textclean.clean(f"Grazing Pressure and Soil Carbon\n\n{line}\n\nWe measured soil carbon at forty sites.")
    assert doc.authors == names
    assert doc.title == "Grazing Pressure and Soil Carbon"
    assert [r.text for r in doc.removed if r.reason == "byline"] == [line]


@pytest.mark.parametrize("line", [
    "Anna Keller, Jonas Brandt and Mei Lin",  # no marks: no author list of a paper
    "Anna Keller1, Jonas Brandt",  # plain digits: every name needs its mark
    "Mei Lin 2",  # one name with a number
    "Apollo 11",
    "Room 12, Floor 3",
    "Figure 1, Table 2",
])
def test_lines_that_are_no_marked_author_list(line: str) -> None:
    assert marked_authors(line) == []
    assert affiliation_numbers(line) == frozenset()


def test_affiliation_numbers() -> None:
    assert affiliation_numbers("Anna Keller1,2, Jonas Brandt3 and Mei Lin1") == {"1", "2", "3"}
    assert affiliation_numbers("Anna Keller¹, Jonas Brandt¹,², and Mei Lin³") == {"1", "2", "3"}


def test_a_name_line_in_a_poem_is_no_author_list() -> None:
    poem = ("Winter Shore\n\nAnna Lee and John Doe\nwalked along the frozen shore\nthe gulls were crying "
            "overhead\nand no one spoke a word\nthe light was going grey\nthey turned and went back home\n")
    doc = textclean.clean(poem)
    assert doc.authors == []
    assert not [r for r in doc.removed if r.reason == "byline"]
    assert doc.blocks[1].text.startswith("Anna Lee and John Doe")
    # a line of names with numbers in a poem's middle is no author list either (only the
    # first lines of a text are read)
    verse = "Roll Call\n\n" + "".join(f"the line number {k} is here\n" for k in range(6)) + "Anna Lee 1, John Doe 2\n"
    assert textclean.clean(verse).authors == []


def test_affiliation_rule_needs_an_author_list() -> None:
    # numbered lines without an author list above them are read as before
    text = ("Results\n\nThe plots were grazed for many years, as the farmers of the valley had done since the\n"
            "1 Department of Agriculture report said they should.\n")
    assert _blocks(text)[-1] == (P, "The plots were grazed for many years, as the farmers of the valley had "
                                    "done since the 1 Department of Agriculture report said they should.")


def test_wrapped_affiliation_goes_on() -> None:
    text = ("Soil Carbon under Grazing\n\nAnna Keller1, Jonas Brandt2\n1 Department of Ecology and Evolutionary "
            "Biology, University of\nBern, Switzerland\n2 Institute of Soil Science, TU Munich, Germany\n\n"
            "We measured soil carbon at forty sites.\n")
    assert _blocks(text)[:2] == [
        (P, "1 Department of Ecology and Evolutionary Biology, University of Bern, Switzerland"),
        (P, "2 Institute of Soil Science, TU Munich, Germany"),
    ]


def test_numbered_headings_stay_headings() -> None:
    text = ("1 Introduction\n\nAlpine meadows store carbon.\n\n2 Methods\n\nWe took cores.\n\n"
            "3 Results\n\nCarbon fell.\n")
    assert [k for k, _ in _blocks(text)] == [H, P, H, P, H, P]


# -- "Label: list" lines -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Keywords: grazing, soil carbon, alpine meadows",
    "Key words: grazing, soil carbon",
    "Schlüsselwörter: Beweidung, Bodenkohlenstoff",
    "Mots-clés : pâturage, carbone du sol",
    "Palabras clave: pastoreo, carbono del suelo",
    "JEL codes: Q15, Q24",
    "Słowa kluczowe: wypas, węgiel glebowy",
    "Ключевые слова: выпас, почвенный углерод",
])
def test_a_list_label_line_is_a_paragraph(line: str) -> None:
    text = f"Abstract\n\nWe measured soil carbon at forty sites.\n\n{line}\n\nIntroduction\n\nMeadows store carbon.\n"
    assert (P, line) in _blocks(text)


@pytest.mark.parametrize("line", ["Keywords", "Chapter 3: The Return", "Part II: Rome"])
def test_a_heading_stays_a_heading(line: str) -> None:
    text = f"We measured soil carbon at forty sites.\n\n{line}\n\nMeadows store carbon in their soils.\n"
    assert (H, line) in _blocks(text)


def test_a_list_label_after_a_sentence_starts_a_block() -> None:
    text = ("Grazing changes the carbon stored in alpine soils. We measured soil organic\n"
            "carbon at 40 sites across a grazing gradient in the Swiss Alps and found that\n"
            "heavy grazing lowered carbon stocks in the upper soil layer by a fifth in all.\n"
            "Keywords: grazing, soil carbon\n")
    assert _blocks(text)[-1] == (P, "Keywords: grazing, soil carbon")


# -- wiki reference lists ------------------------------------------------------------------

REFS_PER_LINE = """Lake Baikal

Lake Baikal is a rift lake in Russia.

References
^ a b Smith, John (2001). "The Lake". Nature. 12: 1–4.
^ Brown, A. (1999). Water of Siberia. Moscow: Nauka.
^ "Baikal facts". UNESCO. Retrieved 3 March 2020.
"""

REFS_WRAPPED = """Lake Baikal

Lake Baikal is a rift lake in Russia. It is the deepest lake in the world and holds about a
fifth of the fresh water on the surface of the Earth, more than all the Great Lakes together.
The lake is old and its water is clear.

References
^ a b Smith, John (2001). "The Lake". Nature. 12: 1–4.
^ Brown, A. (1999). Water of Siberia. Moscow: Nauka. A long title that goes on and on and
wraps onto the next line of the page.
^ "Baikal facts". UNESCO. Retrieved 3 March 2020.
^ a b c Petrov, I. (2010). Baikal (in Russian)
^ Doe, J. (2015). "Ice". Science.
"""


def test_references_one_per_line() -> None:
    doc = textclean.clean(REFS_PER_LINE)
    assert [(b.kind, b.text) for b in doc.blocks][-3:] == [
        (L, 'Smith, John (2001). "The Lake". Nature. 12: 1–4.'),
        (L, "Brown, A. (1999). Water of Siberia. Moscow: Nauka."),
        (L, '"Baikal facts". UNESCO. Retrieved 3 March 2020.'),
    ]
    assert [r.text for r in doc.removed if r.reason == "markup"] == ["^ a b", "^", "^"]


def test_references_wrapped() -> None:
    doc = textclean.clean(REFS_WRAPPED)
    assert [(b.kind, b.text) for b in doc.blocks][-5:] == [
        (L, 'Smith, John (2001). "The Lake". Nature. 12: 1–4.'),
        (L, "Brown, A. (1999). Water of Siberia. Moscow: Nauka. A long title that goes on and on and wraps "
            "onto the next line of the page."),
        (L, '"Baikal facts". UNESCO. Retrieved 3 March 2020.'),
        (L, "Petrov, I. (2010). Baikal (in Russian)"),
        (L, 'Doe, J. (2015). "Ice". Science.'),
    ]
    assert [r.text for r in doc.removed if r.reason == "markup"] == ["^ a b", "^", "^", "^ a b c", "^"]
    again = textclean.clean(doc.text)
    assert again.paragraphs == doc.paragraphs


@pytest.mark.parametrize(("line", "marker"), [
    ("^ Smith, J. (2001).", "^ "),
    ("^ a b Smith, J. (2001).", "^ a b "),
    ("↑ a et b Dupont, Le lac, 1982.", "↑ a et b "),
    ("↑ 1 2 Иванов И. Байкал. 2010.", "↑ 1 2 "),
    ('^ "Lake Baikal". UNESCO.', "^ "),
])
def test_back_links(line: str, marker: str) -> None:
    m = _BACKLINK.match(line)
    assert m is not None and m.group(0) == marker


@pytest.mark.parametrize("line", ["^ marks the power", "^2 is four", "^ a lake", "^a b Smith"])
def test_no_back_links(line: str) -> None:
    assert _BACKLINK.match(line) is None


def test_a_hat_in_prose_stays() -> None:
    text = ("Powers\n\nIn many calculators and programming languages the caret symbol\n"
            "^ marks the power, so that 2^3 is eight; in others it is a bitwise operator.\n")
    assert _blocks(text)[-1] == (P, "In many calculators and programming languages the caret symbol ^ marks the "
                                    "power, so that 2^3 is eight; in others it is a bitwise operator.")


def test_a_wrapped_sentence_over_a_number_goes_on_under_an_author_list() -> None:
    text = ("Soil Carbon under Grazing\n\nAnna Keller1, Jonas Brandt2\n1 Department of Ecology, University of Bern\n"
            "2 Institute of Soil Science, TU Munich\n\nThe work was paid for by grants of the\n"
            "2 Institute funds and by the farmers of the valley, who also gave us their land.\n")
    assert _blocks(text)[-1] == (P, "The work was paid for by grants of the 2 Institute funds and by the farmers "
                                    "of the valley, who also gave us their land.")


@pytest.mark.parametrize("line", ["关键词：放牧，土壤碳", "キーワード：放牧、土壌炭素", "Từ khóa: chăn thả, carbon đất"])
def test_list_labels_in_other_scripts(line: str) -> None:
    from textclean.patterns import load

    label = load(("auto",)).list_label
    assert label is not None and label.match(line)
    assert not label.match("关键词") and not label.match("Keywords")


@pytest.mark.parametrize("text", [PAPER, WRAPPED, REFS_PER_LINE, REFS_WRAPPED])
def test_cleaning_the_output_again_changes_nothing(text: str) -> None:
    once = textclean.clean(text)
    twice = textclean.clean(once.text)
    assert twice.paragraphs == once.paragraphs
    assert textclean.clean(twice.text).blocks == twice.blocks


def test_front_matter_one_paragraph_per_line() -> None:
    text = "\n".join(line for line in PAPER.split("\n") if line)
    doc = textclean.clean(text)
    assert doc.authors == ["Anna Keller", "Jonas Brandt", "Mei Lin"]
    assert [(b.kind, b.text) for b in doc.blocks] == [(b.kind, b.text) for b in textclean.clean(PAPER).blocks]
