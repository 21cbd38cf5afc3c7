"""Markdown-ish scrapes: what the markdown, tags and layout cleaners keep, remove and record.

Run: ``.venv/bin/python examples/markdown_scrapes.py``

- emphasis, inline links and reference links are reduced to their text, and link targets
  (also from reference definitions ``[1]: https://...``) go to ``doc.links``;
- a table's delimiter row and footnote marks are removed, the rows and the footnote's text kept;
- a fenced code sample stays verbatim, HTML tags and entities included, while the prose around it
  loses its tag debris; a code block that repeats is kept (a tutorial means it).
"""

from __future__ import annotations

import textclean

SCRAPE = """Embedding the player
====================

Posted by **Jane Doe** on March 3, 2025

Paste the [snippet][embed] into your page<br>and save it. The player reads the
`width` attribute and keeps its aspect ratio on small screens[^1].

```html
<div class="player">
  <iframe src="https://example.com/v/1" width="560"></iframe>
</div>
<p>Caption &amp; credits</p>
```

| Option | Default |
|--------|---------|
| width  | 560     |

Reload the page, then run the check again:

```
curl -I https://example.com/v/1
```

```
curl -I https://example.com/v/1
```

[^1]: Older browsers ignore the attribute.

[embed]: https://example.com/docs/embed "Embed guide"
"""


def main() -> None:
    doc = textclean.clean(SCRAPE)
    print("title:  ", doc.title)
    print("authors:", doc.authors, " date:", doc.date)
    print("links:  ", doc.links)
    print()
    for block in doc.blocks:
        print(f"[{block.kind}]", block.text.replace("\n", "\n    "))
    print()
    for r in doc.removed:
        print(f"removed by {r.cleaner:9} ({r.reason}): {r.text[:70]!r}")


if __name__ == "__main__":
    main()
