"""Crawl one site from a start URL and yield every HTML page as a :class:`Page`.

Run from ``examples/scrapy_project``::

    scrapy crawl site -a start_url=https://news.example/ -O pages.jsonl
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from newsclean.items import Page


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, start_url: str = "", max_pages: int | str = 100, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not start_url:
            raise ValueError("pass the site with -a start_url=https://...")
        self.start_url = start_url
        self.allowed_domains = [urlsplit(start_url).hostname or ""]
        self.max_pages = int(max_pages)
        self.seen = 0

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.start_url, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Page | scrapy.Request]:
        if not isinstance(response, scrapy.http.TextResponse):
            return
        self.seen += 1
        yield Page(url=response.url, html=response.text, status=response.status)
        if self.seen >= self.max_pages:
            return
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, callback=self.parse)
