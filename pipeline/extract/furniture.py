"""Page furniture: running headers, footers and page numbers, from their positions.

A line is page furniture when

* it lies in the top or bottom band of its page (:data:`BAND` of the page
  height, the margin where word processors and LaTeX put running heads and
  folios);
* it is set no larger than the body text (a slide title repeated on two
  slides is larger, and is content), unless it is a two-sided document's
  head or folio: on pages of one parity only, its numbers the page's
  (:func:`_two_sided_head`);
* the same text recurs in the same band at (nearly) the same height on other
  pages: with its digits as wildcards, on at least :data:`RECURRENCE_PAGES`
  pages, or on every page but the first (a title page goes without the
  running head) from two pages on, or, set as a running head (the page's
  topmost row, smaller than the body, white below), on every page from its
  first to the last, two or more, after front matter that goes without it
  (a report's cover and contents), or, for a page number (digits and a little punctuation: ``3``,
  ``- 3 -``, ``3/6``, ``p. 3``), on at least two pages with the number
  keeping step with the page (one more per page, or two: a handout of two
  slides a page), or rising from page to page at any step when each is
  centred alone at the page's edge (an excerpt of a proceedings volume whose
  paper pages keep the volume's numbers, ``－ 11 －`` … ``－ 12 －``, with
  unnumbered slide pages between); a running line whose only change is its page number
  (``Proceedings 2024, p. 12``) on at least two pages when that number
  is the page index plus the same offset on each;
* or it recurs at the same height on both pages of a two-page document, or on
  every page of one parity (the first page allowed to go without it; the pages
  skipped carry a head of their own at its height: alternating heads), and on
  each stands outside the text block, :data:`APART_WHITE` body sizes or more
  beyond the text (:func:`_short_run_pages`, :func:`_outside_the_text`,
  :func:`_other_pages_headed`; trial 53);
* or it recurs at the same height on half the pages or more (two at least), set
  in small print (:data:`SMALL_PRINT`) and outside the text on each, the other
  pages going without (:func:`_small_print_apart`; trial 67c: a volume's 7 pt
  foot on its Japanese pages only);
* or, in a document of two pages, it is the running head of the second
  page, which the title page goes without: the topmost row, set smaller
  than the body and standing apart from the text below
  (:func:`_running_head_of_a_second_page`);
* or it recurs on at least two pages in the same band and on each of them
  stands on the baseline of furniture already found there: the chapter title
  beside the page number in a LaTeX foot (``10`` … ``第 3 章 Debian 開発者の責務``
  on even pages).

Never by recurrence: copies whose numbers change beyond a folio and a part's number (a table's row continued
over the pages, ``小計 11 15`` / ``小計 12 18``: :func:`_numbered_as_running_line`), nor copies each set as a line of
the page's text, in the body's size one line pitch from the text (:func:`_among_body_lines`).

Roman folios (``i``, ``ii``, ``iv``: :mod:`pipeline.pagenumbers`) are one
series of their own, beside the arabic one that follows the front matter:
they recur with the roman numeral as the wildcard and keep step with the
pages by their value, and a lone one is weighed by the roman series' offset.

A page number that recurs nowhere (a one-page document, a page whose folio
differs in style) is still one when its position says so
(:func:`_lone_page_numbers`): a page-number shape alone at its height, the
outermost line of the top or bottom band, centred on the page or flush with
the text block's right edge (a page of vertical writing: its left edge too),
no larger than the body, and its value the
page's index (plus the offset the document's other page numbers show). A
number elsewhere, or beside other text at its height (a table cell, a list
label), or of another value, stays text. A page's foot that recurs nowhere is
furniture when it stands as a folio does and ends in a page reference
(``Proceedings of the Urban Data Workshop 2024, p. 117``:
:func:`_lone_running_feet`).

A manuscript's margin that numbers its lines is furniture too
(:func:`_line_numbers`, ``line-number``).

Each goes to the ledger as ``page-number``, ``running-header`` or
``running-footer``, the words clean uses for the same furniture in text dumps.
This is the PDF counterpart of the text-dump heuristics in clean/segment,
which must guess from the text alone.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import defaultdict
from typing import Sequence

from pipeline.furniture_model import (MAX_SIZE_RATIO, RECURRENCE_PAGES, SMALL_PRINT, SMALLER_THAN_BODY,
                                      numbered_as_running_line, title_page_aside)
from pipeline.pagenumbers import dashed_folio, page_number
from pipeline.extract.pdflines import LineFacts
from pipeline.vocab import Reason

#: Share of the page height, at the top and at the bottom, where furniture stands.
BAND = 0.15
#: Points two baselines may differ by and stand at one height (one row of a page, or the same place on two pages),
#: or the line's own size where larger: a line height (:func:`_within_a_line`).
LEVEL_SLACK = 3.0

_DIGITS_RE = re.compile(r"\d+")


def _within_a_line(a: float, b: float, size: float) -> bool:
    """Two coordinates (points) of lines set in ``size`` points stand within a line height of each other, at least
    :data:`LEVEL_SLACK`: two baselines at one height (one row of a page; the same place on two pages), two left edges
    at one place. The one tolerance every rule here reads a height by.

    >>> _within_a_line(700.0, 702.5, 2.0), _within_a_line(700.0, 709.0, 10.0), _within_a_line(700.0, 712.0, 10.0)
    (True, True, False)
    """
    return abs(a - b) <= max(LEVEL_SLACK, size)


def _shape(text: str) -> str:
    """The text with white space collapsed and each number as ``#``.

    >>> _shape("  Proceedings 2024,  p. 12 "), _shape("iv") == _shape("ii") != _shape("2")
    ('Proceedings #, p. #', True)
    """
    if _roman(text):  # front matter numbered i, ii, iii: one series, apart from the arabic one
        return ROMAN_SHAPE
    return _DIGITS_RE.sub("#", " ".join(unicodedata.normalize("NFKC", text).split()))


def _band(facts: LineFacts, page_box: tuple[float, float, float, float]) -> str | None:
    _, py0, _, py1 = page_box
    height = py1 - py0
    x0, y0, x1, y1 = facts.bbox
    if height <= 0:
        return None
    if y0 >= py1 - BAND * height:
        return "top"
    if y1 <= py0 + BAND * height:
        return "bottom"
    return None



def _margin_column_band(facts: LineFacts, page_box: tuple[float, float, float, float]) -> str | None:
    """``"top"`` for a line of vertical writing that starts in the top band and ends within twice its depth: a
    running head set down a page's side margin as a column (a vertical text's head runs down from the top, and its
    dozen characters may reach below the band). Only a recurring line's group reads it; whether it stands outside
    the text is :func:`_outside_the_text`'s (:func:`_in_a_side_margin`) to say.

    Why (helper tate74, issue 16 point 4): ``まちの図書館　連載第二回`` in 9 pt down the right margin of both pages
    of a vertical essay reached 9 pt below the top band, and stayed in the text.
    """
    _, py0, _, py1 = page_box
    height = py1 - py0
    _, y0, _, y1 = facts.bbox
    if facts.vertical and height > 0 and y1 >= py1 - BAND * height and y0 >= py1 - 2 * BAND * height:
        return "top"
    return None


def set_aside_page_furniture(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                   body_size: float | None) -> list[tuple[LineFacts, Reason]]:
    """The lines (of ``facts``, in order) that are page furniture, each with its kind:
    ``page-number``, ``running-header`` (top band) or ``running-footer`` (bottom band); and the lines drawn wholly
    outside their page (``off-page``: :func:`_off_page`), which no reader sees."""
    groups: dict[tuple[str, str], list[LineFacts]] = defaultdict(list)
    off_page = [(f, Reason.OFF_PAGE) for f in facts if f.text.strip() and _off_page(f, page_boxes[f.page])]
    if off_page:  # what no reader sees stands in no band, row or margin of its page
        hidden = {f.number for f, _ in off_page}
        facts = [f for f in facts if f.number not in hidden]
    for f in facts:
        band = _band(f, page_boxes[f.page]) or _margin_column_band(f, page_boxes[f.page])
        if band is not None:
            groups[(band, _shape(f.text))].append(f)
    found: list[tuple[LineFacts, Reason]] = []
    pending: list[tuple[Reason, list[LineFacts]]] = []
    page_lines = _lines_by_page(facts)
    groups = {key: _same_height(members) for key, members in groups.items()}
    # the lines that recur on a short document's pages or on every page of one parity: a head block of their own
    short_runs = {m.number for members in groups.values()
                  if _short_run_pages(sorted({m.page for m in members}), page_boxes) for m in members}
    for (band, shape), members in groups.items():
        pages = sorted({m.page for m in members})
        if len(pages) < 2:
            continue
        kind = Reason.RUNNING_HEADER if band == "top" else Reason.RUNNING_FOOTER
        if body_size is not None and any(m.size > MAX_SIZE_RATIO * body_size for m in members):
            if not _two_sided_head(members, pages):
                continue  # set larger than the body: a slide's title repeated over its build-up is content
            if not any(_numbers(m.text) for m in members):
                pending.append((kind, members))  # a verso head's text beside its folio: furniture only beside one
                continue
        if all(page_number(m.text) is not None for m in members) and _one_number(members):
            pending.append((kind, members))  # a head's cell beside its text, furniture only beside it
        elif all(page_number(m.text) is not None for m in members):
            if _rising(members) or (_increasing(members) and all(_centred_folio(m, page_lines, page_boxes) for m in members)):
                found.extend((m, Reason.PAGE_NUMBER) for m in members)
        elif _numbered_apart(members):
            continue  # ``【１】`` … ``【３】`` over each talk of a volume: labels that number talks, not the pages
        elif not _numbered_as_running_line(members) or (body_size is not None and all(
                _among_body_lines(m, band, page_lines[m.page], body_size) for m in members)):
            continue  # a table's row continued over the pages (``小計 11 15`` / ``小計 12 18``), a line of the text
        elif band == "top" and body_size is not None and _ids_over_titles(members, page_lines, body_size):
            continue  # ``S1-01``, ``S1-02`` … over each abstract's title, one abstract a page: content
        elif band == "top" and body_size is not None and all(_under_a_title(m, page_lines[m.page], body_size)
                                                             for m in members):
            continue  # a slide title's subtitle, set under it on each page: content, however often it recurs
        elif band == "top" and _frame_title_over_overlays(members, pages, page_boxes, page_lines, body_size):
            continue  # a deck's frame title repeated over its overlay pages: the slide's title, content
        elif band == "bottom" and all(_block_edge(m, band, page_lines[m.page]) for m in members):
            continue  # the last line of a block of text that runs on out of the band: the block's, whole (a small
            # head atop the text, flush and close, is the page's: test_fix69j)
        elif len(pages) >= RECURRENCE_PAGES or _follows_pages(members) or _every_page_but_the_title(pages, page_boxes) \
                or (band == "top" and _heads_every_page_after_the_front(members, pages, page_boxes, page_lines, body_size)) \
                or (_short_run_pages(pages, page_boxes)
                    and all(_outside_the_text(m, band, page_lines[m.page], short_runs, body_size) for m in members)
                    and _other_pages_headed(members, band, page_boxes, page_lines, short_runs, body_size)) \
                or _small_print_apart(members, pages, band, page_boxes, page_lines, short_runs, body_size) \
                or (band == "top" and _small_head_atop_every_page(members, pages, page_boxes, page_lines, body_size)):
            found.extend((m, kind) for m in members)
        else:
            pending.append((kind, members))
    found.extend(_heads_repeating_headings(facts, page_boxes, body_size, found))
    named = {f.number for f, _ in found}
    for kind, members in pending:
        members = [m for m in members if m.number not in named]
        if members and all(_beside_furniture(m, [f for f, _ in found]) for m in members):
            found.extend((m, kind) for m in members)
    found.extend(_heads_read_with_their_folio(facts, page_boxes, found))
    found.extend(_sidebars(facts, page_boxes, found))
    found.extend(_line_numbers(facts, body_size, found))
    found.extend(_lone_page_numbers(facts, page_boxes, body_size, found))
    found.extend(_overlay_labels(facts, page_boxes, found))
    found.extend(_lone_running_feet(facts, page_boxes, body_size, found))
    found.extend(_lone_foot_rows(facts, page_boxes, body_size, found))
    found.extend(_running_head_of_a_second_page(page_lines, page_boxes, body_size, found))
    found.extend(_running_head_of_a_single_page(page_lines, page_boxes, body_size, found))
    found.extend(_running_heads_at_the_heads_height(page_lines, page_boxes, body_size, found))
    found.extend(_headline_lines_beside_heads(page_lines, page_boxes, body_size, found))
    return sorted(found + off_page, key=lambda fk: fk[0].number)


#: Share of the page width at each side where a sidebar stands.
SIDE = 0.2


def _sidebars(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
              found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A deck's navigation printed down a side of each page (a beamer sidebar's list of sections, the current one
    marked): a line wholly in the left or right :data:`SIDE` of its page, holding a letter, no larger than the text
    beside the sides on its page (its median size: the document's body size may be the sidebar's own),
    whose text recurs at the same place (within a line height) on :data:`RECURRENCE_PAGES` pages or more and on half
    the document's pages at least, where on half of those pages at least the side stands clear: no other line of the
    page (furniture already found aside: a footer across the page) reaches into it from the body
    (:func:`_clear_side`). Reason ``navigation``.

    A block's title at a page's left edge recurs over a frame's pages too, but the text under it starts at the same
    edge: the side is not clear. A margin that numbers the lines holds no letter.

    >>> f = lambda n, page, text, x, y: LineFacts(n, page, text, (x, y, x + 40, y + 6), 6)
    >>> body = lambda n, page, x: LineFacts(n, page, "Body text of the slide", (x, 150, 300, 160), 10)
    >>> boxes = {p: (0, 0, 363, 272) for p in (1, 2, 3)}
    >>> lines = [g for p in (1, 2, 3) for g in (f(2 * p, p, "Results", 3, 120), body(2 * p + 1, p, 66))]
    >>> [(m.page, str(kind)) for m, kind in _sidebars(lines, boxes, [])]
    [(1, 'navigation'), (2, 'navigation'), (3, 'navigation')]
    >>> lines = [g for p in (1, 2, 3) for g in (f(2 * p, p, "Results", 3, 120), body(2 * p + 1, p, 3))]
    >>> _sidebars(lines, boxes, [])  # the body starts at the same edge: no sidebar
    []
    """
    if len(page_boxes) < RECURRENCE_PAGES:
        return []
    taken = {f.number for f, _ in found}
    page_lines = _lines_by_page(facts)
    # the size of the text beside the sides (a sidebar's many small entries may outnumber a sparse slide's body)
    beside = {page: statistics.median(sizes) for page, lines in page_lines.items()
              if (sizes := [f.size for f in lines if _side(f, page_boxes[page]) is None and f.number not in taken])}
    groups: dict[tuple[str, str], list[LineFacts]] = defaultdict(list)
    for f in facts:
        if f.number in taken or not any(ch.isalpha() for ch in f.text) or f.page not in beside \
                or f.size > MAX_SIZE_RATIO * beside[f.page]:
            continue
        side = _side(f, page_boxes[f.page])
        if side is not None:
            groups[(side, " ".join(f.text.split()))].append(f)
    out: list[tuple[LineFacts, Reason]] = []
    for (side, _), members in groups.items():
        members = _same_place(members)
        pages = {m.page for m in members}
        if len(pages) < RECURRENCE_PAGES or len(pages) < len(page_boxes) / 2:
            continue
        clear = [p for p in pages if _clear_side(side, [f for f in page_lines[p] if f.number not in taken], page_boxes[p])]
        if len(clear) >= len(pages) / 2:
            out.extend((m, Reason.NAVIGATION) for m in members)
    return out


