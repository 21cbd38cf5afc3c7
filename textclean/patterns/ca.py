"""Catalan pattern table (see :mod:`textclean.patterns` for the keys).

Catalan writes the elided article and preposition with an apostrophe, straight or curly
(``l'aplicació``, ``d’octubre``): the labels take both, and the months are listed with the
elided ``d'`` of dates ("4 d'octubre de 2023") as well as alone ("4 de març de 2023").
Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences
("Comparteix pis amb dos estudiants ...", "Publicitat institucional ...", "Segueix les
instruccions ...") only count as a whole label (followed by ``:``, a social network, or
nothing).
"""

from __future__ import annotations

from typing import Any

_Q = "['’]"
_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|bluesky|google\s+news|xarxes\s+socials)"


def _elided(months: dict[str, int]) -> dict[str, int]:
    """The month names, and those that begin with a vowel also after ``d'`` / ``d’``."""
    out = dict(months)
    for m, n in months.items():
        if m[0] in "aeiou":
            out[f"d'{m}"] = out[f"d’{m}"] = n
    return out


TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:subscriu-te|subscriu-t['’]hi|fes-te\s+(?:subscriptor\w*|soci\w*))(?:\s+(?:ara|ja|aquí))?\b", 1.0, 200),
        ("subscription", rf"\b(?:subscriu-te|apunta{_Q}t|apunta-t|rep|inscriu-te)\s+(?:al|als|el|els|el\s+nostre|als\s+nostres)\s+(?:\w+\s+)?butllet(?:í|ins)\b", 1.0, 300),
        ("subscription", r"^\W*(?:(?:aquest\s+)?(?:article|contingut)\s+(?:és\s+)?(?:exclusiu|només)\s+per\s+a\s+(?:subscriptors|socis)|ja\s+ets\s+(?:subscriptor\w*|soci\w*))", 1.0, 300),
        ("subscription", r"^\W*(?:inicia\s+la\s+sessió|inicia\s+sessió|entra|identifica-t)\W*$", 1.0, 40),
        # --- donations -------------------------------------------------------
        ("donate", rf"^\W*(?:dona(?:\s+ara)?|fes\s+una\s+donació|dona{_Q}ns\s+suport|col·labora)(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", rf"\b(?:dona\s+suport\s+al|dona{_Q}ns\s+suport\s+per\s+fer|ajuda{_Q}ns\s+a\s+fer)\s+(?:un\s+)?periodisme\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:llegeix\s+(?:també|més)|llegiu\s+també|et\s+pot\s+interessar|us\s+pot\s+interessar|notícies\s+relacionades|articles\s+relacionats|també\s+et\s+pot\s+interessar)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:relacionat|relacionades|més\s+informació|vegeu\s+també|mira\s+també)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*(?:comparteix|compartir)(?:\s+(?:l{_Q}article|aquest\s+article|la\s+notícia))?(?:\s+(?:a|al|per|via)\s+{_NETWORKS})?\W*$", 1.0, 80),
        ("share", rf"^\W*(?:segueix{_Q}ns|segueix-nos|seguiu{_Q}ns|seguiu-nos|segueix)(?:\s+[\w .'’-]{{1,40}}?)?\s+(?:a|al|per|en)\s+{_NETWORKS}\W*$|^\W*(?:segueix{_Q}ns|segueix-nos)\W*$", 1.0, 150),
        ("share", rf"^\W*(?:descarrega{_Q}t|descarrega-t|baixa{_Q}t|baixa-t|descarrega)\s+(?:l{_Q}app|l{_Q}aplicació|la\s+nostra\s+app|la\s+nostra\s+aplicació)\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, widget headings -----
        ("navigation", r"^\W*(?:publicitat|contingut\s+patrocinat|el\s+més\s+llegit|els\s+més\s+llegits|més\s+llegides|últimes\s+notícies|darrera\s+hora|continua\s+llegint|temps\s+de\s+lectura\s*:?\s*\d+\s*min\w*|escolta\s+l['’]article)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:aquest|el\s+nostre)\s+(?:lloc\s+web|web|portal)\s+(?:utilitza|fa\s+servir)|utilitzem|fem\s+servir)\s+(?:galetes|cookies)\b", 1.0, 500),
        ("cookie", r"^\W*(?:accepta|acceptar|rebutja|rebutjar|configura)(?:\s+(?:totes|tot))?(?:\s+les)?\s+(?:galetes|cookies)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\btots\s+els\s+drets\s+reservats\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|fotografia|fotos|imatge|font)\s*:", 1.0, 250),
    ],
    "byline_prefixes": ["Per", "Autor:", "Autora:", "Text:"],
    "byline_suffixes": [],
    "name_joiners": ["i"],
    "months": _elided({
        "gener": 1, "febrer": 2, "març": 3, "abril": 4, "maig": 5, "juny": 6, "juliol": 7,
        "agost": 8, "setembre": 9, "octubre": 10, "novembre": 11, "desembre": 12,
    }),
    "updated_words": ["actualitzat", "actualització", "darrera actualització", "última actualització"],
    "published_words": ["publicat", "publicat el", "data de publicació"],
    "source_labels": ["font", "article original"],
    "list_labels": ["paraules clau"],
    "quote_headers": [],
    # "pre- i postguerra"
    "suspended_hyphen_joiners": ["i", "o"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:comentaris|comentari)\W*$",
        r"^\W*(?:deixa|escriu|afegeix)\s+(?:un|el\s+teu)\s+comentari\b",
        r"^\W*(?:mostra|veure|llegeix)\s+(?:tots\s+)?(?:els\s+)?(?:\d+\s+)?comentaris\b",
        r"\b\d+\s+comentaris\W*$",
    ],
}
