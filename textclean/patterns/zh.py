"""Chinese pattern table, simplified and traditional (see :mod:`textclean.patterns` for the keys).

Chinese writes no spaces between words, and ``\\b`` finds no boundary between two hanzi, so the
rules match whole short lines (``^\\W*`` … ``\\W*$``), labelled lines (``责任编辑：``) or
phrases that only boilerplate uses (版权所有, 未经授权不得转载).  Bylines (``记者：王小明``,
``文／王小明``) are told by the name's script and length (2-4 hanzi), and dates are the numeric
year-month-day form that every table reads (``2026年12月1日``).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:微信|微博|朋友圈|qq空间|qq|豆瓣|facebook|twitter|line)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, follow prompts --------------------------------------
        ("subscription", r"^\W*(?:订阅|訂閱)(?:我们|我們|本(?:报|報|站))?(?:的)?(?:新闻|新聞|电子报|電子報|邮件|郵件|通讯|通訊)?\W*$", 1.0, 30),
        ("share", r"^\W*(?:扫码|掃碼|扫描二维码|掃描二維碼|长按|長按)?(?:关注|關注)(?:我们|我們|本(?:号|號)|公众号|公眾號)", 1.0, 80),
        # --- related stories ------------------------------------------------------
        ("related-link", r"^\W*(?:相关|相關)(?:新闻|新聞|阅读|閱讀|文章|报道|報導|链接|鏈接)\W*(?:[:：]|$)", 1.0, 200),
        ("related-link", r"^\W*(?:延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡)\W*(?:[:：]|$)", 1.0, 200),
        ("navigation", r"^\W*(?:热门文章|熱門文章|热门新闻|熱門新聞|最新新闻|最新新聞|排行榜|点击排行|點擊排行)\W*$", 1.0, 30),
        # --- share ----------------------------------------------------------------
        ("share", rf"^\W*(?:分享到|分享至|分享)(?:\W*{_NETWORKS})*\W*$", 1.0, 80),
        # --- page furniture ------------------------------------------------------------
        ("navigation", r"^\W*(?:广告|廣告|返回顶部|返回頂部|上一篇|下一篇|首页|首頁|更多|查看更多|点击查看更多|點擊查看更多|阅读全文|閱讀全文|展开全文|展開全文)\W*$", 1.0, 30),
        # --- editor and source lines ------------------------------------------------------
        ("contributor-note", r"^\W*[（(\[【]?\s*(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|责编|責編)\s*[:：]\s*[^\s）)\]】]{1,20}\s*[）)\]】]?\W*$", 1.0, 60),
        # --- cookies ---------------------------------------------------------------------
        ("cookie", r"(?:本网站|本網站|本站)(?:使用|採用|采用)\s*(?:cookie|cookies|小型文字檔案)", 1.0, 300),
        # --- copyright -------------------------------------------------------------------
        ("copyright", r"版权所有|版權所有|未经(?:许可|授权|允许)[^。]{0,10}(?:不得|禁止)(?:转载|复制)|未經(?:許可|授權|允許)[^。]{0,10}(?:不得|禁止)(?:轉載|複製)", 1.0, 300),
        # --- photo credits ------------------------------------------------------------------
        ("photo-credit", r"^\W*[（(]?\s*(?:图|圖|图片|圖片|摄影|攝影|图源|圖源|图片来源|圖片來源)\s*[:：/／]\s*[^（）()]{1,40}[）)]?\W*$", 1.0, 80),
    ],
    "byline_prefixes": ["记者", "記者", "本报记者", "本報記者", "特约记者", "特約記者", "文", "作者", "撰文"],
    "byline_suffixes": [],
    "name_joiners": [],
    "months": {},
    "updated_words": ["更新", "更新时间", "更新時間"],
    "published_words": ["发布", "發布", "发布时间", "發布時間", "发表", "發表", "发表时间", "發表時間"],
    "source_labels": ["来源", "來源", "原文链接", "原文鏈接"],
    "list_labels": ["关键词", "關鍵詞", "关键字", "關鍵字"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:评论|評論|网友评论|網友評論|发表评论|發表評論)(?:\s*[（(]?\d+[）)]?)?\W*$",
    ],
}
