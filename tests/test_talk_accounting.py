"""Nothing lost, read from the talk JSON alone: every raw character stands in exactly one talk JSON.

A raw character is held by a talk when one of the talk's strings has it in
its origin map, or one of its ``dropped`` rows or ``repairs`` covers it
(``reliability.talk_json_accounting``). The ideographic space counts as a
character; other white space is layout. Run on every local field case and
PDF, the made-up inputs of the fresh-user trial (``tests/trial/``), a PDF
made here with a running header above its first talk, and the sample.
(``tests/test_clean_field.py`` runs the same check on ``shared/``.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdfmaker import text_pdf
from reliability import accounting, raw_and_talks, talk_json_accounting

from pipeline import files

TESTS = Path(__file__).parent
INPUTS = sorted([*TESTS.glob("field/*.txt"), *TESTS.glob("field/*.pdf"), *TESTS.glob("pdfs/*.pdf"),
                 *TESTS.glob("trial/*.txt")])

HEADER = ("ja", "第3回 沿岸都市交流フォーラム 講演録")
HEADED_PDF_PAGES = [
    [HEADER, ("ja", "浜松市"), ("ja", "港と湖のまちの国際交流"), ("ja", "浜松市国際課長 鈴木 花子"), ("ja", "1. はじめに"),
     ("ja", "浜松市は静岡県の西部に位置し、楽器と自動車の産業で知られる。"), ("en", "1")],
    [HEADER, ("ja", "2. 交流の歩み"), ("ja", "本市は1981年に米国の都市と姉妹都市提携を結んだ。"), ("en", "2")],
    [HEADER, ("en", "International Exchange of a Lake Town"), ("en", "Hamamatsu City"), ("en", "Thank you"), ("en", "3")],
]


@pytest.mark.parametrize("path", INPUTS, ids=[f"{p.parent.name}/{p.name}" for p in INPUTS])
def test_every_raw_character_stands_in_exactly_one_talk_json(path, tmp_path):
    assert accounting(path, tmp_path)[2] == []


def test_running_header_above_the_first_talk_is_in_its_dropped(tmp_path):
    """A PDF's running header set aside by extract above the first talk's first kept line (trial fault 1)."""
    path = tmp_path / "headed.pdf"
    path.write_bytes(text_pdf(HEADED_PDF_PAGES))
    raw, (talk,), problems = accounting(path, tmp_path / "out")
    assert problems == []
    assert talk["source"]["first_line"] > 1  # the header is outside the talk's range …
    headers = [d for d in talk["dropped"] if d["text"] == HEADER[1]]
    assert [d["source"]["line"] for d in headers][0] == 1  # … and still in its dropped
    assert len(headers) == 3 and {d["reason"] for d in headers} == {"running-header"}


def test_rows_above_the_first_talk_go_to_the_first_of_two_talks(tmp_path):
    raw, talks, problems = accounting(TESTS / "trial" / "header-above-first-talk.txt", tmp_path)
    assert problems == []
    assert [t["source"]["first_line"] for t in talks] == [2, 21]
    line_one = [(t["id"], d["text"]) for t in talks for d in t["dropped"] if d["source"]["line"] == 1]
    assert line_one == [(talks[0]["id"], "第3回 沿岸都市交流フォーラム 講演録")]


def test_the_sample_talks_hold_every_raw_character_once(sample_run):
    raw, talks = raw_and_talks(sample_run.out, TESTS.parent / "raw" / f"{sample_run.stem}.txt")
    assert len(talks) == 2
    assert talk_json_accounting(raw, talks) == []


def test_ideographic_indent_is_a_dropped_row_and_stays_in_the_layout(tmp_path):
    """Trial fault 13: the leading ``　`` of each paragraph left the text with no row. It is a row now
    (``strip_ideographic_padding``, reason ``indent``; ``padding`` at a line's end); one inside a line stays."""
    path = TESTS / "trial" / "indented-news-ja.txt"
    raw, (talk,), problems = accounting(path, tmp_path)
    assert problems == []
    rows = [(d["source"]["line"], d["source"]["col"], d["text"], d["reason"], d["rule"]) for d in talk["dropped"]]
    assert rows == [(3, 0, "\u3000", "indent", "strip_ideographic_padding"),
                    (5, 0, "\u3000", "indent", "strip_ideographic_padding"),
                    (7, 0, "\u3000", "indent", "strip_ideographic_padding"),
                    (7, 35, "\u3000", "padding", "strip_ideographic_padding"),
                    (9, 0, "\u3000\u3000", "indent", "strip_ideographic_padding")]
    # the news item prints no heading: its paragraphs are its one untitled section (helper body50; they were front)
    assert talk["paper"]["front"] == []
    paragraphs = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]]
    assert paragraphs[1] == "委員会によると、夏休みに開いた船の模型展が\u3000親子連れに人気を集めた。週末の夜間開館も好評だった。"
    assert [p[0] for p in paragraphs] == ["市", "委", "一", "（"]
    cleaned = json.loads(files.stage_path(tmp_path, "clean", "indented-news-ja").read_text(encoding="utf-8"))
    assert [cleaned["layout"][n - 1]["indent"] for n in (3, 5, 7, 9)] == [1, 1, 1, 2]


