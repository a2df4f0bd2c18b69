"""A speaker line's bracket after the name is the speaker's affiliation whatever its words (helper news59, issue 16):
``山田 太郎（みなと総研）``, ``Tom Reyes (Quiet Streets Collective)`` had given the name and no affiliation, no
organisation's word in the brackets. A reading in kana, a post, a word the dictionary glosses (``（仮称）``,
``（予定）``) and one English word (``(TBC)``, ``(Chair)``) stay no affiliation. Made-up papers (also under
/work/regress/in_news59/aff_*)."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

JA = "港湾物流の新しい展開\n\n{speaker}\n\n1．はじめに\n港湾物流は近年大きく変化している。\n2．課題\n人手不足が続いている。\n"
EN = "Harbour Logistics After the Pandemic\n\n{speaker}\n\n1. Introduction\nPort logistics has changed a great deal " \
     "in recent years.\n2. Problems\nThere are not enough workers.\n"


def _speaker(lang: str, line: str):
    [talk] = run_text({"ja": JA, "en": EN}[lang].format(speaker=line)).talks
    sp = talk.speaker
    return sp.name and sp.name.text, sp.affiliation and sp.affiliation.text


@pytest.mark.parametrize("lang, line, name, affiliation", [
    ("ja", "山田 太郎（みなと総研）", "山田 太郎", "みなと総研"),
    ("ja", "鈴木 一郎（NPOかわまち）", "鈴木 一郎", "NPOかわまち"),
    ("ja", "高橋 誠（ひかり交通）", "高橋 誠", "ひかり交通"),
    ("en", "Tom Reyes (Quiet Streets Collective)", "Tom Reyes", "Quiet Streets Collective"),
    ("en", "Anna Berg (Nordhavn Works)", "Anna Berg", "Nordhavn Works"),
    ("en", "Mia Chen (Bluebird Partners)", "Mia Chen", "Bluebird Partners"),
])
def test_a_bracket_after_the_name_is_the_affiliation59(lang, line, name, affiliation):
    assert _speaker(lang, line) == (name, affiliation)


@pytest.mark.parametrize("lang, line", [
    ("ja", "山田 太郎（仮称）"), ("ja", "山田 太郎（予定）"), ("ja", "山田 太郎（やまだ たろう）"), ("ja", "山田 太郎（所長）"),
    ("ja", "山田 太郎（司会）"), ("en", "Jane Doe (TBC)"), ("en", "Jane Doe (Chair)"), ("en", "Jane Doe (invited)"),
    ("en", "Jane Doe (Vice Chair)"),
])
def test_an_aside_in_brackets_is_no_affiliation59(lang, line):
    name, affiliation = _speaker(lang, line)
    assert affiliation is None and name == line.split("（")[0].split(" (")[0]
