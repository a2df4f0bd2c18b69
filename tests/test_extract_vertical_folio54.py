"""A vertical text's folio whatever its value (trial 54, as trial 51b): a page of vertical writing excerpted from a
magazine or a city newsletter prints the volume's page number (``12`` on the one page there is), centred at the foot,
or under the last column. Such a number, set apart below every column of the text, is no line of the text (a
vertical text's lines are its columns), so it is the page's folio (``page-number``) even where its value is not the
page's index; the document's other page numbers, where they show an offset, must agree with it. A horizontal page's
lone number keeps the value test (a one-page text's ``12`` at its foot may close a list or a count)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TEXT = ("港の見える坂の上には古い教会があり、日曜日には今も鐘が鳴る。坂を下りると石畳の道が続き、"
        "雨の日には石が黒く光る。夕方には港の灯りがともり、坂道は急に静かになる。")
W = 595.28


def _extract(pages):
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf
    from pipeline.extract import extract

    return extract(drawn_pdf(pages), name="made-up.pdf")


def _vertical_page(folio_runs, tiers: int = 1):
    from pdfmaker import vertical_columns

    body = "".join(TEXT[k:] + TEXT[:k] for k in range(0, 700, 7))
    runs = []
    for tier in range(tiers):
        columns = [body[i:i + 22] for i in range(tier * 440, tier * 440 + 22 * 20, 22)]
        runs += vertical_columns(columns, right=W - 70, top=760 - tier * 330, size=12, pitch=22)
    return runs + folio_runs


def _dropped(record):
    return [(row.text, str(row.reason)) for row in record.ledger if str(row.reason) == "page-number"]


@pytest.mark.parametrize("tiers", [1, 2])
def test_a_vertical_pages_centred_folio_of_another_value_is_furniture54(tiers):
    from pdfmaker import EN

    record = _extract([_vertical_page([(EN, 9, W / 2 - 5, 38, "12")], tiers)])
    assert _dropped(record) == [("12", "page-number")]


def test_a_vertical_folio_under_the_last_column_of_another_value_is_furniture54():
    from pdfmaker import JA_V

    last = W - 70 - 19 * 22
    record = _extract([_vertical_page([(JA_V, 10, last, 40, "12")])])
    assert _dropped(record) == [("12", "page-number")]


def test_a_vertical_pages_number_beside_a_foot_line_stays_text54():
    """A number with text beside it at its height is a row (a caption's, a table's), no folio."""
    from pdfmaker import EN, JA

    record = _extract([_vertical_page([(JA, 9, 150, 38, "写真提供：港町観光協会"), (EN, 9, W / 2 - 5, 38, "12")])])
    assert _dropped(record) == []


def test_a_horizontal_pages_lone_number_of_another_value_stays_text54():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import JA

    runs = [(JA, 10.5, 72, 760 - 16 * k, TEXT[:38]) for k in range(30)]
    record = _extract([[*runs, (JA, 9, W / 2 - 5, 38, "12")]])
    assert _dropped(record) == []
