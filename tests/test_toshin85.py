"""Session 85, helper toshin85: a 審議会's 答申 and a 諮問 (fresh-user trial 85c, issue 16 point 2).

A document number over a date, an addressee and a sender is never the title: the subject ``…について（答申）`` is,
as a notice's ``…について（通知）`` is (tests/test_segment_deck63.py NOTICE).
"""
from __future__ import annotations

from tests.segment_inputs import run_text

TOSHIN = """北浜町審第３号
令和９年２月１０日

北浜町長　川口　一郎　様

北浜町都市計画審議会
会長　石田　和子

北浜町立地適正化計画の見直しについて（答申）

令和８年８月５日付け北都第８８号で諮問のあった標記のことについて、本審議会において
審議した結果、下記のとおり答申します。

記

第１　基本的な考え方
　居住誘導区域は、公共交通の利便性を考慮して定めることが適当である。

以上
"""

SHIMON = """北都第８８号
令和８年８月５日

北浜町都市計画審議会
会長　石田　和子　様

北浜町長　川口　一郎

北浜町立地適正化計画の見直しについて（諮問）

このことについて、都市計画法の規定に基づき、下記のとおり諮問します。

記

１　諮問事項
　北浜町立地適正化計画の見直しに関すること。

以上
"""


def test_a_toshin_is_titled_by_its_subject():
    (talk,) = run_text(TOSHIN).talks
    assert talk.title.ja.text == "北浜町立地適正化計画の見直しについて（答申）"
    assert "北浜町審第3号" in [f.text for f in talk.front]


def test_a_shimon_is_titled_by_its_subject():
    (talk,) = run_text(SHIMON).talks
    assert talk.title.ja.text == "北浜町立地適正化計画の見直しについて（諮問）"
