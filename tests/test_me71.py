"""A meeting record's roles head its people's names as posts do (session 71, helper rest71's near miss).

``講師　山田 太郎`` over ``記録　\ufffd田 次郎``: the recorder's surname had been committed 山 at 0.967 by the character
model, a guess from another person's name (issue 19 point 4: a name is never filled).
"""

import pytest

from pipeline.model import GAP
from pipeline.restore import restore_text
from pipeline.restore.evidence.abstention import roster_name
from tests.restore_verdicts import line_repairs


@pytest.mark.parametrize("line", ["記録　\ufffd田 次郎", "座長　\ufffd本 一郎、石川 二郎", "司会　\ufffd藤 真理子"])
def test_a_role_of_a_meetings_record_heads_a_name(line):
    assert roster_name(line, line.index(GAP))


@pytest.mark.parametrize("line", ["記録　会議の概\ufffd", "司会　第\ufffd回", "進行　\ufffd事進行"])
def test_a_role_word_over_other_words_heads_no_name(line):
    assert not roster_name(line, line.index(GAP))


def test_the_recorders_surname_is_neither_filled_nor_offered():
    text = ("研修会の記録\n\n日時　令和七年一月二十日\n講師　山田 太郎（市民活動センター）\n記録　\ufffd田 次郎\n\n"
            "山田氏は、地域の団体が長く続くための条件として、役割の交代と記録の共有を挙げた。\n")
    [repair] = restore_text(text)["repairs"]
    assert repair["restored"] is None and repair["candidates"] == []


def test_a_roster_going_on_over_the_next_line_still_names_its_people():
    """Fresh-user trial 71d: ``委員　　青木　正人、石\ufffd　美奈子、…、加藤　\ufffd也、`` closed on ``、`` (the list goes on
    over the next line) had both names offered candidates (炭, 田; 隆, 和, 拓)."""
    text = ("令和6年度　第2回　環境審議会　会議録\n\n３　出席者\n"
            "\u3000委員\u3000\u3000青木\u3000正人、石\ufffd\u3000美奈子、上田\u3000浩二、加藤\u3000\ufffd也、\n"
            "\u3000\u3000\u3000\u3000\u3000木村\u3000弘子、小林\u3000健\n\n会長が開会を宣言した。\n")
    repairs = line_repairs(text, text.split("\n")[3])  # as `pipeline run` restores it: after segment
    assert len(repairs) == 2
    assert all(r.restored is None and not r.candidates for r in repairs), repairs
