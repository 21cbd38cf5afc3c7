"""The rules added for unseen page types, each with what it must remove and what it must keep.

Small hand-written snippets (never benchmark pages); the whole pages are in
``tests/test_html_unseen.py``.
"""

from __future__ import annotations

import pytest

from textclean.html import clean_html, extract_html
from textclean.html.byline import text_byline_names
from textclean.html.extract import _COMMENTS_HEADING, _rating_line, _verse, _width
from textclean.html.metadata import _first_line, _new_year_shown, clean_author
from textclean.html.parse import parse_html

PROSE = [
    "The council met on Tuesday evening to discuss the new timetable for the buses in the valley.",
    "Residents had asked for later services for years, and the vote was nearly unanimous in the end.",
    "The first buses on the new timetable will run in September, the transport office said today.",
    "A review of the pilot is planned after six months, when the passenger numbers are known.",
]


def _blocks(html: str) -> list[str]:
    blocks, _ = extract_html(html)
    return [b.text for b in blocks]


def _reasons(html: str) -> dict[str, str]:
    doc = clean_html(html)
    return {r.text: r.reason for r in doc.removed}


# -- the chrome of a thread's posts -------------------------------------------------------------


def _post(name: str, date: str, text: str, rank: str = "Member") -> str:
    return (
        f'<div class="post"><div class="author"><a href="/u/{name}">{name}</a><div>{rank}</div></div>'
        f'<div class="when">{date}</div><div class="msg"><p>{text}</p></div>'
        f'<div class="sig">Sent from my kitchen</div></div>'
    )


def test_thread_posts_lose_their_author_rank_date_and_signature() -> None:
    page = (
        "<html><body><main><h1>Bus timetable</h1>"
        + _post("ana", "3 May 2024", PROSE[0]) + _post("ben", "4 May 2024", PROSE[1], "Moderator")
        + "</main></body></html>"
    )
    assert _blocks(page) == PROSE[:2]
    reasons = _reasons(page)
    assert reasons["Moderator"] == "post-meta"
    assert reasons["4 May 2024"] == "post-meta"
    assert reasons["Sent from my kitchen"] == "post-meta"


def test_posts_found_by_numbered_ids_and_ordinal_dates() -> None:
    posts = "".join(
        f'<table id="post{i}"><tr><td>Mar {i + 1}rd, 2024, 09:12 PM</td></tr><tr><td><div>Senior Member</div>'
        f'<div id="post_message_{i}">{p}</div></td></tr></table>'
        for i, p in enumerate(PROSE[:2])
    )
    page = f"<html><body><div><h1>Bus timetable</h1>{posts}</div></body></html>"
    assert _blocks(page) == PROSE[:2]
    assert _reasons(page)["Senior Member"] == "post-meta"


def test_numbered_ids_without_dates_are_no_posts() -> None:
    parts = "".join(f'<div id="part{i}"><h2>Part {i}</h2><div id="text{i}"><p>{p}</p></div></div>' for i, p in enumerate(PROSE[:3]))
    texts = _blocks(f"<html><body><main><h1>Bus timetable</h1>{parts}</main></body></html>")
    assert "Part 1" in texts and "Part 2" in texts


def test_sections_of_a_story_keep_their_headings() -> None:
    # the same markup shape (repeated containers with a text box), but no date in each: a story
    page = "<html><body><main><h1>Bus timetable</h1>" + "".join(
        f'<section class="part"><h2>Part {i}</h2><div class="text"><p>{p}</p></div></section>'
        for i, p in enumerate(PROSE[:3], 1)
    ) + "</main></body></html>"
    texts = _blocks(page)
    assert "Part 2" in texts and "Part 3" in texts


def test_live_blog_entries_keep_their_times() -> None:
    # each entry is its own message box: the time inside it is the entry's
    page = f"<html><body><main><h1>Storm live</h1><p>{PROSE[3]}</p>" + "".join(
        f'<div class="entry"><time datetime="2024-10-09T1{i}:00">1{i}:00</time><p>{p}</p></div>' for i, p in enumerate(PROSE[:3])
    ) + "</main></body></html>"
    assert _blocks(page) == [PROSE[3], "10:00", PROSE[0], "11:00", PROSE[1], "12:00", PROSE[2]]


