"""The measure of a paper's lines: the width a typesetter wrapped them at, found from the document itself.

A text dump's measure is the common display width of its Japanese lines (:func:`measure`), per block of lines set
at one width (:func:`block_measures`: an abstract has its own), or its count of characters
(:func:`character_measure`: a dump wrapped by count, whose half-width digits narrow a full line); an English run's
is its own (:func:`block_measures_en`). In a PDF the page shows more: the right edge of each line's column
(:func:`column_edges`) and the spacing between lines of one paragraph (:func:`line_spacing`). These are the
evidence :func:`pipeline.segment.paragraphs.join_wraps` weighs; they say nothing about where a paragraph ends.
"""

from __future__ import annotations

import statistics
from collections import Counter

from pipeline.chardata import display_width, has_japanese
from pipeline.model import LineLayout, Text
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.wraps_en import (MIN_MEASURE_EN, RAGGED, carries_on, run_on_measure, ends_sentence, goes_on_in_small_letters, is_english_line, measure_en,
                                       runs_on_as_prose)

MIN_MEASURE = 40      # columns; a narrower measure needs more lines to show it (headings can line up)
MIN_NARROW = 20       # columns; narrower still is no measure at all
MIN_COLUMN_EN = 16    # columns; an English run in a dump's column side by side with another is measured down to this
                      # (extract's column evidence: pipeline.extract.dumpcolumns.MIN_COLUMN_WIDTH)
MIN_NARROW_SUPPORT_LINES = 3  # lines at a measure under MIN_MEASURE (a narrow column, 19 characters a line)
MIN_SUPPORT = 0.3     # share of Japanese lines that must sit at the measure
MIN_SUPPORT_LINES = 2  # and at least this many (a short paper shows its measure on two lines)
SHORT_BY = 4          # a full line may end up to two wide characters short (kinsoku)
LONG_BY = 16          # or run over by a few (hanging punctuation)
MAX_OVER_SHARE = 0.1  # share of lines that may run further past the measure (a URL, a table row) before it is none
LEADING_SLACK = 1.25  # a paragraph's lines sit one pitch apart; a paragraph gap adds at least a quarter line
EDGE_WINDOW = 4       # lines either side of a line whose ends show its column's right edge
EDGE_ALIGN = 2.5      # ems; consecutive lines of one block start within this of each other (a first-line indent: one em)
SETTING_SIZE = 0.05   # share by which two consecutive lines of one block may differ in size
EDGE_FACE_SLACK = 0.1  # share by which they may differ where read in two faces: a Latin face beside a Japanese one
# set at 0.924 of it, as jsclasses scale the Japanese (10.91 pt against 10.09 pt in a paragraph; a title's 18.85 pt
# ``IEEJtran.bst:`` over its 17.43 pt Japanese rest); paragraphs.edge_justified_goes_on, titleblock's faces_go_on
EDGE_PITCH = 3.0     # sizes from a line's bottom to the next's within one block at most (a heading's space above)
EDGE_SHARED_EMS = 2.0  # ems; two lines or more end within this of a column's edge (a heading beside one line shows none)
INDENT_SHIFT = 0.5    # ems; a first-line indent is about one em (half an em of slack for side bearings)
MAX_OUTDENT = 4.0     # ems; the first line of a paragraph may be indented up to this much more than the next
RAGGED_EMS = 4.0      # ems; a ragged line may end this much short of the next (a long word carried over)
MAX_FIRST_INDENT = 8.0  # ems; and up to this much when it ends at its column's edge (a thesis class's inch at 10–12 pt:
                        # 6–7 ems; a centred title-page line ends short of any edge)


def measure(widths: list[int], text_widths: list[int] | None = None) -> int | None:
    """The line width in columns at which the text was wrapped, or ``None`` when no wrap width shows.

    The most common width (the wider on a tie) is the measure when enough
    lines sit within 3 columns of it: :data:`MIN_SUPPORT` of the lines, and
    at least :data:`MIN_SUPPORT_LINES`, or :data:`MIN_NARROW_SUPPORT_LINES`
    for a measure narrower than :data:`MIN_MEASURE` (a narrow column; two
    headings of one width are no measure).

    >>> measure([86, 85, 86, 87, 20]), measure([84, 84, 50]), measure([84, 30, 20, 22])
    (86, 84, None)
    >>> measure([38, 38, 30, 38, 30]), measure([24, 24, 12])
    (38, None)

    Text is never set wider than its measure, so lines far past the common width
    (more than :data:`LONG_BY` columns, over :data:`MAX_OVER_SHARE` of them) show
    that it is no measure: a flyer's date, venue and body lines, each as long as it is.
    ``text_widths`` (one per width, same order): the width of each line's text after
    the clean stage, where a raw line's width is no typesetter's (letter-spaced or
    doubled text the clean stage closed up); a line is past the measure when both are.

    >>> measure([30, 30, 30, 34, 66, 36, 12]), measure([40] * 12 + [70])
    (None, 40)
    """
    over_widths = [min(w, t) for w, t in zip(widths, text_widths or widths) if w >= MIN_NARROW]
    widths = [w for w in widths if w >= MIN_NARROW]
    if not widths:
        return None
    mode, _ = max(Counter(widths).items(), key=lambda item: (item[1], item[0]))
    near = sum(abs(w - mode) <= 3 for w in widths)
    needed = MIN_SUPPORT_LINES if mode >= MIN_MEASURE else MIN_NARROW_SUPPORT_LINES
    if near < max(needed, MIN_SUPPORT * len(widths)):
        return None
    if sum(w > mode + LONG_BY for w in over_widths) > MAX_OVER_SHARE * len(widths):
        return None
    return mode


def is_table_row(text: str) -> bool:
    """A row of a table or a contents list: extract parts its cells with a TAB (docs/decisions.md, "Table
    cells"); a row is a line of its own, never a wrap of the text around it.

    >>> is_table_row("地点\\t2023年\\t2024年"), is_table_row("地点別の歩行者通行量")
    (True, False)
    """
    return "\t" in text.strip()


def paper_measure(lines: list[Text], layout: Layout) -> int | None:
    """The measure of a paper's Japanese lines."""
    japanese = [t for t in lines if has_japanese(t.text) and not is_table_row(t.text)]
    return measure([layout.width(t) for t in japanese], [display_width(t.text) for t in japanese])


