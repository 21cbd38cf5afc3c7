"""Page metadata from HTML: title, authors, publication date, canonical URL, site name, language.

Sources are read in order of reliability: JSON-LD (``schema.org`` Article and
friends), ``<meta>`` tags (Open Graph, Dublin Core, news-site conventions),
microdata (``itemprop``), then visible markup (``<h1>``, ``rel=author``,
bylines, ``<time>``), and last the URL path.

>>> from textclean.html.parse import parse_html
>>> root, _ = parse_html('''<html lang="en"><head><title>Big news | The Daily</title>
... <meta property="og:site_name" content="The Daily">
... <meta name="author" content="Jane Doe">
... <meta property="article:published_time" content="2024-03-05T10:00:00Z">
... </head><body><h1>Big news</h1></body></html>''')
>>> meta = extract_metadata(root)
>>> meta.title, meta.authors, str(meta.date), meta.site_name, meta.language
('Big news', ['Jane Doe'], '2024-03-05 10:00:00+00:00', 'The Daily', 'en')
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html as _html
import itertools
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..metadata import date_from_url, parse_byline, parse_date
from ..textutil import is_name
from .byline import ROLE_PART as _ROLE_PART
from .byline import _after as _after_el
from .byline import date_name_line, find_date_chunk, text_byline
from .dates import before_headline as _before_headline
from .dates import find_headline as _find_headline
from .dates import labelled_date as _labelled_date
from .dates import numeric_date as _numeric_date
from .dates import opening_post_date as _opening_post_date
from .dates import self_link_date as _self_link_date
from .dates import shown_clock as _shown_clock
from .dates import shown_date_line as _shown_date_line
from .parse import text_content
from .titles import _TITLE_SEPARATORS, TitleSources, _key, choose_title
from .titles import _names_host as _names_host  # re-exported: tests import it from here

_WS = re.compile(r"\s+")
_ARTICLE_TYPES = re.compile(
    r"(?:News|Blog|Scholarly|Tech|Reportage|Analysis|Opinion|Review|Satirical|Report|Background)?"
    r"(?:Article|Posting|Post)$|^(?:Report|Review|Recipe|LiveBlogPosting|VideoObject|Event)$",
    re.IGNORECASE,
)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.\w{2,4}/", re.IGNORECASE)
_DATE_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "datepublished", "date_published", "published_time", "publish-date", "publish_date",
    "publishdate", "pubdate", "article.published", "article_date_original", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "release_date", "og:pubdate",
    "displaydate", "dc.created", "article:post_date", "published-date", "created",
)
#: Date meta tags that do not say which date they give (often the last change).
_GENERIC_DATE_SOURCES = frozenset(["meta:dc.date", "meta:dcterms.date", "meta:date"])
_AUTHOR_META = (
    "author", "article:author", "article:author_name", "og:article:author", "parsely-author",
    "sailthru.author", "dc.creator", "dcterms.creator", "byl", "citation_author", "twitter:creator:name",
    "cxenseparse:author", "author_name", "article.author", "authors", "dc.contributor",
)
_NOT_NAME_WORDS = frozenset(
    ["by", "von", "am", "um", "on", "at", "posted", "published", "publiziert", "veröffentlicht", "geschrieben", "designed", "powered", "theme", "comments", "kommentare", "share", "teilen", "uhr", "min", "read", "foto", "photo", "photos", "image", "images", "bild", "bilder", "quelle", "source", "getty", "istockphoto", "registrieren", "login", "anmelden", "themen", "bearbeiten", "youtube", "facebook", "twitter", "instagram"]
)
_NOT_NAMES = re.compile(
    r"^(?:the|admin|administrator|editor|redaktion|staff|team|webmaster|guest|anonymous|unknown|null|none|"
    r"user|n/a|newsroom|desk|online|web|news|redazione|no author|author|autor|auteur|datum|date|lire|read|"
    r"xing|linkedin|pinterest|whatsapp|e-?mail|se connecter|login|log in|passwort vergessen|zur artikelübersicht|"
    r"subscribe|suscribirme|suscríbete|abonnieren|abonnez-vous|newsletter|anmelden|registrieren|sign in|sign up)$",
    re.IGNORECASE,
)


def norm(text: str | None) -> str:
    """Unescape entities and collapse whitespace.

    >>> norm("  a&amp;b \\n c ")
    'a&b c'
    """
    if not text:
        return ""
    return _WS.sub(" ", _html.unescape(text)).strip()


@dataclass
class PageMetadata:
    """What the page says about itself (every field may be empty)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: dt.date | dt.datetime | None = None
    date_source: str | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    #: The ``articleBody`` of the page's JSON-LD, when it carries one.
    article_body: str | None = None
    #: Texts of a JSON-LD ``Recipe`` (description, ingredients, instruction steps).
    recipe_parts: list[str] = field(default_factory=list)
    #: Class and id names of the parts the page's JSON-LD marks as paywalled content
    #: (``hasPart: {"isAccessibleForFree": false, "cssSelector": ".paywall"}``): story text.
    paywalled: list[str] = field(default_factory=list)
    #: The title candidates seen (h1 text, og:title ...), used to drop the title from the body.
    title_candidates: list[str] = field(default_factory=list)


# -- JSON-LD -------------------------------------------------------------


def _walk_ld(obj: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(obj, list):
        for item in obj[:200]:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(obj, dict):
        yield obj
        graph = obj.get("@graph")
        if graph is not None:
            yield from _walk_ld(graph, depth + 1)
        main = obj.get("mainEntity") or obj.get("mainEntityOfPage")
        if isinstance(main, (dict, list)):
            yield from _walk_ld(main, depth + 1)


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


def json_ld(root: Any) -> list[dict[str, Any]]:
    """All JSON-LD objects of the page (``@graph`` flattened), unparsable scripts skipped."""
    out: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        raw = raw.removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw), strict=False)
            except ValueError:
                continue
        out.extend(_walk_ld(data))
    return out


def _ld_names(value: Any, depth: int = 0, ids: dict[str, dict[str, Any]] | None = None) -> list[str]:
    if depth > 4 or value is None:
        return []
    if ids and isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        value = ids.get(value["@id"], value)
    if isinstance(value, str):
        return [norm(value)] if value.strip() else []
    if isinstance(value, list):
        return [n for v in value[:30] for n in _ld_names(v, depth + 1, ids)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return [norm(name)]
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return [norm(f"{given} {family}")]
        if isinstance(name, (dict, list)):
            return _ld_names(name, depth + 1)
    return []


def _ld_first(obj: dict[str, Any], *keys: str) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, list) and v:
            v = v[0]
        if isinstance(v, dict):
            v = v.get("name") or v.get("@id") or v.get("url")
        if isinstance(v, str) and v.strip():
            return norm(v)
    return None


# -- meta tags -------------------------------------------------------------


def meta_tags(root: Any) -> dict[str, list[str]]:
    """``<meta>`` values keyed by lower-cased ``name``/``property``/``itemprop``/``http-equiv``."""
    metas: dict[str, list[str]] = {}
    for m in root.iter("meta"):
        content = m.get("content")
        if content is None:
            content = m.get("value")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = m.get(attr)
            if key:
                metas.setdefault(key.strip().lower(), []).append(norm(content))
    return metas


def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for k in keys:
        for v in metas.get(k, ()):
            if v:
                return v
    return None


# -- dates --------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|UT|Z|[+-]\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)")


