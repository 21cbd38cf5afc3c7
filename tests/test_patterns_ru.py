"""The Russian pattern table: for every boilerplate rule a line it must remove and a sentence of
prose with similar words it must keep; bylines, dates and the language guess; a whole article
cleaned end to end; and no Russian rule fires on the other languages' prose."""

from __future__ import annotations

import pytest

import textclean
from textclean.language import detect_language
from textclean.metadata import parse_byline, parse_date

from .pattern_table_checks import (
    check_kept,
    check_never_fires,
    check_registered,
    check_removed,
    check_rule_matches,
    other_prose,
)

# (rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
RULES: list[tuple[int, str, str]] = [
    (0, "Подпишитесь на наш канал в Telegram", "Подписи под договором поставили министры обеих стран в среду."),
    (1, "Подписаться", "Подписаться под каждым словом доклада он не готов, сказал депутат."),
    (2, "Чтобы получать главные новости первыми, подпишитесь на нашу рассылку.",
     "Рассылку счетов жильцам мэрия начнёт в марте, пояснили в департаменте."),
    (3, "Уже есть подписка? Войти", "Уже есть договорённость о встрече министров, сообщил источник агентства."),
    (4, "Поддержите нас", "Поддержите ли вы этот закон, спросили депутата журналисты."),
    (5, "Если вам важна наша работа, поддержите независимую журналистику.",
     "Министр пообещал поддерживать региональную журналистику новыми грантами."),
    (6, "Читайте также: Правительство утвердило бюджет", "Министр читает также письма граждан каждый вечер, рассказал его помощник."),
    (7, "По теме:", "По теме доклада выступили три эксперта из разных университетов."),
    (8, "Поделиться в соцсетях", "Поделиться опытом с коллегами приехали врачи из пяти регионов."),
    (9, "Следите за нами в Telegram", "Следите за тем, чтобы дети не выходили на лёд, предупредили спасатели."),
    (10, "Скачайте наше приложение", "Скачайте документы с сайта мэрии, посоветовал чиновник жителям."),
    (11, "Реклама", "Реклама табака запрещена законом уже много лет, напомнил юрист."),
    (12, "Этот сайт использует файлы cookie, чтобы сделать его удобнее.",
     "Рецепт печенья cookie с шоколадом опубликовала местная газета."),
    (13, "Принять все cookie", "Принять все поправки сразу депутаты не смогли, заседание продолжится завтра."),
    (14, "© 2024 Все права защищены. При перепечатке материалов ссылка на сайт обязательна.",
     "Все права работников должны соблюдаться, заявили в профсоюзе."),
    (15, "Фото: Иван Петров / ТАСС", "Фото и видео аварии передали в полицию очевидцы."),
    (16, "Фото ТАСС", "Фото ТАСС показывают президента во время визита в Казань."),
    (17, "При участии Анны Смирновой", "При участии полиции митинг прошёл спокойно, сообщили организаторы."),
    (18, "По материалам ТАСС", "По материалам дела, обвиняемый скрывался два года."),
]

PROSE = (
    "Городской совет вчера вечером утвердил новый план движения, который вступит в силу "
    "в первый день сентября, сообщил мэр.",
    "По словам мэра, эта мера на двадцать процентов сократит число машин в центре города, "
    "но владельцы магазинов с этим не согласны и попросили о встрече.",
)
TITLE = "Новый план движения для города"


def test_registered_and_every_rule_has_a_case() -> None:
    check_registered("ru", (i for i, _, _ in RULES))


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_rule_matches_its_line(index: int, line: str, prose: str) -> None:
    check_rule_matches("ru", index, line)


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_rule_line_removed_in_a_document(index: int, line: str, prose: str) -> None:
    check_removed("ru", index, line, TITLE, PROSE)


@pytest.mark.parametrize(("index", "line", "prose"), RULES, ids=[str(r[0]) for r in RULES])
def test_similar_prose_kept(index: int, line: str, prose: str) -> None:
    check_kept("ru", prose, TITLE, PROSE)


def test_russian_rules_never_fire_on_other_languages_prose() -> None:
    check_never_fires("ru", other_prose())


def test_language_guess() -> None:
    assert detect_language(" ".join(PROSE)) == "ru"


def test_byline_and_date_read() -> None:
    doc = textclean.clean(f"{TITLE}\n\nАвтор: Иван Петров и Анна Смирнова\n\nОпубликовано 12 марта 2024 г.\n\n"
                          f"{PROSE[0]}\n\n{PROSE[1]}\n")
    assert doc.title == TITLE
    assert doc.authors == ["Иван Петров", "Анна Смирнова"]
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (2024, 3, 12)
    assert doc.paragraphs == list(PROSE)


@pytest.mark.parametrize(("text", "ymd"), [
    ("12 марта 2024", (2024, 3, 12)), ("1 мая 2023 года", (2023, 5, 1)), ("5 дек. 2019", (2019, 12, 5)),
    ("среда, 3 января 2024, 14:30", (2024, 1, 3)),
])
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    d = parse_date(text)
    assert d is not None and (d.year, d.month, d.day) == ymd


def test_byline_words_in_prose_are_not_bylines() -> None:
    assert parse_byline("Текст закона опубликуют на следующей неделе, сообщили в Думе.") == []
    doc = textclean.clean(f"{TITLE}\n\nТекст закона опубликуют на следующей неделе.\n\n{PROSE[0]}\n\n{PROSE[1]}")
    assert doc.authors == []


def test_numbered_list_with_month_like_words_stays_a_list() -> None:
    doc = textclean.clean(f"{TITLE}\n\n{PROSE[0]}\n\n1. Мария Иванова\n2. Мартовские иды\n\n{PROSE[1]}")
    assert [b.text for b in doc.blocks if b.kind == "list-item"] == ["Мария Иванова", "Мартовские иды"]


def test_whole_article() -> None:
    text = (
        "Москва откроет ещё три станции метро до конца года\n\n"
        "Автор: Ольга Кузнецова\n\n"
        "Опубликовано 4 октября 2023\n\n"
        "Поделиться\n\n"
        "Три новые станции метро откроются в Москве до конца года, сообщили в столичном\n"
        "департаменте транспорта. Строительство идёт по графику, добавили там.\n\n"
        "Фото: Пресс-служба мэрии\n\n"
        "Читайте также: Цены на проезд вырастут с января\n\n"
        "По словам чиновников, станции свяжут два крупных района на юге города, где\n"
        "сейчас живут более полумиллиона человек.\n\n"
        "Подпишитесь на нашу рассылку\n\n"
        "© 2023 Городские новости. Все права защищены.\n"
    )
    doc = textclean.clean(text)
    assert doc.extra["language"] == "ru"
    assert doc.title == "Москва откроет ещё три станции метро до конца года"
    assert doc.authors == ["Ольга Кузнецова"]
    assert doc.date is not None and (doc.date.month, doc.date.day) == (10, 4)
    assert doc.paragraphs == [
        "Три новые станции метро откроются в Москве до конца года, сообщили в столичном "
        "департаменте транспорта. Строительство идёт по графику, добавили там.",
        "По словам чиновников, станции свяжут два крупных района на юге города, где "
        "сейчас живут более полумиллиона человек.",
    ]
    assert {r.reason for r in doc.removed} >= {"share", "photo-credit", "related-link", "subscription", "copyright"}