def prose_measure(lines: list[Text], layout: Layout) -> int | None:
    """The measure of a document's Japanese running text: :func:`measure` over its Japanese lines that hold a
    sentence's mark (``。`` or ``、``), where its titles, authors, affiliations and datelines, which hold none (an
    author list's ``，`` aside), are too many beside its prose for :func:`paper_measure` to show one (a booklet of
    poster abstracts, each a title, its authors and a paragraph of two lines: fresh-user trial 80a, helper para80).
    A text punctuated by ``，．`` throughout shows none here, as before.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> prose_measure(mk("表題", "著者 名前", "所属 大学", "あ" * 39 + "。", "い" * 10 + "。", "う、" * 20, "え" * 20 + "。"), Layout.plain())
    80
    >>> prose_measure(mk("表題", "あ" * 39 + "。", "い" * 10 + "。", "う" * 39 + "。", "え" * 20 + "。"), Layout.plain()) is None
    True
    """
    # (a text dump's only: a PDF's page shows its measure by its columns' edges, and a fallback in columns moves every
    # rule that reads a PDF's line as full, ptex-manual's many wraps at Latin words among them)
    if any(layout.boxed(t) for t in lines):
        return None
    prose = [t for t in lines if has_japanese(t.text) and not is_table_row(t.text) and any(c in t.text for c in "。、")]
    width = measure([layout.width(t) for t in prose], [display_width(t.text) for t in prose])
    # a measure is a width the text was wrapped at: one line at it at least stops mid-sentence (``…影響が示`` /
    # ``唆された。``); lines of one sentence each that happen to be about as long show none (a short notice's
    # ``人口は約百万人である。``, ``サービス業が中心である。``), and a narrow width needs more than running text's lines
    if width is None or width < MIN_MEASURE:
        return None
    wrapped = any(width - SHORT_BY <= layout.width(t) <= width + LONG_BY and t.text.rstrip()[-1:] not in "。．！？!?」』）)"
                  for t in prose)
    return width if wrapped else None


def indented_first_lines(lines: list[Text], layout: Layout) -> frozenset[int]:
    """The lines of a PDF that are a paragraph's first line set in by a wide indent over the next line
    (:func:`_indented_first_line`) and open a paragraph: the line before is none of their block (another page, a
    heading's size, white between) or, standing at the next line's margin, ends a sentence (a hanging indent, an
    index's or a listing's, carries on a line ending in none; a code listing's indented lines share their start).
    Their column's edge is the next line's, and the next line carries their sentence on. Linear in the lines."""
    starts = [layout.at(first_line(t)) for t in lines]
    ends = [layout.at(last_line(t)) for t in lines]

    def opens_paragraph(i: int) -> bool:
        if i == 0:
            return True
        a, b, margin = ends[i - 1], starts[i], starts[i + 1]
        if a.page != b.page or None in (a.x0, b.x0, margin.x0) or not a.size or not b.size or not _near_below(a, b) \
                or abs(a.size - b.size) > SETTING_SIZE * b.size:  # a heading above it
            return True
        if abs(a.x0 - b.x0) <= EDGE_ALIGN * b.size:
            return False
        before = lines[i - 1].text.rstrip()
        return abs(starts[i - 1].x0 - margin.x0) > EDGE_ALIGN * b.size \
            or (ends_sentence(before) and not before.endswith(". ."))  # a leader's dots end no sentence

    return frozenset(i for i in range(len(lines) - 1)
                     if ends[i].page == starts[i + 1].page and _indented_first_line(ends[i], starts[i + 1])
                     and _near_below(ends[i], starts[i + 1]) and opens_paragraph(i))


def column_edges(lines: list[Text], layout: Layout) -> list[float | None]:
    """For each line of a PDF, the right edge of its column (points), as the lines around it show it.

    The furthest right end among the line and its block's lines within
    :data:`EDGE_WINDOW` of it (the lines before and after it on its page
    set alike, :func:`same_setting`, up to the first that is not: a
    heading, an abstract's other size, the next column; a paragraph's first line set in by a wide indent,
    :func:`indented_first_lines`, goes with the lines under it), when two of them or
    more end within :data:`EDGE_SHARED_EMS` of it (the edge justified or
    wrapped lines share); ``None`` for a line without a position (a text
    dump) or where no such edge shows (a heading, a line alone). Linear in
    the lines.
    """
    starts = [layout.at(first_line(t)) for t in lines]
    ends = [layout.at(last_line(t)) for t in lines]
    first = indented_first_lines(lines, layout)

    def alike(i: int) -> bool:  # line i goes on line i - 1's block
        a, b = ends[i - 1], starts[i]
        return (a.page == b.page and (same_setting(a, b) or i - 1 in first)
                and None not in (b.x0, a.x0) and _near_below(a, b))

    out: list[float | None] = []
    for k in range(len(lines)):
        if starts[k].x0 is None or ends[k].x1 is None or not starts[k].size:
            out.append(None)
            continue
        lo = k
        while lo > max(0, k - EDGE_WINDOW) and alike(lo):
            lo -= 1
        hi = k
        while hi < min(len(lines) - 1, k + EDGE_WINDOW) and alike(hi + 1):
            hi += 1
        block = [ends[i].x1 for i in range(lo, hi + 1) if ends[i].x1 is not None]
        edge = max(block)
        out.append(edge if sum(x1 >= edge - EDGE_SHARED_EMS * starts[k].size for x1 in block) >= 2 else None)
    return out


KINSOKU_EMS = 2.0      # ems; lines this near each other's ends share one measure (two wide characters pushed over
                       # by line-breaking rules, or a hand's break before a word that would not fit: SHORT_BY's columns)
MIN_EDGE_LINES = 2     # lines of running text in one setting that must reach the document's measure to show it


