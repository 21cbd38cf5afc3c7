"""Indonesian pattern table (see :mod:`textclean.patterns` for the keys); it also covers the
commonest Malay labels (``Baca juga``, ``Kongsi``, ``Langgan``, ``Hak cipta terpelihara``, the
months ``Julai``, ``Ogos``, ``Disember``), since Malay text is guessed as Indonesian (the two
share nearly all function words).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences
("Bagikan bantuan kepada warga ...", "Iklan rokok dilarang ...", "Ikuti petunjuk petugas ...")
only count as a whole label (followed by ``:``, a social network, or nothing).  The byline word
"Oleh" is also the preposition "by" of the passive: a byline needs capitalised names after it
(``metadata.parse_byline``), so "Oleh karena itu ..." is no byline.  "Editor:" is not a byline
word (an editor is no author): its line goes as a contributor note.  Month abbreviations that
are words elsewhere are left out ("Des" would make "1. Des Moines" a date, not a list item).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|line|google\s+news|media\s+sosial)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:berlangganan|langganan|langgan)(?:\s+(?:sekarang|newsletter|buletin|premium|gratis)\b|\W*$)", 1.0, 200),
        ("subscription", r"\b(?:daftar(?:kan\s+diri)?|berlangganan|langganan|langgan)\s+(?:ke\s+|untuk\s+)?(?:newsletter|buletin)(?:\s+kami)?\b", 1.0, 300),
        ("subscription", r"^\W*(?:masuk|login)\s+untuk\s+(?:membaca|melanjutkan|melihat)\b", 1.0, 250),
        ("subscription", r"^\W*(?:(?:artikel|konten)\s+ini\s+(?:hanya\s+)?(?:untuk|khusus)\s+(?:pelanggan|member|anggota)|sudah\s+berlangganan\s*\?)", 1.0, 300),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:baca\s+juga|berita\s+terkait|artikel\s+terkait|baca\s+selengkapnya\s+di)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:terkait|lihat\s+juga|simak\s+juga)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*(?:bagikan|kongsi)(?:\s+(?:ke|di|melalui|via)\s+{_NETWORKS}|\s+(?:artikel|berita|tulisan)(?:\s+ini)?)?\W*$", 1.0, 80),
        ("share", rf"^\W*ikuti\s+(?:kami|[\w .'’-]{{1,40}}?\s+(?:di|pada)\s+{_NETWORKS})(?:\s+(?:di|pada)\s+{_NETWORKS})?\W*$", 1.0, 150),
        ("share", r"^\W*(?:unduh|download)\s+(?:aplikasi|app)\b", 1.0, 150),
        # --- page furniture: ad labels, widget headings, the scroll prompt inside an article -----
        ("navigation", r"^\W*(?:iklan|advertisement|terpopuler|selengkapnya|baca\s+selengkapnya|berita\s+terkini|terbaru|paling\s+banyak\s+dibaca|scroll\s+(?:ke\s+bawah\s+)?untuk\s+melanjutkan(?:\s+membaca)?|scroll\s+to\s+continue\s+with\s+content)\W*$", 1.0, 60),
        # a blog template's post line ("Posted on Maret 30, 2015 by Admin", "Diposting pada 3 Maret
        # 2025 oleh Admin"): a month name, a year and a name, nothing else; the date comes from the
        # page's other lines or its URL
        ("navigation", r"^\W*(?:posted\s+on|diposting\s+(?:pada|tanggal)|ditulis\s+pada)\s+(?:\d{1,2}\s+)?[^\W\d_]+\.?\s+(?:\d{1,2},?\s+)?\d{4}\s+(?:by|oleh)\s+[\w .'’-]{1,40}$", 1.0, 100),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:situs|website|laman)\s+(?:web\s+)?ini\s+menggunakan|kami\s+menggunakan)\s+(?:cookies?|kuki)\b", 1.0, 500),
        ("cookie", r"^\W*(?:terima|setujui|tolak|kelola)(?:\s+semua)?\s+(?:cookies?|kuki)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\bhak\s+cipta\s+(?:dilindungi|terpelihara)\b|\b(?:seluruh|semua)\s+hak\s+(?:cipta\s+)?dilindungi\b|^\W*hak\s+cipta\s*(?:©|\(c\)|\d{4})", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|sumber\s+foto|sumber\s+gambar|gambar|ilustrasi|sumber)\s*:", 1.0, 250),
        # --- contributor notes ----------------------------------------------------
        # "Editor: Budi Santoso": capitalised names only, nothing else on the line
        ("contributor-note", r"^\W*(?:editor|penyunting|redaktur)\s*:\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}\W*$", 1.0, 80),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:waktu\s+baca\s*:?\s*\d{1,3}\s*menit|\d{1,3}\s*menit\s+(?:waktu\s+)?baca(?:an)?)\W*$", 1.0, 60),
        ("navigation", r"^\W*beranda(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:salin\s+tautan|salin\s+link|tautan\s+disalin)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["Oleh", "Penulis:", "Reporter:", "Pewarta:", "Wartawan:"],
    "byline_suffixes": [],
    "name_joiners": ["dan"],
    "months": {
        "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
        "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
        "agu": 8, "agt": 8, "okt": 10, "peb": 2,
        # Malay
        "julai": 7, "ogos": 8, "disember": 12,
    },
    "updated_words": ["diperbarui", "diperbaharui", "terakhir diperbarui", "dikemaskini"],
    "published_words": ["diterbitkan", "dipublikasikan", "diterbitkan pada", "dipublikasikan pada"],
    "source_labels": ["sumber", "artikel asli"],
    "list_labels": ["kata kunci"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?komentar\W*$",
        r"^\W*(?:tulis|tambahkan|berikan|kirim)\s+komentar\b",
        r"^\W*(?:lihat|tampilkan)\s+(?:semua\s+)?(?:\d+\s+)?komentar\b",
        r"\b\d+\s+komentar\W*$",
    ],
}
