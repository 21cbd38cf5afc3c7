"""Norwegian (bokmål) pattern table (see :mod:`textclean.patterns` for the keys); Danish
(``da``) has its own table of the same shape.

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences ("Del
av byen ...", "Annonsen ble publisert ...", "Følg anvisningene ...", "Se også til at ...")
only count as a whole label (followed by ``:``, a social network, or nothing).  The byline
word "Av" (the Swedish one too) is also the common preposition: a byline needs capitalised
names after it (``metadata.parse_byline``).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|messenger|snapchat|google\s+news|sosiale\s+medier)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:abonner(?:\s+(?:nå|i\s+dag|for|her)\b|\W*$)|(?:bli\s+abonnent|kjøp\s+(?:et\s+)?abonnement|tegn\s+(?:et\s+)?abonnement)\b)", 1.0, 200),
        ("subscription", r"^\W*logg\s+inn(?:\s+(?:for\s+å\s+(?:lese|fortsette|se)|her)\b|\W*$)", 1.0, 250),
        ("subscription", r"\b(?:meld\s+deg\s+på|abonner\s+på)\s+(?:vårt\s+)?nyhetsbrev\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:er\s+du\s+allerede\s+abonnent|allerede\s+abonnent|(?:denne\s+)?artikkel(?:en)?\s+er\s+(?:kun\s+|bare\s+)?for\s+abonnenter)", 1.0, 300),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:støtt\s+oss|gi\s+en\s+gave|doner(?:\s+nå)?)(?:\W*$|\s*[:!–—])", 1.0, 200),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:les\s+også|relaterte\s+(?:artikler|saker|nyheter))\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:les\s+mer|se\s+også|relatert|mer\s+om\s+saken)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*del(?:\s+(?:på|via|i)\s+{_NETWORKS}|\s+(?:artikkelen|saken|siden|innlegget))?\W*$", 1.0, 80),
        ("share", rf"^\W*følg\s+(?:oss(?:\s+(?:på|i)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:på|i)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*(?:last\s+ned|hent)\s+(?:vår\s+)?(?:app|appen)\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:annonse|reklame|mest\s+lest|siste\s+nytt|les\s+videre|lytt\s+til\s+artikkelen|lesetid\s*:?\s*\d+\s*min\w*|artikkelen\s+fortsetter\s+(?:under|etter)\s+annonsen)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:denne|vår)\s+(?:nettsiden|nettside|siden|nettstedet)\s+bruker|vi\s+bruker)\s+(?:informasjonskapsler|cookies?)\b", 1.0, 500),
        ("cookie", r"^\W*(?:godta|aksepter|avvis|administrer)(?:\s+alle)?\s+(?:informasjonskapsler|cookies?)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\balle\s+rettigheter\s+(?:forbeholdt|reservert)\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|fotograf|bilde|kilde)\s*:", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:lesetid\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*min\w*\.?|\d{1,3}\s*min(?:utter|\.)?\s+lesetid)\W*$", 1.0, 60),
        ("navigation", r"^\W*forsiden?(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:kopier\s+lenken?|lenken?\s+kopiert)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["Skrevet av", "Journalist:"],
    "byline_suffixes": [],
    "name_joiners": ["og"],
    "months": {
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    },
    "updated_words": ["oppdatert", "sist oppdatert"],
    "published_words": ["publisert"],
    "source_labels": ["kilde", "originalartikkel"],
    "list_labels": ["nøkkelord"],
    "quote_headers": [],
    # "by- og landsbygda", "høyre- eller venstrehendt"
    "suspended_hyphen_joiners": ["og", "eller"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?kommentarer\W*$",
        r"^\W*(?:skriv|legg\s+igjen)\s+(?:en\s+)?kommentar\b",
        r"^\W*(?:vis|les)\s+(?:alle\s+)?(?:\d+\s+)?kommentarer\b",
        r"\b\d+\s+kommentarer\W*$",
    ],
}
