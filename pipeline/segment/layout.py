"""Layout facts for cleaned lines: pages, text boxes, indents, widths, sizes.

The facts come from extract through ``Cleaned.layout`` (one
:class:`~pipeline.model.LineLayout` per raw line) and ``Cleaned.blank_lines``;
nothing here guesses them again. A cleaned line is described by its first
raw line (where it starts) and its last (where it ends). Two cleaned lines
sit in one text box when no blank raw line and no page break stands between
them (raw lines between them that the cleaner emptied, such as a ghost line,
do not end a box).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from pipeline.model import Cleaned, LineLayout, Text
from pipeline.vocab import Action, Reason, Rule

_DEFAULT = LineLayout()


def first_line(t: Text) -> int | None:
    """Raw line of the first character that has one.

    >>> first_line(Text.inserted("x") + Text.from_raw("ab", line=7))
    7
    """
    pos = t.first_pos()
    return pos[0] if pos is not None else None


def last_line(t: Text) -> int | None:
    """Raw line of the last character that has one.

    >>> last_line(Text.from_raw("ab", line=7) + Text.from_raw("c", line=9))
    9
    """
    return next((p[0] for p in reversed(t.origin) if p is not None), None)


def _on_line(t: Text, line: int | None) -> str:
    """``t``'s characters that stand on raw line ``line``."""
    return "".join(c for c, p in zip(t.text, t.origin) if p is not None and p[0] == line)


LANDSCAPE_SHARE = 0.8
"""The share of a PDF's pages with text that must be wider than high before its pages read as slides."""
MAX_SLIDE_LINES = 40
"""Lines a slide's page holds at most (the median page): a landscape page of dense text is no slide."""


def dump_margin(lines: tuple[LineLayout, ...]) -> int:
    """A text dump's left margin in characters: the least indent of its lines with text in text boxes of two lines
    or more (consecutive lines with text on one page; a right column's part alone on its line aside), so that an
    indent counts from where the text starts. A dump copied with its page's margin (``pdftotext -layout``, a quoted
    block) sets every line in by it, and every line had read as indented, each a paragraph of its own (fresh-user
    trial 60b: a two-column newsletter's left column, two spaces in, kept every wrap). A title or a masthead alone
    in its box may stand out at the page's edge over a body set in; one flush line in a box of running text makes
    the margin 0, as before. A PDF's lines carry their own positions (0).

    >>> L = LineLayout
    >>> dump_margin((L(indent=0, width=9), L(), L(indent=2, width=9), L(indent=3, width=7), L(), L(indent=2, width=4)))
    2
    >>> dump_margin((L(indent=2, width=9), L(indent=0, width=1))), dump_margin((L(indent=4, width=9),)), dump_margin(())
    (0, 4, 0)
    """
    if any(lay.x0 is not None for lay in lines):
        return 0
    boxes: list[list[int]] = []
    previous = None
    for lay in lines:
        text = bool(lay.width) and not lay.breaks and not (lay.cut is not None and 0 in lay.empty_columns)
        if not text:
            previous = None
            continue
        if previous is None or previous.page != lay.page:
            boxes.append([])
        boxes[-1].append(lay.indent)
        previous = lay
    running = [indent for box in boxes if len(box) >= 2 for indent in box]
    return min(running or [indent for box in boxes for indent in box], default=0)


