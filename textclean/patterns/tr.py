"""Turkish pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences
("Reklam harcamaları ...", "Paylaşılan bilgiler ...") only count as a whole label (followed by
``:``, a social network, or nothing).  The rules match case-insensitively, but the dotted and
dotless i do not fold into each other (``İ``/``i``, ``I``/``ı``): such letters are written as a
class (``[iİ]``, ``[ıI]``).  Month names need a day and a year around them to make a date.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|[iİ]nstagram|youtube|tiktok|linkedin|whatsapp|telegram|google\s+news)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:abone\s+ol(?:un)?|üye\s+ol(?:un)?|g[iİ]r[iİ]ş\s+yap(?:ın)?)\W*$", 1.0, 40),
        ("subscription", r"\b(?:bültenimize|e-?bültenimize|haber\s+bültenimize)\s+(?:abone\s+olun|kaydolun|üye\s+olun)\b", 1.0, 300),
        ("subscription", r"^\W*(?:bu\s+(?:içerik|haber|makale)\s+(?:sadece|yalnızca)\s+abonelere\s+özel(?:d[iİ]r)?|okumaya\s+devam\s+etmek\s+[iİ]ç[iİ]n\s+(?:abone\s+olun|g[iİ]r[iİ]ş\s+yapın))", 1.0, 300),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:[iİ]lg[iİ]l[iİ]\s+haberler|bunlar\s+da\s+[iİ]lg[iİ]n[iİ]z[iİ]\s+çekeb[iİ]l[iİ]r|ayrıca\s+bakınız|şunları\s+da\s+okuyun)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:[iİ]lg[iİ]l[iİ]\s+haber|öner[iİ]len|bunu\s+da\s+okuyun|devamını\s+oku)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*paylaş(?:ın)?(?:\s+{_NETWORKS})?\W*$", 1.0, 80),
        ("share", rf"^\W*(?:b[iİ]z[iİ]\s+tak[iİ]p\s+ed[iİ]n|{_NETWORKS}['’]?(?:da|de|ta|te)\s+tak[iİ]p\s+ed[iİ]n)\W*$", 1.0, 150),
        # --- page furniture: ad labels, widget headings -----
        ("navigation", r"^\W*(?:reklam|en\s+çok\s+okunanlar|son\s+dakika|haber[iİ]n\s+devamı\s+reklamın\s+altında|okunma\s+süres[iİ]\s*:?\s*\d+\s*dk\w*)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:bu\s+(?:web\s+)?s[iİ]te(?:m[iİ]z|s[iİ])?|web\s+s[iİ]tem[iİ]z)\s+çerez(?:ler)?\s+kullan", 1.0, 500),
        ("cookie", r"^\W*(?:tüm\s+)?çerezler[iİ]\s+(?:kabul\s+et|reddet)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\btüm\s+haklar[ıI]\s+sakl[ıI]d[ıI]r\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:fotoğraf|foto|görsel|kaynak)\s*:", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:okuma\s+süresi\s*:?\s*\d{1,3}\s*(?:dk|dakika)\.?|\d{1,3}\s*(?:dk|dakika)(?:lık)?\s+okuma(?:\s+süresi)?)\W*$", 1.0, 60),
        ("navigation", r"^\W*ana\s*sayfa(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:bağlantıyı\s+kopyala|linki\s+kopyala|bağlantı\s+kopyalandı)\W*$", 1.0, 40),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"\b(?:için|buraya|detaylar\s+için)\s+tıklayın(?:ız)?\W*$", 1.0, 150),
        ("navigation", r"^\W*yorum\s+(?:yapabilmek|yazabilmek|yapmak|yazmak)\s+için\s+(?:giriş\s+yap|üye\s+ol|oturum\s+aç)", 1.0, 200),
    ],
    "byline_prefixes": ["Yazar"],
    "byline_suffixes": [],
    "name_joiners": ["ve"],
    "months": {
        "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
        "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    },
    "updated_words": ["güncelleme", "güncellenme", "son güncelleme", "güncellendi"],
    "published_words": ["yayınlanma", "yayınlandı", "yayın tarihi", "yayımlanma"],
    "source_labels": ["kaynak"],
    "list_labels": ["anahtar kelimeler", "anahtar sözcükler"],
    "quote_headers": [],
    "suspended_hyphen_joiners": ["ve", "veya"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?yorum(?:lar)?\W*$",
        r"^\W*(?:yorum\s+yap|yorum\s+yaz|yorumunuzu\s+yazın)\b",
        r"\b\d+\s+yorum\W*$",
    ],
}
