"""Tables drawn with rules and tables lined up with mixed white (issue 16, helper tables81).

Inputs: fresh-user trial 80e's 公民館だより (a box-drawn 講座案内 table) and trial 80d's hazard-map guide (rows
lined up with runs of ideographic and ASCII spaces), and made-up variants in ``tests/data/tables81/`` (their expected
readings, written before any run, in ``/work/regress/in_tables81/*.expected.md``).
"""

from pathlib import Path

import pytest

from pipeline.model import Text
from segmenting import only_talk_of, talk_tables, talk_texts

DATA = Path(__file__).parent / "data" / "tables81"


tables, texts = talk_tables, talk_texts


def test_box_drawn_table_of_a_newsletter_is_a_table():
    talk, ledger = only_talk_of(DATA / "kominkan.txt")
    assert tables(talk) == [[("講座名", "日時", "定員"), ("しめ縄づくり", "12月13日（日）10時", "20名"),
                             ("親子そば打ち体験", "12月20日（日）13時", "10組")]]
    rules = [r for r in ledger if r.reason == "table-rule"]
    assert {r.line for r in rules if r.text.startswith(("┌", "├", "└"))} == {11, 13, 16}
    assert not any("│" in t or "─" in t for t in texts(talk))


def test_heavy_and_double_lines_and_a_framed_note():
    talk, ledger = only_talk_of(DATA / "ja_heavy_box.txt")
    assert tables(talk) == [[("教室名", "曜日", "時間", "参加費"), ("ヨガ", "月曜日", "10時", "500円"),
                             ("卓球", "水曜日", "14時", "300円"), ("バドミントン", "金曜日", "19時", "300円")]]
    # the double-lined box round one line is a framed paragraph, no table of one cell
    assert "更衣室の鍵は必ず受付に返却してください。" in texts(talk)
    assert any(r.reason == "frame" and r.text.startswith("╔") for r in ledger)


def test_ascii_grid_joins_a_cell_wrapped_inside_its_ruled_row():
    talk, ledger = only_talk_of(DATA / "en_ascii_grid.txt")
    [table] = tables(talk)
    assert table[0] == ("Plot size", "Fee", "Notes")
    assert table[2] == ("Half", "60 pounds", "Water and shed access, key from the secretary")
    assert table[4] == ("Raised bed", "20 pounds", "Near the gate")
    assert len(table) == 5
    assert {r.text[:2] for r in ledger if r.reason == "table-rule" and r.text.startswith("+")} == {"+-", "+="}


def test_markdown_pipe_table():
    talk, ledger = only_talk_of(DATA / "en_markdown.txt")
    [table] = tables(talk)
    assert table[0] == ("Pos", "Rider", "Category", "Time", "Club points")
    assert table[3] == ("3", "Ravi Sharma", "M40", "21:15", "20")
    assert any(r.reason == "table-rule" and r.text.startswith("|---") for r in ledger)


def test_markdown_table_without_outer_pipes():
    talk, ledger = only_talk_of(DATA / "en_markdown_bare.txt")
    [table] = tables(talk)
    assert table == [("Role", "Name", "Since"), ("Commodore", "Helen Marsh", "2023"), ("Treasurer", "Ravi Sharma", "2025"),
                     ("Secretary", "Tom Haverstock", "2027")]
    assert "Home | Racing | Training | Contact" in texts(talk)  # pipes without a delimiter row: no table
    assert any(r.reason == "table-rule" and r.text == "---|---|---" for r in ledger)


def test_a_box_drawn_table_over_a_page_break_is_one_table():
    talk, _ = only_talk_of(DATA / "ja_pagebreak.txt")
    [table] = tables(talk)
    assert [row[0] for row in table] == ["日付", "12月6日", "12月13日", "12月20日", "12月27日"]
    assert all(len(row) == 3 for row in table)


def test_hazard_map_rows_lined_up_with_mixed_white_are_tables():
    talk, _ = only_talk_of(DATA / "bousai_map.txt")
    found = tables(talk)
    assert [("浸水深", "目安"), ("0.5m未満", "大人の膝まで"), ("0.5〜3.0m", "1階の軒下まで"), ("3.0〜5.0m", "2階の床下まで"),
            ("5.0m以上", "2階の屋根まで")] in found
    assert [("警戒レベル3", "高齢者等避難", "高齢者や障がいのある方は避難を始める"),
            ("警戒レベル4", "避難指示", "危険な場所から全員避難する"),
            ("警戒レベル5", "緊急安全確保", "命の危険。直ちに安全を確保する")] in found
    assert [("緑川小学校", "本町2-4-1", "洪水〇", "土砂〇"), ("桜沢中学校", "桜沢1-10", "洪水×", "土砂〇"),
            ("市民体育館", "緑ヶ丘3-2-7", "洪水〇", "土砂×")] in found
    # the depths are no headings: section 1.1's table, no section 0.5 or 5.0
    assert not any(s.number in ("0.5", "5.0") for s in talk.sections)


def test_ascii_framed_note_is_a_framed_paragraph():
    talk, ledger = only_talk_of(DATA / "en_framed_note.txt")
    assert tables(talk) == []
    assert "Note: sparklers are not allowed on the field." in texts(talk)
    assert sum(r.reason == "frame" for r in ledger) >= 2


def test_framed_japanese_note_is_one_paragraph_no_table():
    talk, _ = only_talk_of(DATA / "ja_framed_note.txt")
    assert tables(talk) == []
    assert "注意：雨天の場合は体育館で行います。駐車場はありませんので、徒歩または自転車でお越しください。" in texts(talk)


# near misses: what must stay as it was (these pass on the base too)

def test_near_miss_a_speaker_box_keeps_its_lines():
    from pipeline.segment.frames import framed_lines
    box = ["┌──────────────┐", "│講演者：富山市都市整備部長│", "│森田 健一　　　　　　　　│", "└──────────────┘"]
    out, _ = framed_lines([Text.from_raw(s, n) for n, s in enumerate(box, 1)])
    assert [t.text for t in out] == ["講演者：富山市都市整備部長", "森田 健一"]


def test_near_miss_mixed_white_and_english_aligned_tables_stay_tables():
    talk, _ = only_talk_of(DATA / "ja_mixed_spaces.txt")
    assert tables(talk)[0][2] == ("西地区", "火・金", "木")
    talk, _ = only_talk_of(DATA / "en_spaces_aligned.txt")
    assert tables(talk)[0][2] == ("Meeting room", "9am to 9pm", "closed")


def test_near_miss_a_roster_keeps_its_names_whole():
    from pipeline.clean.tables import table_separators
    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    rows = mk("山田\u3000太郎\u3000\u3000会長", "佐藤\u3000花子\u3000\u3000副会長", "鈴木\u3000一郎\u3000\u3000会計")
    assert [len(v) for _, v in sorted(table_separators(rows).items())] == [1, 1, 1]
    assert table_separators(mk("┌──┐", "│注意│", "└──┘")) == {}
