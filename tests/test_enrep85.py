"""English title blocks and first headings, helper enrep85 (issue 16 point 2; docs/limits.md *Session 84, rep84*,
*Session 84, en84*, *Session 84, news84*, *Session 84, parts84*). Each input in tests/data/enrep85 had its expected
reading written before any run (``*.expected.md`` beside it, also under ``/work/regress/in_enrep85/``):

- a report's unnumbered first heading (``Overview``, ``Summary``, ``Introduction``, ``Background``) over a paragraph,
  numbered sections after it: the first section, not front;
- a title ending on a kind of work with words between it and the body's word (``Harbour Museum Audio Guide``) is the
  title, the line under it naming what the text is for (``Script for the English tour``) its subtitle; an
  organisation's name, a colon and what it offers (``Westford Library: Autumn Courses``) is a title;
- a recipe collection's first dish under its title (a dish named as a person might be, ``Eton Mess``, over its
  serving line) is a section with its parts, no speaker;
- an English lecture series' record (``Harbour Lecture Series — Record``) over its theme and ``Speaker: …``: the theme
  the title, the series line front.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "enrep85"
EN84 = Path(__file__).parent / "data" / "en84"
PARTS84 = Path(__file__).parent / "data" / "parts84"


def _en(field) -> str | None:
    return field.en.text if field.en is not None else None


def _sections(talk) -> list[tuple[str | None, int, str]]:
    return [(s.number, s.level, s.title.text) for s in talk.sections]


@pytest.mark.parametrize("name, first", [("h1_overview.txt", "Overview")])
def test_a_reports_unnumbered_first_heading_is_its_first_section(name, first):
    talk, _ = only_talk_of(DATA / name)
    assert _sections(talk)[:3] == [(None, 1, first), ("1", 1, "Moorings"), ("2", 1, "Finance")]
    assert talk.sections[0].paragraphs[0].text.startswith("The Trust let 214 moorings")
    assert [t.text for t in talk.front] == ["Ashby Harbour Trust"]
    assert _en(talk.title) == "Annual Report on Moorings 2026"


def test_the_rep84_report_with_a_page_word_foot_opens_on_its_overview():
    talk, _ = only_talk_of(DATA / "rep84_r4_report_pageword.txt")
    assert talk.sections[0].title.text == "Overview" and not any(t.text == "Overview" for t in talk.front)


@pytest.mark.parametrize("name, first", [("h2_summary.txt", "Summary"), ("h3_introduction.txt", "Introduction"),
                                         ("h4_background_numbered_space.txt", "Background")])
def test_the_conventional_first_headings_stay_sections(name, first):
    """Near miss (passes on the base too): ``Summary``, ``Introduction``, ``Background`` were section names already."""
    talk, _ = only_talk_of(DATA / name)
    assert talk.sections[0].title.text == first and talk.sections[0].number is None
    assert talk.sections[1].number == "1"


def test_an_abstract_over_a_numbered_introduction_stays_as_it_was():
    """Near miss (passes on the base too): a paper's ``Abstract`` then ``1. Introduction``."""
    talk, _ = only_talk_of(DATA / "n1_abstract_paper.txt")
    assert _en(talk.title) == "Tidal Variation in a Small Estuary"
    assert _sections(talk) == [(None, 1, "Abstract"), ("1", 1, "Introduction"), ("2", 1, "Method")]


@pytest.mark.parametrize("path, title, subtitle", [
    (EN84 / "guide_caps.txt", "Harbour Museum Audio Guide", "Script for the English tour"),
    (DATA / "t1_audio_guide.txt", "Castle Hill Audio Guide", "Script for the family tour"),
])
def test_an_audio_guides_name_is_its_title_and_the_script_line_its_subtitle(path, title, subtitle):
    talk, _ = only_talk_of(path)
    assert (_en(talk.title), _en(talk.subtitle)) == (title, subtitle)
    assert not talk.front


@pytest.mark.parametrize("name, title, first", [
    ("t2_colon_title.txt", "Westford Library: Autumn Courses", "Family History for Beginners"),
    ("t3_colon_title2.txt", "Brackley Museum: Spring Talks", "The Canal Comes to Town"),
])
def test_a_body_and_what_it_offers_after_a_colon_is_the_title(name, title, first):
    talk, _ = only_talk_of(DATA / name)
    assert _en(talk.title) == title
    assert talk.sections[0].title.text == first and not talk.front


def test_a_series_name_over_a_title_stays_as_it_was():
    """Near miss (passes on the base too): ``Occasional Papers in Local History`` over a paper's title is read as on
    the base (the series line the title: docs/limits.md, *Session 85, enrep85*)."""
    talk, _ = only_talk_of(DATA / "n2_series_over_title.txt")
    assert _en(talk.title) == "Occasional Papers in Local History"
    assert [t.text for t in talk.front] == ["The Turnpike Roads of North Wiltshire"]


@pytest.mark.parametrize("path, dish, later", [
    (PARTS84 / "recipe_en.txt", "Cullen Skink", "Leek and Potato Soup"),
    (DATA / "r4_recipes_named_dish.txt", "Eton Mess", "Summer Pudding"),
])
def test_a_collections_first_dish_is_a_section_with_its_parts(path, dish, later):
    talk, _ = only_talk_of(path)
    assert talk.speaker.text is None and not talk.front
    assert [(s.level, s.title.text) for s in talk.sections] == [
        (1, dish), (2, "Ingredients"), (2, "Method"), (1, later), (2, "Ingredients"), (2, "Method")]
    assert talk.sections[0].paragraphs[0].text.startswith(("Serves", "Makes"))


def test_a_name_under_a_title_with_no_serving_line_still_speaks():
    """Near miss (passes on the base too): ``Margaret Hall`` under an essay's title is its speaker."""
    talk, _ = only_talk_of(DATA / "n4_name_under_title.txt")
    assert talk.speaker.text.text == "Margaret Hall"


@pytest.mark.parametrize("name, theme, series, speaker", [
    ("l1_lecture_en.txt", "Ships and Shipbuilding on the Tyne", "Harbour Lecture Series — Record", "Margaret Hall"),
    ("l2_lecture_en_lecturer.txt", "Wildflowers of the Chalk Downs",
     "Westmoor Public Lectures: Record of the Third Lecture", "Peter Owen"),
    ("l3_lecture_en_talk.txt", "The Lost Railways of Devon", "Riverside Talks — Record of Talk 5", "John Carter"),
])
def test_an_english_lecture_records_theme_is_its_title(name, theme, series, speaker):
    talk, _ = only_talk_of(DATA / name)
    assert _en(talk.title) == theme
    assert [t.text for t in talk.front] == [series]
    assert talk.speaker.name.text == speaker


def test_a_lecture_announcement_stays_as_it_was():
    """Near miss (passes on the base too): ``Harbour Lecture Series`` (no record) over a theme and its fields."""
    talk, _ = only_talk_of(DATA / "n3_lecture_announce_en.txt")
    assert _en(talk.title) == "Harbour Lecture Series"
