"""Issue 16 points 1-2 (helper deck71): one output per talk, a deck alone.

(1) A title holding an organisation's word inside a phrase (``Cruise Calls and Town Centre Crowding``: *Centre*;
``Flood Maps and University Teaching``, ``みんなでつくる図書館``) over its author and the author's own affiliation is
the title, and opens its talk (``/work/regress/in_fix70c/o01_cruise_calls_title.txt``: the paper had run on inside the
one before it). (2) A deck's cover opening on a phrase that ends on an organisation's word after a preposition
(``Safer Routes to School``, ``Welcome to Riverside School``, ``Walking Together to School``) is the title, not an
organisation's line. (3) A deck alone of two slides numbered on their titles' lines, each of two bulleted points or
more, is a deck, not a paper of two numbered sections.

Near misses: an organisation's name over a title or over a person (``Centre for Coastal Research``, ``Port Authority
Finance Office``, ``港北市立中央図書館``), a kind's phrase over a name alone, a paper's two numbered sections of prose, a
memo's items under ``To:``/``From:``, a handout's items of one point each, a notice's fields. Inputs are copies of
/work/regress/in_deck71/ (and in_fix70c's o01); decisions in docs/segment.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_text

DATA = Path(__file__).parent / "data" / "deck71"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def _title(t):
    return t.title.en.text if t.title.en else t.title.ja.text if t.title.ja else None


def _speaker(t):
    return t.speaker.text.text if t.speaker is not None and t.speaker.text is not None else None


@pytest.mark.parametrize("name, titles", [
    ("o01_cruise_calls_title.txt", ["Storm Surge Warnings for Small Harbours", "Dune Repair after the 2024 Storms",
                                    "Shore Power at Ferry Terminals", "Cruise Calls and Town Centre Crowding"]),
    ("o02_proc_university_teaching_title.txt", ["Mapping Floods with School Pupils", "Flood Maps and University Teaching"]),
    ("o03_proc_two_authors_library_lending.txt", ["Mobile Clinics in Upland Villages", "Rural Schools and Library Lending",
                                                 "Broadband on Farms"]),
    ("o04_proc_council_planning_post.txt", ["Beach Huts and Winter Storms", "Coastal Erosion and Council Planning"]),
    ("o05_paper_alone_school_meals.txt", ["Free School Meals Uptake"]),
    ("o06_ja_proc_library_clause_title.txt", ["空き家を活かした移住支援", "みんなでつくる図書館"]),
])
def test_a_title_holding_an_organisations_word_opens_its_talk(name, titles):
    doc = _doc(name)
    assert [_title(t) for t in doc.talks] == titles
    # the title is no speaker's line: the last talk's speaker starts at its author
    last = _speaker(doc.talks[-1])
    assert last is not None and not last.startswith(titles[-1])


@pytest.mark.parametrize("name, title, subtitle, speaker", [
    ("c01_deck_cover_title_school.txt", "Safer Routes to School", "What We Learned in 2024",
     "Department of Public Works, Town of Millbrook"),
    ("c04_deck_cover_speaker_welcome_school.txt", "Welcome to Riverside School", "A Guide for New Families",
     "Anna Lee, Riverside Primary School"),
    ("c06_deck_cover_walking_to_school_boxes.txt", "Walking Together to School", "Lessons from a Year of Walking Buses",
     "Riverside Parents' Association"),
])
def test_a_phrase_ending_on_an_organisations_word_titles_the_cover(name, title, subtitle, speaker):
    [talk] = _doc(name).talks
    assert _title(talk) == title
    assert talk.subtitle.en is not None and talk.subtitle.en.text == subtitle
    assert _speaker(talk) == speaker
    assert talk.slides[0].title.text == title


@pytest.mark.parametrize("name, title, speaker", [
    # read right before and after: the change must leave them
    ("c02_deck_cover_title_project.txt", "Healthy Harbour Project", "Department of Public Works, Town of Millbrook"),
    ("c03_deck_cover_title_council.txt", "Building a Stronger Council", "Department of Public Works, Town of Millbrook"),
    ("c05_paper_title_for_library.txt", "Making Room for the Library", "Tom Hale, Department of Planning, Ashby Borough Council"),
    ("c07_deck_cover_hospital_no_credit.txt", "Finding Your Way in the Hospital", None),
    ("m02_paper_org_over_title.txt", "Storm Surge at Small Harbours", "Elena Rossi"),
    ("m03_paper_org_name_over_person_post.txt", "Harbour Dredging Plan 2026",
     "Port Authority Finance Office, Jane Smith, Head of Finance, Port of Ashby"),
    ("m04_deck_kind_phrase_over_name_only.txt", "Museum Attendance Today", "Laura Grech"),
    ("m05_ja_paper_office_over_title.txt", "市民選書の三年間", None),
])
def test_near_misses_keep_their_reading(name, title, speaker):
    [talk] = _doc(name).talks
    assert _title(talk) == title
    if speaker is not None:
        assert _speaker(talk) == speaker


def test_an_organisations_name_opening_a_cover_stays_front():
    [talk] = _doc("m01_deck_cover_org_first.txt").talks
    assert _title(talk) == "Safer Walking Routes"


@pytest.mark.parametrize("name, titles", [
    ("d05_deck_two_titled_cover_en.txt", ["Why Cargo Bikes?", "What the Trial Showed"]),
    ("d06_ja_deck_two_titled.txt", ["地域バスの現状", "今後の取り組み"]),
    ("d07_deck_two_titled_dots_dash.txt", ["Where the Noise Comes From", "What We Will Try"]),
    ("d08_deck_two_titled_paren_formfeed.txt", ["Hot Stops", "Our Plan"]),
])
def test_a_deck_alone_of_two_numbered_titled_slides_is_a_deck(name, titles):
    [talk] = _doc(name).talks
    numbered = [(s.number, s.title.text if s.title else None) for s in talk.slides if s.number is not None]
    assert numbered == [(1, titles[0]), (2, titles[1])]
    assert not talk.sections and talk.shape == "deck"


@pytest.mark.parametrize("name", [
    # two slides shown by page numbers: decks before and after
    "d01_deck_two_slides_en.txt", "d02_deck_two_slides_of_en.txt", "d03_ja_deck_two_slides.txt", "d04_deck_two_slides_dashes.txt",
])
def test_two_slides_with_page_numbers_stay_a_deck(name):
    [talk] = _doc(name).talks
    assert [s.number for s in talk.slides] == [1, 2]


@pytest.mark.parametrize("name", [
    "n01_paper_two_sections.txt", "n02_paper_two_numbered_headings.txt", "n03_ja_paper_two_sections.txt",
    "n04_memo_two_items_bullets.txt", "n05_handout_two_items_one_point.txt", "n06_paper_two_sections_bullets_prose.txt",
    "n07_ja_notice_two_fields.txt",
])
def test_two_numbered_items_of_a_paper_memo_or_notice_stay_no_deck(name):
    [talk] = _doc(name).talks
    assert not talk.slides
