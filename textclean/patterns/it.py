"""Italian pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that are also ordinary prose at the start
of a sentence ("Registrati 300 nuovi casi", "Per approfondire la questione, ...") only count
as a whole label (followed by ``:`` or nothing).
"""

from __future__ import annotations

from typing import Any

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*iscriviti\b", 1.0, 200),
        ("subscription", r"^\W*abbonati(?:\s+(?:ora|subito|oggi|adesso|a\s+partire\s+da|a\s+soli|per|con)\b|\W*$)", 1.0, 200),
        ("subscription", r"^\W*registrati(?:\s+(?:ora|subito|gratis|gratuitamente)\b|\W*$)", 1.0, 150),
        ("subscription", r"\biscriviti\s+alla\s+(?:nostra\s+)?newsletter\b", 1.0, 300),
        ("subscription", r"^\W*(?:sei\s+già\s+abbonato|già\s+abbonato|(?:questo\s+)?(?:articolo|contenuto)\s+(?:è\s+)?riservato\s+agli\s+abbonati)", 1.0, 300),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:fai\s+una\s+donazione|dona\s+(?:ora|oggi|adesso)|sostienici)\b", 1.0, 200),
        ("donate", r"\bsostieni\s+(?:il\s+(?:nostro\s+)?giornalismo|l['’]informazione\s+(?:libera|indipendente))\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:leggi\s+anche|potrebbe\s+interessarti|ti\s+potrebbe\s+interessare|articoli\s+correlati|notizie\s+correlate)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:correlati|approfondimenti|approfondisci|per\s+approfondire|vedi\s+anche|guarda\s+anche|leggi\s+di\s+più)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", r"^\W*(?:condividi|seguici)\b", 1.0, 150),
        ("share", r"^\W*segui\s+[\w .'’-]{1,40}?\s+su\s+(?:google\s+news|facebook|instagram|x|twitter|telegram|whatsapp|tiktok|youtube|linkedin)\W*$", 1.0, 120),
        ("share", r"^\W*scarica\s+(?:la\s+nostra\s+|l['’])app\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:pubblicità|continua\s+a\s+leggere|ascolta\s+(?:l['’])?articolo|tempo\s+di\s+lettura\s*:?\s*\d+\s*min\w*|più\s+letti|ultime\s+notizie)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:questo\s+sito(?:\s+web)?\s+(?:utilizza|usa)|utilizziamo|usiamo)\s+(?:i\s+)?cookies?\b", 1.0, 500),
        ("cookie", r"^\W*(?:accetta|rifiuta|gestisci)(?:\s+tutti)?(?:\s+i)?\s+cookies?\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\b(?:riproduzione\s+riservata|tutti\s+i\s+diritti\s+riservati)\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|fotografia|immagine|crediti?(?:\s+foto)?|fonte)\s*:", 1.0, 250),
        # "Foto ANSA", "(foto LaPresse)": the agency right after the word, nothing else after it
        ("photo-credit", r"^\W*foto\s+(?:ansa|lapresse|afp|ap|reuters|epa|getty(?:\s+images)?|imagoeconomica|shutterstock)\b(?:\s*[/|-]\s*[\w .&-]{1,40})?\W*$", 1.0, 120),
        # --- contributor notes ----------------------------------------------------
        ("contributor-note", r"^\W*con\s+(?:l['’])?(?:ansa|adnkronos|agenzie|afp|ap|reuters)\W*$", 1.0, 100),
        # "Ha collaborato Mario Rossi": capitalised names only ("ha collaborato con la polizia" is prose)
        ("contributor-note", r"^\W*(?:ha|hanno)\s+collaborato\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:,?\s+(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|di|de|del|della|da|e))*\W*$", 1.0, 200),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:\d{1,3}\s*min(?:uti|\.)?\s+di\s+lettura|lettura\s*:?\s*\d{1,3}\s*min\w*\.?)\W*$", 1.0, 60),
        ("share", r"^\W*(?:copia\s+(?:il\s+)?link|link\s+copiato)\W*$", 1.0, 40),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*clicca\s+(?:qui|sul\s+link|sull['’]immagine|sulla\s+foto)\b", 1.0, 200),
        ("navigation", r"^\W*(?:devi|deve|è\s+necessario)\s+(?:essere\s+)?(?:connesso|connessa|registrato|registrata|loggato|loggata|effettuare\s+il\s+login|accedere)\s+per\s+(?:inviare|pubblicare|lasciare|scrivere)\s+un\s+commento", 1.0, 200),
        ("share", r"^\W*ti\s+è\s+piaciut[oa]\s+(?:questo\s+articolo|questa\s+notizia|l['’]articolo)\s*\?", 1.0, 200),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("disclosure", r"\bopinioni\s+espresse\b.{0,100}?\b(?:sono\s+(?:quelle\s+)?(?:dell['’]autore|degli\s+autori)|non\s+riflettono\s+necessariamente|impegnano\s+(?:esclusivamente|solo|soltanto)\s+l['’]autore)", 1.0, 400),
        # session 10: account links alone on a line
        ("navigation", r"^\W*(?:accedi|esci|login|logout|il\s+mio\s+account|registrati|crea\s+(?:un\s+)?account)\W*$", 1.0, 30),
        # session 12: a site's footer links and an article's tools alone on a line (a row of
        # them is read item by item)
        ("navigation", r"^\W*(?:note\s+legali|informativa\s+(?:sulla\s+)?privacy|privacy(?:\s+policy)?|cookie\s+policy|(?:gestione|impostazioni)\s+(?:dei\s+)?cookie|termini\s+(?:e\s+condizioni|di\s+(?:uso|servizio))|condizioni\s+d['’]uso|contatti|contattaci|chi\s+siamo|mappa\s+del\s+sito|accessibilità|pubblicità|stampa\s+(?:l['’]articolo|articolo)|invia\s+(?:per\s+e-?mail|a\s+un\s+amico)|salva\s+(?:l['’]articolo|articolo))[^\w.!?]*$", 1.0, 40),
    ],
    "byline_prefixes": ["Di", "A cura di", "Scritto da", "Autore", "Autrice"],
    "byline_suffixes": [],
    "name_joiners": ["e"],
    # (no "gen" and "set": "1. Gen Z", "2. Set the oven" would read as dates, not list items)
    "months": {
        "gennaio": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4, "apr": 4,
        "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
        "settembre": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11,
        "dicembre": 12, "dic": 12,
    },
    "updated_words": ["aggiornato", "aggiornato il", "ultimo aggiornamento", "modificato"],
    "published_words": ["pubblicato", "pubblicato il", "data", "data di pubblicazione"],
    "source_labels": ["fonte", "url originale", "articolo originale", "pubblicato originariamente su"],
    "list_labels": ["parole chiave", "parole-chiave", "codici jel"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*citazione(?:\s+di)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+ha\s+scritto\s*:\s*$",
    ],
    "suspended_hyphen_joiners": ["e", "ed", "o"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:commenti|risposte)\W*$",
        r"^\W*(?:lascia|scrivi|aggiungi)\s+(?:un|il\s+tuo)\s+commento\b",
        r"^\W*(?:mostra|leggi|vedi)\s+(?:tutti\s+)?(?:i\s+)?(?:\d+\s+)?commenti\b",
        r"\b\d+\s+commenti\W*$",
    ],
}
