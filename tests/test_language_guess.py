"""The language guess: function words for the languages with tables, the script for the others."""

from __future__ import annotations

import pytest

import textclean
from textclean.language import detect_language, script_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Правительство во вторник представило новый бюджет после нескольких недель переговоров.", "ru"),
        ("Уряд у вівторок заявив, що не братиме участі у зустрічі міністрів у Брюсселі.", "uk"),
        ("Влада је у уторак саопштила да неће учествовати на састанку министара.", "sr"),
        ("Правителството обяви във вторник, че няма да участва в срещата на министрите.", "bg"),
        ("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας.", "el"),
        ("הממשלה הודיעה ביום שלישי כי לא תשתתף בפגישת השרים שתוכננה בבריסל.", "he"),
        ("أعلنت الحكومة يوم الثلاثاء أنها لن تشارك في اجتماع الوزراء المقرر في بروكسل.", "ar"),
        ("政府は火曜日、ブリュッセルで予定されていた閣僚会合に出席しないと発表した。", "ja"),
        ("政府周二宣布，将不出席原定在布鲁塞尔举行的部长会议。", "zh"),
        ("정부는 화요일 브뤼셀에서 예정된 장관 회의에 참석하지 않겠다고 발표했다.", "ko"),
        ("सरकार ने मंगलवार को कहा कि वह मंत्रियों की बैठक में शामिल नहीं होगी।", "hi"),
        ("รัฐบาลประกาศเมื่อวันอังคารว่าจะไม่เข้าร่วมการประชุมรัฐมนตรี", "th"),
    ],
)
def test_other_scripts_name_their_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang
    assert textclean.clean(text).extra["language"] == lang


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe now",  # too little to tell: the pipeline falls back to English
        "Der Präsident sagte, dass die Regierung nicht zurücktreten werde.",  # Latin: function words decide
        "The ministry quoted Пушкин and 習近平 in one English sentence about the talks today.",  # mostly Latin
    ],
)
def test_latin_text_is_not_guessed_from_the_script(text: str) -> None:
    assert script_language(text) is None
