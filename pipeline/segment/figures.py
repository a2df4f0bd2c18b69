"""A figure's own text in a paper's body: its tick labels, axis labels and the words inside its boxes.

A chart or a diagram drawn in a PDF keeps its text as text: extraction gives its tick labels (``0.8``, ``0.6``),
its categories (``Jan``, ``1月``) and its boxes' labels as lines of their own, in a run of very short lines right
before the figure's caption (``Figure 2: …``, ``図2 …``), in a text dump and in a PDF alike. Read as the text's,
each became a paragraph, and a Japanese month label (``2月``) a numbered section. Such a run is set aside to the
ledger (rule ``set_aside_figure_text``, reason ``figure-text``), nothing lost; the caption stays the text's. A
caption may be set over its figure (trial 49), so the run may stand right under it too; and in a PDF a caption set
beside its figure is read between the figure's rows, its labels before and after it (:func:`_beside`).

Evidence, all of it needed: a figure's caption (:data:`FIGURE_CAPTION`, a table's is none: its rows are read as
rows), right under or right over a run of :data:`MIN_FRAGMENTS` lines or more, each a fragment (:func:`is_fragment`: at most
:data:`MAX_FRAGMENT_WIDTH` display columns and :data:`MAX_FRAGMENT_WORDS` words, no sentence, no list item's mark,
no heading's name, no table row). A run of short lines with no caption under it (a poem, an address, a list) stays
the text's.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from pipeline.chardata import display_width
from pipeline.model import Text
from pipeline.numbering import explicit_number
from pipeline.segment.labels import is_section_name
from pipeline.listmarks import BULLET_START, ITEM_MARK

if TYPE_CHECKING:
    from pipeline.model import LineLayout
    from pipeline.segment.layout import Layout

FIGURE_CAPTION = re.compile(r"^\s*(?:(?:Figure|Fig\.?|Chart|Graph|Plate|Exhibit)\s?[0-9]+[0-9.\-]*[.:：\s]"
                            r"|(?:図|图|圖|写真|グラフ)\s?[-－]?\s?[0-9]+[0-9.\-－]*(?:[\s　.:：．]|$))", re.IGNORECASE)
"""A figure's caption opening on its label and number (``Figure 2:``, ``Fig. 3.1 ``, ``図2　``, ``写真 1``; Chinese
``图1:``, ``圖 2``)."""
_CAPTION_OPENING_EN = re.compile(r"^\s*(?:Figure|Fig\.|Table|Tab\.|Chart|Exhibit|Plate)\s?[0-9]+(?:\.[0-9]+)*"
                                 r"(?:[.:]\s|\s+[A-Z][a-z])")
"""An English caption's label, number and the mark or capital that opens its text (``Figure 1. Distribution …``,
``Table 3: …``, ``Fig. 4 Night-time …``); a sentence naming a figure goes on in small letters (``Table 1 summarises``,
``Figure 3 of that study``)."""


def opens_caption(text: str) -> bool:
    """The line opens a figure's or table's caption (English :data:`_CAPTION_OPENING_EN`; Japanese or Chinese
    ``図1　…``, ``表2　…``: :data:`~pipeline.numbering.CAPTION_LABEL`, :data:`FIGURE_CAPTION`).

    >>> opens_caption("Figure 1. Distribution of the index."), opens_caption("Table 3: Mean temperature"), opens_caption("図1 樹冠率")
    (True, True, True)
    >>> opens_caption("Table 1 summarises the scores."), opens_caption("Figure 3 of that study shows"), opens_caption("Tables 1-3 list")
    (False, False, False)
    """
    from pipeline.numbering import CAPTION_LABEL

    if _CAPTION_OPENING_EN.match(text) is not None:
        return True
    return bool(re.match(r"^\s*[図表图圖]", text)) and (CAPTION_LABEL.match(text) is not None or FIGURE_CAPTION.match(text) is not None)


MIN_FRAGMENTS = 3
"""Short lines a figure's text runs to at least: one or two short lines over a caption may be the text's."""
MAX_FRAGMENT_WIDTH = 16
"""Display columns a figure's fragment fills at most (eight kanji; ``Amplitude (mm)``)."""
MAX_FRAGMENT_WORDS = 3
"""Words a figure's fragment holds at most."""
_SENTENCE_END = re.compile(r"[。！？!?]|[^\W\d]{2}\.$")


