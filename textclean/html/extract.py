"""Main-content extraction: from a parsed page to typed text blocks.

Three passes over the lxml tree, each linear in the page size:

1. **Prune** what is never body text (scripts, forms controls, hidden nodes) and
   what markup says is boilerplate: ``<nav>``, ``<aside>``, ``<footer>``,
   figures and captions, and elements whose ``class``/``id``/``role`` names a
   menu, cookie banner, share bar, advert, related-story box, comment thread,
   newsletter box ...  An element that holds most of the page's prose is never
   pruned on a class hint alone (``<div class="main has-sidebar">``).
2. **Segment** the rest into text blocks (paragraphs, headings, list items,
   quotes), each with its link density.
3. **Select** the article: every block votes for its ancestors, prose
   positively, link lists and short fragments negatively, and the element with
   the best total (the densest prose region) is the article body; semantic
   markup (``<article>``, ``itemprop=articleBody``, ``*-content`` classes) and
   the page's own JSON-LD ``articleBody`` break near ties.

Everything dropped is returned as removals with a reason.

>>> from textclean.html.parse import parse_html
>>> root, _ = parse_html('''<body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
... <article><h1>Title</h1><p>First paragraph of the story, long enough to count as prose.</p>
... <p>Second paragraph, also long enough to be a real part of the article body.</p>
... <div class="share-tools"><a href="#">Share on Facebook</a></div></article>
... <footer>© 2024 The Paper</footer></body>''')
>>> result = extract(root)
>>> [(b.kind, b.text[:16]) for b in result.blocks]
[('heading', 'Title'), ('paragraph', 'First paragraph '), ('paragraph', 'Second paragraph')]
>>> sorted({r.reason for r in result.removed})
['footer', 'navigation', 'share-tools']
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..document import CODE, HEADING, LIST_ITEM, PARAGRAPH, QUOTE, Block, Removal
from ..patterns.html_phrases import (
    CLASS_WORDS,
    COMMENT_PROMPTS,
    COMMENT_WORDS,
    CONSENT_PLACEHOLDERS,
    END_MATTER_HEADINGS,
    PAYWALL_NOTICES,
    POST_FOOTERS,
    READER_PROMPTS,
    alternation,
)
from .dates import stamp_line
from .parse import parse_html, text_content

CLEANER = "html"

#: Elements whose content is never article text.
_DROP_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "rt", "rp", "map", "input", "button", "select", "option", "textarea", "label", "head", "link", "meta", "base", "dialog", "menu", "picture"]
)
_BLOCK_TAGS = frozenset(
    ["p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "form", "fieldset", "legend", "figure", "figcaption", "address", "center", "details", "summary", "hr", "body", "html", "hgroup", "frameset", "frame", "noframes"]
)
_HEADINGS = {f"h{i}": i for i in range(1, 7)}

# Class/id words (matched on the parts of each token split at - _ and camelCase).
_HINTS: dict[str, str] = {}
for _reason, _words in {
    "navigation": "nav navbar navigation menu menubar breadcrumb breadcrumbs pagination pager skiplink skip "
    "topbar masthead megamenu submenu dropdown hamburger offcanvas drawer jump "
    # the links to the previous and next posts ("next-prev", "prev-next", "previous-post")
    "nextprev prevnext previousnext nextprevious nextpost prevpost previouspost nextarticle prevarticle previousarticle",
    "cookie-banner": "cookie cookies consent gdpr cmp onetrust didomi cookiebanner privacy-banner",
    "share-tools": "share sharing shares social sharebar addthis sharethis socials sociallinks follow print email",
    "advertisement": "ad ads advert adverts advertisement advertising adslot adunit adsense sponsor sponsored "
    "dfp gpt outbrain taboola promo promotion promoted commercial banner billboard native",
    "related-links": "related recommended recommendation recommendations recirc trending popular mostread "
    "more morestories readmore further teaser teasers also you",
    "comments": "comment comments disqus discussion respond replies reply "
    # a shop's reviews of the product (``product-reviews``; "review" alone is a review site's article)
    "productreviews customerreviews userreviews reviewslist reviewlist",
    "footer": "footer copyright colophon legal",
    "newsletter": "newsletter subscribe subscription signup paywall register login",
    "sidebar": "sidebar widget widgets rail aside sidenav",
    "figure-caption": "caption figcaption credit credits photocredit",
    "tags": "tags tag taglist keywords topics",
    "author-bio": "bio authorbio biography aboutauthor authorbox authorinfo authordescription authorprofile authordetails",
    "post-meta": "entrymeta postmeta articlemeta storymeta metadata byline postinfo entryinfo",
    "hidden": "hidden hide invisible srOnly visually screenreader",
    "popup": "modal popup",
}.items():
    for _w in _words.split():
        _HINTS.setdefault(_w.lower(), _reason)
# The same boxes named in the page's own language (de, fr, es, it, pt, nl): whole class-name parts,
# as in "artikel-teilen", "box-correlati", "reacties" (the table ``html_phrases.CLASS_WORDS``).
for _reason, _local in CLASS_WORDS.items():
    for _w in _local:
        _HINTS.setdefault(_w, _reason)
#: Hint words that are too ambiguous alone; they count only for the whole token ("ad", not "ad-free";
#: "cmp", not Adobe Experience Manager's "cmp-container" components).
_WEAK = frozenset(["cmp", "promoted", "more", "also", "you", "further", "skip", "print", "email", "follow", "register", "login", "native", "banner", "commercial", "legal", "jump", "drawer", "hide", "hidden"])
_CONTENT_WORDS = frozenset(
    ["article", "articlebody", "content", "body", "story", "text", "main", "entry", "post", "blog", "news", "prose", "richtext", "copy"]
)
_ROLE_REASONS = {
    "navigation": "navigation", "menu": "navigation", "menubar": "navigation", "banner": "header",
    "contentinfo": "footer", "complementary": "sidebar", "search": "navigation", "dialog": "cookie-banner",
    "alertdialog": "cookie-banner", "toolbar": "share-tools",
}
_TAG_REASONS = {"nav": "navigation", "aside": "sidebar", "footer": "footer", "figcaption": "figure-caption"}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[-_\s:./]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?…\"'”“»)]\s*$")
_SEMANTIC_BODY = re.compile(
    r"articlebody|article[-_]?(?:body|content|text)|post[-_]?(?:body|content|text)|entry[-_]?content|"
    r"story[-_]?(?:body|content|text)|body[-_]?(?:text|copy)|main[-_]?content|page[-_]?content|rich[-_]?text|"
    r"content[-_]?body|text[-_]?body|article__body|c-entry-content|td-post-content|field-body|node-content",
    re.I,
)


@dataclass
class TextBlock:
    """A run of text in one block element, before selection."""

    text: str
    kind: str
    level: int
    owner: Any
    link_chars: int
    hrefs: list[str] = field(default_factory=list)
    index: int = 0
    teaser: bool = False
    #: Named by the page's own structured data (a recipe's ingredients) or taken in as a
    #: standfirst set in a heading or list item: never a lead fragment.
    structured: bool = False
    #: The reason of a box pruned right after this block (a related-links box after its label).
    cut_after: str | None = None

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


@dataclass
class Extraction:
    """The result of :func:`extract`: body blocks, removals, links and warnings."""

    blocks: list[Block] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def norm(text: str) -> str:
    """Whitespace runs to one space, stripped (``str.split`` is faster than a regex here)."""
    return " ".join(text.split())


_AUTHOR_BOX = frozenset(["box", "info", "bio", "about", "description", "details", "profile", "card"])
_STATE_PREFIX = frozenset(["has", "with", "w", "no", "without", "and", "show", "is", "enable", "enabled", "disable", "disabled", "not", "hide"])
_TAXONOMY_PREFIX = frozenset(["tag", "category", "categories", "format", "type", "status", "postid", "topic", "section", "author", "term"])


#: A widget named after the story (``article-widget``, ``story-widget``) is a block of it.
_WIDGET_WORDS = frozenset(["widget", "widgets"])
#: Last words of a class naming a page layout (``sidebar-grid``: the grid of story and sidebar).
_LAYOUT_WORDS = frozenset(["grid", "layout"])
_SIDEBAR_WORDS = frozenset(["sidebar", "rail", "aside"])


@lru_cache(maxsize=16384)
def _token_reason(token: str) -> str | None:
    """The boilerplate reason one class/id token names (cached: pages repeat their classes).

    >>> _token_reason("share-tools"), _token_reason("post-content"), _token_reason("has-sidebar")
    ('share-tools', None, None)
    >>> _token_reason("sidebar-grid--narrow"), _token_reason("sidebar-grid__container"), _token_reason("sidebar-grid__sidebar")
    (None, None, 'sidebar')
    >>> _token_reason("article-widgets"), _token_reason("article-widget-text"), _token_reason("sidebar-widget")
    (None, None, 'sidebar')
    """
    if len(token) > 60:
        return None
    if token.startswith(("fancybox", "mfp-")):
        # a lightbox script's layer (fancybox, Magnific Popup's ``mfp-wrap``):
        # a consent or login wall shown over the page; its own class words, unsplit
        # (``fancy-box``, a review's fact box, is no lightbox)
        return "popup"
    parts = [p.lower() for p in _SPLIT.split(_CAMEL.sub("-", token)) if p]
    if not parts:
        return None
    if parts[-1] in _LAYOUT_WORDS or "__" in token or "--" in token:
        # The layout of a page with a sidebar (``sidebar-grid``, ``sidebar-layout--narrow``) holds
        # the story beside the sidebar; its BEM elements say which part each is
        # (``sidebar-grid__content`` no, ``sidebar-grid__sidebar`` yes).
        block, _, element = token.split("--", 1)[0].partition("__")
        bparts = [p.lower() for p in _SPLIT.split(_CAMEL.sub("-", block)) if p]
        if len(bparts) >= 2 and bparts[-1] in _LAYOUT_WORDS and _SIDEBAR_WORDS.intersection(bparts[:-1]):
            return _token_reason(element) if element else None
    if len(parts) >= 2 and parts[-1] in _WIDGET_WORDS and parts[-2] in _CONTENT_WORDS:
        return None  # a block of the story in a CMS that builds it of widgets (``article-widget-text``)
    if len(parts) == 2 and parts[0] == "author" and parts[1] in _AUTHOR_BOX:
        return "author-bio"  # ``author-box``, ``author-description``: a box, not a taxonomy term (``author-ana``)
    if len(parts) >= 2 and (parts[0] in _STATE_PREFIX or parts[0] in _TAXONOMY_PREFIX):
        return None
    if parts[-1] in _CONTENT_WORDS:
        return None
    if len(parts) >= 3 and parts[-2] in _WIDGET_WORDS and parts[-3] in _CONTENT_WORDS:
        return None  # ``article-widget-text``, ``article-widget-image``: one block of the story
    whole = "".join(parts)
    if "author" in parts and any(p in _AUTHOR_BOX for p in parts):
        return "author-bio"
    if len(parts) >= 2 and "".join(parts[-2:]) in _HINTS and parts[-2] not in _WEAK:
        return _HINTS["".join(parts[-2:])]
    if whole in _HINTS and (whole not in _WEAK or len(parts) == 1):
        return _HINTS[whole]
    for p in parts:
        r = _HINTS.get(p)
        if r is not None and p not in _WEAK:
            return r
    return None


def _hint_reason(el: Any) -> str | None:
    """The boilerplate reason the element's own markup states, if any."""
    tag = el.tag
    attrib = el.attrib
    if not attrib:  # most elements: no attributes, only the tag can speak
        return _TAG_REASONS.get(tag)
    get = attrib.get
    r = _markup_reason(tag, get("id"), get("class"), get("role"), get("style"), get("hidden"), get("aria-hidden"))
    if r is None:
        if tag in _LAYER_TAGS and _data_layer(attrib.keys()):
            return "popup"
        return None
    if r == "hidden":
        return r
    if tag == "article" and el.find(".//h1") is not None:
        return None  # a post box with the page's headline is the post
    if _embed_attrs(get("id"), get("class")) and el.find(".//blockquote") is not None:
        # A tweet or Instagram post quoted in the story is content, whatever its wrapper's
        # other words say (``sdc-article-widget sdc-article-tweet``, ``social-media-embed``);
        # a consent placeholder without the post is not.
        return None
    return r


