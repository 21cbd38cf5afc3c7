"""The ``width`` cleaner: full-width Latin letters and digits and half-width katakana to their
standard forms; CJK punctuation, half-width Hangul, code blocks and every other character stay."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

import textclean
from textclean import Pipeline
from textclean.cleaners import Width, character_cleaners
from textclean.cleaners.width import WIDTH_MAP, fix_width


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


def test_in_the_pipeline_the_text_is_narrowed_and_the_date_line_read() -> None:
    doc = textclean.clean("日銀が利上げを決定\n\n２０２４年３月１９日\n\n日本銀行は１９日、マイナス金利政策の解除を決めた。１７年ぶりの利上げとなる。")
    assert doc.date is not None and doc.date.isoformat()[:10] == "2024-03-19"
    assert "日本銀行は19日、マイナス金利政策の解除を決めた。17年ぶりの利上げとなる。" in doc.paragraphs


def test_code_blocks_and_a_pipeline_without_width_keep_the_grid_forms() -> None:
    text = "Ｓｅｔｕｐ ｎｏｔｅｓ ｆｏｒ ｔｈｅ ｔｏｏｌ.\n\n```\nprint('ＡＢＣ')\n```\n"
    doc = textclean.clean(text)
    assert doc.paragraphs[0] == "Setup notes for the tool."
    assert "print('ＡＢＣ')" in doc.text
    kept = textclean.clean("ＡＢＣ社は２０２４年に発表した。", pipeline=Pipeline.default().without("width"))
    assert kept.text == "ＡＢＣ社は２０２４年に発表した。"
    assert "width" in [c.name for c in character_cleaners()]
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
