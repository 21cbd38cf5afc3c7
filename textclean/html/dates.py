"""The publication date a page shows its readers: the date line under its headline.

Pages without a machine date (and pages whose machine dates disagree) show their date as
text near the headline: ``Posted on 16. August 2019`` on a line of its own under the ``<h1>``,
``Bonn, 11.10.2021`` just above it, or a dateline that opens the first paragraph
(``29.11.2022 – Die Bundesregierung …``, ``(21. November 2022) Verbraucher …``,
``Karlsruhe, (12.11.2021). Traditionell …``).  :func:`shown_date` finds that text; the caller
parses it (:func:`textclean.html.metadata.parse_shown_date`).

The headline is the heading whose text is the page's title — an ``<h1>``, else an ``<h2>`` or
``<h3>`` (pages that set the site's name as their only ``<h1>``) — never a site logo (an
``<h1>`` that is a link to the home page).

>>> from textclean.html.parse import parse_html
>>> page = '''<html><body><h1><a href="/">Daily Planet</a></h1><span>Mittwoch, 26.02.2020</span>
... <main><h2>Budget approved</h2><p>29.11.2022 – The council approved the new budget on Tuesday
... after a debate that lasted most of the night, the longest of the year.</p></main></body></html>'''
>>> shown_date(parse_html(page)[0], lambda el: False, title="Budget approved")
'29.11.2022'
"""

from __future__ import annotations

import itertools
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from .byline import (
    _MONTH_NUMBER,
    _OTHER_TEXT_DATE,
    _TAGS,
    DATE_CHUNK,
    _after,
    _in_caption,
    _just_before,
    _short_text,
    find_date_chunk,
    may_hold_date,
)

_WS = re.compile(r"\s+")

def numeric_date(text: str) -> str:
    """``text`` with a date in one of the :data:`MONTH_NAMES` languages written as ``D.M.YYYY``.

    >>> numeric_date("14 gennaio 2020"), numeric_date("12 de março de 2020"), numeric_date("3 May 2020")
    ('14.1.2020', '12.3.2020', '3 May 2020')
    """
    return _OTHER_TEXT_DATE.sub(lambda m: f"{m.group('d')}.{_MONTH_NUMBER[m.group('m').lower()]}.{m.group('y')}", text)

