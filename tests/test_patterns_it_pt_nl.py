"""The Italian, Portuguese and Dutch pattern tables: for every boilerplate rule a line it must
remove and a sentence of prose with similar words it must keep; bylines and dates in each
language; a whole hard-wrapped article per language cleaned end to end; and no new rule fires
on English, German, Spanish or French prose."""

from __future__ import annotations

import pytest
import regex

import textclean
from textclean._sentences import SENTENCES
from textclean.cleaners import Boilerplate
from textclean.language import detect_language
from textclean.metadata import parse_byline
from textclean.patterns import LANGUAGES, load, tables

from .conftest import load_gold
from .dump9_cases import CASES
from .session10_cases import CASES as CASES10
from .session12_cases import CASES as CASES12

NEW = ("it", "pt", "nl")

# (language, rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
RULES: list[tuple[str, int, str, str]] = [
    ("it", 0, "Iscriviti per continuare a leggere", "Gli studenti possono iscriversi ai corsi fino a marzo, ha detto il rettore."),
    ("it", 1, "Abbonati ora a 1 euro al mese", "Abbonati e lettori sono cresciuti del dieci per cento nell'ultimo anno."),
    ("it", 2, "Registrati gratis", "Registrati 300 nuovi casi nelle ultime 24 ore in Lombardia."),
    ("it", 3, "Per ricevere ogni mattina le notizie, iscriviti alla nostra newsletter.",
     "La newsletter del comune raggiunge ormai diecimila famiglie, ha spiegato il sindaco."),
    ("it", 4, "Sei già abbonato? Accedi", "Chi è già abbonato al servizio non pagherà alcun aumento, ha assicurato l'azienda."),
    ("it", 5, "Fai una donazione", "Il museo ha ricevuto una donazione di cento quadri da un collezionista privato."),
    ("it", 6, "Se ti piace il nostro lavoro, sostieni il nostro giornalismo.",
     "Il ministro ha detto di voler sostenere il giornalismo locale con nuovi fondi."),
    ("it", 7, "Leggi anche: Il governo approva il bilancio", "Il sindaco legge anche i messaggi dei cittadini ogni sera, ha raccontato."),
    ("it", 8, "Per approfondire:", "Per approfondire la questione, il ministro ha convocato una riunione con i sindacati."),
    ("it", 9, "Condividi su Facebook", "Molti cittadini condividono le preoccupazioni del sindaco sul traffico."),
    ("it", 10, "Segui Il Quotidiano su Google News", "Segui il flusso del fiume fino al ponte e poi gira a destra, disse la guida."),
    ("it", 11, "Scarica la nostra app", "Scarica l'applicazione del comune chi vuole pagare il parcheggio, ha detto il sindaco."),
    ("it", 12, "Pubblicità", "Pubblicità e marketing valgono il dieci per cento del fatturato dell'azienda."),
    ("it", 13, "Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.",
     "La ricetta dei cookie al cioccolato è stata pubblicata ieri dal giornale."),
    ("it", 14, "Accetta tutti i cookie", "Accetta tutti i consigli del suo medico, ha detto la moglie."),
    ("it", 15, "Riproduzione riservata", "Tutti i diritti dei lavoratori devono essere rispettati, ha detto il sindacato."),
    ("it", 16, "Foto: Mario Rossi", "Foto e video dell'incidente sono stati consegnati alla polizia."),
    ("it", 17, "Foto ANSA/Giuseppe Lami", "Foto ANSA mostrano il presidente durante la visita a Napoli."),
    ("it", 18, "(con agenzie)", "Con l'ANSA il sindaco ha parlato a lungo della crisi."),
    ("it", 19, "Ha collaborato Giulia Bianchi", "Ha collaborato con la polizia per anni."),
    ("pt", 0, "Assine já e tenha acesso ilimitado", "Assinaram o acordo os presidentes dos dois países."),
    ("pt", 1, "Assinar", "Assinar o contrato foi a decisão mais difícil, disse o ministro."),
    ("pt", 2, "Receba a nossa newsletter todas as manhãs no seu email.",
     "A newsletter da câmara chega a dez mil famílias, explicou o autarca."),
    ("pt", 3, "Já é assinante? Faça login", "Quem já é cliente do banco não pagará a nova taxa."),
    ("pt", 4, "Faça uma doação", "O museu recebeu uma doação de cem quadros de um colecionador."),
    ("pt", 5, "Apoie o jornalismo independente", "O governo apoia o jornalismo local com novos fundos, disse a ministra."),
    ("pt", 6, "Leia também: Governo aprova orçamento", "O autarca lê também as mensagens dos cidadãos todas as noites."),
    ("pt", 7, "Relacionadas:", "Relacionadas com a crise, as demissões continuaram em março."),
    ("pt", 8, "Compartilhe no WhatsApp", "Muitos moradores compartilham as preocupações do prefeito sobre o trânsito."),
    ("pt", 9, "Compartilhar no Facebook", "Partilhar dados pessoais é arriscado, alertou a comissão."),
    ("pt", 10, "Siga o Jornal da Cidade no Google News", "Siga o exemplo dos vizinhos e poupe água no verão, pediu o autarca."),
    ("pt", 11, "Receba as notícias do dia no seu WhatsApp", "Receba as notícias com calma, aconselhou o médico aos pais, e fale com os filhos."),
    ("pt", 12, "Baixe o nosso app", "Baixe o preço e venderá mais, disse o economista ao lojista."),
    ("pt", 13, "Continua após a publicidade", "A publicidade continua a crescer nas redes sociais, segundo o estudo."),
    ("pt", 14, "Este site utiliza cookies para melhorar a sua experiência.", "A receita de cookies de chocolate foi publicada pelo jornal."),
    ("pt", 15, "Aceitar todos os cookies", "Aceitar todos os termos do acordo seria um erro, disse o deputado."),
    ("pt", 16, "Todos os direitos reservados.", "Todos os direitos dos trabalhadores devem ser respeitados, disse o sindicato."),
    ("pt", 17, "Foto: João Silva/Folhapress", "Foto e vídeo do acidente foram entregues à polícia."),
    ("pt", 18, "Manifestantes em Lisboa. Foto: Ana Costa", "Manifestantes em Lisboa tiraram uma foto com o presidente."),
    ("pt", 19, "Com Lusa", "Com a Lusa, o ministro falou longamente sobre a crise."),
    ("pt", 20, "Colaborou Pedro Santos", "Colaborou com a polícia durante anos."),
    ("nl", 0, "Word abonnee en lees onbeperkt", "Abonnees van de krant betalen volgend jaar meer, meldde de uitgever."),
    ("nl", 1, "Schrijf je in voor onze nieuwsbrief en blijf op de hoogte.",
     "De nieuwsbrief van de gemeente bereikt tienduizend gezinnen, zei de wethouder."),
    ("nl", 2, "Ben je al abonnee? Log in", "Wie al klant is bij de bank betaalt de nieuwe kosten niet."),
    ("nl", 3, "Doneer nu", "Donaties aan het museum stegen vorig jaar met tien procent."),
    ("nl", 4, "Doneren", "Doneren aan goede doelen is populair, blijkt uit onderzoek."),
    ("nl", 5, "Lees ook: Kabinet presenteert begroting", "De burgemeester leest ook de berichten van bewoners elke avond."),
    ("nl", 6, "Ook interessant:", "Ook interessant is dat de prijzen in maart daalden, zei de econoom."),
    ("nl", 7, "Deel dit artikel", "Deel van de stad stond zondag onder water na de zware regen."),
    ("nl", 8, "Delen via WhatsApp", "Delen van gegevens met derden is verboden, zei de toezichthouder."),
    ("nl", 9, "Download de gratis app", "Download de applicatie van de gemeente als u wilt parkeren, zei de wethouder."),
    ("nl", 10, "Lees verder onder de advertentie", "De advertentie verscheen zondag in alle grote kranten van het land."),
    ("nl", 11, "Deze website maakt gebruik van cookies om uw ervaring te verbeteren.",
     "Het recept voor cookies met chocolade werd door de krant gepubliceerd."),
    ("nl", 12, "Alle cookies accepteren", "Accepteren van de voorwaarden is verplicht voor alle deelnemers."),
    ("nl", 13, "© 2024 Uitgeverij De Krant. Alle rechten voorbehouden.",
     "Alle rechten van werknemers moeten worden gerespecteerd, zei de vakbond."),
    ("nl", 14, "Foto: Jan Jansen", "Foto's en video's van het ongeluk zijn aan de politie gegeven."),
    ("nl", 15, "Beeld ANP", "Beeld en geluid van de uitzending vielen zondag urenlang uit."),
    ("nl", 16, "Met medewerking van Piet de Boer", "Met medewerking van de politie werd de straat afgesloten."),
    # reading time (the other word order), the copy-link button, a breadcrumb from the home page
    ("it", 20, "4 min di lettura", "Bastano 4 min di lettura per capire il problema, dice l'autore."),
    ("it", 21, "Copia link", "Copia il link e incollalo nel modulo, ha spiegato il tecnico."),
    ("pt", 21, "4 min de leitura", "São 4 min de leitura para entender o problema, disse o autor."),
    ("pt", 22, "Início > Mundo > Europa", "No início do mês, o governo anunciou novas medidas para a Europa."),
    ("pt", 23, "Copiar link", "Basta copiar o link e enviá-lo ao colega, explicou o técnico."),
    ("nl", 17, "4 minuten leestijd", "Het kost 4 minuten leestijd om het rapport te begrijpen, zei hij."),
    ("nl", 18, "Voorpagina > Buitenland > Europa", "Op de voorpagina van de krant stond het nieuws over Europa."),
    ("nl", 19, "Kopieer link", "Kopieer de link naar het formulier en verstuur het, zei de technicus."),
]
# the session-9 rules (full-page dumps)
RULES += [c for c in CASES if c[0] in NEW]
# the session-10 rules (account links, paywall labels)
RULES += [c for c in CASES10 if c[0] in NEW]
# the session-12 rules (footer links and article tools); each rule's first case only (the
# "every rule has a case" test counts indices)
RULES += [c for k, c in enumerate(CASES12) if c[0] in NEW and c[:2] not in [d[:2] for d in CASES12[:k]]]

