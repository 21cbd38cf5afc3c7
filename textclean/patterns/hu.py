"""Hungarian pattern table (see :mod:`textclean.patterns` for the keys).

Hungarian dates put the year first ("2023. október 4.", "2023. okt. 4., szerda 14:30"): the
date reader takes that order (a year with its dot, a month name, a day).  The networks take
their case endings (``Facebookon``, ``Instagramon``).  Line-starting labels are anchored
(``^\\W*``) and short-limited, so that a sentence of prose that merely contains the words is
never hit.  Words that also begin ordinary sentences ("Hirdetés nélkül nem lehet ...",
"Kövesse a hatóságok utasításait ...") only count as a whole label (followed by ``:``, a
social network, or nothing).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook\w*|twitter\w*|x-?\w*|instagram\w*|youtube\w*|tiktok\w*|linkedin\w*|whatsapp\w*|telegram\w*|google\s+hírek\w*|közösségi\s+médiában)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:fizessen\s+elő|fizess\s+elő|előfizetés|előfizetek|legyen\s+előfizetőnk|legyél\s+előfizetőnk)(?:\s+(?:most|itt|már\s+ma))?\W*(?:$|[:!–—])", 1.0, 200),
        ("subscription", r"\b(?:iratkozzon\s+fel|iratkozz\s+fel|feliratkozás)\s+(?:a\s+|az\s+)?(?:\w+\s+)?hírlevel\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:(?:ez\s+a\s+)?(?:cikk|tartalom)\s+(?:csak|kizárólag)\s+előfizetők\w*|már\s+előfizető(?:nk)?\s*\?)", 1.0, 300),
        ("subscription", r"^\W*(?:bejelentkezés|jelentkezzen\s+be|jelentkezz\s+be)\W*$", 1.0, 40),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:támogass?(?:on|\s+minket|on\s+minket)|támogasd\s+(?:a\s+munkánkat|a\s+szerkesztőséget|minket)|támogassa\s+(?:a\s+munkánkat|a\s+szerkesztőséget|minket))(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", r"\btámogas(?:d|sa)\s+(?:a\s+)?(?:független|szabad|minőségi)\s+(?:újságírást|sajtót)\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:olvasd\s+el\s+ezt\s+is|olvassa\s+el\s+ezt\s+is|ezt\s+is\s+ajánljuk|ez\s+is\s+érdekelheti|ez\s+is\s+érdekelhet|kapcsolódó\s+(?:cikkek|cikk|hírek))\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:kapcsolódó|ajánljuk|témában|további\s+cikkek)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*(?:megosztás|oszd\s+meg|ossza\s+meg)(?:\s+(?:a\s+)?(?:cikket|bejegyzést))?(?:\s+(?:a\s+)?{_NETWORKS})?\W*$", 1.0, 80),
        ("share", rf"^\W*(?:kövess(?:en)?\s+minket|kövesd|kövesse)(?:\s+[\w .'’-]{{1,40}}?)?\s+(?:a\s+|az\s+)?{_NETWORKS}\W*$|^\W*kövess(?:en)?\s+minket\W*$", 1.0, 150),
        ("share", r"^\W*(?:töltsd|töltse)\s+le\s+(?:az\s+)?(?:ingyenes\s+)?(?:alkalmazásunkat|applikációnkat|appunkat|alkalmazást)\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, widget headings -----
        ("navigation", r"^\W*(?:hirdetés|reklám|a\s+cikk\s+a\s+hirdetés\s+után\s+folytatódik|legolvasottabb(?:\s+cikkek)?|legfrissebb(?:\s+hírek)?|friss\s+hírek|olvasási\s+idő\s*:?\s*\d+\s*perc|\d+\s+perc\s+olvasás|hallgasd\s+meg\s+a\s+cikket)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:ez\s+a\s+)?(?:weboldal|honlap|oldal)\s+sütiket\s+használ|sütiket\s+(?:használunk|alkalmazunk)|cookie-kat\s+használ\w*)\b", 1.0, 500),
        ("cookie", r"^\W*(?:összes\s+süti\s+elfogadása|minden\s+süti\s+elfogadása|(?:elfogadom|elutasítom)(?:\s+az\s+összes)?(?:\s+sütit)?|sütibeállítások)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\bminden\s+jog\s+fenntartva\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        # "Fotó: MTI/Koszticsák Szilárd", "Borítókép: Getty Images", "Forrás: Facebook"
        ("photo-credit", r"^\W*(?:fotó|fotók|fénykép|kép|képek|borítókép|nyitókép|illusztráció|forrás)\s*:", 1.0, 250),
    ],
    "byline_prefixes": ["Szerző:", "Szerzők:", "Írta:", "Szöveg:"],
    "byline_suffixes": [],
    "name_joiners": ["és"],
    "months": {
        "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
        "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12,
        "jan": 1, "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9, "okt": 10,
    },
    "updated_words": ["frissítve", "frissítés", "frissült", "utoljára frissítve"],
    "published_words": ["közzétéve", "megjelent", "publikálva"],
    "source_labels": ["forrás", "eredeti cikk"],
    "list_labels": ["kulcsszavak"],
    "quote_headers": [],
    # "kis- és nagyvállalatok", "bel- vagy külföldi"
    "suspended_hyphen_joiners": ["és", "vagy", "illetve", "meg"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:hozzászólások|hozzászólás|kommentek|komment)\W*$",
        r"^\W*(?:szólj|szóljon)\s+hozzá\b|^\W*(?:írj|írjon)\s+(?:egy\s+)?(?:hozzászólást|kommentet)\b",
        r"^\W*(?:összes|mutasd\s+az\s+összes)\s+(?:\d+\s+)?(?:hozzászólás|komment)\w*\b",
        r"\b\d+\s+(?:hozzászólás|komment)\W*$",
    ],
}
