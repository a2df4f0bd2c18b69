"""One glyph id, one case (issue 19, docs/limits.md's open case after helper lig67; helper rest68; inputs in
``/work/regress/in_rest68/lig_case_*.txt``).

A pooled glyph id's candidates were cased place by place: ``… by the board.`` / ``(cid:7)ow rates`` listed fl,
``H``, ``N`` while the id's place mid-sentence listed fl, ``h``, ``n``; one glyph is drawn one way, so it cannot be
``h`` at one place and ``H`` at another. Now a pooled id's letters are listed in one case at every place (the case
most of its places give the letter's word, small letters where as many give each: ``english.one_case``) and a
``glyph`` row says where the places disagree (``english.one_case_note``). Hand-labelled cases: (context, truth,
expected status).
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

SENTENCE_START = ("Water Supply Notice\n\n"
                  "The reservoir was inspected in May and the report was approved by the board.\n"
                  "(cid:7)ow rates at the main intake were normal. The engineers checked the (cid:7)ow\n"
                  "at each pump, and the speci(cid:6)cation of the new valves was identi(cid:6)ed in\nthe report.\n")
FLIGHT = ("Airport Bulletin\n\nThe speci(cid:6)cation of the new gate was identi(cid:6)ed last week. The morning "
          "(cid:7)ight to Oslo was\ndelayed by fog. (cid:7)ight crews were told to wait in the lounge, and the "
          "(cid:7)ight left at noon.\n")
FINE = ("Weather Notes\n\nThe o(cid:6)ce reported that the speci(cid:6)c forecast was identi(cid:6)ed early. The rain "
        "will stop\nby evening. (cid:7)ne weather is expected on Sunday, and the (cid:7)ne spell may last until "
        "Tuesday.\n")


@pytest.mark.parametrize("text", [SENTENCE_START, FLIGHT, FINE], ids=["flow", "flight", "fine"])
def test_a_pooled_ids_letters_take_one_case_at_every_place(text):
    # contexts: ``(cid:7)ow`` (truth flow: fl), ``(cid:7)ight`` (flight: fl), ``(cid:7)ne`` (fine: fi), each opening a
    # sentence at one place and mid-sentence at another; expected: open, the same candidates at every place
    places = [r for r in restore_text(text)["repairs"] if r["original"] == "(cid:7)"]
    assert len(places) >= 2
    lists = {tuple(c["text"] for c in r["candidates"]) for r in places}
    assert len(lists) == 1, lists
    for r in places:
        assert r["restored"] is None
        assert any(e["kind"] == "glyph" and e["detail"].startswith("one glyph, one case") for e in r["evidence"])


def test_places_that_agree_keep_their_case():
    # near misses: every place opens a sentence (capitals), every place mid-sentence (small letters): no row
    starts = ("Water Supply Notice\n\nThe speci(cid:6)cation of the valves was identi(cid:6)ed in the report. The board "
              "met in May.\n(cid:7)ow rates at the intake were normal. (cid:7)ow meters were checked.\n")
    middle = ("Water Supply Notice\n\nThe speci(cid:6)cation of the valves was identi(cid:6)ed in the report. The "
              "engineers checked the\n(cid:7)ow at each pump, and the (cid:7)ow at the intake stayed normal.\n")
    for text, case in ((starts, str.isupper), (middle, str.islower)):
        for r in [r for r in restore_text(text)["repairs"] if r["original"] == "(cid:7)"]:
            letters = [c["text"] for c in r["candidates"] if len(c["text"]) == 1]
            assert letters and all(case(t) for t in letters), letters
            assert not any(e["detail"].startswith("one glyph, one case") for e in r["evidence"])


def test_one_case():
    from pipeline.restore.evidence.base import Site
    from pipeline.restore.evidence.english import one_case

    mid = Site("review the cash \ufffdow each month", 16, 17)
    start = Site("\ufffdow rates were normal", 0, 1)
    assert one_case([mid, start], "h") == ("h", True)
    assert one_case([start, start, mid], "h") == ("H", True)
    assert one_case([start, start], "h") == ("H", False)
    assert one_case([mid, start], "fl") == ("fl", False)
