"""Session 13, three layout gaps in plain text: the text under a quoted post's header is a
``quote``; a changelog's version line over its list of changes is a ``heading``; footnote
lines under a hard-wrapped paragraph stay a block each (docs/cleaners.md, "Session 13: quoted
posts, version headings and footnotes")."""

from __future__ import annotations

import textwrap

import pytest

import textclean
from textclean.cleaners.layout import note_break
from textclean.cleaners.paragraphs import version_heading

QUOTED = "After running apt upgrade my Pi 4 shows only a rainbow screen."
REPLY = "Did you check the SD card? A rainbow screen usually means the firmware cannot find its files."
THANKS = "Thanks, that fixed it! The boot partition was corrupted."


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in textclean.clean(text).blocks]


# -- 1. quoted posts ----------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "Quote from: pi_user on March 12, 2024, 06:02:11 PM",
    "Originally Posted by pi_user",
    "pi_user wrote:",
    "Zitat von: pi_user am 12. März 2024, 18:02:11",
    "Le 12 mars 2024 à 18:02, pi_user a écrit :",
    # an e-mail's reply header is in the table too: the text under it is the quoted message
    "On Mon, 4 Mar 2024 at 10:12, Sam Ortiz <sam@example.org> wrote:",
    "Am 12.03.2024 um 18:02 schrieb Sam Ortiz:",
])
def test_the_text_under_a_header_in_its_chunk_is_a_quote(header: str) -> None:
    assert kinds(f"{header}\n{QUOTED}\n\n{REPLY}\n") == [("paragraph", header), ("quote", QUOTED), ("paragraph", REPLY)]


def test_the_paragraph_under_the_header_is_quoted_and_the_next_is_not() -> None:
    # One paragraph: the output's text marks no kinds and puts a blank line between blocks, so
    # that is what a second cleaning can tell again (the second paragraph reads as the reply).
    text = f"kim wrote:\n{QUOTED}\nI tried two other cards already.\n\n{REPLY}\n"
    assert [k for k, _ in kinds(text)] == ["paragraph", "quote", "paragraph", "paragraph"]


@pytest.mark.parametrize("text", [
    f"kim wrote:\n{QUOTED}\n",
    f"Re: Pump noise\n\nkim wrote:\n{QUOTED}\n",
    f"Re: Pump noise\n\nkim wrote:\n\n{QUOTED}\n\nmine too, it is the valve.\n",
    f"Quote from: pi_user on March 12, 2024\n{QUOTED}\nIt blinks four times.\n\n{REPLY}\n",
])
def test_quotes_are_a_fixed_point(text: str) -> None:
    once = textclean.clean(text)
    twice = textclean.clean(once.text)
    assert [(b.kind, b.text) for b in twice.blocks] == [(b.kind, b.text) for b in once.blocks]
    assert "quote" in once.kinds


def test_a_quote_header_is_not_joined_to_the_line_above() -> None:
    # paragraph repair would join "Re: Pump noise" and "kim wrote:" (no stop, a lower-case start)
    doc = textclean.clean(f"Re: Pump noise\n\nkim wrote:\n\n{QUOTED}\n")
    assert "kim wrote:" in doc.paragraphs


def test_a_wrapped_quote_is_one_quote_block() -> None:
    quoted = ("After running apt upgrade my Pi 4 shows only a rainbow screen and the green light "
              "blinks four times, then it stays dark until I pull the plug and try again.")
    text = "kim wrote:\n" + textwrap.fill(quoted, 50) + f"\n\n{REPLY}\n"
    assert kinds(text) == [("paragraph", "kim wrote:"), ("quote", quoted), ("paragraph", REPLY)]


def test_a_header_alone_quotes_the_next_chunk_when_a_reply_follows() -> None:
    header = "Quote from: pi_user on March 12, 2024"
    assert kinds(f"{header}\n\n{QUOTED}\n\n{REPLY}\n") == [
        ("paragraph", header), ("quote", QUOTED), ("paragraph", REPLY)]


