"""Greek pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit; words that also begin ordinary sentences
("Διαβάστε τι είπε …", "Ακολουθήστε τις οδηγίες …") only count as a whole label.  The rules
match case-insensitively; Greek capitals drop the accents, so the labels most often set in
capitals write their accented letters as classes (``ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ``), and the months are
listed with and without the accent.  Month names are the genitive that dates use
(``3 Μαρτίου 2024``) and need a day and a year around them.  Bylines begin with an article
("Του Γιώργου Παπαδόπουλου", "Γράφει η Μαρία …") and need a capitalised name after it.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|viber|google\s+news)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, newsletter ------------------------------------------
        ("subscription", r"^\W*(?:εγγραφ[ήη]|γίνετε\s+συνδρομητ[ήη]ς|συνδεθ[είε]τε|σύνδεση)\W*$", 1.0, 40),
        ("subscription", r"\b(?:εγγραφείτε|γραφτείτε)\s+(?:στο|στα)\s+(?:newsletter|ενημερωτικ[όά])", 1.0, 300),
        # --- related stories -------------------------------------------------------
        ("related-link", r"^\W*(?:δι[αά]β[αά]στε\s+(?:επ[ιί]σης|ακόμη|ακομη)|σχετικ[αά]\s+(?:[αά]ρθρα|θ[εέ]ματα|ειδ[ηή]σεις))\W*(?::|$)", 1.0, 300),
        ("navigation", r"^\W*(?:δημοφιλ[ηή]|τα\s+πιο\s+δημοφιλ[ηή]|τελευτα[ιί]ες\s+ειδ[ηή]σεις|ροή\s+ειδήσεων)\W*$", 1.0, 40),
        # --- share / follow -----------------------------------------------------------
        ("share", rf"^\W*(?:κοινοποίηση|μοιραστείτε(?:\s+το)?)(?:\s+(?:στο\s+)?{_NETWORKS})?\W*$", 1.0, 80),
        ("share", rf"^\W*ακολουθ[ήη]στε\s+(?:μας|το\s+\S+)\s+(?:στο|στα)\s+{_NETWORKS}\W*$", 1.0, 150),
        # --- page furniture ------------------------------------------------------------
        ("navigation", r"^\W*(?:διαφ[ηή]μιση|συνέχεια\s+του\s+άρθρου|περισσότερα|αρχική(?:\s+σελίδα)?)\W*$", 1.0, 40),
        # --- cookies ---------------------------------------------------------------------
        ("cookie", r"\b(?:ο\s+ιστότοπος|η\s+ιστοσελίδα|ο\s+δικτυακός\s+τόπος)\s+(?:χρησιμοποιεί|κάνει\s+χρήση)\s+cookies\b", 1.0, 500),
        ("cookie", r"^\W*(?:αποδοχή|απόρριψη)(?:\s+όλων)?(?:\s+των)?\s+cookies\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------------------
        ("copyright", r"\bμε\s+την\s+επιφύλαξη\s+παντός\s+δικαιώματος\b|\bαπαγορεύεται\s+η\s+αναδημοσίευση\b", 1.0, 300),
        # --- photo credits ----------------------------------------------------------------------
        ("photo-credit", r"^\W*(?:φωτογραφία|φωτ\.|πηγή\s+φωτογραφίας)\s*:", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:χρόνος\s+ανάγνωσης\s*:?\s*\d{1,3}\s*λεπτ\w*\.?|\d{1,3}\s*λεπτ(?:ά|\.)?\s+ανάγνωση)\W*$", 1.0, 60),
        ("navigation", r"^\W*αρχική(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:αντιγραφή\s+(?:του\s+)?συνδέσμου|αντιγραφή\s+link)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["Του", "Της", "Των", "Γράφει ο", "Γράφει η", "Γράφει:", "Γράφουν οι", "Συντάκτης:"],
    "byline_suffixes": [],
    "name_joiners": ["και"],
    "months": {
        "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαίου": 5,
        "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
        "νοεμβρίου": 11, "δεκεμβρίου": 12,
        # without the accent, as capitals write them ("3 ΜΑΡΤΙΟΥ 2024")
        "ιανουαριου": 1, "φεβρουαριου": 2, "μαρτιου": 3, "απριλιου": 4, "μαιου": 5, "ιουνιου": 6,
        "μαϊου": 5, "ιουλιου": 7, "αυγουστου": 8, "σεπτεμβριου": 9, "οκτωβριου": 10, "νοεμβριου": 11, "δεκεμβριου": 12,
    },
    "updated_words": ["ενημέρωση", "τελευταία ενημέρωση", "ενημερώθηκε"],
    "published_words": ["δημοσίευση", "δημοσιεύθηκε", "δημοσιεύτηκε"],
    "source_labels": ["πηγή"],
    "list_labels": ["λέξεις-κλειδιά", "λέξεις κλειδιά"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?σχόλια\W*$",
        r"^\W*(?:γράψτε|αφήστε|προσθέστε)\s+(?:ένα\s+)?σχόλιο\b",
    ],
}
