"""Post-footer meta lines and markup state words (issue 8, round 2)."""

from __future__ import annotations

from textclean.html import extract_html
from textclean.html.extract import _meta_line, _token_reason

from .html_snippets import P1, P2, P3

LONG = " ".join([P1, P2, P3] * 3)


def _texts(html: str) -> tuple[list[str], list[str]]:
    blocks, draft = extract_html(html)
    return [b.text for b in blocks], [r.text for r in draft.removed]


def test_a_post_footer_goes_even_before_a_long_author_box() -> None:
    html = f"""<html><body><div class="post"><h1>Budget day</h1><p>{P1}</p><p>{P2}</p>
    <p>This entry was posted in News. Bookmark the permalink.</p>
    <p>{LONG}</p></div></body></html>"""
    texts, removed = _texts(html)
    assert P1 in texts and LONG in texts
    assert not any(t.startswith("This entry was posted") for t in texts)
    assert any(t.startswith("This entry was posted") for t in removed)


def test_a_german_post_footer_goes() -> None:
    footer = "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit Berlin von Simon. Permanentlink."
    assert _meta_line(footer)
    assert _meta_line("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.")


def test_a_bar_separated_meta_line_with_a_comments_link_goes() -> None:
    assert _meta_line("January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments")
    assert _meta_line("Kommentarfeed | Kommentare geschlossen | Trackback-URL")
    html = f"""<html><body><article><h1>Budget day</h1>
    <p>January 13, 2020 | categories: Politics | View Comments</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    </article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-3:] == [P1, P2, P3]
    assert any("View Comments" in t for t in removed)


def test_prose_that_mentions_posting_or_bars_is_kept() -> None:
    assert not _meta_line("This entry in the register was posted by the clerk before the council met on Tuesday.")
    assert not _meta_line("Rain | wind | snow are forecast for the weekend in the northern valleys.")
    assert not _meta_line(P1)
    html = f"<html><body><article><h1>Budget day</h1><p>{P1}</p><p>The entry was posted in the register, the clerk said.</p><p>{P2}</p></article></body></html>"
    texts, _ = _texts(html)
    assert "The entry was posted in the register, the clerk said." in texts


def test_a_spanish_comment_login_prompt_at_the_end_goes() -> None:
    html = f"""<html><body><article><h1>Presupuesto</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    <p>Para comentar debes registrarte y completar los datos generales.</p></article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-1] == P3
    assert any(t.startswith("Para comentar") for t in removed)


def test_drupal_promoted_state_is_not_an_advert() -> None:
    assert _token_reason("node-promoted") is None
    assert _token_reason("promoted") == "advertisement"
    assert _token_reason("promo-box") == "advertisement"
    html = f"""<html><body><div class="node node-article node-promoted"><h1>Budget day</h1><p>{P1}</p><p>{P2}</p></div>
    <div class="sidebar"><p>{P3}</p></div></body></html>"""
    texts, _ = _texts(html)
    assert P1 in texts and P2 in texts


def test_more_post_footers_and_meta_lines() -> None:
    assert _meta_line("Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials. Kommentare zu diesem Beitrag.")
    assert _meta_line("Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: , , | Rating: 0.0/0")
    assert _meta_line("Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB | Datei ist nicht barrierefrei")
    assert _meta_line("Life is not digital. Zeige alle Beiträge von Cem Basman")
    assert _meta_line("A writer and a cook. View all posts by Ana Lima")


def test_bar_lines_of_prose_or_data_are_kept() -> None:
    assert not _meta_line("Preis: 12 Euro | Ort: Stadthalle")  # two label items: a line of facts
    assert not _meta_line("Berlin | Hamburg | München")
    assert not _meta_line("Sie erstellte am Montag eine Liste, die später im Archiv abgelegt wurde.")
    assert not _meta_line("Größe 38 KB ist die Datei, die er schickte, und sie kam am Montag an.")


def test_a_story_ending_with_an_author_box_link_keeps_its_prose() -> None:
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    <p>Ana writes about the city. View all posts by Ana Lima</p></article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-3:] == [P1, P2, P3]
    assert any("View all posts by" in t for t in removed)


# -- a CMS "teaser" that is the standfirst (extract._standfirst_teaser) ----------------------------

LEAD = "Nach einer langen Nacht hat der Stadtrat den neuen Haushalt beschlossen, die Opposition ist empört."


def test_a_teaser_named_standfirst_without_links_is_kept() -> None:
    html = f"""<html><body><main><header><h1>Haushalt beschlossen</h1>
    <div class="teaser-text news-details__teaser"><p>{LEAD}</p></div></header>
    <div class="article-body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></main></body></html>"""
    texts, _ = _texts(html)
    assert LEAD in texts and P1 in texts


def test_a_teaser_card_linking_to_another_story_is_still_pruned() -> None:
    card = "Der Bürgermeister will den Nahverkehr im kommenden Jahr deutlich ausbauen, sagte er am Montag."
    html = f"""<html><body><main><h1>Haushalt beschlossen</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    <div class="teaser"><h3><a href="/nahverkehr">Nahverkehr</a></h3><p>{card}</p></div></main></body></html>"""
    texts, removed = _texts(html)
    assert card not in texts and P3 in texts
    assert any(card in t for t in removed)


def test_lines_of_control_labels_go_and_sentences_with_them_stay() -> None:
    for line in ["Bild anzeigen Bild schließen", "Quellen ausblenden", "Externer Inhalt", "Show more"]:
        assert _meta_line(line), line
    assert not _meta_line("Die Firma will ihr Werk vergrößern und schließen will sie keines.")
    assert not _meta_line("Externer Inhalt ist bei uns selten, sagte die Redakteurin am Montag.")