#: Elements that a script's layer is built of (a link or a button that opens one is not the layer).
_LAYER_TAGS = frozenset(["div", "section", "aside", "form"])


def _data_layer(names: list[str]) -> bool:
    """True when a ``data-`` attribute's name says the element is a pop-up or modal layer
    (``data-newsletter-popup-container``, ``data-modal``), where no class does.

    >>> _data_layer(["class", "data-newsletter-popup-container"]), _data_layer(["data-popup-trigger", "data-id"])
    (True, False)
    """
    for k in names:
        if k.startswith("data-") and ("popup" in k or "modal" in k) and k.endswith(("popup", "modal", "container", "overlay")):
            return True
    return False


@lru_cache(maxsize=32768)
def _markup_reason(
    tag: str, ident: str | None, classes: str | None, role: str | None, style: str | None, hidden: str | None, aria: str | None
) -> str | None:
    """:func:`_hint_reason` from the attributes alone (cached: pages repeat their markup)."""
    if hidden is not None or ((aria or "").lower() == "true" and tag not in ("span", "i", "a")):
        return "hidden"
    if style and _HIDDEN_STYLE.search(style):
        return "hidden"
    ident = ident or ""
    classes = classes or ""
    if tag == "article":
        # A post box is pruned only on words that say it is not the page's post (the
        # 40 % prose valve in ``prune`` still protects the article itself).
        r = _attr_reason(ident, classes)
        return r if r in _ARTICLE_JUNK else None
    if tag in ("main", "body", "html"):
        return None
    tag_reason = _TAG_REASONS.get(tag)
    role = (role or "").lower()
    if tag_reason is None and role in _ROLE_REASONS:
        tag_reason = _ROLE_REASONS[role]
    if tag_reason is None and role in ("main", "article"):
        return None
    if ident and _SEMANTIC_BODY.search(ident) and tag_reason is None:
        return None
    return _attr_reason(ident, classes) or tag_reason


#: Modal pop-ups and cookie notices are pruned even when long (their text can outweigh a short
#: post), unless they hold the headline.
_OVERLAYS = frozenset(["popup", "cookie-banner"])
#: Reasons that may prune an ``<article>`` element (a widget or teaser box made of one).
_ARTICLE_JUNK = frozenset(["sidebar", "related-links", "comments"])


@lru_cache(maxsize=16384)
def _attr_reason(ident: str, classes: str) -> str | None:
    """The first boilerplate reason named by an id and class attribute (cached per pair).

    """
    for token in (ident, *classes.split()):
        if not token:
            continue
        r = _token_reason(token)
        if r is not None:
            if r == "sidebar" and any(t.lower().rstrip("0123456789") in _CONTAINER_WORDS for t in classes.split()):
                return None  # a widget that says it is the blog/post container (``widget Blog``)
            return r
    return None


#: Whole class tokens that name the post's own container (a platform's "widget Blog").
_CONTAINER_WORDS = frozenset(["blog", "post", "article", "content", "entry", "story", "main"])


#: Last words of a class that wraps an embedded post quoted in the story.
_EMBED_WORDS = frozenset(["embed", "embedded", "tweet", "twittertweet", "instagram", "instagrammedia", "tiktok"])


@lru_cache(maxsize=4096)
def _embed_attrs(ident: str | None, classes: str | None) -> bool:
    """True when a class/id token names an embedded post (``social-media-embed``, ``article-tweet``).

    >>> _embed_attrs(None, "sdc-article-widget sdc-article-tweet"), _embed_attrs(None, "sdc-article-widget")
    (True, False)
    """
    for token in (ident or "", *(classes or "").split()):
        parts = [p.lower() for p in _SPLIT.split(_CAMEL.sub("-", token)) if p]
        if parts and (parts[-1] in _EMBED_WORDS or "".join(parts[-2:]) in _EMBED_WORDS):
            return True
    return False


#: The empty element left where a hinted box was pruned (segmentation notes the gap).
_CUT = "tc-cut"


def _drop(el: Any, marker: str | None = None) -> None:
    """Remove ``el`` from the tree, keeping its tail text (``marker``: leave an empty ``tc-cut``
    whose ``r`` attribute is the reason)."""
    parent = el.getparent()
    if parent is None:
        return
    if marker:
        cut = el.makeelement(_CUT, r=marker)
        cut.tail = el.tail
        parent.replace(el, cut)
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text_len(el: Any) -> int:
    return len(norm(text_content(el)))


def _has_ancestor_in(el: Any, marked: set[Any]) -> bool:
    return any(a in marked for a in el.iterancestors())


def _snippet(el: Any, limit: int) -> str:
    """The first ``limit`` characters of the element's normalised text (reads no further)."""
    parts: list[str] = []
    n = 0
    for t in el.itertext():
        parts.append(t)
        n += len(t)
        if n > 2 * limit + 200:
            break
    return norm(" ".join(parts))[:limit]


def prune(body: Any, removed: list[Removal], paywalled: list[str] | None = None) -> None:
    """Pass 1: drop non-content tags and hinted boilerplate (recorded in ``removed``).

    ``paywalled``: the ``.class`` / ``#id`` selectors that the page's JSON-LD marks as
    subscription content (``hasPart`` … ``isAccessibleForFree: false``): such an element is
    the story's text, never pruned on its class (``<div class="paywall">``).
    """
    from lxml.etree import Element, strip_elements

    story_classes = frozenset(p[1:] for p in paywalled or () if p.startswith("."))
    story_ids = frozenset(p[1:] for p in paywalled or () if p.startswith("#"))

    # Non-content tags go with their subtrees; their tails stay (what :func:`_drop` does, in C).
    strip_elements(body, *_DROP_TAGS, with_tail=False)

    # One list of the elements in document order serves the prose measure and the hint pass.
    elements = list(body.iter(Element))
    prose = prose_chars(body, elements)
    buy_boxes = _buy_boxes(body)
    gallery = _gallery_captions(elements, prose, prose.get(body, 0))
    total = prose.get(body, 0)
    dropped: list[tuple[Any, str]] = []
    skip = False  # inside a dropped element, up to ``stop`` (the element after its subtree)
    stop: Any = None
    for el in elements:
        if skip:
            if el is not stop:
                continue
            skip = False
        tag = el.tag
        if tag == "html" or tag == "body":
            continue
        reason = _hint_reason(el)
        if reason is None:
            if tag == "span" and len(el) >= 3 and _inline_link_box(el):
                reason = "related-links"
            elif buy_boxes and any(el is b for b in buy_boxes):
                reason = "advertisement"
            else:
                continue
        if gallery and reason == "figure-caption" and any(el is c for c in gallery):
            continue  # a photo gallery's captions are its text (a credit inside one still goes)
        if (story_classes or story_ids) and reason != "hidden" and _paywalled(el, story_classes, story_ids):
            continue  # the page's own structured data says this is the story behind its paywall
        if reason == "related-links" and tag == "p" and prose.get(el, 0) >= 150:
            continue  # a paragraph of prose is not a box of links (``<p class="js-readmore">``)
        if reason == "related-links" and prose.get(el, 0) >= 60 and _standfirst_teaser(el):
            continue  # a CMS's "teaser" that is the story's own standfirst: prose, no link away
        # A hint never removes the bulk of the page's prose (``<div class="main has-sidebar">``).
        if total >= 200 and prose.get(el, 0) >= 0.4 * total and not (reason in _OVERLAYS and el.find(".//h1") is None):
            continue
        if tag == "header" and reason not in ("cookie-banner", "navigation") and el.find(".//h1") is not None:
            continue
        text = _snippet(el, 500)
        if text:
            removed.append(Removal(CLEANER, reason, text, el.sourceline))
        dropped.append((el, reason))
        skip, stop = True, _following(el)
    for el, reason in dropped:
        # A pruned block leaves a marker: its label before it can then be recognised.
        _drop(el, marker=reason if el.tag in _BLOCK_TAGS else None)


def _gallery_captions(elements: list[Any], prose: dict[Any, int], total: int) -> list[Any]:
    """The captions of a photo gallery: three or more caption boxes (the outermost element
    named a caption, or a ``<figcaption>``) that together hold at least half of the page's
    prose.  On such a page the captions are the story; elsewhere a caption goes."""
    if total < 200:
        return []
    captions: list[Any] = []
    for el in elements:
        if el.tag != "figcaption":
            attrs = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
            if "caption" not in attrs:
                continue
        if _hint_reason(el) != "figure-caption" or prose.get(el, 0) == 0:
            continue
        if captions and any(a is captions[-1] for a in el.iterancestors()):
            continue  # inside the previous caption
        captions.append(el)
    if len(captions) < 3 or sum(prose.get(c, 0) for c in captions) < 0.5 * total:
        return []
    return captions


_BOX_TAGS = frozenset(["div", "p", "li", "section", "aside", "figure", "table", "dl"])
_PRICE = re.compile(r"[£$€¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:[£$€¥₹]|eur|euro|usd|gbp|chf)(?!\w)", re.I)


def _buy_boxes(body: Any) -> list[Any]:
    """Boxes of a product offer: the nearest block around a paid link (``rel="sponsored"``,
    the markup search engines ask for) that gives a price and says no sentence ("Golden Pothos,
    4-inch pot $14.99 Buy on PlantShop").  A sentence of the story with such a link stays."""
    boxes: list[Any] = []
    for a in body.iter("a"):
        if "sponsored" not in (a.get("rel") or "").lower().split():
            continue
        box = next((x for x in a.iterancestors() if x.tag in _BOX_TAGS or x.tag in ("body", "main", "article")), None)
        if box is None or box.tag not in _BOX_TAGS or any(box is b for b in boxes):
            continue
        text = norm(" ".join(box.itertext()))
        if len(text) < 200 and _PRICE.search(text) and not _LINE_END.search(text):
            boxes.append(box)
    return boxes


