"""Text from outside the seed corpus: Japanese hard wraps with a fenced code block, a Russian
article with its boilerplate, a letter's address, an interview, a subtitle file, an e-mail
newsletter and a PDF copy with ligatures and a footnote; round 3: an e-mail with its header, a
wiki page copied as text, a statute's enumeration, a paper's author list and a chat log; session
10: a blog post with comments, a Spanish dateline, a recipe and a short Polish text; session 11:
a press release with its wire dateline and media contact; session 12: a German article with its
footer links on one line ("Impressum | Datenschutz | Kontakt"), and a Russian text in
Windows-1251 that was decoded as Windows-1252 ("Ïðèâåò" for "Привет"), read again, and a forum
thread with a quoted post and its reply's header; session 13: a thread of posts with its
buttons and counters, a PDF's table of contents with dot leaders, and a Thai article (no spaces
between words, a Buddhist-era date).
Run: ``python examples/unseen.py``."""

from __future__ import annotations

import textclean

DOCUMENTS = {
    "Japanese and code": """日本の経済は今年、緩やかな回復を続けている。政府は
来年度の予算案を閣議決定し、国会に提出する予定だ。

Here is code:

```python
def f(x):
    return x  *  2
```
""",
    "Russian": """Правительство утвердило новый бюджет на следующий год, сообщили в пресс-службе.

Подпишитесь на нашу рассылку, чтобы получать новости первыми.

Поделиться в соцсетях

По словам министра, дефицит бюджета составит около двух процентов.
""",
    "letter": """Yours sincerely,
Thomas Becker
Records Department
Fleethörn 9
24103 Kiel
""",
    "interview": """Q: Why did the council close the library?
A: We did not close it. We moved it to the new community centre.
""",
    "subtitles": """1
00:00:01,000 --> 00:00:03,000
Bees pollinate about
a third of our crops,

2
00:00:03,100 --> 00:00:05,000
and they are in trouble.

3
00:00:05,100 --> 00:00:07,000
[Music]
""",
    "newsletter": """View this email in your browser

Hello gardeners,

The first frost arrived this week, so it is time to bring the
tender plants indoors.

Forward to a friend
Unsubscribe | Update your preferences
""",
    "PDF copy": """The wells were drilled in 2015 and have screens in the weathered zone of the
granite, which is between ten and thirty metres thick. We estimated the re-
charge with the water-table ﬂuctuation method, which multiplies the rise of
the water table after an event by the speciﬁc yield of the aquifer.¹

¹ The speciﬁc yield comes from pumping tests made before the study.
""",
    "e-mail": """From: Laura Chen <laura.chen@example.com>
Sent: Tuesday, March 12, 2024 9:41 AM
Subject: RE: New office floor plan

Hi all, the revised floor plan is attached.

Sent from my iPhone
""",
    "wiki page": """Lake Baikal

From Wikipedia, the free encyclopedia

Lake Baikal is a rift lake in Siberia. It is the deepest lake in the world.[1][2]

Geography[edit]

The lake lies in a rift valley.[3]
""",
    "statute": """(2) Die Frist beträgt, wenn das Arbeitsverhältnis
1. zwei Jahre bestanden hat, einen Monat,
2. fünf Jahre bestanden hat, zwei Monate.
""",
    "paper": """Grazing Pressure and Soil Carbon in Alpine Meadows

Anna Keller¹, Jonas Brandt¹,², and Mei Lin³

¹ Institute of Ecology, University of Innsbruck, Austria
""",
    "chat log": """[09:14] <maria> has anyone tried the new build on windows?
[09:15] <kim> yes, it crashes when you open the settings page
""",
    # session 10: a blog post with its comment section, a Spanish dateline, a recipe, a short
    # Polish text (its language told by its letters)
    "blog with comments": """Why I Switched Editors

Posted by Lena Hoffmann on February 14, 2025

I spent six weeks using Helix as my only editor. It felt natural after a few days.

2 Comments

Tom says:
February 15, 2025 at 6:22 pm
Same experience here. The lack of plugins is a dealbreaker for me.
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
""",
    "Spanish dateline": """Un incendio obliga a evacuar a 300 vecinos

Por María José Fernández
Madrid, 3 de agosto de 2024

El fuego ha calcinado ya más de 800 hectáreas de monte bajo, según la Junta.
""",
    "recipe": """Classic Lemon Drizzle Cake

Jump to Recipe · Print Recipe

Ingredients
- Juice of 1½ lemons
- 85g caster sugar

Method
1. Beat together the butter and sugar until pale and creamy, then add the eggs.
2. Bake for 45-50 mins until a thin skewer inserted into the centre comes out clean.

Rate this recipe ★★★★★
""",
    "short Polish text": """Rada Miasta przyjęła plan

Autor: Tomasz Kowalski i Anna Nowak

Rada Ministrów przyjęła we wtorek projekt ustawy o ochronie ludności.
""",
    "press release": """Acme Corp. Announces New Widget Line

SPRINGFIELD, Ill., June 3, 2025 /PRNewswire/ -- Acme Corp. today announced a new line of
widgets for industrial customers.

About Acme Corp.

Acme Corp. makes widgets for industrial customers and employs 2,000 people.

Media contact:
Jane Smith
jane.smith@acme.com
+1 555 123 4567
""",
    "German article with footer links": """Bundestag beschließt neues Heizungsgesetz

Von Anna Müller und Peter Schmidt

Der Bundestag hat am Freitag das umstrittene Heizungsgesetz verabschiedet. Nach monatelangen
Debatten stimmten 380 Abgeordnete für den Entwurf, 290 dagegen.

Artikel drucken

Impressum | Datenschutz | Kontakt | Jobs
""",
    "forum thread": """Re: Raspberry Pi won't boot after update

Quote from: pi_user on March 12, 2024, 06:02:11 PM
After running apt upgrade my Pi 4 shows only a rainbow screen.

Did you check the SD card? A rainbow screen usually means the firmware can't find start4.elf.

« Reply #3 on: March 12, 2024, 09:30:44 PM »

Thanks, that fixed it! The boot partition was corrupted.

Logged
""",
}

