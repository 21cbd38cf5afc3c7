"""Bengali pattern table (see :mod:`textclean.patterns` for the keys).

Bengali has no case; ``\\b`` works between Bengali words (vowel signs and the virama are
``\\w``), but labels that also begin sentences (``আরও পড়ুন`` "read more", ``শেয়ার করুন``
"share") only count as a whole line or before a ``:``.  Text is in NFC when the rules read it,
and NFC writes ``য়`` as ``য`` + nukta (U+09BC), which the rules write as optional.  Dates use
the Gregorian months written in Bengali and often Bengali digits (``১৬ জুন ২০২৪``).
"""

from __future__ import annotations

from typing import Any

_Y = "য\u09bc?"  # য় (with its nukta, or without)
_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|whatsapp|ফেসবুক|টুইটার|হোয়াটসঅ্যাপ)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # related stories: "আরও পড়ুন", "সম্পর্কিত খবর", "আরও পড়ুন: …"
        ("related-link", r"^\W*(?:আরও\s+পড়ুন|আরো\s+পড়ুন|সম্পর্কিত\s+খবর|আরও\s+খবর|আরো\s+খবর)(?:\W*$|\s*[:：]\s*\S)", 1.0, 200),
        # share buttons: "শেয়ার করুন", "ফেসবুকে শেয়ার করুন"
        ("share", rf"^\W*(?:{_NETWORKS}\S*\s+)?শে{_Y}ার\s+করুন(?:\s+{_NETWORKS})*\W*$", 1.0, 60),
        # a breadcrumb trail from the home (cover) page: "প্রচ্ছদ / জাতীয়"
        ("navigation", r"^\W*(?:প্রচ্ছদ|হোম)(?:\s*[|/•·>»›]\s*[^|/•·>»›\n]{1,30}){1,6}\W*$", 1.0, 200),
        # widget labels alone on a line: latest, most read, advertisement
        ("navigation", r"^\W*(?:সর্বশেষ|সর্বাধিক\s+পঠিত|বিজ্ঞাপন)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["লেখক:", "প্রতিবেদক:"],
    "byline_suffixes": [],
    "name_joiners": ["ও", "এবং"],
    "months": {
        "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7,
        "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
    },
    "updated_words": ["আপডেট", "হালনাগাদ"],
    "published_words": ["প্রকাশ", "প্রকাশিত", "প্রকাশের সময়"],
    "source_labels": ["সূত্র"],
    "list_labels": ["ট্যাগ", "বিষয়"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [r"^\W*(?:মন্তব্য\s+করুন|\d+\s+মন্তব্য|মন্তব্য)\W*$"],
}
