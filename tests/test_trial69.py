"""Faults from fresh-user trial 69 fixed on main (issue 19 point 3).

1. A glyph id read as a ligature but left open because single letters make words at its places too
   (``(cid:415)lters``: fi filters, a alters) said "a ligature, which no single letter fills" beside the letter it
   listed: the row now names the letters that fit too.
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text


@pytest.mark.parametrize("text", [
    "The team replaced the (cid:9)lters in May. Each (cid:9)lter lasts a year, and the (cid:9)nal check is in June.\n",
    "We (cid:5)ed the forms and (cid:5)led them in the (cid:5)eld office.\n",
], ids=["fi-or-a", "fi-or-f"])
def test_an_open_ligature_names_the_letters_that_fit_too69(text):
    repairs = restore_text(text)["repairs"]
    assert repairs
    for r in repairs:
        letters = [c["text"] for c in r["candidates"] if len(c["text"]) == 1]
        assert r["status"] != "restored" and letters, r
        rows = [e["detail"] for e in r["evidence"] if e["kind"] == "glyph"]
        assert rows and not any("no single letter fills" in d for d in rows), rows
        assert any(f"({', '.join(letters)}" in d for d in rows), (letters, rows)


def test_a_ligature_only_it_completes_is_still_written69():
    # near miss: one place only ffi completes (efficiency), the glyph committed at every place
    text = "The o(cid:7)ce reported the e(cid:7)ciency of the new pumps.\n"
    repairs = restore_text(text)["repairs"]
    assert [r["restored"] for r in repairs] == ["\ufb03", "\ufb03"], [(r["status"], r["candidates"]) for r in repairs]
