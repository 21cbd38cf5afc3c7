"""Author names from a visible byline written as text ("By Jane Doe", "Von Anna Roth am 3. Mai").

Many pages name the author only in the text of the page, without markup that says so:
``<p>Von Anna Roth und Jörg Lang</p>``, ``<div>Posted by Konstantin · 21.10.2019</div>``,
``<span>Par Marie Dupont, le 14.09.2020</span>``.  :func:`text_byline` finds such a line:
a short element whose text starts with a byline word of some language (the ``BYLINE_WORDS``
table), followed by one to three names and then nothing, a date, a time or a separator.

>>> text_byline_names("Von Anna Roth und Jörg Lang")
['Anna Roth', 'Jörg Lang']
>>> text_byline_names("Posted by Konstantin 21.10.2019")
['Konstantin']
>>> text_byline_names("By clicking accept you agree to our terms")
[]
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any

from lxml import etree

#: Words that introduce a byline, per language (matched case-insensitively at the start of
#: the text or after a separator).  "Strong" forms name the author for sure, so a single
#: word or a user handle after them is a name too ("Eingestellt von rasos am ...").
BYLINE_WORDS: dict[str, tuple[list[str], list[str]]] = {
    # language: (weak prefixes, strong prefixes)
    "en": (
        ["by", "author", "authors"],
        ["written by", "posted by", "words by", "story by", "reported by", "text by", "published by", "author:", "authors:", "by:",
         "written by:", "about the author"],
    ),
    "de": (
        ["von", "autor", "autorin", "autoren"],
        [
            "text von", "text und fotos:", "text & fotos:", "text und bild:", "artikel von",
            "geschrieben von", "erstellt von", "eingestellt von", "verfasst von", "veröffentlicht von",
            "ein beitrag von", "beitrag von", "blog beitrag von", "blogbeitrag von", "gespeichert von",
            "gepostet von", "autor:", "autorin:", "autoren:", "text:", "redaktion:", "interview:", "von:",
            # gender-inclusive labels ("Autorin/Autor Roman Goncharenko", "Autor*in: …")
            "autorin/autor", "autor/autorin", "autorinnen/autoren", "autor/in", "autor*in", "autor:in", "autor_in",
            "autor*innen", "autor:innen",
            # "Ein Artikel von Anna Roth", "Eine Kolumne von ..."
            "ein artikel von", "eine kolumne von", "ein kommentar von", "ein gastbeitrag von", "ein interview von",
            "ein bericht von", "eine reportage von", "eine analyse von", "über den autor", "über die autorin",
        ],
    ),
    "fr": (["par", "auteur", "auteurs"], ["écrit par", "publié par", "rédigé par", "auteur :", "auteur:", "auteure :", "auteure:", "par :", "texte :"]),
    "es": (["por"], ["escrito por", "publicado por", "redactado por", "autor:", "autora:", "por:"]),
    "pt": ([], ["escrito por", "publicado por", "autor:", "autora:"]),
    "it": ([], ["scritto da", "pubblicato da", "a cura di", "autore:", "di:"]),
    "nl": (["door"], ["geschreven door", "gepubliceerd door", "auteur:", "tekst:"]),
    "nordic": (["av", "af"], ["skrevet av", "skrevet af", "skriven av", "publicerad av", "forfatter:", "författare:"]),
    "pl": (["przez"], ["autor:", "napisane przez", "opublikowano przez"]),
    # scripts without capitals: a name after these is one or more words of the script
    "he": (["מאת"], ["נכתב על ידי", "כתב:", "כתבה:"]),
    "ar": (["بقلم"], ["كتب:", "كتبت:", "بقلم:", "بواسطة"]),
    "zh": ([], ["作者：", "作者:", "记者：", "記者：", "撰文："]),
    "ja": ([], ["筆者：", "執筆：", "文："]),
}

_WEAK = sorted({w for weak, _ in BYLINE_WORDS.values() for w in weak}, key=len, reverse=True)
_STRONG = sorted({w for _, strong in BYLINE_WORDS.values() for w in strong}, key=len, reverse=True)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_PREFIX = re.compile(rf"(?i:(?P<strong>{_alt(_STRONG)})|(?P<weak>{_alt(_WEAK)})\b)\s*:?\s*")

#: Where the names end: a date, a time, "am"/"on"/"le"... (the date that follows), a separator.
_CUT = re.compile(
    r"\s*(?:[|•·(\[@\n/]|\s[–—-]\s|(?<!\w)\d|\s[^\W\d_]+\s?:(?=\s|$)|\s(?i:mit|am|on|um|le|el|il|at|den|op|på|the|dne|date|datum|fecha|published|"
    r"updated|aktualisiert|veröffentlicht|stand|publié|mis à jour|publicado|actualizado|in|im|aus|vom|last|lesezeit|"
    r"reading|read|min|follow|folgen|erstellt|created|jan|feb|mar|mär|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|"
    r"mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|for|für|illustration|illustrationen|fotos?|photos?|bilder?|"
    r"grafik|video|kamera|categories|category|kategorien|kategorie|tags|filed|posted|de\s+\d)\b).*$",
    re.DOTALL,
)
_JOIN = re.compile(r"\s*(?:,|;|\s&\s|\s(?i:and|und|et|y|e|i|og|och|en|oraz)\s)\s*")
#: Words before a "by" that make it a credit, not a byline ("Photo by ...", "Theme by ...").
_CREDIT = re.compile(
    r"(?i:photo|photos|foto|fotos|bild|bilder|image|images|picture|illustration|grafik|graphic|video|"
    r"quelle|source|via|design|designed|theme|powered|hosted|sponsored|presented|supported|translated|"
    r"übersetzt|edited|bearbeitet|cover|credit|credits|map|karte|music|musik|produced|directed|"
    r"photographed|fotografiert|gefördert|unterstützt|ermöglicht)\W*$"
)
#: Capitalised words that follow "By"/"Von" without being names.
_NOT_NAME = frozenset(
    ["clicking", "continuing", "using", "submitting", "signing", "subscribing", "registering", "visiting", "entering", "default", "the", "this", "that", "these", "our", "your", "their", "his", "her", "its", "a", "an", "all", "some", "my", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "anfang", "beginn", "heute", "morgen", "gestern", "jetzt", "hier", "far", "now", "then", "way", "day", "time", "default", "favor", "ailleurs", "exemple", "contre"]
)
_PARTICLES = frozenset(["von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "ter", "ten", "zu", "dos", "das", "bin", "al", "el", "y"])
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def _is_name_word(word: str) -> bool:
    """A capitalised word, or a word of a script without capitals (Hebrew, Arabic, Chinese …)."""
    first = word[:1]
    cased = first.isupper() or (first.isalpha() and not first.islower() and first.lower() == first.upper())
    return bool(_NAME_WORD.match(word)) and cased and word.casefold().strip(".") not in _NOT_NAME


#: A part of an author value after the name that is the author's job ("Projektleiterin der
#: HSS", "Pressesprecher naturstrom AG", "Head of Research", "Directora de Comunicación").
ROLE_PART = re.compile(
    r"(?i:^(?:\w*(?:leiter|sprecher|referent|direktor|präsident|vorsitzende|geschäftsführer|beauftragte|"
    r"koordinator|berater|redakteur|korrespondent|mitarbeiter|experte|expertin)(?:in|innen|r)?|"
    r"(?:senior\s+|chief\s+|managing\s+|executive\s+)?(?:director|manager|head|spokes(?:person|man|woman)|coordinator|"
    r"president|officer|editor|correspondent|reporter|founder|co-founder|chair(?:man|woman)?|analyst|researcher|"
    r"consultant|directora?|jefe|jefa|responsable|coordinadora?|directrice|rédactrice|rédacteur|chargée?)|ceo|cfo|cto)\b)"
)

def _names(rest: str, strong: bool) -> list[str]:
    cut = _CUT.search(rest)
    head = rest[: cut.start()] if cut else rest
    was_cut = cut is not None and cut.start() > 0
    head = head.strip(" ,.;:-–—")
    if not head or len(head) > 90:
        return []
    out: list[str] = []
    for part in _JOIN.split(head):
        part = part.strip(" ,.;:")
        if out and ROLE_PART.match(part):
            break  # "Autorin: Uta Staschewski, Projektleiterin der HSS": her job ends the byline
        words = part.split()
        if not words or len(words) > 4:
            return []
        if len(words) == 1:
            w = words[0]
            # One word: a name only where the byline is certain ("Posted by Konstantin on ...").
            if not (strong or was_cut) or w.casefold() in _NOT_NAME or not any(c.isalpha() for c in w):
                return []
            if not (_is_name_word(w) or re.fullmatch(r"[^\W_][\w.-]{2,30}", w)):
                return []
        else:
            if not _is_name_word(words[0]) or not _is_name_word(words[-1]):
                return []
            if not all(_is_name_word(w) or w.casefold() in _PARTICLES for w in words):
                return []
        out.append(part)
    return out[:5]


_POSTED = re.compile(r"(?i:posted|filed|published|veröffentlicht|gepostet|erschienen|publié|publicado)\s+(?:in|under|unter|im|dans|en)\s+[^.!?]{1,40}$")


#: A line break before a joined name ("Ana Lima\n and Jo Roth"): the byline goes on.
_JOINED_BREAK = re.compile(r"\s*\n\s*(?=,|&|(?i:and|und|et|y|e|i|og|och|en|oraz)\s)")


def text_byline_names(text: str) -> list[str]:
    """The names of a byline line, ``[]`` when ``text`` is not one (see the module doc)."""
    return list(_byline_names(text))


@lru_cache(maxsize=4096)
def _byline_names(text: str) -> tuple[str, ...]:
    """:func:`text_byline_names`, cached: a byline's element and its ancestors often have the
    same text, and a page repeats its menus' lines."""
    text = _INLINE_SPACE.sub(" ", text).strip()
    # A line break after a linked name ends the byline, unless the next name is joined on.
    text = _JOINED_BREAK.sub(" ", text)
    if not 4 <= len(text) <= 160:
        return ()
    for m in _PREFIX.finditer(text):
        before = text[: m.start()]
        if m.start() > 0:
            if not (text[m.start() - 1].isspace() or text[m.start() - 1] in "|•·(>"):
                continue  # inside a word or a URL ("neutralitaet-von-oesterreich")
            # Only at the start, after a separator or date ("05.02.2020 - Redaktion: X"), or in
            # a post line ("Posted in News by jane on 3 May").
            # (a Chinese or Japanese label with its full-width colon, "作者：", is a label anywhere)
            if before.strip() and not re.search(r"[|•·–—\-:,/\d：]\s*$", before) and not _POSTED.match(before) and not m.group(0).rstrip().endswith("："):
                continue
            if _CREDIT.search(before):
                continue
        names = _names(text[m.end():], m.group("strong") is not None)
        if names:
            return tuple(names)
    return ()


