"""Japanese candidates (issue 19, fresh-user trial 65): a dictionary word the gap completes with the intact letters
beside it, written whole elsewhere in the text, proposes and ranks the fill (``far_word``, rank-only: the confidence
never reads it, so it commits nothing by itself).

Hand-labelled cases: the text with its gap, the truth, the expected status (open with the truth among the first
three is a fine status where no evidence settles the gap).
"""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import Restorer, charlm
from pipeline.restore.evidence import nearword
from pipeline.restore.evidence.base import Document, Site

# trial 65's report: 食害 written whole two paragraphs before the gap
REPORT = ("　近年、シカによる食害や集中豪雨による土砂流出が増えており、市有林の状態を定期的に把握す\n"
          "る必要がある。本調査は、林床植生と土壌\ufffd食の状況を記録し、今後の管理計画の基礎資料とするこ\n"
          "とを目的とする。\n"
          "第２章　調査結果\n"
          "　北部地区では、林床植生の被覆率が平均４２％であり、前回調査（令和２年度）の６１％から大き\n"
          "く低下した。特にシカの食\ufffdが目立ち、ササ類がほぼ消失した地点もあった。\n")


def _verdict(text: str, marker: str):
    """The verdict for the gap right after ``marker`` in ``text`` (plain text, as ``pipeline restore -``)."""
    doc = Document.from_text(text)
    restorer = Restorer(doc, lm=charlm.for_document(text), plain=True)
    for line in doc.scopes[0][1]:
        at = line.text.find(marker + GAP)
        if at >= 0:
            start = at + len(marker)
            return restorer.verdict(restorer.rank(Site(line.text, start, start + 1, line.number)))
    raise AssertionError(f"no gap after {marker}")


def _top3(verdict) -> list[str]:
    return [c.text for c in verdict.candidates[:3]]


def test_a_word_written_whole_elsewhere_proposes_the_fill_it_makes() -> None:
    doc = Document.from_text("表土の侵食が進んでいる。\n斜面の土壌\ufffd食を抑える。")
    line = doc.scopes[0][1][1]
    start = line.text.index(GAP)
    proposals = nearword.propose_elsewhere(Site(line.text, start, start + 1, line.number), doc)
    assert [(p.fill, p.features) for p in proposals] == [("侵", {"far_word": 1.0})]
    assert "侵食" in proposals[0].detail and "never committed" in proposals[0].detail


def test_the_sentence_word_is_not_proposed_twice() -> None:
    # 満足 in the gap's own sentence is near_word's; the document-wide search leaves it to that provider
    doc = Document.from_text("会員の満\ufffd度を調べたところ、七割が満足と答えた。")
    line = doc.scopes[0][1][0]
    near = [p.fill for p in nearword.propose(Site(line.text, 4, 5, 1), doc)]
    assert near == ["足"] and nearword.propose_elsewhere(Site(line.text, 4, 5, 1), doc, near) == []


CASES = [
    # (text, the intact letters before the gap, truth, committed?)
    pytest.param("　急な斜面では、大雨のたびに表土の侵食が進んでいる。\n"
                 "　このため、斜面に植生を回復させ、土壌\ufffd食を抑える対策を検討する。\n", "土壌", "侵", False,
                 id="soil-erosion"),  # 侵 was not among the first five (昼, 朝, 肉, 飲, 夕: 〜食)
    pytest.param(REPORT, "シカの食", "害", False, id="trial65-deer-damage"),
]


@pytest.mark.parametrize("text, marker, truth, committed", CASES)
def test_the_text_own_word_ranks_the_fill_and_commits_nothing_by_itself(text, marker, truth, committed) -> None:
    verdict = _verdict(text, marker)
    assert truth in _top3(verdict)
    assert (verdict.status == "restored") == committed
    assert any(e.kind == "document-word" and "ranked up" in e.detail and truth in e.detail for e in verdict.evidence)


def test_a_heading_whose_word_the_text_writes_in_another_name_keeps_its_own_reading() -> None:
    # near miss (trial 26): 広域 in the city's name and 区域 both stand whole; the lost one is 区, which the text's
    # own 経済自由区域 settles by repetition; the far word 広域 must not take it over
    text = ("　仁川広域市は、韓国で三番目に人口の多い都市です。\n"
            "２．経済自由\ufffd域の指定\n"
            "　二〇〇三年に、韓国で初めての経済自由区域に指定されました。\n")
    verdict = _verdict(text, "経済自由")
    assert verdict.status == "restored" and verdict.restored == "区"


@pytest.mark.xfail(strict=True, reason="侵食 stands nowhere else: only a collocation (土壌 + 侵食) says it, and no "
                                       "resource holds word pairs; the trigram model reads 壌侵 as rare (rank 34)")
def test_soil_erosion_with_no_other_mention() -> None:
    text = REPORT.replace("シカによる食害", "シカによる被害")
    assert "侵" in _top3(_verdict(text, "土壌"))


@pytest.mark.xfail(strict=True, reason="正しく, 新しく, 詳しく all complete しく with equal dictionary support; only "
                                       "the collocation 正しく差し込む tells them apart (no word-pair resource)")
def test_plugged_in_properly() -> None:
    text = "　電源が入らないときは、電源プラグがコンセントに\ufffdしく差し込まれているか確認してください。\n"
    assert _top3(_verdict(text, "コンセントに"))[0] == "正"
