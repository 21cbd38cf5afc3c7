"""Faults found on text the project had never seen (session 10), each with what must change and
what must stay: date lines below the text are content (a changelog, a comment's date); a byline
joined to the date line under it keeps all its names; a recipe's numbered steps are prose, not a
page dump's teasers."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.metadata import parse_byline

BODY = "The council approved the new traffic plan on Tuesday by a narrow majority of votes."


# --- dateline: only the date lines above the text -------------------------------------------

def test_a_changelogs_later_dates_are_content() -> None:
    text = ("Changelog\n\nMarch 3, 2025\n\nAdded support for exporting reports as PDF files from the dashboard.\n\n"
            "February 10, 2025\n\nFixed a crash when importing very large CSV files with empty columns.\n")
    doc = textclean.clean(text)
    assert doc.date == dt.date(2025, 3, 3)
    assert "February 10, 2025" in doc.paragraphs
    assert [r.text for r in doc.removed if r.reason == "dateline"] == ["March 3, 2025"]


def test_a_comments_date_under_the_post_stays() -> None:
    text = ("Why I Switched Editors\n\nPosted by Lena Hoffmann on February 14, 2025\n\n"
            "I spent six weeks using Helix as my only editor. It felt natural after a few days.\n\n"
            "Tom says:\n\nFebruary 15, 2025 at 6:22 pm\n\nSame experience here, the lack of plugins is a dealbreaker for me.\n")
    doc = textclean.clean(text)
    assert doc.date == dt.date(2025, 2, 14)
    assert any("February 15, 2025" in p for p in doc.paragraphs)


@pytest.mark.parametrize("text", [
    # a deck sentence between the headline and the byline and date: the date is still read
    f"Council approves traffic plan\n\nA deck sentence that sums up the whole story for the reader.\n\n"
    f"By Jane Doe\n\nMarch 3, 2025\n\n{BODY}\n",
    # the date line first, then the headline
    f"March 3, 2025\n\nCouncil approves traffic plan\n\n{BODY}\n",
])
def test_the_date_lines_above_the_text_still_go(text: str) -> None:
    doc = textclean.clean(text)
    assert doc.date == dt.date(2025, 3, 3)
    assert not [p for p in doc.paragraphs if p == "March 3, 2025"]


# --- byline: a date joined after the names ----------------------------------------------------

@pytest.mark.parametrize(("line", "names"), [
    ("By Jane Miller and Tom Baker March 12, 2025", ["Jane Miller", "Tom Baker"]),
    ("Von Katharina Müller und Jens Bauer 12. März 2025, 14:30 Uhr", ["Katharina Müller", "Jens Bauer"]),
    ("By Jane Miller | March 12, 2025", ["Jane Miller"]),
    ("By Jane Miller and Tom Baker", ["Jane Miller", "Tom Baker"]),
    ("Posted by Lena Hoffmann on February 14, 2025", ["Lena Hoffmann"]),
    ("von Sara Zinnecker Stand: 12.03.2025", ["Sara Zinnecker"]),
    # a broadcaster in capitals after the name is no second name; a byline all in capitals is
    # read as names
    ("Von David Straub, MDR THÜRINGEN Stand: 28. April 2023, 10:05 Uhr", ["David Straub"]),
    ("By JOHN SMITH, JANE DOE", ["John Smith", "Jane Doe"]),
])
def test_names_end_where_the_date_begins(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


def test_a_byline_over_its_date_line_keeps_both_authors() -> None:
    doc = textclean.clean(f"Council approves traffic plan\n\nBy Jane Miller and Tom Baker\nMarch 12, 2025\n\n{BODY}\n")
    assert doc.authors == ["Jane Miller", "Tom Baker"]
    assert doc.date == dt.date(2025, 3, 12)
    assert doc.paragraphs == [BODY]


# --- page-dump: a recipe is no page dump -------------------------------------------------------

RECIPE = (
    "Classic Lemon Drizzle Cake\n\nJump to Recipe · Print Recipe\n\nIngredients\n\nFor the drizzle:\n"
    "- Juice of 1½ lemons\n- 85g caster sugar\n\nMethod\n\n"
    "1. Beat together the butter and sugar until pale and creamy, then add the eggs, one at a time.\n"
    "2. Sift in the flour, then add the lemon zest and mix until well combined.\n"
    "3. Bake for 45-50 mins until a thin skewer inserted into the centre comes out clean.\n"
    "4. Mix the lemon juice and sugar, then spoon over the warm cake.\n\n"
    "Did you make this recipe? Tag us on Instagram!\n\nRate this recipe ★★★★★\n"
)


def test_a_recipes_steps_and_ingredients_stay() -> None:
    doc = textclean.clean(RECIPE)
    assert not [r for r in doc.removed if r.cleaner == "page-dump"]
    assert "Juice of 1½ lemons" in doc.paragraphs
    assert "1. Beat together the butter and sugar until pale and creamy, then add the eggs, one at a time." in doc.paragraphs
    assert "4. Mix the lemon juice and sugar, then spoon over the warm cake." in doc.paragraphs


# --- dateline: a dateline's place, abbreviated weekdays ------------------------------------------

@pytest.mark.parametrize(("line", "langs", "date"), [
    ("Madrid, 3 de agosto de 2024", ("es",), dt.date(2024, 8, 3)),
    ("NEW YORK, March 3, 2025", ("en",), dt.date(2025, 3, 3)),
    ("ma 4 november 2024, 16:05", ("nl",), dt.date(2024, 11, 4)),
    ("Mo., 4. November 2024", ("de",), dt.date(2024, 11, 4)),
])
def test_date_lines_with_a_place_or_a_short_weekday(line: str, langs: tuple[str, ...], date: dt.date) -> None:
    from textclean.cleaners.dates import date_line

    found = date_line(line, langs)
    assert isinstance(found, dt.date) and (found.year, found.month, found.day) == (date.year, date.month, date.day)


@pytest.mark.parametrize("line", [
    "Jane Doe, March 3, 2025",  # a name (two words) before the date: the byline's, not a place
    "It rained, March 3, 2025",
    "In Madrid, 3 de agosto de 2024",
])
def test_other_words_before_the_date_are_no_place(line: str) -> None:
    from textclean.cleaners.dates import date_line

    assert date_line(line, ("en", "es")) is None


def test_a_spanish_dateline_and_a_dutch_byline_with_a_short_weekday() -> None:
    es = textclean.clean("Un incendio obliga a evacuar a 300 vecinos\n\nPor María José Fernández\nMadrid, 3 de agosto de 2024\n\n"
                         "El fuego ha calcinado ya más de 800 hectáreas de monte bajo, según la Junta de Andalucía.\n")
    assert (es.authors, es.date) == (["María José Fernández"], dt.date(2024, 8, 3))
    assert len(es.paragraphs) == 1
    nl = textclean.clean("Nieuwe fietsbrug gaat pas in 2029 open\n\nDoor Pieter de Vries\nma 4 november 2024, 16:05\n\n"
                         "De bouw van de fietsbrug loopt opnieuw vertraging op. Dat meldt de gemeente in een brief aan de raad.\n")
    assert (nl.title, nl.authors) == ("Nieuwe fietsbrug gaat pas in 2029 open", ["Pieter de Vries"])
    assert nl.date is not None and nl.date.day == 4
    # a surname that looks like a weekday's abbreviation stays
    assert parse_byline("By Jack Ma March 3, 2025") == ["Jack Ma"]
    assert parse_byline("By Anh Do March 3, 2025") == ["Anh Do"]


# --- language: a short text in a language with its own letters --------------------------------

def test_a_short_polish_text_is_read_as_polish() -> None:
    from textclean.language import detect_language, letters_language

    text = ("Rada Miasta przyjęła plan\n\nAutor: Tomasz Kowalski i Anna Nowak\n\n"
            "Rada Ministrów przyjęła we wtorek projekt ustawy o ochronie ludności.\n")
    assert detect_language(text) == "pl"
    doc = textclean.clean(text)
    assert doc.authors == ["Tomasz Kowalski", "Anna Nowak"]
    assert doc.title == "Rada Miasta przyjęła plan"
    # too few letters, or the letters of two languages: no guess from the letters
    assert letters_language("Straße") is None
    assert letters_language("Łódź and São Paulo") is None
    assert detect_language("Crème brûlée and naïve café owners") is None


# --- boilerplate: a legal page's own title ----------------------------------------------------------

def test_a_legal_pages_title_is_its_title_and_its_footer_link_goes() -> None:
    doc = textclean.clean("Terms of Service\n\nLast updated: January 5, 2025\n\n1. Accounts\n\n"
                          "1.1 You must be at least 16 years old to create an account.\n")
    assert doc.title == "Terms of Service"
    page = textclean.clean(f"{BODY}\n\nPrivacy Policy\n\nTerms of Service\n")
    assert page.paragraphs == [BODY]
    assert {r.text for r in page.removed} == {"Privacy Policy", "Terms of Service"}


# --- layout: a German noun's line-end hyphen ----------------------------------------------------

@pytest.mark.parametrize(("text", "joined"), [
    # a noun split at the line's end: one word
    ("Die Ergebnisse zeigen, dass das neue Verkehrs-\nkonzept in der ganzen Region sehr gut angenommen wurde, sagte der Sprecher.",
     "Verkehrskonzept"),
    # a suspended compound: the hyphen stays before "und"
    ("Das Konzept wurde sowohl in Nord-\nund Süddeutschland als auch in der Schweiz sehr gut angenommen, sagte der Sprecher.",
     "Nord- und Süddeutschland"),
    # an adjective compound (lowercase): the word lists decide, the hyphen stays
    ("Die Zusammenarbeit ist eng, wie die deutsch-\nfranzösische Freundschaft seit vielen Jahren zeigt, sagte der Minister.",
     "deutsch-französische"),
])
def test_a_german_nouns_line_end_hyphen(text: str, joined: str) -> None:
    doc = textclean.clean(text)
    assert doc.extra["language"] == "de"
    assert joined in doc.paragraphs[0]


# --- layout: indented shell commands are code -------------------------------------------------

def test_indented_shell_commands_are_a_code_block() -> None:
    doc = textclean.clean("Run these two commands:\n\n    pip install tidepool\n    tidepool work --queue default\n")
    assert [(b.kind, b.text) for b in doc.blocks][-1] == ("code", "pip install tidepool\ntidepool work --queue default")


@pytest.mark.parametrize("text", [
    "Note:\n\n    make sure the door is closed\n    go to the end of the hall\n",  # verbs, not tools
    "The poem:\n\n    I walk alone beside the wall\n    And hear the water rise and fall\n",
])
def test_indented_prose_is_no_shell_command(text: str) -> None:
    assert not [b for b in textclean.clean(text).blocks if b.kind == "code"]


# --- paragraph-repair: a line in capitals is no broken sentence ---------------------------------

def test_a_line_in_capitals_is_not_joined_to_the_lowercase_text_under_it() -> None:
    doc = textclean.clean("RIVER STUDIES\n\nthe sediment load increased by roughly 40 % during the spring flood sea-\n"
                          "son, which is consistent with earlier observations by Hartmann and Vogel.\n")
    assert doc.blocks[0].text == "RIVER STUDIES"
    assert doc.blocks[1].text.startswith("the sediment load")
    # a broken sentence in mixed case is still rejoined
    doc = textclean.clean("The council said that the\n\nwork would begin next spring and take two years to finish.\n")
    assert doc.paragraphs == ["The council said that the work would begin next spring and take two years to finish."]


# --- title and dateline: a wire story's dateline ---------------------------------------------------

@pytest.mark.parametrize(("text", "title", "date"), [
    ("FOR IMMEDIATE RELEASE\n\nCity of Springfield Launches New Recycling Program\n\nSPRINGFIELD, Ill., April 8, 2025 -- "
     "The City of Springfield today announced a new curbside recycling program for all residents.\n",
     "City of Springfield Launches New Recycling Program", dt.date(2025, 4, 8)),
    ("Oil prices rise after supply cut\n\nLONDON (Reuters) - Oil prices rose on Monday after producers agreed to cut supply.\n",
     "Oil prices rise after supply cut", None),
    ("Stadtrat beschließt neuen Haushalt\n\nBERLIN, 3. März 2025 (dpa) – Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.\n",
     "Stadtrat beschließt neuen Haushalt", dt.date(2025, 3, 3)),
])
def test_a_headline_over_a_wire_dateline(text: str, title: str, date: dt.date | None) -> None:
    doc = textclean.clean(text)
    assert doc.title == title
    assert doc.date == date
    assert doc.paragraphs[0].split()[0] in ("SPRINGFIELD,", "LONDON", "BERLIN,")  # the text keeps its dateline


def test_a_sentence_that_opens_with_capitals_is_no_wire_dateline() -> None:
    doc = textclean.clean("Council votes\n\nUS officials said on Monday that the plan would go ahead - the first in years.\n")
    assert doc.title is None