def document_edges(lines: list[Text], layout: Layout) -> list[float | None]:
    """For each Japanese line of running text in a PDF, the right edge (points) its setting's lines reach over the
    whole document: the measure the document was set at, as its own lines show it when no page does.

    A line of running text holds a clause mark (``、``, ``。``) and is :data:`MIN_MEASURE` columns or more; its
    setting is its size and left edge (:func:`same_setting`; each column of a page has its own). The edge is the
    furthest right end that :data:`MIN_EDGE_LINES` such lines or more reach within :data:`KINSOKU_EMS` of each other,
    on any of the document's pages (a line alone, overfull or not, shows no measure); ``None`` for any other line
    or where no edge shows. A short guide whose every page holds a paragraph or two shows no measure by counting
    columns (:func:`measure` wants :data:`MIN_SUPPORT` of the lines at it, and headings count) nor on one page
    (:func:`column_edges`), but its pages together do (fresh-user trial 67b's museum guide: ``…潮の干満を利用`` at
    481.5 pt on page 1, ``…濃い塩水を取った。`` at 492 pt on page 2, both from 72 pt).

    >>> from pipeline.model import LineLayout
    >>> lay = Layout(tuple(LineLayout(page=p, x0=72.0, x1=x1, y0=700.0, size=10.5, width=w) for p, x1, w in
    ...                    [(1, 481.5, 78), (1, 334.5, 50), (2, 492.0, 80), (2, 261.0, 36)]), ())
    >>> ts = [Text.from_raw(s, n) for n, s in enumerate(["あ、" * 39, "い。" * 25, "う、" * 40, "え。" * 18], 1)]
    >>> document_edges(ts, lay)
    [492.0, 492.0, 492.0, None]
    """
    starts = [layout.at(first_line(t)) for t in lines]
    ends = [layout.at(last_line(t)) for t in lines]
    running = [k for k, t in enumerate(lines)
               if starts[k].x0 is not None and ends[k].x1 is not None and starts[k].size and not starts[k].vertical
               and has_japanese(t.text) and not is_table_row(t.text) and layout.width(t) >= MIN_MEASURE
               and any(c in t.text for c in "、。，．")]
    # settings by size, then by left edge: lines whose starts lie within EDGE_ALIGN ems of the one before
    running.sort(key=lambda k: (round(starts[k].size, 1), starts[k].x0))
    groups: list[list[int]] = []
    for k in running:
        g = groups[-1] if groups else None
        if g and same_setting(starts[g[-1]], starts[k]) and same_setting(starts[g[0]], starts[k]):
            g.append(k)
        else:
            groups.append([k])
    out: list[float | None] = [None] * len(lines)
    for g in groups:
        reach = sorted((ends[k].x1 for k in g), reverse=True)
        slack = KINSOKU_EMS * starts[g[0]].size
        edge = next((x for i, x in enumerate(reach)
                     if sum(x - slack <= y <= x for y in reach[i:]) >= MIN_EDGE_LINES), None)
        if edge is not None:
            for k in g:
                out[k] = edge
    return out


INSET_ALIGN = INDENT_SHIFT  # ems; the lines of an inset setting (a framed note's, a box's) start within this of each other


def inset_edges(lines: list[Text], layout: Layout) -> list[float | None]:
    """For each Japanese line of running text in a PDF set in from the body on both sides (a framed note, a 注意 or
    警告 box of a manual, a quotation block), the right edge (points) its inset setting's lines reach over the whole
    document, where that edge stops short of the wider setting's (:func:`document_edges`); ``None`` for any other line.

    A setting here is a size and a left edge within :data:`INSET_ALIGN` ems (:func:`same_setting` lets a box's lines,
    one or two ems in from the body, run with the body's, whose wider edge a box's full line never reaches). A line
    of running text holds a clause mark and is :data:`MIN_NARROW` columns or more; the edge is the furthest right end
    that :data:`MIN_EDGE_LINES` of its setting's lines reach within :data:`KINSOKU_EMS` of each other, on any page (a
    box of two lines on page 2 shows its measure by the boxes on page 1: fresh-user trial 85a's manual, session 85,
    helper pdf85).

    >>> from pipeline.model import LineLayout
    >>> lay = Layout(tuple(LineLayout(page=p, x0=x0, x1=x1, y0=700.0, size=10.5, width=w) for p, x0, x1, w in
    ...                    [(1, 60.0, 480.0, 80), (1, 60.0, 480.0, 80), (1, 75.0, 453.0, 72), (2, 75.0, 453.0, 72),
    ...                     (2, 75.0, 316.5, 46)]), ())
    >>> ts = [Text.from_raw(s, n) for n, s in enumerate(["あ、" * 40, "い、" * 40, "う、" * 36, "え、" * 36, "お。" * 23], 1)]
    >>> inset_edges(ts, lay)
    [None, None, 453.0, 453.0, 453.0]
    """
    starts = [layout.at(first_line(t)) for t in lines]
    ends = [layout.at(last_line(t)) for t in lines]
    wide = document_edges(lines, layout)
    running = [k for k, t in enumerate(lines)
               if starts[k].x0 is not None and ends[k].x1 is not None and starts[k].size and not starts[k].vertical
               and has_japanese(t.text) and not is_table_row(t.text) and layout.width(t) >= MIN_NARROW
               and any(c in t.text for c in "、。，．")]
    running.sort(key=lambda k: (round(starts[k].size, 1), starts[k].x0))

    def tight(a: LineLayout, b: LineLayout) -> bool:
        return abs(a.size - b.size) <= SETTING_SIZE * a.size and abs(a.x0 - b.x0) <= INSET_ALIGN * a.size

    groups: list[list[int]] = []
    for k in running:
        if groups and tight(starts[groups[-1][0]], starts[k]):
            groups[-1].append(k)
        else:
            groups.append([k])
    out: list[float | None] = [None] * len(lines)
    for g in groups:
        size = starts[g[0]].size
        slack = KINSOKU_EMS * size
        reach = sorted((ends[k].x1 for k in g), reverse=True)
        edge = next((x for i, x in enumerate(reach) if sum(x - slack <= y <= x for y in reach[i:]) >= MIN_EDGE_LINES),
                    None)
        # inset on both sides: a wider setting of the same size starts further left and reaches further right
        if edge is None or not any(w is not None and w > edge + slack and starts[i].size
                                   and abs(starts[i].size - size) <= SETTING_SIZE * size
                                   and starts[i].x0 < starts[g[0]].x0 - INSET_ALIGN * size
                                   for i, w in enumerate(wide)):
            continue
        for k in g:
            out[k] = edge
    return out


def _indented_first_line(a, b) -> bool:  # noqa: ANN001 - two LineLayouts
    """``a`` is a paragraph's indented first line and ``b``, in its size, the next line back at the margin (up to
    :data:`MAX_FIRST_INDENT` ems to the left): ``a`` ends at the column's edge ``b``'s block shows, though it starts
    further right than :data:`EDGE_ALIGN` allows (a thesis's inch-wide indent: ``Nam dui ligula, … Morbi auctor
    lorem`` / ``non justo. …``), reaching about as far right as ``b`` (:data:`RAGGED_EMS`). The block runs down from ``a`` only, and only
    where ``a`` opens a paragraph (:func:`column_edges`: the line before it ends a sentence at the margin).

    >>> from pipeline.model import LineLayout
    >>> first, second = LineLayout(x0=143, x1=524, size=10.9, width=82), LineLayout(x0=71, x1=524, size=10.9, width=92)
    >>> _indented_first_line(first, second), _indented_first_line(second, first)  # not a quotation set in
    (True, False)
    >>> _indented_first_line(LineLayout(x0=250, x1=340, size=10.9, width=16), second)  # a centred formula
    False
    >>> _indented_first_line(LineLayout(x0=138, x1=210, size=10, width=16), LineLayout(x0=108, x1=210, size=10, width=22))
    False
    >>> _indented_first_line(LineLayout(x0=120, x1=480, size=10, width=72), LineLayout(x0=100, x1=500, size=10, width=80))
    False
    """
    if None in (a.x0, b.x0, a.x1, b.x1) or not a.size or not b.size or a.vertical or b.vertical:
        return False
    return (abs(a.size - b.size) <= SETTING_SIZE * a.size and 0 < a.x0 - b.x0 <= MAX_FIRST_INDENT * a.size
            and a.x1 >= b.x1 - RAGGED_EMS * a.size  # it reaches about as far right (a centred display does not)
            and a.x0 - b.x0 > b.x1 - a.x1 + a.size  # set in further than it stops short: not centred over ``b``
            and b.width >= MIN_MEASURE)  # under it a line of prose, no formula's or code's (``708 \\setlength…``)


