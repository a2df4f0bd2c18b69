"""The character trigram model and the provider built on it: made-up texts first, then the packaged model."""

from __future__ import annotations

import math

from pipeline.restore import charlm
from pipeline.restore.evidence import charmodel
from pipeline.restore.evidence.base import Site

G = "\ufffd"
TEXT = "市の国際交流を進める。国際交流の歴史。都市の交流事業。国際会議を開く。"


def test_probabilities_over_the_vocabulary_sum_to_one():
    lm = charlm.CharLM.from_text(TEXT)
    vocab = charlm._chars(lm.counts.keys[0])
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
    assert ord(G) not in lm.counts.keys[0]
    proposals = lm.propose(f"国{G}", "流", 1)
    assert proposals and all(G not in f for f, _ in proposals)


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
    assert props[0].fill == "交流" and props[0].kind == "character-model"
    assert "rank 1" in props[0].detail
    assert charmodel.propose(Site(f"Sy{G}{G}ol", 2, 4), lm) == []
    assert charmodel.propose(Site(f"都市の{G}{G}{G}{G}事業", 3, 7), lm) == []  # longer than MAX_LENGTH


def test_proposals_are_ranked_by_their_whole_score():
    lm = charlm.CharLM.from_text(TEXT)
    found = lm.propose("都市の", "事業", 2, limit=20)
    assert len(found) >= 2  # a ranking to check
    assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)
    for fill, s in found:
        assert math.isclose(s, lm.score("都市の", fill, "事業"))


def test_beam_keeps_a_fill_only_the_right_context_makes_likely(monkeypatch):
    # after "が" the corpus nearly always goes on with "あ"; "姉" is rare there, but it is
    # what stands before "妹" every time: the last step is pruned with the right context counted
    # (a beam of two pruned on the left context alone keeps "があ" and "がい")
    monkeypatch.setattr(charlm, "BEAM", 2)
    text = "市があります。" * 40 + "市がいます。" * 30 + "市がうたう。" * 20 + "姉妹都市。" * 3 + "市が姉"
    lm = charlm.CharLM.from_text(text)
    fills = [f for f, _ in lm.propose("市", "妹都市", 2, limit=3)]
    assert "が姉" in fills


def test_backward_twin_reads_the_same_counts_right_to_left():
    lm = charlm.CharLM.from_text(TEXT).with_backward()
    assert lm.backward.count("流交") == lm.count("交流") == 3
    # the right context leads: "際交流" is what the text says after "国"
    assert lm.propose_backward("国", "交流", 1, 3)[0][0] == "際"
    assert lm.score_backward("国", "際", "交流") > lm.score_backward("国", "会", "交流")
    assert charlm.CharLM.from_text(TEXT).score_backward("国", "際", "交流") is None


def test_document_mixture_has_a_backward_twin_when_the_general_model_does(monkeypatch):
    general = charlm.CharLM.from_text("国際会議を開く。国際会議の記録。").with_backward()
    monkeypatch.setattr(charlm, "model", lambda: general)
    mix = charlm.for_document(TEXT)
    assert mix.backward is not None
    assert mix.backward.document_count("流交") == 3


def test_provider_reads_both_ways():
    lm = charlm.CharLM.from_text(TEXT).with_backward()
    details = [p.detail for p in charmodel.propose(Site(f"都市の{G}{G}事業", 3, 5), lm)]
    assert any("left to right" in d for d in details) and any("right to left" in d for d in details)


def test_a_missing_data_file_fails_loudly_with_the_remedy(monkeypatch, tmp_path):
    import pytest

    from pipeline.errors import MissingDataError
    from pipeline.restore import resources

    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path)
    with pytest.raises(MissingDataError) as err:
        charlm.Counts.load(resources.data_path(resources.NGRAM_FILE))
    assert resources.NGRAM_FILE in str(err.value) and "make restore-model" in str(err.value)
    with pytest.raises(MissingDataError, match="make data"):
        resources.data_path(resources.WORD_INDEX_FILE)


def test_counts_add_and_subtract_to_the_same_model():
    a, b = charlm.Counts.from_text(TEXT), charlm.Counts.from_text("国境を越えた交流。")
    back = a.combine(b).combine(b, -1)
    for n in range(3):
        assert back.keys[n].tolist() == a.keys[n].tolist() and back.counts[n].tolist() == a.counts[n].tolist()


def test_counts_file_round_trips_byte_identically(tmp_path):
    counts = charlm.Counts.from_text(TEXT)
    counts.save(tmp_path / "a.npz")
    charlm.Counts.load(tmp_path / "a.npz").save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_beam_fills_are_remembered_per_context_and_equal_a_fresh_search():
    """The beam reads the last two characters of the folded left context and the right one alone: asked
    again (the next pass, the same phrase elsewhere), the model answers from memory with the very fills a
    model that never searched finds for the whole context."""
    lm = charlm.CharLM.from_text(TEXT)
    first = lm.propose("市の国際", "を進める", 2, limit=10)
    again = lm.propose("遠い文の国際", "を進めた", 2, limit=10)  # other text beyond what the beam reads
    fresh = charlm.CharLM.from_text(TEXT).propose("遠い文の国際", "を進めた", 2, limit=10)
    assert first and first == again == fresh
    assert len(lm.__dict__["_remembered"]) == 1
