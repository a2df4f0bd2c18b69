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


KENGI = """北浜町教育審議会

第１　学校施設の整備

（１）校舎の改修
　北浜町立の小中学校の校舎は、その多くが昭和期に建てられたものであり、老朽化が進んで
いる。改修の順序を定め、計画的に進めることが必要である。

（２）通学路の安全
　通学路の安全点検を毎年度行い、その結果を保護者及び地域の住民に公表するとともに、危険
な箇所の改善を関係機関に求めること。

第２　附帯意見

　施策の実施に当たっては、児童生徒の意見を聴く機会を設け、地域の住民と一体的に取り組む
ことを期待する。
"""


def test_a_line_at_the_measure_stopping_on_a_final_form_is_wrapped():
    """``…一体的に取り組む`` fills the measure the wrapped lines fill: its paragraph's line, not a headline."""
    (talk,) = run_text(KENGI).talks
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert paragraphs[-1] == "施策の実施に当たっては、児童生徒の意見を聴く機会を設け、地域の住民と一体的に取り組むことを期待する。"


REPORT = """Ashby Vale Rivers Trust
Annual Report for the year ended 31 December 2026

1. Our Work

We restored four kilometres of riverbank this year and planted 3,000 trees along the Ashby brook.

2. Looking Ahead

Next year we will open a new visitor hide and train twenty more volunteers.

Registered charity no. 1123456 · Company limited by guarantee no. 05678123 (England and Wales)
"""


def test_a_charitable_companys_registration_closes_its_report():
    (talk,) = run_text(REPORT).talks
    assert [talk.front[i].text for i in talk.front_closing] == [
        "Registered charity no. 1123456 · Company limited by guarantee no. 05678123 (England and Wales)"]
    assert [p.text for p in talk.sections[-1].paragraphs] == [
        "Next year we will open a new visitor hide and train twenty more volunteers."]
