"""Glyphs pdfminer stacks that are no vertical writing, and small-print feet on some pages only (issue 16, helper
vert67; fresh-user trial 67c's ``a2_proc_tsukuba.pdf``). Made-up ReportLab inputs in tests/data/vert67 (made by
``make.py`` there; also under /work/regress/in_vert67/).

- A line's number (or letter) alone on its line, at the x of the next line's first letter, stays its own line and
  the next line keeps its first letter: ``1`` ⎵ ``Internationalisation of a Science City``, not ``1 I`` ⎵
  ``nternationalisation …`` (English, Japanese, full-width digits, letters, margin numbers).
- A real vertical page, a two-kanji label down a margin and a two-glyph label in a vertical font stay vertical.
- The same small-print line at the foot (or head) of half the pages, apart from the text, is furniture; a small
  note close under a table stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

INPUTS = Path(__file__).parent / "data" / "vert67"


def _extracted(name):
    from pipeline.extract import extract

    return extract((INPUTS / name).read_bytes(), name=name)


def _lines(name):
    return [line for line in _extracted(name).lines if line]


def _dropped(name):
    return [(row.text, str(row.reason.value)) for row in _extracted(name).ledger]


@pytest.mark.parametrize(("name", "expected"), [
    ("trial67c_tsukuba.pdf", ["1", "Internationalisation of a Science City", "2", "Some 20,000 researchers work in Tsukuba",
                              "3", "Over 10,000 foreign residents from 130 countries"]),
    ("s1_deck_en.pdf", ["1", "Opening the waterfront to walkers", "2", "Three new ferry links", "3",
                        "Housing above the old warehouses", "4", "Questions from residents"]),
    ("s2_steps_ja.pdf", ["１", "窓口で申請書を受け取る", "２", "必要事項を記入する", "３", "本人確認書類を添えて提出する"]),
    ("s3_mixed.pdf", ["1", "姉妹都市との学生交流", "2", "オンライン市民講座", "3", "Exchange of city staff",
                      "A", "Uptake of the bus pass rose by a third", "B", "Opening hours were extended"]),
    ("s4_margin_numbers.pdf", ["1", "Apologies were received from two members.", "Noted without further comment.", "2",
                               "The minutes of the last meeting were agreed."]),
])
def test_a_number_over_a_line_stays_its_own_line(name, expected):
    lines = _lines(name)
    start = lines.index(expected[0])
    assert lines[start:start + len(expected)] == expected


def test_the_unstacked_lines_are_horizontal():
    extracted = _extracted("s1_deck_en.pdf")
    assert not any(layout.vertical for line, layout in zip(extracted.lines, extracted.layout) if line)


def test_a_vertical_page_still_reads_in_columns():
    extracted = _extracted("n1_vertical_ja.pdf")
    assert [line for line in extracted.lines if line] == [
        "春の訪れとともに、川沿いの桜並木が色づき始めた。", "市では今年も花見の期間中に臨時バスを運行する。",
        "混雑が予想されるため、公共交通機関をご利用ください。", "ごみは各自でお持ち帰りいただくようお願いします。"]
    assert all(layout.vertical for line, layout in zip(extracted.lines, extracted.layout) if line)


def test_short_vertical_labels_stay_vertical():
    extracted = _extracted("n2_vertical_label.pdf")
    lines = [line for line in extracted.lines if line]
    assert "注意" in lines and "目次" in lines
    vertical = {line for line, layout in zip(extracted.lines, extracted.layout) if line and layout.vertical}
    assert vertical == {"注意", "目次"}


@pytest.mark.parametrize(("name", "line", "reason"), [
    ("trial67c_tsukuba.pdf", "都市国際化シンポジウム 2026", "running-footer"),
    ("f1_foot_ja.pdf", "地域交流フォーラム 2026 講演録", "running-footer"),
    ("f2_foot_en.pdf", "Westfield Housing Trust - Tenant Survey Report", "running-footer"),
    ("f3_head_ja.pdf", "市民活動レポート 第8号", "running-header"),
])
def test_a_small_print_line_on_half_the_pages_apart_from_the_text_is_furniture(name, line, reason):
    assert _dropped(name).count((line, reason)) == 2


def test_a_small_note_under_a_table_stays():
    assert _lines("n3_note_content.pdf").count("Source: City household survey 2025") == 2
