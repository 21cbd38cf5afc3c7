"""Parse bylines into author names.

>>> parse_byline("By JOHN SMITH and JANE DOE, Associated Press")
['John Smith', 'Jane Doe']
>>> parse_byline("By Anastasia Tenisheva")
['Anastasia Tenisheva']
>>> parse_byline("Von Anna Müller und Jörg Schmidt")
['Anna Müller', 'Jörg Schmidt']
>>> parse_byline("By the time we arrived, it was over")
[]
>>> parse_byline("Por João Silva, da Agência Brasil"), parse_byline("Door Jan de Vries en Anne van Dam")
(['João Silva'], ['Jan de Vries', 'Anne van Dam'])
"""

from __future__ import annotations

import regex

from ..patterns import AGENCIES, load
from ..textutil import fix_name_case, is_name

_CUT = regex.compile(r"\s+(?:[|•·–—-]|\bon\b|\bupdated\b|\bpublished\b)\s+.*$|\s*@\w+|\s*\([^)]*\)", regex.IGNORECASE)
_AGENCY_WORDS = frozenset(a.casefold() for a in AGENCIES) | frozenset(
    ["associated press", "staff", "staff writer", "correspondent", "reporter", "editor", "news", "the associated press"]
)


def parse_byline(text: str, languages: tuple[str, ...] = ("auto",), *, require_prefix: bool = True) -> list[str]:
    """Names in a byline such as ``By NAME and NAME, Agency``; ``[]`` when it is not one."""
    pats = load(languages)
    t = text.strip().strip("*_ ")
    m = pats.byline.match(t)
    if m:
        t = t[m.end():]
    elif require_prefix:
        return []
    t = _CUT.sub("", t).strip(" ,.;:")
    if not t or len(t) > 150:
        return []
    names: list[str] = []
    for part in pats.name_joiners.split(t):
        part = part.strip(" ,.;:")
        if not part:
            continue
        if part.casefold() in _AGENCY_WORDS or any(w in _AGENCY_WORDS for w in (part.casefold(),)):
            continue
        if names and part[:1].islower():
            # "Por João Silva, da Agência Brasil", "Di Mario Rossi, da Roma": after a name, a
            # part that starts with a lowercase preposition is a place or an employer
            break
        if not is_name(part):
            # A trailing organisation ("Reuters", "Moscow Times staff") ends the byline.
            if names:
                break
            return []
        names.append(fix_name_case(part))
    return names