_TAGS = frozenset(
    ["p", "div", "span", "li", "ul", "address", "small", "em", "strong", "b", "i", "header", "footer", "td", "dd",
     "font", "section", "a", "h4", "h5", "h6", "time", "cite"]
)


def text_byline(root: Any, in_junk: Any) -> list[str]:
    """Names from the first byline line of the page body, preferring lines after the ``<h1>``.

    ``in_junk(el)`` tells which elements sit in comments, menus or related boxes (skipped).
    Only short text nodes holding a byline word are looked at (then their element and up to
    three ancestors), so the pass costs about one quick regular-expression test per text node.
    """
    body = root.find("body")
    if body is None:
        return []
    h1 = body.find(".//h1")
    seen_h1 = h1 is None
    before: list[str] = []
    done = None
    quick = _QUICK.search  # applied to ``t.lower()``
    wide = _QUICK_WIDE.search
    for node in body.iter():
        if node is h1:
            seen_h1 = True
            continue
        # A text node's element: its own for .text, the parent for a .tail; a node may hold a
        # byline word when it is short, not blank (a long node is prose) and ``_QUICK`` finds
        # one (written out, not a function: this loop visits every node of the page)
        t = node.text
        if (
            t is not None and 2 <= len(t) <= 200 and not t.isspace() and isinstance(node.tag, str)
            and node.tag not in ("script", "style", "template")
            and (quick(t.lower()) is not None or (not t.isascii() and wide(t) is not None))
        ):
            el = node
        else:
            t = node.tail
            if t is not None and 2 <= len(t) <= 200 and not t.isspace() and (
                quick(t.lower()) is not None or (not t.isascii() and wide(t) is not None)
            ):
                el = node.getparent()
            else:
                continue
        if el is None or el is done:
            continue
        done = el
        names: list[str] = []
        cand = el
        for _ in range(4):
            if cand is None or cand is body:
                break
            if cand.tag in _TAGS:
                text = _short_text(cand, 200)
                if text is None:
                    break  # the ancestors are longer still
                names = text_byline_names(text)
                if names:
                    names = [] if in_junk(cand) or _in_teaser_link(cand, text) else _innermost(cand, names)
                    break
            cand = cand.getparent()
        if not names and el is node and len(el) == 0 and _LABEL_ALONE.match(t):
            names = _names_after_label(el, t.strip(), in_junk)
        if not names:
            continue
        if seen_h1:
            return names
        if not before:
            before = names
    return before


