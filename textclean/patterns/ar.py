"""Arabic pattern table (see :mod:`textclean.patterns` for the keys).

Arabic has no case; ``\\b`` works between Arabic letters and other characters (letters and
their marks are ``\\w``).  The same word is written with or without its short vowels and
tanween (``أيضا`` / ``أيضاً`` / ``أيضًا``), stretched with tatweel (``اقـــرأ``), and with
or without the hamza on its alif (``اقرأ`` / ``اقرا``), so the labels are written plainly and
:func:`_a` turns them into patterns that take every such spelling.  A right-to-left mark
(U+200F, U+200E) around a line is ``\\W`` and is taken by the anchors' ``^\\W*`` and
``\\W*$``.  Month names are the Egyptian/Gulf set (``يناير`` …), the Levantine/Iraqi set
(``كانون الثاني`` …), the Maghreb forms (``جانفي``, ``شتنبر`` …) and the two written together
(``15 يناير/كانون الثاني 2024``); the digits may be Arabic-Indic (``٣ مارس ٢٠٢٤``).
Line-starting labels are anchored and short-limited, and words that also begin ordinary
sentences (``شارك الوزير في …``, ``تابعنا الأخبار …``) only count as a whole label.

>>> import regex
>>> bool(regex.match(_a("اقرأ أيضا"), "اقـــرا ايضاً")), bool(regex.fullmatch(_any("شارك", "شاركها"), "شاركها"))
(True, True)
"""

from __future__ import annotations

from typing import Any

import regex

#: tatweel and the optional marks (harakat, tanween, shadda, sukun, superscript alif)
_MARKS = "[\u0640\u064b-\u065f\u0670]*"
#: letters written interchangeably in labels (alif with or without hamza, final ya / alif
#: maqsura, ta marbuta / ha)
_FOLD = {
    "ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]",
    "ي": "[يى]", "ى": "[يى]", "ة": "[ةه]", "ه": "[ةه]",
}


