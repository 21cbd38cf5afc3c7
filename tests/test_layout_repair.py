"""Paragraph repair (``paragraph-repair``) on paragraphs broken by a stray blank line: what the
styles benchmark's ``stray-blank`` misses led to.  Small hand-written inputs."""

from __future__ import annotations

import textclean

BEFORE = "The council met on Tuesday evening to discuss the budget for the coming year."
AFTER = "A decision is expected next month, after a long debate in the assembly."


def test_a_break_after_a_function_word_is_repaired_without_a_finished_sentence() -> None:
    # the second half does not end a sentence (a headline, a caption), but the first stops at
    # a function word, where no heading or list item ends
    text = f"{BEFORE}\n\nCouncil members say they will continue to\n\nfight for the repairs of the old bridge\n\n{AFTER}"
    assert textclean.clean(text).paragraphs == [
        BEFORE, "Council members say they will continue to fight for the repairs of the old bridge", AFTER]


def test_lowercase_items_between_blank_lines_stay_apart() -> None:
    text = f"{BEFORE}\n\nfresh green vegetables\n\neggs boiled in salted water\n\nfish from the river\n\n{AFTER}"
    assert textclean.clean(text).paragraphs == [
        BEFORE, "fresh green vegetables", "eggs boiled in salted water", "fish from the river", AFTER]


def test_a_chinese_or_japanese_sentence_broken_after_its_comma_is_rejoined_without_a_space() -> None:
    first = "市は調査結果を踏まえて三回にわたり担当者を島に派遣し、"
    rest = "無線通話の試験を繰り返したと発表した。"
    other = "市長は来月にも最終的な判断を示す見通しだ。"
    doc = textclean.clean(f"{other}\n\n{first}\n\n{rest}\n\n{other}")
    assert doc.paragraphs == [other, first + rest, other]
    # a block that ends its sentence, or one followed by Latin text, stays apart
    done = "市は島での試験を終えた。"
    doc = textclean.clean(f"{other}\n\n{done}\n\n{rest}\n\n{first}\n\nTokyo Office News")
    assert doc.paragraphs == [other, done, rest, first, "Tokyo Office News"]