def _near_below(a, b) -> bool:  # noqa: ANN001 - two LineLayouts
    """``b`` stands below ``a`` within :data:`EDGE_PITCH` of ``a``'s size (bottom to bottom), or either has no position.

    A block set at the full width above a column (an abstract over a two-column body) is set apart from the
    column by more white than a heading's space, so its right end is no edge of the column.
    """
    if a.y0 is None or b.y0 is None or not a.size:
        return True
    return 0 < a.y0 - b.y0 <= EDGE_PITCH * a.size


def raw_span(t: Text) -> int | None:
    """Characters from the first to the last raw character of ``t``, where all of them stand on one raw line: its
    length as the dump printed it, what clean dropped between them counted (``2010 年、`` kept as ``2010年、``: 7); else
    ``None``.

    >>> raw_span(Text.from_raw("2010 年", 3)[:4] + Text.from_raw("2010 年", 3)[5:]), raw_span(Text.inserted("-"))
    (6, None)
    """
    at = [p for p in t.origin if p is not None]
    if not at or len({line for line, _ in at}) != 1:
        return None
    return max(col for _, col in at) - min(col for _, col in at) + 1


def character_measure(lines: list[Text], layout: Layout) -> int | None:
    """The number of characters a text dump's Japanese lines were wrapped at, when it shows: the commonest
    length, that at least :data:`MIN_SUPPORT` of them and :data:`MIN_NARROW_SUPPORT_LINES` have exactly, and more
    of them than sit at any one display width (a text wrapped by count, whose half-width digits and letters make
    a full line narrower); ``None`` in a PDF (its page shows the measure) or where widths tell it as well.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> character_measure(mk("あ" * 20, "い" * 18 + "12", "う" * 17 + "345", "え" * 5), Layout.plain())
    20
    >>> character_measure(mk("あ" * 20, "い" * 20, "う" * 20, "え" * 5), Layout.plain()) is None
    True
    """
    japanese = [t for t in lines if has_japanese(t.text) and not is_table_row(t.text)]
    if not japanese or any(layout.boxed(t) for t in japanese):
        return None
    # (each line counted as the dump printed it: clean drops the spaces a dump sets beside half-width digits, and a
    # full line's ``…開かれ、105 日`` keeps 38 of its 40 characters; helper bunshu78, fresh-user trial 77d)
    counts = Counter(raw_span(t) or len(t.text) for t in japanese)
    length, support = max(counts.items(), key=lambda item: (item[1], item[0]))
    widest_support = max(Counter(layout.width(t) for t in japanese).values())
    if length < MIN_NARROW or support < max(MIN_NARROW_SUPPORT_LINES, MIN_SUPPORT * len(japanese)) \
            or support <= widest_support:
        return None
    return length


def block_measures(lines: list[Text], layout: Layout, fallback: int | None) -> list[int | None]:
    """The measure for each line: its block's (a run of Japanese lines: one paper, or one part of it set
    at its own width) when the block shows one, else ``fallback`` (the paper's or the document's).

    In a PDF a block also ends where the setting changes (:func:`same_setting`): an abstract set at its
    own width and size, the next column, a heading."""
    def together(k: int) -> bool:
        return same_setting(layout.at(last_line(lines[k - 1])), layout.at(first_line(lines[k])))

    # a table's rows are no wrapped text: their widths say nothing of the measure (and end no run of text)
    member = [has_japanese(t.text) and not is_table_row(t.text) for t in lines]
    return _run_measures(lines, layout, member, measure, fallback, together)


def same_setting(a, b) -> bool:  # noqa: ANN001 - two LineLayouts
    """Two lines set alike: in one size (within :data:`SETTING_SIZE`) and starting within :data:`EDGE_ALIGN` ems of
    each other; always for lines without a position (a text dump) and vertical lines.

    >>> from pipeline.model import LineLayout
    >>> body, abstract = LineLayout(x0=60, size=9), LineLayout(x0=80, size=9)
    >>> same_setting(body, LineLayout(x0=69, size=9)), same_setting(body, abstract), same_setting(body, LineLayout())
    (True, True, True)
    >>> same_setting(body, LineLayout(x0=263, size=9)), same_setting(body, LineLayout(x0=60, size=12))
    (False, False)
    """
    if a.x0 is None or b.x0 is None or not a.size or not b.size or a.vertical or b.vertical:
        return True  # vertical columns start at their tops, which a text dump's widths measure as well
    return abs(a.size - b.size) <= SETTING_SIZE * a.size and abs(a.x0 - b.x0) <= EDGE_ALIGN * a.size


def _run_measures(lines: list[Text], layout: Layout, member: list[bool], measure_of, fallback: int | None,
                  together=None) -> list[int | None]:  # noqa: ANN001
    """For each line, the measure (``measure_of`` its widths) of the run of consecutive ``member`` lines it stands
    in, when that run shows one; else ``fallback``. ``together(k)``, when given, says whether line ``k`` goes
    on the run of line ``k - 1`` (a run ends where it says no).

    >>> lay = Layout.plain()
    >>> ts = [Text.from_raw(s, n) for n, s in enumerate(["aaaa", "aaaa", "b", "aaaa"], 1)]
    >>> _run_measures(ts, lay, [True, True, False, True], lambda ws: max(ws) if len(ws) > 1 else None, 9)
    [4, 4, 9, 9]
    """
    out: list[int | None] = [fallback] * len(lines)
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and member[end] and (end == k or together is None or together(end)):
            end += 1
        if end > k:
            own = measure_of([layout.width(t) for t in lines[k:end]])
            if own is not None:
                out[k:end] = [own] * (end - k)
        k = max(end, k + 1)
    return out