def test_the_forum_example_quotes_the_post() -> None:
    text = (f"Re: Raspberry Pi won't boot after update\n\nQuote from: pi_user on March 12, 2024, 06:02:11 PM\n"
            f"{QUOTED}\n\n{REPLY}\n\n« Reply #3 on: March 12, 2024, 09:30:44 PM »\n\n{THANKS}\n\nLogged\n")
    assert [k for k, _ in kinds(text)] == ["heading", "paragraph", "quote", "paragraph", "paragraph"]


def test_a_header_alone_quotes_the_next_chunk_also_at_the_end() -> None:
    # (as the output of a header and its quote in one chunk reads when it is cleaned again)
    header = "Quote from: pi_user on March 12, 2024"
    assert [k for k, _ in kinds(f"{header}\n\n{QUOTED}\n")] == ["paragraph", "quote"]


def test_a_header_alone_over_a_list_or_two_paragraphs_quotes_nothing() -> None:
    header = "Quote from: pi_user on March 12, 2024"
    text = f"{header}\n\n- {QUOTED}\n- It blinks four times.\n\n{REPLY}\n"
    assert "quote" not in [k for k, _ in kinds(text)]


@pytest.mark.parametrize("text", [
    f"Re: Raspberry Pi won't boot\n\n{QUOTED}\n\n{REPLY}\n\n{THANKS}\n",  # no header
    # a header-looking sentence in prose: no user name, no date
    "The mayor was clear about it. In a letter to the council he wrote:\n\nWe will build the bridge in spring.\n\n"
    "The council agreed and the work starts in April.\n",
    "In his letter to the council the mayor wrote:\nWe will build the bridge in spring.\n\nThe council agreed.\n",
    # prose that ends a wrapped line with "wrote:" is joined, and stays a paragraph
    "The council met on Monday evening to discuss the plan for the new bridge over\n"
    "the river, and after a long debate the mayor, who had opposed it, finally wrote:\n"
    "that the city would go ahead with the work in spring and pay for it from taxes.\n\nThe end.\n",
    "Quote from the minister's speech, which the paper printed on Monday in\nfull for its readers.\n\nThe end.\n",
])
def test_without_a_quote_header_nothing_is_quoted(text: str) -> None:
    assert "quote" not in [k for k, _ in kinds(text)]


def test_marked_quotes_stay_quotes() -> None:
    text = f"kim wrote:\n> {QUOTED}\n\n{REPLY}\n"
    assert kinds(text) == [("paragraph", "kim wrote:"), ("quote", QUOTED), ("paragraph", REPLY)]


# -- 2. version headings ------------------------------------------------------------------

CHANGES = "- Fixed a crash when a file name contained an emoji.\n- Undo no longer skips the last change.\n"
OLDER = "- Fixed the spell checker ignoring words with apostrophes.\n"


@pytest.mark.parametrize("line", [
    "Version 3.2.0 (2024-05-14)", "v2.1.0 - 2024-03-02", "3.2.0 (2024-05-14)", "Release 2.0 (May 14, 2024)",
    "Version 3.2.0",
])
def test_a_version_line_over_its_changes_is_a_heading(line: str) -> None:
    blocks = kinds(f"Release notes\n\nThe latest changes.\n\n{line}\n{CHANGES}\n{line.replace('2', '1', 1)}\n\n{OLDER}")
    assert ("heading", line) in blocks
    assert ("heading", line.replace("2", "1", 1)) in blocks


def test_a_markdown_version_heading_is_still_one() -> None:
    assert ("heading", "[1.4.0] - 2024-01-10") in kinds(f"Changelog\n\n## [1.4.0] - 2024-01-10\n\n{CHANGES}")


def test_a_version_heading_over_a_subheading() -> None:
    blocks = kinds(f"Release notes\n\nVersion 3.2.0 (2024-05-14)\n\nBug fixes\n{CHANGES}")
    assert blocks[:2] == [("heading", "Version 3.2.0 (2024-05-14)"), ("heading", "Bug fixes")]