def _paywalled(el: Any, classes: frozenset[str], ids: frozenset[str]) -> bool:
    return el.get("id") in ids or not classes.isdisjoint((el.get("class") or "").split())


def _standfirst_teaser(el: Any) -> bool:
    """True for an element named "teaser" that links nowhere (German CMSs call the standfirst
    the teaser: ``<div class="teaser-text">``, ``<p class="article__teaser">``); a teaser card of
    another story links to it.

    >>> root, _ = parse_html('<div class="teaser"><p>' + "x " * 40 + '</p></div><div class="teaser"><a href="/b">B</a></div>')
    >>> [_standfirst_teaser(d) for d in root.iter("div")]
    [True, False]
    """
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if "teaser" not in attrs or "teasers" in attrs:
        return False
    return el.find(".//a[@href]") is None and el.find(".//h2") is None and el.find(".//h3") is None


def _following(el: Any) -> Any:
    """The first element after ``el``'s subtree in document order (``None`` at the end)."""
    while el is not None:
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None:
            return nxt
        el = el.getparent()
    return None


def _inline_link_box(span: Any) -> bool:
    """True for a ``<span>`` of three or more links inside a paragraph (a hover card naming
    a person's other stories, a ticker's quote box): its text is not the sentence's.

    >>> root, _ = parse_html('<p>Gov. <a>Ana Lima</a><span><a>Lima wins</a> <a>Lima speaks</a> <a>More</a></span> said.</p>')
    >>> _inline_link_box(root.find(".//span"))
    True
    """
    links = [c for c in span if c.tag == "a"]
    if len(links) < 3:
        return False
    if not any(a.tag == "p" for a in _limited_ancestors(span, 5)):
        return False
    # Nothing but the links: words between them ("the report, the audit and the letter") are a sentence.
    if (span.text or "").strip() or any(_WORD.search(c.tail or "") for c in span):
        return False
    return all(c.tag in ("a", "img", "span", "br") for c in span)


#: A run of Chinese, Japanese or Korean text counts as prose from this length (a CJK character
#: carries about a word: 20 of them are a clause, and links to topic pages cut the runs short).
_CJK_RUN = 20
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{4}")


def prose_chars(root: Any, elements: list[Any] | None = None) -> dict[Any, int]:
    """Characters in long runs of text outside links, for ``root`` and every element below it.

    A cheap measure of prose, in one pass: each long run is added to its element and the
    ancestors (a run counts when its stripped length is at least 60, or 20 when it holds
    Chinese, Japanese or Korean text; text inside ``<a>`` does not).

    >>> from textclean.html.parse import parse_html
    >>> root, _ = parse_html("<div><p>" + "x" * 70 + "</p><a>" + "y" * 80 + "</a></div>")
    >>> div = root.find(".//div")
    >>> prose_chars(root)[div], prose_chars(div)[div.find("p")]
    (70, 70)
    >>> root, _ = parse_html("<div><p>気象庁は13日、日向灘で震度5弱の地震があったと発表した。</p></div>")
    >>> prose_chars(root)[root.find(".//p")]
    29
    """
    totals: dict[Any, int] = {}
    get = totals.get
    # Bottom-up, in one pass: reversed document order visits every child before its parent.
    if elements is None:
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for e in reversed(elements):
        k = get(e, 0)
        t = e.text
        if t and len(t) >= _CJK_RUN and e.tag != "a":
            n = len(t.strip())
            if n >= 60 or (n >= _CJK_RUN and not t.isascii() and _CJK.search(t) is not None):
                k += n
        if e is root:
            if k:
                totals[e] = k
            break
        parent = e.getparent()
        if parent is None:
            if k:
                totals[e] = k
            continue
        t = e.tail
        up = k
        if t and len(t) >= _CJK_RUN and parent.tag != "a":
            n = len(t.strip())
            if n >= 60 or (n >= _CJK_RUN and not t.isascii() and _CJK.search(t) is not None):
                up += n
        if k:
            totals[e] = k
        if up:
            totals[parent] = get(parent, 0) + up
    return totals


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.hrefs: list[str] = []
        #: The href of the link that encloses the walk (``<a href><h3>Title</h3></a>``: the
        #: blocks inside a link that holds block elements are linked to its target).
        self.link_href: str | None = None
        self.owner: Any = None
        self.kind = PARAGRAPH
        self.level = 0
        #: ``<dd>`` elements already read with their ``<dt>`` (:meth:`definition`)
        self.read: set[Any] = set()

    def flush(self) -> None:
        if self.buf:
            text = norm("".join(self.buf))
            if text:
                self.blocks.append(TextBlock(text, self.kind, self.level, self.owner, self.link_chars, self.hrefs, len(self.blocks)))
        self.buf = []
        self.link_chars = 0
        self.hrefs = []

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.buf.append(text)
            if in_link:
                n = len(text.strip())
                self.link_chars += n
                if n and self.link_href is not None and not self.hrefs:
                    # text of a link whose start went with an earlier block (``<a><h3>Title</h3></a>``,
                    # ``<a><div>Kicker</div><strong>Title</strong></a>``): this block links there too
                    self.hrefs.append(self.link_href)

    def walk(self, el: Any, owner: Any, kind: str, level: int, in_link: bool, depth: int = 0) -> None:
        tag = el.tag
        if not isinstance(tag, str) or depth > 400:
            return
        if tag == "br":
            self.flush()
            return
        if tag == _CUT:
            self.flush()
            if self.blocks:
                self.blocks[-1].cut_after = el.get("r")
            return
        if tag == "tr" and self.table_row(el, owner, in_link):
            return
        if tag == "pre" and self.code_block(el, in_link):
            return
        if tag == "dt" and self.definition(el, in_link, depth):
            return
        if tag == "dd" and el in self.read:
            return
        if tag in _BLOCK_TAGS or ("-" in tag and not _inline_custom(el)):
            self.flush()
            if tag in _HEADINGS:
                kind, level = HEADING, _HEADINGS[tag]
            elif tag == "li" or tag in ("dt", "dd"):
                kind, level = LIST_ITEM, 1
            elif tag == "blockquote":
                kind, level = QUOTE, 0
            elif kind not in (QUOTE, LIST_ITEM):
                kind, level = PARAGRAPH, 0
            owner = el
            self.owner, self.kind, self.level = owner, kind, level
            self.add(el.text, in_link)
            for child in el:
                self.walk(child, owner, kind, level, in_link, depth + 1)
                self.owner, self.kind, self.level = owner, kind, level
                self.add(child.tail, in_link)
            self.flush()
            return
        outer = self.link_href
        if tag == "a":
            in_link = True
            href = el.get("href")
            if href:
                self.hrefs.append(href)
                self.link_href = href
        self.add(el.text, in_link)
        for child in el:
            self.walk(child, owner, kind, level, in_link, depth + 1)
            self.owner, self.kind, self.level = owner, kind, level
            self.add(child.tail, in_link)
        self.link_href = outer


    def definition(self, dt: Any, in_link: bool, depth: int) -> bool:
        """A term and its one definition (``<dt>Weight</dt><dd>12.5 kg</dd>``) as one list item,
        ``Weight: 12.5 kg``, as a reader sees a specification table or a glossary.  ``False``
        (each a list item of its own) when the term has several definitions, the definition
        several terms, or either holds block elements."""
        dd = dt.getnext()
        while dd is not None and not isinstance(dd.tag, str):  # a comment between them
            dd = dd.getnext()
        if dd is None or dd.tag != "dd":
            return False
        after = dd.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        before = dt.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if (after is not None and after.tag == "dd") or (before is not None and before.tag == "dt"):
            return False
        for part in (dt, dd):
            if not "".join(part.itertext()).strip():
                return False
            if any(isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag == "br") for d in part.iterdescendants()):
                return False
        self.flush()
        for part in (dt, dd):
            if part is dd:
                term = "".join(self.buf).rstrip()
                self.buf = [term, " " if term[-1:] in (":", "：", "=") else ": "]
            self.owner, self.kind, self.level = dt, LIST_ITEM, 1
            self.add(part.text, in_link)
            for child in part:
                self.walk(child, dt, LIST_ITEM, 1, in_link, depth + 1)
                self.owner, self.kind, self.level = dt, LIST_ITEM, 1
                self.add(child.tail, in_link)
        self.flush()
        self.read.add(dd)
        return True

    def code_block(self, pre: Any, in_link: bool) -> bool:
        """A ``<pre>`` that holds code as one ``code`` block, its lines and indentation kept:
        one with a ``<code>`` element, with lines that read as code
        (:func:`textclean.cleaners.layout.looks_like_code`), or that does not read as prose
        (:func:`_preformatted_prose`: shell commands, config files, output).  ``False`` for
        preformatted prose (a poem, a plain-text mail), which is walked as before."""
        from ..cleaners.layout import looks_like_code

        text = "".join(pre.itertext())
        lines = [line.rstrip() for line in text.strip("\n").split("\n")]
        if not any(lines):
            return False
        has_code = any(isinstance(d.tag, str) and d.tag == "code" for d in pre.iterdescendants())
        link_chars = 0
        hrefs: list[str] = []
        for a in pre.iter("a"):
            link_chars += len("".join(a.itertext()).strip())
            if a.get("href"):
                hrefs.append(a.get("href"))
        if not has_code and not looks_like_code(lines) and _verse(pre, lines):
            # A poem (or lyrics, an address) set in <pre>: its lines are the author's, one
            # paragraph per stanza with its line breaks kept.
            self.flush()
            stanza: list[str] = []
            for line in [*lines, ""]:
                if line.strip():
                    stanza.append(norm(line))
                elif stanza:
                    text = "\n".join(stanza)
                    self.blocks.append(TextBlock(text, PARAGRAPH, 0, pre, len(text) if in_link else 0, [], len(self.blocks)))
                    stanza = []
            if self.blocks and self.blocks[-1].owner is pre:
                self.blocks[-1].hrefs = hrefs
            return True
        if not has_code and not looks_like_code(lines) and _preformatted_prose(pre, lines):
            return False
        # the lines' common indentation goes (a <pre> indented with its markup)
        indent = min(len(line) - len(line.lstrip()) for line in lines if line.strip())
        body = "\n".join(line[indent:] for line in lines).strip("\n")
        self.flush()
        self.blocks.append(TextBlock(body, CODE, 0, pre, len(body) if in_link else link_chars, hrefs, len(self.blocks)))
        return True

    def table_row(self, tr: Any, owner: Any, in_link: bool) -> bool:
        """A row of a data table as one block, ``| cell | cell |`` (the form a Markdown table
        row has in plain text, which the text cleaners keep as one block).  Rows of layout
        tables (a cell that holds paragraphs, lists, line breaks or another table, or long
        text) are walked as before; ``False`` then."""
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) < 2:
            return False
        texts: list[str] = []
        link_chars = 0
        hrefs: list[str] = []
        for c in cells:
            for d in c.iterdescendants():
                if not isinstance(d.tag, str):
                    continue
                if d.tag in _LAYOUT_CELL_TAGS:
                    return False
                if d.tag == "a":
                    link_chars += len("".join(d.itertext()).strip())
                    if d.get("href"):
                        hrefs.append(d.get("href"))
            text = norm("".join(c.itertext()))
            if len(text) > 200:
                return False
            texts.append(text.replace("|", "/"))
        if not any(texts):
            return True  # an empty row: nothing to show
        self.flush()
        text = "| " + " | ".join(texts) + " |"
        if in_link:
            link_chars = len(text)
        self.blocks.append(TextBlock(text, PARAGRAPH, 0, tr, link_chars, hrefs, len(self.blocks)))
        self.owner = owner
        return True


