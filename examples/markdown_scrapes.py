"""Markdown-ish scrapes: what the markdown, tags and layout cleaners keep, remove and record.

Run: ``.venv/bin/python examples/markdown_scrapes.py``

- emphasis, inline links and reference links are reduced to their text, and link targets
  (also from reference definitions ``[1]: https://...``) go to ``doc.links``;
- a table's delimiter row and footnote marks are removed, the rows and the footnote's text kept;
- a fenced code sample stays verbatim, HTML tags and entities included, while the prose around it
  loses its tag debris; a code block that repeats is kept (a tutorial means it);
- a reader service's header (``Title:``, ``URL Source:``, ``Published Time:``, ``Markdown
  Content:``) or a YAML front matter becomes the title, URL, date and authors, and a byline
  written as a Markdown link is read.
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

READER = """Title: Council approves bike lanes | Example News

URL Source: https://news.example.com/local/bike-lanes

Published Time: 2025-04-12T09:30:00-04:00

Markdown Content:
[Skip to content](#main)

*   [Home](https://news.example.com/)
*   [Local](https://news.example.com/local/)
*   [Sports](https://news.example.com/sports/)

Council approves bike lanes
===========================

By [Maria Gonzalez](https://news.example.com/staff/maria) | April 12, 2025

The city council voted 7-2 on Thursday night to approve a network of protected bike lanes
across the downtown core, ending a debate that has stretched over two years.

[Facebook](https://facebook.com/share) [Twitter](https://twitter.com/share)
"""


def show(doc: textclean.Document) -> None:
    print("title:  ", doc.title)
    print("authors:", doc.authors, " date:", doc.date, " url:", doc.url)
    print("links:  ", doc.links)
    print()
    for block in doc.blocks:
        print(f"[{block.kind}]", block.text.replace("\n", "\n    "))
    print()
    for r in doc.removed:
        print(f"removed by {r.cleaner:12} ({r.reason}): {r.text[:60]!r}")


def main() -> None:
    show(textclean.clean(SCRAPE))
    print("\n" + "-" * 72 + "\n")
    show(textclean.clean(READER))


if __name__ == "__main__":
    main()