#: A dateline that opens a paragraph: an optional place ("Karlsruhe, ", "Hamburg, den "), the
#: date (in parentheses or not), then a separator before the story goes on.
_DATELINE = re.compile(
    rf"^(?:[A-ZÄÖÜ][\w.'’ -]{{1,30}},\s*(?:(?:den|le|el|il)\s+)?)?\(?\s*(?P<date>{DATE_CHUNK.pattern})\s*\)?\s*[–—\-:.|/]?\s+\S"
)
#: Labels of dates that are not the page's: a member's registration, the current time, a
#: birthday, an event or deadline the page announces, a product's release ("Registriert: 18.09.2008", "Aktuelle Zeit: 14.10.2020",
#: "Erscheinungsdatum: 14.08.2017" of the book a post reviews).
_OTHER_DATE = re.compile(
    r"(?i:\b(?:registriert|registered|joined|beigetreten|mitglied seit|member since|dabei seit|inscrit le|"
    r"registrado|aktuelle zeit|current time|it is currently|heute ist|today is|geboren|geburtstag|born|birthday|"
    r"née?\s+le|erscheinungsdatum|erscheinungstermin|release date|released|veröffentlichung des buches|"
    r"date de sortie|fecha de lanzamiento|"
    # a citation's access date ("Retrieved 3 May 2021", "abgerufen am 3. Mai 2021")
    r"retrieved|accessed|abgerufen|consulté|consultado|consultato|geraadpleegd|hämtad|besøgt|dostęp|"
    # an event or a deadline the page announces ("Der nächste Stammtisch findet am 5. Februar statt")
    r"findet|finden|stattfinden|nächste[nrs]?|next|takes place|will be held|aura lieu|tendrá lugar|si terrà|"
    r"termin|veranstaltung|event date|anmeldeschluss|einsendeschluss|bewerbungsschluss|deadline|frist)\b)"
)
#: Labels that say a date is the publication date, per language ("Erschienen am: 01.11.2023").
PUBLISHED_LABELS = (
    r"veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publiziert(?:\s+am)?|online seit|"  # de
    r"published(?:\s+on)?|first published(?:\s+on)?|date published|publication date|"  # en
    r"publié(?:e)?(?:\s+le)?|mis en ligne(?:\s+le)?|date de publication|"  # fr
    r"publicado(?:\s+(?:el|em))?|fecha de publicación|data de publicação|"  # es, pt
    r"pubblicato(?:\s+il)?|data di pubblicazione|gepubliceerd(?:\s+op)?|opublikowano|julkaistu|publicerad|udgivet"
)
_LABELLED = re.compile(rf"(?i:(?<!\w)(?:{PUBLISHED_LABELS})\s*:?\s*(?:\w+,\s*)?(?P<date>{DATE_CHUNK.pattern}))")
#: A publication label set alone in its element ("<span>Erschienen am:</span>"): the date
#: follows in the next element or after the label's element.
_LABEL_ONLY = re.compile(rf"(?i:^\s*(?:{PUBLISHED_LABELS})\s*:?\s*$)")
#: The date that opens the text after a label set alone ("13.10.2021", "Mi., 13.10.2021 | 10:48").
_DATE_FIRST = re.compile(rf"^\s*(?:\w+\.?,\s*)?(?P<date>{DATE_CHUNK.pattern})")
#: Labels of a date that is the last change, not the publication ("Letzte Änderung: 31.10.2023").
_CHANGE_LABEL = re.compile(
    r"(?i:\b(?:letzte änderung|zuletzt geändert|zuletzt aktualisiert|last modified|last updated|last edited|"
    r"dernière mise à jour|dernière modification|última actualización|última modificación|ultima modifica|"
    r"laatst bijgewerkt|ostatnia aktualizacja|updated|aktualisiert|actualizado|mis à jour|aggiornato|bijgewerkt)\b)"
)
#: A label of a time stamp line: published, first published, original, updated, in the
#: languages of :data:`PUBLISHED_LABELS` and :data:`_CHANGE_LABEL`.
_STAMP_LABEL = re.compile(
    rf"(?i:^(?:(?:{PUBLISHED_LABELS})|original(?:ly published)?|posted(?:\s+on)?|"
    + _CHANGE_LABEL.pattern.removeprefix(r"(?i:\b(?:").removesuffix(r")\b)")
    + r")\b\s*:?\s*)"
)
#: What may stand beside the date of a stamp: a time ("10:48", "8:21 am ET"), a weekday, "at",
#: "um", commas.
_STAMP_FILLER = re.compile(
    r"(?i:\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h)?(?:\s+[A-Z]{1,4}\b)?|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:mo|di|mi|do|fr|sa|so)\.|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|\b(?:at|on|am|um|à|a las|alle|às|op|em|den|le|el|il)\b|[,@\s])"
)
_STAMP_SPLIT = re.compile(r"\s+[|/·•]\s+")
#: Where a second labelled stamp follows a first without a separator (a change label).
_STAMP_NEXT = re.compile(r"(?<!last)(?<!zuletzt)(?<!dernière)\s+(?=" + _CHANGE_LABEL.pattern.removeprefix(r"(?i:\b").removesuffix(")") + ")", re.I)
_TWO_DIGITS = re.compile(r"\d\d")


def stamp_line(text: str) -> bool:
    """True when ``text`` is only the page's time stamps, each with its label ("PUBLISHED:
    10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "Updated Nov. 19, 2019 8:21 am
    ET / Original Nov. 19, 2019 8:02 am ET"); a place or newsroom of a few words may stand
    beside them ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM").

    >>> stamp_line("First Published: Tuesday, November 19, 2019 08:38 AM"), stamp_line("Published in 2019 by Ana")
    (True, False)
    >>> stamp_line("Published March 12, 2024 at 6:45 p.m. EDT Updated March 13, 2024")
    True
    """
    if len(text) > 160 or _TWO_DIGITS.search(text) is None:
        return False  # (every date a stamp can hold has a year or a day of two digits)
    parts = _STAMP_SPLIT.split(text.strip())
    # Two stamps in elements of their own are joined by a space alone ("<time>Published March
    # 12, 2024 at 6:45 p.m. EDT</time> <span>Updated March 13, 2024</span>"): a label word
    # after a stamp opens the next one.
    parts = [q for p in parts for q in _split_stamps(p)]
    stamps = [p for p in parts if _stamp(p)]
    if not stamps:
        return False
    # beside a labelled stamp, a bare one ("Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM")
    others = [p for p in parts if not _stamp(p) and not _stamp(p, labelled=False)]
    return not others or (len(others) == 1 and len(others[0].split()) <= 6 and not re.search(r"[.!?:;]$", others[0]))


