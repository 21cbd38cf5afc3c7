"""Hindi pattern table (see :mod:`textclean.patterns` for the keys).

Devanagari has no case; ``\\b`` works between Devanagari words (vowel signs and the virama
are ``\\w``).  Text is in NFC when the rules read it, and NFC writes a letter with a nukta as
two characters (``ढ़`` is ``ढ`` + U+093C), which many writers also leave out (``पढ़ें`` /
``पढें``, ``ज़्यादा`` / ``ज्यादा``): the rules write the nukta as optional (``\\u093c?``).
Bylines are ``द्वारा …`` at the start of a line and ``लेखक: …``; the postposition in prose
(``सरकार द्वारा …``) follows its word and is never at the start.  Month names take both
spellings of the ones with a nasal (``सितंबर`` / ``सितम्बर``), and dates may use
Devanagari digits (``३ मार्च २०२४``).
"""

from __future__ import annotations

from typing import Any

_N = "\u093c?"  # an optional nukta
_READ = rf"पढ{_N}(?:ें|े)"  # पढ़ें, पढ़े
_NETWORKS = (
    r"(?:facebook|twitter|x|instagram|youtube|telegram|whatsapp|"
    rf"फेसबुक|फ{_N}ेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|टेलीग्राम|व्हाट्सएप|व्हाट्सऐप|एक्स)"
)

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, newsletter ------------------------------------------
        ("subscription", r"^\W*(?:सदस्यता\s+लें|सब्सक्राइब\s+करें|सब्सक्राइब|लॉग\s*इन\s+करें|लॉगिन\s+करें|साइन\s+अप\s+करें)\W*$", 1.0, 60),
        ("subscription", rf"(?:न्यूज{_N}लेटर|समाचार\s+पत्रिका)\s+(?:के\s+लिए\s+|की\s+)?(?:सदस्यता\s+लें|सब्सक्राइब\s+करें)", 1.0, 300),
        # --- related stories ---------------------------------------------------------
        # "यह भी पढ़ें:" / "ये भी पढ़ें-" and a headline
        ("related-link", rf"^\W*(?:यह|ये|इसे|इन्हें)\s+भी\s+{_READ}\b", 1.0, 300),
        ("related-link", rf"^\W*(?:संबंधित|सम्बंधित)\s+(?:ख{_N}बरें|समाचार|लेख)\W*(?::|$)", 1.0, 300),
        ("navigation", rf"^\W*(?:सबसे\s+(?:ज{_N}्यादा|अधिक)\s+{_READ}\s+(?:गए|गई|गये)|ताज{_N}ा\s+ख{_N}बरें|लोकप्रिय|विज्ञापन|होम|और\s+{_READ}|आगे\s+{_READ})\W*$",
         1.0, 40),
        # --- share / follow -----------------------------------------------------------
        ("share", rf"^\W*(?:शेयर\s+करें|शेयर|साझा\s+करें)(?:\W+{_NETWORKS})*\W*$", 1.0, 80),
        ("share", rf"^\W*(?:हमें|हमसे)\s+(?:{_NETWORKS}\s+)?(?:पर\s+)?(?:फ{_N}ॉलो\s+करें|जुड़ें|जुड{_N}ें)\W*$", 1.0, 120),
        ("share", r"^\W*(?:\S+\s+){0,2}?(?:ऐप|एप)\s+डाउनलोड\s+करें\W*$", 1.0, 80),
        # --- cookies ---------------------------------------------------------------------
        ("cookie", r"(?:वेबसाइट|साइट)\s+(?:\S+\s+){0,2}?(?:कुकीज़|कुकीज|कुकी)\s+का\s+(?:उपयोग|इस्तेमाल|प्रयोग)", 1.0, 500),
        # --- copyright ----------------------------------------------------------------------
        ("copyright", r"सर्वाधिकार\s+सुरक्षित|सभी\s+अधिकार\s+सुरक्षित", 1.0, 300),
        # --- photo credits ----------------------------------------------------------------------
        ("photo-credit", rf"^\W*(?:फ{_N}ोटो|तस्वीर|चित्र|फ{_N}ोटो\s+क्रेडिट|इमेज|सोर्स|स्रोत)\s*[:-]", 1.0, 250),
        # "… (फोटो: PTI)" at the end of a caption
        ("photo-credit", rf"[(]\s*(?:फ{_N}ोटो|तस्वीर|इमेज)\s*[:-]\s*[^()]{{1,40}}[)]\W{{0,2}}$", 1.0, 250),
    ],
    "byline_prefixes": ["द्वारा", "लेखक", "लेखिका", "रिपोर्ट:", "संवाददाता:"],
    "byline_suffixes": [],
    "name_joiners": ["और", "एवं"],
    "months": {
        "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
        "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
        "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    },
    "updated_words": ["अपडेट", "अपडेटेड", "अद्यतन", "अपडेट किया गया"],
    "published_words": ["प्रकाशित", "प्रकाशित तिथि", "पब्लिश", "पब्लिश्ड"],
    "source_labels": ["स्रोत", "सोर्स"],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:टिप्पणियां|टिप्पणियाँ|टिप्पणी|कमेंट्स|कमेंट)\W*$",
        r"^\W*(?:अपनी\s+)?(?:टिप्पणी|कमेंट)\s+(?:लिखें|करें|दें)\b",
    ],
}
