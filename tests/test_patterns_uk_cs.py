"""The Ukrainian and Czech pattern tables: for every boilerplate rule
a line it must remove and a sentence of prose with similar words it must keep; bylines, dates
and the language guess; a whole article cleaned end to end; and no new rule fires on the other
languages' prose."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean.language import detect_language
from textclean.metadata import parse_date
from textclean.patterns import document_languages

from .pattern_table_checks import (
    check_article,
    check_comment_markers,
    check_no_byline,
    document,
    table_tests,
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
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (17, 'Час читання: 4 хв', 'Час читання книжок дітьми скорочується, свідчить дослідження.'),
    (18, 'Головна > Світ > Європа', 'Головна сторінка відомства не працювала два дні, визнав речник.'),
    (19, 'Скопіювати посилання', 'Скопіювати посилання на форму можна на сайті, пояснив чиновник.'),
]

CS_RULES: list[tuple[int, str, str]] = [
    (0, "Předplaťte si neomezený přístup", "Předplatitelé deníků loni ubyli o deset procent, uvedlo vydavatelství."),
    (1, "Nic vám neunikne: přihlaste se k odběru newsletteru!",
     "Newsletter městského úřadu dostává každý týden dva tisíce obyvatel."),
    (2, "Tento článek je dostupný pouze pro předplatitele", "Tento článek ústavy vyvolává mezi právníky spory už mnoho let."),
    (3, "Předplatné", "Předplatné nyní stojí dvě stě korun měsíčně, oznámilo vydavatelství."),
    (4, "Podpořte nás", "Podpořte nás v tomto boji, vyzval starosta obyvatele města na setkání."),
    (5, "Pokud se vám naše práce líbí, podpořte nezávislou žurnalistiku.",
     "Ministr slíbil podporu místní žurnalistice v regionech."),
    (6, "Přečtěte si také: Vláda schválila nový rozpočet", "Přečtěte si pozorně podmínky smlouvy, radí právníci spotřebitelům."),
    (7, "Související:", "Související náklady ponese město, uvedl mluvčí radnice ve středu."),
    (8, "Sdílet na Facebooku", "Sdílet data s úřady musí firmy podle nového zákona do konce roku."),
    (9, "Sledujte nás na Instagramu", "Sledujte děti u vody po celou dobu, radí plavčíci na koupalištích."),
    (10, "Stáhněte si naši aplikaci", "Stáhněte formulář z webu úřadu a vyplňte ho před návštěvou, radí úředníci."),
    (11, "Reklama", "Reklama na tabák je v televizi zakázaná už mnoho let."),
    (12, "Tento web používá soubory cookie, aby vám usnadnil prohlížení.",
     "Recept na čokoládové sušenky otiskly místní noviny."),
    (13, "Přijmout všechny cookies", "Přijmout všechny pozměňovací návrhy poslanci odmítli ve čtvrtek."),
    (14, "© 2024 Městské noviny. Všechna práva vyhrazena.", "Práva zaměstnanců musí být dodržována, zdůraznili odboráři."),
    (15, "Foto: ČTK", "Fotografie z nehody předali policii svědci události."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (16, 'Doba čtení: 4 min', 'Doba čtení zprávy je podle autora asi čtyři minuty, řekl redaktor.'),
    (17, 'Úvod > Zprávy > Svět', 'Úvod knihy napsal známý historik, uvedlo nakladatelství.'),
    (18, 'Kopírovat odkaz', 'Kopírovat odkaz do formuláře je snadné, řekl úředník.'),
]

PROSE = {
    "uk": (
        "Міська рада вчора ввечері затвердила новий план руху, який набуде чинності першого "
        "вересня, повідомив міський голова.",
        "За словами мера, цей захід зменшить кількість автомобілів у центрі на п'яту частину, але "
        "власники крамниць із цим не згодні й попросили про зустріч.",
    ),
    "cs": (
        "Městské zastupitelstvo včera večer schválilo nový dopravní plán, který začne platit "
        "prvního září, oznámil starosta.",
        "Podle starosty toto opatření sníží počet aut v centru o pětinu, ale majitelé obchodů s tím "
        "nesouhlasí a požádali o schůzku.",
    ),
}
TITLE = {"uk": "Новий план руху для міста", "cs": "Nový dopravní plán pro město"}
SHIPPED = ["uk", "cs"]


TestTables = table_tests({"uk": UK_RULES, "cs": CS_RULES}, TITLE, PROSE)


@pytest.mark.parametrize(("lang", "line"), [
    ("uk", "Дивіться також"), ("uk", "Поділитися"), ("uk", "Найпопулярніше"), ("uk", "Час читання: 3 хв"),
    ("uk", "Ми використовуємо кукі для роботи сайту."), ("uk", "Ілюстрація: Depositphotos"),
    ("cs", "Čtěte také: Ceny jízdenek porostou"), ("cs", "Sdílet"), ("cs", "Nejčtenější"), ("cs", "Ilustrační foto"),
    ("cs", "Pokračování článku pod reklamou"), ("cs", "Používáme cookies."), ("cs", "Zdroj: Shutterstock"),
])
def test_more_label_forms_removed(lang: str, line: str) -> None:
    doc = textclean.clean(document(TITLE[lang], PROSE[lang], line))
    assert line not in doc.paragraphs
    assert any(line in r.text for r in doc.removed)


def test_ukrainian_and_czech_read_their_own_table_and_english() -> None:
    assert document_languages(("auto",), "uk") == ("uk", "en")
    assert document_languages(("auto",), "cs") == ("cs", "en")


@pytest.mark.parametrize(("lang", "byline", "authors", "dateline", "ymd"), [
    ("uk", "Автор: Олена Коваленко", ["Олена Коваленко"], "Опубліковано: 12 листопада 2023", (2023, 11, 12)),
    ("uk", "Автори: Іван Шевченко та Марія Бондар", ["Іван Шевченко", "Марія Бондар"], "3 березня 2024", (2024, 3, 3)),
    ("cs", "Autor: Jan Novák a Petra Svobodová", ["Jan Novák", "Petra Svobodová"], "Publikováno: 12. listopadu 2023", (2023, 11, 12)),
    ("cs", "Autorka: Eva Dvořáková", ["Eva Dvořáková"], "3. března 2024", (2024, 3, 3)),
])
def test_byline_and_date_read(lang: str, byline: str, authors: list[str], dateline: str, ymd: tuple[int, int, int]) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{byline}\n\n{dateline}\n\n{PROSE[lang][0]}\n\n{PROSE[lang][1]}\n")
    assert doc.title == TITLE[lang]
    assert doc.authors == authors
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert doc.paragraphs == list(PROSE[lang])


def test_czech_does_not_steal_slovak_less_banks() -> None:
    # the Polish bank keeps its language with the Czech table shipped
    from textclean._sentences import SENTENCES
    assert detect_language(" ".join(SENTENCES["pl"])) == "pl"


def test_updated_line_is_no_publication_date() -> None:
    doc = textclean.clean(f"{TITLE['uk']}\n\nОновлено: 5 березня 2024\n\nОпубліковано: 3 березня 2024\n\n"
                          f"{PROSE['uk'][0]}\n\n{PROSE['uk'][1]}\n")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 3)


@pytest.mark.parametrize(("text", "ymd"), [
    ("3 березня 2024", (2024, 3, 3)), ("12 листопада 2023 року", (2023, 11, 12)), ("1 травня 2023", (2023, 5, 1)),
    ("24 серпня 2022", (2022, 8, 24)), ("5 квітня 2021", (2021, 4, 5)),
    ("3. března 2024", (2024, 3, 3)), ("12. listopadu 2023", (2023, 11, 12)), ("1. září 2022", (2022, 9, 1)),
    ("28. října 2021", (2021, 10, 28)),
])
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    d = parse_date(text)
    assert d is not None and (d.year, d.month, d.day) == ymd


@pytest.mark.parametrize("text", [
    "Автор проєкту представив його депутатам лише в четвер.",
    "Текст закону досі не опублікували на сайті парламенту.",
    "Autor projektu ho představil zastupitelům až ve čtvrtek.",
])
def test_byline_words_in_prose_are_not_bylines(text: str) -> None:
    lang = "cs" if text.isascii() or "ř" in text else "uk"
    check_no_byline(text, TITLE[lang], PROSE[lang])


@pytest.mark.parametrize(("lang", "markers", "prose"), [
    ("uk", ["Коментарі", "12 коментарів", "Залишити коментар", "Показати всі коментарі"],
     ["Коментарі політиків після дебатів були дуже гострими.", "Коментар речника з'явився в середу."]),
    ("cs", ["Komentáře", "12 komentářů", "Diskuse", "Přidat komentář", "Vstoupit do diskuse"],
     ["Komentáře politiků po debatě byly velmi ostré.", "Diskuse o rozpočtu trvala do noci."]),
])
def test_comment_markers(lang: str, markers: list[str], prose: list[str]) -> None:
    check_comment_markers(lang, markers, prose)


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
    check_article(
        text, "uk",
        title="Київ відкриє три нові станції метро до кінця року",
        authors=["Олена Коваленко"], date=dt.date(2023, 10, 4),
        paragraphs=[
            "Три нові станції метро відкриються в Києві до кінця року, повідомили в міському "
            "департаменті транспорту. Будівництво йде за графіком, додали там.",
            "За словами посадовців, станції з'єднають два великі райони на півдні міста, де нині "
            "живе понад пів мільйона людей.",
        ],
    )


def test_whole_czech_article() -> None:
    text = (
        "Praha otevře do konce roku tři nové stanice metra\n\n"
        "Autor: Tomáš Procházka\n\n"
        "Publikováno: 4. října 2023\n\n"
        "Sdílet\n\n"
        "Tři nové stanice metra se v Praze otevřou do konce roku, oznámil městský dopravní\n"
        "podnik. Stavba podle něj probíhá podle harmonogramu.\n\n"
        "Foto: Dopravní podnik\n\n"
        "Přečtěte si také: Ceny jízdenek porostou od ledna\n\n"
        "Podle úředníků stanice propojí dvě velké čtvrti na jihu města, ve kterých dnes žije\n"
        "více než půl milionu lidí.\n\n"
        "Přihlaste se k odběru newsletteru\n\n"
        "© 2023 Městské noviny. Všechna práva vyhrazena.\n"
    )
    check_article(
        text, "cs",
        title="Praha otevře do konce roku tři nové stanice metra",
        authors=["Tomáš Procházka"], date=dt.date(2023, 10, 4),
        paragraphs=[
            "Tři nové stanice metra se v Praze otevřou do konce roku, oznámil městský dopravní "
            "podnik. Stavba podle něj probíhá podle harmonogramu.",
            "Podle úředníků stanice propojí dvě velké čtvrti na jihu města, ve kterých dnes žije "
            "více než půl milionu lidí.",
        ],
    )
