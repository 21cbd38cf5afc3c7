"""The session-11 rules of the pattern tables: a syndication credit ("This article was originally
published by …", "Dieser Artikel erschien zuerst bei …") and a source credit ("Source: Reuters",
"Quelle: dpa") alone on a line; for each, a line it removes and a real sentence with the same
words it must keep, as ``(language, rule index, line, kept)``; ``test_patterns_session11`` runs
them all."""

from __future__ import annotations

CASES: list[tuple[str, int, str, str]] = [
    ('en', 127, 'This article was originally published by The Conversation.',
     'This article was originally published in 1998, and the author revised it twice since then.'),
    ('en', 127, 'Originally published on March 3, 2025.',
     'Originally published on paper, the atlas was scanned by volunteers, the library said.'),
    ('en', 128, 'Source: Reuters', 'Source: the ministry said prices rose by three percent in May, a record.'),
    ('fr', 28, 'Cet article a été initialement publié sur The Conversation.',
     "Cet article a été initialement publié en 1998, puis révisé deux fois par l'auteur."),
    ('fr', 29, 'Source : AFP', 'Source : le ministère a indiqué que les prix ont augmenté de trois pour cent en mai.'),
    ('de', 36, 'Dieser Artikel erschien zuerst bei Zeit Online.',
     'Dieser Artikel erschien zuerst 1998, später wurde er zweimal vom Autor überarbeitet.'),
    ('es', 27, 'Este artículo fue publicado originalmente en The Conversation.',
     'Este artículo fue publicado originalmente en 1998, y el autor lo revisó dos veces después.'),
    ('es', 28, 'Fuente: EFE', 'Fuente: el ministerio informó de que los precios subieron un tres por ciento en mayo.'),
]
