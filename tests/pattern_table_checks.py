"""Checks every pattern-table test runs: a rule's line matches it and is removed from a document
with the rule's reason, prose with similar words is kept, no rule fires on the other languages'
prose, and a whole article is cleaned end to end (:func:`check_article`).

A test file holds only its languages' data: ``TestTables = table_tests(rules, titles, prose)``
with its cases (rule index, a line the rule removes, prose it keeps), a title and two paragraphs
per language, gives it the shared tests of :class:`TableChecks` (every rule has a case, matches its line, removes it in a document,
keeps the similar prose; no rule fires on the other languages' prose; the language guess)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import regex

import textclean
from textclean._sentences import SENTENCES
from textclean.cleaners import Boilerplate
from textclean.language import detect_language
from textclean.metadata import parse_byline
from textclean.patterns import LANGUAGES, load, tables

from .conftest import load_gold

FLAGS = regex.IGNORECASE | regex.VERSION0


def rules(lang: str) -> list[tuple[str, str, float, int]]:
    """The boilerplate rules of one table, in table order."""
    return list(tables((lang,))[0]["boilerplate"])


def document(title: str, prose: Sequence[str], line: str) -> str:
    """A short article with ``line`` between its two paragraphs."""
    return f"{title}\n\n{prose[0]}\n\n{line}\n\n{prose[1]}\n"


def check_registered(lang: str, indices: Iterable[int]) -> None:
    """The language is shipped, every rule has a case, and the table has every key."""
    assert lang in LANGUAGES
    assert sorted(indices) == list(range(len(rules(lang))))
    assert set(tables((lang,))[0]) == set(tables(("en",))[0])


def check_rule_matches(lang: str, index: int, line: str) -> None:
    reason, pattern, _, max_len = rules(lang)[index]
    assert len(line) <= max_len
    assert regex.search(pattern, line, FLAGS), (reason, line)


def check_removed(lang: str, index: int, line: str, title: str, prose: Sequence[str]) -> None:
    """In a document of the language, the line goes with its rule's reason and the prose stays."""
    reason = rules(lang)[index][0]
    doc = textclean.clean(document(title, prose, line))
    assert doc.extra["language"] == lang
    assert line not in doc.paragraphs
    assert all(p in doc.paragraphs for p in prose)
    assert any(r.reason == reason and line in r.text for r in doc.removed), [(r.reason, r.text) for r in doc.removed]


def check_kept(lang: str, kept: str, title: str, prose: Sequence[str]) -> None:
    """No rule of the table matches the prose, it scores below removal, and a document keeps it."""
    for reason, pattern, _, max_len in rules(lang):
        assert not (len(kept) <= max_len and regex.search(pattern, kept, FLAGS)), (reason, pattern)
    assert Boilerplate().score(kept, load((lang, "en")))[0] < 1.0
    doc = textclean.clean(document(title, prose, kept))
    assert kept in doc.paragraphs
    assert not any(kept in r.text for r in doc.removed)


def other_prose(exclude: str | None = None) -> list[str]:
    """The sentence banks (without ``exclude``'s) and the gold paragraphs of the seed corpus."""
    texts = [s for lang in SENTENCES if lang != exclude for s in SENTENCES[lang]]
    for _, _, gold in load_gold():
        texts += [p for p in gold.get("paragraphs", []) if isinstance(p, str)]
    return texts


def check_never_fires(lang: str, texts: Sequence[str]) -> None:
    """No boilerplate rule or comment marker of the table fires on ``texts``."""
    table = tables((lang,))[0]
    for reason, pattern, _, max_len in table["boilerplate"]:
        compiled = regex.compile(pattern, FLAGS)
        assert not [t for t in texts if len(t) <= max_len and compiled.search(t)], (lang, reason)
    for pattern in table["comment_markers"]:
        compiled = regex.compile(pattern, FLAGS)
        assert not [t for t in texts if compiled.search(t)], pattern