def _split_stamps(part: str) -> list[str]:
    """``part`` cut where a second labelled stamp follows the first, when every piece is one."""
    pieces = _STAMP_NEXT.split(part)
    return pieces if len(pieces) > 1 and all(_stamp(q) for q in pieces) else [part]


def _stamp(part: str, labelled: bool = True) -> bool:
    m = _STAMP_LABEL.match(part)
    if m is None and labelled:
        return False
    rest = part[m.end() :] if m is not None else part
    d = find_date_chunk(rest)
    if d is None or _RELATIVE.match(d.group(0)):
        return False
    return _STAMP_FILLER.sub("", rest[: d.start()] + rest[d.end() :]) == ""


#: Relative dates ("vor 3 Tagen", "2 days ago") say nothing about the day of publication.
_RELATIVE = re.compile(r"(?i:^(?:vor\s|\d+\s+(?:hours?|minutes?|days?)\s+ago))")


def _text(el: Any) -> str:
    return _WS.sub(" ", "".join(el.itertext())).strip()


_NON_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())


def _is_logo(h: Any) -> bool:
    """True when the heading is the site's logo: its text is one link to the home page."""
    links = [a for a in h.iter("a") if _text(a)]
    if len(links) != 1 or _text(links[0]) != _text(h):
        return False
    href = (links[0].get("href") or "").strip()
    parts = urlsplit(href)
    return parts.path in ("", "/", "/index.html", "/index.php") and not parts.query and not parts.fragment and href != ""


def find_headline(root: Any, title: str | None) -> Any:
    """The page's headline element: the ``<h1>`` whose text is ``title``, else an ``<h2>``/``<h3>``
    whose text is ``title``, else the first ``<h1>`` with words that is not the site's logo."""
    body = root.find("body")
    if body is None:
        return None
    h1s = [h for h in itertools.islice(body.iter("h1"), 10) if len(_text(h)) >= 3]
    key = _key(title) if title else ""
    if key:
        for h in h1s:
            if _key(_text(h)) == key:
                return h
        for h in itertools.islice(body.iter("h2", "h3"), 40):
            if _key(_text(h)) == key:
                return h
    return next((h for h in h1s if not _is_logo(h)), None)


def before_headline(body: Any, el: Any, headline: Any) -> bool:
    """True when ``el`` comes before ``headline`` in the page and outside its header block
    (the headline's four nearest ancestors, its ``<main>`` or ``<article>``)."""
    if headline is None:
        return False
    block = [a for a in itertools.islice(headline.iterancestors(), 4) if a.tag not in ("body", "html")]
    block += [a for a in headline.iterancestors() if a.tag in ("main", "article")]
    if any(a is b for a in el.iterancestors() for b in block):
        return False
    for x in body.iter():
        if x is el:
            return True
        if x is headline:
            return False
    return False


_UNSET: Any = object()


def shown_date(
    root: Any, in_junk: Any, *, title: str | None = None, window: int = 200, headline: Any = _UNSET
) -> str | None:
    """The date text the page shows for itself near its headline, or ``None`` (see :func:`shown_date_line`)."""
    return shown_date_line(root, in_junk, title=title, window=window, headline=headline)[0]


