"""Polish pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences
("Polecamy sprawdzić rozkład ...", "Reklama alkoholu jest zakazana ...", "Udostępnij dane
tylko ...") only count as a whole label (followed by ``:``, a social network, or nothing).
Month names are listed in the genitive of dates ("3 marca 2024", "12 listopada 2023 r."), not
the nominative; abbreviations are left out ("sie", "lis", "mar" are words or names elsewhere).
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook\w*|twitter\w*|x|instagram\w*|youtube|tiktok\w*|linkedin\w*|whatsapp\w*|telegram\w*|messenger\w*|google\s+news|wykop\w*|mediach\s+społecznościowych|social\s+media)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*zaloguj\s+się(?:\s*,?\s*(?:aby|żeby|by)\s+(?:czytać|przeczytać|kontynuować|zobaczyć)\b|\W*$)", 1.0, 250),
        ("subscription", r"^\W*(?:wykup|kup|zamów|aktywuj)\s+(?:subskrypcję|prenumeratę|dostęp(?:\s+premium)?|abonament)\b", 1.0, 200),
        ("subscription", r"\b(?:zapisz\s+się|zapisz\s+się\s+do|subskrybuj|zamów)\s+(?:do\s+|na\s+)?(?:nasz(?:ego|y)\s+)?newslett\w*\b", 1.0, 300),
        ("subscription", r"^\W*(?:(?:ten\s+)?(?:artykuł|materiał|tekst)\s+(?:jest\s+)?dostępny\s+(?:tylko\s+|wyłącznie\s+)?dla\s+(?:subskrybentów|prenumeratorów|abonentów)|masz\s+już\s+(?:subskrypcję|prenumeratę)|jesteś\s+już\s+(?:subskrybentem|prenumeratorem))", 1.0, 300),
        ("subscription", r"^\W*(?:subskrybuj|subskrypcja|prenumerata|zaloguj)\W*$", 1.0, 40),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:wesprzyj(?:\s+nas|\s+redakcję|\s+nasz[ąe]\s+pracę)?|wspieraj\s+nas|przekaż\s+darowiznę|wpłać\s+darowiznę|przekaż\s+1,5\s*%\s+podatku)(?:\W*$|\s*[:!–—])", 1.0, 200),
        ("donate", r"\b(?:wesprzyj|wspieraj|wspierajcie)\s+(?:niezależne|nasze|wolne)\s+dziennikarstwo\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:czytaj\s+(?:także|też|również)|przeczytaj\s+(?:także|też|również)|zobacz\s+(?:także|też|również)|podobne\s+artykuły|powiązane\s+artykuły)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:polecamy|polecane|warto\s+przeczytać|więcej\s+na\s+ten\s+temat|na\s+ten\s+temat|czytaj\s+więcej)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*(?:udostępnij|podziel\s+się)(?:\s+(?:na|w|przez)\s+{_NETWORKS}|\s+(?:ten\s+)?(?:artykuł|artykułem|wpis|wpisem|tekst|tekstem))?\W*$", 1.0, 80),
        ("share", rf"^\W*(?:obserwuj|śledź)\s+(?:nas(?:\s+(?:na|w)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:na|w)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*(?:pobierz|ściągnij)\s+(?:naszą\s+)?(?:darmową\s+|bezpłatną\s+)?aplikację\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:reklama|czytaj\s+dalej|czytaj\s+całość|najnowsze(?:\s+wiadomości)?|najczęściej\s+czytane|najpopularniejsze|posłuchaj\s+(?:artykułu|tekstu)|czas\s+czytania\s*:?\s*\d+\s*min\w*|dalsza\s+część\s+(?:artykułu|tekstu)\s+pod\s+(?:reklamą|materiałem\s+wideo)|artykuł\s+(?:jest\s+)?(?:kontynuowany\s+)?pod\s+reklamą)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:ta|nasza)\s+(?:strona|witryna|stron[ae]\s+internetowa|serwis)(?:\s+internetow[ay])?\s+(?:używa|wykorzystuje|stosuje|korzysta\s+z)|używamy|wykorzystujemy|stosujemy)\s+(?:plików\s+|pliki\s+)?(?:cookies?|ciasteczek|ciasteczka)\b", 1.0, 500),
        ("cookie", r"^\W*(?:akceptuj|zaakceptuj|odrzuć|zarządzaj)(?:\s+wszystkie)?(?:\s+pliki|\s+plikami)?\s+(?:cookies?|ciasteczka|ciasteczkami)\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\b(?:wszelkie|wszystkie)\s+prawa\s+zastrzeżone\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        # "Fot. PAP/Leszek Szymański", "Zdjęcie: Jan Kowalski", "Źródło zdjęcia: Shutterstock"
        ("photo-credit", r"^\W*(?:fot\.|foto\s*:|fotografia\s*:|zdjęci[ea]\s*:|ilustracja\s*:|źródło\s+zdjęcia\s*:|źródło\s*:)", 1.0, 250),
        # a wiki page copied as text; e-mail
        ("navigation", r"^\W*z\s+wikipedii,\s+wolnej\s+encyklopedii\W*$", 1.0, 60),
        ("navigation", r"^\W*przejdź\s+do\s+(?:nawigacji|wyszukiwania)(?:\s+przejdź\s+do\s+(?:nawigacji|wyszukiwania))?\W*$", 1.0, 60),
        ("email-footer", r"^\W*wysłane\s+z\s+(?:mojego\s+)?(?:iphone['’]?a|ipada|iphone|telefonu|smartfona)\b[\w ]{0,30}\W*$", 1.0, 60),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:czas\s+czytania\s*:?\s*(?:ok\.\s*)?\d{1,3}\s*min\w*\.?|\d{1,3}\s*min(?:\.|ut[ay]?)?\s+czytania)\W*$", 1.0, 60),
        ("navigation", r"^\W*strona\s+główna(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:kopiuj\s+link|skopiuj\s+link|link\s+skopiowany)\W*$", 1.0, 40),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*kliknij\s+(?:tutaj|tu|w\s+(?:link|zdjęcie|obrazek))\b", 1.0, 200),
        ("navigation", r"^\W*(?:musisz\s+(?:być\s+)?zalogowa(?:ny|na|ć\s+się)|zaloguj\s+się),?\s+(?:aby|żeby|by)\s+(?:dodać|napisać|opublikować|zamieścić)\s+komentarz", 1.0, 200),
        # session 10: account links alone on a line
        ("navigation", r"^\W*(?:zaloguj(?:\s+się)?|wyloguj(?:\s+się)?|logowanie|rejestracja|zarejestruj(?:\s+się)?|moje\s+konto|załóż\s+konto)\W*$", 1.0, 30),
    ],
    "byline_prefixes": ["Autor", "Autorka", "Autorzy", "Opracowanie", "Oprac."],
    "byline_suffixes": [],
    "name_joiners": ["i", "oraz"],
    # the genitive of dates only: a nominative ("marzec", "lipiec") never follows a day, and
    # "2. Marzec w ogrodzie" must stay a list item (``layout.list_marker``)
    "months": {
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
        "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    },
    "updated_words": ["aktualizacja", "zaktualizowano", "ostatnia aktualizacja", "data aktualizacji"],
    "published_words": ["opublikowano", "data publikacji", "data dodania", "dodano"],
    "source_labels": ["źródło", "oryginalny artykuł"],
    "list_labels": ["słowa kluczowe", "słowa-klucze"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*cytat(?:\s+z)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+napisała?\s*:\s*$",
    ],
    # "biało- i czerwony", "dwu- lub trzypokojowe"
    "suspended_hyphen_joiners": ["i", "lub", "albo", "oraz"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:komentarze|komentarzy|komentarz)\W*$",
        r"^\W*(?:dodaj|napisz|zostaw)\s+(?:swój\s+)?komentarz\b",
        r"^\W*(?:pokaż|zobacz|czytaj)\s+(?:wszystkie\s+)?(?:\d+\s+)?komentarz\w*\b",
        r"\b\d+\s+komentarz(?:e|y)?\W*$",
    ],
}
