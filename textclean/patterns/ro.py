"""Romanian pattern table (see :mod:`textclean.patterns` for the keys).

Romanian is written with the comma-below letters (``ș``, ``ț``) and, on many sites still, with
the cedilla forms of older keyboards (``ş``, ``ţ``): :func:`_r` turns a label into a pattern
that takes both, and the month and weekday names are listed in both.  Line-starting labels are
anchored (``^\\W*``) and short-limited, so that a sentence of prose that merely contains the
words is never hit.  Words that also begin ordinary sentences ("Distribuie ajutoare în
satele ...", "Publicitatea la tutun este interzisă ...", "Urmărește copiii la ștrand ...")
only count as a whole label (followed by ``:``, a social network, or nothing).

>>> import regex
>>> bool(regex.fullmatch(_r("citește și"), "citeşte şi")), bool(regex.fullmatch(_r("țară"), "ţară"))
(True, True)
"""

from __future__ import annotations

from typing import Any

_VARIANTS = {"ș": "[șş]", "ş": "[șş]", "ț": "[țţ]", "ţ": "[țţ]", "Ș": "[ȘŞ]", "Ş": "[ȘŞ]", "Ț": "[ȚŢ]", "Ţ": "[ȚŢ]"}


def _r(pattern: str) -> str:
    """``pattern`` with each of ``ș``/``ş`` and ``ț``/``ţ`` taking both forms (a character
    class of the pattern gets the other form added)."""
    out: list[str] = []
    in_class = False
    for c in pattern:
        if c == "[" and not (out and out[-1] == "\\"):
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        if c in _VARIANTS:
            out.append(_VARIANTS[c][1:-1] if in_class else _VARIANTS[c])
        else:
            out.append(c)
    return "".join(out)


def _both(words: dict[str, int]) -> dict[str, int]:
    """The names with the comma-below letters and with the cedilla ones."""
    out = dict(words)
    for w, n in words.items():
        out[w.replace("ș", "ş").replace("ț", "ţ")] = n
    return out


_NETWORKS = r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|google\s+news|re[țţ]elele\s+sociale)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", _r(r"^\W*(?:abonează-te|abonați-vă|abonează-vă|abonare|fă-ți\s+abonament|cumpără\s+(?:un\s+)?abonament)(?:\s+(?:acum|aici|gratuit))?\W*(?:$|[:!–—])"), 1.0, 200),
        ("subscription", _r(r"\b(?:abonează-te|abonați-vă|înscrie-te|înscrieți-vă|te\s+poți\s+abona)\s+(?:la\s+)?(?:\w+\s+)?newsletter\w*\b"), 1.0, 300),
        ("subscription", _r(r"^\W*(?:(?:acest\s+)?(?:articol|conținut)\s+(?:este\s+)?disponibil\s+(?:doar|numai|exclusiv)\s+pentru\s+abonați|ai\s+deja\s+(?:un\s+)?abonament|ești\s+deja\s+abonat)"), 1.0, 300),
        ("subscription", _r(r"^\W*(?:autentificare|conectează-te|intră\s+în\s+cont)\W*$"), 1.0, 40),
        # --- donations -------------------------------------------------------
        ("donate", _r(r"^\W*(?:susține-ne|sprijină-ne|susțineți-ne|donează(?:\s+acum)?|fă\s+o\s+donație)(?:\W*$|\s*[:!–—])"), 1.0, 200),
        ("donate", _r(r"\b(?:susține|sprijină|susțineți|sprijiniți)\s+(?:jurnalismul|presa)\s+(?:independent[ăa]?|liberă|de\s+calitate)\b"), 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", _r(r"^\W*(?:citește\s+(?:și|mai\s+mult)|citiți\s+și|vezi\s+și|articole\s+(?:similare|asemănătoare|recomandate)|știri\s+(?:similare|conexe))\b\W*(?::|$|\w)"), 1.0, 300),
        ("related-link", _r(r"^\W*(?:pe\s+aceeași\s+temă|recomandări|recomandarea\s+editorului|legături|mai\s+multe\s+despre)\W*(?::|$)"), 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", _r(rf"^\W*distribuie(?:\s+(?:articolul|știrea))?(?:\s+pe\s+{_NETWORKS})?\W*$"), 1.0, 80),
        ("share", _r(rf"^\W*(?:urmărește-ne|urmăriți-ne|urmărește|urmăriți)(?:\s+[\w .'’-]{{1,40}}?)?\s+(?:pe|în)\s+{_NETWORKS}\W*$|^\W*(?:urmărește-ne|urmăriți-ne)\W*$"), 1.0, 150),
        ("share", _r(r"^\W*(?:descarcă|descărcați)\s+(?:aplicația|app-ul|aplicatia)\b"), 1.0, 150),
        # --- page furniture: ad labels, widget headings -----
        ("navigation", _r(r"^\W*(?:publicitate|reclamă|articolul\s+continuă\s+după\s+reclamă|cele\s+mai\s+citite(?:\s+știri)?|ultimele\s+știri|ultima\s+oră|știri\s+de\s+ultimă\s+oră|timp\s+de\s+citire\s*:?\s*\d+\s*min\w*|ascultă\s+articolul)\W*$"), 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", _r(r"\b(?:(?:acest|site-ul)\s+(?:site\s+)?(?:folosește|utilizează)|folosim|utilizăm)\s+(?:fișiere\s+)?cookie(?:-uri|uri|s)?\b"), 1.0, 500),
        ("cookie", _r(r"^\W*(?:accept(?:ă)?|acceptați|refuz(?:ă)?|setări)(?:\s+(?:toate|tot))?(?:\s+(?:cookie-urile|cookie-uri|cookies))?\W*$"), 1.0, 40),
        # --- copyright ----------------------------------------------------------
        ("copyright", _r(r"\btoate\s+drepturile\s+(?:sunt\s+)?rezervate\b"), 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        # "Foto: Inquam Photos / Octav Ganea", "Sursa foto: Facebook", "Foto ilustrativ"
        ("photo-credit", _r(r"^\W*(?:foto|fotografie|imagine|sursa\s+foto|sursă\s+foto|sursa|credit\s+foto)\s*:|^\W*foto\s+(?:ilustrativ|ilustrație|arhivă)\W*$"), 1.0, 250),
    ],
    "byline_prefixes": ["Autor:", "Autori:", "Scris de"],
    "byline_suffixes": [],
    "name_joiners": ["și", "şi"],
    "months": _both({
        "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6, "iulie": 7,
        "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
        "ian": 1, "febr": 2, "mart": 3, "apr": 4, "iun": 6, "iul": 7, "sept": 9, "oct": 10,
    }),
    "updated_words": ["actualizat", "actualizare", "ultima actualizare"],
    "published_words": ["publicat", "data publicării", "postat"],
    "source_labels": ["sursa", "sursă", "articol original"],
    "list_labels": ["cuvinte cheie", "cuvinte-cheie"],
    "quote_headers": [],
    # "pre- și postbelic"
    "suspended_hyphen_joiners": ["și", "şi", "sau"],
    "comment_markers": [
        _r(r"^\W*(?:\d+\s+)?(?:comentarii|comentariu)\W*$"),
        _r(r"^\W*(?:adaugă|lasă|scrie|adăugați|lăsați)\s+(?:un\s+)?comentariu\b"),
        _r(r"^\W*(?:vezi|afișează|arată)\s+(?:toate\s+)?(?:cele\s+)?(?:\d+\s+)?comentarii\w*\b"),
        r"\b\d+\s+comentarii\W*$",
    ],
}