#: the letter that stands for each class of :data:`_FOLD` (phrases are grouped by it)
_CANON = {"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}


def _piece(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if "\u0600" <= ch <= "\u06ff":
        return _FOLD.get(ch, regex.escape(ch)) + _MARKS
    return regex.escape(ch)


def _a(phrase: str) -> str:
    """A pattern for an Arabic phrase that takes it with or without marks and tatweel, with
    any alif, and with any run of white space between its words."""
    return "".join(map(_piece, phrase))


def _trie(keys: set[str]) -> str:
    groups: dict[str, set[str]] = {}
    for k in keys:
        if k:
            groups.setdefault(k[0], set()).add(k[1:])
    if not groups:
        return ""
    alts = [_piece(c) + _trie(rest) for c, rest in sorted(groups.items())]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in keys else body


def _any(*phrases: str) -> str:
    """:func:`_a` of each phrase, as one alternation factored by their first letters (so that
    a position tries each first letter once, not every phrase)."""
    return "(?:" + _trie({"".join(_CANON.get(c, c) for c in p) for p in phrases}) + ")"


_NETWORKS = (
    r"(?:facebook|twitter|x|instagram|youtube|telegram|whatsapp|tiktok|"
    + _any("فيسبوك", "فيس بوك", "تويتر", "إكس", "انستغرام", "إنستغرام", "انستجرام", "يوتيوب",
           "تيليجرام", "تلغرام", "واتساب", "تيك توك", "جوجل نيوز")
    + ")"
)

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, newsletter ------------------------------------------
        ("subscription", rf"^\W*{_any('اشترك', 'اشتركي', 'اشتركوا', 'سجل الدخول', 'تسجيل الدخول', 'الاشتراك')}"
                         rf"(?:\s+{_any('الآن', 'مجانا')})?\W*$", 1.0, 40),
        ("subscription", rf"{_any('اشترك', 'اشتركي', 'اشتركوا', 'الاشتراك', 'للاشتراك', 'سجل', 'سجلوا', 'انضم', 'انضموا')}\s+"
                         rf"(?:\S+\s+){{0,2}}?(?:{_a('في')}\s+|{_a('إلى')}\s+|{_a('ب')}|{_a('ل')})?"
                         rf"{_any('النشرة البريدية', 'نشرتنا البريدية', 'النشرة الإخبارية', 'نشرتنا الإخبارية', 'نشرتنا')}",
         1.0, 300),
        # --- related stories -------------------------------------------------------
        # "اقرأ أيضا" and "طالع أيضا" are always a link label, with or without a colon
        ("related-link", rf"^\W*{_any('اقرأ أيضا', 'اقرأ كذلك', 'طالع أيضا', 'شاهد أيضا', 'إقرأ أيضا')}\b", 1.0, 300),
        ("related-link", rf"^\W*{_any('مواضيع ذات صلة', 'مقالات ذات صلة', 'أخبار ذات صلة', 'ذات صلة', 'اقرأ المزيد')}\W*(?::|$)",
         1.0, 300),
        # --- share / follow -----------------------------------------------------------
        ("share", rf"^\W*{_any('شارك', 'شاركها', 'شاركوا', 'مشاركة', 'انشر')}"
                  rf"(?:\s+{_any('هذا المقال', 'هذا الخبر', 'المقال', 'الخبر', 'الموضوع')})?"
                  rf"(?:\s+(?:{_a('على')}|{_a('عبر')}|{_a('في')}))?(?:\W+{_NETWORKS})*\W*$", 1.0, 80),
        ("share", rf"^\W*{_any('تابعنا', 'تابعونا', 'تابعوا')}\s+(?:{_a('على')}|{_a('عبر')}|{_a('في')})"
                  rf"(?:\W*$|\W*{_NETWORKS})", 1.0, 150),
        ("share", rf"^\W*{_any('حمل', 'حملوا', 'نزل', 'قم بتحميل')}\s+{_a('تطبيق')}", 1.0, 150),
        # --- page furniture (alone on a line) --------------------------------------------
        ("navigation", rf"^\W*{_any('إعلان', 'اعلان', 'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'آخر الأخبار', 'الرئيسية', 'المزيد')}\W*$",
         1.0, 40),
        # --- cookies ---------------------------------------------------------------------
        ("cookie", rf"{_any('يستخدم', 'نستخدم', 'يستعمل', 'نستعمل')}\s+(?:{_a('هذا الموقع')}\s+)?(?:{_a('ملفات')}\s+)?"
                   rf"(?:{_a('تعريف الارتباط')}|{_a('الكوكيز')}|{_a('كوكيز')}|cookies?)", 1.0, 500),
        ("cookie", rf"^\W*{_any('قبول', 'رفض', 'أوافق على')}(?:\s+{_a('جميع')})?\s+(?:{_a('ملفات')}\s+)?"
                   rf"(?:{_a('تعريف الارتباط')}|{_a('الكوكيز')}|cookies?)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------------------
        ("copyright", rf"{_any('جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'حقوق النشر محفوظة', 'حقوق الطبع محفوظة', 'الحقوق محفوظة')}",
         1.0, 300),
        # --- photo credits ----------------------------------------------------------------------
        ("photo-credit", rf"^\W*{_any('تصوير', 'الصورة', 'صورة', 'الصور', 'مصدر الصورة', 'المصدر')}\s*:", 1.0, 250),
        # "… (الصورة: رويترز)" at the end of a caption
        ("photo-credit", rf"[(]\s*{_any('تصوير', 'الصورة', 'صورة', 'الصور')}\s*:?\s*[^()]{{1,40}}[)]\W{{0,2}}$", 1.0, 250),
        # --- more list labels, tags, link tools --------------------------------------------------
        ("related-link", rf"^\W*{_any('قد يهمك', 'قد يعجبك', 'اخترنا لك', 'ننصحك بقراءة', 'موضوعات مقترحة', 'مقالات مقترحة')}"
                         rf"(?:\s+{_a('أيضا')})?\W*(?::|$)", 1.0, 300),
        ("navigation", rf"^\W*{_any('الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'كلمات دلالية')}\s*:", 1.0, 300),
        ("share", rf"^\W*{_any('انسخ الرابط', 'نسخ الرابط', 'تم نسخ الرابط')}\W*$", 1.0, 40),
    ],
    # "بقلم أحمد محمد"; "كتب" and "إعداد" ("wrote", "prepared") only with their colon
    "byline_prefixes": ["بقلم", "بقلم:", "كتب:", "كتبت:", "إعداد:", "اعداد:"],
    "byline_suffixes": [],
    "name_joiners": ["و"],
    "months": {
        # Egyptian, Gulf (and the Maghreb's where they differ)
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
        "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
        "يوليوز": 7, "أوت": 8, "اوت": 8, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
        # Levantine, Iraqi
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
        "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
        "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
        # the two written together: "15 يناير/كانون الثاني 2024"
        **{f"{a}/{b}": n for n, a, b in (
            (1, "يناير", "كانون الثاني"), (2, "فبراير", "شباط"), (3, "مارس", "آذار"), (4, "أبريل", "نيسان"),
            (5, "مايو", "أيار"), (6, "يونيو", "حزيران"), (7, "يوليو", "تموز"), (8, "أغسطس", "آب"),
            (9, "سبتمبر", "أيلول"), (10, "أكتوبر", "تشرين الأول"), (11, "نوفمبر", "تشرين الثاني"),
            (12, "ديسمبر", "كانون الأول"),
        )},
    },
    "updated_words": ["آخر تحديث", "اخر تحديث", "تحديث", "تم التحديث", "محدث"],
    "published_words": ["نشر في", "نُشر في", "نشر", "نُشر", "تاريخ النشر", "بتاريخ", "منشور"],
    "source_labels": ["المصدر", "رابط المقال", "الرابط الأصلي"],
    "list_labels": ["الكلمات المفتاحية", "كلمات مفتاحية"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        rf"^\W*(?:\d+\s+)?{_any('التعليقات', 'تعليقات', 'تعليق', 'تعليقا')}\W*$",
        rf"^\W*{_any('أضف', 'اترك', 'اكتب', 'أضف تعليقك', 'شاركنا')}\s+{_any('تعليقا', 'تعليقك', 'رأيك', 'تعليق')}",
    ],
}