#: the reasons a whole article with a share line, a photo credit, a "Read also" line, a
#: newsletter pitch and a copyright line must give
ARTICLE_REASONS = frozenset({"share", "photo-credit", "related-link", "subscription", "copyright"})


def check_article(text: str, lang: str, *, title: str, authors: Sequence[str] | None = None,
                  date: dt.date | None = None, paragraphs: Sequence[str],
                  reasons: Iterable[str] = ARTICLE_REASONS) -> None:
    """A whole article cleaned end to end: its language guessed, the title, the authors (not
    checked with ``None``), the date (year, month, day; not checked with ``None``), exactly
    these paragraphs, at least these removal reasons, and cleaning the result again keeps
    the paragraphs."""
    doc = textclean.clean(text)
    assert doc.extra["language"] == lang
    assert doc.title == title
    if authors is not None:
        assert doc.authors == list(authors)
    if date is not None:
        assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (
            date.year, date.month, date.day)
    assert doc.paragraphs == list(paragraphs)
    assert {r.reason for r in doc.removed} >= set(reasons), [(r.reason, r.text) for r in doc.removed]
    assert textclean.clean(doc.text).paragraphs == doc.paragraphs


def by_language(rows: Iterable[tuple[str, int, str, str]]) -> dict[str, list[tuple[int, str, str]]]:
    """``(language, index, line, prose)`` rows as :attr:`TableChecks.RULES`."""
    out: dict[str, list[tuple[int, str, str]]] = {}
    for lang, index, line, kept in rows:
        out.setdefault(lang, []).append((index, line, kept))
    return out


class TableChecks:
    """The shared tests of one or more pattern tables; :func:`table_tests` makes a test class
    of it with a file's data."""

    #: per language: (rule index in the table's "boilerplate" list, a line it removes, prose
    #: it keeps)
    RULES: ClassVar[Mapping[str, Sequence[tuple[int, str, str]]]]
    #: per language: a title and two paragraphs of prose for the test documents
    TITLE: ClassVar[Mapping[str, str]]
    PROSE: ClassVar[Mapping[str, Sequence[str]]]
    #: the never-fires test also reads the language's own sentence bank
    OWN_BANK: ClassVar[bool] = False

    def pytest_generate_tests(self, metafunc: Any) -> None:
        if "case" in metafunc.fixturenames:
            cases = [(lang, *r) for lang, rows in self.RULES.items() for r in rows]
            metafunc.parametrize("case", cases, ids=[f"{c[0]}-{c[1]}" for c in cases])
        elif "lang" in metafunc.fixturenames:
            metafunc.parametrize("lang", list(self.RULES))

    def test_registered_and_every_rule_has_a_case(self, lang: str) -> None:
        check_registered(lang, (i for i, _, _ in self.RULES[lang]))

    def test_rule_matches_its_line(self, case: tuple[str, int, str, str]) -> None:
        lang, index, line, _ = case
        check_rule_matches(lang, index, line)

    def test_rule_line_removed_in_a_document(self, case: tuple[str, int, str, str]) -> None:
        lang, index, line, _ = case
        check_removed(lang, index, line, self.TITLE[lang], self.PROSE[lang])

    def test_similar_prose_kept(self, case: tuple[str, int, str, str]) -> None:
        lang, _, _, kept = case
        check_kept(lang, kept, self.TITLE[lang], self.PROSE[lang])

    def test_rules_never_fire_on_other_languages_prose(self, lang: str) -> None:
        check_never_fires(lang, other_prose(exclude=None if self.OWN_BANK else lang))

    def test_no_date_label_opens_other_prose(self) -> None:
        pats = load(("auto",))
        for t in other_prose():
            assert not pats.updated.match(t) and not pats.published.match(t), t

    def test_language_guess(self, lang: str) -> None:
        assert detect_language(" ".join(self.PROSE[lang])) == lang



