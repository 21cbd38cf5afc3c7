"""Date lines near the top (``September 19, 2023``, ``Published: 19.09.2023``) become the
publication date; ``Updated ...`` lines are removed, and give the date only when nothing gives the
publication (no published date line, byline date, wire dateline or date in the document URL's
path).

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([DateLine()]).clean("Updated: Sept. 20, 2023\\n\\nSeptember 19, 2023\\n\\nText.")
>>> doc.date, doc.paragraphs
(datetime.date(2023, 9, 19), ['Text.'])
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..document import PARAGRAPH
from ..metadata.dates import date_from_url, find_date
from ..patterns import Patterns, load, tables
from ..pipeline import Cleaner, Draft
from ..textutil import is_prose, may_hold_date, norm_key

HEAD = 8
# a wire story's or a press release's dateline opening its first paragraph: a place in capitals,
# maybe a state and a date, maybe the agency, then a dash ("SPRINGFIELD, Ill., April 8, 2025 --",
# "LONDON (Reuters) -", "BERLIN, 3. März (dpa) –")
WIRE_DATELINE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}'’.\-]+(?:(?:\s+(?:and|&|et|und|y|e))?\s+\p{Lu}[\p{Lu}'’.\-]+){0,3})(?:,\s*\p{Lu}[\p{L}.]{1,12})?"
    # (a press-release wire's tag after the date: "June 3, 2025 /PRNewswire/ --",
    # "/PRNewswire-HISPANIC PR WIRE/"; the dash may end the line, the text under it)
    r"(?:,\s*(?P<date>[^-—–()\n]{4,40}?))?\s*(?:/\p{L}[^/\n]{1,40}/)?\s*(?:\((?:[\w .&/-]{1,30})\))?\s*"
    r"(?:--|[-—–])(?:\s+\S|\s*$)"
)
# a place before the date, then a comma: one capitalised word, or up to three in capitals
_PLACE = regex.compile(r"\s*(?:\p{Lu}[\p{Ll}'’.\-]+|\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,2})\s*,\s*")
_FILLER = regex.compile(
    r"(?i)\b(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b|"
    r"\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}h\b|\b[ap]\.?m\.?\b|\b(?:utc|gmt|[a-z]{1,3}t|msk)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|um|uhr|à|le|el|am|at|on|de|"
    # Spanish "a las 18:32", "18:32 hs", "18.32 horas"
    r"a|las|la|hs|horas|"
    # Italian, Portuguese, Dutch weekdays and the words around a time ("alle ore 14:30",
    # "às 14h30", "om 14.30 uur")
    r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|il|alle|ore|"
    r"segunda|terça|terca|quarta|quinta|sexta|feira|em|às|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|om|uur|op|"
    # abbreviated weekdays: Dutch "ma 4 november 2024", German "Mo., 4. November", French "lun."
    r"ma|di|wo|do|vr|za|zo|mo|mi|fr|sa|so|lun|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|"
    # Russian weekdays, "г." / "года" after the year, "в 14:30"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|г|года|в|"
    # Polish and Swedish weekdays, Polish "r." after the year and "godz. 14:30", Swedish "kl. 14.30"
    r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|r|godz|"
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|kl|"
    # Arabic, Hebrew and Hindi weekdays and the words around a time ("الساعة 10:30 صباحاً",
    # "יום שלישי … בשעה 10:30", "मंगलवार … 10:30 बजे"), Arabic "م" (AD, p.m.) and "ص" (a.m.)
    r"يوم|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الساعة|صباحاً|صباحا|"
    r"مساءً|مساءا|مساء|ص|م|יום|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת|בשעה|"
    r"सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|बजे|"
    # Indonesian/Malay weekdays and time zones ("Senin, 3 Maret 2025 14:30 WIB"), Vietnamese
    # ("Thứ ba, 3/10/2023, 14:30 (GMT+7)", "Chủ nhật"), Ukrainian ("3 березня 2024 р.", "о 14:30"),
    # Czech ("úterý 3. března 2024 v 14:30"), Danish and Norwegian ("tirsdag", "kl.")
    r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|isnin|khamis|pukul|wib|wita|wit|"
    r"thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|lúc|giờ|"
    r"понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|пятниця|субота|неділя|р|року|о|"
    r"pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|v|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den|"
    # Slovak ("utorok 3. marca 2024 o 14:30"), Finnish ("tiistaina 3.10.2023 klo 14.30"),
    # Hungarian ("2023. október 4., szerda"), Romanian ("marți, 4 octombrie 2023, ora 14:30"),
    # Catalan ("dimarts, 4 d'octubre de 2023, a les 14.30 h"), Persian ("سه‌شنبه ۱۲ مهر ۱۴۰۲ ساعت ۱۰:۳۰")
    r"pondelok|utorok|streda|štvrtok|piatok|sobota|nedeľa|o|"
    r"maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|"
    r"maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|klo|"
    r"hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|"
    r"luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică|ora|"
    r"dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|a|les|h|"
    r"شنبه|یکشنبه|یک\u200cشنبه|دوشنبه|سه\u200cشنبه|سه\s?شنبه|چهارشنبه|پنجشنبه|پنج\u200cشنبه|جمعه|ساعت|روز|"
    # Thai weekdays, "เวลา 14:30 น." (น.: o'clock), "วันที่ 12"
    r"วันจันทร์|วันอังคาร|วันพุธ|วันพฤหัสบดี|วันศุกร์|วันเสาร์|วันอาทิตย์|วันที่|ที่|เวลา|น)\b|"
    # a time in Chinese, Japanese and Korean ("9時15分", "9点15分", "9시 15분")
    r"\d{1,2}\s*[時时点點시]\s*(?:\d{1,2}\s*[分분])?|[\W_]+"
)


# an issue's number beside the date ("Issue #87 · June 6, 2025", "Vol. 3, No. 12")
_ISSUE = regex.compile(r"(?i)(?<!\w)(?:issue|vol(?:ume)?|no|nr|edition|ausgabe|heft|numéro|número|n[º°])\.?\s*#?\s*\d{1,5}\b|#\d{1,5}\b")


@lru_cache(maxsize=32)
def _tails(languages: tuple[str, ...]) -> regex.Pattern[str]:
    """What may end a date line besides times and weekdays: a relative change ("Atualizado há
    2 horas", "Updated 3 hours ago", an "updated" word of the tables, a number and a unit) and a
    source label of the tables with a short name ("来源：新华网", "Source: Reuters")."""
    updated_re, _ = _labels(languages)
    sources = sorted({w for t in tables(languages) for w in t["source_labels"]}, key=len, reverse=True)
    src = "|".join(regex.escape(w) for w in sources) or "(?!)"
    return regex.compile(
        rf"(?:{updated_re.pattern})\s+(?:\w{{1,6}}\s+){{0,2}}\d{{1,3}}\s*\w{{1,9}}(?:\s+\w{{1,8}})?\W*$|"
        rf"(?<!\w)(?:{src})\s*[:：]\s*[^\s:：]{{1,30}}(?:\s+[^\s:：]{{1,30}}){{0,2}}\W*$",
        regex.IGNORECASE,
    )


class DateLine(Cleaner):
    """Move the publication date line to ``date``."""

    name = "dateline"

    def apply(self, draft: Draft) -> None:
        langs = (*draft.options.languages, draft.language)
        pats = load(langs)
        blocks = draft.blocks
        drop: set[int] = set()
        # the date lines sit above the text: the scan ends at the second paragraph of prose, or
        # at the first one under a date (a changelog's or a programme's dates below the text
        # are content, and so is a comment's date under a post's)
        prose = prose_since_date = 0
        dated = draft.date is not None
        seen: set[str] = set()
        # the date of the first "Updated …" line: the document's date when no line gives the
        # publication (a byline's "By Jane Doe | Updated …", which the byline cleaner removed,
        # counts as such a line)
        changed: dt.date | dt.datetime | None = None
        for i, b in enumerate(blocks[:HEAD]):
            found = date_line(b.text, langs, pats)
            if found is None:
                # (a paragraph printed twice counts once: dedupe takes the copy, and a second
                # cleaning must find the same date lines)
                if b.kind == PARAGRAPH and is_prose(b.text) and norm_key(b.text) not in seen:
                    seen.add(norm_key(b.text))
                    prose += 1
                    prose_since_date += 1
                    if prose >= 2 or (dated and prose_since_date >= 1):
                        break
                continue
            drop.add(i)
            dated, prose_since_date = True, 0
            if found and draft.date is None:
                draft.date = found
            elif found is False and changed is None:
                changed = _first_date(b.text, langs)
        if draft.date is None and blocks:
            # the date of a wire dateline that opens the text ("SPRINGFIELD, Ill., April 8,
            # 2025 -- The City …"): the text stays, the date is the story's
            first = next((b for i, b in enumerate(blocks[:HEAD]) if i not in drop and b.kind == PARAGRAPH), None)
            m = WIRE_DATELINE.match(first.text) if first is not None else None
            if m is not None and m["date"] and may_hold_date(m["date"]):
                found_wire = find_date(m["date"], langs)
                if found_wire is not None:
                    draft.date = found_wire[0]
        if draft.date is None:
            draft.date = date_from_url(draft.url)
        if draft.date is None and changed is None:
            changed = next((d for r in draft.removed if r.cleaner == "byline" and may_hold_date(r.text)
                            and (d := _first_date(r.text, langs)) is not None), None)
        if draft.date is None:
            draft.date = changed
        if drop:
            for i in sorted(drop):
                draft.remove(blocks[i], self.name, "dateline")
            draft.blocks = [b for i, b in enumerate(blocks) if i not in drop]


def _first_date(text: str, langs: tuple[str, ...]) -> dt.date | dt.datetime | None:
    found = find_date(text, langs)
    return found[0] if found else None


def date_line(
    text: str, langs: tuple[str, ...], pats: Patterns | None = None
) -> dt.date | dt.datetime | bool | None:
    """For a date line (a date with only labels, times and weekdays around it, or two time
    stamps, :func:`two_stamps`), its publication date, or ``False`` when it only states a
    change (``Updated: …``); ``None`` when ``text`` is no date line (a sentence).

    >>> date_line("Published: 19.09.2023, 10:30", ("en",)), date_line("Updated Sept. 20, 2023", ("en",))
    (datetime.date(2023, 9, 19), False)
    >>> date_line("On September 19, 2023 the council voted.", ("en",)) is None
    True
    """
    if len(text) > 120 or not may_hold_date(text):
        return None
    found = find_date(text, langs)
    if not found:
        return None
    pats = pats if pats is not None else load(langs)
    value, m = found
    before = text[: m.start()]
    if "," in before and _PLACE.fullmatch(before):
        before = ""  # a dateline's place ("Madrid, 3 de agosto de 2024", "NEW YORK, March 3, 2025")
    rest = before + " " + text[m.end():]
    updated = bool(pats.updated.match(text))
    rest = pats.updated.sub("", rest) if updated else pats.published.sub("", rest.strip())
    if _FILLER.sub("", rest).strip():
        rest = _tails(langs).sub("", _ISSUE.sub(" ", rest.strip()))
    if _FILLER.sub("", rest).strip():
        # there are other words: a sentence, not a date line, unless they are a second
        # time stamp ("Published March 14, 2024, updated March 15, 2024")
        return two_stamps(text, langs)
    return False if updated else value


@lru_cache(maxsize=32)
def _labels(languages: tuple[str, ...]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The tables' "updated" and "published" labels, found anywhere in a line."""
    def alt(key: str) -> regex.Pattern[str]:
        words = sorted({w for t in tables(languages) for w in t[key]}, key=len, reverse=True)
        body = "|".join(regex.escape(w) for w in words)
        return regex.compile(rf"(?<!\w)(?:{body})(?!\w)" if body else "(?!)", regex.IGNORECASE)

    return alt("updated_words"), alt("published_words")


def two_stamps(text: str, languages: tuple[str, ...] = ("auto",)) -> dt.date | dt.datetime | bool | None:
    """For a line of two time stamps, the publication and the last change
    (``Published March 14, 2024 at 6:32 pm, updated March 15, 2024``, ``Updated 15.03.2024,
    first published 14.03.2024``, ``Publié le 14 mars 2024 à 18h32, mis à jour le 15 mars``):
    the publication date, or ``False`` when both are changes.  ``None`` when ``text`` is not
    such a line (other words than the labels, times and weekdays of :data:`_FILLER`).

    >>> two_stamps("Published March 14, 2024 at 6:32 pm, updated March 15, 2024 at 9:10 am")
    datetime.date(2024, 3, 14)
    >>> two_stamps("Updated 15.03.2024, first published 14.03.2024", ("en",))
    datetime.date(2024, 3, 14)
    >>> two_stamps("From March 14, 2024 to March 15, 2024") is None
    True
    """
    first = find_date(text, languages)
    if first is None:
        return None
    value, m = first
    head, tail = text[: m.start()], text[m.end():]
    second = find_date(tail, languages) if may_hold_date(tail) else None
    if second is None:
        return None
    value2, m2 = second
    middle, after = tail[: m2.start()], tail[m2.end():]
    updated_re, published_re = _labels(languages)
    # the second stamp's label: the last label between the two dates
    labels = [*((x, True) for x in updated_re.finditer(middle)), *((x, False) for x in published_re.finditer(middle))]
    if not labels:
        return None
    label, second_updated = max(labels, key=lambda x: (x[0].end(), len(x[0].group(0))))
    if _FILLER.sub("", middle[: label.start()] + " " + middle[label.end():] + " " + after).strip():
        return None
    pats = load(languages)
    first_updated = bool(pats.updated.match(head))
    head_rest = pats.updated.sub("", head) if first_updated else pats.published.sub("", head.strip())
    if _FILLER.sub("", head_rest).strip():
        return None
    first_published = not first_updated and bool(pats.published.match(head))
    if first_updated:
        return False if second_updated else value2
    if not second_updated and not first_published:
        return value2  # "March 15, 2024 · first published March 14, 2024"
    return value
