"""Restore does per gap what it must and no more: work that depends on the gap alone is done once per gap, and a
window's proposals are made once while it is asked again (the gap's next round and pass). Speed alone: the
verdicts are the same (docs/restore.md, "Speed")."""

from __future__ import annotations

import math

from pipeline.restore import Restorer, charlm, scoring
from pipeline.restore.evidence import lexicon, numeric
from pipeline.restore.evidence.base import Document, Proposal, Site
from tests.calls import count_calls

G = "\ufffd"
TEXT = f"港湾施設の整備を進める。\n港湾施設の{G}備を急ぐ。"


def test_a_gap_outside_a_number_asks_no_candidate_whether_a_number_keeps_it(monkeypatch):
    """``numeric.keeps`` only drops fills inside a number: outside one the pool's hundreds of candidates are not
    asked one by one (each ask scanned the line with two regexes again)."""
    restorer = Restorer(Document.from_text(TEXT), plain=True)
    line = TEXT.split("\n")[1]
    site = Site(line, line.index(G), line.index(G) + 1, 2)
    calls = count_calls(monkeypatch, numeric, "keeps")
    pool = restorer.pool(site)
    assert len(pool) > 10 and "整" in pool.features
    assert calls == []


def test_a_gap_inside_a_number_still_keeps_digits_only():
    restorer = Restorer(Document.from_text(f"会議は8時15分に始まる。\n会議は8時1{G}分に終わる。"), plain=True)
    line = f"会議は8時1{G}分に終わる。"
    pool = restorer.pool(Site(line, line.index(G), line.index(G) + 1, 2))
    assert pool.features and all(f.isdigit() for f in pool.features)


def test_the_number_shape_of_a_gap_is_read_once(monkeypatch):
    site = Site(f"第1{G}回の会議", 2, 3)
    numeric.number_shape(site)
    searched = count_calls(monkeypatch, numeric.re, "search")
    assert [numeric.keeps(site, f) for f in ("5", "部", "十")] == [True, False, False]
    assert searched == []


def test_a_window_asked_again_gets_the_proposals_already_made(monkeypatch):
    lm = charlm.for_document(TEXT)
    line = TEXT.split("\n")[1]
    site = Site(line, line.index(G), line.index(G) + 1, 2)
    first = lexicon.propose(site, lm)
    made = count_calls(monkeypatch, lexicon, "_proposal")
    again = lexicon.propose(site, lm)
    assert made == [] and [p.fill for p in again] == [p.fill for p in first] and len(again) > 10


def test_pool_keeps_the_largest_value_of_a_feature_and_the_first_on_a_tie():
    pool = scoring.Pool()
    pool.add(Proposal("験", "lexicon", "a", {"x": 1.0, "y": 2.0}))
    pool.add(Proposal("験", "repetition", "b", {"x": 3.0, "y": 2.0, "z": -1.0}))
    pool.add(Proposal("験", "lexicon", "c", {"x": 2.0, "nan": math.nan}))
    feats = pool.features["験"]
    assert (feats["x"], feats["y"], feats["z"], feats["has_lex"], feats["has_rep"]) == (3.0, 2.0, -1.0, 1.0, 1.0)
    assert math.isnan(feats["nan"])
    assert [kind for kind, _ in pool.said["験"]] == ["lexicon", "repetition", "lexicon"]
