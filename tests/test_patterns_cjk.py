"""The Japanese, Chinese and Korean pattern tables: for every boilerplate rule a line it must
remove and a sentence of prose with similar words it must keep; the language guess (by script);
a whole article per language; and no CJK rule fires on the other languages' prose."""

from __future__ import annotations

import datetime as dt

import pytest

from textclean.patterns import load

from .pattern_table_checks import (
    by_language,
    check_article,
    table_tests,
)

# (language, rule index in its table's "boilerplate" list, a line it removes, prose it keeps)
RULES: list[tuple[str, int, str, str]] = [
    ("ja", 0, "この記事は有料会員限定です。", "会員の数は昨年より二割増えたと協会は説明した。"),
    ("ja", 1, "メルマガ登録", "メルマガの登録者数が増えたと同社は発表した。"),
    ("ja", 2, "関連記事", "関連記事の書き方について、編集者が講演した。"),
    ("ja", 3, "アクセスランキング", "ランキングの上位には地方の大学が並んだ。"),
    ("ja", 4, "この記事をシェア", "この記事をシェアした人が多かったと運営会社は説明した。"),
    ("ja", 5, "続きを読む", "続きを読むかどうかは読者が決めると作家は語った。"),
    ("ja", 6, "当サイトではクッキーを使用しています。", "クッキーを焼く教室が駅前に開かれた。"),
    ("ja", 7, "記事の無断転載を禁じます。", "転載の許可を求める手紙が届いたと編集部は明かした。"),
    ("ja", 8, "写真：共同", "写真の展示会が市の美術館で始まった。"),
    ("ja", 9, "閣議に臨む首相（撮影：山田太郎）", "首相は閣議で予算案について説明した。"),
    # round 3: a forum's buttons and breadcrumbs, a wiki page copied as text, e-mail
    ("ja", 10, "返信する", "返信するまでに三日かかったと担当者は説明した。"),
    ("ja", 11, "掲示板 > 趣味 > 料理", "掲示板に張り出された案内を見て、住民が集まった。"),
    ("ja", 12, "出典: フリー百科事典『ウィキペディア（Wikipedia）』", "出典を明記するよう、編集者は求めた。"),
    ("ja", 13, "iPhoneから送信", "iPhoneから送信された写真が証拠になったと警察は発表した。"),
    ("zh", 0, "订阅我们的新闻", "订阅报纸的家庭越来越少，调查显示。"),
    ("zh", 1, "扫码关注我们的公众号", "专家呼吁社会关注老年人的心理健康。"),
    ("zh", 2, "相关新闻：", "相关部门表示将加强对市场的监管。"),
    ("zh", 3, "延伸阅读", "阅读习惯的变化引起了出版界的关注。"),
    ("zh", 4, "热门文章", "这篇文章在网上引起了热烈讨论。"),
    ("zh", 5, "分享到：微信 微博", "他在会上分享了自己的创业经验。"),
    ("zh", 6, "返回顶部", "登山者花了六个小时才返回顶部营地。"),
    ("zh", 7, "（责任编辑：王小明）", "编辑部的工作人员连夜修改了稿件。"),
    ("zh", 8, "本网站使用cookie以改善您的体验。", "这家店的cookie很受欢迎，顾客说。"),
    ("zh", 9, "版权所有 © 2024 新华网", "法院审理了一起侵犯版权的案件。"),
    ("zh", 10, "图：新华社", "地图显示，新的铁路将经过五个城市。"),
    ("ko", 0, "구독하기", "신문 구독자가 줄어들고 있다고 협회는 밝혔다."),
    ("ko", 1, "관련기사", "관련 기사를 쓴 기자는 상을 받았다."),
    ("ko", 2, "많이 본 기사", "그 기사를 많이 본 사람들은 대부분 청년이었다."),
    ("ko", 3, "페이스북 트위터 카카오톡", "그는 페이스북에 사진을 올렸다고 말했다."),
    ("ko", 4, "맨 위로", "등산객들은 맨 위로 올라가기 위해 새벽에 출발했다."),
    ("ko", 5, "홍길동 기자 hong@example.com", "홍길동 기자는 이번 사건을 처음 보도했다."),
    ("ko", 6, "이 사이트는 쿠키를 사용합니다.", "쿠키를 굽는 수업이 인기를 끌고 있다."),
    ("ko", 7, "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>", "전재민 지원 예산이 늘었다고 정부는 밝혔다."),
    ("ko", 8, "저작권자 © 한국일보", "저작권 보호 기간이 늘어났다고 정부는 밝혔다."),
    ("ko", 9, "[사진=연합뉴스]", "사진 전시회가 시립 미술관에서 열렸다."),
]

PROSE = {
    "ja": ("政府は1日、来年度の予算案を閣議決定した。総額は過去最大となり、社会保障費の増加が続いている。",
           "財務大臣は記者会見で財政健全化の目標は維持すると述べたが、野党からは歳出の拡大に対する批判が出ている。"),
    "zh": ("政府周二公布了明年的预算草案，总额创历史新高，社会保障支出继续增加。",
           "财政部长在记者会上表示将坚持财政健全化目标，但反对党批评支出扩张过快。"),
    "ko": ("정부는 1일 내년도 예산안을 의결했다. 총액은 역대 최대 규모로 사회보장비 증가가 이어지고 있다.",
           "재정부 장관은 기자회견에서 재정 건전화 목표를 유지하겠다고 밝혔지만 야당은 지출 확대를 비판했다."),
}
TITLE = {"ja": "政府、予算案を閣議決定", "zh": "政府公布明年预算草案", "ko": "정부 예산안 의결"}


TestTables = table_tests(by_language(RULES), TITLE, PROSE, own_bank=True)


def test_tables_without_byline_words_read_no_bylines() -> None:
    pats = load(("ja",))
    assert pats.byline.match(": Jane Doe") is None and pats.updated.match("更新") is not None


@pytest.mark.parametrize("lang", ["ja", "zh", "ko"])
def test_whole_article(lang: str) -> None:
    junk = {
        "ja": ["2026年12月1日 10:30", "この記事をシェア", "関連記事", "（写真：共同）", "無断転載を禁じます。"],
        "zh": ["2026年12月1日 10:30", "分享到：微信 微博", "相关新闻：", "（责任编辑：王小明）", "版权所有 © 2026 新华网"],
        "ko": ["2026년 12월 1일 10:30", "페이스북 트위터 카카오톡", "관련기사", "홍길동 기자 hong@example.com",
               "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>"],
    }[lang]
    text = f"{TITLE[lang]}\n\n{junk[0]}\n\n{junk[1]}\n\n{PROSE[lang][0]}\n\n{junk[2]}\n\n{junk[3]}\n\n{PROSE[lang][1]}\n\n{junk[4]}\n"
    check_article(text, lang, title=TITLE[lang], date=dt.date(2026, 12, 1), paragraphs=PROSE[lang], reasons=())