#: A byline word set alone in its element ("<strong>By</strong>", "<span>Autorin:</span>").
_LABEL_ALONE = re.compile(rf"(?i:^\s*(?:{_alt(_STRONG)}|{_alt(_WEAK)})\s*:?\s*$)")


def _names_after_label(el: Any, label: str, in_junk: Any) -> list[str]:
    """The names in the element right after a byline word set alone in ``el`` (or in the block
    that ``el`` opens, up to two levels up): ``<p><strong>By</strong></p><p>Todd Bates</p>``.

    >>> root = etree.fromstring("<div><div><p><b>By</b></p></div><div><p>Todd Bates</p></div></div>")
    >>> _names_after_label(root.find(".//b"), "By", lambda el: False)
    ['Todd Bates']
    >>> root = etree.fromstring("<div><p><b>By</b></p><p>Todd Bates said on Monday that the plan was sound.</p></div>")
    >>> _names_after_label(root.find(".//b"), "By", lambda el: False)
    []
    """
    node = el
    for _ in range(4):
        nxt = node.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None:
            if nxt.tag not in _TAGS or in_junk(nxt):
                return []
            text = _short_text(nxt, 60)
            # (the next element is the name and nothing else: no sentence, no second label)
            if not text or "\n" in text.strip():
                return []
            return text_byline_names(f"{label} {text.strip()}")
        parent = node.getparent()
        if parent is None or (parent.text or "").strip() or parent.tag in ("body", "html"):
            return []
        node = parent
    return []


