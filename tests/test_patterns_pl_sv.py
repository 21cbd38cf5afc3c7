"""The Polish and Swedish pattern tables: for every boilerplate rule a line it must remove and a
sentence of prose with similar words it must keep; bylines, dates and the language guess (also
Turkish, and Danish/Norwegian read as Swedish without harm); a whole article per language
cleaned end to end; and no new rule fires on the other languages' prose."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean._sentences import SENTENCES
from textclean.cleaners import Boilerplate
from textclean.language import detect_language
from textclean.metadata import parse_date
from textclean.patterns import load

from .dump9_cases import cases
from .pattern_table_checks import (
    check_article,
    check_bank_kept,
    check_comment_markers,
    check_no_byline,
    document,
    table_tests,
)
from .session10_cases import cases as cases10

# (rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
PL_RULES: list[tuple[int, str, str]] = [
    (0, "Zaloguj się, aby czytać dalej", "Zaloguj się do banku tylko przez oficjalną stronę, radzi policja."),
    (1, "Wykup subskrypcję", "Wykup akcji przez spółkę zakończy się w marcu, poinformował zarząd."),
    (2, "Nie przegap najważniejszych informacji. Zapisz się do newslettera!",
     "Newsletter urzędu miasta trafia co tydzień do dwóch tysięcy mieszkańców."),
    (3, "Ten artykuł jest dostępny tylko dla subskrybentów", "Ten artykuł konstytucji budzi spory wśród prawników od wielu lat."),
    (4, "Subskrybuj", "Subskrypcja kosztuje obecnie dwadzieścia złotych miesięcznie, podało wydawnictwo."),
    (5, "Wesprzyj nas", "Wesprzyj nas w tej walce, zaapelował burmistrz do mieszkańców miasta."),
    (6, "Jeśli cenisz naszą pracę, wesprzyj niezależne dziennikarstwo.",
     "Minister zapowiedział wsparcie dla lokalnego dziennikarstwa w regionach."),
    (7, "Czytaj także: Rząd przyjął nowy budżet", "Czytają także gazety lokalne, przyznali ankietowani w badaniu."),
    (8, "Polecamy:", "Polecamy sprawdzić rozkład jazdy przed podróżą, radzą przewoźnicy."),
    (9, "Udostępnij na Facebooku", "Udostępnij dane tylko zaufanym osobom, radzą eksperci od bezpieczeństwa."),
    (10, "Obserwuj nas na Twitterze", "Obserwuj dziecko w wodzie przez cały czas, radzą ratownicy nad morzem."),
    (11, "Pobierz naszą aplikację", "Pobierz formularz ze strony urzędu i wypełnij go przed wizytą, radzą urzędnicy."),
    (12, "Reklama", "Reklama alkoholu w telewizji jest zakazana przed godziną dwudziestą."),
    (13, "Ta strona używa plików cookies, aby ułatwić korzystanie z serwisu.",
     "Przepis na ciasteczka z czekoladą opublikowała lokalna gazeta."),
    (14, "Akceptuj wszystkie pliki cookies", "Akceptujemy wszystkie poprawki, oświadczyli posłowie koalicji."),
    (15, "© 2024 Gazeta Miejska. Wszelkie prawa zastrzeżone.", "Prawa pracowników muszą być przestrzegane, zaznaczyli związkowcy."),
    (16, "Fot. PAP/Leszek Szymański", "Fotografie z wypadku przekazano policji, poinformowali świadkowie."),
    # round 3: a wiki page copied as text, e-mail
    (17, "Z Wikipedii, wolnej encyklopedii", "Z Wikipedii korzysta co miesiąc kilka milionów uczniów, podał serwis."),
    (18, "Przejdź do nawigacji Przejdź do wyszukiwania", "Przejdź do nawigacji w samochodzie, radził instruktor."),
    (19, "Wysłane z iPhone'a", "Wysłane z telefonu zdjęcia trafiły do redakcji wieczorem, dodał świadek."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (20, 'Czas czytania: 4 min', 'Czas czytania książek przez dzieci spada od lat, wynika z badania.'),
    (21, 'Strona główna > Świat > Europa', 'Strona główna urzędu nie działała przez dwa dni, przyznał rzecznik.'),
    (22, 'Skopiuj link', 'Skopiuj link do formularza i wyślij go do urzędu, radzą urzędnicy.'),
]
PL_RULES += cases("pl")  # the session-9 rules (full-page dumps)
PL_RULES += cases10("pl")  # the session-10 rules (account links)

SV_RULES: list[tuple[int, str, str]] = [
    (0, "Prenumerera nu och läs allt", "Prenumerationerna på dagstidningar minskade med tio procent i fjol, enligt förlaget."),
    (1, "Logga in för att läsa hela artikeln", "Logga in på banken bara via den officiella sidan, råder polisen."),
    (2, "Missa inget – anmäl dig till vårt nyhetsbrev!", "Nyhetsbrevet från kommunen skickas varje vecka till tvåtusen invånare."),
    (3, "Är du redan prenumerant? Logga in", "Är du redan medlem i föreningen kan du rösta på årsmötet, meddelade styrelsen."),
    (4, "Stöd oss", "Stöd oss i den här frågan, uppmanade borgmästaren invånarna i staden."),
    (5, "Tycker du om vårt arbete? Stöd oberoende journalistik.", "Ministern lovade mer stöd till lokal journalistik i glesbygden."),
    (6, "Läs också: Regeringen klubbade budgeten", "Läsarna också fick rösta om årets bästa bok, berättade förlaget."),
    (7, "Se även:", "Se även till att barnen har reflexer när det är mörkt, uppmanar polisen."),
    (8, "Dela på Facebook", "Dela upp arbetet i mindre steg, råder experterna på myndigheten."),
    (9, "Följ oss på Instagram", "Följ med på en resa genom Norrlands skogar i vår nya serie, sa redaktören."),
    (10, "Ladda ner appen", "Ladda ner blanketten från kommunens webbplats och fyll i den före besöket."),
    (11, "Annons", "Annonsen publicerades i tidningen i början av mars, enligt företaget."),
    (12, "Den här webbplatsen använder cookies för att förbättra din upplevelse.",
     "Receptet på cookies med choklad publicerades i lokaltidningen."),
    (13, "Acceptera alla cookies", "Acceptera alla villkor innan du skriver på, råder Konsumentverket."),
    (14, "© 2024 Stadsnytt. Alla rättigheter förbehållna.", "Alla rättigheter för arbetstagare måste respekteras, betonade facket."),
    (15, "Foto: Anna Svensson/TT", "Fotografen tog bilden i gryningen, berättade redaktionen."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (16, 'Lästid: 4 min', 'Lästiden för rapporten är lång, sade utredaren vid presskonferensen.'),
    (17, 'Startsida > Nyheter > Utrikes', 'Startsidan för myndigheten låg nere i två dagar, medgav pressekreteraren.'),
    (18, 'Kopiera länk', 'Kopiera länken till formuläret och skicka den till myndigheten, råder handläggaren.'),
]
SV_RULES += cases("sv")  # the session-9 rules (full-page dumps)

TR_RULES: list[tuple[int, str, str]] = [
    (0, "Abone ol", "Abone olmak isteyenlerin sayısı geçen yıl yüzde on arttı, dedi yayıncı."),
    (1, "Gelişmelerden haberdar olmak için bültenimize abone olun.", "Belediyenin haber bülteni her hafta iki bin kişiye gönderiliyor."),
    (2, "Bu içerik sadece abonelere özeldir", "Bu içerik üreticileri için yeni bir destek programı başlatıldı."),
    (3, "İlgili Haberler: Bütçe meclisten geçti", "İlgili bakanlıklar konuyu inceliyor, dedi hükümet sözcüsü."),
    (4, "Bunu da okuyun:", "Bunu da okuyun ve düşünün, dedi öğretmen öğrencilerine."),
    (5, "Paylaş", "Paylaşılan bilgiler doğru değildi, dedi bakanlık sözcüsü."),
    (6, "Bizi takip edin", "Bizi takip eden araç polise bildirildi, dedi sürücü."),
    (7, "Reklam", "Reklam harcamaları bu yıl yüzde yirmi arttı, dedi şirket."),
    (8, "Bu web sitesi çerezler kullanmaktadır.", "Çerez tarifi yerel gazetede yayımlandı ve çok beğenildi."),
    (9, "Tüm çerezleri kabul et", "Tüm önerileri kabul etti, dedi bakan gazetecilere."),
    (10, "© 2024 Şehir Haber. Tüm hakları saklıdır.", "Çalışanların hakları korunmalı, dedi sendika başkanı."),
    (11, "Fotoğraf: AA", "Fotoğraflar polise teslim edildi, dedi tanıklar."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (12, 'Okuma süresi: 4 dk', 'Okuma süresi uzun olan raporlar az okunuyor, dedi uzman.'),
    (13, 'Ana Sayfa > Dünya > Avrupa', 'Ana sayfa iki gün boyunca açılmadı, dedi sözcü.'),
    (14, 'Bağlantıyı kopyala', 'Bağlantıyı kopyalayıp forma yapıştırın, dedi yetkili.'),
]
TR_RULES += cases("tr")  # the session-9 rules (full-page dumps)

PROSE = {
    "pl": (
        "Rada miasta zatwierdziła wczoraj wieczorem nowy plan ruchu, który wejdzie w życie "
        "pierwszego dnia września, poinformował burmistrz.",
        "Według burmistrza ten środek zmniejszy liczbę samochodów w centrum o jedną piątą, ale "
        "właściciele sklepów się z tym nie zgadzają i poprosili o spotkanie.",
    ),
    "sv": (
        "Kommunfullmäktige godkände i går kväll en ny trafikplan som ska börja gälla den första "
        "september, meddelade kommunstyrelsens ordförande.",
        "Enligt ordföranden kommer åtgärden att minska antalet bilar i centrum med en femtedel, "
        "men butiksägarna är inte överens och har begärt ett möte.",
    ),
    "tr": (
        "Belediye meclisi dün akşam eylülün ilk gününde yürürlüğe girecek yeni bir trafik planını "
        "onayladı, dedi belediye başkanı.",
        "Başkana göre bu önlem şehir merkezindeki araç sayısını beşte bir oranında azaltacak, ancak "
        "esnaf buna karşı çıkıyor ve bir toplantı talep etti.",
    ),
}
TITLE = {"pl": "Nowy plan ruchu dla miasta", "sv": "Ny trafikplan för staden", "tr": "Şehir için yeni trafik planı"}


def _document(lang: str, line: str) -> str:
    return document(TITLE[lang], PROSE[lang], line)


TestTables = table_tests({"pl": PL_RULES, "sv": SV_RULES, "tr": TR_RULES}, TITLE, PROSE)


@pytest.mark.parametrize(("lang", "line"), [
    ("sv", "Eftertryck förbjudet."), ("sv", "Vi använder kakor för att förbättra sajten."), ("sv", "Mest läst"),
    ("sv", "Läs mer:"), ("pl", "Używamy ciasteczek, aby poprawić działanie serwisu."), ("pl", "Obserwuj nas"),
    ("pl", "Śledź Gazetę Miejską na Google News"), ("pl", "Na ten temat:"), ("pl", "Najczęściej czytane"),
    ("tr", "Instagram'da takip edin"), ("tr", "Üye ol"), ("tr", "Görsel: AA"), ("tr", "Giriş yap"),
    ("tr", "İLGİLİ HABERLER"), ("tr", "TÜM HAKLARI SAKLIDIR"), ("tr", "Ayrıca bakınız: Bütçe"), ("tr", "En çok okunanlar"),
])
def test_more_label_forms_removed(lang: str, line: str) -> None:
    doc = textclean.clean(_document(lang, line))
    assert line not in doc.paragraphs
    assert any(line in r.text for r in doc.removed)


def test_polish_bank_rules_keep_its_sentences() -> None:
    pats = load(("pl", "en"))
    assert all(Boilerplate().score(s, pats)[0] < 1.0 for s in SENTENCES["pl"])


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "it", "pt", "nl", "pl", "ru"])
def test_new_function_words_steal_no_bank(lang: str) -> None:
    check_bank_kept(lang, ("sv", "tr"))


def test_turkish_guess() -> None:
    text = ("Hükümet salı günü muhalefetle haftalarca süren müzakerelerin ardından yeni bütçeyi açıkladı. "
            "Şiddetli yağmurlar nehir kıyısındaki birkaç köyde sele neden oldu ve çok sayıda ev zarar gördü. "
            "Türkiye'de enflasyon bu yıl da yüksek seyretti, ancak hükümet daha iyi bir tablo bekliyor.")
    assert detect_language(text) == "tr"
    doc = textclean.clean(f"Yeni bütçe açıklandı\n\n{text}\n")
    assert doc.extra["language"] == "tr"
    assert text in doc.paragraphs


@pytest.mark.parametrize("text", [
    # Danish and Norwegian share function words with Swedish and may be read as Swedish: the
    # Swedish rules then must keep their prose
    "Regeringen fremlagde tirsdag et nyt budget efter flere ugers forhandlinger med oppositionen. "
    "Flere ministre kritiserede planen og sagde, at den ikke går langt nok. Del dine tanker med os.",
    "Regjeringen la tirsdag fram et nytt budsjett etter flere ukers forhandlinger med opposisjonen. "
    "Flere ministre kritiserte planen og sa at den ikke går langt nok. Les også om det nye budsjettet.",
])
def test_danish_and_norwegian_prose_kept(text: str) -> None:
    doc = textclean.clean(f"Nyt budget\n\n{text}\n\nFoto: Ritzau\n")
    assert text in doc.paragraphs
    assert [r.reason for r in doc.removed if text in r.text] == []


@pytest.mark.parametrize(("lang", "byline", "authors", "dateline", "ymd"), [
    ("pl", "Autor: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"], "Opublikowano: 12 listopada 2023 r.", (2023, 11, 12)),
    ("pl", "Opracowanie: Katarzyna Wiśniewska", ["Katarzyna Wiśniewska"], "3 marca 2024, godz. 14:30", (2024, 3, 3)),
    ("sv", "Av Anna Svensson och Erik Lindqvist", ["Anna Svensson", "Erik Lindqvist"], "Publicerad 3 mars 2024 kl. 14.30", (2024, 3, 3)),
    ("sv", "Text: Karin Berg", ["Karin Berg"], "tisdag 12 november 2023", (2023, 11, 12)),
    ("tr", "Yazar: Ayşe Yılmaz ve Mehmet Demir", ["Ayşe Yılmaz", "Mehmet Demir"], "Yayınlanma: 3 Ekim 2023 14:30", (2023, 10, 3)),
])
def test_byline_and_date_read(lang: str, byline: str, authors: list[str], dateline: str, ymd: tuple[int, int, int]) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{byline}\n\n{dateline}\n\n{PROSE[lang][0]}\n\n{PROSE[lang][1]}\n")
    assert doc.title == TITLE[lang]
    assert doc.authors == authors
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert doc.paragraphs == list(PROSE[lang])


def test_updated_line_is_no_publication_date() -> None:
    doc = textclean.clean(f"{TITLE['sv']}\n\nUppdaterad 5 mars 2024\n\nPublicerad 3 mars 2024\n\n"
                          f"{PROSE['sv'][0]}\n\n{PROSE['sv'][1]}\n")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 3)
    doc = textclean.clean(f"{TITLE['pl']}\n\nAktualizacja: 5 marca 2024\n\n3 marca 2024 r.\n\n"
                          f"{PROSE['pl'][0]}\n\n{PROSE['pl'][1]}\n")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 3)


@pytest.mark.parametrize(("text", "ymd"), [
    ("3 marca 2024", (2024, 3, 3)), ("12 listopada 2023 r.", (2023, 11, 12)), ("1 maja 2023", (2023, 5, 1)),
    ("wtorek, 5 września 2023", (2023, 9, 5)), ("22 października 2022", (2022, 10, 22)),
    ("12 Mart 2024", (2024, 3, 12)), ("1 Aralık 2023", (2023, 12, 1)), ("29 Ağustos 2022", (2022, 8, 29)),
    ("3 mars 2024", (2024, 3, 3)), ("1 augusti 2023", (2023, 8, 1)), ("15 okt. 2021", (2021, 10, 15)),
])
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    d = parse_date(text)
    assert d is not None and (d.year, d.month, d.day) == ymd


@pytest.mark.parametrize("text", [
    "Av de 300 deltagarna valde de flesta att stanna kvar i staden, enligt arrangörerna.",
    "Av Sveriges 290 kommuner har hälften redan infört förbudet.",
    "Text och bild publicerades samtidigt på sajten, enligt redaktionen.",
    "Autor projektu przedstawił go radnym dopiero w czwartek.",
    "Opracowanie planu zajęło urzędnikom ponad dwa lata.",
    "Text Messages From Home",
])
def test_byline_words_in_prose_are_not_bylines(text: str) -> None:
    lang = detect_language(text) or "pl"
    lang = lang if lang in PROSE else "sv"
    check_no_byline(text, TITLE[lang], PROSE[lang])


def test_numbered_list_with_month_like_words_stays_a_list() -> None:
    # the nominatives are no month names of the table (a date takes the genitive); "1. Mars" is
    # a French month already
    doc = textclean.clean(f"{TITLE['pl']}\n\n{PROSE['pl'][0]}\n\n1. Anna Nowak\n2. Marzec w ogrodzie\n"
                          f"3. Lipiec nad morzem\n\n{PROSE['pl'][1]}")
    assert [b.text for b in doc.blocks if b.kind == "list-item"] == ["1. Anna Nowak", "2. Marzec w ogrodzie", "3. Lipiec nad morzem"]


def test_whole_polish_article() -> None:
    text = (
        "Warszawa otworzy trzy nowe stacje metra do końca roku\n\n"
        "Autor: Magdalena Zielińska\n\n"
        "Opublikowano: 4 października 2023 r.\n\n"
        "Udostępnij\n\n"
        "Trzy nowe stacje metra zostaną otwarte w Warszawie do końca roku, poinformował\n"
        "miejski zarząd transportu. Budowa przebiega zgodnie z harmonogramem, dodano.\n\n"
        "Fot. Urząd Miasta\n\n"
        "Czytaj także: Ceny biletów wzrosną od stycznia\n\n"
        "Według urzędników stacje połączą dwie duże dzielnice na południu miasta, w których\n"
        "mieszka obecnie ponad pół miliona osób.\n\n"
        "Zapisz się do newslettera\n\n"
        "Wszelkie prawa zastrzeżone.\n"
    )
    check_article(
        text, "pl",
        title="Warszawa otworzy trzy nowe stacje metra do końca roku",
        authors=["Magdalena Zielińska"], date=dt.date(2023, 10, 4),
        paragraphs=[
            "Trzy nowe stacje metra zostaną otwarte w Warszawie do końca roku, poinformował "
            "miejski zarząd transportu. Budowa przebiega zgodnie z harmonogramem, dodano.",
            "Według urzędników stacje połączą dwie duże dzielnice na południu miasta, w których "
            "mieszka obecnie ponad pół miliona osób.",
        ],
    )


@pytest.mark.parametrize(("lang", "markers", "prose"), [
    ("pl", ["Komentarze", "12 komentarzy", "Dodaj komentarz", "Pokaż wszystkie komentarze", "Czytaj 5 komentarzy"],
     ["Komentarze polityków po debacie były bardzo ostre.", "Komentarz rzecznika ukazał się w środę."]),
    ("sv", ["Kommentarer", "12 kommentarer", "Skriv en kommentar", "Visa alla kommentarer"],
     ["Kommentarerna från politikerna efter debatten var skarpa.", "Kommentera gärna, sa hon till publiken."]),
    ("tr", ["Yorumlar", "12 yorum", "Yorum yap"], ["Yorumlar çok sertti, dedi bakan.", "Yorum yapmaktan kaçındı."]),
])
def test_comment_markers(lang: str, markers: list[str], prose: list[str]) -> None:
    check_comment_markers(lang, markers, prose)


def test_whole_swedish_article() -> None:
    text = (
        "Stockholm öppnar tre nya tunnelbanestationer före årets slut\n\n"
        "Av Maria Johansson\n\n"
        "Publicerad 4 oktober 2023\n\n"
        "Dela\n\n"
        "Tre nya tunnelbanestationer ska öppna i Stockholm före årets slut, meddelar\n"
        "trafikförvaltningen. Bygget går enligt planen, säger projektledaren.\n\n"
        "Foto: Trafikförvaltningen\n\n"
        "Läs också: Biljettpriserna höjs från januari\n\n"
        "Enligt tjänstemännen ska stationerna binda ihop två stora stadsdelar i söder där det\n"
        "i dag bor mer än en halv miljon människor.\n\n"
        "Prenumerera på vårt nyhetsbrev\n\n"
        "© 2023 Stadsnytt. Alla rättigheter förbehållna.\n"
    )
    check_article(
        text, "sv",
        title="Stockholm öppnar tre nya tunnelbanestationer före årets slut",
        authors=["Maria Johansson"], date=dt.date(2023, 10, 4),
        paragraphs=[
            "Tre nya tunnelbanestationer ska öppna i Stockholm före årets slut, meddelar "
            "trafikförvaltningen. Bygget går enligt planen, säger projektledaren.",
            "Enligt tjänstemännen ska stationerna binda ihop två stora stadsdelar i söder där det "
            "i dag bor mer än en halv miljon människor.",
        ],
    )


def test_whole_turkish_article() -> None:
    text = (
        "İstanbul yıl sonuna kadar üç yeni metro istasyonu açacak\n\n"
        "Yazar: Elif Kaya\n\n"
        "Yayınlanma: 4 Ekim 2023\n\n"
        "Paylaş\n\n"
        "Üç yeni metro istasyonu yıl sonuna kadar İstanbul'da hizmete girecek, dedi belediyenin\n"
        "ulaşım dairesi. İnşaat planlandığı gibi ilerliyor ve bu ay bitmesi bekleniyor.\n\n"
        "Fotoğraf: Belediye\n\n"
        "İlgili Haberler: Bilet fiyatları ocakta artacak\n\n"
        "Yetkililere göre istasyonlar şehrin güneyindeki iki büyük ilçeyi birbirine bağlayacak ve\n"
        "bu ilçelerde bugün yarım milyondan fazla kişi yaşıyor.\n\n"
        "Bültenimize abone olun\n\n"
        "© 2023 Şehir Haber. Tüm hakları saklıdır.\n"
    )
    check_article(
        text, "tr",
        title="İstanbul yıl sonuna kadar üç yeni metro istasyonu açacak",
        authors=["Elif Kaya"], date=dt.date(2023, 10, 4),
        reasons={"share", "photo-credit", "related-link", "copyright"},
        paragraphs=[
            "Üç yeni metro istasyonu yıl sonuna kadar İstanbul'da hizmete girecek, dedi belediyenin "
            "ulaşım dairesi. İnşaat planlandığı gibi ilerliyor ve bu ay bitmesi bekleniyor.",
            "Yetkililere göre istasyonlar şehrin güneyindeki iki büyük ilçeyi birbirine bağlayacak ve "
            "bu ilçelerde bugün yarım milyondan fazla kişi yaşıyor.",
        ],
    )
