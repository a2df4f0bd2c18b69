"""A numbered reference list's items under its heading are no sections (trial 38): ``参考文献`` / ``1) 鈴木一郎：竹林の
拡大と森林管理，森林科学，Vol.52，pp.12-18，2008`` / ``2) …``. An item that ends on its year, no full stop, has a
heading's shape, and the solver read the items as sections 1 and 2 again after the paper's own; ``参考文献`` was left
empty. Made-up papers."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

PAPER = """\
里山における竹林の拡大
山本 健一（北山大学）

1. はじめに
竹林の拡大が各地で問題となっている。本稿では京都府南部の三つの集落でその実態を報告する。
2. 方法
1975年と2020年の空中写真を用いて、竹林の面積を集落ごとに比べた。
{heading}
{m1} 鈴木一郎：竹林の拡大と森林管理，森林科学，Vol.52，pp.12-18，2008
{m2} 田中花子：里山の景観変化，日本緑化工学会誌，Vol.35，pp.44-51，2015
"""


@pytest.mark.parametrize("heading", ["参考文献", "引用文献"])
@pytest.mark.parametrize("m1,m2", [("1)", "2)"), ("（1）", "（2）"), ("1.", "2.")])
def test_numbered_reference_items_stay_items_under_their_heading(heading, m1, m2):
    (talk,) = run_text(PAPER.format(heading=heading, m1=m1, m2=m2)).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "はじめに"), ("2", "方法"), (None, heading)]
    assert [p.text[:len(m1)] for p in talk.sections[-1].paragraphs] == [m1, m2]


def test_a_numbered_heading_after_the_list_is_still_a_heading():
    text = PAPER.format(heading="参考文献", m1="1)", m2="2)") + "付録A 調査票\n問1 竹林の管理に参加していますか。\n"
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections][:3] == ["1", "2", None]
