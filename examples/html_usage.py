"""Clean an HTML page: the article body as typed blocks, its metadata, and what was removed.

Run: ``.venv/bin/python examples/html_usage.py [page.html] [url]``
"""

from __future__ import annotations

import sys
from pathlib import Path

import textclean
from textclean import Pipeline
from textclean.html import extract_html

HERE = Path(__file__).parent
SAMPLE = HERE.parent / "tests" / "fixtures" / "html" / "article.html"


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else SAMPLE
    url = argv[1] if len(argv) > 1 else "https://coastal.example/news/2023/05/harbour-bridge-reopens"
    data = path.read_bytes()  # bytes: the page's own charset declaration is honoured

    doc = textclean.clean_html(data, url=url)  # textclean.clean(data) detects HTML too
    print("title:    ", doc.title)
    print("authors:  ", doc.authors)
    print("date:     ", doc.date, f"(from {doc.extra.get('date_source')})")
    print("url:      ", doc.url)
    print("site:     ", doc.site_name, "| language:", doc.language)
    print("links:    ", doc.links)
    print("warnings: ", doc.warnings)
    for block in doc.blocks:
        print(f"  [{block.kind}{block.level or ''}] {block.text[:70]}")
    print("removed:", doc.removed_by_reason())

    # Keep typographic quotes, and look at the extractor's output before the text cleaners.
    curly = textclean.clean_html(data, url=url, pipeline=Pipeline.default(quotes="keep"))
    print("with quotes kept:", curly.blocks[-2].text[:60])
    blocks, draft = extract_html(data, url)
    print(f"extractor alone: {len(blocks)} blocks, {len(draft.removed)} removals")

    # A data table keeps one block per row; a <pre> with code stays one verbatim code block.
    page = (
        "<html><body><main><h1>Rates</h1><p>The bank published its new rates for the quarter on Tuesday.</p>"
        "<table><tr><th>Term</th><th>Rate</th></tr><tr><td>1 year</td><td>3.5%</td></tr></table>"
        "<pre><code>rate = base + margin\nprint(rate)</code></pre>"
        "<dl><dt>Minimum deposit</dt><dd>500 EUR</dd><dt>Notice</dt><dd>30 days</dd></dl></main></body></html>"
    )
    for block in textclean.clean_html(page).blocks:
        print(f"  [{block.kind}] {block.text!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