def _in_teaser_link(el: Any, text: str) -> bool:
    """True when ``el`` sits in a link that also holds a headline: a teaser of another
    article ("<a>Headline <span>Eine Kolumne von X</span></a>")."""
    for anc in el.iterancestors():
        if anc.tag == "a":
            return len(" ".join("".join(anc.itertext()).split())) > len(text) + 20
        if anc.tag in ("article", "main", "body"):
            break
    return False


#: A quick test for the words every byline prefix holds (the full pattern is slow to search).
# (on the lower-cased text: ``re`` scans a case-sensitive alternation about twice as fast)
_QUICK = re.compile(
    r"\b(?:by|von|par|por|door|av|af|przez|da|di|autor[ae]?|autorin|autoren|author|authors|auteure?s?|texte?|"
    r"tekst|redaktion|interview|forfatter|författare)\b"
)
#: The byline words of scripts without capitals (Hebrew, Arabic, Chinese, Japanese); tried only
#: on text that is not ASCII (``str.isascii`` costs nothing), so Latin pages pay nothing for it.
_QUICK_WIDE = re.compile(r"מאת|כתב|بقلم|كتب|بواسطة|作者|记者|記者|撰文|筆者|執筆|文：")


def _innermost(el: Any, names: list[str]) -> list[str]:
    """The names read from the innermost element that still holds the byline (an outer one
    may run on into the next words: "Author Jane Doe Categories")."""
    for d in el.iterdescendants():
        if isinstance(d.tag, str) and d.tag in _TAGS:
            text = _short_text(d, 200)
            inner = text_byline_names(text) if text else []
            if inner:
                return _innermost(d, inner)
    return names


_INLINE_SPACE = re.compile(r"[^\S\n]+")


def _short_text(el: Any, cap: int) -> str | None:
    """The text of ``el``, or ``None`` when it is longer than ``cap`` characters, with a line
    break after each link (a linked name ends there).

    One walk with lxml's ``iterwalk`` (C) that stops at ``3 * cap`` characters: the shown-date
    and byline scans read the first few hundred characters of many elements.

    >>> root = etree.fromstring("<div><p>By <a>Ana Lima</a> and <a>Jo Roth</a></p></div>")
    >>> _short_text(root, 200).splitlines(), _short_text(root, 10)
    (['By Ana Lima ', ' and Jo Roth'], None)
    """
    pieces: list[str] = []
    append = pieces.append
    size = 0
    limit = cap * 3
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            t = node.text
            if t and isinstance(node.tag, str):
                size += len(t.strip()) + 1  # indentation inside the markup does not count
                if size > limit:
                    return None
                append(t)
        elif node is not el:
            if node.tag == "a":
                size += 1
                if size > limit:
                    return None
                append("\n")
            t = node.tail
            if t:
                size += len(t.strip()) + 1
                if size > limit:
                    return None
                append(t)
    text = _INLINE_SPACE.sub(" ", " ".join(pieces)).strip()
    return text if len(text) <= cap else None


