"""``textclean report``: one self-contained HTML page showing what was removed, and why.

Each document is shown side by side: the input (with line numbers, every removed
span highlighted and coloured by reason) and the cleaned document.  The header
counts removals per reason, with filters (highlight per reason, documents with a
reason, search by path).  The page has no external assets and needs no network;
its script recounts everything from the page itself and checks the filters, and
writes the verdict in ``#selftest[data-status]`` (``pass`` / ``fail``).

>>> from textclean import clean
>>> entry = Entry("a.txt", "# T\\n\\nBody.\\n\\nSubscribe now for £5 a month", clean("# T\\n\\nBody.\\n\\nSubscribe now for £5 a month"))
>>> page = render_report([entry])
>>> page.count('<mark class="rm'), 'data-reason="subscription"' in page, "http://" in page
(2, True, False)
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from .cli_io import Found, InputError, Job, clean_data, decode_checked, input_kind, read_input
from .document import Document, Removal

__all__ = ["Entry", "collect_entries", "render_report"]

PALETTE = [
    "#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff", "#fdffb6",
    "#ffadad", "#a0c4ff", "#d0f4de", "#e4c1f9", "#f1c0e8", "#cfbaf0",
]


def colour(i: int) -> str:
    """The highlight colour of the ``i``-th reason: a fixed palette, then spread hues.

    >>> colour(0), colour(12)
    ('#ffd6a5', 'hsl(210, 85%, 82%)')
    """
    return PALETTE[i] if i < len(PALETTE) else f"hsl({(i * 137 + 6) % 360}, 85%, 82%)"


@dataclass
class Entry:
    """One document of the report: where it came from, the input text, the result."""

    source: str
    original: str
    doc: Document


def collect_entries(
    found: list[Found], job: Job, *, stdin: bytes | None = None, limit: int | None = None
) -> tuple[list[Entry], list[str]]:
    """Clean every input (documents and dataset records); return the entries and the failures."""
    from .cli_io import _iter_jsonl, _record_input

    entries: list[Entry] = []
    failures: list[str] = []

    def full() -> bool:
        return limit is not None and len(entries) >= limit

    for f in found:
        if full():
            break
        kind = job.input_format if job.input_format in ("jsonl", "parquet") else input_kind(f.path)
        if f.path == "-" and kind == "parquet":
            kind = "doc"
        try:
            if kind == "doc":
                data = read_input(f.path, job.max_size, stdin)
                text, _ = decode_checked(data)
                entries.append(Entry(f.path, text, clean_data(data, f.path, job)))
                continue
            records: list[tuple[int, Any]]
            if kind == "jsonl":
                from .cli_io import Task

                records = list(_iter_jsonl(Task(0, f.path, f.rel, None, stdin), job))
            else:
                try:
                    import pyarrow.parquet as pq
                except ImportError:
                    raise InputError("Parquet input needs pyarrow: pip install 'textclean[arrow]'") from None
                try:
                    records = list(enumerate(pq.read_table(f.path).to_pylist(), start=1))
                except Exception as exc:
                    raise InputError(f"cannot read Parquet: {exc}") from None
            for n, rec in records:
                if full():
                    break
                source = f"{f.path}:{n}"
                try:
                    if isinstance(rec, InputError):
                        raise rec
                    data_s, is_html, url, _carried = _record_input(rec, job)
                    doc = clean_data(data_s, "", job, url=url, html=is_html)
                except InputError as exc:
                    failures.append(f"{source}: {exc}")
                    continue
                original = data_s if isinstance(data_s, str) else ""
                entries.append(Entry(source, original.replace("\r\n", "\n"), doc))
        except InputError as exc:
            failures.append(f"{f.path}: {exc}")
    return entries, failures


# -- placing removals on input lines -------------------------------------------------------


def _key(s: str) -> str:
    """Letters and digits only: matches a line to removed text whatever markup was stripped."""
    return "".join(ch for ch in s.casefold() if ch.isalnum())


@dataclass
class Placement:
    """Where the removals of one document are shown in its input."""

    #: whole-line spans: ``{first_line_index: (last_line_index, removal_index)}``
    spans: dict[int, tuple[int, int]]
    #: spans inside one line: ``{line_index: [(start, end, removal_index), ...]}`` (sorted)
    inline: dict[int, list[tuple[int, int, int]]]
    #: removals that could not be located (no line, or not found near their line)
    unplaced: list[int]


def place_removals(lines: list[str], removed: list[Removal]) -> Placement:
    """Locate each removal in the input lines, near its recorded line.

    A removal that is part of a line (a link placeholder) is marked inside that
    line; one that is a whole line or several lines is marked over those lines.
    The search starts at the recorded line and goes at most 30 lines down.

    >>> p = place_removals(["Title", "", "Share this", "See [here](#) now"],
    ...                    [Removal("x", "share", "Share this", 3), Removal("m", "link", "[here](#)", 4)])
    >>> p.spans, p.inline, p.unplaced
    ({2: (2, 0)}, {3: [(4, 13, 1)]}, [])
    """
    spans: dict[int, tuple[int, int]] = {}
    inline: dict[int, list[tuple[int, int, int]]] = {}
    unplaced: list[int] = []
    taken = [False] * len(lines)  # inside a whole-line span (inline marks may nest in it)
    keys = [_key(x) for x in lines]

    def free(k: int, lo: int, hi: int) -> bool:
        return all(hi <= a or lo >= b for a, b, _ in inline.get(k, []))

    for i, r in enumerate(removed):
        key = _key(r.text)
        if r.line is None or not 1 <= r.line <= len(lines) or not key:
            unplaced.append(i)
            continue
        window = range(r.line - 1, min(len(lines), r.line + 29))
        raw = r.text.strip()
        placed = False
        if "\n" not in raw:  # part of one line?
            for k in window:
                pos = lines[k].find(raw)
                while pos >= 0 and lines[k].strip() != raw:
                    if free(k, pos, pos + len(raw)):
                        inline.setdefault(k, []).append((pos, pos + len(raw), i))
                        inline[k].sort()
                        placed = True
                        break
                    pos = lines[k].find(raw, pos + 1)
                if placed or (pos >= 0 and lines[k].strip() == raw):
                    break
        if placed:
            continue
        start = -1
        for k in window:
            if keys[k] and not taken[k] and (keys[k] in key or key[:30] in keys[k]):
                start = k
                break
        if start < 0:
            unplaced.append(i)
            continue
        end = start + r.text.count("\n")
        while end + 1 < len(lines) and keys[end + 1] and keys[end + 1] in key:
            end += 1
        end = min(end, len(lines) - 1)
        if any(taken[start : end + 1]):
            unplaced.append(i)
            continue
        for k in range(start, end + 1):
            taken[k] = True
        spans[start] = (end, i)
    return Placement(spans, inline, unplaced)


# -- rendering ------------------------------------------------------------------------------

_e = html.escape


def _mark_open(r: Removal, rid: int, cls: str = "") -> str:
    title = f"{r.cleaner}: {r.reason}" + (f" (line {r.line})" if r.line is not None else "")
    return (
        f'<mark class="rm c{rid}{cls}" data-reason="{_e(r.reason)}" '
        f'data-rid="r{rid}" data-cleaner="{_e(r.cleaner)}" title="{_e(title)}">'
    )


def _render_line(k: int, line: str, place: Placement, doc: Document, rids: dict[str, int]) -> str:
    parts: list[str] = []
    pos = 0
    for a, b, ri in place.inline.get(k, []):
        r = doc.removed[ri]
        parts.append(_e(line[pos:a]) + _mark_open(r, rids[r.reason], " inline") + _e(line[a:b]) + "</mark>")
        pos = b
    parts.append(_e(line[pos:]))
    return f'<span class="l" data-n="{k + 1}">{"".join(parts)}</span>\n'


def _render_input(original: str, doc: Document, rids: dict[str, int]) -> str:
    lines = original.split("\n")
    place = place_removals(lines, doc.removed)
    out: list[str] = ['<pre class="src">']
    i = 0
    while i < len(lines):
        if i in place.spans:
            end, ri = place.spans[i]
            r = doc.removed[ri]
            out.append(_mark_open(r, rids[r.reason]))
            out.extend(_render_line(k, lines[k], place, doc, rids) for k in range(i, end + 1))
            out.append("</mark>")
            i = end + 1
            continue
        out.append(_render_line(i, lines[i], place, doc, rids))
        i += 1
    out.append("</pre>")
    if place.unplaced:
        out.append('<div class="unplaced"><h4>Removed (not located in the input)</h4><ul>')
        for ri in place.unplaced:
            r = doc.removed[ri]
            out.append(f"<li>{_mark_open(r, rids[r.reason], ' loose')}{_e(r.text)}</mark></li>")
        out.append("</ul></div>")
    return "".join(out)


def _render_doc_body(doc: Document) -> str:
    out: list[str] = []
    if doc.title:
        out.append(f'<h3 class="title">{_e(doc.title)}</h3>')
    meta = []
    if doc.authors:
        meta.append("by " + ", ".join(doc.authors))
    if doc.date:
        meta.append(doc.date.isoformat())
    if doc.url:
        meta.append(doc.url)
    if meta:
        out.append(f'<p class="meta">{_e(" | ".join(meta))}</p>')
    for b in doc.blocks:
        if b.kind == "heading":
            out.append(f"<h4>{_e(b.text)}</h4>")
        elif b.kind == "list-item":
            out.append(f'<p class="li">• {_e(b.text)}</p>')
        elif b.kind == "quote":
            out.append(f"<blockquote>{_e(b.text)}</blockquote>")
        elif b.kind == "code":
            out.append(f"<pre><code>{_e(b.text)}</code></pre>")
        else:
            out.append(f"<p>{_e(b.text)}</p>")
    if not doc.blocks:
        out.append('<p class="empty">(empty)</p>')
    return "".join(out)


_CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;color:#222}
body{margin:0;background:#f6f6f4}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;padding:10px 18px}
header h1{font-size:18px;margin:0 0 6px}
#stats{margin:0 0 6px;color:#444}
#filters{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center}
.filter{display:inline-flex;gap:4px;align-items:center;cursor:pointer;padding:2px 6px;border-radius:4px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;border:1px solid #0002}
.count{font-weight:600}
#selftest{font-size:11px;color:#888;margin-top:4px}
#selftest[data-status=fail]{color:#b00;font-weight:600}
main{padding:12px 18px}
section.doc{background:#fff;border:1px solid #ddd;border-radius:6px;margin:0 0 14px;padding:10px 12px}
section.doc h2{font-size:14px;margin:0 0 6px;font-family:ui-monospace,monospace;word-break:break-all}
.badges{display:flex;flex-wrap:wrap;gap:4px;margin-bottom:6px}
.badge{font-size:12px;padding:1px 6px;border-radius:8px}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:12px}
.pane{min-width:0;max-height:520px;overflow:auto;border:1px solid #eee;border-radius:4px;padding:6px 8px}
.pane h3.h{font-size:12px;text-transform:uppercase;color:#888;margin:0 0 4px;letter-spacing:.05em}
pre.src{margin:0;white-space:pre-wrap;word-break:break-word;font:12px/1.45 ui-monospace,Menlo,Consolas,monospace}
.l::before{content:attr(data-n);display:inline-block;width:3.2em;margin-right:.6em;color:#aaa;text-align:right;user-select:none}
mark.rm{display:inline;border-radius:3px;padding:0 1px;color:inherit}
mark.rm.off{background:none!important;outline:1px dashed #ccc}
.unplaced h4{font-size:12px;color:#666;margin:8px 0 2px}
.unplaced ul{margin:0;padding-left:18px;font-size:12px}
.cleaned p{margin:0 0 8px;line-height:1.45}
.cleaned .meta{color:#666;font-style:italic}
.cleaned .title{margin:0 0 6px;font-size:16px}
.cleaned blockquote{margin:0 0 8px 10px;padding-left:8px;border-left:3px solid #ccc}
.warnings{font-size:12px;color:#a60;margin:6px 0 0}
section.doc[hidden]{display:none}
"""

