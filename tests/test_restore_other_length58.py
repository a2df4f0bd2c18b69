"""A copy of the gap's context holding a word of another length than the gap's lost glyphs (issue 19, session 58).

Repetition proposes only runs of the gap's length (a lost glyph is one character), so ``港湾施設の\ufffdを`` beside
``港湾施設の整備を`` got no evidence saying why 整備 was not used. The verdict now names the copy and the count; it
changes no status, candidate or confidence (the row is read by no feature).
"""

from __future__ import annotations

import pytest

from pipeline.restore import restore_text

NOT_PROPOSED = "is not proposed"


def _rows(text: str) -> list[str]:
    out = restore_text(text)
    return [e["detail"] for r in out["repairs"] for e in r["evidence"] if NOT_PROPOSED in e["detail"]]


@pytest.mark.parametrize("text, copy, run, letters, glyphs", [
    ("港湾施設の整備を進める。\n港湾施設の\ufffdを急ぐ。", "港湾施設の整備を", "整備", "2 letters", "1 lost glyph"),
    ("地域公共交通について説明した。\n住民は地域公共\ufffdについて話した。", "地域公共交通について", "交通", "2 letters",
     "1 lost glyph"),
    ("環境保全活動に参加した市民は多い。\n今年の環境\ufffd活動には三百人が集まった。", "環境保全活動に", "保全", "2 letters",
     "1 lost glyph"),
    ("観光案内所で地図を配る。\n駅前の観光\ufffd\ufffd\ufffd所で地図を配る。", "観光案内所で地図を配る。", "案内", "2 letters",
     "3 lost glyphs"),
])
def test_a_copy_of_another_length_is_named(text, copy, run, letters, glyphs):
    rows = _rows(text)
    assert len(rows) == 1, rows
    assert rows[0].startswith(f"{copy} at line 1 holds {run} between the gap's neighbours: {letters} where the gap "
                              f"has {glyphs}"), rows[0]


@pytest.mark.parametrize("text", [
    "設定を変更する。\n設定を\ufffdする。",  # grammar around the copy names no word
    "市民会館で会議を開いた。\n市民会\ufffdで会議を開いた。",  # a copy of the gap's length: repetition proposes it
    "山口県沖でタンカーと貨物船が衝突した。\n和歌山\ufffd沖でタンカーと貨物船が衝突した。",  # 山 ends another word there
    "The port of Kobe is large.\nThe p\ufffdt of Kobe is large.",  # English: its own rules
])
def test_no_row_where_no_word_of_another_length_stands(text):
    assert _rows(text) == []


def test_the_row_changes_no_verdict():
    text = "港湾施設の整備を進める。\n港湾施設の\ufffdを急ぐ。"
    rep = restore_text(text)["repairs"][0]
    assert rep["status"] == "ambiguous" and rep["restored"] is None
    assert not any(c["text"] == "整備" for c in rep["candidates"])
    assert rep["evidence"][-1]["kind"] == "model"  # the row comes before the model's closing word
