"""Restore faults of fresh-user trials 65b and 65c (session 65, issue 19: restoration honest), helper lig65c.

In a U+FFFD document whose other lost glyphs the English list settles as ligatures (``o\\ufffdcer`` → ﬃ), a gap where a
typeset ligature's word fits within 100x (2 Zipf) of the commonest letter's had led with the letter: ``the planning
o\\ufffdce`` n (*once* 5.5) over ffi (*office* 5.4), ``Sta\\ufffd worked`` y (*stay*), ``private \\ufffdrms`` a (*arms*).
The ligature now ranks first there, as a PDF's ``(cid:N)`` glyph's does (helper lig65b), never committed and shown
``calibrated: false``; a document that settles no ligature, and a letter's word 100x commoner, keep the letter first.
"""

from __future__ import annotations

import json
import subprocess
import sys

GAP = "\ufffd"


def _restore(text: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "pipeline", "restore", "-"], input=text + "\n", capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)["repairs"]


def _open(repairs: list[dict]) -> list[dict]:
    return [r for r in repairs if r["restored"] is None]


def _ranked_uncalibrated(r: dict, fill: str) -> None:
    assert r["restored"] is None and r["status"] == "ambiguous"
    assert r["candidates"][0]["text"] == fill
    assert r["calibrated"] is False and r["confidence"] == r["candidates"][0]["score"]
    assert any(e["kind"] == "model" and "uncalibrated" in e["detail"] for e in r["evidence"])
    assert any("ranks first" in e["detail"] for e in r["evidence"])


def test_office_beside_once_ranks_the_ligature_first_in_a_ligature_document():
    repairs = _restore(f"The o{GAP}cer responsible has visited the site.\n"
                       f"If you have any questions, please contact the planning o{GAP}ce on the number above.")
    assert repairs[0]["restored"] == "\ufb03"  # officer: settled as before
    [r] = _open(repairs)
    _ranked_uncalibrated(r, "ffi")
    assert "n" in [c["text"] for c in r["candidates"]]  # the letter's word stays a candidate


def test_staff_and_firms_rank_the_ligature_first_other_wording():
    repairs = _restore(f"Three municipal o{GAP}ces took part, and the �rst results are in.\n"
                       f"Sta{GAP} worked fewer hours. Private {GAP}rms were not studied.")
    lead = {r["candidates"][0]["text"] for r in _open(repairs)}
    assert lead == {"ff", "fi"}
    for r in _open(repairs):
        _ranked_uncalibrated(r, r["candidates"][0]["text"])


def test_flow_beside_how_ranks_the_ligature_first():
    repairs = _restore(f"The di{GAP}erent gauges agreed. The {GAP}ow under the bridge has doubled.")
    [r] = _open(repairs)
    _ranked_uncalibrated(r, "fl")


def test_near_miss_a_document_settling_no_ligature_keeps_the_letter_first():
    [r] = _restore(f"Please contact the o{GAP}ce on Monday, and bring the signed form.")
    assert r["restored"] is None and r["candidates"][0]["text"] == "n"
    assert not any("ranks first" in e["detail"] for e in r["evidence"])


def test_near_miss_a_letter_word_100x_commoner_keeps_the_letter_first():
    # see (6.8) against flee (4.3): beyond 2 Zipf, the letter leads even in a ligature document
    repairs = _restore(f"The o{GAP}cial rules differ. If you want to {GAP}ee the hall, use the stairs.")
    [r] = _open(repairs)
    assert r["candidates"][0]["text"] == "s"
    assert not any("ranks first" in e["detail"] for e in r["evidence"])


def test_near_miss_a_capital_opening_keeps_the_letter_first():
    # no face sets a capital ligature: O\ufffdce at a sentence's start is not ranked by the document's ligatures
    repairs = _restore(f"The o{GAP}cial figures agree. {GAP}ow rates were low.")
    for r in _open(repairs):
        assert not any("ranks first" in e["detail"] for e in r["evidence"])
