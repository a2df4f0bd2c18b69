"""The character trigram model and the provider built on it: made-up texts first, then the packaged model."""

from __future__ import annotations

import math

from pipeline import charlm
from pipeline.evidence import charmodel
from pipeline.evidence.base import Site

G = "\ufffd"
TEXT = "市の国際交流を進める。国際交流の歴史。都市の交流事業。国際会議を開く。"


def test_probabilities_over_the_vocabulary_sum_to_one():
    lm = charlm.CharLM.from_text(TEXT)
    vocab = [g for g in lm.counts if len(g) == 1]
    for history in ("", "国", "国際", "zz"):
        total = sum(lm.prob(history, c) for c in vocab)
        # the unigram floor keeps a little mass for characters never seen
        assert 0.98 < total <= 1.0 + 1e-9


def test_seen_continuation_beats_unseen_one():
    lm = charlm.CharLM.from_text(TEXT)
    assert lm.prob("国際", "交") > lm.prob("国際", "会") > lm.prob("国際", "歴")


def test_propose_fills_a_wholly_lost_word_from_both_contexts():
    lm = charlm.CharLM.from_text(TEXT)
    fills = [f for f, _ in lm.propose("都市の", "事業", 2)]
    assert fills[0] == "交流"


def test_score_counts_the_right_context():
    lm = charlm.CharLM.from_text(TEXT)
    # same fill probability on the left; only the right context separates them
    assert lm.score("国際", "交", "流を") > lm.score("国際", "交", "議を")


def test_lost_glyphs_cut_the_context_and_never_become_fills():
    lm = charlm.CharLM.from_text(f"国際交流{G}を進める")
    assert G not in "".join(g for g in lm.counts)
    assert all(G not in f for f, _ in lm.propose(f"国{G}", "流", 1))


def test_folding_keeps_positions_of_japanese_and_groups_latin_and_digits():
    assert charlm.fold("ＡＢＣ１２３年 度") == "A0年 度"
    assert charlm.fold_char("２") == "0"


def test_document_mixture_prefers_the_documents_own_words():
    general = charlm.CharLM.from_text("国際会議を開く。国際会議の記録。")
    doc = charlm.CharLM.from_text(TEXT)
    mix = charlm.Mixture(general, doc)
    assert mix.prob("国際", "交") > general.prob("国際", "交")
    assert mix.document_count("交流") == 3 and general.document_count("交流") == 0
    assert math.isclose(mix.prob("国際", "会"), 0.7 * general.prob("国際", "会") + 0.3 * doc.prob("国際", "会"))


def test_packaged_model_is_loaded_once_and_reads_japanese():
    lm = charlm.model()
    assert lm is not None and lm is charlm.model()
    assert lm.score("国境を", "越", "えた") > lm.score("国境を", "迎", "えた")


def test_provider_proposes_for_japanese_gaps_only():
    lm = charlm.CharLM.from_text(TEXT)
    props = charmodel.propose(Site(f"都市の{G}{G}事業", 3, 5), lm)
    assert props[0].fill == "交流" and props[0].kind == "character model"
    assert "rank 1" in props[0].detail
    assert charmodel.propose(Site(f"Sy{G}{G}ol", 2, 4), lm) == []
    assert charmodel.propose(Site(f"都市の{G}{G}{G}{G}事業", 3, 7), lm) == []  # longer than MAX_LENGTH
