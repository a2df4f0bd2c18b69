"""Issue 16, helper fix67a (fresh-user trial 67b): any document gives the structure it has.

1. A series' labelled number (``Gallery 3.``, ``Room 3.``, ``Hall 3:``) is no part of its title's length: each
   member of the series heads its section, however long the line with the label is.
2. A comma parts no edition off a title's line (``Spring Bulletin, No. 42``): the line stays whole, no ``, No. 42``
   left in ``front``.
3. A line naming where a text comes from (``From the Oakfield Primary School Recipe Booklet``) is no organisation:
   it starts no title block, and a recipe keeps its title.
Known misses (xfail, strict): a PDF recipe's bold ``Ingredients`` over its short ingredient lines heads no section;
a bilingual programme's sessions are read unalike. Inputs: ``tests/data/fix67a/`` (kept in
``/work/regress/in_fix67a/``, with the near misses)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file, run_text

DATA = Path(__file__).parent / "data" / "fix67a"


def _talk(name: str):
    data = (DATA / name).read_bytes()
    [talk] = (run_file(data, name) if name.endswith(".pdf") else run_text(data.decode("utf-8"))).talks
    return talk


def _text(t):
    return t.text if t is not None else None


def _titles(talk) -> list[str]:
    return [_text(s.title) for s in talk.sections]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("name, heading", [
    ("t67b_museum_guide_en.txt", "Gallery 3. Keepers and their Families"),
    ("fix67a_gallery_rooms_en.txt", "Room 3. Surveyors and their Notebooks"),
    ("fix67a_gallery_halls_en.txt", "Hall 3: Waders on the Mudflats at Low Tide"),
    ("fix67a_walk_stops_en.txt", "Stop 1: The Market Cross"),
    ("fix67a_walk_stops_en.txt", "Stop 2: The Guildhall and its Cellars"),
])
def test_each_member_of_a_labelled_series_heads_its_section_fix67a(name, heading):
    talk = _talk(name)
    assert heading in _titles(talk)
    assert heading not in _paragraphs(talk)


def test_a_sentence_opening_on_a_labelled_number_stays_a_paragraph_fix67a():
    talk = _talk("fix67a_near_gallery_sentence_en.txt")
    assert _titles(talk) == ["Opening hours", "Tickets"]
    assert "Gallery 3 is closed until the end of May while its lighting is replaced." in _paragraphs(talk)


def test_a_syllabus_weeks_stay_rows_of_its_schedule_fix67a():
    talk = _talk("fix67a_near_syllabus_weeks_en.txt")
    assert not any((t or "").startswith("Week") for t in _titles(talk))
    assert "Week 2: Linked lists" in _paragraphs(talk)


@pytest.mark.parametrize("name, title, masthead", [
    ("t67b_club_bulletin_en.txt", "Spring Bulletin, No. 42", "Riverside Walking Club"),
    ("fix67a_bulletin_comma_en.txt", "Summer Newsletter, Issue 7", "Hillside Allotment Society"),
])
def test_a_comma_parts_no_edition_off_the_titles_line_fix67a(name, title, masthead):
    talk = _talk(name)
    assert _text(talk.title.en) == title
    front = [t.text.strip() for t in talk.front]
    assert masthead in front
    assert not any(t[:1] in ",，、" for t in front)


def test_a_dash_still_parts_the_edition_off_fix67a():
    talk = _talk("fix67a_near_bulletin_dash_en.txt")
    assert _text(talk.title.en) == "Harbourside News"


@pytest.mark.parametrize("name, title", [
    ("t67b_pdf_recipe_doubled_en.pdf", "Grandma's Apple Crumble"),
    ("fix67a_pdf_pudding_doubled_en.pdf", "Uncle Tom's Bread Pudding"),
])
def test_a_source_line_under_a_recipes_title_starts_no_title_block_fix67a(name, title):
    talk = _talk(name)
    assert _text(talk.title.en) == title


@pytest.mark.xfail(strict=True, reason="a PDF recipe's bold heading over its short ingredient lines heads no section "
                   "yet (helper fix67a ran out of time)")
def test_a_recipes_ingredients_heading_heads_its_lines_fix67a():
    talk = _talk("t67b_pdf_recipe_doubled_en.pdf")
    assert "Ingredients" in _titles(talk)
    assert "150 g plain flour" not in [t.text.strip() for t in talk.front]


@pytest.mark.xfail(strict=True, reason="a bilingual programme's sessions are read unalike: session 1 in front, "
                   "session 2 a paragraph (helper fix67a ran out of time)")
def test_a_programmes_sessions_are_read_alike_fix67a():
    talk = _talk("t67b_symposium_programme_bi.txt")
    titles = _titles(talk)
    assert any("Session 1" in (t or "") for t in titles) and any("Session 2" in (t or "") for t in titles)
