"""A long, specific repeat of the side a gap has at its line's edge settles a lost kanji (issue 19: a title
``…の三次元計\ufffd`` whose body writes ``の三次元計測`` stayed open at 0.37).

At a line's edge the repeat reads one side only (``rep_both`` 0), which the confidence model weighs as a weak
one-sided repeat however long the side it reads; ``scoring.edge_repeat_settles`` is the measured class.
"""

from __future__ import annotations

from pipeline.restore import restore_text

PAPER = """古民家の三次元計\ufffd
3D Scanning of Old Farmhouses
山田 太郎（架空大学）

1. はじめに
本稿では、茅葺き屋根の三次元計測について報告する。
従来の実測図は手作業で描かれてきた。

2. 方法
計測には、安価なレーザー装置を用いた。
"""


def test_a_title_whose_long_context_the_body_repeats_is_restored_in_the_talk_stage():
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    out = restore(segment(clean(extract(PAPER.encode(), name="tests/farmhouse.txt"))))
    (repair,) = [r for t in out.talks for r in t.repairs]
    assert (repair.status, repair.restored) == ("restored", "測"), repair
    assert any(e.kind == "repetition" and "line's edge" in e.detail for e in repair.evidence)


def test_a_title_whose_long_context_the_body_repeats_is_restored_in_plain_text():
    text = "県内漁港の水質調\ufffd\n本年度は、三つの漁港の水質調査を行った。\n結果は次章に示す。"
    (repair,) = restore_text(text)["repairs"]
    assert (repair["status"], repair["restored"]) == ("restored", "査"), repair


def test_a_numeral_or_a_short_context_at_a_lines_edge_stays_open():
    # a frame repeated around a numeral says nothing of which number; two letters name no term
    numeral = restore_text("令和五年度 調査結果の第\ufffd\n報告書の調査結果の第一章では方法を述べた。")["repairs"][0]
    short = restore_text("海辺の\ufffd\n海辺の町と海辺の村を比べた。")["repairs"][0]
    assert numeral["restored"] is None and short["restored"] is None, (numeral, short)
