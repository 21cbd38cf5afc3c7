"""Persian pattern table (see :mod:`textclean.patterns` for the keys).

Persian writes a zero-width non-joiner (ZWNJ, U+200C) inside many words (``می‌کند``,
``اشتراک‌گذاری``, ``به‌روزرسانی``), and sites write the same word with the ZWNJ, a space or
nothing there, and with the Arabic ``ي`` / ``ك`` for the Persian ``ی`` / ``ک``: the labels are
written plainly and :func:`_p` turns them into patterns that take every such spelling.  For
``regex`` a ZWNJ is a word character (a join control, ``\\w``), so ``\\b`` never stops inside
``اشتراک‌گذاری``; :data:`END` says where a word ends without relying on that.  Month names are
the Persian (solar) months (``فروردین`` …), read with the solar year (``۱۴ فروردین ۱۴۰۲``) and
turned into the Gregorian date by the date reader, and the Gregorian ones as written in Persian
(``ژانویه`` …, ``۴ اکتبر ۲۰۲۳``); the digits may be Persian (``۰``–``۹``).  Line-starting
labels are anchored and short-limited, and words that also begin ordinary sentences (``دنبال
کنید که …``) only count as a whole label.

>>> import regex
>>> bool(regex.fullmatch(_p("به‌روزرسانی"), "به روزرسانی")), bool(regex.fullmatch(_p("اشتراک"), "اشتراك"))
(True, True)
"""

from __future__ import annotations

from typing import Any

import regex

#: letters written interchangeably (Persian and Arabic ya and kaf, final ya)
_FOLD = {"ی": "[یيى]", "ي": "[یيى]", "ى": "[یيى]", "ک": "[کك]", "ك": "[کك]"}
#: the end of a word: no letter and no ZWNJ follows
END = r"(?![\w\u200c])"


def _p(phrase: str) -> str:
    """A pattern for a Persian phrase: a ZWNJ in it may be a ZWNJ, a space or nothing, a space
    any run of spaces and ZWNJs, and ``ی`` / ``ک`` either form."""
    out = []
    for ch in phrase:
        if ch == "\u200c":
            out.append(r"[\s\u200c]?")
        elif ch == " ":
            out.append(r"[\s\u200c]+")
        else:
            out.append(_FOLD.get(ch, regex.escape(ch)))
    return "".join(out)


