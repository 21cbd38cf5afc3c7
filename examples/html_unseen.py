"""Page types other than news articles: forum and Q&A threads, a blog with comments, docs, a
recipe, a product, a live blog, AMP, ``<div>``+``<br>`` text, Arabic, Hebrew, Chinese, a poem.

Each page of ``tests/fixtures/html_unseen/`` (small, hand-written) is cleaned; the script prints
its metadata, the blocks kept and what was removed, by reason.

Run: ``.venv/bin/python examples/html_unseen.py [page.html ...]``
"""

from __future__ import annotations

import sys
from pathlib import Path

import textclean

PAGES = Path(__file__).parent.parent / "tests" / "fixtures" / "html_unseen"


def show(path: Path) -> None:
    doc = textclean.clean_html(path.read_bytes())
    print(f"== {path.name}: {doc.title!r}")
    print(f"   authors {doc.authors}, date {doc.date}, language {doc.extra.get('language')}")
    for block in doc.blocks:
        first, *more = block.text.split("\n")
        print(f"   [{block.kind}] {first[:72]}" + (f"  (+{len(more)} lines)" if more else ""))
    print("   removed:", doc.removed_by_reason())


def main(argv: list[str]) -> None:
    for path in [Path(a) for a in argv] or sorted(PAGES.glob("*.html")):
        show(path)


if __name__ == "__main__":
    main(sys.argv[1:])
