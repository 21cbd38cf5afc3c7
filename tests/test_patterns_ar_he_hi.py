"""The Arabic, Hebrew and Hindi pattern tables: for every boilerplate rule a line it must remove
and a sentence of prose with similar words it must keep; bylines, dates and the language guess
(by script); spellings the rules must take (tatweel, diacritics, alif without hamza, a missing
nukta, right-to-left marks); a whole article per language; no rule of these tables fires on
the other languages' prose, and no other table's rule fires on theirs."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

import textclean
from textclean.language import detect_language
from textclean.metadata import parse_byline, parse_date
from textclean.patterns import LANGUAGES

from .pattern_table_checks import (
    by_language,
    check_article,
    check_never_fires,
    table_tests,
)


def _nfc(s: str) -> str:
    # the rules read NFC text (the spaces cleaner normalises before boilerplate runs)
    return unicodedata.normalize("NFC", s)


# (language, rule index in its table's "boilerplate" list, a line it removes, prose it keeps)
RULES: list[tuple[str, int, str, str]] = [(lang, i, _nfc(line), _nfc(kept)) for lang, i, line, kept in [
    ("ar", 0, "اشترك الآن", "اشترك أكثر من ألف متطوع في حملة تنظيف الشواطئ هذا الأسبوع."),
    ("ar", 1, "اشترك في النشرة البريدية لتصلك أهم الأخبار.", "قالت الشركة إن عدد المشتركين في النشرة البريدية ارتفع هذا العام."),
    ("ar", 2, "اقرأ أيضاً: الأمطار تعود إلى الشمال", "دعا الوزير الطلاب إلى أن يقرأوا أيضا الكتب القديمة في المكتبات العامة."),
    ("ar", 3, "مواضيع ذات صلة", "ناقش المؤتمر مواضيع ذات صلة بالتغير المناخي والزراعة."),
    ("ar", 4, "شارك هذا المقال على فيسبوك", "شارك الوزير في الاجتماع الذي عقد في القاهرة يوم الثلاثاء."),
    ("ar", 5, "تابعونا على تويتر", "تابعنا الأخبار على مدار اليوم، كما قال أحد السكان للصحفيين."),
    ("ar", 6, "حمّل تطبيق الجريدة الآن", "قام المهندسون بتحميل تطبيق جديد على أجهزة المستشفى."),
    ("ar", 7, "الأكثر قراءة", "الأكثر قراءة بين الطلاب هي الروايات القصيرة، حسب الدراسة."),
    ("ar", 8, "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "يستخدم المزارعون ملفات رقمية لتسجيل المحاصيل، قال الخبير."),
    ("ar", 9, "قبول جميع ملفات تعريف الارتباط", "قبول الطلبات يبدأ الأسبوع المقبل في جميع الجامعات الحكومية."),
    ("ar", 10, "© 2024 الجريدة. جميع الحقوق محفوظة.", "قال المحامي إن حقوق العمال يجب أن تكون محمية بالقانون."),
    ("ar", 11, "تصوير: أحمد علي", "بدأ تصوير الفيلم الجديد في مدينة الإسكندرية الشهر الماضي."),
    ("ar", 12, "الرئيس خلال الاجتماع (الصورة: رويترز)", "عرض المتحف الصورة الأولى للمدينة (التي التقطت عام 1900) للزوار."),
    ("ar", 13, "قد يهمك أيضاً", "قد يهمك أن تعرف أن المكتبة تفتح أبوابها يوم السبت، قال المدير."),
    ("ar", 14, "الوسوم: الزراعة، الحكومة، الأمطار", "تنتشر الوسوم الرقمية بين الشباب بسرعة كبيرة، وفقاً للدراسة."),
    ("ar", 15, "نسخ الرابط", "نسخ الرابط بين المدينتين سيستغرق ثلاث سنوات، قال المهندس."),
    ("he", 0, "הרשמה", "ההרשמה לבתי הספר תיפתח ביום ראשון, הודיע משרד החינוך."),
    ("he", 1, "הירשמו לניוזלטר שלנו ותקבלו את כל העדכונים", "מספר המנויים לניוזלטר של החברה גדל השנה, אמר המנכ\"ל."),
    ("he", 2, "הכתבה זמינה למנויים בלבד", "הכתבה עוררה סערה ברשתות החברתיות, כך דווח."),
    ("he", 3, "קראו גם: האופוזיציה דורשת בחירות מוקדמות", "קראו עוד על ההיסטוריה של העיר בספר החדש, המליץ המדריך."),
    ("he", 4, "הכי נקראים", "הספרים הכי נקראים השנה היו רומנים היסטוריים, לפי הסקר."),
    ("he", 5, "שתפו בפייסבוק", "שתפו פעולה עם המשטרה, ביקש ראש העירייה מהתושבים."),
    ("he", 6, "עקבו אחרינו בטלגרם", "עקבו אחרינו ברחובות העיר העתיקה, אמר המדריך לתיירים."),
    ("he", 7, "פרסומת", "פרסומת לטבק אסורה בישראל כבר שנים רבות, הזכיר עורך הדין."),
    ("he", 8, "האתר משתמש בעוגיות כדי לשפר את חוויית הגלישה.", "המאפייה משתמשת בעוגיות חמאה מסורתיות, סיפר הבעלים."),
    ("he", 9, "אישור כל העוגיות", "אישור התקציב צפוי בשבוע הבא, אמרו גורמים בכנסת."),
    ("he", 10, "© 2024 העיתון. כל הזכויות שמורות.", "זכויות העובדים חייבות להישמר, אמר יו\"ר ההסתדרות."),
    ("he", 11, "צילום: רויטרס", "הצילום של התאונה הופץ במהירות ברשתות החברתיות."),
    ("he", 12, "ראש הממשלה בישיבה (צילום: רויטרס)", "ראש הממשלה נפגש עם השרים (בפעם השנייה השבוע) בירושלים."),
    ("he", 13, "תגיות: תקציב, כנסת, ממשלה", "התגיות על המזוודות נעלמו בשדה התעופה, סיפרו הנוסעים."),
    ("he", 14, "העתקת קישור", "העתקת הקישור בין שתי הערים תימשך שנתיים, אמר המהנדס."),
    ("hi", 0, "सदस्यता लें", "सदस्यता लेने वाले लोगों की संख्या इस साल बढ़ी है, कंपनी ने बताया।"),
    ("hi", 1, "हमारे न्यूज़लेटर के लिए सदस्यता लें", "कंपनी ने बताया कि उसके न्यूज़लेटर के पाठकों की संख्या बढ़ी है।"),
    ("hi", 2, "यह भी पढ़ें: विपक्ष ने जल्द चुनाव की मांग की", "शिक्षक ने कहा कि छात्रों को यह भी पढ़ना चाहिए कि इतिहास कैसे लिखा गया।"),
    ("hi", 3, "संबंधित खबरें", "संबंधित विभाग ने जांच के आदेश दिए हैं, अधिकारियों ने कहा।"),
    ("hi", 4, "विज्ञापन", "तंबाकू के विज्ञापन पर कई साल से रोक है, वकील ने याद दिलाया।"),
    ("hi", 5, "शेयर करें", "कंपनी के शेयर मंगलवार को दस प्रतिशत गिर गए, बाजार के आंकड़ों से पता चला।"),
    ("hi", 6, "हमें फेसबुक पर फॉलो करें", "हमें इस बारे में कोई जानकारी नहीं थी, स्थानीय लोगों ने कहा।"),
    ("hi", 7, "हमारा ऐप डाउनलोड करें", "सरकार ने कहा कि किसान नया ऐप डाउनलोड करके योजना का लाभ ले सकते हैं।"),
    ("hi", 8, "यह वेबसाइट कुकीज़ का उपयोग करती है।", "बेकरी में बनी कुकीज़ बच्चों को बहुत पसंद आईं, मालिक ने बताया।"),
    ("hi", 9, "© 2024 समाचार पत्र। सर्वाधिकार सुरक्षित।", "अदालत ने कहा कि कर्मचारियों के अधिकार सुरक्षित रहने चाहिए।"),
    ("hi", 10, "फोटो: पीटीआई", "फोटो प्रदर्शनी शहर के संग्रहालय में शुरू हुई, आयोजकों ने बताया।"),
    ("hi", 11, "बैठक में प्रधानमंत्री (फोटो: पीटीआई)", "प्रधानमंत्री ने बैठक (जो दो घंटे चली) में नई योजना की घोषणा की।"),
    ("hi", 12, "टैग्स: बजट, सरकार, संसद", "टैग लगे सामान की जांच हवाई अड्डे पर की गई, अधिकारियों ने बताया।"),
]]

TITLE = {
    "ar": "الحكومة تعلن خطة جديدة لدعم المزارعين",
    "he": "הממשלה אישרה את התקציב לשנה הבאה",
    "hi": "सरकार ने अगले साल का बजट मंजूर किया",
}
PROSE = {
    "ar": ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وذلك بعد موسم جاف أثر على المحاصيل.",
           "وقال وزير الزراعة إن الخطة ستشمل قروضا ميسرة ومساعدات مباشرة للمزارعين في جميع المحافظات."),
    "he": ("הממשלה אישרה ביום שלישי את תקציב המדינה לשנה הבאה, לאחר שבועות של משא ומתן עם מפלגות האופוזיציה.",
           "שר האוצר אמר כי הצעדים ייכנסו לתוקף בתחילת השנה וכי הגירעון יקטן בהדרגה."),
    "hi": (_nfc("सरकार ने मंगलवार को अगले वित्त वर्ष के बजट को मंजूरी दे दी, विपक्ष के साथ कई हफ्तों की बातचीत के बाद यह फैसला लिया गया।"),
           _nfc("वित्त मंत्री ने कहा कि नए उपाय अगले साल की शुरुआत से लागू होंगे और घाटा धीरे-धीरे कम होगा।")),
}


TestTables = table_tests(by_language(RULES), TITLE, PROSE, own_bank=True)


def test_other_tables_never_fire_on_this_prose() -> None:
    """Every other table's rules (a language the guess cannot name reads them all) keep the
    prose and the similar sentences of these three."""
    texts = [*(p for lang in PROSE for p in PROSE[lang]), *(kept for _, _, _, kept in RULES)]
    for lang in LANGUAGES:
        if lang not in ("ar", "he", "hi"):
            check_never_fires(lang, texts)


@pytest.mark.parametrize("line", [
    "\u200fاقرأ أيضا: الأمطار تعود إلى الشمال\u200f",   # right-to-left marks around the line
    "اقـــرأ أيضـــا: الأمطار تعود إلى الشمال",          # tatweel
    "اقرا ايضا: الأمطار تعود إلى الشمال",               # alif without hamza
    "اِقْرَأْ أَيْضًا: الأمطار تعود إلى الشمال",         # full diacritics
    "\u200f© 2024 الجريدة. جميع الحقوق محفوظة\u200f",
])
def test_arabic_spellings_removed(line: str) -> None:
    doc = textclean.clean(f"{TITLE['ar']}\n\n{PROSE['ar'][0]}\n\n{line}\n\n{PROSE['ar'][1]}\n")
    assert doc.paragraphs == [TITLE["ar"], *PROSE["ar"]]
    # (direction marks at the line's edges are removed first, by control-chars)
    assert any(line.strip("\u200f") in r.text for r in doc.removed if r.cleaner == "boilerplate")


def test_hindi_without_nukta_removed() -> None:
    line = "यह भी पढें: विपक्ष ने जल्द चुनाव की मांग की"   # "पढें" written without the nukta
    doc = textclean.clean(f"{TITLE['hi']}\n\n{PROSE['hi'][0]}\n\n{line}\n\n{PROSE['hi'][1]}\n")
    assert doc.paragraphs == [TITLE["hi"], *PROSE["hi"]]
    assert any(r.reason == "related-link" for r in doc.removed)


@pytest.mark.parametrize(("text", "date"), [
    ("3 مارس 2024", dt.date(2024, 3, 3)), ("٣ مارس ٢٠٢٤", dt.date(2024, 3, 3)),
    ("12 كانون الثاني 2023", dt.date(2023, 1, 12)), ("5 تشرين الأول 2023", dt.date(2023, 10, 5)),
    ("15 يناير/كانون الثاني 2024", dt.date(2024, 1, 15)), ("1 أيار 2022", dt.date(2022, 5, 1)),
    ("20 شتنبر 2021", dt.date(2021, 9, 20)),
    ("3 במרץ 2024", dt.date(2024, 3, 3)), ("ב-12 בינואר 2023", dt.date(2023, 1, 12)), ("1 ספטמבר 2020", dt.date(2020, 9, 1)),
    ("3 मार्च 2024", dt.date(2024, 3, 3)), ("३ मार्च २०२४", dt.date(2024, 3, 3)), ("03 सितम्बर, 2023", dt.date(2023, 9, 3)),
    ("12 सितंबर 2023", dt.date(2023, 9, 12)),
])
def test_dates(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(("line", "names"), [
    ("بقلم أحمد محمد", ["أحمد محمد"]),
    ("بقلم: محمد عبد الله", ["محمد عبد الله"]),
    ("كتب: سارة علي", ["سارة علي"]),
    ("بقلم أحمد محمد، مراسل الجزيرة", ["أحمد محمد"]),   # a title after a bare comma is no name
    ("מאת ישראל ישראלי", ["ישראל ישראלי"]),
    ("מאת: דנה כהן, כתבת הארץ", ["דנה כהן"]),
    ("द्वारा राम शर्मा", ["राम शर्मा"]),
    ("लेखक: राम शर्मा और सीता वर्मा", ["राम शर्मा", "सीता वर्मा"]),
])
def test_bylines(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("text", [
    "بقلم الرصاص رسم الطفل صورة جميلة لعائلته في المدرسة.",   # "with a pencil": a sentence
    "كتب الرئيس رسالة طويلة إلى البرلمان يشرح فيها موقفه.",    # "wrote" without the label's colon
    "מאת ועד היום עברו שלושים שנה מאז נחתם ההסכם.",
    "सरकार द्वारा नई योजना की घोषणा की गई।",                  # the postposition in prose
    "द्वारा जारी बयान में कहा गया कि बैठक रद्द कर दी गई है।",
])
def test_byline_words_in_prose_are_not_bylines(text: str) -> None:
    assert parse_byline(text) == []


@pytest.mark.parametrize("lang", ["ar", "he", "hi"])
def test_whole_article(lang: str) -> None:
    junk = {
        "ar": ["بقلم أحمد محمد", "نشر في ٣ مارس ٢٠٢٤", "شارك على فيسبوك", "الصورة: رويترز",
               "اقرأ أيضاً: الأمطار تعود إلى الشمال", "تابعونا على تويتر", "اشترك في النشرة البريدية",
               "© 2024 الجريدة. جميع الحقوق محفوظة."],
        "he": ["מאת ישראל ישראלי", "פורסם 3 במרץ 2024", "שתפו בפייסבוק", "צילום: רויטרס",
               "קראו גם: האופוזיציה דורשת בחירות מוקדמות", "עקבו אחרינו בטלגרם", "הירשמו לניוזלטר שלנו",
               "© 2024 העיתון. כל הזכויות שמורות."],
        "hi": ["द्वारा राम शर्मा", "प्रकाशित: 3 मार्च 2024", "शेयर करें", "फोटो: पीटीआई",
               "यह भी पढ़ें: विपक्ष ने जल्द चुनाव की मांग की", "हमें फेसबुक पर फॉलो करें", "सदस्यता लें",
               "© 2024 समाचार पत्र। सर्वाधिकार सुरक्षित।"],
    }[lang]
    author = {"ar": "أحمد محمد", "he": "ישראל ישראלי", "hi": "राम शर्मा"}[lang]
    text = (f"{TITLE[lang]}\n\n{junk[0]}\n\n{junk[1]}\n\n{junk[2]}\n\n{PROSE[lang][0]}\n\n{junk[3]}\n\n"
            f"{junk[4]}\n\n{PROSE[lang][1]}\n\n{junk[5]}\n\n{junk[6]}\n\n{junk[7]}\n")
    check_article(text, lang, title=TITLE[lang], authors=[author], date=dt.date(2024, 3, 3), paragraphs=PROSE[lang])


@pytest.mark.parametrize(("lang", "line", "date"), [
    ("ar", "الثلاثاء 03 مارس 2024 - 10:30 صباحاً", dt.date(2024, 3, 3)),
    ("ar", "آخر تحديث: الثلاثاء 3 مارس 2024 الساعة 10:30", dt.date(2024, 3, 3)),   # an update alone: removed, and the date (session 11)
    ("ar", "الإثنين 7 أغسطس، 2023", dt.date(2023, 8, 7)),   # the Arabic comma after the month
    ("ar", "٧ أغسطس، ٢٠٢٣ - 10:30 صباحاً", dt.date(2023, 8, 7)),
    ("he", "יום שלישי, 3 במרץ 2024, בשעה 10:30", dt.date(2024, 3, 3)),
    ("hi", "मंगलवार, 3 मार्च 2024, 10:30 बजे", dt.date(2024, 3, 3)),
])
def test_date_lines_with_weekdays_and_times(lang: str, line: str, date: dt.date | None) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{line}\n\n{PROSE[lang][0]}\n\n{PROSE[lang][1]}\n")
    assert doc.date == date
    assert doc.paragraphs == list(PROSE[lang])
    assert [r.reason for r in doc.removed] == ["title", "dateline"]


def test_date_words_in_prose_are_kept() -> None:
    """A sentence with a weekday and a date is no date line."""
    line = "وصل الوزير يوم الثلاثاء 3 مارس 2024 إلى القاهرة."
    doc = textclean.clean(f"{TITLE['ar']}\n\n{line}\n\n{PROSE['ar'][0]}\n")
    assert line in doc.paragraphs


@pytest.mark.parametrize(("lang", "line"), [
    ("ar", "للاشتراك في النشرة الإخبارية اضغط هنا"),
    ("he", "הצטרפו לערוץ הטלגרם שלנו"),
    ("hi", "हमारे व्हाट्सएप चैनल से जुड़ें"),
])
def test_more_pitch_forms_removed(lang: str, line: str) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{PROSE[lang][0]}\n\n{line}\n\n{PROSE[lang][1]}\n")
    assert line not in doc.paragraphs and all(p in doc.paragraphs for p in PROSE[lang])
    assert any(r.reason in ("subscription", "share") and line in r.text for r in doc.removed)


@pytest.mark.parametrize(("text", "lang"), [
    ("دولت امروز برنامه جدیدی برای حمایت از کشاورزان در مناطق روستایی اعلام کرد.", "fa"),
    ("حکومت نے آج دیہی علاقوں میں کسانوں کی مدد کے لیے ایک نئے منصوبے کا اعلان کیا۔", "ur"),
    ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.", "ar"),
    ("وصل الوفد الإيراني إلى بغداد، وقال المتحدث باسم الخارجية إن الزيارة ناجحة.", "ar"),
])
def test_arabic_script_languages(text: str, lang: str) -> None:
    """Persian and Urdu are not read as Arabic (their letters ی and ک stand for Arabic ي and ك);
    without a table of their own, they read every table's rules."""
    assert detect_language(text) == lang