@dataclass(frozen=True)
class Layout:
    """Per raw line: its :class:`LineLayout`, and which raw lines were blank."""

    lines: tuple[LineLayout, ...]
    blank: tuple[int, ...]  # sorted raw line numbers
    set_aside_numbers: tuple[Text, ...] = ()  # page numbers extraction set aside by position (already in the ledger)
    fake_bold: frozenset[int] = frozenset()  # raw lines drawn twice glyph by glyph (clean undid it): emphasis
    page_sizes: tuple[tuple[float, float], ...] = ()  # a PDF's (width, height) per page, points
    # the pages are a browser's print of a web page (its header or footer found: webpage.browser_printed): paper
    # pages, as a PDF's portrait page sizes show, though a text dump lost the sizes
    printed: bool = False
    margin: int = 0  # a dump's left margin: the white every line with text starts after (:func:`dump_margin`)

    @classmethod
    def of(cls, doc: Cleaned) -> "Layout":
        """The document's layout facts, with the page numbers a PDF's extraction already set aside.

        Extraction takes a page's number out of the text by its position
        (``set_aside_page_furniture``, reason ``page-number``); a deck's slides
        are numbered by them all the same (:meth:`with_set_aside_numbers`).
        """
        numbers = tuple(Text.from_raw(row.text, line=row.line, col=row.col) for row in doc.ledger
                        if row.rule == Rule.SET_ASIDE_PAGE_FURNITURE and row.reason == Reason.PAGE_NUMBER
                        and row.action == Action.DROPPED)
        bold = frozenset(row.line for row in doc.ledger if row.rule == Rule.COLLAPSE_INTERLEAVED_DOUBLING)
        return cls(doc.layout, tuple(sorted(doc.blank_lines)), numbers, bold, doc.page_sizes,
                   margin=dump_margin(doc.layout))

    @classmethod
    def plain(cls) -> "Layout":
        """No facts: one page, no indent (made-up records in tests)."""
        return cls((), ())

    def with_set_aside_numbers(self, lines: list[Text], folio_pages: frozenset[int] = frozenset()) -> list[Text]:
        """``lines`` with the set-aside page numbers of their pages put back where they stood (raw order), save on
        ``folio_pages``, whose numbers number the page and no slide (:func:`.slides.pages_of_several_slides`).

        Only for numbering slides: the texts put back are already in the
        ledger, so whoever sets them aside again must not record them twice
        (:meth:`is_set_aside`).
        """
        if not self.set_aside_numbers or not lines:
            return lines
        pages = {self.page(t) for t in lines} - folio_pages
        extra = [t for t in self.set_aside_numbers if self.page(t) in pages]
        return sorted(lines + extra, key=self.reading_key) if extra else lines

    def is_set_aside(self, t: Text) -> bool:
        """True for a page number that extraction already set aside (and recorded)."""
        return t.first_pos() in {n.first_pos() for n in self.set_aside_numbers}

    def at(self, line: int | None) -> LineLayout:
        """The layout of raw line ``line`` (1-based); the default layout when unknown."""
        if line is None or not 1 <= line <= len(self.lines):
            return _DEFAULT
        return self.lines[line - 1]

    def page(self, t: Text | None) -> int:
        """The page ``t`` starts on: its first raw line's, or the page a form feed inside that line opened before it
        (``LineLayout.breaks``: a dump's ``― 1 ―\\f第2章 …``)."""
        pos = t.first_pos() if t is not None else None
        return self.at(pos[0]).page_at(pos[1]) if pos is not None else _DEFAULT.page

    def end_page(self, t: Text) -> int:
        pos = next((p for p in reversed(t.origin) if p is not None), None)
        return self.at(pos[0]).page_at(pos[1]) if pos is not None else _DEFAULT.page

    def indent(self, t: Text) -> int:
        """The raw line's indent; for a part after a form feed inside it, the white space between the two."""
        pos = t.first_pos()
        lay = self.at(pos[0] if pos is not None else None)
        if pos is not None and lay.cut is not None and pos[1] >= lay.cut:
            return pos[1] - lay.cut  # the right column's part of a dump's line: from the column's edge
        before = [b for b in lay.breaks if b < pos[1]] if pos is not None else []
        return pos[1] - before[-1] - 1 if before else max(0, lay.indent - self.margin)

    @functools.cached_property
    def _column_block_starts(self) -> dict[int, int]:
        """Raw line → the first raw line of its block of a dump's two columns side by side (one run of lines with a
        cut on one page)."""
        starts: dict[int, int] = {}
        start = None
        for number, lay in enumerate(self.lines, start=1):
            if lay.cut is None:
                start = None
                continue
            if start is None or self.lines[start - 1].page != lay.page:
                start = number
            starts[number] = start
        return starts

    def reading_key(self, t: Text) -> tuple[int, int, int, int]:
        """Sort key of ``t`` in reading order: its raw position, save that a dump's block of two columns side by side
        reads its left column before its right, as the clean stage put the lines (a newsletter's front had read its
        paragraphs alternately from each column, fresh-user trial 60b).

        >>> lay = Layout((LineLayout(),) + (LineLayout(cut=5),) * 2, ())
        >>> [t.text for t in sorted([Text.from_raw("r", 2, 6), Text.from_raw("l", 3, 0), Text.from_raw("t", 1)], key=lay.reading_key)]
        ['t', 'l', 'r']
        """
        pos = t.first_pos() or (0, 0)
        start = self._column_block_starts.get(pos[0])
        if start is None:
            return (pos[0], 0, 0, pos[1])
        return (start, self.at(pos[0]).column_at(pos[1]) or 0, pos[0], pos[1])

    def width(self, t: Text) -> int:
        """Display width of the raw line ``t`` starts on (what a wrap is measured in); ``t``'s own when unknown,
        or when the raw line was drawn in fake bold (its raw width counts every glyph twice), or was parted by a form
        feed (the part's own: ``t``'s characters on that line)."""
        from pipeline.chardata import display_width

        lay = self.at(first_line(t))
        if lay.breaks or lay.cut is not None:  # a column's part of a dump's line side by side with another: its own
            return display_width(_on_line(t, first_line(t)).strip())
        return lay.width if lay.width and first_line(t) not in self.fake_bold else display_width(t.text)

    def end_width(self, t: Text) -> int:
        """Display width of the raw line ``t`` ends on: where ``t`` was wrapped, when clean joined raw lines into it
        (``…chose to co-`` / ``operate … rebuilt the old trans-``: the second line's width says whether it was full)."""
        from pipeline.chardata import display_width

        lay = self.at(last_line(t))
        if lay.breaks or lay.cut is not None:
            return display_width(_on_line(t, last_line(t)).strip())
        return lay.width if lay.width else display_width(t.text)

    def size(self, t: Text) -> float | None:
        """Font size in points (PDF), ``None`` when unknown."""
        return self.at(first_line(t)).size

    def font(self, t: Text) -> str | None:
        """The font most of the line's first raw line's glyphs were drawn in (PDF), ``None`` when unknown."""
        return self.at(first_line(t)).font

    def pages(self) -> int:
        return max((lay.end_page for lay in self.lines), default=1)

    def portrait_pages(self) -> bool:
        """Most of a PDF's pages with text (:data:`LANDSCAPE_SHARE`) are higher than wide: a paper's or a
        report's pages (a deck's are wider). False without page sizes (a text dump).

        >>> from pipeline.model import LineLayout
        >>> Layout((LineLayout(page=1, width=20),), (), page_sizes=((595, 842),)).portrait_pages()
        True
        """
        sizes = [size for size, _ in self._text_pages()]
        return bool(sizes) and sum(h > w for w, h in sizes) >= LANDSCAPE_SHARE * len(sizes)

    def landscape_pages(self) -> bool:
        """Most pages with text (:data:`LANDSCAPE_SHARE`, two at least) are wider than high, and hold few lines
        (:data:`MAX_SLIDE_LINES`, the median page): a slide deck's pages (4:3, 16:9), not a paper's nor a landscape
        cheat sheet's. False without page sizes (a text dump).

        >>> from pipeline.model import LineLayout
        >>> Layout((LineLayout(page=1, width=20), LineLayout(page=2, width=20)), (), page_sizes=((720, 540), (720, 540))).landscape_pages()
        True
        >>> Layout((LineLayout(page=1, width=20), LineLayout(page=2, width=20)), (), page_sizes=((595, 842), (595, 842))).landscape_pages()
        False
        """
        pages = self._text_pages()
        sizes = [size for size, _ in pages]
        if len(sizes) < 2 or sum(w > h for w, h in sizes) < LANDSCAPE_SHARE * len(sizes):
            return False
        if self._mostly_vertical:
            # vertical writing is set on landscape sheets as a matter of course (a leaflet's spread, a 縦書き paper on
            # A4 turned), its columns read right to left; slides are set horizontally (fresh-user trial 79: a
            # vertical leaflet of two landscape pages had been a deck of two slides)
            return False
        # a slide holds a few lines; a landscape page of dense text (a cheat sheet, a wide table) is no slide
        counts = sorted(n for _, n in pages)
        return counts[len(counts) // 2] <= MAX_SLIDE_LINES

    @functools.cached_property
    def _mostly_vertical(self) -> bool:
        """Half the lines with text or more are columns of vertical writing (``LineLayout.vertical``)."""
        placed = [lay for lay in self.lines if lay.width or lay.x0 is not None]
        return bool(placed) and 2 * sum(1 for lay in placed if lay.vertical) >= len(placed)

    def _text_pages(self) -> list[tuple[tuple[float, float], int]]:
        """``((width, height), lines with text)`` of each page with text whose size the PDF gave, in page order.
        Counted once per document (every talk asks; a dump, with no page sizes, has none)."""
        return self._pages_with_text

    @functools.cached_property
    def _pages_with_text(self) -> list[tuple[tuple[float, float], int]]:
        if not self.page_sizes:
            return []
        counts: dict[int, int] = {}
        for lay in self.lines:
            if lay.width or lay.x0 is not None:
                counts[lay.page] = counts.get(lay.page, 0) + 1
        return [(self.page_sizes[p - 1], n) for p, n in sorted(counts.items()) if 0 < p <= len(self.page_sizes)]

    def page_break_before(self, prev: Text | None, cur: Text) -> bool:
        """A page starts between ``prev`` and ``cur`` (or ``cur`` opens a page after the first when ``prev`` is None).

        >>> lay = Layout((LineLayout(1), LineLayout(1), LineLayout(2)), ())
        >>> lay.page_break_before(Text.from_raw("a", 1), Text.from_raw("b", 3)), lay.page_break_before(Text.from_raw("a", 1), Text.from_raw("b", 2))
        (True, False)
        """
        if prev is None:
            pos = cur.first_pos()
            if pos is None:
                return False
            lay = self.at(pos[0])
            if lay.page_at(pos[1]) != lay.page:  # after a form feed inside its line
                return True
            return pos[0] > 1 and lay.page != self.at(pos[0] - 1).end_page
        return self.page(cur) != self.end_page(prev)

    def boxed(self, t: Text) -> bool:
        """The line ``t`` starts on has a PDF bounding box (a text dump's lines have none: their page shows no
        measure, spacing or edge, so the dump's own rules apply).

        >>> Layout.plain().boxed(Text.from_raw("a", 1)), Layout((LineLayout(1, x0=72.0, y0=700.0),), ()).boxed(Text.from_raw("a", 1))
        (False, True)
        """
        return self.at(first_line(t)).x0 is not None

    def blank_between(self, a: int, b: int, column: int | None = None) -> bool:
        """A blank raw line strictly between raw lines ``a`` and ``b``; with ``column`` (a dump's columns side by
        side: :meth:`column`), a line whose part in that column is blank counts too.

        >>> lay = Layout((LineLayout(cut=4),) * 2 + (LineLayout(cut=4, empty_columns=(0,)),) + (LineLayout(cut=4),), ())
        >>> lay.blank_between(2, 4), lay.blank_between(2, 4, column=0), lay.blank_between(2, 4, column=1)
        (False, True, False)
        """
        k = bisect.bisect_right(self.blank, a)
        if k < len(self.blank) and self.blank[k] < b:
            return True
        return column is not None and any(column in self.at(n).empty_columns for n in range(a + 1, b))

    def column(self, t: Text) -> int | None:
        """Which of a dump's two columns side by side ``t`` starts in (0 left, 1 right), ``None`` outside such a
        block (``LineLayout.cut``)."""
        pos = t.first_pos()
        return self.at(pos[0]).column_at(pos[1]) if pos is not None else None

    def blank_between_texts(self, prev: Text, cur: Text) -> bool:
        """A blank raw line between ``prev`` and ``cur`` (:meth:`blank_between`), in their column where both stand
        in one of a dump's columns side by side."""
        a, b = last_line(prev), first_line(cur)
        if a is None or b is None:
            return False
        column = self.column(cur)
        return self.blank_between(a, b, column if column is not None and column == self.column(prev) else None)

    def blank_only_between(self, a: int, b: int, column: int | None = None) -> bool:
        """Raw lines ``a`` and ``b`` (``a < b``) stand apart by blank raw lines only, one or more (no line a stage
        set aside, such as a running header, between them).

        >>> lay = Layout((), (3, 4, 7))
        >>> lay.blank_only_between(2, 5), lay.blank_only_between(2, 3), lay.blank_only_between(5, 8)
        (True, False, False)
        """
        lo, hi = bisect.bisect_right(self.blank, a), bisect.bisect_left(self.blank, b)
        if column is not None:  # a dump's columns side by side: a line blank in that column is blank here
            return b - a > 1 and all(n in self.blank[lo:hi] or column in self.at(n).empty_columns for n in range(a + 1, b))
        return b - a > 1 and hi - lo == b - a - 1

    @functools.cached_property
    def frame_title_slots(self) -> frozenset[tuple[str, float, int]]:
        """A slide deck's frame-title places: ``(font without its subset tag, size, top rounded to a point)`` of the
        topmost line set no smaller than the deck's body (:data:`FRAME_TITLE_BODY` of its characters' median size) on each
        page, where that place recurs on :data:`FRAME_TITLE_PAGES` pages or more and half the pages with text at
        least. Empty but for a deck's pages (:meth:`landscape_pages`).

        A beamer frame title (``\\frametitle``) stands at one place in one font on every frame, under the headline's
        small navigation; it may be set in the body's size, bold (real71's beamer example: ``General formalization of
        haplotyping.`` ends on a full stop, and the slide had been left without its title).
        """
        if not self.landscape_pages():
            return frozenset()
        per_page: dict[int, list[LineLayout]] = {}
        for lay in self.lines:
            if lay.width and lay.size and lay.font and lay.y1 is not None and not lay.vertical:
                per_page.setdefault(lay.page, []).append(lay)
        # the body's size: the median over the characters (a headline's many short small entries outnumber a sparse
        # slide's lines, not its text)
        sizes = sorted((lay.size, lay.width) for lays in per_page.values() for lay in lays)
        total = sum(width for _, width in sizes)
        if not total:
            return frozenset()
        seen, body = 0, sizes[-1][0]
        for size, width in sizes:
            seen += width
            if seen * 2 >= total:
                body = size
                break
        counts: dict[tuple[str, float, int], int] = {}
        for lays in per_page.values():
            top = max((lay for lay in lays if lay.size >= FRAME_TITLE_BODY * body), key=lambda lay: lay.y1, default=None)
            if top is not None:
                key = _slot_key(top)
                counts[key] = counts.get(key, 0) + 1
        need = max(FRAME_TITLE_PAGES, len(per_page) / 2)
        return frozenset(key for key, n in counts.items() if n >= need)

    def at_frame_title_slot(self, t: Text) -> bool:
        """The line stands at one of the deck's frame-title places (:attr:`frame_title_slots`), its top within a point."""
        slots = self.frame_title_slots
        if not slots:
            return False
        lay = self.at(first_line(t))
        if not (lay.size and lay.font and lay.y1 is not None):
            return False
        font, size, top = _slot_key(lay)
        return any((font, size, top + d) in slots for d in (-1, 0, 1))

    def emphasis(self, t: Text) -> bool:
        """The line was set in fake bold: every glyph drawn twice (``SSiisstteerr``, which clean collapsed), the way
        a text dump shows a heading or a slide title that a PDF would show by its font.

        >>> Layout((), (), (), frozenset({3})).emphasis(Text.from_raw("Sister City", 3))
        True
        """
        return first_line(t) in self.fake_bold

    def same_box(self, prev: Text, cur: Text) -> bool:
        """True when ``cur`` continues the text box of ``prev``: no blank raw line and no page break between them.

        >>> lay = Layout((LineLayout(1),) * 4 + (LineLayout(2),), (4,))
        >>> lay.same_box(Text.from_raw("a", 2), Text.from_raw("b", 3)), lay.same_box(Text.from_raw("a", 3), Text.from_raw("b", 5))
        (True, False)
        """
        a, b = last_line(prev), first_line(cur)
        column = self.column(cur)
        if column != self.column(prev):  # a dump's two columns side by side: each column a box of its own
            return False
        if a is not None and a == b and (end := next((p for p in reversed(prev.origin) if p is not None), None)) is not None \
                and (at := cur.first_pos()) is not None:
            # two parts of one raw line in order (a slide's label and its title, ``Slide 3:`` / ``Results``: the
            # segment stage parts them) stand in one box
            return end[1] < at[1]
        if a is None or b is None or b <= a or self.page_break_before(prev, cur):
            return False
        return not self.blank_between(a, b, column)


_BOLD_NAME = re.compile(r"bold|black|heavy|demi|-medi(?:ital)?$|(?<![a-z])(?:cm|lm|sf|ec)[a-z]*?bx|^cmb\d", re.IGNORECASE)
"""A bold face by its font's name: ``TeXGyreTermes-Bold``, ``Arial,Bold``, ``Helvetica-BoldOblique``, ``Minion-Black``,
``Myriad-Semibold``… (a weight word), URW's abbreviated bold of its Times, ``NimbusRomNo9L-Medi`` and
``NimbusRomNo9L-MediItal`` (elsarticle's headings; a ``…-Medium`` face is no bold by its name), or TeX's Computer
Modern, Latin Modern and EC bold extended faces (``CMBX12``, ``CMBXSL10``, ``SFBX1000``) and ``CMB10``."""


#: Share of a deck's median line size a frame title is set in at least (:attr:`Layout.frame_title_slots`; beamer's
#: headline, its navigation, is set smaller).
FRAME_TITLE_BODY = 0.95
#: Pages a frame-title place recurs on at least (:attr:`Layout.frame_title_slots`).
FRAME_TITLE_PAGES = 3


def _slot_key(lay: LineLayout) -> tuple[str, float, int]:
    """``(font without its subset tag, size to a tenth, top to a point)`` of a PDF line."""
    return ((lay.font or "").split("+", 1)[-1], round(lay.size or 0.0, 1), round(lay.y1 or 0.0))


def bold_font(name: str | None) -> bool:
    """The font's name says it is a bold face (:data:`_BOLD_NAME`), its subset tag (``KSNIYS+``) aside.

    >>> [bold_font(n) for n in ["KSNIYS+TeXGyreTermes-Bold", "CMDHNG+CMBXSL10", "Arial,Bold", "CMB10", "Myriad-Semibold"]]
    [True, True, True, True, True]
    >>> [bold_font(n) for n in ["EGFPFT+NimbusRomNo9L-Medi", "NimbusRomNo9L-MediItal", "HaranoAjiGothic-Medium"]]
    [True, True, False]
    >>> [bold_font(n) for n in ["NNCJBY+TeXGyreTermes-Regular", "CMDFPG+CMR10", "Helvetica", "HeiseiMin-W3", None]]
    [False, False, False, False, False]
    """
    return name is not None and _BOLD_NAME.search(name.split("+", 1)[-1]) is not None


def boxes(lines: list[Text], layout: Layout) -> list[int]:
    """Box index of each line (consecutive lines of one box share an index).

    >>> boxes([Text.from_raw("a", line=1), Text.from_raw("b", line=2), Text.from_raw("c", line=4)], Layout((), (3,)))
    [0, 0, 1]
    """
    ids: list[int] = []
    for i, t in enumerate(lines):
        if i and layout.same_box(lines[i - 1], t):
            ids.append(ids[-1])
        else:
            ids.append(ids[-1] + 1 if ids else 0)
    return ids
