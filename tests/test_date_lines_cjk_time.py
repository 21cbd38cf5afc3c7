"""A Chinese, Japanese or Korean date line with its time ("2024年3月14日 9時15分") is a date
line (the time words are date-line filler, ``cleaners/dates._FILLER``); a sentence that holds a
date and a time is not."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean

TITLE = {"ja": "日銀、利上げを決定", "zh": "央行宣布上调利率", "ko": "한은, 기준금리 인상"}
PROSE = {
    "ja": "日本銀行は14日、政策金利を0.25％引き上げることを決めた。物価の上昇を抑えるためだ。",
    "zh": "中国人民银行周四宣布将基准利率上调0.25个百分点，以遏制创十年新高的通货膨胀。",
    "ko": "한국은행이 14일 기준금리를 0.25%포인트 인상했다. 물가 상승률이 10년 만에 최고 수준에 이르자 이를 억제하기 위한 조치다.",
}


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "2024年3月14日 9時15分"), ("zh", "2024年3月14日 9点15分"), ("zh", "2024年3月14日 09:15"),
    ("ko", "2024년 3월 14일 9시 15분"),
])
def test_date_line_with_a_time(lang: str, line: str) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{line}\n\n{PROSE[lang]}\n")
    assert doc.extra["language"] == lang
    assert doc.title == TITLE[lang]
    assert doc.date == dt.date(2024, 3, 14)
    assert any(r.reason == "dateline" and r.text == line for r in doc.removed)
    assert doc.paragraphs == [PROSE[lang]]


def test_sentence_with_a_date_and_a_time_is_kept() -> None:
    line = "2024年3月14日、日銀は9時に会合を開いた。"
    doc = textclean.clean(f"{TITLE['ja']}\n\n{line}\n\n{PROSE['ja']}\n")
    assert line in doc.paragraphs
    assert doc.date is None