def is_fragment(text: str) -> bool:
    """A line short enough to be a figure's label or tick (:data:`MAX_FRAGMENT_WIDTH`, :data:`MAX_FRAGMENT_WORDS`),
    no sentence (``…した。``, ``…words.``), list item (``・``, ``1. ``, ``- ``), table row (a TAB) or section's name.

    >>> [is_fragment(s) for s in ("0.8", "Jan", "1月", "Amplitude (mm)", "Sensor hub")]
    [True, True, True, True, True]
    >>> [is_fragment(s) for s in ("It rose.", "増えた。", "・駅前", "1. Scope", "Results", "a\\tb", "Mean boom amplitude by month")]
    [False, False, False, False, False, False, False]
    >>> [is_fragment(s) for s in ("2.7 \\autoref测试", "3 Results", "2.5", "1月", "12 m", "100 rpm")]
    [False, False, True, True, True, True]
    """
    s = text.strip()
    return (bool(s) and display_width(s) <= MAX_FRAGMENT_WIDTH and len(s.split()) <= MAX_FRAGMENT_WORDS
            and "\t" not in s and _SENTENCE_END.search(s) is None and BULLET_START.match(s) is None
            and ITEM_MARK.match(s) is None and not is_section_name(s) and FIGURE_CAPTION.match(s) is None
            and not _numbered_title(s))


MIN_TITLE_LETTERS = 4
"""Letters a numbered heading's title holds at least, to be told from a tick with its unit (``12 m``, ``100 rpm``)."""


def _numbered_title(s: str) -> bool:
    """A heading's number with a title after it (``2.7 \\autoref测试``, ``3 Results``): the next section's heading
    under a figure's caption, no tick (``0.8``) nor label (hustthesis-zh-example's ``2.7 \\autoref测试`` under
    ``图2-2 多个图片`` went to the ledger with the section's first lines once 图 read as a caption; helper heads50)."""
    parts = s.split(None, 1)
    return explicit_number(s) is not None and len(parts) == 2 \
        and sum(c.isalpha() for c in parts[1]) >= MIN_TITLE_LETTERS


def figure_text(lines: list[Text], layout: "Layout | None" = None) -> frozenset[int]:
    """Indexes of the lines that are a figure's own text: a run of :data:`MIN_FRAGMENTS` fragments or more
    (:func:`is_fragment`) right over a figure's caption (:data:`FIGURE_CAPTION`), or right under it (a caption set
    over its figure).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> sorted(figure_text(mk("Peaks rose in winter.", "0.8", "0.4", "0", "Jan", "Feb", "Figure 2: Amplitude by month.")))
    [1, 2, 3, 4, 5]
    >>> sorted(figure_text(mk("Peaks rose in winter.", "0.8", "0.4", "0", "Jan", "Table 2: Amplitude by month.")))
    []
    >>> sorted(figure_text(mk("Roses are red,", "violets blue", "so it goes", "and on.")))
    []
    >>> sorted(figure_text(mk("Figure 3: Site plan.", "North gate", "Pond", "Tool shed", "The site lies on a slope.")))
    [1, 2, 3]
    """
    out: set[int] = set()
    for c, t in enumerate(lines):
        if FIGURE_CAPTION.match(t.text) is None:
            continue
        k = c
        while k > 0 and is_fragment(lines[k - 1].text):
            k -= 1
        if c - k >= MIN_FRAGMENTS:
            out.update(range(k, c))
        k = c + 1
        while k < len(lines) and is_fragment(lines[k].text):
            k += 1
        if k - (c + 1) >= MIN_FRAGMENTS:
            out.update(range(c + 1, k))
        if layout is not None:
            out.update(_beside(lines, c, layout))
    return frozenset(out)


def _cells_fragments(text: str) -> bool:
    """A fragment, or a row of them parted by TAB (a figure's labels side by side: ``Sensor⇥Hub``)."""
    return all(is_fragment(cell) for cell in text.split("\t")) if "\t" in text else is_fragment(text)


def _box(layout: "Layout", t: Text) -> "LineLayout | None":
    from pipeline.segment.layout import first_line

    at = layout.at(first_line(t))
    return at if at.x0 is not None and at.x1 is not None and at.y0 is not None and at.y1 is not None else None


