"""An English text dump's unnumbered heading phrased as a wh-clause that ends on its preposition (issue 16, helper
uhead50): ``Where Your Water Comes From`` was glued onto the paragraph under it, read as a line that goes on (it
stops on ``From``, a connective no title ends on), while ``Executive Summary`` and ``How We Test`` were sections. A
title-cased line opening on a wh-word and ending on a stranded preposition, set apart as the other headings are, is a
heading; the same words wrapping a sentence (lower case, a full stop, or after an unfinished line) are not. Every
text is made up.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

HEAD = "Annual Water Quality Report 2024\nRiverside Utilities District\n\n"
FIRST = ("Executive Summary\nThe district met every federal drinking-water standard in 2024. Lead levels\n"
         "at the tap stayed below the action level at all sampled homes.\n\n")
BODY = ("Most of our water comes from the Cedar River. A smaller share is pumped from\n"
        "two wells in the north of the district.\n\n")
LAST = "How We Test\nWe took 4,812 samples during the year. Each sample was tested for bacteria,\nnitrate and lead.\n\n" \
       "Contact Us\nCall 555-0142 or write to the district office.\n"


def _sections(text: str):
    [talk] = run_text(text).talks
    return [(s.title.text if s.title else None, len(s.paragraphs)) for s in talk.sections]


@pytest.mark.parametrize("heading", [
    "Where Your Water Comes From",
    "Where the Water Comes From",
    "What Our Water Is Made Of",
    "Who We Work With",
    "What We Test For",
    "Where Your Water Goes",
    "When We Test",
    "How We Treat It",
    "Why We Test",
])
def test_a_wh_heading_is_a_section(heading):
    text = HEAD + FIRST + f"{heading}\n" + BODY + LAST
    assert _sections(text) == [("Executive Summary", 1), (heading, 1), ("How We Test", 1), ("Contact Us", 1)]


def test_a_wrapped_sentence_line_opening_where_stays_in_its_paragraph():
    wrapped = ("Most of our water comes from the Cedar River. Households often ask us about\n"
               "Where the Water Comes From\n"
               "when the wells are used in a dry summer.\n\n")
    text = HEAD + FIRST + "Water Sources\n" + wrapped + LAST
    assert _sections(text) == [("Executive Summary", 1), ("Water Sources", 1), ("How We Test", 1), ("Contact Us", 1)]


@pytest.mark.parametrize("line", ["where the water comes from.", "Where the water comes from."])
def test_a_sentence_is_no_heading(line):
    text = HEAD + FIRST + "Water Sources\nMost of our water comes from the Cedar River. Residents often ask us\n" \
        + line + "\n\n" + LAST
    assert _sections(text) == [("Executive Summary", 1), ("Water Sources", 1), ("How We Test", 1), ("Contact Us", 1)]


def test_a_japanese_paper_is_unaffected():
    text = ("港町の水道\n\n1. はじめに\n本市の水は主に川から取っている。井戸からの水は一部である。\n\n"
            "2. 水源\n水源は二つある。川と井戸である。\n")
    assert _sections(text) == [("はじめに", 1), ("水源", 1)]
