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

Names in scripts without case are told by their script and length: 2-4 words of Arabic,
Hebrew or Devanagari letters, 2-4 hanzi or hangul (a Japanese name may hold one space):

>>> parse_byline("بقلم أحمد محمد"), parse_byline("记者：王小明、李华"), parse_byline("홍길동 기자 hong@example.com")
(['أحمد محمد'], ['王小明', '李华'], ['홍길동'])
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..patterns import AGENCIES, document_languages, load, tables
from ..textutil import fix_name_case, is_name, may_hold_date
from .dates import find_date

_CUT = regex.compile(r"\s+(?:[|•·–—-]|\bon\b|\bupdated\b|\bpublished\b)\s+.*$|\s*@\w+|\s*\([^)]*\)", regex.IGNORECASE)
_AGENCY_WORDS = frozenset(a.casefold() for a in AGENCIES) | frozenset(
    ["associated press", "staff", "staff writer", "correspondent", "reporter", "editor", "news", "the associated press"]
)


#: a word of a script without case, as a name is written in it (Arabic with its marks and
#: tatweel, Hebrew with geresh, Devanagari with its vowel signs)
_CASELESS_WORD = regex.compile(
    r"[\p{Arabic}\u0640\u064b-\u065f\u0670]+|[\p{Hebrew}]+(?:['׳][\p{Hebrew}]*)?|[\p{Devanagari}]+"
)
#: a name in hanzi (also Japanese kanji) or hangul: 2-4 characters, or one or two
_CJK_WORD = regex.compile(r"[\p{Han}]{1,4}|[\p{Hangul}]{1,4}")
#: what follows a Chinese reporter's name ("北京报道", "北京电"), and closing brackets
_CJK_TAIL = regex.compile(r"\s+\S*(?:报道|報道|电|電|讯|訊)$")
_CLOSING = " ,.;:)）】」』]"


def caseless_names(part: str, language: str | None = None) -> list[str]:
    """The names in ``part`` when it is written in a script without case, else ``[]``: 2-4
    words of one of Arabic, Hebrew or Devanagari, or words of 2-4 hanzi or hangul (each word
    a name; in Japanese, two words of 1-3 kanji are one name: ``山田 太郎``).

    >>> caseless_names("أحمد محمد"), caseless_names("王小明 李华"), caseless_names("山田 太郎", "ja")
    (['أحمد محمد'], ['王小明', '李华'], ['山田 太郎'])
    >>> caseless_names("أحمد"), caseless_names("قال الوزير في المؤتمر الصحفي اليوم"), caseless_names("Jane Doe")
    ([], [], [])
    """
    if part[:1] < "\u0590":
        return []  # Latin, Greek, Cyrillic (cased scripts) or nothing: the scripts below come later
    tokens = part.split()
    if all(_CJK_WORD.fullmatch(t) for t in tokens):
        if language == "ja" and len(tokens) == 2 and all(len(t) <= 3 for t in tokens):
            return [" ".join(tokens)]
        return tokens if len(tokens) <= 4 and all(len(t) >= 2 for t in tokens) else []
    if not 2 <= len(tokens) <= 4:
        return []
    words = [_CASELESS_WORD.fullmatch(t) for t in tokens]
    if not all(words):
        return []
    # one script: the first letter of each word names it
    scripts = {_script(t) for t in tokens}
    return [" ".join(tokens)] if len(scripts) == 1 else []


def _script(word: str) -> str:
    """The script of a word's first letter: ``ar``, ``he`` or ``hi``."""
    return "ar" if _ARABIC.match(word) else "he" if _HEBREW.match(word) else "hi"


_ARABIC = regex.compile(r"\p{Arabic}")
_HEBREW = regex.compile(r"\p{Hebrew}")
#: a Korean word that ends in the genitive particle is no name ("올해의 기자": of the year)
_GENITIVE = regex.compile(r"[가-힣]+의")


@lru_cache(maxsize=64)
def _cut(languages: tuple[str, ...]) -> regex.Pattern[str]:
    """:data:`_CUT` with the time-stamp labels of the document's own tables (``Par Marc Lefèvre
    Publié le 14 mars``, ``Von Anna Müller aktualisiert am …``: the name ends at the label)."""
    words = sorted(
        {w for t in tables(_name_languages(languages)) for key in ("published_words", "updated_words") for w in t[key]},
        key=len, reverse=True,
    )
    if not words:
        return _CUT
    labels = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"\s+(?:[|•·–—-]|\bon\b|\bupdated\b|\bpublished\b|(?<!\w)(?:{labels})(?!\w))\s+.*$|\s*@\w+|\s*\([^)]*\)",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=64)
