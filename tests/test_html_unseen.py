"""Page types the benchmark sets hardly hold: forum threads, Q&A pages, a blog with comments,
documentation, a recipe, a product, a live blog, AMP, ``<div>``+``<br>`` text, right-to-left
and CJK pages, a poem in ``<pre>``.

Each page in ``tests/fixtures/html_unseen/`` is small and hand-written (never copied from a
benchmark set).  Each test asserts what is kept, what is removed (with its reason) and the
metadata; every page gives the same document as a ``bs4.BeautifulSoup`` object.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import textclean
from textclean import Document

PAGES = Path(__file__).parent / "fixtures" / "html_unseen"


def _doc(name: str) -> Document:
    return textclean.clean_html((PAGES / name).read_text(encoding="utf-8"))


def _removed(doc: Document, reason: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason == reason]


def _gone(doc: Document, text: str) -> bool:
    """``text`` is in no kept block and in some removal."""
    return not any(text in b.text for b in doc.blocks) and any(text in r.text for r in doc.removed)


def test_forum_thread_keeps_the_posts_and_drops_their_chrome() -> None:
    doc = _doc("forum_thread.html")
    assert doc.title == "Sourdough starter smells like nail polish remover"
    # the thread's author is the opening post's (a thread is its opening question plus replies)
    assert doc.authors == ["millie_bakes"]
    assert doc.date == dt.datetime(2024, 3, 3, 9, 12, tzinfo=dt.UTC)
    texts = [b.text for b in doc.blocks]
    assert len(texts) == 6
    assert texts[0].startswith("My starter is about ten days old")
    assert texts[2].startswith("Nothing is ruined.")
    assert texts[-1].startswith("Thank you, that worked.")
    assert [b.kind for b in doc.blocks].count("quote") == 1  # the quoted reply is content
    # rank, post count, date, signature: the posts' chrome, second and later posts included
    meta = _removed(doc, "post-meta")
    for chrome in ["New member", "Moderator", "Posts: 4,210", "3 March 2024 at 10:40", "5 March 2024 at 18:02"]:
        assert chrome in meta
    assert any(t.startswith("-- Bake bread") for t in meta)
    assert _gone(doc, "GrainHead") or "GrainHead said:" in texts[4]
    assert not any(t in ("GrainHead", "millie_bakes") for t in texts)
    assert _gone(doc, "Reply Quote Like")


def test_phpbb_style_thread_with_permalinked_post_headings() -> None:
    doc = _doc("forum_phpbb.html")
    assert doc.title == "Heizung pfeift nach dem Entlüften"
    assert doc.authors == ["Kalle_R"]
    assert doc.date == dt.date(2024, 3, 3)
    texts = [b.text for b in doc.blocks]
    assert len(texts) == 5
    assert texts[0].startswith("Hallo zusammen, seit ich die Heizkörper")  # the salutation opens the post
    assert texts[2].startswith("Der Druck ist für ein Einfamilienhaus")
    assert texts[-1] == "Danke! Mit 1,8 bar und kleinerer Pumpenstufe ist das Pfeifen weg."
    meta = _removed(doc, "post-meta")
    for chrome in ["Fachmann", "Beiträge: 1893", "Re: Heizung pfeift nach dem Entlüften", "Beitrag von Heizungsbauer_Jo » So 3. Mär 2024, 11:40",
                   "Meisterbetrieb seit 1998 – keine Beratung per PN", "Gruß aus dem Sauerland"]:
        assert chrome in meta
    assert _gone(doc, "Zitieren")


def test_discourse_style_thread_from_its_crawler_view() -> None:
    doc = _doc("forum_discourse.html")
    assert doc.title == "How do I pin a dependency to a git commit?"
    assert doc.authors == ["lena_m"]  # the opening post's author, from the page's JSON-LD
    assert doc.date == dt.datetime(2024, 9, 12, 8, 1, 44, tzinfo=dt.UTC)
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "code", "paragraph", "paragraph"]
    assert doc.blocks[2].text == "mylib @ git+https://git.example/mylib.git@4f2a9c1"
    assert "tkr September 12, 2024, 9:15am 2" in _removed(doc, "post-meta")
    assert _gone(doc, "Help")  # the category label above the thread


def test_old_board_thread_in_tables_with_numbered_ids() -> None:
    doc = _doc("forum_vbulletin.html")
    assert doc.title == "Old camera lens fungus - cleaning tips?"  # the question is the title's, not a section
    assert [b.text[:20] for b in doc.blocks] == ["I bought a 1970s 50m", "Light fungus usually"]
    meta = _removed(doc, "post-meta")
    for chrome in ["Junior Member", "Join Date: Jan 2009", "Posts: 5,214", "| Mar 4th, 2024, 07:40 AM | #2 |", "Film is not dead, it just smells funny."]:
        assert chrome in meta
    assert _gone(doc, "All times are GMT.")
    assert _gone(doc, "Reply With Quote")


def test_qa_page_keeps_question_code_and_answers() -> None:
    doc = _doc("qa_page.html")
    assert doc.title == "Why does my list change when I change a copy?"
    assert doc.authors == []  # the asker is shown as a user card, not as an author
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["paragraph", "code", "paragraph", "paragraph", "paragraph"]
    assert doc.blocks[1].text.startswith("a = [1, 2, 3]\nb = a")
    assert doc.blocks[2].text.startswith("b = a does not copy anything")
    meta = _removed(doc, "post-meta")
    for chrome in ["154", "212", "31", "asked Nov 2, 2023 at 14:20", "answered Nov 3, 2023 at 08:05", "ktanaka 4,551"]:
        assert chrome in meta
    assert _gone(doc, "3 Answers")
    assert _gone(doc, "you agree to our terms of service")
    assert _gone(doc, "Your Answer")
    assert "comments" in {r.reason for r in doc.removed if "deepcopy was what I needed" in r.text}


def test_blog_post_drops_its_comment_section() -> None:
    doc = _doc("blog_comments.html")
    assert doc.title == "Why I switched to a paper notebook"
    assert doc.authors == ["Hannah Ortiz"]
    assert [b.text[:20] for b in doc.blocks] == ["For six years I kept", "Last autumn I bought", "Writing by hand is s"]
    comments = _removed(doc, "comments")
    assert "4 Responses to “Why I switched to a paper notebook”" in comments
    assert any(t.startswith("I did the same two years ago") for t in comments)
    assert any(t.startswith("What do you do when you need a note") for t in comments)
    assert "Leave a Reply" in comments


def test_documentation_page_keeps_code_tables_and_admonitions() -> None:
    doc = _doc("docs_page.html")
    assert doc.title == "Configuration"
    assert doc.date is None  # "© Copyright 2024" is no date of the page
    assert doc.url == "https://docs.ferry.example/en/2.4/configuration.html"
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("Ferry reads its settings from a TOML file.")
    assert [b.text for b in doc.blocks if b.kind == "code"] == ['[ferry]\nworkers = 4\ncache_dir = "~/.cache/ferry"']
    assert "| Option | Default | Meaning |" in texts
    assert "| workers | 1 | Number of parallel transfers. |" in texts
    # the admonitions are content, with their labels
    for kept in ["Note", "Warning", "Relative paths in the file are resolved against the directory of the file, not the current directory."]:
        assert kept in texts
    for chrome in ["Edit this page", "Previous Next", "On this page", "Installation"]:
        assert _gone(doc, chrome)


def test_recipe_keeps_ingredients_and_steps_not_ratings() -> None:
    doc = _doc("recipe.html")
    assert doc.title == "Lemon Lentil Soup (30 Minutes)"
    assert doc.authors == ["Marta Quinn"]
    assert doc.date == dt.date(2023, 10, 4)
    items = [b.text for b in doc.blocks if b.kind == "list-item"]
    assert items[:2] == ["1 cup red lentils", "1 onion, chopped"]
    assert len(items) == 9  # six ingredients, three steps
    texts = [b.text for b in doc.blocks]
    assert "Ingredients" in texts and "Instructions" in texts
    assert any(t.startswith("The soup keeps for four days") for t in texts)
    assert "★★★★★ 4.8 from 212 votes" in _removed(doc, "end-matter")
    for chrome in ["Tried this recipe?", "Jump to Recipe", "Print Recipe", "18 Comments"]:
        assert _gone(doc, chrome)


def test_product_page_keeps_description_features_and_specs() -> None:
    doc = _doc("product.html")
    assert doc.title == "Trailhead 2 Insulated Bottle, 750 ml"
    assert doc.authors == []  # a shop's name in its copyright line is no author
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("A double-walled steel bottle")
    assert "Leak-proof lid with a carry loop" in texts
    assert "| Capacity | 750 ml |" in texts
    assert "★★★★☆ 4.6 (389 reviews)" in _removed(doc, "end-matter")
    assert any("Still ice cold" in t for t in _removed(doc, "comments"))  # the customer reviews
    for chrome in ["Add to cart", "Cart (0)", "You may also like"]:
        assert not any(chrome in t for t in texts)


def test_live_blog_keeps_every_entry_with_its_time() -> None:
    doc = _doc("liveblog.html")
    assert doc.title == "Storm Ida live: power cuts across the coast as winds reach 120 km/h"
    texts = [b.text for b in doc.blocks]
    # five entries, newest first, each with the time it was posted (an entry's time is its own)
    for time, entry in [("14:05", "The harbour master"), ("13:41", "About 42,000 homes"), ("09:02", "Good morning.")]:
        assert time in texts
        at = texts.index(time)
        assert texts[at + 1].startswith(entry)
    assert "Schools close early" in texts
    assert len(_removed(doc, "share-tools")) == 5
    assert not any("Copy link" in t for t in texts)


def test_amp_page() -> None:
    doc = _doc("amp_article.html")
    assert doc.title == "City approves night buses on four routes"
    assert doc.authors == ["Leo Brandt"]
    assert doc.url == "https://riverside.example/news/night-buses"
    assert [b.text[:16] for b in doc.blocks] == ["The city council", "Night workers at", "Buses will run e"]
    assert _gone(doc, "Sign up for our newsletter")
    assert _gone(doc, "Advertisement")
    assert "sidebar" in {r.reason for r in doc.removed if "Sports" in r.text}


def test_text_in_divs_and_line_breaks() -> None:
    doc = _doc("div_br.html")
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("Twenty-six players from five clubs")
    assert texts[1].startswith("The open section was won by Irene Vasquez")
    assert len(texts) == 4
    assert _gone(doc, "Posted 14.04.2024 by the club secretary")
    assert _gone(doc, "Results")  # the menu cell


def test_arabic_page_right_to_left() -> None:
    doc = _doc("rtl_arabic.html")
    assert doc.title == "افتتاح مكتبة عامة جديدة في وسط المدينة"
    assert doc.authors == ["سارة الأحمد"]
    assert doc.extra["language"] == "ar"
    assert len(doc.blocks) == 3 and doc.blocks[0].text.startswith("افتتحت البلدية")
    assert _gone(doc, "شارك على فيسبوك")
    assert _gone(doc, "اقرأ أيضًا")


def test_hebrew_page_byline_without_its_by_word() -> None:
    doc = _doc("rtl_hebrew.html")
    assert doc.title == "הרכבת הקלה תפעל גם בלילות שישי"
    assert doc.authors == ["נועה לוי"]  # "מאת" (by) is not part of the name
    assert doc.extra["language"] == "he"
    assert len(doc.blocks) == 2
    assert _gone(doc, "מאת נועה לוי")


def test_chinese_page_byline_and_its_date_line() -> None:
    doc = _doc("cjk_chinese.html")
    assert doc.title == "城市新增三条夜间公交线路"
    assert doc.authors == ["王磊"]
    assert doc.date == dt.date(2024, 3, 18)
    assert [b.text[:7] for b in doc.blocks] == ["记者从市交通局", "新线路主要覆盖", "市交通局表示，"]
    # short Chinese paragraphs are prose: the source and author line above them is a lead fragment
    assert "2024-03-18 09:30 来源：江城日报 作者：王磊" in _removed(doc, "lead-fragment")


def test_japanese_page_credit_line_in_brackets() -> None:
    doc = _doc("cjk_japanese.html")
    assert doc.title == "駅前に新しい図書館が開館"
    assert doc.authors == ["佐藤花子"]  # from "（文：佐藤花子）"
    assert [b.text[:5] for b in doc.blocks] == ["市は十日、", "館内には学", "市の担当者"]
    assert "2024年5月10日 9時00分" in _removed(doc, "lead-fragment")
    assert _gone(doc, "アクセスランキング") and _gone(doc, "市長選、三人が立候補")


def test_korean_page_reporter_name_in_its_own_span() -> None:
    doc = _doc("cjk_korean.html")
    assert doc.title == "시내버스 심야 노선 세 곳 신설"
    assert doc.authors == ["김민준"]  # "김민준 기자": the reporter, without the word for reporter
    assert doc.date == dt.datetime(2024, 6, 11, 10, 30)
    assert len(doc.blocks) == 2
    assert _gone(doc, "무단전재 및 재배포 금지") and _gone(doc, "지하철 막차 시간 연장")


def test_poem_in_pre_keeps_its_lines() -> None:
    doc = _doc("pre_poem.html")
    assert doc.authors == ["Agnes Hale"]
    assert not any(b.kind == "code" for b in doc.blocks)
    assert doc.blocks[0].text == (
        "The apple trees stand bare tonight,\ntheir branches black against the snow;\n"
        "the ladder that we left in June\nstill leans where we forgot to go."
    )
    assert doc.blocks[1].text.startswith("And every year I mean to prune,\nand every year")
    assert doc.blocks[2].text.startswith("Agnes Hale lives in Vermont.")


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_beautifulsoup_input_gives_the_same_document(name: str) -> None:
    bs4 = pytest.importorskip("bs4")
    html = (PAGES / name).read_text(encoding="utf-8")
    a = textclean.clean_html(html)
    for parser in ("html.parser", "lxml"):
        b = textclean.clean_html(bs4.BeautifulSoup(html, parser))
        assert (b.title, b.authors, b.date, b.url, b.links) == (a.title, a.authors, a.date, a.url, a.links)
        assert [(x.kind, x.text) for x in b.blocks] == [(x.kind, x.text) for x in a.blocks]
        assert [(r.reason, r.text) for r in b.removed] == [(r.reason, r.text) for r in a.removed]


def test_example_script_prints_every_page(capsys: pytest.CaptureFixture[str]) -> None:
    import runpy

    script = Path(__file__).parent.parent / "examples" / "html_unseen.py"
    runpy.run_path(str(script))["main"]([])
    out = capsys.readouterr().out
    assert out.count("== ") == len(list(PAGES.glob("*.html")))
    assert "authors ['millie_bakes']" in out


def test_docs_page_headings_lose_their_permalink_symbols() -> None:
    doc = _doc("docs_sphinx_permalinks.html")
    assert doc.title == "Quickstart"
    assert doc.url == "https://widget.readthedocs.io/en/latest/quickstart.html"
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Creating a widget", "Note", "Adding controls"]
    assert not any("¶" in b.text for b in doc.blocks)
    assert [b.text for b in doc.blocks if b.kind == "code"] == ['from widget import Frame\n\nframe = Frame("main")\nframe.show()']
    assert [b.text for b in doc.blocks if b.kind == "list-item"] == ["Button: a clickable button.", "Label: a line of text."]
    for chrome in ["View page source", "Previous Next", "Copyright 2024"]:
        assert _gone(doc, chrome)


def test_wiki_article_keeps_headings_next_to_edit_links_and_no_citation_date() -> None:
    doc = _doc("wiki_article.html")
    assert doc.title == "Lake Vostok"
    assert doc.url == "https://en.wikipedia.org/wiki/Lake_Vostok"
    # a reference's "Retrieved 3 May 2021" is the date someone read a source, not the page's
    assert doc.date != dt.date(2021, 5, 3)
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["Discovery", "References"]
    assert _removed(doc, "link-list") == ["[edit]", "[edit]"]
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("Lake Vostok is the largest of Antarctica's")
    for chrome in ["Jump to content", "Random article", "Lakes of Antarctica", "Privacy policy"]:
        assert _gone(doc, chrome)
