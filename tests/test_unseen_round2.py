"""Round 2 of the unseen layouts (fixtures in ``tests/fixtures/unseen/``, blocks asserted in
``test_unseen.py``): for each rule, what it must remove or join and what it must keep apart.

PDF copies (ligatures, running heads that alternate between pages), subtitle files (SRT,
WebVTT), e-mail newsletters and press releases, short wrapped notes, and ordered lists whose
items start with a month name that is also a first name."""

from __future__ import annotations

import pytest

import textclean
from textclean.cleaners.layout import estimate_width, list_marker, short_wrap_width
from textclean.cleaners.pagebreaks import subtitle_cues
from textclean.pipeline import Draft, split_chunks

from .test_guarantees import _accounted, _guarantees, _idempotent, _nothing_invented

P, H, L = "paragraph", "heading", "list-item"


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in textclean.clean(text).blocks]


def _reasons(text: str) -> list[tuple[str, str]]:
    return [(r.reason, r.text) for r in textclean.clean(text).removed]


# -- a month that is a name: "1. Maja Nowak" ---------------------------------------------------------

@pytest.mark.parametrize("line", ["1. Maja Nowak", "2. Jan Kowalski", "3. June Carter", "4. April Ryan", "5. Mai Thi Nguyen"])
def test_month_before_a_capitalised_word_is_a_name(line: str) -> None:
    m = list_marker(line)
    assert m is not None and m.group(0) == line[:3]


@pytest.mark.parametrize("line", ["12. April 2024", "3. März", "1. maja 2023", "7. mayo de 2023", "31. Dezember,",
                                  "3. JUNE 2024", "14. Mai um 10 Uhr"])
def test_day_and_month_stay_a_date(line: str) -> None:
    assert list_marker(line) is None


def test_names_list_keeps_every_item() -> None:
    text = "Die Gewinner:\n\n1. Maja Nowak\n2. Jan Kowalski\n3. Mai Berger"
    assert _blocks(text) == [(P, "Die Gewinner:"), (L, "1. Maja Nowak"), (L, "2. Jan Kowalski"), (L, "3. Mai Berger")]


# -- ligatures ---------------------------------------------------------------------------------------

def test_ligatures_become_letters() -> None:
    text = "The e\ufb00ect of the new \ufb02ow meter was signi\ufb01-\ncant, as the \ufb01rst tests showed."
    assert textclean.clean(text).paragraphs == ["The effect of the new flow meter was significant, as the first tests showed."]
    _nothing_invented(text)
    _accounted(text)


def test_text_without_ligatures_is_unchanged() -> None:
    text = "Café, naïve, “quoted” and f i ligature-free text."
    assert textclean.clean(text).paragraphs == ["Café, naïve, \"quoted\" and f i ligature-free text."]


# -- running heads that alternate -------------------------------------------------------------------

def _page(n: int) -> str:
    words = " ".join(f"word{n}x{i}" for i in range(70))
    return f"The text of page {n} goes on: {words} and then the sentence runs on to the"


def test_alternating_running_heads_are_removed() -> None:
    text = (f"{_page(1)}\n\nShort Title of the Paper        2\n\nnext page, where it ends. {_page(2)}\n\n"
            f"3        Journal of Examples 12 (2025)\n\nnext page, where it ends too.")
    doc = textclean.clean(text)
    assert [r.text for r in doc.removed if r.reason == "page-furniture"] == [
        "Short Title of the Paper        2", "3        Journal of Examples 12 (2025)"]
    assert len(doc.paragraphs) == 1


@pytest.mark.parametrize("text", [
    # a table of contents: the lines are next to each other, not a page apart
    "Contents\n\nIntroduction        1\n\nMethods        2\n\nResults        3\n\nThe study began in May.",
    # numbers that do not go up by one
    f"{_page(1)}.\n\nRoom A        2\n\n{_page(2)}.\n\nRoom B        5\n\nThe end of the list.",
])
def test_text_beside_numbers_that_are_not_pages_stays(text: str) -> None:
    assert not any(r.reason == "page-furniture" for r in textclean.clean(text).removed)


# -- subtitles ---------------------------------------------------------------------------------------

SRT = """1
00:00:01,000 --> 00:00:03,000
Bees pollinate about
a third of our crops,

2
00:00:03,100 --> 00:00:05,000
and they are in trouble.

3
00:00:05,100 --> 00:00:07,000
[Music]

4
00:00:09,500 --> 00:00:11,000
Farmers have noticed.
"""


