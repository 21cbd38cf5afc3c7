"""The comments cleaner: a comment section under the text goes (its marker line and everything
after it, reason ``comments``); a marker with no comment under it, a marker above the text and a
forum thread's quoted posts stay."""

from __future__ import annotations

import pytest

import textclean
from textclean import Pipeline
from textclean.cleaners import Comments, Layout

POST = ("I spent six weeks using Helix as my only editor. It felt natural after a few days, and I never "
        "looked back at my old setup with its dozens of plugins.")


def _comments(doc: textclean.Document) -> list[str]:
    return [r.text for r in doc.removed if r.reason == "comments"]


def test_comment_sections_in_german_and_french() -> None:
    de = ("Seit sechs Wochen benutze ich nur noch Helix als Editor, und nach ein paar Tagen fühlte es sich "
          "ganz natürlich an, wie die Kollegen gesagt hatten.")
    fr = ("Depuis six semaines, je n'utilise plus que Helix comme éditeur, et au bout de quelques jours "
          "cela m'a semblé tout à fait naturel, comme le disaient les collègues.")
    for body, section in ((de, "Kommentare\n\nJens sagt:\n\nGenau so geht es mir auch.\n\nAntworten"),
                          (fr, "Commentaires\n\nPierre dit :\n\nMerci pour cet article.\n\nRépondre")):
        doc = textclean.clean(f"{body}\n\n{section}\n")
        assert doc.paragraphs == [body]
        assert _comments(doc)[0] == section.split("\n")[0]


@pytest.mark.parametrize("section", [
    "2 Comments\n\nTom says:\nFebruary 14, 2025 at 6:22 pm\nSame experience here. The lack of plugins is a dealbreaker.\nReply\n\n"
    "Leave a Reply\nYour email address will not be published. Required fields are marked *",
    "Leave a Reply\n\nAnna on March 3, 2025 at 9:10 am said:\n\nGreat write-up, thanks for sharing it.\n\nReply ↓",
])
def test_a_comment_section_under_the_post_goes(section: str) -> None:
    doc = textclean.clean(f"Why I Switched Editors\n\nPosted by Lena Hoffmann on February 14, 2025\n\n{POST}\n\n{section}\n")
    assert doc.paragraphs == [POST]
    assert doc.title == "Why I Switched Editors"
    assert doc.authors == ["Lena Hoffmann"]
    assert _comments(doc)[0] == section.split("\n")[0]


@pytest.mark.parametrize("text", [
    # a marker with no comment under it
    f"{POST}\n\nComments are closed.\n\nThe next post will be about terminals and fonts, in two weeks.",
    # a report's section headed "Comments", over prose
    f"{POST}\n\nComments\n\nThe committee welcomed the proposal but asked for a second reading in May.",
    # a marker above the text (a thread's reply count), then the posts
    f"3 replies\n\nkim42 says:\n\n{POST}",
    # a forum thread: a post, its replies, a quote of the first post ("… wrote:")
    f"{POST}\n\n3 replies\n\njo_hikes wrote:\n\nI had the same problem with my old boots last winter.",
])
def test_what_is_no_comment_section_stays(text: str) -> None:
    doc = Pipeline([Layout(), Comments()]).clean(text)
    assert not _comments(doc)
    assert doc.paragraphs == Pipeline([Layout()]).clean(text).paragraphs


def test_the_default_pipeline_runs_it_before_boilerplate() -> None:
    names = [c.name for c in Pipeline.default().cleaners]
    assert names.index("spaces") < names.index("comments") < names.index("boilerplate")


def test_a_second_cleaning_changes_nothing() -> None:
    text = f"Why I Switched Editors\n\n{POST}\n\n2 Comments\n\nTom says:\n\nSame here.\n\nReply\n"
    doc = textclean.clean(text)
    again = textclean.clean(doc.text)
    assert again.paragraphs == doc.paragraphs
    assert not _comments(again)