# two paragraphs of prose per language around the line under test (enough function words
# for the language guess)
PROSE = {
    "it": ("Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, che entrerà "
           "in vigore il primo giorno di settembre.",
           "Secondo il sindaco, la misura ridurrà del venti per cento le auto nel centro della città, "
           "ma i commercianti non sono d'accordo e hanno chiesto un incontro."),
    "pt": ("A câmara municipal aprovou ontem à noite o novo plano para o trânsito, que entra em vigor "
           "no primeiro dia de setembro.",
           "Segundo o presidente da câmara, a medida vai reduzir em vinte por cento os carros no centro "
           "da cidade, mas os comerciantes não estão de acordo e pediram uma reunião."),
    "nl": ("De gemeenteraad heeft gisteravond het nieuwe verkeersplan goedgekeurd, dat op de eerste dag "
           "van september ingaat.",
           "Volgens de burgemeester zal de maatregel het aantal auto's in het centrum van de stad met "
           "twintig procent verminderen, maar de winkeliers zijn het er niet mee eens."),
}
ENGLISH = ("The city council approved the new traffic plan last night, and it will come into force on "
           "the first day of September, the mayor said.\n\nShopkeepers are not happy with it.")
TITLES = {"it": "Nuovo piano per il traffico in città", "pt": "Novo plano para o trânsito na cidade",
          "nl": "Nieuw verkeersplan voor de stad"}