def test_srt_cues_become_paragraphs() -> None:
    doc = textclean.clean(SRT)
    # the cues of one sentence are one paragraph; a pause after a finished sentence ends it
    # (the sound label's cue is a pause too)
    assert doc.paragraphs == ["Bees pollinate about a third of our crops, and they are in trouble.", "Farmers have noticed."]
    reasons = [r.reason for r in doc.removed]
    assert reasons.count("subtitle-cue") == 8 and reasons.count("sound-label") == 1
    assert doc.blocks[0].line == 3


def test_pause_and_speakers_start_paragraphs() -> None:
    text = ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>We start now.\n\n00:02.100 --> 00:03.000\n<v Ann>It is late.\n\n"
            "00:03.100 --> 00:04.000\n<v Bo>Yes.\n\n00:04.100 --> 00:05.000\n- Who is there?\n- Me.\n\n"
            "00:09.000 --> 00:10.000\nLater on.")
    assert textclean.clean(text).paragraphs == [
        "Ann: We start now. It is late.", "Bo: Yes.", "Who is there?", "Me.", "Later on."]


def test_rollup_captions_lose_their_repeats() -> None:
    text = ("WEBVTT\n\n00:00.000 --> 00:02.000\nso first we dig\n\n00:02.000 --> 00:04.000\nso first we dig\n"
            "the bed")
    doc = textclean.clean(text)
    assert doc.paragraphs == ["so first we dig the bed"]
    assert ("duplicate", "so first we dig") in [(r.reason, r.text) for r in doc.removed]


@pytest.mark.parametrize("text", [
    # an arrow in prose is no cue timing
    "The pipeline has three stages: fetch --> parse --> store.\n\nEach stage writes to disk.",
    # a README that shows a subtitle file in a code block
    "An SRT file looks like this:\n\n```\n1\n00:00:01,000 --> 00:00:02,000\nHello.\n```\n\nThat is all.",
    # a bracketed line that names no sound
    "The crowd cheered.\n\n[Photo gallery]\n\nThen the mayor spoke again.",
    # an HTML comment's end
    "Some text here. -->\n\nMore text, and a time 10:30.",
])
def test_text_that_is_no_subtitle_file_stays(text: str) -> None:
    doc = textclean.clean(text)
    assert not any(r.reason in ("subtitle-cue", "sound-label") for r in doc.removed)
    assert doc.paragraphs == textclean.Pipeline.default().without("page-breaks").clean(text).paragraphs


def test_subtitle_cues_function_leaves_other_text() -> None:
    d = Draft(blocks=split_chunks("A title\n\nSome prose --> more prose."))
    assert subtitle_cues(d.blocks, d) == d.blocks and not d.removed


@pytest.mark.parametrize("text", [SRT, "WEBVTT\n\nNOTE x\n\n00:01.000 --> 00:02.000 line:0\n<i>Hi</i> {\\an8}<c.y>there</c>",
                                  "1\n00:00:01,000 --> 00:00:02,000\n2\n00:00:02,000 --> 00:00:03,000\ntext\n\n-->"])
def test_subtitles_keep_the_guarantees(text: str) -> None:
    _guarantees(text)


# -- newsletters and press releases ------------------------------------------------------------------

@pytest.mark.parametrize(("line", "reason"), [
    ("View this email in your browser", "navigation"),
    ("Having trouble viewing this email? View it online.", "navigation"),
    ("Forward to a friend", "share"),
    ("Was this forwarded to you? Sign up here.", "subscription"),
    ("Unsubscribe | Update your preferences", "subscription"),
    ("You are receiving this email because you signed up on our website.", "subscription"),
    ("This email was sent to reader@example.com", "subscription"),
    ("FOR IMMEDIATE RELEASE", "press-release"),
    ("For Immediate Release: March 4, 2025", "press-release"),
    ("###", "press-release"),
    ("-30-", "page-furniture"),  # (a number between dashes: page-breaks takes it)
    ("Media contact: Jan Novak, press@northwind.example", "press-release"),
])
def test_newsletter_and_release_lines_are_removed(line: str, reason: str) -> None:
    text = f"The council met on Tuesday and approved the budget for next year.\n\n{line}\n\nIt will take effect in May."
    assert (reason, line) in _reasons(text)


def test_contact_lines_go_with_their_label() -> None:
    text = ("The plant opens in May.\n\nMedia contact:\n\nJan Novak, press@northwind.example\n\n+47 22 00 00 00\n\n"
            "The plant will employ 200 people.")
    assert textclean.clean(text).paragraphs == ["The plant opens in May.", "The plant will employ 200 people."]


