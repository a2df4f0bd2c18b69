"""An English sentence that quotes a Japanese word keeps the spaces its writer typed around it (trial 44's rule,
``clean.spacing.remove_cjk_ascii_spaces``), the word after it closing the sentence too (review 46: ``…as 阿波藍
today.`` had become ``阿波藍today.``, while ``…as 阿波藍 today,`` kept its space). Made-up lines of other topics."""

from __future__ import annotations

import pytest

from pipeline.clean.spacing import remove_cjk_ascii_spaces
from pipeline.model import Text


@pytest.mark.parametrize("line", [
    "Potters in this valley still fire their ware in a 登り窯 today.",
    "Every spring the town holds its 花まつり festival.",
    "Visitors often take home 和紙 souvenirs. Some buy 和紙 lanterns, too.",
])
def test_a_space_before_the_word_that_ends_an_english_sentence_stays(line) -> None:
    assert remove_cjk_ascii_spaces(Text.from_raw(line, 1)).text.text == line


def test_a_file_name_beside_japanese_still_loses_its_space() -> None:
    # a file name's dot is no sentence's end: a TeX manual's Japanese line about files, as before
    assert remove_cjk_ascii_spaces(Text.from_raw("設定は config.yml へ書く", 1)).text.text == "設定はconfig.ymlへ書く"
