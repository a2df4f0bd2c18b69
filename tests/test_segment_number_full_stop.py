"""A full stop closing a heading's number of two or three parts (``1-1．研究の背景``, ``2.1. Data``: papers that
close every number so, as ``1．`` is closed) is the number's, not the title's: the titles read ``．研究の背景`` and
``. Figures`` (confproc, elteikthesis, yathesis among the real PDFs). Made-up papers."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

JA = """\
地方都市における移動図書館の効果

田中 一郎（北東大学）

1．はじめに
1{sep}1．研究の背景
地方都市では図書館の分館が統廃合され、中心部から離れた地区の住民は図書館を利用しにくくなっている。
1{sep}2．研究の目的
本研究は、移動図書館の巡回が貸出数をどの程度増やすかを明らかにすることを目的とする。
2．方法
2{sep}1．対象地区
市内の六つの地区を対象として、巡回の前後の貸出記録を比べた。
"""

EN = """\
Mobile Libraries in Regional Towns

Ian Moss, University of Leeds

1. Introduction
1.1. Background
Branch libraries have closed in many regional towns, and readers far from the centre borrow fewer books.
1.2. Aims
We ask how much a weekly mobile library raises borrowing in the districts it visits.
2. Method
2.1. Districts
We compared loans in six districts before and after the mobile library began its visits.
"""


@pytest.mark.parametrize("sep", ["-", "."])
def test_a_full_stop_after_a_two_part_number_is_no_part_of_the_japanese_title(sep):
    (talk,) = run_text(JA.format(sep=sep)).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "はじめに"), ("1.1", "研究の背景"), ("1.2", "研究の目的"), ("2", "方法"), ("2.1", "対象地区")]


def test_a_full_stop_after_a_two_part_number_is_no_part_of_the_english_title():
    (talk,) = run_text(EN).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "Introduction"), ("1.1", "Background"), ("1.2", "Aims"), ("2", "Method"), ("2.1", "Districts")]
