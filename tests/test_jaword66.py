"""Japanese candidates from a word the text writes whole (issue 19, fresh-user trial 65d).

``安全な水\ufffdを供給`` in a water-works report whose title and first paragraph write 水道 was offered 準, 平, 質, 晶,
槽 and never 道: ``far_word`` fired for 道, but just as much for 人 (水人, a dictionary word read across 給水|人口) and
管 (水管, across 配水|管), so it ranked nothing, and the character model reads 水道を供給 far below 水準. Now a word
written elsewhere (or in the sentence, ``near_word``) counts only where it stands there as a word, and the fill it
makes is listed below the five where the ranking leaves it out (offered, never committed on it).

Hand-labelled cases: the text with its gap, the truth, the expected status.
"""

from __future__ import annotations

import pytest

from pipeline.model import GAP
from pipeline.restore import Restorer, charlm
from pipeline.restore.evidence import nearword
from pipeline.restore.evidence.base import Document, Site

# trial 65d's report (its running heads and page numbers as they came)
WATER_REPORT = ("令和五年度 水道事業報告書\n1. 概要\n"
                "本市の水道事業は、令和五年度も安定した給水を維持した。給水人口は前年度と比べてわずかに減少したが、\n"
                "配水管の更新工事は計画どおり進んだ。\n- 1 -\n令和五年度 水道事業報告書\n3. 水質の管理\n"
                "水質検査は毎月実施し、すべての項目で基準を満たした。水質検査の結果は市のホームページで公開して\n"
                "いる。今後も安全な水\ufffdを供給していく。\n- 3 -\n")
# another town's, other wording: 水道 in the heading and the first sentence, 給水人口 and 配水管 beside them
TOWN_WATER = ("町営水道の経営状況\n町営水道の給水人口は、前年度より二百人減少した。\n"
              "配水池の点検と配水管の更新を進め、災害に強い水\ufffdをつくる。\n")
# near miss: 給水人口 and 配水管 only; 水道 is written nowhere
NO_WATERWORKS = ("給水人口の推移\n本市の給水人口は、令和元年度から毎年わずかに減少している。配水管の延長は約四百キロメートルである。\n"
                 "今後も安全な水\ufffdを届けるため、施設の点検を続ける。\n")


def _site(text: str, marker: str) -> tuple[Document, Site]:
    doc = Document.from_text(text)
    for line in doc.scopes[0][1]:
        at = line.text.find(marker + GAP)
        if at >= 0:
            start = at + len(marker)
            return doc, Site(line.text, start, start + 1, line.number)
    raise AssertionError(f"no gap after {marker}")


def _verdict(text: str, marker: str):
    """The verdict for the gap right after ``marker`` in ``text`` (plain text, as ``pipeline restore -``)."""
    doc, site = _site(text, marker)
    restorer = Restorer(doc, lm=charlm.for_document(text), plain=True)
    return restorer.verdict(restorer.rank(site))


CASES = [
    # (text, the intact letters before the gap, truth, expected status, listed below the five)
    pytest.param(WATER_REPORT, "安全な水", "道", "ambiguous", True, id="trial65d-water-supply"),  # base: not offered
    pytest.param(TOWN_WATER, "災害に強い水", "道", "ambiguous", False, id="town-water-works"),  # base: 人 offered, not 道
]


@pytest.mark.parametrize("text, marker, truth, status, listed", CASES)
def test_the_word_the_text_writes_is_offered_and_never_committed_on_it(text, marker, truth, status, listed) -> None:
    verdict = _verdict(text, marker)
    shown = [c.text for c in verdict.candidates]
    assert truth in shown and (shown.index(truth) >= 5) == listed
    assert verdict.status == status
    # a listed fill says why it is there (the evidence is the top fill's and the listed ones')
    assert any(e.kind == "document-word" and f"水{truth}" in e.detail and "listed" in e.detail
               for e in verdict.evidence) == listed


def test_letters_that_make_a_word_only_across_two_words_propose_nothing() -> None:
    # 水人 and 水管 are dictionary words, but the text writes 給水|人口 and 配水|管: no word of its own
    doc, site = _site(NO_WATERWORKS, "安全な水")
    assert nearword.propose_elsewhere(site, doc) == []
    verdict = _verdict(NO_WATERWORKS, "安全な水")
    assert not any(e.kind == "document-word" for e in verdict.evidence)


def test_the_sentence_word_counts_only_where_it_stands_as_a_word() -> None:
    # near_word read the same way: 配水管 in the gap's own sentence is no 水管
    doc, site = _site(TOWN_WATER, "災害に強い水")
    assert [p.fill for p in nearword.propose(site, doc)] == []
    assert [p.fill for p in nearword.propose_elsewhere(site, doc)] == ["道"]


@pytest.mark.parametrize("text, start, size, stands", [
    ("令和五年度 水道事業報告書", 6, 2, True),   # 水道 at the head of 水道事業
    ("水質検査は毎月実施し", 0, 2, True),
    ("給水人口は前年度と比べて", 1, 2, False),  # 水人 across 給水|人口
    ("配水管の更新工事は計画どおり", 1, 2, False),  # 水管 across 配水|管
    ("斜面の表土の侵食が進んでいる", 6, 2, True),
])
def test_stands_as_word(text, start, size, stands) -> None:
    assert nearword.stands_as_word(text, start, size) == stands
