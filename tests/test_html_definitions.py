"""Definition lists in HTML: a term and its one definition read as one list item."""

from __future__ import annotations

import pytest

import textclean

LEAD = (
    "<p>Un vélo léger et robuste pour les trajets quotidiens en ville, avec un cadre en "
    "aluminium et des freins à disque hydrauliques.</p>"
)


def items(dl: str) -> list[str]:
    html = f"<html><body><main><h1>Urbain 3</h1>{LEAD}<h2>Caractéristiques</h2>{dl}</main></body></html>"
    doc = textclean.clean_html(html)
    return [b.text for b in doc.blocks if b.kind == "list-item"]


def test_term_and_definition_are_one_item() -> None:
    dl = "<dl><dt>Poids</dt><dd>12,5 kg</dd><dt>Vitesses</dt><!-- x --><dd>7</dd></dl>"
    assert items(dl) == ["Poids: 12,5 kg", "Vitesses: 7"]


def test_term_with_its_own_colon_gets_no_second_one() -> None:
    assert items("<dl><dt>Weight:</dt><dd>12.5 kg</dd><dt>Gears =</dt><dd>7</dd></dl>") == [
        "Weight: 12.5 kg",
        "Gears = 7",
    ]


def test_inline_markup_and_links_stay_in_the_item() -> None:
    dl = '<dl><dt><b>Frame</b></dt><dd>6061 <a href="/alu">aluminium</a>, size <i>M</i></dd></dl>'
    assert items(dl) == ["Frame: 6061 aluminium, size M"]


@pytest.mark.parametrize(
    ("dl", "want"),
    [
        # a term with two definitions: each its own item
        ("<dl><dt>Colours</dt><dd>Red</dd><dd>Blue</dd></dl>", ["Colours", "Red", "Blue"]),
        # two terms sharing one definition
        ("<dl><dt>Colour</dt><dt>Color</dt><dd>A hue.</dd></dl>", ["Colour", "Color", "A hue."]),
        # a definition made of paragraphs
        (
            "<dl><dt>Warranty</dt><dd><p>Two years on the frame.</p><p>One year on parts.</p></dd></dl>",
            ["Warranty", "Two years on the frame.", "One year on parts."],
        ),
        # an empty term
        ("<dl><dt> </dt><dd>Orphan value</dd></dl>", ["Orphan value"]),
    ],
)
def test_what_stays_apart(dl: str, want: list[str]) -> None:
    assert items(dl) == want
