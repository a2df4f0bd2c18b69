"""A municipality's own regulation or plan names its issuer in its title, glued to the rest
(``豊橋市地域交流センター利用要綱``): the city is that municipality (issue 16, the fresh user's trial 52b: city null
though the title names it). Other municipalities and kinds than the trial's; a title that only holds a place name
in a compound, with no regulation's or plan's last word, names no city."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

BODY = "\n第1条　この要綱は、施設の利用に関し必要な事項を定める。\n第2条　施設の利用時間は、午前9時から午後9時までとする。\n"


@pytest.mark.parametrize("title, city", [
    ("豊橋市地域交流センター利用要綱", "豊橋市"),
    ("盛岡市コミュニティ施設管理規程", "盛岡市"),
    ("鹿嶋町営住宅管理条例", None),  # 鹿嶋町営 is one word: no municipality's name alone
])
def test_a_regulation_s_title_names_its_issuer52(title, city):
    [talk] = run_text(title + "\n" + BODY).talks
    assert (talk.city.ja.text if talk.city.ja else None) == city


def test_a_plan_s_title_names_its_issuer_and_a_history_none52():
    plan = "宇部市緑の基本計画\n\n1. 計画の目的\n緑の保全と創出に関する施策を総合的に進める。\n"
    history = "宇部市民会館の歩み\n\n1. 開館まで\n会館は市民の寄付によって建設された。\n"
    [talk] = run_text(plan).talks
    assert talk.city.ja.text == "宇部市"
    [talk] = run_text(history).talks
    assert talk.city.ja is None