def parse_iso_date(value: str | None) -> dt.date | dt.datetime | None:
    """A date or datetime from an ISO-8601-ish machine value, else from free text.

    >>> parse_iso_date("2021-06-01T08:30:00+02:00")
    datetime.datetime(2021, 6, 1, 8, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
    >>> parse_iso_date("20200115")
    datetime.date(2020, 1, 15)
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO.search(value[:60])
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return None
        if not 1990 <= y <= 2100:
            return None
        if m.group(4) is None:
            return day
        tz: dt.tzinfo | None = None
        zone = m.group(7)
        if zone:
            if zone == "Z":
                tz = dt.UTC
            else:
                z = zone.replace(":", "")
                sign = -1 if z[0] == "-" else 1
                try:
                    tz = dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
                except ValueError:
                    tz = None
        try:
            return dt.datetime(y, mo, d, int(m.group(4)), int(m.group(5)), int(m.group(6) or 0), tzinfo=tz)
        except ValueError:
            return day
    if _RFC2822.match(value):  # "Wed, 04 May 2022 00:25:56 GMT" (feeds, some JSON-LD)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and 1990 <= when.year <= 2100:
            return when
    m2 = _COMPACT.match(value)
    if m2:
        try:
            day = dt.date(int(m2.group(1)), int(m2.group(2)), int(m2.group(3)))
            if 1990 <= day.year <= 2100:
                return day
        except ValueError:
            pass
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp
        try:
            secs = int(value) / (1000 if len(value) == 13 else 1)
            return dt.datetime.fromtimestamp(secs, dt.UTC)
        except (ValueError, OverflowError, OSError):
            return None
    if len(value) > 80:
        return None
    try:
        return parse_date(value)
    except Exception:  # pragma: no cover - defensive: free-text parsing must not break metadata
        return None


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


_SLASHED = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\b")
_URL_LOCALE = re.compile(r"^/(?:[^/]+/)?([a-z]{2}[-_][a-z]{2})(?:/|$)", re.I)


def _url_locale(url: str | None) -> str | None:
    """The locale a URL path names in one of its first two segments ("/en-gb/news/…" gives "en-gb").

    >>> _url_locale("https://www.example.com/en-gb/news/uknews/story"), _url_locale("https://example.com/2020/01/a")
    ('en-gb', None)
    """
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:  # a malformed URL ("http://[::1/x")
        return None
    m = _URL_LOCALE.match(path)
    return m.group(1).lower() if m else None


def _time_under(headline: Any, day: dt.date) -> dt.date | dt.datetime | None:
    """The value of a ``<time datetime>`` on ``day`` just under the headline (outside junk boxes)."""
    if headline is None:
        return None
    for el in itertools.islice(_after_el(headline), 80):
        if el.tag == "time" and el.get("datetime") and not _in_junk(el):
            value = parse_iso_date(el.get("datetime"))
            if value is not None and _day(value) == day:
                return value
    return None


def _same_instant(stamp: dt.datetime, day: dt.date, clock: tuple[int, int], offsets: set[dt.timedelta]) -> bool:
    """True when ``day`` at ``clock`` is ``stamp`` written in UTC or in one of ``offsets`` (the
    offsets of the page's other time stamps)."""
    shown = dt.datetime(day.year, day.month, day.day, clock[0], clock[1])
    utc = stamp.astimezone(dt.UTC).replace(tzinfo=None, second=0, microsecond=0)
    return shown - utc in offsets | {dt.timedelta(0)}


def _stamp_offsets(articles: list[dict[str, Any]], pages: list[dict[str, Any]], metas: dict[str, list[str]]) -> set[dt.timedelta]:
    """The UTC offsets of the page's machine dates."""
    values = [_ld_first(obj, key) for obj in [*articles, *pages] for key in ("datePublished", "dateModified")]
    values += [v for k in (*_DATE_META, *_MODIFIED_META) for v in metas.get(k, ())]
    return {
        off
        for d in map(parse_iso_date, values)
        if isinstance(d, dt.datetime) and (off := d.utcoffset()) is not None
    }


def _publication_candidates(
    articles: list[dict[str, Any]], pages: list[dict[str, Any]], metas: dict[str, list[str]]
) -> Iterator[tuple[dt.date | dt.datetime, str]]:
    """Every date the page's metadata gives as its publication date, with its source."""
    for obj in [*articles, *pages]:
        value = parse_iso_date(_ld_first(obj, "datePublished"))
        if value is not None:
            yield value, "json-ld"
    for k in _DATE_META:
        if f"meta:{k}" in _GENERIC_DATE_SOURCES:
            continue
        for v in metas.get(k, ()):
            value = parse_iso_date(v)
            if value is not None:
                yield value, f"meta:{k}"


_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "date_modified", "dc.date.modified",
    "dc:date.modified", "dcterms.modified", "last-modified", "lastmod", "modified",
)


def _modified_days(articles: list[dict[str, Any]], pages: list[dict[str, Any]], metas: dict[str, list[str]]) -> set[dt.date]:
    """The days the page's metadata gives as its last change (``dateModified``, modified-time tags)."""
    values = [_ld_first(obj, "dateModified") for obj in [*articles, *pages]]
    values += [v for k in _MODIFIED_META for v in metas.get(k, ())]
    return {_day(d) for d in map(parse_iso_date, values) if d is not None}


def _htmldate(root: Any, url: str | None) -> dt.date | None:
    try:
        from htmldate import find_date
    except ImportError:  # the optional extra is not installed
        return None
    try:
        from lxml import etree

        # htmldate wants an ``lxml.html`` tree (ours is plain ``etree``) and it prunes what it
        # reads: it gets its own copy, parsed from the serialised page.
        page = etree.tostring(root, encoding="unicode", method="html")
        found = find_date(page, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:
        return None
    if not found:
        return None
    try:
        day = dt.date.fromisoformat(str(found))
    except ValueError:
        return None
    if day.month == 1 and day.day == 1 and not _new_year_shown(page, day.year):
        return None  # a bare year (a copyright line "© 2024") read as 1 January: no date
    return day


def _new_year_shown(page: str, year: int) -> bool:
    """Does the page write 1 January of ``year`` as a full date (not only the year)?

    >>> _new_year_shown("<p>© Copyright 2024</p>", 2024), _new_year_shown("<time>2024-01-01</time>", 2024)
    (False, True)
    """
    y = str(year)
    return re.search(
        rf"{y}[-/.]0?1[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]0?1[-/.]{y}|(?<!\d)1(?:st|er|º)?\.?\s+(?:de\s+)?(?:jan\w*|ene\w*|gen\w*|janv\w*|stycz\w*|ocak)\.?,?\s+(?:de\s+)?{y}|"
        rf"jan\w*\.?\s+1(?:st)?,?\s+{y}|{y}年0?1月0?1日|{y}\.\s?0?1\.\s?0?1",
        page,
        re.I,
    ) is not None


_TITLE_CLASS = re.compile(r"title|headline|heading|itemprop", re.I)
#: A heading marked as the subtitle (standfirst) or a kicker is not the title.
_SUBTITLE_CLASS = re.compile(r"sub-?(?:title|headline|heading)|(?:sub|kicker|over|dach|roof)-?line|kicker|eyebrow", re.I)
_DATE_CLASS = re.compile(r"(?:^|[-_\s])(?:date|time|published|pubdate|posted|timestamp|dateline|meta|datum|fecha)(?:$|[-_\s])", re.I)
_NOT_DATE_CLASS = re.compile(r"updated|modified|comment|related|teaser", re.I)


def parse_shown_date(text: str | None, month_first: bool = True) -> dt.date | dt.datetime | None:
    """A date written for readers ("4. 2. 2022", "16. August 2019"), or ``None``; slashed
    dates are day-first unless ``month_first`` (pages in US English).

    >>> parse_shown_date("4. 2. 2022"), parse_shown_date("03/05/2022", month_first=False)
    (datetime.date(2022, 2, 4), datetime.date(2022, 5, 3))
    >>> parse_shown_date("28.09.19")
    datetime.date(2019, 9, 28)
    """
    if not text:
        return None
    try:
        squeezed = re.sub(r"\b(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})\b", r"\1.\2.\3", _numeric_date(text.strip()))
        # "28.09.19": a two-digit year (forums, German news) is this century's.
        squeezed = re.sub(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])", r"\1.\2.20\3", squeezed)
        if not month_first:
            # "03/05/2022" is 3 May outside the United States.
            squeezed = re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", r"\1.\2.\3", squeezed)
        return parse_date(squeezed)
    except Exception:  # pragma: no cover - defensive: free-text parsing must not break metadata
        return None


class _ShownDate:
    """The date shown under the page's headline, looked up once per page."""

    def __init__(self, root: Any, title: str | None, month_first: bool = True) -> None:
        self.root, self.title, self.done, self.month_first = root, title, False, month_first
        self.value: dt.date | dt.datetime | None = None
        self.headline: Any = None
        self.rest = ""

    def __call__(self) -> dt.date | dt.datetime | None:
        if not self.done:
            self.done = True
            self.headline = _find_headline(self.root, self.title)
            text, self.rest = _shown_date_line(self.root, _in_date_junk, title=self.title, headline=self.headline)
            self.value = parse_shown_date(text, self.month_first)
        return self.value


def _visible_date(root: Any, shown_date: Any = None) -> tuple[dt.date | dt.datetime | None, str | None]:
    body = root.find("body")
    if body is None:
        body = root
    shown = shown_date or _ShownDate(root, None)
    for el in body.iter("time"):
        cls = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
        if _NOT_DATE_CLASS.search(cls) or _in_junk(el):
            continue
        value = parse_iso_date(el.get("datetime")) or parse_iso_date(norm(text_content(el))[:80])
        if value is not None:
            # A <time> in the site's header, above the story's own header block, is often
            # today's date ("Mittwoch, 01. November 2023"): the date under the headline wins.
            under = shown()
            if under is not None and _day(under) != _day(value) and _before_headline(body, el, shown.headline):
                return under, "headline"
            return value, "time"
    # The date the page shows under its headline ("Posted on 16. August 2019"), before dates
    # in date-classed elements further down (those are often teasers' dates).
    value = shown()
    if value is not None:
        return value, "headline"
    # A date the page labels as its publication date ("Erschienen am: 01.11.2023"), even in the
    # story's footer.
    value = parse_shown_date(_labelled_date(root, _in_box), shown.month_first)
    if value is not None:
        return value, "label"
    n = 0
    for el in body.iter("span", "div", "p", "li", "small", "abbr"):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not cls.strip() or not _DATE_CLASS.search(cls) or _NOT_DATE_CLASS.search(cls):
            continue
        n += 1
        if n > 30:
            break
        text = _itertext(el)  # "Feb 18<br>2009": the parts are words
        if 6 <= len(text) <= 120 and not _in_junk(el):
            chunk = find_date_chunk(text)
            value = parse_date(text) or (parse_shown_date(chunk.group(0)) if chunk else None)
            if value is not None:
                return value, "visible"
    return None, None


