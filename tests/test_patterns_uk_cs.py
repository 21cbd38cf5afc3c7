"""The Ukrainian pattern table (and the other tables added with it): for every boilerplate rule
a line it must remove and a sentence of prose with similar words it must keep; bylines, dates
and the language guess; a whole article cleaned end to end; and no new rule fires on the other
languages' prose."""

from __future__ import annotations

import pytest
import regex

import textclean
from textclean.language import detect_language
from textclean.metadata import parse_byline, parse_date
from textclean.patterns import document_languages, load, tables

from .pattern_table_checks import (
    FLAGS,
    check_kept,
    check_never_fires,
    check_registered,
    check_removed,
    check_rule_matches,
    document,
    other_prose,
)

# (rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
UK_RULES: list[tuple[int, str, str]] = [
    (0, "Підпишіться на наш канал, щоб читати більше", "Підписи під петицією збирали активісти протягом трьох тижнів."),
    (1, "Підписатися", "Підписатися під цим документом відмовилися троє депутатів міської ради."),
    (2, "Не пропустіть головного — підпишіться на нашу розсилку!",
     "Розсилка міської ради щотижня надходить двом тисячам мешканців."),
    (3, "Цей матеріал доступний лише для передплатників", "Цей матеріал суду досі вивчають юристи обох сторін."),
    (4, "Підтримайте нас", "Підтримайте нас у цій боротьбі, закликав мер мешканців міста на зустрічі."),
    (5, "Якщо вам подобається наша робота, підтримайте незалежну журналістику.",
     "Міністр пообіцяв підтримку місцевій журналістиці в регіонах."),
    (6, "Читайте також: Уряд ухвалив новий бюджет", "Читайте уважно умови договору, радять юристи споживачам."),
    (7, "За темою:", "За темою доповіді виступили троє науковців з університету."),
    (8, "Поділитися у Facebook", "Поділитися досвідом з колегами запропонували молодим лікарям."),
    (9, "Стежте за нами в Telegram", "Стежте за дітьми біля води, радять рятувальники на пляжах."),
    (10, "Завантажте наш застосунок", "Завантажте форму з сайту і заповніть її перед візитом, радять в управлінні."),
    (11, "Реклама", "Реклама тютюну на телебаченні заборонена з минулого року."),
    (12, "Цей сайт використовує файли cookie, щоб покращити ваш досвід.",
     "Рецепт печива з шоколадом опублікувала місцева газета."),
    (13, "Прийняти всі cookie", "Прийняти всі поправки депутати погодилися лише в четвер."),
    (14, "© 2024 Міські новини. Усі права захищені.", "Права працівників мають захищати, наголосили профспілки."),
    (15, "Фото: Олександр Петренко", "Фотографії з аварії передали поліції свідки події."),
    (16, "Фото Укрінформ", "Фото з місця події опублікували в соцмережах очевидці."),
]

PROSE = {
    "uk": (
        "Міська рада вчора ввечері затвердила новий план руху, який набуде чинності першого "
        "вересня, повідомив міський голова.",
        "За словами мера, цей захід зменшить кількість автомобілів у центрі на п'яту частину, але "
        "власники крамниць із цим не згодні й попросили про зустріч.",
    ),
}
TITLE = {"uk": "Новий план руху для міста"}
CASES = [("uk", *r) for r in UK_RULES]
IDS = [f"{c[0]}-{c[1]}" for c in CASES]
SHIPPED = ["uk"]


@pytest.mark.parametrize(("lang", "cases"), [("uk", UK_RULES)])
def test_registered_and_every_rule_has_a_case(lang: str, cases: list[tuple[int, str, str]]) -> None:
    check_registered(lang, (i for i, _, _ in cases))


@pytest.mark.parametrize(("lang", "index", "line", "prose"), CASES, ids=IDS)
def test_rule_matches_its_line(lang: str, index: int, line: str, prose: str) -> None:
    check_rule_matches(lang, index, line)


@pytest.mark.parametrize(("lang", "index", "line", "prose"), CASES, ids=IDS)
def test_rule_line_removed_in_a_document(lang: str, index: int, line: str, prose: str) -> None:
    check_removed(lang, index, line, TITLE[lang], PROSE[lang])


@pytest.mark.parametrize(("lang", "index", "line", "prose"), CASES, ids=IDS)
def test_similar_prose_kept(lang: str, index: int, line: str, prose: str) -> None:
    check_kept(lang, prose, TITLE[lang], PROSE[lang])


@pytest.mark.parametrize("lang", SHIPPED)
def test_new_rules_never_fire_on_other_languages_prose(lang: str) -> None:
    texts = other_prose(exclude=lang)
    check_never_fires(lang, texts)
    pats = load(("auto",))
    for t in texts:
        assert not pats.updated.match(t) and not pats.published.match(t), t


