"""Korean pattern table (see :mod:`textclean.patterns` for the keys).

Korean writes spaces between words, but a particle joins its word (``관련기사``, ``기사를``), so
the rules allow optional spaces (``관련\\s*기사``) and match whole short lines or phrases that
only boilerplate uses (무단 전재 및 재배포 금지).  A reporter's name line (``홍길동 기자``) is a
contributor note, whose name the byline cleaner takes as the author when no byline named one
(``byline_suffixes``); ``기자 홍길동`` is a byline.  A name is told by its script and length (2-4
hangul), and dates are the numeric year-month-day form that every table reads (``2026년 12월 1일``).
"""

from __future__ import annotations

from typing import Any

_SHARE = r"(?:공유(?:하기)?|페이스북|트위터|카카오톡|카카오스토리|네이버\s*밴드|(?:url|링크)\s*복사|스크랩|인쇄)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription ------------------------------------------------------
        ("subscription", r"^\W*(?:구독(?:하기)?|뉴스레터\s*(?:구독|신청)(?:하기)?|회원\s*가입|로그인)\W*$", 1.0, 30),
        # --- related stories and list labels -------------------------------------
        ("related-link", r"^\W*(?:관련\s*기사|관련\s*뉴스|함께\s*보면\s*좋은\s*기사|추천\s*기사)\W*(?::|$)", 1.0, 200),
        ("navigation", r"^\W*(?:많이\s*본\s*기사|인기\s*기사|최신\s*기사|주요\s*뉴스|실시간\s*인기)\W*$", 1.0, 30),
        # --- share ----------------------------------------------------------------
        ("share", rf"^\W*{_SHARE}(?:\W+{_SHARE})*\W*$", 1.0, 80),
        # --- page furniture --------------------------------------------------------
        ("navigation", r"^\W*(?:광고|맨\s*위로|이전\s*기사|다음\s*기사|홈|메뉴|검색|더\s*보기|기사\s*원문\s*보기|글자\s*크기)\W*$", 1.0, 30),
        # --- reporter lines ("홍길동 기자 hong@example.com") ---------------------------
        ("contributor-note", r"^\W*[가-힣]{2,4}\s*(?:기자|특파원|객원기자|인턴기자)(?:\s*[\w.+-]+@[\w.-]+)?\W*$", 1.0, 80),
        # --- cookies -------------------------------------------------------------------
        ("cookie", r"쿠키\s*(?:를|을)?\s*(?:사용|이용)(?:합니다|하고)", 1.0, 300),
        # --- copyright -------------------------------------------------------------------
        ("copyright", r"무단\s*(?:전재|복제)", 1.0, 300),
        ("copyright", r"^\W*저작권자\s*[©ⓒ(]", 1.0, 300),
        # --- photo credits ------------------------------------------------------------------
        ("photo-credit", r"^\W*[\[(]?\s*(?:사진|그래픽|자료\s*사진|사진\s*제공)\s*[=:＝]\s*[^\])]{1,40}[\])]?\W*$", 1.0, 80),
    ],
    "byline_prefixes": ["기자"],
    "byline_suffixes": ["기자", "특파원", "객원기자", "인턴기자"],
    "name_joiners": [],
    "months": {},
    "updated_words": ["수정", "업데이트", "최종 수정"],
    "published_words": ["입력", "등록", "게재", "승인"],
    "source_labels": ["출처"],
    "list_labels": ["주제어", "핵심어", "키워드"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:댓글|댓글\s*쓰기|댓글\s*\d+)\W*$",
    ],
}
