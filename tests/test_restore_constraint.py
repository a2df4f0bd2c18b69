"""A mojibake's byte constraint at the restore stage: what reaches the candidate list, and what the confidence means.

Made-up lines; the hints are what clean leaves for a glyph whose surviving bytes allow only some characters
(``Cleaned.byte_hints``). Restore is asked directly (the whole pipeline is tests/test_mojibake_bytes.py).
"""

from __future__ import annotations

import pytest

from pipeline.model import Evidence, Hint
from pipeline.restore import Restorer, constraint, scoring
from pipeline.restore.evidence.base import Document, Site

G = "\ufffd"
KANA_I = tuple("ぃいぅうぇ")  # E3 81 ?? read as CP932: the lead byte of the pair lost
MARKS = tuple(chr(c) for c in range(0x3001, 0x3020))  # E3 80 ?? : 、 。 〃 … (31)


def _hint(col: int, allowed: tuple[str, ...], bytes_: str) -> Hint:
    return Hint(2, col, 1, allowed, Evidence("bytes", f"the bytes {bytes_} (UTF-8 read as CP932) allow only "
                                                      + " ".join(allowed)), tentative=True)


def _decide(lines: list[str], line: int, start: int, end: int, hints: list[Hint]):
    doc = Document.from_text("\n".join(lines))
    restorer = Restorer(doc, plain=True)
    text = lines[line]
    return restorer, constraint.decide(restorer, Site(text, start, end, line + 1), (), hints)


def test_two_constrained_glyphs_whose_product_is_large_still_get_their_candidates_ranked():
    # い then 。 lost together: 5 × 31 = 155 fills the bytes allow, more than MAX_PROPOSED. Main proposed none of
    # them, so the gap was unresolved with an empty candidate list beside evidence naming the bytes (trial 19, t6)
    assert len(KANA_I) * len(MARKS) > constraint.MAX_PROPOSED
    lines = ["研修の報告", "現場の担当者が新しい画面に慣れていな" + G + G + "そのため、追加の研修を実施する予定である。"]
    start = lines[1].index(G)
    hints = [_hint(start, KANA_I, "E3 81 ??"), _hint(start + 1, MARKS, "E3 80 ??")]
    _, repair = _decide(lines, 1, start, start + 2, hints)
    texts = [c.text for c in repair.candidates]
    assert texts and texts[0] == "い。", repair
    assert all(t[0] in KANA_I and t[1] in MARKS for t in texts)
    scores = [c.score for c in repair.candidates]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert any(e.kind == "bytes" for e in repair.evidence)


def test_a_constraint_that_leaves_one_fill_does_not_lend_it_confidence():
    # は the only character E3 ?? AF allows; the model gives it a third of its probability (が, を … read well too).
    # Main read the confidence over the one allowed fill (no runner-up, one candidate): 0.9985 beside a score of
    # 0.34, committed. The calibrated model's confidence is read over every candidate it weighed (said in the
    # evidence); the fill is committed by the constraint's own measured class (a lone allowed fill: right 263/263
    # on bench/constraint_bench.py's calibration half), at that class's precision, never at one lent by the model.
    lines = ["報告", "部署へのデータ移行" + G + "すでに完了している。"]
    start = lines[1].index(G)
    restorer, repair = _decide(lines, 1, start, start + 1, [_hint(start, ("は",), "E3 ?? AF")])
    assert [c.text for c in repair.candidates] == ["は"]
    ranked = restorer.rank(Site(lines[1], start, start + 1, 2))
    p = dict(ranked.ranking)["は"]
    assert p < 0.9 and repair.candidates[0].score == pytest.approx(p)
    top = scoring.feature_vector(ranked.pool.features["は"])
    rivals = sorted((q for f, q in ranked.ranking if f != "は"), reverse=True)
    plain = restorer.model.confidence([p, *rivals], top, 1, "は")
    assert plain < 0.9
    assert repair.restored == "は" and repair.confidence == constraint.SETTLED_CONFIDENCE
    settled = [e.detail for e in repair.evidence if e.kind == "bytes" and "measured precision" in e.detail]
    assert settled and "allow only は" in settled[0] and f"read {plain}" in settled[0], settled
    model_line = [e.detail for e in repair.evidence if e.kind == "model"]
    assert model_line and "(1 of them allowed)" in model_line[0]


def test_a_runner_up_the_bytes_rule_out_is_named_with_the_next_allowed_fill():
    # fresh-user trial 61: the evidence named ``next 衛 p=0.141`` beside bytes that allow only 災 紹 籍 斷; the
    # reader now also sees the next fill the bytes allow (the confidence is still read over every candidate)
    lines = ["防災の手引き", "毎年9月には、地域の防" + G + "訓練を行っている。防災倉庫の点検も行う。"]
    start = lines[1].index(G)
    _, repair = _decide(lines, 1, start, start + 1, [_hint(start, ("災", "紹", "籍", "斷"), "?? D0")])
    model_line = [e.detail for e in repair.evidence if e.kind == "model"]
    assert model_line and "(4 of them allowed)" in model_line[0], repair.evidence
    runner = model_line[0].split("; next ", 1)[1].split(" ", 1)[0]
    assert runner not in ("災", "紹", "籍", "斷")  # the model's own runner-up here is a fill the bytes rule out
    allowed_next = model_line[0].split("ruled out; next allowed ", 1)[1].split(" ", 1)[0]
    assert allowed_next in ("紹", "籍", "斷")
