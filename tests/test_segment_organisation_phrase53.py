"""Issue 16 (session 53, a fresh user's trial): a title that ends on an organisation's word after a phrase of common
nouns joined by の (``雨の日の図書館``, an essay about a library) names no organisation: it is the essay's title, and
its author's name under it has no affiliation. Before, the line became the author's affiliation and the essay had no
title (shape ``text``, id ``document``). A name before the word (``港北市立図書館``, ``北浜町の図書館``) or a compound
running on to it (``市民の森管理事務所``) still names the body. Inputs made up; results written before the change.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

_BODY = ("　夕方になると、わたしは坂の上の美術館へ歩いていく。入口の前には古い桜の木が一本立っていて、"
         "季節ごとに違う色で迎えてくれる。\n"
         "　館内はいつも静かで、足音だけが長い廊下に響く。わたしは同じ絵の前に座り、光が変わっていくのを眺める。\n")


@pytest.mark.parametrize("title", ["夏の午後の美術館", "坂の上の図書館", "冬の朝の公民館"])
def test_an_essays_title_ending_on_a_facility_word_is_its_title(title):
    doc = run_text(f"{title}\n川村　直人\n\n{_BODY}")
    [talk] = doc.talks
    assert talk.title.ja is not None and talk.title.ja.text == title
    assert talk.speaker is not None and talk.speaker.affiliation is None


@pytest.mark.parametrize("line, expected", [
    ("夏の午後の美術館", False), ("午前の部", False),
    ("港北市立図書館", True), ("北浜町の図書館", True), ("市民の森管理事務所", True), ("NPO法人まちづくりの研究会", True),
])
def test_a_phrase_of_common_nouns_before_the_word_names_no_organisation(line, expected):
    from pipeline.segment.organisations import is_organisation

    assert is_organisation(line) is expected