def test_a_posts_permalinked_heading_makes_no_teaser_card() -> None:
    # phpBB sets each post under "<h3><a href="#p2">Re: …</a></h3>": a link to the post itself
    posts = "".join(
        f'<div class="post"><h3><a href="#p{i}">Re: Bus timetable</a></h3><p class="by">by u{i} » 3 May 2024</p>'
        f'<div class="content">{p}</div></div>'
        for i, p in enumerate(PROSE[:3])
    )
    page = f"<html><body><main><h1>Bus timetable</h1>{posts}</main></body></html>"
    assert _blocks(page) == PROSE[:3]


def test_a_teaser_card_that_links_to_another_page_still_goes() -> None:
    cards = "".join(
        f'<div class="card"><h3><a href="/story/{i}">Another story number {i}</a></h3><p>A short summary of it.</p></div>' for i in range(3)
    )
    page = f"<html><body><main><h1>Bus timetable</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p>{cards}</main></body></html>"
    assert _blocks(page) == PROSE[:2]


def test_a_salutation_opens_the_post_a_kicker_does_not() -> None:
    post = f'<html><body><main><h1>Bus timetable</h1><div class="content">Hallo zusammen,<br><br>{PROSE[0]}</div></main></body></html>'
    assert _blocks(post)[0] == "Hallo zusammen,"
    kicker = f'<html><body><main><h1>Bus timetable</h1><div class="kicker">Transport</div><p>{PROSE[0]}</p></main></body></html>'
    assert _blocks(kicker) == [PROSE[0]]


# -- comment sections -----------------------------------------------------------------------------


def test_a_counted_comment_heading_ends_the_article_however_long_the_comments() -> None:
    comments = "".join(f"<li><b>Reader {i}</b> says:<p>{p}</p></li>" for i, p in enumerate(PROSE * 2))
    page = (
        f"<html><body><main><h1>Bus timetable</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
        f'<section class="responses"><h3>8 Responses to “Bus timetable”</h3><ol>{comments}</ol></section></main></body></html>'
    )
    doc = clean_html(page)
    assert doc.paragraphs == PROSE[:2]
    assert {r.reason for r in doc.removed if "Reader" in r.text or "Responses" in r.text} == {"comments"}


def test_comments_heading_patterns() -> None:
    for heading in ["12 thoughts on “Bus timetable”", "4 Responses to \"Why\"", "Comments (3)", "18 Comments", "3 Kommentare zu „Titel“"]:
        assert _COMMENTS_HEADING.match(heading), heading
    # a story's subheadings that talk about responses
    for heading in ["Three responses to the crisis", "Comments from the mayor", "Responses"]:
        assert not _COMMENTS_HEADING.match(heading), heading


def test_story_subheading_about_responses_keeps_what_follows() -> None:
    page = (
        f"<html><body><main><h1>Bus timetable</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
        f"<h2>Three responses to the plan</h2><p>{PROSE[2]}</p><p>{PROSE[3]}</p></main></body></html>"
    )
    assert _blocks(page)[-2:] == PROSE[2:]


def test_shop_reviews_box_is_pruned_but_a_review_article_is_not() -> None:
    shop = (
        f'<html><body><main><h1>Steel bottle</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p></main>'
        f'<section class="product-reviews"><p>{PROSE[2]}</p></section></body></html>'
    )
    assert _reasons(shop)[PROSE[2]] == "comments"
    review = f'<html><body><article class="review"><h1>Steel bottle, tested</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p></article></body></html>'
    assert _blocks(review) == PROSE[:2]


# -- ratings, counts, prompts ------------------------------------------------------------------------


def test_rating_lines() -> None:
    for line in ["★★★★★ 4.8 from 212 votes", "4.6 out of 5 stars (389 reviews)", "★★★★☆", "4,5 von 5 Sternen (12 Bewertungen)"]:
        assert _rating_line(line), line
    for line in ["Rated the best soup of 2023 by our readers", "Reviews", "5 stars for the soup, said the jury."]:
        assert not _rating_line(line), line


