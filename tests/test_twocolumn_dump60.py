"""A text dump of a page in two columns side by side (``pdftotext -layout``) is read column by column (issue 16 points
2 and 4; fresh-user trial 59's ``twocol_dump.txt``): extract finds each block of columns from its white channel
(``pipeline/extract/dumpcolumns.py``), clean reads the left column before the right one, every character keeping its
raw position, and segment joins each column's wraps by the column's own measure. Near-misses (a table, code, a
contents list, speaker lines, double spaces after sentences, a form, a glossary, indented notes) are left as they were.
"""

from pathlib import Path

import pytest

from pipeline.extract import extract
from pipeline.extract.dumpcolumns import find_columns
from pipeline.extract.common import split_lines
from pipeline.model import LineLayout, Text
from pipeline.segment.layout import Layout
from reliability import one_talk, sections_of

DATA = Path(__file__).parent / "data" / "twocolumn60"




def test_trial_dump_reads_each_column_whole(tmp_path: Path) -> None:
    talk = one_talk(DATA / "trial59_twocol.txt", tmp_path)
    assert sections_of(talk) == [
        ("はじめに", ["地方都市では路線バスの利用者が減少し、路線の廃止が相次いでいる。本稿では、路線再編の効果を検討する。"]),
        ("先行研究", ["再編の効果については、利用者数の増加を報告する研究が多い(1)。"]),
        ("事例分析", ["高松市では2022年に路線を再編し、幹線と支線に分けた。幹線の運行本数は1.5倍になった。"]),
        ("おわりに", ["再編後、利用者数は8％増加した。今後は支線の維持が課題となる。"]),
    ]
    assert talk["title"]["ja"] == "地域公共交通の再編に関する一考察"


def test_japanese_unequal_columns_sections_across_the_gutter(tmp_path: Path) -> None:
    talk = one_talk(DATA / "pos_ja_unequal.txt", tmp_path)
    assert [title for title, _ in sections_of(talk)] == ["研究の背景", "調査の方法", "結果", "まとめ"]
    assert sections_of(talk)[1][1] == ["本研究では、松江市の中心市街地を対象に、空き店舗の所有者への聞き取り調査を行った。",
                                      "調査は2023年の夏に実施し、計四十二件の回答を得た。回答者の多くは高齢であった。"]
    assert sections_of(talk)[0][1][1] == "一方で、観光客の増加を背景に、古い町家を活用した店舗の開業も見られる。"


def test_english_columns_on_two_pages_joined_at_the_columns_measure(tmp_path: Path) -> None:
    talk = one_talk(DATA / "pos_en_formfeed.txt", tmp_path)
    sections = sections_of(talk)
    assert [title for title, _ in sections] == ["Introduction", "Data", "Results", "Discussion", "Conclusion"]
    assert sections[0][1] == ["Coastal towns in the north of Scotland have lost many of their ferry links since the early "
                              "nineties. This paper asks how the remaining routes are used by residents and by visitors "
                              "during the summer season."]
    assert sections[3][1] == ["The seasonal pattern suggests that timetables planned around visitors may leave residents "
                              "with fewer useful sailings in winter, when the weather is worst."]
    assert talk["title"]["en"] == "Who Rides the Northern Ferries? Evidence from Two Summers"


def test_mixed_narrow_columns_under_a_full_width_paragraph(tmp_path: Path) -> None:
    talk = one_talk(DATA / "pos_mixed_narrow.txt", tmp_path)
    sections = sections_of(talk)
    assert [title for title, _ in sections] == ["現状", "課題", "施策", "展望"]
    assert sections[0][1][0] == "観光客数は年々増加しているが、宿泊を伴う観光客の割合は低い。日帰り客が多い。"
    assert sections[3][1] == ["Visitors from abroad are expected to grow, and 多言語の案内を整える。"]
    assert talk["paper"]["front"][0]["text"].startswith("本稿は、市の観光振興計画の中間報告として")


@pytest.mark.parametrize("name, paragraphs", [
    ("pos_ja_indented_longleft.txt", [["本市では、二〇二二年度より地域公共交通計画の見直しを進めてきた。路線バスの利用者は減り続けており、運転士の不足も深刻である。",
                                       "本報告では、デマンド交通の実証運行の結果を報告する。"],
                                      ["実証運行は北部の三地区で半年間行った。"]]),
    ("pos_ja_narrow_tight.txt", [["観光客数は年々増加しているが、宿泊を伴う観光客の割合は低い。", "日帰り客の多くは、駅周辺のみを訪れている。"],
                                 ["郊外への路線バスは本数が少なく、観光客には使いにくい。"],
                                 ["郊外の宿泊施設と連携し、周遊型の観光を促す。", "案内の多言語化も進めていく。"],
                                 ["計画の進み具合は、毎年度末に市のホームページで公表する。"]]),
])
def test_each_columns_own_wraps_are_joined(tmp_path: Path, name: str, paragraphs: list[list[str]]) -> None:
    assert [texts for _, texts in sections_of(one_talk(DATA / name, tmp_path))] == paragraphs


@pytest.mark.parametrize("name", ["neg_table_ja.txt", "neg_code.txt", "neg_contents_ja.txt", "neg_speakers_ja.txt",
                                  "neg_double_space_en.txt", "neg_form_en.txt", "neg_onecol_indent_ja.txt",
                                  "neg_glossary_en.txt"])
def test_near_misses_are_no_columns(name: str) -> None:
    data = (DATA / name).read_bytes()
    assert find_columns(split_lines(data.decode())) == ()
    assert extract(data, name=name).columns == ()


def test_extract_records_the_block_and_its_cuts() -> None:
    doc = extract((DATA / "trial59_twocol.txt").read_bytes(), name="twocol.txt")
    block, = doc.columns
    assert (block.first, block.last, block.channel) == (5, 12, (34, 42))
    assert any("lines 5–12: two columns side by side" in note for note in doc.notes)


def test_a_columns_own_blank_line_ends_its_box() -> None:
    lay = Layout((LineLayout(cut=4),) * 2 + (LineLayout(cut=4, empty_columns=(0,)),) + (LineLayout(cut=4),), ())
    left_2, left_4 = Text.from_raw("ab", 2), Text.from_raw("cd", 4)
    right_2, right_4 = Text.from_raw("ef", 2, 4), Text.from_raw("gh", 4, 4)
    assert not lay.same_box(left_2, left_4)  # the left column is blank on line 3
    assert lay.same_box(right_2, right_4)
    assert not lay.same_box(left_2, right_2)  # two columns of one raw line are two boxes