def line_spacing(lines: list[Text], layout: Layout):
    """A test ``(prev, cur) -> bool``: ``cur`` is the next line of ``prev``'s paragraph by spacing.

    In a PDF (both lines with a bounding box, on one page) the distance
    between their bottoms must be within :data:`LEADING_SLACK` of the
    document's most common line pitch, and ``cur`` must start at the same
    left edge (no more than :data:`INDENT_SHIFT` em to the right, where a
    first-line indent opens a paragraph; up to two ems under a bullet's
    hanging indent): a paragraph gap is wider than the leading, a column
    change moves up and across.
    pdfminer's own text boxes are not used for this: with its default
    ``line_margin`` (0.5) it sets every line of loosely leaded text in a box
    of its own. In a text dump, a blank line between them ends the paragraph.
    """
    pitches: list[float] = []
    for prev, cur in zip(lines, lines[1:]):
        a, b = layout.at(last_line(prev)), layout.at(first_line(cur))
        if a.y0 is not None and b.y0 is not None and a.page == b.page and a.size and 0 < a.y0 - b.y0 < 3 * a.size:
            pitches.append(round(a.y0 - b.y0, 1))
    pitch = Counter(pitches).most_common(1)[0][0] if pitches else None

    def next_line(prev: Text, cur: Text, hanging: bool = False, hang: float = 2.0, outdent: float = MAX_OUTDENT) -> bool:
        a, b = layout.at(last_line(prev)), layout.at(first_line(cur))
        if a.y0 is None or b.y0 is None or a.x0 is None or b.x0 is None or pitch is None:
            return layout.same_box(prev, cur)
        height = a.size or (a.y1 - a.y0 if a.y1 is not None else pitch)
        # the nearer of the bottoms' and the tops' distances: a glyph set below the baseline (the E of the LaTeX logo,
        # a subscript) lowers one line's bottom, one set above it (a superscript) raises its top, never both
        gap = a.y0 - b.y0 if a.y1 is None or b.y1 is None else min(a.y0 - b.y0, a.y1 - b.y1)
        if a.page != b.page or not 0 < a.y0 - b.y0 or not 0 < gap <= LEADING_SLACK * pitch:
            return False
        shift = b.x0 - a.x0
        # Back to the margin after an indented first line is the same paragraph; a start further right is a
        # first-line indent (a new paragraph), except under a bullet or a label (the item's hanging indent, ``hang`` ems).
        return -outdent * height <= shift <= (hang if hanging else INDENT_SHIFT) * height

    return next_line


NARROW_RUN_ON_SHARE = 0.5
"""Share of a dump's pairs of English lines in one box, the first 20 columns or wider, whose sentence runs on in small
letters from the first into the second, at least, for its lines to read as prose however narrow the measure (a
slide's bullets, an address's or a list's lines stand complete, each opening on a capital or a mark)."""
MIN_NARROW_RUN_ONS = 4
"""And at least this many such pairs."""


def narrow_prose(lines: list[Text], layout: Layout, english: list[bool]) -> bool:
    """A text dump's English lines read as running prose wrapped at a measure, whatever its width: in pairs of lines
    in one text box, the first :data:`NARROW_WIDTH` columns or wider, the sentence runs on in small letters
    (:func:`goes_on_in_small_letters`) in :data:`NARROW_RUN_ON_SHARE` of them and :data:`MIN_NARROW_RUN_ONS` or more
    (fresh-user trial 60b: a newsletter at 38 columns showed no measure and kept every wrap; a PDF's lines carry
    their column's edge instead).

    >>> ts = [Text.from_raw(s, n) for n, s in enumerate(["The new library will stay open", "until eight on weekdays, after a",
    ...       "trial showed that many readers", "came after work, and study rooms", "can be booked at the desk."], 1)]
    >>> narrow_prose(ts, Layout.plain(), [True] * 5), narrow_prose(ts[:3], Layout.plain(), [True] * 3)
    (True, False)
    """
    pairs = run_ons = 0
    for k in range(1, len(lines)):
        prev, cur = lines[k - 1], lines[k]
        if not (english[k - 1] and english[k]) or layout.boxed(prev) or layout.width(prev) < NARROW_WIDTH \
                or not layout.same_box(prev, cur):
            continue
        pairs += 1
        run_ons += goes_on_in_small_letters(prev.text, cur.text)
    return run_ons >= MIN_NARROW_RUN_ONS and run_ons >= NARROW_RUN_ON_SHARE * pairs


NARROW_WIDTH = 10
"""Columns a line of a narrow column's prose spans at least (a newspaper's or a sidebar's column of 14–20 characters
a line, :data:`MIN_NARROW_EN`, wraps most of its lines 10 columns wide or more)."""
MIN_NARROW_EN = 14
"""Columns; English prose that reads as running (:func:`narrow_prose`) is measured down to this, box by box
(:func:`prose_boxes`)."""


MIN_BOX_SHOWING = 4
"""Lines a dump's box holds at least for its own lines to show whether it is prose (:func:`prose_boxes`); a shorter
box (a paragraph's two lines, ``…a second clean-up`` / ``for the autumn.``) takes the document's word."""


def prose_boxes(lines: list[Text], layout: Layout, english: list[bool]) -> list[bool]:
    """For each line, whether it is an English line of a dump's text box (its lines between blank lines) that reads as
    prose wrapped at a measure (:func:`pipeline.segment.wraps_en.runs_on_as_prose`): a line stops on a word its
    phrase goes on after, or a sentence ends inside a line. A box of :data:`MIN_BOX_SHOWING` lines or more of verse,
    an address, a list of names or of short lower-case items shows neither, and keeps its lines at a narrow measure
    however its sentences seem to run on; a shorter box is read as the document's prose.

    >>> from pipeline.model import LineLayout
    >>> ts = [Text.from_raw(s, n) for n, s in enumerate(["the tide goes out", "and leaves the boats", "asleep upon the sand",
    ...       "until the moon", "", "The new ferry", "timetable starts on", "Monday, with an", "extra sailing"], 1) if s]
    >>> prose_boxes(ts, Layout((LineLayout(),) * 9, (5,)), [True] * 8)
    [False, False, False, False, True, True, True, True]
    """
    out = [False] * len(lines)
    k = 0
    while k < len(lines):
        end = k + 1
        while end < len(lines) and english[end] and english[k] and layout.same_box(lines[end - 1], lines[end]):
            end += 1
        if english[k] and (end - k < MIN_BOX_SHOWING or runs_on_as_prose([t.text for t in lines[k:end]])):
            out[k:end] = [True] * (end - k)
        k = end
    return out


