"""A PDF's authors set in a grid (issue 16, real-PDF trial: acmart's sigconf): names side by side in columns, rows of
them one under another, each name over its own affiliation lines (an institution, a town, an e-mail), centred in its
column. Extraction gives a row of names on one baseline as one line with a TAB between the cells (``Ben Trovato∗`` TAB
``Lars Thørväld`` TAB ``Valerie Béranger``), and the lines under them as boxes of their own, in no reading order; a
text reader took the first row's names and nothing more (3 of 9 authors, no affiliation).

The grid is read by position: each name is an author; a line under it whose centre falls in its column is its
affiliation; a name right under a name in its column shares the affiliation under both (``Ben Trovato∗`` /
``G.K.M. Tobin∗`` / ``Institute for Clarity …``). Names are the cells set at the names row's size, or, in a row of
mixed cells (one median size for the row), a name with an author's mark standing next in a column whose last line is
a name: an institution there (``Inria Paris-Rocquencourt``) reads as a name as often, and carries no mark. A TAB row's
cells are placed by their characters, half an em each, with the white space shared out evenly between them: a line's
box is known, a cell's is not.

It does NOT read a text dump (no positions: :func:`~pipeline.segment.front.block_authors` reads columns of white
space), a grid with no second row of names (the column reader does that), nor lines beyond the first line set in
neither the names' size nor the affiliations' (a figure's caption, the abstract's heading)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.model import Author, Text
from pipeline.segment.authors import split_authors
from pipeline.segment.joinlines import affiliation_lines, speaker_text
from pipeline.segment.labels import is_section_name
from pipeline.segment.layout import Layout, first_line
from pipeline.segment.names import cells, name_shaped, names_row

MAX_GRID_LINES = 40
"""Lines an author grid takes at most, its first row of names included."""
MAX_GRID_CELL = 60
"""Characters a grid's cell holds at most (a name, an institution, an address line, an e-mail address)."""
SAME_SIZE = 0.3
"""Points two sizes may differ by and still be one size."""
EM_SHARE = 0.5
"""A character's width in ems where a cell's own box is unknown (a TAB row's cells)."""


@dataclass
class _Cell:
    text: Text
    x: float  # centre
    half: float  # half its width
    y: float  # baseline (pdfminer's origin at the bottom: larger is higher)


@dataclass
class _Author:
    cell: _Cell
    group: int  # authors stacked in one column share the affiliation under them
    lines: list[_Cell] = field(default_factory=list)


def _cells(t: Text, layout: Layout) -> list[_Cell] | None:
    """The cells of a line with the centre and half width of each, or ``None`` without a position."""
    at = layout.at(first_line(t))
    if at.x0 is None or at.x1 is None or at.y0 is None:
        return None
    spans = cells(t.text)
    if len(spans) == 1:
        a, b = spans[0]
        return [_Cell(t[a:b].strip(), (at.x0 + at.x1) / 2, (at.x1 - at.x0) / 2, at.y0)]
    em = (at.size or 10.0) * EM_SHARE
    widths = [(b - a) * em for a, b in spans]
    gap = max(0.0, (at.x1 - at.x0 - sum(widths)) / (len(spans) - 1))
    out, x = [], at.x0
    for (a, b), w in zip(spans, widths):
        out.append(_Cell(t[a:b].strip(), x + w / 2, w / 2, at.y0))
        x += w + gap
    return out


