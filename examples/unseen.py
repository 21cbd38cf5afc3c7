"""Text from outside the seed corpus: Japanese hard wraps with a fenced code block, a Russian
article with its boilerplate, a letter's address, an interview, a subtitle file, an e-mail
newsletter and a PDF copy with ligatures and a footnote.
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
}


def main() -> None:
    for name, text in DOCUMENTS.items():
        doc = textclean.clean(text)
        print(f"== {name} (language {doc.extra['language']})")
        for block in doc.blocks:
            print(f"  {block.kind:10} {block.text!r}")
        for removal in doc.removed:
            print(f"  removed ({removal.reason}): {removal.text!r}")


if __name__ == "__main__":
    main()
