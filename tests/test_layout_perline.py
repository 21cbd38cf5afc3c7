"""Text written one paragraph per line (seed 002's layout): a line goes on only where a wrap
is plain (``layout.one_per_line``).  Small hand-written inputs, what must stay apart and what
must still be joined."""

from __future__ import annotations

import textclean
from textclean.cleaners.layout import one_per_line

# one paragraph per line: long paragraphs ending sentences, subheadings without final
# punctuation (one of them over 60 characters, in sentence case, as a headline is)
HEADLINE = "Council postpones the vote on the bridge repairs until the spring session"
PER_LINE = [
    "The council met on Tuesday evening to discuss the new budget for the coming year, which has been "
    "delayed twice because of disagreements over the cost of repairing the old bridge over the river.",
    HEADLINE,
    "Several members said the repairs could not wait any longer. The engineers who inspected the bridge "
    "in the spring found cracks in two of its supporting pillars and rust on most of the railings.",
    "What the engineers found",
    "A decision is expected next month. Until then the bridge stays open to pedestrians and cyclists, "
    "but lorries heavier than seven tonnes must take the longer road through the valley.",
    "The mayor thanked the residents who came to the meeting and promised a public consultation.",
]


def test_one_per_line_text_keeps_long_and_short_subheadings_apart() -> None:
    doc = textclean.clean("\n".join(PER_LINE))
    assert doc.paragraphs == PER_LINE


def test_one_per_line_keeps_a_subheading_in_a_script_without_case_apart() -> None:
    paras = [
        "정부는 올해 예산안을 국회에 제출하면서 교량 보수 비용을 크게 늘렸다고 밝혔으며 야당은 이에 대해 반대 입장을 내놓았다.",
        "교량 보수 예산 두 배로 늘어",
        "시의회는 다음 달 최종 결정을 내릴 예정이며 그때까지 다리는 보행자와 자전거에만 개방된다고 관계자가 말했다.",
        "주민 설명회 다음 주 개최",
        "시장은 회의에 참석한 주민들에게 감사의 뜻을 전하고 공개 의견 수렴 절차를 약속했다고 전했다.",
    ]
    assert textclean.clean("\n".join(paras)).paragraphs == paras


def test_one_per_line_keeps_lowercase_list_lines_and_a_label_over_a_number_apart() -> None:
    paras = [
        "These are the foods that the plan allows in the first phase of the diet, in any amount you like.",
        "fresh green vegetables of any kind",
        "eggs, boiled or fried in a little oil",
        "fish from the sea or from the river",
        "The second phase adds fruit and grains again, a little at a time, over the following weeks.",
        "Standings after the fourth race of the season",
        "12 teams have entered the championship so far, two more than in the previous year.",
    ]
    assert textclean.clean("\n".join(paras)).paragraphs == paras


def test_one_per_line_still_joins_a_plain_wrap() -> None:
    # a line that stops at a comma, an article or a short function word and goes on in
    # lowercase, and a line-end hyphen, are wraps even in one-paragraph-per-line text
    lines = [
        "The council met on Tuesday evening to discuss the new budget for the coming year, which has been "
        "delayed twice because of disagreements over the cost of repairing the old bridge over the river.",
        "Several members said that the repairs could not wait much longer and that the",
        "engineers who inspected the bridge had found cracks in two of its pillars.",
        "A decision is expected next month, after a long and difficult debate in the assem-",
        "bly about the cost of the work and who should pay for it in the end.",
        "The mayor thanked the residents who came to the meeting and promised a public consultation.",
    ]
    doc = textclean.clean("\n".join(lines))
    assert doc.paragraphs == [
        lines[0],
        lines[1] + " " + lines[2],
        lines[3][:-1] + lines[4],
        lines[5],
    ]


def test_one_per_line_reads_the_layout_of_the_whole_chunk() -> None:
    assert one_per_line(PER_LINE)
    # a hard-wrapped text whose width the estimator could not read (many short list lines):
    # its unfinished lines are the full ones, no finished line is longer
    wrapped = [
        "Prices dropped again this week for most of the headphones that we",
        "have tested, and a few of them are now cheaper than ever before.",
        "Wireless earbuds",
        "Noise cancelling",
        "Battery case",
        "The best deals are on the older models that came out two years ago,",
        "while the newest ones are only a little cheaper than they were.",
        "Sports headphones",
    ]
    assert not one_per_line(wrapped)
    # too few lines, or too few that end a sentence, to tell
    assert not one_per_line(PER_LINE[:3])
    assert not one_per_line(["A headline", "Another headline", "A third one", "Ends here.", "And here.", "Here too."])
