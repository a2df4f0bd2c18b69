"""English minutes whose title line ends on the meeting's time, the venue on the next line (trial 49): the venue is
no part of the title (:func:`pipeline.segment.titleblock.title_goes_on`)."""

from tests.segment_inputs import run_text

MINUTES = """HARBOURSIDE ALLOTMENT SOCIETY
Minutes of the Committee Meeting held on Monday 3 February 2025 at 6.30 pm
Quayside Library, Meeting Room 3

Present: Ruth Amadi (Chair), Owen Price (Treasurer), Lena Park (Secretary)
Apologies: Sam Holt

1. Minutes of the last meeting
The minutes of the meeting held on 2 December were agreed as a true record.
2. Water charges
The Treasurer reported that the water company will raise its charges from April.
"""


def test_the_venue_under_a_title_ending_on_the_time_is_not_the_title():
    (talk,) = run_text(MINUTES).talks
    assert talk.title.en.text == "Minutes of the Committee Meeting held on Monday 3 February 2025 at 6.30 pm"
