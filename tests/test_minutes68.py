"""``(1)``, ``(2)`` opening an agenda item are its subsections though a sentence under one lost its stop (issue 16,
fresh-user trial 68; helper fix68a; ``sections._opening_subsections``, ``sections._stop_lost``)."""

from __future__ import annotations

import pytest

from pipeline.model import Text
from pipeline.segment.sections import split_paper

G = "\ufffd"


def _sections(*lines: str) -> list[tuple[str | None, str]]:
    paper = split_paper([Text.from_raw(s, n) for n, s in enumerate(lines, 1)])
    return [(s.number, s.title.text) for s in paper.sections]


@pytest.mark.parametrize("lines, subsections", [
    # the trial's minutes: a Shift_JIS line read as UTF-8 lost its 。 (and a kana inside)
    (["1. 開会", "事務局より開会が宣言された。", "2. 議題", "(1) ごみ減量計画について",
      f"事務局から、ごみ減量計画の案が説明された。委員からは、家庭ごみの有料化につ{G}て質問があった{G}",
      "(2) その他", "次回の審議会は9月に開催する。", "3. 閉会", "午後4時に閉会した。"],
     [("2.1", "ごみ減量計画について"), ("2.2", "その他")]),
    (["１．開会", "事務局より開会が宣言された。", "２．議事", "（１）バス路線の見直しについて",
      f"事務局から見直し案が示された。委員からは、郊外路線の本数について意見が出された{G}", "（２）その他",
      "次回は10月に開催することとした。", "３．閉会", "午前11時30分に閉会した。"],
     [("2.1", "バス路線の見直しについて"), ("2.2", "その他")]),
    (["1. Apologies", "None were received.", "2. Matters arising", "(1) Church Lane drains",
      f"The clerk reported on the works. Members asked when the lane would reopen{G}", "(2) Bus shelter",
      "The new shelter will be installed in August.", "3. Close", "The meeting closed at 8.30 pm."],
     [("2.1", "Church Lane drains"), ("2.2", "Bus shelter")]),
], ids=["trial", "full-width", "english"])
def test_items_over_a_sentence_that_lost_its_stop_are_subsections68(lines, subsections):
    found = _sections(*lines)
    assert [s for s in found if s[0] and "." in s[0]] == subsections


def test_a_fields_list_with_a_lost_glyph_stays_a_list68():
    found = _sections("1. 申込方法", "(1) 電話", f"0123-45-678{G}", "(2) ファクス", "0123-45-6790", "2. 締切", "2月28日必着")
    assert found == [("1", "申込方法"), ("2", "締切")]
