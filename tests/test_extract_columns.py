"""Reading order of a page's rows (pipeline.extract.columns) on shapes real PDFs gave."""

from pdfminer.layout import LTTextLineHorizontal

from pipeline.extract.columns import horizontal_order


def _line(x0: float, y0: float, x1: float, y1: float) -> LTTextLineHorizontal:
    obj = LTTextLineHorizontal(0.1)
    obj.set_bbox((x0, y0, x1, y1))
    return obj


def test_a_row_opening_a_column_the_section_lacks_ends_the_section_without_a_crash():
    # babel-japanese.pdf (texlive-lang-japanese's docs): a table's three cells, then a row whose first box spans
    # the first two cells and whose second stands right of every cell; the merged columns were no more than the
    # section's, so the row was weighed against a column holding none of the section's extents (min() of nothing).
    top = [_line(60, 600, 150, 610), _line(200, 600, 280, 610), _line(300, 600, 400, 610)]
    row = [_line(60, 586, 280, 596), _line(420, 586, 500, 596)]
    order = horizontal_order([*row, *top])
    assert sorted(map(id, order)) == sorted(map(id, [*top, *row]))
    assert order[:3] == top  # the table's row is read first, whole; the new row after it
