"""Japanese white papers and symposium abstract booklets (issue 16 points 2 and 4, helper white85).

Inputs: fresh-user trial 84b's ``hakusho_kanko.txt`` (a 観光白書 excerpt) and ``symp_umi.txt`` (a booklet of three
abstracts), and made-up variants in ``tests/data/white85/`` (their expected readings, written before any run, in
``/work/regress/in_white85/*.expected.md``):

- a white paper's part (``第Ⅰ部``, ``第1部``) stands over its chapters (``第1章``) and they over their sections
  (``第1節``): levels 1, 2, 3; a ``コラム`` box (``コラム１``, ``【コラム】``) is a section of its own; a ``図表1-2-1``
  line right over a table is the table's ``caption``; the running title under the last folio is page furniture;
- a booklet's first folio (``－ 1 －``, ``- 1 -``, ``― 1 ―``) goes to the ledger as the later ones do, and its first
  abstract under the cover is a talk numbered by its ``講演1``, no slides of the cover.
"""

from pathlib import Path

import pytest

from pipeline.model import Text
from segmenting import only_talk_of, segment_file

DATA = Path(__file__).parent / "data" / "white85"


def _levels(talk):
    return [(s.number, s.level, s.title.text) for s in talk.sections]


def _ledger_texts(doc):
    return [r.text for r in doc.ledger]


def test_white_paper_parts_chapters_sections_and_column():
    talk, _ = only_talk_of(DATA / "hakusho_kanko.txt")
    # (the part's number "1" since helper newsb85: a part holding its numbered chapters is numbered as they are)
    assert _levels(talk) == [("1", 1, "観光の動向"), ("1", 2, "訪日外国人旅行の動向"), ("1.1", 3, "訪日外国人旅行者数の推移"),
                             ("1.2", 3, "訪日外国人旅行消費額"), (None, 3, "コラム　地方部への誘客に向けた取組"),
                             ("2", 2, "国内旅行の動向"), ("2.1", 3, "日本人国内旅行の状況")]
    # the column's text is its own, not 第2節's
    assert not any(p.text.startswith(("コラム", "訪日外国人旅行者の宿泊")) for p in talk.sections[3].paragraphs)
    assert talk.sections[4].paragraphs[0].text.startswith("訪日外国人旅行者の宿泊")


def test_white_paper_running_title_after_last_folio_is_furniture():
    talk, ledger = only_talk_of(DATA / "hakusho_kanko.txt")
    texts = [p.text for s in talk.sections for p in s.paragraphs]
    assert "令和8年版　観光白書" not in texts
    assert any(r.text == "令和8年版\u3000観光白書" and r.rule == "page_furniture" for r in ledger)


@pytest.mark.parametrize("name, expected", [
    ("w1_kankyo.txt", [("1", 1, "総合的な施策等に関する報告"), ("1", 2, "気候変動への対応"), ("1.1", 3, "温室効果ガス排出量の推移"),
                       ("1.2", 3, "地域の脱炭素の取組"), (None, 3, "コラム1　屋根置き太陽光発電の共同購入"),
                       ("2", 2, "循環型社会の形成"), ("2.1", 3, "一般廃棄物の排出量")]),
    ("w2_suisan.txt", [("2", 1, "令和7年度の水産の動向"), ("1", 2, "水産資源と漁業生産"), (None, 3, "【コラム】　サンマの不漁とその背景"),
                       ("1.1", 3, "漁業・養殖業の生産量"), ("1.2", 3, "水産物の消費"), ("2", 2, "漁業の担い手"),
                       ("2.1", 3, "漁業就業者の動向")]),
])
def test_made_up_white_papers(name, expected):
    talk, _ = only_talk_of(DATA / name)
    assert _levels(talk) == expected


def test_zuhyo_line_over_a_table_is_its_caption():
    from pipeline.structure import paragraphs, table_caption

    texts = [Text.from_raw(s, n) for n, s in enumerate(["図表1-2-1　費目別にみる旅行消費額（2025年）", "費目\t金額（億円）",
                                                       "宿泊費\t34,496", "買物代\t27,244"], 1)]
    out = paragraphs(texts, [(1, 3)], mode="C", lang="ja")
    assert [p.kind for p in out] == [None, "table"] and out[1].caption == "図表1-2-1　費目別にみる旅行消費額（2025年）"
    assert not table_caption("図表1-2-1に示すとおり、消費額は増えた。")


@pytest.mark.parametrize("name, numbers, folios", [
    ("symp_umi.txt", ["1", "2", "3"], ["－ 1 －", "－ 2 －", "－ 3 －", "－ 4 －"]),
    ("s1_kaigan.txt", ["1", "2"], ["- 1 -", "- 2 -", "- 3 -"]),
    ("s2_dash.txt", ["1", "2"], ["― 1 ―", "― 2 ―", "― 3 ―"]),
    ("s3_kasen.txt", ["1", "2", "3"], ["－ 1 －", "－ 2 －", "－ 3 －", "－ 4 －"]),
])
def test_booklet_folios_all_furniture_and_first_abstract_a_talk(name, numbers, folios):
    doc = segment_file(DATA / name)
    assert [t.number for t in doc.talks] == numbers
    assert all(not t.slides for t in doc.talks)
    fronts = [f.text for t in doc.talks for f in t.front]
    assert not any(f in fronts for f in folios)
    assert all(f in _ledger_texts(doc) for f in folios)
    assert doc.talks[0].speaker.text is not None


def test_near_misses_thesis_and_sentences_unchanged():
    """Near miss (passes on base and branch): a thesis with 第1章/第1節 and no part keeps levels 1 and 2; a sentence
    opening on コラム, and one naming 図表2-1, stay paragraphs."""
    talk, _ = only_talk_of(DATA / "n1_thesis.txt")
    assert _levels(talk) == [("1", 1, "序論"), ("1.1", 2, "研究の背景"), ("1.2", 2, "研究の目的"), ("2", 1, "方法"),
                             ("2.1", 2, "調査地")]
    talk, _ = only_talk_of(DATA / "n2_column_sentence.txt")
    assert _levels(talk) == [("1", 1, "はじめに"), ("2", 1, "事例")]
