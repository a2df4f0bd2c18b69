"""Issue 16 point 4 (helper para80, fresh-user trial 80a's poster abstracts): a Japanese line that fills the measure
and ends in ``。`` goes on into the next line where the document never starts a paragraph flush after another's end,
read over the whole document when one talk is too short to show it (an abstract of one paragraph), and the measure a
talk too short to show one takes is the document's running text's (``measures.prose_measure``)."""

from __future__ import annotations

from pathlib import Path

from tests.segmenting import paragraph_texts, segment_file

DATA = Path(__file__).parent / "data" / "para80"


def _paragraphs(name: str) -> list[list[str]]:
    return [paragraph_texts(talk) for talk in segment_file(DATA / name).talks]


def test_abstract_wrapped_at_a_sentence_end_is_one_paragraph():
    # each abstract ends on a short line over a blank one: a full line's 。 inside it is where a wrap fell
    talks = _paragraphs("abstracts_flush.txt")
    assert [len(t) for t in talks] == [1, 1, 1]
    assert talks[0][0] == ("福井市内の路線バス十二系統を対象に、運行本数と一日あたりの利用者数を比べてみた。"
                           "運行本数が一日二十本を下回る系統では、利用者数が急に減る傾向が見られた。")
    assert talks[1][0].startswith("市内に住む高齢者五百人に") and talks[1][0].endswith("少なくなっていた。")


def test_poster_abstracts_take_the_measure_of_the_documents_prose():
    # trial 80a: no talk's body shows a measure alone (P-03's one full line), the booklet's prose does (80 columns)
    talks = _paragraphs("posters.txt")
    japanese = [[p for p in t if not p.isascii() and "Nitrate" not in p and "Two in" not in p] for t in talks]
    assert [len(t) for t in japanese] == [1, 1, 1]
    assert japanese[0][0].endswith("採水を行った。硝酸態窒\ufffd濃度は冬季に高く、夏季に低い傾向を示し、上流の農地からの流出の影響が示唆された。")
    assert japanese[2][0].endswith("流出水を比較した。亜鉛と銅の除去率はそれぞれ平均68％、55％であった。")


def test_prose_measure_reads_only_running_text():
    from pipeline.model import Text
    from pipeline.segment.layout import Layout
    from pipeline.segment.measures import paper_measure, prose_measure

    lines = [Text.from_raw(s, n) for n, s in enumerate(
        ["第5回 地域交通研究会 発表要旨集", "A-1", "路線バスの利用者数と運行本数の関係", "○川口 直樹¹，吉田 美咲¹",
         "¹福井工業大学 環境学部 都市工学科", "あ" * 20 + "、" + "か" * 19, "い" * 30 + "。",
         "A-2", "高齢者の外出頻度と停留所までの距離", "○松田 恵理¹，大西 浩²", "¹北陸大学 社会学部，²福井県交通政策課",
         "う" * 39 + "。", "え" * 25 + "。"], 1)]
    assert paper_measure(lines, Layout.plain()) is None
    assert prose_measure(lines, Layout.plain()) == 80


# near misses: unchanged from the base (pass there too)

def test_writer_who_starts_paragraphs_flush_keeps_a_full_lines_break():
    # A-2 starts a paragraph flush after a short end: the document shows no habit, a full line's 。 stays an end
    talks = _paragraphs("abstracts_mixed.txt")
    assert [len(t) for t in talks] == [2, 3, 1]


def test_indented_paragraphs_decide_by_the_indent():
    [talk] = _paragraphs("indented.txt")
    assert len(talk) == 4
    assert talk[0].endswith("暮らしてきた。しかし近年は手入れをする人が減り、竹林が広がって森が暗くなってきている。")
    assert talk[2].endswith("数多く見られた。") and talk[3].startswith("伐採した竹は")


def test_paragraphs_of_one_full_line_each_stay_apart():
    [talk] = _paragraphs("one_line_paragraphs.txt")
    assert len(talk) == 5


def test_english_abstracts_unchanged():
    talks = _paragraphs("english_abstracts.txt")
    assert [len(t) for t in talks] == [1, 1]
