"""Text from outside the seed corpus: Japanese hard wraps with a fenced code block, a Russian
article with its boilerplate, a letter's address and an interview.
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
