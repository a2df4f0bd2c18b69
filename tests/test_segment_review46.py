"""Faults found reviewing trials 43 and 44's rules (review 46), each on a made-up document of another topic: a rule
fired on clean text it should leave alone."""

from __future__ import annotations

import pytest

from pipeline.segment.events import is_event_line
from tests.segment_inputs import run_text

PAPER = """\
{title}
Anneli Virtanen
Department of Nursing Science, University of Turku, Finland

Abstract
We asked the staff of twelve rural clinics how their work changed over three winters.

1. Introduction
Rural clinics have few staff, and each absence is felt at once.

2. Method
Head nurses kept a weekly diary of shifts, absences and overtime.
"""


@pytest.mark.parametrize("title", [
    "COVID-19 Lessons for Nursing Conference Organisers",
    "COVID-19: What a Cancelled Symposium Taught Rural Nurses",
])
def test_a_title_opening_on_a_name_with_a_two_digit_number_is_no_event(title) -> None:
    # an event's acronym and year (``ICSE '25 Workshop …``, ``LPES 2025``) writes a two-digit year after an
    # apostrophe only: ``COVID-19`` opening a paper's title that names a conference made the title an event line, and
    # the paper lost its title
    assert not is_event_line(title)
    (talk,) = run_text(PAPER.format(title=title)).talks
    assert talk.title.en is not None and talk.title.en.text == title
    assert talk.speaker.name.text == "Anneli Virtanen"


def test_an_acronym_and_its_year_still_name_an_event() -> None:
    assert is_event_line("ICSE '25 Workshop on Software Repair") and is_event_line("NLPCC 2024: Shared Task Workshop")


ORG_PAPER = PAPER.replace("Anneli Virtanen\nDepartment of Nursing Science, University of Turku, Finland",
                          "Anneli Virtanen\nFaculty of Law, University of Tartu, Estonia")


@pytest.mark.parametrize("title", [
    "Fisheries Quotas and the European Union",
    "Building Community Archives",
    "Milk Prices and the Village Cooperative",
])
def test_a_title_ending_on_an_organisations_word_stays_the_title(title) -> None:
    # Archive(s), Union, Cooperative, Institution end an organisation's name after a person's name (``Marta Rossi,
    # Cinque Terre Landscape Archive``, trial 44), and a title's phrase as often: a title alone on its line, over its
    # author, had become the author's affiliation and the paper had no title
    (talk,) = run_text(ORG_PAPER.format(title=title)).talks
    assert talk.title.en is not None and talk.title.en.text == title
    assert talk.speaker.name.text == "Anneli Virtanen"
    assert talk.speaker.affiliation.text == "Faculty of Law, University of Tartu, Estonia"


SEAWEED = """\
Seaweed Drying on Island Beaches
{under}
小林 真理（瀬戸内島しょ研究会）

1. はじめに
島の浜辺では、春になると海藻を干す風景が見られる。本稿ではその作業の流れを記す。

2. 調査の方法
三つの集落で、干し場の広さと作業の時間を聞き取った。
"""


def test_a_japanese_sentence_under_an_english_title_is_no_title_translation() -> None:
    # under an English title, its Japanese translation is a title phrase (``島の浜辺における海藻の天日干し``), as the
    # English under a Japanese title is; a sentence that glosses two of the title's words (an abstract's first
    # sentence set right under it) had become title.ja
    sentence = "本稿では、島の浜辺で行われる海藻の天日干しについて、三つの集落で調べた結果を報告する。"
    (talk,) = run_text(SEAWEED.format(under=sentence)).talks
    assert talk.title.en.text == "Seaweed Drying on Island Beaches"
    assert talk.title.ja is None or talk.title.ja.text != sentence
    (talk,) = run_text(SEAWEED.format(under="島の浜辺における海藻の天日干し")).talks
    assert talk.title.ja.text == "島の浜辺における海藻の天日干し"
