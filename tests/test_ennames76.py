"""An English given name no English word is held, not filled from the English word list, where the name's shape
tells it: a couple's first given name (``Den\ufffdis and Ruth Okafor``), a given name right before its surname on a
line of names, after a greeting, or written whole elsewhere in the document where a given name stands (``Ai\ufffdan's
poles`` beside ``Aidan Forsyth``). Fresh-user trial 75d; helper ennames76, measured in docs/limits.md (*Session 76,
ennames76*)."""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore.evidence.prose_name import english_name_by_shape


def _given(line: str, fill: str, elsewhere: tuple[str, ...] = ()) -> str | None:
    from pipeline.restore.evidence.prose_name import english_given_name

    at = line.index(GAP)
    found = english_given_name(line, at, at + 1, fill, lambda word: word in elsewhere)
    return found[0] if found else None


@pytest.mark.parametrize(("line", "fill", "elsewhere"), [
    # a couple's signature, title case (trial 75d's letters page)
    (f"Den{GAP}is and Ruth Okafor", "n", ()),
    (f"Co{GAP}in & Mary Whitlock", "l", ()),
    (f"Bet{GAP}an and David Morgan", "h", ()),
    (f"With love from Ke{GAP}in and Sarah Hughes", "v", ()),
    (f"Meg{GAP}n and Oliver Baxter's garden was open all day.", "a", ()),
    (f"Ma{GAP}y and John Pritchard", "r", ()),
    # a possessive, the name written whole elsewhere before a surname (trial 75d's trip report)
    (f"walk down with the help of Ai{GAP}an's poles; he reports that it is fine now.", "d", ("Aidan",)),
    (f"We borrowed Kie{GAP}an's map for the descent.", "r", ("Kieran",)),
    (f"Ai{GAP}an said the path was wet.", "d", ("Aidan",)),
    (f"and thanks to Dec{GAP}an for driving the minibus.", "l", ("Declan",)),
    (f"The teas were made by Sio{GAP}han and the cakes by others.", "b", ("Siobhan",)),
    (f"Ask Bet{GAP}an about the bus times.", "h", ("Bethan",)),
    # a given name right before its surname on a line of names (a list of members, a signature)
    (f"Helen Ashcroft, Tom{GAP}sz Nowicki, Bethan Lloyd", "a", ()),
    (f"Present: Pri{GAP}a Raman, Colin Whitlock", "y", ()),
    (f"Elu{GAP}ed Pryce", "n", ()),
    (f"Anj{GAP}li Sharma, Treasurer", "a", ()),
    (f"Ni{GAP}ls Thykier reported the bug and sent a patch.", "e", ()),
    (f"Minutes taken by Chi{GAP}i Okafor", "d", ()),
    (f"Wen{GAP}y Marsh, Secretary", "d", ()),
    (f"Rhi{GAP}non Evans (Chair)", "a", ()),
    # after a greeting
    (f"Dear Pr{GAP}ya,", "i", ()),
    (f"Hi Ai{GAP}an", "d", ()),
    (f"Dear Ffi{GAP}n, thank you for your letter.", "o", ()),
    # written elsewhere after a greeting
    (f"as Nk{GAP}chi pointed out at the meeting", "e", ("Nkechi",)),
    (f"Callu{GAP}'s photographs are on the website.", "m", ("Callum",)),
])
def test_given_name_is_held(line, fill, elsewhere):
    assert _given(line, fill, elsewhere) is not None


@pytest.mark.parametrize(("line", "fill", "elsewhere"), [
    # ordinary capitalised words: headings in title case, sentence starts, products, months, weekdays, places
    (f"Annual Rep{GAP}rt 2024", "o", ()),
    (f"Mon{GAP}ay and Tuesday Sessions", "d", ()),
    (f"Ma{GAP}y of the walkers were tired.", "n", ()),
    (f"Wi{GAP}dows and Linux Users", "n", ()),
    (f"Kob{GAP} and Kindle Readers", "o", ()),
    (f"Grasm{GAP}re and Rydal Water", "e", ()),
    (f"Helve{GAP}lyn and Scafell Pike", "l", ()),
    (f"In Ap{GAP}il and May Smith joined.", "r", ()),
    (f"Lon{GAP}on and Paris Offices", "d", ()),
    (f"Dear Cust{GAP}mer,", "o", ()),
    (f"Dear Mem{GAP}ers,", "b", ()),
    (f"Fish and Chi{GAP}s Supper", "p", ()),
    (f"Mar{GAP}s & Spencer Foods", "k", ()),
    (f"Stadtwerke Ta{GAP}heim", "l", ()),
    (f"Sta{GAP}twerke Talheim", "d", ()),
    (f"3. Volunteer Guides at Do{GAP}o Onsen", "g", ()),
    (f"Arbeitsgemeinscha{GAP}t Hochwasserschutz", "f", ()),
    (f"Spo{GAP}ify said it would review the change.", "t", ()),
    (f"Br{GAP}dford and Leeds Councils", "a", ()),
    (f"We met at the Ai{GAP}an Centre on Tuesday.", "d", ("Aidan",)),
    (f"Wind{GAP}rmere was busy with boats.", "e", ()),
    (f"Thursday, Ma{GAP}ch 6, 2025", "r", ()),
])
def test_ordinary_words_stay_fillable(line, fill, elsewhere):
    at = line.index(GAP)
    assert _given(line, fill, elsewhere) is None
    assert english_name_by_shape(line, at, at + 1, fill) is None


