"""A note in a page's side margin (LaTeX's ``\\marginpar``; helper pdf52, texproposal's side headings ``TEX 与 Word：`` /
``特征与比较``) is read as a note, apart from the body: never a table's cell after the body line on its baseline (the
paragraph had broken around it), never run on into the next page's first line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

LINE = "この問題は国内外の多くの場所で議論されてきたが、道具の強さは道具そのものの性質と利用者の慣れで決まる。"


def _record(runs):
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf
    from pipeline.extract import extract

    return extract(drawn_pdf([runs]), name="made-up.pdf")


def _body(lines=8):
    from pdfmaker import JA

    return [(JA, 12, 70, 700 - 18 * k, LINE[:36]) for k in range(lines)]


@pytest.mark.xfail(strict=True, reason="known miss (helper pdf52): reading a right margin's notes apart also took "
                   "babel-japanese's code comments overflowing into the margin; reverted until told apart")
def test_a_margin_note_beside_the_body_is_a_note_of_its_own():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import JA

    record = _record(_body() + [(JA, 12, 508, 682, "特徴と"), (JA, 12, 508, 664, "比較")])
    texts = [line for line in record.lines if line.strip()]
    assert not [t for t in texts if "\t" in t], texts
    notes = [line for line, lay in zip(record.lines, record.layout) if lay.note]
    assert notes == ["特徴と", "比較"], notes
    assert texts.count(LINE[:36]) == 8


def test_a_column_of_its_own_beside_the_body_is_no_margin():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import JA

    # a side that holds lines of its own (one stands between the body's baselines) is a column, not a margin
    record = _record(_body() + [(JA, 12, 508, 682, "特徴と"), (JA, 12, 508, 655, "比較")])
    assert not [line for line, lay in zip(record.lines, record.layout) if lay.note]