_JS = r"""
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.rm"));
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input.reason"));
  var select = document.getElementById("doc-filter");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var results = [], ok = true;
  function check(name, cond) { results.push((cond ? "ok " : "FAILED ") + name); if (!cond) ok = false; }
  function reasonsOf(d) { return d.getAttribute("data-rids").split(" ").filter(Boolean); }
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) off[b.value] = true; });
    marks.forEach(function (m) { m.classList.toggle("off", !!off[m.getAttribute("data-rid")]); });
    var want = select.value, q = search.value.toLowerCase(), n = 0;
    docs.forEach(function (d) {
      var show = (!want || reasonsOf(d).indexOf(want) >= 0) &&
                 (!q || d.getAttribute("data-source").toLowerCase().indexOf(q) >= 0);
      d.hidden = !show; if (show) n++;
    });
    shown.textContent = String(n);
    shown.setAttribute("data-counted", String(n));
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  select.addEventListener("change", apply);
  search.addEventListener("input", apply);
  // 1. recount everything from the page
  boxes.forEach(function (b) {
    var rid = b.value, n = marks.filter(function (m) { return m.getAttribute("data-rid") === rid; }).length;
    var c = document.querySelector('.count[data-rid="' + rid + '"]');
    c.setAttribute("data-counted", String(n));
    check("count " + b.getAttribute("data-reason") + " = " + n, n === Number(c.getAttribute("data-expected")));
  });
  var total = document.getElementById("total-removed"), tdocs = document.getElementById("total-docs");
  total.setAttribute("data-counted", String(marks.length));
  tdocs.setAttribute("data-counted", String(docs.length));
  check("removals = " + marks.length, marks.length === Number(total.getAttribute("data-expected")));
  check("documents = " + docs.length, docs.length === Number(tdocs.getAttribute("data-expected")));
  docs.forEach(function (d) {
    var n = d.querySelectorAll("mark.rm").length;
    d.setAttribute("data-counted", String(n));
    if (n !== Number(d.getAttribute("data-removed"))) check("removals in " + d.getAttribute("data-source"), false);
  });
  // 2. exercise every filter, then restore
  boxes.forEach(function (b) {
    var rid = b.value;
    b.checked = false; apply();
    check("hide " + b.getAttribute("data-reason"), marks.every(function (m) {
      return m.classList.contains("off") === (m.getAttribute("data-rid") === rid); }));
    b.checked = true; apply();
    select.value = rid; apply();
    var expected = docs.filter(function (d) { return reasonsOf(d).indexOf(rid) >= 0; }).length;
    var opt = select.querySelector('option[value="' + rid + '"]');
    check("documents with " + b.getAttribute("data-reason") + " = " + expected,
          docs.filter(function (d) { return !d.hidden; }).length === expected &&
          expected === Number(opt.getAttribute("data-docs")));
    select.value = ""; apply();
  });
  if (docs.length) {
    var src = docs[0].getAttribute("data-source");
    search.value = src; apply();
    check("search", docs.filter(function (d) { return !d.hidden; }).length >= 1 && !docs[0].hidden);
    search.value = ""; apply();
  }
  check("filters restored", marks.every(function (m) { return !m.classList.contains("off"); }) &&
        docs.every(function (d) { return !d.hidden; }));
  var st = document.getElementById("selftest");
  st.setAttribute("data-status", ok ? "pass" : "fail");
  st.setAttribute("data-checks", String(results.length));
  st.textContent = (ok ? "self-check passed: " : "self-check FAILED: ") + results.length + " checks" +
                   (ok ? "" : " — " + results.filter(function (r) { return r.indexOf("FAILED") === 0; }).join("; "));
  document.body.setAttribute("data-ready", "1");
})();
"""