@pytest.mark.parametrize(("line", "word", "expect"), [
    ("Whitlock, Aidan Forsyth, Bethan Lloyd", "Aidan", True),
    ("Dear Nkechi,", "Nkechi", True),
    ("Callum and Mary Tremayne", "Callum", True),
    ("the Aidan Centre", "Aidan", False),
    ("Aidan", "Aidan", False),
    ("Spotify Premium", "Spotify", False),
])
def test_a_given_names_place_elsewhere(line, word, expect):
    from pipeline.restore.evidence.prose_name import given_name_at

    assert given_name_at(line, line.index(word), word) is expect


LETTERS = """LETTERS TO THE EDITOR

Thank you to the hospital porters

My husband spent three weeks on the orthopaedic ward last winter. Every one of
the porters treated him with patience and good humour, often at the end of a
long shift. We would like to thank them all.

Den\ufffdis and Ruth Okafor
Westbridge
"""

TRIP = """Trip Report: The Langdale Pikes

Twelve of us met at the car park: Helen Ashcroft, Colin and Mary Whitlock,
Aidan Forsyth, Bethan Lloyd and Sam Okonkwo.

Highlights and incidents

Colin turned an ankle near the summit and managed the
walk down with the help of Ai\ufffdan's poles; he reports that it is fine now.
"""


@pytest.mark.parametrize(("text", "before"), [(LETTERS, "Den"), (TRIP, "Ai")])
def test_trial_75d_names_are_held_with_no_candidate(text, before):
    from tests.restore_verdicts import repair_after

    r = repair_after(text, before)
    assert r["restored"] is None and not r["candidates"], r


WORDS = """Trip Report: The Langdale Pikes

We stopped at the tarn for a late br\ufffdakfast before the climb.
"""


def test_a_word_beside_stays_filled():
    from tests.restore_verdicts import repair_after

    assert repair_after(WORDS, "br")["restored"] == "e"


@pytest.mark.xfail(strict=True, reason="known limit (docs/limits.md, Session 77, hold77): a couple neither of "
                   "whose given names the census counts, on a line of its own with no close above it (Helvellyn and "
                   "Scafell Pike has the shape); under a close it is held (tests/test_hold77.py), as is Gareth Pryce")
@pytest.mark.parametrize(("line", "fill"), [
    (f"Bet{GAP}an and Rhys Morgan", "h"),
])
def test_known_misses(line, fill):
    assert _given(line, fill) is not None


MEMBERS = """Fellside Walking Club: Annual Rep\ufffdrt 2024

Present: Helen Ashcroft, Tom\ufffdsz Nowicki, Bethan Lloyd and Colin Whitlock.

Dear Pr\ufffdya,

Thank you for the minutes. The Mon\ufffday and Tuesday Sessions will move to the
village hall. We walked from Grasm\ufffdre to Rydal Water on Thursday.

Kind regards,
Co\ufffdin & Mary Whitlock
"""


@pytest.mark.parametrize("before", ["Dear Pr", "Co"])
def test_a_greeting_and_a_couples_signature_are_held(before):
    from tests.restore_verdicts import repair_after

    r = repair_after(MEMBERS, before)
    assert r["restored"] is None and not r["candidates"], r


@pytest.mark.parametrize(("before", "fill"), [("Rep", "o"), ("Mon", "d"), ("Grasm", "e")])
def test_a_headings_a_weekdays_and_a_places_letter_stay_filled(before, fill):
    from tests.restore_verdicts import repair_after

    assert repair_after(MEMBERS, before)["restored"] == fill