def table_tests(rules: Mapping[str, Sequence[tuple[int, str, str]]], titles: Mapping[str, str],
                prose: Mapping[str, Sequence[str]], *, own_bank: bool = False) -> type[TableChecks]:
    """A :class:`TableChecks` test class for these languages' data (assign it to a module-level
    name starting with ``Test``)."""
    attrs = {"RULES": rules, "TITLE": titles, "PROSE": prose, "OWN_BANK": own_bank}
    return type("TestTables", (TableChecks,), attrs)


def check_bank_kept(lang: str, stealers: Iterable[str]) -> None:
    """The sentence bank of ``lang``, whole and every pair of neighbouring sentences, is guessed
    as before: the whole as ``lang``, no pair as one of ``stealers`` (new function words)."""
    bank = SENTENCES[lang]
    assert detect_language(" ".join(bank)) == lang
    others = set(stealers)
    assert not [a for a, b in itertools.pairwise(bank) if detect_language(f"{a} {b}") in others]


def check_comment_markers(lang: str, markers: Iterable[str], prose: Iterable[str]) -> None:
    """Every marker line matches one of the table's comment markers, and no prose line does."""
    compiled = [regex.compile(p, FLAGS) for p in tables((lang,))[0]["comment_markers"]]
    missed = [m for m in markers if not any(c.search(m) for c in compiled)]
    assert not missed, missed
    assert not [p for p in prose if any(c.search(p) for c in compiled)]


def check_no_byline(text: str, title: str, prose: Sequence[str]) -> None:
    """A sentence that begins with a byline word is no byline: no names, and a document keeps it."""
    assert parse_byline(text) == []
    doc = textclean.clean(f"{title}\n\n{text}\n\n{prose[0]}\n\n{prose[1]}")
    assert doc.authors == []
    assert text in doc.paragraphs


class CaseChecks:
    """The shared tests of one round's new rows, given as ``(language, rule index, line, kept)``
    (:func:`case_tests` makes a test class of it with a file's data): each rule matches its
    line and removes it from a document of the language with its reason, a real sentence with
    the same words is kept, and no new rule fires on the other languages' prose."""

    CASES: ClassVar[Sequence[tuple[str, int, str, str]]]
    TITLE: ClassVar[Mapping[str, str]]
    PROSE: ClassVar[Mapping[str, Sequence[str]]]

    def pytest_generate_tests(self, metafunc: Any) -> None:
        if "case" in metafunc.fixturenames:
            metafunc.parametrize("case", list(self.CASES), ids=[f"{c[0]}-{c[1]}" for c in self.CASES])

    def test_rule_matches_and_removes_its_line(self, case: tuple[str, int, str, str]) -> None:
        lang, index, line, _ = case
        check_rule_matches(lang, index, line)
        check_removed(lang, index, line, self.TITLE[lang], self.PROSE[lang])

    def test_sentence_with_the_same_words_kept(self, case: tuple[str, int, str, str]) -> None:
        lang, _, _, kept = case
        check_kept(lang, kept, self.TITLE[lang], self.PROSE[lang])

    def test_new_rules_never_fire_on_other_languages_prose(self) -> None:
        for lang, index, _, _ in self.CASES:
            reason, pattern, _, max_len = tables((lang,))[0]["boilerplate"][index]
            compiled = regex.compile(pattern, FLAGS)
            assert not [t for t in other_prose(exclude=lang) if len(t) <= max_len and compiled.search(t)], (lang, reason)


def case_tests(cases: Sequence[tuple[str, int, str, str]], titles: Mapping[str, str],
               prose: Mapping[str, Sequence[str]]) -> type[CaseChecks]:
    """A :class:`CaseChecks` test class for one round's rows (assign it to a module-level name
    starting with ``Test``)."""
    return type("TestCases", (CaseChecks,), {"CASES": cases, "TITLE": titles, "PROSE": prose})