# session 13: a thread of posts, a table of contents with dot leaders, a Thai article
DOCUMENTS["thread of posts"] = """Dr. Sara Ibáñez
@sara_ibanez

1/3 We just published our study of 2,000 urban trees in Madrid. The short version: the trees that cool streets best are not the ones cities plant most.

2/3 Holm oaks cooled the pavement below them by up to 12 °C. Plane trees, the most planted, far less.

3/3 The paper is open access: https://doi.org/10.1234/urb.2024.567 #UrbanForestry

10:42 AM · Jun 3, 2024
1.2K Reposts 3.4K Likes 210 Bookmarks
Show this thread
"""
DOCUMENTS["PDF contents"] = """Contents

1 Introduction ........................................ 3
2 Methods ............................................. 9
References ........................................... 21

1 Introduction

Groundwater supplies about half of the drinking water in the region.
"""
DOCUMENTS["Thai"] = """หน้าแรก > ข่าว > เศรษฐกิจ

ธปท. คงอัตราดอกเบี้ยนโยบายที่ร้อยละ 2.50

เผยแพร่: 12 มิ.ย. 2567 14:30 น.

คณะกรรมการนโยบายการเงินมีมติเป็นเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.50 ต่อปี

แชร์ข่าวนี้
"""

# (made here: a Windows-1251 text decoded as Windows-1252, as an old page's text arrives)
DOCUMENTS["Russian text misread as Windows-1252"] = """Центробанк сохранил ключевую ставку

Банк России на заседании в пятницу сохранил ключевую ставку на уровне 16% годовых.
Решение совпало с ожиданиями большинства аналитиков.
""".encode("cp1251").decode("cp1252")


def main() -> None:
    for name, text in DOCUMENTS.items():
        doc = textclean.clean(text)
        print(f"== {name} (language {doc.extra['language']})")
        if doc.title or doc.authors or doc.date:
            print(f"  title {doc.title!r}, authors {doc.authors}, date {doc.date}")
        for block in doc.blocks:
            print(f"  {block.kind:10} {block.text!r}")
        for removal in doc.removed:
            print(f"  removed ({removal.reason}): {removal.text!r}")
        for warning in doc.warnings:
            print(f"  warning: {warning}")


if __name__ == "__main__":
    main()
