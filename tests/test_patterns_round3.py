"""The Slovak, Finnish, Hungarian, Romanian, Catalan and Persian pattern tables: for every
boilerplate rule a line it must remove and a sentence of prose with similar words it must keep
(:class:`~tests.pattern_table_checks.TableChecks`); bylines, dates (with weekdays), comment
markers and the language guess (Slovak told from Czech, Catalan from Spanish, Persian from
Arabic); spellings the rules must take (Romanian cedilla letters, Persian ZWNJ and Arabic
letters); a whole article per language cleaned end to end."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

import pytest
import regex

import textclean
from textclean._sentences import SENTENCES
from textclean.language import detect_language
from textclean.metadata import parse_byline, parse_date
from textclean.patterns import LANGUAGES, tables

from .pattern_table_checks import FLAGS, check_article, check_never_fires, document, table_tests

NEW = ["sk", "fi", "hu", "ro", "ca", "fa"]

# (rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
SK_RULES: list[tuple[int, str, str]] = [
    (0, "Predplaťte si neobmedzený prístup", "Predplatitelia denníkov vlani ubudli o desať percent, uviedlo vydavateľstvo."),
    (1, "Nič vám neujde: prihláste sa na odber newslettera!", "Newsletter mestského úradu dostáva každý týždeň dvetisíc obyvateľov."),
    (2, "Tento článok je dostupný iba pre predplatiteľov", "Tento článok ústavy vyvoláva medzi právnikmi spory už mnoho rokov."),
    (3, "Predplatné", "Predplatné teraz stojí desať eur mesačne, oznámilo vydavateľstvo."),
    (4, "Podporte nás", "Podporte nás v tomto boji, vyzval primátor obyvateľov mesta na stretnutí."),
    (5, "Ak sa vám naša práca páči, podporte nezávislú žurnalistiku.", "Minister sľúbil podporu miestnej žurnalistike v regiónoch."),
    (6, "Prečítajte si aj: Vláda schválila nový rozpočet", "Prečítajte si pozorne podmienky zmluvy, radia právnici spotrebiteľom."),
    (7, "Súvisiace:", "Súvisiace náklady ponesie mesto, uviedol hovorca radnice v stredu."),
    (8, "Zdieľať na Facebooku", "Zdieľať údaje s úradmi musia firmy podľa nového zákona do konca roka."),
    (9, "Sledujte nás na Instagrame", "Sledujte deti pri vode po celý čas, radia plavčíci na kúpaliskách."),
    (10, "Stiahnite si našu aplikáciu", "Stiahnite formulár z webu úradu a vyplňte ho pred návštevou, radia úradníci."),
    (11, "Reklama", "Reklama na tabak je v televízii zakázaná už mnoho rokov."),
    (12, "Tento web používa súbory cookie, aby vám uľahčil prehliadanie.", "Recept na čokoládové sušienky uverejnili miestne noviny."),
    (13, "Prijať všetky cookies", "Prijať všetky pozmeňujúce návrhy poslanci odmietli vo štvrtok."),
    (14, "© 2024 Mestské noviny. Všetky práva vyhradené.", "Práva zamestnancov musia byť dodržiavané, zdôraznili odborári."),
    (15, "Foto: TASR", "Fotografie z nehody odovzdali polícii svedkovia udalosti."),
]

FI_RULES: list[tuple[int, str, str]] = [
    (0, "Tilaa digi nyt", "Tilaajien määrä kasvoi viime vuonna kymmenen prosenttia, kertoi kustantaja."),
    (1, "Tilaa uutiskirjeemme ja saat uutiset joka aamu!", "Kaupungin uutiskirje lähetetään joka viikko kahdelle tuhannelle asukkaalle."),
    (2, "Tämä artikkeli on vain tilaajille", "Tämä artikkeli perustuslaista on herättänyt kiistaa juristien keskuudessa."),
    (3, "Kirjaudu sisään", "Kirjautumisongelmat vaivasivat pankin asiakkaita koko viikonlopun ajan."),
    (4, "Tue meitä", "Tue meitä tässä taistelussa, pormestari vetosi kaupunkilaisiin kokouksessa."),
    (5, "Jos pidät työstämme, tue riippumatonta journalismia.", "Ministeri lupasi tukea paikalliselle journalismille alueilla."),
    (6, "Lue myös: Hallitus hyväksyi uuden budjetin", "Lue sopimuksen ehdot huolellisesti, neuvovat juristit kuluttajia."),
    (7, "Lue lisää:", "Lue lisää aiheesta kaupungin verkkosivuilta, pormestari sanoi."),
    (8, "Jaa Facebookissa", "Jaa tiedot viranomaisten kanssa vuoden loppuun mennessä, laki edellyttää."),
    (9, "Seuraa meitä Instagramissa", "Seuraa lapsia rannalla koko ajan, neuvovat hengenpelastajat uimarannoilla."),
    (10, "Lataa sovelluksemme", "Lataa lomake viraston sivuilta ja täytä se ennen käyntiä, neuvovat virkailijat."),
    (11, "Mainos", "Mainos tupakasta on ollut kiellettyä televisiossa jo vuosia."),
    (12, "Käytämme evästeitä parantaaksemme käyttökokemustasi.", "Suklaakeksien resepti julkaistiin paikallisessa lehdessä."),
    (13, "Hyväksy kaikki evästeet", "Hyväksy kaikki muutosehdotukset, ministeri sanoi puolueille torstaina."),
    (14, "© 2024 Kaupunkiuutiset. Kaikki oikeudet pidätetään.", "Työntekijöiden oikeuksia on kunnioitettava, ammattiliitto korosti."),
    (15, "Kuva: Lehtikuva / Heikki Saukkomaa", "Kuvat onnettomuudesta luovutettiin poliisille silminnäkijöiden toimesta."),
]

HU_RULES: list[tuple[int, str, str]] = [
    (0, "Fizessen elő most!", "Az előfizetők száma tavaly tíz százalékkal csökkent, közölte a kiadó."),
    (1, "Iratkozzon fel a hírlevelünkre, hogy ne maradjon le semmiről!", "A városháza hírlevele minden héten kétezer lakóhoz jut el."),
    (2, "Ez a cikk csak előfizetőknek érhető el", "Ez a cikk az alkotmányban évek óta viták tárgya a jogászok között."),
    (3, "Bejelentkezés", "A bejelentkezéskor felmerülő hibák az egész hétvégén zavarták a bank ügyfeleit."),
    (4, "Támogasd a munkánkat!", "Támogasd a gyerekeidet a tanulásban, tanácsolta a tanár a szülőknek."),
    (5, "Ha tetszik a munkánk, támogasd a független újságírást.", "A miniszter támogatást ígért a vidéki újságírásnak."),
    (6, "Olvasd el ezt is: Elfogadták az új költségvetést", "Olvasd el figyelmesen a szerződés feltételeit, tanácsolják az ügyvédek."),
    (7, "Kapcsolódó:", "Kapcsolódó költségeket a város állja, mondta a szóvivő szerdán."),
    (8, "Megosztás a Facebookon", "A megosztás gazdaság egyre népszerűbb a fiatalok körében, derül ki a felmérésből."),
    (9, "Kövess minket a Facebookon", "Kövesse a hatóságok utasításait a kiürítés során, kérte a rendőrség."),
    (10, "Töltsd le az alkalmazásunkat", "Töltse ki a nyomtatványt a látogatás előtt, tanácsolják a hivatalban."),
    (11, "Hirdetés", "Hirdetés nélkül a helyi lapok nem tudnának megélni, mondta a kiadó."),
    (12, "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.", "A pékség csokis sütiket árul a piacon minden szombaton."),
    (13, "Összes süti elfogadása", "Az összes módosító javaslat elfogadása csütörtökön történt meg."),
    (14, "© 2024 Városi Hírek. Minden jog fenntartva.", "A munkavállalók jogait tiszteletben kell tartani, hangsúlyozta a szakszervezet."),
    (15, "Fotó: MTI/Koszticsák Szilárd", "Fotók a balesetről a szemtanúktól jutottak el a rendőrséghez."),
]

RO_RULES: list[tuple[int, str, str]] = [
    (0, "Abonează-te acum", "Abonamentele la ziare au scăzut cu zece la sută anul trecut, a anunțat editura."),
    (1, "Abonează-te la newsletter-ul nostru și primești știrile dimineața!", "Newsletterul primăriei ajunge săptămânal la două mii de locuitori."),
    (2, "Acest articol este disponibil doar pentru abonați", "Acest articol din Constituție provoacă dispute între juriști de mulți ani."),
    (3, "Autentificare", "Autentificarea la bancă a fost blocată tot weekendul, s-au plâns clienții."),
    (4, "Susține-ne!", "Susține-ne cauza în fața consiliului, i-a cerut primarul unui consilier, potrivit presei."),
    (5, "Dacă îți place munca noastră, susține jurnalismul independent.", "Ministrul a promis sprijin pentru jurnalismul local din regiuni."),
    (6, "Citește și: Guvernul a adoptat noul buget", "Citește cu atenție condițiile contractului, îi sfătuiesc avocații pe consumatori."),
    (7, "Pe aceeași temă:", "Pe aceeași temă au vorbit și alți trei profesori de la universitate."),
    (8, "Distribuie pe Facebook", "Distribuie ajutoare în satele izolate de ape o echipă a Crucii Roșii."),
    (9, "Urmărește-ne pe Facebook", "Urmărește copiii la ștrand tot timpul, recomandă salvamarii."),
    (10, "Descarcă aplicația", "Descarcă formularul de pe site și completează-l înainte de vizită, recomandă funcționarii."),
    (11, "Publicitate", "Publicitatea la tutun este interzisă la televizor de mulți ani."),
    (12, "Acest site folosește cookie-uri pentru a-ți îmbunătăți experiența.", "Rețeta de fursecuri cu ciocolată a fost publicată în ziarul local."),
    (13, "Accept toate", "Accept toate criticile, a spus ministrul în fața jurnaliștilor joi."),
    (14, "© 2024 Știri Locale. Toate drepturile rezervate.", "Drepturile angajaților trebuie respectate, au subliniat sindicatele."),
    (15, "Foto: Inquam Photos / Octav Ganea", "Fotografiile de la accident au fost predate poliției de martori."),
]

CA_RULES: list[tuple[int, str, str]] = [
    (0, "Subscriu-te ara", "Els subscriptors dels diaris van baixar un deu per cent l'any passat, segons l'editorial."),
    (1, "Apunta't al nostre butlletí i rep les notícies cada matí!", "El butlletí de l'Ajuntament arriba cada setmana a dos mil veïns."),
    (2, "Aquest article és exclusiu per a subscriptors", "Aquest article de la Constitució genera debat entre els juristes des de fa anys."),
    (3, "Inicia la sessió", "La sessió plenària es va allargar fins a la matinada, segons fonts municipals."),
    (4, "Dona'ns suport!", "Dona suport a la candidatura la majoria dels regidors, segons fonts del partit."),
    (5, "Si t'agrada la nostra feina, ajuda'ns a fer un periodisme independent.", "El ministre va prometre ajudes al periodisme local de les comarques."),
    (6, "Llegeix també: El Govern aprova el nou pressupost", "Llegeix amb atenció les condicions del contracte, aconsellen els advocats."),
    (7, "Més informació:", "Més informació sobre el cas arribarà la setmana vinent, va dir el portaveu."),
    (8, "Comparteix a Facebook", "Comparteix pis amb dos estudiants des del setembre, explica la jove."),
    (9, "Segueix-nos a Instagram", "Segueix les instruccions de les autoritats durant l'evacuació, demana la policia."),
    (10, "Descarrega't l'aplicació", "Descarrega el formulari del web i omple'l abans de la visita, recomanen els funcionaris."),
    (11, "Publicitat", "Publicitat institucional del Govern va costar milions d'euros l'any passat."),
    (12, "Aquest lloc web utilitza galetes per millorar la teva experiència.", "La recepta de galetes de xocolata va sortir al diari local."),
    (13, "Accepta totes les galetes", "Accepta totes les esmenes, va dir el conseller als grups parlamentaris."),
    (14, "© 2024 Notícies de la Ciutat. Tots els drets reservats.", "Els drets dels treballadors s'han de respectar, van subratllar els sindicats."),
    (15, "Foto: ACN", "Les fotografies de l'accident les van lliurar a la policia uns testimonis."),
]

FA_RULES: list[tuple[int, str, str]] = [
    (0, "عضو شوید", "اعضای شورای شهر در جلسه روز دوشنبه حاضر نشدند."),
    (1, "برای دریافت آخرین اخبار در خبرنامه ما عضو شوید یا اشتراک در خبرنامه را انتخاب کنید.", "به گفته شرکت، شمار خوانندگان نشریه امسال افزایش یافت."),
    (2, "این مطلب فقط برای مشترکان است", "این مطلب در جلسه دیروز مجلس مورد بحث قرار گرفت."),
    (3, "از ما حمایت کنید", "وزیر گفت که دولت از کشاورزان حمایت می‌کند."),
    (4, "بیشتر بخوانید: باران دوباره به شمال بازمی‌گردد", "معلم از دانش‌آموزان خواست بیشتر کتاب بخوانند."),
    (5, "مطالب مرتبط", "مطالب مرتبط با تغییرات اقلیمی در همایش بررسی شد."),
    (6, "اشتراک‌گذاری در تلگرام", "اشتراک‌گذاری اطلاعات با نهادهای دولتی طبق قانون جدید الزامی است."),
    (7, "ما را در اینستاگرام دنبال کنید", "پلیس این پرونده را با جدیت دنبال می‌کند، سخنگو گفت."),
    (8, "اپلیکیشن ما را دانلود کنید", "مهندسان اپلیکیشن تازه‌ای برای بیمارستان طراحی کرده‌اند."),
    (9, "پربازدیدترین‌ها", "پربازدیدترین موزه کشور امسال یک میلیون بازدیدکننده داشت."),
    (10, "این وب‌سایت از کوکی‌ها استفاده می‌کند.", "نانوایی محله کوکی‌های شکلاتی تازه می‌پزد، صاحب مغازه گفت."),
    (11, "پذیرش همه کوکی‌ها", "پذیرش دانشجویان از هفته آینده در همه دانشگاه‌ها آغاز می‌شود."),
    (12, "کلیه حقوق این سایت محفوظ است.", "وکیل گفت که حقوق کارگران باید محفوظ بماند و قانون از آنان حمایت کند."),
    (13, "عکس: ایرنا", "عکس‌های این حادثه به سرعت در شبکه‌های اجتماعی منتشر شد."),
    (14, "رئیس‌جمهور در جلسه هیئت دولت (عکس: ایرنا)", "رئیس‌جمهور در جلسه (که دو ساعت طول کشید) طرح تازه‌ای را اعلام کرد."),
    (15, "برچسب‌ها: بودجه، دولت، مجلس", "برچسب‌های روی چمدان‌ها در فرودگاه گم شدند، مسافران گفتند."),
    (16, "کپی لینک", "کپی کردن آثار هنری بدون اجازه ممنوع است، وزارت فرهنگ اعلام کرد."),
]

RULES = {"sk": SK_RULES, "fi": FI_RULES, "hu": HU_RULES, "ro": RO_RULES, "ca": CA_RULES, "fa": FA_RULES}
PROSE = {
    "sk": ("Mestské zastupiteľstvo včera večer schválilo nový dopravný plán, ktorý začne platiť "
           "prvého septembra, oznámil primátor.",
           "Podľa primátora toto opatrenie zníži počet áut v centre o pätinu, ale majitelia obchodov s tým "
           "nesúhlasia a požiadali o stretnutie."),
    "fi": ("Kaupunginvaltuusto hyväksyi eilen illalla uuden liikennesuunnitelman, joka tulee voimaan "
           "syyskuun alussa, kertoi pormestari.",
           "Pormestarin mukaan toimenpide vähentää autojen määrää keskustassa viidenneksellä, mutta "
           "kauppiaat eivät ole samaa mieltä ja ovat pyytäneet tapaamista."),
    "hu": ("A városi közgyűlés tegnap este elfogadta az új közlekedési tervet, amely szeptember "
           "elsején lép hatályba, közölte a polgármester.",
           "A polgármester szerint az intézkedés egyötödével csökkenti az autók számát a belvárosban, de a "
           "boltok tulajdonosai nem értenek egyet vele, és találkozót kértek."),
    "ro": ("Consiliul local a aprobat aseară un nou plan de trafic, care va intra în vigoare la "
           "începutul lunii septembrie, a anunțat primarul.",
           "Potrivit primarului, măsura va reduce cu o cincime numărul mașinilor din centru, dar "
           "proprietarii magazinelor nu sunt de acord și au cerut o întâlnire."),
    "ca": ("El ple de l'Ajuntament va aprovar ahir a la nit un nou pla de mobilitat, que entrarà en "
           "vigor a principis de setembre, segons ha anunciat l'alcalde.",
           "Segons l'alcalde, la mesura reduirà en una cinquena part el nombre de cotxes al centre, però "
           "els botiguers no hi estan d'acord i han demanat una reunió."),
    "fa": ("شورای شهر دیشب طرح جدید ترافیکی را تصویب کرد که از اول شهریور اجرا می‌شود، شهردار این را اعلام کرد.",
           "به گفته شهردار، این طرح تعداد خودروها را در مرکز شهر یک پنجم کاهش می‌دهد، اما مغازه‌داران با آن "
           "موافق نیستند و خواستار دیدار شده‌اند."),
}
TITLE = {
    "sk": "Nový dopravný plán pre mesto", "fi": "Uusi liikennesuunnitelma kaupungille",
    "hu": "Új közlekedési terv a városnak", "ro": "Un nou plan de trafic pentru oraș",
    "ca": "Un nou pla de mobilitat per a la ciutat", "fa": "طرح جدید ترافیکی برای شهر",
}

TestTables = table_tests(RULES, TITLE, PROSE)