def _rules(lang: str) -> list[tuple[str, str, float, int]]:
    return list(tables((lang,))[0]["boilerplate"])


def _document(lang: str, line: str) -> str:
    first, second = PROSE[lang]
    return f"{TITLES[lang]}\n\n{first}\n\n{line}\n\n{second}\n"


def test_every_rule_has_a_case() -> None:
    for lang in NEW:
        assert lang in LANGUAGES
        have = sorted(i for la, i, _, _ in RULES if la == lang)
        assert have == list(range(len(_rules(lang)))), lang


def test_tables_have_every_key() -> None:
    keys = set(tables(("en",))[0])
    for lang in NEW:
        assert set(tables((lang,))[0]) == keys, lang


@pytest.mark.parametrize(("lang", "index", "line", "prose"), RULES, ids=[f"{r[0]}-{r[1]}" for r in RULES])
def test_rule_matches_its_line(lang: str, index: int, line: str, prose: str) -> None:
    reason, pattern, _, max_len = _rules(lang)[index]
    assert len(line) <= max_len
    assert regex.search(pattern, line, regex.IGNORECASE | regex.VERSION0), (reason, line)


@pytest.mark.parametrize(("lang", "index", "line", "prose"), RULES, ids=[f"{r[0]}-{r[1]}" for r in RULES])
def test_rule_line_removed_in_a_document(lang: str, index: int, line: str, prose: str) -> None:
    reason = _rules(lang)[index][0]
    doc = textclean.clean(_document(lang, line))
    assert doc.extra["language"] == lang
    assert line not in doc.paragraphs
    assert all(p in doc.paragraphs for p in PROSE[lang])
    assert any(r.reason == reason and line in r.text for r in doc.removed), [(r.reason, r.text) for r in doc.removed]


