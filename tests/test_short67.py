"""A word read with one surviving letter is looked up (session 67, fresh-user trial 67): ``Ships switch o\ufffd engines``
had no candidate at all ("no provider proposed a fill"), though *off* (a lost ``ff`` ligature), *of*, *on*, *or* fit.
Such a word is too short to decide (``english.MIN_DECIDED_WORD``) and the benchmark masks no word that short, so its
candidates are offered with the first one's score as confidence, ``calibrated`` false, never committed."""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

GAP = "\ufffd"


@pytest.mark.parametrize("text, fill", [
    (f"Ships switch o{GAP} engines while berthed.\n", "ff"),
    (f"Please turn o{GAP} the lights when you leave.\n", "ff"),
    (f"The flight took o{GAP} at noon and landed at six.\n", "ff"),
    (f"He paid the loan o{GAP} in two years.\n", "ff"),
    (f"Keep the lid o{GAP} the pot until it boils.\n", "n"),
    (f"Do not sign i{GAP} the form is not complete.\n", "f"),
])
def test_a_word_with_one_surviving_letter_offers_its_words(text, fill):
    (r,) = restore_text(text)["repairs"]
    assert r["restored"] is None and r["status"] == "ambiguous"
    assert fill in [c["text"] for c in r["candidates"]]
    assert r["calibrated"] is False and r["confidence"] == r["candidates"][0]["score"]
    assert any(e["kind"] == "model" and "one surviving letter" in e["detail"] for e in r["evidence"])


@pytest.mark.parametrize("text", [
    f"Take the qz{GAP}v ramp at the next junction.\n",  # no listed word fits the letters
    f"港の{GAP}A区画\n",  # a Japanese letter beside the gap: no English word
])
def test_no_english_word_where_none_fits(text):
    (r,) = restore_text(text)["repairs"]
    assert r["restored"] is None
    assert not any("one surviving letter" in e["detail"] for e in r["evidence"])
