"""A cover's or a contents list's lost bullet before an item that opens on a number (trial 54: ``(cid:12) 2024年4月
…`` and ``(cid:3)1. 計画の概要`` lines stayed unresolved, no candidate, though the same glyph opened each line).
The same glyph opening two list lines or more is a list's mark (``restore.opens_list_items``), as before a word:
left open, the marks its candidates. A number standing apart after the glyph (``(cid:5) 1 章``: 第 lost) and numbers
that do not count from 1 after it (the glyph may be their first digit) are no list. Correct results written before the
change; made-up documents."""

from __future__ import annotations

from pipeline.restore import restore_text

COVER = """西浦市 第3次環境基本計画
西浦市 環境政策課
(cid:12) 2024年4月 計画策定の開始
(cid:12) 2025年3月 パブリックコメントの実施
(cid:12) 2026年3月 計画の公表
目次
(cid:3)1. 計画の概要
(cid:3)2. 現状と課題
(cid:3)3. 施策の展開
"""


def _repairs(text: str, original: str) -> list[dict]:
    return [r for r in restore_text(text)["repairs"] if r["original"] == original]


def test_a_bullet_before_a_date_or_an_items_number_is_a_list_mark_54():
    for cid in ("(cid:12)", "(cid:3)"):
        repairs = _repairs(COVER, cid)
        assert len(repairs) == 3, cid
        for r in repairs:
            assert (r["status"], r["restored"], r["confidence"]) == ("ambiguous", None, 0.0)
            assert [c["text"] for c in r["candidates"]] == ["・", "●", "■", "○", "◆"]
            assert any("a list's mark" in e["detail"] for e in r["evidence"])


def test_a_lost_ordinal_or_a_lost_digit_is_no_list_mark_54():
    chapters = "本書の構成\n(cid:5) 1 章 計画の背景\n(cid:5) 2 章 計画の目標\n"
    numbers = "(cid:7)0. 計画の背景\n(cid:7)1. 計画の目標\n(cid:7)2. 施策\n"  # 10., 11., 12. with their 1 lost
    for text, cid in ((chapters, "(cid:5)"), (numbers, "(cid:7)")):
        for r in _repairs(text, cid):
            assert not any(c["text"] == "・" for c in r["candidates"]), r
            assert not any("a list's mark" in e["detail"] for e in r["evidence"])
