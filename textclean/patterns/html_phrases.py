"""Phrase tables of the HTML extractor (``textclean/html/extract.py``), per language.

The extractor's language-bound heuristics as data: the headings that announce end matter, the
reader prompts and house ads that end an article, consent placeholders of embedded players,
paywall notices, comment prompts, blog post footers, and the class-name words that name a share
bar, an advert, a related box or a comment thread in the page's own language.  Each table maps
a language code to a tuple of regular-expression alternatives (matched case-insensitively, on
whole short blocks); :func:`alternation` joins a table into one alternation, and the extractor
compiles each table once, at import.

Adding a phrase is adding an alternative under its language.  The tables are separate from the
text pipeline's per-language ``TABLE`` modules: these are matched on the extractor's blocks
(before the text cleaners run), whatever the document's language, so a phrase must not match a
line of prose in another language.

>>> import re
>>> heading = re.compile("^(?:" + alternation(END_MATTER_HEADINGS) + r")\\s*[:?]?$", re.I)
>>> bool(heading.match("Related articles")), bool(heading.match("Mehr zum Thema")), bool(heading.match("Related work"))
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Mapping

#: Headings that announce a trailing section that is not the story (related stories, most
#: read, comments, about the author, tags ...), matched on the whole heading (a final ``:`` or
#: ``?`` allowed).  Inline "read also" labels (leggi anche, lire aussi) are not listed: the
#: story goes on after them.
END_MATTER_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        r"related", r"related (?:articles|stories|posts|content|topics)", r"recommended", r"recommended for you",
        r"more (?:stories|articles|news|from|on|about|to read)\b.*", r"more (?:great |good |top |recent )?\S+ (?:stories|articles|reads)",
        r"you (?:may|might) also (?:like|enjoy)", r"you may be interested in", r"popular", r"most (?:read|popular|viewed)",
        r"trending", r"further reading", r"(?:\d+ )?comments?", r"leave a (?:reply|comment)", r"post a comment",
        r"join the (?:discussion|conversation)", r"about the author", r"share (?:this|on)\b.*", r"tags", r"filed under",
        # a podcast's or a newsletter's appeal for support after the episode
        r"enjoy(?:ed|ing)? (?:the|this|our) (?:show|podcast|episode|newsletter)", r"support (?:the|this|our) (?:show|podcast)",
    ),
    "de": (
        r"auch interessant", r"das könnte (?:sie|dich) (?:auch )?interessieren", r"ähnliche (?:beiträge|artikel|themen)",
        r"weitere (?:themen|artikel|beiträge|nachrichten|meldungen|informationen|links)", r"weiterführende (?:links|informationen|artikel)",
        r"verwandte (?:themen|artikel|beiträge)", r"schlagworte", r"autor(?:en|in)?", r"wie bewerten sie diesen (?:artikel|beitrag)\??",
        r"mehr (?:zum thema|dazu|aus|von)\b.*", r"empfohlene (?:beiträge|artikel)", r"(?:\d+ )?kommentare?", r"kommentieren",
        r"schreibe einen kommentar", r"über den autor", r"zum autor", r"schlagwörter",
        r"meist(?:gelesene|kommentierte|diskutierte|geklickte)(?: artikel| beiträge| news)?", r"meistgelesen",
        r"beliebte (?:artikel|beiträge)", r"neueste (?:artikel|beiträge|nachrichten|meldungen)", r"zum thema", r"aus dem ressort",
        r"empfehlungen(?: der| aus der) redaktion", r"das könnte (?:sie|dich) auch interessieren", r"schon gelesen",
        r"heute empfehlen wir", r"entdecken sie (?:jetzt|mehr|auch)\b.*", r"verwandte themen(?:bereiche)?",
        r"weitere (?:aktuelle |spannende |interessante )?(?:themen|artikel|beiträge|nachrichten|news)\b.*",
        r"noch mehr (?:infos|informationen|artikel|themen|tipps|news|geschichten)\b.*", r"entdecke (?:weitere|mehr|auch)\b.*",
        r"zum weiterlesen", r"empfehlungen aus (?:dem|der|unserem)\b.*",
    ),
    "fr": (
        r"en savoir plus", r"articles similaires", r"sur le même sujet", r"commentaires?", r"vous aimerez aussi",
        r"les plus lus", r"dans la même rubrique",
    ),
    "es": (
        r"notas relacionadas", r"te puede interesar", r"relacionad[oa]s", r"comentarios?", r"temas relacionados",
        r"contenido relacionado", r"noticias relacionadas", r"lo más (?:leído|visto)", r"también te puede interesar", r"más sobre\b.*",
    ),
    "it": (r"articoli correlati", r"potrebbe interessarti", r"i più letti", r"commenti", r"ultime notizie", r"più letti"),
    "pt": (r"mais lidas", r"notícias relacionadas", r"veja também", r"leia também", r"comentários", r"leia mais (?:sobre|notícias)\b.*"),
    "nl": (r"gerelateerde (?:artikelen|berichten)", r"meer over dit onderwerp", r"(?:\d+ )?reacties", r"meest gelezen", r"lees ook deze artikelen"),
    # Norwegian, Danish and Swedish share these words
    "nb": (r"mest (?:lest|leste|læste|lästa|delte)", r"siste nytt fra"),
    "pl": (r"najczęściej czytane", r"inne artykuły(?: autora)?", r"zobacz (?:także|też|również)"),
    "ru": (r"(?:\d+ )?(?:отзывы|комментарии|комментариев)", r"похожие (?:статьи|записи|новости|публикации)", r"добавить (?:отзыв|комментарий)"),
}

#: Lines that talk to the reader about the page itself (rate, comment, share, log in, print,
#: load more ...) and house ads for the site's app, newsletter, channel or membership; they
#: end articles (matched at the start of a short block, at most 120 more characters).
READER_PROMPTS: dict[str, tuple[str, ...]] = {
    "en": (
        r"did you (?:enjoy|like) this", r"if you (?:enjoyed|liked) (?:reading )?this", r"enjoyed (?:this|the) (?:article|post|story)",
        r"was this (?:article|post|page|information) (?:helpful|useful)", r"we want to hear what you think", r"tell us what you think",
        r"rate this (?:article|post|recipe)", r"(?:have you )?(?:tried|made) this recipe", r"did you make this(?: recipe)?",
        r"by clicking .{0,40}, you agree to", r"all times are (?:gmt|utc)\b", r"explore further", r"view comments",
        r"(?:leave|add|post|write) a (?:comment|reply)", r"you must be logged in", r"(?:please )?(?:log|sign) in to (?:comment|reply|post)",
        r"print (?:this )?recipe", r"load more", r"share this (?:article|post|story|page)",
        r"(?:subscribe|sign up) (?:to|for) (?:our|\S+(?:'s|’s))(?: \w+)? newsletters?", r"missed the main event",
        r"this (?:entry|post) was posted (?:in|on)", r"comments (?:are )?closed", r"bookmark the permalink",
        # house ads for the site's app, newsletter or membership
        r"for the latest (?:stories|news|updates)\b.{0,80}\bdownload",
        r"get the latest (?:news|updates|stories|headlines)\b.{0,30}?(?:straight|right|delivered) (?:to|in|into) your (?:phone|inbox)",
        r"download (?:the|our) .{0,40}\bapps?", r"do you want to (?:be|stay) (?:informed|updated|up to date)", r"help us (?:continue|keep)",
        r"follow (?:\S+ ){1,3}on google news", r"add us as a preferred source",
        # a script's notice where a slideshow or a player did not load
        r"this (?:slideshow|gallery|video|player|content|feature) requires javascript", r"(?:please )?enable javascript to",
        r"we apologi[sz]e, but this video has failed to load",
    ),
    "de": (
        r"wie (?:bewerten|gefällt|findest|finden) (?:sie|dir|ihnen|du) (?:diese[nrs]?|den|der|die|das) (?:artikel|beitrag|rezept)",
        r"war (?:der|dieser|die|diese) (?:artikel|beitrag|seite|information) (?:nützlich|hilfreich|interessant)",
        r"möchten sie (?:den|diesen) (?:artikel|beitrag) teilen", r"hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten",
        r"(?:sie müssen|bitte) (?:sich )?(?:eingeloggt|einloggen|anmelden|angemeldet|registrieren)", r".{0,60}\bum kommentare zu schreiben",
        r"kommentieren", r"rezept drucken", r"bild anzeigen", r"lade weitere inhalte", r"weitere inhalte laden",
        r"dieser (?:eintrag|beitrag) wurde .{0,60}veröffentlicht", r"der beitrag wurde am", r"\(?noch keine bewertungen\)?",
        r".{0,20}bloggern gefällt das", r"vorschau auf den nächsten artikel", r"das thema könnte (?:dich|sie) auch interessieren",
        r"kommentare (?:sind )?geschlossen", r"(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)",
        r"diese[nrs]? (?:artikel|beitrag|seite) teilen", r"lust auf mehr", r"werden sie (?:jetzt )?mitglied",
        r"unterstütze(?:n sie)? \S+(?: \S+)? (?:bereits |schon )?(?:mit|ab) \d", r"(?:sie möchten|du möchtest) .{0,60}\? schau\w*",
    ),
    "fr": (
        r"à découvrir", r"vous avez aimé cet article", r"partagez cet article", r"laisser un commentaire", r"laissez un commentaire",
        r"(?:les )?commentaires sont fermés", r"crédits? photos?\s*:.{0,80}",
    ),
    "es": (
        r"puede escribirnos", r"deja (?:un|tu) comentario", r"comparte este artículo", r"¿te ha gustado este artículo",
        r"hazte (?:miembro|socio|suscriptor)", r"¡?mira lo que tiene nuestro canal", r"¿?ya sabías que .{0,60}\btenemos (?:un )?canal",
        r"únete (?:a nuestro|al) canal", r"(?:los )?comentarios (?:están )?cerrados",
        r"para comentar (?:debes|tienes que|es necesario) (?:registrarte|iniciar sesión|estar registrado)",
    ),
    "it": (
        r"lascia un commento", r"scrivi un commento", r"condividi (?:questo|l') ?articolo", r"i commenti sono chiusi",
        r"ti è piaciuto (?:questo|l') ?articolo",
    ),
    "pt": (
        r"deixe (?:um|o seu|seu) comentário", r"compartilhe (?:este|esta) (?:artigo|notícia|matéria)", r"partilhe (?:este|esta) (?:artigo|notícia)",
        r"os comentários estão fechados", r"gostou (?:deste|desta) (?:artigo|matéria)",
    ),
    "nl": (
        r"laat een reactie achter", r"plaats een reactie", r"deel dit artikel", r"reacties zijn gesloten",
        r"vond je dit (?:artikel|bericht) (?:leuk|interessant)",
    ),
}

#: The placeholder of an embedded player or post that waits for the reader's consent ("Empfohlener
#: redaktioneller Inhalt", "We need your consent to load this YouTube content"); matched at the
#: start of a block, at most 200 more characters.
CONSENT_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "de": (
        r"empfohlener redaktioneller inhalt", r"ein klick für den datenschutz", r"externe[rn]? inhalte? (?:laden|anzeigen|akzeptieren|zulassen)",
        r"an dieser stelle (?:findest du|finden sie|ist) (?:einen |ein )?externe[nr]? (?:inhalt|beitrag|content)",
        r"(?:du kannst|sie können) (?:ihn|sie|es|diese[nr]?) (?:dir |sich )?mit einem klick anzeigen lassen",
        r"(?:ich bin damit einverstanden|ich willige ein), dass mir (?:externe |alle externen )?inhalte\b",
        r"(?:dabei|damit|hierbei) (?:können|werden) personenbezogene daten", r"personenbezogene daten (?:können|werden) an drittplattformen",
        r"mit ihrer zustimmung (?:wird|werden) hier (?:ein |eine )?externe",
    ),
    "en": (
        r"we need your (?:consent|permission) to load",
        r"(?:click|tap) (?:here )?to (?:load|show|view|enable) (?:this |the )?(?:external|embedded|third[- ]party) content",
        r"this (?:content|embed|video|post) (?:is|has been) (?:blocked|hidden) (?:because|due to) your (?:cookie|privacy)",
        r"to (?:view|see|display) this (?:content|video|post|embed), (?:please )?(?:accept|enable|allow) (?:cookies|the cookies|.{0,30}cookies)",
    ),
    "fr": (r"ce contenu est (?:bloqué|masqué) car", r"en cliquant sur .{0,40}, vous acceptez (?:le dépôt de cookies|que des contenus)"),
    "es": (r"este contenido (?:está bloqueado|no se muestra) (?:porque|por)",),
}

#: A paywall's notice where the story is cut, and a subscription's notice that it is open on
#: another device ("Il vous reste 57 % de cet article à lire").
PAYWALL_NOTICES: dict[str, tuple[str, ...]] = {
    "fr": (
        r"il vous reste \d+(?:[.,]\d+)? ?% de cet article à lire", r"la suite est réservée aux abonnés",
        r"vous (?:ne )?pouvez (?:lire|consulter) .{1,30} (?:que )?sur un seul appareil", r"lecture d[eu] .{1,30} en cours sur un autre appareil",
        r"ce message s'affichera sur l'autre appareil",
    ),
    "en": (
        r"the rest of this article is (?:for|reserved for|available to) subscribers",
        r"your subscription is (?:being used|in use) on another device",
    ),
    "de": (
        r"der rest (?:des|dieses) artikels ist (?:nur )?(?:für|abonnenten)",
        r"ihr (?:abo|abonnement) wird (?:gerade )?auf einem anderen gerät (?:genutzt|verwendet)",
    ),
    "es": (
        r"(?:tu|su) suscripción se está usando en otro dispositivo", r"¿?quieres añadir otro usuario a tu suscripción",
        r"si continúas leyendo en este dispositivo",
    ),
}

#: The comment box of a page for readers without an account ("Would you like to comment on this
#: article? Sign up (it's quick and free) or sign in now."), a whole block.
COMMENT_PROMPTS: dict[str, tuple[str, ...]] = {
    "en": (
        r"would you like to (?:comment on|leave a comment on|join the discussion on) this (?:article|story|post)\?",
        r"(?:sign up|register) \(it'?s (?:quick|free|quick and free)\) or (?:sign|log) in(?: now)?",
        r"join our comment(?:ing|s)? (?:forum|section|community)", r"join thought-provoking conversations\b.{0,120}",
    ),
    "de": (r"möchten sie (?:diesen artikel|den artikel|das) kommentieren\?",),
}

#: A blog platform's post footer ("This entry was posted in News. Bookmark the permalink.",
#: "Dieser Eintrag wurde am ... veröffentlicht"), matched at the start of a block.
POST_FOOTERS: dict[str, tuple[str, ...]] = {
    "en": (
        r"this (?:entry|post) was (?:posted|filed) (?:in|on|under)\b",
        # a post's dated footer line on an old hand-made page ("Posted 14.04.2024 by the club secretary")
        r"posted (?:on )?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [a-z]{3,9}\.? \d{4})"
        r"(?: at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)? by [^.!?]{1,40}$",
    ),
    "de": (
        r"(?:dieser|der) (?:eintrag|beitrag|artikel) wurde (?:am |in |unter )?.{0,160}\b(?:veröffentlicht|abgelegt)\b",
        r"erstellt am .{0,80}\babgelegt unter\b",
    ),
    "fr": (r"cette entrée a été publiée\b",),
    "es": (r"esta entrada fue publicada\b",),
}

#: The words for a comment section that a count goes with ("18 Comments", "Kommentare (3)").
COMMENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"comments?", r"responses?", r"replies"),
    "de": (r"kommentare?", r"antworten"),
    "fr": (r"commentaires?",),
    "es": (r"comentarios?",),
    "it": (r"commenti",),
    "nl": (r"reacties",),
}

#: Class-name words for boxes in the page's own language (de, fr, es, it, pt, nl), as whole
#: parts of a class token ("artikel-teilen", "box-correlati", "reacties"), by removal reason.
#: ("kommentar" is not one: it is also an opinion column.)
CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "share-tools": ("teilen", "partager", "partage", "compartir", "compartilhar", "partilhar", "condividi", "condivisione", "delen"),
    "advertisement": ("werbung", "anzeige", "publicite", "publicidad", "publicidade", "pubblicita", "advertentie", "reclame"),
    "related-links": ("verwandte", "aehnliche", "empfehlungen", "similaires", "relacionados", "relacionadas", "correlati", "gerelateerd"),
    "comments": ("kommentare", "commentaires", "comentarios", "comentários", "commenti", "reacties"),
}


def alternation(table: Mapping[str, tuple[str, ...]]) -> str:
    """All alternatives of a phrase table, every language, as one regex alternation (no group).

    >>> alternation({"en": ("a", "b"), "de": ("c",)})
    'a|b|c'
    """
    return "|".join(p for phrases in table.values() for p in phrases)