def _local_day(
    utc: dt.datetime,
    root: Any,
    metas: dict[str, list[str]],
    lds: list[dict[str, Any]],
    urls: list[str | None],
    shown_day: dt.date | None = None,
    *,
    visible: bool = True,
) -> dt.date | object | None:
    """The page's local publication day for a machine date given in UTC, when the page says it.

    A time stamp in UTC can fall on the day before or after the date the site shows
    (``2019-10-18T22:04Z`` is 19 October in Berlin).  Evidence, in order: the same instant
    written with the site's own UTC offset elsewhere in the page, the date in the URL path,
    then a visible date (the date under the headline, ``shown_day``, confirms the UTC day; else
    the first ``<time>`` outside comments and related boxes; not with ``visible=False``); each
    must lie within the offsets in use (UTC-12 to UTC+14).  ``None`` when the evidence confirms
    the UTC day, ``_NO_EVIDENCE`` when there is none.
    """
    earliest, latest = (utc - dt.timedelta(hours=12)).date(), (utc + dt.timedelta(hours=14)).date()
    day = utc.date()
    values = [v for k in _DATE_META for v in metas.get(k, ())]
    values += [str(o.get("datePublished")) for o in lds if isinstance(o.get("datePublished"), str)]
    values += [t.get("datetime") or "" for t in root.iter("time")][:20]
    for v in values:
        other = parse_iso_date(v)
        if (
            isinstance(other, dt.datetime)
            and other.tzinfo is not None
            and other.utcoffset() != dt.timedelta(0)
            and abs((other - utc).total_seconds()) <= 120
        ):
            return other.date()
    for u in urls:
        found = date_from_url(u) if u else None
        if found is not None:
            return found if earliest <= found <= latest and found != day else None
    if not visible:
        return _NO_EVIDENCE
    if shown_day == day:
        # The date under the headline confirms the UTC day (a live page's later update, shown
        # there, does not move it: only the same instant written with its time does, see
        # :func:`_same_instant`).
        return None
    body = root.find("body")
    for el in (body if body is not None else root).iter("time"):
        if _in_junk(el):
            continue
        text = _itertext(el)  # "March 7, 2024<span>7:55 AM UTC</span>": the parts are words
        shown = parse_date(text) if 6 <= len(text) <= 80 else None
        if shown is not None:
            shown_day = shown.date() if isinstance(shown, dt.datetime) else shown
            return shown_day if earliest <= shown_day <= latest and shown_day != day else None
    return _NO_EVIDENCE


_NO_EVIDENCE = object()

#: Standard UTC offset (hours) and whether EU summer time applies, by country; the country
#: comes from the page's language tag ("de-AT", "es_AR") or its country-code domain.
_COUNTRY_ZONES: dict[str, tuple[float, bool]] = {
    **{c: (1.0, True) for c in ["de", "at", "ch", "it", "fr", "es", "nl", "be", "lu", "pl", "cz", "sk", "hu", "si", "hr", "rs", "ba", "me", "mk", "al", "se", "no", "dk", "li", "mt", "ad", "mc", "sm", "va"]},
    **{c: (2.0, True) for c in ["fi", "ee", "lv", "lt", "ua", "ro", "bg", "gr", "cy", "md"]},
    **{c: (0.0, True) for c in ["pt", "ie", "uk", "gb"]},
    **{c: (-3.0, False) for c in ["ar", "br", "uy"]},
    **{c: (-4.0, False) for c in ["bo", "ve", "py"]},
    **{c: (-5.0, False) for c in ["co", "pe", "ec", "pa"]},
    **{c: (-6.0, False) for c in ["mx", "gt", "cr", "sv", "hn", "ni"]},
    **{c: (3.0, False) for c in ["tr", "ru", "by", "sa", "kw", "qa"]},
    **{c: (5.5, False) for c in ["in"]},
    **{c: (8.0, False) for c in ["cn", "hk", "tw", "sg", "my", "ph"]},
    **{c: (9.0, False) for c in ["jp", "kr"]},
    "id": (7.0, False), "vn": (7.0, False), "th": (7.0, False), "za": (2.0, False), "ng": (1.0, False),
    "ke": (3.0, False), "eg": (2.0, False), "il": (2.0, False), "is": (0.0, False), "nz": (12.0, False),
}


_VANITY_TLDS = frozenset(["co", "me", "io", "tv", "fm", "ai", "ly", "to", "cc", "ws", "la", "sh", "gg", "am", "im", "so", "sx", "nu"])


def _eu_summer(when: dt.datetime) -> bool:
    """EU summer time: from 01:00 UTC on the last Sunday of March to the last Sunday of October."""

    def last_sunday(month: int) -> dt.datetime:
        d = dt.datetime(when.year, month, 31, 1, tzinfo=dt.UTC)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)

    return last_sunday(3) <= when < last_sunday(10)


def _country_day(utc: dt.datetime, lang: str | None, url: str | None) -> dt.date | None:
    """The local day of a UTC time stamp in the time zone of the page's country, when it
    differs from the UTC day ("2021-11-04T23:00Z" on a page in ``de-DE`` is 5 November).

    >>> _country_day(dt.datetime(2021, 11, 4, 23, 0, tzinfo=dt.UTC), "de-DE", None)
    datetime.date(2021, 11, 5)
    >>> _country_day(dt.datetime(2022, 5, 4, 0, 44, tzinfo=dt.UTC), None, "https://www.example.com.br/a")
    datetime.date(2022, 5, 3)
    >>> _country_day(dt.datetime(2021, 11, 4, 12, 0, tzinfo=dt.UTC), "de-DE", None) is None
    True
    """
    offset = _country_offset(utc, lang, url)
    if offset is None:
        return None
    local = (utc + offset).date()
    return local if local != utc.date() else None


def _country_offset(utc: dt.datetime, lang: str | None, url: str | None) -> dt.timedelta | None:
    """The UTC offset at ``utc`` in the page's country (its language tag's region, else its
    country-code domain), or ``None``."""
    country = None
    if lang:
        parts = re.split(r"[-_]", lang.strip().lower())
        if len(parts) >= 2 and len(parts[1]) == 2 and parts[1].isalpha():
            country = parts[1]
    if country is None and url:
        tld = (urlsplit(url).hostname or "").rsplit(".", 1)[-1]
        # Country-code domains that sites use for their look, not their country, say nothing.
        country = tld if len(tld) == 2 and tld not in _VANITY_TLDS else None
    zone = _COUNTRY_ZONES.get(country or "")
    if zone is None:
        return None
    return dt.timedelta(hours=zone[0] + (1.0 if zone[1] and _eu_summer(utc) else 0.0))


def _in_junk(el: Any) -> bool:
    """True when ``el`` sits in a comments/related/sidebar/footer/navigation/ad box."""
    from .extract import _hint_reason

    cache: dict[Any, bool] | None = getattr(_JUNK_CACHE, "d", None)
    # ``memo``: the answer for elements already asked about on this page (their ancestors are
    # the same: an element is in junk when an ancestor is junk or is itself in junk).
    memo: dict[Any, bool] | None = getattr(_JUNK_CACHE, "up", None) if cache is not None else None
    if memo is not None:
        known = memo.get(el)
        if known is not None:
            return known
    passed: list[Any] = []
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            if memo is not None:
                memo[el] = False
                for p in passed:
                    memo[p] = False
            return False
        junk = cache.get(anc) if cache is not None else None
        if junk is None:
            reason = _hint_reason(anc)
            junk = reason in _JUNK_REASONS and anc.find(".//h1") is None
            if junk and reason == "sidebar" and _holds_post(anc):
                junk = False  # a "widget" that holds the post itself (Blogger's "widget Blog")
            if junk and reason in ("navigation", "footer", "advertisement") and _in_post(anc):
                # A post's own top bar or footer ("entry-top-bar", "<footer class=post-footer>"
                # inside the <article>), or a post container a CMS calls "promoted".
                junk = False
            if cache is not None:
                cache[anc] = junk
        if junk:
            if memo is not None:
                memo[el] = True
                for p in passed:
                    memo[p] = True
            return True
        if memo is not None:
            known = memo.get(anc)
            if known is not None:
                memo[el] = known
                for p in passed:
                    memo[p] = known
                return known
            passed.append(anc)
    return False


_META_BOX = re.compile(r"(?:^|\s)(?:[\w]+[-_])?meta(?:data)?(?:$|\s|__)", re.I)


def _in_date_junk(el: Any) -> bool:
    """:func:`_in_junk` for dates (and a comment box itself), except that a story's meta box set
    as ``<aside class="meta">`` (date, source, credits beside the story) is not a sidebar."""
    if not _in_junk(el):
        # (a comment box's own text is its reply's: "macbacchi 28.09.19 14:40 ich hab …")
        return _is_comment_box(el)
    for anc in el.iterancestors():
        if anc.tag == "aside" and _META_BOX.search(anc.get("class") or ""):
            return _in_junk(anc) or _hint_reason_of(anc) in ("comments", "related-links")
    return True


def _hint_reason_of(el: Any) -> str | None:
    from .extract import _hint_reason

    reason: str | None = _hint_reason(el)
    return reason


_BOX_REASONS = frozenset(["comments", "related-links", "sidebar", "advertisement"])


def _in_box(el: Any) -> bool:
    """True when ``el`` is or sits in a comments, related-links, sidebar or ad box (not a footer
    or a menu: a story's footer line "Erschienen am: 01.11.2023" counts)."""
    from .extract import _hint_reason

    for anc in itertools.chain([el], el.iterancestors()):
        if anc.tag in ("body", "html"):
            return False
        reason = _hint_reason(anc)
        if reason in _BOX_REASONS and not (reason == "sidebar" and _holds_post(anc)):
            return True
    return False


def _is_comment_box(el: Any) -> bool:
    """True when ``el`` is a comment (or forum post) box by its class or id."""
    return _hint_reason_of(el) == "comments"


def _in_junk_or_junk(el: Any) -> bool:
    """:func:`_in_junk`, or ``el`` is itself a comment box."""
    from .extract import _hint_reason

    return _hint_reason(el) == "comments" or _in_junk(el)


_POST_CLASS = re.compile(r"(?:^|[\s_-])(?:article|post|entry|hentry|node)(?:$|[\s_-])", re.I)


def _in_post(el: Any) -> bool:
    """True when ``el`` is or sits inside an ``<article>`` (or a post container by its class)."""
    if el.tag == "article" or any(a.tag == "article" for a in el.iterancestors()):
        return True
    return el.tag != "footer" and bool(_POST_CLASS.search(el.get("class") or ""))


