"""Authors marked ¹ ² over their affiliations, then the paper's first numbered heading (issue 16, point 2; trial 22's
reportlab paper): a heading numbered ``1．`` or ``1.`` opens on the digit of a mark the authors carry, yet it is the
first section, never a third affiliation line."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

JA = """\
小規模漁港における藻場再生の取り組み
中村 陽子¹，岩田 修²
¹ 南海水産大学 海洋資源学科　² 高知県水産試験場
{heading}
漁港周辺の藻場は、海水温の上昇と食害によって減少が続いている。本研究では、住民と漁業者が協力して行った
藻場再生の試みを報告する。
2．方法
対象は県西部の三漁港である。
"""

EN = """\
Measuring Beach Litter with Volunteer Surveys
Anna Berg¹, Tomas Lind²
¹ Northfield University   ² Institute of Coastal Studies
{heading}
Beach litter surveys by volunteers have grown in number over the last decade, and this paper asks how far
their counts agree with those of trained staff.
2. Method
Six beaches were surveyed twice a month.
"""


@pytest.mark.parametrize("template, heading", [(JA, "1．はじめに"), (JA, "1. 背景"), (EN, "1. Introduction"),
                                               (EN, "1、Background")])
def test_a_numbered_heading_under_marked_affiliations_is_the_first_section(template, heading):
    talk = run_text(template.format(heading=heading)).to_json()["talks"][0]
    assert heading not in talk["speaker"]["text"]
    assert [s["number"] for s in talk["sections"]][:2] == ["1", "2"]
    assert talk["sections"][0]["heading"]["text"] == heading
