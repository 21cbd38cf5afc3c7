"""Japanese pattern table (see :mod:`textclean.patterns` for the keys).

Japanese writes no spaces between words, and ``\\b`` finds no boundary between two kanji or
kana, so the rules match whole short lines (``^\\W*`` … ``\\W*$``) or phrases that only
boilerplate uses (無断転載を禁じます).  Bylines (``（記者 山田太郎）``, ``文／山田太郎``) are told by
the name's script and length (:func:`textclean.metadata.authors.caseless_names`: a name has no
capital letters), and dates are the numeric year-month-day form that every table reads
(``2026年12月1日``, :mod:`textclean.metadata.dates`).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|line|はてなブックマーク|はてブ|instagram|youtube|tiktok)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- paywall, membership, newsletter ---------------------------------
        ("subscription", r"(?:有料会員|会員)(?:限定|登録が必要|になると(?:続き|全文))|続きは(?:有料)?会員", 1.0, 200),
        ("subscription", r"^\W*(?:会員登録|無料会員登録|ログインして続きを読む|(?:ニュースレター|メールマガジン|メルマガ)(?:の|を)?(?:登録|購読)(?:する|して(?:ください)?)?)\W*$", 1.0, 60),
        # --- related stories and list labels ---------------------------------
        ("related-link", r"^\W*(?:関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事)(?:\W*$|\s*[:：]\s*\S)", 1.0, 100),  # (alone, or with the headline after a colon)
        ("navigation", r"^\W*(?:人気記事|アクセスランキング|ランキング|最新記事|新着記事|注目記事)\W*$", 1.0, 30),
        # --- share ------------------------------------------------------------
        ("share", rf"^\W*(?:シェア(?:する)?|共有(?:する)?|ツイート|ポスト|この記事をシェア|{_NETWORKS}(?:で|に)?(?:シェア|送る|ポスト))(?:\W+(?:シェア|ツイート|ポスト|{_NETWORKS}))*\W*$", 1.0, 80),
        # --- page furniture -----------------------------------------------------
        ("navigation", r"^\W*(?:広告|PR|スポンサーリンク|続きを読む|もっと見る|トップへ戻る|ページの先頭へ|前の記事|次の記事|ホーム|メニュー|検索|ログイン)\W*$", 1.0, 30),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"(?:クッキー|cookie)(?:\s*[（(][^）)]{0,20}[）)])?\s*を(?:使用|利用)", 1.0, 300),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"無断(?:転載|複製|転用)(?:・[^\s]{1,6})*\s*(?:を)?禁(?:じます|止)", 1.0, 300),
        # --- photo credits ---------------------------------------------------------
        ("photo-credit", r"^\W*(?:写真|画像|撮影|提供)\s*[:：=＝]", 1.0, 120),
        ("photo-credit", r"[（(]\s*(?:写真|撮影|画像)\s*[:：=＝]?\s*[^（）()]{1,30}[）)]\W{0,2}$", 1.0, 120),
        # a forum's buttons; a wiki page copied as text; e-mail
        ("navigation", r"^\W*(?:返信する|返信|引用する|引用して返信|通報する|いいね(?:！)?(?:\s*\d{1,5})?)\W*$", 1.0, 20),
        ("navigation", r"^\W*(?:ホーム|トップ|TOP|掲示板)(?:\s*[>＞›»/／]\s*[^\s>＞›»/／]{1,20}){1,6}\W*$", 1.0, 80),
        ("navigation", r"^\W*出典\s*[:：]\s*フリー百科事典『ウィキペディア（Wikipedia）』\W*$", 1.0, 60),
        ("email-footer", r"^\W*(?:iPhone|iPad|Android|スマートフォン)から送信\W*$", 1.0, 30),
    ],
    "byline_prefixes": ["記者", "文", "筆者", "執筆", "取材・文"],
    "byline_suffixes": [],
    "name_joiners": [],
    "months": {},
    "updated_words": ["更新", "最終更新"],
    "published_words": ["公開", "配信", "掲載", "投稿日", "公開日"],
    "source_labels": ["出典", "ソース", "引用元"],
    "list_labels": ["キーワード"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:コメント|コメントする|コメントを書く|コメント一覧)(?:\s*[（(]?\d+[）)]?)?\W*$",
    ],
}