BESIDE_GAP = 1.0
"""Ems of white, at least, between two lines of a PDF page side by side for them to stand in two text columns (the
pieces of one printed line, a justified line's words or a table row's cells, extract joins or parts by TAB)."""
BESIDE_OVERLAP = 0.5
"""Share of the smaller line's height two lines side by side share, at least (one baseline, or near it)."""
MIN_COLUMN_RUN_ONS = 3
"""Pairs of lines in a PDF's columns whose sentence runs on in small letters, at least, for the columns to read as
prose (:func:`column_prose`)."""


def side_by_side(lines: list[Text], layout: Layout) -> list[bool]:
    """For each line, whether it stands in a text column of a PDF page that holds two columns or more side by side.

    Two raw lines on one page (all of the page's lines, whichever part of the document ``lines`` is: a section holds
    one column's lines only) stand side by side where they share :data:`BESIDE_OVERLAP` of their height and
    :data:`BESIDE_GAP` ems of white or more part them; where :data:`MIN_BESIDE_ROWS` such pairs or more stand on a
    page (a running head's two halves are one), the x-extents of their lines, merged, are the page's columns when
    there are two or more, and a line lies in one when it starts and ends inside it (an em of slack): the lines of
    a longer column under the end of the shorter stand beside nothing, and are the column's all the same; a title
    or an abstract set across the gutter is in none. A table's row (parted by TAB), a vertical line and a line
    without a position (a text dump: its columns are extract's, :meth:`Layout.column`) are in none. Quadratic in a
    page's lines at worst (each line is weighed against those at its height).

    >>> from pipeline.model import LineLayout
    >>> def lay(x0, y0, x1):
    ...     return LineLayout(page=1, x0=x0, y0=y0, x1=x1, y1=y0 + 10, size=10.0)
    >>> rows = [lay(200, 780, 400), lay(50, 700, 200), lay(310, 700, 450), lay(50, 686, 198), lay(310, 686, 449),
    ...         lay(50, 672, 190), lay(310, 672, 440), lay(50, 600, 199)]
    >>> side_by_side([Text.from_raw("x", n) for n in (1, 2, 8)], Layout(tuple(rows), ()))
    [False, True, True]
    >>> side_by_side([Text.from_raw("x", n) for n in (1, 2, 8)], Layout(tuple(rows[:3] + rows[-1:]), ()))  # one row
    [False, False, False]
    """
    return [c is not None for c in text_columns(lines, layout)]


def text_columns(lines: list[Text], layout: Layout) -> list[tuple[float, float] | None]:
    """For each line, the x-extent (points, left to right) of the text column it stands in on a PDF page that holds
    two columns or more side by side, as :func:`side_by_side` finds them; ``None`` for a line in none. A column's
    right end is the furthest any of its lines side by side with the other column reaches: the edge of its frame
    as the page shows it, where a paragraph's few lines set ragged may stop short of it."""
    pages = {layout.at(first_line(t)).page for t in lines}
    wanted = pages | {page - back for page in pages for back in (1, 2)}
    on_page: dict[int, list] = {}
    for lay in layout.lines:  # one pass over the document's raw lines
        if lay.page in wanted:
            on_page.setdefault(lay.page, []).append(lay)
    columns_of = {page: _page_columns(raw) for page, raw in on_page.items()}
    for page in sorted(pages):
        if not columns_of.get(page):
            # a page of one column of the document's columns (the last, its text ended in the first column: col66's
            # three-column papers, whose last page's ragged wraps were kept, no measure showing) takes the columns of
            # the page before that has them (up to two back): a line of it in none of them (a page set full width)
            # stands in none still
            columns_of[page] = next((columns_of[page - back] for back in (1, 2) if columns_of.get(page - back)), [])
    out: list[tuple[float, float] | None] = [None] * len(lines)
    for k, t in enumerate(lines):
        lay = layout.at(first_line(t))
        columns = columns_of.get(lay.page)
        if not columns or None in (lay.x0, lay.x1) or not lay.size or lay.vertical or is_table_row(t.text):
            continue
        out[k] = next(((c0, c1) for c0, c1 in columns if c0 - lay.size <= lay.x0 and lay.x1 <= c1 + lay.size), None)
    return out


MIN_BESIDE_ROWS = 3
"""Pairs of lines side by side a page holds at least for its text to stand in columns (:func:`side_by_side`)."""


def _page_columns(raw: list) -> list[tuple[float, float]]:
    """The text columns of a PDF page (its raw lines' layouts: :func:`side_by_side`), left to right; none where it
    shows fewer than two."""
    items = [lay for lay in raw if None not in (lay.x0, lay.y0, lay.x1, lay.y1) and lay.size and not lay.vertical]
    items.sort(key=lambda lay: -lay.y1)
    extents: list[tuple[float, float]] = []
    pairs = 0
    for a, la in enumerate(items):
        for lb in items[a + 1:]:
            if lb.y1 <= la.y0:
                break  # every later line's top is lower still
            shared = min(la.y1, lb.y1) - max(la.y0, lb.y0)
            gap = max(lb.x0 - la.x1, la.x0 - lb.x1)
            if shared >= BESIDE_OVERLAP * min(la.y1 - la.y0, lb.y1 - lb.y0) and gap >= BESIDE_GAP * max(la.size, lb.size):
                extents += [(la.x0, la.x1), (lb.x0, lb.x1)]
                pairs += 1
    columns = _merged(extents)
    return columns if pairs >= MIN_BESIDE_ROWS and len(columns) >= 2 else []


