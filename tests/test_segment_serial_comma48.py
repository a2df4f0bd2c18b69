"""An authors' line whose PDF marks came out as digits glued to the names, with a serial comma before the last name
(``…Lindqvist2, and Rosa Haddad1,3``): the authors, not the title (trial 48; :func:`pipeline.segment.authors.glued_digits`)."""

from tests.segment_inputs import run_text

PAPER = """Tracking Ice Break-Up on Northern Rivers with Public Webcams
Hannah Okafor1, Tomas Lindqvist2, and Rosa Haddad1,3
1Department of Geography, Northfield University
2Institute for Polar Studies, Tromsø
3River Authority of the North
Abstract
We read the date of ice break-up from public webcams on eleven rivers and compare it with gauge records.
1 Introduction
Break-up dates are recorded by hand at few places, and the records stop when observers retire.
2 Data
Images were taken every hour from the first of March to the end of May in three years.
"""


def test_authors_with_glued_marks_and_a_serial_comma():
    (talk,) = run_text(PAPER).talks
    assert talk.title.en.text == "Tracking Ice Break-Up on Northern Rivers with Public Webcams"
    assert [a.name.text for a in talk.speaker.authors] == ["Hannah Okafor", "Tomas Lindqvist", "Rosa Haddad"]
