"""A meeting record's roles head its people's names as posts do (session 71, helper rest71's near miss).

``講師　山田 太郎`` over ``記録　\ufffd田 次郎``: the recorder's surname had been committed 山 at 0.967 by the character
model, a guess from another person's name (issue 19 point 4: a name is never filled).
"""

import pytest

from pipeline.model import GAP
from pipeline.restore import restore_text
from pipeline.restore.evidence.abstention import roster_name


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
