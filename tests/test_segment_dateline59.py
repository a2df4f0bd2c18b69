"""An English press dateline's city, helper news59 (issue 16 point 3): a place in capitals opening the body before
its dash names the city where English writes its word as a name (``BOSTON —``, ``NEW YORK —``: spaCy's lexeme table
has it far more often with a capital than in small letters, ``english_words.capitalised_lean``), or where the year
follows the day (``BOSTON, March 3, 2026 --``); a section label (``HIGHLIGHTS —``, ``OVERVIEW —``: words written in
small letters) or a state or province alone (``ONTARIO (CP) —``) names none. Made-up releases, other places and
words than the trials' (also under /work/regress/in_news59/)."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

RELEASE = "{headline}\n\n{opening} {lead}\n{second}\n"


def _city(opening: str, second: str = "Riders had asked for later boats.") -> tuple[str | None, str | None]:
    [talk] = run_text(RELEASE.format(headline="Ferry Service Adds Night Runs", opening=opening,
                                     lead="The ferry operator said it would add four night crossings.",
                                     second=second)).talks
    return talk.city.ja and talk.city.ja.text, talk.city.en and talk.city.en.text


@pytest.mark.parametrize("opening, city", [
    ("BOSTON, March 3, 2026 --", "Boston"),  # the year after the day, an ASCII double hyphen
    ("DENVER, May 12, 2025 --", "Denver"),
    ("SEATTLE, Oct. 2, 2024 —", "Seattle"),
    ("Denver, Colo., May 12, 2025 --", "Denver"),  # its state, then the day and year
    ("BOSTON —", "Boston"),  # a name alone in capitals before the dash, written nowhere else
    ("LONDON —", "London"),
    ("CHICAGO --", "Chicago"),
    ("NEW YORK —", "New York"),  # a name's head after a common word
    ("NEW ORLEANS —", "New Orleans"),
    ("BOSTON, Mass., March 3 (AP) -", "Boston"),  # its state's abbreviation, the day, an agency
    ("AUSTIN, Texas, June 9 (Reuters) -", "Austin"),
    ("Victoria, B.C. —", "Victoria"),  # a state's name (Australia's) with a region after it: a town of that region
])
def test_a_dateline_names_its_city59(opening, city):
    assert _city(opening) == (None, city)


@pytest.mark.parametrize("opening", [
    "HIGHLIGHTS —", "OVERVIEW —", "CORRECTION —", "EDITOR'S NOTE —", "UPDATE —", "KEY POINTS —", "WHAT'S NEXT —",
    "BACKGROUND —",  # section labels: words English writes in small letters
    "ONTARIO (CP) —", "ALBERTA (CP) —", "TEXAS (AP) —",  # a province or a state alone (QUEBEC, a major city too:
    # read since helper cities59, tests/test_segment_state_city59.py)
    "NEW RULES —", "HIGH WATER —", "FIRST LOOK —", "THE LATEST —", "NEW RULES --",  # kickers of plain words
    "Today, 12 May —",
])
def test_a_label_or_a_state_names_no_city59(opening):
    assert _city(opening) == (None, None)


def test_capitalised_lean59():
    from pipeline.english_words import capitalised_lean

    assert capitalised_lean("BOSTON") > 1 and capitalised_lean("York") > 1 and capitalised_lean("Riverside") > 1
    assert capitalised_lean("HIGHLIGHTS") < 0 and capitalised_lean("overview") < 0 and capitalised_lean("Rules") < 0
    assert capitalised_lean("zzqxv") is None and capitalised_lean("東京") is None
