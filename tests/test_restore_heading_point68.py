"""A lost separator after the number opening a heading, the heading written whole elsewhere (a contents entry, a
running title), is filled from the copy (session 68, issue 19 points 1 and 6: of the restore benchmark's heading
masks of a separator alone that numbering does not settle, none had the separator among its candidates; the gap read
as a number's lost digit, ``1\ufffd`` as 1x, where only digits fill, and repetition's ``.`` was dropped)."""
import pytest

from pipeline.restore import restore_text

G = "\ufffd"


def _repair(text: str, line: int) -> dict:
    lines = text.split("\n")
    lo = sum(len(t) + 1 for t in lines[:line - 1])
    return next(r for r in restore_text(text)["repairs"] if lo <= r["start"] < lo + len(lines[line - 1]))


CASES = [
    # a manual's page: running title, contents entry and heading say the same
    ("1. この文書が扱う範囲について\n本文の前置きです。\n1" + G + " この文書が扱う範囲について\n本書は開発者向けの手引きです。\n", 3, "."),
    # a two-digit number, a FAQ's contents and its chapter
    ("目次\n16. この FAQ についての一般情報\n17. 付録\n\n16" + G + " この FAQ についての一般情報\n本章では一般的な情報を述べる。\n",
     5, "."),
    # a dotted section number
    ("2.1. 配布物の構成と入手方法\n説明が続きます。\n2.1" + G + " 配布物の構成と入手方法\nここでは入手方法を述べる。\n", 3, "."),
]


@pytest.mark.parametrize("text,line,truth", CASES)
def test_a_lost_heading_separator_is_read_from_the_headings_copy(text, line, truth):
    repair = _repair(text, line)
    assert repair["candidates"][0]["text"] == truth
    assert repair["status"] == "restored" and repair["restored"] == truth


def test_a_digit_after_the_gap_keeps_it_a_number():
    # ``1�5 倍`` is a number's middle, decided by the digit rules (the separator rule is not asked)
    from pipeline.restore import _heading_point_repeated
    from pipeline.restore.evidence.base import Proposal, Site

    p = Proposal(".", "repetition", "", {"rep_context": 12.0, "rep_left": 1.0})
    assert not _heading_point_repeated(Site("1" + G + "5 倍の速さで処理が進んだ", 1, 2), p)
    assert _heading_point_repeated(Site("1" + G + " この文書が扱う範囲について", 1, 2), p)


def test_a_number_inside_a_line_is_no_heading():
    text = "費用は約1. この金額で足りる見込みです。\n費用は約1" + G + " この金額で足りる見込みです。\n"
    repair = _repair(text, 2)
    assert "." not in [c["text"] for c in repair["candidates"]]


def test_a_short_copy_says_nothing():
    # only ``1. こ`` repeats: the number and a letter, no title's words
    text = "1. こちらをご覧ください\n1" + G + " これは別の話です\n"
    repair = _repair(text, 2)
    assert "." not in [c["text"] for c in repair["candidates"]]


def test_no_copy_leaves_the_gap_as_before():
    text = "はじめに本文です。\n1" + G + " この文書が扱う範囲について\n本文です。\n"
    repair = _repair(text, 2)
    assert repair["status"] != "restored"
