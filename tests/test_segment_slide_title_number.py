"""A one-word slide title with its year or number after it (``Results 2024``, ``Phase 2``) is the slide's title: a
line's words are its Latin words only, so the title read as one word short of the line and stayed among the slide's
lines (a deck's results slide over its table). Made-up decks."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

DECK = """\
Quiet Streets for School Runs
Jonas Weber
Freiburg Mobility Office
p. 1

Why Close Streets
• Children walk more when cars are kept away
• Parents report fewer near misses
p. 2

{title}
Streets	Pupils walking	Before (%)
12	860	41
p. 3

Next Steps
• Ten more schools from September
p. 4
"""


@pytest.mark.parametrize("title", ["Results 2024", "Phase 2", "Budget 2025"])
def test_a_one_word_slide_title_with_its_number_is_the_title(title):
    (talk,) = run_text(DECK.format(title=title)).talks
    slide = next(s for s in talk.slides if s.lines and "Pupils walking" in s.lines[0].text)
    assert slide.title is not None and slide.title.text == title


def test_a_place_name_with_a_year_over_a_sentence_is_no_one_word_title():
    from pipeline.segment.slidetext import is_title_phrase

    assert not is_title_phrase("Kumamoto 2024", "Castle town")


@pytest.mark.parametrize("line", ["Figure 2", "Total 120"])
def test_a_captions_label_or_a_tables_row_with_its_number_is_no_title(line):
    # review of 2 December: a caption's label (``Figure 2``) or a table's row (``Total 120``) over a slide's table
    # had become the slide's title; a year or a number under 100 after a word that labels no caption still titles
    (talk,) = run_text(DECK.format(title=line)).talks
    slide = next(s for s in talk.slides if any("Pupils walking" in t.text for t in s.lines))
    assert slide.title is None and slide.lines[0].text == line