def _merged(extents: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of x-extents as disjoint extents, left to right.

    >>> _merged([(310, 450), (50, 200), (52, 198), (300, 320)])
    [(50, 200), (300, 450)]
    """
    out: list[tuple[float, float]] = []
    for x0, x1 in sorted(extents):
        if out and x0 <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def column_prose(lines: list[Text], member: list[bool], together) -> bool:  # noqa: ANN001 - together(k) -> bool
    """The ``member`` lines (a PDF's columns side by side, :func:`side_by_side`) read as running prose: in pairs of
    consecutive members that ``together`` says go on one run, the first ending no sentence, the sentence runs on in
    small letters (:func:`goes_on_in_small_letters`) in :data:`NARROW_RUN_ON_SHARE` of them and
    :data:`MIN_COLUMN_RUN_ONS` or more (a heading over its text is such a pair, and none that runs on).
    A list of names beside an address, a form's labels, a deck's two lists of points stand complete, line by line.

    >>> ts = [Text.from_raw(s, n) for n, s in enumerate(["Coastal towns face rising seas", "and shrinking budgets at the",
    ...       "same time. Most plans", "were written for large ports", "with their own engineers."], 1)]
    >>> column_prose(ts, [True] * 5, lambda k: True), column_prose(ts[:3], [True] * 3, lambda k: True)
    (True, False)
    """
    pairs = run_ons = 0
    for k in range(1, len(lines)):
        if member[k - 1] and member[k] and together(k) and not ends_sentence(lines[k - 1].text, lines[k].text):
            pairs += 1  # a line that ends no sentence: the next carries it on, or opens a line of its own
            run_ons += goes_on_in_small_letters(lines[k - 1].text, lines[k].text)
    return run_ons >= MIN_COLUMN_RUN_ONS and run_ons >= NARROW_RUN_ON_SHARE * pairs


def block_measures_en(lines: list[Text], layout: Layout) -> list[int | None]:
    """The English measure for each line: its run of English lines' when the run shows one, else that of
    all the English lines given (a short run: an abstract, one paragraph between headings).

    In a PDF a run also ends where the setting changes (:func:`same_setting`: the next column, another size)
    or more white than a heading's space stands between two lines on a page (:func:`_near_below`: an abstract
    set at the full width above the first column, whose measure is no column's)."""
    english = [is_english_line(t.text) for t in lines]
    # a newsletter's or a leaflet's prose set to a narrow measure in one column (38 columns: under Bringhurst's 40,
    # the floor that keeps a slide's or an address's short lines from reading as wrapped) shows it is prose where
    # its sentences run on from line to line in small letters; its measure is then read down to a column's floor
    def together(k: int) -> bool:  # in a PDF a run ends where the setting changes or white sets a block apart
        a, b = layout.at(last_line(lines[k - 1])), layout.at(first_line(lines[k]))
        return same_setting(a, b) and (a.page != b.page or _near_below(a, b))

    narrow = narrow_prose(lines, layout, english)
    least = MIN_NARROW_EN if narrow else MIN_MEASURE_EN
    overall = measure_en([layout.width(t) for t, en in zip(lines, english) if en], least=least)
    out = _run_measures(lines, layout, english, lambda ws: measure_en(ws, least=least), overall, together)
    if narrow:
        # under a narrow measure each box of the dump shows whether it is prose (:func:`prose_boxes`), and measures
        # itself (else the prose boxes together do): a box of verse, an address or a list measures none and keeps its
        # lines (a reader's poem of 20 columns a line above a 20-column article had been joined into one line), and
        # an address's wider lead-in line no longer widens an article's measure (it had kept every wrap). A run
        # measured at 40 columns or more keeps that measure (a release note's 72 columns).
        prose = prose_boxes(lines, layout, english)
        pooled = measure_en([layout.width(t) for t, p in zip(lines, prose) if p], least=MIN_NARROW_EN)
        boxed = _run_measures(lines, layout, prose, lambda ws: measure_en(ws, least=MIN_NARROW_EN), pooled,
                              lambda k: together(k) and layout.same_box(lines[k - 1], lines[k]))
        out = [m if not en or (m is not None and m >= MIN_MEASURE_EN) else b if p else None
               for m, b, p, en in zip(out, boxed, prose, english)]
    beside = [en and c for en, c in zip(english, side_by_side(lines, layout))]
    if any(beside) and column_prose(lines, beside, together):
        # a PDF's text columns side by side (trial 64c: a two-column paper of 28–30 characters a line, set ragged,
        # kept most of its wraps): where no measure of 40 columns shows, the columns' own is the evidence, as a
        # dump's columns' is below; a run too short to show one takes the columns' together
        pooled = measure_en([layout.width(t) for t, b in zip(lines, beside) if b], least=MIN_COLUMN_EN)
        own = _run_measures(lines, layout, beside, lambda ws: measure_en(ws, least=MIN_COLUMN_EN), pooled, together)
        out = [n if b and o is None else o for o, n, b in zip(out, own, beside)]
    columned = [en and layout.column(t) is not None for t, en in zip(lines, english)]
    if any(columned):
        # a dump's columns side by side (extract found them as prose set to a measure): a column's own measure,
        # however narrow, is the evidence its wraps are read by (a 38-column English column had kept every wrap)
        narrow = _run_measures(lines, layout, columned, lambda ws: measure_en(ws, least=MIN_COLUMN_EN), None, together)
        out = [n if c and n is not None else o for o, n, c in zip(out, narrow, columned)]
    if not any(layout.boxed(t) for t in lines):
        # a plain text hard-wrapped at a column under a few lines never wrapped (a title, a URL, reference entries one
        # to a line): its own wrapped lines show the wrap where too few lines do for the percentile measure
        # (issue 16 point 4, helper wrap84: a short paper's ``…the Danish Hydraulic`` / ``Institute showed…``)
        run_ons = [english[k] and k + 1 < len(lines) and english[k + 1]
                   and not layout.blank_between_texts(lines[k], lines[k + 1])
                   and carries_on(lines[k].text, lines[k + 1].text) for k in range(len(lines))]
        hard = run_on_measure([layout.end_width(t) for t in lines], run_ons)
        if hard is not None:
            out = [hard if en and m is not None and RAGGED * m > hard else m for m, en in zip(out, english)]
    return out


SPACED_PARAGRAPH = 0.3
"""Ems of white beyond a column's line pitch, at least, above a line for it to be spaced off the line before (a
paragraph's white: :func:`parts_paragraphs_by_white`)."""


def pitch_between(a: LineLayout, b: LineLayout) -> float | None:
    """Points from ``a``'s baseline down to ``b``'s where ``b`` is the next line of ``a``'s column (one page, under
    it, starting within an em of it or set in up to 4 ems); else ``None``."""
    if None in (a.x0, a.y0, b.x0, b.y0) or a.page != b.page or not a.size or a.vertical or b.vertical \
            or b.y0 >= a.y0 or not -a.size <= b.x0 - a.x0 <= 4 * a.size:
        return None
    return a.y0 - b.y0


def parts_paragraphs_by_white(lines: list[Text], layout: Layout) -> tuple[float, float] | None:
    """The white (points beyond the line pitch) a PDF sets between the paragraphs of ``lines``, where it parts them by
    white rather than by an indent, and that usual pitch (points, baseline to baseline); ``None`` where it does not
    (or no position shows).

    Each pair of consecutive lines of one column (:func:`pitch_between`) whose first ends a sentence opens a paragraph
    either with white above (:data:`SPACED_PARAGRAPH` ems or more beyond the usual pitch, the line flush with the one
    before) or set in (more than half an em, no white): the document parts its paragraphs by white where the spaced
    openings are two or more and outnumber the set-in ones (a heading's white above counts among the spaced, so an
    indented document with a heading or two still shows more set-in openings); the white is their median excess."""
    pairs = []
    for prev, line in zip(lines, lines[1:]):
        a, b = layout.at(last_line(prev)), layout.at(first_line(line))
        if (p := pitch_between(a, b)) is not None and not a.note and not b.note:
            pairs.append((a, b, p, ends_sentence(prev.text, line.text)))
    if not pairs:
        return None
    usual = statistics.median(p for _, _, p, _ in pairs)
    spaced: list[float] = []
    set_in = 0
    for a, b, p, ended in pairs:
        if not ended:
            continue
        if p - usual >= SPACED_PARAGRAPH * a.size and abs(b.x0 - a.x0) <= 0.5 * a.size:
            spaced.append(p - usual)
        elif p - usual < SPACED_PARAGRAPH * a.size and b.x0 - a.x0 > 0.5 * a.size:
            set_in += 1
    return (statistics.median(spaced), usual) if len(spaced) >= 2 and len(spaced) > set_in else None


UNBALANCED = 2.0
"""Line pitches by which a page's next column may be shorter than the one before it and still be balanced with it
(a balancing typesetter evens the last page's columns to a line or so)."""


def _short_of_the_usual_foot(layout: Layout, before: int, pitch: float) -> bool:
    """Raw line ``before``, the last of its column, stands a line pitch (90 %) or more above the foot that column
    reaches on the document's other pages (the median of each other page's lowest line starting within an em of
    ``before``'s left edge, in its size within 10 %, at most 1.5 pitches under the line before it: a column's line, no
    folio or foot set apart), no line of its page standing between it and a pitch over that foot (a float's caption).

    Why (issue 16 point 4, helper page67): where a page's column is its longest the page shows no room, so a full
    line ending a sentence at its foot read as going on (first fit) though the next paragraph opened the next column,
    parted by white only; the document's own column height shows the column broke short. A document with no other
    page (a one-page paper) shows nothing: tests/test_columns65b.py's strict xfail stays."""
    a = layout.at(before)
    lowest: dict[int, float] = {}
    prev: LineLayout | None = None
    for n in range(1, len(layout.lines) + 1):
        lay = layout.at(n)
        if lay.x0 is None or lay.y0 is None or lay.note or lay.vertical:
            continue
        if prev is not None and lay.page != a.page and lay.size and abs(lay.x0 - a.x0) <= a.size \
                and abs(lay.size - a.size) <= 0.1 * a.size and (p := pitch_between(prev, lay)) is not None \
                and p <= 1.5 * pitch:
            lowest[lay.page] = min(lowest.get(lay.page, lay.y0), lay.y0)
        prev = lay
    if not lowest:
        return False
    usual = statistics.median(lowest.values())
    if a.y0 - usual < 0.9 * pitch:
        return False
    return not any((lay := layout.at(n)).page == a.page and lay.y0 is not None and usual - pitch < lay.y0 < a.y0
                   for n in range(1, len(layout.lines) + 1))


def column_broke_early(layout: Layout, before: int, after: int) -> bool:
    """Raw line ``after`` heads the next column (or page) after raw line ``before``, the last of its column, and that
    column broke with room for another line: the column beside it on its page reaches at least a line pitch lower
    (the next column on the same page, the one before it across a page's break), nothing standing in between in
    ``before``'s column. A typesetter fills a column while the next line fits; a paragraph's next line would have,
    the next paragraph's white and first line would not (a paragraph parted by white, its white lost at the foot:
    issue 16 point 4, the strict xfail of tests/test_columns65b.py, col66).

    Each column's foot is that of its run of lines, as extract reads them (raw order: one column top to bottom,
    then the next): under a heading set across the columns the lower columns are another run. On a page whose
    columns are balanced (the last, or over such a heading) a later column is never longer than an earlier one, so
    only the next column is weighed where both stand on one page; across a page, the column before ``before``'s
    (a full page's columns all reach its foot). Not where the next column opens on two lines and then white or its
    end: widow control moves a paragraph's last two lines together and leaves the column a line short.

    The premise is a typesetter's (it fills a column while the next line fits): a PDF whose columns were ended by
    hand mid-paragraph a line or more short (col65b's made-up inputs) reads as paragraphs ending there."""
    a, b = layout.at(before), layout.at(after)
    if None in (a.x0, a.y0, a.x1, b.x0, b.y0) or not a.size or a.vertical:
        return False

    def run(start: int, step: int) -> list[int]:
        """The raw lines of ``start``'s column from it, down (``step`` 1) or up (-1), on its page."""
        out = [start]
        n = start + step
        while 1 <= n <= len(layout.lines):
            lay, last = layout.at(n), layout.at(out[-1])
            if lay.x0 is not None:
                upper, lower = (last, lay) if step > 0 else (lay, last)
                if lay.note or pitch_between(upper, lower) is None:
                    break
                out.append(n)
            n += step
        return out

    up = [layout.at(n) for n in reversed(run(before, -1))]
    pitches = [p for p in (pitch_between(x, y) for x, y in zip(up, up[1:])) if p is not None]
    pitch = min(pitches) if pitches else 1.2 * a.size
    head = [layout.at(n) for n in run(after, 1)[:3]]
    if len(head) == 2 or (len(head) == 3 and (pitch_between(head[1], head[2]) or 0.0) - pitch >= SPACED_PARAGRAPH * a.size):
        return False  # two lines, then white or the column's end: a widow kept off the column's head (widow control
        # moves a paragraph's last line but one over with it, so the column breaks a line short mid-paragraph)
    if a.page == b.page:
        if b.y0 <= a.y0 - a.size or b.x0 < a.x1 - a.size:
            return False
        for n in range(before + 1, after):  # a caption, a note or a figure's words under the column's last line
            lay = layout.at(n)
            if lay.x0 is not None and lay.page == a.page and lay.y0 < a.y0 and a.x0 - a.size <= lay.x0 <= a.x0 + a.size:
                return False
        foot = min(layout.at(n).y0 for n in run(after, 1))
        if foot - a.y0 >= UNBALANCED * pitch:
            # the next column is the shorter, by more than balancing leaves: the page shows no room, the document's
            # other pages may (helper page67)
            return _short_of_the_usual_foot(layout, before, pitch)
    else:
        head = up[0]
        n = run(before, -1)[-1] - 1
        while n >= 1 and layout.at(n).x0 is None:
            n -= 1
        prior = layout.at(n)
        if prior.x0 is None or prior.page != a.page or prior.x1 > head.x0 or prior.y0 > head.y0 + pitch:
            return False  # no column before it on the page, or none at its height
        foot = prior.y0
    return a.y0 - foot >= 0.9 * pitch