@pytest.mark.parametrize("text", [
    f"Release notes\n\nVersion 3.2.0 fixes the crash on start-up.\n{CHANGES}",  # a sentence
    "Release notes\n\nVersion 3.2.0 (2024-05-14)\n\nThe release fixes the crash on start-up and two more bugs.\n",  # no list
    # a date in parentheses over a sentence that goes on: no release's heading
    "Minutes\n\nMeeting 3.2 (May 14, 2024)\nThe members agreed on the budget for the next year.\n",
])
def test_other_lines_stay_paragraphs(text: str) -> None:
    assert all(k != "heading" for k, _ in kinds(text)[1:])


def test_version_heading_reads_the_line() -> None:
    assert version_heading("Version 3.2.0 (2024-05-14)") and version_heading("v2.1.0 - 2024-03-02")
    assert not version_heading("Version 3.2.0 fixes the crash on start-up.")
    # a section's or a figure's number alone is none (a short line over a list may still be
    # a heading by the general rule)
    assert not any(map(version_heading, ("2.1 Study sites", "2.1", "Figure 3.2", "1.5 (see below)")))


def test_a_changelogs_dates_are_no_document_date() -> None:
    text = ("Release notes\n\nVersion 3.2.0 (2024-05-14)\n" + CHANGES + "\nVersion 3.1.2 (2024-04-02)\n" + OLDER
            + "\nv3.1.0 - 2024-03-02\n- Added a dark theme for the sidebar.\n")
    doc = textclean.clean(text)
    assert doc.date is None
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [
        "Version 3.2.0 (2024-05-14)", "Version 3.1.2 (2024-04-02)", "v3.1.0 - 2024-03-02"]


# -- 3. footnotes in wrapped text ---------------------------------------------------------

LEAD = ("In the spring of last year the institute sent a questionnaire to every household in the three "
        "counties that took part in the energy programme.")
BODY = ("The survey asked 1,200 households about their energy use over the previous year and how they heated "
        "their homes in winter. Most of them said that they had cut their use of gas, and those with a heat "
        "pump were more satisfied than the others by a wide margin.1")
NOTES = ["1 See the appendix for the full questionnaire and the weighting of the answers by region.",
         "2 The survey was conducted online in March 2023 by an outside polling firm."]
SHORT_NOTES = ["1 See the appendix for the full questionnaire.", "2 The survey was conducted online in March 2023."]


@pytest.mark.parametrize("width", [40, 44, 46, 48, 52, 54, 60, 66, 68])
@pytest.mark.parametrize("notes", [NOTES, SHORT_NOTES], ids=["wrapped-notes", "one-line-notes"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["notes-under", "notes-apart"])
def test_footnotes_stay_a_block_each(width: int, notes: list[str], gap: str) -> None:
    text = ("Survey results\n\n" + textwrap.fill(LEAD, width) + "\n\n" + textwrap.fill(BODY, width) + gap
            + "\n".join(textwrap.fill(n, width) for n in notes) + "\n")
    assert [b.text for b in textclean.clean(text).blocks] == ["Survey results", LEAD, BODY, *notes]


def test_note_break_reads_the_mark_and_the_next_number() -> None:
    assert note_break("The survey asked", "by a wide margin.1", "1 See the appendix.")
    assert note_break("1 See the appendix for the full", "questionnaire.", "2 The survey was run online.")
    # a wrapped number, the wrong number, a footnote's wrapped line: no break
    assert not note_break("The rate rose to", "the rate rose to 3.1", "2 Percent of them said so.")
    assert not note_break("It rose by a wide margin.1", "It rose by a wide margin.1", "2 Percent of them.")
    assert not note_break("1 See the appendix for the full", "questionnaire.", "3 The survey was run online.")
    assert not note_break("1 See the appendix for the full", "1 See the appendix for the full", "questionnaire.")


def test_a_wrapped_sentence_with_a_number_at_a_line_start_is_joined() -> None:
    body = ("The committee met twice in the autumn and agreed on the new rules for the members, which\n"
            "2 The chair had proposed in the spring, but the others did not accept them at the time.")
    doc = textclean.clean(f"Minutes\n\n{body}\n\nThe meeting closed at noon.\n")
    assert " ".join(body.split()) in doc.paragraphs
