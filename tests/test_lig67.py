"""Issue 19 after fresh-user trials 65d, 66 and 66b (session 67, helper lig67): English ligatures lost as ``(cid:N)``
or U+FFFD. Each case is hand-labelled: its context, the truth, the status expected.

1. A glyph id one of whose places only one ligature completes (``(cid:977)exible``: no letter's word, no other
   ligature's), the ligature making a word at every other place (floor, flow, fleet), is that ligature everywhere
   (class ``ligature-pooled-only``, measured per glyph id by ``bench/english_bench.py --pooled``).
2. A word opening a plain text's line where the line before goes on (``the cash`` / ``(cid:7)ow each month``) is
   mid-sentence: its candidates in small letters, not ``H``, ``L``, ``R``.
3. A tie (``sta\\ufffd``: ff, y, r at one score) stays open, the order's rule said in the evidence.
4. The ligature a neighbour glyph id names (``restore.by_neighbour_ligature``) is supporting evidence only: ranked
   first in a tie with the fills scored above it, never above a letter's word 100x commoner (``(cid:13)ee``: *see*),
   where the row still records it.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text
from pipeline.restore.evidence import english

GAP = "\ufffd"


def _repairs(text: str) -> list[dict]:
    return restore_text(text)["repairs"]


def _at(repairs: list[dict], original: str) -> list[dict]:
    return [r for r in repairs if r["original"] == original]


# -- 1. a place only one ligature completes settles the glyph id --------------------------------------------------

TRIAL66B = """Local Energy Transition Report
1. Overview
The city has defined a (cid:976)ve-year plan to improve energy ef(cid:976)ciency in public
buildings. The (cid:977)oor area covered exceeds 200,000 square metres.
2. Measures
Of(cid:976)ce lighting will be replaced with LED (cid:976)xtures, and heating systems will be
upgraded. Staff (cid:976)nd the new systems easier to operate. Cash (cid:977)ow is
managed through an energy service contract, and the ef(cid:976)ciency gains are audited
by a third party. The (cid:977)exible contract lets the city (cid:976)nance the work without
new debt. The plan has a strong e(cid:975)ect on sta(cid:975) work.
3. Results
In the (cid:976)rst year, energy use fell by 12 per cent across the (cid:977)eet of buildings.
"""

LEASE = """LEASE AGREEMENT

3. Use of the premises
3.1 The Tenant shall use the premises as a private dwelling only and shall not
cause any nuisance to the neighbours. Any con(cid:13)ict between the Tenant and a
neighbour shall be referred to the Landlord in writing.
3.2 The Tenant shall keep the (cid:13)oor coverings clean and shall not remove
them without the written consent of the Landlord.
3.3 The rent shall not (cid:13)uctuate with the market during the first term.
"""

MANUAL = """PX-200 Pump Controller: Operating Manual

