"""Every verdict says why (fresh-user trial 65c, session 65): a gap no provider proposed a fill for was
``unresolved`` with no candidate and an empty ``evidence`` list (``o\ufffd-ramp`` in a deck that lost its ligatures)."""

from __future__ import annotations

from pipeline.restore import NO_PROPOSAL, restore_text


def test_a_gap_nothing_proposes_for_says_so():
    # (``o\ufffd-ramp`` itself has candidates since helper lig66: a compound's part is looked up as a word; since
    # session 67 a word read with one surviving letter is too, ``o\ufffd ramp``: a letter run no listed word fits has none)
    (repair,) = restore_text("Take the qz\ufffdv ramp at the next junction.\n")["repairs"]
    assert repair["status"] == "unresolved" and repair["candidates"] == []
    assert [e["detail"] for e in repair["evidence"]] == [NO_PROPOSAL]


def test_every_verdict_has_evidence():
    text = ("Clear signage at every o\ufffd-ramp\nThe e\ufffdect was small.\n"
            "It was the \ufffdrst time the o\ufffdce opened.\n駐車\ufffdは市役所の北側です。\n")
    repairs = restore_text(text)["repairs"]
    assert len(repairs) == 5
    assert all(r["evidence"] for r in repairs), [r for r in repairs if not r["evidence"]]
