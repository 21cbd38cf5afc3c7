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


# --- credits, a press release's contact block, an e-mail's signature ------------------------

LEAD = ("Acme Corp. today announced a new line of widgets for industrial customers, the company said "
        "in a statement on Tuesday.")


@pytest.mark.parametrize(("line", "where"), [
    ("This article was originally published by The Conversation.", "end"),
    ("Originally published on March 3, 2025.", "end"),
    ("Source: Reuters", "end"),
    ("Source: Reuters", "top"),
])
def test_a_credit_line_alone_goes(line: str, where: str) -> None:
    text = (f"Council approves plan\n\n{line}\n\n{BODY}\n\n{LEAD}\n" if where == "top"
            else f"Council approves plan\n\n{BODY}\n\n{LEAD}\n\n{line}\n")
    doc = textclean.clean(text)
    assert line not in doc.paragraphs and doc.paragraphs[-2:] == [BODY, LEAD]
    assert [r.reason for r in doc.removed if r.text == line] == ["credit"]


@pytest.mark.parametrize("line", [
    "Source: the ministry said prices rose by three percent in May, a record for the decade.",
    "The source, a former official, told Reuters the plan was originally published by mistake.",
    "This story was first published in 1998 and became a classic of the genre.",
])
def test_prose_that_names_a_source_stays(line: str) -> None:
    doc = textclean.clean(f"Council approves plan\n\n{BODY}\n\n{line}\n")
    assert line in doc.paragraphs


PRESS = ("Acme Corp. Announces New Widget Line\n\n"
         f"SPRINGFIELD, Ill., June 3, 2025 /PRNewswire/ -- {LEAD}\n\n{BODY}\n\n"
         "About Acme Corp.\n\nAcme Corp. makes widgets for industrial customers and employs 2,000 people.\n\n")


@pytest.mark.parametrize("contact", [
    "Media contact:\nJane Smith\njane.smith@acme.com\n+1 555 123 4567\n",
    "Press Contact:\n\nJane Smith\n\nAcme Corp.\n\n+1 555 123 4567\n",
    "Pressekontakt:\nJana Schmidt\npresse@acme.de\n",
])
def test_a_press_releases_contact_block_goes(contact: str) -> None:
    doc = textclean.clean(PRESS + contact)
    assert doc.date == dt.date(2025, 6, 3)
    assert doc.paragraphs[-2:] == ["About Acme Corp.", "Acme Corp. makes widgets for industrial customers and employs 2,000 people."]
    assert {r.reason for r in doc.removed if "Jan" in r.text} == {"press-release"}


def test_a_contact_label_over_prose_stays() -> None:
    line = "Media contact: the company did not answer questions about the widgets when it was asked on Tuesday."
    doc = textclean.clean(PRESS + line + "\n")
    assert doc.paragraphs[-1] == line


MAIL = f"Hi team,\n\n{BODY}\n\n{LEAD}\n\nThanks,\nBob\n\n"


def test_an_emails_signature_goes() -> None:
    doc = textclean.clean(MAIL + "-- \nBob Jones\nSenior Engineer, Acme Corp.\n+1 555 123 4567\n")
    assert not [p for p in doc.paragraphs if "Senior Engineer" in p or p.strip() == "--"]
    assert [r.reason for r in doc.removed if "Bob Jones" in r.text] == ["signature"]
    assert BODY in doc.paragraphs and LEAD in doc.paragraphs


@pytest.mark.parametrize("tail", [
    # a dash line in the middle of the text, prose under it
    f"-- \n\n{BODY}\n\nThe plan will cost about two million euros over the next three years, they said.\n",
    # too long to be a signature
    "-- \n" + "\n".join(f"Line {i} of a long list of things" for i in range(9)) + "\n",
])
def test_a_dash_line_that_is_no_signature_stays(tail: str) -> None:
    doc = textclean.clean(MAIL + tail)
    assert not any(r.reason == "signature" for r in doc.removed)


def test_a_pages_credit_line_stays_with_its_article() -> None:
    # (HTML: the markup says where the article ends; the article references keep the note)
    html = ("<html><body><article><h1>Council approves plan</h1><p>" + BODY + "</p>"
            "<p>This article was originally published by The Conversation.</p></article></body></html>")
    doc = textclean.clean_html(html)
    assert doc.paragraphs == [BODY, "This article was originally published by The Conversation."]


# --- the draft's source, not the cleaners that ran, says whether the text is plain (session 12) --


def test_an_html_pages_last_lines_are_no_signature() -> None:
    html = ("<html><body><article><p>" + BODY + "</p><p>--</p><p>Bob Jones</p>"
            "</article></body></html>")
    doc = textclean.clean_html(html)
    assert not any(r.reason == "signature" for r in doc.removed)
    from textclean.html import extract_html

    assert extract_html(html)[1].source == "html"


def test_blocks_given_as_plain_text_read_their_signature() -> None:
    from textclean import Block, Pipeline

    blocks = [Block("Hi team,", "paragraph", 1), Block(BODY, "paragraph", 3), Block("--", "paragraph", 5),
              Block("Bob Jones", "paragraph", 6)]
    assert not any(r.reason == "signature" for r in Pipeline.default().clean_blocks(blocks).removed)
    doc = Pipeline.default().clean_blocks(blocks, source="text")
    assert [r.reason for r in doc.removed if "Bob Jones" in r.text] == ["signature"]
