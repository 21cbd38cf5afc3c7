"""Metadata in scripts without letter case, and the year-month-day dates of Chinese, Japanese
and Korean."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.metadata import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年12月1日 10:30", dt.date(2026, 12, 1)),
        ("2026年1月5日", dt.date(2026, 1, 5)),
        ("2026 年 3 月 15 日", dt.date(2026, 3, 15)),
        ("2026년 12월 1일", dt.date(2026, 12, 1)),
        ("2024年03月03日发布", dt.date(2024, 3, 3)),
    ],
)
def test_cjk_dates_are_read(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2026年", "12月1日", "第3回 2026年13月1日", "2026年2月30日", "12026年1月1日"])
def test_cjk_non_dates_are_not(text: str) -> None:
    # a year alone, a day without its year, an impossible month or day, five digits
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("raw", "title", "date"),
    [
        ("政府、予算案を閣議決定\n\n2026年12月1日 10:30\n\n政府は1日、来年度の予算案を閣議決定した。総額は過去最大となる。", "政府、予算案を閣議決定", dt.date(2026, 12, 1)),
        ("정부 예산안 의결\n\n2026년 12월 1일\n\n정부는 1일 내년도 예산안을 의결했다. 총액은 역대 최대다.", "정부 예산안 의결", dt.date(2026, 12, 1)),
        ("الحكومة تقر الميزانية\n\n2024-03-03\n\nأعلنت الحكومة يوم الثلاثاء أنها أقرت الميزانية الجديدة.", "الحكومة تقر الميزانية", dt.date(2024, 3, 3)),
        ("הממשלה אישרה את התקציב\n\n2024-03-03\n\nהממשלה אישרה ביום שלישי את התקציב החדש.", "הממשלה אישרה את התקציב", dt.date(2024, 3, 3)),
    ],
)
def test_title_and_date_in_caseless_scripts(raw: str, title: str, date: dt.date) -> None:
    doc = textclean.clean(raw)
    assert doc.title == title
    assert doc.date == date
    assert len(doc.paragraphs) == 1 and doc.paragraphs[0] in raw


def test_lower_case_first_line_is_still_no_title() -> None:
    # caseless scripts count as capitalised; a Latin line that starts in lower case does not
    doc = textclean.clean("and then it rained\n\n2024-03-03\n\nThe rain went on all day, officials said.")
    assert doc.title is None
