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
