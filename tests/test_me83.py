"""Session 83, mine: the mends after the session's fresh-user trials and the open items of trial 82c.

Each test fails on the session's base (b83start) unless it says it is a near miss.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.model import GAP
from pipeline.restore.evidence.weekday import rolled_dates
from restore_verdicts import line_repairs
from segmenting import only_talk_of, talk_texts

DATA = Path(__file__).parent / "data" / "me83"


def test_a_date_column_over_the_year_end_turns_the_year():
    """Trial 82c's school newsletter: a table's date column opens with a range over the year end
    (``12月25日（金）～ 1月7日（木）``) and goes on with January's rows (`` 1月 8日（�）``); the January rows are the
    next year's, in which the text's intact dates fall on their days (2027-01-08 a Friday). The base checked them
    against the issue's year 2026 and offered 木 first, open."""
    text = (DATA / "year_end_table.txt").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if GAP in line)
    [repair] = line_repairs(text, line)
    assert repair.restored == "金"


def test_a_list_line_not_opening_with_a_date_does_not_turn_the_year():
    """Near miss (passes on the base too): the line of the date before opens with words, not a date, so the next
    line's January date is not read as the same list's: only the range on the first line turns the year."""
    rolled = rolled_dates("休業は12月25日（金）～ 1月7日（木）\n 1月 8日（金）　始業式")
    assert [v.roll for v in rolled.values()] == [1]


def test_a_table_rows_last_cell_is_never_a_glued_slide_number():
    """Fresh-user trial 83a's recipe: a row of an ingredients table laid out by spaces (``レモン汁⇥小さじ1`` over
    ``作り方``) ends on its cell's own digits; with the pages' feet ``おやつ帖　2`` / ``おやつ帖　3`` the base read the
    digits as a deck's numbers glued to slides' last lines and ledgered the cells' 1 and 2 as page numbers."""
    talk, ledger = only_talk_of(DATA / "card_pages.txt")
    assert not [r for r in ledger if r.rule == "slide_number" and r.line in (10, 22)]
    kept = [t.text for s in talk.slides for t in s.lines] + talk_texts(talk)
    assert "レモン汁\t小さじ1" in kept and "牛乳\t大さじ2" in kept


def test_a_date_line_with_a_lost_digit_is_no_title():
    """Fresh-user trial 83a's press release: its date line ``令和7年10月�4日`` under ``報道発表資料`` was not read as a
    date (the lost glyph broke the date's pattern) and became the title; the headline under the issuer is."""
    talk, _ = only_talk_of(DATA / "press_gap_date.txt")
    assert talk.title.ja.text == "中央公園の遊具を更新します"
    assert "令和8年2月\ufffd6日" in [t.text for t in talk.front]


def test_a_japanese_compound_repeating_the_lines_first_phrase_is_kept():
    """Fresh-user trial 83b's earnings summary: a table header ``1株当たり四半期純利益　　潜在株式調整後1株当たり四半期純利益``
    lost its second column's last words to the ledger as a doubled text layer (``drop_trailing_echo``: an echo glued to
    the last word, which Japanese always is). An English doubled label cell is still dropped (near miss, both)."""
    from pipeline.clean import clean
    from pipeline.extract import extract

    header = "　　　　1株当たり四半期純利益　　潜在株式調整後1株当たり四半期純利益"
    cleaned = clean(extract(f"決算短信\n{header}\n2026年12月期　92.25　―\n".encode(), name="made-up.txt"))
    assert not [r for r in cleaned.ledger if r.rule == "drop_trailing_echo"]
    english = clean(extract(b"Panels\nWater Panel \xe2\x97\x8bPipes for 5 townsWater Panel\n", name="made-up.txt"))
    assert [r.text for r in english.ledger if r.rule == "drop_trailing_echo"] == ["Water Panel"]


def test_a_date_line_with_from_or_as_of_is_no_title():
    """Fresh-user trial 83b's timetable notice: ``2027年3月13日（土）始発より`` (from the first train that day) under
    ``ダイヤ改正のお知らせ`` was no date line for its suffix and became the title; a date with より, から, 現在, 以降 or 施行
    is the notice's date (the base read ``2027年4月1日現在`` as the title)."""
    talk, _ = only_talk_of(DATA / "notice_from_date.txt")
    assert talk.title.ja.text == "運賃改定のお知らせ"
