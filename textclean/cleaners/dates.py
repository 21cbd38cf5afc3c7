"""Date lines near the top (``September 19, 2023``, ``Published: 19.09.2023``) become the
publication date; ``Updated ...`` lines are removed but never taken as the publication
date.  Without a date line, a date in the document URL's path is used.

>>> from textclean.pipeline import Pipeline
>>> doc = Pipeline([DateLine()]).clean("Updated: Sept. 20, 2023\\n\\nSeptember 19, 2023\\n\\nText.")
>>> doc.date, doc.paragraphs
(datetime.date(2023, 9, 19), ['Text.'])
"""

from __future__ import annotations

import regex

from ..metadata.dates import date_from_url, find_date
from ..patterns import load
from ..pipeline import Cleaner, Draft
from ..textutil import may_hold_date

HEAD = 8
_FILLER = regex.compile(
    r"(?i)\b(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b|"
    r"\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}h\b|\b[ap]\.?m\.?\b|\b(?:utc|gmt|[a-z]{1,3}t|msk)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|um|uhr|à|le|el|am|at|on|de|"
    # Italian, Portuguese, Dutch weekdays and the words around a time ("alle ore 14:30",
    # "às 14h30", "om 14.30 uur")
    r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|il|alle|ore|"
    r"segunda|terça|terca|quarta|quinta|sexta|feira|em|às|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|om|uur|op|"
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
    r"شنبه|یکشنبه|یک\u200cشنبه|دوشنبه|سه\u200cشنبه|سه\s?شنبه|چهارشنبه|پنجشنبه|پنج\u200cشنبه|جمعه|ساعت|روز)\b|"
    # a time in Chinese, Japanese and Korean ("9時15分", "9点15分", "9시 15분")
    r"\d{1,2}\s*[時时点點시]\s*(?:\d{1,2}\s*[分분])?|[\W_]+"
)


class DateLine(Cleaner):
    """Move the publication date line to ``date``."""

    name = "dateline"

    def apply(self, draft: Draft) -> None:
        langs = (*draft.options.languages, draft.language)
        pats = load(langs)
        blocks = draft.blocks
        drop: set[int] = set()
        for i, b in enumerate(blocks[:HEAD]):
            text = b.text
            if len(text) > 120 or not may_hold_date(text):
                continue
            found = find_date(text, langs)
            if not found:
                continue
            value, m = found
            rest = text[: m.start()] + " " + text[m.end():]
            updated = bool(pats.updated.match(text))
            rest = pats.updated.sub("", rest) if updated else pats.published.sub("", rest.strip())
            if _FILLER.sub("", rest).strip():
                continue  # there are other words: a sentence, not a date line
            drop.add(i)
            if not updated and draft.date is None:
                draft.date = value
        if draft.date is None:
            draft.date = date_from_url(draft.url)
        if drop:
            for i in sorted(drop):
                draft.remove(blocks[i], self.name, "dateline")
            draft.blocks = [b for i, b in enumerate(blocks) if i not in drop]