def _holds_post(el: Any) -> bool:
    """True when ``el`` holds a post: an ``<article>`` or an element classed ``hentry``/``post-body``."""
    if el.find(".//article") is not None:
        return True
    return any(
        "hentry" in cls or "post-body" in cls or "entry-content" in cls
        for cls in (d.get("class") or "" for d in el.iter() if isinstance(d.tag, str))
    )


#: Per-thread caches of the junk test for the page being read (reset by :func:`extract_metadata`):
#: ``d`` whether an element is a junk box, ``up`` whether it sits in one.
_JUNK_CACHE = threading.local()
_JUNK_REASONS = frozenset(["comments", "related-links", "sidebar", "footer", "navigation", "advertisement"])


# -- authors ----------------------------------------------------------------

_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|\|)\s*", re.I)
_BY_PREFIX = re.compile(
    r"^(?:(?:view|see|show|read|more|all)\s+(?:all\s+)?(?:posts|articles|stories|entries|contributions)\s+(?:by|from|of)|"
    r"(?:zeige\s+)?alle\s+(?:beiträge|artikel|einträge)\s+von|weitere\s+(?:beiträge|artikel)\s+von|(?:alles|mehr)\s+von|artikel\s+von|"
    r"(?:tous\s+les\s+)?articles\s+(?:de|par)|post\s+author|posted\s+on|"
    r"(?:veröffentlicht|publiziert|geschrieben|erstellt|verfasst|eingestellt|gespeichert)\s+(?:von|durch)|submitted\s+by|copyright|(?:written|posted|reported|published|veröffentlicht|geschrieben|verfasst)\s+(?:by|von|par|por)|"
    r"by|von|vom|par|por|di|da|door|av|af|przez|autor(?:in)?|author|authors|autoren|redakteur(?:in)?|text|texte|words|reporter|"
    r"מאת|بقلم|بواسطة|كتب|كتبت)\b\s*:?\s*(?=\S)|^(?:作者|记者|記者|撰文|筆者|執筆|文)\s*[:：]\s*(?=\S)",
    re.I,
)
_ROLE_SUFFIX = re.compile(
    r"\s*(?:\((?:[^)]{1,30})\)|,?\s+(?:the\s+)?associated press|,?\s+(?:reuters|afp|dpa|apa|sda|epd|kna)\b.*|"
    r"\s*(?:korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|correspondent|staff writer|senior editor|editor|contributor|journalist(?:in)?)\b.*)$",
    re.I,
)


