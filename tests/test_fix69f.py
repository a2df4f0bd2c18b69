"""Helper fix69f, issue 16 point 2 (fresh-user trial 69b, ``a02_judgment_ja.txt``): a division's points that open on a
numbered paragraph.

1. Under a judgment's ``第2　事案の概要`` the first point is a sentence (``１　本件は、…事案である。``) and the later ones
   headings (``２　前提事実``, ``３　争点``): the sentence stays the division's paragraph, its number counted, and the
   headings are the division's sections ``2.2``, ``2.3`` (they had stayed paragraphs, the run broken by the sentence).
   Arabic, full-width and kanji points alike; a 決定 and a 裁決書 alike.
2. The ``（1）`` and ``ア`` under such a point nest under it where they are headings (``2.2.1`` level 4, ``2.2.1.1``
   level 5), and stay its paragraphs where they are sentences.
3. A 要綱's ``（1）`` items after a lead sentence under a point stay that point's items (decision, no change: docs).
Near misses: points that are all sentences (``１　原告は、…主張する。`` / ``２　被告は、…``), a lead sentence over
points listed one under the other with no text (a list), a paper's ``1.`` / ``1.1``.
Inputs: tests/data/fix69f/ (kept in /work/regress/in_fix69f/).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "fix69f"


def _ladder(path) -> list[tuple[str | None, int, str]]:
    talk, _ = only_talk_of(path)
    return [(s.number, s.level, text_of(s.title)) for s in talk.sections]


def _paragraphs_of(path, number: str) -> list[str]:
    talk, _ = only_talk_of(path)
    [section] = [s for s in talk.sections if s.number == number]
    return [p.text for p in section.paragraphs]


def test_the_trials_second_point_heads_its_section_and_keeps_its_sentences69():
    path = DATA / "t69b_a02_judgment_ja.txt"
    assert _ladder(path) == [
        (None, 1, "主文"), (None, 1, "事実及び理由"), ("1", 2, "請求"), ("2", 2, "事案の概要"),
        ("2.2", 3, "前提事実"), ("3", 2, "当裁判所の判断"), ("3.1", 3, "争点について")]
    # the lead sentence is 第2's paragraph; the numbered sentences （1）, ア are 2.2's
    assert _paragraphs_of(path, "2") == ["1\u3000本件は、飲食店を営む原告が、被告から受けた営業停止処分の取消しを求める事案である。"]
    assert [p[:2] for p in _paragraphs_of(path, "2.2")] == ["（1", "（2", "ア\u3000", "イ\u3000"]


@pytest.mark.parametrize("name, expected", [
    ("a_hanketsu_lead_sentence.txt", [("2", 2, "事案の概要"), ("2.2", 3, "前提事実"), ("2.2.1", 4, "当事者"),
                                      ("2.2.2", 4, "本件事故の発生"), ("2.3", 3, "争点")]),
    ("b_kettei_lead_sentence_halfwidth.txt", [("2", 2, "事案の概要"), ("2.2", 3, "申立人の主張"),
                                              ("2.3", 3, "相手方の主張")]),
    ("c_saiketsu_lead_items_heads.txt", [("1", 2, "事案の概要"), ("1.2", 3, "関係法令"), ("1.2.1", 4, "地方税法"),
                                         ("1.2.2", 4, "市税条例"), ("1.3", 3, "審理関係人の主張")]),
    ("d_kanji_lead_sentence.txt", [("2", 2, "事案の概要"), ("2.2", 3, "争いのない事実"), ("2.3", 3, "争点")]),
])
def test_points_after_a_numbered_paragraph_head_their_sections69(name, expected):
    ladder = _ladder(DATA / name)
    at = ladder.index(expected[0])
    assert ladder[at:at + len(expected)] == expected
    assert not any(number.endswith(".1") for number, _, _ in expected[1:] if number.count(".") == 1)
    assert len(_paragraphs_of(DATA / name, expected[0][0])) == 1  # the lead sentence, the division's own paragraph


def test_katakana_headings_under_a_bracketed_heading_are_level_five69():
    ladder = _ladder(DATA / "h_hanketsu_lead_katakana.txt")
    assert ladder[3:9] == [("2", 2, "事案の概要"), ("2.2", 3, "前提事実"), ("2.2.1", 4, "当事者"), ("2.2.1.1", 5, "原告"),
                           ("2.2.1.2", 5, "被告"), ("2.2.2", 4, "振込みの経緯")]


@pytest.mark.parametrize("near", [
    "n_all_sentences_long.txt",  # every point a sentence
    "n_lead_sentence_then_list.txt",  # a lead sentence over a list (points with no text of their own)
])
def test_sentences_and_lists_stay_paragraphs_where_the_lead_rule_reads_a_judgment69(near):
    # the same rule, on the judgment beside the near miss: it reads the one and leaves the other
    assert ("2.2", 3, "前提事実") in _ladder(DATA / "a_hanketsu_lead_sentence.txt")
    assert all("." not in (n or "") for n, _, _ in _ladder(DATA / near))
    assert len(_paragraphs_of(DATA / near, "2")) == 3


def test_a_papers_decimals_keep_their_levels_beside_a_judgments_lead_sentence69():
    assert ("2.3", 3, "相手方の主張") in _ladder(DATA / "b_kettei_lead_sentence_halfwidth.txt")
    assert _ladder(DATA / "n_paper_decimal.txt") == [
        ("1", 1, "はじめに"), ("1.1", 2, "背景"), ("1.2", 2, "目的"), ("2", 1, "方法")]


def test_a_point_written_as_a_paragraph_between_headings_is_counted69():
    # ``１　前提事実`` / text / ``２　本件は、…である。`` / ``３　争点``: ``３`` is 2.3 (the run had broken on it)
    ladder = _ladder(DATA / "i_hanketsu_middle_sentence.txt")
    assert ladder[3:6] == [("2", 2, "事案の概要"), ("2.1", 3, "前提事実"), ("2.3", 3, "争点")]
    assert ("3.1", 3, "争点について") in ladder and not any(n == "3.2" for n, _, _ in ladder)  # a sentence, no heading
