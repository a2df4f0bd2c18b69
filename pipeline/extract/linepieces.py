"""Pieces of one printed line, joined again: justified lines and table rows.

pdfminer.six ends a text line where the gap to the next glyph is more than
``char_margin`` (2) times the wider of the two glyphs. In justified text a
word space stretched after a narrow glyph (``route ⎵ these``) is such a gap,
so one printed line comes out as several lines; its box grouping then sets
a piece that is aligned with nothing in a text box of its own, read out of
place. The cells of a table row, the label and text of a list item, a
contents entry and its page number are pieces of one row the same way.

Pieces on one baseline (they overlap vertically by more than half the
smaller height, pdfminer's own ``line_overlap`` test) are joined into one
line, left to right, when the evidence says they are one line:

* **a word gap**: a line above or below (within :data:`NEIGHBOUR_PITCH`
  line heights) runs across the gap, so it is no column gutter, and the gap
  is at most :data:`MAX_WORD_GAP` ems;
* **a heading number and its title**: the left piece is a heading number
  alone (``§ 2``, ``3.1``, ``IV.``; :data:`HEADING_NUMBER`) and the gap is at
  most :data:`MAX_NUMBER_GAP` ems (a LaTeX heading's quad after a narrow
  number is wider than pdfminer's ``char_margin``), unless a line above or
  below holds a number alone where it stands (a margin numbering the lines);
* **a list item's mark and its text**: the left piece is a bullet alone (``•``, ``◦``, ``■``, ``▶``, ``・``;
  :data:`ITEM_MARKS`) and the text starts at most :data:`MAX_NUMBER_GAP` ems right of it. A bullet set smaller than
  its text (a LaTeX ``itemize`` in Times: ``•`` at 8 pt before 10 pt text) leaves a gap wider than ``char_margin``
  times its narrow glyph, so pdfminer made it a line of its own (fresh-user trial 62b's shared-mime-info-spec:
  ``•`` alone over ``It must be possible to install applications…``, and two items' bullets one after the other
  over their texts, read as empty items);
* **a table row**: consecutive rows (each within :data:`ROW_PITCH` line
  heights of the next) whose pieces leave one or more white channels through
  all of them, with one of the columns between the channels narrower than
  :data:`MAX_CELL_EMS` ems in two rows or more. A table, a form, a list, a
  table of contents reads along its rows; text set in columns is wider
  (a column of 8 ems holds 8 Japanese or about 16 English characters), and
  a margin that numbers the lines (``12``, ``13``, ``14``) is no table.
  Rows whose channels are only the gutters of text columns are searched
  again column by column, so a table set in one column of a two-column
  page is found although the other column's lines share its baselines.
  A table row's piece is parted again where white wider than a word space
  opens onto a channel of the table's other rows (:func:`table_cells`: two
  header cells closer than ``char_margin``).

Pieces whose left part stands on one baseline and right part on another (:data:`BASELINE_SLACK`) are two rows
(:func:`_baseline_parts`: a contents list's page numbers on their entries' baselines, an abstract beside them at its
own leading), and a justified text column beside a run of rows is searched apart from it (:func:`_prose_column`). A
heading's word gap, with white above and below it, is joined where a line a little further away runs across it
(:func:`_set_apart_word_gap`).

Everything else stays as pdfminer grouped it: two text columns side by side,
a running head and the page number beside it, a slide's footer.

The joined line is a new ``LTTextLineHorizontal`` holding the pieces' glyphs;
pdfminer's own word-space rule (``word_margin``) puts a space where the gap
is wide. A table row is a :class:`TableRowLine`: its cells are parted by
:data:`CELL_SEPARATOR` (a TAB) at each white channel instead of that space,
as tab-separated values (TSV) part the cells of a plain-text table. The
channel is a column separator, not a word space: read as a space, clean's
spacing rule (a space between a Japanese letter and an ASCII digit is
typesetting) would glue the cells (``地点 2023年`` → ``地点2023年``). A TAB
is layout white space like pdfminer's inserted spaces
(:func:`pipeline.chardata.is_layout_space`): no glyph of the page, so the
conservation checks do not count it (docs/decisions.md, "Table cells").
Vertical lines are left alone (they are only joined again by
:func:`~pipeline.extract.reading_order.rejoin_columns`).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from typing import Sequence

from pdfminer.layout import LAParams, LTAnno, LTChar, LTContainer, LTTextLine, LTTextLineHorizontal
from pdfminer.utils import INF

from pipeline.extract.columns import merged_extents, x_bands
from pipeline.listmarks import ARROW_MARKS, BULLETS, MIDDLE_DOTS, NAKAGURO, SHAPE_MARKS

#: Line heights (centre to centre) within which a line above or below is a neighbour of a row.
NEIGHBOUR_PITCH = 2.0
#: Ems a word gap of a justified line may be wide at most; wider is no word space whatever lies around it.
MAX_WORD_GAP = 4.0
#: Ems of a word gap over which only a line in the row's own size bridges it (:func:`_same_size`).
WIDE_GAP = 1.0
#: Relative difference of glyph size within which two lines are in one size.
SAME_SIZE = 0.1
#: Ems between a heading number and its title at most (a quad, as typesetters set it; LaTeX sets one em).
MAX_NUMBER_GAP = 2.0
#: A heading number alone: an optional section sign, arabic numbers of up to three levels, a roman numeral, or an
#: appendix's letter with one or two numbered levels under it (``B.1``, ``A.2.3``: trial 78c, ptexskip's ``B.1`` in
#: CMBX12 beside its title in CMTT12), with an optional full stop.
HEADING_NUMBER = re.compile(r"^(?:§\s?)?(?:\d{1,3}(?:[.．]\d{1,3}){0,2}|[IVX]{1,5}|[A-Z](?:[.．]\d{1,3}){1,2})[.．]?$")
#: Line heights between the centres of two rows of one table at most (a contents list spaces its chapters).
ROW_PITCH = 3.0
#: Ems: a column of a table is narrower than this (a text column is wider).
MAX_CELL_EMS = 8.0
#: Rows of two cells or more a table of wide text cells has at least (author blocks side by side are two or three deep).
MIN_TEXT_ROWS = 3
#: Ems within which the cells of one column of such a table line up on an edge (a paragraph's indent is an em).
CELL_ALIGN = 0.5
#: Share of its column's width a line of prose fills (a table's text cells mostly do not).
PROSE_FILL = 0.7
#: Share of its column's width each line of justified prose fills (its paragraphs' last lines aside).
JUSTIFIED_FILL = 0.9
#: Ems: a column of text set in three columns or more is wider than this (a table's text cells may be narrower).
PROSE_MIN_EMS = 12.0
#: Share of the run's median line height a table's cell differs from it at most when weighing a column's raggedness
#: (:func:`_text_cells`): a caption or a heading set in another size is no cell.
CELL_SIZE = 0.08
#: What parts the cells of a table row in its raw line (module docstring).
CELL_SEPARATOR = "\t"
#: Share of the smaller height two pieces must overlap vertically to be on one baseline (pdfminer's ``line_overlap``).
LINE_OVERLAP = 0.5


def _centre(line: LTTextLine) -> float:
    return (line.y0 + line.y1) / 2


def baseline_rows(lines: Sequence[LTTextLineHorizontal]) -> list[list[LTTextLineHorizontal]]:
    """The lines grouped into rows on one baseline, top to bottom; each row's pieces left to right.

    A line joins the row above when it overlaps that row's first line vertically by more than
    :data:`LINE_OVERLAP` of the smaller height.
    """
    rows: list[list[LTTextLineHorizontal]] = []
    for line in sorted(lines, key=lambda item: (-_centre(item), item.x0)):
        if rows:
            head = rows[-1][0]
            overlap = min(head.y1, line.y1) - max(head.y0, line.y0)
            if overlap > LINE_OVERLAP * min(head.height, line.height):
                rows[-1].append(line)
                continue
        rows.append([line])
    for row in rows:
        row.sort(key=lambda item: item.x0)
        row[:] = _kerned_glyphs_joined(row)
    return [part for row in rows for part in _baseline_parts(row)]


def _kerned_glyphs_joined(row: list[LTTextLineHorizontal]) -> list[LTTextLineHorizontal]:
    """``row`` (its pieces left to right) with a piece of one glyph joined to the piece after it where the two
    overlap horizontally: one word, whose next glyph is kerned under it and set on another baseline.

    Why: pdfminer groups two glyphs into a horizontal line when they overlap vertically (``line_overlap``) and
    into a vertical one when they overlap horizontally; with ``detect_vertical`` a pair that does both is neither,
    and the first glyph becomes a line of its own (``LTLayoutContainer.group_objects``' last branch). TeX's logos
    set a small raised ``A`` kerned under the ``L`` (``\\LaTeX``): fresh-user trial 77c's sample-jsclasses heading
    came out as ``ATEX 関連の…`` with ``L`` a paragraph of its own under it, and URbeamer-DEMO's footer as a table
    row ``L⇥ATEX-Kurse und Support``. Two cells, two columns or a word and the next never overlap; a lone glyph
    that does is the word's first letter, where it stands on the piece's baseline (:func:`_baseline`): a sum's
    limits stacked over each other (``∞`` over ``k=1``), a lost glyph over Japanese text stay apart.
    """
    out: list[LTTextLineHorizontal] = []
    for piece in row:
        if out and len(_glyphs(out[-1])) == 1 and out[-1].x0 <= piece.x0 < out[-1].x1 \
                and (base := _baseline(piece)) is not None \
                and abs(_glyphs(out[-1])[0].matrix[5] - base) <= BASELINE_SLACK * _glyph_size(piece):
            joined = LTTextLineHorizontal(piece.word_margin)
            for glyph in (*_glyphs(out[-1]), *_glyphs(piece)):
                joined.add(glyph)
            out[-1] = joined
            continue
        out.append(piece)
    return out


#: Ems two baselines of one row may differ by at most and still be one printed line (a line's pieces share one
#: baseline to rounding; two columns set at their own leading stand a tenth of an em apart or more).
BASELINE_SLACK = 0.1


#: Code points from here on (CJK radicals, kana, ideographs, full-width forms) are set on a baseline of their own.
CJK_FROM = 0x2E80


def _baseline(piece: LTTextLine) -> float | None:
    """The baseline of a horizontal piece: the origin height its upright glyphs of alphabets and digits stand on most
    (a superscript or a subscript aside), ``None`` without them. pTeX and its kin draw a Japanese glyph from an
    origin of its own font's, off the Latin baseline of its line (bxjscls' contents: ``1`` and ``本パッケージの目的``
    on one printed line, their origins apart), so Japanese and Chinese glyphs tell no baseline here."""
    heights = [round(glyph.matrix[5], 1) for glyph in _glyphs(piece)
               if glyph.matrix[1] == 0 and glyph.matrix[2] == 0 and glyph.matrix[3] > 0
               and not any(ord(ch) >= CJK_FROM for ch in glyph.get_text())]
    return Counter(heights).most_common(1)[0][0] if heights else None


def _baseline_parts(row: list[LTTextLineHorizontal]) -> list[list[LTTextLineHorizontal]]:
    """``row`` (its pieces left to right) parted where its pieces stand on two baselines, the left ones on one and
    the right ones on the other, more than :data:`BASELINE_SLACK` ems apart: two printed lines side by side, set
    at leadings of their own, that overlap vertically (the upper part first). A table of contents' page numbers
    stand on their entries' baselines; the abstract beside them, at its own leading, came out as their row
    (ieeepes' documentation: ``1⇥This LATEX 2ε package implements⇥the`` while the contents had no numbers). Pieces
    of another baseline between pieces of one (an inline fraction in a justified line) part nothing, nor parts of
    two sizes (a superscript mark after its line), nor a row of short pieces only, none :data:`MAX_CELL_EMS` ems
    wide (a chart's tick labels: no line of text stands among them).
    """
    if len(row) < 2 or not any(piece.width >= MAX_CELL_EMS * _glyph_size(piece) for piece in row):
        return [row]  # short pieces only (a chart's tick labels, a formula's parts): no line of text to part off
    lines = [_baseline(piece) for piece in row]
    if any(line is None for line in lines):
        return [row]
    slack = BASELINE_SLACK * _height(row)
    for k in range(1, len(row)):
        left, right = lines[:k], lines[k:]
        if max(left) - min(left) <= slack and max(right) - min(right) <= slack \
                and abs(left[0] - right[0]) > slack and _one_size(row[:k], row[k:]):
            upper, lower = (row[:k], row[k:]) if left[0] > right[0] else (row[k:], row[:k])
            return [upper, lower]
    return [row]


#: Glyph sizes (smaller to larger) two parts of a row share at least to be two lines side by side (a superscript
#: mark set apart after its line is smaller: it stays in the row).
PART_SIZE_RATIO = 0.85


def _glyph_size(piece: LTTextLine) -> float:
    return statistics.median(glyph.size for glyph in _glyphs(piece)) if _glyphs(piece) else max(piece.height, 1.0)


def _one_size(left: Sequence[LTTextLine], right: Sequence[LTTextLine]) -> bool:
    a = statistics.median(_glyph_size(p) for p in left)
    b = statistics.median(_glyph_size(p) for p in right)
    return min(a, b) >= PART_SIZE_RATIO * max(a, b)


def _height(row: Sequence[LTTextLine]) -> float:
    return max(statistics.median(piece.height for piece in row), 1.0)


def _x_bands(pieces: Sequence[LTTextLine]) -> list[tuple[float, float]]:
    """The x-extents left by the pieces' union, left to right (white channels lie between them)."""
    return [(min(p.x0 for p in band), max(p.x1 for p in band)) for band in x_bands(pieces)]


def _near(upper: Sequence[LTTextLine], lower: Sequence[LTTextLine], pitch: float) -> bool:
    return 0 < _centre(upper[0]) - _centre(lower[0]) <= pitch * max(_height(upper), _height(lower))


def table_rows(rows: list[list[LTTextLineHorizontal]], justified: list[int] | None = None
               ) -> list[list[list[LTTextLineHorizontal]]]:
    """The tables among ``rows`` (top to bottom): each its rows, each row the pieces of one table row, left to right.
    ``justified``, when given, receives the ``id`` of each piece of a run that is a justified paragraph's lines
    (:func:`_justified_lines`): two such pieces side by side in a row are one line.

    A run of rows that is no table as a whole (text columns side by side: their channels are the gutters) is
    searched again column by column, each column's pieces alone, so a table set in one column of a two-column
    page is found beside the other column's lines.
    """
    found: list[list[list[LTTextLineHorizontal]]] = []
    start = 0
    while start < len(rows):
        end = start + 1
        extents = _x_bands(rows[start])
        while end < len(rows) and _near(rows[end - 1], rows[end], ROW_PITCH):
            wider = merged_extents([*extents, *((piece.x0, piece.x1) for piece in rows[end])])
            if len(wider) < 2:
                break
            extents = wider
            end += 1
        run = range(start, end)
        if len(rows[start]) == 1 and end > start + 1:
            # a line alone over the run (a centred date line over a contents list and the abstract beside it) may
            # bridge the channel between a text column and what stands beside it: the run is weighed without it
            # where a text column shows then
            inner = _x_bands([piece for k in range(start + 1, end) for piece in rows[k]])
            if len(inner) > len(extents) and _prose_column(rows, range(start + 1, end), inner) is not None:
                run, extents = range(start + 1, end), inner
        weighed = sum(len(rows[k]) > 1 for k in run) >= 2
        if weighed:
            if (prose := _prose_column(rows, run, extents)) is not None:
                for x0, x1 in ((-INF, prose[0]), prose, (prose[1], INF)):
                    column = [inside for k in run if (inside := [p for p in rows[k] if x0 <= p.x0 and p.x1 <= x1])]
                    found.extend(table_rows(column, justified))
            elif (numbers := _numbering_column(rows, run)) is not None:
                found.extend(table_rows([rest for k in run if (rest := [p for p in rows[k] if p not in numbers])],
                                        justified))
            elif _justified_lines(rows, run):
                if justified is not None:
                    justified.extend(id(piece) for k in run for piece in rows[k])
            elif not _side_set_apart(rows, run) and (_narrow_column(rows, run) or _text_cells(rows, run)
                                                     or _cell_grid(rows, run)):
                table = [rows[k] for k in run if len(rows[k]) > 1]
                found.append(([rows[run.start - 1]] if _header_over(rows, run.start - 1, table) else []) + table)
            elif len(extents) > 1:
                for x0, x1 in extents:
                    column = [inside for k in run if (inside := [p for p in rows[k] if x0 <= p.x0 and p.x1 <= x1])]
                    found.extend(table_rows(column, justified))
        # a run weighed as nothing (fewer than two rows of cells) leaves its rows free: the next run starts at its
        # second row, not after it. A caption over a table bridges the table's channels and ends its run at the
        # table's first row of figures; that run held the header row, which had then started no run of its own and
        # stayed outside its table (issue 16, paper85: trial 84b's ``表1　…`` over ``群 CNN ViT`` over the figures,
        # the header's cells read as three lines out of column order)
        start = end if end > start + 1 and weighed else start + 1
    return found


def _header_over(rows: list[list[LTTextLineHorizontal]], k: int, table: list[list[LTTextLineHorizontal]]) -> bool:
    """``rows[k]``, one piece right over a table's rows ``table`` (within :data:`ROW_PITCH`), is the table's header
    that pdfminer read as one line: its glyphs part at the table's white channels (:func:`table_cells`) into one cell
    over each of the table's columns, in order. A header's words stand closer than the figures under them, within
    pdfminer's ``char_margin``, so the run of rows, which needs two columns in every row, began under it. Why
    (realdocs' klis_thesis.pdf: ``被験者 ID はい いいえ`` over ``1 1 2`` … ``計 9 12`` had stayed one line, and clean
    closed its cells up as ``被験者IDはい いいえ``). A caption over the table parts nowhere (its word spaces are
    narrower than :data:`CELL_GAP`), nor does a line reaching over only some of the columns."""
    if k < 0 or len(rows[k]) != 1 or len(table) < 2 or not _near(rows[k], table[0], ROW_PITCH):
        return False
    bands = _x_bands([piece for row in table for piece in row])
    cells = [cell for cell in table_cells(rows[k], table) if cell]
    return len(bands) >= 2 and len(cells) == len(bands) and all(
        cell[0].x0 < x1 and cell[-1].x1 > x0 for cell, (x0, x1) in zip(cells, bands))


#: A text column beside a run shares at most one row in this many with the pieces beside it (a description list's
#: labels stand on their descriptions' first lines: fcltxdoc's ``pkgcolor⇥color for the package name …``).
PROSE_SHARED = 5
#: A contents entry's leader (``. . . .``, ``....``): a column holding one is a contents list's, no text column.
LEADER = re.compile(r"(?:[.·…] ?){4,}")


def _prose_column(rows: list[list[LTTextLineHorizontal]], run: range, extents: Sequence[tuple[float, float]]
                  ) -> tuple[float, float] | None:
    """A column of the run (between its white channels) that is a justified text column beside the rest, else
    ``None``: wider than :data:`PROSE_MIN_EMS` ems, sharing at most one row in :data:`PROSE_SHARED` with other
    pieces (one at least), most of its rows one piece each and ending flush with its right edge (within :data:`CELL_ALIGN` ems),
    no leader in it (:data:`LEADER`: bxjscls' contents, its entries' titles and leaders in one wide column, had been
    taken for a text column and parted from their numbers). Its lines stand
    at their own leading, so they share rows with whatever stands beside them by chance; a table's wrapped text
    cells are ragged. The run is then searched column by column: the text column, and what stands left and right
    of it. ieeepes' documentation sets its contents (page numbers in a narrow column at the right) beside the
    abstract: the narrow column made the whole run one table whose rows were the abstract's split lines, and the
    contents' rows were no table (their page numbers read after the entries, each alone).
    """
    pieces = [piece for k in run for piece in rows[k]]
    em = statistics.median(piece.height for piece in pieces)
    for x0, x1 in extents:
        if x1 - x0 < PROSE_MIN_EMS * em:
            continue
        alone = shared = flush = lines = whole = 0
        leaders = False
        for k in run:
            inside = [p for p in rows[k] if x0 <= p.x0 and p.x1 <= x1]
            if not inside:
                continue
            lines += 1
            whole += len(inside) == 1
            leaders = leaders or any(LEADER.search(p.get_text()) for p in inside)
            flush += x1 - max(p.x1 for p in inside) <= CELL_ALIGN * em
            if len(inside) == len(rows[k]):
                alone += 1
            else:
                shared += 1
        if shared and PROSE_SHARED * shared <= lines and 2 * flush > lines and 2 * whole > lines and not leaders:
            return x0, x1
    return None


#: A column of the run set this much smaller than the rest (its median height against theirs) is set apart.
SET_APART_SIZE = 2 / 3
#: Pieces a column set apart holds at least (a sidebar runs down the page; a form's value beside its label is one).
SET_APART_PIECES = 3


def _side_set_apart(rows: list[list[LTTextLineHorizontal]], run: range) -> bool:
    """The first or last column of the run (between its white channels), :data:`SET_APART_PIECES` pieces or more,
    narrower than the text beside it, most of them holding a letter, is set much smaller than the others: under
    :data:`SET_APART_SIZE` of their median height. A table's cells are
    set in one size or near it (a form's 9 pt values beside its 12 pt labels); a deck's navigation down the page's
    side (a beamer sidebar's sections, 4 and 6 pt beside a 10.9 pt body: hitszbeamer) is set far smaller, beside
    text of its own. Its rows are then searched column by column (``tests/test_extract_sidebar.py``).

    >>> from pdfminer.layout import LTTextLineHorizontal as L
    >>> def piece(x0, y0, x1, h):
    ...     p = L(0.1); p.set_bbox((x0, y0, x1, y0 + h)); return p
    >>> _side_set_apart([[piece(3, 100, 40, 10), piece(66, 100, 200, 10)]], range(1))  # one size: a table's row
    False
    """
    pieces = [piece for k in run for piece in rows[k]]
    bands = _x_bands(pieces)
    if len(bands) < 2:
        return False
    for side, others in ((bands[0], bands[1:]), (bands[-1], bands[:-1])):
        if side[1] - side[0] >= others[-1][1] - others[0][0]:
            continue  # the text beside a side column is wider than it (a heading's number is no column set apart)
        column = [p for p in pieces if side[0] <= p.x0 and p.x1 <= side[1]]
        if 2 * sum(any(ch.isalpha() for ch in p.get_text()) for p in column) < len(column):
            continue  # numbers down a side: a listing's line numbers beside its code stay as they were
        inside = [p.height for p in column]
        rest = [p.height for p in pieces if not (side[0] <= p.x0 and p.x1 <= side[1])]
        if len(inside) >= SET_APART_PIECES and rest and statistics.median(inside) < SET_APART_SIZE * statistics.median(rest):
            return True
    return False


def _numbering_column(rows: list[list[LTTextLineHorizontal]], run: range) -> list[LTTextLineHorizontal] | None:
    """The pieces of a column of the run (between its white channels) that numbers its lines, else ``None``: they
    count lines (:func:`counts_lines`) and a fifth of them or more stand alone in their row.

    A manuscript's margin numbers its lines at a pitch of its own: the numbers go on past the text's blank lines,
    displays and headings, alone in their rows, and only some share a baseline with a text line; a table's index
    column stands in its rows, beside their cells. Beside a contents list (whose page numbers make a narrow
    column) or with a number pdfminer broke (``1`` of ``10`` stacked with the numbers above it, ``0`` left alone)
    the run had been read as a table: every line of acmart's and aomart's manuscripts came as
    ``18⇥well as many of …`` (trial 46's regression run: those pages had been read as vertical writing before).
    The run is searched again without the column.

    A run of two rows, or of rows that all hold text beside their numbers, is weighed with the margin around it:
    the numbers the rows above and below it hold in the column (:func:`_margin_numbers`). When the count goes on
    through them, two of them or more, the column numbers lines too: a table ends where its run ends, while a
    margin's count goes on past the white that parted the run from the text around it. AASTeX's review copy
    (real-PDF regression set, col48) had its keywords' two lines, 3 line heights of white above and below them,
    read as a table of two rows (``24⇥Keywords: …``), and that line, reaching into the margin's column, kept the
    whole page's numbers in the text.
    """
    pieces = [piece for k in run for piece in rows[k]]
    for x0, x1 in _x_bands(pieces):
        column = [p for k in run for p in rows[k] if x0 <= p.x0 and p.x1 <= x1]
        alone = sum(1 for k in run if len(rows[k]) == 1 and x0 <= rows[k][0].x0 and rows[k][0].x1 <= x1)
        if 5 * alone >= len(column) and counts_lines([p.get_text() for p in column]):
            return column
        above = _margin_numbers(rows, range(run.start - 1, -1, -1), x0, x1)
        below = _margin_numbers(rows, range(run.stop, len(rows)), x0, x1)
        if len(above) + len(below) >= MARGIN_CONTEXT \
                and counts_lines([p.get_text() for p in [*reversed(above), *column, *below]]):
            return column
    return None


#: Numbers of the margin around a run that must go on with its column's count (:func:`_numbering_column`).
MARGIN_CONTEXT = 2


def _margin_numbers(rows: list[list[LTTextLineHorizontal]], order: range, x0: float, x1: float
                    ) -> list[LTTextLineHorizontal]:
    """The pieces of the rows in ``order`` (walking away from a run) that stand in the column ``x0``–``x1`` as a
    number alone, nearest first, up to :data:`MARGIN_CONTEXT`; the walk stops at a row whose piece there is
    anything else (text reaching into the column: no margin goes on there)."""
    out: list[LTTextLineHorizontal] = []
    for k in order:
        inside = [p for p in rows[k] if p.x0 < x1 and p.x1 > x0]
        if not inside:
            continue
        if len(inside) > 1 or not inside[0].get_text().strip().isdigit():
            break
        out.append(inside[0])
        if len(out) == MARGIN_CONTEXT:
            break
    return out


#: A justified line's word space after a sentence's end is at most this many times its other word spaces (TeX
#: stretches it by the space factor, 3 at most, and adds ``\\fontdimen7``: (4.44 + 3s) / (3.33 + s) < 3 for any stretch s).
JUSTIFIED_SPACE = 3.0


def _word_space(row: Sequence[LTTextLine]) -> float | None:
    """The median white between two words inside the row's pieces (from one word's last glyph to the next word's
    first, where pdfminer put a space or the page draws a space glyph), ``None`` below two."""
    gaps = []
    for piece in row:
        last, spaced = None, False
        for item in piece:
            if item.get_text().isspace():
                spaced = True
                continue
            if isinstance(item, LTChar):
                if last is not None and spaced:
                    gaps.append(item.x0 - last.x1)
                last, spaced = item, False
    return statistics.median(gaps) if len(gaps) >= 2 else None


def _justified_lines(rows: list[list[LTTextLineHorizontal]], run: range) -> bool:
    """Every row of two pieces or more in the run is a justified line's pieces, no table row: each white between
    its pieces is at most :data:`JUSTIFIED_SPACE` times the row's own word space (:func:`_word_space`), and a
    line above or below in the row's size runs across it (:func:`_bridged`).

    Why (fresh-user trial 77c, asmeconf-template's references): a justified line's space after a full stop is
    stretched three times as much as its others, and after a narrow glyph it is wider than pdfminer's
    ``char_margin``; two such lines one under another, each parted near its right end, left a white channel
    through both, its right column narrow, and they became a table's rows
    (``…Mills, Christopher D.⇥“Struc-`` / ``tural Dynamics in Parallel Manipulation.”⇥Proceed-``). A table's
    cells stand an em or more apart, its words inside a cell a natural space (a third of an em): the channel is
    three word spaces or more. A row whose pieces hold fewer than two word spaces tells nothing, and keeps the run
    a table; so does a row that ends short of the lines around it (within :data:`CELL_ALIGN` ems: a justified
    line fills its measure, a listing's line beside its number does not) or holds a contents entry's leader
    (:data:`LEADER`: a contents list's number, title and page stand flush with the column too). The line across
    may stand next to any of the run's rows (a reference's last line above the first parted row is short; the
    next reference's first line under the second runs across).
    """
    parted = [k for k in run if len(rows[k]) > 1]
    inside = {id(piece) for k in parted for piece in rows[k]}
    for k in parted:
        row = rows[k]
        space = _word_space(row)
        if space is None or space <= 0 or any(LEADER.search(piece.get_text()) for piece in row):
            return False
        # the lines around the run, the run's lines of one piece among them (a paragraph's last line)
        neighbours = [n for j in parted for n in _neighbours(rows, j) if id(n) not in inside and _same_size(n, row)]
        if not neighbours or max(n.x1 for n in neighbours) - row[-1].x1 > CELL_ALIGN * _height(row):
            return False  # not flush with the column's right edge: a listing's or a form's ragged row
        for left, right in zip(row, row[1:]):
            if right.x0 - left.x1 > JUSTIFIED_SPACE * space or not _bridged(left, right, neighbours):
                return False
    return bool(parted)


def _narrow_column(rows: list[list[LTTextLineHorizontal]], run: range) -> bool:
    """Some column of the run (between its white channels) holds pieces of two rows or more and is narrower
    than :data:`MAX_CELL_EMS` ems, and is no line numbering (:func:`counts_lines`)."""
    pieces = [piece for k in run for piece in rows[k]]
    em = statistics.median(piece.height for piece in pieces)
    for x0, x1 in _x_bands(pieces):
        members = [piece for k in run for piece in rows[k] if x0 <= piece.x0 and piece.x1 <= x1]
        if len(members) >= 2 and x1 - x0 < MAX_CELL_EMS * em and not counts_lines([m.get_text() for m in members]):
            return True
    return False


def _text_cells(rows: list[list[LTTextLineHorizontal]], run: range) -> bool:
    """The run is a table of wide text cells: :data:`MIN_TEXT_ROWS` rows or more of two pieces or more, every
    column (between the run's white channels) lined up on its left or its right edge (within
    :data:`CELL_ALIGN` ems), and some column of :data:`MIN_TEXT_ROWS` cells or more ragged: fewer than half of
    them fill :data:`PROSE_FILL` of its width, or three columns or more each narrower than :data:`PROSE_MIN_EMS`
    ems, one of them not justified (fewer than half its cells fill :data:`JUSTIFIED_FILL` of it: narrow
    justified columns of prose are no table). Rows of one piece (the sentence above the table) are left out.

    Text set in columns is no such run: its lines fill their column (a paragraph's last line aside), its
    columns are wider (a three-column newsletter's are 15 ems or more), and its paragraphs' indented first
    lines do not line up. Author blocks side by side are centred, and two or
    three lines deep. pdfminer sets each column of such a table in one text box of its own, which its box
    order (and :mod:`~pipeline.extract.columns`) then reads column by column.
    """
    if sum(len(rows[k]) > 1 for k in run) < MIN_TEXT_ROWS:
        return False
    # a line alone in its row (the sentence above the table, a caption) is no row of cells
    pieces = [piece for k in run if len(rows[k]) > 1 for piece in rows[k]]
    em = statistics.median(piece.height for piece in pieces)
    columns = _x_bands(pieces)
    if len(columns) < 2:
        return False
    # a column that goes on alone, row after row, as long as the rows of cells (the rest of an abstract beside a
    # short reference list): two text columns of unequal length side by side, not a table (whose wrapped cells
    # add a line here and there)
    alone = sum(1 for k in run if len(rows[k]) == 1 and any(x0 - CELL_ALIGN * em <= rows[k][0].x0 and rows[k][0].x1 <= x1
                                                           for x0, x1 in columns))
    if alone >= sum(len(rows[k]) > 1 for k in run):
        return False
    ragged = unjustified = False
    for x0, x1 in columns:
        members = [piece for piece in pieces if x0 <= piece.x0 and piece.x1 <= x1]
        if not (all(p.x0 - x0 <= CELL_ALIGN * em for p in members) or all(x1 - p.x1 <= CELL_ALIGN * em for p in members)):
            return False
        # a table sets its cells in one size or near it: a caption or a heading set in another size among a text
        # column's lines is no cell (col66: a three-column page's figure caption, 8 pt over the 9 pt text, and a
        # paragraph's last line made the third column look ragged, and the columns' lines became rows of cells)
        members = [p for p in members if abs(p.height - em) <= CELL_SIZE * em]
        if len(members) < MIN_TEXT_ROWS:
            continue
        ragged = ragged or 2 * sum(p.x1 - p.x0 >= PROSE_FILL * (x1 - x0) for p in members) < len(members)
        unjustified = unjustified or 2 * sum(p.x1 - p.x0 >= JUSTIFIED_FILL * (x1 - x0) for p in members) < len(members)
    return ragged or (unjustified and len(columns) >= 3 and all(x1 - x0 < PROSE_MIN_EMS * em for x0, x1 in columns))


#: Columns a grid of text cells (:func:`_cell_grid`) has at least: text set in two columns is as often a page's prose.
MIN_GRID_COLUMNS = 3
#: The widest white channel of a grid of cells is this many times its narrowest at least, or more (:func:`_cell_grid`).
UNEVEN_CHANNELS = 2.0


def _first_word(piece: LTTextLine) -> float:
    """The width of the piece's first word (its glyphs up to the first space; a Japanese or Chinese glyph is a word of
    its own, as a line of Japanese breaks between any two), in points."""
    glyphs = _glyphs(piece)
    if not glyphs:
        return 0.0
    end = glyphs[0]
    for item in piece:
        if not isinstance(item, LTChar):
            if item.get_text().isspace():
                break
            continue
        if item.get_text().isspace() or (item is not glyphs[0] and item.x0 - end.x1 > 0.2 * item.size):
            break
        end = item
        if any(ord(ch) >= CJK_FROM for ch in item.get_text()):
            break
    return end.x1 - glyphs[0].x0


def _unwrapped(cells: Sequence[LTTextLine], width: float) -> int:
    """How many of the column's cells (top to bottom) end short enough that the next one's first word would have
    fitted after them in the column's ``width`` (a word space between): a paragraph wrapped greedily never leaves
    that room but at its end, a table's cells each end where their text ends."""
    count = 0
    for upper, lower in zip(cells, cells[1:]):
        space = 0.25 * _glyph_size(upper)
        count += (upper.x1 - upper.x0) + space + _first_word(lower) <= width
    return count


def _cell_grid(rows: list[list[LTTextLineHorizontal]], run: range) -> bool:
    """The run is a grid of text cells: :data:`MIN_GRID_COLUMNS` columns or more (between the white channels of its
    rows of two pieces or more), :data:`MIN_TEXT_ROWS` such rows or more, each with exactly one piece in every
    column, every column lined up on its left edge (within :data:`CELL_ALIGN` ems), and either its channels uneven
    (the widest :data:`UNEVEN_CHANNELS` times the narrowest or more) or some column's cells unwrapped
    (:func:`_unwrapped`): half of its neighbouring pairs or more, two at least. Rows of one piece (the sentence
    above the table) are left out.

    Why (issue 16, helper pdf84; fresh-user trial 84a's manual chapter): a troubleshooting table of three columns of
    short phrases (``Water leaks from the base`` | ``Cartridge not locked`` | ``Turn clockwise until it clicks``)
    has cells too wide for :func:`_narrow_column` and too even for :func:`_text_cells`; pdfminer set each column in a
    box of its own, read column by column, and segment glued the cells into one paragraph. pdfplumber's text
    strategy finds such a table by words lined up on x positions alone; here the columns' left edges line up too,
    and the grid must be unlike text set in columns, whose gutters are even and whose lines are wrapped greedily
    (a line ends short only at its paragraph's end).
    """
    full = [rows[k] for k in run if len(rows[k]) > 1]
    if len(full) < MIN_TEXT_ROWS:
        return False
    pieces = [piece for row in full for piece in row]
    em = statistics.median(piece.height for piece in pieces)
    columns = _x_bands(pieces)
    if len(columns) < MIN_GRID_COLUMNS or any(len(row) != len(columns) for row in full):
        return False
    cells = [[row[j] for row in full] for j in range(len(columns))]
    for (x0, x1), column in zip(columns, cells):
        if not (x0 <= column[0].x0 and all(x0 <= p.x0 and p.x1 <= x1 and p.x0 - x0 <= CELL_ALIGN * em for p in column)):
            return False  # a row's pieces do not stand one in each column
    channels = [right[0] - left[1] for left, right in zip(columns, columns[1:])]
    if min(channels) > 0 and max(channels) >= UNEVEN_CHANNELS * min(channels):
        return True
    return any(2 * (n := _unwrapped(column, x1 - x0)) >= len(column) - 1 and n >= 2
               for (x0, x1), column in zip(columns, cells))


def counts_lines(cells: Sequence[str]) -> bool:
    """Cells that number lines: three or more integers, one a row, rising by one step (1, 2, 3 or 5, 10, 15), as a
    manuscript's margin numbers its lines; the text beside them is no table row. Four steps in five at least are
    that step: a long margin keeps its numbering with a number pdfminer broke (``10`` read ``1`` stacked over the
    numbers above it and ``0`` alone: acmart's manuscript, trial 46).

    >>> counts_lines(["12", "13", "14"]), counts_lines(["5", "10", "15"]), counts_lines(["1", "1", "2"]), counts_lines(["1", "2"])
    (True, True, False, False)
    >>> counts_lines(["0", *map(str, range(11, 20))]), counts_lines(["1", "2", "3", "7"])
    (True, False)
    >>> counts_lines(["¹", "²", "³"])  # digits to str.isdigit, not to int: note marks (review 48)
    False
    """
    values = [int(text.strip()) for text in cells if text.strip().isdecimal()]
    if len(values) < 3 or len(values) != len(cells):
        return False
    step, count = Counter(b - a for a, b in zip(values, values[1:])).most_common(1)[0]
    return step > 0 and 5 * count >= 4 * (len(values) - 1)


def _neighbours(rows: list[list[LTTextLineHorizontal]], k: int, pitch: float = NEIGHBOUR_PITCH
                ) -> list[LTTextLineHorizontal]:
    """The lines of the rows above and below row ``k`` within ``pitch`` line heights (rows of the
    other column, at other heights, may stand between a line and the one above it in its own column)."""
    out: list[LTTextLineHorizontal] = []
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(rows) and (_near(rows[j], rows[k], pitch) if step < 0 else _near(rows[k], rows[j], pitch)):
            out.extend(rows[j])
            j += step
    return out


#: Line heights within which a line of the column runs across a heading's word gap (white sets a heading apart).
HEADING_PITCH = 4.0


def _setting(piece: LTTextLine) -> tuple[str, float]:
    """The font and size most of the piece's glyphs are set in."""
    return Counter((glyph.fontname, round(glyph.size, 1)) for glyph in _glyphs(piece)).most_common(1)[0][0]


def _set_apart_word_gap(left: LTTextLine, right: LTTextLine, around: Sequence[LTTextLine],
                        near: Sequence[LTTextLine]) -> bool:
    """``left`` and ``right``, in one setting (font and size), are parted by a word space a justified line stretched,
    on a line white sets apart from its column (a heading: no line in another setting within :data:`NEIGHBOUR_PITCH`
    line heights, ``near``, stands over or under the pair, and nothing stands in the gap): a line within :data:`HEADING_PITCH`
    line heights (``around``) runs across the gap, and no row there leaves a white channel through it between two lines that
    stand inside the pair's extent (a gutter goes on down the page; a full-width line over two columns runs across
    their gutter too). elsarticle's two-column 5p sets a section's heading justified over two lines:
    ``2. Evanescent vs.`` ⎵ ``conventional quadrupole light-matter`` / ``coupling``; the white after ``vs.`` (an
    em) parted the first line, and its halves were read as two lines, the heading as ``2. Evanescent vs.
    coupling`` (session 50's real-PDF trial)."""
    if _setting(left) != _setting(right) or not _bridged(left, right, around):
        return False
    top, bottom = max(left.y1, right.y1), min(left.y0, right.y0)
    if any(n.x0 < right.x0 and n.x1 > left.x1 and n.y0 < top and n.y1 > bottom for n in around):
        return False  # something stands in the gap (a word set on another baseline): no white between them
    if any(n.x0 < right.x1 and n.x1 > left.x0 and _setting(n) != _setting(left) for n in near):
        return False  # a line of the text within the neighbours' pitch: the line is set apart by no white
    inside = [n for n in around if n.x0 >= left.x0 - 1 and n.x1 <= right.x1 + 1]
    for row in baseline_rows(inside):
        if any(p.x1 <= left.x1 + 1 for p in row) and any(p.x0 >= right.x0 - 1 for p in row) \
                and not any(p.x0 < left.x1 and p.x1 > right.x0 for p in row):
            return False
    return True


#: Line heights above and below a line within which the lines of two text columns show their edges (:func:`_overfull`).
GUTTER_PITCH = 6.0
#: Points within which two lines end (or start) on one edge: a justified column's lines end on the point.
EDGE_SLACK = 1.0
#: Lines of a column ending on one edge, and of the next column starting on one, that show the two columns.
MIN_EDGE_LINES = 2
#: Ems an overfull line runs past its column's right edge at most (an unbreakable file name, a URL); a line running
#: further is set across the columns (a box's full-width text, a heading).
MAX_OVERHANG = 6.0


def _overfull(line: LTTextLineHorizontal, around: Sequence[LTTextLine]) -> float | None:
    """The right edge of ``line``'s column where ``line`` runs past it into the next column, else ``None``:
    :data:`MIN_EDGE_LINES` or more lines of text around it in its size (``around``; :data:`PROSE_MIN_EMS` ems wide
    or more) end on one edge ``E`` (within :data:`EDGE_SLACK` points) left of ``line``'s end, ``line`` starts where
    they start (an em's indent allowed) and ends at most :data:`MAX_OVERHANG` ems past it, and a line in its size stands right of ``E``, starting
    before ``line``'s end (the next column's text, which ``line`` reaches into or over). A line set across the
    columns runs a column's width past ``E``; a line of one column alone has nothing beside it.

    Why (issue 16, helper tex80): TeX leaves a line with an unbreakable word overfull; TUDaSciPoster's demo sets its
    boxes in two columns 1.2 ems apart, and two lines of the left boxes run 1.6 and 4.8 ems over the gutter
    (``…in der Datei DEMO-TUDaSciPoster.tex``, ``…Klassenoption footer=false``). Such a line bridged the gutter
    (:func:`_bridged`: the right box's line on a baseline of the left box's was read on into it, ``…Makros zur
    Boxentyp zwischen …``), closed the white channel between the columns, so that a paragraph's last word and a
    heading beside the other column's lines were read as a table's rows (``gezeigt⇥Einstellung dieser Option…``),
    and the page was read across its columns. pdfplumber groups words by baseline only (no columns) and docling cuts
    a page by a learned layout; here the columns' own edges on either side tell the overhang, and the line is
    measured to its column's edge for the layout (its glyphs stay where they are)."""
    size = _glyph_size(line)
    same = [n for n in around if n is not line and abs(_glyph_size(n) - size) <= SAME_SIZE * size]
    # the column's lines are text: a table's cells line up on edges too, but are narrower (``1``, ``2`` under
    # ``Subject ID``, a header pdfminer read as one line)
    ends = Counter(round(n.x1) for n in same if line.x0 < n.x1 < line.x1 - EDGE_SLACK and n.x1 - n.x0 >= PROSE_MIN_EMS * size)
    for edge, _ in ends.most_common(2):
        on_edge = [n for n in same if abs(n.x1 - edge) <= EDGE_SLACK and n.x1 - n.x0 >= PROSE_MIN_EMS * size]
        if len(on_edge) < MIN_EDGE_LINES or line.x1 - edge > MAX_OVERHANG * size:
            continue
        right = max(n.x1 for n in on_edge)
        # the line starts at its column's left edge or a paragraph's indent in from it: a line centred across the
        # gutter (a short caption under a figure set over both columns) starts in the middle of the left column
        if line.x0 - min(n.x0 for n in on_edge) <= size and any(right < n.x0 < line.x1 for n in same):
            return right
    return None


def _overfull_measured(rows: list[list[LTTextLineHorizontal]]) -> None:
    """Each overfull line of the rows (:func:`_overfull`) measured to its column's right edge: its box ends there."""
    for k, row in enumerate(rows):
        for line in row:
            edge = _overfull(line, _neighbours(rows, k, GUTTER_PITCH))
            if edge is not None:
                line.set_bbox((line.x0, line.y0, edge, line.y1))


def _numbers_title(left: LTTextLine, right: LTTextLine, neighbours: Sequence[LTTextLine], em: float) -> bool:
    """``left`` is a heading number alone and ``right`` its title (module docstring): the gap is a quad or two,
    and no line above or below holds a number alone over ``left`` (line numbers in a margin)."""
    if right.x0 - left.x1 > MAX_NUMBER_GAP * em or not HEADING_NUMBER.match(left.get_text().strip()):
        return False
    return not any(n.x0 <= left.x1 and n.x1 >= left.x0 and HEADING_NUMBER.match(n.get_text().strip()) for n in neighbours)


#: Marks that lead a list item and stand for nothing else alone on a baseline (no dash: ``–`` alone is a table's empty
#: cell or a range's sign as often).
ITEM_MARKS = BULLETS + MIDDLE_DOTS + SHAPE_MARKS + ARROW_MARKS + NAKAGURO


def _marks_item(left: LTTextLine, right: LTTextLine, em: float) -> bool:
    """``left`` is a list item's mark alone and ``right`` its text, within a quad or two (module docstring)."""
    mark, text = left.get_text().strip(), right.get_text().strip()
    return (len(mark) == 1 and mark in ITEM_MARKS and text[:1] not in ITEM_MARKS and text != ""
            and 0 <= right.x0 - left.x1 <= MAX_NUMBER_GAP * em)


def _marked_items(row: list[LTTextLineHorizontal], laparams: LAParams) -> list[LTTextLineHorizontal]:
    """``row`` as one line when it is a list item's mark alone and the item's text right of it (:func:`_marks_item`), before
    tables are looked for: a list's bullets set apart from their items' texts by pdfminer stand one above the other,
    a narrow column of white beside them, and read as a table of two columns, the bullet a cell of its own
    (``•⇥First item``: issue 16, session 77, the kind of fresh-user trial 62b's lone bullets)."""
    # only a row of the mark and its text: a mark among more pieces is a symbol in a table's cell as often (``·⇥\cdot``
    # in jlshort's table of LaTeX's symbols), and the table is found as before
    if len(row) != 2 or not _marks_item(row[0], row[1], _height(row)):
        return row
    return [_joined(row, laparams)]


def _same_size(line: LTTextLine, row: Sequence[LTTextLine]) -> bool:
    """``line`` is set in the size of the row's pieces (within :data:`SAME_SIZE`): a justified line's neighbours are
    its paragraph's lines, in its size; a title over an author line is set larger."""
    size = max(_glyph_size(piece) for piece in row)
    return abs(_glyph_size(line) - size) <= SAME_SIZE * size


def _bridged(left: LTTextLine, right: LTTextLine, neighbours: Sequence[LTTextLine]) -> bool:
    """A neighbouring line runs across the white between ``left`` and ``right``."""
    return any(n.x0 <= left.x1 and n.x1 >= right.x0 for n in neighbours)


def _covered(left: LTTextLine, right: LTTextLine, neighbours: Sequence[LTTextLine]) -> bool:
    """The neighbouring lines' ink, taken together, leaves no white through the gap between ``left`` and ``right``:
    the lines above and below are pieces of justified lines too, each parted at a word space of its own, at other
    places (asternote's manual, trial 75c: ``in superscript.`` ⎵ ``The default is`` under ``same`` ⎵ ``size as``
    and over ``\\setasternotesuperscript.``, no one piece across the 2-em gap; the line's second half was read
    after the next line, as a paragraph of its own). A column gutter or a table's channel is white in every
    neighbouring row, so the pieces of one row alone never cover it (they do not overlap)."""
    covered = merged_extents([(n.x0, n.x1) for n in neighbours if n.x1 > left.x1 and n.x0 < right.x0])
    return any(x0 <= left.x1 and x1 >= right.x0 for x0, x1 in covered)


class TableRowLine(LTTextLineHorizontal):
    """One row of a table: its cells' glyphs left to right, :data:`CELL_SEPARATOR` between two cells.

    Inside a cell pdfminer's word-space rule holds (``増減率 （％）``); the
    white channel before a cell is the separator alone, never a space as well.
    """

    def __init__(self, word_margin: float, cells: Sequence[Sequence[LTChar]]) -> None:
        super().__init__(word_margin)
        #: the left edge of each cell, left to right (points): where a row carried to the next page lines up
        self.cell_starts = tuple(glyphs[0].x0 for glyphs in cells if glyphs)
        for glyphs in cells:
            if not glyphs:
                continue
            if len(self):
                LTContainer.add(self, LTAnno(CELL_SEPARATOR))
                self._x1 = +INF  # as a new line starts: no word space before the cell's first glyph
            for glyph in glyphs:
                self.add(glyph)


def _glyphs(piece: LTTextLine) -> list[LTChar]:
    return [item for item in piece if isinstance(item, LTChar)]


#: Ems of white between two glyphs of one piece at least for it to part two cells (a word space is a quarter em).
CELL_GAP = 0.5


def table_cells(row: Sequence[LTTextLineHorizontal], others: Sequence[Sequence[LTTextLineHorizontal]]
                ) -> list[list[LTChar]]:
    """The glyphs of each cell of a table's ``row``: its pieces, each parted again where white of
    :data:`CELL_GAP` ems or more between two of its glyphs opens onto a white channel of the table's ``others``
    rows (two rows or more): the two glyphs stand on either side of the channel's middle part, the white between
    them and the channel overlapping.

    pdfminer ends a line where the white to the next glyph is over ``char_margin`` (2) glyph widths; two cells
    closer than that are one piece. A table's header sets its words wider than the figures under them, so its
    cells stand closer (trial 46: ``Theatre`` and ``Volume (m³)``, 9.8 pt apart at 8.5 pt, over ``A`` and
    ``3,150``, 59 pt apart; ``T30 (s)`` and ``C80 (dB)``): the header row had three cells over rows of five,
    and segment, which takes a run of rows with as many cells as a table, left it out as a paragraph. A word space
    inside a cell is narrower, and a cell's own words stand over the other rows' cells, not across a channel.
    """
    bands = _x_bands([piece for other in others for piece in other]) if len(others) >= 2 else []
    channels = [(left[1], right[0]) for left, right in zip(bands, bands[1:])]
    cells: list[list[LTChar]] = []
    for piece in row:
        cell: list[LTChar] = []
        for glyph in _glyphs(piece):
            if cell:
                last = cell[-1]
                if glyph.x0 - last.x1 >= CELL_GAP * max(last.size, glyph.size) and any(
                        min(c1, glyph.x0) > max(c0, last.x1) for c0, c1 in channels):
                    cells.append(cell)
                    cell = []
            cell.append(glyph)
        cells.append(cell)
    return cells


def _joined(pieces: Sequence[LTTextLineHorizontal], laparams: LAParams) -> LTTextLineHorizontal:
    line = LTTextLineHorizontal(laparams.word_margin)
    for piece in pieces:
        for glyph in _glyphs(piece):
            line.add(glyph)
    return line


#: Rows a page may hold above a table's row carried over from the page before (a running head and its rule's
#: caption), or under the table a page ends on (a folio, a footer), at most: :func:`carried_rows`, :func:`last_table`.
FURNITURE_ROWS = 2


def last_table(lines: Sequence[LTTextLine]) -> tuple[float, ...]:
    """The cell starts (points, left to right) of the table row a page ends on (``lines``: :func:`join_line_pieces`'
    result), ``()`` where the page goes on under its last table with more than :data:`FURNITURE_ROWS` rows of other
    lines (a folio, a footer): only a table that runs to the page's foot may go on on the next page."""
    rows = [line for line in lines if isinstance(line, TableRowLine)]
    if not rows:
        return ()
    low = min(rows, key=lambda line: line.y0)
    under = [line for line in lines if isinstance(line, LTTextLineHorizontal) and line.y1 <= low.y0]
    if len(baseline_rows(under)) > FURNITURE_ROWS:
        return ()
    return low.cell_starts


def carried_rows(rows: list[list[LTTextLineHorizontal]], carried: Sequence[float]) -> list[int]:
    """The indices of the rows at a page's head that go on with the table the page before ended on (``carried``:
    its cells' left edges, :func:`last_table`): rows of two pieces or more, each piece starting on one of those edges
    (within :data:`CELL_ALIGN` ems), one under another, with at most :data:`FURNITURE_ROWS` rows of one piece above
    the first (a running head).

    Why (issue 16, helper pdf84; fresh-user trial 84a's festival programme): a table's last row carried onto the next
    page (``18:00`` | ``還幸祭`` | ``本殿``) is one row alone there, and :func:`table_rows` needs two; its cells, too far
    apart to be a line's words, became three paragraphs. The columns of the table it goes on are the evidence."""
    if len(carried) < 2:
        return []
    found: list[int] = []
    for k, row in enumerate(rows):
        if len(row) < 2:
            if found or k >= FURNITURE_ROWS:
                break
            continue
        em = _height(row)
        starts = [min(carried, key=lambda x: abs(x - piece.x0)) for piece in row]
        if len(set(starts)) != len(row) or any(abs(x - piece.x0) > CELL_ALIGN * em for x, piece in zip(starts, row)):
            break
        found.append(k)
    return found


def join_line_pieces(lines: Sequence[LTTextLine], laparams: LAParams, carried: Sequence[float] = ()
                     ) -> list[LTTextLine]:
    """``lines`` (pdfminer's, not yet analysed) with the pieces of each printed line joined (module docstring).
    ``carried``: the cell starts of the table the page before ended on (:func:`last_table`), whose rows may go on at
    this page's head (:func:`carried_rows`).

    The order of the result is top to bottom, left to right for the
    horizontal lines, then the other lines as given; reading order is decided later.

    Cost: sorting the lines, then a pass over the rows and their neighbours (linear in the lines of a page).
    """
    horizontal = [line for line in lines if isinstance(line, LTTextLineHorizontal)]
    others = [line for line in lines if not isinstance(line, LTTextLineHorizontal)]
    rows = baseline_rows(horizontal)
    _overfull_measured(rows)
    rows = [_marked_items(row, laparams) for row in rows]
    tables: dict[int, tuple[int, list[list[LTChar]]]] = {}  # a table's piece → its row's key and cells
    justified: list[int] = []
    for table in table_rows(rows, justified):
        for cells in table:
            glyph_cells = table_cells(cells, [other for other in table if other is not cells])
            tables.update((id(piece), (id(cells), glyph_cells)) for piece in cells)
    for k in carried_rows(rows, carried):
        if not any(id(piece) in tables for piece in rows[k]):
            tables.update((id(piece), (id(rows[k]), [_glyphs(p) for p in rows[k]])) for piece in rows[k])
    out: list[LTTextLine] = []
    for k, row in enumerate(rows):
        if len(row) == 1 and id(row[0]) not in tables:
            out.extend(row)
            continue
        for glyph_cells in dict(tables[id(piece)] for piece in row if id(piece) in tables).values():
            out.append(TableRowLine(laparams.word_margin, glyph_cells))
        row = [piece for piece in row if id(piece) not in tables]
        if not row:
            continue
        neighbours = _neighbours(rows, k)
        em = _height(row)
        group = [row[0]]
        for piece in row[1:]:
            left = group[-1]
            # a gap over an em is bridged only by a line in the row's own size: a title set larger runs across the
            # white between the authors' names centred under it (strucchange's JSS vignette: four names 1.6 ems apart
            # under its 17 pt title had become one line, ``Achim Zeileis Friedrich Leisch …``, read as a subtitle)
            wide = piece.x0 - left.x1 > WIDE_GAP * em
            if id(left) in justified and id(piece) in justified or (piece.x0 - left.x1 <= MAX_WORD_GAP * em and (
                    _bridged(left, piece, [n for n in neighbours if not wide or _same_size(n, row)])
                    or _covered(left, piece, [n for n in neighbours if not wide or _same_size(n, row)])
                    or _set_apart_word_gap(left, piece, [n for n in _neighbours(rows, k, HEADING_PITCH)
                                                         if not wide or _same_size(n, row)], neighbours))) or (
                    len(group) == 1 and (_numbers_title(left, piece, neighbours, em) or _marks_item(left, piece, em))):
                group.append(piece)
                continue
            out.append(_joined(group, laparams) if len(group) > 1 else group[0])
            group = [piece]
        out.append(_joined(group, laparams) if len(group) > 1 else group[0])
    return out + others
