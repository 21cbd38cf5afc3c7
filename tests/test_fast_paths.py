"""The fast paths of the text pipeline give the results of the plain per-block code.

Required literals and fuzzy prechecks (``textclean.patterns``) are necessary conditions
derived from the rule patterns; the boilerplate scorer uses them to skip rules.  These
tests check the derivation and compare the scorer with the plain loop over every rule.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings

from textclean.cleaners import Boilerplate
from textclean.patterns import fuzzy_superset, load, required_literals
from textclean.strategies import messy_documents
from textclean.textutil import norm_key

FLAGS = regex.IGNORECASE | regex.VERSION1


def test_required_literals_of_simple_patterns() -> None:
    assert required_literals(r"\bsubscribe\s+(?:now|today)\b") == ("subscribe",)
    assert required_literals(r"^\W*(?:share|follow)\s+us") == ("follow", "share")
    assert required_literals(r"(?:ab|c)?\d+") == ()  # nothing is required


def test_regex_only_syntax_is_refused() -> None:
    # the stdlib parser would read these differently from ``regex``: no literals at all
    assert required_literals(r"[[a-z]--[aeiou]]xyz") == ()
    assert required_literals(r"\p{Lu}nicode") == ()
    assert required_literals(r"a{e<=1}bcdef") == ()
    # a fuzzy group requires none of its letters, the rest of the pattern still counts
    assert required_literals(r"(?:contributed){e<=2}\s+reporting") == ("reporting",)


def test_fuzzy_superset_matches_what_the_fuzzy_rule_matches() -> None:
    pat = r"^\w+ (?:contributed){e<=2} to this report$"
    full, pre = regex.compile(pat, FLAGS), fuzzy_superset(pat, FLAGS)
    assert pre is not None
    for text in ["AFP contributed to this report", "AFP cntributed to this report",
                 "AFP contribtued to this report", "AFP wrote this report"]:
        if full.search(text):
            assert pre.search(text), text
    assert not pre.search("AFP did to this report")  # too short for "contributed" with 2 errors
    assert fuzzy_superset(r"^plain$", FLAGS) is None


def test_every_shipped_rule_has_literals_that_its_matches_hold() -> None:
    pats = load(("auto",))
    samples = ["Subscribe now for £5 a month", "AFP contributed to this report.", "© 2024 All rights reserved",
               "Photo: Jane Doe / Reuters", "Share this on Facebook", "Mehr zum Thema", "Suscríbete ahora",
               "Abonnez-vous", "We use cookies", "Related: more news", "5 hours ago"]
    for rule in pats.rules:
        for text in samples:
            if rule.pattern.search(text):
                assert not rule.literals or any(lit in text.casefold() for lit in rule.literals), (rule, text)


def _plain_score(text: str, pats: object) -> tuple[float, str]:
    """The original per-block loop: every rule, in order."""
    n, total, best_reason, best_w = len(text), 0.0, "", 0.0
    if n > pats.max_len:  # type: ignore[attr-defined]
        return 0.0, ""
    for rule in pats.rules:  # type: ignore[attr-defined]
        if n <= rule.max_len and rule.pattern.search(text):
            total += rule.weight
            if rule.weight > best_w:
                best_reason, best_w = rule.reason, rule.weight
    if n <= 350 and pats.credit_tail.search(text):  # type: ignore[attr-defined]
        total += 1.0
        if best_w < 1.0:
            best_reason = "photo-credit"
    return total, best_reason


@settings(max_examples=60, deadline=None)
@given(messy_documents())
def test_whole_document_scorer_equals_the_plain_loop(m: object) -> None:
    pats = load(("auto",))
    texts = [p for p in m.messy.split("\n\n") if p.strip()]  # type: ignore[attr-defined]
    got = Boilerplate()._score_all(texts, pats)
    assert got == [_plain_score(t, pats) for t in texts]


def test_scorer_keeps_rule_order_and_odd_case_folding() -> None:
    pats = load(("auto",))
    texts = ["SUBSCRIBE NOW for $5 a month", "Newſletter", "plain prose about the vote.", "", "x" * 600,
             "Photo: Jane Doe / AFP", "\U0001df95 subscribe"]
    assert Boilerplate()._score_all(texts, pats) == [_plain_score(t, pats) for t in texts]


def test_norm_key_with_information_separators() -> None:
    # U+001F is white space for str.split but not for ``\s``: the key keeps it
    assert norm_key("  A\x1fB  “c” ") == 'a\x1fb "c"'
    assert norm_key("Tom \t and\n Jerry ") == "tom and jerry"
