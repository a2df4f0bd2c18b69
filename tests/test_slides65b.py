"""Fresh-user trial 65c's slide fault (issue 16, helper slides65b): a slide title that opens on a number (``30 Years
of Sister City Ties`` over ``- High school students visit every summer``) was no title, the slide left untitled and
the title its first line; ``Thirty Years of …`` was read. A digit-led, title-cased phrase over a list is the slide's
title (``slidetext._digit_led_title``); a figure (``30%``, ``1,200 visitors``), a numbered item (``1. Background``),
a date under the title (``12 May 2025``) and the sample's diagram label (``10 City Governments`` over lower-case
lines) stay lines. The same inputs as files: ``/work/regress/in_slides65b/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.segment.slidetext import is_title_phrase
from tests.segment_inputs import run_text


def _slides(doc, talk=-1):
    """The talk's numbered slides (the deck's title, read as a cover slide without a number, left out)."""
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in doc.talks[talk].slides
            if s.number is not None]


TRIAL = Path(__file__).parent / "data" / "slides65b" / "t65c_bilingual.txt"  # fresh-user trial 65c's input, copied

NUMBERS_OVER = """Port Town Tourism Report

1
Port Town Tourism Report
Hanako Mori, Tourism Office, Minato City
2
5 Lessons Learned
- Start small with one route
- Ask residents first
3
2025 Targets
- 40,000 visitors a year
- Two new cruise calls
4
Next Steps
- A guide app in four languages
"""

NUMBERS_UNDER = """River City Exchange

10 Years of Student Exchange
1
■ 240 students since 2015
■ Homestays in both cities
3 Challenges Ahead
2
■ Fewer host families
■ Higher air fares
Our Plan
3
■ Join with the schools' alumni
"""

NEAR = """Harbour Festival Review

1
Harbour Festival Review
Ken Ito, Events Division
2
Visitor Numbers
30%
- more than last year
3
Programme
1. Background
2. Results
4
Festival Days
12 May 2025
- Opening parade
5
1,200 visitors
- counted at the gate
"""


def test_trial_kitayama_slide_two_titled():
    doc = run_text(TRIAL.read_text(encoding="utf-8"))
    kitayama = next(t for t in doc.talks if any(s.title and s.title.text == "Homestay Programme" for s in t.slides))
    two = next(s for s in kitayama.slides if s.number == 2)
    assert two.title is not None and two.title.text == "30 Years of Sister City Ties"
    assert [t.text for t in two.lines] == ["- High school students visit every summer"]


def test_digit_led_titles_numbers_over():
    assert [(n, t) for n, t, _ in _slides(run_text(NUMBERS_OVER))] == [
        (1, "Port Town Tourism Report"), (2, "5 Lessons Learned"), (3, "2025 Targets"), (4, "Next Steps")]


def test_digit_led_titles_numbers_under():
    assert [(n, t) for n, t, _ in _slides(run_text(NUMBERS_UNDER))] == [
        (1, "10 Years of Student Exchange"), (2, "3 Challenges Ahead"), (3, "Our Plan")]


def test_figures_items_and_dates_stay_lines():
    slides = _slides(run_text(NEAR))
    assert slides[1:4] == [
        (2, "Visitor Numbers", ["30%", "- more than last year"]),
        (3, "Programme", ["1. Background", "2. Results"]),
        (4, "Festival Days", ["12 May 2025", "- Opening parade"]),
    ]
    assert slides[4][1] is None  # ``1,200 visitors``: a figure, lower case, no title


@pytest.mark.parametrize("text,following,expected", [
    ("30 Years of Sister City Ties", "- High school students", True),
    ("5 Lessons Learned", "■ Start small", True),
    ("2025 Targets", "1. Ridership", True),
    ("10 City Governments", "make action plans and", False),  # the sample's diagram label, no list under it
    ("30%", "- more than last year", False),
    ("1,200 Visitors", "- counted at the gate", False),
    ("12 May 2025", "- Opening parade", False),
    ("3 new bus routes", "- from April", False),
])
def test_digit_led_title_phrase(text, following, expected):
    assert is_title_phrase(text, following) is expected