def grid_extent(lines: list[Text], j: int, layout: Layout) -> int | None:
    """The end (first index after it) of an author grid that opens on ``lines[j]`` (in a PDF, a name or a TAB row of
    names, :func:`~pipeline.segment.names.names_row`), where its names stand in two columns or more and two rows or
    more; else ``None``. The grid runs on over lines set in the names' size or the affiliations' (the first other size
    under the names), each of short cells, on the names' page, none above them, up to a section's name or
    :data:`MAX_GRID_LINES`. One row of names, or one column, is read by the text readers (columns, one a line)."""
    if j >= len(lines):
        return None
    head = layout.at(first_line(lines[j]))
    first = _cells(lines[j], layout)
    if head.size is None or first is None or not all(name_shaped(_unmarked(c.text).text) for c in first) \
            or ("\t" in lines[j].text and names_row(lines[j].text) is None):
        return None
    sizes = [head.size]
    names = list(first)
    end = j + 1
    while end < len(lines) and end - j < MAX_GRID_LINES:
        t, at = lines[end], layout.at(first_line(lines[end]))
        row = _cells(t, layout)
        if row is None or at.size is None or at.page != head.page or at.y0 > head.y0 + SAME_SIZE \
                or is_section_name(t.text) or any(b - a > MAX_GRID_CELL for a, b in cells(t.text)):
            break
        if not any(abs(at.size - s) <= SAME_SIZE for s in sizes):
            if len(sizes) > 1:
                break
            sizes.append(at.size)
        if abs(at.size - head.size) <= SAME_SIZE and all(name_shaped(_unmarked(c.text).text) for c in row):
            names.extend(row)
        end += 1
    columns = [names[0]]
    for c in names[1:]:
        if all(abs(c.x - o.x) > max(c.half, o.half) for o in columns):
            columns.append(c)
    rows = _rows([c.y for c in names], head.size)
    return end if len(columns) >= 2 and len(set(rows.values())) >= 2 + _stacked_rows(names, head.size) else None


ONE_ROW = 0.5
"""Share of the names' size by which baselines of one row of names may differ, each from the next above it (a mark, a
font's own baseline); rows one under another stand a line apart."""


def _rows(ys: list[float], size: float) -> dict[float, int]:
    """Each baseline's row, 0 the top one: a baseline within :data:`ONE_ROW` of the names' size under the one above
    it is in its row (names of one row 0.2 pt apart are one row wherever they fall; rounding each to the size parted
    ``606.1`` and ``605.9`` at 12 pt, and one row of names read as a grid: review of 2 December).

    >>> _rows([606.1, 605.9, 592.0], 12.0)
    {606.1: 0, 605.9: 0, 592.0: 1}
    """
    out: dict[float, int] = {}
    row, last = -1, None
    for y in sorted(set(ys), reverse=True):
        if last is None or last - y > ONE_ROW * size:
            row += 1
        out[y], last = row, y
    return out


def _stacked_rows(names: list[_Cell], size: float) -> int:
    """Rows that hold only names stacked right under a name of the row above in its column (``Tomas Lindqvist∗`` under
    ``Ingrid Halvorsen∗``): no row of their own."""
    row = _rows([c.y for c in names], size)
    tops: dict[int, float] = {}
    for c in names:
        tops[row[c.y]] = max(tops.get(row[c.y], c.y), c.y)
    stacked = 0
    for lower in range(1, len(tops)):
        under = [c for c in names if row[c.y] == lower]
        if tops[lower - 1] - tops[lower] <= 2.5 * size and all(
                any(row[o.y] == lower - 1 and abs(o.x - c.x) <= max(o.half, c.half) for o in names) for c in under):
            stacked += 1
    return stacked


