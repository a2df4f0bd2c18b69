"""Helper furn70 (issue 16 point 4: page furniture in a PDF), after fresh-user trial 69d's note.

(a) A line recurring in a page's head or foot band is a running head or foot only where its copies are one text but
    for one number (the folio, a chapter's number) and it is not set as a line of the text (the body's size, one
    line pitch from its neighbour): a table's row continued over the pages (``小計 11 15`` / ``小計 12 18``, a first
    figure that happens to keep step with the pages) and the first lines of two pages of running text that name their
    page stay content (``furniture_model.numbered_as_running_line``, read by extract and by segment's dump
    rules; ``extract.furniture._among_body_lines``).
(b) A PDF's running head put back as its title (``segment.furniture.titles_set_aside``) is cleaned as a line of the
    text is (``clean.clean_set_aside``: width, half-width kana, …), what clean changed recorded in the ledger, and
    its lost glyph is restored as any title's.

Inputs (made with reportlab and by hand: tests/data/furn70/make_a.py, make_b.py) are copies of
/work/regress/in_furn70/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_pdf

DATA = Path(__file__).parent / "data" / "furn70"
FURNITURE = ("running-header", "running-footer", "page-number")


def _extracted(name):
    from pipeline.extract import extract

    return extract((DATA / name).read_bytes(), name=name)


def _set_aside(name):
    return [(str(r.reason), r.text) for r in _extracted(name).ledger if str(r.reason) in FURNITURE]


def _placed_text(doc):
    from pipeline.segment.conservation import places

    return "\n".join(t.text for talk in doc.talks for t in places(talk)) + "\n".join(t.text for t in doc.unassigned)


@pytest.mark.parametrize("name, rows", [
    # a two-page report's subtotal row set apart at each page's foot, its first figure one more on page 2
    ("a1_ja_subtotal_2p.pdf", ["小計\u300011\u300015", "小計\u300012\u300018"]),
    # a three-page ledger's subtotal row at each foot, and its header row repeated at the top of pages 2 and 3 among
    # the rows (the body's size and pitch)
    ("a2_en_subtotal_3p.pdf", ["Subtotal  1  13", "Subtotal  2  16", "Subtotal  3  19", "Week  Receipts  Payments"]),
    # a three-page ledger: its balance brought forward atop pages 2 and 3 and carried forward at the foot of pages 1
    # and 2 (its thousands keeping step with the pages), and its first rows, at the body's size and pitch
    ("a3_ja_brought_forward_3p.pdf", ["前頁より繰越\u30001,240\u30002,310", "前頁より繰越\u30002,480\u30004,620",
                                      "次頁へ繰越\u30001,240\u30002,310", "次頁へ繰越\u30002,480\u30004,620",
                                      "5月2日\u3000114\u300056", "6月3日\u3000121\u300059", "7月3日\u3000121\u300059"]),
    # a total row under each page's rows, at the rows' pitch: a line closing both pages to a dump's reading
    ("a4_en_total_2p.pdf", ["Total 41  950", "Total 42  1000"]),
    # a line of running text atop each page naming its page (``… of page 1 …``), the body's size and pitch
    ("a5_en_body_lines_page.pdf", ["Paragraph line 1 of page 1 in the running text.",
                                   "Paragraph line 1 of page 2 in the running text."]),
])
def test_a_row_whose_figures_step_with_the_page_is_content(name, rows):
    aside = [text for _, text in _set_aside(name)]
    assert not [row for row in rows if row in aside]
    placed = _placed_text(segment_pdf((DATA / name).read_bytes(), name=name))
    for row in rows:
        assert "".join(row.split()) in "".join(placed.split())  # clean parts cells by TABs, closes up spaces


@pytest.mark.parametrize("name, furniture", [
    ("n1_en_head_with_page.pdf", [("running-header", "Proceedings of the Harbour Forum 2024, p. 12"),
                                  ("running-header", "Proceedings of the Harbour Forum 2024, p. 13")]),
    ("n2_en_dash_folio.pdf", [("page-number", "- 3 -"), ("page-number", "- 4 -")]),
    ("n3_en_page_of.pdf", [("page-number", f"Page {n} of 3") for n in (1, 2, 3)]),
    ("n4_ja_head_folio.pdf", [("running-header", f"第12回 水辺都市会議 論文集\u3000{n}") for n in (1, 2)]),
])
def test_true_running_heads_and_folios_stay_furniture(name, furniture):
    assert _set_aside(name) == furniture


def test_a_head_with_its_folio_changes_one_field_a_table_row_more():
    from pipeline.furniture_model import numbered_as_running_line as running

    assert running([(1, [1, 3]), (2, [2, 3]), (3, [3, 3])])  # Page 1 of 3 …
    assert running([(3, [2, 4]), (4, [2, 5]), (5, [3, 6])])  # 第2章 方法 4 … 第3章 結果 6
    assert not running([(1, [12, 15]), (2, [14, 18])])  # 合計 12 15 / 合計 14 18
    assert not running([(1, [41, 950]), (2, [42, 1000])])  # Total 41 950 / Total 42 1000: 41, 42 the folio, not 950


def _dump(pages):
    return "\f".join("\n".join(page) + "\n" for page in pages)


@pytest.mark.parametrize("pages, rows", [
    # a text dump of a two-page table, its subtotal row closing each page
    ([["令和7年度　施設利用状況", "", "本市の施設の利用者数をまとめた。", "", "施設名　前年度　今年度", "市民会館　1,200　1,350",
       "体育館　980　1,020", "小計　11　15"],
      ["施設名　前年度　今年度", "公民館　420　480", "図書館　610　650", "小計　12　18"]],
     ["小計\u300011\u300015", "小計\u300012\u300018"]),
    # three pages, a running subtotal closing each, its first figure the page's number
    ([["Harbour Fund Ledger", "", "The fund's receipts are listed below.", "", "Week 1  1037  411", "Subtotal  1  13"],
      ["Week 2  1074  422", "Week 3  1111  433", "Subtotal  2  16"],
      ["Week 4  1148  444", "Week 5  1185  455", "Subtotal  3  19"]],
     ["Subtotal  1  13", "Subtotal  2  16", "Subtotal  3  19"]),
])
def test_a_dumps_row_whose_figures_change_page_to_page_is_content(pages, rows):
    from segmenting import segment_text

    doc = segment_text(_dump(pages))
    aside = [r.text for r in doc.ledger if str(r.reason) in FURNITURE]
    assert not [row for row in rows if row in aside]


def test_a_dumps_running_foot_with_its_folio_stays_furniture():
    from segmenting import segment_text

    pages = [["Harbour Fund Ledger", "", "The fund's receipts are listed below in full.", "Harbour Bulletin 2024, p. 1"],
             ["More receipts are listed on this page of the ledger.", "Harbour Bulletin 2024, p. 2"],
             ["The last receipts close the ledger of the fund.", "Harbour Bulletin 2024, p. 3"]]
    doc = segment_text(_dump(pages))
    assert [r.text for r in doc.ledger if str(r.reason) in FURNITURE] == [f"Harbour Bulletin 2024, p. {n}" for n in (1, 2, 3)]


@pytest.mark.parametrize("name, title, cleaned", [
    # full-width digits and letters, as clean's width rule writes them in the text
    ("b4_ja_head_fullwidth.pdf", "令和6年度\u3000みどり市ICT推進計画", ["６", "ＩＣＴ"]),
    # half-width katakana, its voiced mark composed
    ("b5_ja_head_halfwidth_kana.pdf", "令和7年度\u3000コミュニティバス運行計画", ["７", "ｺﾐｭﾆﾃｨﾊﾞｽ"]),
])
def test_a_running_head_put_back_as_the_title_is_cleaned(name, title, cleaned):
    doc = segment_pdf((DATA / name).read_bytes(), name=name)
    [talk] = doc.talks
    assert talk.title.ja.text == title
    # what clean changed in the copy is in the ledger, as for a line of the text; the later copies stay raw furniture
    widths = [r.text for r in doc.ledger if str(r.rule) == "normalise_width" and r.line == 1]
    assert "".join(widths) == "".join(cleaned)
    heads = [r for r in doc.ledger if str(r.reason) == "running-header"]
    assert heads and all(r.line != 1 for r in heads)


def test_a_running_head_title_with_a_lost_glyph_is_cleaned_and_restored():
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.restore import restore
    from pipeline.segment import segment

    name = "b6_ja_head_fullwidth_and_cid.pdf"
    restored = restore(segment(clean(extract((DATA / name).read_bytes(), name=name))))
    [talk] = restored.talks
    assert talk.talk.title.ja.text == "令和6年度\u3000地域公共交通計画\u3000中間報告"
    [repair] = [r for r in talk.repairs if r.line == 1]
    assert (repair.original, repair.restored, repair.cids) == ("\ufffd", "報", (300,))


def test_a_journal_head_over_a_title_of_its_own_stays_raw_furniture():
    name = "n5_ja_journal_head_over_title.pdf"
    doc = segment_pdf((DATA / name).read_bytes(), name=name)
    [talk] = doc.talks
    assert talk.title.ja.text == "中山間地域における買い物支援の実態"
    assert [r.text for r in doc.ledger if str(r.reason) == "running-header"] == ["地域政策研究\u3000第１２巻\u3000\ufffd号"] * 2
    assert not [r for r in doc.ledger if str(r.rule) == "normalise_width" and r.line == 1]