_MONTHS = (
    r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|m[aä]r(?:ch|z|s)?|apr(?:il)?|avr(?:il)?|ma[iy]|"
    r"june?|juni|juin|july?|juli|juillet|aug(?:ust)?|ao[uû]t|sep(?:t|tember|tembre)?|o[ck]t(?:ober|obre)?|"
    r"nov(?:ember|embre)?|de[cz](?:ember|embre)?|d[ée]c(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre)\.?"
)
_CORE_DATE = re.compile(
    rf"(?i:\b\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:\d{{4}}|\d{{2}})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|"
    rf"\b\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}\s+(?:de\s+)?\d{{4}}\b|\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b|"
    r"\bvor\s+(?:\d+|einer|einem|zwei|drei)\s+(?:stunden?|minuten?|tagen?)\b|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b)"
)
#: Month names of languages the text date parser does not read (Italian, Portuguese, Dutch,
#: Polish, Nordic, Finnish, Turkish), by month number; "14 gennaio 2020", "12 de março de
#: 2020", "3 stycznia 2021", "5. toukokuuta 2019" become "14.1.2020" before parsing.
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("gennaio", "janeiro", "januari", "stycznia", "styczeń", "januar", "tammikuuta", "ocak"),
    2: ("febbraio", "fevereiro", "februari", "lutego", "luty", "februar", "helmikuuta", "şubat"),
    3: ("marzo", "março", "maart", "marca", "marzec", "mars", "marts", "maaliskuuta", "mart"),
    4: ("aprile", "abril", "april", "kwietnia", "kwiecień", "huhtikuuta", "nisan"),
    5: ("maggio", "maio", "mei", "maja", "maj", "toukokuuta", "mayıs"),
    6: ("giugno", "junho", "juni", "czerwca", "czerwiec", "kesäkuuta", "haziran"),
    7: ("luglio", "julho", "juli", "lipca", "lipiec", "heinäkuuta", "temmuz"),
    8: ("agosto", "augustus", "sierpnia", "sierpień", "augusti", "elokuuta", "ağustos"),
    9: ("settembre", "setembro", "september", "września", "wrzesień", "syyskuuta", "eylül"),
    10: ("ottobre", "outubro", "oktober", "października", "październik", "lokakuuta", "ekim"),
    11: ("novembre", "novembro", "november", "listopada", "listopad", "marraskuuta", "kasım"),
    12: ("dicembre", "dezembro", "december", "grudnia", "grudzień", "joulukuuta", "aralık"),
}
_MONTH_NUMBER = {name: n for n, names in MONTH_NAMES.items() for name in names}
_OTHER_MONTHS = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_OTHER_TEXT_DATE = re.compile(
    rf"(?i:\b(?P<d>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m>{_OTHER_MONTHS})\s+(?:de\s+)?(?P<y>\d{{4}})\b)"
)
#: A date written for readers: the forms above and the other languages' month names.
DATE_CHUNK = re.compile(f"{_CORE_DATE.pattern}|{_OTHER_TEXT_DATE.pattern}")
# every form of ``DATE_CHUNK`` holds a digit, but for the relative "vor einer Stunde"
_MAY_HOLD_DATE = re.compile(r"\d|vor", re.IGNORECASE)


def find_date_chunk(text: str) -> re.Match[str] | None:
    """``DATE_CHUNK.search(text)``, a few times faster on the many lines that hold no digit
    (the alternation of month names costs microseconds per line).

    >>> find_date_chunk("Posted on 3 May 2020 by Ana").group(0), find_date_chunk("By Ana Lind") is None
    ('3 May 2020', True)
    """
    return DATE_CHUNK.search(text) if may_hold_date(text) else None


def may_hold_date(text: str) -> bool:
    """False when no part of ``text`` can be a ``DATE_CHUNK``: no digit and no "vor"."""
    return _MAY_HOLD_DATE.search(text) is not None


_FILLER = re.compile(
    r"(?i:\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:uhr|h|am|pm)?\b|\b(?:uhr|am|um|on|at|le|el|publiziert|veröffentlicht|published|"
    r"posted|updated|aktualisiert|stand|ore|alle|às|om|uur|pubblicato|aggiornato|publicado|atualizado|"
    r"gepubliceerd|bijgewerkt|publié|modifié|actualizado|publisert|oppdatert|publiceret|opdateret|publicerad|"
    r"uppdaterad|opublikowano|aktualizacja|güncelleme|güncellendi|yayınlanma|yayınlandı)\b|\b\d+\b)|[|•·,–—\-:]"
)


