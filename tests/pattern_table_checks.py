"""Checks every pattern-table test runs (Russian, Polish/Swedish/Turkish, Greek, CJK): a rule's
line matches it and is removed from a document with the rule's reason, prose with similar words
is kept, and no rule fires on the other languages' prose.  Each test file holds its own cases
(rule index, a line the rule removes, prose it keeps) and calls these."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

import textclean
from textclean._sentences import SENTENCES
from textclean.cleaners import Boilerplate
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
