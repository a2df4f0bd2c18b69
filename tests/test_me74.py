"""Session 74, mine: a form's field in capitals (``Venue: …``) opens its own line under a line that leaves nothing
open, however full that line (helper prog73's open entry: a programme's front lines had been one paragraph)."""

import pytest

from segmenting import only_talk

HEAD = "COASTAL HERITAGE NETWORK ANNUAL MEETING 2026\nProgramme\n"
SLOTS = ("Day 1\n09:15 Registration\n09:45 Opening remarks\nDr. Siân Pryce, Network Convenor\n"
         "Session A: Harbours and Trade\nChair: Prof. Gareth Lloyd\n10:00 Herring ports of the Cardigan Bay coast\n"
         "Rhian Morgan (Bangor University)\n")


@pytest.mark.parametrize("over, field", [
    ("Aberystwyth University, 3-4 September 2026", "Venue: Hugh Owen Building, Penglais Campus"),
    ("Hugh Owen Building, Penglais Campus, Aberystwyth", "Date: Thursday 3 and Friday 4 September 2026"),
    ("Hugh Owen Building, Penglais Campus, Aberystwyth", "Contact: Rhian Morgan, 01970 622000"),
])
def test_field_under_full_line_opens_its_own_line(over, field):
    talk, _ = only_talk(HEAD + over + "\n" + field + "\n" + SLOTS)
    front = [line.text for line in talk.front]
    assert over in front and field in front


def test_sentence_left_open_over_a_label_word_goes_on():
    # near miss: the line over leaves its sentence open (a connective), so a capitalised label-like word carries it
    text = ("Members who wish to attend the annual dinner should write to the secretary before the end of July and\n"
            "Venue: details will follow in the next bulletin.\n\nThe dinner is held every year.\n")
    talk, _ = only_talk(text)
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs] + [line.text for line in talk.front]
    assert any("end of July and Venue:" in p for p in paragraphs)
