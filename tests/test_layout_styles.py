"""Layout faults on real text (``benchmarks/styles.py``): each rule the benchmark's misses led
to, with what it must join or change and what it must keep apart, on small hand-written inputs.
"""

from __future__ import annotations

import textwrap

import textclean
from textclean.cleaners.layout import paragraph_indents

_STRAIGHT = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"', "‘": "'", "’": "'"})


def _straight(paras: list[str]) -> list[str]:
    """Quotes straightened (as the default pipeline does; it keeps guillemets)."""
    return [p.translate(_STRAIGHT) for p in paras]


# hand-written paragraphs (no benchmark text)
PARAS = [
    "The council met on Tuesday evening to discuss the new budget for the coming year, which "
    "has been delayed twice because of disagreements over the cost of repairing the old bridge.",
    "Several members said the repairs could not wait any longer. The engineers who inspected the "
    "bridge in the spring found cracks in two of its supporting pillars and rust on the railings.",
    "A decision is expected next month. Until then the bridge stays open to pedestrians and "
    "cyclists, but lorries heavier than seven tonnes must take the longer road through the valley.",
    "The mayor thanked the residents who came to the meeting and promised a public consultation.",
]


def _wrap(paras: list[str], width: int, indent: str = "") -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(p, width, initial_indent=indent, break_on_hyphens=False)) for p in paras)


def test_indented_first_lines_start_paragraphs_without_blank_lines() -> None:
    # every paragraph's first line indented, no blank line: a full line that ends a sentence
    # followed by an indented line is a paragraph end (the last paragraph is one line)
    doc = textclean.clean(_wrap(PARAS, 72, indent="    "))
    assert doc.paragraphs == PARAS


def test_indented_one_line_paragraphs_stay_apart() -> None:
    text = _wrap([PARAS[0], "The vote was close and the result was announced late that night.",
                  "Nobody expected the motion to pass before the summer break began.", PARAS[1]], 70, "    ")
    doc = textclean.clean(text)
    assert len(doc.paragraphs) == 4


def test_paragraph_indents_needs_a_minority_of_uniformly_indented_lines() -> None:
    lines = _wrap(PARAS, 60, indent="   ").split("\n")
    assert paragraph_indents(lines)
    # a chunk indented as a whole, or a list with hanging lines, has no paragraph indents
    assert not paragraph_indents(["    " + line for line in lines])
    assert not paragraph_indents(["1. The first item of the list", "   goes on here", "   and here",
                                  "2. The second item", "   goes on too"])


MUSEUM = [
    "The museum will reopen in March after two years of work on its",
    "roof and its galleries, the director said on Friday at a short",
    "press conference held in the hall of the old building.",
    "Most of the collection has been rearranged by period rather",
    "than by the name of the donor, and the cafe has moved from the",
    "basement to the top floor, where the windows look over the river",
    "and the old harbour.",
    "Tickets go on sale next week, and members of the friends of the",
    "museum may book a private visit before the doors open to all.",
]


def test_a_sentence_end_with_room_for_the_next_word_ends_the_paragraph() -> None:
    # no blank lines, no indents (wrapped at 64): the third line ends a sentence and is long
    # (54 columns), but "Most" would have fitted on it, so no wrap put it on the next line
    doc = textclean.clean("\n".join(MUSEUM))
    assert doc.extra["wrap_width"] == 64
    assert doc.paragraphs == [
        " ".join(MUSEUM[0:3]), " ".join(MUSEUM[3:7]), " ".join(MUSEUM[7:9])]


def test_a_sentence_end_where_the_next_word_did_not_fit_stays_joined() -> None:
    # the same sentence end on a full line: "Most" would not have fitted after it, a wrap
    lines = list(MUSEUM)
    lines[2] = "press conference held in the hall of the old building on Monday."
    doc = textclean.clean("\n".join(lines))
    assert doc.paragraphs[0] == " ".join(lines[0:7])
    # and a line that stops mid-sentence over a lowercase word goes on
    lines[2], lines[3] = "press conference in the hall. It said", "most of the collection has been rearranged by period rather"
    assert textclean.clean("\n".join(lines)).paragraphs[0].startswith(" ".join(lines[0:4]))