@pytest.mark.parametrize(("lang", "line"), [
    ("uk", "Дивіться також"), ("uk", "Поділитися"), ("uk", "Найпопулярніше"), ("uk", "Час читання: 3 хв"),
    ("uk", "Ми використовуємо кукі для роботи сайту."), ("uk", "Ілюстрація: Depositphotos"),
])
def test_more_label_forms_removed(lang: str, line: str) -> None:
    doc = textclean.clean(document(TITLE[lang], PROSE[lang], line))
    assert line not in doc.paragraphs
    assert any(line in r.text for r in doc.removed)


@pytest.mark.parametrize("lang", SHIPPED)
def test_language_guess(lang: str) -> None:
    assert detect_language(" ".join(PROSE[lang])) == lang


def test_ukrainian_reads_its_own_table_and_english() -> None:
    assert document_languages(("auto",), "uk") == ("uk", "en")


@pytest.mark.parametrize(("lang", "byline", "authors", "dateline", "ymd"), [
    ("uk", "Автор: Олена Коваленко", ["Олена Коваленко"], "Опубліковано: 12 листопада 2023", (2023, 11, 12)),
    ("uk", "Автори: Іван Шевченко та Марія Бондар", ["Іван Шевченко", "Марія Бондар"], "3 березня 2024", (2024, 3, 3)),
])
def test_byline_and_date_read(lang: str, byline: str, authors: list[str], dateline: str, ymd: tuple[int, int, int]) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{byline}\n\n{dateline}\n\n{PROSE[lang][0]}\n\n{PROSE[lang][1]}\n")
    assert doc.title == TITLE[lang]
    assert doc.authors == authors
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert doc.paragraphs == list(PROSE[lang])


def test_updated_line_is_no_publication_date() -> None:
    doc = textclean.clean(f"{TITLE['uk']}\n\nОновлено: 5 березня 2024\n\nОпубліковано: 3 березня 2024\n\n"
                          f"{PROSE['uk'][0]}\n\n{PROSE['uk'][1]}\n")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 3)


@pytest.mark.parametrize(("text", "ymd"), [
    ("3 березня 2024", (2024, 3, 3)), ("12 листопада 2023 року", (2023, 11, 12)), ("1 травня 2023", (2023, 5, 1)),
    ("24 серпня 2022", (2022, 8, 24)), ("5 квітня 2021", (2021, 4, 5)),
])
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    d = parse_date(text)
    assert d is not None and (d.year, d.month, d.day) == ymd


@pytest.mark.parametrize("text", [
    "Автор проєкту представив його депутатам лише в четвер.",
    "Текст закону досі не опублікували на сайті парламенту.",
])
def test_byline_words_in_prose_are_not_bylines(text: str) -> None:
    assert parse_byline(text) == []
    doc = textclean.clean(f"{TITLE['uk']}\n\n{text}\n\n{PROSE['uk'][0]}\n\n{PROSE['uk'][1]}")
    assert doc.authors == []
    assert text in doc.paragraphs


@pytest.mark.parametrize(("lang", "markers", "prose"), [
    ("uk", ["Коментарі", "12 коментарів", "Залишити коментар", "Показати всі коментарі"],
     ["Коментарі політиків після дебатів були дуже гострими.", "Коментар речника з'явився в середу."]),
])
def test_comment_markers(lang: str, markers: list[str], prose: list[str]) -> None:
    compiled = [regex.compile(p, FLAGS) for p in tables((lang,))[0]["comment_markers"]]
    assert all(any(c.search(m) for c in compiled) for m in markers)
    assert not [p for p in prose if any(c.search(p) for c in compiled)]


def test_whole_ukrainian_article() -> None:
    text = (
        "Київ відкриє три нові станції метро до кінця року\n\n"
        "Автор: Олена Коваленко\n\n"
        "Опубліковано: 4 жовтня 2023\n\n"
        "Поділитися\n\n"
        "Три нові станції метро відкриються в Києві до кінця року, повідомили в міському\n"
        "департаменті транспорту. Будівництво йде за графіком, додали там.\n\n"
        "Фото: Укрінформ\n\n"
        "Читайте також: Ціни на квитки зростуть із січня\n\n"
        "За словами посадовців, станції з'єднають два великі райони на півдні міста, де нині\n"
        "живе понад пів мільйона людей.\n\n"
        "Підпишіться на нашу розсилку\n\n"
        "© 2023 Міські новини. Усі права захищені.\n"
    )
    doc = textclean.clean(text)
    assert doc.extra["language"] == "uk"
    assert doc.title == "Київ відкриє три нові станції метро до кінця року"
    assert doc.authors == ["Олена Коваленко"]
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (2023, 10, 4)
    assert doc.paragraphs == [
        "Три нові станції метро відкриються в Києві до кінця року, повідомили в міському "
        "департаменті транспорту. Будівництво йде за графіком, додали там.",
        "За словами посадовців, станції з'єднають два великі райони на півдні міста, де нині "
        "живе понад пів мільйона людей.",
    ]
    assert {r.reason for r in doc.removed} >= {"share", "photo-credit", "related-link", "subscription", "copyright"}