#: Numbers a margin that numbers the lines holds on a page at least.
MIN_LINE_NUMBERS = 5
#: Body sizes one step of a line numbering takes down the page, at least and at most (single to double spacing).
LINE_PITCH = (0.8, 2.5)
_NUMBER_ALONE = re.compile(r"\d{1,4}")


def _line_numbers(facts: Sequence[LineFacts], body_size: float | None,
                  found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A manuscript's margin that numbers its lines (the ``lineno`` package, a journal's review copy): on a page,
    :data:`MIN_LINE_NUMBERS` lines or more that are a number alone, standing one under another on one edge (their
    right edges, or left, within a size of theirs), whose values count lines
    (:func:`~pipeline.extract.linepieces.counts_lines`: rising by one step, four steps in five) at a pitch of one
    line (each step :data:`LINE_PITCH` body sizes down the page), in a column no other line of the page reaches
    into (a stack of numbers pdfminer made a vertical line aside). Reason ``line-number``.

    Trial 46's regression run: acmart's and aomart's manuscripts, read as horizontal pages, had their margin's
    numbers in the text, a block of ``11`` … ``42`` before each page's lines. A figure's axis labels count down
    the page (``1.4``, ``1.0``, ``0.6``), step by more than a line, or stand beside the plot's other labels; a
    table's index column stands in its rows (extract parts its cells by TABs: no number alone).

    >>> f = lambda n, text, y: LineFacts(n, 1, text, (40, y, 48, y + 7), 7)
    >>> text = [LineFacts(100 + k, 1, "A line of the manuscript's text.", (72, 700 - 14 * k, 500, 710 - 14 * k), 10)
    ...         for k in range(6)]
    >>> numbers = [f(k, str(12 + k), 700 - 14 * k) for k in range(6)]
    >>> [m.text for m, _ in _line_numbers([*numbers, *text], 10.0, [])]
    ['12', '13', '14', '15', '16', '17']
    >>> _line_numbers([f(k, str(12 + k), 700 - 40 * k) for k in range(6)] + text, 10.0, [])  # an axis's labels
    []
    """
    from pipeline.extract.linepieces import counts_lines

    if body_size is None:
        return []
    taken = {f.number for f, _ in found}
    out: list[tuple[LineFacts, Reason]] = []
    measure = _measure_right(facts)
    for lines in _lines_by_page(facts).values():
        for edge in (2, 0):  # numbers set flush right in their margin, or flush left
            numbers = [f for f in lines if f.number not in taken and _NUMBER_ALONE.fullmatch(f.text.strip())]
            for column in _aligned(numbers, edge):
                if measure is not None and all(abs(f.bbox[2] - measure) <= f.size for f in column):
                    # flush with the text's own right edge, inside the measure: a contents page's page numbers
                    # (hgb-termreport's ``3`` … ``8``, trial 76c) or a table's last column, never a margin's numbers
                    continue
                column.sort(key=lambda f: -f.bbox[1])
                values = [int(f.text) for f in column]
                steps = [(a.bbox[1] - b.bbox[1]) / (w - v) for a, b, v, w in zip(column, column[1:], values, values[1:])
                         if w > v]
                x0, x1 = min(f.bbox[0] for f in column), max(f.bbox[2] for f in column)
                if len(column) >= MIN_LINE_NUMBERS and counts_lines([f.text for f in column]) and steps \
                        and LINE_PITCH[0] * body_size <= statistics.median(steps) <= LINE_PITCH[1] * body_size \
                        and not any(f.bbox[0] < x1 and f.bbox[2] > x0 for f in lines
                                    if f not in column and f.number not in taken and not f.text.replace(" ", "").isdigit()):
                    out.extend((f, Reason.LINE_NUMBER) for f in column)
                    taken.update(f.number for f in column)
    return out


#: Characters a line of running text holds at least, to tell the measure's right edge (:func:`_measure_right`).
MEASURE_LINE_CHARS = 50


def _measure_right(facts: Sequence[LineFacts]) -> float | None:
    """The right edge of the document's measure, in points: the x most of its full lines of running text (at least
    :data:`MEASURE_LINE_CHARS` characters) end at, to a point, ``None`` with no such line. A margin's line numbers
    stand outside it; a contents page's page numbers end on it (LaTeX sets them flush right on the text width).

    >>> f = lambda n, x1: LineFacts(n, 1, "A line of running text long enough to fill the measure.", (72, 700 - n, x1, 710 - n), 10)
    >>> _measure_right([f(1, 504.59), f(2, 504.6), f(3, 300.0)])
    505
    """
    ends: dict[int, int] = defaultdict(int)
    for f in facts:
        if len(f.text.strip()) >= MEASURE_LINE_CHARS and not f.vertical:
            ends[round(f.bbox[2])] += 1
    return max(ends, key=lambda x: (ends[x], x)) if ends else None


def _aligned(lines: list[LineFacts], edge: int) -> list[list[LineFacts]]:
    """``lines`` grouped by the x of their ``edge`` (0 left, 2 right): each group within a size of its first line."""
    groups: list[list[LineFacts]] = []
    for f in sorted(lines, key=lambda f: f.bbox[edge]):
        if groups and f.bbox[edge] - groups[-1][0].bbox[edge] <= max(f.size, 1.0):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _side(facts: LineFacts, page_box: tuple[float, float, float, float]) -> str | None:
    """``left`` or ``right`` when the line lies wholly in that :data:`SIDE` of its page, else ``None``."""
    px0, _, px1, _ = page_box
    width = px1 - px0
    if width <= 0:
        return None
    if facts.bbox[2] <= px0 + SIDE * width:
        return "left"
    if facts.bbox[0] >= px1 - SIDE * width:
        return "right"
    return None


def _same_place(members: list[LineFacts]) -> list[LineFacts]:
    """The members within one line height of the group's median position, across and down."""
    xs, ys = sorted(m.bbox[0] for m in members), sorted(m.bbox[1] for m in members)
    x, y = xs[len(xs) // 2], ys[len(ys) // 2]
    return [m for m in members if _within_a_line(m.bbox[0], x, m.size) and _within_a_line(m.bbox[1], y, m.size)]


def _clear_side(side: str, lines: list[LineFacts], page_box: tuple[float, float, float, float]) -> bool:
    """No line of the page reaches into its ``side`` strip from the body: each line lies wholly in the strip or
    wholly outside the part of the strip its side's lines fill (the body starts beside the sidebar)."""
    inside = [f for f in lines if _side(f, page_box) == side]
    if not inside:
        return False
    if side == "left":
        edge = max(f.bbox[2] for f in inside)
        return all(f.bbox[0] >= edge for f in lines if _side(f, page_box) != side)
    edge = min(f.bbox[0] for f in inside)
    return all(f.bbox[2] <= edge for f in lines if _side(f, page_box) != side)


def _ids_over_titles(members: list[LineFacts], page_lines: dict[int, list[LineFacts]], body_size: float) -> bool:
    """Each member is an abstract's id alone (``S1-01``, ``P-12``: :func:`pipeline.numbering.abstract_id`), no two
    alike, each right over a line of its page set larger than furniture is (:data:`MAX_SIZE_RATIO` times the body): a
    book of abstracts, one abstract a page, prints each id over its title. Their numbers may rise with the pages
    (``S1-01`` on page 2, ``S1-02`` on page 3), so :func:`_numbered_apart` took them for a running head and the
    abstracts lost their ids (trial 54's PDF variant). An appendix's folio (``A-1``, ``A-2``) stands over body text.

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (72, y, 200, y + size), size)
    >>> pages = {p: [f(2 * p, p, f"S1-0{p}", 780, 10), f(2 * p + 1, p, "A Title", 760, 16)] for p in (1, 2)}
    >>> _ids_over_titles([pages[1][0], pages[2][0]], pages, 10)
    True
    >>> body = {p: [f(2 * p, p, f"A-{p}", 780, 10), f(2 * p + 1, p, "Body text", 766, 10)] for p in (1, 2)}
    >>> _ids_over_titles([body[1][0], body[2][0]], body, 10)
    False
    """
    from pipeline.numbering import abstract_id

    texts = [m.text.strip() for m in members]
    if len(set(texts)) != len(texts) or any(abstract_id(t) != len(t) for t in texts):
        return False
    for m in members:
        below = [o for o in page_lines[m.page] if o.bbox[3] <= m.bbox[1] + 1.0 and o is not m]
        if not below:
            return False
        nearest = max(below, key=lambda o: o.bbox[3])
        if nearest.size <= MAX_SIZE_RATIO * body_size:
            return False
    return True


def _under_a_title(facts: LineFacts, lines: list[LineFacts], body_size: float) -> bool:
    """The line stands right under a line of its page set larger than furniture is (:data:`MAX_SIZE_RATIO` times the
    body): the nearest line above it, less than one body size of white between them. That is a title's subtitle,
    content (a beamer frame's subtitle under the frame's title on each of its pages: beamer-verona's ``Sed commodo
    posuere pede``, dropped as a running head); a running head stands above the page's title, never under it.

    >>> f = lambda n, text, y, size: LineFacts(n, 2, text, (8, y, 200, y + size), size)
    >>> title, sub, body = f(1, "Lorem ipsum", 248, 14.3), f(2, "Sed commodo", 237, 8), f(3, "Block", 181, 10)
    >>> _under_a_title(sub, [title, sub, body], 10), _under_a_title(title, [title, sub, body], 10)
    (True, False)
    >>> _under_a_title(f(2, "Sed commodo", 200, 8), [title, f(2, "Sed commodo", 200, 8)], 10)  # apart from it
    False
    """
    above = [o for o in lines if o.bbox[1] >= facts.bbox[3] - 1.0 and o is not facts]
    if not above:
        return False
    nearest = min(above, key=lambda o: o.bbox[1])
    return nearest.size > MAX_SIZE_RATIO * body_size and nearest.bbox[1] - facts.bbox[3] < body_size


def _off_page(facts: LineFacts, page_box: tuple[float, float, float, float]) -> bool:
    """The line is drawn wholly outside its page's box, where no reader sees it: a beamer slide's covered overlay
    items, set far above the page until their page of the build-up shows them (beamer-verona's ``• Ut purus elit`` at
    y 2112 on a page 272 high; they recurred on the frame's pages at one height, and were dropped as a running head
    though each is the frame's content on the page that shows it).

    >>> f = lambda y: LineFacts(1, 1, "• Item", (20, y, 120, y + 10), 10)
    >>> _off_page(f(2112), (0, 0, 363, 272)), _off_page(f(-30), (0, 0, 363, 272)), _off_page(f(250), (0, 0, 363, 272))
    (True, True, False)
    """
    px0, py0, px1, py1 = page_box
    x0, y0, x1, y1 = facts.bbox
    return y0 >= py1 or y1 <= py0 or x0 >= px1 or x1 <= px0


#: A heading is set at least this much larger than the body.
HEADING_RATIO = 1.2
#: Words at most in a thumb tab (a chapter's short name).
TAB_WORDS = 3
_LABEL_RE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?\d+(?:\.\d+)*\.?\s+(?=\S)")


def _heading_key(text: str) -> str:
    """A line's text as a running head repeats a heading: its number or label aside (``1.1 First day``,
    ``HOOFDSTUK 1. ONZIN VOOR DUMMIES``, ``1 janvier``), case and white space folded.

    >>> _heading_key("HOOFDSTUK 1. ONZIN VOOR DUMMIES"), _heading_key("1.1 First day"), _heading_key("janvier")
    ('onzin voor dummies', 'first day', 'janvier')
    """
    text = _LABEL_RE.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split())


