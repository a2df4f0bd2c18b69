"""Session 75, helper letter75: letters, court filings, agendas and handouts whose opening lines the pipeline misread
(issue 16, fresh-user trials 74, 74e and 74f): a filing's kind is its title, not a party's line."""

import pytest

from segmenting import only_talk

# ---- a paper filed in a case: its kind alone on its line titles it, never a party's line (trial 74e's 意見書)

BRIEF = """令和６年（ワ）第３１５号　損害賠償請求事件
原告　山川 一郎
被告　株式会社みなと運輸

準　備　書　面

令和７年２月３日

横浜地方裁判所第５民事部　御中

原告訴訟代理人弁護士　高田 誠

第１　被告の主張に対する認否
被告の答弁書第２の主張はいずれも否認する。

第２　原告の主張
原告は、被告の運送中の事故により損害を受けたものである。
"""

ANSWER = """令和７年（ワ）第８８号　貸金返還請求事件
原告　株式会社さくら信用
被告　木村 花子

答弁書

令和７年５月１０日

大阪地方裁判所第１０民事部　御中

被告訴訟代理人弁護士　松本 健

第１　請求の趣旨に対する答弁
原告の請求を棄却するとの判決を求める。

第２　請求の原因に対する認否
請求原因第１項は認める。
"""


@pytest.mark.parametrize("text, kind", [(BRIEF, "準備書面"), (ANSWER, "答弁書")])
def test_a_filings_kind_is_its_title_not_a_partys_line(text, kind):
    talk, _ = only_talk(text)
    assert talk.title.ja.text.replace("\u3000", "").replace(" ", "") == kind
    front = [line.text for line in talk.front]
    assert any(t.startswith("被告") for t in front)


def test_a_judgment_keeps_its_case_line_title():
    # near miss: a judgment's title is its case line (helper judg69), its parties front
    text = BRIEF.replace("準　備　書　面", "判　　　決")
    talk, _ = only_talk(text)
    assert talk.title.ja.text.startswith("令和6年（ワ）第315号")