@pytest.mark.parametrize(("lang", "index", "line", "prose"), RULES, ids=[f"{r[0]}-{r[1]}" for r in RULES])
def test_similar_prose_kept(lang: str, index: int, line: str, prose: str) -> None:
    # no rule of the language's table fires, and the weaker English evidence ("newsletter")
    # does not add up to a removal
    for reason, pattern, _, max_len in _rules(lang):
        assert not (len(prose) <= max_len and regex.search(pattern, prose, regex.IGNORECASE | regex.VERSION0)), (reason, pattern)
    assert Boilerplate().score(prose, load((lang, "en")))[0] < 1.0
    doc = textclean.clean(_document(lang, prose))
    assert prose in doc.paragraphs
    assert not any(prose in r.text for r in doc.removed)


def _foreign_prose() -> list[str]:
    texts = [s for lang in ("en", "de", "es", "fr") for s in SENTENCES[lang]]
    for _, _, gold in load_gold():
        paragraphs = gold.get("paragraphs", [])
        assert isinstance(paragraphs, list)
        texts += [p for p in paragraphs if isinstance(p, str)]
    return texts


def test_new_rules_never_fire_on_other_languages_prose() -> None:
    """Every table is consulted with languages="auto": the new tables' boilerplate rules and
    comment markers must not hit English, German, Spanish or French prose."""
    texts = _foreign_prose()
    assert len(texts) > 50
    flags = regex.IGNORECASE | regex.VERSION0
    for lang in NEW:
        table = tables((lang,))[0]
        for reason, pattern, _, max_len in table["boilerplate"]:
            compiled = regex.compile(pattern, flags)
            hits = [t for t in texts if len(t) <= max_len and compiled.search(t)]
            assert not hits, (lang, reason, hits[:3])
        for pattern in table["comment_markers"]:
            compiled = regex.compile(pattern, flags)
            assert not [t for t in texts if compiled.search(t)], (lang, pattern)


# -- bylines and dates -------------------------------------------------------------------

HEAD = {
    "it": ("Di Mario Rossi e Giulia Bianchi", "Pubblicato il 12 marzo 2020 alle 14:30", ["Mario Rossi", "Giulia Bianchi"], (2020, 3, 12)),
    "pt": ("Por João Silva e Maria Santos", "Publicado em 1º de março de 2021, às 14h30", ["João Silva", "Maria Santos"], (2021, 3, 1)),
    "nl": ("Door Jan de Vries en Anne van der Berg", "Gepubliceerd op 12 maart 2020 om 14.30 uur", ["Jan de Vries", "Anne van der Berg"], (2020, 3, 12)),
}


