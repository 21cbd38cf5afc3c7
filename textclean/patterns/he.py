"""Hebrew pattern table (see :mod:`textclean.patterns` for the keys).

Hebrew has no case; ``\\b`` works between Hebrew letters and other characters.  Prepositions
and the article are written joined to the next word (``בפייסבוק``, ``לניוזלטר``), so the
rules name those forms, and the imperative plural is written both with and without its
yod (``הירשמו`` / ``הרשמו``).  A right-to-left mark (U+200F) around a line is ``\\W`` and is
taken by ``^\\W*`` and ``\\W*$``.  Month names are the Gregorian months as dates write them,
with the ``ב`` prefix (``3 במרץ 2024``) and without it; a date may follow ``ב-`` (``ב-3 במרץ
2024``).  Words that also begin ordinary sentences (``שתפו פעולה …``, ``קראו עוד על …``)
only count as a whole label.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = (
    r"(?:facebook|twitter|x|instagram|youtube|telegram|whatsapp|tiktok|"
    r"ב?-?(?:פייסבוק|טוויטר|טויטר|אינסטגרם|יוטיוב|טלגרם|וואטסאפ|ווטסאפ|וואצאפ|טיקטוק))"
)

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, newsletter, paywall -----------------------------------
        ("subscription", r"^\W*(?:הרשמה|התחברות|התחברו|הירשמו|הרשמו|עשו\s+מנוי|הצטרפו\s+כמנויים|למנויים)\W*$", 1.0, 40),
        ("subscription", r"(?:הירשמו|הרשמו|הירשם|הרשמה|הצטרפו|הצטרף)\s+(?:\S+\s+){0,2}?(?:לניוזלטר|לרשימת\s+התפוצה|לעדכונים\s+במייל)", 1.0, 300),
        ("subscription", r"(?:הכתבה|התוכן|המאמר)\s+(?:הזו?\s+|הזאת\s+)?(?:זמינה|זמין|מיועדת|מיועד)\s+(?:ל)?מנויים", 1.0, 300),
        # --- related stories -------------------------------------------------------
        ("related-link", r"^\W*(?:קראו\s+(?:עוד|גם)|קרא\s+(?:עוד|גם)|כתבות\s+(?:נוספות|קשורות)|עוד\s+בנושא|עוד\s+כתבות|אולי\s+יעניין\s+אותך|מומלצים)\W*(?::|$)",
         1.0, 300),
        ("navigation", r"^\W*(?:הכי\s+נקראים|הנקראים\s+ביותר|הכתבות\s+הנקראות|מבזקים|חדשות\s+אחרונות|עכשיו\s+באתר)\W*$", 1.0, 40),
        # --- share / follow -----------------------------------------------------------
        ("share", rf"^\W*(?:שתפו|שתף|שיתוף)(?:\s+(?:את\s+)?(?:הכתבה|המאמר))?(?:\W+(?:ב|על\s+)?{_NETWORKS})*\W*$", 1.0, 80),
        ("share", rf"^\W*(?:עקבו\s+אחרינו|הצטרפו\s+אלינו|הצטרפו\s+לערוץ)(?:\s+(?:ב|על|גם\s+ב)?-?{_NETWORKS})?\W*$", 1.0, 150),
        # --- page furniture (alone on a line) ------------------------------------------
        ("navigation", r"^\W*(?:פרסומת|תוכן\s+שיווקי|דף\s+הבית|לכתבה\s+המלאה|המשך\s+הכתבה)\W*$", 1.0, 40),
        # --- cookies ---------------------------------------------------------------------
        ("cookie", r"(?:האתר|אתר\s+זה|אנו|אנחנו)\s+(?:משתמש|משתמשים|עושה\s+שימוש|עושים\s+שימוש)\s+(?:ב)?(?:עוגיות|קובצי\s+(?:cookie|קוקיז|עוגיות)|cookies|קוקיז)", 1.0, 500),
        ("cookie", r"^\W*(?:אישור|קבלת|אני\s+מסכים\s+ל)(?:\s+כל)?\s+(?:ה)?(?:עוגיות|cookies|קוקיז)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------------------
        ("copyright", r"(?:כל\s+הזכויות\s+שמורות|אין\s+להעתיק|זכויות\s+היוצרים\s+שמורות)", 1.0, 300),
        # --- photo credits ----------------------------------------------------------------------
        ("photo-credit", r"^\W*(?:צילום|צילומים|צילום\s+מסך|צלם|קרדיט|קרדיט\s+צילום|תמונה|איור)\s*:", 1.0, 250),
        # "… (צילום: רויטרס)" at the end of a caption
        ("photo-credit", r"[(]\s*(?:צילום|צילום\s+מסך|קרדיט|צלם)\s*:?\s*[^()]{1,40}[)]\W{0,2}$", 1.0, 250),
    ],
    "byline_prefixes": ["מאת", "כתב:", "כתבה:", "כתבת:"],
    "byline_suffixes": [],
    "name_joiners": [],
    "months": {
        **{m: n for n, m in enumerate(
            ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"), 1)},
        **{"ב" + m: n for n, m in enumerate(
            ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"), 1)},
        "מרס": 3, "במרס": 3,
    },
    "updated_words": ["עודכן", "עדכון", "עודכן לאחרונה", "עדכון אחרון"],
    "published_words": ["פורסם", "פורסמה", "פורסם ב", "תאריך פרסום"],
    "source_labels": ["מקור", "קישור למקור"],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:תגובות|תגובה|לתגובות|טוקבקים)\W*$",
        r"^\W*(?:הוסיפו|הוסף|כתבו|כתוב|השאירו|השאר)\s+(?:תגובה|טוקבק)\b",
    ],
}
