"""Faults found on text the project had never seen (session 11), each with what must change and
what must stay: date lines with an issue number, a relative change or a source beside the date;
a press-release wire's dateline; an "Updated" line as the date when nothing gives the
publication."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean

BODY = "The council approved the new traffic plan on Tuesday by a narrow majority of votes after a long debate."


@pytest.mark.parametrize(("title", "line", "body", "date"), [
    ("Weekly Notes on Python", "Issue #87 · June 6, 2025", BODY, dt.date(2025, 6, 6)),
    ("Prefeitura aprova novo plano de trânsito", "10/07/2024 08h30 Atualizado há 2 horas",
     "A câmara municipal aprovou na terça-feira o novo plano de trânsito por uma estreita maioria de votos.",
     dt.date(2024, 7, 10)),
    ("城市议会通过新的交通计划", "2024年6月18日 09:12 来源：新华网",
     "市议会周二以微弱多数通过了新的交通计划，官员表示工程将于明年春天开始。", dt.date(2024, 6, 18)),
])
def test_date_lines_with_more_beside_the_date(title: str, line: str, body: str, date: dt.date) -> None:
    doc = textclean.clean(f"{title}\n\n{line}\n\n{body}\n")
    assert doc.date == date
    assert doc.paragraphs == [body]
    assert [r.text for r in doc.removed if r.reason == "dateline"] == [line]


@pytest.mark.parametrize("line", [
    "Issue #87 of the magazine came out on June 6, 2025, with a long piece on the election.",
    "On 10/07/2024 the mayor said the plan was updated 2 times before the vote in the council.",
])
def test_sentences_with_those_words_are_no_date_lines(line: str) -> None:
    doc = textclean.clean(f"A Headline Here\n\n{line}\n\n{BODY}\n")
    assert line in doc.paragraphs


@pytest.mark.parametrize("dateline", [
    "SPRINGFIELD, Ill., June 3, 2025 /PRNewswire/ --",
    "SPRINGFIELD, Ill., June 3, 2025 /PRNewswire-HISPANIC PR WIRE/ --",
    "SAN FRANCISCO and LONDON, June 3, 2025 /PRNewswire/ --",
])
def test_a_press_wire_dateline_gives_the_date_and_keeps_the_text(dateline: str) -> None:
    lead = f"{dateline} Acme Corp. today announced a new line of widgets for industrial customers."
    doc = textclean.clean(f"Acme Corp. Announces New Widget Line\n\n{lead}\n\n{BODY}\n")
    assert doc.title == "Acme Corp. Announces New Widget Line"
    assert doc.date == dt.date(2025, 6, 3)
    assert doc.paragraphs == [lead, BODY]


def test_a_capitalised_sentence_with_a_dash_is_no_wire_dateline() -> None:
    doc = textclean.clean(f"A Headline Here\n\nNASA and ESA - the two agencies signed a deal on 3 June 2025.\n\n{BODY}\n")
    assert doc.date is None


@pytest.mark.parametrize(("lines", "date"), [
    ("Updated March 5, 2025", dt.date(2025, 3, 5)),
    ("Last updated: March 5, 2025 at 10:02 am", dt.date(2025, 3, 5)),
    ("Published March 3, 2025\n\nUpdated March 5, 2025", dt.date(2025, 3, 3)),
    ("Updated March 5, 2025\n\nPublished March 3, 2025", dt.date(2025, 3, 3)),
    ("By Jane Doe | Updated March 5, 2025", dt.date(2025, 3, 5)),
    ("By Jane Doe\n\nUpdated March 5, 2025", dt.date(2025, 3, 5)),
    ("By Jane Doe | Updated March 5, 2025\n\nMarch 3, 2025", dt.date(2025, 3, 3)),
    ("Aktualisiert am 05.03.2025, 14:30 Uhr", dt.date(2025, 3, 5)),
])
def test_an_updated_line_gives_the_date_when_nothing_else_does(lines: str, date: dt.date) -> None:
    doc = textclean.clean(f"Council approves plan\n\n{lines}\n\n{BODY}\n")
    assert doc.date == date
    assert doc.paragraphs == [BODY]


def test_the_url_date_comes_before_an_updated_line() -> None:
    doc = textclean.clean(f"Council approves plan\n\nUpdated March 5, 2025\n\n{BODY}\n",
                          url="https://example.org/2025/03/03/council-plan")
    assert doc.date == dt.date(2025, 3, 3)