_CODE_CLASS = re.compile(r"highlight|code|source|language-|lang-|brush|prettyprint|console|shell|terminal", re.I)


#: Characters that a line of verse does not hold (paths, options, markup, assignments ...).
_NOT_VERSE = re.compile(r"[=${}<>#\\|/@_`~\[\]*^%]|^\s*[-+]\w|\d{3}")


def _verse(pre: Any, lines: list[str]) -> bool:
    """Does a ``<pre>`` hold verse (a poem, song lyrics): three lines or more, each at most
    60 characters, of words and punctuation only (no path, option, operator or markup sign,
    no long number), each opening with a letter or a quotation mark, and no class naming code?
    Hard-wrapped prose (a plain-text mail) has longer lines; output and commands have signs.

    >>> from lxml import html
    >>> _verse(html.fromstring("<pre>x</pre>"), ["The apple trees stand bare,", "their branches black;", "", "the ladder leans."])
    True
    >>> _verse(html.fromstring("<pre>x</pre>"), ["git clone https://example.org/x.git", "cd x", "make"])
    False
    """
    text_lines = [line.strip() for line in lines if line.strip()]
    if len(text_lines) < 3 or any(len(line) > 60 for line in text_lines):
        return False
    if any(_NOT_VERSE.search(line) or not (line[0].isalpha() or line[0] in "\"'“‘«„¿¡(—–") for line in text_lines):
        return False
    visible = "".join("".join(line.split()) for line in text_lines)
    if sum(1 for c in visible if c.isalpha()) < 0.85 * len(visible):
        return False
    if sum(len(line.split()) for line in text_lines) < 2 * len(text_lines):
        return False  # one word a line: a column of labels or values, not verse
    parent = pre.getparent()
    classes = " ".join(filter(None, [pre.get("class"), parent.get("class") if parent is not None else None]))
    return not (classes and _CODE_CLASS.search(classes))


def _preformatted_prose(pre: Any, lines: list[str]) -> bool:
    """Does a ``<pre>`` hold prose rather than code?  Not when it or its parent has a class
    that names code (``highlight``, ``language-python``, ``sourceCode`` …); yes when half of its
    lines or more end like a sentence, or its lines are long runs of words (a plain-text mail).

    >>> from lxml import html
    >>> _preformatted_prose(html.fromstring("<pre>x</pre>"), ["$ pip install mylib"])
    False
    >>> _preformatted_prose(html.fromstring("<pre>x</pre>"), ["Roses are red,", "violets are blue."])
    True
    """
    parent = pre.getparent()
    classes = " ".join(filter(None, [pre.get("class"), parent.get("class") if parent is not None else None]))
    if classes and _CODE_CLASS.search(classes):
        return False
    text_lines = [line.strip() for line in lines if line.strip()]
    if not text_lines:
        return False
    ends = sum(1 for line in text_lines if _SENTENCE_END.search(line) and not line.endswith(" ."))
    if 2 * ends >= len(text_lines):
        return True
    words = sum(len(line.split()) for line in text_lines)
    visible = "".join("".join(line.split()) for line in text_lines)
    letters = sum(1 for c in visible if c.isalpha())
    return words >= 8 * len(text_lines) and letters >= 0.85 * len(visible)


#: Elements that make a table cell part of a page layout rather than of a data table.
_LAYOUT_CELL_TAGS = frozenset(["p", "div", "ul", "ol", "li", "table", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "form", "img", "iframe", "dl"])


#: Elements whose children flow in a line of text: a custom element inside one is inline.
_PHRASING = frozenset(["p", "span", "a", "em", "strong", "b", "i", "u", "small", "sup", "sub", "mark", "cite", "q", "h1", "h2", "h3", "h4", "h5", "h6"])


def _inline_custom(el: Any) -> bool:
    """True for a custom element (``<hl-trusted-source>``) inside a paragraph or another phrasing
    element: a wrapper around a word or a link in the sentence, not a block of its own."""
    parent = el.getparent()
    return parent is not None and parent.tag in _PHRASING


def segment(body: Any) -> list[TextBlock]:
    """Pass 2: the text blocks of the (pruned) page, in document order."""
    w = _Walker()
    w.walk(body, body, PARAGRAPH, 0, False)
    w.flush()
    return w.blocks


def _value(b: TextBlock) -> float:
    n = len(b.text)
    ld = b.link_density
    if b.kind == HEADING:
        return -n * 0.5 if ld > 0.5 else 0.0
    if ld > 0.5:
        return -n * (0.3 + ld)
    if n >= 40 and b.text[0] in "WNDFPwndfp" and _SERVER_ERROR.match(b.text):
        return -float(n)  # a PHP warning printed into a widget is not prose
    if n < 25:
        return 0.0
    v = n * (1 - ld)
    if n >= 80 and _SENTENCE_END.search(b.text):
        v *= 1.5
    if b.kind == LIST_ITEM and n < 60:
        v *= 0.3
    return v


def _semantic(el: Any) -> float:
    if el.tag in ("article", "main"):
        return 1.15
    if (el.get("itemprop") or "").lower() == "articlebody":
        return 1.3
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    if attrs.strip() and _SEMANTIC_BODY.search(attrs):
        return 1.2
    return 1.0


_CARD_TAGS = frozenset(["li", "article", "div", "section", "td", "dd"])


def mark_teasers(blocks: list[TextBlock], headline: Any = None) -> None:
    """Mark blocks inside teaser cards: a small element led by a linked headline.

    The page's own headline (``headline``, the heading that is the metadata title) does not
    make a card: a short blog post under its permalinked title is the article.
    """
    cards: set[Any] = set()
    titles = [b for b in blocks if b.hrefs and b.owner is not None and ((b.kind == HEADING and b.link_density > 0.6) or _title_like(b))]
    title_owners = {id(b.owner) for b in titles}
    own_title = _key(text_content(headline)) if headline is not None else None
    for b in titles:
        if all(h.lstrip().startswith("#") for h in b.hrefs):
            continue  # a post's permalink to itself ("<h3><a href="#p9002">Re: …</a></h3>"): no card of another page
        if headline is not None and (b.owner is headline or headline in _limited_ancestors(b.owner, 3)):
            continue
        el = b.owner.getparent()
        for _ in range(3):
            if el is None or el.tag in ("body", "html", "main"):
                break
            if el.tag in _CARD_TAGS and len(norm(text_content(el))) < 700:
                cards.add(el)
                if own_title is None or _key(b.text) != own_title:
                    # (a second copy of the page's own linked title is no other story's card)
                    cards.add(_whole_card(el, title_owners, headline))
                break
            el = el.getparent()
    if not cards:
        return
    for b in blocks:
        if b.owner is None:
            continue
        if b.owner in cards or any(a in cards for a in _limited_ancestors(b.owner, 4)):
            b.teaser = True


#: Class words of a title set without a heading element (``<div class="card__title">``).
_TITLE_CLASS = re.compile(r"(?:^|[-_\s])(?:title|headline|heading)(?:$|[-_\s])", re.I)


def _title_like(b: TextBlock) -> bool:
    """A linked title set in markup other than a heading: a block that is all link, of three
    words or more without a sentence's end, in an ``<hgroup>`` or in an element whose class
    names a title (``card__title``, ``teaser-headline``)."""
    if b.kind not in (PARAGRAPH, LIST_ITEM) or b.link_density < 0.9 or len(b.text) > 160 or len(b.text.split()) < 3:
        return False
    for a in [b.owner, *_limited_ancestors(b.owner, 2)]:
        if a.tag == "hgroup":
            return True
        cls = a.get("class")
        if cls and _TITLE_CLASS.search(cls) and not _SUBTITLE_CLASS.search(cls):
            return True
    return False


_SUBTITLE_CLASS = re.compile(r"sub-?title|subline|sub-?headline", re.I)


def _whole_card(card: Any, title_owners: set[int], headline: Any) -> Any:
    """The largest small element around a teaser card that holds no other linked title: a
    card laid out in columns (the title in one, the summary in the next: ``<div class="post">
    <div class="col"><h2><a>…</a></h2></div><div class="col"><p>…</p></div></div>``) is one card.
    It stays under 700 characters, holds the title's card and no other card's title, and never
    the page's headline, an ``<h1>`` or the story's own container (``<article>``, ``<main>``, a
    ``*-content``/``*-body`` class: a short post with an author card's linked name); only card
    elements (``div``, ``li``, ``section`` …) count, and at most four levels up are tried."""
    el = card.getparent()
    for _ in range(4):
        if el is None or el.tag in ("body", "html", "main"):
            break
        if _text_over(el, 700):
            break
        if sum(1 for d in el.iter() if id(d) in title_owners) > 1:
            break
        if headline is not None and (el is headline or any(a is el for a in headline.iterancestors())):
            break
        if _semantic(el) > 1.0 or el.find(".//h1") is not None:
            break  # the story's own container (``<article>``, ``entry-content``), never a card
        if el.tag in _CARD_TAGS:
            card = el
        el = el.getparent()
    return card


def _text_over(el: Any, limit: int) -> bool:
    """True when the element's text (white space left out) is ``limit`` characters or more;
    reads no further than that."""
    n = 0
    for t in el.itertext():
        n += len(t) - t.count(" ") - t.count("\n") - t.count("\t")
        if n >= limit:
            return True
    return False


def _limited_ancestors(el: Any, n: int) -> list[Any]:
    out = []
    for a in el.iterancestors():
        out.append(a)
        if len(out) >= n:
            break
    return out


def _starts_with_long_link(el: Any) -> bool:
    if (el.text or "").strip():
        return False
    first = next(iter(el), None)
    while first is not None and first.tag != "a" and not (first.text or "").strip() and len(first):
        first = first[0]
    if first is None or first.tag != "a":
        return False
    t = norm(text_content(first))
    return len(t) >= 25 and len(t.split()) >= 4