def clean_author(value: str, bad: frozenset[str] = frozenset()) -> list[str]:
    """Split an author value into names; URLs, e-mail, role words and site names are dropped.

    >>> clean_author("By Jane Doe and John Smith")
    ['Jane Doe', 'John Smith']
    >>> clean_author("View all posts by Daniel Lemire")
    ['Daniel Lemire']
    >>> clean_author("https://example.com/staff/jd")
    []
    """
    v = norm(value)
    if not v or _URLISH.search(v) or len(v) > 200:
        return []
    v = re.sub(r"^(?:©|\(c\))\s*", "", v, flags=re.I)
    if v[:1] in "（(［[" and v[-1:] in "）)］]":
        v = v[1:-1].strip()  # "（文：佐藤花子）": a credit line set in brackets
    for _ in range(2):
        v = _BY_PREFIX.sub("", v, count=1)
    if bad:
        # "unocero - Alberto Ávila", "Alberto Ávila | unocero": the site's name beside the author's.
        for sep in (" - ", " – ", " — ", " | "):
            sides = v.split(sep)
            if len(sides) == 2 and sum(_key(x) in bad for x in sides) == 1:
                v = next(x for x in sides if _key(x) not in bad).strip()
                break
    v = re.sub(r"\S+@\S+|\S+\[at\]\S+", "", v).strip(" ,;|-–—:")
    v = re.sub(r"(?<=\w)\s+@\w+$", "", v)  # "Jane Doe @janedoe": the handle repeats the name
    out: list[str] = []
    multi = any(sep in v for sep in (",", " and ", ";", " & ", " und ", " | ", " et ", " y "))
    parts = _AUTHOR_SPLIT.split(v) if multi else [v]
    for i, p in enumerate(parts):
        p = p.strip(" ,;|-–—:")
        if i > 0 and out and _ROLE_PART.match(p):
            continue  # "Uta Staschewski, Projektleiterin der HSS": the author's job, not a name
        stripped = _ROLE_SUFFIX.sub("", p).strip(" ,;|-–—:")
        if stripped.casefold() not in ("", "the") and not _NOT_NAMES.match(stripped):
            p = stripped
        p = re.sub(r"\s*기자$", "", p)
        words = p.split()
        half = words[: len(words) // 2]
        if (
            len(words) >= 2 and len(words) % 2 == 0 and half == words[len(words) // 2 :]
            and not all(len(w.strip(".")) <= 1 for w in half)  # "R. R." is two initials
        ):
            p = " ".join(words[: len(words) // 2])  # "Jane Doe Jane Doe": a name shown twice
        if not p or _NOT_NAMES.match(p) or len(p) > 60 or p.endswith("?") or any(c in "()[]:/→←»«›‹•#*+=<>" for c in p):
            continue
        if any(c.isdigit() for c in p) and not _HANDLE.match(p):
            continue
        ws = [w.casefold() for w in p.split()]
        # "von" starts a byline ("von Anna Roth") but sits inside names ("Christoph von Eichhorn").
        if ws[0] in _NOT_NAME_WORDS or any(w in _NOT_NAME_WORDS and w != "von" for w in ws[1:]) or not any(c.isalpha() for c in p):
            continue
        last = p.split()[-1]
        # "x.com", not "Isa.DiBiase" nor the initial "R."
        domain_like = bool(re.search(r"\w\.[^\W\d_]{2,}", last)) and not re.search(r"\.[^\W\d_]*[A-Z]", last)
        if len(p.split()) > 5 or _key(p) in bad or domain_like or p.casefold().startswith("www"):
            continue
        if any(_key(p) != _key(o) and _key(p).startswith(_key(o)) for o in out):
            continue
        if _DEGREE.match(p) or _sentence_like(p):
            continue
        if p not in out:
            out.append(p)
    return out


#: Academic degrees and titles listed after a name ("Grant Tinsley, PhD").
_DEGREE = re.compile(r"^(?:ph\.?\s?d|m\.?d|msc|m\.?sc|ma|ba|bsc|mba|mph|rd|rn|dr|prof|md phd|m\.?a|b\.?a|llm|jd)\.?$", re.I)
_NAME_PARTICLES = frozenset(
    ["von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "ter", "ten", "zu", "dos", "das", "bin", "al", "el", "y", "e", "vom", "zum", "und", "dem"]
)


def _sentence_like(name: str) -> bool:
    """True for words of a sentence taken for a name: capitalised words mixed with lower-case
    words that are no name particles ("Die Beamten fanden die Leiche"; "der Michel" is a name).

    >>> _sentence_like("Die Beamten fanden die Leiche"), _sentence_like("Jan de Vries"), _sentence_like("bell hooks")
    (True, False, False)
    """
    words = name.split()
    if len(words) < 3:
        return False
    lower = [w for w in words if w[:1].islower() and w.casefold() not in _NAME_PARTICLES]
    upper = [w for w in words if w[:1].isupper()]
    return len(upper) >= 2 and (len(lower) >= 2 or (len(lower) >= 1 and len(words) >= 4))


#: A user name with digits ("freeman1984") is a name; dates and counts are not.
_HANDLE = re.compile(r"^[^\W\d_][\w.-]*[^\W\d_][\w.-]*\d[\w-]*$|^[^\W\d_]{3,}[\w.-]*\d+$")
# (searched in lower-cased class and id strings: faster than ``re.I``)
_BYLINE_HINT = re.compile(r"byline|author|writer|autor|auteur|reporter|contributor|journalist|verfasser|submitted|vcard")
_BYLINE_BAD = re.compile(r"bio|avatar|image|photo|img|box|social|follow|more|comment|related|about|description")
_AUTHOR_HREF = re.compile(r"/(?:author|authors|autor|autoren|auteur|redakteur|profile|profil|people|staff|user|members?|journalist)s?/[^/?#]+", re.I)


def _itertext(el: Any) -> str:
    return _SPACE_BEFORE_PUNCT.sub(r"\1", norm(" ".join(el.itertext())))


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([:,.!?;)])")


def site_keys_for_blogs(site_names: list[str]) -> frozenset[str]:
    """Site names that may also be a visible author (a personal blog is named after its author)."""
    return frozenset(_key(x) for x in site_names if x)


def _rel_author_names(root: Any, bad: frozenset[str] = frozenset()) -> list[str]:
    """The names of all the page's author links (``rel="author"``) outside junk boxes, when
    they sit together in one byline block (the nearest ancestor of the first that holds them
    all is at most four levels up) and name two to six people; else ``[]``.

    >>> from textclean.html.parse import parse_html
    >>> page = '<div class="bylines"><div class="byline"><a rel="author" href="/a">Ana Lima</a></div>'
    >>> page += '<div class="byline"><a rel="author" href="/j">Jo Roth</a></div></div>'
    >>> _rel_author_names(parse_html(page)[0])
    ['Ana Lima', 'Jo Roth']
    """
    body = root.find("body")
    if body is None:
        return []
    links = [a for a in body.iter("a") if "author" in (a.get("rel") or "").lower().split() and not _in_junk(a)]
    if not 2 <= len(links) <= 6:
        return []
    block = None
    for anc in itertools.islice(links[0].iterancestors(), 4):
        if all(anc in set(a.iterancestors()) for a in links[1:]):
            block = anc
            break
    if block is None:
        return []
    names: list[str] = []
    for a in links:
        for name in clean_author(_itertext(a), bad):
            if name not in names:
                names.append(name)
    return names if 2 <= len(names) <= 6 else []


_SIGNATURE_TAGS = frozenset(["strong", "b", "em", "i"])
#: Word endings of nouns and adjectives that are no names: a subheading set in bold
#: ("Bauzeitliche Nutzung", "Historische Entwicklung", "Final Conclusions").
_NOUN_ENDINGS = re.compile(
    r"(?i:(?:ung|heit|keit|schaft|tion|tionen|ismus|liche[nrs]?|ische[nrs]?|ions|ment|ments|ness|ity|ities)\b)"
)


def _signature_name(root: Any, title: str | None, bad: frozenset[str] = frozenset()) -> list[str]:
    """The author's name set alone in bold or italics as a paragraph of its own right before the
    story's first paragraph of prose or right after its last, in the same block (a signature:
    ``<p><strong>Ana Lima</strong></p><p>IN the heart of …</p>``), or ``[]``.

    >>> from textclean.html.parse import parse_html
    >>> prose = "<p>" + "The council approved the new budget on Tuesday after a long debate. " * 3 + "</p>"
    >>> page = f"<html><body><h1>Budget</h1><div><p><strong>Ana Lima</strong></p>{prose}{prose}</div></body></html>"
    >>> _signature_name(parse_html(page)[0], "Budget")
    ['Ana Lima']
    >>> _signature_name(parse_html(page.replace("Ana Lima", "Read more"))[0], "Budget")
    []
    """
    from ..textutil import is_name

    h = _find_headline(root, title)
    if h is None:
        return []
    ps = [el for el in itertools.islice(_after_el(h), 4000) if el.tag == "p"][:300]
    prose = [i for i, p in enumerate(ps) if len(_itertext(p)) >= 120]
    if len(prose) < 2:
        return []
    first, last = ps[prose[0]], ps[prose[-1]]
    cands = [(p, first) for p in reversed(ps[max(0, prose[0] - 2) : prose[0]])]
    cands += [(p, last) for p in ps[prose[-1] + 1 : prose[-1] + 2]]
    for p, anchor in cands:
        if p.getparent() is not anchor.getparent() or (p.text or "").strip() or _in_junk(p):
            continue
        kids = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
        if len(kids) != 1 or kids[0].tag not in _SIGNATURE_TAGS or (kids[0].tail or "").strip():
            continue
        text = _itertext(kids[0]).strip(" .")
        if is_name(text, max_tokens=4) and not _ORG_WORDS.search(text) and not _NOUN_ENDINGS.search(text):
            names = clean_author(text, bad)
            if names:
                return names[:1]
    return []


def _visible_authors(root: Any, bad: frozenset[str] = frozenset()) -> list[str]:
    body = root.find("body")
    if body is None:
        return []
    for el in body.iter("a"):
        rel = (el.get("rel") or "").lower()
        if "author" in rel.split() and not _in_junk(el):
            names = clean_author(_itertext(el), bad)
            if names:
                return names
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        itemprop = (el.get("itemprop") or "").lower()
        if itemprop == "author" and not _in_junk(el):
            name_el = None
            for sub in el.iter():
                if (sub.get("itemprop") or "").lower() == "name":
                    name_el = sub
                    break
            target = name_el if name_el is not None else el
            text = norm(target.get("content") or _itertext(target))
            names = clean_author(text, bad)
            if names:
                return names
    for el in body.iter("a"):
        href = el.get("href") or ""
        if _AUTHOR_HREF.search(href) and not _in_junk(el):
            names = clean_author(_itertext(el), bad)
            if names and len(names[0]) < 40:
                return _byline_links(el, names, bad)
    n = 0
    for el in body.iter("div", "span", "p", "a", "address", "li", "strong", "small", "h4", "h5", "h6", "ul"):
        hint = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if not _BYLINE_HINT.search(hint) or _BYLINE_BAD.search(hint):
            continue
        n += 1
        if n > 20:
            break
        text = _itertext(el)
        if not text or len(text) > 120 or _in_junk(el):
            continue
        text = _first_line(el) or text
        fn = next((sub for sub in el.iter() if "fn" in (sub.get("class") or "").split()), None)
        if fn is not None:  # hCard: the formatted name
            text = _itertext(fn)
        found = parse_byline(text, require_prefix=False) or parse_byline(text) or [text]
        names = [n for x in found for n in clean_author(x, bad)]
        if not names and not text.isascii():
            # A byline box in a script without capitals that sets the name in an inline element
            # of its own before the date ("<span>김민준 기자</span> <span>입력 2024.06.11</span>");
            # a box that opens with a block is led by a label ("<div>この記事を書いた人</div>").
            first = next((c for c in el if isinstance(c.tag, str)), None)
            if first is not None and first.tag in ("span", "a", "strong", "b", "em") and not (el.text or "").strip():
                name = _itertext(first)
                if any(c.isalpha() and c.lower() == c.upper() for c in name):
                    names = clean_author(name, bad)
        if names and all(len(x.split()) <= 4 for x in names):
            return names
    return []


#: What may stand between the profile links of one byline: commas, "and" in a few languages,
#: "by"/"von"/"por" before the first.
_LINK_JOINERS = re.compile(r"(?i:^(?:[\s,;&/|·•-]|\b(?:and|und|y|e|et|en|och|og|i|oraz|by|von|por|par|door|di|da)\b)*$)")


def _byline_links(first: Any, names: list[str], bad: frozenset[str]) -> list[str]:
    """The names of every author's profile link in the byline that holds the link ``first``
    ("<a href=/autor/ana>Ana Lima</a>, <a href=/autor/jo>Jo Roth</a> y <a …>Eva Paz</a>"):
    the nearest of its three closest ancestors with another profile link, when that
    ancestor holds nothing but the links and the words that join them; else ``names``.

    >>> from textclean.html.parse import parse_html
    >>> root, _ = parse_html('<p class="by">By <a href="/author/ana">Ana Lima</a>, <span><a href="/author/jo">Jo Roth</a></span> and <a href="/author/eva">Eva Paz</a></p>')
    >>> _byline_links(root.find(".//a"), ["Ana Lima"], frozenset())
    ['Ana Lima', 'Jo Roth', 'Eva Paz']
    >>> root, _ = parse_html('<p>Ana Lima wrote this with <a href="/author/jo">Jo Roth</a> and <a href="/author/eva">Eva Paz</a></p>')
    >>> _byline_links(root.find(".//a"), ["Jo Roth"], frozenset())
    ['Jo Roth']
    """
    for anc in itertools.islice(first.iterancestors(), 3):
        if anc.tag in ("body", "html"):
            break
        links = [a for a in anc.iter("a") if _AUTHOR_HREF.search(a.get("href") or "")]
        if len(links) < 2:
            continue
        inside = {d for a in links for d in a.iter()}
        # the text of ``anc`` outside the links
        rest = [anc.text or ""]
        for d in anc.iterdescendants():
            if d not in inside and isinstance(d.tag, str):
                rest.append(d.text or "")
            if d.getparent() not in inside:
                rest.append(d.tail or "")
        between = " ".join(rest)
        if len(between) > 60 or _LINK_JOINERS.match(between) is None:
            return names
        out: list[str] = []
        for a in links:
            for name in clean_author(_itertext(a), bad):
                if name not in out and len(name) < 40:
                    out.append(name)
        return out if len(out) >= 2 and len(out) <= 10 else names
    return names


_LINE_TAGS = frozenset(["div", "p", "br", "li", "ul", "ol", "dl", "dd", "dt", "h4", "h5", "h6", "section", "table"])


def _first_line(el: Any) -> str:
    """The profile link that opens a byline element whose other children are set as lines: a
    forum's author box shows the member's name, then their rank and post count on lines of their
    own (``<div class="post-author"><a>millie</a><div>New member</div><div>Posts: 3</div></div>``);
    the name is the link.  ``""`` when the element is one line or opens with anything else.

    >>> from textclean.html.parse import parse_html
    >>> root, _ = parse_html('<div class="author"><a href="/u/m">millie</a><div>New member</div></div>')
    >>> _first_line(root.find(".//div"))
    'millie'
    >>> root, _ = parse_html('<div class="author"><div><p>von <a>Ana Lima</a></p></div><p>Stand: 1. Mai</p></div>')
    >>> _first_line(root.find(".//div"))
    ''
    """
    if (el.text or "").strip() or not any(isinstance(c.tag, str) and c.tag in _LINE_TAGS for c in el):
        return ""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag != "a" or (first.tail or "").strip():
        return ""
    nxt = first.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag not in _LINE_TAGS:
        return ""
    return _itertext(first)


#: Newsroom labels that a byline may give instead of a name.
_STAFF = re.compile(r"^(?i:redaktion|die redaktion|la redacción|redacción|la rédaction|rédaction|redazione|redactie|staff|editorial team|the editors)$")
_COPYRIGHT = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:(?i:by)\s+)?"
    r"(?P<name>[^\W\d_][^|•·,;:()\n\d]{2,40}?)\s*(?=[|•·,;.(\n]|$|\d|(?i:all rights|alle rechte|tous droits|todos los derechos))"
)


def _copyright_holder(root: Any) -> list[str]:
    """The person named in the page's copyright line ("© 2019 Jane Doe"), never a company.

    >>> from textclean.html.parse import parse_html
    >>> _copyright_holder(parse_html("<html><body><footer><p>© 2012- Jane Doe. All rights reserved.</p></footer></body></html>")[0])
    ['Jane Doe']
    >>> _copyright_holder(parse_html("<html><body><footer><p>© 2024 Example Media GmbH</p></footer></body></html>")[0])
    []
    >>> _copyright_holder(parse_html("<html><body><footer><p>© 2024 The Structure Show.</p></footer></body></html>")[0])
    []
    """
    from ..textutil import is_name

    body = root.find("body")
    if body is None:
        return []
    for el in body.iter("p", "div", "span", "small", "footer", "li", "address"):
        first = (el.text or "").strip()
        if "©" not in first and "(c)" not in first.lower() and "copyright" not in first.lower():
            continue
        text = norm(" ".join(el.itertext()))
        if len(text) > 160:
            continue
        m = _COPYRIGHT.search(text)
        if m is None or not _in_page_footer(el):
            continue  # a photo credit ("© Getty Images") is no copyright line of the page
        name = m.group("name").strip()
        if (
            is_name(name, max_tokens=4)
            and not _ORG_WORDS.search(name)
            and not _PHOTO_AGENCY.search(name)
            and not _RIGHTS.search(name)
            and not _LEADING_ARTICLE.match(name)
        ):
            return [name]
        return []
    return []


#: A name that opens with an article is a title (a show, a blog, a magazine), not a person's
#: ("© 2024 The Structure Show").
_LEADING_ARTICLE = re.compile(r"(?:the|a|an|der|die|das|le|la|les|el|los|las|il|lo|gli|de|het|een)\s", re.I)


_FOOTER_HINT = re.compile(r"footer|colophon|site-?info|copyrights?[-_]?(?:area|bar|text|info|notice|line)|bottom", re.I)
_PHOTO_AGENCY = re.compile(r"(?i:getty|istock|shutterstock|imago|picture alliance|reuters|dpa|adobe stock|unsplash|pixabay|fotolia)")


_RIGHTS = re.compile(r"(?i:rights|reserved|rechte|vorbehalten|droits|réservés|derechos|reservados|diritti|riservati)")


def _in_page_footer(el: Any) -> bool:
    """True when ``el`` sits in the page's footer (``<footer>`` or a footer/colophon class)."""
    for a in [el, *el.iterancestors()]:
        if a.tag == "footer" or _FOOTER_HINT.search(f"{a.get('class') or ''} {a.get('id') or ''}"):
            return True
    return False


def _staff_byline(root: Any) -> list[str]:
    """The newsroom named in a byline element ("Author Redaktion", "Redaktion 1. November 2023").

    >>> from textclean.html.parse import parse_html
    >>> _staff_byline(parse_html('<html><body><span class="author">Author Redaktion</span></body></html>')[0])
    ['Redaktion']
    >>> _staff_byline(parse_html('<html><body><span class="author">Anna Roth</span></body></html>')[0])
    []
    """
    body = root.find("body")
    if body is None:
        return []
    n = 0
    for el in body.iter("div", "span", "p", "a", "address", "li", "small"):
        if not _BYLINE_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower()):
            continue
        n += 1
        if n > 30:
            break
        text = _itertext(el)
        if not text or len(text) > 60:
            continue
        label = re.split(r"\s*[-–—|·•,]?\s*\d", _BY_PREFIX.sub("", text, count=1), maxsplit=1)[0].strip(" :")
        if _STAFF.match(label) and not _in_junk(el):
            return [label]
    return []


_SITE_HINT = re.compile(r"site-?(?:title|name|description|branding)|logo|brand|tagline|blog-?(?:title|name|description)", re.I)


def _host_person(root: Any, url: str | None, texts: list[str]) -> list[str]:
    """The person a personal site is named after: two to four capitalised words of the site's
    name, title or header that spell its host name ("Dr. Alexander Klier" on
    ``alexander-klier.net`` gives "Alexander Klier"; "Alexander Lasch" on ``alexanderlasch.example``).

    >>> from textclean.html.parse import parse_html
    >>> root = parse_html("<html><body><div class=site-title>Dr. Alexander Klier</div></body></html>")[0]
    >>> _host_person(root, "https://www.alexander-klier.net/a/", [])
    ['Alexander Klier']
    >>> _host_person(root, "https://www.example.net/a/", ["Example Net News"])
    []
    >>> _host_person(root, "https://structureshow.example/a/", ["The Structure Show"])
    []
    """
    if not url:
        return []
    label = (urlsplit(url).hostname or "").removeprefix("www.").split(".")[0]
    target = _compact(label)
    if len(target) < 8:
        return []
    cands = list(texts)
    body = root.find("body")
    if body is not None:
        n = 0
        for el in body.iter("div", "span", "p", "a", "h1", "h2", "strong"):
            if not _SITE_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
                continue
            n += 1
            if n > 20:
                break
            text = _itertext(el)
            if text and len(text) <= 80:
                cands.append(text)
    for c in cands:
        for part in _TITLE_SEPARATORS.split(c):
            words = part.split()
            for i in range(len(words)):
                if i > 0 and _LEADING_ARTICLE.fullmatch(words[i - 1] + " "):
                    continue  # "The Structure Show": a title, not a person's name
                for j in range(i + 2, min(len(words), i + 4) + 1):
                    seg = words[i:j]
                    if _compact(" ".join(seg)) == target and all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) and w[0].isupper() for w in seg):
                        return [" ".join(seg)]
    return []


