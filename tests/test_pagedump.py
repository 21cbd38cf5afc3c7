"""The ``page-dump`` cleaner: a whole page's ``get_text()`` comes out as its article, and
ordinary documents come through untouched.

The fixtures under ``fixtures/pagedump/`` are made-up pages (English, German and Spanish) with a header,
menus, share links, an article with a subheading, related links, comments and a footer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import textclean
from textclean import Pipeline
from textclean.cleaners import Layout, PageDump
from textclean.document import Document
from textclean.strategies import MessyDocument, messy_documents

FIXTURES = Path(__file__).parent / "fixtures"
DUMPS = sorted((FIXTURES / "pagedump").glob("*.txt"))
ROOT = Path(__file__).parent.parent


def clean(text: str) -> Document:
    return textclean.clean(text, html=False)


def pagedump_removals(doc: Document) -> list[str]:
    return [r.text for r in doc.removed if r.cleaner == "page-dump"]


MENU = "\n".join(["Home", "World", "Politics", "Business", "Science", "Sport", "Culture", "Travel"])
FOOTER = "\n".join(["About us", "Contact", "Jobs", "Privacy", "Terms", "Help", "Sitemap"])
P1 = ("The council voted on Tuesday to keep the old harbour bridge open for another year, "
      "after engineers said that the repairs could wait until the summer.")
P2 = ("Residents had collected more than two thousand signatures against the closure, and "
      "many of them came to the town hall to follow the debate.")
P3 = "The mayor said that a new bridge would be designed in the next two years."


def page(body: str, *, head: str = MENU, foot: str = FOOTER) -> str:
    return f"Bridge stays open | The Daily Example\n\n{head}\n\nBridge stays open\n\n{body}\n\n{foot}"


# -- what it must remove --------------------------------------------------------------------------

@pytest.mark.parametrize("path", DUMPS, ids=[p.stem for p in DUMPS])
def test_fixture_dump_keeps_the_article(path: Path) -> None:
    doc = clean(path.read_text(encoding="utf-8"))
    text = doc.text
    # the article, its subheading and its title
    assert len(doc.paragraphs) == 6
    assert doc.blocks[3].kind == "heading"
    assert doc.title is not None and len(doc.title.split()) >= 6
    assert doc.authors
    # none of the page around it
    for furniture in ("Home", "Startseite", "Impressum", "About us", "Reply", "Antworten",
                      "Newsletter", "Comments", "Kommentare", "Anzeige", "Advertisement",
                      "Portada", "Aviso legal", "Responder", "Publicidad", "Deja un comentario"):
        assert furniture not in doc.paragraphs
    for comment in ("My mother depends", "Endlich!", "Por fin una buena"):
        assert comment not in text
    for related in ("Harbour festival", "Stadtfest", "fiestas del puerto"):
        assert related not in text
    reasons = {r.reason for r in doc.removed if r.cleaner == "page-dump"}
    assert reasons <= {"navigation", "page-furniture"} and "navigation" in reasons


@pytest.mark.parametrize("path", DUMPS, ids=[p.stem for p in DUMPS])
def test_fixture_dump_is_idempotent(path: Path) -> None:
    once = clean(path.read_text(encoding="utf-8"))
    assert clean(once.text).paragraphs == once.paragraphs
    assert not pagedump_removals(clean(once.text))


def test_menus_and_footer_go_with_navigation_reason() -> None:
    doc = Pipeline([Layout(), PageDump()]).clean(page(f"{P1}\n\n{P2}\n\n{P3}"))
    assert doc.paragraphs == ["Bridge stays open", P1, P2, P3]
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["Politics"] == "navigation" and removed["Sitemap"] == "navigation"
    assert all(r.cleaner == "page-dump" and r.line is not None for r in doc.removed)


def test_comment_section_after_the_article_goes() -> None:
    comments = ("Comments\n\nJoe Bloggs\n\nMarch 3, 2024 at 9:12 pm\n\n"
                "I walk over that bridge every single morning and I am glad that it stays open for us.\n\n"
                "Reply\n\nAnna Smith\n\nMarch 3, 2024 at 9:40 pm\n\n"
                "The engineers have said the same thing for ten years now, and nothing ever happens here.")
    doc = Pipeline([Layout(), PageDump()]).clean(page(f"{P1}\n\n{P2}\n\n{comments}"))
    assert doc.paragraphs == ["Bridge stays open", P1, P2]
    assert any(r.text == "Comments" for r in doc.removed)


def test_teasers_after_a_tag_list_go() -> None:
    teasers = ("Bridges\nTown hall\nTransport\nHarbour\n\n"
               "Ferry fares to rise in April\n\n"
               "The ferry company said on Monday that the price of a single ticket would rise by ten per cent.")
    doc = Pipeline([Layout(), PageDump()]).clean(page(f"{P1}\n\n{P2}\n\n{teasers}"))
    assert doc.paragraphs == ["Bridge stays open", P1, P2]


def test_prose_printed_twice_is_a_teaser() -> None:
    teaser = ("Police said that the road to the airport would be closed for three days from Monday "
              "because of works on the water main.")
    body = f"{teaser}\n\nTraffic\nWeather\nRoads\nTrains\n\n{P1}\n\n{P2}\n\n{P3}\n\nMore news\n\n{teaser}"
    doc = Pipeline([Layout(), PageDump()]).clean(page(body))
    assert teaser not in doc.paragraphs
    assert doc.paragraphs[-3:] == [P1, P2, P3]


def test_short_lines_inside_the_article_stay() -> None:
    last = P1.replace("Tuesday", "Friday")
    body = f"{P1}\n\nWhat comes next\n\n{P2}\n\nFirst step\nSecond step\n\n{last}"
    doc = Pipeline([Layout(), PageDump()]).clean(page(body))
    assert doc.paragraphs == ["Bridge stays open", P1, "What comes next", P2, "First step", "Second step", last]


def test_headline_repeated_from_the_first_line_starts_the_article() -> None:
    # the prose under "Most read" is longer than the article, but the article starts at its headline
    most_read = ("Most read\n\n" + " ".join([P2] * 4) + "\n\nTravel\nMotoring\nGardening\nFood\nStyle")
    text = page(f"By Jane Doe\n\nShare\nTweet\nEmail\n\n{P1}\n\n{P3}", head=f"{MENU}\n\n{most_read}")
    doc = clean(text)
    assert doc.title == "Bridge stays open"
    assert doc.authors == ["Jane Doe"]
    assert doc.paragraphs == [P1, P3]


def test_chinese_page_dump() -> None:
    menu = "\n".join(["首页", "新闻", "体育", "财经", "娱乐", "科技", "汽车", "房产"])
    para = "市政府周二宣布，老港口大桥将继续开放一年，工程师表示维修工作可以推迟到夏天再进行。居民们对此表示欢迎。"
    foot = "\n".join(["关于我们", "联系我们", "广告服务", "隐私政策", "网站地图", "招聘信息", "帮助中心"])
    text = f"大桥继续开放 - 示例新闻网\n\n{menu}\n\n大桥继续开放\n\n{para}\n\n{para[:-1]}，明年再议。\n\n{foot}"
    doc = Pipeline([Layout(), PageDump()]).clean(text)
    assert doc.paragraphs[0] == "大桥继续开放"
    assert doc.paragraphs[1] == para and len(doc.paragraphs) == 3



def test_joined_chinese_links_are_a_link_run_and_chinese_prose_is_not() -> None:
    from textclean.cleaners.pagedump import _link_run

    # link texts joined on one line, with spaces: ten words (page furniture)
    assert _link_run("首页 新闻 体育 财经 娱乐 科技 汽车 房产 教育 旅游 健康 时尚")
    # a Chinese paragraph that lost its full stop (a mis-decoded end): no capitals, no spaces
    assert not _link_run("市政府周二宣布，老港口大桥将继续开放一年，工程师表示维修工作可以推迟到夏天再进行（记者王小")


def test_short_chinese_article_with_open_ended_lines_is_no_page_dump() -> None:
    # a headline with the site's name, a lead and a last paragraph without a full stop: the
    # article is no page dump, every block stays
    para = "市政府周二宣布，老港口大桥将继续开放一年，工程师表示维修工作可以推迟到夏天再进行。居民们对此表示欢迎。"
    lines = ["大桥继续开放一年，工程师表示维修工作可以推迟到夏天再进行--时政--示例新闻网",
             "新华社北京4月24日电 题：大桥继续开放一年，工程师表示维修工作可以推迟到夏天再进行",
             *[para.replace("周二", day) for day in ("周一", "周二", "周三", "周四", "周五", "周六", "周日", "昨天", "今天")],
             "居民们对此表示欢迎，他们说这座桥对于每天上班的人来说非常重要（记者王小明、李华"]
    text = "\n\n".join(lines)
    doc = Pipeline([Layout(), PageDump()]).clean(text)
    assert doc.paragraphs == lines
    assert not doc.removed

# -- what it must keep ------------------------------------------------------------------------------

ARTICLE = f"Bridge stays open\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\nWhat comes next\n\n{P3}"
KEEPS = {
    "ordinary article": ARTICLE,
    "one paragraph per line": "\n".join([P1, P2, P3, P1.replace("Tuesday", "Friday"), P2.replace("two", "three")]),
    "a list after an intro": (
        f"Shopping for the week\n\n{P1}\n\n" + "\n".join(["Flour", "Sugar", "Eggs", "Butter", "Milk", "Apples",
                                                            "Bread", "Cheese", "Rice", "Tea"])),
    "a poem": ("The Harbour at Night\n\n" + "\n".join([
        "The boats are sleeping in the bay,", "The lights are out along the quay,", "And all the gulls have flown away",
        "Across the dark and silent sea.", "", "I walk alone beside the wall", "And hear the water rise and fall",
        "And wait for morning, that is all,", "Until the sun comes back to me."])
        + f"\n\n{P1}\n\n{P2}\n\n{P3}"),
    "an interview with short lines": ("Five questions for the mayor\n\n" + "\n\n".join([
        "Why did you change your mind?", "We listened.", "Was it hard?", "Not really.", "What about the cost?",
        "It is in the budget.", "When will the new bridge come?", "In two years.", P1, "Thank you.", "My pleasure."])),
    "subheadings and bullets": (
        f"# Bridge stays open\n\n{P1}\n\n## What we know\n\n- the vote was close\n- the bridge is old\n"
        f"- repairs wait\n- the mayor agrees\n- residents signed\n\n{P2}\n\n## What comes next\n\n{P3}\n\n"
        "- Design\n- Tender\n- Build\n- Open\n- Celebrate\n- Maintain\n- Inspect\n- Repeat"),
    "a page copy with its title twice and a short list at the end": (
        f"Bridge stays open\n\nBridge stays open\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        + "\n".join(["Council", "Harbour", "Bridges", "Transport", "Budget", "Engineers"])),
    # a recipe: short headings and ingredients around steps that are sentences in a numbered
    # list (its steps are prose: the short lines around them are not a page's menus)
    "a recipe with numbered steps": (
        "Classic Lemon Drizzle Cake\n\nJump to Recipe · Print Recipe\n\nIngredients\n\nFor the drizzle:\n"
        "- Juice of 1½ lemons\n- 85g caster sugar\n\nMethod\n\n"
        "2. Beat together the butter and sugar until pale and creamy, then add the eggs, one at a time.\n"
        "3. Sift in the flour, then add the lemon zest and mix until well combined.\n"
        "4. Bake for 45-50 mins until a thin skewer inserted into the centre comes out clean.\n"
        "5. Mix the lemon juice and sugar, then spoon over the warm cake.\n\n"
        "Did you make this recipe? Tag us on Instagram!\n\nRate this recipe ★★★★★\n"),
    "a menu-like list of sections in a report": (
        "Annual report\n\nContents\n\nSummary\nFinances\nStaff\nOutlook\n\n" + f"{P1}\n\n{P2}\n\n{P3}"),
}


@pytest.mark.parametrize("text", list(KEEPS.values()), ids=list(KEEPS))
def test_keeps_documents_that_are_not_page_dumps(text: str) -> None:
    assert Pipeline([Layout(), PageDump()]).clean(text).paragraphs == Pipeline([Layout()]).clean(text).paragraphs
    assert not pagedump_removals(clean(text))


def test_keeps_the_seed_corpus_and_examples() -> None:
    paths = [*sorted((FIXTURES / "seeds").glob("*.txt")), *sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    assert len(paths) >= 6
    for path in paths:
        assert not pagedump_removals(clean(path.read_text(encoding="utf-8"))), path.name


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(messy_documents())
def test_keeps_messy_documents(m: MessyDocument) -> None:
    assert not pagedump_removals(clean(m.messy))


def test_short_documents_are_never_dumps() -> None:
    text = "Home\nWorld\nSport\nNews\n\n" + P1
    assert Pipeline([Layout(), PageDump()]).clean(text).paragraphs == Pipeline([Layout()]).clean(text).paragraphs


def test_default_pipeline_order() -> None:
    names = Pipeline.default().names
    assert names.index("boilerplate") < names.index("page-dump") < names.index("title")


def test_french_page_with_comment_form() -> None:
    menu = "\n".join(["Accueil", "Actualités", "Politique", "Économie", "Culture", "Sport", "Météo"])
    p1 = ("Le conseil municipal a voté mardi soir le maintien du vieux pont du port pour une année "
          "de plus, après l'avis rassurant des ingénieurs de la ville.")
    p2 = ("Les habitants avaient réuni plus de deux mille signatures contre la fermeture, et beaucoup "
          "d'entre eux sont venus suivre le débat à la mairie.")
    comments = ("Laisser un commentaire\n\nJean D.\n\nC'est une très bonne nouvelle pour tous les habitants "
                "du quartier qui prennent ce pont chaque matin pour aller travailler.")
    foot = "\n".join(["Mentions légales", "Contact", "Publicité", "Plan du site", "Abonnement"])
    text = f"Le pont reste ouvert | Le Courrier\n\n{menu}\n\nLe pont reste ouvert\n\n{p1}\n\n{p2}\n\n{comments}\n\n{foot}"
    doc = clean(text)
    assert doc.title == "Le pont reste ouvert"
    assert doc.paragraphs == [p1, p2]


def test_an_article_extracted_from_html_is_left_alone() -> None:
    from textclean.document import Block, Removal
    from textclean.pipeline import Draft

    text = page(f"{P1}\n\n{P2}\n\n{P3}")
    blocks = Pipeline([Layout()]).clean(text).blocks
    draft = Draft(blocks=[], removed=[Removal("html", "outside-article", "Site menu", 3)])
    doc = Pipeline([PageDump()]).clean_blocks([Block(b.text, b.kind, b.line) for b in blocks], draft=draft)
    assert doc.paragraphs == [b.text for b in blocks]


@pytest.mark.parametrize("path", DUMPS, ids=[p.stem for p in DUMPS])
def test_fixture_dump_accounts_for_every_word(path: Path) -> None:
    from .test_guarantees import _accounted

    _accounted(path.read_text(encoding="utf-8"))