def _grid_groups(lines: list[Text], layout: Layout) -> list[tuple[list[_Cell], list[_Cell]]] | None:
    """The grid's columns of authors in reading order (row by row, each row left to right): for each, the name cells
    stacked in it (top to bottom) and the affiliation cells under them (top to bottom); ``None`` where ``lines`` open
    on no grid or name fewer than two authors."""
    if not lines or grid_extent(lines, 0, layout) != len(lines):
        return None
    name_size = layout.size(lines[0])
    authors: list[_Author] = []
    for t in lines:
        row = _cells(t, layout)
        if row is None:
            return None
        at_name_size = abs((layout.size(t) or 0.0) - name_size) <= SAME_SIZE
        for cell in row:
            if not cell.text.text:
                continue
            owner = _owner(authors, cell)
            # a name right under a name in its column (nothing between) shares its affiliation; in a row of mixed
            # cells, whose median size hides a name's own, only a person's name carrying an author's mark is one
            # (``G.K.M. Tobin∗`` under ``Ben Trovato∗``; an institution there, ``Inria Paris-Rocquencourt``, is none)
            found = split_authors(cell.text)
            under_name = owner is not None and not owner.lines
            marked = under_name and len(found) == 1 and bool(found[0][1]) and name_shaped(found[0][0].text)
            if (at_name_size and name_shaped(_unmarked(cell.text).text)) or marked:
                authors.append(_Author(cell, owner.group if under_name else len(authors)))
            elif owner is not None:
                owner.lines.append(cell)
            else:
                # a cell under no name of the grid (a letterhead's return address over its window, a letter's
                # reference fields beside its sender's contact block): the lines are no author grid, whose reading
                # would have dropped the cell with no ledger row (fresh-user trial 78c's URletter: the return address
                # and ``Ihr Schreiben vom`` / ``08.08.2012`` / ``Datum`` had been lost, helper lost78)
                return None
    if len(authors) < 2:
        return None
    shared: dict[int, list[_Cell]] = {}
    for a in authors:
        shared.setdefault(a.group, []).extend(a.lines)
    column = {a.group: a.cell.x for a in authors[::-1]}  # a group's column: its first name's
    band = _rows([max(b.cell.y for b in authors if b.group == a.group) for a in authors], name_size)
    first = {a.group: max(b.cell.y for b in authors if b.group == a.group) for a in authors}
    groups: dict[int, list[_Cell]] = {}
    for a in sorted(authors, key=lambda a: (band[first[a.group]], column[a.group], -a.cell.y)):
        groups.setdefault(a.group, []).append(a.cell)
    return [(names, sorted(shared[g], key=lambda c: -c.y)) for g, names in groups.items()]


def grid_authors(lines: list[Text], layout: Layout) -> tuple[Author, ...] | None:
    """The authors of an author grid (``lines``: its first row of names and the lines under it, :func:`grid_extent`),
    each with the affiliation lines in its column under it, joined top to bottom as a credit's lines are
    (:func:`~.joinlines.affiliation_lines`: ``Institute for Clarity in Documentation, Dublin, Ohio, USA``; helper
    paper73: a space had run them together, ``… Documentation Dublin, Ohio, USA``); ``None`` where ``lines`` open on
    no grid."""
    groups = _grid_groups(lines, layout)
    if groups is None:
        return None
    out: list[Author] = []
    for names, mine in groups:
        affiliation = affiliation_lines([c.text for c in mine]) if mine else None
        for cell in names:
            for person, marks in split_authors(cell.text) or [(cell.text, ())]:
                out.append(Author(person, marks, affiliation))
    return tuple(out)


def grid_text(lines: list[Text], layout: Layout) -> Text | None:
    """``speaker.text`` of an author grid: its cells read column by column, each author's name(s) then the lines under
    them, as a stacked block reads (``Ben Trovato∗, G.K.M. Tobin∗, trovato@corporation.com, …, Dublin, Ohio, USA, Lars
    Thørväld, The Thørväld Group, …``: :func:`~.joinlines.speaker_text`), never its rows, whose cells stand in
    different columns (``Ben Trovato∗⇥Lars Thørväld⇥Valerie Béranger, G.K.M. Tobin∗⇥The Thørväld Group⇥…``: acmart's
    sigconf sample, real72's open note, helper paper73). The TAB between two cells stays out of the view as the line's
    own white space (the cells are slices of their lines). ``None`` where ``lines`` open on no grid."""
    groups = _grid_groups(lines, layout)
    if groups is None:
        return None
    return speaker_text([c.text for names, mine in groups for c in (*names, *mine)])


def _unmarked(t: Text) -> Text:
    found = split_authors(t)
    return found[0][0] if len(found) == 1 else t


def _owner(authors: list[_Author], cell: _Cell) -> _Author | None:
    """The author whose column ``cell`` stands in, the nearest above it: a name whose centre lies within the wider of
    the two half widths of the cell's centre."""
    above = [a for a in authors if a.cell.y > cell.y and abs(a.cell.x - cell.x) <= max(a.cell.half, cell.half)]
    return min(above, key=lambda a: a.cell.y) if above else None
