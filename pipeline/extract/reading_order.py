"""A page's text lines in reading order, vertical writing included.

pdfminer.six groups glyphs into lines and lines into text boxes, and with
``detect_vertical`` it recognises vertical (tategaki) lines, each box
deciding for itself. Its box order (``boxes_flow``) is built for horizontal
writing: on a vertical page set in tiers (段組) it interleaves the tiers.

So a horizontal page has the pieces of its printed lines joined first
(:mod:`~pipeline.extract.linepieces`: justified lines, table rows), and its
boxes are ordered by full-width rows and text columns
(:mod:`~pipeline.extract.columns`); a block of vertical writing on it is read
right to left as a part of its own. A page where most glyphs stand in
vertical writing (upright glyphs stacked; horizontal text turned 90°, a margin
stamp, is not; :func:`vertical_page`: a few glyphs stacked on a horizontal
page, a plot's labels or a sum's limits, are not enough)
is ordered by a recursive XY-cut (Nagy & Seth 1984): the boxes are
split at horizontal white bands first (tiers, headers and footers, top to
bottom), then at vertical white bands (columns: right to left where most
glyphs are vertical, left to right otherwise), and each part again. A page
that mixes a horizontal title with a vertical body thus reads title, body,
footer; a vertical page in two tiers reads the top tier's columns right to
left, then the bottom tier's.

Each block also says where its lines' indents count from (``RawBlock.edge``):
a text box of several lines from its own start edge; a box of one line (loose
leading makes pdfminer set each line of a paragraph in a box of its own)
from the left edge of the run of such lines it stands in
(:func:`start_edges`), so a paragraph's indented first line is indented
there too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from pdfminer.layout import (
    LAParams,
    LTChar,
    LTPage,
    LTTextBox,
    LTTextBoxVertical,
    LTTextLine,
    LTTextLineHorizontal,
    LTTextLineVertical,
)

from pipeline.extract.columns import bands, horizontal_order
from pipeline.extract.linepieces import CJK_FROM, join_line_pieces, last_table
from pipeline.extract.ruby import RubyRun
from pipeline.extract.tateblocks import TateBlock, tate_blocks

#: pdfminer's defaults, plus vertical-line detection; one object for every page.
LAPARAMS = LAParams(detect_vertical=True)

Block = LTTextBox | LTTextLine


@dataclass
class RawBlock:
    """A run of raw lines that belong together (one pdfminer text box, or a lone line).

    Each raw line is one or more pdfminer lines: a vertical column that
    pdfminer broke (at digits set horizontally, tate-chu-yoko, say) is one
    raw line again. ``box`` is the text box (``None`` for a lone line of
    white space, which is not followed by a blank line either); ``edge`` the
    position its indents count from: an x for horizontal lines, a y for
    vertical ones (``None``: the box's own start edge).
    """

    lines: list[list[LTTextLine]]
    box: LTTextBox | None
    edge: float | None = None


class PageOrder(NamedTuple):
    """A page's blocks in reading order, and how many of its glyphs stand in vertical writing (of all its glyphs);
    ``inline_ruby``: the indices of the ruby runs given that a block of vertical writing on a horizontal page reads
    inline (:mod:`~pipeline.extract.tateblocks`); ``uncertain_blocks``: how many such blocks hold a glyph whose place
    is a guess."""

    blocks: list[RawBlock]
    vertical_glyphs: int = 0
    glyphs: int = 0
    inline_ruby: frozenset[int] = frozenset()
    uncertain_blocks: int = 0
    #: the cell starts of the table the page ends on (points; :func:`~pipeline.extract.linepieces.last_table`)
    table_columns: tuple[float, ...] = ()


def page_blocks(page: LTPage, glyphs: Sequence[LTChar], laparams: LAParams = LAPARAMS,
                ruby: Sequence[RubyRun] = (), carried: Sequence[float] = ()) -> PageOrder:
    """Group ``glyphs`` into pdfminer lines and boxes; return them in reading order.

    Mirrors ``LTLayoutContainer.analyze`` (same grouping, same parameters),
    so each page is analysed once; on a horizontal page the pieces of a
    printed line are joined before the lines are grouped in boxes, the boxes
    are put in reading order by rows and columns, and one-line boxes get the
    start edge of their run (:func:`start_edges`); on a page of vertical
    writing (:func:`vertical_page`) the boxes are ordered by :func:`xy_cut`
    and broken columns rejoined. ``ruby``: the page's ruby runs, set aside from ``glyphs`` before; a block of
    vertical writing on a horizontal page (:func:`~pipeline.extract.tateblocks.tate_blocks`) reads those over its
    glyphs inline (``PageOrder.inline_ruby``). ``carried``: the previous page's ``PageOrder.table_columns``.
    """
    return _ordered(page, glyphs, laparams, ruby, carried)


#: How the lines of a box of turned text follow one another (:func:`turning`): right to left, left to right, bottom up.
_TURNED_LINE_ORDER = {90: lambda line: -line.x1, -90: lambda line: line.x0, 180: lambda line: line.y0}


def _as_block(item: Block) -> RawBlock:
    if isinstance(item, LTTextBox):
        lines = list(item)
        turn = turned_prose(lines)
        if turn in _TURNED_LINE_ORDER:
            # pdfminer orders a box's lines as upright text's (top down, or right to left): text turned a quarter
            # counter-clockwise or a half turn reads its lines the other way (trial 78c, a rotated slide)
            lines.sort(key=_TURNED_LINE_ORDER[turn])
        return RawBlock([[line] for line in lines], item)
    return RawBlock([[item]], None)


def _same_column(above: list[LTTextLine], below: LTTextLine) -> bool:
    """``below`` continues the vertical column whose pieces so far are ``above``."""
    head, last = above[0], above[-1]
    if not isinstance(head, LTTextLineVertical):
        return False
    em = max(head.width, 1.0)
    overlap = min(last.x1, below.x1) - max(last.x0, below.x0)
    # below starts no higher than the last piece and ends lower; at most an em of white between them
    return (overlap >= 0.5 * min(last.width, below.width) and below.y1 <= last.y1 and below.y0 < last.y0
            and last.y0 - below.y1 <= em)


def rejoin_columns(blocks: list[RawBlock]) -> list[RawBlock]:
    """Join consecutive pieces of one vertical column into one raw line (and their blocks into one)."""
    out: list[RawBlock] = []
    for block in blocks:
        for k, line in enumerate(block.lines):
            prev = out[-1].lines[-1] if out else None
            if prev is not None and _same_column(prev, line[0]):
                prev.extend(line)
                if k == 0:  # the rest of this block joins the previous block
                    out[-1].lines.extend(block.lines[1:])
                    break
                continue
            if k == 0:
                out.append(RawBlock([line], block.box))
            else:
                out[-1].lines.append(line)
    return out


def _ordered(page: LTPage, glyphs: Sequence[LTChar], laparams: LAParams, ruby: Sequence[RubyRun] = (),
             carried: Sequence[float] = ()) -> PageOrder:
    if not glyphs:
        return PageOrder([])
    lines = list(page.group_objects(laparams, upright_in_columns(glyphs)))
    empties = [line for line in lines if line.is_empty()]
    lines = [line for line in lines if not line.is_empty()]
    for line in empties:
        line.analyze(laparams)
    shares = vertical_glyphs(lines)
    vertical = vertical_page(*shares)
    tate: list[TateBlock] = []
    columns: tuple[float, ...] = ()
    if vertical:
        # kanbun on a page of vertical writing: its kaeriten and okurigana beside the columns are read inline, as on
        # a horizontal page; a page of plain vertical writing is left to xy_cut
        lines, tate = tate_blocks(lines, [run.glyphs for run in ruby], [run.bases for run in ruby], laparams,
                                  annotated_only=True)
        if tate:
            shares = vertical_glyphs([*lines, *(column for block in tate for column in block.box)])
    else:
        # a block of vertical writing is taken whole before its pieces are unstacked, joined or boxed
        lines, tate = tate_blocks(lines, [run.glyphs for run in ruby], [run.bases for run in ruby], laparams)
        lines = unstack_line_ends(lines, laparams)
        shares = vertical_glyphs([*lines, *(column for block in tate for column in block.box)])
        lines = join_line_pieces(lines, laparams, carried)
        columns = last_table(lines)
    boxes = list(page.group_textlines(laparams, lines))
    for box in boxes:
        box.analyze(laparams)
    raw = {id(block.box): RawBlock(block.lines, block.box) for block in tate}
    inline = frozenset(k for block in tate for k in block.ruby)
    uncertain = sum(1 for block in tate if block.uncertain)
    if vertical:
        # a block read column by column stays whole: rejoin_columns joins only pdfminer's pieces of one column
        ordered: list[RawBlock] = []
        pieces: list[RawBlock] = []
        for item in [*xy_cut([*boxes, *(block.box for block in tate), *empties]), None]:
            if item is None or id(item) in raw:
                ordered += rejoin_columns(pieces)
                pieces = []
                ordered += [raw[id(item)]] if item is not None else []
            else:
                pieces.append(_as_block(item))
        return PageOrder(ordered, *shares, inline_ruby=inline, uncertain_blocks=uncertain)
    boxes.extend(block.box for block in tate)
    ordered = [raw.get(id(item)) or _as_block(item) for item in [*horizontal_order(boxes), *empties]]
    return PageOrder(start_edges(ordered), *shares, inline_ruby=inline, uncertain_blocks=uncertain,
                     table_columns=columns)


#: White between a glyph and the line it starts or ends, at most, in the glyph's size (a word's letters touch).
LINE_END_GAP = 0.3


def _abutted(glyph: LTChar, lines: Sequence[LTTextLine]) -> tuple[LTTextLineHorizontal, bool] | None:
    """The horizontal line ``glyph`` opens (``True``) or closes (``False``): a glyph of the line's own size on its
    baseline (bottoms within 0.15 of the size), at most :data:`LINE_END_GAP` of the size before its first glyph or
    after its last."""
    size = glyph.size
    for line in lines:
        if not isinstance(line, LTTextLineHorizontal):
            continue
        chars = [g for g in line if isinstance(g, LTChar)]
        if not chars:
            continue
        for end, opens in ((chars[0], True), (chars[-1], False)):
            gap = end.x0 - glyph.x1 if opens else glyph.x0 - end.x1
            if (abs(end.size - size) <= 0.15 * size and abs(end.y0 - glyph.y0) <= 0.15 * size
                    and -0.1 * size <= gap <= LINE_END_GAP * size):
                return line, opens
    return None


#: Ems an upright run's centre may stand off its column's centre line (a typesetter centres it on the column).
UPRIGHT_CENTRE = 0.3
#: Ems wide an upright run set across a column is at most (``2025`` squeezed into a cell; ``25`` a little over).
UPRIGHT_WIDTH = 1.3


def upright_in_columns(glyphs: Sequence[LTChar]) -> list[LTChar]:
    """``glyphs`` with each run of horizontal digits or Latin letters set upright across a column of vertical writing
    (縦中横, tate-chū-yoko: ``25`` or ``2025`` side by side in one cell of the column) stacked down its cell, left to
    right, so pdfminer groups them into the column in their order.

    pdfminer had cut the column at such a run: its glyphs stand side by side, off the column's centre line, so each
    began a line of its own (``通信第2`` / ``5号``), and xy_cut read the pieces out of order (issue 16 point 2, session
    85, helper tate85). A run counts where it follows, in the drawing's order, a glyph drawn in a vertical writing
    mode (a ``-V`` CMap) without a glyph between, all its glyphs horizontal, ASCII letters or digits, on one baseline,
    its centre within :data:`UPRIGHT_CENTRE` of that glyph's and its width at most :data:`UPRIGHT_WIDTH` of its size,
    and it stands below that glyph within half an em. Only the glyphs' boxes move; their text and order stay."""
    out = list(glyphs)
    if not any(getattr(g, "wmode", False) for g in out):
        return out
    k = 0
    while k < len(out):
        run = []
        while (k + len(run) < len(out) and not getattr(out[k + len(run)], "wmode", False)
               and out[k + len(run)].get_text().isascii() and out[k + len(run)].get_text().isalnum()
               and (not run or abs(out[k + len(run)].y0 - run[0].y0) <= 0.1 * run[0].size)):
            run.append(out[k + len(run)])
        if not run:
            k += 1
            continue
        before = out[k - 1] if k else None
        after = out[k + len(run)] if k + len(run) < len(out) else None
        k += len(run)
        for beside, below in ((before, True), (after, False)):
            if beside is not None and getattr(beside, "wmode", False) and beside.get_text().strip() \
                    and _stand_upright(run, beside, below):
                break

    return out


def _stand_upright(run: list[LTChar], beside: LTChar, below: bool) -> bool:
    """Stack ``run`` down the cell under (``below``) or over the vertically drawn glyph ``beside`` where it stands
    there across the column (:func:`upright_in_columns`); whether it did."""
    em = beside.width
    x0, x1 = min(g.x0 for g in run), max(g.x1 for g in run)
    y0, y1 = min(g.y0 for g in run), max(g.y1 for g in run)
    if not (em > 0 and abs((x0 + x1) / 2 - (beside.x0 + beside.x1) / 2) <= UPRIGHT_CENTRE * em
            and x1 - x0 <= UPRIGHT_WIDTH * em):
        return False
    if below and not (y1 <= beside.y1 and 0 <= beside.y0 - y1 + 0.5 * em <= em):
        return False
    if not below and not (y0 >= beside.y0 and 0 <= y0 - beside.y1 + 0.5 * em <= em):
        return False
    # the cell the run stands in, an em next to ``beside``, shared out among the run's glyphs top down
    step = min(beside.height, em) / len(run)
    top = beside.y0 if below else beside.y1 + step * len(run)
    for i, g in enumerate(run):
        g.set_bbox((beside.x0, top - (i + 1) * step, beside.x1, top - i * step))
    return True


def _script_letter(glyph: LTChar) -> bool:
    """A letter of a script written vertically: a kanji, kana or hangul (not a full-width digit or Latin letter)."""
    text = glyph.get_text()
    return any(ord(ch) >= CJK_FROM and unicodedata.category(ch) == "Lo" for ch in text)


def _glued_pair(glyphs: Sequence[LTChar]) -> bool:
    """Two glyphs that are no vertical writing though stacked: no more than two, neither drawn in a vertical writing
    mode (a ``-V`` CMap), not both letters of a script written vertically (a two-kanji label ``注意`` may be set
    down a margin; a digit over a kanji, a digit over a capital is a line's number over the next line).

    pdfminer stacks any two glyphs drawn one after the other one over the other: a slide's number ``1`` alone on its
    line, set at the x of the next line's first letter, became the vertical line ``1 I`` and the line
    ``nternationalisation of a Science City`` (fresh-user trial 67c, every slide of a deck's summary pages)."""
    return (len(glyphs) == 2 and not any(getattr(g, "wmode", False) for g in glyphs)
            and not all(_script_letter(g) for g in glyphs))


def _lone_over_line_head(glyphs: Sequence[LTChar], found: Sequence[tuple[LTTextLineHorizontal, bool] | None]) -> bool:
    """Two glyphs stacked where the lower opens a horizontal line (:func:`_abutted`) and the upper touches none: a
    one-glyph line (a notice's ``記``, a heading's ``一``, ``序``) set over the next line's first glyph, no vertical
    writing, whatever their script. A column of vertical writing goes on downwards; its lowest glyph is not followed
    on its own baseline by a horizontal line's next letter.

    pdfminer stacked a notice's ``記``, alone on its line at the left margin, over ``日`` of ``日時　令和６年…`` under
    it: the vertical line ``記 日`` and the line ``時　令和６年７月１０日…``, so the talk's paragraphs read ``記 日`` and
    ``時　令和6年…``, a word broken across lines (fresh-user trial 68c, ``t68c_notice.pdf``)."""
    if len(glyphs) != 2 or any(getattr(g, "wmode", False) for g in glyphs):
        return False
    upper, lower = sorted(range(2), key=lambda k: -glyphs[k].y0)
    hit = found[lower]
    return found[upper] is None and hit is not None and hit[1] and glyphs[lower].y1 < glyphs[upper].y0


def unstack_line_ends(lines: list[LTTextLine], laparams: LAParams) -> list[LTTextLine]:
    """On a horizontal page, a vertical line pdfminer stacked of glyphs that open or close horizontal lines is undone:
    each such glyph goes back to its line, the others stand as lines of one glyph each.

    pdfminer makes a vertical line of any two glyphs drawn one after the other, one over the other within two glyph
    heights: a listing's closing ``}`` alone at the left margin, drawn just before the next paragraph's first letter
    set under it, had become the raw line ``} T`` and the paragraph ``he actual function …`` (issue 16 point 2:
    sandwich's vignette, three times: ``} O`` ⎵ ``uter product estimators``, ``} F``). A stack none of whose glyphs
    touches a line on its baseline (a chart's curve labels, vertical writing), or whose glyphs are all in one font
    (a large bracket's pieces beside a matrix's row, sandwich's ``⎞ ⎟ ⎠``; a sum's limits) unless a space glyph of it
    opens a line (an indented line's white under a brace in the listing's face), is left as pdfminer made it. Two
    glyphs in one face are undone all the same where they are no vertical writing (:func:`_glued_pair`: a slide's
    number ``1`` over its title's ``I``, trial 67c), and so are two glyphs whose lower opens a line under a lone upper
    one (:func:`_lone_over_line_head`: a notice's ``記`` over ``日時…``, trial 68c)."""
    horizontal = [line for line in lines if isinstance(line, LTTextLineHorizontal)]
    out: list[LTTextLine] = []
    rebuilt: dict[int, LTTextLineHorizontal] = {}
    for line in lines:
        if not isinstance(line, LTTextLineVertical):
            out.append(line)
            continue
        glyphs = [g for g in line if isinstance(g, LTChar)]
        found = [_abutted(g, horizontal) for g in glyphs]
        if len({g.fontname for g in glyphs}) == 1 and not _glued_pair(glyphs) and not _lone_over_line_head(
                glyphs, found) and not any(
                hit is not None and g.get_text().isspace() for g, hit in zip(glyphs, found)):
            # a stack in one face is one thing built so (a tall delimiter's pieces, a sum's limits) unless what it
            # stacks is a line's white (an indented line's first space glyph under a brace in the listing's face)
            found = []
        if not any(found):
            out.append(line)
            continue
        for glyph, hit in zip(glyphs, found):
            if hit is None:
                alone = LTTextLineHorizontal(laparams.word_margin)
                alone.add(glyph)
                out.append(alone)
                continue
            target, opens = hit
            current = rebuilt.get(id(target), target)
            chars = [g for g in current if isinstance(g, LTChar)]
            joined = LTTextLineHorizontal(laparams.word_margin)
            for g in ([glyph, *chars] if opens else [*chars, glyph]):
                joined.add(g)
            rebuilt[id(target)] = joined
    return [rebuilt.get(id(line), line) for line in out]


#: Line heights from one line's baseline to the next's within a run of one-line boxes, at most.
RUN_PITCH = 2.0
#: Ratio of glyph sizes (larger to smaller) of two lines of one run, at most (a heading a point larger).
RUN_SIZE_RATIO = 1.2


def _continues_run(above: LTTextLine, below: LTTextLine) -> bool:
    """``below`` is the next line of ``above``'s run: horizontal, below it within :data:`RUN_PITCH` line heights,
    overlapping it horizontally, of about its size."""
    if not (isinstance(above, LTTextLineHorizontal) and isinstance(below, LTTextLineHorizontal)):
        return False
    high, low = max(above.height, below.height), max(min(above.height, below.height), 1.0)
    return (0 < above.y0 - below.y0 <= RUN_PITCH * high and below.x0 < above.x1 and above.x0 < below.x1
            and high / low <= RUN_SIZE_RATIO)


def start_edges(blocks: list[RawBlock]) -> list[RawBlock]:
    """Set ``edge`` of each one-line horizontal block: the leftmost start of the run of consecutive one-line
    blocks it stands in (each the next line of the one before, :func:`_continues_run`), the left edge that a
    text box of those lines would have had.

    >>> from pdfminer.layout import LTTextLineHorizontal
    >>> from pdfminer.layout import LTTextBoxHorizontal
    >>> def block(x0, y0):
    ...     obj = LTTextLineHorizontal(0.1); obj.set_bbox((x0, y0, 500, y0 + 10)); return RawBlock([[obj]], LTTextBoxHorizontal())
    >>> [b.edge for b in start_edges([block(70, 700), block(60, 683), block(60, 666), block(80, 600)])]
    [60, 60, 60, 80]
    """
    run: list[RawBlock] = []

    def close() -> None:
        edge = min(b.lines[0][0].x0 for b in run)
        for b in run:
            b.edge = edge

    for block in blocks:
        line = block.lines[0][0] if block.box is not None and len(block.lines) == 1 and len(block.lines[0]) == 1 else None
        if not isinstance(line, LTTextLineHorizontal):
            if run:
                close()
            run = []
            continue
        if run and not _continues_run(run[-1].lines[0][0], line):
            close()
            run = []
        run.append(block)
    if run:
        close()
    return blocks


def _glyph_count(item: LTTextLine) -> int:
    return sum(1 for glyph in item if isinstance(glyph, LTChar))


def vertical_glyphs(lines: Sequence[LTTextLine]) -> tuple[int, int]:
    """The glyphs of ``lines`` that stand in vertical writing (:func:`vertical_writing`), and all their glyphs."""
    return (sum(_glyph_count(line) for line in lines if vertical_writing(line)),
            sum(_glyph_count(line) for line in lines))


def vertical_page(vertical: int, glyphs: int) -> bool:
    """Most of a page's ``glyphs`` (half or more) are ``vertical`` writing (:func:`vertical_glyphs`).

    A page is read as vertical writing by its main direction, not by any
    vertical line on it: pdfminer makes a vertical line of any glyphs stacked
    near one another, and a horizontal page has such stacks of its own
    (trial 46: a figure's curve labels ``A`` ``B`` ``C`` set one over the
    other at a plot's right edge; a sum's limits over and under ``∑``, a
    manuscript's line numbers down the margin, a vertical ``©`` mark, a
    table's header set vertically). One such stack had sent the whole page
    to :func:`xy_cut`, which cuts at every white band across the page and
    joins no line pieces: a two-column paper was read left-top, right-top,
    left-bottom, right-bottom and its justified lines stayed in pieces.
    On a page read horizontally a vertical line is a box among the others
    (:mod:`~pipeline.extract.columns`) and keeps its own direction.

    In the regression corpus (205 PDFs, their first 12 pages), pages of
    vertical writing hold 56 % to 100 % of their glyphs in it (jo, kanbun,
    pxrubrica's jlreq sample, the tategaki test paper); stacks on horizontal
    pages (acmart's and revtex's sums, aomart's line numbers, elsdoc's ``©``,
    ascmac's box glyphs) 0.1 % to 24 %, and one page of stacked dots (apa7's
    figure) 51 %, which stays vertical as before.

    >>> vertical_page(3, 4210), vertical_page(430, 430), vertical_page(0, 0)  # curve labels; a tategaki page; no text
    (False, True, False)
    """
    return vertical > 0 and 2 * vertical >= glyphs


def vertical_writing(item: LTTextBox | LTTextLine) -> bool:
    """A vertical box or line of upright glyphs: vertical writing, not horizontal text turned 90° (a margin stamp)."""
    if isinstance(item, LTTextBoxVertical):
        glyphs = [g for line in item for g in line if isinstance(g, LTChar)]
    elif isinstance(item, LTTextLineVertical):
        glyphs = [g for g in item if isinstance(g, LTChar)]
    else:
        return False
    if 2 * sum(1 for g in glyphs if g.upright) > len(glyphs):
        return True
    # vertical typesetting (pTeX's 縦組) turns a column's Latin letters, digits and symbols 90° clockwise, so they run
    # down the column: where the line's kanji or kana stand upright (or are drawn in a vertical writing mode) and
    # every other glyph is turned clockwise, it is vertical writing however many Latin glyphs it holds (ptexskip's
    # `△△ 表面積 = 4πr2 △△ (β7 版 )`, trial 78c: 5 of 17 glyphs upright). Horizontal text turned 90° for a margin
    # stamp has no upright kanji, or turns them with its letters.
    upright = [g for g in glyphs if g.upright]
    return (any(getattr(g, "wmode", False) or _script_letter(g) for g in upright)
            and all(_turned_clockwise(g) for g in glyphs if not g.upright))


def turning(item: LTTextBox | LTTextLine) -> int | None:
    """How far every glyph of ``item`` is turned, in degrees clockwise: ``90`` (its baseline runs down the page, text
    matrix ``(0, -1, 1, 0)`` scaled), ``-90`` (runs up, ``(0, 1, -1, 0)``), ``180`` (runs right to left upside down,
    ``(-1, 0, 0, -1)``); ``None`` where one glyph stands upright or otherwise, or the item holds none."""
    glyphs = [g for g in (item if isinstance(item, LTTextLine) else (g for line in item for g in line))
              if isinstance(g, LTChar) and g.get_text().strip()]
    turns = {_turn(g) for g in glyphs}
    return turns.pop() if len(turns) == 1 else None


def turned_prose(items: Sequence[LTTextBox | LTTextLine]) -> int | None:
    """The turn (:func:`turning`) shared by every one of ``items`` where each holds words (two runs of two letters
    or more): a slide's or a page's lines set sideways. A plot's turned tick labels and axis titles (`−0.5`, `Aa`,
    `Index` beside numbers: zoo's figures in the regression set) are no lines of text and keep their order."""
    turns = {turning(item) for item in items}
    if len(turns) != 1 or not all(len(_WORD.findall(item.get_text())) >= 2 for item in items):
        return None
    return turns.pop()


_WORD = re.compile(r"[^\W\d_]{2,}")


def _turn(glyph: LTChar) -> int | None:
    a, b, c, d = glyph.matrix[:4]
    big = max(abs(a), abs(b), abs(c), abs(d))
    if big == 0:
        return None
    a, b, c, d = (round(v / big, 3) for v in (a, b, c, d))
    return {(0, -1, 1, 0): 90, (0, 1, -1, 0): -90, (-1, 0, 0, -1): 180}.get((a, b, c, d))


def _turned_clockwise(glyph: LTChar) -> bool:
    """The glyph's text matrix turns it 90° clockwise: its baseline runs down the page (``(0, -1, 1, 0)`` scaled)."""
    return _turn(glyph) == 90


def _vertical(block: Block) -> bool:
    return isinstance(block, (LTTextBoxVertical, LTTextLineVertical))


def xy_cut(items: list[Block]) -> list[Block]:
    """Blocks in reading order by recursive XY-cut (see the module docstring).

    >>> from pdfminer.layout import LTTextLineHorizontal
    >>> def line(x0, y0, x1, y1):
    ...     obj = LTTextLineHorizontal(0.1); obj.set_bbox((x0, y0, x1, y1)); return obj
    >>> a, b, c = line(0, 90, 50, 100), line(0, 0, 50, 10), line(60, 0, 90, 10)
    >>> xy_cut([c, b, a]) == [a, b, c]
    True
    """
    if len(items) <= 1:
        return list(items)
    rows = bands(items, lambda i: -i.y1, lambda i: -i.y0)  # top to bottom
    if len(rows) > 1:
        return [block for row in rows for block in xy_cut(row)]
    columns = bands(items, lambda i: i.x0, lambda i: i.x1)  # left to right
    vertical = _mostly_vertical(items)
    if len(columns) > 1:
        if vertical:
            columns.reverse()
        return [block for column in columns for block in xy_cut(column)]
    if vertical:
        return sorted(items, key=lambda i: (-i.x1, -i.y1))
    return sorted(items, key=lambda i: (-i.y1, i.x0))


def _mostly_vertical(items: Sequence[Block]) -> bool:
    def size(block: Block) -> int:
        return len(block.get_text())

    vertical = sum(size(b) for b in items if _vertical(b))
    return vertical > 0 and 2 * vertical >= sum(size(b) for b in items)
