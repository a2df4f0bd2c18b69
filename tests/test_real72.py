"""Real Japanese manuals' structure (helper real72, issue 16 on real PDFs; the texlive-lang-japanese manuals rebuilt
in /work/regress/real72, outside the repository). Inputs made by ``tests/data/real72/make.py``.

- A part's label alone over its name (``第I部`` / ``pTEXの日本語組版と追加プリミティブ``, ``第二部`` / ``命令の一覧``) is
  one unnumbered level-1 heading, its title the name, as ``Part II`` / ``Case Studies`` is; the last part of the
  series holds no numbered chapter (``第III部`` / ``出力ファイルの形式``) and is one too.
- A table's row under its caption (``表1 …``) set larger than the body (``組版例⇥銀は、Ag``) heads nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk_of, paragraph_texts, segment_text

DATA = Path(__file__).parent / "data" / "real72"


def _heads(talk):
    return [(s.number, s.level, s.title.text, s.heading.text) for s in talk.sections]


@pytest.mark.parametrize("name, parts", [
    ("p1_parts.pdf", [("第I部", "基本的な使い方"), ("第II部", "upTEXの拡張機能"), ("第III部", "出力ファイルの形式")]),
    ("p2_parts_kanji.pdf", [("第一部", "概要"), ("第二部", "命令の一覧"), ("第三部", "付録の資料")]),
])
def test_a_parts_label_over_its_name_is_one_heading(name, parts):
    talk, _ = only_talk_of(DATA / name)
    (a, b, c) = parts
    # (the chapters stand one level under their part since helper white85: level 2; the part numbered as its
    # chapters are since helper newsb85)
    assert _heads(talk) == [("1", 1, a[1], f"{a[0]} {a[1]}"), ("1", 2, "文字の入力", "1 文字の入力"),
                            ("2", 2, "出力の形式", "2 出力の形式"), ("2", 1, b[1], f"{b[0]} {b[1]}"),
                            ("3", 2, "追加の命令", "3 追加の命令"), ("3", 1, c[1], f"{c[0]} {c[1]}")]
    assert not any(p.text.startswith("第") for p in talk.front)
    assert [len(s.paragraphs) for s in talk.sections][-1] == 1


def test_a_sentence_or_a_committee_naming_a_part_heads_nothing():
    text = ("1 はじめに\n\n本年度の活動を報告する。\n\n2 活動\n\n第2部では、各部会の活動を述べる。\n\n第1部会\n\n"
            "部会は三回開かれた。\n\n3 まとめ\n\n次年度も活動を続ける。\n")
    [talk] = segment_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("name", ["t1_table_row.pdf", "t2_table_row.pdf", "t3_table_row_caption_under.pdf"])
def test_a_tables_row_set_large_under_its_caption_heads_nothing(name):
    talk, _ = only_talk_of(DATA / name)
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "組方向"), ("2", "ベースライン補正")]
    assert paragraph_texts(talk)[-2].startswith("表の組版例のとおり")


@pytest.mark.parametrize("name", ["c1_committee.pdf", "c2_committee_dr.pdf"])
def test_a_thesis_committee_on_its_approval_page_opens_no_second_document(name):
    from segmenting import segment_file

    doc = segment_file(DATA / name)
    assert [t.title.en.text for t in doc.talks] == ["THE TIDES OF A SMALL HARBOUR"]
    assert [s.title.text for s in doc.talks[0].sections][-2:] == ["ABSTRACT", "INTRODUCTION"]


def test_a_preface_signed_with_e_mail_addresses_opens_no_second_document():
    from segmenting import segment_file

    doc = segment_file(DATA / "c3_signed_preface.pdf")
    assert [t.title.ja.text for t in doc.talks] == ["組版入門への道"]
    assert [s.number for s in doc.talks[0].sections] == ["1", "2"]


@pytest.fixture(scope="module")
def ptex_manual():
    talk, _ = only_talk_of(DATA / "ptex-manual.pdf")
    return talk


def test_ptex_manuals_parts_are_headings(ptex_manual):
    parts = [(s.title.text, s.heading.text) for s in ptex_manual.sections if s.heading.text.startswith("第")]
    assert parts == [("pTEXの日本語組版と追加プリミティブ", "第I部 pTEXの日本語組版と追加プリミティブ"),
                     ("オリジナルのTEX互換プリミティブの動作", "第II部 オリジナルのTEX互換プリミティブの動作"),
                     ("pTEXの出力するDVIフォーマット", "第III部 pTEXの出力するDVIフォーマット")]
    assert "第I部" not in [t.text for t in ptex_manual.front]


def test_ptex_manuals_table_row_heads_nothing(ptex_manual):
    assert not [s.title.text for s in ptex_manual.sections if s.title.text.startswith("組版例")]
    assert [s.number for s in ptex_manual.sections if s.number in ("5", "6")] == ["5", "6"]


def test_a_line_justified_to_the_edge_in_a_latin_face_goes_on(ptex_manual):
    # ``…18 (other kchar) のカテゴリー`` read in TeXGyrePagella at 10.91 pt over ``コードのいずれかが…`` at 10.09 pt
    texts = paragraph_texts(ptex_manual)
    assert not [p for p in texts if p.endswith("カテゴリー")]
    assert any("のカテゴリーコードのいずれかが割り当てられている" in p for p in texts)


def test_a_decks_headline_line_on_one_page_is_furniture():
    # beamer's subsection name under the section names on its one page; the button at the page's foot stays
    talk, ledger = only_talk_of(DATA / "d1_deck_headline.pdf")
    slide = [s for s in talk.slides if s.title is not None and s.title.text == "Good news about path phylogenies"][0]
    assert [t.text for t in slide.lines] == ["Optimal partitions can be computed in polynomial time.", "Nice.",
                                             "The algorithm in action"]
    assert ("running-header", "Tractability of Partitioning") in [(str(r.reason), r.text) for r in ledger]
