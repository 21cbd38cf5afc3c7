"""HTML data tables: one block per row (``| cell | cell |``); layout tables stay paragraphs."""

from __future__ import annotations

import textclean

_TABLE_PAGE = """<html><head><title>Rates</title></head><body><main><h1>Rates</h1>
<p>The central bank published the new rates for the coming quarter on Tuesday, officials said.</p>
{table}
<p>The next review is due in March, when the bank will publish its forecasts again.</p>
</main></body></html>"""


def test_data_table_rows_are_one_block_each() -> None:
    table = ("<table><tr><th>Term</th><th>Rate</th></tr><tr><td>1 year</td><td>3.5%</td></tr>"
             "<tr><td><a href='/five'>5 years</a></td><td>3.9%</td></tr></table>")
    doc = textclean.clean_html(_TABLE_PAGE.format(table=table), url="https://bank.example/rates")
    assert doc.paragraphs[1:4] == ["| Term | Rate |", "| 1 year | 3.5% |", "| 5 years | 3.9% |"]
    assert "https://bank.example/five" in doc.links


def test_layout_table_cells_stay_paragraphs() -> None:
    # a table that lays out the page: its cells hold paragraphs, so rows are not data rows
    table = ("<table><tr><td><p>A first column paragraph that is part of the story text here.</p></td>"
             "<td><p>A second column paragraph that continues the story text there.</p></td></tr></table>")
    doc = textclean.clean_html(_TABLE_PAGE.format(table=table))
    assert "A first column paragraph that is part of the story text here." in doc.paragraphs
    assert not any(p.startswith("|") for p in doc.paragraphs)


def test_one_cell_rows_and_pipes_in_cells() -> None:
    table = ("<table><tr><td>Only one cell in this row of the table.</td></tr>"
             "<tr><td>a|b</td><td>c</td></tr></table>")
    doc = textclean.clean_html(_TABLE_PAGE.format(table=table))
    assert "Only one cell in this row of the table." in doc.paragraphs
    assert "| a/b | c |" in doc.paragraphs
