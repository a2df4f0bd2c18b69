"""Restore reads each thing once (second round, issue 19 point 5): the character model's score of a fill between a
pair of contexts, the translation's support when no English word is left to support, the Sudachi reading of a
line a word of the talk stands in, the alignment of a gap's sentence with a line. Speed alone: the numbers are the
ones computed afresh (docs/restore.md, "Speed")."""

from __future__ import annotations

import numpy as np

from pipeline.restore import charlm
from pipeline.restore.evidence import translation
from pipeline.restore.evidence.base import Document, Site
from tests.calls import count_calls

G = "\ufffd"
TEXT = "港湾施設の整備を進める。港湾の整備計画を作る。施設の整理を急ぐ。"


def test_a_fill_scored_again_between_the_same_contexts_is_not_computed_again(monkeypatch):
    lm = charlm.for_document(TEXT)
    fills = ["整", "設", "備", "画"]
    first = lm.scores("港湾施設の", fills, "備を進める")
    rows = count_calls(monkeypatch, charlm.Scorer, "_logp_rows")
    # the same folded contexts (the last two characters before, the right context): nothing computed again
    assert lm.scores("市の施設の", list(reversed(fills)), "備を進める") == list(reversed(first))
    assert rows == []
    # a new fill alone is computed, the others are remembered
    assert lm.scores("施設の", ["整", "理"], "備を進める")[0] == first[0]
    assert [len(r[2]) for r in rows] == [1]  # (self, history, rows, after)


def test_a_remembered_score_is_the_score_computed_alone_or_in_any_batch():
    """Each row of a batch is computed element by element: a fill's score does not depend on the fills beside it,
    so remembering it changes no number."""
    fills = ["整", "設", "備", "画", "理", "進", "急", "作", "港", "湾", "の", "を", "施設", "整備", "計画"]
    together = charlm.for_document(TEXT).scores("港湾施設の", fills, "備を進める")
    alone = [charlm.for_document(TEXT).scores("港湾施設の", [f], "備を進める")[0] for f in fills]
    assert together == alone
    backward = [charlm.for_document(TEXT).scores_backward("港湾施設の", [f], "備を進める")[0] for f in fills]
    assert charlm.for_document(TEXT).scores_backward("港湾施設の", fills, "備を進める") == backward
    assert all(np.isfinite(together))


def test_no_english_word_to_support_reads_no_fill(monkeypatch):
    """The support step reads every candidate in its window (a Sudachi call each) to find a word an English lemma
    glosses: with no lemma left, nothing can be supported and nothing is read."""
    formed = count_calls(monkeypatch, translation, "_formed")
    found: dict = {}
    translation._support({}, ["整", "設", "備"], "港湾施設の", "備を進め", {}, found)
    assert found == {} and formed == []


def test_support_is_still_found_for_the_lemma_the_english_says():
    found: dict = {}
    by_english = {"maintenance": ("maintenance", frozenset({"maintenance"}), None)}
    translation._support({}, ["整", "設"], "施設の", "備を進め", by_english, found)
    assert set(found) == {"整"} and found["整"][0] == "整備" and found["整"][2] == "maintenance"


def test_a_line_the_talk_holds_a_word_in_is_read_once(monkeypatch):
    """Each gap whose English names a one-kanji word looks for the talk's words holding it, and read the lines it
    stands in with Sudachi again, a call each time (the gap's rounds and passes, the other gaps)."""
    doc = Document.from_text("函館市港湾空港部 部長\n函館港の現状")
    if hasattr(translation, "_tokens"):
        translation._tokens.cache_clear()
    real = translation.resources.tokenizer()
    texts = []

    class Counting:
        def tokenize(self, text, *args, **kwargs):
            texts.append(text)
            return real.tokenize(text, *args, **kwargs)

    monkeypatch.setattr(translation.resources, "tokenizer", lambda: Counting())
    first = translation._talk_words(Site(f"3．{G}{G}物流の将来像", 2, 4, line=9), doc, "港")
    again = translation._talk_words(Site(f"{G}{G}計画", 0, 2, line=10), doc, "港")
    assert first == {"港湾": ("港湾 at line 1", 0), "空港": ("空港 at line 1", 0)} and again == first
    assert sorted(texts) == ["函館市港湾空港部 部長", "函館港の現状"]


def test_a_sentence_weighed_against_a_line_again_is_remembered():
    translation._shared.cache_clear()
    known = (frozenset({"port"}), frozenset({"facility"}))
    args = ("Port Facilities Maintenance", known, frozenset(), frozenset())
    assert translation._shared(*args) == 2
    assert translation._shared(*args) == 2
    assert translation._shared.cache_info().hits == 1


def test_the_beam_merges_a_context_s_followers_once(monkeypatch):
    """The beam asks the document's model for the characters that follow a pair of characters once per beam row
    ending in it; the general model's list and the document's are merged once per pair."""
    lm = charlm.for_document(TEXT)
    first = lm.follower_codes("施設")
    isin = count_calls(monkeypatch, charlm.np, "isin")
    again = lm.follower_codes("港湾施設")  # the same last two characters
    assert isin == [] and again.tolist() == first.tolist() and len(first) > 0


def test_a_word_s_frequency_under_the_packaged_list_is_worked_out_once(monkeypatch):
    from pipeline.restore import resources
    from pipeline.restore.evidence import lexicon

    site = Site(f"港湾施設の{G}備を進める", 5, 6)
    first = lexicon.lexicon_fits(site)
    asked = count_calls(monkeypatch, lexicon, "word_frequency")
    again = lexicon.lexicon_fits(Site(f"市の施設の{G}備を急ぐ", 5, 6))
    assert len(asked) < len(first) / 20  # only words the new context fits that the first did not
    assert [(f.fill, f.zipf) for f in first if f.fill in ("整", "準")] == \
        [(f.fill, lexicon.word_frequency(f.words[0], resources.word_zipf()) if len(f.words) == 1 else f.zipf)
         for f in first if f.fill in ("整", "準")]
    assert any(f.fill == "整" for f in again)


def test_another_frequency_list_is_not_read_from_the_packaged_one_s_memory():
    from pipeline.restore import resources
    from pipeline.restore.evidence import lexicon

    idx = resources.WordIndex.build(["実験", "実施", "理科"])
    site = Site("理科実\ufffd", 3, 4)
    assert lexicon.partial_fits(site, idx, {"実験": 4.4})[(0, 1)]["験"].zipf == 4.4
    assert lexicon.partial_fits(site, idx, {"実験": 2.0})[(0, 1)]["験"].zipf == 2.0
