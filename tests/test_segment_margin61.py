"""Indents and measures read from the dump itself (issue 16 point 4, "the line measure that decides a wrap comes
from the document"; fresh-user trial 60b's two-column newsletters):

* a dump's indent counts from its left margin (``Layout.margin``, :func:`pipeline.segment.layout.dump_margin`): a
  body set in by two spaces throughout had read every line as a paragraph's indented first line;
* a right column's part counts its indent from that column's own edge (``pipeline.layout._at_right_edge``), not
  from the gutter's end;
* the front of a two-column block reads the left column before the right (``Layout.reading_key``);
* English prose set to a newsletter's narrow measure (under 40 columns) is wrapped at it when its sentences run on
  from line to line in small letters (``measures.narrow_prose``).

The inputs are made up for these tests (tests/data/margin61).
"""

from pathlib import Path

from pipeline.model import LineLayout, Text
from pipeline.segment.layout import Layout, dump_margin
from reliability import one_talk, sections_of

DATA = Path(__file__).parent / "data" / "margin61"




def test_two_column_newsletter_set_in_reads_each_article_whole(tmp_path: Path) -> None:
    talk = one_talk(DATA / "ja_newsletter_twocol.txt", tmp_path)
    assert talk["title"]["ja"] == "まちの話題"
    assert sections_of(talk) == [
        ("図書館の開館時間を延長", ["中央図書館は、来月から平日の閉館時刻を午後8時まで延長します。仕事帰りの利用を求める声が多く寄せられて"
                                   "いたことから、試行を経て決めました。", "延長する時間帯には、学習室の予約もできるようになります。"]),
        ("河川敷の清掃に300人", ["5月に行われた河川敷の一斉清掃には、市民や事業者ら約300人が参加しました。集めたごみは軽トラック12台分に"
                                 "上り、空き缶や家電も見つかりました。", "主催した環境団体の代表は「来年も続けたい」と話しています。"]),
    ]


def test_one_column_body_set_in_under_a_title_at_the_edge_is_joined(tmp_path: Path) -> None:
    talk = one_talk(DATA / "ja_margin_onecol.txt", tmp_path)
    assert sections_of(talk) == [
        ("はじめに", ["地方都市では、路線バスの利用者が減り続けており、多くの自治体が路線の維持に苦慮している。本稿では、三つの市の"
                      "再編を例に、その効果を整理する。"]),
        ("方法", ["2024年度に、利用者約500人を対象とする調査と、事業者への聞き取りを行った。回答率は約58%であった。"]),
    ]


def test_narrow_english_column_in_one_column_is_joined(tmp_path: Path) -> None:
    talk = one_talk(DATA / "en_narrow_onecol.txt", tmp_path)
    paragraphs = [p for _, ps in sections_of(talk) for p in ps]
    assert ("The central library will stay open until 8pm on weekdays from next month, after a trial in the spring "
            "showed that many readers came after work.") in paragraphs
    assert "The organisers plan a second clean-up for the autumn." in paragraphs
    assert talk["paper"]["sections"][0]["title"] == "Library opens late on weekdays"


def test_front_of_a_column_block_reads_left_column_first() -> None:
    lay = Layout((LineLayout(),) + (LineLayout(cut=5),) * 3, ())
    texts = [Text.from_raw("r1", 2, 6), Text.from_raw("l2", 3, 0), Text.from_raw("r2", 3, 6), Text.from_raw("l1", 2, 0)]
    assert [t.text for t in sorted(texts, key=lay.reading_key)] == ["l1", "l2", "r1", "r2"]


def test_margin_is_zero_where_running_text_stands_at_the_edge() -> None:
    flush_body = (LineLayout(indent=4, width=20), LineLayout(), LineLayout(indent=0, width=40), LineLayout(indent=0, width=38))
    assert dump_margin(flush_body) == 0
    set_in = (LineLayout(indent=0, width=20), LineLayout(), LineLayout(indent=2, width=40), LineLayout(indent=3, width=38))
    assert dump_margin(set_in) == 2
    pdf = (LineLayout(indent=2, width=40, x0=72.0, y0=700.0, x1=500.0, y1=712.0),) * 2
    assert dump_margin(pdf) == 0


def test_masthead_line_over_columns_is_no_wrap_of_the_first_headline(tmp_path: Path) -> None:
    # fresh-user trial 61d: the issue line, as wide as a column, had taken the left column's first headline as its wrap
    talk = one_talk(DATA / "ja_masthead_over_columns.txt", tmp_path)
    assert "2026年5月 発行：さくら台自治会" in [p["text"] for p in talk["paper"]["front"]]
    assert [title for title, _ in sections_of(talk)] == ["春の清掃活動のご報告", "夏祭りの準備会"]