def test_rating_line_and_answer_count_are_removed_sentences_about_them_kept() -> None:
    page = (
        f"<html><body><main><h1>Lentil soup</h1><p>{PROSE[0]}</p><div>★★★★★ 4.8 from 212 votes</div>"
        f"<p>{PROSE[1]}</p><h2>3 Answers</h2><p>{PROSE[2]}</p>"
        "<p>The soup got 212 votes in the readers' poll, more than any other recipe this year.</p></main></body></html>"
    )
    texts = _blocks(page)
    assert "★★★★★ 4.8 from 212 votes" not in texts and "3 Answers" not in texts
    assert texts[-1].startswith("The soup got 212 votes")


def test_recipe_and_form_prompts_are_end_matter() -> None:
    page = (
        f"<html><body><main><h1>Lentil soup</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p>"
        "<p>Tried this recipe? Rate it and tag us on Instagram!</p>"
        "<p>By clicking “Post Your Answer”, you agree to our terms of service.</p></main></body></html>"
    )
    assert _blocks(page) == PROSE[:3]


def test_dated_posted_by_footer_line_goes_a_sentence_stays() -> None:
    line = "Posted 14.04.2024 by the club secretary"
    keep = "Posted 14.04.2024 by the club secretary, the letter reached every member before the vote."
    page = f"<html><body><main><h1>Club news</h1><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{keep}</p><div>{line}</div></main></body></html>"
    assert _blocks(page) == [*PROSE[:2], keep]


# -- verse in <pre> -------------------------------------------------------------------------------------


def test_verse_is_told_from_code_and_wrapped_prose() -> None:
    pre = parse_html("<pre>x</pre>")[0].find(".//pre")
    assert _verse(pre, ["Roses are red and the garden is wide,", "the river runs down to the sea;", "the swallows return"])
    assert not _verse(pre, ["git clone https://example.org/x.git", "cd x", "make install"])
    assert not _verse(pre, ["Name", "Size", "Date"])  # a column of labels
    assert not _verse(pre, ["The committee met on Tuesday.", "It will meet again in March."])  # two lines: prose
    assert not _verse(pre, ["Thanks for all the replies to my question about the release date of the next version.", "a", "b"])


def test_pre_poem_keeps_its_stanzas_and_lines() -> None:
    page = (
        "<html><body><main><h1>Winter</h1><pre>\nThe orchard sleeps in winter light,\nthe ladder leans against the wall;\n"
        "the roots remember, out of sight.\n\nThe blossom waits for us all.\nAnd spring comes late, as springs will do,\n"
        "and finds us waiting, as we knew.\n</pre></main></body></html>"
    )
    doc = clean_html(page)
    assert [b.text.split("\n")[0] for b in doc.blocks] == ["The orchard sleeps in winter light,", "The blossom waits for us all."]
    assert doc.blocks[0].text.count("\n") == 2 and doc.blocks[1].kind == "paragraph"


def test_pre_with_config_is_still_code() -> None:
    page = f'<html><body><main><h1>Setup</h1><p>{PROSE[0]}</p><pre>[server]\nport = 8080\nhost = "0.0.0.0"</pre></main></body></html>'
    doc = clean_html(page)
    assert [b.kind for b in doc.blocks] == ["paragraph", "code"]


def test_a_question_part_of_the_title_is_not_a_section_name() -> None:
    from textclean.html.titles import _strip_site

    assert _strip_site("Old lens fungus - cleaning tips? - Camera Board", [], []) == "Old lens fungus - cleaning tips?"
    assert _strip_site("Budget approved by the council - Politik - Daily Planet", [], []) == "Budget approved by the council"


# -- authors ----------------------------------------------------------------------------------------------


def test_forum_author_box_gives_the_name_not_the_rank() -> None:
    root, _ = parse_html('<div class="post-author"><a href="/u/millie">millie_bakes</a><div>New member</div><div>Posts: 3</div></div>')
    assert _first_line(root.find(".//div")) == "millie_bakes"