@pytest.mark.parametrize("lang", NEW)
def test_byline_and_date_read(lang: str) -> None:
    byline, dateline, authors, ymd = HEAD[lang]
    first, second = PROSE[lang]
    doc = textclean.clean(f"{TITLES[lang]}\n\n{byline}\n\n{dateline}\n\n{first}\n\n{second}\n")
    assert doc.title == TITLES[lang]
    assert doc.authors == authors
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert doc.paragraphs == [first, second]


@pytest.mark.parametrize(("text", "ymd"), [
    ("12 marzo 2020", (2020, 3, 12)), ("lunedì 3 febbraio 2020", (2020, 2, 3)), ("1° maggio 2021", (2021, 5, 1)),
    ("5 dic. 2019", (2019, 12, 5)),
    ("12 de março de 2020", (2020, 3, 12)), ("sexta-feira, 7 de agosto de 2020", (2020, 8, 7)),
    ("3 fev. 2022", (2022, 2, 3)), ("25 dez 2023", (2023, 12, 25)),
    ("12 maart 2020", (2020, 3, 12)), ("dinsdag 4 mei 2021", (2021, 5, 4)), ("9 mrt. 2020", (2020, 3, 9)),
])
def test_dates_in_each_language(text: str, ymd: tuple[int, int, int]) -> None:
    first, second = PROSE["it"]
    doc = textclean.clean(f"Titolo della notizia\n\n{text}\n\n{first}\n\n{second}\n")
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert text not in doc.paragraphs


@pytest.mark.parametrize("line", ["2. Set the oven to 180 degrees", "3. Out of the box it works", "1. Gen Z shoppers", "4. Marco Rossi"])
def test_abbreviations_left_out_keep_list_items(line: str) -> None:
    """Month abbreviations that are English words or names are not in the tables: a numbered
    list item starting with one stays a list item."""
    doc = textclean.clean(f"Steps\n\n1. Mix the flour and the water\n{line}\n\nThe end of the recipe, which is short.")
    assert any(b.kind == "list-item" and b.text == line for b in doc.blocks), [(b.kind, b.text) for b in doc.blocks]


@pytest.mark.parametrize("lang", NEW)
def test_numeric_date_is_day_first(lang: str) -> None:
    """05/03/2020 in an Italian, Portuguese or Dutch document is 5 March (month-first is US use)."""
    first, second = PROSE[lang]
    doc = textclean.clean(f"{TITLES[lang]}\n\n05/03/2020\n\n{first}\n\n{second}")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 5)
    assert textclean.clean(f"A headline\n\n05/03/2020\n\n{ENGLISH}").date.month == 5


def test_updated_line_is_not_the_publication_date() -> None:
    first, second = PROSE["pt"]
    doc = textclean.clean(f"{TITLES['pt']}\n\nAtualizado em 14 de março de 2020\n\n12 de março de 2020\n\n{first}\n\n{second}")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 12)
    assert doc.paragraphs == [first, second]


