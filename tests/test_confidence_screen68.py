"""bench/confidence_screen.py (session 68, issue 19 points 1 and 6): the candidate confidence inputs it screens
on kept benchmark outcomes, its two measures, and that appending an input leaves the restorer's tables as they
were once the screen is done (it must never leak into the restorer's own confidence model)."""

from __future__ import annotations

import math

from bench import confidence_screen as cs
from bench import restore_bench as rb
from pipeline.restore import scoring


def test_neighbour_kanji_counts_the_gaps_two_neighbours():
    # a pair between kana is a word's whole slot; between kanji it sits inside a compound
    assert cs.neighbour_kanji("設定を保存する", 3, 5) == 0.0
    assert cs.neighbour_kanji("新規保存画面", 2, 4) == 2.0
    assert cs.neighbour_kanji("保存画面", 0, 2) == 1.0  # a line's edge counts as no kanji


def test_dictionary_reading_of_the_filled_word():
    # 保 completes 保存 with the intact 存: a dictionary word reaching past the fill
    assert cs.dictionary_reading("設定を保存する", 3, 4) == (0.0, 1.0)
    # a fill Sudachi reads as a word of its own reaches past nothing
    oov, in_word = cs.dictionary_reading("本を読む", 0, 1)
    assert in_word == 0.0


def test_share_at_a_pooled_precision_takes_the_most_confident_first():
    pairs = [(0.9, True), (0.8, True), (0.7, False), (0.6, True)]
    assert cs.share_at(pairs, 0.75) == 4
    assert cs.share_at(pairs, 0.9) == 2
    assert cs.share_at([(0.5, False)], 0.9) == 0


def test_auc_counts_ties_half():
    assert cs.auc([(0.9, True), (0.5, False), (0.5, True)]) == 0.75
    assert math.isnan(cs.auc([(0.9, True)]))


def _outcome() -> rb.Outcome:
    mask = rb.Mask("src", "doc", 0, 3, 4, "kanji")
    fills = ["保", "確"]
    vectors = [scoring.feature_vector({"has_lex": 1.0, "lex_known": 1.0, "lex_both": 1.0}),
               scoring.feature_vector({"cost": -2.0})]
    return rb.Outcome(mask, "保", fills=fills, vectors=vectors, unsupported=[False, False],
                      rest_truth="保")


def test_appended_inputs_reach_the_confidence_model_and_leave_no_trace():
    corpus = {"src": {"doc": ["設定を保存する"]}}
    o = _outcome()
    raw = scoring.Model(scoring.model().weights, {}, {k: rb.NEVER for k in scoring.GAP_CLASSES})
    names, fn, judge = scoring.CONFIDENCE_INPUTS, scoring.confidence_inputs, rb.judge
    plain = rb.judge(o, raw, rb.NUMBERING_CONFIDENCE)
    with cs.Appended(["in_word", "nb_kanji"], cs.Inputs(corpus)):
        v = rb.judge(o, raw, rb.NUMBERING_CONFIDENCE)
        assert scoring.CONFIDENCE_INPUTS[-2:] == ("in_word", "nb_kanji")
    assert v.fill == plain.fill == "保"
    assert v.inputs[:len(plain.inputs)] == plain.inputs
    assert v.inputs[len(plain.inputs):] == (1.0, 1.0)  # 保存 is a word; of the neighbours を and 存, one is a kanji
    assert (scoring.CONFIDENCE_INPUTS, scoring.confidence_inputs, rb.judge) == (names, fn, judge)


def test_an_unknown_input_is_refused(capsys):
    import pytest

    with pytest.raises(SystemExit):
        cs.main(["--pooled", "nowhere.pickle", "no_such_input"])
    assert "unknown inputs: no_such_input" in capsys.readouterr().err
