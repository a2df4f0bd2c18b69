"""Restore faults of fresh-user trials 65c and 65d (session 66, issue 19: English lost glyphs), helper lig66.

1. A document whose other lost glyphs are settled as ligatures ranks a ligature first at a gap the list leaves open
   (helper lig65c); a ``(cid:N)`` gap whose glyph id is known as a letter elsewhere (``(cid:5)nd`` beside
   ``tr(cid:5)nsport``) is not read so: one glyph, one answer.
2. ``(cid:7)ow`` listed fl first at 0.0129 above h at 0.47: a gap's candidates are in the order of their scores, the
   glyph's places pooled.
3. ``o\\ufffd-ramp`` had no candidate: a part of a hyphenated compound is looked up as a word (never decided, its
   confidence unmeasured).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.restore import restore_text

GAP = "\ufffd"
TRIAL = Path(__file__).parent / "data" / "lig66"
FINANCE = "the (cid:12)nancial support came from the parish, and the (cid:12)rst count was in April.\n"


def _repairs(text: str) -> list[dict]:
    return restore_text(text)["repairs"]


def _at(repairs: list[dict], original: str) -> list[dict]:
    return [r for r in repairs if r["original"] == original]


def _documents_ligatures(r: dict) -> bool:
    return any("the document's other lost glyphs are ligatures" in e["detail"] for e in r["evidence"])


# -- 1. a glyph id known as a letter elsewhere -------------------------------------------------------------------


@pytest.mark.parametrize("text, cid, letter", [
    # and/find beside transport (trial 65's pooled dump, helper lig65c's case)
    (FINANCE + "The tr(cid:5)nsport to the ridge was by bus, (cid:5)nd the walk took an hour.", "(cid:5)", "a"),
    # once/office beside government
    (FINANCE + "The gover(cid:21)ment wrote to us once more: contact the county o(cid:21)ce.", "(cid:21)", "n"),
    # how/flow beside thought
    (FINANCE + "We t(cid:4)ought about it and asked the engineers (cid:4)ow the river changed.", "(cid:4)", "h"),
])
def test_a_glyph_id_known_as_a_letter_is_not_ranked_a_ligature(text, cid, letter):
    places = _at(_repairs(text), cid)
    assert len(places) == 2
    for r in places:
        assert not _documents_ligatures(r), r["evidence"]  # neither the ranking nor the letter held back by it
        assert r["candidates"][0]["text"] == letter
        assert r["restored"] in (None, letter)


def test_near_miss_a_glyph_id_known_as_the_ligature_keeps_the_ranking():
    # cid 12 is settled fi at financial and first: its place at find ranks fi first
    text = FINANCE + "If you (cid:12)nd the (cid:12)nal figures, send them on."
    for r in _at(_repairs(text), "(cid:12)"):
        assert r["candidates"][0]["text"] == "fi" or r["restored"] == "\ufb01"


def test_near_miss_a_ufffd_gap_in_a_ligature_document_is_still_ranked():
    # a U+FFFD gap has no glyph id: the document's settled ligatures rank it (helper lig65c), unchanged
    repairs = _repairs(f"The o{GAP}cer responsible has visited the site.\n"
                       f"If you have any questions, please contact the planning o{GAP}ce on the number above.")
    [r] = [r for r in repairs if r["restored"] is None]
    assert r["candidates"][0]["text"] == "ffi" and r["calibrated"] is False


# -- 2. candidates in score order -------------------------------------------------------------------------------


def _in_score_order(r: dict) -> bool:
    scores = [c["score"] for c in r["candidates"]]
    return all(a >= b for a, b in zip(scores, scores[1:]))


def test_trial65d_flow_lists_fl_first_at_the_highest_score():
    repairs = _repairs((TRIAL / "t65d_lig.txt").read_text(encoding="utf-8"))
    flows = _at(repairs, "(cid:7)")
    assert len(flows) == 2
    for r in flows:
        assert r["restored"] is None and r["calibrated"] is False
        assert r["candidates"][0]["text"] == "fl"
        assert _in_score_order(r), r["candidates"]
        assert r["confidence"] == r["candidates"][0]["score"]


@pytest.mark.parametrize("text", [
    # a glyph id at two places, a letter's word commoner at one (row, rows; how, flows)
    "The (cid:12)nancial report came first. The (cid:9)ow of the river and the (cid:9)ows of water rose.",
    # U+FFFD: the document's settled ligatures rank office first beside once
    f"The o{GAP}cial figures agree. Please contact the planning o{GAP}ce today.",
    # staff beside stay, firms beside arms
    f"Three municipal o{GAP}ces took part.\nSta{GAP} worked fewer hours. Private {GAP}rms were not studied.",
    # a lone unmapped glyph: flood beside good
    "The (cid:28)ood damage was severe along the river.",
])
def test_ranked_candidates_are_in_score_order(text):
    ranked = [r for r in _repairs(text) if r["restored"] is None and r["candidates"]]
    assert ranked
    assert any(r.get("calibrated") is False for r in ranked)
    for r in ranked:
        assert _in_score_order(r), (r["original"], r["candidates"])
        if r.get("calibrated") is False:
            assert r["confidence"] == r["candidates"][0]["score"]


# -- 3. a part of a hyphenated compound ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, fill", [
    (f"Clear signage at every o{GAP}-ramp", "ff"),
    (f"Tickets are cheaper at o{GAP}-peak times.", "ff"),
    (f"The plane is ready for take-o{GAP} now.", "ff"),
    (f"Parking is available o{GAP}-site for visitors.", "ff"),
])
def test_a_compound_part_is_looked_up_as_a_word(text, fill):
    [r] = _repairs(text)
    assert r["restored"] is None
    assert fill in [c["text"] for c in r["candidates"]]
    assert r["calibrated"] is False and r["confidence"] == r["candidates"][0]["score"]
    assert any(e["kind"] == "model" and "uncalibrated" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("text", [
    f"Clear signage at every o{GAP} - ramp",  # a spaced dash joins no compound
    f"He said o{GAP} and left.",  # one letter alone, no compound
])
def test_one_letter_outside_a_compound_is_offered_never_decided(text):
    # lig66 had left these without a candidate; since session 67 (fresh-user trial 67's ``switch o\ufffd engines``, no
    # candidate at all) any word read with one surviving letter is looked up, offered uncalibrated, never decided
    [r] = _repairs(text)
    assert r["restored"] is None and r["calibrated"] is False
    assert {"f", "n", "ff"} <= {c["text"] for c in r["candidates"]}
