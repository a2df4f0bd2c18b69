"""Reading order of a page's rows (pipeline.extract.columns) on shapes real PDFs gave."""

from pdfminer.layout import LTTextLineHorizontal

from pipeline.extract.columns import horizontal_order


class _Line(LTTextLineHorizontal):
    """A text line at a place, with its text (the ordering reads whether a box holds a letter)."""

    def __init__(self, text: str) -> None:
        super().__init__(0.1)
        self.text = text

    def get_text(self) -> str:
        return self.text


def _line(x0: float, y0: float, x1: float, y1: float, text: str = "text") -> LTTextLineHorizontal:
    obj = _Line(text)
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


def test_a_staircase_of_two_headings_is_read_row_by_row_and_the_order_ends():
    # eptex_resume.pdf (texlive-lang-japanese's docs): ``4 ε-TEX`` / ``のマージ`` and ``4.1 pTEX`` / ``の準備``, each
    # heading's second half set lower and right of its first; the upper pair was taken to head the lower, and the
    # four boxes then formed one band, which was ordered again as itself without end (RecursionError).
    boxes = [_line(59.5, 671.1, 141.1, 697.8), _line(145.3, 661.9, 213.3, 678.9),
             _line(59.5, 631.4, 120.5, 646.4), _line(123.5, 625.4, 157.5, 636.7)]
    assert horizontal_order(list(reversed(boxes))) == boxes


def test_a_heading_opening_the_right_column_above_the_left_columns_first_line_is_read_with_its_column():
    # trial 41's two-column paper, page 2: the right column opens with its heading (``参考文献``) set a few points above
    # the left column's first line, a row of its own; it was read before the whole left column.
    left = [_line(50, 780 - 19 * k, 260, 789 - 19 * k) for k in range(4)]
    heading = _line(310, 793, 352, 803, "References")
    right = [_line(310, 774 - 12 * k, 503, 782 - 12 * k) for k in range(4)]
    assert horizontal_order([*right, heading, *reversed(left)]) == [*left, heading, *right]


def test_a_line_above_two_columns_that_starts_at_neither_column_is_read_before_them():
    # a right-aligned date or author line above the body starts inside the right column, not at its edge: it stays
    # where it stands, before both columns
    left = [_line(50, 780 - 19 * k, 260, 789 - 19 * k) for k in range(4)]
    dated = _line(420, 795, 503, 805, "March 2024")
    right = [_line(310, 780 - 19 * k, 503, 789 - 19 * k) for k in range(4)]
    assert horizontal_order([*right, dated, *left]) == [dated, *left, *right]
