"""Each cleaner: what it must change, and what it must leave alone, side by side."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean import Pipeline
from textclean.cleaners import (
    Boilerplate,
    Byline,
    ControlChars,
    DateLine,
    Dedupe,
    Headings,
    HtmlEntities,
    Layout,
    Markdown,
    Mojibake,
    ParagraphRepair,
    Quotes,
    QuoteSpacing,
    SourceUrl,
    Spaces,
    TagDebris,
    Title,
    UrlLines,
)
from textclean.pipeline import Draft


def run(cleaners: list, text: str) -> list[str]:
    return Pipeline(cleaners).clean(text).paragraphs


# (cleaners, input, expected paragraphs)
CHANGES = [
    ("mojibake", [Mojibake()], "The Kremlinâ€™s war â€” again", ["The Kremlin’s war — again"]),
    ("mojibake-latin1", [Mojibake()], "SÃ£o Paulo e CrÃ¨me brÃ»lÃ©e", ["São Paulo e Crème brûlée"]),
    # a lone Greek letter (its lead "Î" is a hint too) and a lone Cyrillic letter read as cp1252
    ("mojibake-lone-greek", [Mojibake()], "A 10 Î© resistor, 5 Î¼m wide", ["A 10 Ω resistor, 5 μm wide"]),
    ("mojibake-lone-cyrillic", [Mojibake()], "In Russian, Ð² means in.", ["In Russian, в means in."]),
    ("entities", [HtmlEntities()], "Tom &amp; Jerry &#8212; &quot;x&quot;", ['Tom & Jerry — "x"']),
    ("double-entities", [HtmlEntities()], "AT&amp;amp;T", ["AT&T"]),
    ("tags", [TagDebris()], "one<br/>two <span class='x'>three</span>", ["one\ntwo three"]),
    ("script", [TagDebris()], "a <script>var x = 1;</script>b", ["a b"]),
    ("controls", [ControlChars()], "zero\u200bwidth\x07 soft\u00adhyphen", ["zerowidth softhyphen"]),
    # a block of invisible characters only goes (kept: the text around it)
    ("controls-only-block", [ControlChars()], "Text.\n\n\u200e\u200f\n\nMore.", ["Text.", "More."]),
    ("nbsp", [Spaces()], "has\u00a0jeopardized\u00a0a\u2009truce", ["has jeopardized a truce"]),
    ("nfc", [Spaces()], "Cafe\u0301", ["Café"]),
    ("quote-spacing", [QuoteSpacing()], "it “urges ”Baku", ["it “urges” Baku"]),
    ("quote-spacing-open", [QuoteSpacing()], "he said“ no way”.", ["he said “no way”."]),
    ("straight", [Quotes()], "“It’s ‘fine’,” she said", ["\"It's 'fine',\" she said"]),
    ("curly", [Quotes(style="curly")], "\"It's fine,\" she said", ["“It’s fine,” she said"]),
    ("wrap", [Layout()], "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu\nnu xi omicron pi rho sigma.\n\nTau upsilon phi chi psi omega alpha beta gamma delta eps zeta eta\ntheta iota kappa.\n\nMu nu xi omicron pi rho sigma tau upsilon phi chi psi omega alpha\nbeta.\n\nGamma delta epsilon zeta eta theta iota kappa lambda mu nu xi\nomicron.",
     ["alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma.",
      "Tau upsilon phi chi psi omega alpha beta gamma delta eps zeta eta theta iota kappa.",
      "Mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega alpha beta.",
      "Gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron."]),
    ("md-heading", [Layout()], "## Section two\nBody line.", ["Section two", "Body line."]),
    ("bullets", [Layout()], "Intro:\n- one\n- two\n• three\n1. four", ["Intro:", "one", "two", "three", "1. four"]),
    ("placeholder", [Markdown()], "Video [footage](#) posted", ["Video footage posted"]),
    ("js-link", [Markdown()], "a [b](javascript:void(0)) c", ["a b c"]),
    ("emphasis", [Markdown()], "**bold** and *italic* and __under__", ["bold and italic and under"]),
    ("autolink", [Markdown()], "see <https://example.org/x>", ["see https://example.org/x"]),
    ("image", [Markdown()], "![a chart](https://x.org/c.png) Text", ["Text"]),
    ("subscribe", [Boilerplate()], "News.\n\nSubscribe to our newsletter for daily updates", ["News."]),
    ("price", [Boilerplate()], "News.\n\nOnly $4.99 per month for full access", ["News."]),
    ("donate", [Boilerplate()], "News.\n\nDonate Now", ["News."]),
    ("credit-bold", [Boilerplate()], "Protesters in the square. **Ivan Petrov / AFP**\n\nNews.", ["News."]),
    ("credit-plain", [Boilerplate()], "Protesters in the square. Ivan Petrov / Reuters\n\nNews.", ["News."]),
    ("photo-label", [Boilerplate()], "Photo: Reuters\n\nNews.", ["News."]),
    ("ap-photo", [Boilerplate()], "A man waves a flag in Kyiv. (AP Photo/Efrem Lukatsky)\n\nNews.", ["News."]),
    ("getty", [Boilerplate()], "The summit venue on Monday. Getty Images\n\nNews.", ["News."]),
    ("related", [Boilerplate()], "News.\n\n**Related article:** [Something Else Happened](#)\n\nThe vote went on.", ["News.", "The vote went on."]),
    ("related-label", [Boilerplate()], "News.\n\nRead more:\n\nA Different Headline Here\n\nThe vote went on.", ["News.", "The vote went on."]),
    ("share", [Boilerplate()], "Share on Facebook\n\nNews.\n\nFollow us on Twitter for updates", ["News."]),
    ("share-words", [Boilerplate()], "Facebook Twitter Email Print\n\nNews.", ["News."]),
    ("cookie", [Boilerplate()], "We use cookies to improve your experience. Accept all\n\nNews.", ["News."]),
    ("copyright", [Boilerplate()], "News.\n\n© 2023 Example Media. All rights reserved.", ["News."]),
    ("contributor", [Boilerplate()], "News.\n\n*AFP contrinuted reporting.*", ["News."]),
    ("contributor-2", [Boilerplate()], "News.\n\nReuters contributed to this report.", ["News."]),
    ("reporting-by", [Boilerplate()], "News.\n\nReporting by Jane Roe; Editing by John Poe", ["News."]),
    ("nav-words", [Boilerplate()], "Home\n\nNews.\n\nPrivacy Policy\n\n3 hours ago", ["News."]),
    ("ad-slot", [Boilerplate()], "News.\n\nStory continues below advertisement\n\nAdvertisement - Scroll to continue\n\nThe vote went on.", ["News.", "The vote went on."]),
    ("reading-prompts", [Boilerplate()], "News.\n\nContinue reading the main story\n\nClick here to read more", ["News."]),
    ("briefing-signup", [Boilerplate()], "News.\n\nSign up for our daily briefing. Enter your email", ["News."]),
    ("ad-label-de", [Boilerplate()], "Die Regierung hat am Montag erklärt, dass sie nicht an dem Treffen teilnimmt.\n\nAnzeige\n\nZur Startseite", ["Die Regierung hat am Montag erklärt, dass sie nicht an dem Treffen teilnimmt."]),
    ("ad-label-fr", [Boilerplate()], "Le gouvernement a déclaré qu'il ne pourra pas assister à la réunion des ministres.\n\nPublicité\n\nRetour en haut de la page", ["Le gouvernement a déclaré qu'il ne pourra pas assister à la réunion des ministres."]),
    ("ad-label-es", [Boilerplate()], "El gobierno dijo que no podrá asistir a la reunión de los ministros.\n\nPublicidad\n\nVolver arriba", ["El gobierno dijo que no podrá asistir a la reunión de los ministros."]),
    ("source-url", [SourceUrl()], "Text.\n\nOriginally published at https://example.org/a", ["Text."]),
    ("url-lines", [UrlLines()], "Text.\n\nhttps://example.org/b\n\nMore.", ["Text.", "More."]),
    ("title-md", [Layout(), Title()], "# The Title\n\nText.", ["Text."]),
    ("title-repeated", [Layout(), Title()], "The Title\n\nThe Title\n\n The Title\n\nText.", ["Text."]),
    ("byline", [Byline()], "By Jane Roe and JOHN POE, Reuters\n\nText.", ["Text."]),
    ("dateline", [DateLine()], "Published: 19.09.2023\n\nText.", ["Text."]),
    ("dedupe", [Dedupe()], "A long repeated paragraph, it says.\n\nX.\n\nA long repeated paragraph, it says.", ["A long repeated paragraph, it says.", "X."]),
    ("repair", [ParagraphRepair()], "the destruction of an Armenian\n\nmilitary radar station.", ["the destruction of an Armenian military radar station."]),
]

KEEPS = [
    ("mojibake-keep", [Mojibake()], "Ça va, São Paulo — “quoted” Zürich"),
    # ftfy reads a closing quote before an accented letter as MacRoman for one Cyrillic letter
    # ("ӎ"), and ftfy.fix_text makes that change; a lone letter from a quote or dash is refused
    ("mojibake-keep-quote-before-accent", [Mojibake()], "He was involved,”é the minister said."),
    ("entities-keep", [HtmlEntities()], "AT&T and R&D & more; x&y"),
    ("tags-keep", [TagDebris()], "if a < b and c > d then <https://x.org> 3<4"),
    ("spaces-keep", [Spaces()], "plain text, nothing odd"),
    ("quote-spacing-keep", [QuoteSpacing()], "a “quoted” word and “another one”."),
    ("quotes-keep", [Quotes(style="keep")], "“curly” and \"straight\""),
    ("one-per-line", [Layout()], "A first paragraph on one line that ends here.\nA second paragraph, also on its own line.\nThird one."),
    ("editorial-brackets", [Markdown()], "“woke when [the area] was attacked,” and [Russian President Vladimir] Putin"),
    ("snake_case", [Markdown()], "the file_name_here and 2*3*4 stay"),
    ("news-mentions-subscribers", [Boilerplate()], "The company said its subscriber numbers rose by 4% in the third quarter, beating analyst forecasts."),
    ("told-afp", [Boilerplate()], "“It is over,” the minister told AFP."),
    ("story-continues-prose", [Boilerplate()], "The story continues below the surface, where divers found the wreck in 2019."),
    ("continue-reading-prose", [Boilerplate()], "Continue reading aloud, the teacher told the class, until the bell rings."),
    ("anzeige-prose", [Boilerplate()], "Anzeige erstattet hat die Polizei am Montag, wie ein Sprecher sagte."),
    ("publicidad-prose", [Boilerplate()], "Publicidad engañosa, dijo el juez, y multó a la empresa con dos millones."),
    ("sign-up-prose", [Boilerplate()], "Sign up for the trial was slow at first, the company said, but numbers rose in May."),
    ("enter-email-prose", [Boilerplate()], "To vote, citizens must enter your email address, the form wrongly said, and then confirm it."),
    ("donation-news", [Boilerplate()], "The charity received record donations in 2022, according to its annual report, which was published on Monday and reviewed by this newspaper."),
    ("said-on-facebook", [Boilerplate()], "“Both should leave,” he said in a comment on Facebook."),
    ("related-in-prose", [Boilerplate()], "Related developments in the region have alarmed diplomats in Brussels and Washington alike."),
    ("share-in-prose", [Boilerplate()], "Share prices fell sharply on Tuesday after the announcement."),
    ("copyright-prose", [Boilerplate()], "The court ruled on the copyright case after a two-year battle over the song."),
    ("nav-word-in-prose", [Boilerplate()], "Home prices rose for the third month in a row, the survey said."),
    ("by-the-time", [Byline()], "By the time the troops arrived, the village was empty."),
    ("date-in-sentence", [DateLine()], "On September 19, 2023 the army launched an attack."),
    ("title-not-sentence", [Layout(), Title()], "It rained all day.\n\nThen it stopped."),
    ("no-repair-after-sentence", [ParagraphRepair()], "A finished sentence.\n\nlowercase start of a styled paragraph."),
    ("headings-kind-only", [Headings()], "What's next\n\nThe body goes on."),
]


@pytest.mark.parametrize(("cleaners", "text", "expected"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_cleaner_changes(cleaners: list, text: str, expected: list[str]) -> None:
    assert run(cleaners, text) == expected


@pytest.mark.parametrize(("cleaners", "text"), [c[1:] for c in KEEPS], ids=[c[0] for c in KEEPS])
def test_cleaner_keeps(cleaners: list, text: str) -> None:
    expected = [p.strip() for p in text.split("\n\n")] if not isinstance(cleaners[0], Layout) else None
    out = run(cleaners, text)
    if expected is None:
        assert out == [line.strip() for line in text.replace("\n\n", "\n").split("\n")]
    else:
        assert out == expected


def test_every_removal_has_cleaner_reason_and_line() -> None:
    doc = Pipeline.default().clean("# T\n\nBy Jane Roe\n\nText [x](#).\n\nDonate now")
    assert {(r.cleaner, r.reason) for r in doc.removed} == {
        ("title", "title"), ("byline", "byline"), ("markdown", "link-placeholder"), ("boilerplate", "donate"),
    }
    assert all(r.line for r in doc.removed)


def test_hyphenation_uses_document_vocabulary() -> None:
    text = ("The anti-terrorist law was passed. Later the government said the anti-\n"
            "terrorist operation and the govern-\nment budget were both long enough to wrap here.\n"
            "Nagorno-\nKarabakh and well-\nknown and pre- and post-war and state-of-the-\nart things.")
    doc = Pipeline([Layout()]).clean(text)
    body = doc.text
    assert "anti-terrorist operation" in body
    assert "government budget" in body
    assert "Nagorno-Karabakh" in body
    assert "well-known" in body
    assert "state-of-the-art" in body


def test_suspended_hyphen_kept() -> None:
    doc = Pipeline([Layout()]).clean("We compared the pre-\nand post-war figures in the long report text.")
    assert doc.paragraphs == ["We compared the pre- and post-war figures in the long report text."]


def test_markdown_link_collects_url_and_relative_resolves() -> None:
    doc = Pipeline([Markdown()]).clean("a [b](https://x.org/1) [c](/rel)", url="https://site.org/a/")
    assert doc.paragraphs == ["a b c"]
    assert doc.links == ["https://x.org/1", "https://site.org/rel"]


def test_trailing_author_before_boilerplate() -> None:
    text = "Body paragraph one.\n\nBody paragraph two.\n\nMaria Lopez\n\nRelated post\n\nSubscribe now"
    doc = Pipeline.default().clean(text)
    assert doc.authors == ["Maria Lopez"]
    assert doc.paragraphs == ["Body paragraph one.", "Body paragraph two."]


def test_trailing_name_without_boilerplate_is_kept() -> None:
    doc = Pipeline.default().clean("Body paragraph one.\n\nBody paragraph two.\n\nFinal Thoughts")
    assert doc.authors == []
    assert doc.paragraphs[-1] == "Final Thoughts"


def test_updated_date_is_not_publication_date() -> None:
    # (session 11: an "Updated" line alone gives the date; the published one wins when both are given)
    doc = Pipeline.default().clean("# T\n\nUpdated: March 2, 2024\n\nPublished: March 1, 2024\n\nText body.")
    assert doc.date == dt.date(2024, 3, 1)
    doc = Pipeline.default().clean("# T\n\nUpdated: March 2, 2024\n\nText body.")
    assert doc.date == dt.date(2024, 3, 2)


def test_date_from_url_fallback() -> None:
    doc = Pipeline.default().clean("Text body.", url="https://example.org/2021/05/04/story")
    assert str(doc.date) == "2021-05-04"


def test_extra_boilerplate_patterns() -> None:
    p = Pipeline.default(extra_patterns=[("house-ad", r"^\W*download our app\b")])
    doc = p.clean("Text body.\n\nDownload our app today!")
    assert doc.paragraphs == ["Text body."]
    assert doc.removed[0].reason == "house-ad"


def test_paragraph_repair_reruns_the_pipelines_own_dedupe() -> None:
    # A join completes a repeated paragraph; the repair re-runs dedupe as the user configured
    # it (min_length=5 removes an 18-character repeat, the default 25 would keep it), so a
    # second cleaning changes nothing.
    text = "A short line here.\n\nOther stuff in between that is a sentence.\n\nA short\n\nline here."
    pipeline = Pipeline([Dedupe(min_length=5), ParagraphRepair()])
    doc = pipeline.clean(text)
    assert doc.paragraphs == ["A short line here.", "Other stuff in between that is a sentence."]
    assert [(r.cleaner, r.reason) for r in doc.removed] == [("dedupe", "duplicate")]
    assert pipeline.clean(doc.text).paragraphs == doc.paragraphs
    # with the default setting the short repeat stays, before and after the join
    default = Pipeline([Dedupe(), ParagraphRepair()]).clean(text)
    assert default.paragraphs == ["A short line here.", "Other stuff in between that is a sentence.", "A short line here."]


def test_paragraph_repair_reruns_a_custom_cleaner_under_the_dedupe_name() -> None:
    calls: list[int] = []

    class CountingDedupe(Dedupe):
        def apply(self, draft: Draft) -> None:
            calls.append(len(draft.blocks))
            super().apply(draft)

    Pipeline([CountingDedupe(), ParagraphRepair()]).clean("One two three\n\nfour five six.")
    assert len(calls) == 2  # once in its place, once after the join


def test_mojibake_that_ftfy_lets_through_is_repaired_in_a_misdecoded_document() -> None:
    # "Ä…" (ą as Windows-1252) reads as a letter and an ellipsis to ftfy's badness test; the
    # rest of the document proves the mis-decoding, and the whole block round-trips
    raw = "BudÅ¼et dzieli rzÄ…d\n\nReakcje za granicÄ…\n\nRzÄ…d przedstawiÅ‚ we wtorek nowy budÅ¼et."
    doc = textclean.clean(raw)
    assert doc.paragraphs[-2:] == ["Reakcje za granicą", "Rząd przedstawił we wtorek nowy budżet."]


def test_round_trip_keeps_correct_text() -> None:
    from textclean.cleaners.characters import round_trip

    for text in ["Größe", "Ça va, São Paulo", "The Kremlin’s war", "ÄÖÜ…", "naïve café"]:
        assert round_trip(text) is None
    # alone (no other block proves a mis-decoding) ftfy's verdict stands
    assert textclean.clean("Reakcje za granicÄ…").paragraphs == ["Reakcje za granicÄ…"]


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        ("Par Marie Dupont, publié le 3 mars 2024 à 10h00", "2024-03-03"),
        ("Von Max Mustermann | 03.03.2024, 10:00 Uhr", "2024-03-03"),
        ("By Jane Doe - March 3, 2024", "2024-03-03"),
    ],
)
def test_date_in_a_byline_is_the_publication_date(byline: str, date: str) -> None:
    doc = textclean.clean(f"A Headline Here\n\n{byline}\n\nThe body of the story follows here, officials said.")
    assert doc.authors and str(doc.date)[:10] == date
    assert doc.paragraphs == ["The body of the story follows here, officials said."]


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe | Updated March 5, 2024", "Von Max Mustermann · Aktualisiert am 05.03.2024"],
)
def test_updated_date_in_a_byline_is_not_the_publication_date(byline: str) -> None:
    # (session 11: alone, the change's date is the document's; a published date line wins)
    doc = textclean.clean(f"A Headline Here\n\n{byline}\n\nThe body of the story follows here, officials said.")
    assert doc.authors and doc.date == dt.date(2024, 3, 5)
    doc = textclean.clean(f"A Headline Here\n\n{byline}\n\n04.03.2024\n\nThe body of the story follows here, officials said.")
    assert doc.authors and doc.date == dt.date(2024, 3, 4)


def test_mojibake_in_some_lines_of_a_chunk_is_repaired_line_by_line() -> None:
    # one paragraph per line, only one line mis-decoded: ftfy will not repair the chunk whole,
    # and its NBSPs must not turn into spaces before the line is repaired
    raw = ("The foreign ministry called on the international community to take action.\n"
           "TalksÂ\xa0between theÂ\xa0twoÂ\xa0countriesÂ\xa0broke down without an agreement.\n"
           "Prices for basic goods have risen by almost ten percent this year, officials said.")
    doc = textclean.clean(raw)
    assert "Talks between the two countries broke down without an agreement." in doc.text


def test_line_repair_that_makes_a_lone_foreign_letter_is_refused() -> None:
    # "ß€" is valid UTF-8 read as Windows-1252 ("߀", an NKo digit), but here it is what was typed
    raw = ("Die Zentralbank ließ€ die Zinsen unverändert.\n"
           "TalksÂ\xa0between theÂ\xa0two countries broke down without an agreement.")
    doc = textclean.clean(raw)
    assert "ließ€" in doc.text and "߀" not in doc.text


def test_bare_fraction_line_is_not_a_page_number() -> None:
    doc = textclean.clean("Mix the flour and the butter.\n\n3/4\n\nAdd the sugar and stir until smooth.")
    assert "3/4" in doc.paragraphs
    # "0/0" is no page count either (page numbers start at 1); cleaning twice gives the same
    once = textclean.clean("0/0\r\ufffd", html=False)
    assert textclean.clean(once.text, html=False).paragraphs == once.paragraphs
