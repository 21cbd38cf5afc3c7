"""The session-12 rules of the pattern tables: a site's footer links (legal notice, privacy and
cookie pages, contact, about) and an article's tools (print, send, save) alone on a line; for
each, a line it removes and a real sentence with the same words it must keep, as
``(language, rule index, line, kept)``; ``test_patterns_session12`` runs them all.  A row of
such links on one line is read item by item (``tests/test_link_rows.py``)."""

from __future__ import annotations

CASES: list[tuple[str, int, str, str]] = [
    ('en', 129, '« Reply #3 on: March 12, 2024, 09:30:44 PM »',
     'Reply #3 on the list was the one that solved it, she said in 2024.'),
    ('de', 37, 'Impressum', 'Das Impressum der Zeitung nennt den Herausgeber und die Redaktion in Berlin.'),
    ('de', 37, 'Datenschutzerklärung', 'Die Datenschutzerklärung des Vereins wurde im Mai von der Versammlung geändert.'),
    ('de', 37, 'Artikel drucken', 'Den Artikel drucken die Zeitungen der Gruppe am Samstag in voller Länge ab.'),
    ('fr', 30, 'Mentions légales', 'Les mentions légales du site ont été modifiées après la décision du tribunal.'),
    ('fr', 30, "Imprimer l'article", "Imprimer l'article coûtait trop cher, a expliqué la directrice du journal."),
    ('es', 29, 'Aviso legal', 'El aviso legal de la empresa se publicó el lunes en el boletín oficial.'),
    ('es', 29, 'Política de cookies', 'La política de cookies de la web fue revisada por la agencia en marzo.'),
    ('it', 27, 'Note legali', 'Le note legali del contratto sono state firmate dal sindaco lunedì scorso.'),
    ('it', 27, 'Chi siamo', 'Chi siamo noi per giudicare, ha detto il sindaco alla fine della riunione.'),
    ('pt', 31, 'Fale conosco', 'Fale conosco antes de viajar, pediu a prefeita aos moradores da cidade.'),
    ('pt', 31, 'Política de privacidade', 'A política de privacidade da empresa mudou depois da decisão do tribunal.'),
    ('nl', 25, 'Privacyverklaring', 'De privacyverklaring van de gemeente werd maandag door de raad aangepast.'),
    ('nl', 25, 'Algemene voorwaarden', 'De algemene voorwaarden van het contract zijn door de rechter vernietigd.'),
]