_NON_WORD = re.compile(r"\W+")


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def select(blocks: list[TextBlock], body: Any, article_body: str | None = None) -> Any:
    """Pass 3: the element whose subtree holds the article (the best-scoring ancestor)."""
    reference = _key(article_body) if article_body and len(article_body) > 300 else ""
    scores: dict[Any, float] = {}
    for b in blocks:
        chain = [b.owner, *b.owner.iterancestors()] if b.owner is not None else []
        v = _value(b)
        if b.teaser and v > 0:
            v = -v * 0.5
        if reference and len(b.text) >= 40:
            k = _key(b.text)
            if k[:60] in reference:
                v = abs(v) * 2 + len(b.text)
            elif b.kind == PARAGRAPH and v > 0:
                v *= 0.3
        for a in chain:
            scores[a] = scores.get(a, 0.0) + v
    if not scores:
        return body
    best, best_score = body, scores.get(body, 0.0)
    for el, s in scores.items():
        s2 = s * _semantic(el) if s > 0 else s
        if s2 > best_score:
            best, best_score = el, s2
    return best


def _headline(body: Any, title: str | None) -> Any:
    """The heading element whose text is the page's title (``None`` when there is none)."""
    key = _key(title) if title else ""
    if len(key) < 8:
        return None
    for h in body.iter("h1", "h2", "h3"):
        if _key(text_content(h)) == key:
            return h
    return None


def _one_post(main: Any, headline: Any) -> Any:
    """The post that holds the headline, when the chosen element is a run of several posts.

    A page that shows its post followed by other full posts (a blog's "you may also like",
    an endless-scroll news page) scores best on the element around all of them; the post
    with the page's own headline is the article.
    """
    posts = [a for a in main.iter("article") if a is not main]
    posts = [a for a in posts if not any(p in posts for p in _limited_ancestors(a, 50) if p is not main)]
    if len(posts) < 2 or headline.tag != "h1":
        return main
    for post in posts:
        if any(a is post for a in headline.iterancestors()):
            return post if _text_len(post) >= 200 else main
    return main


def extract(
    root: Any,
    url: str | None = None,
    *,
    article_body: str | None = None,
    title: str | None = None,
    follow_templates: bool = True,
    recipe: list[str] | None = None,
    paywalled: list[str] | None = None,
) -> Extraction:
    """Extract the article body of a parsed page (``root`` is modified: pruned).

    ``title`` (the page's title from its metadata) anchors the article: the post that
    holds the headline wins among several posts, and text before the headline in
    another container is not part of the article.  A page whose visible body has almost no
    text (under 150 characters outside links) but whose ``<script type="text/template">`` holds the post is read from the
    template (``follow_templates``).  ``paywalled``: see :func:`prune`.
    """
    result = Extraction()
    body = root.find("body")
    if body is None:
        frames = root.find(".//frameset")
        if frames is not None:
            result.warnings.append("the page is a frameset: its content is in other documents")
            noframes = root.find(".//noframes")
            body = noframes if noframes is not None else None
        else:
            body = root
    if body is None:
        return result
    templates = _templates(body) if follow_templates else []
    prune(body, result.removed, paywalled)
    blocks = segment(body)
    if templates and sum(len(b.text) for b in blocks if b.link_density < 0.5) < 150:
        # The page renders its post from a client-side template (Blogger's dynamic views):
        # the article is the template's HTML.
        return _extract_templates(templates, url, article_body, title, result)
    if not blocks:
        return result
    headline = _headline(body, title)
    mark_teasers(blocks, headline)
    main = select(blocks, body, article_body)
    base = url
    kept: list[TextBlock] = []
    outside: list[TextBlock] = []
    in_main = headline is not None and (headline is main or any(a is main for a in headline.iterancestors()))
    if in_main and headline is not main:
        main = _one_post(main, headline)
    inside_flags = [b.owner is main or any(a is main for a in b.owner.iterancestors()) for b in blocks]
    if in_main and headline is not main:
        _drop_before_headline(blocks, inside_flags, main, headline)
    _adopt_neighbours(blocks, inside_flags, main)
    if recipe:
        _adopt_recipe(blocks, inside_flags, recipe)
    for b, inside in zip(blocks, inside_flags, strict=True):
        if not inside:
            outside.append(b)
            continue
        if b.teaser:
            result.removed.append(Removal(CLEANER, "related-links", b.text, b.owner.sourceline))
            continue
        if b.kind != HEADING and b.link_density > 0.6 and len(b.text) < 300 and len(b.hrefs) >= 1 and not _linked_prose(b):
            result.removed.append(Removal(CLEANER, "link-list", b.text, b.owner.sourceline))
            continue
        kept.append(b)
    kept = _cut_post_chrome(kept, blocks, main, result.removed)
    kept = _cut_end_matter(kept, result.removed, blocks)
    kept = _cut_reader_prompts(kept, result.removed)
    kept = _cut_lead_fragments(kept, result.removed)
    kept = _cut_contact_tail(kept, result.removed)
    kept = _cut_dangling_tail(kept, blocks, result.removed)
    kept = _cut_orphan_labels(kept, blocks, result.removed)
    from_data = _structured_body(article_body, kept)
    if from_data is not None:
        # The page renders its story with JavaScript: the visible text is a fraction of the
        # ``articleBody`` in its own JSON-LD, which becomes the article.
        for b in kept:
            result.removed.append(Removal(CLEANER, "outside-article", b.text[:500], b.owner.sourceline))
        result.warnings.append("the visible page holds little of the article: its text was taken from the page's JSON-LD articleBody")
        result.blocks.extend(from_data)
        kept = []
    for b in outside:
        result.removed.append(Removal(CLEANER, "outside-article", b.text[:500], b.owner.sourceline))
    for b in kept:
        result.blocks.append(Block(b.text, b.kind, b.owner.sourceline, b.level))
        for href in b.hrefs:
            link = _absolute(href, base)
            if link and link not in result.links:
                result.links.append(link)
    return result


_DIGITS = re.compile(r"\d+")
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")  # "Mar 3rd, 2024" is "Mar 3, 2024"
#: Containers a post's message may sit in (a ``<p>`` of its own is a paragraph of the message).
_MESSAGE_TAGS = frozenset(["div", "section", "article", "li", "td", "dd", "blockquote"])
#: A relative time stamp of a post ("3 hours ago", "vor 2 Tagen").
_AGO = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|h|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\bvor\s+\d+\s+(?:minuten|stunden|tagen|wochen|monaten|jahren)\b",
    re.I,
)


def _cut_post_chrome(kept: list[TextBlock], blocks: list[TextBlock], main: Any, removed: list[Removal]) -> list[TextBlock]:
    """Drop the chrome of each post of a thread (a forum, a Q&A page): the author's name, rank
    and post count, the date, the vote count, the signature, the "Reply"/"Quote" line.

    A thread shows two or more posts whose message sits in containers of the same tag and class
    (``<div class="post-message">``, ``<div class="s-prose">``; or, without a class, an id that
    differs only in its number: ``<div id="post_message_1101">``); a post is the largest element
    around one message that holds no other, and it is dated (a ``<time>`` or a date outside
    the message).  The short blocks of a dated post outside its message are the post's chrome
    (``post-meta``).  A story's sections (``<section><h2>…</h2><div class="text">``) have no
    date of their own and keep their headings; entries that are their own message (a live
    blog's ``<div class="entry"><time>…</time><p>…``) keep their time.
    """
    from .byline import find_date_chunk

    groups: dict[tuple[str, str], list[Any]] = {}
    for b in kept:
        if not _is_prose(b) or b.owner is main:
            continue
        for a in [b.owner, *_limited_ancestors(b.owner, 4)]:
            if a is main:
                break
            cls = a.get("class")
            if not cls:
                # numbered ids name posts on old boards (``<div id="post_message_1101">``)
                ident = a.get("id")
                cls = "#" + _DIGITS.sub("", ident) if ident and _DIGITS.search(ident) else None
            if cls and a.tag in _MESSAGE_TAGS:
                group = groups.setdefault((a.tag, cls), [])
                if not any(a is x for x in group):
                    group.append(a)
                break
    messages = max((g for g in groups.values() if len(g) >= 2), key=len, default=None)
    if messages is None:
        return kept
    below: dict[Any, int] = {}  # how many messages each ancestor (below ``main``) holds
    chains: list[list[Any]] = []
    for m in messages:
        chain: list[Any] = []
        for a in m.iterancestors():
            if a is main:
                break
            chain.append(a)
            below[a] = below.get(a, 0) + 1
        else:
            return kept  # (a message outside the article: not a thread of it)
        chains.append(chain)
    if any(below.get(m, 0) for m in messages):
        return kept  # messages inside messages: a quote of one post in another, not a thread
    posts: dict[Any, Any] = {}  # post -> its message
    for m, chain in zip(messages, chains, strict=True):
        post = m
        for a in chain:
            if below[a] > 1:
                break
            post = a
        if post is not m:
            posts[post] = m
    # the blocks of each post outside its message
    # (ids: lxml keeps one proxy per element while it is referenced, and ``posts`` holds them)
    message_ids = {id(m) for m in posts.values()}
    post_ids = {id(p): p for p in posts}
    depth = max(len(c) for c in chains) + 2
    outside: dict[Any, list[TextBlock]] = {}
    for b in blocks:
        a = b.owner
        for _ in range(depth):
            if a is None or a is main or id(a) in message_ids:
                break
            post = post_ids.get(id(a))
            if post is not None:
                outside.setdefault(post, []).append(b)
                break
            a = a.getparent()
    dated = set()
    for post, m in posts.items():
        times = [t for t in post.iter("time") if not any(x is m for x in t.iterancestors())]
        texts = [b.text for b in outside.get(post, []) if len(b.text) <= 120]
        if times or any(find_date_chunk(_ORDINAL.sub(r"\1", t)) is not None or _AGO.search(t) for t in texts):
            dated.add(post)
    if len(dated) < 2:
        return kept
    chrome = {id(b) for post in dated for b in outside.get(post, []) if len(b.text) <= 200}
    out: list[TextBlock] = []
    for b in kept:
        if id(b) in chrome:
            removed.append(Removal(CLEANER, "post-meta", b.text, b.owner.sourceline))
        else:
            out.append(b)
    return out


def _structured_body(article_body: str | None, kept: list[TextBlock]) -> list[Block] | None:
    """Paragraphs of the JSON-LD ``articleBody`` when the extracted text holds under a third
    of it (a page that renders its story with JavaScript); ``None`` otherwise."""
    if not article_body or len(article_body) < 400:
        return None
    body = article_body
    if "<" in body and ">" in body:
        root, _ = parse_html(body)
        body = "\n".join(text_content(p) for p in root.iter("p", "li", "h2", "h3", "blockquote")) if root is not None else ""
    paragraphs = [norm(p) for p in re.split(r"\n\s*", body)]
    paragraphs = [p for p in paragraphs if p]
    total = sum(len(p) for p in paragraphs)
    if total < 400 or sum(len(b.text) for b in kept) >= total / 3:
        return None
    return [Block(p, PARAGRAPH, None, 0) for p in paragraphs]


