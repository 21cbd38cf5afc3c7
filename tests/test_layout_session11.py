"""Session 11: wrapped text without blank lines (``benchmarks/styles.py``, wrapped-indent and
wrapped-tight): each rule with what it must join and what it must keep apart, on hand-written
inputs (no benchmark text).
"""

from __future__ import annotations

import textclean
from textclean.cleaners.layout import marker_wrapped

# a chunk wrapped at 44 columns, each paragraph's first line indented by four (the indentation
# counts against the width)
INDENTED = """\
    The club played its twelfth match in the
2. division on Saturday and the new striker
came on after an hour of play, when he hit
the post twice and then missed a penalty in
the last minute of the match against a side
that had not won a single game this season.
    The coach was not worried about it at all
and said after the match that he expected
more goals from the young player very soon,
as long as the team kept creating chances.
    He said this after the match, plainly:
"We all miss one now and then, and he will
score the next one, I am sure of it, as he
trains harder than anyone else in the team."
    The next match is played on Friday night
in the old stadium by the river.
"""


def test_a_number_a_wrap_put_at_the_line_start_goes_on() -> None:
    paras = textclean.clean(INDENTED).paragraphs
    assert paras[0].startswith("The club played its twelfth match in the 2. division on Saturday")
    assert len(paras) == 4


def test_an_indented_first_line_counts_its_indentation_against_the_width() -> None:
    # "    He said this after the match, plainly:" is 42 columns of 43: '"We' did not fit
    paras = textclean.clean(INDENTED).paragraphs
    assert paras[2].startswith("He said this after the match, plainly: \"We all miss")
    assert paras[3] == "The next match is played on Friday night in the old stadium by the river."


def test_marker_wrapped_needs_a_full_unfinished_line() -> None:
    assert marker_wrapped("    The club played its twelfth match in the", "2. division on", 44)
    # the marker would have fitted: a list item
    assert not marker_wrapped("The steps are as follows", "2. Mix the flour", 60)
    # the line before ends a sentence, an item or a heading
    assert not marker_wrapped("The club played its twelfth match in it.", "2. Mix the flour", 40)
    assert not marker_wrapped("1. Preheat the oven to a high heat of 220 C", "2. Mix the flour", 44)
    # an indented item
    assert not marker_wrapped("The club played its twelfth match in the", "  2. division", 40)


def test_a_numbered_list_after_a_lowercase_line_stays_a_list() -> None:
    text = (
        "The recipe below needs no special tools and takes about forty minutes from start to finish,\n"
        "and most of the work is done by the oven while you wait for the bread to bake in it slowly.\n"
        "You need the following\n"
        "1. Preheat the oven.\n"
        "2. Mix the flour and the water.\n"
        "3. Bake for thirty minutes.\n"
    )
    paras = textclean.clean(text).paragraphs
    assert "1. Preheat the oven." in paras
    assert "2. Mix the flour and the water." in paras
