"""The Scrapy item pipeline: unit tests, and a real crawl of pages served on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import textclean

scrapy = pytest.importorskip("scrapy")
pytest.importorskip("itemadapter")

from scrapy.exceptions import DropItem  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from textclean.integrations.scrapy import TextCleanPipeline  # noqa: E402

ROOT = Path(__file__).parent.parent
PROJECT = ROOT / "examples" / "scrapy_project"
FIXTURES = Path(__file__).parent / "fixtures"


def pipeline_for(**settings: Any) -> tuple[TextCleanPipeline, Any]:
    crawler = get_crawler(settings_dict=settings)
    if getattr(crawler, "stats", None) is None:  # older Scrapy: stats are created lazily
        from scrapy.statscollectors import MemoryStatsCollector

        crawler.stats = MemoryStatsCollector(crawler)
    return TextCleanPipeline.from_crawler(crawler), crawler.stats


class ArticleItem(scrapy.Item):  # type: ignore[misc]
    url = scrapy.Field()
    text = scrapy.Field()
    textclean = scrapy.Field()


@dataclasses.dataclass
class ArticleData:
    url: str
    html: str | None = None
    text: str | None = None
    textclean: dict[str, Any] | None = None


TEXT = "# Title\n\nBy Jane Doe\n\nThe “body” text.\n\nSubscribe now for £5 a month"


def test_dict_item_defaults_to_text_and_url() -> None:
    pipe, stats = pipeline_for()
    item = pipe.process_item({"url": "https://x.example/a", "text": TEXT})
    assert item["textclean"] == textclean.clean(TEXT, "https://x.example/a").to_dict()
    assert stats.get_value("textclean/items") == 1
    assert stats.get_value("textclean/cleaned") == 1


def test_scrapy_item_and_settings() -> None:
    pipe, _ = pipeline_for(TEXTCLEAN_QUOTES="keep", TEXTCLEAN_DISABLE=["boilerplate"])
    item = pipe.process_item(ArticleItem(url="https://x.example/b", text=TEXT))
    expected = textclean.clean(
        TEXT, "https://x.example/b", pipeline=textclean.Pipeline.default(quotes="keep").without("boilerplate")
    )
    assert item["textclean"] == expected.to_dict()
    assert "“body”" in item["textclean"]["text"]


def test_dataclass_item_prefers_html_field() -> None:
    pytest.importorskip("textclean.html")
    page = (FIXTURES / "html" / "article.html").read_text(encoding="utf-8")
    pipe, _ = pipeline_for()
    item = pipe.process_item(ArticleData(url="https://news.example/a", html=page, text="ignored"))
    assert item.textclean == textclean.clean(page, "https://news.example/a", html=True).to_dict()


def test_custom_fields() -> None:
    pipe, _ = pipeline_for(
        TEXTCLEAN_INPUT_FIELD="body", TEXTCLEAN_URL_FIELD="link", TEXTCLEAN_OUTPUT_FIELD="clean"
    )
    item = pipe.process_item({"body": "Hello.\n\nWorld.", "link": "https://y.example/"})
    assert item["clean"]["paragraphs"] == ["Hello.", "World."]
    assert item["clean"]["url"] == "https://y.example/"
    assert "textclean" not in item


def test_list_of_strings_is_joined_as_paragraphs() -> None:
    pipe, _ = pipeline_for(TEXTCLEAN_INPUT_FIELD="body")
    item = pipe.process_item({"body": ["First paragraph.", "  ", "Second paragraph."]})
    assert item["textclean"]["paragraphs"] == ["First paragraph.", "Second paragraph."]


def test_missing_input_is_kept_and_counted() -> None:
    pipe, stats = pipeline_for()
    item = pipe.process_item({"url": "https://x.example/c"})
    assert item["textclean"]["paragraphs"] == []
    assert "the item has no 'text' field" in item["textclean"]["warnings"]
    assert stats.get_value("textclean/missing_input") == 1
    assert stats.get_value("textclean/empty") == 1


def test_failure_is_logged_counted_and_item_kept(caplog: pytest.LogCaptureFixture) -> None:
    pipe, stats = pipeline_for()
    item = ArticleItem(url="https://x.example/d", text="Some text.")
    pipe.output_field = "undeclared"  # a Scrapy Item rejects unknown fields: KeyError
    with caplog.at_level("ERROR", logger="textclean.integrations.scrapy"):
        out = pipe.process_item(item)
    assert out is item and "undeclared" not in out
    assert stats.get_value("textclean/failed") == 1
    assert stats.get_value("textclean/failed/KeyError") == 1
    assert "https://x.example/d" in caplog.text


def test_drop_on_error_raises_drop_item() -> None:
    pipe, stats = pipeline_for(TEXTCLEAN_DROP_ON_ERROR=True, TEXTCLEAN_OUTPUT_FIELD="undeclared")
    with pytest.raises(DropItem, match="textclean failed"):
        pipe.process_item(ArticleItem(url="https://x.example/e", text="Text."))
    assert stats.get_value("textclean/failed") == 1


# -- a real crawl --------------------------------------------------------------

ARTICLE = """<!doctype html><html lang="en"><head><title>{title} | Valley News</title>
<meta name="author" content="{author}"></head><body>
<nav><a href="/index.html">Home</a> <a href="/{other}.html">Next story</a></nav>
<article><h1>{title}</h1>
<p>{lead} The council met on Monday evening to discuss the plans in detail.</p>
<p>Residents said they would follow the decision closely over the coming weeks.</p>
</article><footer>© Valley News. Subscribe now for £5 a month.</footer></body></html>
"""


def write_site(root: Path) -> dict[str, str]:
    pages: dict[str, str] = {}
    stories = [
        ("a1", "Rain returns to the valley", "Ana Lima", "Heavy rain returned after six weeks."),
        ("a2", "Bridge reopens", "Tom Berg", "The old bridge reopened to traffic."),
        ("a3", "School wins prize", "Mia Chen", "The village school won a national prize."),
    ]
    for i, (slug, title, author, lead) in enumerate(stories):
        other = stories[(i + 1) % len(stories)][0]
        pages[f"{slug}.html"] = ARTICLE.format(title=title, author=author, lead=lead, other=other)
    links = "".join(f'<li><a href="/{s}.html">{t}</a></li>' for s, t, _, _ in stories)
    pages["index.html"] = f"<html><body><h1>Valley News</h1><ul>{links}</ul></body></html>"
    for name, html in pages.items():
        (root / name).write_text(html, encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return pages


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    root = tmp_path / "site"
    root.mkdir()
    pages = write_site(root)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_crawl_with_the_example_project(site: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    pytest.importorskip("textclean.html")
    base, pages = site
    out = tmp_path / "items.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(PROJECT)])}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    cmd = [
        sys.executable, "-m", "scrapy", "crawl", "site",
        "-a", f"start_url={base}/index.html",
        "-O", str(out),
        "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "LOG_LEVEL=INFO", "-s", "CLOSESPIDER_TIMEOUT=60",
    ]  # fmt: skip
    proc = subprocess.run(
        cmd, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_url = {item["url"]: item for item in items}
    assert set(by_url) == {f"{base}/{name}" for name in pages}, proc.stderr[-4000:]
    for name, html in pages.items():
        url = f"{base}/{name}"
        item = by_url[url]
        assert item["status"] == 200
        assert item["textclean"] == textclean.clean(html, url, html=True).to_dict(), name
    a1 = by_url[f"{base}/a1.html"]["textclean"]
    assert a1["title"] == "Rain returns to the valley"
    assert a1["authors"] == ["Ana Lima"]
    assert a1["paragraphs"][0].startswith("Heavy rain returned")
    assert "'textclean/cleaned': 4" in proc.stderr
    assert "textclean/failed" not in proc.stderr
    assert "Warning" not in proc.stderr, proc.stderr[-4000:]