_TEMPLATE_TYPES = frozenset(["text/template", "text/x-template", "text/html", "text/x-handlebars-template"])
def _templates(body: Any) -> list[str]:
    """The HTML inside ``<script type="text/template">`` elements that holds paragraphs, and
    inside ``<noscript>`` elements with paragraphs (a page that shows its story only without
    JavaScript)."""
    from lxml import etree

    out = []
    for el in body.iter("script", "noscript"):
        if el.tag == "script":
            text = el.text
            if not text:
                continue
            if (el.get("type") or "").strip().lower() in _TEMPLATE_TYPES and "<p" in text:
                out.append(text)
            elif text.startswith(_FLIGHT) and ("\\u003cp" in text or "<p" in text):
                html = _flight_html(text)
                if html:
                    out.append(html)
        elif len(el) and el.find(".//p") is not None:
            out.append((el.text or "") + "".join(etree.tostring(c, encoding="unicode", method="html") for c in el))
    return out


#: A chunk of the data a Next.js page streams to its scripts (``self.__next_f.push([1,"…"])``);
#: a text row of it can be the story's HTML, which the page renders only with JavaScript.
_FLIGHT = "self.__next_f.push([1,"
_FLIGHT_CHUNK = re.compile(r'^self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)\s*;?\s*$', re.S)


def _flight_html(script: str) -> str | None:
    r"""The HTML a Next.js data chunk carries, when the chunk is a text row of HTML with
    paragraphs.

    >>> _flight_html('self.__next_f.push([1,"\\u003cp class=\\"x\\"\\u003eHello.\\u003c/p\\u003e"])')
    '<p class="x">Hello.</p>'
    >>> _flight_html('self.__next_f.push([1,"2:I[123,[],\\"x\\"]\\n"])') is None
    True
    """
    m = _FLIGHT_CHUNK.match(script.strip())
    if m is None:
        return None
    try:
        text = json.loads(m.group(1))
    except ValueError:
        return None
    if not isinstance(text, str):
        return None
    text = text.strip()
    return text if text.startswith("<") and "<p" in text else None


def _extract_templates(templates: list[str], url: str | None, article_body: str | None, title: str | None, result: Extraction) -> Extraction:
    root, _ = parse_html("<html><body>" + "\n".join(templates) + "</body></html>")
    if root is None:
        return result
    # A template inside the template is not followed.
    inner = extract(root, url, article_body=article_body, title=title, follow_templates=False)
    inner.removed[:0] = result.removed
    inner.warnings[:0] = result.warnings
    return inner


#: Headings that announce end matter (the table ``html_phrases.END_MATTER_HEADINGS``).
_END_MATTER = re.compile(r"^(?:" + alternation(END_MATTER_HEADINGS) + r")\s*[:?]?$", re.I)


def _end_heading(b: TextBlock) -> bool:
    """True for a heading that announces end matter (related posts, comments ...)."""
    return _END_MATTER.match(b.text.strip(" .…»›>|")) is not None


#: Lines that talk to the reader about the page itself (rate, comment, share, log in, print,
#: load more ...), per language.  They end articles; in the second half of the text they go.
#: (the table ``html_phrases.READER_PROMPTS``, house ads for the site's app, newsletter or membership included)
_PROMPT = re.compile(r"^(?:" + alternation(READER_PROMPTS) + r")\b.{0,120}$", re.I)
#: A house ad for a subscription with its price and a call to action ("12 issues for £11.99.
#: Click here for more information.", "… for as little as Rs 599 for first year. Use the code
#: "GETPRO"."): a price alone is the story's (a review, a streaming service's fees).
_AD_OFFER = re.compile(r"\b(?:subscri\w+|\d+ issues|membership|delivered (?:to|through) your)\b")
_AD_PRICE = re.compile(r"[£$€₹]\s?\d|\b(?:rs|inr|usd|eur|gbp)\.?\s?\d")
_AD_ACTION = re.compile(
    r"\b(?:click here (?:for|to)|use (?:the )?(?:promo |coupon |discount )?code|subscribe (?:now|today|here)|"
    r"order (?:now|today)|buy now)\b"
)


def _subscription_ad(text: str) -> bool:
    """True for a short block that offers a subscription, with a price and a call to action."""
    if len(text) > 500:
        return False
    lower = text.lower()
    return (
        ("subscri" in lower or "issues" in lower or "membership" in lower or "delivered" in lower)
        and _AD_OFFER.search(lower) is not None
        and _AD_PRICE.search(lower) is not None
        and _AD_ACTION.search(lower) is not None
    )


#: An unrendered shortcode of a blog's editor in a block of its own, a button or box that did
#: not render ("[button link="…"]Send us your review[/button]").
_SHORTCODE = re.compile(r"^\[(\w+)(?:\s[^\]]*)?\][^\[\]]{0,80}\[/\1\]$")
#: A template's placeholder left in the text, an ad slot's marker (``$$ARTICLEAD$$``,
#: ``{{ad_slot}}``, ``%%AD%%``), in a block of its own.
_PLACEHOLDER = re.compile(r"^(?:\$\$[A-Za-z0-9_]{2,40}\$\$|\{\{[^{}]{1,60}\}\}|%%[A-Za-z0-9_]{2,40}%%)$")
#: A server error message printed into the page ("Warning: ... in /var/www/x.php on line 12").
_SERVER_ERROR = re.compile(r"^(?:warning|notice|deprecated|fatal error|parse error)\s*:.{0,300}\bon line \d+", re.I)


#: A blog platform's post footer ("This entry was posted in News. Bookmark the permalink.",
#: "Dieser Eintrag wurde am ... veröffentlicht"): where it stands, the post has ended.
_POST_FOOTER = re.compile(r"^(?:" + alternation(POST_FOOTERS) + ")", re.I)
#: The link of an author box to the author's other posts ("Zeige alle Beiträge von Ana Lima").
_AUTHOR_LINK = re.compile(
    r"\b(?:view all posts by|see all posts by|zeige alle beiträge von|alle beiträge von \S+(?: \S+)? anzeigen|"
    r"voir tous les articles (?:de|par)|ver todas las entradas de)\b",
    re.I,
)
#: A file size in a download line ("PDF | 38 KB | Datei ist nicht barrierefrei").
#: What every :data:`_AUTHOR_LINK` match holds, in an ASCII text (lower-cased).
_AUTHOR_LINK_ASCII = ("all posts by", "voir tous les articles ", "ver todas las entradas de")


def _author_link(text: str) -> bool:
    """``_AUTHOR_LINK.search(text)``, sooner: an ASCII text (where the case-insensitive match
    is the lower-cased one) without the words of any of its phrases is no such link.

    >>> _author_link("View all posts by Ana Lima"), _author_link("Alle Beiträge von Ana anzeigen")
    (True, True)
    >>> _author_link("We posted it by noon"), _author_link("Voir tous les articles")
    (False, False)
    """
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _AUTHOR_LINK_ASCII):
            return False
    return _AUTHOR_LINK.search(text) is not None


_FILE_SIZE = re.compile(r"^\(?\d+(?:[.,]\d+)?\s?(?:kb|mb|gb|kib|mib|bytes?)\)?$", re.I)
#: A "Label: value" item of a meta line ("Aufrufe: 1120", "Hinzugefügt von: Ana").
_LABEL_VALUE = re.compile(r"^[^\W\d][\w .-]{0,24}:(?:\s|$)")
#: The parts of a meta line of short items split by bars ("Comments feed | Comments closed | Trackback").
_BAR = re.compile(r"\s+[|·•]\s+")
#: The same split by dashes ("05/10/2018 - Publicado por: Ana - Categoria: Saúde - Tags: …"):
#: only three "Label: value" items make such a line a meta line (a dash also joins prose).
_DASH = re.compile(r"\s+[-–—]\s+")


_UI_PHRASE = (
    r"(?:(?:bild|bilder|foto|fotos|galerie|image|photo|gallery) (?:anzeigen|schließen|vergrößern|öffnen|zoomen|close|open|enlarge)|"
    r"quellen (?:aus|ein)blenden|mehr anzeigen|weniger anzeigen|externer inhalt|show (?:more|less)|"
    r"vergrößern|schließen|enlarge|expand|collapse|zoom|close|caption|next|prev|previous|weiter|zurück)"
)
#: A slideshow's counter ("Image 1 of 5", "1 - 5 of 36", "Bild 3 von 12").
_COUNTER = re.compile(
    r"(?i:^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|image|diapositive)\s+)?\d{1,3}\s*(?:[-–]\s*\d{1,3}\s+)?"
    r"(?:of|von|de|di|sur|van|/)\s*\d{1,3}$)"
)
#: A line made only of the labels of a page's controls ("Bild anzeigen Bild schließen").
_UI_LINE = re.compile(rf"^{_UI_PHRASE}(?:\s+{_UI_PHRASE})*\W*$", re.I)


def _meta_line(text: str) -> bool:
    """A post-footer line, or a bar-separated line of short items one of which is a reader
    prompt ("January 13 | categories: Python | View Comments")."""
    if len(text) > 400:
        return False
    if _POST_FOOTER.match(text):
        return True
    if _author_link(text) or (len(text) <= 80 and _UI_LINE.match(text)):
        return True
    # (a bar is one of three characters: without them there is one part, and no split to run)
    parts = [p.strip() for p in _BAR.split(text)] if ("|" in text or "·" in text or "•" in text) else [text.strip()]
    if len(parts) == 1:
        if text.count(":") < 3:
            return False
        dashed = [p.strip() for p in _DASH.split(text)]
        return 3 <= len(dashed) <= 8 and all(len(p) <= 80 for p in dashed) and _labelled(dashed)
    if not 2 <= len(parts) <= 8 or any(len(p) > 80 for p in parts):
        return False
    if any(_PROMPT.match(p) or _FILE_SIZE.match(p) for p in parts):
        return True
    return len(parts) >= 3 and _labelled(parts)


def _labelled(parts: list[str]) -> bool:
    """Three or more of ``parts`` are "Label: value" items."""
    return sum(1 for p in parts if _LABEL_VALUE.match(p)) >= 3


#: Star glyphs of a rating line.
_STARS = frozenset("★☆✩✪✫✬✭✮✯⭐⯪⯨")
#: The words a rating line may hold besides stars and numbers ("4.8 from 212 votes",
#: "4.6 out of 5 stars (389 reviews)", "4,5 von 5 Sternen (12 Bewertungen)").
_RATING_WORDS = frozenset(
    ["from", "out", "of", "stars", "star", "votes", "vote", "ratings", "rating", "reviews", "review", "based", "on", "average", "rated", "von", "aus", "sterne", "sternen", "bewertungen", "bewertung", "stimmen", "sur", "étoiles", "étoile", "avis", "notes", "note", "de", "estrellas", "estrella", "valoraciones", "valoración", "votos", "reseñas", "su", "stelle", "voti", "recensioni"]
)
_RATING_TOKEN = re.compile(r"[^\W\d_]+")
_ASCII_DIGIT = re.compile(r"[0-9]")
#: A count that labels what follows ("3 Answers", "12 Replies"): a thread's chrome.
_COUNT_LABEL = re.compile(
    r"^\d[\d,.]*\s+(?:answers?|replies|antworten|réponses|respuestas|risposte|respostas|antwoorden)$", re.I
)


