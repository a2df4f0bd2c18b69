"""Issue 16 point 4 (helper fur2): at a folio inside an item running over the page break, which line is the furniture.

Fresh-user trial 72d (``/work/regress/in_trial72d/f_shareholder.txt``, a copy here as ``t72d_f_shareholder.txt``):
``報告事項　１．第42期（…）事業報告及び`` / ``計算書類の内容報告の件`` / ``－ 1 －`` /
``株式会社みらい精機　第42回定時株主総会招集ご通知``. The item's wrapped end before the folio went to the ledger as a
running footer (``pipeline.segment.furniture._interrupting_at_numbers``: a short line beside a shaped folio inside a
Japanese sentence), body text lost, and the real running head after the folio, repeating page 1's issuer, stayed in
the text glued into section 3. The line after the folio is a head by its shape and by what it says
(``breakheads.head_evidence``): the sentence does not run on into it, so the short line before the folio ends it.

Variants (``/work/regress/in_fur2``): another notice with the head after the folio (two pages, a form feed after the
folio, three pages with the head recurring), and near misses that stay as they were: the head before the folio
(Japanese and English), the English head after the folio, and the rule's own case (a volume's head before the folio,
the sentence going on after it). The tests marked so fail on the base code (/work/wt/b72, and main at 394200a2); the near misses pass on main at
394200a2 (on /work/wt/b72, which lacks helper furn72's ``breakheads``, the heads beside the folio stay text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import furniture_of, kept_texts, segment_text

DATA = Path(__file__).parent / "data" / "fur272"
NOTICE_HEAD = "さくら台住宅管理組合　第18回通常総会開催のご案内"
ITEM_END = "事業報告及び収支決算報告の承認の件"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def test_trial_item_end_kept_head_set_aside():  # fails on base
    doc = _doc("t72d_f_shareholder.txt")
    rows = furniture_of(doc.ledger)
    assert ("running-header", "株式会社みらい精機　第42回定時株主総会招集ご通知") in rows
    assert not any(t == "計算書類の内容報告の件" for _, t in rows)
    kept = kept_texts(doc)
    assert any(t.endswith("事業報告及び計算書類の内容報告の件") for t in kept)
    assert not any("招集ご通知" in t and "報告事項" in t for t in kept)


@pytest.mark.parametrize("name", ["ja_head_after.txt", "ja_head_after_ff.txt", "ja_head_after_3p.txt"])
def test_notice_item_end_kept(name):  # fails on base
    doc = _doc(name)
    rows = furniture_of(doc.ledger)
    assert not any(t.endswith("の件") for _, t in rows), rows
    assert ("running-header", NOTICE_HEAD) in rows
    kept = kept_texts(doc)
    assert any(t.endswith(ITEM_END) for t in kept)
    assert "第3号議案　役員選任の件" in kept
    assert not any(NOTICE_HEAD in t for t in kept)


def test_head_before_folio_stays_footer():  # near miss: passes on base too
    doc = _doc("ja_head_before.txt")
    assert ("running-footer", NOTICE_HEAD) in furniture_of(doc.ledger)
    assert any(t.endswith(ITEM_END) for t in kept_texts(doc))


@pytest.mark.parametrize("name, which", [("en_head_after.txt", "running-header"), ("en_head_before.txt", "running-footer")])
def test_english_head_beside_folio(name, which):  # near miss: passes on base too
    doc = _doc(name)
    head = "Harbourside Tools plc — Notice of the 2025 Annual General Meeting"
    assert (which, head) in furniture_of(doc.ledger)
    assert any(t.endswith("reports on those accounts") for t in kept_texts(doc))


def test_volume_head_inside_sentence_stays_footer():  # near miss: the rule's own case, passes on base too
    doc = _doc("ja_near_footer.txt")
    assert ("running-footer", "令和5年度 観光まちづくり講演会 予稿集") in furniture_of(doc.ledger)
    assert any("多言語での案内が求められている" in t for t in kept_texts(doc))


def test_head_on_both_sides_of_the_folio():  # near miss: both heads are furniture, the sentence joins over them
    text = "\n".join([
        "さくら台住宅管理組合",
        "第18回通常総会資料",
        "１．事業報告",
        "当組合では、令和６年度において、建物の大規模修繕工事の設計と施工業者の選定を行い、その",
        "さくら台住宅管理組合　第18回通常総会資料",
        "－ 1 －",
        "さくら台住宅管理組合　会報　令和７年６月号",
        "結果を理事会で審議し、工事の実施を決定した。工事は令和７年秋に始まる予定である。",
        "２．収支報告",
        "管理費の収入は前年度並みであった。",
        "－ 2 －",
    ]) + "\n"
    doc = segment_text(text)
    rows = furniture_of(doc.ledger)
    assert ("running-footer", "さくら台住宅管理組合　第18回通常総会資料") in rows
    assert ("running-header", "さくら台住宅管理組合　会報　令和7年6月号") in rows or \
        ("running-header", "さくら台住宅管理組合　会報　令和７年６月号") in rows, rows
    assert any("選定を行い、その結果を理事会で審議し" in t for t in kept_texts(doc))