def render_report(entries: list[Entry], *, title: str = "textclean report") -> str:
    """The whole page as a string (inline CSS and JS only: no network, no external files)."""
    counts: dict[str, int] = {}
    docs_with: dict[str, int] = {}
    for e in entries:
        for reason, n in e.doc.removed_by_reason().items():
            counts[reason] = counts.get(reason, 0) + n
            docs_with[reason] = docs_with.get(reason, 0) + 1
    reasons = sorted(counts, key=lambda r: (-counts[r], r))
    rids = {r: i for i, r in enumerate(reasons)}
    total = sum(counts.values())
    css = _CSS + "".join(f".c{i}{{background:{colour(i)}}}" for i in range(len(reasons)))

    head = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{css}</style></head>",
        "<body><header>",
        f"<h1>{_e(title)}</h1>",
        f'<p id="stats"><span id="total-docs" data-expected="{len(entries)}">{len(entries)}</span> documents, '
        f'<span id="total-removed" data-expected="{total}">{total}</span> removals; showing '
        f'<span id="shown">{len(entries)}</span></p>',
        '<div id="filters">',
    ]
    for r in reasons:
        i = rids[r]
        head.append(
            f'<label class="filter" data-reason="{_e(r)}"><input type="checkbox" class="reason" checked '
            f'value="r{i}" data-reason="{_e(r)}"><span class="swatch c{i}"></span>'
            f'{_e(r)} <span class="count" data-rid="r{i}" data-reason="{_e(r)}" '
            f'data-expected="{counts[r]}">{counts[r]}</span></label>'
        )
    head.append('<label>documents with <select id="doc-filter"><option value="">any removal or none</option>')
    for r in reasons:
        head.append(f'<option value="r{rids[r]}" data-docs="{docs_with[r]}">{_e(r)} ({docs_with[r]})</option>')
    head.append('</select></label><input type="search" id="search" placeholder="filter by path">')
    head.append('</div><div id="selftest" data-status="pending">self-check needs JavaScript</div></header><main>')

    body: list[str] = []
    for e in entries:
        doc_counts = e.doc.removed_by_reason()
        rid_list = " ".join(f"r{rids[r]}" for r in doc_counts)
        badges = "".join(
            f'<span class="badge c{rids[r]}" data-reason="{_e(r)}">{_e(r)} {n}</span>'
            for r, n in doc_counts.items()
        )
        warnings = "".join(f"<li>{_e(w)}</li>" for w in e.doc.warnings)
        body.append(
            f'<section class="doc" data-source="{_e(e.source)}" data-removed="{len(e.doc.removed)}" '
            f'data-rids="{rid_list}"><h2>{_e(e.source)}</h2>'
            f'<div class="badges">{badges or "<span class=badge>nothing removed</span>"}</div>'
            f'<div class="panes"><div class="pane input"><h3 class="h">Input</h3>'
            f"{_render_input(e.original, e.doc, rids)}</div>"
            f'<div class="pane cleaned"><h3 class="h">Cleaned</h3>{_render_doc_body(e.doc)}</div></div>'
            + (f'<ul class="warnings">{warnings}</ul>' if warnings else "")
            + "</section>"
        )
    if not entries:
        body.append("<p>No documents.</p>")
    tail = [f"</main><script>{_JS}</script></body></html>\n"]
    return "".join(head) + "\n" + "\n".join(body) + "\n" + "".join(tail)


def report_summary(entries: list[Entry]) -> dict[str, Any]:
    """Counts per reason over all entries (for tests and scripts)."""
    counts: dict[str, int] = {}
    for e in entries:
        for r, n in e.doc.removed_by_reason().items():
            counts[r] = counts.get(r, 0) + n
    return {"documents": len(entries), "removed": counts}

