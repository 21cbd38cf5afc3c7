"""Text the seed corpus and the benchmarks do not have: other scripts (Chinese, Japanese, Korean,
Russian, Greek, Arabic), code blocks, and layouts whose line breaks are meant (a stanza, an
address, an ingredient list, an interview, numbered clauses); round 2: a PDF copy of a paper,
subtitle files (SRT, WebVTT, roll-up captions), an e-mail newsletter, a press release, short
wrapped notes and a list of names that start with a month.  Each document under
``tests/fixtures/unseen/`` is cleaned and its blocks compared with what a reader expects; for
each rule, something it must change and something it must keep."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import textclean
from textclean.cleaners.layout import (
    fenced_code,
    indented_code,
    is_fence,
    line_broken,
    looks_like_code,
)
from textclean.document import CODE, Block, Document, code_fence
from textclean.pipeline import Draft, split_chunks

from .test_guarantees import _guarantees, _idempotent

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
P, H, L, C = "paragraph", "heading", "list-item", "code"

EXPECTED: dict[str, list[tuple[str, str]]] = {
    "zh_news.txt": [
        (P, "国家统计局周三公布的数据显示，今年前三个季度全国居民人均可支配收入同比增长百分之六点三，"
            "扣除价格因素后实际增长百分之五点九。消费支出也保持了稳定增长。"),
        (P, "分析人士认为，就业形势总体稳定是收入增长的主要原因。不过，他们也提醒，部分行业的工资增长仍然"
            "偏慢，需要进一步的政策支持。"),
        (P, '统计局发言人表示："我们将继续密切关注经济运行中的新情况、新问题。"'),
    ],
    "ja_news.txt": [
        (P, "東京都は十日、新しい防災計画を発表した。計画では、大地震が起きた場合に備えて、避難所の数を"
            "二割増やすとしている。小池知事は「都民の命を守るために全力を尽くす」と述べた。"),
        (P, "計画は来年四月から実施される。"),
    ],
    "ko_news.txt": [
        (P, "정부는 올해 경제 성장률이 예상보다 높을 것이라고 밝혔다. 기획재정부는 수출이 회복되고 있으며 "
            "내수도 점차 살아나고 있다고 설명했다."),
    ],
    "el_news.txt": [
        (P, "Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο σχέδιο στήριξης των αγροτών στις αγροτικές περιοχές, "
            "μετά από μια ξηρή περίοδο που επηρέασε τις καλλιέργειες."),
        (P, "Ο υπουργός Γεωργίας δήλωσε ότι το σχέδιο θα περιλαμβάνει δάνεια και άμεση βοήθεια."),
    ],
    "ar_news.txt": [
        (P, "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، وذلك بعد موسم جاف أثر على "
            "المحاصيل في معظم أنحاء البلاد."),
        (P, "وقال وزير الزراعة إن الخطة ستشمل قروضا ميسرة ومساعدات مباشرة. هل ستكون كافية؟"),
    ],
    "hi_news.txt": [
        (P, "सरकार ने आज किसानों की मदद के लिए एक नई योजना की घोषणा की। यह योजना उन क्षेत्रों में लागू होगी जहां इस "
            "साल बारिश कम हुई है।"),
        (P, "कृषि मंत्री ने कहा कि योजना में सस्ते ऋण और सीधी सहायता शामिल होगी।"),
    ],
    "tr_news.txt": [
        (P, "İstanbul Büyükşehir Belediyesi, kentin doğusunu batısına bağlayan yeni metro hattının bugün "
            "hizmete girdiğini açıkladı. İlk gün binlerce yolcu hattı kullandı."),
    ],
    "ru_news.txt": [
        (P, "Строительство нового моста через Неву завершится к концу следующего года, сообщили в комитете "
            "по транспорту. Работы идут по графику, добавили там."),
        (P, "По словам чиновников, мост свяжет два крупных района на севере города, где сейчас живут более "
            "полумиллиона человек."),
    ],
    "code_readme.md": [
        (P, "Install it with pip, then run it on a folder:"),
        (C, "pip install mytool\nmytool clean  --output out/  scraped/"),
        (P, "The configuration is a small Python file:"),
        (C, 'def configure(options):\n    # keep the **raw** text, and the _private_ fields\n'
            '    options["quotes"] = "keep"\n\n    return options'),
        (C, "Subscribe to our newsletter"),
        (P, "That is all you need to know."),
    ],
    "indented_code.md": [
        (P, "To install, run the following commands:"),
        (C, "$ pip install mytool\n$ mytool --help"),
        (P, "Then configure it:"),
        (C, 'config = {\n    "name": "demo",\n}\n\nrun(config)'),
        (P, "That is all."),
        (P, "This is an indented quotation from the report, which goes on for a second line."),
    ],
    "email_thread.txt": [
        (P, "Hi Sam,"),
        (P, "Yes, Thursday works for me. I'll bring the draft budget so we can go through it line by line."),
        (P, "Best,"), (P, "Priya"),
        (P, "On Mon, 4 Mar 2024 at 10:12, Sam Ortiz <sam@example.org> wrote:"),
        ("quote", "Hi Priya,"),
        ("quote", "Could we meet on Thursday afternoon to go over the budget before it goes to the board?"),
        ("quote", "Thanks,"), ("quote", "Sam"),
        # the "-- " signature at the end is removed (reason "signature", docs/cleaners.md)
    ],
    "poem.txt": [
        (H, "The Orchard in Winter"),
        (P, "The branches hold no apples now,"), (P, "Just frost along the bark;"),
        (P, "The ladder leans against the bough"), (P, "And waits out the dark."),
        (P, "And still the roots, beneath the snow,"), (P, "Remember what they knew:"),
        (P, "That every spring will come, and so"), (P, "The blossom will come through."),
    ],
    "letter_address.txt": [
        (P, "Dear Ms. Alvarez,"),
        (P, "Thank you for your letter of 3 May. We have forwarded your request to the records office, "
            "who will reply within ten working days."),
        (P, "Yours sincerely,"),
        (P, "Thomas Becker"), (P, "Records Department"), (P, "Stadtverwaltung Kiel"), (P, "Fleethörn 9"),
        (P, "24103 Kiel"), (P, "Germany"),
    ],
    "recipe.txt": [
        (H, "Lemon Drizzle Cake"),
        (P, "Ingredients"), (P, "225g unsalted butter"), (P, "225g caster sugar"), (P, "4 eggs"),
        (P, "225g self-raising flour"), (P, "1 lemon, zested"),
        (H, "Method"),
        (L, "1. Heat the oven to 180C."),
        (L, "2. Beat the butter and sugar until pale and creamy, then add the eggs one at a time."),
        (L, "3. Fold in the flour and lemon zest, pour into the tin and bake for 45 minutes."),
    ],
    "interview.txt": [
        (H, "Interview with the mayor"),
        (P, "Q: Why did the council close the library?"),
        (P, "A: We did not close it. We moved it to the new community centre, which has longer opening hours."),
        (P, "Q: Some residents say they were not consulted."),
        (P, "A: There were three public meetings last spring."),
        (P, "INTERVIEWER: Will the old building be sold?"),
        (P, "MAYOR: No decision has been made yet."),
    ],
    "legal_clauses.txt": [
        (H, "§ 3 Obligations of the Tenant"),
        (P, "(1) The tenant shall pay the rent in advance, no later than the third working day of each month."),
        (P, "(2) The tenant shall keep the premises in good condition and shall report any damage to the "
            "landlord without delay."),
        (L, "1. Definitions"),
        (P, '1.1 "Agreement" means this agreement and its schedules.'),
        (P, '1.2 "Premises" means the flat described in Schedule 1.'),
        (P, "(a) the tenant may not sublet the premises;"),
        (P, "(b) the tenant may keep one small pet with the landlord's consent."),
    ],
    # round 2: a PDF copy of a paper, subtitles, a newsletter, a press release, short texts
    "paper_pages.txt": [
        (H, "Seasonal Recharge of Shallow Aquifers in Semi-Arid Catchments"),
        (P, "Abstract. We measure the recharge of shallow aquifers in three semi-arid catchments over four years "
            "and show that most of it occurs in fewer than ten days a year, during the first heavy storms of the "
            "wet season."),
        (H, "1 Introduction"),
        (P, "Shallow aquifers supply drinking water to many rural communities in semi-arid regions, yet their "
            "recharge is poorly constrained [1]. Past studies relied on annual water balances, which hide the "
            "short and intense events that dominate recharge in dry climates. A well that rises by half a metre "
            "in a single night tells more about the aquifer than a year of averaged rainfall, and such rises are "
            "easily missed by monthly sampling. In this paper we report weekly and event-based measurements from "
            "three catchments and compare them with the estimates of a simple bucket model that is widely used by "
            "water agencies in the region, whose staff rely on it to set abstraction limits for the coming year [2]."),
        (H, "2 Methods"),
        (P, "The three catchments lie between 400 and 900 m above sea level and receive between 250 and 420 mm of "
            "rain a year. Each has a network of observation wells that were sampled weekly, and a rain gauge that "
            "logs every five minutes. The wells were drilled by the water agency in 2015 and have screens in the "
            "weathered zone of the granite, which is between ten and thirty metres thick. We estimated recharge "
            "with the water-table fluctuation method, which multiplies the rise of the water table after an event "
            "by the specific yield of the aquifer, and we took the specific yield from pumping tests made at each "
            "site before the study began, so that the estimates do not depend on the model they are compared with."),
        (H, "References"),
        (P, '[1] A. Smith and B. Jones, "Recharge in dry lands," Water Resources Research, vol. 40, no. 2, '
            'pp. 1–12, 2004.'),
        (P, '[2] C. Wang, "Episodic recharge," Journal of Hydrology, vol. 310, pp. 45–60, 2005.'),
    ],
    "subtitles.srt": [
        (P, "Good evening, and welcome to the programme. Tonight we visit a farm that grows rice without flooding "
            "its fields."),
        (P, "The farmer, Ana Costa, started ten years ago."),
        (P, "Did the neighbours laugh?"), (P, "At first, yes."),
        (P, "REPORTER: And now they copy her."),
    ],
    "captions.vtt": [
        (P, "Moderator: Thank you all for coming tonight. Our first speaker runs the food bank on Mill Street."),
        (P, "Jo Reyes: Thanks. We now feed four hundred families a week, twice as many as last year."),
    ],
    "rollup_captions.vtt": [
        (P, "so first we dig the bed and then we add the compost before the rain comes"),
    ],
    "newsletter.txt": [
        (H, "The Weekly Garden"),
        (P, "Hello gardeners,"),
        (P, "The first frost arrived in the north this week, so it is time to bring the tender plants indoors and "
            "to mulch the beds before the ground freezes."),
        (P, "Our reader survey closes on Friday. Thank you to the three hundred of you who have already answered it."),
    ],
    "press_release.txt": [
        # (the headline over the wire dateline is the title: tests/test_session10_text.py)
        (P, "GDANSK, March 4, 2025 -- Northwind Energy today opened its first offshore wind farm, a 450-megawatt "
            "project that will supply power to about 400,000 homes."),
        (P, '"This is a milestone for our company and for the region," said chief executive Ewa Kowalska. '
            "Construction took three years and employed 1,200 people."),
        # (the company's own paragraph is kept: it is text of the release, and "About ..." also
        # heads article sections)
        (H, "About Northwind Energy"),
        (P, "Northwind Energy is a renewable energy developer based in Oslo. It operates wind and solar farms in "
            "six countries."),
    ],
    "short_note.txt": [
        (P, "Please note that the library will be closed on Monday and Tuesday for repairs to the roof. "
            "We apologise for the inconvenience."),
    ],
    "walk_list.txt": [
        (P, "What to bring on the walk:"),
        (P, "Bring a packed lunch and a water bottle"), (P, "Wear sturdy shoes and a warm jacket"),
        (P, "Children must be accompanied by an adult"),
    ],
    "headline_note.txt": [
        (H, "Council votes to close the library on weekends"),
        (P, "Residents say the decision was taken without them and they will appeal."),
    ],
    "winners_list.txt": [
        (P, "Lista laureatów konkursu:"),
        (L, "1. Maja Nowak"), (L, "2. Jan Kowalski"), (L, "3. Anna Wiśniewska"),
        (P, "Wyniki ogłoszono 3 maja 2024 r."),
    ],
}


def _read(name: str) -> str:
    return (UNSEEN / name).read_text(encoding="utf-8")


def test_every_fixture_has_expected_blocks() -> None:
    assert sorted(p.name for p in UNSEEN.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_blocks(name: str) -> None:
    doc = textclean.clean(_read(name))
    assert [(b.kind, b.text) for b in doc.blocks] == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_guarantees(name: str) -> None:
    text = _read(name)
    _guarantees(text)


def test_turkish_title_in_capitals_matches_its_copy() -> None:
    """``İ`` and ``ı`` fold as ``i`` in comparison keys: the headline in capitals is the title and
    its sentence-case copy a duplicate of it; different words stay different."""
    from textclean.textutil import norm_key

    doc = textclean.clean(_read("tr_news.txt"))
    assert doc.title == "İSTANBUL'DA YENİ METRO HATTI AÇILDI"
    assert [r.reason for r in doc.removed] == ["title", "duplicate-title"]
    assert norm_key("YENİ METRO HATTI") == norm_key("Yeni metro hattı")
    assert norm_key("Yeni metro hattı") != norm_key("Yeni metro yolu")


def test_russian_fixture_metadata() -> None:
    doc = textclean.clean(_read("ru_news.txt"))
    assert doc.title == "В Петербурге откроют новый мост через Неву"
    assert doc.authors == ["Ольга Кузнецова"]
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (2023, 10, 4)
    assert {r.reason for r in doc.removed} >= {"share", "photo-credit", "related-link", "subscription", "copyright"}


# -- Chinese, Japanese, Thai: no space at a line break; Korean: a space ----------------------------

@pytest.mark.parametrize(("text", "joined"), [
    ("日本の経済は今年、緩やかな回復を続けている。政府は\n来年度の予算案を閣議決定し、国会に提出する予定だ。",
     "日本の経済は今年、緩やかな回復を続けている。政府は来年度の予算案を閣議決定し、国会に提出する予定だ。"),
    ("国家统计局周三公布的数据显示，今年前三个季度全国居民人均可支配收入同比增长百分之六点三，\n"
     "扣除价格因素后实际增长百分之五点九。",
     "国家统计局周三公布的数据显示，今年前三个季度全国居民人均可支配收入同比增长百分之六点三，扣除价格因素后实际增长百分之五点九。"),
])
def test_cjk_lines_join_without_a_space(text: str, joined: str) -> None:
    assert textclean.clean(text).paragraphs == [joined]


@pytest.mark.parametrize(("text", "paragraphs"), [
    # Korean is written with spaces between words
    ("정부는 올해 경제 성장률이 예상보다 높을 것이라고 밝혔다. 기획재정부는\n수출이 회복되고 있다고 설명했다.",
     ["정부는 올해 경제 성장률이 예상보다 높을 것이라고 밝혔다. 기획재정부는 수출이 회복되고 있다고 설명했다."]),
    # a Chinese text with one sentence a line stays one paragraph a line
    ("今天天气很好。\n我们去公园散步了。\n孩子们在草地上玩耍，非常开心。\n晚上我们一起吃了饭。",
     ["今天天气很好。", "我们去公园散步了。", "孩子们在草地上玩耍，非常开心。", "晚上我们一起吃了饭。"]),
    # a short title line over a paragraph is not joined to it
    ("政府工作报告\n国家统计局周三公布的数据显示，今年前三个季度全国居民人均可支配收入同比增长。",
     ["政府工作报告", "国家统计局周三公布的数据显示，今年前三个季度全国居民人均可支配收入同比增长。"]),
])
def test_cjk_keeps(text: str, paragraphs: list[str]) -> None:
    assert textclean.clean(text).paragraphs == paragraphs


def test_cjk_closing_bracket_ends_a_sentence() -> None:
    from textclean.textutil import ends_sentence

    assert ends_sentence("小池知事は「全力を尽くす。」")
    assert ends_sentence("هل ستكون كافية؟") and ends_sentence("योजना शामिल होगी।")
    assert not ends_sentence("小池知事は「全力を")


# -- code blocks ----------------------------------------------------------------------------------

CODE_DOC = (
    "Here is code:\n\n```python\ndef f(x):\n    # a *comment*, “curly”\n\n\treturn x  *  2   \n```\n\n"
    "And **bold** after it.\n"
)


def test_fenced_code_is_one_verbatim_block() -> None:
    doc = textclean.clean(CODE_DOC)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (P, "Here is code:"),
        (C, "def f(x):\n    # a *comment*, “curly”\n\n\treturn x  *  2"),
        (P, "And bold after it."),
    ]
    assert doc.blocks[1].line == 4
    assert [(r.reason, r.text, r.line) for r in doc.removed] == [("markup", "```python", 3), ("markup", "```", 8)]


def test_code_block_in_text_and_dict() -> None:
    doc = textclean.clean(CODE_DOC)
    assert "```\ndef f(x):\n" in doc.text
    assert doc.to_dict()["paragraphs"][1].startswith("def f(x):\n    # a")
    again = textclean.clean(doc.text)
    assert [(b.kind, b.text) for b in again.blocks] == [(b.kind, b.text) for b in doc.blocks]


def test_code_fence_is_longer_than_any_fence_inside() -> None:
    code = "```\ninner\n```"
    assert code_fence(code).startswith("````\n")
    doc = Document(blocks=[Block(code, CODE)])
    assert textclean.clean(doc.text).paragraphs == [code]


def test_tilde_fence_and_indented_fence() -> None:
    doc = textclean.clean("Intro line.\n\n  ~~~\n  a = 1\n    b = 2\n  ~~~\n\nEnd.")
    assert [(b.kind, b.text) for b in doc.blocks] == [(P, "Intro line."), (C, "a = 1\n  b = 2"), (P, "End.")]


def test_boilerplate_inside_code_is_kept() -> None:
    doc = textclean.clean("Run this:\n\n```\nShare on Facebook\n```\n\nThen stop.")
    assert (C, "Share on Facebook") in [(b.kind, b.text) for b in doc.blocks]


@pytest.mark.parametrize("text", [
    # an unclosed fence opens no code block: the text around it stays prose
    "Some text before it.\n\n```js\nconsole.log(1)\n\nMore prose, which goes on.",
    # inline code, a fence in mid-line
    "Use `pip install x` and then ``` this ``` too.",
])
def test_no_code_block_without_a_closed_fence(text: str) -> None:
    doc = textclean.clean(text)
    assert all(b.kind != C for b in doc.blocks)
    _idempotent(text)


def test_unclosed_fence_marker_is_recorded() -> None:
    doc = textclean.clean("Text here.\n\n```js\nconsole.log(1)\n\nMore prose.")
    assert ("markup", "```") in [(r.reason, r.text) for r in doc.removed]
    assert not any(p.startswith("```") for p in doc.paragraphs)


def test_fenced_code_function() -> None:
    d = Draft(blocks=split_chunks("a\n```\nx\n\n\ny\n```\nb"))
    assert [(b.kind, b.text, b.line) for b in fenced_code(d.blocks, d)] == [
        ("raw", "a", 1), ("code", "x\n\n\ny", 3), ("raw", "b", 8)]
    assert is_fence("```") and is_fence("~~~~ text") and not is_fence("``` a ` b")


@pytest.mark.parametrize("text", [
    # indented prose: a quotation, a PDF copy's indented paragraph, indented clauses
    "Intro.\n\n    The committee met on Tuesday and\n    it will meet again in May.\n\nEnd.",
    "Intro.\n\n    (a) the tenant may not sublet the premises;\n    (b) the tenant may keep a cat;\n\nEnd.",
    # an indented line under a list item continues the item
    "Steps:\n\n- install it with pip\n\n    pip install x(1)\n\nEnd.",
])
def test_indented_prose_is_not_code(text: str) -> None:
    assert all(b.kind != C for b in textclean.clean(text).blocks)


def test_looks_like_code() -> None:
    assert looks_like_code(["    for (i = 0; i < n; i++) {", "        sum += i;", "    }"])
    assert not looks_like_code(["    Roses are red,", "    violets are blue."])


FENCE_LINES = ["Q: Why did it close?", "A: Because it did.", "(a) the tenant may not;", "1.2 The term means it.",
               "Thomas Becker", "24103 Kiel", "Roses are red,", "Violets are blue.", "> Thanks,", "> Sam",
               "> and then it went on", "정부는 올해 경제 성장률이", "MAYOR: No decision yet.", "    x = f(1)", "\ty = g(x);", "    The end of it.", "- item one", "    continued item",
               "        deeper = 2", "    ```", "```", "~~~", "````", "```py", "~~~ js", "- ```", "> ```", "# ```", "  ```", "\t```",
               "    code = 1", "\tif x:", "text here and there", "Subscribe to our newsletter", "", "",
               "the end of a line that goes on-", "and then more.", "**```**", "* ~~~", "1. ```x",
               "[a](#)", "“quoted”", "政府は", "来年度の予算", "```` ```", "x ```", " ~~~~", "&amp; <b>b</b>"]


def test_many_unclosed_fences_take_linear_time() -> None:
    """Whether a fence is closed is told without reading every later fence: 20,000 fences that
    nothing closes, or that close each other, are cut in one pass (a quadratic search would take
    minutes; the speed itself is measured in the slow adversarial test, not here)."""
    doc = textclean.clean("```py\n" * 20_000)
    assert doc.paragraphs and all(b.kind != C for b in doc.blocks)
    doc = textclean.clean("```\nx\n" * 20_000)
    # 10,000 code blocks "x", each followed by the line "x" outside the fences (``dedupe``
    # keeps repeated code blocks)
    assert [b.kind for b in doc.blocks] == [C, "paragraph"] * 10_000


def test_fences_keep_the_guarantees() -> None:
    """Random mixes of fences, stray fence markers, markup, prose, address and verse lines,
    speaker turns and clauses: idempotent, nothing invented, everything accounted for."""
    rnd = random.Random(5)
    for _ in range(300):
        text = "\n".join(rnd.choice(FENCE_LINES) for _ in range(rnd.randint(1, 14)))
        _guarantees(text)


# -- line breaks that are meant ----------------------------------------------------------------------

def test_line_broken_keeps() -> None:
    # wrapped prose (a narrow column, one of four lines starting in lowercase) is still joined
    prose = "A column of newspaper text\nis wrapped at a narrow width\nand the lines are nearly full\nof words, as usual."
    assert textclean.clean(prose).paragraphs == [prose.replace("\n", " ")]
    # lines longer than a verse's are read as before
    assert not line_broken(["x" * 45, "Y" * 45, "Z" * 45, "W" * 45])
    # three lines are not enough evidence
    assert not line_broken(["Home", "News", "Sport"])


def test_speaker_turns_and_clauses_keep() -> None:
    # a label in mid-sentence is no new turn; a clause number in mid-sentence is no new clause
    text = ("The committee heard from the head of the agency, who said that the rule in section\n"
            "A: of the act did not apply, and that clause\n(b) did not apply either to the new contracts.")
    assert len(textclean.clean(text).paragraphs) == 1


def test_quoted_lines_join_like_other_lines() -> None:
    text = ("> The board asked whether the budget for the new library would be ready before the\n"
            "> summer, and the treasurer said it would.\n> Regards,\n> Ann")
    assert textclean.clean(text).paragraphs == [
        "The board asked whether the budget for the new library would be ready before the summer, "
        "and the treasurer said it would.", "Regards,", "Ann"]


def test_heading_runs() -> None:
    doc = textclean.clean("A Short Title\n\nA Subheading Here\n\nThe body of the text, which is a sentence.\n\n"
                          "More body text that ends.")
    assert [b.kind for b in doc.blocks[:2]] == [H, H]
    doc = textclean.clean("The first line of a stanza,\n\nThe Second Line Here\n\nAnd the end of it.")
    assert doc.blocks[1].kind == P


def test_code_gates_are_necessary_conditions() -> None:
    """``Layout.apply`` runs ``fenced_code`` only on text with a run of three backticks or
    tildes, and ``indented_code`` only when a chunk starts with four spaces or a tab: without
    them, both return the blocks as they are (nothing recorded)."""
    rnd = random.Random(3)
    pieces = ["x = f(1)", "``", "~~", "` `", "``x`", "    ", "\t", "text", "", "\n", " ``", "~ ~"]
    for _ in range(500):
        text = "\n".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        d = Draft(blocks=split_chunks(text))
        before = [(b.kind, b.text, b.line) for b in d.blocks]
        if "```" not in text and "~~~" not in text:
            assert [(b.kind, b.text, b.line) for b in fenced_code(d.blocks, d)] == before and not d.removed
        if not any(b.text.startswith(("    ", "\t")) for b in d.blocks):
            assert [(b.kind, b.text, b.line) for b in indented_code(d.blocks, d)] == before