Read the speci(cid:28)cation plate on the housing. Every terminal is identi(cid:28)ed by a
number printed beside it. Do not mount the unit under a (cid:31)uorescent lamp or on a
damp (cid:31)oor; the controller must stand on a dry surface.
Turn the dial until the display shows the water
(cid:31)ow you need. A green light shows that the (cid:31)ow is steady.
"""


@pytest.mark.parametrize("text, cid, places, truth", [
    (TRIAL66B, "(cid:977)", 4, "\ufb02"),  # floor, flow, flexible (only fl), fleet: trial 66b
    (LEASE, "(cid:13)", 3, "\ufb02"),  # fluctuate (only fl) beside conflict (convict) and floor (door, poor)
    (MANUAL, "(cid:31)", 4, "\ufb02"),  # fluorescent (only fl) beside floor and flow twice
])
def test_a_place_only_one_ligature_completes_settles_the_glyph(text, cid, places, truth):
    found = _at(_repairs(text), cid)
    assert len(found) == places
    for r in found:
        assert r["status"] == "restored" and r["restored"] == truth, (r["candidates"], r["evidence"])
        assert any("no letter nor other ligature completes that place" in e["detail"] for e in r["evidence"])
        assert r["confidence"] >= english.TARGET



def test_near_miss_a_letter_glyph_id_is_never_a_ligature():
    # cid 40 is h: house, how, thought; fl makes flow but no word at ouse/ought
    text = ("The bus (cid:40)ouse at the station was repainted in May. Drivers asked (cid:40)ow the new\n"
            "timetable would work, and the council t(cid:40)ought it best to wait until June.")
    for r in _at(_repairs(text), "(cid:40)"):
        assert r["restored"] in (None, "h")
        assert r["candidates"][0]["text"] == "h"


@pytest.mark.parametrize("text", [
    # floor, flow: a letter makes a word at each (door, how); no place only fl completes, no place decides
    ("The classi(cid:12)cation of each room is shown by the door. Keep the (cid:13)oor dry,\n"
     "and check the water (cid:13)ow at the tap before you leave."),
    # the lease without fluctuate: conflict is decided by the list's margin (convict makes a word), floor is not
    LEASE.replace("3.3 The rent shall not (cid:13)uctuate with the market during the first term.\n", ""),
])
def test_near_miss_a_glyph_no_place_only_its_ligature_completes_stays_open(text):
    found = _at(_repairs(text), "(cid:13)")
    assert len(found) == 2
    for r in found:
        assert r["restored"] is None and r["candidates"][0]["text"] == "fl"


def test_near_miss_clean_words_pass_through():
    text = ("The office is open from nine to five. Staff will answer calls about the flow of\n"
            "applications, and the finance team will confirm each fee in writing.")
    out = restore_text(text)
    assert out["repairs"] == [] and out["text"] == text


# -- 2. the case a word opening a line takes ----------------------------------------------------------------------

LINE_START = ("Every office manager should review the cash\n"
              "(cid:7)ow each month, so that suppliers are paid on time, and the work (cid:7)ows smoothly.\n"
              "The (cid:12)rst step and the (cid:12)nal step are the same.")


def test_a_word_opening_a_line_mid_sentence_takes_small_letters():
    found = _at(_repairs(LINE_START), "(cid:7)")
    assert len(found) == 2
    for r in found:
        letters = [c["text"] for c in r["candidates"]]
        assert all(t == t.lower() for t in letters), letters


@pytest.mark.parametrize("above, case", [
    ("The reservoir was inspected in May and the report was approved by the board.", "upper"),  # a sentence ends
    ("Water Supply Notice for the Northern District", "upper"),  # a heading in title case
    ("1. Overview", "upper"),  # a short heading
    ("The engineers at the plant checked the", "lower"),  # prose going on
])
def test_the_line_above_says_the_case(above, case):
    text = f"{above}\n{GAP}ow rates at the main intake were normal, and the w{GAP}ole plant ran."
    [r] = [r for r in _repairs(text) if r["original"] == GAP and r["start"] == len(above) + 1]
    letters = [c["text"] for c in r["candidates"] if len(c["text"]) == 1]
    assert letters and all((t.isupper() if case == "upper" else t.islower()) for t in letters), letters


def test_the_case_of_a_site_opening_its_line():
    from pipeline.restore.evidence.base import Site
    from pipeline.restore.evidence.repetition import initial_case

    site = Site(f"{GAP}ow each month", 0, 1, 2, above="Every office manager should review the cash")
    assert initial_case(site, "how", None)[0] == "lower"
    assert initial_case(Site(f"{GAP}ow each month", 0, 1, 2), "how", None)[0] == "upper"  # nothing above: unknown


# -- 3. a tie stays open, its order's rule said -------------------------------------------------------------------

NEWS = (f"The town library reopened on Monday. Sta{GAP} returned to the building last week, and\n"
        f"o{GAP}cials said the work had cost less than expected. The library's e{GAP}orts were praised.\n")


def test_a_tie_stays_open_with_its_order_stated():
    [r] = [r for r in _repairs(NEWS) if r["original"] == GAP and r["restored"] is None]
    assert r["status"] == "ambiguous" and r["calibrated"] is False
    fills = [c["text"] for c in r["candidates"][:3]]
    scores = {c["score"] for c in r["candidates"][:3]}
    assert fills == ["ff", "y", "r"] and len(scores) == 1  # one score: a three-way tie
    assert r["confidence"] == r["candidates"][0]["score"] <= 0.5  # a tie's share, never 0.99
    assert any("ff, y, r tie at" in e["detail"] and "in the order of their scores before the tie" in e["detail"]
               for e in r["evidence"]), r["evidence"]


# -- 4. a neighbour id's ligature: supporting evidence only -------------------------------------------------------

NEIGHBOUR = ("The classi(cid:12)cation of each room is shown on the signi(cid:12)cant notice by the door,\n"
             "and each exit is identi(cid:12)ed by a green sign. In a fire, residents should (cid:13)ee the building\n"
             "by the nearest stairs.")


def test_a_neighbour_ligature_never_outranks_a_letter_100x_commoner():
    [r] = _at(_repairs(NEIGHBOUR), "(cid:13)")
    assert r["candidates"][0]["text"] == "s", r["candidates"]  # see (6.1): flee is 100x rarer
    scores = [c["score"] for c in r["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert any(e["detail"].startswith("not ranked first: this glyph (cid 13) stands beside cid 12")
               and "supporting evidence only" in e["detail"] for e in r["evidence"]), r["evidence"]


def test_near_miss_a_neighbour_ligature_within_the_margin_is_first_and_recorded():
    text = NEIGHBOUR.replace("should (cid:13)ee the building", "should check the water (cid:13)ow")
    [r] = _at(_repairs(text), "(cid:13)")
    assert r["candidates"][0]["text"] == "fl" and r["restored"] is None and r["calibrated"] is False
    assert r["confidence"] == r["candidates"][0]["score"] < 0.5
    assert any(e["detail"].startswith("ranked first: this glyph (cid 13)") for e in r["evidence"])
