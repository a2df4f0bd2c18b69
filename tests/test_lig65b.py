"""Restore faults of fresh-user trial 65 (session 65, issue 19: restoration honest), helper lig65b.

* a gap whose verdict no benchmark measures (a ligature's letters lead where the English list does not decide) showed
  confidence 0.0 beside ff at 0.87 (``e\\ufffdect``), read as "surely wrong": its confidence is now the first
  candidate's score and the repair says ``calibrated: false`` (docs/talk-json.md);
* a PDF dump's ``(cid:N)`` amid mapped letters is most often a ligature: ``the (cid:28)ood damage`` led with g (*good*),
  ``the county o(cid:29)ce`` with n (*once*); a typeset ligature's word within 100x of the letter's now ranks first,
  never committed, and every typeset ligature whose word is listed is offered;
* an undecided gap's measured confidence has no ``threshold``: its evidence says it was compared with none.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GAP = "\ufffd"
TRIAL = Path(__file__).parent / "data" / "lig65b"  # copies of trial 65's inputs (also /work/regress/in_trial65)


def _restore(text: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "pipeline", "restore", "-"], input=text + "\n", capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)["repairs"]


def test_a_ligature_leading_unmeasured_shows_its_score_marked_uncalibrated():
    # the paper's own ligatures settled (efficient, official): effect/elect and differs/divers stay open, ff first
    repairs = _restore(f"It is e{GAP}cient and the o{GAP}cial figures agree.\nThe e{GAP}ect was large and it "
                       f"di{GAP}ers from the rest.")
    lead = [r for r in repairs if r["restored"] is None]
    assert [r["candidates"][0]["text"] for r in lead] == ["ff", "ff"]
    for r in lead:
        assert r["calibrated"] is False and "threshold" not in r
        assert r["confidence"] == r["candidates"][0]["score"] > 0
        assert any(e["kind"] == "model" and "uncalibrated" in e["detail"] for e in r["evidence"])
    # a committed ligature is measured: no flag
    assert all("calibrated" not in r for r in repairs if r["restored"] is not None)


def test_a_ligature_leading_in_a_plain_document_is_marked_too():
    # no settled ligature: effect 5.0 and elect 4.0 within 100x, ff first; it had shown 0.8351, elect's class's top-1
    [r] = _restore(f"The e{GAP}ect of the rain was plain on the path.")
    assert r["candidates"][0]["text"] == "ff"
    assert r.get("calibrated") is False and r["confidence"] == r["candidates"][0]["score"]


def test_an_unmapped_glyph_ranks_the_ligature_first():
    repairs = _restore("The Clerk reported that the (cid:28)ood damage to the riverside footpath had been assessed.\n"
                       "The council asked the Clerk to inform the county o(cid:29)ce.")
    assert [r["candidates"][0]["text"] for r in repairs] == ["fl", "ffi"]
    for r in repairs:
        assert r["restored"] is None and r["calibrated"] is False
        assert any(e["kind"] == "glyph" and "maps to no character" in e["detail"] for e in r["evidence"])
    # the letters' words stay candidates
    assert "g" in [c["text"] for c in repairs[0]["candidates"]] and "n" in [c["text"] for c in repairs[1]["candidates"]]


def test_an_unmapped_glyph_whose_ligature_word_is_rare_keeps_the_letter_first():
    # near misses: see (6.8) is 100x commoner than flee; house makes no ligature's word; a capital ligature is no
    # typeset one. And a U+FFFD gap is no unmapped glyph: the rule is the cid's alone.
    repairs = _restore("Residents may (cid:7)ee the plans. The (cid:8)ouse is empty. The last (cid:4)ood came in May.\n"
                       f"Nobody saw the {GAP}ood come.")
    assert [r["candidates"][0]["text"] for r in repairs] == ["s", "h", "fl", "g"]


def test_every_listed_typeset_ligature_is_offered():
    # flat and fiat: both ligatures' words are listed, both offered (only the commonest was)
    [r] = _restore(f"the council met in the {GAP}at above the shop")
    texts = [c["text"] for c in r["candidates"]]
    assert "fl" in texts and "fi" in texts


def test_an_undecided_gap_says_no_threshold_was_compared():
    [r] = _restore("The (cid:8)ouse is empty.")
    assert "threshold" not in r
    assert any(e["kind"] == "model" and "compared with no commit threshold" in e["detail"] for e in r["evidence"])


@pytest.mark.skipif(not TRIAL.is_dir(), reason="the trial's inputs are not on this machine")
def test_trial65_talks_validate_and_say_calibrated(tmp_path):
    from pipeline.structure.schema import schema_errors

    subprocess.run([sys.executable, "-m", "pipeline", "run", str(TRIAL / "t65_paper_en.txt"),
                    str(TRIAL / "t65_cid_en.txt"), "--out", str(tmp_path), "--quiet"], check=True)
    seen = []
    for path in sorted((tmp_path / "talks").glob("*/*.json")):
        if path.name == "index.json":
            continue
        talk = json.loads(path.read_text(encoding="utf-8"))
        assert schema_errors(talk) == []
        seen += [r for r in talk["repairs"] if r.get("calibrated") is False]
    # effect, differs, flood, office; and the paper's \ufffdeld (field beside held), which its settled ligatures rank
    # since helper lig65c
    assert len(seen) == 5
    assert all(r["confidence"] > 0 for r in seen)
