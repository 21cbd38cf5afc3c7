"""Parse publication dates written in the common formats of the shipped languages (English,
German, Spanish, French, Italian, Portuguese, Dutch: the month names of every pattern table),
ISO dates and timestamps, numeric dates, the year-month-day form of Chinese, Japanese and Korean,
and of Hungarian (``2023. október 4.``); a day and month may be followed by the Arabic comma
(``7 أغسطس، 2023``), and a Persian solar month with a solar year (``۱۲ مهر ۱۴۰۲``) is turned
into its Gregorian date.

>>> parse_date("September 19, 2023")
datetime.date(2023, 9, 19)
>>> parse_date("Tuesday, 13 Sept. 2022 10:15 GMT")
datetime.date(2022, 9, 13)
>>> parse_date("19. September 2023"), parse_date("19 de septiembre de 2023")
(datetime.date(2023, 9, 19), datetime.date(2023, 9, 19))
>>> parse_date("1º de março de 2020"), parse_date("1° maggio 2021"), parse_date("12 mrt. 2020")
(datetime.date(2020, 3, 1), datetime.date(2021, 5, 1), datetime.date(2020, 3, 12))
>>> parse_date("2023-09-19T08:30:00+03:00")
datetime.datetime(2023, 9, 19, 8, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=10800)))
>>> parse_date("05/03/2020"), parse_date("05/03/2020", ("auto", "it"))
(datetime.date(2020, 5, 3), datetime.date(2020, 3, 5))
>>> parse_date("2026年12月1日 10:30"), parse_date("2026년 12월 1일")
(datetime.date(2026, 12, 1), datetime.date(2026, 12, 1))
>>> parse_date("7 أغسطس، 2023"), parse_date("2023. október 4., szerda")
(datetime.date(2023, 8, 7), datetime.date(2023, 10, 4))
>>> parse_date("۱۲ مهر ۱۴۰۲"), parse_date("۴ اکتبر ۲۰۲۳")
(datetime.date(2023, 10, 4), datetime.date(2023, 10, 4))
>>> parse_date("We met 3 times") is None
True
>>> date_from_url("https://example.org/2023/09/19/story-a1")
datetime.date(2023, 9, 19)
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..patterns import load, trie_alternation
from ..patterns.fa import SOLAR_MONTHS
from ..patterns.th import THAI_MONTHS
from ..textutil import may_hold_date


@lru_cache(maxsize=8)
def _compiled(languages: tuple[str, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], dict[str, int]]:
    months = load(languages).months
    # factored by first letters: a position tries each first letter once, not every name
    names = trie_alternation(months)
    # "September 19, 2023" / "Sept. 19 2023"
    mdy = rf"(?P<m1>{names})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[,،]?\s+(?P<y1>\d{{4}})"
    # "19 September 2023" / "19. September 2023" / "19 de septiembre de 2023" / "le 19 septembre 2023"
    # / "1º de março de 2020" / "1° maggio 2020"
    # (the Arabic comma: "7 أغسطس، 2023")
    dmy = rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?(?P<m2>{names})\.?[,،]?\s+(?:de\s+|del\s+)?(?P<y2>\d{{4}})"
    # Hungarian "2023. október 4." / "2023. okt. 4." (the year's dot is required; not where a
    # year follows: "… in 2023. March 4, 2024" is March 4, 2024)
    # (a pattern of its own: a third branch in ``textual`` would make every search slower)
    year_first = regex.compile(
        rf"(?<!\w)(?P<y>\d{{4}})\.\s+(?P<m>{names})\.?\s+(?P<d>\d{{1,2}})(?!\d)\.?(?![,،]?\s+\d{{4}})", regex.IGNORECASE)
    textual = regex.compile(rf"(?<!\w)(?:{mdy}|{dmy})(?!\d)", regex.IGNORECASE)
    numeric = regex.compile(
        r"(?<![\w/.-])(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
        r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
        r"|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<yy>\d{4}))(?![\w/-])"
        # Chinese, Japanese and Korean: 2026年12月1日, 2026년 12월 1일 (a CJK character may follow)
        r"|(?<!\d)(?P<cy>\d{4})\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일号號]?"
    )
    return textual, year_first, numeric, months


def _valid(y: int, m: int, d: int) -> dt.date | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _from_solar(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a day of the Persian solar (Solar Hijri) calendar, by the 33-year
    arithmetic rule (``1 فروردین 1402`` is 21 March 2023)."""
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return dt.date.fromordinal(days - 365)


