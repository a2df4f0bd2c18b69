"""A glyph a font left unmapped is not a character the same font maps on the same line (issue 19 point 3, "same
glyph, same answer"; fresh-user trial 61b: ``(cid:1234)`` four times, once beside an intact 気, had been committed 気 at
0.9987 everywhere, the title's 低温効果 read 気温効果). The fill is held back, listed, never removed from the ranking.
"""

from pipeline.restore import restore_text

TEXT = """都市緑地の(cid:77)温効果に関する観測的研究

1. はじめに
都市の緑地は、夏の日中に周囲の気温を下げる効果と、地域の(cid:77)候をやわらげる効果をもつことが知られている。
本研究では、市内の三つの公園で気温を観測した。
2. 結果
公園の中心部では、周辺の市街地より空(cid:77)が最大で2.1度低い効果が見られた。
"""
"""The glyph lost in three different words (``(cid:77)温``, ``(cid:77)候``, ``空(cid:77)``): since session 81 places of one
glyph in one kanji word count once in the pool (``pipeline.restore.pooled_word``), so the glyph is lost in three words
here, as pooling would commit it but for the intact 気 on line 4."""


def test_a_fill_drawn_whole_on_a_line_of_the_glyph_is_held_back() -> None:
    repairs = [r for r in restore_text(TEXT)["repairs"] if r["cids"] == [77]]
    assert len(repairs) == 3
    assert all(r["restored"] is None for r in repairs)
    for r in repairs:
        assert [c["text"] for c in r["candidates"]][0] == "気"  # still the model's first reading, listed
        assert any(e["kind"] == "abstention" and "stands whole at line 4" in e["detail"] for e in r["evidence"])


def test_a_fill_not_drawn_on_the_glyphs_lines_is_not_held_back_by_it() -> None:
    text = TEXT.replace("周囲の気温を下げる", "周囲の温度を下げる").replace("三つの公園で気温を観測した", "三つの公園で温度を観測した")
    repairs = [r for r in restore_text(text)["repairs"] if r["cids"] == [77]]
    assert not any("stands whole at line" in e["detail"] for r in repairs for e in r["evidence"])