def _beside(lines: list[Text], c: int, layout: "Layout") -> set[int]:
    """In a PDF, a figure's text set beside its caption (session 50, issue 16's known fault: a caption set to the
    right of its figure, read between the figure's rows): the caption's lines (its first, and the lines under it in
    its column, within 1.5 line heights each), then the fragments (:func:`is_fragment`, or TAB rows of them) read
    right before and right after them, on its page, left or right of the caption's column, one of them at least
    at the caption's height, none in a text box with a line of prose (a paragraph's short last line before the
    caption); :data:`MIN_FRAGMENTS` of them or more in all. The caption stays the text's."""
    cap = _box(layout, lines[c])
    if cap is None:
        return set()
    x0, x1, y0, y1, end = cap.x0, cap.x1, cap.y0, cap.y1, c + 1
    while end < len(lines) and (b := _box(layout, lines[end])) is not None and b.page == cap.page \
            and x0 - 1 <= b.x0 < x1 and y0 - b.y1 < 1.5 * (cap.y1 - cap.y0) and b.y1 <= y0 + 1:
        x1, y0, end = max(x1, b.x1), b.y0, end + 1

    def apart(k: int) -> "LineLayout | None":
        b = _box(layout, lines[k])
        if b is None or b.page != cap.page or not _cells_fragments(lines[k].text) or (b.x0 < x1 and b.x1 > x0):
            return None
        for j in (k - 1, k + 1):  # a paragraph's short last line shares its box with the paragraph's lines
            if 0 <= j < len(lines) and not _cells_fragments(lines[j].text) and layout.same_box(lines[min(j, k)], lines[max(j, k)]):
                return None
        return b

    found: list[tuple[int, "LineLayout"]] = []
    k = c - 1
    while k >= 0 and (b := apart(k)) is not None:
        found.append((k, b))
        k -= 1
    k = end
    while k < len(lines) and (b := apart(k)) is not None:
        found.append((k, b))
        k += 1
    if len(found) < MIN_FRAGMENTS or not any(b.y0 < y1 and b.y1 > y0 for _, b in found):
        return set()
    return {k for k, _ in found}


MAX_CAPTION_LINES = 8
"""Lines a figure's caption runs to at most, its label's line included."""
MAX_CAPTION_SHIFT = 80
"""Lines after a caption searched for the end of the paragraph it broke, at most."""
TABLE_CAPTION = re.compile(r"^\s*(?:Table|Tab\.)\s?[0-9]+[0-9.\-]*[.:：\s]|^\s*表\s?[0-9]+(?:[\s　.:：．]|$)")
"""A table's caption opening on its label and number (``Table 1:``, ``Tab. 2.``, ``表3　``)."""
MAX_FLOAT_LINES = 40
"""Lines a float's body (a table's rows, a figure's words) over its caption runs to at most (:func:`captions_out_of_flow`)."""


