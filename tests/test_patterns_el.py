"""The Greek pattern table: for every boilerplate rule a line it must remove and a sentence of
prose with similar words it must keep; dates and the language guess; a whole article; and no
Greek rule fires on the other languages' prose."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

import textclean
from textclean._sentences import SENTENCES
from textclean.cleaners import Boilerplate
from textclean.metadata import parse_date
from textclean.patterns import LANGUAGES, load, tables

from .conftest import load_gold

FLAGS = regex.IGNORECASE | regex.VERSION0

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


def _rules() -> list[tuple[str, str, float, int]]:
    return list(tables(("el",))[0]["boilerplate"])


def _document(line: str) -> str:
    return f"{TITLE}\n\n{PROSE[0]}\n\n{line}\n\n{PROSE[1]}\n"


def test_registered_and_every_rule_has_a_case() -> None:
    assert "el" in LANGUAGES
    assert sorted(i for i, _, _ in RULES) == list(range(len(_rules())))
    assert set(tables(("el",))[0]) == set(tables(("en",))[0])


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_rule_matches_its_line(index: int, line: str, prose: str) -> None:
    reason, pattern, _, max_len = _rules()[index]
    assert len(line) <= max_len
    assert regex.search(pattern, line, FLAGS), (reason, line)


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_rule_line_removed_in_a_document(index: int, line: str, prose: str) -> None:
    reason = _rules()[index][0]
    doc = textclean.clean(_document(line))
    assert doc.extra["language"] == "el"
    assert line not in doc.paragraphs
    assert all(p in doc.paragraphs for p in PROSE)
    assert any(r.reason == reason and line in r.text for r in doc.removed), [(r.reason, r.text) for r in doc.removed]


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_similar_prose_kept(index: int, line: str, prose: str) -> None:
    for reason, pattern, _, max_len in _rules():
        assert not (len(prose) <= max_len and regex.search(pattern, prose, FLAGS)), (reason, pattern)
    assert Boilerplate().score(prose, load(("el", "en")))[0] < 1.0
    doc = textclean.clean(_document(prose))
    assert prose in doc.paragraphs
    assert not any(prose in r.text for r in doc.removed)


def test_greek_rules_never_fire_on_other_languages_prose() -> None:
    texts = [s for lang in SENTENCES for s in SENTENCES[lang]]
    for _, _, gold in load_gold():
        texts += [p for p in gold.get("paragraphs", []) if isinstance(p, str)]
    table = tables(("el",))[0]
    for reason, pattern, _, max_len in table["boilerplate"]:
        compiled = regex.compile(pattern, FLAGS)
        assert not [t for t in texts if len(t) <= max_len and compiled.search(t)], reason
    for pattern in table["comment_markers"]:
        compiled = regex.compile(pattern, FLAGS)
        assert not [t for t in texts if compiled.search(t)], pattern


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