def _heads_repeating_headings(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                              body_size: float | None, found: list[tuple[LineFacts, Reason]]
                              ) -> list[tuple[LineFacts, Reason]]:
    """Running heads and feet that name the part of the document a page belongs to, and change with it: a line
    whose text, its number or label aside (:func:`_heading_key`), is a heading of the document (a line set
    :data:`HEADING_RATIO` times the body size or larger: a chapter's, a section's, the title), set no larger than
    the body, and standing

    * as its page's topmost row in the top band, or its lowest row in the bottom band, at a height where such a
      row stands on another page too (a journal's or a thesis's ``1.1 First day`` / ``1.3 Another day, night`` /
      ``1 janvier`` over each page, a foot repeating the title: real2_scrjrnl, real3_uantwerpen), or
    * in a side margin, clear of every body line of its page, set smaller than the body, :data:`TAB_WORDS` words
      at most: a thumb tab naming the chapter (``janvier`` beside a diary's pages), on any one page.

    A heading itself is set larger; a contents entry carries its page number; a margin note names no heading.
    """
    if body_size is None:
        return []
    headings = {_heading_key(f.text) for f in facts if f.size >= HEADING_RATIO * body_size and f.text.strip()}
    headings.discard("")
    if not headings:
        return []
    taken = {f.number for f, _ in found}

    def names_heading(f: LineFacts) -> bool:
        key = _heading_key(f.text)
        return (f.number not in taken and f.size <= MAX_SIZE_RATIO * body_size and key in headings
                and sum(ch.isalpha() for ch in key) >= 3)

    heads: list[LineFacts] = []
    out: list[tuple[LineFacts, Reason]] = []
    printed = _printed_area(facts)
    band_of = {}
    for page, lines in sorted(_lines_by_page(facts).items()):
        box = page_boxes[page]
        for band, edge in (("top", max(lines, key=lambda f: f.bbox[3])), ("bottom", min(lines, key=lambda f: f.bbox[1]))):
            row = [f for f in lines if _within_a_line(f.bbox[1], edge.bbox[1], f.size)]
            # (in the page's band, or in the band of the area the document prints on, where a thesis set on a
            # smaller sheet is centred on A4: se2thesis' ``2`` ``1 Heading on level 0 (chapter)`` at the feet,
            # 138 pt up a 842 pt page, had stayed duplicate sections: fresh-user trial 75c)
            here = [f for f in row if band in (_band(f, box), printed and _band(f, printed)) and names_heading(f)]
            heads.extend(here)
            band_of.update((f.number, band) for f in here)
        out.extend((f, Reason.RUNNING_HEADER) for f in _thumb_tabs(lines, body_size) if names_heading(f))
    for f in heads:
        kind = Reason.RUNNING_HEADER if band_of[f.number] == "top" else Reason.RUNNING_FOOTER
        if any(o.page != f.page and _within_a_line(o.bbox[1], f.bbox[1], f.size) for o in heads):
            out.append((f, kind))
    once = {f.number: (f, kind) for f, kind in out}  # a tab in the top band is a head too: one row a line
    return list(once.values())


def _printed_area(facts: Sequence[LineFacts]) -> tuple[float, float, float, float] | None:
    """The box every page's lines stand in, all pages together (points): the area a document prints on, which a
    sheet larger than the page it was set for leaves white round (a thesis set for B5 on A4); ``None`` without
    lines."""
    boxes = [f.bbox for f in facts if f.text.strip()]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _thumb_tabs(lines: list[LineFacts], body_size: float) -> list[LineFacts]:
    """A page's lines in a side margin: set smaller than the body (:data:`SMALLER_THAN_BODY`), :data:`TAB_WORDS` words
    at most, wholly left or right of every line set in the body size on the page."""
    body = [f for f in lines if abs(f.size - body_size) <= 0.1 * body_size]
    if not body:
        return []
    left, right = min(f.bbox[0] for f in body), max(f.bbox[2] for f in body)
    return [f for f in lines if f.size <= SMALLER_THAN_BODY * body_size and len(f.text.split()) <= TAB_WORDS
            and (f.bbox[0] >= right or f.bbox[2] <= left)]


#: Body sizes of white a running head stands above the text below it, at least.
HEAD_WHITE = 1.5


