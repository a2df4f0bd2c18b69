"""Japanese notes of a text dump (``※1``, ``※``, ``注1)``, ``注：``, ``＊1``, ``*1`` at a page's or a section's end)
are the talk's footnotes, as a PDF's and an English dump's are, never body paragraphs glued to the text (issue 16
point 4). A ``※`` line inside a section's text, with text after it, stays the text's. Made-up dumps."""

from __future__ import annotations

import pytest

from tests.segment_inputs import paragraphs, run_text

HEAD = "港町の子育て支援\n山田 花子\n港町市 こども課\n\n"


@pytest.mark.parametrize("call, mark", [("※1", "※1"), ("＊1", "＊1"), ("*1", "*1"), ("", "注1)"), ("", "注：")])
def test_a_japanese_note_closing_a_page_is_a_footnote(call, mark):
    text = (HEAD + "1. はじめに\n"
            f"港町市では子育て世帯の転入が続いており、保育所の定員は毎年五十人ずつ増えてきた{call}。しかし待機児童は今も\n"
            "残っており、その原因を三つの調査から整理することが本稿の目的である。第一の調査は入所申込書の集計\n"
            f"{mark} 2024年4月1日現在の値である。\n"
            "\f"
            "であり、申込の時期と希望する保育所の分布を五年分まとめた。\n"
            "2. 結果\n"
            "申込は四月入所に集中していた。\n")
    talk = run_text(text).talks[0]
    assert [n.text for n in talk.footnotes] == [f"{mark} 2024年4月1日現在の値である。"]
    assert any("入所申込書の集計であり、申込の時期" in p for p in paragraphs(talk)), paragraphs(talk)


def test_notes_closing_a_section_are_footnotes():
    text = (HEAD + "1. はじめに\n"
            "港町市では子育て世帯の転入が続いている※1。保育所の定員は毎年五十人ずつ増えてきた※2。\n"
            "※1 住民基本台帳による。\n"
            "※2 こども課の資料による。\n"
            "2. 結果\n"
            "申込は四月入所に集中していた。\n")
    talk = run_text(text).talks[0]
    # (clean closes up the space between a mark and Japanese text)
    assert [n.text.replace(" ", "") for n in talk.footnotes] == ["※1住民基本台帳による。", "※2こども課の資料による。"]
    assert paragraphs(talk)[-1] == "申込は四月入所に集中していた。"


def test_a_remark_under_the_reference_mark_inside_the_text_stays_text():
    text = (HEAD + "1. はじめに\n"
            "港町市では子育て世帯の転入が続いている。\n"
            "※ 以下の数値は概数である。\n"
            "保育所の定員は毎年五十人ずつ増えてきた。\n"
            "2. 結果\n"
            "申込は四月入所に集中していた。\n")
    talk = run_text(text).talks[0]
    assert talk.footnotes == ()
    assert any(p.replace(" ", "") == "※以下の数値は概数である。" for p in paragraphs(talk))