#: Newsroom labels a byline may give instead of a person (the author of record then).
STAFF_WORDS = frozenset(["redaktion", "redacción", "rédaction", "redazione", "redactie", "redaktionen", "staff"])

#: Words of page furniture that sit beside dates (never names).
_UI_WORDS = frozenset(
    ["kommentare", "kommentar", "comments", "comment", "share", "tweet", "edit", "twitter", "facebook", "news",
     "beauty", "netzwerk", "windows", "review", "ergänzungen", "aktuell", "home", "startseite", "min", "lesezeit",
     "read", "reading", "update", "updated", "artikel", "article", "teilen", "drucken", "print", "mail", "email",
     "foto", "photo", "bild", "video", "audio", "podcast", "live", "ticker", "cet", "edt", "est", "pst", "gmt", "utc"]
)


def _line_tags(els: Any) -> Any:
    """The elements of ``els`` that may hold a line of text (:data:`_TAGS`)."""
    return (el for el in els if isinstance(el.tag, str) and el.tag in _TAGS)


def date_name_line(root: Any, in_junk: Any, *, window: int = 40) -> list[str]:
    """A name beside a date in a short line just after the ``<h1>`` ("11.12.2019 - Ana Lind",
    "Ana Lind • Publiziert vor einer Stunde"), for pages that give no byline word.

    >>> from textclean.html.parse import parse_html
    >>> date_name_line(parse_html("<html><body><h1>Headline</h1><p>11.12.2019 - Ana Lind</p></body></html>")[0], lambda el: False)
    ['Ana Lind']
    >>> date_name_line(parse_html("<html><body><h1>Headline</h1><p>Berlin, 11.12.2019</p></body></html>")[0], lambda el: False)
    []
    """
    body = root.find("body")
    h1 = body.find(".//h1") if body is not None else None
    if h1 is None:
        return []
    # (the lines after the headline, then a few just above it in its header block, each with
    # its own budget: a long story after the headline must not leave the meta line above unread)
    after = itertools.islice(_line_tags(itertools.islice(_after(h1), window * 4)), window + 15)
    for el in itertools.chain(after, itertools.islice(_line_tags(_just_before(h1)), 8)):
        text = _short_text(el, 90)
        if not text or not find_date_chunk(text):
            continue
        rest = _FILLER.sub(" ", DATE_CHUNK.sub(" ", text)).split()
        if not rest or len(rest) > 3 or in_junk(el) or any(w.casefold() in _UI_WORDS for w in rest):
            continue
        if len(rest) == 1:
            w = rest[0]
            # One word: a user name (CamelCase or with digits) or the newsroom ("Redaktion -
            # 31. Januar 2022"), not a city, a label or "EDT".
            if w.casefold() in STAFF_WORDS:
                return [w]
            if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][a-zäöüß]\w*|[^\W\d_]{2,}\w*\d+", w):
                continue
            return [w]
        if all(_is_name_word(w) or w.casefold() in _PARTICLES for w in rest) and _is_name_word(rest[-1]):
            return [" ".join(rest)]
    return []


_CAPTION = re.compile(r"(?<![a-z])(?:caption|figcaption|picbox|credits?|bildunterschrift|legende?|figure)(?![a-z])", re.I)


def _in_caption(el: Any) -> bool:
    """True when ``el`` is or sits in a picture caption (its date is the photo's)."""
    for a in itertools.islice(itertools.chain([el], el.iterancestors()), 5):
        if a.tag in ("figure", "figcaption") or _CAPTION.search(a.get("class") or ""):
            return True
    return False


def _just_before(el: Any) -> Any:
    """The elements before ``el`` in its own header block: its parent's and grandparent's
    earlier children (a meta line above the headline), nearest first."""
    node = el
    for _ in range(2):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return
        for sib in node.itersiblings(preceding=True):
            yield from sib.iter()
        node = parent


def _after(el: Any) -> Any:
    """The elements after ``el`` in document order (its following siblings' subtrees, then its
    ancestors' following siblings)."""
    node = el
    while node is not None:
        for sib in node.itersiblings():
            yield from sib.iter()
        node = node.getparent()