@pytest.mark.parametrize(("line", "authors"), [
    ("Por João Silva, da Agência Brasil", ["João Silva"]),
    ("Por Ana Lima e Rui Costa, do Porto", ["Ana Lima", "Rui Costa"]),
    ("A cura di Marco Bellini", ["Marco Bellini"]),
    ("Di Mario Rossi, inviato a Kiev", ["Mario Rossi"]),
    ("Autore: Marco Bellini", ["Marco Bellini"]),
    ("Texto: Ana Lima", ["Ana Lima"]),
    ("Tekst: Anne de Wit", ["Anne de Wit"]),
    ("Door Jan Jansen en Piet Pietersen, ANP", ["Jan Jansen", "Piet Pietersen"]),
])
def test_byline_forms(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


def test_byline_words_in_prose_are_not_bylines() -> None:
    for text in ("Door to door, the campaign visited every house in the town before the vote.",
                 "Di Maria scored twice in the second half, and the stadium fell silent."):
        doc = textclean.clean(f"Match report\n\n{text}\n\nThe rest of the story follows here, as usual.")
        assert doc.authors == [] and text in doc.paragraphs


# -- whole articles ------------------------------------------------------------------------

ARTICLES = {
    "it": (
        "Il lago torna a respirare dopo l'estate\n"
        "\n"
        "Di Lucia Ferri\n"
        "\n"
        "Pubblicato il 4 ottobre 2023\n"
        "\n"
        "Condividi su Facebook\n"
        "\n"
        "Dopo mesi di siccità, il livello del lago è risalito di trenta centi-\n"
        "metri nelle ultime due settimane, secondo i dati raccolti dai tecnici\n"
        "della provincia. Le piogge di fine settembre hanno riempito i torrenti\n"
        "che alimentano il bacino e il porto è tornato navigabile.\n"
        "\n"
        "I pescatori chiedono tre interventi:\n"
        "\n"
        "- la pulizia dei canali di scolo;\n"
        "- un piano per le prossime estati;\n"
        "- controlli più frequenti sull'acqua.\n"
        "\n"
        "Leggi anche: La siccità colpisce le campagne del nord\n"
        "\n"
        "Il sindaco ha promesso una risposta entro la fine del mese, ma ha\n"
        "ricordato che il bilancio del comune è ancora in difficoltà.\n"
        "\n"
        "© Riproduzione riservata\n"
    ),
    "pt": (
        "O rio volta a correr depois do verão\n"
        "\n"
        "Por Inês Carvalho\n"
        "\n"
        "Publicado em 4 de outubro de 2023\n"
        "\n"
        "Partilhe no Facebook\n"
        "\n"
        "Depois de meses de seca, o nível do rio subiu trinta centíme-\n"
        "tros nas últimas duas semanas, segundo os dados recolhidos pelos técnicos\n"
        "do município. As chuvas do fim de setembro encheram os ribeiros que\n"
        "alimentam a bacia e o porto voltou a ser navegável.\n"
        "\n"
        "Os pescadores pedem três medidas:\n"
        "\n"
        "- a limpeza dos canais de escoamento;\n"
        "- um plano para os próximos verões;\n"
        "- controlos mais frequentes da água.\n"
        "\n"
        "Leia também: A seca atinge os campos do interior\n"
        "\n"
        "O presidente da câmara prometeu uma resposta até ao fim do mês, mas\n"
        "lembrou que as contas do município ainda estão em dificuldade.\n"
        "\n"
        "Todos os direitos reservados.\n"
    ),
    "nl": (
        "Het meer komt weer op adem na de zomer\n"
        "\n"
        "Door Sanne Bakker\n"
        "\n"
        "Gepubliceerd op 4 oktober 2023\n"
        "\n"
        "Deel dit artikel\n"
        "\n"
        "Na maanden van droogte is het waterpeil van het meer in de laatste twee\n"
        "weken met dertig centimeter gestegen, volgens de gegevens van de provin-\n"
        "cie. De regen van eind september heeft de beken gevuld die het meer voe-\n"
        "den, en de haven is weer bevaarbaar voor schepen van de land-\n"
        "en tuinbouw.\n"
        "\n"
        "De vissers vragen om drie maatregelen:\n"
        "\n"
        "- het schoonmaken van de sloten;\n"
        "- een plan voor de komende zomers;\n"
        "- vaker controles van het water.\n"
        "\n"
        "Lees ook: Droogte treft de akkers in het oosten\n"
        "\n"
        "De burgemeester heeft een antwoord beloofd voor het einde van de maand,\n"
        "maar hij wees erop dat de begroting van de gemeente nog krap is.\n"
        "\n"
        "© 2023 Dagblad Het Meer. Alle rechten voorbehouden.\n"
    ),
}

EXPECTED = {
    "it": dict(
        title="Il lago torna a respirare dopo l'estate", authors=["Lucia Ferri"], date=(2023, 10, 4),
        paragraphs=[
            "Dopo mesi di siccità, il livello del lago è risalito di trenta centimetri nelle ultime due "
            "settimane, secondo i dati raccolti dai tecnici della provincia. Le piogge di fine settembre "
            "hanno riempito i torrenti che alimentano il bacino e il porto è tornato navigabile.",
            "I pescatori chiedono tre interventi:",
            "la pulizia dei canali di scolo;", "un piano per le prossime estati;", "controlli più frequenti sull'acqua.",
            "Il sindaco ha promesso una risposta entro la fine del mese, ma ha ricordato che il bilancio "
            "del comune è ancora in difficoltà.",
        ],
        removed={"share", "related-link", "copyright"},
    ),
    "pt": dict(
        title="O rio volta a correr depois do verão", authors=["Inês Carvalho"], date=(2023, 10, 4),
        paragraphs=[
            "Depois de meses de seca, o nível do rio subiu trinta centímetros nas últimas duas semanas, "
            "segundo os dados recolhidos pelos técnicos do município. As chuvas do fim de setembro "
            "encheram os ribeiros que alimentam a bacia e o porto voltou a ser navegável.",
            "Os pescadores pedem três medidas:",
            "a limpeza dos canais de escoamento;", "um plano para os próximos verões;", "controlos mais frequentes da água.",
            "O presidente da câmara prometeu uma resposta até ao fim do mês, mas lembrou que as contas "
            "do município ainda estão em dificuldade.",
        ],
        removed={"share", "related-link", "copyright"},
    ),
    "nl": dict(
        title="Het meer komt weer op adem na de zomer", authors=["Sanne Bakker"], date=(2023, 10, 4),
        paragraphs=[
            "Na maanden van droogte is het waterpeil van het meer in de laatste twee weken met dertig "
            "centimeter gestegen, volgens de gegevens van de provincie. De regen van eind september heeft "
            "de beken gevuld die het meer voeden, en de haven is weer bevaarbaar voor schepen van de "
            "land- en tuinbouw.",
            "De vissers vragen om drie maatregelen:",
            "het schoonmaken van de sloten;", "een plan voor de komende zomers;", "vaker controles van het water.",
            "De burgemeester heeft een antwoord beloofd voor het einde van de maand, maar hij wees erop dat "
            "de begroting van de gemeente nog krap is.",
        ],
        removed={"share", "related-link", "copyright"},
    ),
}


@pytest.mark.parametrize("lang", NEW)
def test_whole_article(lang: str) -> None:
    text = ARTICLES[lang]
    assert detect_language(text) == lang
    doc = textclean.clean(text)
    assert doc.extra["language"] == lang
    want = EXPECTED[lang]
    assert doc.title == want["title"]
    assert doc.authors == want["authors"]
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == want["date"]
    assert doc.paragraphs == want["paragraphs"]
    assert [b.kind for b in doc.blocks].count("list-item") == 3
    assert want["removed"] <= {r.reason for r in doc.removed}
    # cleaning the result again changes nothing
    assert textclean.clean(doc.text).paragraphs == doc.paragraphs


CS = ("Vláda v pondělí oznámila, že nový zákon o dani z příjmu bude platit od ledna. Podle ministra "
      "je to nutné, ale opozice je proti a chce podat stížnost k Ústavnímu soudu.")
PL = ("Rząd ogłosił w poniedziałek, że nowa ustawa o podatku dochodowym będzie obowiązywać od stycznia. "
      "Według ministra jest to konieczne, ale opozycja jest przeciw.")


@pytest.mark.parametrize(("text", "lang"), [(CS, "cs"), (PL, "pl")])
def test_czech_and_polish_are_not_read_as_portuguese(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_a_language_without_a_table_gets_every_tables_label_rules() -> None:
    doc = textclean.clean(f"{CS}\n\nFoto: ČTK\n\n{CS.replace('pondělí', 'úterý')}")
    assert doc.extra["language"] == "cs"
    assert [(r.reason, r.text) for r in doc.removed] == [("photo-credit", "Foto: ČTK")]
    assert len(doc.paragraphs) == 2