def test_a_dash_separated_meta_line_of_three_labelled_items_goes() -> None:
    line = "05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde - Tags: hospital veículo"
    assert _meta_line(line)
    assert _meta_line("12.03.2021 – Autor: Jan Berg – Rubrik: Politik – Schlagworte: Haushalt")
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><p>{P2}</p>
    <p>{line}</p><p>{P3}</p></article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-3:] == [P1, P2, P3]
    assert line in removed


def test_prose_and_short_lines_joined_by_dashes_are_kept() -> None:
    # fewer than three "Label: value" items, or an item too long for a meta line: prose
    assert not _meta_line("Note: the council met - Result: the budget passed - and the mayor left early.")
    assert not _meta_line("Berlin - Paris - London - Rome: the tour goes on in the spring.")
    assert not _meta_line(
        "Update: the budget passed - Reaction: the opposition, which had fought the plan for months in every "
        "committee, called it a disgrace - Next: the senate"
    )
    html = f"<html><body><article><h1>Budget day</h1><p>{P1}</p><p>Ana - Tip: rest - Idea: walk - and sleep well.</p><p>{P2}</p></article></body></html>"
    texts, _ = _texts(html)
    assert "Ana - Tip: rest - Idea: walk - and sleep well." in texts


def test_a_line_of_labelled_time_stamps_goes_anywhere() -> None:
    from textclean.html.dates import stamp_line

    for line in (
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
        "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
        "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM",
        "Aktualisiert am Di., 25.01.2022 um 14:45 Uhr",
        "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM",
    ):
        assert stamp_line(line), line
    stamp = "First Published: Tuesday, November 19, 2019 08:38 AM"
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><h3>{stamp}</h3><p>{P2}</p>
    <p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p><p>{P3}</p></article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-3:] == [P1, P2, P3]
    assert stamp in removed and any(t.startswith("PUBLISHED: 10:48") for t in removed)


def test_sentences_about_publishing_and_bracketed_stamps_are_kept() -> None:
    from textclean.html.dates import stamp_line

    for line in (
        "Published in 2019 by the city council.",
        "Updated figures for March 3, 2021 show a rise.",
        "(Published Monday, Nov. 18, 2019)",  # a video's caption, part of the story on news pages
        "Published: 3 May 2020 | The council approved the budget after a long debate on Tuesday night.",
        "Updated 2 hours ago",
        "Nov 18, 2019 @17:19 PM",  # a bare date line: the lead-fragment and date rules decide
        "Nov 18, 2019 | Politics",
    ):
        assert not stamp_line(line), line
    html = f"<html><body><article><h1>Budget day</h1><p>{P1}</p><p>(Published Monday, Nov. 18, 2019)</p><p>{P2}</p></article></body></html>"
    texts, _ = _texts(html)
    assert "(Published Monday, Nov. 18, 2019)" in texts


def test_the_links_to_the_previous_and_next_posts_are_navigation() -> None:
    assert _token_reason("next-prev") == "navigation" and _token_reason("prevNext") == "navigation"
    teaser = "The most powerful hatch to come out of the factory has 306 HP and a huge rear wing"
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>
    <div class="grid-container next-prev"><a href="/next-story"><h5>Hatch with 300 HP</h5></a><p>{teaser}</p></div>
    </article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-3:] == [P1, P2, P3] and any(teaser in t for t in removed)


def test_next_and_previous_alone_name_no_box() -> None:
    # a slider's "next" button, a "previous-results" table: words too common alone
    assert _token_reason("next") is None and _token_reason("previous-results") is None
    assert _token_reason("next-steps") is None
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><div class="next-steps"><p>{P2}</p></div><p>{P3}</p>
    </article></body></html>"""
    texts, _ = _texts(html)
    assert P2 in texts


def test_slideshow_counters_and_control_labels_go_even_as_headings() -> None:
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><h3>Image 1 of 5</h3><p>{P2}</p>
    <h4>Caption</h4><h4>Close</h4><p>1 - 5 of 36</p><p>NEXT PREV</p><p>{P3}</p></article></body></html>"""
    texts, removed = _texts(html)
    assert texts[-3:] == [P1, P2, P3]
    for line in ("Image 1 of 5", "Caption", "Close", "1 - 5 of 36", "NEXT PREV"):
        assert line in removed


def test_scores_headings_and_sentences_with_counts_are_kept() -> None:
    kept = ["3 of 4 voters agreed", "Next steps for the council", "Close to the river, the new park"]
    body = f"<p>{P1}</p>" + "".join(f"<h3>{k}</h3><p>{p}</p>" for k, p in zip(kept, (P2, P3, P1), strict=True))
    texts, _ = _texts(f"<html><body><article><h1>Budget day</h1>{body}</article></body></html>")
    for line in kept:
        assert line in texts


def test_a_custom_element_inside_a_paragraph_is_inline() -> None:
    sentence = "Binge eating is the most common eating disorder in the United States (1)."
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p>
    <p>Binge eating is the most common eating disorder in the United States (<hl-source rationale="x"><a href="https://example.org/study">1</a></hl-source>).</p>
    <p>{P2}</p><p>{P3}</p></article></body></html>"""
    texts, _ = _texts(html)
    assert sentence in texts and ")." not in texts


def test_a_custom_element_that_holds_blocks_is_still_a_block() -> None:
    html = f"""<html><body><article><h1>Budget day</h1><p>{P1}</p><story-card>A card of its own</story-card>
    <div><app-note>Note set as a component</app-note>{P2}</div><p>{P3}</p></article></body></html>"""
    texts, _ = _texts(html)
    assert "Note set as a component" in texts and P2 in texts and P1 in texts