def _rating_line(text: str) -> bool:
    """A line of a rating: stars, or a score with its votes, and nothing else.

    >>> _rating_line("★★★★★ 4.8 from 212 votes"), _rating_line("4.6 out of 5 stars (389 reviews)")
    (True, True)
    >>> _rating_line("Rated the best soup of 2023 by our readers"), _rating_line("Reviews")
    (False, False)
    """
    if len(text) > 80:
        return False
    ascii_ = text.isascii()
    stars = not ascii_ and any(c in _STARS for c in text)
    # (in ASCII text the digits ``str.isdigit`` knows are 0-9: one search, not a loop)
    digit = _ASCII_DIGIT.search(text) is not None if ascii_ else any(c.isdigit() for c in text)
    if not stars and not digit:
        return False
    words = [w.lower() for w in _RATING_TOKEN.findall(text)]
    if not all(w in _RATING_WORDS for w in words):
        return False
    return stars or (digit and any(w in _RATING_COUNTS for w in words))


#: The words of a rating line that say what was counted.
_RATING_COUNTS = frozenset(
    ["votes", "vote", "ratings", "rating", "reviews", "stars", "bewertungen", "bewertung", "sterne", "sternen", "stimmen", "étoiles", "avis", "notes", "estrellas", "valoraciones", "votos", "reseñas", "stelle", "voti", "recensioni"]
)


#: The placeholder of an embedded player or post that waits for the reader's consent ("Empfohlener
#: redaktioneller Inhalt", "An dieser Stelle findest du einen externen Inhalt von YouTube",
#: "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden", "We need your
#: consent to load this YouTube content"), per language; whole short blocks only.
_CONSENT = re.compile(r"^(?:" + alternation(CONSENT_PLACEHOLDERS) + r")\b.{0,200}$", re.I)
#: A paywall's notice where the story is cut ("Il vous reste 57% de cet article à lire").
_PAYWALL_NOTE = re.compile(r"^(?:" + alternation(PAYWALL_NOTICES) + r")\b.{0,200}$", re.I)
#: The comment box of a page for readers without an account ("Would you like to comment on
#: this article? Sign up (it's quick and free) or sign in now."): a prompt anywhere.
_COMMENT_PROMPT = re.compile(r"^(?:" + alternation(COMMENT_PROMPTS) + r")\W*$", re.I)


def _consent_or_prompt(text: str) -> bool:
    """A consent placeholder, a paywall's notice or a comment prompt (short blocks only).

    >>> _consent_or_prompt("Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.")
    True
    >>> _consent_or_prompt("Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.")
    True
    >>> _consent_or_prompt("Der Konzern war damit einverstanden, dass mir Inhalte zugeschickt werden.")
    False
    """
    return _prompt_reason(text) is not None


def _prompt_reason(text: str) -> str | None:
    """The removal reason of :func:`_consent_or_prompt`'s blocks."""
    if len(text) > 300:
        return None
    if _CONSENT.match(text):
        return "cookie-banner"
    if _PAYWALL_NOTE.match(text):
        return "newsletter"
    return "comments" if _COMMENT_PROMPT.match(text) else None


def _cut_reader_prompts(kept: list[TextBlock], removed: list[Removal]) -> list[TextBlock]:
    """Drop reader prompts in the second half of the article, and server error messages and
    post-footer meta lines anywhere."""
    total = sum(len(b.text) for b in kept) or 1
    seen = 0
    out: list[TextBlock] = []
    for b in kept:
        text = b.text.strip()
        reason = _prompt_reason(text)
        if reason is not None:
            removed.append(Removal(CLEANER, reason, b.text, b.owner.sourceline))
            seen += len(b.text)
            continue
        if (
            _SERVER_ERROR.match(text)
            or (seen > 0.5 * total and ((len(text) <= 160 and _PROMPT.match(text)) or _subscription_ad(text)))
            or _SHORTCODE.match(text)
            or _PLACEHOLDER.match(text)
            or (b.kind != HEADING and _meta_line(text))
            or (len(text) <= 80 and (_UI_LINE.match(text) or _COUNTER.match(text) or _COUNT_LABEL.match(text) or _rating_line(text)))
            or stamp_line(text)
        ):
            removed.append(Removal(CLEANER, "end-matter", b.text, b.owner.sourceline))
        else:
            out.append(b)
        seen += len(b.text)
    return out


def _linked_prose(b: TextBlock) -> bool:
    """A long sentence whose words are mostly a link but that goes on after it (a news digest's
    item: a linked first sentence, then the story in brief): prose, not a link list."""
    n = len(b.text)
    return n >= 150 and n - b.link_chars >= 60 and _SENTENCE_END.search(b.text) is not None


def _sentence_block(b: TextBlock, kinds: tuple[str, ...], min_chars: int) -> bool:
    """A block of one of ``kinds``, of ``min_chars`` or more, mostly not links, not a teaser,
    with a sentence end."""
    return (
        b.kind in kinds
        and len(b.text) >= min_chars
        and b.link_density < 0.3
        and not b.teaser
        and _SENTENCE_END.search(b.text) is not None
    )


def _is_prose(b: TextBlock) -> bool:
    return _sentence_block(b, (PARAGRAPH, QUOTE), 60)


def _adopt_recipe(blocks: list[TextBlock], inside: list[bool], parts: list[str]) -> None:
    """Take in the recipe's own description, ingredients and steps (named in the page's JSON-LD
    ``Recipe``) when they sit outside the chosen element, with the short labels between them
    ("For the dough:")."""
    keys = [k for k in (_key(p) for p in parts) if len(k) >= 3]
    if not keys:
        return
    exact = set(keys)
    joined = " | ".join(keys)
    taken: list[int] = []
    for i, b in enumerate(blocks):
        if inside[i] or b.teaser or b.link_density > 0.5 or len(b.text) > 2000:
            continue
        k = _key(b.text)
        if len(k) < 3:
            continue
        if k in exact or (len(k) >= 12 and k in joined) or any(len(x) >= 12 and x in k and len(x) >= 0.6 * len(k) for x in keys):
            inside[i] = b.structured = True
            taken.append(i)
    for a, c in itertools.pairwise(taken):
        if 1 < c - a <= 3:
            for j in range(a + 1, c):
                if len(blocks[j].text) <= 60 and not blocks[j].teaser and blocks[j].link_density <= 0.5:
                    inside[j] = blocks[j].structured = True


def _drop_before_headline(blocks: list[TextBlock], inside: list[bool], main: Any, headline: Any) -> None:
    """Blocks of the article element that come before the headline, outside the story's own
    container (the headline's nearest ancestor that also holds the first prose after it),
    are not the article: tickers and teaser rows above the story."""
    at = next((i for i, b in enumerate(blocks) if b.owner is headline or headline in _limited_ancestors(b.owner, 8)), None)
    if at is None:
        return
    if any(inside[i] and blocks[i].kind == HEADING and blocks[i].level <= 3 for i in range(at)):
        return  # the title names a later section (a recipe card ...), not the story's headline
    first_prose = next((b for b in blocks[at + 1 :] if _is_prose(b)), None)
    if first_prose is None:
        return
    # A list, not ids: lxml's element proxies stay the same objects only while referenced.
    below = [first_prose.owner, *first_prose.owner.iterancestors()]
    story = next((a for a in headline.iterancestors() if any(a is x for x in below)), None)
    if story is None or story is main:
        return
    for i in range(at):
        b = blocks[i]
        if inside[i] and not (b.owner is story or any(a is story for a in b.owner.iterancestors())):
            inside[i] = False


#: Class/id words of a standfirst container ("article-lead", "intro", "teaser-text", "dek").
_LEAD_HINT = re.compile(
    r"(?:^|[-_\s])(?:lead|lede|intro|standfirst|teaser[-_]?text|summary|excerpt|dek|deck|subline|abstract)(?:$|[-_\s])", re.I
)


def _standfirst_like(b: TextBlock) -> bool:
    """Prose, or a long sentence set as a heading or a list item (a standfirst's markup varies)."""
    return _is_prose(b) or _sentence_block(b, (HEADING, LIST_ITEM), 80)


def _lead_hinted(el: Any) -> bool:
    for a in [el, *_limited_ancestors(el, 3)]:
        attrs = f"{a.get('class') or ''} {a.get('id') or ''}"
        if attrs.strip() and _LEAD_HINT.search(attrs):
            return True
    return False


def _adopt_neighbours(blocks: list[TextBlock], inside: list[bool], main: Any) -> None:
    """Take in a standfirst just above the chosen element: prose (or a long sentence in a heading
    or list item) in a nearby container or in one whose class says lead/intro/summary; short
    lines between it and the article (a date, a byline) are stepped over, not taken."""
    if not any(inside):
        return
    first = inside.index(True)
    near = set(_limited_ancestors(main, 3))
    taken = skipped = 0
    i = first - 1
    while i >= 0 and taken < 2:
        b = blocks[i]
        hinted = _standfirst_like(b) and _lead_hinted(b.owner)
        if hinted or (not skipped and _standfirst_like(b) and any(a in near for a in _limited_ancestors(b.owner, 4))):
            inside[i] = True
            # taken in on purpose: not cut again as a lead fragment (a short standfirst heading)
            b.structured = b.structured or b.kind != PARAGRAPH
            taken += 1
        elif len(b.text) < 100 and not b.teaser and skipped < 3 and b.kind != HEADING:
            skipped += 1
        else:
            break
        i -= 1


#: The heading of a comment section that counts it and quotes the post's title ("4 Responses to
#: “Title”", "12 thoughts on “Title”", "3 Kommentare zu „Titel“"), or counts it alone ("Comments
#: (3)", "18 Comments"): the readers' comments follow to the end of the page, however long they
#: are.  ("Three responses to the crisis", a story's own subheading, quotes nothing.)
_QUOTED = "\\s+[“\"«„‘'‹].{1,200}"  # the post's title in quotation marks
_COMMENT_WORDS = alternation(COMMENT_WORDS)
_COMMENTS_HEADING = re.compile(
    rf"^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:responses?|replies|thoughts|comments?|reactions?)\s+(?:to|on){_QUOTED}|"
    rf"(?:\d+\s+)?(?:{_COMMENT_WORDS})\s*\(\d+\)|\d+\s+(?:{_COMMENT_WORDS})|"
    rf"\d+\s+(?:kommentare?|antworten)\s+(?:zu|auf){_QUOTED}|\d+\s+(?:commentaires?|réponses?)\s+(?:sur|à){_QUOTED}|"
    rf"\d+\s+(?:comentarios?|respuestas?)\s+(?:a|en|sobre){_QUOTED})\s*[:?]?$",
    re.I,
)


