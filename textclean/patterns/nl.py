"""Dutch pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited.  Words that also start prose
("Delen van gegevens is ...", "Deel van de stad ...", "Ook interessant is dat ...") only count
as a whole label or in a fixed phrase ("Deel dit artikel").
"""

from __future__ import annotations

from typing import Any

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:abonneer|word\s+abonnee|neem\s+een\s+(?:proef)?abonnement)\b", 1.0, 200),
        ("subscription", r"\b(?:schrijf\s+je\s+in|meld\s+je\s+aan|abonneer\s+je)\s+(?:voor|op)\s+(?:onze|de|deze)\s+nieuwsbrief\b", 1.0, 300),
        ("subscription", r"^\W*(?:ben\s+je\s+al\s+abonnee|al\s+abonnee|dit\s+(?:artikel|stuk)\s+is\s+(?:alleen\s+)?(?:voor|exclusief\s+voor)\s+abonnees|lees\s+verder\s+met\s+(?:een|je)\b)", 1.0, 300),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:doneer|steun\s+ons|steun\s+onze\s+journalistiek|word\s+(?:lid|donateur|vriend))\b", 1.0, 200),
        ("donate", r"^\W*doneren\W*$", 1.0, 40),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:lees\s+ook|lees\s+meer|bekijk\s+ook|meer\s+over\s+dit\s+onderwerp|gerelateerde\s+artikelen)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:gerelateerd|ook\s+interessant|zie\s+ook|meer\s+nieuws)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", r"^\W*(?:deel\s+(?:dit|dit\s+artikel|op|via)|volg\s+ons)\b", 1.0, 150),
        ("share", r"^\W*delen(?:\s+(?:op|via)\s+\w+)?(?:\W+delen(?:\s+(?:op|via)\s+\w+)?)*\W*$", 1.0, 60),  # (a share bar: "Delen via Facebook   Delen via LinkedIn")
        ("share", r"^\W*download\s+(?:de|onze)\s+(?:\w+\s+)?app\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:advertentie|lees\s+verder\s+(?:onder|na)\s+de\s+advertentie|luister\s+naar\s+dit\s+artikel|leestijd\s*:?\s*\d+\s*min\w*|meest\s+gelezen|laatste\s+nieuws)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:deze\s+(?:website|site)|wij|we)\s+(?:gebruikt|gebruiken|maakt\s+gebruik\s+van|maken\s+gebruik\s+van)\s+cookies\b", 1.0, 500),
        ("cookie", r"^\W*(?:(?:alle\s+)?cookies\s+)?(?:accepteren|weigeren)\W*$", 1.0, 60),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\balle\s+rechten\s+voorbehouden\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|foto['’]s|beeld|afbeelding|fotografie|bron)\s*:", 1.0, 250),
        # "Beeld ANP", "Foto Hollandse Hoogte": the agency right after the word
        ("photo-credit", r"^\W*(?:foto|beeld)\s+(?:anp|afp|ap|reuters|epa|belga|getty(?:\s+images)?|hollandse\s+hoogte|shutterstock)\b(?:\s*[/|-]\s*[\w .&-]{1,40})?\W*$", 1.0, 120),
        # --- contributor notes ----------------------------------------------------
        # "Met medewerking van Jan Jansen": capitalised names only ("met medewerking van de
        # politie werd ..." is prose)
        ("contributor-note", r"^\W*met\s+medewerking\s+van\s+(?-i:[A-Z])[\w'’.-]*(?:,?\s+(?:(?-i:[A-Z])[\w'’.-]*|van|de|der|den|ter|ten|en))*\W*$", 1.0, 200),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:\d{1,3}\s*min(?:uten|\.)?\s+leestijd)\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:voorpagina|home)(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:(?:kopieer|kopiëren)\s+(?:de\s+)?link|link\s+(?:kopiëren|gekopieerd))\W*$", 1.0, 40),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*klik\s+(?:hier|op\s+de\s+(?:foto|afbeelding|link))\b", 1.0, 200),
        ("navigation", r"^\W*(?:je|u)\s+moet\s+(?:ingelogd|aangemeld)\s+zijn\s+om\s+(?:een\s+reactie|te\s+reageren)", 1.0, 200),
        ("share", r"^\W*(?:vond\s+je\s+dit\s+(?:artikel|stuk)\s+(?:leuk|interessant)|heb\s+je\s+genoten\s+van\s+dit\s+(?:artikel|stuk))\s*\?", 1.0, 200),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("disclosure", r"\b(?:geuite|weergegeven|geventileerde)\s+(?:meningen|standpunten)\b.{0,80}?\b(?:zijn\s+(?:die\s+)?van\s+de\s+(?:auteurs?|schrijvers?)|(?:komen|stemmen)\s+niet\s+(?:noodzakelijkerwijs\s+)?overeen)", 1.0, 400),
        # session 10: account links alone on a line
        ("navigation", r"^\W*(?:inloggen|uitloggen|aanmelden|afmelden|registreren|mijn\s+account|account\s+aanmaken)\W*$", 1.0, 30),
        # session 12: a site's footer links and an article's tools alone on a line (a row of
        # them is read item by item)
        ("navigation", r"^\W*(?:colofon|privacyverklaring|privacybeleid|privacy|cookiebeleid|cookie-?instellingen|cookieverklaring|algemene\s+voorwaarden|gebruiksvoorwaarden|disclaimer|contact|over\s+ons|toegankelijkheid|adverteren|vacatures|(?:artikel\s+)?(?:printen|afdrukken)|artikel\s+(?:opslaan|bewaren|mailen))[^\w.!?]*$", 1.0, 40),
    ],
    "byline_prefixes": ["Door", "Tekst", "Auteur"],
    "byline_suffixes": [],
    "name_joiners": ["en"],
    "months": {
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
        "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
    "updated_words": ["bijgewerkt", "laatst bijgewerkt", "gewijzigd", "aangepast", "geüpdatet"],
    "published_words": ["gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op", "datum"],
    "source_labels": ["bron", "originele url", "origineel artikel", "oorspronkelijk gepubliceerd op"],
    "list_labels": ["trefwoorden", "sleutelwoorden", "kernwoorden"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*citaat(?:\s+van)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+schreef\s*:\s*$",
    ],
    # "land- en tuinbouw", "0- tot 4-jarigen" ("of" is left out: English "state-of-the-art"
    # broken after "state-" would keep a space)
    "suspended_hyphen_joiners": ["en", "tot"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:reacties?)\W*$",
        r"^\W*(?:plaats|schrijf|geef)\s+(?:een|je|uw)\s+reactie\b",
        r"^\W*(?:bekijk|toon|lees)\s+(?:alle\s+)?(?:\d+\s+)?reacties\b",
        r"\b\d+\s+reacties?\W*$",
    ],
}
