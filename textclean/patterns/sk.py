"""Slovak pattern table (see :mod:`textclean.patterns` for the keys); Czech (``cs``) has its own
table of the same shape.

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences
("Zdieľať údaje s úradmi ...", "Reklama na tabak je zakázaná ...", "Sledujte deti pri vode ...")
only count as a whole label (followed by ``:``, a social network, or nothing).  Month names
are listed in the genitive of dates ("3. marca 2024"); the nominatives ("marec") never follow a
day and are left out.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook\w*|twitter\w*|x|instagram\w*|youtube|tiktok\w*|linkedin\w*|whatsapp\w*|telegram\w*|google\s+news|sociálnych\s+sieťach)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:predplaťte\s+si|kúpte\s+si\s+predplatné|objednajte\s+si\s+predplatné|aktivujte\s+si\s+predplatné)\b", 1.0, 200),
        ("subscription", r"\b(?:prihláste\s+sa\s+na\s+odber|prihláste\s+sa\s+k\s+odberu|odoberajte|objednajte\s+si|zaregistrujte\s+sa\s+na\s+odber)\s+(?:nášho\s+|náš\s+)?newsletter\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:(?:tento\s+)?(?:článok|obsah)\s+je\s+(?:dostupný\s+)?(?:iba|len)\s+pre\s+predplatiteľov|už\s+máte\s+predplatné|máte\s+už\s+predplatné)", 1.0, 300),
        ("subscription", r"^\W*(?:predplatné|prihlásiť\s+sa|prihláste\s+sa)\W*$", 1.0, 40),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:podporte\s+(?:nás|redakciu|našu\s+prácu)|prispejte\s+(?:nám|na\s+prevádzku))(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", r"\bpodporte\s+(?:nezávislú|našu|slobodnú)\s+žurnalistiku\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:prečítajte\s+si\s+(?:aj|tiež)|čítajte\s+(?:aj|tiež)|mohlo\s+by\s+vás\s+(?:zaujímať|tiež\s+zaujímať)|súvisiace\s+(?:články|správy))\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:súvisiace|viac\s+k\s+téme|k\s+téme|odporúčame)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*zdieľať(?:\s+(?:na|cez|v)\s+{_NETWORKS}|\s+(?:článok|príspevok))?\W*$", 1.0, 80),
        ("share", rf"^\W*sledujte\s+(?:nás(?:\s+(?:na|v)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:na|v)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*stiahnite\s+si\s+(?:našu\s+)?(?:bezplatnú\s+)?aplikáciu\b", 1.0, 150),
        # --- page furniture: ad labels, widget headings -----
        ("navigation", r"^\W*(?:reklama|pokračovanie\s+článku\s+(?:pod|za)\s+reklamou|článok\s+pokračuje\s+pod\s+reklamou|najčítanejšie(?:\s+články)?|najnovšie(?:\s+správy)?|čítajte\s+ďalej|pokračovať\s+v\s+čítaní|vypočujte\s+si\s+článok)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:tento|náš)\s+(?:web|webový\s+portál|portál)|(?:táto|naša)\s+(?:stránka|webová\s+stránka)|používame)\s+(?:používa\s+|využíva\s+)?(?:súbory\s+)?(?:cookies?|cookie)\b", 1.0, 500),
        ("cookie", r"^\W*(?:prijať|odmietnuť|nastaviť|spravovať)(?:\s+všetko|\s+všetky)?(?:\s+súbory)?\s+(?:cookies?|cookie)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\bvšetky\s+práva\s+vyhradené\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        # "Foto: TASR", "Zdroj: Shutterstock", "Ilustračné foto"
        ("photo-credit", r"^\W*(?:foto|fotografia|fotky|zdroj\s+fotografie|zdroj|ilustrácia)\s*:|^\W*ilustračné\s+(?:foto|snímka)\W*$", 1.0, 250),
    ],
    "byline_prefixes": ["Autor", "Autorka", "Autori"],
    "byline_suffixes": [],
    "name_joiners": ["a"],
    # the genitive of dates only
    "months": {
        "januára": 1, "februára": 2, "marca": 3, "apríla": 4, "mája": 5, "júna": 6,
        "júla": 7, "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    },
    "updated_words": ["aktualizované", "aktualizácia", "naposledy aktualizované"],
    "published_words": ["publikované", "zverejnené", "uverejnené"],
    "source_labels": ["zdroj", "pôvodný článok"],
    "list_labels": ["kľúčové slová"],
    "quote_headers": [],
    # "dvoj- a trojizbový", "česko- alebo slovenský"
    "suspended_hyphen_joiners": ["a", "i", "alebo", "či"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:komentáre|komentárov|diskusia)\W*$",
        r"^\W*(?:pridať|napísať|vložiť)\s+(?:svoj\s+)?komentár\b",
        r"^\W*(?:vstúpiť\s+do\s+diskusie|zobraziť\s+(?:všetky\s+)?(?:\d+\s+)?komentár\w*)\b",
        r"\b\d+\s+komentár(?:e|ov)?\W*$",
    ],
}
