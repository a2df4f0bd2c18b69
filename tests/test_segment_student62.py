"""A student author's line names the student's course where a member of staff's names a rank (fresh-user trial 62c:
``…研究科　修士課程　小林 彩`` under ``…建築学科　准教授　山本 直樹`` had stayed front, the second author lost)."""

import pytest

from tests.segment_inputs import run_text

BODY = "\n\n1. はじめに\n本研究では、地方都市の空き家活用の実態を調査した。\n"


@pytest.mark.parametrize("staff, student, name", [
    ("信州大学 工学部 建築学科　准教授　山本 直樹", "信州大学大学院 総合理工学研究科　修士課程　小林 彩", "小林 彩"),
    ("東北大学 工学部　教授　佐藤 一郎", "東北大学大学院 工学研究科　博士後期課程　鈴木 健太", "鈴木 健太"),
    ("港北大学 経済学部　講師　森 由紀", "港北大学大学院 経済学研究科　大学院生　川村 翔", "川村 翔"),
])
def test_a_students_line_is_an_author(staff, student, name):
    (talk,) = run_text(f"地方都市における空き家活用の実態\n\n{staff}\n{student}{BODY}").talks
    assert [a.name.text for a in talk.speaker.authors][-1] == name


def test_a_sentence_naming_a_course_is_no_author():
    (talk,) = run_text("地方都市における空き家活用の実態\n\n信州大学 工学部　准教授　山本 直樹\n"
                       "博士課程の学生が調査に参加した。" + BODY).talks
    assert [a.name.text for a in talk.speaker.authors] == ["山本 直樹"]