def test_german_and_danish_closing_quotes_end_a_sentence_in_per_line_text() -> None:
    # one paragraph per line; „…“ (German) and »…« (Danish) close with “ and «
    de = [
        "Die Sprecherin der Stadtwerke sagte am Abend: „Wir wissen noch nicht, wann der Strom zurückkommt.“",
        "Am Dienstag waren in mehreren Stadtteilen die Ampeln ausgefallen, wie die Polizei mitteilte.",
        "Ein Anwohner erzählte, er habe zwei Stunden im Aufzug gesessen. „Das war kein Vergnügen.“",
    ]
    assert textclean.clean("\n".join(de)).paragraphs == _straight(de)
    da = [
        "Borgmesteren sagde til avisen i går aftes: »Vi har ikke flere penge til den nye bro.«",
        "Byrådet mødes igen i næste uge for at drøfte budgettet og de mange klager fra borgerne.",
    ]
    assert _straight(textclean.clean("\n".join(da)).paragraphs) == _straight(da)


def test_a_closing_quote_without_a_stop_does_not_end_the_sentence() -> None:
    # a title in „…“ at the end of a wrapped line goes on in lowercase: one paragraph
    lines = ["Der Verlag hat im vergangenen Jahr den Roman „Die lange Nacht“",
             "herausgebracht, der sich seitdem mehr als hunderttausend Mal verkauft hat."]
    assert textclean.clean("\n".join(lines)).paragraphs == _straight([" ".join(lines)])


# hand-written Japanese and Korean (no benchmark text)
JA = [["市の教育委員会は十五日、市内の小学校二十校で来年四月", "から給食の献立を見直すと発表した。地元の農家と協力し、",
       "野菜の使用量を三割ほど増やす計画で、費用は年間およそ", "1200万円になる見込みだという。"],
      ["保護者からは歓迎の声が上がる一方、調理の負担が増える", "との懸念も出ている。"]]


def test_japanese_wrapped_lines_rejoin_without_spaces_also_before_a_number() -> None:
    # 26 characters a line = 52 screen columns; a line ends before a number ("およそ" / "1200")
    paras = ["".join(lines) for lines in JA]
    for sep in ([""], []):  # a blank line between the paragraphs, or none
        text = "\n".join(JA[0] + sep + JA[1])
        assert textclean.clean(text).paragraphs == paras


def test_korean_wrapped_lines_keep_their_spaces_and_stay_one_paragraph() -> None:
    # Korean is written with spaces and wraps at them; lines ending in "." are measured in
    # columns like the others (a line of 20 syllables is 40 columns wide, not 20)
    para = ("시는 내년부터 모든 초등학교에서 지역 농산물로 만든 급식을 제공하기로 했다. 이를 위해 "
            "농협과 협약을 맺고 채소 공급량을 늘릴 계획이다. 학부모들은 대체로 환영하는 분위기지만 "
            "조리 인력이 부족하다는 지적도 나온다. 시 관계자는 인력 충원 방안을 함께 검토하겠다고 말했다.")
    lines = textwrap.wrap(para, 26)
    assert any(line.endswith(".") for line in lines[:-1])
    text = "\n".join([*lines, "", "다른 문단은 여기에서 시작한다.", "", "세 번째 문단도 짧게 끝난다."])
    assert textclean.clean(text).paragraphs == [para, "다른 문단은 여기에서 시작한다.", "세 번째 문단도 짧게 끝난다."]


def test_thai_keeps_the_space_before_a_number_at_a_line_break() -> None:
    # the no-space join next to a number is for Chinese and Japanese; Thai puts a space there
    lines = ["ราคาน้ำมันดีเซลในสัปดาห์นี้ปรับขึ้นอีกครั้งเป็นลิตรละประมาณ", "32 บาท ตามประกาศของกระทรวงพลังงาน"]
    out = textclean.clean("\n".join(lines)).paragraphs
    assert "ประมาณ32" not in " ".join(out)


