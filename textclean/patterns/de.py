"""German pattern table (see :mod:`textclean.patterns` for the keys)."""

from __future__ import annotations

from typing import Any

TABLE: dict[str, Any] = {
    "boilerplate": [
        ("subscription", r"^\W*(?:jetzt\s+)?abonnieren\b", 1.0, 200),
        ("subscription", r"\b(?:abo|abonnement)\s+(?:abschließen|testen|ab)\b", 1.0, 300),
        ("subscription", r"\bnewsletter\s+(?:abonnieren|bestellen|anmelden)\b", 1.0, 300),
        ("subscription", r"^\W*(?:sie\s+sind\s+bereits\s+abonnent|bereits\s+abonniert|jetzt\s+weiterlesen)\b", 1.0, 300),
        ("disclosure", r"\b(?:beitrag|artikel|text)\s+enthält\s+(?:werbung|affiliate[- ]links|werbelinks)\b", 1.0, 300),
        ("disclosure", r"\b(?:verlinkungen|links)\s+handelt\s+es\s+sich\s+um\s+affiliate[- ]links\b", 1.0, 300),
        ("donate", r"^\W*(?:jetzt\s+)?spenden\b", 1.0, 200),
        ("donate", r"\bunterstützen\s+sie\s+(?:unseren|unabhängigen)\s+journalismus\b", 1.0, 400),
        ("related-link", r"^\W*(?:mehr\s+zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel|verwandte\s+artikel)\b\W*(?::|$|\w)", 1.0, 300),
        ("share", r"^\W*(?:teilen|artikel\s+teilen|folgen\s+sie\s+uns)\b", 1.0, 150),
        ("cookie", r"\b(?:diese\s+website|wir)\s+(?:verwendet|verwenden|nutzt|nutzen)\s+cookies\b", 1.0, 500),
        ("copyright", r"\balle\s+rechte\s+vorbehalten\b", 1.0, 300),
        ("photo-credit", r"^\W*(?:foto|bild|fotos|bildquelle|quelle)\s*:", 1.0, 250),
        ("photo-credit", r"^\W*(?:abbildung|abb\.)(?:\s*\d{1,3})?\s*:", 1.0, 300),
        ("photo-credit", r"^\W*(?:titel|beitrags|symbol|vorschau|aufmacher|header)(?:bild|foto)\s*:", 1.0, 250),
        # An image viewer's button label before the caption ("Vergrößern Die neue Kamera im Display.").
        # The caption after the label starts with a capital ("Vergrößern will der Konzern …" is prose).
        ("photo-credit", r"^\W*(?:bild\s+)?vergrößern\s+(?-i:[A-ZÄÖÜ\d])", 1.0, 250),
        ("photo-credit", r"\((?:foto|fotos|bild|bilder)\s*:\s*[^()]{1,60}\)\W{0,3}$", 1.0, 300),
        ("contributor-note", r"^\W*mit\s+material\s+(?:von|der)\b[\w .,&/-]{1,80}\W*$", 1.0, 200),
        # an advert slot's label and page navigation left in the text (whole lines only)
        ("advertisement", r"^\W*(?:anzeige|werbung|sponsored)\W*$", 1.0, 20),
        ("navigation", r"^\W*(?:(?:zurück\s+)?zur\s+startseite|zurück\s+zur\s+übersicht|nach\s+oben|zum\s+seitenanfang|zum\s+inhalt\s+springen)\W*$", 1.0, 40),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:lesezeit\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*min\w*\.?|(?:ca\.\s*)?\d{1,3}\s*min(?:uten|\.)?\s+lesezeit|artikel\s+(?:vorlesen|anhören)|vorlesen)\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:startseite|home)(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:link\s+kopieren|link\s+kopiert)\W*$", 1.0, 40),
        # a wiki page copied as text; e-mail
        ("navigation", r"^\W*aus\s+wikipedia,\s+der\s+freien\s+enzyklopädie\W*$", 1.0, 60),
        ("navigation", r"^\W*zur\s+(?:navigation|suche)\s+springen(?:\s+zur\s+(?:navigation|suche)\s+springen)?\W*$", 1.0, 60),
        ("navigation", r"^\W*abgerufen\s+von\s+[„\"“”]?https?://\S+\W*$", 1.0, 300),
        ("email-footer", r"^\W*von\s+meinem\s+(?:iphone|ipad|android|samsung|smartphone|handy)\b[\w ]{0,30}\s+gesendet\W*$", 1.0, 60),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*(?:(?:klicken|tippen)\s+sie\s+hier|hier\s+klicken)\b", 1.0, 200),
        ("navigation", r"^\W*sie\s+müssen\s+(?:angemeldet|eingeloggt|registriert)\s+sein,?\s+um\s+(?:einen\s+)?(?:kommentar|zu\s+kommentieren)", 1.0, 200),
        ("share", r"^\W*(?:hat\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag|text)\s+gefallen|gefällt\s+ihnen\s+(?:dieser|der)\s+(?:artikel|beitrag))\s*\?", 1.0, 200),
        ("subscription", r"^\W*kein\s+spam(?:\s*[,.!]|\s+(?:versprochen|garantiert))", 1.0, 300),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("disclosure", r"\b(?:geäußerten|dargestellten|vertretenen|wiedergegebenen)\s+(?:meinungen|ansichten)\b.{0,80}?\b(?:sind\s+(?:die\s+|allein\s+die\s+)?(?:des|der)\s+(?:autors?|autorin|verfassers?|verfasserin)|geben\s+nicht\s+(?:unbedingt|notwendigerweise|zwingend)\s+die)", 1.0, 400),
        ("photo-credit", r"[.!?]\s+(?:foto|bild|fotos)\s*:\s*[\w .,&/-]{1,50}$", 1.0, 250),
        # session 10: paywall labels, account links alone on a line, "Auf Facebook teilen"
        ("subscription", r"^\W*(?:(?:dieser\s+)?(?:artikel|beitrag|inhalt)\s+(?:ist\s+)?)?(?:nur|exklusiv)\s+für\s+(?:abonnenten|abonnentinnen|abonnent\*innen|abonnierende)(?:\s+(?:verfügbar|sichtbar|lesbar|zugänglich))?\W*$", 1.0, 100),
        ("navigation", r"^\W*(?:anmelden|abmelden|einloggen|ausloggen|login|logout|mein\s+konto|registrieren|konto\s+erstellen)\W*$", 1.0, 30),
        ("share", r"^\W*(?:auf|bei|per|via)\s+(?:facebook|x|twitter|whatsapp|linkedin|xing|pinterest|telegram|threads|bluesky|e-?mail)\s+teilen\W*$", 1.0, 60),
        # session 11: ein Hinweis auf die Erstveröffentlichung allein auf der Zeile ("Quelle:" ist schon eine Bildquelle)
        ("credit", r"^\W*(?:dieser\s+(?:artikel|beitrag|text)\s+(?:erschien|ist|wurde)\s+(?:zuerst|ursprünglich)|(?:zuerst|ursprünglich)\s+(?:erschienen|veröffentlicht))\s+(?:bei|auf|in|im|von)(?:\s+(?:\d{1,2},|[^\s!?,]*[^\s!?,.])){1,6}[.!]?\W*$", 1.0, 160),
        # session 12: a site's footer links and an article's tools alone on a line (a row of
        # them, "Impressum | Datenschutz | Kontakt", is read item by item)
        ("navigation", r"^\W*(?:impressum|datenschutz(?:erklärung|hinweise|einstellungen)?|cookie-?(?:einstellungen|richtlinie|hinweise)|nutzungsbedingungen|agb|kontakt(?:formular)?|über\s+uns|barrierefreiheit|mediadaten|karriere|(?:artikel|seite)\s+drucken|drucken|artikel\s+(?:per\s+e-?mail\s+)?(?:versenden|verschicken|merken|speichern))[^\w.!?]*$", 1.0, 40),
    ],
    "byline_prefixes": ["Von", "Ein Beitrag von", "Autor", "Autorin"],
    "byline_suffixes": [],
    "name_joiners": ["und"],
    "months": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
        "dezember": 12, "okt": 10, "dez": 12,
    },
    "updated_words": ["aktualisiert", "zuletzt aktualisiert", "geändert", "stand"],
    "published_words": ["veröffentlicht", "veröffentlicht am", "erschienen", "datum", "publiziert", "publiziert am", "veröffentlichung"],
    "source_labels": ["quelle", "originalartikel", "ursprünglich veröffentlicht"],
    "list_labels": ["schlüsselwörter", "schlagwörter", "stichwörter", "jel-klassifikation"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*zitat(?:\s+von)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+(?:schrieb|hat\s+geschrieben)\s*:\s*$",
        # a mail client's reply header: "Am 12.03.2024 um 18:02 schrieb Sam Ortiz:"
        r"^am\s+.{0,60}\d{1,2}:\d{2}.{0,30}\s+schrieb\s+.{1,80}:\s*$",
    ],
    "suspended_hyphen_joiners": ["und", "oder", "bzw", "sowie", "bis"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:kommentare?|leserkommentare|antworten|reaktionen)\W*$",
        r"^\W*(?:alle|neueste|letzte)\s+(?:\d+\s+)?kommentare\b",
        r"^\W*(?:kommentar|antwort)\s+(?:schreiben|verfassen|hinterlassen)\b",
        r"^\W*(?:schreiben|hinterlassen)\s+sie\s+(?:einen|Ihren)\s+kommentar\b",
        r"\b\d+\s+kommentare?\W*$",
    ],
}
