"""The session-13 rows of the pattern tables (round 4 of the unseen layouts,
``tests/test_unseen_round4.py``): a social post's and a job board's buttons and counters, a
help page's vote, an RFC's page footer and running head, an official gazette's page head and
verification code; for each, a line it removes and a real sentence with the same words it must
keep, as ``(language, rule index, line, kept)``; ``test_patterns_session13`` runs them all."""

from __future__ import annotations

CASES: list[tuple[str, int, str, str]] = [
    ('en', 130, 'Show this thread', 'Show this thread to your manager before the meeting, she said on Friday.'),
    ('en', 130, 'Show less', 'Show less anger and more patience, the coach told his players after the game.'),
    ('en', 130, 'Like Comment Repost Send', 'Like the comment he made last week, the new report was sent to the board.'),
    ('en', 130, 'Apply now', 'Apply now for the grant, the council urged, because the fund closes in May.'),
    ('en', 130, 'Report this job', 'Report this job to the police if the advert asks you for money, the agency said.'),
    ('en', 131, '1.2K Reposts 3.4K Likes 210 Bookmarks', 'The post had 1,200 reposts and 3,400 likes within a day, the company said.'),
    ('en', 131, '👍❤️ 1,284 · 97 comments · 12 reposts', 'The council received 97 comments and 12 letters about the plan in March.'),
    ('en', 132, 'Was this answer helpful? Yes No', 'Was this answer helpful? Most readers said it was, according to the survey.'),
    ('en', 132, 'Still have questions? Contact us', 'Still have questions about the new tax? The council has opened a help line.'),
    ('en', 133, 'Doe Informational [Page 1]', 'The footnote on [page 12] of the report names the engineer who signed it.'),
    ('en', 134, 'RFC 9999 Sensor Line Protocol April 2024', 'RFC 9999 was published in April 2024 and describes a line protocol for sensors.'),
    ('es', 30, 'Núm. 142 Miércoles 12 de junio de 2024 Sec. III. Pág. 67890',
     'El número 142 del boletín se publicó el miércoles y ocupa la pág. 67890 de la serie.'),
    ('es', 31, 'Verificable en https://www.boe.es cve: BOE-A-2024-12345',
     'El código de verificación (cve) permite comprobar en la web que el documento es auténtico.'),
]