def find_date(text: str, languages: tuple[str, ...] = ("auto",)) -> tuple[dt.date | dt.datetime, regex.Match[str]] | None:
    """The first date in ``text`` and its match, or ``None``."""
    if not may_hold_date(text):
        return None  # every form below has a four-digit year
    textual, year_first, numeric, months = _compiled(languages)
    m = textual.search(text)
    ym = year_first.search(text) if "." in text else None
    if ym and (not m or ym.start() < m.start()):
        m = ym
    if m:
        g = m.groupdict()
        if m is ym:
            mon, day, year = g["m"], int(g["d"]), int(g["y"])
        else:
            mon, day, year = g["m1"] or g["m2"], int(g["d1"] or g["d2"]), int(g["y1"] or g["y2"])
        mon = mon.lower().rstrip(".")
        if mon in SOLAR_MONTHS and 1300 <= year <= 1500:
            d = _from_solar(year, months[mon], day)
        elif mon in THAI_MONTHS and 2400 <= year <= 2700:
            d = _valid(year - 543, THAI_MONTHS[mon], day)  # a Buddhist-era year ("12 มิ.ย. 2567")
        else:
            d = _valid(year, months.get(mon, 0), day)
        if d:
            return d, m
    n = numeric.search(text)
    if n:
        g = n.groupdict()
        if g["cy"]:
            d = _valid(int(g["cy"]), int(g["cm"]), int(g["cd"]))
            if d:
                return d, n
        elif g["y"]:
            y = int(g["y"])
            if 1300 <= y <= 1500 and ("\u06f0" <= g["y"][0] <= "\u06f9" or languages[-1:] == ("fa",)):
                # a Persian site's numeric solar date, "۱۴۰۳/۰۳/۲۰" (in Persian digits, or in
                # a Persian document): a Gregorian year there would be 1921 to 2121
                d = _from_solar(y, int(g["m"]), int(g["d"]))
                if d:
                    return d, n
            d = _valid(y, int(g["m"]), int(g["d"]))
            if d and g["time"]:
                try:
                    stamp = f"{g['y']}-{int(g['m']):02d}-{int(g['d']):02d}T{g['time']}{g['tz'] or ''}"
                    return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")), n
                except ValueError:
                    return d, n
            if d:
                return d, n
        else:
            a, b, y = int(g["a"]), int(g["b"]), int(g["yy"])
            # 19.09.2023 and 19/09/2023 are day-first; 09/19/2023 is month-first; 05/03/2023
            # is month-first in English (US use) and day-first in the other languages
            sep_dot = "." in n.group(0)
            d = _valid(y, b, a) if a > 12 or sep_dot or _day_first(languages) else _valid(y, a, b) or _valid(y, b, a)
            if d:
                return d, n
    return None


def _day_first(languages: tuple[str, ...]) -> bool:
    """Whether ``a/b/yyyy`` with both numbers up to 12 is day-first: the document's language (the
    last one named, as the cleaners pass it) is known and not English."""
    return bool(languages) and languages[-1] not in ("auto", "en")


def parse_date(text: str, languages: tuple[str, ...] = ("auto",)) -> dt.date | dt.datetime | None:
    found = find_date(text, languages)
    return found[0] if found else None


_URL_DATE = regex.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)|/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|-|_|$)")


def date_from_url(url: str | None) -> dt.date | None:
    """A date written in a URL path (``/2023/09/19/``, ``/2023-09-19-``, ``/20230919/``)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    return _valid(int(y), int(mo), int(d))
