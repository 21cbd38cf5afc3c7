"""French pattern table (see :mod:`textclean.patterns` for the keys)."""

from __future__ import annotations

from typing import Any

TABLE: dict[str, Any] = {
    "boilerplate": [
        ("subscription", r"^\W*(?:abonnez-vous|s['’]abonner|je\s+m['’]abonne)\b", 1.0, 200),
        ("subscription", r"\binscrivez-vous\s+(?:à|a)\s+(?:notre|la)\s+newsletter\b", 1.0, 300),
        ("subscription", r"^\W*(?:déjà\s+abonné|cet\s+article\s+est\s+réservé\s+aux\s+abonnés)", 1.0, 300),
        ("donate", r"^\W*(?:faire\s+un\s+don|je\s+fais\s+un\s+don|soutenez(?:-nous)?)\b", 1.0, 200),
        ("related-link", r"^\W*(?:à\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|voir\s+aussi|articles?\s+liés?)\b\W*(?::|$|\w)", 1.0, 300),
        ("share", r"^\W*(?:partager|partagez|suivez-nous)\b", 1.0, 150),
        ("cookie", r"\b(?:ce\s+site|nous)\s+(?:utilise|utilisons)\s+(?:des\s+)?cookies\b", 1.0, 500),
        ("copyright", r"\btous\s+droits\s+réservés\b", 1.0, 300),
        ("photo-credit", r"^\W*(?:photo|crédit(?:\s+photo)?|illustration)\s*:", 1.0, 250),
        ("contributor-note", r"^\W*avec\s+(?:l['’])?(?:afp|ap|reuters|agences?)\W*$", 1.0, 100),
        # an advert slot's label and page navigation left in the text (whole lines only)
        ("advertisement", r"^\W*(?:publicité|contenu\s+sponsorisé)\W*$", 1.0, 30),
        ("navigation", r"^\W*(?:retour\s+(?:à\s+l['’]accueil|en\s+haut(?:\s+de\s+la\s+page)?)|aller\s+au\s+contenu(?:\s+principal)?)\W*$", 1.0, 40),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:temps\s+de\s+lecture\s*:?\s*(?:environ\s+)?\d{1,3}\s*min\w*\.?|(?:lecture\s*:?\s*)?\d{1,3}\s*min(?:utes?)?\s+de\s+lecture|lecture\s*:?\s*\d{1,3}\s*min\w*\.?|écouter\s+(?:cet\s+)?article)\W*$", 1.0, 60),
        ("navigation", r"^\W*accueil(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:copier\s+le\s+lien|lien\s+copié)\W*$", 1.0, 40),
        # a wiki page copied as text; e-mail
        ("navigation", r"^\W*un\s+article\s+de\s+wikipédia,\s+l['’]encyclopédie\s+libre\W*$", 1.0, 60),
        ("navigation", r"^\W*aller\s+à\s+la\s+(?:navigation|recherche)(?:\s+aller\s+à\s+la\s+(?:navigation|recherche))?\W*$", 1.0, 60),
        ("navigation", r"^\W*ce\s+document\s+provient\s+de\s+[«\"“”]?\s*https?://\S+\s*[»\"“”]?\s*\.?\s*$", 1.0, 300),
        ("navigation", r"^\W*dernière\s+modification\s+de\s+cette\s+page\s+le\b[^.]{0,60}\.?\s*$", 1.0, 120),
        ("email-footer", r"^\W*envoyé\s+de\s+mon\s+(?:iphone|ipad|android|samsung|smartphone|mobile)\b[\w ]{0,30}\W*$", 1.0, 60),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*cliquez\s+(?:ici|sur\s+(?:ce\s+lien|l['’]image|la\s+photo))\b", 1.0, 200),
        ("navigation", r"^\W*vous\s+devez\s+(?:être\s+)?(?:connecté|connectée|inscrit|inscrite|identifié|identifiée|vous\s+connecter)\s+pour\s+(?:publier|poster|laisser|écrire|rédiger)\s+un\s+commentaire", 1.0, 200),
        ("share", r"^\W*(?:vous\s+avez\s+aimé\s+cet\s+article|cet\s+article\s+vous\s+a\s+plu)\s*\?", 1.0, 200),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("disclosure", r"\bn['’]engag(?:e|ent)\s+que\s+(?:leurs?|son|ses)\s+auteur(?:e|s|es)?\b", 1.0, 400),
        ("photo-credit", r"[.!?]\s+(?:photo|crédit(?:\s+photo)?)\s*:\s*[\w .,&/'’-]{1,50}$", 1.0, 250),
        # session 10: paywall labels, account links alone on a line
        ("subscription", r"^\W*(?:article|contenu)\s+(?:réservé|exclusif)\s+(?:aux|pour\s+les)\s+abonnés\W*$", 1.0, 80),
        ("subscription", r"^\W*réservé\s+aux\s+abonnés\W*$", 1.0, 40),
        ("navigation", r"^\W*(?:se\s+connecter|connexion|se\s+déconnecter|déconnexion|mon\s+compte|créer\s+un\s+compte|s['’]inscrire|inscription)\W*$", 1.0, 30),
        # session 11: une mention de republication ou de source seule sur sa ligne
        ("credit", r"^\W*(?:cet\s+article\s+a\s+(?:été\s+)?(?:initialement|d['’]abord|originellement)\s+(?:été\s+)?publié|initialement\s+publié)\s+(?:par|sur|dans)(?:\s+(?:\d{1,2},|[^\s!?,]*[^\s!?,.])){1,6}[.!]?\W*$", 1.0, 160),
        ("credit", r"^\W*source\s*:\s*[\w.&'’/-]+(?:\s+[\w.&'’/-]+){0,4}\W*$", 1.0, 60),
        # session 12: a site's footer links and an article's tools alone on a line (a row of
        # them is read item by item)
        ("navigation", r"^\W*(?:mentions\s+légales|politique\s+de\s+confidentialité|(?:politique|gestion|paramètres)\s+(?:des\s+)?cookies|conditions\s+générales(?:\s+d['’]utilisation|\s+de\s+vente)?|cgu|cgv|nous\s+contacter|contactez-nous|contact|qui\s+sommes-nous\s*\??|à\s+propos|plan\s+du\s+site|accessibilité|publicité|imprimer(?:\s+l['’]article|\s+cet\s+article)?|envoyer\s+(?:par\s+e-?mail|à\s+un\s+ami)|(?:sauvegarder|enregistrer)\s+(?:l['’]article|cet\s+article))[^\w.!?]*$", 1.0, 40),
    ],
    "byline_prefixes": ["Par"],
    "byline_suffixes": [],
    "name_joiners": ["et"],
    "months": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    "updated_words": ["mis à jour", "modifié", "actualisé"],
    "published_words": ["publié", "publié le", "date"],
    "source_labels": ["source", "url d'origine", "publié à l'origine sur"],
    "list_labels": ["mots-clés", "mots clés", "mots-clefs", "codes jel", "classification jel"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*citation(?:\s+de)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+a\s+écrit\s*:\s*$",
    ],
    "suspended_hyphen_joiners": ["et", "ou"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:commentaires?|réponses|réactions)\W*$",
        r"^\W*(?:laisser|laissez|écrire|ajouter|poster)\s+(?:un|une|votre)\s+(?:commentaire|réponse)\b",
        r"^\W*(?:voir|afficher|lire)\s+(?:les\s+)?(?:\d+\s+)?commentaires\b",
        r"^\W*réagir\W*$",
        r"\b\d+\s+commentaires?\W*$",
    ],
}
