"""Swedish pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences ("Dela
upp arbetet ...", "Annonsen publicerades ...", "Se även till att ...") only count as a whole
label (followed by ``:``, a social network, or nothing).  The byline word "Av" is also the
common preposition: a byline needs capitalised names after it (``metadata.parse_byline``), so
"Av de 300 deltagarna ..." is no byline.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|messenger|google\s+news|sociala\s+medier)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:prenumerera|bli\s+prenumerant|teckna\s+(?:en\s+)?prenumeration)\b", 1.0, 200),
        ("subscription", r"^\W*logga\s+in(?:\s+(?:för\s+att\s+(?:läsa|fortsätta|se)|här)\b|\W*$)", 1.0, 250),
        ("subscription", r"\b(?:prenumerera|anmäl\s+dig|registrera\s+dig)\s+(?:på|till|för)\s+(?:vårt\s+|våra\s+)?nyhetsbrev\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:är\s+du\s+redan\s+prenumerant|redan\s+prenumerant|(?:den\s+här\s+|denna\s+)?artikel(?:n)?\s+är\s+(?:endast\s+|bara\s+)?för\s+prenumeranter|för\s+prenumeranter\W*$)", 1.0, 300),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:stöd\s+oss|stötta\s+oss|ge\s+en\s+gåva|swisha\s+en\s+gåva|donera(?:\s+nu)?)(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", r"\b(?:stöd|stötta)\s+(?:oberoende|vår|fri)\s+journalistik\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:läs\s+(?:också|även)|relaterade\s+(?:artiklar|nyheter))\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:läs\s+mer|se\s+(?:även|också)|relaterat|mer\s+om\s+ämnet)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*dela(?:\s+(?:på|via|i)\s+{_NETWORKS}|\s+(?:artikeln|sidan|inlägget))?\W*$", 1.0, 80),
        ("share", rf"^\W*följ\s+(?:oss(?:\s+(?:på|i)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:på|i)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*ladda\s+ner\s+(?:vår\s+)?(?:app|appen)\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:annons|annonsinnehåll|mest\s+lästa?|mest\s+läst\s+just\s+nu|senaste\s+nytt|senaste\s+nyheterna|läs\s+vidare|lyssna\s+på\s+artikeln|lästid\s*:?\s*\d+\s*min\w*|artikeln\s+fortsätter\s+(?:under|efter)\s+annonsen)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:den\s+här|denna|vår)\s+(?:webbplats(?:en)?|sajt(?:en)?|sida|sidan)\s+använder|vi\s+använder)\s+(?:sig\s+av\s+)?(?:kakor|cookies?)\b", 1.0, 500),
        ("cookie", r"^\W*(?:acceptera|godkänn|neka|hantera)(?:\s+alla)?\s+(?:kakor|cookies?)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\b(?:alla\s+rättigheter\s+förbehållna|eftertryck\s+förbjud(?:et|es))\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|fotograf|bild|bildkälla|källa)\s*:", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:lästid\s*:?\s*(?:ca\s*)?\d{1,3}\s*min\w*\.?|\d{1,3}\s*min(?:uter|\.)?\s+lästid)\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:startsida|startsidan|hem)(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:kopiera\s+länk(?:en)?|länken\s+kopierad)\W*$", 1.0, 40),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*klicka\s+(?:här|på\s+(?:bilden|länken))\b", 1.0, 200),
        ("navigation", r"^\W*du\s+måste\s+vara\s+inloggad\s+för\s+att\s+(?:kommentera|skriva\s+en\s+kommentar)", 1.0, 200),
    ],
    # "Text" only with its colon: an English headline may begin with the word ("Text Messages From Home")
    "byline_prefixes": ["Av", "Text:", "Skribent"],
    "byline_suffixes": [],
    "name_joiners": ["och"],
    "months": {
        "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "april": 4, "apr": 4,
        "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "updated_words": ["uppdaterad", "uppdaterat", "senast uppdaterad", "ändrad"],
    "published_words": ["publicerad", "publicerat", "publicerades"],
    "source_labels": ["källa", "originalartikel"],
    "list_labels": ["nyckelord"],
    "quote_headers": [],
    # "fot- och handboll", "höger- eller vänsterhänt"
    "suspended_hyphen_joiners": ["och", "eller"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:kommentarer|kommentera)\W*$",
        r"^\W*(?:skriv|lämna)\s+(?:en\s+)?kommentar\b",
        r"^\W*(?:visa|läs)\s+(?:alla\s+)?(?:\d+\s+)?kommentarer\b",
        r"\b\d+\s+kommentarer\W*$",
    ],
}