@pytest.mark.parametrize("line", [
    "For immediate release of the hostages, the group demanded a ransom.",
    "Readers who want to unsubscribe from the print edition can call us.",
    "Questions can be sent to letters@paper.example",
    "+47 22 00 00 00",
    "She said she would forward the letter to a friend in Oslo before the vote.",
    "View the full results in the table below.",
    "About the author",
])
def test_article_lines_like_them_are_kept(line: str) -> None:
    text = f"The council met on Tuesday and approved the budget for next year.\n\n{line}\n\nIt will take effect in May."
    assert line in textclean.clean(text).paragraphs


# -- short wrapped texts -----------------------------------------------------------------------------

def test_short_note_wrapped_at_its_own_width_is_joined() -> None:
    text = "The meeting has been moved to the small room on\nthe second floor because the main hall is being\npainted."
    assert len(textclean.clean(text).paragraphs) == 1
    assert short_wrap_width(["Please note that the library will be closed on",
                             "Monday and Tuesday for repairs to the roof. We", "apologise for the inconvenience."]) == 46


@pytest.mark.parametrize("lines", [
    # a list without markers: no line goes on in lowercase
    ["Bring a packed lunch and a water bottle", "Wear sturdy shoes and a warm jacket", "Children must be accompanied by an adult"],
    # a headline in sentence case over a wrapped paragraph
    ["Council votes to close the library on weekends", "Residents say the decision was taken without them", "and they will appeal."],
    # lines of very different lengths
    ["A short line", "and a much longer line that goes on and on for a while", "and ends."],
    # a last line longer than the others
    ["one two three four five six seven eight", "nine ten eleven twelve thirteen fourteen", "fifteen sixteen seventeen eighteen nineteen twenty"],
])
def test_short_wrap_width_keeps(lines: list[str]) -> None:
    assert short_wrap_width(lines) is None


def test_three_stanza_lines_stay() -> None:
    text = "The ladder leans against the bough\nAnd waits out the dark of the night\nWhile frost comes down on the snow"
    assert len(textclean.clean(text).paragraphs) == 3


def test_few_lines_that_never_go_on_in_lowercase_are_not_wrapped() -> None:
    lines = ["What to bring on the walk:", "Bring a packed lunch and a water bottle", "Wear sturdy shoes and a warm jacket",
             "Children must be accompanied by an adult"]
    assert estimate_width([lines]) is None
    # with a lowercase continuation the same lengths are a wrap
    assert estimate_width([["The meeting of the society will be held", "at the village hall on Friday evening at",
                            "seven and all members are asked to come", "early."]]) is not None


# -- a title wrapped over two lines ------------------------------------------------------------------

def test_title_wrapped_over_two_lines_is_joined() -> None:
    text = "Seasonal Recharge of Shallow Aquifers in\nSemi-Arid Catchments\n\nAbstract. We measure the recharge."
    assert textclean.clean(text).paragraphs[0] == "Seasonal Recharge of Shallow Aquifers in Semi-Arid Catchments"
    assert textclean.clean("Die Reform der\nGesetzlichen Rentenversicherung\n\nEin Text.").paragraphs[0] == (
        "Die Reform der Gesetzlichen Rentenversicherung")


@pytest.mark.parametrize("text", [
    # a title over its authors: the title's last word is no small word
    "Seasonal Recharge of Shallow Aquifers\nMaria Lindqvist and Tomás Herrera\n\nAbstract. We measure it.",
    # a line in sentence case, not a title
    "We met them in\nBerlin Central Station\n\nThe end.",
    # the next line ends a sentence
    "Notes on the Use of\nCommas and Stops.\n\nThe end.",
])
def test_title_lines_kept_apart(text: str) -> None:
    assert len(textclean.clean(text).paragraphs) == 3


def test_date_lines_are_no_wrapped_title() -> None:
    text = "By Eric Song, IGN Staff\nUpdated: 18 Nov 2019 9:38 pm\nPosted: 18 Nov 2019 8:11 pm\nWant more deals? Read on."
    from textclean.cleaners import Layout

    assert len(textclean.Pipeline([Layout()]).clean(text).paragraphs) == 4


# -- footnotes and reference entries ---------------------------------------------------------------

