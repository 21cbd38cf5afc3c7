"""Text in a legacy single-byte code page read as Windows-1252 ("Ïðèâåò" for Windows-1251
"Привет") is read again in the code page whose reading shows a language's function words; text
in Latin-script languages, however accented, stays as it is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import textclean
from textclean.cleaners.codepage import CANDIDATES, fix_codepage, looks_misread

RU2 = "По словам главы регулятора, инфляционное давление постепенно снижается, но остаётся высоким."
RU = ("Банк России на заседании в пятницу сохранил ключевую ставку на уровне 16% годовых. "
      "Решение совпало с ожиданиями большинства аналитиков. " + RU2)
TEXTS = {
    "cp1251": RU,
    "koi8_r": RU,
    "cp1253": "Σήμερα ο καιρός είναι καλός και θα πάμε στο πάρκο με τα παιδιά για να παίξουν.",
    "cp1255": "שלום, מה שלומך היום? מזג האוויר טוב ואנחנו הולכים אל הפארק עם הילדים של השכנים",
    "cp1256": "ذهبنا إلى السوق في الصباح مع الأطفال وكان الجو جميلا في المدينة التي نحبها",
}


def _misread(text: str, codepage: str) -> str:
    return text.encode(codepage).decode("cp1252", errors="replace")


@pytest.mark.parametrize("codepage", sorted(TEXTS))
def test_a_misread_text_is_read_again(codepage: str) -> None:
    text = TEXTS[codepage]
    bad = _misread(text, codepage)
    assert bad != text and looks_misread(bad)
    assert fix_codepage([bad]) == (codepage, [text])


def test_ukrainian_in_windows_1251() -> None:
    text = "Привіт, як справи? Сьогодні гарна погода, і ми підемо до парку разом з дітьми."
    assert fix_codepage([_misread(text, "cp1251")]) == ("cp1251", [text])


@pytest.mark.parametrize("text", [
    "Le café est très bon à Paris, et la crème brûlée aussi, a déclaré le chef.",
    "Þórsmörk er á Suðurlandi. Það er fallegt þar á sumrin og við förum þangað.",
    "Über die Brücke gehen wir heute nicht, sagte der Bürgermeister der Stadt.",
    "Árvíztűrő tükörfúrógép: ez a mondat minden ékezetes betűt tartalmaz, mondta.",
    "São Paulo é a maior cidade do Brasil, e a economia cresceu três por cento.",
    "Çà é ô ú ñ ü ö ä à è é",  # a list of accented letters
    "Привет, как дела? Сегодня хорошая погода.",  # already right
])
def test_text_in_its_own_script_stays(text: str) -> None:
    assert fix_codepage([text]) == (None, [text])


def test_only_the_misread_blocks_of_a_document_change() -> None:
    bad = [_misread("Москва", "cp1251"), _misread(RU, "cp1251"), "The café is open on Sundays."]
    assert fix_codepage(bad) == ("cp1251", ["Москва", RU, "The café is open on Sundays."])


def test_one_misread_word_alone_is_no_evidence() -> None:
    assert fix_codepage([_misread("Москва", "cp1251")])[0] is None


def test_clean_repairs_warns_and_guesses_the_language_again() -> None:
    bad = _misread(f"Центробанк сохранил ключевую ставку\n\n{RU}\n\n{RU2}\n", "cp1251")
    doc = textclean.clean(bad)
    assert doc.paragraphs[-2:] == [RU, RU2]  # (RU ends with RU2's sentence)
    assert [w for w in doc.warnings if "cp1251" in w]
    assert doc.extra["language"] == "ru"
    again = textclean.clean("\n\n".join(doc.paragraphs))
    assert again.paragraphs == doc.paragraphs and not again.warnings


def test_latin1_reading_too() -> None:
    # (read as Latin-1, the bytes 0x80-0x9f are C1 controls, not Windows-1252 punctuation)
    text = "Он сказал: «Это — наш последний шанс», и все согласились с ним на этом собрании."
    bad = text.encode("cp1251").decode("latin-1")
    assert fix_codepage([bad]) == ("cp1251", [text])


def test_candidates_are_real_codecs() -> None:
    for codepage in CANDIDATES:
        assert bytes(range(0xC0, 0x100)).decode(codepage, errors="replace")


def test_a_control_character_does_not_change_the_decision() -> None:
    # (found by the idempotence test: the control-chars cleaner removes "\x1f" after this
    # repair, and cleaning the output again must decide the same)
    text = "À\x1fÀÀ0Î0Â\rßÀÀ0V"
    first = textclean.clean(text).paragraphs
    assert textclean.clean("\n\n".join(first)).paragraphs == first


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x17F)), max_size=5))
def test_never_crashes_and_is_a_fixed_point(texts: list[str]) -> None:
    codepage, fixed = fix_codepage(texts)
    assert len(fixed) == len(texts)
    assert fix_codepage(fixed)[1] == fixed
    if codepage is None:
        assert fixed == texts