def _running_head_of_a_second_page(page_lines: dict[int, list[LineFacts]],
                                   page_boxes: dict[int, tuple[float, float, float, float]], body_size: float | None,
                                   found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """The running head of a two-page document, which only its second page carries (the title page goes without).

    Recurrence cannot show it, so its setting must: the topmost row of
    page 2, in the top band, every piece of it set smaller than the body
    (:data:`SMALLER_THAN_BODY`) and standing :data:`HEAD_WHITE` body sizes or
    more above the text below. A heading at the top of a page is set as
    large as the body or larger; a footnote stands at the foot.

    >>> f = lambda n, text, y, size: LineFacts(n, 2, text, (60, y, 200, y + size), size)
    >>> page = {2: [f(1, "Okafor and Lind", 750, 9), f(2, "5 Conclusion", 707, 12), f(3, "Stop consolidation", 692, 10)]}
    >>> [(m.text, str(kind)) for m, kind in _running_head_of_a_second_page(page, {1: (0, 0, 612, 792), 2: (0, 0, 612, 792)}, 10, [])]
    [('Okafor and Lind', 'running-header')]
    """
    if len(page_boxes) != 2 or body_size is None:
        return []
    second = max(page_boxes)
    row = _head_row(page_lines.get(second, []), page_boxes[second], body_size, {f.number for f, _ in found})
    return [(f, Reason.RUNNING_HEADER) for f in row]


#: Points a one-page document's head and its folio may differ in size and still be set as one page's furniture.
FURNITURE_SIZE_SLACK = 0.5


def _running_head_of_a_single_page(page_lines: dict[int, list[LineFacts]],
                                   page_boxes: dict[int, tuple[float, float, float, float]], body_size: float | None,
                                   found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """The running head of a one-page document, a page printed from a volume (a report collection's page, an
    excerpt): recurrence cannot show it, so its setting and the page's own furniture must, all three: the page's
    folio was found at its foot (a page number, :func:`_lone_page_numbers`: the page is set as a volume's page is);
    the topmost row is set as a running head (:func:`_head_row`: in the top band, smaller than the body,
    :data:`HEAD_WHITE` body sizes of white or more over the text); and it is set in the folio's size (within
    :data:`FURNITURE_SIZE_SLACK` points), as a volume sets its head and foot alike.

    Why (fresh-user trial 62d): a one-page PDF kept its head ``松本市 事例報告集 2026`` (8 pt over an 11 pt body, 27 pt of
    white over its 15 pt title, its folio ``1`` in 8 pt at the foot) in the text. Without the folio, or in another
    size, a small line over a title may be a kicker (``研究ノート``) or a date line, the document's own: it stays.
    A row in small print (:data:`SMALL_PRINT` of the body at most) needs not the folio's size: print that small atop
    the page, over the title, is the margin's, as a kicker set near the body's size is not (decision, session 78,
    helper jsce78: a conference abstract's ``第79回年次学術講演会講演概要集（2024年9月）``, 7 pt over an 8.5 pt body, its
    folio ``1`` in 8 pt, had stayed ``front``).

    >>> f = lambda n, text, y, size: LineFacts(n, 1, text, (60, y, 200, y + size), size)
    >>> page = {1: [f(1, "Report Collection 2026", 800, 8), f(2, "A Title", 758, 15), f(3, "Body text", 700, 11),
    ...             f(4, "1", 28, 8)]}
    >>> boxes = {1: (0, 0, 595, 842)}
    >>> [(m.text, str(kind)) for m, kind in _running_head_of_a_single_page(page, boxes, 11, [(page[1][3], Reason.PAGE_NUMBER)])]
    [('Report Collection 2026', 'running-header')]
    >>> _running_head_of_a_single_page(page, boxes, 11, [])  # no folio: no evidence of a volume's page
    []
    >>> page[1][0] = f(1, "Research Note", 800, 9.5)  # set in another size than the folio's: a kicker, the page's own
    >>> _running_head_of_a_single_page(page, boxes, 11, [(page[1][3], Reason.PAGE_NUMBER)])
    []
    >>> page[1][0] = f(1, "Report Collection 2026", 800, 7)  # small print (0.64 of the body), 1 pt off the folio's
    >>> [m.text for m, _ in _running_head_of_a_single_page(page, boxes, 11, [(page[1][3], Reason.PAGE_NUMBER)])]
    ['Report Collection 2026']
    """
    if len(page_boxes) != 1 or body_size is None:
        return []
    (page,) = page_boxes
    folios = [f for f, kind in found if kind == Reason.PAGE_NUMBER and f.page == page
              and _band(f, page_boxes[page]) == "bottom"]
    if len(folios) != 1:
        return []
    row = _head_row(page_lines.get(page, []), page_boxes[page], body_size, {f.number for f, _ in found})
    if not row or any(abs(f.size - folios[0].size) > FURNITURE_SIZE_SLACK and f.size > SMALL_PRINT * body_size
                      for f in row):
        return []
    return [(f, Reason.RUNNING_HEADER) for f in row]


def _head_row(lines: list[LineFacts], page_box: tuple[float, float, float, float], body_size: float,
              taken: set[int], white: float = HEAD_WHITE) -> list[LineFacts]:
    """The page's topmost row when it is set as a running head (see :func:`_running_head_of_a_second_page`; ``white``
    body sizes of white under it, at least), else nothing."""
    if len(lines) < 2:
        return []
    top = max(lines, key=lambda f: f.bbox[3])
    whole_row = [f for f in lines if _within_a_line(f.bbox[1], top.bbox[1], f.size)]
    rest = [f for f in lines if f not in whole_row]
    row = [f for f in whole_row if f.number not in taken]  # a page number beside it is already furniture
    if not rest or not row or any(_band(f, page_box) != "top" or f.size > SMALLER_THAN_BODY * body_size for f in row):
        return []
    if min(f.bbox[1] for f in row) - max(f.bbox[3] for f in rest) < white * body_size:
        return []
    return row


def _running_heads_at_the_heads_height(page_lines: dict[int, list[LineFacts]],
                                       page_boxes: dict[int, tuple[float, float, float, float]], body_size: float | None,
                                       found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A running head printed once (a paper's odd-page head on its only odd page after the title page), on a page
    that has none: its page's topmost row set as a running head (:func:`_head_row`) at the height where the other
    pages' running heads stand. The heads found there show where the margin is, so the row need stand only
    :data:`APART_WHITE` body sizes over the text, as a recurring head of a short document does (trial 53's layout,
    1.44 body sizes: a four-page paper's short title on page 3 beside the authors' names on pages 2 and 4).

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (60, y, 200, y + size), size)
    >>> lines = {2: [f(1, 2, "Tidal Flats", 750, 9), f(2, 2, "Body text here", 700, 10)],
    ...          3: [f(3, 3, "Kobayashi and Reyes", 750, 9), f(4, 3, "More body text", 700, 10)]}
    >>> boxes = {1: (0, 0, 612, 792), 2: (0, 0, 612, 792), 3: (0, 0, 612, 792)}
    >>> [m.text for m, _ in _running_heads_at_the_heads_height(lines, boxes, 10, [(lines[2][0], Reason.RUNNING_HEADER)])]
    ['Kobayashi and Reyes']
    """
    heads = [f for f, kind in found if kind == Reason.RUNNING_HEADER]
    if body_size is None or not heads:
        return []
    headed = {f.page for f in heads}
    taken = {f.number for f, _ in found}
    out: list[tuple[LineFacts, Reason]] = []
    for page, lines in sorted(page_lines.items()):
        if page in headed:
            continue
        row = _head_row(lines, page_boxes[page], body_size, taken, APART_WHITE)
        if row and any(_within_a_line(h.bbox[1], r.bbox[1], r.size) for h in heads for r in row):
            out.extend((f, Reason.RUNNING_HEADER) for f in row)
    return out


def _headline_lines_beside_heads(page_lines: dict[int, list[LineFacts]],
                                 page_boxes: dict[int, tuple[float, float, float, float]], body_size: float | None,
                                 found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A slide deck's headline line printed on too few pages to recur (beamer's subsection name in the headline, on the
    one or two pages of its subsection): on a page of a deck (every page landscape) whose running heads were found,
    a line in their size (within a tenth of a point), set smaller than the body (:data:`SMALLER_THAN_BODY`), standing
    over every other line of the page that is not furniture (the frame's title and its text under it). Reason
    ``running-header``, as the headline's section names beside it.

    Helper real72 (beamerexample-conference-talk.pdf): ``Tractability of PPP-Partitioning of Genotype Matrices`` at
    5.98 pt under the section names, on page 25 alone, had stayed the slide's first line. A button at the page's foot
    in the headline's size (``The algorithm in action``) stands under the text: not touched.

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (8, y, 200, y + size), size)
    >>> boxes = {p: (0, 0, 363, 272) for p in (1, 2)}
    >>> lines = {1: [f(1, 1, "Introduction", 265, 6), f(2, 1, "Good News", 265, 6), f(3, 1, "Tractability", 249, 6),
    ...              f(4, 1, "Good news about it.", 233, 10.9), f(5, 1, "Theorem", 200, 10.9), f(6, 1, "Go on", 10, 6)]}
    >>> found = [(lines[1][0], Reason.RUNNING_HEADER), (lines[1][1], Reason.RUNNING_HEADER)]
    >>> [m.text for m, _ in _headline_lines_beside_heads(lines, boxes, 10.9, found)]
    ['Tractability']
    >>> _headline_lines_beside_heads(lines, {1: (0, 0, 595, 842)}, 10.9, found)  # a portrait page: no deck
    []
    """
    if body_size is None or not page_boxes or any(b[2] - b[0] <= b[3] - b[1] for b in page_boxes.values()):
        return []
    taken = {f.number for f, _ in found}
    heads: dict[int, list[LineFacts]] = defaultdict(list)
    for f, kind in found:
        if kind == Reason.RUNNING_HEADER:
            heads[f.page].append(f)
    out: list[tuple[LineFacts, Reason]] = []
    for page, on_page in sorted(heads.items()):
        sizes = {round(h.size, 1) for h in on_page}
        if len(sizes) != 1 or on_page[0].size > SMALLER_THAN_BODY * body_size:
            continue
        size = on_page[0].size
        rest = [f for f in page_lines.get(page, ()) if f.number not in taken]
        small = [f for f in rest if abs(f.size - size) <= 0.1]
        text = [f for f in rest if abs(f.size - size) > 0.1]
        if not text:
            continue
        top = max(f.bbox[3] for f in text)
        out.extend((f, Reason.RUNNING_HEADER) for f in small if f.bbox[1] >= top)
    return out


def _frame_title_over_overlays(members: list[LineFacts], pages: list[int],
                               page_boxes: dict[int, tuple[float, float, float, float]],
                               page_lines: dict[int, list[LineFacts]], body_size: float | None) -> bool:
    """The recurring top line is a slide deck's frame title repeated over the frame's overlay pages (beamer's
    ``\\pause``/``\\only``: one frame, one page per step), content, not a running head: every page of the document is
    landscape (a deck), the line's pages run on without a gap and are fewer than half the document's pages (a running
    head repeats on nearly every page), it is set no smaller than the body (beamer's headline, its navigation and
    section names, is set smaller: furniture), and what stands below it differs between its pages (the overlays).

    Real71 (beamerexample-conference-talk.pdf): ``How blocks help in perfect phylogeny haplotyping.`` on pages 7–10
    and ``The algorithm in action.`` on 27–30, bold in the body's size, had been dropped as running heads.

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (8, y, 300, y + size), size)
    >>> boxes = {p: (0, 0, 363, 272) for p in range(1, 11)}
    >>> lines = {p: [f(2 * p, p, "How blocks help.", 233, 10.9), f(2 * p + 1, p, f"Step {p}", 150, 10.9)] for p in boxes}
    >>> members = [lines[p][0] for p in (7, 8, 9)]
    >>> _frame_title_over_overlays(members, [7, 8, 9], boxes, lines, 10.9)
    True
    >>> _frame_title_over_overlays(members, [7, 8, 9], {p: (0, 0, 595, 842) for p in boxes}, lines, 10.9)  # a paper
    False
    >>> _frame_title_over_overlays([lines[p][0] for p in range(2, 11)], list(range(2, 11)), boxes, lines, 10.9)
    False
    """
    if body_size is None or len(pages) < 2 or len(pages) * 2 >= len(page_boxes):
        return False
    if any(box[2] - box[0] <= box[3] - box[1] for box in page_boxes.values()):
        return False  # a portrait page: no deck
    if pages != list(range(pages[0], pages[-1] + 1)):
        return False
    if any(m.size < SMALLER_THAN_BODY * body_size for m in members):
        return False
    below = {tuple(o.text for o in page_lines[m.page] if o.bbox[3] <= m.bbox[1] + 1.0 and o is not m) for m in members}
    return len(below) > 1


def _every_page_but_the_title(pages: list[int], page_boxes: dict[int, tuple[float, float, float, float]]) -> bool:
    """The line recurs on every page after the first of a document of three pages or more (a paper's running
    head, which its title page goes without): two pages suffice then.

    >>> _every_page_but_the_title([2, 3], {1: (), 2: (), 3: ()}), _every_page_but_the_title([2, 3], {1: (), 2: (), 3: (), 4: ()})
    (True, False)
    """
    return title_page_aside(pages, sorted(page_boxes))


#: Body sizes of white between a short document's recurring head or foot and its text, at least
#: (:func:`_outside_the_text`).
APART_WHITE = 1.0


def _short_run_pages(pages: list[int], page_boxes: dict[int, tuple[float, float, float, float]]) -> bool:
    """The pages a running line recurs on where recurrence alone is too little evidence (:data:`RECURRENCE_PAGES`) but
    its place may show it: both pages of a two-page document, or every page of one parity, two or more, the first
    page allowed to go without it (a journal's alternating heads: the authors' names on even pages, the short title
    on odd ones, the title page with neither).

    >>> boxes = lambda n: {p: () for p in range(1, n + 1)}
    >>> _short_run_pages([1, 2], boxes(2)), _short_run_pages([2, 4], boxes(4)), _short_run_pages([3, 5], boxes(5))
    (True, True, True)
    >>> _short_run_pages([2, 4], boxes(5)), _short_run_pages([1, 3], boxes(4)), _short_run_pages([2, 3], boxes(4))
    (True, True, False)
    >>> _short_run_pages([2], boxes(2)), _short_run_pages([1, 2], boxes(3))
    (False, False)
    """
    all_pages = sorted(page_boxes)
    if len(pages) < 2:
        return False
    if len(all_pages) == 2:
        return pages == all_pages
    for parity in (0, 1):
        same = [p for p in all_pages if p % 2 == parity]
        if pages == same or pages == [p for p in same if p != all_pages[0]]:
            return True
    return False


def _small_print_apart(members: list[LineFacts], pages: list[int], band: str,
                       page_boxes: dict[int, tuple[float, float, float, float]], page_lines: dict[int, list[LineFacts]],
                       heads: set[int], body_size: float | None) -> bool:
    """The line recurs (same text, same height) on half the document's pages or more, two at least, set in small
    print (:data:`SMALL_PRINT` of the body size or less) and outside the text on each (:func:`_outside_the_text`: a
    body size of white or more between it and the text): a running head or foot that the other pages go without.

    Fresh-user trial 67c: a bilingual volume printed ``都市国際化シンポジウム 2026`` in 7 pt at the foot of its
    Japanese pages (1 and 3 of 4), not of the English summaries, and it had become a slide's line and a
    section's paragraph; pages 2 and 4 carry no foot of their own, so :func:`_other_pages_headed` refused it.
    A small note close under a table or a paragraph (less white than a body size) stays content.

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (50, y, 300, y + size), size)
    >>> lines = {p: [f(10 * p, p, "Body text of the page.", 620, 11), f(10 * p + 1, p, "Symposium 2026", 28, 7)]
    ...          for p in (1, 3)}
    >>> lines.update({p: [f(10 * p, p, "Summary.", 640, 11)] for p in (2, 4)})
    >>> boxes = {p: () for p in (1, 2, 3, 4)}
    >>> _small_print_apart([lines[1][1], lines[3][1]], [1, 3], "bottom", boxes, lines, {11, 31}, 11)
    True
    >>> _small_print_apart([lines[1][1]], [1], "bottom", boxes, lines, {11}, 11)  # one page: no recurrence
    False
    >>> near = {p: [f(10 * p, p, "Body.", 60, 11), f(10 * p + 1, p, "Source: survey", 48, 7)] for p in (1, 3)}
    >>> _small_print_apart([near[1][1], near[3][1]], [1, 3], "bottom", boxes, near, {11, 31}, 11)  # under the text
    False
    """
    if body_size is None or len(pages) < 2 or 2 * len(pages) < len(page_boxes):
        return False
    if any(m.size > SMALL_PRINT * body_size for m in members):
        return False
    numbers = heads | {m.number for m in members}
    return all(_outside_the_text(m, band, page_lines[m.page], numbers, body_size) for m in members)


def _other_pages_headed(members: list[LineFacts], band: str, page_boxes: dict[int, tuple[float, float, float, float]],
                        page_lines: dict[int, list[LineFacts]], heads: set[int], body_size: float | None) -> bool:
    """Every page the members skip (but the first: a title page goes without) carries a head or foot of its own
    where they stand: its outermost line (topmost in the top band, lowest in the bottom band) at their height, no
    larger than the body, outside the text (:func:`_outside_the_text`). A line on the even pages only is a two-sided
    document's running head where the odd pages carry theirs at its height (trial 53's alternating heads); a line
    on two pages of four with the third page's text beginning under the margin is no evidence of one (a two-page
    document skips no page).

    >>> f = lambda n, page, text, y, size=10: LineFacts(n, page, text, (72, y, 300, y + size), size)
    >>> lines = {p: [f(10 * p, p, "Lindqvist and Berg" if p % 2 == 0 else "Tide Gauges", 806, 8), f(10 * p + 1, p, "Text.", 770)]
    ...          for p in (2, 3, 4)}
    >>> boxes = {p: () for p in (1, 2, 3, 4)}
    >>> _other_pages_headed([lines[2][0], lines[4][0]], "top", boxes, lines, {20, 40}, 10)
    True
    >>> lines[3] = lines[3][1:]
    >>> _other_pages_headed([lines[2][0], lines[4][0]], "top", boxes, lines, {20, 40}, 10)
    False
    """
    if body_size is None:
        return False
    pages = {m.page for m in members}
    ys = sorted(m.bbox[1] for m in members)
    y = ys[len(ys) // 2]
    for page in sorted(page_boxes)[1:]:
        if page in pages:
            continue
        lines = page_lines.get(page, [])
        if not lines:
            return False
        edge = max(lines, key=lambda f: f.bbox[3]) if band == "top" else min(lines, key=lambda f: f.bbox[1])
        if not _within_a_line(edge.bbox[1], y, edge.size) or edge.size > MAX_SIZE_RATIO * body_size \
                or not _outside_the_text(edge, band, lines, heads | {edge.number}, body_size):
            return False
    return True


def _outside_the_text(line: LineFacts, band: str, lines: list[LineFacts], heads: set[int], body_size: float | None) -> bool:
    """The line stands outside its page's text block, in the margin of its ``band``: every line of the page but the
    ``heads`` (lines that recur on the page as a head or foot does, the line among them) and the pieces on their
    baselines lies wholly on the inner side of it, and :data:`APART_WHITE` body sizes of white or more part the head
    block (those of the ``heads`` beyond the text) from the text.

    A repeated table header stands inside the text block, right over its rows (booktabs sets about 0.8 body sizes
    of white under it, ReportLab's table padding 0.6): it stays content. Trial 53's running head stands 1.44 body
    sizes over its page's text, LaTeX's ``article`` about 2.5 (``\\headsep`` 25 pt).

    >>> f = lambda n, text, y, size=10: LineFacts(n, 2, text, (72, y, 300, y + size), size)
    >>> head, text = f(1, "Proceedings of the Workshop", 806, 8), [f(2, "The text of the page.", 780), f(3, "More.", 767)]
    >>> _outside_the_text(head, "top", [head, *text], {1}, 10)
    True
    >>> header, rows = f(1, "Station Date Level", 782), [f(2, "Site 1 2026-03-01 100", 766), f(3, "Site 2", 752)]
    >>> _outside_the_text(header, "top", [header, *rows], {1}, 10)  # a table's header over its rows
    False
    """
    if body_size is None:
        return False
    page_heads = [f for f in lines if f.number in heads]
    row = lambda f: any(_within_a_line(f.bbox[1], h.bbox[1], h.size) for h in page_heads)
    text = [f for f in lines if f.number not in heads and not row(f)]
    if not text:
        return False
    if line.vertical and _vertical_writing(lines) and _in_a_side_margin(line, text, page_heads, body_size):
        return True
    if band == "top":
        edge = max(f.bbox[3] for f in text)
        block = [h for h in page_heads if h.bbox[1] >= edge]
        return line in block and min(h.bbox[1] for h in block) - edge >= APART_WHITE * body_size
    edge = min(f.bbox[1] for f in text)
    block = [h for h in page_heads if h.bbox[3] <= edge]
    return line in block and edge - max(h.bbox[3] for h in block) >= APART_WHITE * body_size


def _in_a_side_margin(line: LineFacts, text: list[LineFacts], page_heads: list[LineFacts], body_size: float) -> bool:
    """On a page of vertical writing, the (vertical) line stands in the margin column right of the text block's first
    column or left of its last one: every line of the ``text`` lies wholly on one side of the head block (the
    ``page_heads`` on the line's side), :data:`APART_WHITE` body sizes of white or more between them.

    Why (decision, issue 16 point 4, helper tate74, fresh-user trial 74): a vertical essay set with a ``-V`` CMap
    prints its running head ``港町紀行　第七回`` as a column of its own in the right margin of each page, level with
    the columns' heads; the text lies to its left, not under it, so the top band's test (the text below the head)
    refused it, and page 1's copy sat in ``front`` with the whole page's body, page 2's titled a section. A vertical
    text's first column set close to the margin head (less than a body size of white) is text.

    >>> col = lambda n, x: LineFacts(n, 1, "縦書きの本文の一行", (x, 437, x + 12, 773), 12, True)
    >>> head = LineFacts(0, 1, "港町紀行　第七回", (550.8, 741, 559.8, 813), 9, True)
    >>> text = [col(k, 509.3 - 26 * k) for k in range(8)]
    >>> _in_a_side_margin(head, text, [head], 12)
    True
    >>> _in_a_side_margin(LineFacts(0, 1, "見出し", (524, 741, 533, 813), 9, True), text, [head], 12)  # close by
    False
    """
    x0, _, x1, _ = line.bbox
    if all(f.bbox[2] <= x0 for f in text):
        edge = max(f.bbox[2] for f in text)
        block = [line, *(h for h in page_heads if h.bbox[0] >= edge)]
        return min(h.bbox[0] for h in block) - edge >= APART_WHITE * body_size
    if all(f.bbox[0] >= x1 for f in text):
        edge = min(f.bbox[0] for f in text)
        block = [line, *(h for h in page_heads if h.bbox[2] <= edge)]
        return edge - max(h.bbox[2] for h in block) >= APART_WHITE * body_size
    return False


#: Body sizes of white under a head atop every page, at least (:func:`_small_head_atop_every_page`): a line
#: glued to the text under it is none.
ATOP_WHITE = 0.5


def _small_head_atop_every_page(members: list[LineFacts], pages: list[int],
                                page_boxes: dict[int, tuple[float, float, float, float]],
                                page_lines: dict[int, list[LineFacts]], body_size: float | None) -> bool:
    """The line is printed identically (same text, same height) atop every page of the document, two pages or
    more, and on each it is the page's topmost row (:func:`_head_row`, :data:`ATOP_WHITE` body sizes of white
    under it at least), set smaller than the body and smaller than the line right under it: a running head set
    at the text's own line pitch, with less white under it than :func:`_outside_the_text` asks for.

    Fresh-user trial 69d: a two-page Japanese paper printed ``第12回 水辺都市会議 論文集`` in 9 pt over an 11 pt
    body, 0.86 body sizes over the text, on both pages; page 2's copy had stayed a paragraph of section 2. A
    table's header repeated over each page's rows is set in its rows' size (or larger, bold), so it stays;
    so does a line on some pages only, or a small line with a different text on each page.

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (60, y, 300, y + size), size)
    >>> lines = {p: [f(10 * p, p, "Proceedings 2026", 798, 9), f(10 * p + 1, p, "Text of the page.", 777, 11),
    ...              f(10 * p + 2, p, "More text.", 755, 11)] for p in (1, 2)}
    >>> boxes = {1: (0, 0, 595, 842), 2: (0, 0, 595, 842)}
    >>> _small_head_atop_every_page([lines[1][0], lines[2][0]], [1, 2], boxes, lines, 11)
    True
    >>> rows = {p: [f(10 * p, p, "Site Date Level", 798, 9), f(10 * p + 1, p, "A 2026 100", 784, 9),
    ...             f(10 * p + 2, p, "Text.", 755, 11)] for p in (1, 2)}
    >>> _small_head_atop_every_page([rows[1][0], rows[2][0]], [1, 2], boxes, rows, 11)  # a table's header
    False
    """
    if body_size is None or len(pages) < 2 or pages != sorted(page_boxes):
        return False
    if len({m.text.strip() for m in members}) != 1 or len(members) != len(pages):
        return False
    for m in members:
        lines = page_lines[m.page]
        row = _head_row(lines, page_boxes[m.page], body_size, set(), ATOP_WHITE)
        if m not in row:
            return False
        below = [f for f in lines if f not in row and f.bbox[3] <= m.bbox[1]]
        if not below or max(below, key=lambda f: f.bbox[3]).size <= m.size:
            return False
    return True


def _heads_every_page_after_the_front(members: list[LineFacts], pages: list[int],
                                      page_boxes: dict[int, tuple[float, float, float, float]],
                                      page_lines: dict[int, list[LineFacts]], body_size: float | None) -> bool:
    """The line heads every page from its first to the document's last, two pages or more, after front matter
    that goes without it (a report's cover and contents), and on each it is set as a running head: the page's
    topmost row, smaller than the body, white below it (:func:`_head_row`).

    >>> f = lambda n, page, text, y, size: LineFacts(n, page, text, (60, y, 200, y + size), size)
    >>> lines = {p: [f(2 * p, p, "TR-7 Coastal Bridges", 800, 9), f(2 * p + 1, p, "Body text here", 760, 11)] for p in (3, 4)}
    >>> boxes = {p: (0, 0, 595, 842) for p in (1, 2, 3, 4)}
    >>> _heads_every_page_after_the_front([lines[3][0], lines[4][0]], [3, 4], boxes, lines, 11)
    True
    >>> _heads_every_page_after_the_front([lines[3][0]], [3], boxes, lines, 11)  # one page shows nothing
    False
    """
    all_pages = sorted(page_boxes)
    if body_size is None or len(pages) < 2 or len(all_pages) < 3 or pages != all_pages[all_pages.index(pages[0]):]:
        return False
    for m in members:
        row = _head_row(page_lines.get(m.page, []), page_boxes[m.page], body_size, set())
        if m not in row:
            return False
    return True


def _two_sided_head(members: list[LineFacts], pages: list[int]) -> bool:
    """A recurring line set larger than furniture is (:data:`MAX_SIZE_RATIO`) is a two-sided document's running head
    or folio when it stands on pages of one parity only (verso or recto: the other pages carry a head of their own)
    and its numbers, if it has any, are the page's (:func:`_follows_pages`).

    Real-PDF regression set (col48): MNRAS sets its heads in 12 pt over a 9 pt body, ``2 K. T. Smith`` on even pages
    and ``MNRAS LATEX guide for authors 3`` on odd ones; read as text, each became a section heading that swallowed
    the page's first section heading (``3 PREPARING AND SUBMITTING A PAPER``). A slide deck's title repeated over
    its frame's build-up stands on consecutive pages, and numbers no page.

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 12)
    >>> _two_sided_head([f(2, "2 K. T. Smith"), f(4, "4 K. T. Smith")], [2, 4])
    True
    >>> _two_sided_head([f(5, "Exercise 1"), f(6, "Exercise 2")], [5, 6]), _two_sided_head([f(3, "Step 1"), f(5, "Step 2")], [3, 5])
    (False, False)
    """
    if len({page % 2 for page in pages}) != 1:
        return False
    return not any(_numbers(m.text) for m in members) or _follows_pages(members)


def _same_height(members: list[LineFacts]) -> list[LineFacts]:
    """The members within one line height of the group's median baseline."""
    ys = sorted(m.bbox[1] for m in members)
    median = ys[len(ys) // 2]
    return [m for m in members if _within_a_line(m.bbox[1], median, m.size)]


ROMAN_SHAPE = "<roman>"


def _roman(text: str) -> bool:
    found = page_number(text)
    return found is not None and found.roman


def _numbers(text: str) -> list[int]:
    """The numbers of a line, a roman page number's value included (``iv`` → 4)."""
    if _roman(text):
        return [page_number(text).value]
    return [int(d) for d in _DIGITS_RE.findall(unicodedata.normalize("NFKC", text))]


def _rising(members: list[LineFacts]) -> bool:
    """Whether the (first) number of each member keeps step with its page: the same rise per page,
    one (or two: a handout of two slides a page).

    The first entries of two pages of a contents list stand at the same height and rise
    too (``32`` on one page, ``48`` on the next): they do not keep step with the pages.

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 10)
    >>> _rising([f(2, "2"), f(3, "3"), f(5, "5/6")]), _rising([f(2, "1"), f(3, "1")]), _rising([f(5, "32"), f(6, "48")])
    (True, False, False)
    """
    by_page: dict[int, int] = {}
    for m in members:
        numbers = _numbers(m.text)
        if not numbers:
            return False
        by_page.setdefault(m.page, numbers[0])
    pages = sorted(by_page)
    steps = {(by_page[b] - by_page[a]) / (b - a) for a, b in zip(pages, pages[1:])}
    return len(steps) == 1 and steps <= {1.0, 2.0}


def _one_number(members: list[LineFacts]) -> bool:
    """The same number on every page of the group (``2026`` right of ``図書館情報学研究 第24巻`` atop both pages): no
    folio, which keeps step with its page, but maybe a running head's cell (a year, a volume), furniture where it
    stands on the baseline of furniture found on each of its pages (``pending``); alone (a footnote's ``1`` at each
    page's foot) it stays text. Why (fresh-user trial 67): a page-number shape that did not rise was dropped from the
    group, so page 1's ``2026`` stayed ``front`` while page 2's went to the ledger beside its head."""
    return len(members) >= 2 and len({" ".join(m.text.split()) for m in members}) == 1


def _increasing(members: list[LineFacts]) -> bool:
    """Whether the (first) numbers rise from page to page, one number a page, whatever the step.

    An excerpt of a proceedings volume keeps the volume's page numbers on its paper pages and
    none on the slide pages between them (``－ 11 －`` on page 1, ``－ 12 －`` on page 6).

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 10)
    >>> _increasing([f(1, "- 11 -"), f(6, "- 12 -")]), _increasing([f(1, "3"), f(2, "3")]), _increasing([f(1, "3"), f(1, "4")])
    (True, False, False)
    """
    by_page: dict[int, int] = {}
    for m in members:
        numbers = _numbers(m.text)
        if not numbers or m.page in by_page:
            return False
        by_page[m.page] = numbers[0]
    values = [by_page[page] for page in sorted(by_page)]
    return all(a < b for a, b in zip(values, values[1:]))


def _block_edge(line: LineFacts, band: str, lines: Sequence[LineFacts]) -> bool:
    """``line`` (in the ``band``, ``"top"`` or ``"bottom"``) closes a block of text that runs on out of the band: the
    nearest line towards the page's middle that shares its width stands closer to it than a line's height (the
    smaller size of the two: the block's own leading), and ``line`` is flush at the left or the right edge
    (:data:`LEVEL_SLACK`) with a line of that block set no smaller than it (the lines each a line's height or less from the next: a
    paragraph's last line may be short). A running head or foot stands apart from the text, a line's height or more.

    Why (helper ghost79, real-PDF trial 79c): a beamer deck's sidebar quotes a book on every slide, its source
    ``(Donald E. Knuth, The TEXbook)`` set flush right under the quote 6 pt below it, in the bottom band; it went to
    the ledger as a running foot while the quote stayed. A block repeated on every page is furniture whole or not at
    all.

    >>> f = lambda n, text, x0, y0, x1, size: LineFacts(n, 1, text, (x0, y0, x1, y0 + size), size)
    >>> quote = [f(1, "Gentle reader: a handbook about harbours", 11.5, 59.7, 212.6, 10.9),
    ...          f(2, "for maps that show tides.", 11.5, 46.2, 140.0, 10.9)]
    >>> source = f(3, "(Anna Berg, The Harbour Book)", 81.6, 29.1, 212.6, 9.0)
    >>> _block_edge(source, "bottom", quote + [source])
    True
    >>> _block_edge(f(3, "Report 2024", 81.6, 12.0, 212.6, 9.0), "bottom", quote)  # a line's height apart
    False
    """
    def gap(a: LineFacts, b: LineFacts) -> float | None:
        """Points from ``a`` to ``b`` towards the page's middle, ``None`` unless ``b`` lies that way sharing width."""
        if min(a.bbox[2], b.bbox[2]) <= max(a.bbox[0], b.bbox[0]):
            return None
        g = b.bbox[1] - a.bbox[3] if band == "bottom" else a.bbox[1] - b.bbox[3]
        return g if g >= 0 else None

    block: list[LineFacts] = []
    at = line
    while True:
        nearest = min(((g, other) for other in lines if other.number != at.number and other is not line
                       and (g := gap(at, other)) is not None), key=lambda go: go[0], default=None)
        if nearest is None or nearest[0] >= min(at.size, nearest[1].size) or nearest[1] in block:
            break
        at = nearest[1]
        block.append(at)
    x0, _, x1, _ = line.bbox
    # set no larger than the block (a quote's source, a caption): a foot set larger is the page's (``test_page67``)
    return any((abs(b.bbox[0] - x0) <= LEVEL_SLACK or abs(b.bbox[2] - x1) <= LEVEL_SLACK) and line.size <= b.size
               for b in block)


def _lines_by_page(facts: Sequence[LineFacts]) -> dict[int, list[LineFacts]]:
    """The lines with text of each page, in reading order."""
    by_page: dict[int, list[LineFacts]] = defaultdict(list)
    for f in facts:
        if f.text.strip():
            by_page[f.page].append(f)
    return by_page


def _centred_folio(line: LineFacts, page_lines: dict[int, list[LineFacts]],
                   page_boxes: dict[int, tuple[float, float, float, float]]) -> bool:
    """The line stands as a page's folio: the outermost line of its band, alone at its height, centred on the page.

    Used where the numbers rise but not in step with the pages: only the centred position is evidence
    enough then (a contents list's page numbers stand flush right, and rise too).
    """
    page_box = page_boxes[line.page]
    lines = page_lines[line.page]
    if line not in _outermost(lines, page_box) or not _placed_as_folio(line, lines, page_box):
        return False
    return _centred(line, page_box)


def _numbered_apart(members: list[LineFacts]) -> bool:
    """A recurring line whose numbers change from copy to copy but not with the pages (``【１】`` on page 1,
    ``【２】`` on page 4): each copy numbers something of its own (a talk, a chapter), so it is content. A running
    line's numbers are all equal (``Vol. 3``), follow the pages (``p. 41``, :func:`_follows_pages`), or repeat
    over the pages of one part (``第2章`` on every page of chapter 2).

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 10)
    >>> _numbered_apart([f(1, "【１】"), f(4, "【２】"), f(7, "【３】")]), _numbered_apart([f(2, "Vol. 3"), f(3, "Vol. 3")])
    (True, False)
    >>> _numbered_apart([f(3, "Proceedings, p. 41"), f(4, "Proceedings, p. 42")])
    False
    >>> _numbered_apart([f(3, "第2章 方法"), f(4, "第2章 方法"), f(5, "第3章 結果"), f(6, "第3章 結果")])
    False
    """
    values = [tuple(_numbers(m.text)) for m in members]
    return len(values) > 1 and len(set(values)) == len(values) and not _follows_pages(members)


def _numbered_as_running_line(members: list[LineFacts]) -> bool:
    """The members' numbers change as a running line's do: its folio, a part's number, nothing else
    (:func:`pipeline.furniture_model.numbered_as_running_line`: a table's row continued over the pages changes its
    figures, ``小計 11 15`` / ``小計 12 18``).

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 10)
    >>> _numbered_as_running_line([f(1, "Proceedings 2024, p. 12"), f(2, "Proceedings 2024, p. 13")])
    True
    >>> _numbered_as_running_line([f(1, "小計 11 15"), f(2, "小計 12 18")])
    False

    A line of figures and marks with no letter at all (an answer sheet's scanning mark, ``+1/1/60+`` / ``+10/1/51+``,
    auto-multiple-choice's copy, page and check numbers) is no table's row: its numbers are its own, each copy's, and
    it stays furniture (review of session 70 on the real PDF ``sample-amc.pdf``: the marks had become section titles).

    >>> _numbered_as_running_line([f(1, "+1/1/60+"), f(2, "+10/1/51+"), f(3, "+19/1/42+")])
    True
    """
    if not any(c.isalpha() for m in members for c in m.text):
        return True
    return numbered_as_running_line([(m.page, _numbers(m.text)) for m in members])


#: How far (share of the page's body pitch) a line may stand from its neighbour beyond the pitch and still be set
#: at the body's pitch (:func:`_among_body_lines`).
PITCH_SLACK = 0.15


def _body_pitch(lines: list[LineFacts], body_size: float) -> float | None:
    """The page's line pitch (points, baseline to baseline) of its lines set in the body size: the median step
    between consecutive rows of them down the page (steps of three body sizes or more, a gap between blocks, aside),
    or ``None`` with fewer than two such steps."""
    ys = sorted({round(f.bbox[1], 1) for f in lines if _body_sized(f, body_size)}, reverse=True)
    steps = [a - b for a, b in zip(ys, ys[1:]) if 0 < a - b < 3 * body_size]
    return statistics.median(steps) if len(steps) >= 2 else None


def _body_sized(line: LineFacts, body_size: float) -> bool:
    return SMALLER_THAN_BODY * body_size <= line.size <= MAX_SIZE_RATIO * body_size


def _among_body_lines(line: LineFacts, band: str, lines: list[LineFacts], body_size: float) -> bool:
    """The line is set as a line of its page's text: in the body's size (:func:`_body_sized`), with the nearest line
    on its inner side (under it in the top band, over it in the bottom band) in the body's size too, one line
    pitch of the page's text away (:func:`_body_pitch`, within :data:`PITCH_SLACK`). A running head or foot stands
    apart from the text, or is set smaller (trial 69d's 9 pt head at the text's pitch over an 11 pt body).

    Why (issue 16 point 4, helper furn70): the first lines of two pages of running text, ``… of page 1 …`` and
    ``… of page 2 …``, in the top band at one height, were set aside as a running head, their one differing number
    keeping step with the pages.

    >>> f = lambda n, text, y, size=11: LineFacts(n, 1, text, (60, y, 300, y + size), size)
    >>> text = [f(1, "Line 1 of page 1.", 770), f(2, "More text.", 754), f(3, "More.", 738), f(4, "End.", 722)]
    >>> _among_body_lines(text[0], "top", text, 11)
    True
    >>> head = f(0, "Proceedings 2024, p. 12", 800)
    >>> _among_body_lines(head, "top", [head, *text], 11), _among_body_lines(f(0, "Head", 786, 9), "top", text, 11)
    (False, False)
    """
    if not _body_sized(line, body_size):
        return False
    pitch = _body_pitch([f for f in lines if f is not line], body_size)
    if pitch is None:
        return False
    if band == "top":
        inner = [f for f in lines if f.bbox[1] < line.bbox[1] - 1.0]
        nearest = max(inner, key=lambda f: f.bbox[1], default=None)
    else:
        inner = [f for f in lines if f.bbox[1] > line.bbox[1] + 1.0]
        nearest = min(inner, key=lambda f: f.bbox[1], default=None)
    if nearest is None or not _body_sized(nearest, body_size):
        return False
    return abs(abs(nearest.bbox[1] - line.bbox[1]) - pitch) <= PITCH_SLACK * pitch


def _follows_pages(members: list[LineFacts]) -> bool:
    """Whether one of the members' numbers is the page index plus the same offset on each of two or more pages.

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 10)
    >>> _follows_pages([f(3, "Vol. 2, p. 13"), f(4, "Vol. 2, p. 14")]), _follows_pages([f(3, "Vol. 2"), f(4, "Vol. 2")])
    (True, False)
    """
    by_page: dict[int, list[int]] = {}
    for m in members:
        by_page.setdefault(m.page, _numbers(m.text))
    rows = list(by_page.items())
    if len(rows) < 2 or len({len(numbers) for _, numbers in rows}) != 1:
        return False
    return any(len({numbers[k] - page for page, numbers in rows}) == 1 for k in range(len(rows[0][1])))


def _beside_furniture(line: LineFacts, furniture: list[LineFacts]) -> bool:
    """Whether furniture already found on the line's page stands on the line's baseline."""
    return any(f.page == line.page and f.number != line.number and _within_a_line(f.bbox[1], line.bbox[1], line.size)
               for f in furniture)


#: How far (share of the page width) a centred page number's centre may lie from the page's centre.
CENTRE_TOLERANCE = 0.05
#: How far (points) a right-flush page number's right edge may lie from the text block's right edge.
EDGE_TOLERANCE = 3.0


def _centred(line: LineFacts, page_box: tuple[float, float, float, float]) -> bool:
    """The line's centre lies within :data:`CENTRE_TOLERANCE` of the page's width from the page's centre: the one
    reading of a folio's centring (:func:`_placed_as_folio`, :func:`_centred_folio`)."""
    px0, _, px1, _ = page_box
    return abs((line.bbox[0] + line.bbox[2]) / 2 - (px0 + px1) / 2) <= CENTRE_TOLERANCE * (px1 - px0)


def _folio_offsets(found: list[tuple[LineFacts, Reason]]) -> dict[bool, set[int]]:
    """How far the document's page numbers found so far stand from their pages' indexes (value minus page), arabic
    (``False``) and roman (``True``) apart: each series keeps its own step (a thesis's ``iv`` before its ``1``). One
    offset in a series says what a lone folio of it must read; two say nothing. The one reading of "a folio counting
    with the pages" the rules for furniture printed once (:func:`_lone_page_numbers`, :func:`_lone_running_feet`,
    :func:`_lone_foot_rows`) weigh a lone line's number by.

    >>> f = lambda page, text: (LineFacts(page, page, text, (0, 0, 1, 1), 9), Reason.PAGE_NUMBER)
    >>> _folio_offsets([f(2, "12"), f(3, "13"), f(1, "ii")])
    {False: {10}, True: {1}}
    """
    offsets: dict[bool, set[int]] = {False: set(), True: set()}
    for f, kind in found:
        if kind == Reason.PAGE_NUMBER and (value := _number(f.text)) is not None:
            offsets[_roman(f.text)].add(value - f.page)
    return offsets


def _heads_read_with_their_folio(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                                 found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A running head's copy that pdfminer read as one line with the page's folio beside it (``Yukoh KUSAKABE 5/5``
    where the other pages give ``Yukoh KUSAKABE`` and ``4/5`` apart): in a band, on a page none of whose lines is the
    head's, its text the head's (:func:`_shape`) and a page number after it or before it that counts with the pages
    (:func:`_folio_offsets`, one offset), its row and its head's edge the head's copies' (:func:`_within_a_line`), the
    same size. It is the head's kind (the folio goes with it: one line).

    Why: fresh-user trial 75c, asternote's head on its last page had stayed a paragraph while the four other copies
    went to the ledger; recurrence (:func:`_shape`) read the merged line as another text. A line of the text never
    stands at the head's place in the band.

    >>> f = lambda n, page, text, x0=300.0, x1=400.0: LineFacts(n, page, text, (x0, 740.0, x1, 750.0), 10.0)
    >>> box = {p: (0.0, 0.0, 600.0, 800.0) for p in (1, 2, 3)}
    >>> found = [(f(1, 1, "Jane Doe"), Reason.RUNNING_HEADER), (f(2, 1, "1/3", 450, 460), Reason.PAGE_NUMBER),
    ...          (f(3, 2, "Jane Doe"), Reason.RUNNING_HEADER), (f(4, 2, "2/3", 450, 460), Reason.PAGE_NUMBER)]
    >>> [(g.text, k.value) for g, k in _heads_read_with_their_folio([f(5, 3, "Jane Doe 3/3", 300, 460)], box, found)]
    [('Jane Doe 3/3', 'running-header')]
    >>> _heads_read_with_their_folio([f(5, 3, "Jane Doe 7/3", 300, 460)], box, found)
    []
    """
    offsets = _folio_offsets(found)
    if len(offsets[False]) != 1:
        return []
    offset = next(iter(offsets[False]))
    heads: dict[str, list[LineFacts]] = defaultdict(list)
    for f, kind in found:
        if kind in (Reason.RUNNING_HEADER, Reason.RUNNING_FOOTER):
            heads[_shape(f.text)].append(f)
    kinds = {f.number: kind for f, kind in found}
    headed = {(f.page, _shape(f.text)) for f, kind in found}
    out: list[tuple[LineFacts, Reason]] = []
    for line in facts:
        if line.number in kinds or _band(line, page_boxes[line.page]) is None:
            continue
        words = line.text.split()
        for left, text, folio in ((True, " ".join(words[:-1]), words[-1:]), (False, " ".join(words[1:]), words[:1])):
            copies = heads.get(_shape(text), [])
            if not copies or not folio or (line.page, _shape(text)) in headed \
                    or _number(folio[0]) != line.page + offset or _roman(folio[0]):
                continue
            if all(_within_a_line(c.bbox[1], line.bbox[1], line.size) and abs(c.size - line.size) <= 0.5
                   and _within_a_line(c.bbox[0] if left else c.bbox[2], line.bbox[0] if left else line.bbox[2], line.size)
                   for c in copies):
                out.append((line, kinds[copies[0].number]))
                break
    return out


def _lone_page_numbers(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                       body_size: float | None, found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """The page numbers recurrence could not show, at most one a page (see the module docstring)."""
    numbered = {f.page for f, kind in found if kind == Reason.PAGE_NUMBER}
    offsets = _folio_offsets(found)
    if any(len(series) > 1 for series in offsets.values()):
        return []  # the document's own numbers do not agree on the offset: no evidence for a lone one
    taken = {f.number for f, _ in found}
    by_page = _lines_by_page(facts)
    out: list[tuple[LineFacts, Reason]] = []
    for page, lines in sorted(by_page.items()):
        if page in numbered:
            continue
        for line in _outermost(lines, page_boxes[page]):
            series = offsets[_roman(line.text)]
            offset = next(iter(series), 0)
            if line.number in taken or _number(line.text) is None:
                continue
            if _number(line.text) != page + offset and (series or not _under_vertical_text(line, lines)) \
                    and not (_roman(line.text) and not series and _front_matter_folio(line, found)):
                continue
            if body_size is not None and line.size > MAX_SIZE_RATIO * body_size:
                continue
            if _placed_as_folio(line, lines, page_boxes[page]):
                out.append((line, Reason.PAGE_NUMBER))
                break
    return out


_OVERLAY_LABEL = re.compile(r"^([0-9]{1,3})\s?[-–]\s?([a-z])$")
"""A slide's overlay label as seminar.sty prints it in the folio's place: the slide's number, a hyphen, a letter."""


def _overlay_labels(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                    found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A deck's overlay labels (``1-a``, ``1-b``, ``3-a``: seminar.sty numbers each overlay page by its slide's
    number and a letter) as page numbers: a line of that shape (:data:`_OVERLAY_LABEL`) alone at its height, in the
    top or bottom band, on a page with no page number found, standing where a page number found on another page
    stands (within a line height, its right edge, left edge or centre within :data:`EDGE_TOLERANCE`), its number the
    number of the last page number (or label) found on a page before it. Why (trial 78c, semsamp2): the labels had
    stayed the slides' last lines. A list's ``1-a`` among the text stands at no folio's place or after no folio of its
    number.

    >>> f = lambda page, text, x1=420.0, y=2.75: LineFacts(page, page, text, (x1 - 9.0, y, x1, y + 14.0), 20.3)
    >>> folios = [(f(2, "1"), Reason.PAGE_NUMBER), (f(5, "3"), Reason.PAGE_NUMBER)]
    >>> boxes = {p: (0, 0, 842, 595) for p in range(1, 7)}
    >>> [(m.page, m.text) for m, _ in _overlay_labels([f(3, "1-a"), f(4, "1-b"), f(6, "3-a"), f(6, "2-a", y=300)], boxes, folios)]
    [(3, '1-a'), (4, '1-b'), (6, '3-a')]
    >>> _overlay_labels([f(3, "2-a")], boxes, folios), _overlay_labels([f(3, "1-a", x1=200.0)], boxes, folios)
    ([], [])
    """
    folios = sorted((f for f, kind in found if kind == Reason.PAGE_NUMBER and _number(f.text) is not None),
                    key=lambda f: f.page)
    if not folios:
        return []
    numbered = {f.page for f in folios}
    by_page = _lines_by_page(facts)
    out: list[tuple[LineFacts, Reason]] = []
    last: dict[int, int] = {}  # page -> the slide number of the page number or label found on it
    for f in folios:
        last[f.page] = _number(f.text) or 0
    for page, lines in sorted(by_page.items()):
        if page in numbered:
            continue
        for line in lines:
            m = _OVERLAY_LABEL.match(line.text.strip())
            if m is None or _band(line, page_boxes[page]) is None:
                continue
            if any(o is not line and _within_a_line(o.bbox[1], line.bbox[1], line.size) for o in lines):
                continue  # beside other text at its height: a table's cell, a list's label
            before = [p for p in last if p < page]
            if not before or last[max(before)] != int(m.group(1)):
                continue
            if _at_a_folio_place(line, [f for f in folios if f.page != page]):
                out.append((line, Reason.PAGE_NUMBER))
                last[page] = int(m.group(1))
                break
    return out


def _front_matter_folio(line: LineFacts, found: list[tuple[LineFacts, Reason]]) -> bool:
    """A lone roman numeral (``i``, the document's only roman folio) is the front matter's folio: it stands on a page
    before the first page the document's arabic folios number, its value no more than its page's index (the front
    matter counts from a page at or after the first: a cover goes unnumbered), at the height of one of those folios
    (:func:`_within_a_line`) and at its left edge, right edge or centre (:data:`EDGE_TOLERANCE`): where the folios
    stand. No roman series gives it an offset to be weighed by (:func:`_folio_offsets`), so the arabic series' place
    is the evidence.

    Why (issue 16 points 2 and 7, realdoc77): klis-sotsuron's thesis prints ``i`` alone on its contents page, at the
    top right where ``1`` … ``7`` stand on the chapters' pages; it had stayed in ``front``. A roman numeral in the
    text (a list's ``i``) stands at no folio's place, or on a page after the arabic folios begin.

    >>> f = lambda page, text, x1=534.7: LineFacts(page, page, text, (x1 - 4.0, 740.2, x1, 751.1), 10.9)
    >>> arabic = [(f(p, str(p - 2)), Reason.PAGE_NUMBER) for p in (3, 4, 5)]
    >>> _front_matter_folio(f(2, "i"), arabic), _front_matter_folio(f(2, "iii"), arabic)
    (True, False)
    >>> _front_matter_folio(f(6, "i"), arabic), _front_matter_folio(f(2, "i", 300.0), arabic)
    (False, False)
    """
    value = _number(line.text)
    arabic = [f for f, kind in found if kind == Reason.PAGE_NUMBER and not _roman(f.text)]
    if not arabic or value is None or not 1 <= value <= line.page or line.page >= min(f.page for f in arabic):
        return False
    return _at_a_folio_place(line, arabic)


def _at_a_folio_place(line: LineFacts, folios: Sequence[LineFacts]) -> bool:
    """``line`` stands where one of ``folios`` stands: at its height (:func:`_within_a_line`) and at its left edge,
    right edge or centre (:data:`EDGE_TOLERANCE`)."""
    x0, y0, x1, _ = line.bbox
    return any(_within_a_line(f.bbox[1], y0, line.size)
               and (abs(f.bbox[0] - x0) <= EDGE_TOLERANCE or abs(f.bbox[2] - x1) <= EDGE_TOLERANCE
                    or abs((f.bbox[0] + f.bbox[2]) / 2 - (x0 + x1) / 2) <= EDGE_TOLERANCE)
               for f in folios)


def _lone_running_feet(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                       body_size: float | None, found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A page's foot that recurs nowhere (a one-page paper's ``Proceedings of … 2024, p. 117``): the lowest line
    of the bottom band, placed as a folio (:func:`_placed_as_folio`), no larger than the body, and ending in a
    page reference of a page number's own shape after a comma (``p. 117``, ``- 3 -``)."""
    taken = {f.number for f, _ in found}
    footed = {f.page for f, kind in found if _band(f, page_boxes[f.page]) == "bottom"}
    offsets = _folio_offsets(found)[False]
    offset = next(iter(offsets)) if len(offsets) == 1 else 0
    out: list[tuple[LineFacts, Reason]] = []
    for page, lines in sorted(_lines_by_page(facts).items()):
        if page in footed:
            continue
        lowest = min(lines, key=lambda f: f.bbox[1])
        if lowest.number in taken or _band(lowest, page_boxes[page]) != "bottom":
            continue
        if body_size is not None and lowest.size > MAX_SIZE_RATIO * body_size:
            continue
        head, comma, tail = lowest.text.rpartition(",")
        reference = page_number(tail) if comma and head.strip() else None
        if reference is not None and reference.shaped and _placed_as_folio(lowest, lines, page_boxes[page]):
            out.append((lowest, Reason.RUNNING_FOOTER))
        elif _small_dashed_foot(lowest, page + offset, body_size, excerpt=len(page_boxes) == 1 and not offsets) \
                and _placed_as_folio(lowest, lines, page_boxes[page]):
            out.append((lowest, Reason.RUNNING_FOOTER))
    return out


def _small_dashed_foot(line: LineFacts, folio: int, body_size: float | None, excerpt: bool = False) -> bool:
    """A page's lowest line, set in small print (:data:`SMALL_PRINT` of the body at most), that reads as a
    running foot: a text of two words or more and no sentence (no ``.``, ``;``, ``:`` or ``,`` closing it, no small
    letter opening it), then a dash, a bar or a dot and the page's own number, bare or a page word's
    (:func:`pipeline.pagenumbers.dashed_folio`, the dash shape segment reads a head's folio by: ``… — Page 1 of 1``
    too, helper furn68; ``folio`` is the page's index plus the offset the document's numbers show). Why (fresh-user trial 67): a one-page PDF's 8 pt centred
    ``Greenfield Library Board - Minutes - 1`` under an 11 pt body, repeating nowhere, had become the last paragraph
    of section 3. A small-print footnote is a sentence, or ends on no dashed number, and stays text.

    ``excerpt``: the PDF is one page and prints no other page number, so nothing tells the page's own number: a
    page cut from a booklet prints the booklet's folio (fresh-user trial 67b: ``Oakfield Recipe Booklet  -  7`` at
    the foot of a one-page recipe). Any number from 1 is then the folio where the text's last cell before the dash
    is a name of two words or more; a one-word cell is a label the number counts (``Reading Room Plan - Stage - 2``,
    ``Part - 3``), no folio.

    >>> f = lambda text, size=8.0: LineFacts(9, 1, text, (230, 28, 365, 36), size)
    >>> _small_dashed_foot(f("Greenfield Library Board - Minutes - 1"), 1, 11.0)
    True
    >>> _small_dashed_foot(f("Greenfield Library Board - Minutes - 1", 11.0), 1, 11.0)  # body size: text
    False
    >>> _small_dashed_foot(f("Greenfield Library Board - Minutes - 2"), 1, 11.0)  # another page's number
    False
    >>> _small_dashed_foot(f("the vote was carried - 1"), 1, 11.0), _small_dashed_foot(f("Final score 3 - 1"), 1, 11.0)
    (False, False)
    >>> _small_dashed_foot(f("Oakfield Recipe Booklet  -  7"), 1, 11.0, excerpt=True)  # a booklet's folio
    True
    >>> _small_dashed_foot(f("Reading Room Plan - Stage - 2"), 1, 11.0, excerpt=True)  # a stage's number
    False
    >>> _small_dashed_foot(f("Harbour Rowing Club Minutes — Page 1 of 1"), 1, 11.0)  # a page word's number
    True
    """
    if body_size is None or line.size > SMALL_PRINT * body_size:
        return False
    read = dashed_folio(" ".join(line.text.split()))
    if read is None:
        return False
    text, value, _ = read
    if value != folio:
        cell = re.split(r"\s[—–|·•-]\s", text)[-1]
        if not excerpt or value < 1 or len(cell.split()) < 2:
            return False
    text = text.rstrip(" —–|·•-")
    return len(text.split()) >= 2 and not text[0].islower() and not text.endswith((".", ";", ":", ","))


FOOT_WHITE = 1.0
"""White between a foot row and the text above it, in the row's font size, at least."""
FOOT_GAP = 0.2
"""Share of the page width between a foot row's text and its page number at least (two ends of one foot)."""


def _lone_foot_rows(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                    body_size: float | None, found: list[tuple[LineFacts, Reason]]) -> list[tuple[LineFacts, Reason]]:
    """A page's foot that recurs nowhere, set as a row of two pieces (a one-page paper's
    ``Proceedings of the 12th Workshop on Urban Data Systems (UDS 2025)`` … ``1``, trial 48): the lowest row of the
    bottom band, no larger than the body, standing apart from the text above it (:data:`FOOT_WHITE`), a text at one
    end and at the other, :data:`FOOT_GAP` of the page away, a page number whose value is the page's index (plus
    the offset the document's other page numbers show). The number is the page's (``page-number``), the text its
    running foot (``running-footer``); a foot of one piece is :func:`_lone_page_numbers`' or
    :func:`_lone_running_feet`' to weigh."""
    taken = {f.number for f, _ in found}
    footed = {f.page for f, _ in found if _band(f, page_boxes[f.page]) == "bottom"}
    offsets = _folio_offsets(found)[False]
    if len(offsets) > 1:
        return []  # the document's own numbers disagree on the offset: no evidence for a lone one
    offset = next(iter(offsets), 0)
    out: list[tuple[LineFacts, Reason]] = []
    for page, lines in sorted(_lines_by_page(facts).items()):
        box = page_boxes[page]
        lowest = min(lines, key=lambda f: f.bbox[1])
        if page in footed or _band(lowest, box) != "bottom":
            continue
        row = [f for f in lines if _within_a_line(f.bbox[1], lowest.bbox[1], lowest.size)]
        above = [f for f in lines if f not in row]
        if len(row) != 2 or not above or any(f.number in taken for f in row) \
                or (body_size is not None and any(f.size > MAX_SIZE_RATIO * body_size for f in row)):
            continue
        left, right = sorted(row, key=lambda f: f.bbox[0])
        number, text = (right, left) if _number(right.text) is not None else (left, right)
        size = max(f.size for f in row)
        if _imprint_in_the_folios_place(page, row, above, box, body_size, found, page_boxes):
            out += [(f, Reason.RUNNING_FOOTER) for f in (left, right)]
            continue
        if _number(number.text) != page + offset or _number(text.text) is not None \
                or right.bbox[0] - left.bbox[2] < FOOT_GAP * (box[2] - box[0]) \
                or min(f.bbox[1] for f in above) - max(f.bbox[3] for f in row) < FOOT_WHITE * size:
            continue
        out += [(number, Reason.PAGE_NUMBER), (text, Reason.RUNNING_FOOTER)]
    return out


def _imprint_in_the_folios_place(page: int, row: list[LineFacts], above: list[LineFacts],
                                 box: tuple[float, float, float, float], body_size: float | None,
                                 found: list[tuple[LineFacts, Reason]],
                                 page_boxes: dict[int, tuple[float, float, float, float]]) -> bool:
    """A title page's foot row of two pieces and no number (elsarticle's ``Preprint submitted to Elsevier`` …
    ``June 8, 2018``) where every other page's foot prints the page's number: the row (``row``, its two lines, the
    page's lowest) stands in the folio's place on the one page that goes without it, in small print
    (:data:`SMALL_PRINT`), its pieces :data:`FOOT_GAP` of the page apart and :data:`FOOT_WHITE` under the text
    (``above``), neither a sentence.

    Why: fresh-user trial 75c, the date had become a body paragraph (and the imprint too); the rules for a lone foot
    read a folio, which a title page's imprint replaces. A table's last row or a footnote shares no page's place with
    the folios of every other page."""
    if body_size is None or len(page_boxes) < 2 or any(_number(f.text) is not None for f in row):
        return False
    folioed = {f.page for f, kind in found if kind == Reason.PAGE_NUMBER and _band(f, page_boxes[f.page]) == "bottom"}
    if page in folioed or folioed != set(page_boxes) - {page} or page != min(page_boxes):
        return False
    left, right = sorted(row, key=lambda f: f.bbox[0])
    return all(f.size <= SMALL_PRINT * body_size and f.text.rstrip()[-1:] not in ".!?。" for f in row) \
        and right.bbox[0] - left.bbox[2] >= FOOT_GAP * (box[2] - box[0]) \
        and min(f.bbox[1] for f in above) - max(f.bbox[3] for f in row) >= FOOT_WHITE * max(f.size for f in row)


def _number(text: str) -> int | None:
    """The value of a page-number line (``3``, ``- 3 -``, ``p. 3``, ``3/6``, ``iv``: :mod:`pipeline.pagenumbers`,
    the one place for the shapes), else ``None``.

    >>> _number("- 3 -"), _number("3/6"), _number("Fig. 3"), _number("2024年"), _number("ii")
    (3, 3, None, None, 2)
    """
    found = page_number(text)
    return found.value if found is not None else None


def _outermost(lines: list[LineFacts], page_box: tuple[float, float, float, float]) -> list[LineFacts]:
    """The page's lines at its edge: the lowest and the last read when in the bottom band, the highest and the
    first read when in the top band (a folio drawn over a text block that runs into the margin is read last)."""
    out = []
    for line in (min(lines, key=lambda f: f.bbox[1]), lines[-1]):
        if _band(line, page_box) == "bottom" and line not in out:
            out.append(line)
    for line in (max(lines, key=lambda f: f.bbox[3]), lines[0]):
        if _band(line, page_box) == "top" and line not in out:
            out.append(line)
    return out


def _placed_as_folio(line: LineFacts, lines: list[LineFacts], page_box: tuple[float, float, float, float]) -> bool:
    """Nothing beside it at its height, and centred on the page or flush with the text block's right edge (on a
    page of vertical writing, :func:`_vertical_writing`, its left edge too).

    A number with other text beside it at its height (left or right of it) is a table cell or a list's
    label, not the page's number. A page of vertical writing reads its columns right to left, so its text block
    ends at its left edge, where a horizontal page's ends at its right (helper pdf52: a one-page vertical text's
    folio set under its last column had stayed a paragraph). On a horizontal page a number flush left at the
    foot may be a list's or a line's number and stays text.

    >>> col = lambda n, x: LineFacts(n, 1, "縦書きの本文の一行", (x, 200, x + 10, 780), 10.5, True)
    >>> folio = LineFacts(9, 1, "1", (88.0, 38, 93.6, 48), 10)
    >>> _placed_as_folio(folio, [col(k, 88 + 18 * k) for k in range(8)] + [folio], (0, 0, 595, 842))
    True
    >>> flat = lambda n, y: LineFacts(n, 1, "A horizontal line of body text.", (88, y, 400, y + 10), 10)
    >>> _placed_as_folio(folio, [flat(k, 700 - 14 * k) for k in range(8)] + [folio], (0, 0, 595, 842))
    False
    """
    others = [o for o in lines if o.number != line.number]
    if any(_within_a_line(o.bbox[1], line.bbox[1], line.size)
           and (o.bbox[2] <= line.bbox[0] or o.bbox[0] >= line.bbox[2]) for o in others):
        return False
    px0, _, px1, _ = page_box
    x0, _, x1, _ = line.bbox
    if _centred(line, page_box):
        return True
    if bool(others) and x0 > (px0 + px1) / 2 and abs(x1 - max(o.bbox[2] for o in others)) <= EDGE_TOLERANCE:
        return True
    return _vertical_writing(others) and x1 < (px0 + px1) / 2 \
        and abs(x0 - min(o.bbox[0] for o in others)) <= EDGE_TOLERANCE


def _under_vertical_text(line: LineFacts, lines: list[LineFacts]) -> bool:
    """On a page of vertical writing (:func:`_vertical_writing`), the line stands below every column of it, apart by
    its own size at least: no line of the text (a vertical text's lines are its columns), whatever its value.
    Why (trial 54, as trial 51b): a page excerpted from a newsletter prints the volume's folio, ``12`` centred at
    the foot of its one page, which the value test (the page's index) kept as the last paragraph; a horizontal page's
    lone number keeps that test (a one-page text's ``12`` at its foot may close a list or a count).

    >>> col = lambda n, x: LineFacts(n, 1, "縦書きの本文の一行", (x, 400, x + 10, 780), 10.5, True)
    >>> folio = LineFacts(9, 1, "12", (293.0, 38, 302.0, 47), 9)
    >>> _under_vertical_text(folio, [col(k, 88 + 18 * k) for k in range(8)] + [folio])
    True
    >>> low = lambda n, x: LineFacts(n, 1, "縦書きの本文の一行", (x, 40, x + 10, 780), 10.5, True)
    >>> _under_vertical_text(folio, [low(k, 88 + 18 * k) for k in range(8)] + [folio])
    False
    """
    others = [o for o in lines if o.number != line.number]
    columns = [o for o in others if o.vertical]
    return _vertical_writing(others) and bool(columns) \
        and min(o.bbox[1] for o in columns) - line.bbox[3] >= line.size


def _vertical_writing(lines: list[LineFacts]) -> bool:
    """Half the page's letters or more stand in lines of vertical writing (extract's ``vertical_page`` measure,
    counted on the lines furniture sees)."""
    total = sum(len(f.text.strip()) for f in lines)
    return total > 0 and 2 * sum(len(f.text.strip()) for f in lines if f.vertical) >= total
