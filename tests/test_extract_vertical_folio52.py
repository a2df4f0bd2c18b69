"""A vertical text's folio set under its last column (helper pdf52): a page of vertical writing reads its columns
right to left and ends at its left edge, where a horizontal page ends at its right, so a page number alone at the
foot, flush with the text block's left edge, is the page's folio (``page-number``) even where it recurs nowhere (a
one-page text). A horizontal page's number flush left at the foot may be a list's or a line's number and stays."""

from __future__ import annotations

import sys
from pathlib import Path

TEXT = ("本市は古くから港町として栄え、海外の都市との交流を続けてきた。市民の相互訪問は毎年行われ、"
        "学生の留学や企業の連携も広がっている。今後は観光と教育の分野で交流をさらに深めたい。")
W = 595.28


def _extract(pages):
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf
    from pipeline.extract import extract

    return extract(drawn_pdf(pages), name="made-up.pdf")


def _vertical_page(page: int, folio_font: str, folio: str):
    from pdfmaker import EN, JA_V, vertical_columns

    body = "".join(TEXT[k:] + TEXT[:k] for k in range(0, 700, 7))[page * 700:]
    columns = [body[i:i + 60] for i in range(0, 60 * 20, 60)]
    runs = vertical_columns(columns, right=W - 70, top=780, size=10.5, pitch=18)
    last = W - 70 - 19 * 18  # the last column's centre line
    if folio_font == "en":
        return [*runs, (EN, 10, last - 5.25, 40, folio)]  # flush with the column's left edge
    return [*runs, (JA_V, 10, last, 55, folio)]


def _dropped(record):
    return [(row.text, str(row.reason)) for row in record.ledger if str(row.reason) == "page-number"]


def test_a_one_page_vertical_text_s_folio_under_its_last_column_is_furniture():
    sys.path.insert(0, str(Path(__file__).parent))
    for font in ("en", "ja-v"):
        record = _extract([_vertical_page(0, font, "1")])
        assert _dropped(record) == [("1", "page-number")], font


def test_vertical_pages_folios_flush_left_are_furniture():
    sys.path.insert(0, str(Path(__file__).parent))
    record = _extract([_vertical_page(k, "en", str(k + 1)) for k in range(3)])
    assert sorted(_dropped(record)) == [("1", "page-number"), ("2", "page-number"), ("3", "page-number")]


def test_a_horizontal_page_s_number_flush_left_at_the_foot_stays_text():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN

    runs = [(EN, 10, 72, 760 - 14 * k, "A horizontal line of body text that fills the measure of the page.")
            for k in range(20)]
    record = _extract([[*runs, (EN, 10, 72, 40, "1")]])
    assert _dropped(record) == []
    assert any(line.strip() == "1" for line in record.lines)
