"""Finnish pattern table (see :mod:`textclean.patterns` for the keys).

Finnish inflects its nouns, so the networks take their case endings (``Facebookissa``,
``Instagramissa``, ``X:ssä``) and labels are matched as word stems where a case ending may
follow.  Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of
prose that merely contains the words is never hit.  Words that also begin ordinary sentences
("Jaa tiedot viranomaisten kanssa ...", "Mainos tupakasta on kielletty ...", "Seuraa lapsia
rannalla ...") only count as a whole label (followed by ``:``, a social network, or nothing).
Month names are listed in the partitive of dates ("4. lokakuuta 2023") and the nominative
("lokakuu 2023" is no day, so it never reads as a date).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook\w*|twitter\w*|x(?::\w+)?|instagram\w*|youtube\w*|tiktok\w*|linkedin\w*|whatsapp\w*|telegram\w*|threads\w*|somessa|sosiaalisessa\s+mediassa)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:tilaa(?:\s+(?:nyt|heti|tästä|täältä))?\W*$|tilaa\s+(?:digi|lehti|näköislehti|\w*tilaus)\w*\b|(?:osta|aloita)\s+(?:digi)?tilaus\b)", 1.0, 200),
        ("subscription", r"\b(?:tilaa|tilaamalla|liity)\s+(?:meidän\s+)?(?:\w+\s+)?uutiskirje\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:(?:tämä\s+)?(?:artikkeli|juttu|sisältö)\s+on\s+(?:vain|ainoastaan)\s+tilaajille|oletko\s+jo\s+tilaaja|jatka\s+lukemista\s+tilaajana)", 1.0, 300),
        ("subscription", r"^\W*kirjaudu(?:\s+sisään)?(?:\s+(?:ja\s+)?(?:lue|jatka)\b|\W*$)", 1.0, 250),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:tue\s+(?:meitä|työtämme|journalismia)|lahjoita(?:\s+nyt)?)(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", r"\btue\s+(?:riippumatonta|laadukasta|vapaata)\s+journalismia\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:lue\s+myös|katso\s+myös|aiheesta\s+lisää|lisää\s+aiheesta|aiheeseen\s+liittyvät?)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:lue\s+lisää|suosittelemme|liittyvät\s+artikkelit)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*jaa(?:\s+(?:artikkeli|juttu|sivu))?(?:\s+{_NETWORKS})?\W*$", 1.0, 80),
        ("share", rf"^\W*seuraa\s+(?:meitä|\w+(?:\s+\w+){{0,3}}?)\s+{_NETWORKS}\W*$|^\W*seuraa\s+meitä\W*$", 1.0, 150),
        ("share", r"^\W*lataa\s+(?:\w+\s+)?(?:sovellus|sovelluksemme|mobiilisovellus|\w*-sovellus)\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:mainos|mainos\s+päättyy|artikkeli\s+jatkuu\s+mainoksen\s+jälkeen|juttu\s+jatkuu\s+mainoksen\s+alla|luetuimmat|luetuimmat\s+nyt|uusimmat|tuoreimmat|kuuntele\s+artikkeli|lukuaika\s*:?\s*\d+\s*min\w*|\d+\s+min\s+lukuaika)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:tämä|sivustomme)\s+(?:sivusto|verkkosivusto)?\s*käyttää|käytämme)\s+(?:\w+\s+)?evästeitä\b", 1.0, 500),
        ("cookie", r"^\W*(?:hyväksy|hylkää|salli|hallinnoi)(?:\s+kaikki)?\s+evästeet\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\bkaikki\s+oikeudet\s+pidätetään\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        # "Kuva: Lehtikuva", "Kuvat: Yle", "Kuvaaja: Matti Matikainen", "Kuva: Lehtikuva / Heikki Saukkomaa"
        ("photo-credit", r"^\W*(?:kuva|kuvat|kuvaaja|kuvituskuva|kuvitus|lähde)\s*:", 1.0, 250),
    ],
    "byline_prefixes": ["Teksti:", "Kirjoittaja:", "Toimittaja:", "Kirjoittajat:"],
    "byline_suffixes": [],
    "name_joiners": ["ja"],
    "months": {
        "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
        "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
        "marraskuuta": 11, "joulukuuta": 12,
    },
    "updated_words": ["päivitetty", "päivitys", "viimeksi päivitetty"],
    "published_words": ["julkaistu", "julkaisu"],
    "source_labels": ["lähde", "alkuperäinen artikkeli"],
    "list_labels": ["avainsanat", "asiasanat"],
    "quote_headers": [],
    # "kotimais- ja ulkomaisuutiset", "esi- tai jälkikäteen"
    "suspended_hyphen_joiners": ["ja", "tai", "sekä"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:kommentit|kommenttia|keskustelu)\W*$",
        r"^\W*(?:kirjoita|lisää|jätä)\s+(?:oma\s+)?kommentti\b",
        r"^\W*(?:näytä|lue)\s+(?:kaikki\s+)?(?:\d+\s+)?kommentit\b",
        r"\b\d+\s+kommentti(?:a)?\W*$",
    ],
}
