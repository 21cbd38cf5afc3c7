"""The session-10 rules of the pattern tables: account links alone on a line (a page dump's
header: "Sign in", "Mon compte", "Войти"), paywall labels ("Article réservé aux abonnés",
"Nur für Abonnenten", "Exclusivo para assinantes"), the German "Auf Facebook teilen", WordPress's
"Like Loading...", "Related" alone over a headline, a recipe page's widgets ("Jump to Recipe",
"Did you make this recipe?"), documentation and blog navigation links ("Edit this page on
GitHub", "← Previous  Next →"), a forum's post footer, a newsletter's sign-off; for each, a line it removes and a real
sentence with the same words it must keep, as ``(language, rule index, line, kept)``.

The languages' own test files add their rows to their rule lists (every rule has a case there);
``test_patterns_session10`` runs them all."""

from __future__ import annotations

CASES: list[tuple[str, int, str, str]] = [
    ('en', 29, 'Related', 'Related costs will be paid by the city, the spokesman said on Wednesday.'),
    ('en', 115, 'Like Loading...', 'Like loading a truck, the work took the whole morning, he said.'),
    ('en', 117, 'Jump to Recipe · Print Recipe', 'Print recipe cards were handed out at the fair, the organisers said.'),
    ('en', 118, 'Did you make this recipe? Tag us on Instagram!', 'Did you make this cake yourself, the judge asked the young baker.'),
    ('en', 119, '[Edit this page on GitHub](#)', 'Edit this page to add your name, the teacher told the class.'),
    ('en', 120, '[← Previous](#) [Next →](#)', 'Next, the council will vote on the budget for the new school.'),
    ('en', 121, 'Report to moderator Logged', 'Logged trees were left by the road for a week, residents said.'),
    ('en', 122, '« Last Edit: March 3, 2025, 10:02:11 PM by dave_k »', 'The last edit of the dictionary was made by a team of twelve.'),
    ('en', 123, 'Posted by: linuxfan42 | Joined: Jan 2021 | Posts: 1,532', 'He joined the club in 2021 and posts photos of birds every week.'),
    ('en', 124, 'Thanks for reading! Forward this to a friend who might enjoy it.', 'Thanks for reading the report so carefully, the chair told the members.'),
    ('en', 125, 'Our Standards: The Thomson Reuters Trust Principles.', 'Our standards for drinking water are among the strictest in Europe, she said.'),
    ('en', 126, 'Sign in', 'Sign in at the front desk before you visit the ward, the nurse said.'),
    ('fr', 25, 'Article réservé aux abonnés', "L'article réservé aux élus a été retiré du projet de loi mardi."),
    ('fr', 26, 'Réservé aux abonnés', 'Le parking est réservé aux abonnés du réseau de bus, selon la mairie.'),
    ('fr', 27, 'Mon compte', 'Mon compte en banque était vide à la fin du mois, a-t-il raconté.'),
    ('de', 33, 'Nur für Abonnenten', 'Die Parkplätze sind nur für Abonnenten der Verkehrsbetriebe reserviert, sagte er.'),
    ('de', 34, 'Anmelden', 'Anmelden müssen sich alle Teilnehmer bis Freitag im Rathaus, sagte die Sprecherin.'),
    ('de', 35, 'Auf Facebook teilen', 'Auf Facebook teilen viele Nutzer private Fotos, warnen Datenschützer.'),
    ('es', 25, 'Contenido exclusivo para suscriptores', 'El acceso es exclusivo para los vecinos del barrio, dijo el alcalde.'),
    ('es', 26, 'Iniciar sesión', 'Iniciar sesión en el portal fue imposible durante la mañana, dijeron los usuarios.'),
    ('it', 26, 'Accedi', 'Accedi al portale del comune con le tue credenziali, ha spiegato il tecnico.'),
    ('pt', 29, 'Exclusivo para assinantes', 'O estacionamento é exclusivo para os moradores do bairro, disse o prefeito.'),
    ('pt', 30, 'Minha conta', 'Minha conta de luz dobrou neste mês, reclamou a moradora na audiência.'),
    ('ru', 25, 'Войти', 'Войти в здание можно только по пропуску, сообщили в администрации.'),
    ('nl', 24, 'Inloggen', 'Inloggen op de website van de gemeente lukte dinsdag niet, zeiden bewoners.'),
    ('pl', 25, 'Moje konto', 'Moje konto w banku zostało zablokowane na tydzień, skarżyła się mieszkanka.'),
]


def cases(lang: str) -> list[tuple[int, str, str]]:
    """One language's rows as ``(rule index, line, kept)``."""
    return [(i, line, kept) for la, i, line, kept in CASES if la == lang]
