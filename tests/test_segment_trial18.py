"""Faults a fresh user's last trial (trial 18) found, each as a made-up document of its kind."""

from __future__ import annotations

from tests.segment_inputs import run_text

ABSTRACT = """\
Sediment Budgets Estimated Using
Repeated Drone Surveys

Yuki Hamada¹ and Peter Lind²
¹ Department of Civil Engineering, Kochi University, Japan
² Institute of Geosciences, University of Oslo, Norway

Abstract
We surveyed four beaches by drone every month for two years and estimated their sediment budgets.
"""


def test_a_title_line_ending_on_using_goes_on() -> None:
    # ``Using`` ends no title: the second line was left in front (under the 40 characters of the length rule)
    talk = run_text(ABSTRACT).talks[0]
    assert talk.title.en.text == "Sediment Budgets Estimated Using Repeated Drone Surveys"


NOTICE = """\
令和8年10月1日
会員各位
公益社団法人 瀬戸内観光協会
会長 西村 浩二
第8回観光セミナー開催のご案内
拝啓 秋冷の候、皆様にはますますご清祥のこととお慶び申し上げます。
さて、下記のとおりセミナーを開催いたしますので、ご出席くださいますようお願い申し上げます。
敬具
記
1. 日時 令和8年11月5日（木） 午後1時から
2. 場所 高松市民会館 第1会議室
3. その他 資料は当日配布します。
以上
"""


def test_a_notice_from_an_incorporated_association_with_items_set_off_by_one_space() -> None:
    # 一般社団法人/公益社団法人 named no organisation, so the sender was the title; one space after an item's label
    # made no field (items 1 and 2 whole-line headings, item 3 a paragraph of item 2)
    talk = run_text(NOTICE).talks[0]
    assert talk.title.ja.text == "第8回観光セミナー開催のご案内"
    assert (talk.speaker.affiliation.text, talk.speaker.name.text) == ("公益社団法人 瀬戸内観光協会会長", "西村 浩二")
    # the text over 記 is the notice's body, an unheaded section before the items (helper news69)
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, ""), ("1", "日時"), ("2", "場所"), ("3", "その他")]
    assert talk.sections[3].paragraphs[0].text == "資料は当日配布します。"
