"""Session 75 (mine): an identifier between two fields keeps its spaces; a student's number on a cover's speaker line."""

from __future__ import annotations

import pytest

from pipeline.clean.spacing import remove_cjk_ascii_spaces
from pipeline.model import Text
from pipeline.segment.front import split_speaker


@pytest.mark.parametrize("line", [
    "〇〇△△研究室 209912345 春日太郎",
    "知識情報・図書館学類 201911111 筑波 花子",
    "会員番号の欄に 00123456 山田 と書く",
])
def test_identifier_keeps_its_spaces(line):
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == line


@pytest.mark.parametrize(("line", "closed"), [
    ("人口 150000 人が住む", "人口150000人が住む"),  # a quantity: the number counts the word after it
    ("本市は 2024 年度に", "本市は2024年度に"),  # four digits: a year
    ("約 12345 件の", "約12345件の"),
])
def test_quantity_still_closes(line, closed):
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == closed


@pytest.mark.parametrize(("line", "affiliation", "name"), [
    ("〇〇△△研究室 209912345 春日太郎", "〇〇△△研究室", "春日太郎"),
    ("情報学類 201911111 筑波 花子", "情報学類", "筑波 花子"),
    ("東西大学 山田 太郎", "東西大学", "山田 太郎"),
])
def test_student_number_is_no_affiliation(line, affiliation, name):
    split = split_speaker(Text.from_raw(line, 1))
    assert (split.affiliation.text, split.name.text) == (affiliation, name)


def test_number_alone_before_a_name_is_no_speaker_line():
    assert split_speaker(Text.from_raw("209912345 春日太郎", 1)).name is None