def captions_out_of_flow(lines: list[Text], layout: "Layout") -> list[Text]:
    """``lines`` (a PDF paper's body in reading order) with each figure's caption that breaks a paragraph moved after
    that paragraph's end.

    A figure floats to a column's top or foot, its caption with it, and the text flows past it: a two-column paper's
    right column ends over a figure at its foot, the sentence going on at the next page's top, and read in order the
    caption stood between the sentence's halves, which stayed two paragraphs (col65's REVTeX-like paper; the brief's
    reading order: both columns, then notes and captions). A caption here is a line opening on a figure's label
    (:data:`FIGURE_CAPTION`: ``FIG. 1.``, ``Figure 2:``, ``図3``) and the lines after it in its size and setting
    (:data:`MAX_CAPTION_LINES`, one leading apart), set smaller than the line before it or standing at a column's or
    a page's top or foot (the next line higher up, or on a later page, or the line before it lower or on an earlier
    page). It moves where the line before it ends no sentence and the line after it carries that sentence on (in small
    letters; in Japanese, a Japanese line after a Japanese line ending in no sentence's mark at its column's edge: a
    thesis template's ``3.1では、`` over its figure, a chapter's last line, stays), to after the first line from there
    that ends a sentence and ends its paragraph (the next line apart by more than a leading, set in, on another page
    or none), all of them in the next line's size (a heading set larger between: no move). A caption between two paragraphs, or of a dump (no positions), stays where it stands.
    Linear in the lines (each caption's search is bounded).
    """
    from pipeline.chardata import has_japanese
    from pipeline.segment.layout import first_line, last_line
    from pipeline.segment.measures import line_spacing
    from pipeline.segment.wraps_en import ends_sentence, goes_on_in_small_letters

    if not any(layout.boxed(t) for t in lines):
        return lines
    next_line = line_spacing(lines, layout)

    def at(t: Text, end: bool = False):  # noqa: ANN202 - a LineLayout
        return layout.at(last_line(t) if end else first_line(t))

    def moves_on(a: Text, b: Text) -> bool:  # ``b`` is further on than ``a`` by a column's or a page's break
        x, y = at(a, end=True), at(b)
        if None in (x.y0, y.y0):
            return False
        return y.page > x.page or (y.page == x.page and y.y0 > x.y0)

    def full(a: Text) -> bool:  # ``a`` reaches its column's right edge on its page (the lines starting where it does)
        x = at(a, end=True)
        if None in (x.x0, x.x1) or not x.size:
            return False
        ends = [at(t, end=True).x1 for t in lines if at(t).page == x.page and at(t).x0 is not None
                and abs(at(t).x0 - at(a).x0) <= 2.5 * x.size and at(t, end=True).x1 is not None]
        return bool(ends) and x.x1 >= max(ends) - 1.5 * x.size

    def goes_on(a: Text, b: Text) -> bool:
        if has_japanese(a.text) and has_japanese(b.text):
            # no case to tell: the line was wrapped at its column's edge, mid-sentence
            return not ends_sentence(a.text) and full(a) and FIGURE_CAPTION.match(b.text) is None
        return goes_on_in_small_letters(a.text, b.text)

    def setting(t: Text) -> float:
        return at(t).size or 0.0

    def float_start(k: int, end: int) -> int | None:
        """Where the float whose caption is ``out[k:end]`` starts: after the last full line of prose over it (in the
        next line's size and left edge, carried on by that line across the page's or column's break), the lines
        between on the caption's page, under it, inside its column, more than a leading below it and none of them
        full at the column's left edge (a table's rows, a figure's words); else ``None``."""
        after = out[end]
        if not moves_on(out[end - 1], after) or at(after).x0 is None:
            return None
        for j in range(k - 1, max(-1, k - 2 - MAX_FLOAT_LINES), -1):
            a = at(out[j])
            if a.page != at(out[k]).page or a.x0 is None:
                return None
            # a line set in from the column's edge (a table's cell) is the float's whatever its width
            if abs(a.x0 - at(after).x0) <= (a.size or 10) and full(out[j]):
                same = abs(setting(out[j]) - setting(after)) <= 0.05 * (setting(after) or 1)
                em = a.size or 10
                # the float under the line, inside its column (another column's lines are no float's: col65's
                # Japanese right column, read after the left one, ends on a caption of its own)
                inside = all(at(t).x0 is not None and at(t, end=True).x1 is not None and at(t).y0 is not None
                             and a.y0 is not None and at(t).y0 < a.y0 and at(t).x0 >= a.x0 - em
                             and at(t, end=True).x1 <= at(out[j], end=True).x1 + em for t in out[j + 1:end])
                # and white over the float: the line right under the paragraph's is no line of it (a ragged
                # paragraph's lines short of the edge are no float's: col65's one-column caption at a page's foot)
                return j + 1 if same and inside and j + 1 < k and not next_line(out[j], out[j + 1]) \
                    and goes_on(out[j], after) else None
        return None

    out = list(lines)
    k = 1
    while k < len(out) - 1:
        figure = FIGURE_CAPTION.match(out[k].text) is not None
        if not (figure or TABLE_CAPTION.match(out[k].text)) or not layout.boxed(out[k]):
            k += 1
            continue
        end = k + 1  # the caption's lines: its setting, one leading apart
        while end < len(out) and end - k < MAX_CAPTION_LINES and next_line(out[end - 1], out[end]) \
                and abs((at(out[end]).size or 0) - (at(out[k]).size or 0)) <= 0.05 * (at(out[k]).size or 1):
            end += 1
        before, after = out[k - 1], out[end] if end < len(out) else None
        apart = moves_on(before, out[k]) or (after is not None and moves_on(out[end - 1], after))
        floated = False
        if after is not None:
            # a float at a page's or column's foot, its body over its caption (``Table 1: …`` under the table's rows),
            # between a sentence's halves: the whole float moves (real-PDF check, helper real66b: pscl's Table 1
            # and its caption stood between ``…and the fitted`` and ``model objects more similar…``)
            start = float_start(k, end)
            if start is not None:
                k, before, apart, floated = start, out[start - 1], True, True
        if after is None or not apart or not goes_on(before, after) or not (figure or floated):
            k = end
            continue
        stop = next((j for j in range(end, min(len(out), end + MAX_CAPTION_SHIFT))
                     if ends_sentence(out[j].text) and (j + 1 == len(out) or not next_line(out[j], out[j + 1])
                                                        or at(out[j + 1]).page != at(out[j], end=True).page)), None)
        # the paragraph's lines in one setting (a heading set otherwise before its end: no paragraph's end found)
        if stop is None or any(abs(setting(t) - setting(after)) > 0.05 * (setting(after) or 1) for t in out[end:stop + 1]):
            k = end
            continue
        caption = out[k:end]
        out[k:stop + 1] = out[end:stop + 1] + caption
        k = stop + 1
    return out
