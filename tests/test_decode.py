"""Decoding bytes of unknown encoding: legacy code pages, CJK encodings, and UTF-8 with stray bytes."""

from __future__ import annotations

import pytest

import textclean
from textclean.decode import LATIN_ALPHABETS, _mostly_utf8, decode_bytes, implausibility

# (encoding, text): real sentences of the kind scraped text holds, in the encodings that
# legacy pages and files of those languages use
SAMPLES = {
    "fr": ("cp1252", "Le gouvernement a déclaré mardi qu'il ne pourra pas assister à la réunion prévue à Bruxelles, où les ministres se retrouvent."),
    "de": ("cp1252", "Die Bundesregierung hat am Dienstag erklärt, dass sie nicht an dem Treffen der Minister in Brüssel teilnehmen wird. Größe"),
    "es": ("cp1252", "El Gobierno afirmó el martes que no podrá asistir a la reunión; España sigue comprometida con la cooperación europea."),
    "it": ("cp1252", "Il governo ha dichiarato martedì che non potrà partecipare alla riunione. Perché è così? Non c'è più tempo."),
    "pt": ("cp1252", "O governo afirmou na terça-feira que não poderá participar da reunião de ministros prevista em Bruxelas."),
    "sv": ("cp1252", "Regeringen meddelade på tisdagen att den inte kommer att delta i ministermötet i Bryssel, förklarade talespersonen."),
    "pl": ("cp1250", "Rząd ogłosił we wtorek, że nie weźmie udziału w spotkaniu ministrów zaplanowanym w Brukseli."),
    "cs": ("cp1250", "Vláda v úterý oznámila, že se nezúčastní setkání ministrů plánovaného v Bruselu."),
    "hu": ("cp1250", "A kormány kedden bejelentette, hogy nem vesz részt a Brüsszelbe tervezett miniszteri találkozón, erősítette meg a szóvivő."),
    "ru": ("cp1251", "Правительство во вторник заявило, что не будет участвовать во встрече министров в Брюсселе."),
    "ru-koi8": ("koi8_r", "Правительство во вторник заявило, что не будет участвовать во встрече министров в Брюсселе."),
    "uk": ("cp1251", "Уряд у вівторок заявив, що не братиме участі у зустрічі міністрів, запланованій у Брюсселі."),
    "el": ("cp1253", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι δεν θα συμμετάσχει στη συνάντηση των υπουργών."),
    "tr": ("cp1254", "Hükümet salı günü yaptığı açıklamada, Brüksel'de planlanan bakanlar toplantısına katılmayacağını bildirdi."),
    "he": ("cp1255", "הממשלה הודיעה ביום שלישי כי לא תשתתף בפגישת השרים שתוכננה בבריסל."),
    "ar": ("cp1256", "أعلنت الحكومة يوم الثلاثاء أنها لن تشارك في اجتماع الوزراء المقرر في بروكسل."),
    "ja-sjis": ("shift_jis", "政府は火曜日、ブリュッセルで予定されていた閣僚会合に出席しないと発表した。報道官は「連絡が非常に遅かった」と説明した。"),
    "ja-euc": ("euc_jp", "政府は火曜日、ブリュッセルで予定されていた閣僚会合に出席しないと発表した。報道官は「連絡が非常に遅かった」と説明した。"),
    "zh-gbk": ("gbk", "政府周二宣布，将不出席原定在布鲁塞尔举行的部长会议。发言人解释说，通知太晚了。"),
    "zh-big5": ("big5", "政府週二宣布，將不出席原定在布魯塞爾舉行的部長會議。發言人解釋說，通知太晚了。"),
    "ko": ("euc_kr", "정부는 화요일 브뤼셀에서 예정된 장관 회의에 참석하지 않겠다고 발표했다. 대변인은 통보가 너무 늦었다고 설명했다."),
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
@pytest.mark.parametrize("copies", [1, 5])
def test_legacy_encodings_are_read_right(lang: str, copies: int) -> None:
    # one sentence (about 100 bytes: the detector alone gets short Latin texts wrong, and this
    # module used to guess Windows-1252 for everything under 256 bytes) and a longer text
    encoding, sentence = SAMPLES[lang]
    text = "\n\n".join([sentence] * copies)
    got, warnings = decode_bytes(text.encode(encoding))
    assert got == text
    assert warnings and warnings[0].startswith("encoding guessed as")


def test_guess_reaches_the_document() -> None:
    doc = textclean.clean(SAMPLES["ru"][1].encode("cp1251"))
    assert doc.text.startswith("Правительство во вторник")
    assert any("encoding guessed as cp1251" in w for w in doc.warnings)


def test_utf8_with_stray_legacy_bytes_stays_utf8() -> None:
    # a UTF-8 page with one Windows-1252 byte pasted in: reading the whole page as a legacy
    # encoding would turn every "ä" into "Ã¤"
    data = "Die Gemüsebrühe für die Hälfte der Gäste, März 2021.".encode() + b" Caf\xe9 \x93Zack\x94"
    got, warnings = decode_bytes(data)
    assert got == "Die Gemüsebrühe für die Hälfte der Gäste, März 2021. Café “Zack”"
    assert warnings == ["input is UTF-8 with 3 invalid bytes; they were decoded as Windows-1252"]


def test_legacy_text_is_not_taken_for_utf8() -> None:
    # no valid multi-byte UTF-8 sequence: a legacy text, not UTF-8 with stray bytes
    assert _mostly_utf8("Größe und Gemüse".encode("cp1252")) is None
    # one valid sequence by chance among many legacy bytes does not make it UTF-8
    assert _mostly_utf8("Ã© à été là où çà".encode("cp1252")) is None


@pytest.mark.parametrize(
    "wrong",
    [
        "Espańa y compańía",  # Spanish read as Windows-1250
        "Rz¹d og³osi³ we wtorek",  # Polish read as Windows-1252: symbols inside words
        "Ïðàâèòåëüñòâî âî âòîðíèê",  # Cyrillic read as Windows-1252: Latin letters, mostly non-ASCII
        "dйclarй а la rйunion",  # French read as Windows-1251: two scripts in one word
        "пПЮБХРЕКЭЯРБН",  # Windows-1251 read as KOI8-R: capitals after lower case
        "caf\x82 \x93",  # C1 control characters (Latin-1 of Windows-1252 bytes)
        "se\u064cor",  # Windows-1252 "ñ" read as Windows-1256: an Arabic mark on a Latin letter
    ],
)
def test_implausible_readings_score_above_zero(wrong: str) -> None:
    assert implausibility(wrong) > 0


@pytest.mark.parametrize(
    "right",
    [
        "España y compañía",
        "Rząd ogłosił we wtorek",
        "Правительство во вторник",
        "déclaré à la réunion",
        "Œuvre, naïve, façade, cœur",
        "政府は火曜日、ブリュッセルで",  # kanji and kana in one word
        "iPhone und McDonald’s für 5 €",  # ASCII camel case, apostrophe, currency
        "ASCII only",
        "cafe\u0301 and e\u0300",  # decomposed accents: the generic combining marks
        "شُكْرًا",  # Arabic marks on Arabic letters
    ],
)
def test_plausible_text_scores_zero(right: str) -> None:
    assert implausibility(right) == 0


def test_every_alphabet_is_lower_case_letters() -> None:
    for lang, letters in LATIN_ALPHABETS.items():
        assert all(c.isalpha() or c == "\u0307" for c in letters), lang
        assert letters == letters.lower(), lang


def test_random_bytes_decode_without_error() -> None:
    import random

    rnd = random.Random(3)
    for n in (1, 10, 300, 5000):
        data = bytes(rnd.randrange(128, 256) for _ in range(n))
        text, warnings = decode_bytes(data)
        assert isinstance(text, str) and warnings


def test_short_latin_text_with_an_enye_is_no_arabic() -> None:
    # "ñ" is 0xF1, an Arabic vowel sign in Windows-1256: one such word in mixed Latin letters
    # ("é ü ï ñ": no one alphabet) used to make the Arabic reading the plausible one
    text = "Café in München, naïve señor."
    got, warnings = decode_bytes(text.encode("cp1252"))
    assert got == text and warnings == ["encoding guessed as cp1252 (input was not valid UTF-8)"]
