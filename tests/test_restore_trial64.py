"""Restore faults of fresh-user trial 64 (session 64; issue 19, honesty): made-up English lines through
``pipeline restore -``'s reader (``Restorer.restore_text``).

* ``\\ufffdu\\ufffdy`` (*fluffy*, two ligatures lost): the second gap had been read as the word ``u\\ufffdy`` — the context a
  gap sees stops at the previous gap — and offered ``l`` (*uly*) at 0.94; a word that goes on over another lost glyph is
  not known whole, so neither gap is offered a word's letter;
* a lone ligature's candidate with confidence 0 says in its evidence that no confidence is measured there.
"""

from __future__ import annotations

import json
import subprocess
import sys

GAP = "\ufffd"


def _restore(line: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "pipeline", "restore", "-"], input=line + "\n", capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)["repairs"]


def test_a_word_over_two_lost_glyphs_offers_no_word_of_its_part():
    repairs = _restore(f"1. Whisk the eggs until they are {GAP}u{GAP}y.")
    assert len(repairs) == 2
    for r in repairs:
        assert r["restored"] is None
        assert all(c["text"] != "l" for c in r["candidates"])
        assert r["confidence"] < 0.5


def test_a_whole_word_beside_another_gap_is_still_read():
    # the gap's word ends at a space: another gap further on does not hide it
    repairs = _restore(f"a tr{GAP}nsport plan for {GAP}")
    assert repairs[0]["candidates"] and repairs[0]["candidates"][0]["text"] == "a"


def test_an_unmeasured_confidence_says_so():
    # at a line's start (``pipeline restore -`` reads the line alone: a sentence's start or not, nothing tells); mid-
    # sentence ``The \ufffdrst waffle`` is written since session 65 (class ligature-initial-alone)
    (r,) = _restore(f"{GAP}rst waffles are usually the worst.")
    # unmeasured: the first candidate's score, marked (session 65, trial 65; it had been 0.0)
    assert r["status"] == "ambiguous" and r["calibrated"] is False and r["confidence"] == r["candidates"][0]["score"]
    assert [c["text"] for c in r["candidates"]] == ["fi"]
    assert any(e["kind"] == "model" and "none measured" in e["detail"] for e in r["evidence"])


ESSAY = """Notes from the Harbour Office

The harbour office reopened in May. Visitors to the office can now book moorings online, and the office keeps a list
of berths.

The {first} boats arrived on Monday. The o{gap}ce staff could not {find} enough berths for all of them.
"""


def test_a_ligature_its_twin_settles_is_the_documents_evidence_of_ligatures():
    """Fresh-user trial 64b: ``o\\ufffdce`` copied as ﬃ from the intact *office*, while the same essay's ``\\ufffdrst`` said the
    document settles no other lost glyph as a ligature, and ``\\ufffdnd`` read *and* at 0.96. The twin's ligature is the
    document's evidence as the English list's is (``english.settled_ligatures``)."""
    first, office, find = _restore(ESSAY.format(first=GAP + "rst", gap=GAP, find=GAP + "nd"))
    assert (office["restored"], office["status"]) == ("\ufb03", "restored")
    assert (first["restored"], first["status"]) == ("\ufb01", "restored")
    assert find["restored"] is None and find["confidence"] <= 0.5
    # since helper lig65c the document's ligatures rank find (5.8, within 100x of and 7.4) first, never committed
    assert [c["text"] for c in find["candidates"]][:2] == ["fi", "a"] and find["calibrated"] is False
    # the twin's gap is no evidence about itself (its own word is never among the document's ligatures it names;
    # since session 65 the written ``\ufffdrst`` is)
    named = [e["detail"].split("ligatures (", 1)[1].split(")", 1)[0] for e in office["evidence"]
             if "other lost glyphs are ligatures (" in e["detail"]]
    assert all("office" not in n for n in named), named


def test_without_a_settled_ligature_a_words_first_glyph_stays_open():
    # session 65 (fresh-user trial 64d): a word's first glyph only a ligature fills is written without the document's
    # other ligatures (class ligature-initial-alone); one a letter's word rivals (*anally* beside *finally*) is not
    from pipeline.restore.evidence import english

    (first,) = _restore(ESSAY.format(first=GAP + "rst", gap="ffi", find="find"))
    assert first["restored"] == "\ufb01"
    assert first["confidence"] == english.calibration().decided[english.INITIAL_ALONE_CLASS]
    (last,) = _restore(ESSAY.format(first="first", gap="ffi", find="find").replace("on Monday", f"{GAP}nally"))
    assert last["restored"] is None
