"""The Greek pattern table: for every boilerplate rule a line it must remove and a sentence of
prose with similar words it must keep; dates and the language guess; a whole article; and no
Greek rule fires on the other languages' prose."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.metadata import parse_date

from .pattern_table_checks import (
    check_kept,
    check_never_fires,
    check_registered,
    check_removed,
    check_rule_matches,
    other_prose,
)

RULES: list[tuple[int, str, str]] = [
    (0, "Γίνετε συνδρομητής", "Η εγγραφή των μαθητών στα σχολεία ξεκινά τη Δευτέρα, ανακοίνωσε το υπουργείο."),
    (1, "Εγγραφείτε στο newsletter μας για τις σημαντικότερες ειδήσεις.", "Οι πολίτες εγγράφονται στους καταλόγους μέχρι το τέλος του μήνα."),
    (2, "Διαβάστε επίσης: Η αντιπολίτευση ζητά πρόωρες εκλογές", "Διαβάστε τι είπε ο υπουργός στη Βουλή, είπε ο δημοσιογράφος στους ακροατές."),
    (3, "Τα πιο δημοφιλή", "Τα πιο δημοφιλή προϊόντα της χρονιάς ήταν τα ηλεκτρικά ποδήλατα, σύμφωνα με την έρευνα."),
    (4, "Κοινοποίηση στο Facebook", "Η κοινοποίηση των στοιχείων στις αρχές έγινε την Τρίτη, είπε ο εκπρόσωπος."),
    (5, "Ακολουθήστε μας στο Instagram", "Ακολουθήστε τις οδηγίες της πολιτικής προστασίας, ζήτησε ο δήμαρχος."),
    (6, "Διαφήμιση", "Η διαφήμιση καπνού απαγορεύεται εδώ και χρόνια, υπενθύμισε ο νομικός."),
    (7, "Ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.", "Η συνταγή για cookies με σοκολάτα δημοσιεύτηκε στην τοπική εφημερίδα."),
    (8, "Αποδοχή όλων των cookies", "Η αποδοχή της πρότασης από όλα τα κόμματα δεν είναι βέβαιη, είπαν αναλυτές."),
    (9, "© 2024 Ημερησία. Με την επιφύλαξη παντός δικαιώματος.", "Τα δικαιώματα των εργαζομένων πρέπει να τηρούνται, δήλωσε το συνδικάτο."),
    (10, "Φωτογραφία: Eurokinissi", "Η φωτογραφία του δυστυχήματος κυκλοφόρησε γρήγορα στα μέσα κοινωνικής δικτύωσης."),
]

PROSE = (
    "Η κυβέρνηση ενέκρινε την Τρίτη τον προϋπολογισμό για το επόμενο έτος, μετά από εβδομάδες "
    "διαπραγματεύσεων με την αντιπολίτευση, ανακοίνωσε ο εκπρόσωπος.",
    "Ο υπουργός Οικονομικών δήλωσε ότι τα μέτρα θα τεθούν σε ισχύ στις αρχές του νέου έτους και "
    "ότι το έλλειμμα θα μειωθεί.",
)
TITLE = "Η κυβέρνηση ενέκρινε τον προϋπολογισμό"


def test_registered_and_every_rule_has_a_case() -> None:
    check_registered("el", (i for i, _, _ in RULES))


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_rule_matches_its_line(index: int, line: str, prose: str) -> None:
    check_rule_matches("el", index, line)


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_rule_line_removed_in_a_document(index: int, line: str, prose: str) -> None:
    check_removed("el", index, line, TITLE, PROSE)


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_similar_prose_kept(index: int, line: str, prose: str) -> None:
    check_kept("el", prose, TITLE, PROSE)


def test_greek_rules_never_fire_on_other_languages_prose() -> None:
    check_never_fires("el", other_prose())


@pytest.mark.parametrize(("text", "date"), [
    ("3 Μαρτίου 2024", dt.date(2024, 3, 3)), ("12 ΜΑΪΟΥ 2023", dt.date(2023, 5, 12)),
    ("Τρίτη 1 Δεκεμβρίου 2026, 10:30", dt.date(2026, 12, 1)),
])
def test_dates(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


def test_whole_article() -> None:
    text = (f"{TITLE}\n\n3 Μαρτίου 2024\n\nΚοινοποίηση\n\n{PROSE[0]}\n\nΦωτογραφία: Eurokinissi\n\n"
            f"Διαβάστε επίσης: Η αντιπολίτευση ζητά πρόωρες εκλογές\n\n{PROSE[1]}\n\n"
            "Ακολουθήστε μας στο Facebook\n\n© 2024 Ημερησία. Με την επιφύλαξη παντός δικαιώματος.\n")
    doc = textclean.clean(text)
    assert doc.extra["language"] == "el"
    assert doc.title == TITLE
    assert doc.date == dt.date(2024, 3, 3)
    assert doc.paragraphs == list(PROSE)