def _any(*phrases: str) -> str:
    return "(?:" + "|".join(_p(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


#: the months of the solar year (read with a solar year by ``metadata.dates``)
SOLAR_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}

_NETWORKS = (
    r"(?:facebook|twitter|x|instagram|youtube|telegram|whatsapp|tiktok|"
    + _any("اینستاگرام", "تلگرام", "توییتر", "توئیتر", "ایکس", "فیسبوک", "فیس‌بوک", "یوتیوب", "واتساپ", "آپارات", "روبیکا", "بله", "ایتا")
    + ")"
)

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, newsletter ------------------------------------------
        ("subscription", rf"^\W*{_any('عضو شوید', 'مشترک شوید', 'اشتراک', 'خرید اشتراک', 'ورود', 'ورود به حساب', 'ثبت‌نام')}"
                         rf"(?:\s+{_any('کنید', 'رایگان')})?\W*$", 1.0, 40),
        ("subscription", rf"{_any('عضویت در', 'اشتراک در', 'مشترک', 'عضو')}\s+(?:\S+\s+){{0,2}}?{_any('خبرنامه', 'خبرنامهٔ', 'خبرنامه‌ی')}", 1.0, 300),
        ("subscription", rf"^\W*{_any('این مطلب', 'این مقاله', 'این محتوا')}\s+{_any('فقط', 'تنها')}\s+{_any('برای', 'مخصوص')}\s+{_any('مشترکان', 'اعضا')}", 1.0, 300),
        # --- donations -----------------------------------------------------------
        ("donate", rf"^\W*{_any('از ما حمایت کنید', 'حمایت مالی', 'کمک مالی')}\W*$", 1.0, 200),
        # --- related stories -------------------------------------------------------
        ("related-link", rf"^\W*{_any('بیشتر بخوانید', 'بخوانید', 'همچنین بخوانید', 'این را هم بخوانید', 'پیشنهاد ما')}{END}\W*(?::|$|\w)", 1.0, 300),
        ("related-link", rf"^\W*{_any('مطالب مرتبط', 'اخبار مرتبط', 'خبرهای مرتبط', 'مطالب پیشنهادی', 'مرتبط')}\W*(?::|$)", 1.0, 300),
        # --- share / follow -----------------------------------------------------------
        ("share", rf"^\W*{_any('اشتراک‌گذاری', 'هم‌رسانی', 'همرسانی', 'به اشتراک بگذارید', 'اشتراک در')}(?:\s+{_any('این مطلب', 'مطلب', 'خبر')})?"
                  rf"(?:\s+(?:در|با))?(?:\W+{_NETWORKS})*\W*$", 1.0, 80),
        ("share", rf"^\W*(?:{_any('ما را', 'ما رو')}\s+)?(?:(?:در|{_any('از طریق')})\s+)?(?:{_NETWORKS}\s+)?{_any('دنبال کنید')}\W*$", 1.0, 150),
        ("share", rf"^\W*{_any('اپلیکیشن', 'اپ', 'برنامه')}\s+(?:\S+\s+){{0,2}}?{_any('را دانلود کنید', 'را نصب کنید')}\W*$", 1.0, 150),
        # --- page furniture (alone on a line) --------------------------------------------
        ("navigation", rf"^\W*{_any('تبلیغات', 'آگهی', 'پربازدیدترین', 'پربازدیدترین‌ها', 'پربیننده‌ترین', 'پربحث‌ترین', 'آخرین اخبار', 'صفحه اصلی', 'زمان مطالعه')}"
                       rf"(?:\W*\d+\s*{_any('دقیقه')})?\W*$", 1.0, 40),
        # --- cookies ---------------------------------------------------------------------
        ("cookie", rf"(?:{_any('این وب‌سایت', 'این سایت', 'ما')}\s+)?{_any('از کوکی‌ها', 'از کوکی', 'کوکی‌ها را')}\s+(?:\S+\s+){{0,3}}?{_any('استفاده می‌کند', 'استفاده می‌کنیم', 'استفاده می‌شود')}", 1.0, 500),
        ("cookie", rf"^\W*{_any('پذیرش', 'قبول', 'رد')}\s+(?:{_any('همه')}\s+)?{_any('کوکی‌ها', 'کوکی')}\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------------------
        # "کلیه حقوق این سایت محفوظ است", "تمامی حقوق مادی و معنوی … محفوظ است"
        ("copyright", rf"{_any('کلیه حقوق', 'کلیه‌ی حقوق', 'تمامی حقوق', 'همه حقوق', 'تمام حقوق', 'حقوق این سایت', 'حقوق مادی و معنوی')}"
                      rf"\s+(?:\S+\s+){{0,6}}?{_any('محفوظ است', 'محفوظ می‌باشد', 'محفوظ')}{END}", 1.0, 300),
        # --- photo credits ----------------------------------------------------------------------
        ("photo-credit", rf"^\W*{_any('عکس', 'عکاس', 'منبع عکس', 'منبع تصویر', 'تصویر', 'عکس‌ها', 'منبع')}\s*:", 1.0, 250),
        # "… (عکس: ایرنا)" at the end of a caption
        ("photo-credit", rf"[(]\s*{_any('عکس', 'تصویر', 'عکاس')}\s*:?\s*[^()]{{1,40}}[)]\W{{0,2}}$", 1.0, 250),
        # --- tags, link tools ------------------------------------------------------
        ("navigation", rf"^\W*{_any('برچسب‌ها', 'برچسب ها', 'کلیدواژه‌ها', 'کلید واژه ها', 'تگ‌ها')}\s*:", 1.0, 300),
        ("share", rf"^\W*{_any('کپی لینک', 'کپی شد', 'لینک کوتاه')}\W*(?:$|:)", 1.0, 80),
        # session 13: a news site's story number ("کد خبر: ۴۵۶۷۸۹") and a breadcrumb trail from
        # the home page ("صفحه اصلی » اقتصاد")
        ("navigation", rf"^\W*{_any('کد خبر', 'کد مطلب', 'شناسه خبر')}\s*[:：]?\s*[\d]{{2,12}}\W*$", 1.0, 40),
        ("navigation", rf"^\W*{_any('صفحه اصلی', 'خانه')}(?:\s*[|/•·>»›]\s*[^|/•·>»›\n]{{1,30}}){{1,6}}\W*$", 1.0, 200),
    ],
    # "نویسنده: علی رضایی", "به قلم علی رضایی"; "خبرنگار" only with its colon
    "byline_prefixes": ["نویسنده:", "نویسندگان:", "به قلم", "به قلم:", "خبرنگار:", "گزارش:", "ترجمه:"],
    "byline_suffixes": [],
    "name_joiners": ["و"],
    "months": {
        **SOLAR_MONTHS,
        # the Gregorian months as written in Persian
        "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "فوریهٔ": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5,
        "ژوئن": 6, "ژوئیه": 7, "ژوئیهٔ": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9,
        "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    },
    "updated_words": ["به‌روزرسانی", "به روزرسانی", "بروزرسانی", "به‌روز شده", "آخرین به‌روزرسانی"],
    "published_words": ["تاریخ انتشار", "منتشر شده", "انتشار", "منتشرشده در"],
    "source_labels": ["منبع", "لینک خبر", "نشانی خبر"],
    "list_labels": ["کلیدواژه‌ها", "واژگان کلیدی", "کلمات کلیدی"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        rf"^\W*(?:\d+\s+)?{_any('نظرات', 'نظر', 'دیدگاه‌ها', 'دیدگاه', 'کامنت‌ها')}\W*$",
        rf"^\W*{_any('ارسال نظر', 'ثبت نظر', 'نظر خود را بنویسید', 'دیدگاه خود را بنویسید', 'نظر دهید', 'دیدگاهتان را بنویسید')}",
    ],
}