def _cut_end_matter(kept: list[TextBlock], removed: list[Removal], blocks: list[TextBlock] | None = None) -> list[TextBlock]:
    """Drop a trailing related/comments section announced by its heading; a comment section
    whose heading counts the comments or names the post (:data:`_COMMENTS_HEADING`) goes as
    ``comments`` wherever it starts after the first prose, however long it is."""
    if len(kept) < 3:
        return kept
    total = sum(len(b.text) for b in kept) or 1
    seen = 0
    prose = False
    story: set[Any] = set()  # the containers of the story's prose so far
    i = 0
    while i < len(kept):
        b = kept[i]
        if prose and len(b.text) <= 250 and b.link_density < 0.5 and _COMMENTS_HEADING.match(b.text.strip(" .…»›>|")):
            for x in kept[i:]:
                removed.append(Removal(CLEANER, "comments", x.text, x.owner.sourceline))
            return kept[:i]
        if _is_prose(b):
            prose = True
            story.add(b.owner.getparent())
        if i > 0 and seen > 0.5 * total and len(b.text) <= 80 and _end_heading(b):
            rest = kept[i:]
            if sum(len(x.text) for x in rest) < 0.4 * total:
                j = _inline_box_end(kept, i, story, blocks or kept)
                if j is not None:
                    # A "read also" box inside the story: its label and teasers go, the story stays.
                    for x in kept[i:j]:
                        removed.append(Removal(CLEANER, "related-links", x.text, x.owner.sourceline))
                    kept = kept[:i] + kept[j:]
                    continue
                for x in rest:
                    removed.append(Removal(CLEANER, "end-matter", x.text, x.owner.sourceline))
                return kept[:i]
        seen += len(b.text)
        i += 1
    return kept


#: Pruned boxes that may stand between the story's paragraphs (a comment section ends the story).
_INLINE_BOXES = frozenset(["related-links", "newsletter", "share-tools", "advertisement"])


def _inline_box_end(kept: list[TextBlock], i: int, story: set[Any], blocks: list[TextBlock]) -> int | None:
    """Where the story resumes after an end-matter label ``kept[i]`` that stands in the story's
    own container (a "Mehr zum Thema" / "Auch interessant" box set between its paragraphs): the
    index of the first prose block back in that container, when what lies between is the box
    (one block or more, in containers of their own, teasers, links; or the teasers, links or
    pruned box that followed the label on the page and already went) and two paragraphs of
    prose or more follow there;
    ``None`` for a section that ends the article (a heading right above more paragraphs of the
    same container, "Comments" over a flat page's footer, is such a section). A label inside a
    box of its own that stands in the story's container (``<div class="box"><h3>Mehr zum
    Thema</h3>…</div>``) has everything up to the story's next paragraph in that box."""
    box = None  # the label's own box inside the story's container, when it has one
    if kept[i].owner.getparent() not in story:
        el = kept[i].owner.getparent()
        for _ in range(4):
            if el is None or el.getparent() in story:
                break
            el = el.getparent()
        if el is None or el.getparent() not in story:
            return None
        box = el
    if box is None and kept[i].text.rstrip().endswith(":"):
        # A label of links that went ("Mehr zum Thema finden Sie auch hier:"): the story goes on.
        after = [y for y in kept[i + 1 :] if y.owner.getparent() in story and _is_prose(y) and y.link_density < 0.2]
        return i + 1 if len(after) >= 2 and sum(len(y.text) for y in after) >= 300 else None
    for j in range(i + 1, len(kept)):
        x = kept[j]
        parent = x.owner.getparent()
        if parent in story and _is_prose(x) and x.link_density < 0.2:
            if box is None and j == i + 1 and not (kept[i].cut_after in _INLINE_BOXES or _links_follow(kept[i], blocks)):
                return None  # nothing boxed under the heading: a section of the page ("Comments")
            after = [y for y in kept[j:] if y.owner.getparent() in story and _is_prose(y) and y.link_density < 0.2]
            return j if len(after) >= 2 and sum(len(y.text) for y in after) >= 300 else None
        if box is not None and not (x.owner is box or any(a is box for a in x.owner.iterancestors())):
            return None  # out of the label's box, and not back in the story: a real section
        if parent in story and not (x.teaser or x.link_density >= 0.5):
            return None  # the story's own container goes on with something else: a real section
    return None


_NUMBERED = re.compile(r"^\(?\d{1,3}[.):]\s")
_LINE_END = re.compile(r"[.!?…\"'”»)。！？」』]\s*$")


#: The label of a press release's contact block ("Media contact:", "Pressekontakt:").
_CONTACT_LABEL = re.compile(
    r"^\W*(?:(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries)|presse-?\s?kontakte?|medienkontakte?|"
    r"contacts?\s+(?:presse|médias?)|contactos?\s+(?:de\s+)?(?:prensa|medios))\s*:",
    re.I,
)


def _cut_contact_tail(kept: list[TextBlock], removed: list[Removal]) -> list[TextBlock]:
    """A press release's contact block at the end of the article: its label and the few short
    lines under it (a name, an address, a phone number, the wire's "SOURCE …" line), none a
    sentence, go (``end-matter``).  A contact label followed by prose stays."""
    for i in range(max(1, len(kept) - 6), len(kept)):
        if len(kept[i].text) > 80 or not _CONTACT_LABEL.match(kept[i].text):
            continue
        tail = kept[i + 1 :]
        if len(tail) <= 5 and all(len(x.text) <= 120 and not _LINE_END.search(x.text) and x.kind != CODE for x in tail):
            for x in kept[i:]:
                removed.append(Removal(CLEANER, "end-matter", x.text, x.owner.sourceline))
            return kept[:i]
        return kept
    return kept


def _cut_dangling_tail(kept: list[TextBlock], blocks: list[TextBlock], removed: list[Removal]) -> list[TextBlock]:
    """Drop section labels that end the article with nothing of it after them.

    A heading that is the article's last block announces something that is not there
    (related stories, topics, comments were removed); a short label line at the end
    ("Topics", "Read more:") goes when it ends with a colon or the page goes on with links.
    """
    end = len(kept)
    while end > 1:
        b = kept[end - 1]
        text = b.text.strip()
        if b.structured or _LINE_END.search(text):
            break
        if b.kind == HEADING and len(text) <= 120 and not _NUMBERED.match(text):
            pass  # a numbered heading ends a countdown list: it is content
        elif b.kind == PARAGRAPH and len(text) <= 40 and (text.endswith(":") or _links_follow(b, blocks)):
            pass
        else:
            break
        end -= 1
    for b in kept[end:]:
        removed.append(Removal(CLEANER, "end-matter", b.text, b.owner.sourceline))
    return kept[:end]


def _links_follow(b: TextBlock, blocks: list[TextBlock]) -> bool:
    """True when the block after ``b`` in the page is a link list or a teaser."""
    nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
    return nxt is not None and (nxt.teaser or nxt.link_density > 0.5)


#: Pruned boxes that a label line introduces ("Read more:" before a related-stories box).
_LABELLED = frozenset(["related-links", "tags", "comments", "newsletter", "share-tools", "navigation"])


def _edit_link(b: TextBlock) -> bool:
    """A heading's own tool link, a block of one short link: a wiki's ``[edit]``, ``[bearbeiten]``,
    a permalink's ``#``."""
    return not b.teaser and len(b.hrefs) <= 1 and b.link_density > 0.5 and len(b.text.strip(" []()|·#¶")) <= 12


def _cut_orphan_labels(kept: list[TextBlock], blocks: list[TextBlock], removed: list[Removal]) -> list[TextBlock]:
    """Drop a label whose box went: a short line without a sentence end, directly followed in the
    page by a pruned related/tags/share box or by a link list that is not part of the article."""
    ids = {id(b) for b in kept}
    out: list[TextBlock] = []
    for b in kept:
        text = b.text.strip()
        label = (b.kind == HEADING and len(text) <= 80) or (b.kind == PARAGRAPH and len(text) <= 40)
        if label and not b.structured and not _LINE_END.search(text):
            j = b.index + 1
            if j + 1 < len(blocks) and _edit_link(blocks[j]):
                j += 1  # (a heading's own "[edit]" or permalink link is no box after it)
            nxt = blocks[j] if j < len(blocks) else None
            boxed = b.cut_after in _LABELLED
            listed = nxt is not None and id(nxt) not in ids and (nxt.teaser or nxt.link_density > 0.5)
            if boxed or listed:
                removed.append(Removal(CLEANER, "related-links", b.text, b.owner.sourceline))
                continue
        out.append(b)
    return out


def _width(text: str) -> int:
    """The length of ``text`` with each Chinese, Japanese or Korean character counted twice (a
    sentence of 40 of them says as much as 80 Latin letters); other text is not measured.

    >>> _width("Rain returns"), _width("新线路主要覆盖火车站")
    (12, 20)
    """
    if text[-1:] < "\u1100" and text[:1] < "\u1100":
        return len(text)
    return len(text) + sum(1 for c in text if c >= "\u1100" and (c <= "\u11ff" or "\u2e80" <= c <= "\ua4cf" or "\uac00" <= c <= "\ud7a3" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uff60"))


def _cut_lead_fragments(kept: list[TextBlock], removed: list[Removal]) -> list[TextBlock]:
    """Drop kickers, dates and labels above the first sentence of prose."""
    for i, b in enumerate(kept[:8]):
        # A long sentence in a heading element is a standfirst: the prose starts there.
        standfirst = b.kind == HEADING and len(b.text) >= 100 and b.text.rstrip().endswith(".")
        if standfirst or (b.kind in (PARAGRAPH, QUOTE) and _width(b.text) >= 80 and _LINE_END.search(b.text)):
            if i == 0:
                return kept
            lead = kept[:i]
            if all(x.structured or x.kind == HEADING or (x.kind == PARAGRAPH and len(x.text) < 60 and not _SENTENCE_END.search(x.text)) for x in lead):
                # A salutation right above the prose, in the same box ("Hallo zusammen," then
                # the post, "Dear all,"), opens it: a line that ends in a comma goes on.
                last = lead[-1]
                if last.kind == PARAGRAPH and last.text.rstrip().endswith(",") and last.owner is b.owner:
                    last.structured = True
                for x in lead:
                    if not x.structured:
                        removed.append(Removal(CLEANER, "lead-fragment", x.text, x.owner.sourceline))
                return [x for x in lead if x.structured] + kept[i:]
            return _cut_kicker(kept, lead, removed)
    return kept


def _cut_kicker(kept: list[TextBlock], lead: list[TextBlock], removed: list[Removal]) -> list[TextBlock]:
    """Short lines right above the page's ``<h1>`` at the top of the article are its kicker or
    section label ("Transports" above the headline), also when a short standfirst sentence
    between the headline and the prose keeps the lead itself."""
    at = next((k for k, x in enumerate(lead[:3]) if x.kind == HEADING and x.level == 1), None)
    if not at or not all(
        x.kind == PARAGRAPH and not x.structured and len(x.text) < 40 and not _SENTENCE_END.search(x.text) for x in lead[:at]
    ):
        return kept
    for x in lead[:at]:
        removed.append(Removal(CLEANER, "lead-fragment", x.text, x.owner.sourceline))
    return kept[at:]


def _absolute(href: str, base: str | None) -> str | None:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        link = urljoin(base, href) if base else href
        scheme = urlsplit(link).scheme
    except ValueError:
        return None
    return link if scheme in ("http", "https") else None