#: Author values that are never names, not even on a blog named after them.
_HARD_BAD = frozenset(["wordpressadmin", "wpadmin", "gesponserte inhalte"])


_NON_WORDS = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    return _NON_WORDS.sub("", text.casefold())


def _org_like(name: str, site_names: list[str]) -> bool:
    """True when an author value is the publication's own name ("The Daily" on thedaily.com).

    >>> _org_like("EFC Bayrische Bembel", ["bayrische-bembel"]), _org_like("Jane Doe", ["The Daily", "thedaily"])
    (True, False)
    """
    n = _compact(name)
    if len(n) < 2:
        return False
    if _ORG_WORDS.search(name):
        return True
    for site in site_names:
        s = _compact(site)
        if len(s) >= 2 and (n == s or (len(s) >= 4 and s in n) or (len(n) >= 4 and n in s)):
            return True
    return False


#: Words that make an author value an organisation ("Bayerische Landesanstalt für Wald").
_ORG_WORDS = re.compile(
    r"(?i:\b(?:gmbh|ag|e\.\s?v|inc|ltd|llc|s\.?a|verlag|verband|institut|institute|university|universität|"
    r"ministerium|ministry|association|foundation|stiftung|gesellschaft|agentur|agency|landesanstalt|bundesamt|"
    r"department|redaktion|editorial|newsroom|desk|online)\b\.?)|(?i:anstalt\b|verband\b|ministerium\b)"
)


def _ld_org_author(value: Any) -> bool:
    """True when the JSON-LD ``author`` is only organisations (``"@type": "Organization"``)."""
    items = value if isinstance(value, list) else [value]
    types = [t for v in items if isinstance(v, dict) for t in _types(v)]
    return bool(types) and all("Organization" in t or t == "NewsMediaOrganization" for t in types) and len(types) == len(items)


def _extends(authors: list[str], shown: list[str]) -> bool:
    """True when the byline ``shown`` names every author (or a longer form of it) and more.

    >>> _extends(["Todd"], ["Todd Bates"]), _extends(["Ann Lee"], ["Ann Lee", "Bo Ek"]), _extends(["Ann Lee"], ["Bo Ek"])
    (True, True, False)
    """
    keys = [_key(s) for s in shown]
    if {_key(a) for a in authors} == set(keys) or len(shown) < len(authors):
        return False
    olds = {_key(a) for a in authors}
    # A login handle in the metadata that the byline spells out ("arianschlichenmayer").
    handles = {_compact(a): _key(a) for a in authors if " " not in a.strip() and len(_compact(a)) >= 6}
    spelt = {handles[_compact(s)] for s in shown if " " in s.strip() and _compact(s) in handles}
    if spelt:
        olds -= spelt
        if not olds:
            return len(shown) == len(authors)
    for name, k in zip(shown, keys, strict=True):
        if k in olds or _compact(name) in handles:
            continue
        if name.isupper() and not any(a.isupper() for a in authors):
            return False  # "MDR AKTUELL" after "Jane Doe": a programme or an agency
        # A longer form of a one-word author ("Todd" -> "Todd Bates"), or another full name.
        if any(" " not in o and k.startswith(o + " ") for o in olds):
            continue
        if not 2 <= len(k.split()) <= 3 or _ROLE_WORDS.search(k) or any(k.startswith(o) for o in olds):
            return False
    return all(any(k == o or k.startswith(o + " ") for k in keys) for o in olds)


_ROLE_WORDS = re.compile(
    r"\b(?:redaktion|redakteur\w*|reporter\w*|writer|editor|team|staff|marketing|project|online|news|"
    r"korrespondent\w*|correspondent|leiter\w*|autor\w*|author|follow|folgen)\b"
)


# -- main ---------------------------------------------------------------


def extract_metadata(root: Any, url: str | None = None, *, use_htmldate: bool = True) -> PageMetadata:
    """Read the page's metadata (see the module docstring for the sources)."""
    _JUNK_CACHE.d = {}
    _JUNK_CACHE.up = {}
    try:
        return _extract_metadata(root, url, use_htmldate)
    finally:
        _JUNK_CACHE.d = None
        _JUNK_CACHE.up = None


