"""A newsletter's or a notice's numbered items under its ``■``/``●`` headings (issue 16, trial 25): an item that gives
a short label and its value (``（2）会場　市民体育館``) is a line of its mark's section, with its label kept, never a
section of its own that breaks the marked sections. A numbered heading over its own text under a mark stays a
heading (``tests/test_segment_headings_levels.py``)."""

from __future__ import annotations

from tests.segment_documents import NEWSLETTER
from tests.segment_inputs import run_text


def test_numbered_label_value_items_under_a_mark_are_lines_of_its_section() -> None:
    [talk] = run_text(NEWSLETTER).talks
    assert [(s.title.text, s.level, s.number) for s in talk.sections] == [
        ("夏祭りの準備について", 1, None), ("避難訓練のお知らせ", 1, None), ("回覧板の回し方", 1, None)]
    first, second, _ = talk.sections
    # each item a line of its own, label kept, never joined to its neighbour or to the prose above
    assert [p.text for p in first.paragraphs][1:] == [
        "（1）日時\u30007月20日（土）午後3時～", "（2）集合場所\u3000みどり町集会所 前庭", "（3）持ち物\u3000軍手、帽子"]
    assert [p.text for p in second.paragraphs][1:] == [
        "（1）日時\u30009月8日（日）午後7時～", "（2）会場\u3000みどり小学校 校庭"]


ENGLISH = """\
Riverside Allotment Society Newsletter

● Spring work day
Members are asked to help clear the paths before the season opens.
(1) Date: Saturday 12 April
(2) Meeting point: the east gate
(3) Bring: gloves and a spade

● Seed swap
The seed swap returns this year in the hall.
(1) Date: Sunday 27 April
(2) Place: the village hall
"""


def test_english_numbered_label_value_items_under_a_mark_are_lines_too() -> None:
    [talk] = run_text(ENGLISH).talks
    assert [s.title.text for s in talk.sections] == ["Spring work day", "Seed swap"]
    assert [p.text for p in talk.sections[0].paragraphs][-3:] == [
        "(1) Date: Saturday 12 April", "(2) Meeting point: the east gate", "(3) Bring: gloves and a spade"]


HEADINGS_UNDER_MARKS = """\
商店街の空き店舗に関する報告

■ 調査の方法
（1）対象　市内の三つの商店街
商店街ごとに、空き店舗の数と広さを数えた。
（2）期間　令和6年4月～6月
期間中、毎月一回、同じ経路で歩いて確かめた。
■ 調査の結果
空き店舗は、駅から離れた通りに多かった。
■ まとめ
今後は、空き店舗を使った催しを検討する。
"""


def test_numbered_headings_over_their_own_text_under_a_mark_stay_headings() -> None:
    """Do no harm: an item with text of its own under it is a subsection, as before."""
    [talk] = run_text(HEADINGS_UNDER_MARKS).talks
    assert [(s.title.text, s.level) for s in talk.sections] == [
        ("調査の方法", 1), ("対象", 2), ("期間", 2), ("調査の結果", 1), ("まとめ", 1)]

