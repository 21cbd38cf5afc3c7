"""The session-9 rules (full-page dumps) in every language they were added to: each rule matches
its line, removes it from a document of the language with its reason, and keeps a real sentence
with the same words (:mod:`tests.dump9_cases`); no new rule fires on the other languages' prose;
and a page dump's comment box, click prompts and "liked this article?" line go while the
article stays."""

from __future__ import annotations

import pytest

import textclean

from .dump9_cases import CASES
from .pattern_table_checks import case_tests
from .test_patterns_it_pt_nl import PROSE as IT_PT_NL_PROSE
from .test_patterns_it_pt_nl import TITLES as IT_PT_NL_TITLES
from .test_patterns_pl_sv import PROSE as PL_SV_TR_PROSE
from .test_patterns_pl_sv import TITLE as PL_SV_TR_TITLE
from .test_patterns_ru import PROSE as RU_PROSE
from .test_patterns_ru import TITLE as RU_TITLE

PROSE: dict[str, tuple[str, str]] = {
    "en": ("The city council approved the new traffic plan last night, and it will come into force on "
           "the first day of September, the mayor said.",
           "According to the mayor, the measure will cut the number of cars in the centre by a fifth, "
           "but shopkeepers are not happy with it and have asked for a meeting."),
    "de": ("Der Stadtrat hat gestern Abend den neuen Verkehrsplan beschlossen, der am ersten Tag im "
           "September in Kraft tritt, sagte der Bürgermeister.",
           "Nach Angaben des Bürgermeisters wird die Maßnahme die Zahl der Autos in der Innenstadt um "
           "ein Fünftel verringern, aber die Händler sind nicht einverstanden und haben um ein Treffen gebeten."),
    "fr": ("Le conseil municipal a approuvé hier soir le nouveau plan de circulation, qui entrera en "
           "vigueur le premier jour de septembre, a indiqué le maire.",
           "Selon le maire, la mesure réduira d'un cinquième le nombre de voitures dans le centre de la "
           "ville, mais les commerçants ne sont pas d'accord et ont demandé une réunion."),
    "es": ("El ayuntamiento aprobó anoche el nuevo plan de tráfico, que entrará en vigor el primer día "
           "de septiembre, informó el alcalde.",
           "Según el alcalde, la medida reducirá en una quinta parte el número de coches en el centro de "
           "la ciudad, pero los comerciantes no están de acuerdo y han pedido una reunión."),
    **{k: (v[0], v[1]) for k, v in IT_PT_NL_PROSE.items()},
    **{k: (v[0], v[1]) for k, v in PL_SV_TR_PROSE.items()},
    "ru": (RU_PROSE[0], RU_PROSE[1]),
}
TITLE: dict[str, str] = {
    "en": "New traffic plan for the city", "de": "Neuer Verkehrsplan für die Stadt",
    "fr": "Nouveau plan de circulation pour la ville", "es": "Nuevo plan de tráfico para la ciudad",
    **IT_PT_NL_TITLES, **PL_SV_TR_TITLE, "ru": RU_TITLE,
}
TestCases = case_tests(CASES, TITLE, PROSE)


def test_comment_box_and_prompts_leave_the_article() -> None:
    body = PROSE["pt"]
    text = (f"{TITLE['pt']}\n\n{body[0]}\n\nClique na imagem acima e veja o calendário completo.\n\n{body[1]}\n\n"
            "Gostou desta matéria? Compartilhe com seus amigos.\n\n"
            "Você precisa estar logado para publicar um comentário.\n")
    doc = textclean.clean(text)
    assert doc.paragraphs[-2:] == list(body)
    assert not [p for p in doc.paragraphs if "omentário" in p or "Clique" in p or "Gostou" in p]
    assert {r.reason for r in doc.removed} >= {"navigation", "share"}


@pytest.mark.parametrize("line", [
    "On HoustonChronicle.com: Car sales plunge nearly 17 percent in August",
    "Get breaking space news and the latest updates on rocket launches, skywatching events and more!",
    "Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.",
    "An artist's concept of a lunar lander on the moon. (Image credit: Sierra Nevada Corp.)",
])
def test_more_english_forms_removed(line: str) -> None:
    doc = textclean.clean(f"{TITLE['en']}\n\n{PROSE['en'][0]}\n\n{line}\n\n{PROSE['en'][1]}\n")
    assert line not in doc.paragraphs
    assert all(p in doc.paragraphs for p in PROSE["en"])


@pytest.mark.parametrize("line", [
    "On Tuesday the council met again to talk about the bridge, the mayor said.",
    "Getting the day's news was hard for the parents, she said.",
    "The lander was built in Colorado (the credit goes to the engineers), the company said.",
])
def test_prose_like_those_forms_kept(line: str) -> None:
    doc = textclean.clean(f"{TITLE['en']}\n\n{PROSE['en'][0]}\n\n{line}\n\n{PROSE['en'][1]}\n")
    assert line in doc.paragraphs


def test_a_price_a_year_ago_is_no_pitch_next_to_boilerplate() -> None:
    # "$38,373 a year ago" is no price per year: the sentence stays next to a related link
    price = "The average price of a new car sold in October was $39,014, up from $38,373 a year ago."
    pitch = "Subscribe from $4.99 a month"
    doc = textclean.clean(f"{TITLE['en']}\n\n{PROSE['en'][0]}\n\nOn Example.com: Car sales plunge in August\n\n"
                          f"{price}\n\n{pitch}\n\n{PROSE['en'][1]}\n")
    assert price in doc.paragraphs
    assert pitch not in doc.paragraphs
    assert "On Example.com: Car sales plunge in August" not in doc.paragraphs