def test_byline_box_that_opens_with_text_is_read_whole() -> None:
    root, _ = parse_html('<div class="authorWrapper"><div><p>von <a>Ana Lima</a></p></div><p>Stand: 1. Mai</p></div>')
    assert _first_line(root.find(".//div")) == ""
    root, _ = parse_html('<p class="author">By <a href="/a">Ana Lima</a> and <a href="/b">Ben Roe</a></p>')
    assert _first_line(root.find(".//p")) == ""


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("מאת נועה לוי | 02.06.2024", ["נועה לוי"]),
        ("بقلم سارة الأحمد · ٨ أبريل ٢٠٢٤", ["سارة الأحمد"]),
        ("2024-03-18 09:30 来源：江城日报 作者：王磊", ["王磊"]),
        ("作者认为这项政策将在明年生效", []),  # "the author thinks …": a sentence, no label
        ("By clicking accept you agree to our terms", []),
    ],
)
def test_bylines_in_scripts_without_capitals(line: str, names: list[str]) -> None:
    assert text_byline_names(line) == names


def test_author_values_lose_their_by_word_in_other_scripts() -> None:
    assert clean_author("מאת נועה לוי") == ["נועה לוי"]
    assert clean_author("作者：王磊") == ["王磊"]
    assert clean_author("王磊") == ["王磊"]  # a surname such as 文 is not a label without its colon
    assert clean_author("文世光") == ["文世光"]


def test_credit_line_in_brackets() -> None:
    assert clean_author("（文：佐藤花子）") == ["佐藤花子"]
    assert clean_author("(Jane Doe)") == ["Jane Doe"]


def test_caseless_byline_box_name_in_its_own_span() -> None:
    body = f"<h1>시내버스 심야 노선 세 곳 신설</h1><p>{PROSE[0]}</p>"
    ko = f'<html><body><div class="byline"><span class="name">김민준 기자</span> <span>입력 2024.06.11</span></div>{body}</body></html>'
    assert clean_html(ko).authors == ["김민준"]
    # a Latin-script box is read whole as before: its first inline element is a label there
    latin = f'<html><body><div class="byline"><span>Beitrag</span> von <a>Kalle_R</a> » So 3. Mär 2024</div>{body}</body></html>'
    assert clean_html(latin).authors == ["Kalle_R"]


def test_product_page_has_no_author_but_a_personal_page_does() -> None:
    shop = (
        '<html><head><script type="application/ld+json">{"@type":"Product","name":"Bottle"}</script></head>'
        f"<body><h1>Bottle</h1><p>{PROSE[0]}</p><footer><p>© 2024 Jane Doe</p></footer></body></html>"
    )
    assert clean_html(shop).authors == []
    blog = f"<html><body><h1>Bottle</h1><p>{PROSE[0]}</p><footer><p>© 2024 Jane Doe</p></footer></body></html>"
    assert clean_html(blog).authors == ["Jane Doe"]


# -- CJK widths, dates ---------------------------------------------------------------------------------------


def test_width_counts_cjk_twice() -> None:
    assert _width("新线路主要覆盖火车站") == 20
    assert _width("Rain returns") == 12


def test_short_chinese_paragraphs_are_prose_a_short_latin_line_is_not() -> None:
    zh = (
        "<html><body><h1>城市新增三条夜间公交线路</h1><div>2024-03-18 来源：江城日报</div>"
        "<p>记者从市交通局获悉，从下月起，本市将新增三条夜间公交线路，运营时间为每晚十一点。</p>"
        "<p>新线路主要覆盖火车站、市第一医院和高新区等区域，票价与日间线路相同。</p></body></html>"
    )
    assert _blocks(zh)[0].startswith("记者从市交通局获悉")
    en = f"<html><body><h1>Bus timetable</h1><div>Local news</div><p>{PROSE[0]}</p></body></html>"
    texts = _blocks(en)
    assert PROSE[0] in texts and "Local news" not in texts  # a short Latin line above the story: a lead fragment


def test_new_year_must_be_written_out() -> None:
    assert not _new_year_shown("<footer>© Copyright 2024, the Ferry authors.</footer>", 2024)
    for shown in ["<time>2024-01-01</time>", "Posted on January 1, 2024", "1. Januar 2024", "01.01.2024", "1 de enero de 2024"]:
        assert _new_year_shown(shown, 2024), shown
