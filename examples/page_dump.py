"""Clean a full-page text dump (what ``get_text()`` of a whole page gives) as plain text.

    python examples/page_dump.py                       # the pages in examples/pages/ (en, de, fr)
    python examples/page_dump.py my_page.txt

The ``page-dump`` cleaner finds the article (the densest run of prose, after the headline
when the page's title line is printed again) and removes the menus, teasers, comments and
footer around it, recording each removed line as ``navigation`` or ``page-furniture``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import textclean


def show(path: Path) -> None:
    doc = textclean.clean(path.read_text(encoding="utf-8"))
    print(f"== {path.name}: title {doc.title!r}, authors {doc.authors}, date {doc.date}")
    for paragraph in doc.paragraphs:
        print(f"   {paragraph[:100]}{'…' if len(paragraph) > 100 else ''}")
    removed = Counter(r.reason for r in doc.removed)
    print(f"   removed: {dict(removed)}")
    print(f"   e.g. {[r.text for r in doc.removed if r.cleaner == 'page-dump'][:6]}\n")


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted((Path(__file__).parent / "pages").glob("*.txt"))
    for path in paths:
        show(path)


if __name__ == "__main__":
    main(sys.argv[1:])
