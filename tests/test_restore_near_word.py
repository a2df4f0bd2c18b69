"""A word the fill makes with the intact letter beside the gap, written whole in the same sentence
(``満\ufffd度 … 満足``), proposes the fill and ranks it up, and never commits it by itself (issue 19; trial 29: 年
first though the sentence writes 満足 twice).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.model import GAP
from pipeline.restore import Restorer, charlm, scoring
from pipeline.restore.evidence import nearword
from pipeline.restore.evidence.base import Document, Line, Site


def _restorer(japanese: str) -> tuple[Restorer, Site]:
    start = japanese.index(GAP)
    doc = Document.of_lines([Line(japanese, 1)])
    return Restorer(doc, lm=charlm.for_document(japanese), plain=True), Site(japanese, start, start + 1, 1)


def test_a_word_written_whole_in_the_sentence_proposes_and_ranks_the_fill() -> None:
    japanese = "会員の満\ufffd度を調べたところ、七割が満足と答えた。"
    restorer, site = _restorer(japanese)
    assert [(p.fill, p.features) for p in nearword.propose(site, restorer.doc)] == [("足", {"near_word": 1.0})]
    verdict = restorer.verdict(restorer.rank(site))
    assert verdict.candidates[0].text == "足"
    # the word nearby alone put it first: offered, never committed, its confidence a tie's
    assert verdict.status == "ambiguous" and verdict.confidence <= scoring.CONFLICT_CONFIDENCE
    assert any(e.kind == "document-word" and "満足" in e.detail for e in verdict.evidence)


def test_a_word_nearby_that_agrees_with_the_reading_leaves_its_confidence_as_calibrated() -> None:
    japanese = "図書\ufffdの利用案内によると、図書館は午前九時に開く。"
    restorer, site = _restorer(japanese)
    ranked = restorer.rank(site)
    assert ranked.ranking[0][0] == "館" and ranked.pool.features["館"].get("near_word") == 1.0
    verdict = restorer.verdict(ranked)
    restorer.model = replace(restorer.model, weights={**restorer.model.weights, scoring.NEAR_WORD: 0.0})
    without = restorer.verdict(restorer.rank(site))
    assert (verdict.restored, verdict.status, verdict.confidence) == (without.restored, without.status,
                                                                      without.confidence)


def test_a_word_in_another_sentence_proposes_nothing() -> None:
    # another sentence may name another thing with the same letter (広域 in a city's name, 区域 lost in a heading)
    for text in ("会員の満\ufffd度を調べた。\n\n七割が満足と答えた。", "会員の満\ufffd度を調べた。七割が満足と答えた。"):
        doc = Document.from_text(text)
        line = doc.scopes[0][1][0]
        assert nearword.propose(Site(line.text, 4, 5, 1), doc) == []


def test_a_sentence_wrapped_across_lines_is_one_sentence_a_heading_is_not() -> None:
    doc = Document.from_text("会員の満\ufffd度を調べたところ、七割が\n満足と答えた。")
    line = doc.scopes[0][1][0]
    assert [p.fill for p in nearword.propose(Site(line.text, 4, 5, 1), doc)] == ["足"]
    doc = Document.from_text("２．満\ufffd度の調査\n会員に調べたところ、七割が満足と答えた。")
    line = doc.scopes[0][1][0]
    assert nearword.propose(Site(line.text, 3, 4, 1), doc) == []


def _without_near_word(japanese: str):
    restorer, site = _restorer(japanese)
    restorer.model = replace(restorer.model, weights={**restorer.model.weights, scoring.NEAR_WORD: 0.0})
    return restorer.verdict(restorer.rank(site))


def test_a_glyph_pooled_or_constrained_reads_its_confidence_without_the_word_nearby() -> None:
    # review of 2 December: a glyph's pooled ranking (every lost glyph with a CID, alone or not) and a constraint's
    # allowed fills kept the near_word weight in the probability the confidence read: 図書館, agreeing with the
    # reading, was committed at 0.97 where the calibrated confidence is 0.92, under the threshold
    from pipeline.restore import pooled_repairs

    japanese = "図書\ufffdの利用案内によると、図書館は午前九時に開く。"
    restorer, site = _restorer(japanese)
    own = restorer.verdict(restorer.rank(site))
    without = _without_near_word(japanese)
    assert (own.restored, own.status, own.confidence) == (without.restored, without.status, without.confidence)
    pooled = pooled_repairs([(restorer, site)], "cid 7 in font F1")[0]
    ranked = restorer.rank(site)
    constrained = restorer.verdict(ranked, list(ranked.ranking), rivals=ranked.ranking)
    for verdict in (pooled, constrained):
        assert verdict.candidates[0].text == "館"
        assert (verdict.restored, verdict.status) == (without.restored, without.status)
        assert abs(verdict.confidence - without.confidence) < 1e-9


def test_a_glyph_pooled_that_only_the_word_nearby_puts_first_is_never_committed() -> None:
    from pipeline.restore import pooled_repairs

    restorer, site = _restorer("会員の満\ufffd度を調べたところ、七割が満足と答えた。")
    pooled = pooled_repairs([(restorer, site)], "cid 7 in font F1")[0]
    assert pooled.candidates[0].text == "足"
    assert pooled.status == "ambiguous" and pooled.confidence <= scoring.CONFLICT_CONFIDENCE


class _CountedLines(list):
    reads = 0

    def __iter__(self):
        type(self).reads += 1
        return super().__iter__()


def test_the_sentence_is_found_without_reading_every_line_at_every_gap() -> None:
    # review of 2 December: each gap built a dict of the scope's every line, gaps x lines (8,000 lines with a gap
    # each: 3.1 s, 4,000: 1.0 s); the lines by number are made once per document
    text = "\n".join(f"会員の満\ufffd度を調べたところ、第{i}回の七割が満足と答えた" for i in range(40))
    doc = Document.from_text(text)
    counted = _CountedLines(doc.scopes[0][1])
    doc = Document(scopes=[("document", counted)], english=doc.english, japanese=doc.japanese)
    for line in list.__iter__(counted):
        assert [p.fill for p in nearword.propose(Site(line.text, 4, 5, line.number), doc)] == ["足"]
    assert _CountedLines.reads <= 1