def test_footnotes_and_references_stay_one_per_entry() -> None:
    text = ("The survey was carried out in the spring of 2021, when most schools had\n"
            "reopened after the closures of the previous year.¹ Teachers were asked\n"
            "to rate the reading of each pupil on a five-point scale.²\n\n"
            "¹ Schools in two districts reopened later and are excluded.\n"
            "² The scale is described in the appendix.\n\n"
            "[1] A. Smith and B. Jones, \"Recharge in dry lands,\" Water Resources\n"
            "Research, vol. 40, no. 2, pp. 1-12, 2004.\n"
            "[2] C. Wang, \"Episodic recharge,\" Journal of Hydrology, vol. 310.\n"
            "† Deceased.")
    assert textclean.clean(text).paragraphs[1:] == [
        "¹ Schools in two districts reopened later and are excluded.", "² The scale is described in the appendix.",
        '[1] A. Smith and B. Jones, "Recharge in dry lands," Water Resources Research, vol. 40, no. 2, pp. 1-12, 2004.',
        '[2] C. Wang, "Episodic recharge," Journal of Hydrology, vol. 310.', "† Deceased."]


def test_citation_that_starts_a_wrapped_sentence_goes_on() -> None:
    text = ("Earlier work measured recharge only once a year, which hides the short events.\n"
            "[3] also found that most of the water arrives in a few days, and the same holds\n"
            "for the three sites studied here.")
    assert len(textclean.clean(text).paragraphs) == 1


# -- rows of marks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [".  .  .  .  .  .", "………", "=========", "• • •", "°°°", "///////", "+++++", "—— —— ——"])
def test_row_of_marks_is_removed(line: str) -> None:
    text = f"The first part ends here.\n\n{line}\n\nThe second part begins.\n{line}\nAnd ends."
    doc = textclean.clean(text)
    assert doc.paragraphs == ["The first part ends here.", "The second part begins.", "And ends."]
    assert [(r.reason, r.text) for r in doc.removed] == [("markup", line), ("markup", line)]


@pytest.mark.parametrize("text", ["Wait...\n\nWhat?", "... and then it rained.", "It was. . . fine.", "Best,\n\nPriya\n\n--\n\nFinance Office",
                                  "Great news!\n\n👍👍👍\n\nSee you.", "(...)\n\nThe end.", "Sam\n\n###\n\nEnd.",
                                  # quotation marks (straightened later) and odd spaces: the line
                                  # must read the same once they are plain
                                  "“\xa0““", "«««"])
def test_marks_in_text_stay(text: str) -> None:
    assert not any(r.cleaner == "layout" for r in textclean.clean(text).removed)
    _idempotent(text)


def test_setext_underline_still_makes_a_heading() -> None:
    from textclean.cleaners import Layout

    doc = textclean.Pipeline([Layout()]).clean("A Title\n=======\n\nThe text of it.")
    assert [(b.kind, b.text) for b in doc.blocks] == [(H, "A Title"), (P, "The text of it.")]


CUE_LINES = ["1", "2", "12", "00:00:01,000 --> 00:00:02,000", "00:01.500 --> 00:03.000 align:start", "WEBVTT",
             "NOTE a note", "<v Ann>Hello there,", "<c.x>and</c> more", "[Music]", "(applause)", "♪", "- Yes.", "- No!",
             ">> REPORTER: Here.", "ANNA: We start.", "so first we dig", "so first we dig", "the bed.", "{\\an8}Top",
             "<00:00:01.000><c> word</c>", "", "", "Plain prose, which ends.", "and goes on", "-->", "¹ A note.",
             "[1] A. Ref.", ".  .  .", "• • •", "=====", "FOR IMMEDIATE RELEASE", "###", "Media contact:", "a@b.example", "+47 22 00 00 00",
             "View this email in your browser", "Seasonal Recharge of", "Semi-Arid Catchments", "ﬁrst ﬂow", "1. Maja Nowak"]


def test_round2_lines_keep_the_guarantees() -> None:
    """Random mixes of cue lines, voices, sound labels, notes, release lines and prose:
    idempotent, nothing invented, everything accounted for."""
    import random

    rnd = random.Random(7)
    for _ in range(300):
        text = "\n".join(rnd.choice(CUE_LINES) for _ in range(rnd.randint(1, 16)))
        _guarantees(text)


def test_short_repeats_around_a_removed_duplicate_are_neighbours() -> None:
    """A repeated long paragraph removed between two equal short blocks makes them neighbours:
    the second goes at once (a second cleaning would take it)."""
    text = ("A paragraph that is long enough to count.\n\n-->\n\nA paragraph that is long enough to count.\n\n-->\n\n"
            "The end of it, which is here.")
    doc = textclean.clean(text)
    assert doc.paragraphs == ["A paragraph that is long enough to count.", "-->", "The end of it, which is here."]
    _idempotent(text)