def shown_date_line(
    root: Any, in_junk: Any, *, title: str | None = None, window: int = 200, headline: Any = _UNSET
) -> tuple[str | None, str]:
    """The date text the page shows for itself near its headline, or ``None``, and the text
    after it on its line (where a time may follow: "6 May 2022 - 2:00 a. m.").

    In order: a short line with a date right above the headline in its own block (a dateline),
    the lines after the headline (the first short line with a date; a paragraph of prose that
    opens with a date counts too), then the rest of the headline's header block.  Lines in
    junk boxes (``in_junk(el)``) and photo captions are skipped; relative dates ("vor 3 Tagen")
    are no dates.  Without a headline, only a dateline that opens one of the page's first
    three paragraphs of prose counts.
    """
    h = find_headline(root, title) if headline is _UNSET else headline
    if h is None:
        return _first_paragraph_dateline(root, in_junk), ""
    above = [d for sib in itertools.islice(h.itersiblings(preceding=True), 3) for d in sib.iter()]
    prose: Any = None  # the last paragraph of prose passed: its links and spans are prose too
    # a short element without a digit (or "vor"): no element inside it can hold a date, and its
    # descendants follow it in document order
    dateless: Any = None
    # (the elements inside ``dateless`` and ``prose``, as sets: an ancestor walk per element
    # of the window costs more; both are short or hold only inline elements)
    inside_dateless: set[Any] = set()
    inside_prose: set[Any] = set()
    for el in itertools.chain(above, itertools.islice(_after(h), window), _just_before(h)):
        if not isinstance(el.tag, str) or el.tag not in _TAGS:
            continue
        if dateless is not None:
            if el in inside_dateless:
                continue
            dateless = None
        if prose is not None and el.tag != "p" and el in inside_prose:
            continue  # "… im Bulletin <a>am 15. April 2020</a>." is no date line
        text = _short_text(el, 120)
        if text is None and el.tag == "p":
            found = _dateline(el)
            if found is not None and not in_junk(el):
                return found, ""
            prose = el
            inside_prose = set(el.iterdescendants())
            continue
        if text is not None and not may_hold_date(text):
            dateless = el
            inside_dateless = set(el.iterdescendants())
            continue
        m = find_date_chunk(text) if text else None
        if text and m is not None and not in_junk(el) and not _in_caption(el):
            if _OTHER_DATE.search(text[: m.start()]) or _CHANGE_LABEL.search(text[: m.start()]):
                continue
            return (None, "") if _RELATIVE.match(m.group(0)) else (m.group(0), text[m.end() : m.end() + 40])
    return None, ""


def _dateline(el: Any) -> str | None:
    """The date that opens the paragraph ``el`` ("29.11.2022 – …", "(21. November 2022) …")."""
    m = _DATELINE.match(_text(el)[:80])
    date = m.group("date") if m is not None else None
    return None if date is None or _RELATIVE.match(date) else date


def _first_paragraph_dateline(root: Any, in_junk: Any) -> str | None:
    """A dateline opening one of the first three paragraphs of prose of a page without a headline
    (the first may be a search box's help or a cookie notice)."""
    body = root.find("body")
    if body is None:
        return None
    seen = 0
    for el in itertools.islice(body.iter("p"), 200):
        text = _text(el)
        if len(text) < 150 or in_junk(el):
            continue
        found = _dateline(el) or _date_line_above(el, in_junk)
        seen += 1
        if found is not None or seen >= 3:
            return found
    return None


def _date_line_above(el: Any, in_junk: Any) -> str | None:
    """A short date line among the few elements just before the paragraph ``el`` (the story's
    header: "2021-10-16 | Botschaft", then its heading), up to the previous paragraph of prose."""
    for sib in itertools.islice(el.itersiblings(preceding=True), 4):
        if not isinstance(sib.tag, str):
            continue
        text = _short_text(sib, 120)
        if text is None:
            return None  # another paragraph of prose: the story starts no higher
        m = find_date_chunk(text)
        if m is not None and not in_junk(sib) and not _in_caption(sib):
            before = text[: m.start()]
            if _OTHER_DATE.search(before) or _CHANGE_LABEL.search(before) or _RELATIVE.match(m.group(0)):
                return None
            return m.group(0)
    return None


def labelled_date(root: Any, in_box: Any) -> str | None:
    """The first date the page labels as its publication date ("Erschienen am: 01.11.2023",
    "Published on March 3, 2021", "Publié le 4 mai 2020") in a text of its own, or ``None``.

    ``in_box(el)`` tells which elements sit in comments, related-story lists or sidebars (their
    labels are other pages' dates).
    """
    body = root.find("body")
    if body is None:
        return None
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a"):
            continue
        for text in (el.text, el.tail):
            if not text or len(text) > 200:
                continue
            m = _LABELLED.search(text)
            if m is None or _RELATIVE.match(m.group("date")):
                continue
            holder = el if text is el.text else el.getparent()
            if holder is not None and not in_box(holder) and holder.tag != "a":
                return m.group("date")
        split = _split_label_date(el)
        if split is not None and not in_box(el):
            return split
    return None


