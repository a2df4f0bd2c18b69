"""A Chinese official's rank as a Japanese text writes it ends the office before the name (trial 31)."""

import pytest

from pipeline.segment.names import speaker_split


@pytest.mark.parametrize("line, name", [("蘇州市外事弁公室 日本処長 陳 明華", "陳 明華"),
                                        ("大連市人民政府外事弁公室 副処長 王 麗", "王 麗"),
                                        ("天津市商務局 科長 李 強", "李 強")])
def test_a_chinese_rank_ends_the_office_before_the_name(line, name):
    cut = speaker_split(line)
    assert cut is not None and line[cut:].strip() == name
