"""The Thai and Bengali tables (session 13, ``tests/fixtures/unseen4/``): each rule removes its
line from a document of the language and keeps a sentence with the same words; no rule fires on
the other languages' prose, nor theirs on this; dates in the Buddhist era (Thai) and in
Bengali digits are read."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.metadata import parse_date
from textclean.patterns import LANGUAGES

from .pattern_table_checks import check_never_fires, table_tests

TH_RULES: list[tuple[int, str, str]] = [
    (0, "ข่าวที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้องกับการเลือกตั้งถูกเผยแพร่อย่างรวดเร็วในโซเชียลมีเดียเมื่อวานนี้"),
    (1, "แชร์ข่าวนี้", "แชร์ข่าวนี้ไปก่อนตรวจสอบข้อเท็จจริงถือเป็นการกระทำที่ไม่รับผิดชอบ ตำรวจกล่าว"),
    (2, "หน้าแรก > ข่าว > เศรษฐกิจ", "หน้าแรกของหนังสือพิมพ์ลงข่าวเศรษฐกิจเป็นข่าวใหญ่ในวันนี้"),
    (3, "โฆษณา", "โฆษณาชิ้นใหม่ของบริษัทถูกวิจารณ์อย่างหนักในโลกออนไลน์"),
]
BN_RULES: list[tuple[int, str, str]] = [
    (0, "আরও পড়ুন", "শিক্ষক শিক্ষার্থীদের আরও পড়ুন বলে পরীক্ষার আগে বই দিলেন।"),
    (1, "শেয়ার করুন", "শেয়ার করুন বলে তিনি ছবিটি বন্ধুদের কাছে পাঠালেন, পরে তা ভাইরাল হয়।"),
    (2, "প্রচ্ছদ / জাতীয়", "প্রচ্ছদ ও জাতীয় পাতার খবর নিয়ে সম্পাদকেরা সকালে বৈঠক করেন।"),
    (3, "বিজ্ঞাপন", "বিজ্ঞাপন সংস্থাটি এ বছর নতুন একটি প্রচারণা শুরু করেছে।"),
]
RULES = {"th": TH_RULES, "bn": BN_RULES}
TITLE = {"th": "ธนาคารกลางคงอัตราดอกเบี้ย", "bn": "পদ্মা সেতুতে রেকর্ড টোল আদায়"}
PROSE = {
    "th": ("คณะกรรมการนโยบายการเงินมีมติให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.50 ต่อปี โดยประเมินว่าเศรษฐกิจไทยยังคงฟื้นตัวต่อเนื่อง",
           "ผู้ว่าการธนาคารแห่งประเทศไทยกล่าวว่า อัตราเงินเฟ้อมีแนวโน้มกลับเข้าสู่กรอบเป้าหมายในช่วงปลายปี"),
    "bn": ("ঈদের ছুটির আগে পদ্মা সেতুতে এক দিনে প্রায় পাঁচ কোটি টাকা টোল আদায় হয়েছে, যা সেতু চালুর পর থেকে সর্বোচ্চ।",
           "সেতু কর্তৃপক্ষ জানিয়েছে, শনিবার সকাল থেকে রবিবার সকাল পর্যন্ত প্রায় পঞ্চাশ হাজার যানবাহন সেতু পার হয়েছে।"),
}

TestTables = table_tests(RULES, TITLE, PROSE)

#: more forms of the same rules: (language, a line removed, a sentence with its words kept)
MORE = [
    ("th", "อ่านเพิ่มเติม: ราคาน้ำมันลดลงเป็นสัปดาห์ที่สาม", "ครูขอให้นักเรียนอ่านเพิ่มเติมเกี่ยวกับประวัติศาสตร์ไทยก่อนการสอบ"),
    ("th", "แชร์ไปยัง Facebook", "เธอแชร์ภาพถ่ายไปยังเพื่อนๆ หลังจากกลับจากการเดินทาง"),
    ("bn", "আরও পড়ুন: ঈদযাত্রায় ট্রেনের টিকিট বিক্রি শুরু", "সম্পর্কিত খবর প্রকাশের পর মন্ত্রণালয় একটি বিবৃতি দিয়েছে।"),
    ("bn", "ফেসবুকে শেয়ার করুন", "ফেসবুকে শেয়ার করা ছবিটি নিয়ে পুলিশ তদন্ত শুরু করেছে।"),
]


@pytest.mark.parametrize(("lang", "line", "kept"), MORE)
def test_more_forms(lang: str, line: str, kept: str) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{PROSE[lang][0]}\n\n{line}\n\n{kept}\n\n{PROSE[lang][1]}")
    assert doc.extra["language"] == lang
    assert [r.text for r in doc.removed if r.cleaner == "boilerplate"] == [line]
    assert kept in doc.paragraphs


def test_other_tables_never_fire_on_this_prose() -> None:
    texts = [*(p for lang in PROSE for p in PROSE[lang]), *(kept for rows in RULES.values() for _, _, kept in rows)]
    for lang in LANGUAGES:
        if lang not in RULES:
            check_never_fires(lang, texts)


@pytest.mark.parametrize(("text", "date"), [
    ("เผยแพร่: 12 มิ.ย. 2567 14:30 น.", dt.date(2024, 6, 12)),  # a Buddhist-era year, abbreviated month
    ("12 มิถุนายน 2567", dt.date(2024, 6, 12)),
    ("3 ธ.ค. 2023", dt.date(2023, 12, 3)),  # a Gregorian year with a Thai month
    ("প্রকাশ: ১৬ জুন ২০২৪, ১০:৩০", dt.date(2024, 6, 16)),  # Bengali digits
])
def test_dates(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


def test_a_thai_number_is_no_buddhist_date() -> None:
    assert parse_date("ราคา 12 มิ.ย. 3200 บาท") is None  # (no year of either era)


def test_date_line_goes_to_the_metadata() -> None:
    doc = textclean.clean(f"{TITLE['th']}\n\nเผยแพร่: 12 มิ.ย. 2567 14:30 น.\n\n{PROSE['th'][0]}\n\n{PROSE['th'][1]}")
    assert doc.title == TITLE["th"] and str(doc.date)[:10] == "2024-06-12"
    assert doc.paragraphs == list(PROSE["th"])
