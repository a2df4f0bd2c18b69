"""An English newsletter (segnews' open point, trial 26 round): its name ending on a periodical's word
(``Newsletter``, ``News``, ``Bulletin``) is its title, not an organisation line; its issue's season (``Autumn 2025``)
is a date line in front, not the title; the first heading under it heads a section."""

from __future__ import annotations

import pytest

from pipeline.segment.organisations import is_organisation
from tests.segment_inputs import run_text

NEWSLETTER = """{name}
{issue}

Pool hours
From 1 March the pool opens at 7 am on weekdays and at 9 am on Sundays.
The sauna stays closed until the new heater arrives.

Swimming lessons
Lessons for children start again on 12 March; places can be booked at the front desk.

Summer gala
The summer gala is on 21 June. Volunteers can sign up on the notice board.
"""


@pytest.mark.parametrize("name", ["Northfield Leisure Centre Newsletter", "Harbour University Sports News"])
@pytest.mark.parametrize("issue", ["Spring 2026", "Winter 2025/26"])
def test_a_newsletters_name_is_its_title_and_its_season_a_date(name, issue):
    (talk,) = run_text(NEWSLETTER.format(name=name, issue=issue)).talks
    assert talk.title.en is not None and talk.title.en.text == name
    assert [s.title.text for s in talk.sections] == ["Pool hours", "Swimming lessons", "Summer gala"]
    assert [t.text for t in talk.front] == [issue]


@pytest.mark.parametrize("line", ["Northfield Leisure Centre", "University of Tsukuba", "Harbour Research Institute"])
def test_organisations_stay_organisations(line):
    assert is_organisation(line)


def test_a_salutation_under_a_newsletters_name_leaves_it_the_title():
    # ``Dear members,`` made the newsletter a letter, and a letter's letterhead is no title: its name is none
    text = NEWSLETTER.format(name="Northfield Leisure Centre Newsletter", issue="Spring 2026\n\nDear members,")
    (talk,) = run_text(text).talks
    assert talk.title.en is not None and talk.title.en.text == "Northfield Leisure Centre Newsletter"
