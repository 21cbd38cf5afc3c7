"""A small, dependency-free language guess from function words (en, de, es, fr, it, pt, nl, ru, pl,
sv, da, nb, tr, cs, sk, fi, hu, ro, ca, id (and Malay), vi), and for text in other scripts from the script
(:func:`script_language`: Greek, Cyrillic, Arabic, Hebrew, CJK, Indic …).

Used to pick word-frequency lists and pattern tables when ``language="auto"``.

>>> detect_language("The government said that it would not be able to attend the meeting.")
'en'
>>> detect_language("Die Regierung hat am Montag erklärt, dass sie nicht an dem Treffen teilnimmt.")
'de'
>>> detect_language("El gobierno dijo que no podrá asistir a la reunión de los ministros.")
'es'
>>> detect_language("Le gouvernement a déclaré qu'il ne pourra pas assister à la réunion des ministres.")
'fr'
>>> detect_language("12345 ---") is None
True
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from itertools import chain, filterfalse
from operator import methodcaller

_WORD = re.compile(r"[^\W\d_]+")

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "on", "with", "as", "by", "at", "from", "this", "be", "are", "have", "has", "not", "but", "said", "would", "which"]),
    "de": frozenset(["der", "die", "das", "und", "ist", "nicht", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "im", "dem", "ein", "eine", "auch", "es", "an", "als", "wird", "hat", "dass", "sie"]),
    "es": frozenset(["el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "por", "un", "una", "con", "para", "es", "al", "lo", "como", "más", "pero", "sus", "su", "fue", "dijo"]),
    "fr": frozenset(["le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "en", "que", "qui", "dans", "pour", "pas", "sur", "au", "aux", "par", "il", "elle", "ne", "se", "plus", "a", "été"]),
    "it": frozenset(["il", "i", "di", "che", "è", "la", "per", "un", "una", "non", "sono", "del", "della", "gli", "le", "con", "si", "da", "anche", "ha", "nel", "alla"]),
    "pt": frozenset(["o", "a", "os", "as", "de", "do", "da", "que", "e", "em", "um", "uma", "para", "com", "não", "por", "se", "mais", "foi", "pelo", "pela", "ao"]),
    "nl": frozenset(["de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "die", "aan", "er", "ook", "als", "bij", "door"]),
    "ru": frozenset(["и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "они", "но", "из", "за", "от", "для", "к", "о", "же", "его", "было", "был", "была", "также", "который", "которые", "при", "после"]),
    "sv": frozenset(["och", "att", "det", "som", "på", "är", "för", "med", "har", "inte", "av", "ett", "om", "också", "enligt", "efter", "vid", "ska", "kan", "sig", "när", "hade", "till", "den", "en"]),
    "pl": frozenset(["się", "na", "że", "nie", "jest", "jak", "ale", "przez", "dla", "oraz", "który", "która", "także", "już", "czy", "jego", "był", "było", "od", "po", "tym", "są", "w", "z"]),
    "tr": frozenset(["ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "olan", "kadar", "sonra", "değil", "göre", "ancak", "ise", "veya", "her", "da", "de", "en", "ne"]),
    # Indonesian (and Malay, which shares them: "bahawa", "kerana" are its spellings)
    "id": frozenset(["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu", "adalah", "dalam", "tidak", "akan", "juga", "oleh", "bahwa", "bahawa", "karena", "kerana", "telah", "sudah", "atau", "kata", "tersebut", "bagi"]),
    "vi": frozenset(["và", "của", "là", "có", "các", "những", "được", "cho", "trong", "không", "một", "này", "với", "đã", "người", "khi", "đến", "từ", "cũng", "theo", "sẽ", "về", "cho", "nhưng", "đó"]),
    # Danish and Norwegian: the words they share (and with Swedish) count for both, the words
    # that tell them apart (and from Swedish "och", "är", "inte", "också", "efter") for one
    "da": frozenset(["og", "ikke", "en", "den", "om", "skal", "vil", "men", "af", "er", "til", "det", "som", "med", "har", "også", "efter", "blev", "havde", "sig", "mod", "nu", "siger", "sagde", "vores", "bliver", "uden", "nogle", "meget", "hvad", "fra", "op", "fik", "været", "blevet", "mellem", "blive", "mere"]),
    "nb": frozenset(["og", "ikke", "en", "den", "om", "skal", "vil", "men", "av", "er", "til", "det", "som", "med", "har", "også", "etter", "ble", "hadde", "seg", "mot", "nå", "sier", "blir", "uten", "noen", "mye", "hva", "enn", "fra", "ut", "å", "mer", "sa", "fikk", "vært", "blitt", "mellom", "opp", "bli"]),
    # Czech and Slovak: the words they share count for both, the words that tell them apart
    # ("se"/"sa", "pro"/"pre", "jako"/"ako", "jsou"/"sú", "nebo"/"alebo" …) for one; their
    # letters break a tie (:func:`_czech_or_slovak`)
    "cs": frozenset(["je", "se", "na", "že", "ve", "pro", "jako", "ale", "jsou", "který", "která", "které", "také", "však", "podle", "jeho", "byl", "bylo", "by", "tak", "od", "po", "při", "až", "v", "s", "k", "ze", "nebo", "než", "jen", "tím", "už", "jsme", "jsem", "mezi"]),
    "sk": frozenset(["je", "sa", "na", "že", "vo", "pre", "ako", "ale", "sú", "ktorý", "ktorá", "ktoré", "tiež", "však", "podľa", "jeho", "bol", "bolo", "by", "tak", "od", "po", "pri", "až", "v", "s", "k", "zo", "alebo", "než", "len", "tým", "už", "sme", "som", "medzi", "aj", "keď", "nie", "aby", "ich"]),
    "fi": frozenset(["ja", "on", "ei", "että", "se", "hän", "oli", "ovat", "myös", "kun", "mutta", "tai", "jo", "vain", "kuin", "sen", "ole", "joka", "jotka", "mukaan", "sekä", "nyt", "tämä", "voi", "olla", "ollut", "hänen", "jälkeen", "vielä", "jos", "mitä", "siitä", "sitä", "ovat", "kertoo", "kertoi"]),
    "hu": frozenset(["a", "az", "és", "hogy", "nem", "is", "egy", "meg", "ez", "azt", "már", "csak", "még", "volt", "van", "mint", "vagy", "pedig", "után", "szerint", "kell", "lesz", "amely", "aki", "ami", "sem", "így", "több", "minden", "ezt", "között", "mert", "már", "ahol"]),
    "ro": frozenset(["și", "şi", "în", "a", "de", "la", "cu", "că", "pe", "nu", "din", "care", "este", "al", "ale", "un", "o", "mai", "pentru", "fost", "sunt", "au", "se", "lui", "după", "acest", "această", "dar", "sau", "iar", "prin", "fi", "ca", "spus", "anul", "acum"]),
    # Catalan after Spanish: the words they share count for both, a tie is Spanish
    "ca": frozenset(["el", "la", "els", "les", "de", "que", "i", "en", "per", "amb", "és", "un", "una", "del", "dels", "al", "als", "va", "han", "més", "però", "també", "seu", "seva", "aquest", "aquesta", "com", "hi", "ho", "pel", "pels", "ha"]),
}


_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _lang)


_PUNCT = string.punctuation + "“”‘’«»„‚—–…"
_strip_punct = methodcaller("strip", _PUNCT)


def detect_language(text: str, *, sample: int = 5_000) -> str | None:
    """The most likely language code, or ``None`` when there is too little evidence."""
    # the same words as ``_WORD.findall`` over the sample, in another order: a token between
    # spaces that is all letters is one word, only the others need the regex
    tokens = text[:sample].lower().split()
    rest = list(filterfalse(str.isalpha, tokens))
    # a token with punctuation around its letters ("said," "(afp)") is one word once the
    # punctuation is stripped (every character of ``_PUNCT`` separates words anyway)
    stripped = list(map(_strip_punct, rest))
    others = list(filter(str.isalpha, stripped))
    others += _WORD.findall(" ".join(filterfalse(str.isalpha, stripped)))
    n_words = len(tokens) - len(rest) + len(others)
    if n_words < 4:
        return script_language(text[:sample]) or letters_language(text[:sample])
    scores = dict.fromkeys(STOPWORDS, 0)
    # only the function words are counted (``filter`` with a C predicate skips the rest); they
    # are all letters, so a token that is one is a word of its own
    # (one count over both lists: the same counts as a count of ``tokens`` updated with
    # ``others``, without a second ``Counter.update`` and its checks)
    counts = Counter(filter(_WORD_LANGS.__contains__, chain(tokens, others)))
    for w, n in counts.items():
        for lang in _WORD_LANGS[w]:
            scores[lang] += n
    best = max(scores, key=scores.__getitem__)
    if scores[best] < max(2, n_words // 20):
        return script_language(text[:sample]) or letters_language(text[:sample])
    if best in ("cs", "sk"):
        best = _czech_or_slovak(text[:sample], scores)
    if best == "ru":
        # Ukrainian, Serbian and Bulgarian share many function words with Russian: their own
        # letters tell them apart
        other = script_language(text[:sample])
        if other in ("uk", "sr", "bg"):
            return other
    return best


#: letters of the Latin script that one language of the tables writes and the others (nearly)
#: never do
_OWN_LETTERS = {
    "pl": "ąęłńśźżĄĘŁŃŚŹŻ", "cs": "řůěŘŮĚ", "sk": "ľĺŕĽĹŔ", "hu": "őűŐŰ", "ro": "șțȘȚ",
    "tr": "ğıĞİ", "de": "ß", "pt": "ãõÃÕ", "es": "ñ¿¡Ñ",
}
_LETTER_LANG = {c: lang for lang, letters in _OWN_LETTERS.items() for c in letters}


def letters_language(text: str) -> str | None:
    """The language whose own letters a text too short for the function-word count writes:
    three or more of one language's letters (:data:`_OWN_LETTERS`: Polish ``ą ę ł``, Czech
    ``ř ů ě``, Hungarian ``ő ű`` …) and none of another's; ``None`` otherwise.

    >>> letters_language("Rada Ministrów przyjęła we wtorek projekt ustawy o ochronie ludności."), letters_language("A café")
    ('pl', None)
    """
    if text.isascii():
        return None
    counts = Counter(_LETTER_LANG[c] for c in text if c in _LETTER_LANG)
    if len(counts) != 1:
        return None
    lang, n = counts.most_common(1)[0]
    return lang if n >= 3 else None


_CZECH_LETTERS = frozenset("řůěŘŮĚ")
_SLOVAK_LETTERS = frozenset("äľĺŕôÄĽĹŔÔ")


def _czech_or_slovak(text: str, scores: dict[str, int]) -> str:
    """Czech or Slovak: by their function words, and on a tie by the letters only one of them
    writes (Czech ``ř``, ``ů``, ``ě``; Slovak ``ä``, ``ľ``, ``ĺ``, ``ŕ``, ``ô``)."""
    if scores["cs"] != scores["sk"]:
        return "cs" if scores["cs"] > scores["sk"] else "sk"
    czech = sum(c in _CZECH_LETTERS for c in text)
    slovak = sum(c in _SLOVAK_LETTERS for c in text)
    return "sk" if slovak > czech else "cs"


#: Scripts that (nearly) name their language.  Cyrillic and Han are told apart below.
_SCRIPT_LANGUAGE = {
    "GREEK": "el", "HEBREW": "he", "ARABIC": "ar", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
    "THAI": "th", "DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta", "TELUGU": "te", "GUJARATI": "gu",
    "GURMUKHI": "pa", "KANNADA": "kn", "MALAYALAM": "ml", "SINHALA": "si", "GEORGIAN": "ka",
    "ARMENIAN": "hy", "ETHIOPIC": "am", "KHMER": "km", "LAO": "lo", "MYANMAR": "my", "CJK": "zh",
}
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")


def script_language(text: str) -> str | None:
    """The language a text's script names when most of its letters are not Latin (``None``
    otherwise): Greek, Hebrew, Arabic, Korean, Japanese (any kana), Chinese (Han without
    kana), Thai, the Indic scripts, Georgian, Armenian …; Cyrillic by its letters
    (``ы``/``э`` Russian, ``і``/``ї``/``є`` Ukrainian, ``ђ``/``ћ``/``џ`` Serbian, ``ъ`` alone
    Bulgarian, else Russian); Arabic script by its letters (Persian and Urdu write ``ی`` and
    ``ک`` where Arabic writes ``ي`` and ``ك``; Urdu also ``ے``).

    >>> script_language("政府は火曜日、予算案を閣議決定した。"), script_language("政府周二宣布预算。")
    ('ja', 'zh')
    >>> script_language("Уряд у вівторок заявив, що не братиме участі"), script_language("Hello")
    ('uk', None)
    >>> script_language("أعلنت الحكومة عن خطة جديدة"), script_language("دولت برنامه جدیدی اعلام کرد")
    ('ar', 'fa')
    """
    if text.isascii():
        return None
    found = _NON_LATIN_LETTER.findall(text)
    if len(found) < 4 or len(found) * 2 < sum(map(str.isalpha, text)):
        return None
    heads = Counter(unicodedata.name(c, "").split(" ", 1)[0] for c in found[:400])
    if heads["HIRAGANA"] or heads["KATAKANA"]:
        return "ja"
    head = heads.most_common(1)[0][0]
    if head == "CYRILLIC":
        letters = set(found)
        if letters & set("ыэЫЭ"):
            return "ru"
        if letters & set("іїєґІЇЄҐ"):
            return "uk"
        if letters & set("ђћџљњјЂЋЏЉЊЈ"):
            return "sr"
        return "bg" if letters & set("ъЪ") else "ru"
    if head == "ARABIC":
        persian = sum(c in "یک" for c in found)
        if persian > sum(c in "يك" for c in found):
            return "ur" if "ے" in found else "fa"
    return _SCRIPT_LANGUAGE.get(head)
