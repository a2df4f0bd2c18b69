"""A kanji stem before its kana endings (issue 19 point 6; issue 19's open note on `外出機会も\ufffdえた`).

The word index already holds Sudachi's conjugated surfaces (増え, 減っ, 開い, 深める are entries of its dictionary), so
the stems were proposed; what ranked them down was a kana reading beside them (`被害が\ufffdきた`: で of できた first, the
character model counted from documentation) with nothing saying a verb's stem stands there. The feature `verb_form`
(rank-only) says it: a kanji fill Sudachi reads as a verb or adjective the kana after the gap conjugate. Which verb
(増えた or 与えた after `機会も`) it does not say: the five examples of the issue stay known misses.
Inputs: tests/data/rest71b/ (copies of /work/regress/in_rest71b/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import GAP
from pipeline.restore import Restorer, charlm, resources, restore_text, scoring
from pipeline.restore.evidence.base import Document, Site

DATA = Path(__file__).parent / "data" / "rest71b"


def _repair(name: str, marker: str) -> dict:
    """The repair of the gap right after ``marker`` in the input file ``name``, restored as ``pipeline restore FILE``
    does it."""
    text = (DATA / name).read_text(encoding="utf-8")
    at = text.index(marker + GAP) + len(marker)
    out = restore_text(text)
    return next(r for r in out["repairs"] if r["start"] == at)


def _pool(text: str, marker: str) -> scoring.Pool:
    """The scored pool of the gap right after ``marker`` (one line of plain text)."""
    doc = Document.from_text(text)
    line = doc.scopes[0][1][0]
    start = line.text.index(marker + GAP) + len(marker)
    restorer = Restorer(doc, lm=charlm.for_document(text), plain=True)
    pool, _ = restorer.scored_pool(Site(line.text, start, start + 1, line.number))
    return pool


def _shown(repair: dict) -> list[str]:
    return [c["text"] for c in repair["candidates"]][:5]


@pytest.mark.parametrize("text, start, word", [
    ("機会も増えた。", 3, ("増え", 3)),
    ("交流を深める", 3, ("深める", 3)),
    ("規制の厳しい地区", 3, ("厳しい", 3)),
    ("平年を上回る", 4, ("上回る", 3)),  # a compound verb, begun before the span
    ("交流を誌める", 3, ("", -1)),  # no verb there
    ("駅前の橋を渡る", 3, ("", -1)),  # a noun before a particle
])
def test_inflected_word(text, start, word) -> None:
    assert resources.inflected_word(text, start, start + 1) == word


@pytest.mark.parametrize("name, marker, truth, where", [
    # base: で (できた) first, 起 second; 起 first now
    pytest.param("verb_stems_news.txt", "浸水の被害が", "起", "first", id="higai-ga-okita"),
    # base: で, て, 置, は, 頂 — 起 not among the five
    pytest.param("verb_stems_report.txt", "交差点で", "起", "five", id="kousaten-de-okita"),
    # base: で, 置, 続 — 続 third; second now, above で
    pytest.param("verb_stems_news.txt", "深夜まで", "続", "above kana", id="shinya-made-tsuzuki"),
    # base: す (する) first; 知 first now (知ることがある: a notice's list item)
    pytest.param("verb_stems_notice.txt", "次の貸出を", "知", "first", id="notice-kashidashi"),
    # base: く, 続, か … (a slide's line); 続 first now
    pytest.param("verb_stems_slides.txt", "秋に", "続", "first", id="slide-aki-ni"),
])
def test_a_kanji_stem_ranks_above_a_kana_reading(name, marker, truth, where) -> None:
    rep = _repair(name, marker)
    shown = _shown(rep)
    assert truth in shown, shown
    if where == "first":
        assert shown[0] == truth, shown
    elif where == "above kana":
        # above every kana fill of the five
        assert all(shown.index(truth) < shown.index(f) for f in shown if not scoring.KANJI_RE.fullmatch(f)), shown
    assert rep["status"] != "restored"  # rank-only: nothing is committed on it


def test_stem_kanji_carry_the_feature_and_a_particle_gap_none() -> None:
    pool = _pool("昨年より参加者が\ufffdえ、会場が手狭になった。", "参加者が")
    assert pool.features["増"].get(scoring.VERB_FORM) == 1.0
    assert all(not feats.get(scoring.VERB_FORM) for fill, feats in pool.features.items()
               if not scoring.KANJI_RE.fullmatch(fill))  # kana fills never hold it
    # near miss: a noun gap before a particle (`の\ufffdを`) is not flooded with verb stems
    pool = _pool("駅前の\ufffdを渡って、右に曲がる。", "駅前の")
    assert [f for f, feats in pool.features.items() if feats.get(scoring.VERB_FORM)] == []


@pytest.mark.parametrize("text, marker, fill", [
    ("東京国際フォーラムで開催\ufffdれる予定です。", "開催", "眠"),  # 開催される, not 開催 + 眠れる
    ("法案に署\ufffdし、発効した。", "署", "示"),  # 署名し, not 署 + 示し
    ("代表選\ufffdとして活躍した。", "代表選", "落"),  # 選手として, not 選 + 落として
])
def test_a_verb_begun_at_a_gap_after_a_kanji_splits_a_compound(text, marker, fill) -> None:
    pool = _pool(text, marker)
    assert fill in pool.features
    assert not pool.features[fill].get(scoring.VERB_FORM)


def test_a_compound_verb_taking_the_kanji_before_the_gap_holds_it() -> None:
    pool = _pool("気温が平年を上\ufffdる日が続く。", "上")
    assert pool.features["回"].get(scoring.VERB_FORM) == 1.0


@pytest.mark.parametrize("marker, truth", [
    ("開催", "さ"), ("署", "名"),  # near misses: the same top fill before the change
    ("上", "回"),  # 上回る, a compound verb taking the kanji before the gap: が (上がる) first before the change
])
def test_top_fill_beside_a_kanji(marker, truth) -> None:
    assert _shown(_repair("near_misses.txt", marker))[0] == truth


def test_a_name_stays_open() -> None:
    rep = _repair("near_misses.txt", "昨日、")
    assert rep["status"] != "restored"


@pytest.mark.xfail(strict=True, reason="which verb a stem gap holds (増えた or 与えた after 機会も, 減った or 入った after "
                                       "参加者が) is the company the verb keeps with its subject or object; the character "
                                       "model counted from documentation reads neither, and no resource here counts "
                                       "such pairs in prose (docs/restore.md, 'Word pairs')")
@pytest.mark.parametrize("marker, truth", [
    ("外出機会も", "増"), ("参加者が", "減"), ("地域の人々との交流を", "深"), ("雨が", "降"),
])
def test_the_issue_examples_known_misses(marker, truth) -> None:
    assert truth in _shown(_repair("examples71.txt", marker))


def test_the_issue_example_kaigi_wo_hiraita() -> None:
    assert "開" in _shown(_repair("examples71.txt", "会議を"))  # among five before the change too (second)