def test_a_wrapped_line_that_starts_with_a_dash_goes_on_and_keeps_it() -> None:
    # wrapped German prose broke before a dash: the line is not a list item
    lines = [
        "Die Frage, was die neue Software im Unterricht leisten kann",
        "– abgesehen davon, dass sie Hausaufgaben schreibt –, beschäftigt",
        "derzeit viele Lehrerinnen und Lehrer an den Schulen der Stadt, die",
        "im vergangenen Herbst die ersten Geräte für ihre Klassen bekommen",
        "haben und nun wissen wollen, wie sie damit arbeiten sollen.",
        "",
        "Eine Antwort darauf gibt es bisher nicht, sagt die Direktorin, und",
        "die Fortbildungen des Landes beginnen erst im kommenden Frühjahr.",
    ]
    doc = textclean.clean("\n".join(lines))
    assert doc.extra["wrap_width"]
    assert doc.paragraphs[0] == " ".join(lines[:5])


def test_a_dash_list_after_a_colon_or_in_uppercase_stays_a_list() -> None:
    lines = [
        "Für den Ausflug brauchen die Kinder in diesem Jahr die folgenden Dinge:",
        "– eine Regenjacke und feste Schuhe für den Weg durch den Wald",
        "– ein Taschengeld von höchstens zehn Euro für den Besuch im Museum",
        "",
        "Die Eltern werden gebeten, die Kinder pünktlich um acht Uhr zu bringen.",
    ]
    doc = textclean.clean("\n".join(lines))
    assert [b.kind for b in doc.blocks][:3] == ["paragraph", "list-item", "list-item"]


# -- quotation dashes (Nordic papers open a quoted paragraph with an en dash) -----------------

QUOTED = [
    # a quoted paragraph of its own, between blank lines
    ("Ministeren kom til møtet i går.\n\n– Vi var tydelige på at vi ikke skulle gå, sier hun.\n\nMøtet varte i to timer.",
     ["Ministeren kom til møtet i går.", "– Vi var tydelige på at vi ikke skulle gå, sier hun.", "Møtet varte i to timer."]),
    # wrapped over two lines
    ("Han svarte kort.\n\n– Det var en fin dag for oss alle, og vi\nskal gjøre det igjen, säger han.\n\nSå dro han.",
     ["Han svarte kort.", "– Det var en fin dag for oss alle, og vi skal gjøre det igjen, säger han.", "Så dro han."]),
    # one paragraph per line (no blank lines)
    ("Statsministeren kom hjem i går etter en lang tur.\n– Det var en fin dag for oss alle, sier han.\nSå dro han videre til byen.",
     ["Statsministeren kom hjem i går etter en lang tur.", "– Det var en fin dag for oss alle, sier han.",
      "Så dro han videre til byen."]),
]


def test_a_quotation_dash_is_kept_with_its_paragraph() -> None:
    for text, paragraphs in QUOTED:
        doc = textclean.clean(text)
        assert doc.paragraphs == paragraphs
        assert [b.kind for b in doc.blocks] == ["paragraph"] * len(paragraphs)
        assert textclean.clean(doc.text).paragraphs == paragraphs


LISTS = [
    ("Du trenger:\n– En god sovepose for turen.\n– Et telt som tåler vind.", ["En god sovepose for turen.", "Et telt som tåler vind."]),
    ("Shopping list:\n\n– eggs\n– milk", ["eggs", "milk"]),
    ("Noter:\n\n– Kort notert", ["Kort notert"]),
    ("Han kom hjem i går.\n– Vi skal gjøre det igjen neste år, sier hun.\n– Det blir fint, sier han.",
     ["Vi skal gjøre det igjen neste år, sier hun.", "Det blir fint, sier han."]),
    ("Intro text here.\n\n- Only one bullet item here that ends.\n\nMore text.", ["Only one bullet item here that ends."]),
]


def test_dash_lists_stay_lists() -> None:
    """What must stay a list: items several in a row, after a colon, without a sentence's end,
    and hyphen bullets."""
    for text, items in LISTS:
        doc = textclean.clean(text)
        assert [b.text for b in doc.blocks if b.kind == "list-item"] == items, text
