"""Slide decks read as decks (issue 16 point 2, helper deck85): slides whose numbered titles head points (an agenda
slide listing them) are a deck, no paper's sections; a number at a bullet's end is the point's, never the slide's;
a bullet stopping on a comma, an article, a preposition or a conjunction goes on on the next line whatever its case.

Inputs: made-up decks in ``tests/data/deck85/`` (expected readings, written before any run, in
``/work/regress/in_deck85/*.expected.md``), deck84's ``en_deck_numbered_titles.txt`` and dup85's ``en_deck_wrap.txt``.
"""

from pathlib import Path

import pytest

from segmenting import segment_file

DATA = Path(__file__).parent / "data" / "deck85"


def _lines(slide):
    return [t.text for t in slide.lines]


def _title(slide):
    return slide.title.text if slide.title is not None else None


@pytest.mark.parametrize("name", ["en_deck_numbered_titles.txt", "en_deck_numtitles_pdf.pdf"])
def test_numbered_titles_over_points_are_slides(name):
    [talk] = segment_file(DATA / name).talks
    assert talk.shape == "deck" and not talk.sections and len(talk.slides) == 4
    assert [_title(s)[:2] for s in talk.slides[1:]] == ["1.", "2.", "3."]


@pytest.mark.parametrize("name", ["en_deck_numtitles_nooutline.txt", "en_deck_agenda.txt"])
def test_numbered_titles_weighed_as_deck_before_stay_a_deck(name):
    """Near miss (passes on the base too): numbered titles with no outline slide, or under an agenda labelled
    ``Agenda`` (its headings then fewer than the deck's evidence), weighed as a deck already."""
    [talk] = segment_file(DATA / name).talks
    assert talk.shape == "deck" and len(talk.slides) == 4


def test_paper_of_numbered_sections_stays_a_paper():
    """Near miss (passes on the base too): numbered sections over sentences, a page number each, are a paper's."""
    [talk] = segment_file(DATA / "en_paper_numbered_nearmiss.txt").talks
    assert talk.shape != "deck" and [s.number for s in talk.sections] == ["1", "2", "3"]


def test_number_inside_a_bullet_numbers_no_slide():
    [talk] = segment_file(DATA / "en_deck_wrap.txt").talks
    assert [s.number for s in talk.slides if s.number is not None] == [1, 2, 3]
    assert "• Training for Year 5 and Year 6 pupils" in _lines(talk.slides[-1])


def test_bullet_wrapped_before_capitals_is_one_line():
    [talk] = segment_file(DATA / "en_deck_caps_wrap.txt").talks
    assert _lines(talk.slides[1]) == ["• Heat pumps cut bills for Scottish households",
                                      "• Grants from the Boiler Upgrade Scheme", "• Lower carbon, Cleaner air"]


def test_short_items_in_capitals_stay_apart():
    """Near miss (passes on the base too): separate bullets in capitals, and lines in capitals under a closed
    bullet, stay lines of their own."""
    [talk] = segment_file(DATA / "en_deck_caps_wrap.txt").talks
    assert _lines(talk.slides[2]) == ["• Solar Panels", "• Heat Pumps", "• Loft Insulation"]
    assert _lines(talk.slides[3]) == ["• Open to all homes", "Warmer Homes Scotland", "Home Energy Scotland"]


def test_pdf_deck_wraps_and_year_number():
    [talk] = segment_file(DATA / "en_deck_wrap_pdf.pdf").talks
    assert [s.number for s in talk.slides] == [1, 2, 3]
    assert _lines(talk.slides[1]) == ["• Heat pumps cut bills for Scottish households",
                                      "• Grants from the Boiler Upgrade Scheme"]
    assert _lines(talk.slides[2])[0] == "• Training for Year 5 and Year 6 pupils"
