"""Date lines with a weekday, a time and a time zone in the languages of the newest tables."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean

BODY = {
    "id": "Pemerintah Indonesia pada hari Senin mengumumkan anggaran baru untuk sektor pendidikan yang akan berlaku tahun depan.",
    "vi": "Chính phủ đã công bố ngân sách mới cho ngành giáo dục và sẽ có hiệu lực từ năm sau, theo bộ trưởng.",
    "uk": "Уряд оголосив новий бюджет для освіти, який набуде чинності наступного року, повідомив міністр.",
    "cs": "Vláda v pondělí oznámila nový rozpočet pro školství, který začne platit od příštího roku, uvedl ministr.",
    "da": "Regeringen fremlagde mandag et nyt budget for uddannelse, som skal gælde fra næste år, sagde ministeren.",
    "nb": "Regjeringen la mandag fram et nytt budsjett for utdanning, som skal gjelde fra neste år, sa ministeren.",
    "en": "The government announced a new budget for schools on Monday, the minister said in a statement.",
}


@pytest.mark.parametrize("lang, line, date", [
    ("id", "Senin, 3 Maret 2025 14:30 WIB", dt.date(2025, 3, 3)),
    ("vi", "Thứ ba, 3/10/2023, 14:30 (GMT+7)", dt.date(2023, 10, 3)),
    ("uk", "3 березня 2024 р.", dt.date(2024, 3, 3)),
    ("cs", "úterý 3. března 2024 v 14:30", dt.date(2024, 3, 3)),
    ("da", "tirsdag den 3. marts 2025 kl. 14.30", dt.date(2025, 3, 3)),
    ("nb", "Mandag den 3. mars 2025", dt.date(2025, 3, 3)),
    ("en", "Monday, March 3, 2025 10:00 GMT+1", dt.date(2025, 3, 3)),
])
def test_date_line_with_weekday_and_time(lang: str, line: str, date: dt.date) -> None:
    doc = textclean.clean(f"{line}\n\n{BODY[lang]}")
    assert doc.date == date
    assert doc.paragraphs == [BODY[lang]]
    assert [r.reason for r in doc.removed] == ["dateline"]


@pytest.mark.parametrize("lang, line", [
    ("id", "Pada hari Senin, 3 Maret 2025, menteri mengumumkan anggaran baru."),
    ("cs", "V úterý 3. března 2024 vláda schválila rozpočet."),
])
def test_sentences_with_a_date_stay(lang: str, line: str) -> None:
    assert line in textclean.clean(f"{line}\n\n{BODY[lang]}").paragraphs
