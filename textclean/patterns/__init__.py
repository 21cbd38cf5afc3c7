"""Heuristics as data: pattern tables per language.

Each language module (``en``, ``de``, ``es``, ``fr``) defines a ``TABLE`` dict
with the same keys; :func:`load` merges the tables for the requested languages
and compiles them once.  Adding a language is adding a module with a ``TABLE``
and listing it in :data:`LANGUAGES`.

Keys of a table:

``boilerplate``
    ``(reason, pattern, weight, max_len)`` rules matched against a whole block
    (case-insensitive).  A block whose weights add up to 1.0 or more is removed.
    ``max_len`` keeps a rule from firing on a long block of real prose.
``byline_prefixes`` / ``name_joiners``
    Words that introduce a byline (``By``) and join names (``and``).
``months``
    Month names and abbreviations mapped to their number.
``updated_words`` / ``published_words``
    Labels before a date that say it is an update, or the publication date.
``source_labels``
    Labels before the article's own URL (``Original url:``).
``suspended_hyphen_joiners``
    Words after a line-end hyphen that make it a suspended hyphen (``pre- and post-war``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import Any

import regex

LANGUAGES = ("en", "de", "es", "fr")

#: Photo and news agencies whose name after a slash marks a photo credit.
AGENCIES = (
    "TASS", "AFP", "AP", "Reuters", "EPA", "EPA-EFE", "EFE", "dpa", "ANSA", "Xinhua",
    "Getty Images", "Getty", "Shutterstock", "iStock", "Alamy", "Sputnik", "RIA Novosti",
    "Anadolu", "Anadolu Agency", "Kommersant", "Bloomberg", "PA", "PA Images", "PA Wire",
    "Europa Press", "Keystone", "Imago", "picture alliance", "NurPhoto", "SOPA Images",
    "Wikimedia Commons", "Unsplash", "Pexels", "Flickr", "Pool", "Handout", "ZUMA",
    "ZUMA Wire", "Sipa", "Abaca", "AA", "UPI", "Kyodo", "Yonhap", "NTB", "TT", "Ritzau",
    "Belga", "ANP", "APA", "Agencia Brasil", "Vedomosti", "Interfax", "Mid.ru", "Kremlin.ru",
    "Press Service", "Presidential Press Service", "Facebook", "Twitter", "X", "Telegram",
    "Instagram", "YouTube", "Wikipedia", "social media", "courtesy",
)


@dataclass(frozen=True)
class Rule:
    reason: str
    pattern: regex.Pattern[str]
    weight: float
    max_len: int
    #: the pattern starts with ``^`` (checked behind ``Patterns.anchored_gate``)
    anchored: bool = False


@dataclass(frozen=True)
class Patterns:
    """Compiled tables for a set of languages."""

    rules: tuple[Rule, ...]
    #: the longest block any rule (or the credit test) looks at
    max_len: int
    #: one ``match`` at the start of a block: can any rule anchored with ``^`` match at all?
    anchored_gate: regex.Pattern[str]
    byline: regex.Pattern[str]
    name_joiners: regex.Pattern[str]
    months: dict[str, int]
    updated: regex.Pattern[str]
    published: regex.Pattern[str]
    source_label: regex.Pattern[str]
    suspended_joiners: frozenset[str]
    credit_tail: regex.Pattern[str]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def tables(languages: tuple[str, ...]) -> list[dict[str, Any]]:
    langs = LANGUAGES if not languages or "auto" in languages else tuple(dict.fromkeys(languages))
    return [import_module(f"{__name__}.{lang}").TABLE for lang in langs if lang in LANGUAGES]


@lru_cache(maxsize=32)
def load(languages: tuple[str, ...] = ("auto",), extra: tuple[tuple[str, str], ...] = ()) -> Patterns:
    """Merge and compile the tables for ``languages`` (``"auto"`` = every shipped language).

    ``extra`` adds ``(reason, pattern)`` rules of weight 1.0 (user boilerplate patterns).
    """
    tabs = tables(languages)
    # Simple case folding (VERSION0), not VERSION1's full case folding: with full folding a
    # class such as ``[\w.-]+`` can match "ss" as one "ß", so a run of n "S"s splits in
    # Fibonacci(n) ways and a failing search backtracks through all of them (found by the
    # fuzzer: 20 "S"s took 5 s in the photo-credit test).  See tests/test_redos.py.
    flags = regex.IGNORECASE | regex.VERSION0
    rules: list[Rule] = []
    for t in tabs:
        for reason, pat, weight, max_len in t["boilerplate"]:
            rules.append(Rule(reason, regex.compile(pat, flags), float(weight), int(max_len), pat.startswith("^")))
    for reason, pat in extra:
        rules.append(Rule(reason, regex.compile(pat, flags), 1.0, 100_000, pat.startswith("^")))
    byline_words = [w for t in tabs for w in t["byline_prefixes"]]
    joiners = [w for t in tabs for w in t["name_joiners"]]
    months: dict[str, int] = {}
    for t in tabs:
        months.update({k.lower(): v for k, v in t["months"].items()})
    updated = [w for t in tabs for w in t["updated_words"]]
    published = [w for t in tabs for w in t["published_words"]]
    sources = [w for t in tabs for w in t["source_labels"]]
    susp = frozenset(w.lower() for t in tabs for w in t["suspended_hyphen_joiners"])
    agencies = _alt(AGENCIES)
    anchored = [r.pattern.pattern[1:] for r in rules if r.anchored]
    return Patterns(
        rules=tuple(rules),
        max_len=max([350, *(r.max_len for r in rules)]),
        anchored_gate=regex.compile("|".join(f"(?:{p})" for p in anchored) or "(?!)", flags),
        byline=regex.compile(rf"^\W{{0,3}}(?:{_alt(byline_words)})\s*:?\s+(?=\S)", flags),
        name_joiners=regex.compile(rf"\s*(?:,\s*(?:{_alt(joiners)})\s+|\s+(?:{_alt(joiners)})\s+|\s*&\s*|\s*[;,]\s*)", flags),
        months=months,
        updated=regex.compile(rf"^\W*(?:{_alt(updated)})\b", flags),
        published=regex.compile(rf"^\W*(?:{_alt(published)})\b\s*(?:on|:)?\s*", flags),
        source_label=regex.compile(rf"^\W*(?:{_alt(sources)})\s*:?\s*(?P<url>\S*)\s*$", flags),
        suspended_joiners=susp,
        # "Caption. Name / AGENCY" (optionally bold): the credit at the end of a short block.
        credit_tail=regex.compile(
            rf"(?:^|[\s.;,(])(?:\*\*|__)?\s*[\w'’.-]+(?:\s+[\w'’.-]+){{0,4}}\s*/\s*"
            rf"(?:{agencies})(?:\s+(?:via|/)\s+[\w .]{{1,40}})?\s*(?:\*\*|__)?\W{{0,3}}$",
            flags,
        ),
    )
