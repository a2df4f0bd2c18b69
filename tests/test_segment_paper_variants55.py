"""Made-up papers varied one thing at a time (session 55): lettered subsections in a Japanese paper and the names a
reference list's heading is composed of.

Correct results written before the change: a Japanese paper numbered ``I.`` / ``II.`` sets ``A.`` / ``B.`` under a
section as an English one does (IEEE style), subsections ``2.1``, ``2.2``; ``参考文献・資料``, ``参考・引用文献``,
``Works Cited`` head the reference list as ``参考文献`` and ``References`` do. A list's lettered choices one right under
the other stay text.
"""

from __future__ import annotations

import pytest

from segment_inputs import one_talk

BODY = "本文の一文目である。二文目が続く。"

JA_ROMAN = "\n".join([
    "山間集落の交通再編",
    "森本 修平（地域政策研究所）",
    "",
    "I. はじめに", BODY,
    "II. 調査の方法", "調査は春から秋に行った。",
    "A. 対象地域", "対象は三つの町である。",
    "B. 調査の手順", "聞き取りを行った。",
    "III. おわりに", BODY,
    "",
])


def test_japanese_lettered_subsections_under_roman_sections():
    talk = one_talk(JA_ROMAN)
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "はじめに"), ("2", "調査の方法"), ("2.1", "対象地域"), ("2.2", "調査の手順"), ("3", "おわりに")]


def test_lettered_choices_one_under_the_other_stay_text():
    text = "\n".join(["アンケート結果", "山田 花子（市民協働課）", "", "1. 設問", "次の中から一つ選ぶ。",
                      "A. 賛成", "B. 反対", "C. どちらでもない", "2. 結果", BODY, ""])
    talk = one_talk(text)
    assert [s.number for s in talk.sections] == ["1", "2"]
    assert "A. 賛成" in [p.text for p in talk.sections[0].paragraphs] or \
        any("A. 賛成" in p.text for p in talk.sections[0].paragraphs)


@pytest.mark.parametrize("name", ["参考文献・資料", "参考・引用文献", "引用文献一覧", "注・参考文献", "【参考文献・資料】"])
def test_composed_japanese_reference_headings(name):
    text = "\n".join(["山間集落の交通再編", "森本 修平（地域政策研究所）", "", "1. はじめに", BODY, "2. おわりに", BODY,
                      name, "[1] 高橋一郎（2019）「地方路線バスの維持」『交通学研究』62, pp.33-40.",
                      "[2] 中村由紀（2021）『住民が支える地域交通』地域出版会.", ""])
    talk = one_talk(text)
    last = talk.sections[-1]
    assert (last.number, len(last.paragraphs)) == (None, 2)
    assert name.strip("【】") in last.title.text
    assert all("[1]" not in p.text for p in talk.sections[-2].paragraphs)


@pytest.mark.parametrize("name", ["Works Cited", "WORKS CITED", "Selected Bibliography", "References and Notes"])
def test_composed_english_reference_headings(name):
    body = "This is the first sentence. A second one follows it."
    text = "\n".join(["Rural Bus Network Redesign", "Shuhei Morimoto, Institute for Regional Policy", "",
                      "1. Introduction", body, "2. Conclusion", body, name,
                      "[1] Smith, J. (2019). Rural transit. Journal of Transport Studies, 62, 33-40.",
                      "[2] Brown, K. (2021). Community Transport. Regional Press.", ""])
    talk = one_talk(text)
    assert talk.sections[-1].title.text == name and talk.sections[-1].number is None
    assert [s.number for s in talk.sections[:-1]] == ["1", "2"]


@pytest.mark.parametrize("line", ["文献調査の結果", "Literature"])
def test_a_section_about_literature_is_no_reference_list(line):
    from pipeline.segment.labels import is_references_heading

    assert not is_references_heading(line)
