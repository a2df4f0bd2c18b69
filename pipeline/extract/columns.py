"""Reading order of a horizontal page: full-width rows top to bottom, text columns left to right.

pdfminer.six orders text boxes by a hierarchical grouping (``boxes_flow``)
that weighs position against distance: where leading is loose it sets every
line in a box of its own, and then a centred title is read after the heading
below it, and two columns whose lines stand at one height are read line by
line across the gutter.

This is a recursive XY-cut (Nagy & Seth 1984) with columns taken where the
page has them, not wherever white happens to line up (unstructured and
pdf-untangle cut columns first; docling learns the order):

1. the boxes are split into *rows* at horizontal white bands, top to bottom;
2. consecutive rows are read together as a *column section* when they share
   white channels (gutters) through all of them: the section starts at a row
   of two or more boxes side by side and takes each following row that stands
   within :data:`ROW_GAP` line heights (or below a wider white band, when its
   columns are the section's, both edges of each: the same columns go on
   through the band, :meth:`_Section.same_columns`), has as many columns with it, and
   whose boxes line up with the section's columns (left or right edge within
   :data:`ALIGN` ems; a box alone in its row need only fit inside a column,
   a heading in one column of two, unless it is set across the columns,
   :func:`_spans`: a heading centred over three stands over the middle one).
   A row may open a column the section had no text in yet (a figure at the
   head of the third: :meth:`_Section._opened`). The boxes of a row within one column
   count as one (a table's cells, a figure's label beside the other column's
   text), and a row may close channels inside a column (a row of text below
   a table that opened the section) but never every gutter. A row of one box
   above a section (a title, a right-aligned author line) is never drawn into
   it: it is read before the section, where it stands; the rows under a wider white band that stand inside one of
   the section's columns and show its measure are that column running on alone past its neighbour's end
   (:meth:`_Section.column_goes_on`);
3. a row of one-line boxes side by side that forms a section alone (headings
   set with more white below them than :data:`ROW_GAP`: a bilingual manual's
   ``§ 2 Installation`` over its English column beside ``§ 2 インストール``
   over its Japanese one) heads the section right below it when each of its
   boxes starts at one of that section's columns (left edges within
   :data:`ALIGN` ems) and the white between is at most :data:`HEADING_GAP`
   line heights: each heading is read with its column, not both headings
   before both columns (:func:`_heads`); so does one heading alone in its row
   that starts a column other than the first, set a little higher than the
   other columns' first lines (a right column opening with ``参考文献``:
   :func:`_heads_column`);
4. a section is read column by column, left to right, each column by the
   same steps; a row that forms no section is read left to right; a part
   that is all vertical writing (a minority on a horizontal page) is read
   right to left, by :func:`~pipeline.extract.reading_order.xy_cut`.

A running head (its two halves at the page's edges) forms a section of one
row, a folio in the gutter adds a column and is read after the section;
pages of vertical writing are ordered by
:func:`~pipeline.extract.reading_order.xy_cut` instead.

Cost: each level sorts its boxes and passes over them once; a page's boxes
are split into strictly smaller parts at each level.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import Callable, Sequence, TypeVar

from pdfminer.layout import LTComponent, LTTextBox, LTTextLineVertical

#: Line heights of white between two rows of one column section at most (a heading's space above it is less).
ROW_GAP = 2.5
#: Line heights of white under a row of column headings at most for them to head the section below (:func:`_heads`).
HEADING_GAP = 5.0
#: Ems a box's left or right edge may stand from its column's to line up with it (a first-line or list indent).
ALIGN = 2.5
#: Times the tallest line of a row of boxes side by side stands above the next row's tallest, at least, for that row to be
#: a masthead read before the columns under it, never their first row (trial 55b: a city newsletter's 26 pt title
#: beside its 10 pt issue and publisher lines, over 13 pt column headings, was read as the top of two columns and
#: the publisher's lines after the whole left column). A paper's column headings over their text stand 1.2–1.4 times it.
MASTHEAD = 1.8
#: Lines ending near a column's right edge a run under white must hold, as its column above does, to go on with
#: that column (:meth:`_Section.column_goes_on`).
MEASURE_LINES = 2
#: Ems from a column's right edge within which a run's one line ends to show the column's measure alone (a justified
#: or a Japanese line is set full to the edge; a run of ragged lines shows it on :data:`MEASURE_LINES` lines).
FLUSH_EMS = 0.5
#: Share of a column's width from its right edge within which a line ends to show the column's measure (ragged-right
#: lines end within about 15 % of it: :data:`pipeline.segment.wraps_en.RAGGED`).
MEASURE_SHARE = 0.2
#: Ems of white, at least, between a column a row opens in a section and the section's columns beside it.
GUTTER = 1.0
#: Times a section's usual line height a line is set, at least, to be a heading (:meth:`_Section._margin_heading`;
#: a LaTeX subsection's heading is set 1.2 times the text's size, a section's 1.44).
HEADING_SIZE = 1.2
_WORD = re.compile(r"[^\W\d_]{3}")
"""Three letters in a row: a heading's word (``Results``, ``発展的``); a formula's pieces hold single letters."""
#: Share of the smaller height two rows may overlap and still be two rows (glyph boxes of tight leading touch).
ROW_OVERLAP = 0.2

T = TypeVar("T", bound=LTComponent)


def bands(items: Sequence[T], lo: Callable[[T], float], hi: Callable[[T], float], slack: Callable[[T], float] | None = None
          ) -> list[list[T]]:
    """Split items at white bands along one axis (``lo``–``hi`` an item's extent); bands in ascending order.

    An item overlapping the band before it by no more than ``slack(item)`` starts a band of its own.

    >>> from pdfminer.layout import LTTextLineHorizontal
    >>> def line(x0, x1):
    ...     obj = LTTextLineHorizontal(0.1); obj.set_bbox((x0, 0, x1, 10)); return obj
    >>> [[i.x0 for i in band] for band in bands([line(50, 60), line(0, 20), line(10, 30)], lambda i: i.x0, lambda i: i.x1)]
    [[0, 10], [50]]
    """
    out: list[list[T]] = []
    reach = float("-inf")
    for item in sorted(items, key=lo):
        if out and lo(item) < reach - (slack(item) if slack else 0.0):
            out[-1].append(item)
            reach = max(reach, hi(item))
        else:
            out.append([item])
            reach = hi(item)
    return out


def line_height(item: LTComponent) -> float:
    """The height of one line of ``item`` (a text box's first line, else the item's own height), at least 1 pt.

    A vertical line's is its width: on a page read horizontally a stack of glyphs (a plot's curve labels, trial 46)
    is a box among the others, and its length is no line's height.
    """
    if isinstance(item, LTTextBox):
        item = next(iter(item), item)
    return max(item.width if isinstance(item, LTTextLineVertical) else item.height, 1.0)


def rows(items: Sequence[T]) -> list[list[T]]:
    """The items in rows at horizontal white bands, top to bottom (tight leading's touching glyph boxes allowed)."""
    return bands(items, lambda i: -i.y1, lambda i: -i.y0, lambda i: ROW_OVERLAP * line_height(i))


def x_bands(items: Sequence[T]) -> list[list[T]]:
    return bands(items, lambda i: i.x0, lambda i: i.x1)


def _extent(band: Sequence[LTComponent]) -> tuple[float, float]:
    return min(i.x0 for i in band), max(i.x1 for i in band)


def merged_extents(extents: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of x-extents as disjoint extents, left to right."""
    out: list[tuple[float, float]] = []
    for x0, x1 in sorted(extents):
        if out and x0 < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _within(extents: Sequence[tuple[float, float]], column: tuple[float, float]) -> list[tuple[float, float]]:
    return [e for e in extents if column[0] <= e[0] and e[1] <= column[1]]


def _extent_of(extents: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return min(e[0] for e in extents), max(e[1] for e in extents)


def _masthead(row: list, below: list) -> bool:
    """``row``, boxes side by side, is a masthead over ``below``: its tallest line stands :data:`MASTHEAD` times
    ``below``'s tallest or more and holds a title's letters (three or more: a tall integral sign or radical beside an
    equation's pieces is none, the regression run's aiaa and japanese-mathformulas), over a row of text side by side,
    two columns' headings or first lines, each box three letters or more (an equation's limits, ``0`` TAB ``0``, a
    listing's line numbers or a program's words, ``cp``, under a tall line are none: aomart, eptex_resume)."""
    tall = max(row, key=line_height)
    if line_height(tall) < MASTHEAD * max(line_height(i) for i in below) or len(x_bands(below)) < 2 \
            or not all(sum(ch.isalpha() for ch in i.get_text()) >= 3 for i in below if hasattr(i, "get_text")):
        return False
    text = tall.get_text() if hasattr(tall, "get_text") else ""
    return sum(ch.isalpha() for ch in text) >= 3


class _Section:
    """Consecutive rows read column by column; its columns are kept as extents (a row costs its own boxes)."""

    def __init__(self, row: list) -> None:
        self.items: list = list(row)
        self.last = row
        self.columns = [_extent(band) for band in x_bands(row)]

    def takes(self, row: list) -> bool:
        if len(self.items) == len(self.last) and _masthead(self.last, row):
            return False  # a masthead over the columns (the title set large beside the lines): read before them
        em = statistics.median(line_height(i) for i in [*self.last, *row])
        white = min(i.y0 for i in self.last) - max(i.y1 for i in row)
        own = [_extent(band) for band in x_bands(row)]
        if white > ROW_GAP * em and not self.same_columns(row, em):
            return False
        merged = merged_extents([*self.columns, *own])
        opened = self._opened(own, em)
        # A gutter left open keeps the section; a row may close the narrow channels between a table's or a
        # figure's cells inside one column (the row's pieces there are one column of the section), never all.
        if not 2 <= len(merged) <= len(self.columns) + len(opened):
            return False
        if len(own) == 1 and _spans(own[0], self.columns, em):
            return False  # a heading or caption set across the columns: the section ends over it
        groups = [_within(own, column) for column in merged]
        if sum(1 for group in groups if group) == 1 and self._margin_heading(row, own, em):
            return False  # a heading set at the page's margin, left of the column it overlaps: the section ends
        if sum(1 for group in groups if group) > 1:  # boxes side by side line up with the section's columns
            for column, group in zip(merged, groups):  # (author blocks centred above a two-column body do not)
                if not group:
                    continue
                held = _within(self.columns, column)
                if not held and column in opened:
                    continue
                if not held:  # the row opens a column the section never had: its boxes do not line up
                    return False
                x0, x1 = _extent_of(group)
                c0, c1 = _extent_of(held)
                inside = c0 - ALIGN * em <= x0 and x1 <= c1 + ALIGN * em  # a figure's label, a centred caption
                if not inside and abs(x0 - c0) > ALIGN * em and abs(x1 - c1) > ALIGN * em:
                    return False
        return True

    def _margin_heading(self, row: list, own: list[tuple[float, float]], em: float) -> bool:
        """The row, all in one column of the section, is a heading set at the page's margin: it starts more than
        :data:`ALIGN` ems left of that column's left edge and is set :data:`HEADING_SIZE` times the section's usual
        line height or more. A column's own lines start at its edge or in from it (a listing's line set out to its
        opening brace, ``\\begin{king}``, a few ems left of the lines indented under it, is the column's: jlshort);
        a heading larger than them, out at the margin, heads the page under it, not the column. Why (fresh-user
        trial 76c, pxrubrica's sample): two examples side by side, indented under a list item, opened a section, and
        the next subsection's heading ``1.3 発展的な用法``, set at the margin five ems left of the left example, was
        taken into the left example's column, so the right example was read after that whole subsection."""
        if len(row) != 1 or (isinstance(row[0], LTTextBox) and len(list(row[0])) > 1) \
                or _WORD.search(row[0].get_text()) is None:
            return False  # a heading is one line with a word in it (a display formula's tall pieces are not)
        x0, x1 = _extent_of(own)
        held = [c for c in self.columns if c[0] < x1 and x0 < c[1]]
        if len(held) != 1 or x0 >= held[0][0] - ALIGN * em:
            return False
        usual = statistics.median(line_height(i) for i in self.items)
        return line_height(row[0]) >= HEADING_SIZE * usual

    def _opened(self, own: list[tuple[float, float]], em: float) -> list[tuple[float, float]]:
        """The extents of ``own`` (a row's, left to right) that open a column the section had no text in yet, beside
        boxes of its own columns: each in white beside every column of the section (:data:`GUTTER` ems at least to
        the nearest), at least half as wide as its narrowest column, the row holding a box in one of the section's
        columns too. A figure at the head of the third column of three (col66: a picture, no text, then its
        caption) left the section two columns wide, and the row of the caption beside the other two columns' lines
        ended it: the first two columns were read to that row, then read again from it with the third. A folio in
        the gutter (narrow) or a row of a margin's note alone opens none, nor a row whose other boxes close a gutter
        (each of them must stand in one column of the section)."""
        if len(self.columns) < 2:
            return []
        narrowest = min(c1 - c0 for c0, c1 in self.columns)
        out = [(x0, x1) for x0, x1 in own
               if all(x1 + GUTTER * em <= c0 or c1 + GUTTER * em <= x0 for c0, c1 in self.columns)
               and x1 - x0 >= narrowest / 2]
        rest = [e for e in own if e not in out]
        if not rest or any(sum(1 for c0, c1 in self.columns if c0 < x1 and x0 < c1) != 1 for x0, x1 in rest):
            return []  # the row's other boxes close a gutter (a table's cell across two, babel-japanese): no column
        return out

    def same_columns(self, row: list, em: float) -> bool:
        """The row's columns are the section's, as many (two or more), each starting and ending where the section's
        does (within :data:`ALIGN` ems), and each goes on with text: two lines or more of it in the row.

        Then the same columns go on below a white band however wide (trial 46: a picture in each column at one
        height, both columns ending a paragraph there), and each is read top to bottom through it; a band under
        which something spans the gutter (a full-width figure's caption, a title) or the columns change stays a
        division of the page, as does one above a running foot's halves (each flush with one edge only) or above
        the second row of a grid of subfigures, whose captions are a line each: a grid reads row by row (aiaa's
        ``(a) 2 AM.`` … ``(d) 5 AM.`` over ``(e) 6 AM.`` … ``(h) 9 AM.``, the regression run).

        >>> from pdfminer.layout import LTTextLineHorizontal, LTTextBoxHorizontal
        >>> def box(x0, y0, x1, lines=2):
        ...     obj = LTTextBoxHorizontal()
        ...     for k in range(lines):
        ...         line = LTTextLineHorizontal(0.1); line.set_bbox((x0, y0 - 12 * k, x1, y0 - 12 * k + 10)); obj.add(line)
        ...     return obj
        >>> section = _Section([box(60, 700, 280), box(300, 700, 520)])
        >>> section.same_columns([box(60, 600, 279), box(300, 600, 520)], 10)
        True
        >>> section.same_columns([box(60, 600, 120), box(470, 600, 520)], 10)  # a running foot's halves
        False
        >>> section.same_columns([box(60, 600, 279, 1), box(300, 600, 520, 1)], 10)  # a grid's captions
        False
        """
        own = [_extent(band) for band in x_bands(row)]
        return len(own) == len(self.columns) >= 2 and all(
            abs(a0 - b0) <= ALIGN * em and abs(a1 - b1) <= ALIGN * em for (a0, a1), (b0, b1) in zip(own, self.columns)
        ) and all(sum(len(item) if isinstance(item, LTTextBox) else 1 for item in band) >= 2 for band in x_bands(row))

    def column_goes_on(self, below: list[list]) -> int:
        """How many of the rows ``below`` (top to bottom, right under the section, the first refused by
        :meth:`takes`) are the section's longest column running on alone: 0 when none.

        A column that ends before its neighbour (a paper's last page, its columns unbalanced; a figure at the foot
        of the other column) leaves white across the page wherever the longer column has more than
        :data:`ROW_GAP` line heights of it (the space above a heading); the rows under that white were read after
        the whole section, the right column's text between two paragraphs of the left (fresh-user trial 64c; the
        issue's point 4). They go on with the column when each of them, from the first, stands inside one column
        of the section (the first starting at its left edge, each within :data:`ALIGN` ems of its edges; a row
        across the gutter, a page's folio, a caption or a paragraph set full width, ends the run), and the run
        shows that column's measure: :data:`MEASURE_LINES` lines or more ending near its right edge
        (:data:`MEASURE_SHARE` of its width) or one flush with the edge :data:`MEASURE_LINES` of the column's lines
        above share (:data:`FLUSH_EMS`: justified, or Japanese). A letter's salutation under two address blocks side by side
        is one short line, its body set full width: no run; nor a row under columns whose lines show no common
        measure (a list of names beside an address).

        >>> from pdfminer.layout import LTTextLineHorizontal
        >>> def line(x0, y0, x1):
        ...     obj = LTTextLineHorizontal(0.1); obj.set_bbox((x0, y0, x1, y0 + 10)); return obj
        >>> section = _Section([line(50, 700, 200), line(310, 700, 450)])
        >>> for y in (686, 672):
        ...     section.add([line(50, y, 198), line(310, y, 449)])
        >>> section.add([line(50, 658, 120)])
        >>> heading, body = [line(50, 620, 110)], [[line(50, 606 - 14 * k, 199)] for k in range(3)]
        >>> section.column_goes_on([heading, *body, [line(290, 40, 300)]])  # the folio, in the gutter, ends it
        4
        >>> section.column_goes_on([heading, [line(50, 606, 540)]]), section.column_goes_on([heading, [line(50, 606, 140)]])
        (0, 0)
        """
        if len(self.columns) < 2 or not below:
            return 0
        em = statistics.median(line_height(i) for i in self.items)
        x0, x1 = _extent(below[0])
        column = next((c for c in self.columns if c[0] - ALIGN * em <= x0 <= c[0] + ALIGN * em and x1 <= c[1] + ALIGN * em),
                      None)
        if column is None:
            return 0
        c0, c1 = column

        def inside(row: list) -> bool:
            x0, x1 = _extent(row)
            return c0 - ALIGN * em <= x0 and x1 <= c1 + ALIGN * em

        def lines_of(boxes: list) -> list:
            return [line for box in boxes for line in (box if isinstance(box, LTTextBox) else [box])]

        def full_lines(boxes: list) -> int:
            return sum(1 for line in lines_of(boxes) if c1 - MEASURE_SHARE * (c1 - c0) <= line.x1 <= c1 + em)

        taken = 0
        while taken < len(below) and inside(below[taken]):
            taken += 1
        run = [box for row in below[:taken] for box in row]
        above = [box for box in self.items if c0 <= (box.x0 + box.x1) / 2 <= c1]
        # a full line, justified or Japanese, ends at the edge the column's lines above share (a hanging full stop
        # runs past it, so the column's extent is no edge)
        ends = Counter(round(line.x1) for line in lines_of(above))
        edge, shared = max(ends.items(), key=lambda item: (item[1], item[0]))
        flush = shared >= MEASURE_LINES and any(abs(line.x1 - edge) <= FLUSH_EMS * em for line in lines_of(run))
        if not (full_lines(run) >= MEASURE_LINES or flush):
            return 0
        return taken

    def add(self, row: list) -> None:
        self.items.extend(row)
        self.last = row
        self.columns = merged_extents([*self.columns, *(_extent(band) for band in x_bands(row))])


#: Ems a box alone in its row reaches out of its column on each side, at least, to be set across the columns (a
#: column's lines stand inside its frame; a list's hanging mark stands out on one side only).
OVERHANG = 0.5
#: Ems a heading over the middle one of three columns or more may start in from that column's edge and still be the
#: column's own (a first line's indent); one centred on the page further in is set across the columns.
SET_IN = 1.0


def _spans(box: tuple[float, float], columns: Sequence[tuple[float, float]], em: float) -> bool:
    """``box`` (an x-extent), alone in its row, is set across ``columns`` (a section's, left to right) rather than in
    one of them: it reaches out of the one column it overlaps on both sides (:data:`OVERHANG` ems: a heading centred
    over three columns stands over the middle one and runs into both gutters), or, where the section has three
    columns or more, it crosses a gutter centred on the section's whole extent (within an em: a caption over two
    columns' width). With two columns a box across the gutter already closes every gutter; a row under a table that
    closes the channels between its cells inside one text column starts at that column's edge, centred on nothing.
    A short heading centred over three columns that stays inside the middle one is still read as that column's
    (its own centred heading looks the same), unless it starts more than :data:`SET_IN` ems in from that column's
    edge, centred on the whole section: a column's heading starts at its edge (col66's Japanese pages: ``第２部　利用者の
    声`` over three columns was read as the middle column's first line)."""
    x0, x1 = box
    over = [c for c in columns if c[0] < x1 and x0 < c[1]]
    lo, hi = columns[0][0], columns[-1][1]
    centred = len(columns) >= 3 and abs((x0 + x1) / 2 - (lo + hi) / 2) <= em
    if len(over) == 1:
        c0, c1 = over[0]
        return (x0 < c0 - OVERHANG * em and x1 > c1 + OVERHANG * em) or (centred and x0 > c0 + SET_IN * em)
    return centred and len(over) >= 2


def _heads(above: _Section, below: _Section) -> bool:
    """``above`` is one row of one-line boxes that heads ``below``'s columns (module docstring, step 3).

    A row of several lines per box (author blocks side by side) never does, nor a row holding a box without a
    letter (a code listing's line number beside its line): it is read before the section, as it stands.
    """
    if len(above.items) != len(above.last) or any(isinstance(i, LTTextBox) and len(list(i)) > 1 for i in above.items):
        return False
    if not all(any(ch.isalpha() for ch in i.get_text()) for i in above.items if hasattr(i, "get_text")):
        return False  # a number alone (a listing's line number beside its code line) heads nothing
    em = statistics.median(line_height(i) for i in [*above.items, *below.last])
    first = min(below.items, key=lambda i: -i.y1)
    if min(i.y0 for i in above.items) - first.y1 > HEADING_GAP * em:
        return False
    columns = [_extent(band) for band in x_bands(below.items)]
    if len(x_bands([*above.items, *below.items])) != len(columns):
        return False  # a heading that runs over a gutter (a staircase of heading halves) would close it
    starts: list[list[float]] = [[] for _ in columns]
    for item in above.items:  # each heading over the column its middle stands above (``§ 2`` and ``Installation`` over one)
        middle = (item.x0 + item.x1) / 2
        k = min(range(len(columns)), key=lambda j: 0 if columns[j][0] <= middle <= columns[j][1]
                else min(abs(middle - columns[j][0]), abs(middle - columns[j][1])))
        starts[k].append(item.x0)
    return len(columns) > 1 and all(group and abs(min(group) - c0) <= ALIGN * em for group, (c0, _) in zip(starts, columns))


def _heads_column(above: list, below: _Section) -> bool:
    """``above``, a row of one one-line box, heads one of ``below``'s columns (module docstring, step 3).

    A heading at the top of a column other than the first, set higher than the other columns' first lines (trial 41's
    two-column paper: page 2's right column opens with ``参考文献`` a few points above the left column's first line, and
    the heading, a row of its own, was read before the whole left column). It heads the column it starts at (left
    edges within :data:`ALIGN` ems) and lies inside (a right-aligned author line or a running head's half starts
    elsewhere; a centred title runs over the gutter), with at most :data:`ROW_GAP` line heights of white between it
    and that column's first box. Over the first column the order is the same either way.
    """
    if len(above) != 1 or (isinstance(above[0], LTTextBox) and len(list(above[0])) > 1):
        return False
    head = above[0]
    if not any(ch.isalpha() for ch in head.get_text()):
        return False  # a number alone (a folio, a listing's line number) heads nothing
    columns = x_bands(below.items)
    if len(columns) < 2:
        return False
    em = line_height(head)
    for column in columns[1:]:
        c0, c1 = _extent(column)
        if abs(head.x0 - c0) <= ALIGN * em and head.x1 <= c1 + ALIGN * em:
            if _spans((head.x0, head.x1), [_extent(c) for c in columns], em):
                return False  # a heading centred over three columns runs into the gutters beside the middle one
            first = max(column, key=lambda i: i.y1)
            return 0 <= head.y0 - first.y1 <= ROW_GAP * em
    return False


def _vertical_order(items: Sequence[T]) -> list[T] | None:
    """A part of vertical writing on a page read horizontally (a minority of its glyphs: trial 46) in its own order,
    tiers top to bottom, columns right to left (:func:`~pipeline.extract.reading_order.xy_cut`), or a part wholly of
    text turned by one quarter or half turn, in the order its lines are read (:func:`~pipeline.extract.reading_order.
    turning`); ``None`` for a part that holds anything else (a margin stamp beside the page's text, too)."""
    from pipeline.extract.reading_order import turned_prose, vertical_writing, xy_cut  # reading_order imports this module

    if all(vertical_writing(item) for item in items):
        return xy_cut(list(items))
    # text turned as a whole (a landscape slide's frame set sideways, a table's body turned) is read in its own
    # direction: turned 90° clockwise its lines stand right to left, each running down, as vertical writing's
    # columns; counter-clockwise left to right, each running up; turned 180° bottom to top (seminar.sty's
    # rotated slide, fresh-user trial 78c: its lines had come out last first, read left to right by position)
    turn = turned_prose(items)
    if turn == 90:
        return xy_cut(list(items))
    if turn == -90:
        return xy_cut(list(items))[::-1]
    if turn == 180:
        return sorted(items, key=lambda i: (i.y0, -i.x1))
    return None


def horizontal_order(items: Sequence[T]) -> list[T]:
    """``items`` (text boxes or lines of a horizontal page) in reading order (see the module docstring).

    >>> from pdfminer.layout import LTTextLineHorizontal
    >>> def line(x0, y0, x1, y1):
    ...     obj = LTTextLineHorizontal(0.1); obj.set_bbox((x0, y0, x1, y1)); return obj
    >>> title = line(200, 700, 400, 716)
    >>> left = [line(60, 600 - 14 * k, 280, 609 - 14 * k) for k in range(3)]
    >>> right = [line(300, 600 - 14 * k, 520, 609 - 14 * k) for k in range(3)]
    >>> horizontal_order([*right, *left, title]) == [title, *left, *right]
    True
    """
    if len(items) <= 1:
        return list(items)
    from pipeline.extract.reading_order import turned_prose  # reading_order imports this module

    if turned_prose(items) == 180:
        # a page (or a column) turned upside down: its reading order is the upright one's, positions mirrored
        # through the page's centre, so its order by position read backwards (a turned slide, trial 78c)
        return _upright_order(items)[::-1]
    return _upright_order(items)


def _upright_order(items: Sequence[T]) -> list[T]:
    section: _Section | None = None
    parts: list[list[T] | _Section] = []
    all_rows = rows(items)
    k = 0
    while k < len(all_rows):
        row = all_rows[k]
        if section is not None and section.takes(row):
            section.add(row)
            k += 1
            continue
        alone = section.column_goes_on(all_rows[k:]) if section is not None else 0
        if alone:  # the longer column runs on under white past its neighbour's end: read with it
            for taken in all_rows[k:k + alone]:
                section.add(taken)
            k += alone
            continue
        section = _Section(row) if len(x_bands(row)) > 1 else None
        parts.append(section if section is not None else row)
        k += 1
    for k in range(len(parts) - 1, 0, -1):  # the headings are read with their columns (whole sections: bottom up)
        above, below = parts[k - 1], parts[k]
        if isinstance(above, _Section) and isinstance(below, _Section) and _heads(above, below):
            below.items[:0] = above.items
            del parts[k - 1]
        elif isinstance(above, list) and isinstance(below, _Section) and _heads_column(above, below):
            below.items[:0] = above
            del parts[k - 1]
    out: list[T] = []
    for part in parts:
        vertical = _vertical_order(part.items if isinstance(part, _Section) else part)
        if vertical is not None:
            out.extend(vertical)
            continue
        bands_of_part = x_bands(part.items) if isinstance(part, _Section) else []
        if len(bands_of_part) > 1:  # two columns or more: strictly fewer items in each
            for column in bands_of_part:
                out.extend(horizontal_order(column))
        elif isinstance(part, _Section):  # its rows' boxes close every gutter taken together: row by row
            out.extend(item for row in rows(part.items) for item in sorted(row, key=lambda i: i.x0))
        else:  # one row, no white between its items either way: top to bottom, then left to right
            out.extend(sorted(part, key=lambda i: (-i.y1, i.x0)))
    return out
