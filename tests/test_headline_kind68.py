"""A headline or a report's title is no organisation's, office's or person's name (issue 16 point 2; helper fix68f,
cases from helpers fix68b, fix68c, fix68d): ``organisations._things_after_kind``, the leading year of
``organisations._DOCUMENT_ABOUT``, ``names._headline_of_words``."""

from __future__ import annotations

import pytest

from pipeline.segment.names import is_person_name
from pipeline.segment.organisations import is_organisation
from tests.segment_inputs import run_text
from tests.segment_inputs import speaker_texts as _speaker

# the inputs, as kept in /work/regress/in_fix68f/ (nl68c_term_en from helper fix68c, open_masthead_office_en from fix68d)
_INPUTS = {
    "nl68c_term_en.txt": """\
Hillview Primary Newsletter
Term 2, 2025

Sports Day Moves Indoors
Heavy rain moved this year's sports day into the hall, where every class ran its relay.

Library Books Due
Please return library books before the holidays so that the shelves can be checked.

Editor: Sam Lowe
""",
    "open_masthead_office_en.txt": """\
THE MILLBROOK COURIER

New Library Hours

The village library will open on Saturday mornings from next month.

Footpath Repairs

Work on the footpath along Mill Lane begins in November.

Editor: Margaret Olsen (Riverside Residents' Association)
""",
    "nl_fair_returns_en.txt": """\
WESTGATE VILLAGE NEWS

School Fair Returns

After two quiet years the school fair is back on the green on 14 June.

Bin Collection Changes

Green bins will be collected on Tuesdays from July.

Editor: Ruth Kendall
""",
    "report_title_board_en.txt": """\
2024 Annual Report of the Riverside Water Board

Summary

The Board met eleven times during the year and approved the new reservoir plan.

Finances

Income rose by four per cent, mainly from new connections in the east of the district.

Prepared by: Helen Marsh, Secretary
""",
    "report_title_council_year_en.txt": """\
2023 Report of the Eastfield Parish Council

Introduction

This report sets out what the council did in 2023.

Allotments

Six new allotments were let during the year.
""",
    "near_person_speaker_en.txt": """\
Talk to the Riverside Residents' Association

Margaret Olsen

Thank you all for coming this evening. I want to talk about the footpath repairs and the library.

The council has agreed to fund the repairs from next spring.
""",
    "near_office_en.txt": """\
Riverside Water Board

Notice of Supply Interruption

The water supply in the north of the district will be interrupted on 12 May from 9 am to 3 pm.

Customers are asked to store water in advance.
""",
    "near_dept_en.txt": """\
Department of Public Works

Road Closures in March

Elm Street will be closed between the bridge and the station from 3 to 7 March.

Diversions will be signed.
""",
}


def _talk(name: str):
    (talk,) = run_text(_INPUTS[name]).talks
    return talk


@pytest.mark.parametrize("line", ["Sports Day Moves Indoors", "Choir Practice Moves Upstairs"])
def test_a_headline_of_words_is_no_persons_name68(line):
    assert not is_person_name(line)


@pytest.mark.parametrize("line", ["Margaret Olsen", "Edith Head", "Sarah Brooks", "Priya Raman"])
def test_a_persons_name_stays_one68(line):
    assert is_person_name(line)


@pytest.mark.parametrize("line", ["New Library Hours", "School Fair Returns", "Museum Opening Times",
                                  "2024 Annual Report of the Riverside Water Board",
                                  "2023 Report of the Eastfield Parish Council"])
def test_a_headline_or_a_reports_title_is_no_organisation68(line):
    assert not is_organisation(line)


@pytest.mark.parametrize("line", ["Riverside Water Board", "Department of Public Works", "Library Services",
                                  "Riverside Library Services", "School Governors", "Museum Victoria",
                                  "Library of Congress", "University College London Hospitals", "Eastfield Parish Council"])
def test_an_organisations_name_stays_one68(line):
    assert is_organisation(line)


@pytest.mark.parametrize("name, title, speaker", [
    ("nl68c_term_en.txt", "Hillview Primary Newsletter", ("Sam Lowe", "Editor")),
    ("open_masthead_office_en.txt", "THE MILLBROOK COURIER", ("Margaret Olsen", "Riverside Residents' Association")),
    ("nl_fair_returns_en.txt", "WESTGATE VILLAGE NEWS", ("Ruth Kendall", "Editor")),
    ("report_title_board_en.txt", "2024 Annual Report of the Riverside Water Board", (None, None)),
    ("report_title_council_year_en.txt", "2023 Report of the Eastfield Parish Council", (None, None)),
])
def test_a_headline_is_no_speaker_and_a_report_keeps_its_title68(name, title, speaker):
    talk = _talk(name)
    assert talk.title.en is not None and talk.title.en.text == title
    assert _speaker(talk) == speaker


@pytest.mark.parametrize("name, title, speaker", [
    ("near_person_speaker_en.txt", "Talk to the Riverside Residents' Association", ("Margaret Olsen", None)),
    ("near_office_en.txt", "Notice of Supply Interruption", (None, None)),
    ("near_dept_en.txt", "Road Closures in March", (None, None)),
])
def test_near_misses_keep_their_reading68(name, title, speaker):
    talk = _talk(name)
    assert talk.title.en is not None and talk.title.en.text == title
    assert _speaker(talk) == speaker