def _extract_metadata(root: Any, url: str | None, use_htmldate: bool) -> PageMetadata:
    meta = PageMetadata()
    metas = meta_tags(root)
    lds = json_ld(root)
    articles = [o for o in lds if any(_ARTICLE_TYPES.search(t) for t in _types(o))]
    pages = [o for o in lds if any(t in ("WebPage", "ItemPage", "CollectionPage") for t in _types(o))]
    ld_main = articles[0] if articles else None

    # canonical url
    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    canonical = canonical or _first(metas, "og:url", "twitter:url")
    if canonical:
        canonical = urljoin(url, canonical) if url else canonical
        if urlsplit(canonical).scheme in ("http", "https"):
            meta.url = canonical

    # site name
    publisher = None
    if ld_main is not None:
        pub = ld_main.get("publisher")
        names = _ld_names(pub)
        publisher = names[0] if names else None
    meta.site_name = _first(metas, "og:site_name", "application-name", "twitter:site:name") or publisher
    if meta.site_name is None:
        for o in lds:
            if "WebSite" in _types(o) or "Organization" in _types(o) or "NewsMediaOrganization" in _types(o):
                n = _ld_names(o)
                if n:
                    meta.site_name = n[0]
                    break

    # language
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    lang = lang or _first(metas, "content-language", "language", "og:locale", "dc.language")
    if not lang and ld_main is not None:
        lang = _ld_first(ld_main, "inLanguage")
    if lang:
        code = re.split(r"[-_,;\s]", lang.strip().lower())[0]
        if 2 <= len(code) <= 3 and code.isalpha():
            meta.language = code

    meta.description = _first(metas, "og:description", "description", "twitter:description")
    meta.image = _first(metas, "og:image", "twitter:image")

    # title
    h1s: list[str] = []
    h1_parts: list[str] = []
    others: list[str] = []
    logos: list[str] = []
    body = root.find("body")
    if body is not None:
        for h in body.iter("h1", "h2", "h3"):
            t = _itertext(h)
            if not 3 <= len(t) <= 300 or _in_junk(h):
                continue
            if h.tag == "h1" and _home_link(h, t, url, meta.url):
                # <h1><a href="/">Blog name</a></h1>: the site's name set as its logo.
                logos.append(t)
                continue
            if h.tag == "h1" and len(h1s) < 3:
                h1s.append(t)
                # A kicker and the headline in separate elements of one <h1>: each part may
                # be the headline the meta titles name ("<span>Kicker</span><span>Headline</span>").
                parts = [x for x in (_itertext(c) for c in h if isinstance(c.tag, str)) if len(x) >= 3]
                if len(parts) >= 2 and len(parts) <= 4:
                    h1_parts.extend(parts)
            elif (
                len(others) < 8
                and _TITLE_CLASS.search(hint := f"{h.get('class') or ''} {h.get('itemprop') or ''}")
                and not _SUBTITLE_CLASS.search(hint)
            ):
                others.append(t)
            if len(h1s) >= 3 and len(others) >= 8:
                break
    site_names = [s for s in (meta.site_name, publisher, *logos) if s]
    if meta.url:
        host = urlsplit(meta.url).hostname or ""
        site_names.append(host.removeprefix("www.").split(".")[0])
    elif url:
        host = urlsplit(url).hostname or ""
        site_names.append(host.removeprefix("www.").split(".")[0])
    title_tag = None
    head = root.find("head")
    t_el = head.find("title") if head is not None else root.find(".//title")
    if t_el is not None:
        title_tag = norm(text_content(t_el)) or None
    ld_headline = _ld_first(ld_main, "headline", "name") if ld_main is not None else None
    og_title = _first(metas, "og:title", "twitter:title", "dc.title", "title", "sailthru.title", "parsely-title")
    candidates = [c for c in (ld_headline, og_title, title_tag) if c]
    meta.title_candidates = [*h1s, *candidates]
    ld_title = ld_headline
    if h1s and ld_main is not None and "headline" not in ld_main and "Recipe" in _types(ld_main):
        # A recipe's name is the dish ("Lemon cake"), not the post's headline ("Juicy lemon cake
        # from the tray: simply delicious!"); it names the page only when nothing is shown.
        ld_title = None
    title = choose_title(TitleSources(h1s, others, h1_parts, ld_title, og_title, title_tag), site_names)
    meta.title = title or None
    if meta.site_name is None and logos and title_tag and title_tag != logos[0] and _key(logos[0]) in _key(title_tag):
        # No site name in the metadata: the ``<h1>`` that links home (a blog's name, Blogger's
        # header) is it, when the ``<title>`` names it too ("Marsh Birder: First swallows …").
        meta.site_name = logos[0]

    # authors
    bad = frozenset(_key(x) for x in site_names if x) | frozenset(
        _key(x) for x in ("wordpressadmin", "wpadmin", "gesponserte inhalte", "sponsored content")
    )
    authors: list[str] = []
    if ld_main is not None:
        ids = {o["@id"]: o for o in lds if isinstance(o.get("@id"), str)}
        raw = _ld_names(ld_main.get("author"), 0, ids) or _ld_names(ld_main.get("creator"), 0, ids)
        for r in raw:
            for name in clean_author(r, bad):
                if name not in authors:
                    authors.append(name)
    from_tags: list[str] = []
    for k in _AUTHOR_META:
        for v in metas.get(k, ()):
            for name in clean_author(v, bad):
                if name not in from_tags and not name.startswith("@"):
                    from_tags.append(name)
        if from_tags:
            break
    tag_only = not authors
    if not authors:
        authors = from_tags
    elif from_tags and _extends(authors, from_tags):
        # The author tag names JSON-LD's authors and more ("Ana Lima,Jo Roth" beside one
        # JSON-LD Person "Ana Lima"): JSON-LD kept the first author only.
        authors = from_tags
    org_only = bool(authors) and (
        all(_org_like(a, site_names) for a in authors)
        or _ld_org_author(ld_main.get("author") if ld_main else None)
    )
    # (a personal blog's byline may name the blog: the site name is a name there)
    shown_raw = text_byline(root, _in_junk_or_junk)
    shown = [n for x in shown_raw for n in clean_author(x, bad if authors else _HARD_BAD)]
    if not authors or org_only:
        # No author metadata, or it names the publication: the page's visible byline names a person.
        found = _visible_authors(root, bad - site_keys_for_blogs(site_names))
        if not found or all(_org_like(a, site_names) for a in found):
            # A byline written as text ("Von Anna Roth am 3. Mai", "Posted by Konstantin").
            found = shown or found
        elif shown and _extends(found, shown):
            found = shown
        if found and not (org_only and all(_org_like(a, site_names) for a in found)):
            authors = found
    elif shown and _extends(authors, shown):
        # The visible byline says more than the metadata ("Todd" -> "Todd Bates"; one name of two).
        authors = shown
    elif (
        tag_only
        and shown
        and not {_key(a) for a in authors} & {_key(x) for x in shown}
        and all(is_name(x, max_tokens=4) and not _org_like(x, site_names) for x in shown)
        # (the page's own author element naming the tag's person confirms the tag: the
        # byline text found is then a credit line, "Redaktion: Theresa Bäuerlein")
        and not {_key(a) for a in authors} & {_key(x) for x in _visible_authors(root, bad)}
    ):
        # Only an author tag (often the CMS account that posted the page: "Paul Soldan") and a
        # visible byline that names other people in full ("Ein Interview von Eugen Zentner"):
        # the byline is what the readers are told.
        authors = shown
    elif (linked := _rel_author_names(root, bad)) and _extends(authors, linked):
        # The page's author links name the metadata's author and more (one byline box per author).
        authors = linked
    elif (
        shown
        and from_tags
        and not {_key(a) for a in authors} & {_key(x) for x in [*shown, *from_tags]}
        and {_key(x) for x in shown} <= {_key(x) for x in from_tags}
    ):
        # JSON-LD names somebody the page does not (an uploader), while the visible byline and
        # the author tag agree on others: those are the authors.
        authors = from_tags
    if not authors or all(_org_like(a, site_names) for a in authors):
        # Nobody named, or only the publication: a name set alone in bold right before the
        # story's first paragraph or right after its last ("<p><strong>Ana Lima</strong></p>").
        signed = _signature_name(root, meta.title, bad)
        if signed:
            authors = signed
    dated: list[str] = []
    if not authors:
        # Only the publisher is named: that is the author of record.
        raw = _ld_names(ld_main.get("author")) if ld_main is not None else []
        raw = raw or [v for k in _AUTHOR_META for v in metas.get(k, ())][:1]
        authors = [n for r in raw for n in clean_author(r, _HARD_BAD)][:3]
    if not authors:
        # A name beside the date under the headline ("11.12.2019 - Ana Lind").
        dated = date_name_line(root, _in_junk_or_junk)
        authors = [n for x in dated for n in clean_author(x, bad)]
    if not authors:
        # The byline names the newsroom ("Von Redaktion - 8. Februar", "Author Redaktion",
        # "Redaktion - 31. Januar 2022"): that is the author of record.
        authors = [n for n in [*shown_raw, *dated] if _STAFF.match(n)][:1] or _staff_byline(root)
    # A shop's product page is written by nobody: its copyright line and its name are the shop's.
    product = (_first(metas, "og:type") or "").strip().lower() in ("product", "og:product") or (
        any("Product" in _types(o) for o in lds) and not any(_ARTICLE_TYPES.search(t) for o in lds for t in _types(o))
    )
    if not authors and not product:
        # A personal page that names nobody else: the person in its copyright line.
        authors = _copyright_holder(root)
    if not authors and not product:
        # A personal site named after its owner ("Dr. Alexander Klier" on alexander-klier.net).
        titles = [meta.site_name, title_tag, *metas.get("application-name", [])[:1], *metas.get("msapplication-tooltip", [])[:1]]
        authors = _host_person(root, meta.url or url, [t for t in titles if t])
    meta.authors = authors[:10]

    # date: JSON-LD, meta tags, microdata, <time>, htmldate, visible text, URL
    date: dt.date | dt.datetime | None = None
    source = None
    # datePublished of any article or page object first: an event listed on the page
    # ("startDate") or a creation date is not the publication date when one is given.
    lang_tag = (root.get("lang") or _first(metas, "og:locale", "content-language") or "").strip().lower()
    # Slashed dates are month-first on English pages (or of no language), unless tagged with a
    # region outside the United States ("en-GB"); day-first everywhere else.
    if not lang_tag:
        # A locale in the URL path ("/en-gb/news/…") tags a page that does not say its language.
        lang_tag = _url_locale(url or meta.url) or ""
    month_first = meta.language in (None, "en") and lang_tag.replace("_", "-") in ("", "en", "en-us")
    page_date = _ShownDate(root, meta.title, month_first)
    # The published-time meta tags come before a creation or upload date (an embedded video's).
    ld_keys: tuple[tuple[str, ...], ...] = (("datePublished",), ("meta",), ("dateCreated", "uploadDate"), ("startDate",))
    for date_keys in ld_keys:
        if date_keys == ("meta",):
            for k in _DATE_META:
                for v in metas.get(k, ()):
                    # ("10/05/2022 05:22 pm" is 10 May outside US English)
                    slashed = not month_first and _SLASHED.match(v.strip())
                    date = parse_shown_date(v, month_first) if slashed else parse_iso_date(v)
                    if date is not None:
                        source = f"meta:{k}"
                        break
                if date is not None:
                    break
        else:
            for obj in [*articles, *pages]:
                date = parse_iso_date(_ld_first(obj, *date_keys))
                if date is not None:
                    source = "json-ld"
                    break
        if date is not None:
            break
    if date is not None and source is not None and (source == "json-ld" or source.startswith("meta:")):
        # Two publication dates that disagree (JSON-LD vs. a published-time meta tag): the one
        # the page shows under its headline is the page's.
        shown_day = page_date()
        if shown_day is not None and _day(shown_day) != _day(date):
            modified = _modified_days(articles, pages, metas)
            for cand, cand_source in _publication_candidates(articles, pages, metas):
                # (never a date the metadata also gives as the last change)
                if _day(cand) == _day(shown_day) and cand_source != source and _day(cand) not in modified:
                    date, source = cand, cand_source
                    break
        if (
            shown_day is not None
            and source.startswith("meta:")
            and _day(shown_day) != _day(date)
            and _day(shown_day) not in _modified_days(articles, pages, metas)
        ):
            # A published-time meta tag and a <time datetime> shown under the headline disagree:
            # the date the page shows its readers, in machine form, is the page's (a meta tag
            # is often the time of a re-publication or an import).  Not against JSON-LD's
            # datePublished (measured: it is right more often than the <time> under the headline).
            stamp = _time_under(page_date.headline, _day(shown_day))
            if stamp is not None:
                date, source = stamp, "time"
        if shown_day is not None and isinstance(date, dt.datetime) and date.tzinfo is not None and _day(shown_day) != _day(date):
            clock = _shown_clock(page_date.rest)
            if clock is not None and _same_instant(date, _day(shown_day), clock, _stamp_offsets(articles, pages, metas)):
                # The page writes the same instant in another offset, UTC or one of its other
                # stamps' ("6 May 2022 - 2:00 a. m." under the headline for 2022-05-05T21:00-05:00,
                # the page's other stamp saying 02:00Z): its readers' day is the page's.
                date, source = _day(shown_day), f"{source}+shown"
    if source in _GENERIC_DATE_SOURCES and date is not None:
        # A bare "date" meta tag is often the last change: a date the page labels as its
        # publication ("Erschienen am: 13.10.2021", where the tag has "Zuletzt geändert am:
        # 15.10.2021"), else the date shown under the headline, wins.
        labelled = parse_shown_date(_labelled_date(root, _in_box), month_first)
        shown_day = page_date()
        if labelled is not None and _day(labelled) != _day(date):
            date, source = labelled, "label"
        elif labelled is None and shown_day is not None and _day(shown_day) != _day(date):
            date, source = shown_day, "headline"
    if date is None:
        for el in root.iter():
            if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == "datepublished":
                date = parse_iso_date(el.get("content") or el.get("datetime") or norm(text_content(el))[:80])
                if date is not None:
                    source = "microdata"
                    break
    if date is None:
        date, source = _visible_date(root, page_date)
    if date is None:
        # The site lists the story in its own teaser or "about this article" box, with its date.
        date = parse_shown_date(_self_link_date(root, [url, meta.url], meta.title), month_first)
        source = "self-link" if date is not None else None
    if date is None and page_date.headline is not None:
        # A discussion thread: the opening post, set like the replies, right under the headline.
        date = parse_shown_date(_opening_post_date(page_date.headline, _is_comment_box), month_first)
        source = "opening-post" if date is not None else None
    if date is None and use_htmldate:
        date = _htmldate(root, url or meta.url)
        source = "htmldate" if date is not None else None
    if date is None:
        date = date_from_url(url) or date_from_url(meta.url)
        source = "url" if date is not None else None
    if date is not None and source != "url":
        # A permalink dated long before the page's date stamp ("/2017/7/12/…" on a page stamped
        # 2019-06-17) keeps the day of the first publication: the stamp is a migration or a re-post.
        url_day = date_from_url(url) or date_from_url(meta.url)
        if url_day is not None and (_day(date) - url_day).days > 30:
            date, source = url_day, "url"
    # A modified date the page shows under its headline does not replace the publication date:
    # the document's date is when it was first published (measured: taking the shown modified
    # date would match 13 more trafilatura-eval references and 1 fewer on fundus, but those
    # references record the last change, not the publication).
    if isinstance(date, dt.datetime) and date.utcoffset() == dt.timedelta(0):
        tags = [root.get("lang"), *metas.get("og:locale", [])[:1], *metas.get("content-language", [])[:1]]
        region = next((t for t in tags if t and re.search(r"[-_][A-Za-z]{2}$", t.strip())), None)
        zone = _country_offset(date, region, meta.url or url)
        # Midnight in the page's country, stored in UTC ("2022-11-06T23:00:00.000Z" on a German
        # page), is a day without a time: a visible date printed from the UTC stamp is no evidence.
        midnight = bool(zone) and zone is not None and (date + zone).time() == dt.time(0) and date.microsecond == 0
        under = page_date()
        local = _local_day(
            date, root, metas, lds, [url, meta.url], _day(under) if under is not None else None, visible=not midnight
        )
        if local is _NO_EVIDENCE:
            # Nothing on the page says the day: the time zone of the page's country does.
            zone_day = _country_day(date, region, meta.url or url)
            if zone_day is not None:
                date, source = zone_day, f"{source}+zone"
        elif isinstance(local, dt.date):
            date, source = local, f"{source}+local"
    meta.date, meta.date_source = date, source

    if ld_main is not None:
        body_text = ld_main.get("articleBody")
        if isinstance(body_text, str) and body_text.strip():
            meta.article_body = body_text
    for obj in lds:
        if "Recipe" in _types(obj):
            meta.recipe_parts = _recipe_parts(obj)
            break
    meta.paywalled = _paywalled_parts(lds)
    return meta