def _split_label_date(el: Any) -> str | None:
    """The date after a publication label that is the whole text of ``el``: in ``el``'s tail
    ("<b>Erschienen am:</b> 13.10.2021") or as the whole short text of the next element
    ("<span>Erschienen am:</span><h2>13.10.2021</h2>").

    >>> from textclean.html.parse import parse_html
    >>> root, _ = parse_html('<div><span>Erschienen am:</span><h2> 13.10.2021 </h2></div>')
    >>> _split_label_date(root.find(".//span"))
    '13.10.2021'
    >>> root, _ = parse_html('<div><span>Erschienen am:</span><p>Seit dem 13.10.2021 gilt die neue Regel im ganzen Land.</p></div>')
    >>> _split_label_date(root.find(".//span")) is None
    True
    """
    if len(el) or not el.text or _LABEL_ONLY.match(el.text) is None:
        return None
    tail = (el.tail or "").strip()
    if tail:
        m = _DATE_FIRST.match(tail[:80])
    else:
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None or nxt.tag in ("script", "style", "a"):
            return None
        text = _text(nxt)
        # (only a date, perhaps with its time: "13.10.2021", "13.10.2021, 10:48 Uhr")
        m = _DATE_FIRST.match(text) if len(text) <= 40 else None
    if m is None or _RELATIVE.match(m.group("date")):
        return None
    return m.group("date")


_CLOCK = re.compile(r"^\D{0,6}?(\d{1,2})[:.h](\d{2})(?!\d)\s*(?:uhr\s*)?(?i:(a|p)\.?\s?m\.?)?")


def shown_clock(rest: str) -> tuple[int, int] | None:
    """The time of day written right after a shown date ("- 2:00 a. m.", ", 14:30 Uhr", "um 9.05"), as
    ``(hour, minute)`` on a 24-hour clock, or ``None``.

    >>> shown_clock(" - 2:00 a. m."), shown_clock(", 9:15 pm"), shown_clock(" 14:30 Uhr"), shown_clock(" | Politik")
    ((2, 0), (21, 15), (14, 30), None)
    """
    m = _CLOCK.match(rest)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None


def _url_key(url: str) -> str:
    parts = urlsplit(url)
    key = (parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")).casefold()
    return f"{key}?{parts.query}" if parts.query else key


def self_link_date(root: Any, urls: list[str | None], title: str | None) -> str | None:
    """The date beside a link to the page itself that carries its headline: the site lists the
    story in its own teaser box or "about this article" box ("Achtsam durch die Krise
    18. März 2020", "X wurde am 19. Mai 2010 um 23:03 Uhr gepostet"), even in a sidebar.

    >>> from textclean.html.parse import parse_html
    >>> page = '<html><body><div class="sidebar"><p class="news"><a href="/2010/05/budget/">Budget approved</a>'
    >>> page += ' was posted on 19. Mai 2010</p></div></body></html>'
    >>> self_link_date(parse_html(page)[0], ["https://example.org/2010/05/budget/"], "Budget approved")
    '19. Mai 2010'
    """
    base = next((u for u in urls if u), None)
    body = root.find("body")
    if base is None or body is None or not title:
        return None
    try:
        targets = {_url_key(u) for u in urls if u}
    except ValueError:  # a malformed URL ("http://[::1/x") names no page
        return None
    key = _key(title)
    for a in body.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#") or _key(_text(a)) != key:
            continue
        try:
            if _url_key(urljoin(base, href)) not in targets:
                continue
        except ValueError:
            continue
        for box in itertools.islice(a.iterancestors(), 3):
            text = _text(box)
            if len(text) > 300:
                break
            m = find_date_chunk(text)
            if m is not None and not _RELATIVE.match(m.group(0)):
                return m.group(0)
    return None


def opening_post_date(headline: Any, is_post_box: Any) -> str | None:
    """The first date in the post right under the headline of a discussion thread: the headline
    is followed directly by a box that ``is_post_box(el)`` calls a comment or post (a forum's
    opening post is set like its replies), e.g. ``<h2>Question</h2><div class="comment">… 28.09.19``.
    """
    if headline is None:
        return None
    first = next((s for s in headline.itersiblings() if isinstance(s.tag, str) and _text(s)), None)
    if first is None or not is_post_box(first):
        return None
    for el in itertools.islice(first.iter(), 200):
        if not isinstance(el.tag, str) or el.tag not in _TAGS:
            continue
        text = _short_text(el, 80)
        m = find_date_chunk(text) if text else None
        if text and m is not None and not _OTHER_DATE.search(text[: m.start()]) and not _RELATIVE.match(m.group(0)):
            return m.group(0)
    return None