def test_english_indent_is_layout_without_rows(tmp_path):
    """Spaces and tabs before an English paragraph are layout: no row, the layout keeps the indent."""
    raw, (talk,), problems = accounting(TESTS / "trial" / "indented-essay-en.txt", tmp_path)
    assert problems == []
    assert talk["dropped"] == []
    texts = [p["text"] for s in talk["paper"]["sections"] for p in s["paragraphs"]] + [p["text"] for p in talk["paper"]["front"]]
    assert any(t.startswith("A harbour town") for t in texts) and any(t.startswith("The mended nets") for t in texts)
    cleaned = json.loads(files.stage_path(tmp_path, "clean", "indented-essay-en").read_text(encoding="utf-8"))
    assert [cleaned["layout"][n - 1]["indent"] for n in (3, 4, 7, 10)] == [4, 0, 4, 1]


def test_positions_after_a_dumps_cid_markers_are_raw_columns(tmp_path):
    """Trial 2 fault 1: a text dump's ``(cid:N)`` is one lost glyph but many raw columns. Every position after
    it (repairs, maps, dropped rows) is the raw file's column, and the marker's whole spelling is accounted
    for: a repair's ``original`` and a dropped row name it as the file has it."""
    path = TESTS / "trial" / "cid-markers-dump.txt"
    raw, (talk,), problems = accounting(path, tmp_path)
    assert problems == []
    repairs = {(r["source"]["line"], r["source"]["col"]): r for r in talk["repairs"]}
    for (line, col), r in repairs.items():
        assert raw[line - 1][col:col + len(r["original"])] == r["original"]
    # two markers, then text, then a U+FFFD gap, on one line: the gap stands at its raw column
    assert repairs[(9, 4)]["original"] == "(cid:301)(cid:302)" and repairs[(9, 4)]["cids"] == [301, 302]
    assert raw[8].index("\ufffd") == 42 and repairs[(9, 42)]["original"] == "\ufffd"
    assert repairs[(12, 0)]["restored"] == "2"  # a heading number's lost glyph, filled by the numbering
    widths = [(d["source"]["line"], d["source"]["col"], d["text"]) for d in talk["dropped"] if d["reason"] == "width"]
    assert (17, 13, "２０") in widths  # a row after a marker: the raw column
    headers = [d for d in talk["dropped"] if d["reason"] == "running-header"]
    assert len(headers) == 3 and {d["text"] for d in headers} == {"第7回 湖(cid:612)都市交流会議 講演録"}
    paragraph = next(p for s in talk["paper"]["sections"] for p in s["paragraphs"] if p["map"][0][0] == 9)
    assert paragraph["map"][:3] == [[9, 0, 5], [9, 13, 1], [9, 22, len(raw[8]) - 22]]
