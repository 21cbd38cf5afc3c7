"""The ``width`` cleaner: full-width Latin letters and digits and half-width katakana to their
standard forms; CJK punctuation, half-width Hangul, code blocks and every other character stay."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import textclean
from textclean import Pipeline
from textclean.arrow import build_pipeline
from textclean.cleaners import OPTIONAL_CLEANERS, Width
from textclean.cleaners.width import WIDTH_MAP, fix_width
from textclean.config import Settings
from textclean.config import build_pipeline as settings_pipeline


def test_full_width_letters_and_digits_become_ascii() -> None:
    assert fix_width("ＡＢＣ株式会社は２０２４年に「ｔｅｘｔ」を発表した。") == "ABC株式会社は2024年に「text」を発表した。"
    assert fix_width("ｉＰｈｏｎｅ　１５") == "iPhone\u300015"  # (the ideographic space is the spaces cleaner's)


def test_half_width_katakana_become_the_standard_forms() -> None:
    assert fix_width("ﾃｷｽﾄのｶﾞｲﾄﾞ") == "テキストのガイド"  # the sound marks are composed
    assert fix_width("ﾊﾟｿｺﾝ｡｢ﾃｽﾄ｣､ﾃﾞｰﾀ･ｾｯﾄ") == "パソコン。「テスト」、データ・セット"
    assert fix_width("\uffa1\uffa4") == "\uffa1\uffa4"  # half-width Hangul letters stay


def test_cjk_punctuation_and_other_text_stay() -> None:
    for text in ("你好，世界！", "（注）価格は１０％上昇した：", "～！？；＃＆＠", "café naïve Ωmega", "plain ASCII text", "정부는 올해 예산을 늘렸다."):
        assert fix_width(text) == text.translate(WIDTH_MAP)
    assert fix_width("你好，世界！") == "你好，世界！"
    assert fix_width("（注）価格は１０％上昇した：") == "（注）価格は10％上昇した："


_JA = "日銀が利上げを決定\n\n２０２４年３月１９日\n\n日本銀行は１９日、マイナス金利政策の解除を決めた。１７年ぶりの利上げとなる。"


def test_off_by_default_full_width_digits_are_a_newspapers_house_style() -> None:
    doc = textclean.clean(_JA)
    assert "width" not in Pipeline.default().names
    assert doc.paragraphs == ["日本銀行は１９日、マイナス金利政策の解除を決めた。１７年ぶりの利上げとなる。"]


def test_enabled_the_text_is_narrowed_and_the_date_line_still_read() -> None:
    doc = textclean.clean(_JA, enable=["width"])
    assert doc.date is not None and doc.date.isoformat()[:10] == "2024-03-19"
    assert doc.paragraphs == ["日本銀行は19日、マイナス金利政策の解除を決めた。17年ぶりの利上げとなる。"]
    names = Pipeline.default(enable=["width"]).names
    assert names[names.index("spaces") + 1] == "width"  # (after layout and spaces)


def test_every_way_to_build_a_pipeline_can_enable_it() -> None:
    assert "width" in build_pipeline(enable=["width"]).names
    assert "width" in settings_pipeline(Settings(enable=["width"])).names
    assert "width" not in settings_pipeline(Settings()).names
    assert set(OPTIONAL_CLEANERS) == {"width"}
    with pytest.raises(ValueError, match="no optional cleaner named 'nope'"):
        Pipeline.default(enable=["nope"])


def test_code_blocks_keep_the_grid_forms() -> None:
    text = "Ｓｅｔｕｐ ｎｏｔｅｓ ｆｏｒ ｔｈｅ ｔｏｏｌ.\n\n```\nprint('ＡＢＣ')\n```\n"
    doc = textclean.clean(text, enable=["width"])
    assert doc.paragraphs[0] == "Setup notes for the tool."
    assert "print('ＡＢＣ')" in doc.text
    assert Width().name == "width"


_WIDE = st.text(st.sampled_from([chr(c) for c in WIDTH_MAP] + list("あア漢，。！ aZ9\u3099\u309a")), max_size=40)


@given(_WIDE)
def test_only_mapped_characters_change_and_a_second_pass_changes_nothing(text: str) -> None:
    once = fix_width(text)
    assert fix_width(once) == once
    mapped = text.translate(WIDTH_MAP)
    if "\u3099" in mapped or "\u309a" in mapped:
        # (a sound mark is composed with its letter, and nothing else changes)
        assert once == unicodedata.normalize("NFC", mapped)
    else:
        assert once == mapped
    assert not any(0xFF10 <= ord(c) <= 0xFF5A and c.isalnum() for c in once)


def test_the_command_enables_it() -> None:
    from .test_cli import run

    data = "日本銀行は１９日、マイナス金利政策の解除を決めた。".encode()
    on = run("clean-files", "--format", "jsonl", "--enable", "width", "-", input=data)
    off = run("clean-files", "--format", "jsonl", "-", input=data)
    assert on.returncode == 0 and off.returncode == 0, on.stderr
    assert "19日" in on.stdout.decode() and "１９日" in off.stdout.decode()
