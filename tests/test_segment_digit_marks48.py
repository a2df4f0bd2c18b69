"""Circled numbers and superscript digits are marks, never page or slide numbers (review 48): NFKC folds ``③`` and
``²`` to plain digits, so a slide line ending on a list's ``③`` lost it as the slide's number 3 (and the slides
around it were misnumbered), and a line ``①②`` read as page 12."""

from __future__ import annotations

import pytest

from pipeline.pagenumbers import page_number
from tests.segment_inputs import run_text

DECK = """\
Disaster Prevention in Minatomachi
1
Three Shelters
Shelters {marks}
2
Stockpiles
Water and food for three days
3
"""


@pytest.mark.parametrize("marks", ["① ② ③", "A¹ B² C³"])
def test_a_slide_line_ending_on_a_mark_keeps_it(marks):
    (talk,) = run_text(DECK.format(marks=marks)).talks
    lines = [t.text for s in talk.slides for t in s.lines]
    assert f"Shelters {marks}" in lines, [(s.number, s.title, [t.text for t in s.lines]) for s in talk.slides]
    assert [s.number for s in talk.slides] == [1, 2, 3]


@pytest.mark.parametrize("text", ["③", "①②", "²", "⑩"])
def test_a_mark_alone_is_no_page_number(text):
    assert page_number(text) is None