_SIMPLE_SELECTOR = re.compile(r"^\s*([.#])(-?[A-Za-z_][\w-]{0,80})\s*$")


def _paywalled_parts(lds: list[dict[str, Any]]) -> list[str]:
    """The ``.class`` / ``#id`` selectors of the JSON-LD parts marked not free (schema.org's
    markup for subscription content: the part is the story's text behind the paywall).

    >>> _paywalled_parts([{"@type": "NewsArticle", "isAccessibleForFree": "False",
    ...   "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywall, #rest"}}])
    ['.paywall', '#rest']
    >>> _paywalled_parts([{"hasPart": {"isAccessibleForFree": True, "cssSelector": ".free"}}])
    []
    """
    out: list[str] = []
    for obj in lds:
        parts = obj.get("hasPart")
        for part in parts[:20] if isinstance(parts, list) else [parts]:
            if not isinstance(part, dict) or str(part.get("isAccessibleForFree")).strip().lower() not in ("false", "0", "no"):
                continue
            selector = part.get("cssSelector")
            if not isinstance(selector, str):
                continue
            for one in selector.split(",")[:10]:
                m = _SIMPLE_SELECTOR.match(one)
                if m is not None and m.group(1) + m.group(2) not in out:
                    out.append(m.group(1) + m.group(2))
    return out


def _home_link(h: Any, text: str, *urls: str | None) -> bool:
    """True when the heading's text is one link to the site's home page (``href="/"``).

    >>> from .parse import parse_html
    >>> root, _ = parse_html('<h1><a href="https://www.example.org/">Example Blog</a></h1><h1><a href="/2020/post">Post</a></h1>')
    >>> [_home_link(h, _itertext(h), "https://example.org/2020/post") for h in root.iter("h1")]
    [True, False]
    """
    links = [a for a in h.iter("a") if a.get("href") is not None]
    if len(links) != 1 or _itertext(links[0]) != text:
        return False
    parts = urlsplit(links[0].get("href").strip())
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return False
    hosts = {(urlsplit(u).hostname or "").removeprefix("www.") for u in urls if u}
    return not parts.netloc or parts.netloc.lower().removeprefix("www.") in hosts


def _recipe_parts(obj: dict[str, Any]) -> list[str]:
    """The description, ingredients and instruction texts of a JSON-LD ``Recipe``."""
    out: list[str] = []

    def add(value: Any, depth: int = 0) -> None:
        if depth > 4 or len(out) > 300:
            return
        if isinstance(value, str):
            if value.strip():
                out.append(norm(value))
        elif isinstance(value, list):
            for v in value[:200]:
                add(v, depth + 1)
        elif isinstance(value, dict):
            add(value.get("text") or value.get("name"), depth + 1)
            add(value.get("itemListElement"), depth + 1)

    for key in ("description", "recipeIngredient", "ingredients", "recipeInstructions"):
        add(obj.get(key))
    return out
