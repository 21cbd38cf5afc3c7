"""Bylines in Greek, Japanese, Chinese and Korean (names without capitals are told by their
script and length), and name joiners taken from the document's own languages: for each rule
what it must read and what it must leave alone."""

from __future__ import annotations

import pytest

import textclean
from textclean.metadata import parse_byline
from textclean.metadata.authors import caseless_names

ANY = ("auto",)


@pytest.mark.parametrize(("line", "languages", "names"), [
    # Greek: the genitive article ("Του", "Της", "Των") or "Γράφει ο/η" before a capitalised name
    ("Του Γιώργου Παπαδόπουλου", ANY, ["Γιώργου Παπαδόπουλου"]),
    ("Της Μαρίας Ιωάννου", ANY, ["Μαρίας Ιωάννου"]),
    ("Γράφει ο Γιώργος Παπαδόπουλος", ANY, ["Γιώργος Παπαδόπουλος"]),
    ("Των Γιώργου Παπαδόπουλου και Μαρίας Ιωάννου", ("auto", "el"), ["Γιώργου Παπαδόπουλου", "Μαρίας Ιωάννου"]),
    # Chinese: 记者/文/作者 with a colon, a slash or a space, 2-4 hanzi; "、" lists names
    ("記者：王小明", ANY, ["王小明"]),
    ("文／王小明", ANY, ["王小明"]),
    ("记者 王小明 李华", ("auto", "zh"), ["王小明", "李华"]),
    ("记者：王小明、李华", ("auto", "zh"), ["王小明", "李华"]),
    ("本报记者 王小明 北京报道", ("auto", "zh"), ["王小明"]),
    # Japanese: in brackets; a space between family and given name keeps one name
    ("（記者 山田太郎）", ("auto", "ja"), ["山田太郎"]),
    ("（記者 山田 太郎）", ("auto", "ja"), ["山田 太郎"]),
    # Korean: before or after the name, with the reporter's e-mail address
    ("기자 홍길동", ANY, ["홍길동"]),
    ("홍길동 기자", ANY, ["홍길동"]),
    ("홍길동 기자 hong@example.com", ANY, ["홍길동"]),
])
def test_bylines_read(line: str, languages: tuple[str, ...], names: list[str]) -> None:
    assert parse_byline(line, languages) == names


@pytest.mark.parametrize("text", [
    "Του έδωσαν το βραβείο για την ταινία.",         # the article begins a sentence
    "Της άρεσε πολύ η παράσταση, είπε η μητέρα της.",
    "Γράφει ο ίδιος στο βιβλίο του ότι έφυγε νωρίς.",
    "文化部发布通知",                                 # 文 begins a word: no separator after it
    "记者会上，部长回答了问题。",
    "記者会見で首相は説明した。",
    "올해의 기자",                                    # "journalist of the year": a genitive, no name
    "기자 회견에서 장관은 새로운 정책을 발표했다.",
])
def test_byline_words_in_prose_are_not_bylines(text: str) -> None:
    assert parse_byline(text) == []


def test_caseless_names_need_one_script_and_a_name_length() -> None:
    assert caseless_names("أحمد محمد") == ["أحمد محمد"]
    assert caseless_names("أحمد") == []                       # one word: no full name
    assert caseless_names("قال الوزير في المؤتمر الصحفي اليوم") == []   # a sentence
    assert caseless_names("أحمد שמיר") == []                  # two scripts
    assert caseless_names("王") == [] and caseless_names("中华人民共和国") == []
    assert caseless_names("Jane Doe") == []                   # cased: is_name decides


@pytest.mark.parametrize(("lang", "text", "author"), [
    ("el", "Η κυβέρνηση ενέκρινε τον προϋπολογισμό\n\nΤου Γιώργου Παπαδόπουλου\n\n"
           "Η κυβέρνηση ενέκρινε την Τρίτη τον προϋπολογισμό για το επόμενο έτος, μετά από εβδομάδες "
           "διαπραγματεύσεων με την αντιπολίτευση, ανακοίνωσε ο εκπρόσωπος.\n", "Γιώργου Παπαδόπουλου"),
    ("zh", "政府公布明年预算草案\n\n记者 王小明\n\n政府周二公布了明年的预算草案，总额创历史新高，社会保障支出继续增加。\n",
     "王小明"),
    ("ja", "政府、来年度予算案を閣議決定\n\n（記者 山田太郎）\n\n政府は1日、来年度の予算案を閣議決定した。総額は過去最大となり、"
           "社会保障費の増加が続いている。\n", "山田太郎"),
    ("ko", "정부, 내년 예산안 발표\n\n정부는 올해 경제 성장률이 예상보다 높을 것이라고 밝혔다. 기획재정부는 수출이 회복되고 "
           "있으며 내수도 점차 살아나고 있다고 설명했다.\n\n홍길동 기자 hong@example.com\n", "홍길동"),
])
def test_article_bylines(lang: str, text: str, author: str) -> None:
    doc = textclean.clean(text)
    assert doc.extra["language"] == lang
    assert doc.authors == [author]
    assert not any(author in p for p in doc.paragraphs)


