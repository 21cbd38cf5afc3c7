"""The page's title: the headline the page shows, matched against the titles its metadata gives.

Sources (collected by :mod:`textclean.html.metadata`): the ``<h1>`` headings outside page
furniture, ``<h2>``/``<h3>`` headings whose class says title/headline, the separate parts of an
``<h1>`` that holds a kicker and the headline in their own elements, the JSON-LD ``headline``,
``og:title`` (or ``twitter:title`` …) and ``<title>``.

The shown headline wins when a meta title names it (its words, its first part, or a title that
holds it); else the single ``<h1>``, else a meta title without the site's name.  Kickers follow
``og:title``, the meta title written for people rather than cut for length (:func:`_drop_kicker`,
:func:`_add_kicker`); the headline's quotes and dashes win over the metadata's plain ones
(:func:`_typography`).  docs/html.md lists the rules, docs/benchmarks.md what they gain.

>>> choose_title(TitleSources(["Big news"], [], [], None, None, "Big news | The Daily"), ["The Daily"])
'Big news'
>>> choose_title(TitleSources([], [], [], None, None, "Rain returns – Daily Post"), ["Daily Post"])
'Rain returns'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TITLE_SEPARATORS = re.compile(
    r"\s+[|–—·•»«›‹:/\\~-]{1,2}\s+|\s*\|\s*|\s*::\s*"
    # CJK titles join the site name without spaces ("…的城！-新华网", "…커졌다-정치ㅣ한국일보")
    r"|(?<=[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff60])\s*(?:[-–—|ㅣ]{1,2}|ㅣ)\s*(?=[\u3400-\u9fff\uac00-\ud7af])"
)
_GENERIC_TITLES = frozenset(["home", "homepage", "startseite", "blog", "news", "index", "accueil", "inicio", "willkommen", "welcome"])


@dataclass
class TitleSources:
    """What the page offers as its title."""

    #: ``<h1>`` texts outside page furniture (at most three, in page order).
    h1s: list[str] = field(default_factory=list)
    #: ``<h2>``/``<h3>`` texts whose class or ``itemprop`` says title/headline.
    others: list[str] = field(default_factory=list)
    #: The texts of the child elements of an ``<h1>`` made of two to four parts.
    h1_parts: list[str] = field(default_factory=list)
    ld_headline: str | None = None
    og_title: str | None = None
    title_tag: str | None = None


_NON_WORDS = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NON_WORDS.sub(" ", text.casefold()).strip()


def _names_host(part: str, site_names: list[str]) -> bool:
    """True when a title part spells out a hyphenated host name ("Berliner Leichtathletik
    Verband" for ``leichtathletik-berlin``): every host word starts a word of the part.

    >>> _names_host("Berliner Leichtathletik Verband e.V.", ["leichtathletik-berlin"])
    True
    >>> _names_host("Norddeutschland findet seine Meister", ["leichtathletik-berlin"])
    False
    """
    words = _key(part).split()
    if not words or len(words) > 6:
        return False
    for name in site_names:
        host_words = [w for w in re.split(r"[-_.\d]+", name.casefold()) if len(w) >= 4]
        if len(host_words) >= 2 and all(any(w.startswith(h) for w in words) for h in host_words):
            return True
    return False


_SUFFIX = re.compile(r"^(?:\s*\|\s*|\s+[–—·•»-]\s+)\S")


def _drop_shown_suffix(title: str, others: list[str]) -> str:
    """The title without a trailing "| Site" part, when another title of the page is exactly
    the part before it (an ``<h1>`` that repeats the SEO suffix).

    >>> _drop_shown_suffix("Why we travel | TRAVEL.NET", ["Why we travel", "Why we travel | TRAVEL.NET"])
    'Why we travel'
    >>> _drop_shown_suffix("Why we travel: a guide", ["Why we travel"])
    'Why we travel: a guide'
    """
    best = title
    for o in others:
        o = o.strip()
        if 10 <= len(o) < len(best) and title.startswith(o) and _SUFFIX.match(title[len(o):]):
            rest = title[len(o):].strip(" |–—·•»:-")
            if len(rest.split()) <= 4 and not rest.endswith((".", "!", "?")):
                best = o
    return best


def _strip_site(title: str, site_names: list[str], h1s: list[str]) -> str:
    h1_keys = {_key(h) for h in h1s}
    if _key(title) in h1_keys:
        return title
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    for h in h1s:
        if len(_key(h)) > 10 and _key(h) in _key(title):
            return h
    site_keys = {_key(s) for s in site_names if s}
    kept = [
        p for p in parts
        if _key(p) not in site_keys
        and not any(_key(p) and (_key(p) in sk or sk in _key(p)) and len(_key(p)) < 40 for sk in site_keys if sk)
        and not _names_host(p, site_names)
    ]
    if kept and len(kept) < len(parts):
        # A short section name between the headline and the site ("Headline - Politik | Site").
        # (a part that ends in "?" or "!" is the headline's own: "Lens fungus - cleaning tips?")
        while (
            len(kept) >= 2 and len(kept[-1].split()) <= 2 and len(kept[-1]) <= 16 and len(kept[0]) >= max(8, 2 * len(kept[-1]))
            and not kept[-1].rstrip().endswith(("?", "!"))
        ):
            kept.pop()
        # Rebuild from the original string to keep the headline's own separators.
        first, last = kept[0], kept[-1]
        start = title.find(first)
        end = title.rfind(last) + len(last)
        if 0 <= start < end:
            return title[start:end].strip()
    # No site name: drop a short trailing (or leading) part that looks like a brand.
    tail = parts[-1].strip()
    if len(tail.split()) <= 4 and len(parts[0]) > len(tail) and not (tail[:1].islower() and " " in tail):
        cut = title.rfind(parts[-1])
        head = title[:cut].rstrip(" |–—·•»«:/\\-")
        if len(parts) > 2 and len(parts[-2].split()) <= 3 and not parts[-2].rstrip().endswith(("?", "!")):
            return parts[0]
        return head
    if len(parts[0].split()) <= 3 and len(parts[-1]) > len(parts[0]) * 2 and "|" in title[: len(parts[0]) + 3]:
        return title[title.find(parts[1]):].strip()
    return title


# -- the choice ---------------------------------------------------------------


def _add_kicker(title: str, og: str, ld: str) -> str:
    """"Kicker: Headline" where the page shows "Headline" and both ``og:title`` and the
    JSON-LD ``headline`` (two sources) put the kicker before it.

    >>> _add_kicker("Council approves the new plan", "Budget: Council approves the new plan", "Budget: Council approves the new plan")
    'Budget: Council approves the new plan'
    >>> _add_kicker("Council approves the new plan", "Budget: Council approves the new plan", "Council approves the new plan")
    'Council approves the new plan'
    """
    ko, kt = _key(og), _key(title)
    if ko == _key(ld) and ko != kt and ko.endswith(" " + kt):
        return og.strip()
    return title


_PLAIN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "…": "..."})


def _plain(text: str) -> str:
    """Text with typographic quotes, dashes and ellipses written plainly (for comparing only)."""
    return " ".join(text.translate(_PLAIN).split())


_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w)")


def _apostrophes(text: str) -> str:
    """Apostrophes inside words written plainly: metadata and headline spell them at random."""
    return _APOSTROPHE.sub("'", text)


def _headline_like(h1: str, metas: list[str]) -> bool:
    """Three words or more, or two that share a word with a meta title ("Blockhaus 3" for
    "Blockhaus Typ 3 in Ludorf"); a two-word logo in another script shares none.

    >>> _headline_like("Blockhaus 3", ["Blockhaus Typ 3 in Ludorf | Lakeside"])
    True
    >>> _headline_like("엔터 미디어", ["Headline of the day - Entermedia"])
    False
    """
    if len(h1.split()) >= 3:
        return True
    meta_words = {w for m in metas for w in _key(m).split()}
    return len(h1.split()) == 2 and any(w in meta_words for w in _key(h1).split())


def _typography(shown: str, meta: str) -> str:
    """The meta title's text, or the shown headline's when they differ in nothing but quotes,
    dashes and ellipses (metadata often writes ``"Europa"`` for the page's ``„Europa“``).

    >>> _typography("Council says „no“ – again", 'Council says "no" - again')
    'Council says „no“ – again'
    >>> _typography("The mayor’s plan", "The mayor's plan")
    "The mayor's plan"
    """
    if _plain(shown) == _plain(meta) and _apostrophes(shown) != _apostrophes(meta):
        return shown
    return meta


def _drop_kicker(title: str, metas: list[str]) -> str:
    """The headline without its kicker, when a meta title of the page is exactly the part
    after it ("Kicker: Headline" shown, "Headline" in ``og:title``).

    >>> _drop_kicker("Budget talks: Council approves the new plan", ["Council approves the new plan"])
    'Council approves the new plan'
    >>> _drop_kicker("Council approves the new plan", ["Budget talks: Council approves the new plan"])
    'Council approves the new plan'
    """
    kt = _key(title)
    best = title
    for m in metas:
        km = _key(m)
        if len(km.split()) >= 3 and len(km) < len(_key(best)) and kt.endswith(" " + km):
            best = m.strip()
    return best


def _shared_tail(title: str, meta: str, site_keys: set[str]) -> str:
    """``meta`` when it is ``title`` and a tail that names no site ("Headline - Latest news").

    >>> _shared_tail("Fires spread", "Fires spread - Latest reports", {"city news"})
    'Fires spread - Latest reports'
    >>> _shared_tail("Fires spread", "Fires spread - City News", {"city news"})
    'Fires spread'
    """
    km, kt = _key(meta), _key(title)
    rest = km[len(kt):].strip()
    if km.startswith(kt + " ") and not any(rest in sk or sk in rest for sk in site_keys if sk):
        return meta
    return title


def choose_title(src: TitleSources, site_names: list[str]) -> str | None:
    """The page's title from its sources (``site_names``: site name, publisher, host word)."""
    h1s, others, h1_parts = src.h1s, src.others, src.h1_parts
    ld_headline, og_title, title_tag = src.ld_headline, src.og_title, src.title_tag
    candidates = [c for c in (ld_headline, og_title, title_tag) if c]
    title: str | None = None
    keys = [_key(c) for c in candidates]
    site_keys = {_key(x) for x in site_names if x}
    split = [[_key(p) for p in _TITLE_SEPARATORS.split(c) if p.strip()] for c in candidates]
    first_parts = {parts[0] for parts in split if parts}
    later_parts = {p for parts in split for p in parts[1:]}
    best_rank = 9
    for h in [*h1s, *others, *h1_parts]:
        kh = _key(h)
        if not kh or kh in site_keys:
            continue
        if kh in keys:
            rank = 0
        elif kh in first_parts:
            rank = 1
        elif any(len(kh) > 10 and (k.startswith(kh) or kh in k) for k in keys):
            rank = 2
        elif kh in later_parts:
            rank = 3
        else:
            continue
        if rank < best_rank:
            title, best_rank = h, rank
            # Same words as a meta title: keep the meta title's punctuation ("Kicker: Headline").
            for c in candidates:
                if rank == 0 and _key(c) == kh:
                    # ... but the shown headline's typography, when quotes and dashes are all
                    # that differ (metadata often has straight quotes: "Europa" for „Europa“).
                    title = _typography(h, c)
                    break
                if rank == 1:
                    first = next((p for p in _TITLE_SEPARATORS.split(c) if p.strip()), "")
                    if _key(first) == kh:
                        title = _typography(h, first.strip())
                        break
    if title is None and not ld_headline and len(set(h1s)) == 1 and _key(h1s[0]) not in site_keys and _headline_like(h1s[0], candidates):
        # The page's single headline, even where the SEO title says something else.
        title = h1s[0]
    if title is None and ld_headline and not ld_headline.endswith(("...", "…")):
        title = _strip_site(ld_headline, site_names, h1s)
    if title is None and og_title:
        title = _strip_site(og_title, site_names, h1s)
    if title is None and title_tag:
        title = _strip_site(title_tag, site_names, h1s)
    if title is None and h1s:
        title = h1s[0]
    if title is not None and (_key(title) in site_keys or _key(title) in _GENERIC_TITLES):
        # The page title is the site's name: the entry's own heading says more.
        for h in [*others, *h1s]:
            if _key(h) not in site_keys and _key(h) not in _GENERIC_TITLES:
                title = h
                break
    if title is not None and og_title and ld_headline:
        title = _add_kicker(title, _strip_site(og_title, site_names, []), ld_headline)
    if title is not None:
        title = _drop_kicker(title, [_strip_site(og_title, site_names, h1s)] if og_title else [])
    if title is not None:
        title = _drop_shown_suffix(title, [*candidates, *h1s]).rstrip(" |–—-:")
        # "» Jens Weber": a breadcrumb mark (a leading dash stays: it opens a quote in Nordic titles)
        title = re.sub(r"^[»›|•·]+\s+(?=\w)", "", title)
    if title is not None and og_title and ld_headline and title_tag and len(set(keys)) == 1:
        # JSON-LD, og:title and <title> (three sources) carry the same tail after the headline.
        title = _shared_tail(title, og_title, site_keys)
    return title or None