def _joiners(languages: tuple[str, ...]) -> regex.Pattern[str]:
    """The name-joiner pattern of the document's own tables (:func:`_name_languages`)."""
    return load(_name_languages(languages)).name_joiners


def _name_languages(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The tables whose name joiners a byline reads: the document's own (its language and
    English with ``("auto", language)``, as the cleaners pass them), every table when its
    language is not known.

    >>> _name_languages(("auto", "de")), _name_languages(("auto",)), _name_languages(("fr", "en"))
    (('de', 'en'), ('auto',), ('fr', 'en'))
    """
    if len(languages) < 2 or languages[-1] == "auto":
        return languages
    return document_languages(tuple(languages[:-1]), languages[-1])


_SUFFIX_LINE = 100


def _holds(text: str, literals: tuple[str, ...]) -> bool:
    """Whether the casefolded ``text`` holds one of ``literals``."""
    if literals:
        folded = text.casefold()
        for lit in literals:
            if lit in folded:
                return True
    return False


def _parts(text: str, joiners: regex.Pattern[str]) -> list[tuple[str, str]]:
    """``text`` split at the joiners, each part with the separator before it."""
    out: list[tuple[str, str]] = []
    pos, sep = 0, ""
    for m in joiners.finditer(text):
        out.append((text[pos:m.start()], sep))
        pos, sep = m.end(), m.group()
    out.append((text[pos:], sep))
    return out


# the word that leads into a date after the names ("… on", "… am", "… le"), cut with the date
_DATE_LEAD = regex.compile(
    r"(?:[\s,;:|·•–—-]+(?:on|at|am|um|le|el|il|em|op|den|dne|w|в|de|du|stand|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    # abbreviated weekdays: Dutch in lowercase ("ma 4 november"), German with a full stop ("Mo., 4. März")
    r"(?-i:ma|di|wo|vr|za|zo)|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.))+$",
    regex.IGNORECASE,
)


def parse_byline(text: str, languages: tuple[str, ...] = ("auto",), *, require_prefix: bool = True) -> list[str]:
    """Names in a byline such as ``By NAME and NAME, Agency``; ``[]`` when it is not one.

    Byline words come from every table; the words that join names (``and``, ``und``, ``i``,
    ``e`` …) from the document's own languages (:func:`_name_languages`), so that a joiner of
    another language does not split a name (``By John E Smith`` in English)."""
    pats = load(languages)
    t = text.strip().strip("*_ ")
    m = pats.byline.match(t)
    if m:
        t = t[m.end():]
    else:
        # a byline with the word after the name is one short line ("홍길동 기자 hong@example.com")
        lits = pats.byline_suffix_literals
        s = pats.byline_suffix.search(t) if len(t) <= _SUFFIX_LINE and (lits is None or _holds(t, lits)) else None
        if s and s.start() > 0:
            t = t[: s.start()]
        elif require_prefix:
            return []
    t = _cut(tuple(languages)).sub("", t).strip(_CLOSING)
    if may_hold_date(t):
        # a date after the names, from the next line joined to the byline ("By Jane Miller and
        # Tom Baker March 12, 2025", "Von A und B 12. März 2025, 14:30 Uhr"): the names end there
        found = find_date(t, languages)
        if found is not None and found[1].start() > 0 and t[: found[1].start()].strip(" ,;:|·•–—-"):
            t = _DATE_LEAD.sub("", t[: found[1].start()].rstrip(" ,;:|·•–—-")).strip(_CLOSING)
    if not t or len(t) > 150:
        return []
    if _GENITIVE.fullmatch(t):
        return []
    language = languages[-1] if languages else None
    names: list[str] = []
    caseless_found = False
    for part, sep in _parts(t, _joiners(tuple(languages))):
        part = part.strip(_CLOSING)
        if not part:
            continue
        part = _CJK_TAIL.sub("", part)
        caseless = caseless_names(part, language)
        if caseless:
            if names and sep.strip() in (",", "،", "，", ";"):
                # "بقلم أحمد محمد، مراسل الجزيرة": without case, a part after a bare comma may
                # be a title or an employer as well as a name
                break
            caseless_found = True
            names += [n for n in caseless if n not in names]
            continue
        if caseless_found:
            break
        if part.casefold() in _AGENCY_WORDS or any(w in _AGENCY_WORDS for w in (part.casefold(),)):
            continue
        if names and sep.strip() == "," and part.isupper() and not any(n.isupper() for n in names) and not t.isupper():
            # "Von David Straub, MDR THÜRINGEN": after a name in mixed case, a part in capitals
            # after a comma is the broadcaster or the desk, not a second name
            break
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
