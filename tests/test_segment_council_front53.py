"""An English local authority's report cover: the issuing council, the meeting it goes to, the report's own title
and the officer who reports (issue 16 point 2; trials 52b and 52c).

``Report of the <post>, <Name>`` names who reports (the speaker, the post as the affiliation), never the title; a
council's name (``LONDON BOROUGH OF …``) and the meeting's line (``Report to Cabinet, 12 March 2025``) are front, the
title is the report's own title line. Every document here is made up; the results were written down before the rules.
"""

from __future__ import annotations

import pytest

from segment_inputs import one_talk

BODY = ("\n1. Purpose\n1.1 This report asks the committee to agree the new rents for allotment plots.\n\n"
        "2. Background\n2.1 The waiting list fell by a fifth over the year.\n")


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


@pytest.mark.parametrize("attribution, post, name", [
    ("Report of the Director of Housing, Tom Baker", "Director of Housing", "Tom Baker"),
    ("Report by the Chief Executive, Priya Shah", "Chief Executive", "Priya Shah"),
    ("Report of the Head of Planning and Regeneration, Eilidh MacLeod", "Head of Planning and Regeneration",
     "Eilidh MacLeod"),
], ids=["report-of", "report-by", "head-of"])
def test_an_attribution_line_is_the_speaker_not_the_title(attribution, post, name):
    talk = one_talk("RIVERSIDE DISTRICT COUNCIL\nReport to Environment Committee, 4 June 2025\n"
                    f"Allotment Rents and Waiting Lists\n{attribution}\n" + BODY)
    assert talk.title.en.text == "Allotment Rents and Waiting Lists"
    assert talk.speaker.name.text == name
    assert post in talk.speaker.affiliation.text and "Report" not in talk.speaker.affiliation.text
    assert "RIVERSIDE DISTRICT COUNCIL" in _front(talk)


def test_an_attribution_line_under_a_title_alone():
    talk = one_talk("Street Lighting Replacement Programme\nReport of the Director of Environment, Ruth Okonjo\n" + BODY)
    assert talk.title.en.text == "Street Lighting Replacement Programme"
    assert talk.speaker.name.text == "Ruth Okonjo"
    assert talk.speaker.affiliation.text == "Director of Environment"


def test_a_report_of_a_body_is_still_a_title():
    # ``Report of the Harbour Board`` names a body's report (events.is_record_heading): no post, no name after a comma
    talk = one_talk("Report of the Harbour Board\nJane Doe, Harbour Board Secretary\n" + BODY)
    assert talk.title.en.text == "Report of the Harbour Board"


@pytest.mark.parametrize("council", ["LONDON BOROUGH OF ASHWELL", "Royal Borough of Kelmscott",
                                     "Metropolitan Borough of Darnley"])
def test_a_borough_is_the_issuing_body_not_the_title(council):
    talk = one_talk(f"{council}\nLibrary Services Review 2024\n\nContents\n"
                    "1. Purpose ............................. 1\n2. Background .......................... 1\n" + BODY)
    assert talk.title.en.text == "Library Services Review 2024"
    assert council in _front(talk)
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_a_title_naming_a_borough_stays_the_title():
    talk = one_talk("Heritage Walks in the Borough of Kelmscott\nAnna Price, Kelmscott Civic Society\n" + BODY)
    assert talk.title.en.text == "Heritage Walks in the Borough of Kelmscott"
    assert talk.speaker.name.text == "Anna Price"