# -- name joiners from the document's own languages ------------------------------------------------

ENGLISH = (
    "Council approves new budget for the city\n\n{byline}\n\n"
    "The council approved the budget on Tuesday after weeks of talks with the opposition, the spokesman said.\n\n"
    "The finance chief said that the measures would take effect at the start of the year and that the deficit "
    "would fall.\n"
)


def test_joiner_of_another_language_does_not_split_an_english_name() -> None:
    """Italian/Portuguese "e" and Spanish "y" are joiners in their tables; before, every table's
    joiners split every byline, so "John E Smith" was cut in two and no name was read."""
    doc = textclean.clean(ENGLISH.format(byline="By John E Smith and Maria Y Lopez"))
    assert doc.extra["language"] == "en"
    assert doc.authors == ["John E Smith", "Maria Y Lopez"]
    assert doc.title == "Council approves new budget for the city"
    # with the document's language unknown, every table's joiners still apply
    assert parse_byline("By John E Smith", ANY) == []
    assert parse_byline("By John E Smith", ("auto", "en")) == ["John E Smith"]


def test_own_language_joiners_still_split() -> None:
    assert parse_byline("Di Mario Rossi e Anna Bianchi", ("auto", "it")) == ["Mario Rossi", "Anna Bianchi"]
    assert parse_byline("Por João Silva e Ana Costa", ("auto", "pt")) == ["João Silva", "Ana Costa"]
    # English is read with every language's own ("and" in a German document)
    assert parse_byline("Von Anna Müller and John Smith", ("auto", "de")) == ["Anna Müller", "John Smith"]
    # languages asked for are read too
    assert parse_byline("By Jan Kowalski i Anna Nowak", ("pl", "en")) == ["Jan Kowalski", "Anna Nowak"]


KOREAN_LEAD = (
    "한은, 기준금리 0.25%p 인상\n\n"
    "(서울=연합뉴스) 홍길동 기자 = 한국은행이 14일 기준금리를 0.25%포인트 인상했다. 물가 상승률이 10년 만에 최고 "
    "수준에 이르자 이를 억제하기 위한 조치다.\n\n"
    "총재는 기자회견에서 경제 지표를 면밀히 검토한 뒤 결정했다고 말했다.\n"
)


def test_agency_lead_byline_read_and_paragraph_kept() -> None:
    """"(서울=연합뉴스) 홍길동 기자 = …": the reporter is the author; the lead stays as written."""
    doc = textclean.clean(KOREAN_LEAD)
    assert doc.authors == ["홍길동"]
    assert any(p.startswith("(서울=연합뉴스) 홍길동 기자 = 한국은행이") for p in doc.paragraphs)
    assert not any(r.reason == "byline" for r in doc.removed)
    assert textclean.clean(KOREAN_LEAD.replace("홍길동 기자", "홍길동 김철수 기자")).authors == ["홍길동", "김철수"]


@pytest.mark.parametrize("lead", [
    "(서울=연합뉴스) 한국은행이 14일 기준금리를 0.25%포인트 인상했다.",      # no reporter
    "(서울=연합뉴스) 올해의 기자 = 한국은행이 14일 기준금리를 인상했다.",       # no name before 기자
    "(a=b) x = y, so the equation holds for every value of the variables.",  # an equation
])
def test_agency_lead_without_a_reporter_reads_no_author(lead: str) -> None:
    doc = textclean.clean(KOREAN_LEAD.replace(KOREAN_LEAD.split("\n\n")[1], lead))
    assert doc.authors == []


CHINESE_LEAD = (
    "央行宣布上调利率\n\n"
    "新华社北京3月14日电（记者王小明）中国人民银行周四宣布将基准利率上调0.25个百分点，以遏制创十年新高的通货膨胀。\n\n"
    "央行行长在新闻发布会上表示，这一决定是在仔细研究经济数据后作出的。\n"
)


@pytest.mark.parametrize(("lead", "authors"), [
    ("（记者王小明）", ["王小明"]),
    ("（记者 王小明、李华）", ["王小明", "李华"]),
    ("（記者王小明）", ["王小明"]),
    ("", []),                       # no reporter
    ("（记者会上）", []),            # "记者会": a press conference, no reporter
])
def test_chinese_agency_lead(lead: str, authors: list[str]) -> None:
    doc = textclean.clean(CHINESE_LEAD.replace("（记者王小明）", lead))
    assert doc.authors == authors
    assert any(p.startswith(f"新华社北京3月14日电{lead}中国人民银行") for p in doc.paragraphs)


def test_chinese_lead_without_an_agency_dateline_reads_no_author() -> None:
    doc = textclean.clean(CHINESE_LEAD.replace("新华社北京3月14日电（记者王小明）", "他说（记者王小明在场）"))
    assert doc.authors == []
