"""Czech pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences
("Sdílet data s úřady ...", "Reklama na tabák je zakázaná ...", "Sledujte děti u vody ...")
only count as a whole label (followed by ``:``, a social network, or nothing).  Month names
are listed in the genitive of dates ("3. března 2024"; "září" is both cases); the nominatives
("březen") never follow a day and are left out.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook\w*|twitter\w*|x|instagram\w*|youtube|tiktok\w*|linkedin\w*|whatsapp\w*|telegram\w*|google\s+news|sociálních\s+sítích)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:předplaťte\s+si|kupte\s+si\s+předplatné|objednejte\s+si\s+předplatné|aktivujte\s+si\s+předplatné)\b", 1.0, 200),
        ("subscription", r"\b(?:přihlaste\s+se\s+k\s+odběru|odebírejte|objednejte\s+si|zaregistrujte\s+se\s+k\s+odběru)\s+(?:našeho\s+|náš\s+)?newsletter\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:(?:tento\s+)?(?:článek|obsah)\s+je\s+(?:dostupný\s+)?(?:pouze|jen)\s+pro\s+předplatitele|již\s+máte\s+předplatné|máte\s+už\s+předplatné)", 1.0, 300),
        ("subscription", r"^\W*(?:předplatné|přihlásit\s+se|přihlaste\s+se)\W*$", 1.0, 40),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:podpořte\s+(?:nás|redakci|naši\s+práci)|přispějte\s+(?:nám|na\s+provoz))(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", r"\bpodpořte\s+(?:nezávislou|naši|svobodnou)\s+žurnalistiku\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:přečtěte\s+si\s+(?:také|též|rovněž)|čtěte\s+(?:také|též)|mohlo\s+by\s+vás\s+(?:zajímat|také\s+zajímat)|související\s+(?:články|zprávy))\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:související|více\s+k\s+tématu|k\s+tématu|doporučujeme)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*sdílet(?:\s+(?:na|přes|v)\s+{_NETWORKS}|\s+(?:článek|příspěvek))?\W*$", 1.0, 80),
        ("share", rf"^\W*sledujte\s+(?:nás(?:\s+(?:na|v)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:na|v)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*stáhněte\s+si\s+(?:naši\s+)?(?:bezplatnou\s+)?aplikaci\b", 1.0, 150),
        # --- page furniture: ad labels, widget headings -----
        ("navigation", r"^\W*(?:reklama|pokračování\s+článku\s+(?:pod|za)\s+reklamou|článek\s+pokračuje\s+pod\s+reklamou|nejčtenější(?:\s+články)?|nejnovější(?:\s+zprávy)?|čtěte\s+dál|pokračovat\s+ve\s+čtení|poslechněte\s+si\s+článek)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:tento|náš)\s+(?:web|webový\s+portál|portál)|(?:tato|naše)\s+(?:stránka|webová\s+stránka)|používáme)\s+(?:používá\s+|využívá\s+)?(?:soubory\s+)?(?:cookies?|cookie)\b", 1.0, 500),
        ("cookie", r"^\W*(?:přijmout|odmítnout|nastavit|spravovat)(?:\s+vše|\s+všechny)?(?:\s+soubory)?\s+(?:cookies?|cookie)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\bvšechna\s+práva\s+vyhrazena\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        # "Foto: ČTK", "Zdroj: Shutterstock", "Ilustrační foto"
        ("photo-credit", r"^\W*(?:foto|fotografie|fota|zdroj\s+fotografie|zdroj|ilustrace)\s*:|^\W*ilustrační\s+(?:foto|snímek)\W*$", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:doba\s+čtení|čtení)\s*:?\s*(?:na\s+)?\d{1,3}\s*min\w*\.?\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:úvod|hlavní\s+strana)(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:kopírovat\s+odkaz|zkopírovat\s+odkaz|odkaz\s+zkopírován)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["Autor", "Autorka", "Autoři"],
    "byline_suffixes": [],
    "name_joiners": ["a"],
    # the genitive of dates only
    "months": {
        "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
        "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    },
    "updated_words": ["aktualizováno", "aktualizace", "naposledy aktualizováno"],
    "published_words": ["publikováno", "zveřejněno", "vydáno"],
    "source_labels": ["zdroj", "původní článek"],
    "list_labels": ["klíčová slova"],
    "quote_headers": [],
    # "dvou- a třípokojový", "česko- nebo slovenský"
    "suspended_hyphen_joiners": ["a", "i", "nebo", "či"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:komentáře|komentářů|diskuse|diskuze)\W*$",
        r"^\W*(?:přidat|napsat|vložit)\s+(?:svůj\s+)?komentář\b",
        r"^\W*(?:vstoupit\s+do\s+diskuse|zobrazit\s+(?:všechny\s+)?(?:\d+\s+)?komentář\w*)\b",
        r"\b\d+\s+komentář(?:e|ů)?\W*$",
    ],
}
