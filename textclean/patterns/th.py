"""Thai pattern table (see :mod:`textclean.patterns` for the keys).

Thai writes no spaces between words (a space ends a phrase or a sentence), so ``\\b`` says
nothing inside a line and a label is only a label when the whole line is one: every rule is
anchored at the start and ends at the end of the line (or at a ``:`` before a linked headline).
Dates count years in the Buddhist era (``12 มิ.ย. 2567``: 2567 − 543 = 2024): the month names
(full, ``มิถุนายน``, and abbreviated, ``มิ.ย.``) are read with such a year by the date reader.
``โดย`` ("by") also opens ordinary clauses (``โดยประเมินว่า …``), so it is no byline word.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|line|twitter|x|instagram|youtube|tiktok|เฟซบุ๊ก|ไลน์)"

#: the Thai months, full and abbreviated (the abbreviations without their last dot: the date
#: reader drops it before the look-up)
THAI_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค": 1, "ก.พ": 2, "มี.ค": 3, "เม.ย": 4, "พ.ค": 5, "มิ.ย": 6,
    "ก.ค": 7, "ส.ค": 8, "ก.ย": 9, "ต.ค": 10, "พ.ย": 11, "ธ.ค": 12,
}

TABLE: dict[str, Any] = {
    "boilerplate": [
        # related stories: "ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม: …" (a label alone, or before a headline)
        ("related-link", r"^\W*(?:ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|บทความที่เกี่ยวข้อง|ข่าวแนะนำ|อ่านเพิ่มเติม|อ่านต่อ|อ่านข่าวเพิ่มเติม)(?:\W*$|\s*[:：]\s*\S)", 1.0, 200),
        # share buttons: "แชร์ข่าวนี้", "แชร์ไปยัง Facebook"
        ("share", rf"^\W*(?:แชร์|แบ่งปัน)(?:ข่าวนี้|บทความนี้|เรื่องนี้)?(?:\s*(?:ไปยัง|ทาง|บน)?\s*{_NETWORKS})*\W*$", 1.0, 60),
        # a breadcrumb trail from the home page: "หน้าแรก > ข่าว > เศรษฐกิจ"
        ("navigation", r"^\W*หน้าแรก(?:\s*[|/•·>»›]\s*[^|/•·>»›\n]{1,30}){1,6}\W*$", 1.0, 200),
        # widget labels alone on a line: latest news, most read, advertisement
        ("navigation", r"^\W*(?:ข่าวล่าสุด|ข่าวยอดนิยม|ยอดนิยม|อ่านมากที่สุด|โฆษณา)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["ผู้เขียน:", "เขียนโดย", "รายงานโดย"],
    "byline_suffixes": [],
    "name_joiners": ["และ"],
    "months": THAI_MONTHS,
    "updated_words": ["อัปเดต", "อัพเดท", "แก้ไขล่าสุด"],
    "published_words": ["เผยแพร่", "วันที่เผยแพร่", "โพสต์เมื่อ"],
    "source_labels": ["ที่มา", "แหล่งที่มา"],
    "list_labels": ["แท็ก", "คำค้น"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [r"^\W*(?:ความคิดเห็น|แสดงความคิดเห็น)\W*$"],
}
