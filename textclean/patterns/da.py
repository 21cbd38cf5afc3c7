"""Danish pattern table (see :mod:`textclean.patterns` for the keys); Norwegian (``nb``) has its
own table of the same shape.

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences ("Del
af byen ...", "Annoncen blev bragt ...", "Følg anvisningerne ...", "Se også på ...") only count
as a whole label (followed by ``:``, a social network, or nothing).  The byline word "Af" is
also the common preposition: a byline needs capitalised names after it
(``metadata.parse_byline``), so "Af de 300 deltagere ..." is no byline.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|messenger|google\s+news|sociale\s+medier)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:abonn[ée]r(?:\s+(?:nu|i\s+dag|for|her)\b|\W*$)|(?:bliv\s+abonnent|køb\s+(?:et\s+)?abonnement|tegn\s+(?:et\s+)?abonnement)\b)", 1.0, 200),
        ("subscription", r"^\W*log\s+ind(?:\s+(?:for\s+at\s+(?:læse|fortsætte|se)|her)\b|\W*$)", 1.0, 250),
        ("subscription", r"\b(?:tilmeld\s+dig|abonn[ée]r\s+på|skriv\s+dig\s+op\s+til)\s+(?:vores\s+)?nyhedsbrev\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:er\s+du\s+allerede\s+abonnent|allerede\s+abonnent|(?:denne\s+)?artikel(?:en)?\s+er\s+(?:kun\s+)?for\s+abonnenter)", 1.0, 300),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:støt\s+os|giv\s+et\s+bidrag|doner(?:\s+nu)?)(?:\W*$|\s*[:!–—])", 1.0, 200),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:læs\s+også|relaterede\s+(?:artikler|nyheder))\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:læs\s+mere|se\s+også|relateret|mere\s+om\s+emnet)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*del(?:\s+(?:på|via|i)\s+{_NETWORKS}|\s+(?:artiklen|siden|opslaget))?\W*$", 1.0, 80),
        ("share", rf"^\W*følg\s+(?:os(?:\s+(?:på|i)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:på|i)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*(?:download|hent)\s+(?:vores\s+)?(?:app|appen)\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:annonce|reklame|mest\s+læste?|seneste\s+nyt|seneste\s+nyheder|læs\s+videre|lyt\s+til\s+artiklen|læsetid\s*:?\s*\d+\s*min\w*|artiklen\s+fortsætter\s+(?:under|efter)\s+annoncen)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:denne|vores)\s+(?:hjemmeside|side|websted)\s+bruger|vi\s+bruger)\s+(?:cookies?|cookier)\b", 1.0, 500),
        ("cookie", r"^\W*(?:accepter|godkend|afvis|administrer)(?:\s+alle)?\s+(?:cookies?)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\balle\s+rettigheder\s+(?:forbeholdes|forbeholdt)\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|fotograf|billede|kilde)\s*:", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:læsetid\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*min\w*\.?|\d{1,3}\s*min(?:utter|\.)?\s+læsetid)\W*$", 1.0, 60),
        ("navigation", r"^\W*forsiden?(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:kopi[eé]r\s+link(?:et)?|link(?:et)?\s+kopieret)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["Af", "Skrevet af", "Journalist:"],
    "byline_suffixes": [],
    "name_joiners": ["og"],
    "months": {
        "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    },
    "updated_words": ["opdateret", "senest opdateret"],
    "published_words": ["publiceret", "offentliggjort"],
    "source_labels": ["kilde", "original artikel"],
    "list_labels": ["nøgleord"],
    "quote_headers": [],
    # "by- og landsbyer", "højre- eller venstrehåndet"
    "suspended_hyphen_joiners": ["og", "eller"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?kommentarer\W*$",
        r"^\W*(?:skriv|tilføj)\s+(?:en\s+)?kommentar\b",
        r"^\W*(?:vis|læs)\s+(?:alle\s+)?(?:\d+\s+)?kommentarer\b",
        r"\b\d+\s+kommentarer\W*$",
    ],
}
