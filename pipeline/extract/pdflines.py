"""pdfminer's lines → raw lines, with their layout, lost-glyph markers and set-aside glyphs.

Every glyph pdfminer drew reaches a raw line, so a person can find it in
``output/extract``; what extraction sets aside stays in the raw lines and is
listed in the ledger (``Extracted.ledger``) with its position, and the clean
stage removes exactly those spans before its rules run:

* an overprinted copy (:mod:`pipeline.extract.overprint`) goes to a *copy
  line* right after the line of its original, in the original's order; a
  line drawn twice thus reads twice, the second time listed as ``overprint``;
* a ruby run (:mod:`pipeline.extract.ruby`) is written right after the last
  glyph of the base run it reads (``道後温泉どうごおんせんは``), listed as
  ``ruby``, so the base run is the text just before it;
* each raw line's :class:`~pipeline.model.LineLayout` (page, indent in ems
  from its box's start edge, or for a box of one line from its run's
  (:func:`~pipeline.extract.reading_order.start_edges`), box, median glyph size, main font, vertical, and
  the display width of the text that flows on);
* a glyph pdfminer could not map (``(cid:N)``, NUL or another control
  character) becomes one :data:`~pipeline.model.GAP` with a
  :class:`~pipeline.model.Marker` naming its glyph id and font.

Text boxes are separated by a blank line, as in pdfminer's own text output.
A raw line is one pdfminer line, the pieces of one printed horizontal line
(:mod:`~pipeline.extract.linepieces`), or the pieces of a vertical column pdfminer
broke apart (:func:`~pipeline.extract.reading_order.rejoin_columns`).
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from pdfminer.layout import LTAnno, LTChar, LTTextBox, LTTextLine, LTTextLineVertical

from pipeline.chardata import JA, JA_LETTER_RE, display_width, script_of
from pipeline.extract.glyphs import InvisibleMarks, glyph_cid, lost_glyph
from pipeline.extract.reading_order import RawBlock
from pipeline.extract.ruby import RubyRun, spread_base_gap
from pipeline.extract.superscripts import as_superscript, superscript_glyphs
from pipeline.model import GAP, LedgerRow, LineLayout, Marker
from pipeline.vocab import Action, Reason, Rule

MIN_PAGE_COLUMNS = 3
"""Columns of vertical writing a page holds at least for a lone glyph among them to be read as a column too."""

OVERPRINT_RULE = Rule.SET_ASIDE_OVERPRINT
RUBY_RULE = Rule.SET_ASIDE_RUBY
SPREAD_RULE = Rule.CLOSE_UP_RUBY_BASE


def _without_doubled_spaces(children: list) -> list:
    """The line's items without pdfminer's inserted word spaces (``LTAnno``) that stand beside a space glyph.

    pdfminer inserts a space wherever the gap between two glyphs is wider than
    ``word_margin``; in justified text the gap after a drawn space glyph is
    such a gap, so ``stop.  We  measure`` would read with two spaces for one.
    The inserted space is no glyph of the page, so nothing is lost.
    """
    def blank_glyph(item) -> bool:  # noqa: ANN001
        return isinstance(item, LTChar) and item.get_text().isspace()

    return [c for k, c in enumerate(children)
            if not (isinstance(c, LTAnno) and c.get_text() == " "
                    and ((k and blank_glyph(children[k - 1])) or (k + 1 < len(children) and blank_glyph(children[k + 1]))))]


MARK_OVER_GAP = 0.25
"""Ems of white (of the mark's size), at most, between a letter's end and a combining mark's origin for the mark to
stand over that letter: a word space is a third of an em (a justified line's shrinks to about 0.2 of it), a font's
mark attachment sets the mark's origin a little right of a narrow letter's end (XeTeX with CharisSIL: ``j`` then
U+0302 1.4 pt on, at 10 pt)."""


def _combining_mark(item) -> bool:  # noqa: ANN001
    """``item`` is a glyph of one combining mark (Unicode category Mn: U+0302, U+0301, U+309A …)."""
    text = item.get_text() if isinstance(item, LTChar) else ""
    return len(text) == 1 and unicodedata.category(text) == "Mn"


KANA_VOICING = "\u3099\u309a"
"""The combining voiced and semi-voiced sound marks, which a kana takes (``か`` U+309A)."""


def _mark_base(base: str, mark: str) -> bool:
    """``base`` is a letter ``mark`` may stand over: a letter of an alphabet (Latin, Greek, Cyrillic …) for a
    diacritic, a kana for a voicing mark. A kanji or a kana before another mark is none: a Japanese PDF draws a dash
    as U+0336 (COMBINING LONG STROKE OVERLAY) after a clause, a space before it (Debian's developers-reference.ja,
    ``…方法があります ̶ debian/changelog に``), and that space stays."""
    if len(base) != 1 or not unicodedata.category(base).startswith("L"):
        return False
    if mark in KANA_VOICING:
        return "\u3041" <= base <= "\u30ff"
    return script_of(base) != JA and not ("\u3040" <= base <= "\u9fff")


def _without_spaces_before_marks(children: list) -> list:
    """The line's items without pdfminer's inserted word spaces (``LTAnno``) between a glyph and a combining mark
    drawn over it.

    A font that sets a combining mark as a glyph of its own (XeTeX's ``j\\symbol{"0302}``: ``j`` then U+0302, zero
    width) draws it after its base with its ink reaching back over it; pdfminer measures the white from the
    base's end to the mark's zero-width box against a tenth of the mark's height and inserts a space
    (``j ̂`` for ``ĵ``), so the mark would stand on the space. A space stays where the white before the mark is
    :data:`MARK_OVER_GAP` ems or more (a mark typed after a word space stands alone). The inserted space is no
    glyph of the page, so nothing is lost; clean composes the pair (``compose_spacing_accents``).
    """
    out = []
    for k, c in enumerate(children):
        if isinstance(c, LTAnno) and c.get_text() == " " and 0 < k < len(children) - 1 and _combining_mark(children[k + 1]) \
                and isinstance(children[k - 1], LTChar) and _mark_base(children[k - 1].get_text(), children[k + 1].get_text()) \
                and children[k + 1].x0 - children[k - 1].x1 < MARK_OVER_GAP * children[k + 1].size:
            continue
        out.append(c)
    return out


def _drawn_space_beside_japanese(children: list, i: int) -> bool:
    """``children[i]`` is a space glyph the PDF draws (an ``LTChar``, not pdfminer's inserted ``LTAnno``) with a
    Japanese letter right before or after it: a space the writer typed there (``Python は``), which
    ``LineLayout.drawn_spaces`` hands on to clean's spacing rule (docs/decisions.md, "Spacing")."""
    if not (isinstance(children[i], LTChar) and children[i].get_text() == " "):
        return False
    near = [children[k].get_text() for k in (i - 1, i + 1) if 0 <= k < len(children)]
    return any(len(t) == 1 and JA_LETTER_RE.match(t) for t in near)


MIN_SPACED_LETTERS = 4
"""Letters a letterspaced run holds at least, each alone between spaces (``C U R R I C U L U M``)."""
WORD_GAP = 1.8
"""A gap in a letterspaced run this many times its letters' median gap or more parts two words."""


def _spaced_letter(text: str) -> bool:
    """A letter of an alphabet (Latin, Greek, Cyrillic), which sets its words apart by spaces: Japanese sets none, and
    pdfminer's spaces between its letters are clean's to remove (a run-in heading's wider gap, ``■オプションの実行``
    ⎵ ``デフォルトの…``, is no word's end)."""
    return len(text) == 1 and text.isalpha() and script_of(text) != JA


def _letterspaced_word_gaps(children: list) -> set[int]:
    """Indexes of pdfminer's inserted spaces (``LTAnno``) that part two words in a letterspaced run of letters.

    A title set letterspaced (classicthesis's ``C U R R I C U L U M   V I T Æ``) reads with one inserted space after
    every letter, so the wider gap between its words was lost: ``C U R R I C U L U M V I T Æ``. In a run of
    :data:`MIN_SPACED_LETTERS` letters or more, each a glyph alone between two inserted spaces, a gap
    :data:`WORD_GAP` times the run's median gap or wider is a word's end; its space is written twice, as a dump
    sets a wider space (the page's white, no glyph: nothing is added to the page's text). Segment reads the run as
    its words (``segment.titleblock.unspaced``). Ordinary words (two letters or more between spaces) are no run, nor
    Japanese letters (:func:`_spaced_letter`).
    """
    out: set[int] = set()
    k, n = 0, len(children)
    while k < n:
        run = []  # indexes of the run's glyphs (its first no word's last letter)
        j = k
        while (k == 0 or not isinstance(children[k - 1], LTChar)) and j < n and isinstance(children[j], LTChar) and _spaced_letter(children[j].get_text()) \
                and (j + 1 == n or not isinstance(children[j + 1], LTChar)):
            run.append(j)
            if j + 2 < n and isinstance(children[j + 1], LTAnno) and children[j + 1].get_text() == " ":
                j += 2
            else:
                break
        if len(run) >= MIN_SPACED_LETTERS:
            gaps = [(children[b].x0 - children[a].x1, a + 1) for a, b in zip(run, run[1:])]
            middle = statistics.median(g for g, _ in gaps)
            if middle > 0:
                out.update(at for g, at in gaps if g >= WORD_GAP * middle)
        k = max(j, k) + 1
    return out


@dataclass(frozen=True)
class LineFacts:
    """What page furniture detection needs to know of one raw text line."""

    number: int
    page: int
    text: str
    bbox: tuple[float, float, float, float]
    size: float
    vertical: bool = False
    """A line of vertical writing (a column pdfminer read as an ``LTTextLineVertical``)."""


def _r(value: float) -> float:
    return round(value, 2)


class PdfLines:
    """Raw lines of a PDF, page after page, and all that goes with them."""

    def __init__(self) -> None:
        self._marks = InvisibleMarks({}, {})
        self.lines: list[str] = []
        self.layouts: list[LineLayout] = []
        self.markers: list[Marker] = []
        self.ledger: list[LedgerRow] = []
        self.facts: list[LineFacts] = []
        self.page_starts: list[int] = []
        self.page_boxes: dict[int, tuple[float, float, float, float]] = {}
        self.glyphs_by_font: Counter[str] = Counter()
        self.lost_by_font: Counter[str] = Counter()
        self.glyphs_by_page: Counter[int] = Counter()
        self.lost_by_page: Counter[int] = Counter()
        self.sizes: Counter[float] = Counter()  # body glyph sizes (0.1 pt), for the body size
        # (line, col, text, reading, cid) of each glyph of the text read through a font's character collection
        # (glyphs.CollectionReading): the ledger's rows for them, :meth:`collection_rows`
        self.collection_reads: list[tuple[int, int, str, object, int]] = []
        self.collection_fonts: Counter[tuple[str, object]] = Counter()  # (font, reading) → glyphs so read

    # ------------------------------------------------------------------
    def write_page(self, page: int, bbox, blocks: Sequence[RawBlock],  # noqa: ANN001
                   copies: dict[int, list[LTChar]], runs: Sequence[RubyRun], marks: InvisibleMarks | None = None) -> None:
        """Append one page's lines: ``blocks`` in reading order, the page's
        overprinted copies (``id(original)`` → copies), ruby runs, and the glyphs that print nothing, each written
        beside its anchor glyph (:func:`~pipeline.extract.glyphs.set_aside_invisible_marks`)."""
        self._marks = marks or InvisibleMarks({}, {})
        self.page_starts.append(len(self.lines) + 1)
        self.page_boxes[page] = tuple(bbox)
        self._page = page
        self._copies = copies
        self._runs = list(runs)
        self._run_of_base: dict[int, list[int]] = {}
        for k, run in enumerate(self._runs):
            for base in run.bases:
                self._run_of_base.setdefault(id(base), []).append(k)
        self._runs_done: set[int] = set()
        self._copies_done: set[int] = set()
        for block in blocks:
            for line in block.lines:
                self._text_line(line, block.box, block.edge)
            if block.box is not None:
                self._blank()
        # What no line took (cannot happen with pdfminer's grouping, which
        # puts every glyph in a line) still reaches a raw line of its own.
        for k, run in enumerate(self._runs):
            if k not in self._runs_done:
                self._orphan_ruby(run)
        left = [c for original, cs in copies.items() if original not in self._copies_done for c in cs]
        if left:
            self._loose_copies(left)
        loose = [m for ms in (*self._marks.before.values(), *self._marks.after.values()) for m in ms]
        if loose:  # (marks whose anchor no line took: cannot happen, as above)
            self._loose_copies(loose, rule=None)
        self._lone_glyph_columns(self.page_starts[-1] - 1)

    def _lone_glyph_columns(self, first: int) -> None:
        """Read a line of one Japanese letter standing among a page's columns of vertical writing (lines ``first``
        on) as a column of its own: vertical, set in by the cells between the columns' head and its glyph.

        pdfminer makes a horizontal line of a lone glyph (it has no direction), so a section's number set down in a
        column of its own (``二`` three cells down between a vertical essay's paragraphs) had measured no indent from
        its own box and run on into the paragraph before it (issue 16, session 85, helper tate85). A glyph outside
        the columns' span (a folio at the foot, a note in the margin) is left as it stands."""
        columns = [lay for lay in self.layouts[first:] if lay.vertical and lay.size and lay.y0 is not None
                   and lay.y1 is not None and lay.x0 is not None and lay.x1 is not None]
        if len(columns) < MIN_PAGE_COLUMNS:
            return
        size = Counter(lay.size for lay in columns).most_common(1)[0][0]
        body = [lay for lay in columns if lay.size == size]
        head, foot = max(lay.y1 for lay in body), min(lay.y0 for lay in body)
        left, right = min(lay.x0 for lay in body), max(lay.x1 for lay in body)
        for n in range(first, len(self.layouts)):
            lay, text = self.layouts[n], self.lines[n].strip()
            if lay.vertical or len(text) != 1 or not JA_LETTER_RE.match(text) or None in (lay.x0, lay.x1, lay.y0, lay.y1):
                continue
            if lay.size != size or not (left <= lay.x0 and lay.x1 <= right and foot - size / 2 <= lay.y0
                                        and lay.y1 <= head + size / 2):
                continue
            self.layouts[n] = replace(lay, vertical=True, indent=max(0, round((head - lay.y1) / size)))

    # ------------------------------------------------------------------
    def _glyph(self, pieces: list[str], glyph: LTChar, line: int, col: int, *, counted: bool = True,
               raised: bool = False) -> int:
        """Write one glyph's text (``raised``: set as a superscript, :mod:`~pipeline.extract.superscripts`), with the
        marks that print nothing anchored to it (:meth:`write_page`) before and after it."""
        for mark in self._marks.before.pop(id(glyph), ()):
            pieces.append(mark.get_text())
            col += 1
        col = self._one_glyph(pieces, glyph, line, col, counted=counted, raised=raised)
        for mark in self._marks.after.pop(id(glyph), ()):
            pieces.append(mark.get_text())
            col += 1
        return col

    def _one_glyph(self, pieces: list[str], glyph: LTChar, line: int, col: int, *, counted: bool, raised: bool) -> int:
        text = glyph.get_text()
        lost = lost_glyph(text)
        if counted and (lost or text.strip()):
            self.glyphs_by_font[glyph.fontname] += 1
            self.glyphs_by_page[self._page] += 1
            if lost:
                self.lost_by_font[glyph.fontname] += 1
                self.lost_by_page[self._page] += 1
        if lost:
            self.markers.append(Marker(line=line, col=col, cid=glyph_cid(glyph), raw=text, font=glyph.fontname,
                                       notdef=bool(getattr(glyph, "notdef", False)),
                                       glyph=getattr(glyph, "glyph_name", None)))
            pieces.append(GAP)
            return col + 1
        if raised:
            text = as_superscript(text)
        pieces.append(text)
        return col + len(text)

    def _append(self, text: str, layout: LineLayout) -> int:
        self.lines.append(text)
        self.layouts.append(layout)
        return len(self.lines)

    def _blank(self) -> None:
        self._append("", LineLayout(page=self._page))

    def _layout(self, glyphs: Sequence[LTChar], bbox, vertical: bool, indent: int, text: str) -> LineLayout:  # noqa: ANN001
        """``text`` is the line as it flows on (without ruby); its display width is the layout's ``width``."""
        inked = [g for g in glyphs if g.get_text().strip()] or list(glyphs)
        size = statistics.median(g.size for g in inked) if inked else None
        fonts = Counter(g.fontname for g in inked)
        x0, y0, x1, y1 = bbox
        return LineLayout(
            page=self._page, indent=indent, width=display_width(text.strip()), x0=_r(x0), y0=_r(y0), x1=_r(x1), y1=_r(y1),
            size=_r(size) if size is not None else None,
            font=fonts.most_common(1)[0][0] if fonts else None, vertical=vertical,
        )

    @staticmethod
    def _indent(box: LTTextBox | None, edge: float | None, glyphs: Sequence[LTChar], vertical: bool) -> int:
        """Where the line's first inked glyph starts, in ems from ``edge`` (its run's start edge,
        :func:`~pipeline.extract.reading_order.start_edges`), else from its box's start edge."""
        if box is None:
            return 0
        first = next((g for g in glyphs if g.get_text().strip()), None)
        if first is None or first.size <= 0:
            return 0
        if edge is None:
            edge = box.y1 if vertical else box.x0
        offset = edge - first.y1 if vertical else first.x0 - edge
        return max(0, round(offset / first.size))

    # ------------------------------------------------------------------
    def _text_line(self, pieces_of_line: list[LTTextLine], box: LTTextBox | None, edge: float | None) -> None:
        children = _without_doubled_spaces(
            [c for line in pieces_of_line for c in line if not (isinstance(c, LTAnno) and c.get_text() == "\n")])
        vertical = isinstance(pieces_of_line[0], LTTextLineVertical)
        if not vertical:
            children = _without_spaces_before_marks(children)
        glyphs = [c for c in children if isinstance(c, LTChar)]
        line_bbox = (min(p.x0 for p in pieces_of_line), min(p.y0 for p in pieces_of_line),
                     max(p.x1 for p in pieces_of_line), max(p.y1 for p in pieces_of_line))
        anchors: dict[int, list[int]] = {}
        last: dict[int, int] = {}
        for i, child in enumerate(children):
            if isinstance(child, LTChar):
                for k in self._run_of_base.get(id(child), ()):
                    if k not in self._runs_done:
                        last[k] = i
        for k, i in sorted(last.items()):
            anchors.setdefault(i, []).append(k)
            self._runs_done.add(k)
        number = len(self.lines) + 1
        rows_before = len(self.ledger)
        raised = set() if vertical else superscript_glyphs(glyphs)
        word_gaps = set() if vertical else _letterspaced_word_gaps(children)
        pieces: list[str] = []
        col = 0
        drawn: list[int] = []
        for i, child in enumerate(children):
            if isinstance(child, LTChar):
                if not vertical and _drawn_space_beside_japanese(children, i):
                    drawn.append(col)
                at = col
                col = self._glyph(pieces, child, number, col, raised=id(child) in raised)
                if getattr(child, "read_through", None) is not None and col > at and pieces[-1] != GAP:
                    self.collection_reads.append((number, at, pieces[-1], child.read_through, glyph_cid(child)))
                    self.collection_fonts[(child.fontname, child.read_through)] += 1
                if child.get_text().strip():
                    self.sizes[round(child.size, 1)] += 1
                for k in anchors.get(i, ()):
                    col = self._ruby(pieces, self._runs[k], number, col)
            else:
                text = child.get_text() * (2 if i in word_gaps else 1)
                if self._spread_base_gap(children, i):
                    # the white the base was spread with under its ruby (``国 会`` under ``こくくわい``): no text
                    self.ledger.append(LedgerRow(rule=SPREAD_RULE, action=Action.DROPPED, line=number, col=col,
                                                 text=text, reason=Reason.SPACING))
                pieces.append(text)
                col += len(text)
        text = "".join(pieces)
        flowing = text
        for row in reversed(self.ledger[rows_before:]):  # this line's ruby (and its copies), right to left
            flowing = flowing[:row.col] + flowing[row.col + len(row.text):]
        indent = self._indent(box, edge, glyphs, vertical)
        layout = self._layout(glyphs, line_bbox, vertical, indent, flowing)
        if drawn:
            layout = replace(layout, drawn_spaces=tuple(drawn))
        if not vertical and (lead := _lead_word(children)) is not None:
            layout = replace(layout, lead=lead)
        self._append(text, layout)
        if text.strip() and layout.size is not None:
            self.facts.append(LineFacts(number, self._page, text, line_bbox, layout.size, vertical))
        self._copy_lines(children, vertical, indent)

    def _spread_base_gap(self, children: list, i: int) -> bool:
        """``children[i]`` is pdfminer's inserted space (``LTAnno``) between two Japanese glyphs of one ruby run's base
        (:func:`~pipeline.extract.ruby.spread_base_gap`): white the base was spread with to fit its ruby, no word
        space (JIS X 4051; pxrubrica's ``国 会`` under ``こくくわい``)."""
        if not (0 < i < len(children) - 1 and isinstance(children[i], LTAnno) and children[i].get_text() == " "):
            return False
        before, after = children[i - 1], children[i + 1]
        if not (isinstance(before, LTChar) and isinstance(after, LTChar)):
            return False
        shared = set(self._run_of_base.get(id(before), ())) & set(self._run_of_base.get(id(after), ()))
        return any(spread_base_gap(self._runs[k], before, after) for k in sorted(shared))

    def _ruby(self, pieces: list[str], run: RubyRun, line: int, col: int) -> int:
        order = sorted(run.glyphs, key=(lambda g: -g.y1) if run.vertical else (lambda g: g.x0))
        start = col
        mine: list[str] = []
        for glyph in order:
            col = self._glyph(mine, glyph, line, col)
        pieces.extend(mine)
        self.ledger.append(LedgerRow(rule=RUBY_RULE, action=Action.DROPPED, line=line, col=start, text="".join(mine), reason=Reason.RUBY))
        doubled = [c for g in order for c in self._copies.get(id(g), ())]
        for g in order:
            self._copies_done.add(id(g))
        if doubled:
            start = col
            mine = []
            for glyph in doubled:
                col = self._glyph(mine, glyph, line, col, counted=False)
            pieces.extend(mine)
            self.ledger.append(LedgerRow(rule=OVERPRINT_RULE, action=Action.DROPPED, line=line, col=start, text="".join(mine), reason=Reason.OVERPRINT))
        return col

    def _copy_lines(self, children: list, vertical: bool, indent: int) -> None:
        """One copy line per layer of overprinted copies of this line's glyphs."""
        layer = 0
        while True:
            def copy_of(child) -> LTChar | None:  # noqa: ANN001
                if isinstance(child, LTChar):
                    found = self._copies.get(id(child), ())
                    return found[layer] if len(found) > layer else None
                return None

            if not any(copy_of(c) is not None for c in children):
                return
            number = len(self.lines) + 1
            pieces: list[str] = []
            drawn: list[LTChar] = []
            col = 0
            for i, child in enumerate(children):
                copy = copy_of(child)
                if copy is not None:
                    self._copies_done.add(id(child))
                    col = self._glyph(pieces, copy, number, col, counted=False)
                    drawn.append(copy)
                elif isinstance(child, LTAnno) and 0 < i < len(children) - 1 \
                        and copy_of(children[i - 1]) is not None and copy_of(children[i + 1]) is not None:
                    pieces.append(child.get_text())
                    col += len(child.get_text())
            text = "".join(pieces)
            bbox = (min(g.x0 for g in drawn), min(g.y0 for g in drawn), max(g.x1 for g in drawn), max(g.y1 for g in drawn))
            self._append(text, self._layout(drawn, bbox, vertical, indent, text))
            self._drop_line(number, text, OVERPRINT_RULE, Reason.OVERPRINT)
            layer += 1

    def _drop_line(self, number: int, text: str, rule: Rule, reason: Reason) -> None:
        stripped = text.strip()
        if stripped:
            col = len(text) - len(text.lstrip())
            self.ledger.append(LedgerRow(rule=rule, action=Action.DROPPED, line=number, col=col, text=stripped, reason=reason))

    def _orphan_ruby(self, run: RubyRun) -> None:
        number = len(self.lines) + 1
        pieces: list[str] = []
        self._ruby(pieces, run, number, 0)
        g = run.glyphs
        bbox = (min(x.x0 for x in g), min(x.y0 for x in g), max(x.x1 for x in g), max(x.y1 for x in g))
        self._append("".join(pieces), self._layout(g, bbox, run.vertical, 0, "".join(pieces)))

    def _loose_copies(self, copies: list[LTChar], rule: Rule | None = OVERPRINT_RULE) -> None:
        number = len(self.lines) + 1
        pieces: list[str] = []
        col = 0
        for glyph in copies:
            col = self._glyph(pieces, glyph, number, col, counted=False)
        bbox = (min(x.x0 for x in copies), min(x.y0 for x in copies), max(x.x1 for x in copies), max(x.y1 for x in copies))
        text = "".join(pieces)
        self._append(text, self._layout(copies, bbox, False, 0, text))
        if rule is not None:
            self._drop_line(number, text, rule, Reason.OVERPRINT)

    def collection_rows(self) -> list[LedgerRow]:
        """A ledger row (``changed``, rule ``read_cid_font_by_encoding``, reason ``cid-collection``) for each run of
        a line's glyphs read through the CID→Unicode map of the character collection their font's encoding names,
        where the font's own ``CIDSystemInfo`` could not be read (:class:`~pipeline.extract.glyphs.FontFallbackManager`):
        the reading is no character the file maps, so it is never silent. The row's text and replacement are the
        characters so read (the file holds glyph ids, not characters) and its ``cids`` the glyph ids drawn, one per
        glyph in order (what the file holds: field case 17's rows had named only the reading, helper field77);
        extract's notes name the font, its encoding and the collection (:func:`~pipeline.extract.pdfnotes.collection_note`)."""
        rows: list[LedgerRow] = []
        run: list = []  # [line, col, text, reading, cids]
        for line, col, text, reading, cid in [*self.collection_reads, (0, 0, "", None, -1)]:
            if run and (line, col, reading) == (run[0], run[1] + len(run[2]), run[3]):
                run[2] += text
                run[4].append(cid)
                continue
            if run:
                rows.append(LedgerRow(rule=Rule.READ_CID_FONT_BY_ENCODING, action=Action.CHANGED, line=run[0],
                                      col=run[1], text=run[2], reason=Reason.CID_COLLECTION, replacement=run[2],
                                      cids=tuple(run[4])))
            run = [line, col, text, reading, [cid]]
        return rows

    # ------------------------------------------------------------------
    def mark_notes(self, rules_by_page: dict[int, list[tuple[float, float, float, float]]]) -> None:
        """Mark the lines of each page's footnote block as notes: under a rule
        (:func:`~pipeline.extract.footnotes.footnote_lines`), else opening on a note mark
        (:func:`~pipeline.extract.footnotes.marked_notes`)."""
        from pipeline.extract.footnotes import footnote_lines, marked_notes

        body = self.body_size()
        by_page: dict[int, list[LineFacts]] = {}
        for facts in self.facts:
            by_page.setdefault(facts.page, []).append(facts)
        for page, facts in by_page.items():
            rules = rules_by_page.get(page)
            notes = footnote_lines(facts, rules, self.page_boxes[page], body) if rules else []
            for number in notes or marked_notes(facts, self.page_boxes[page], body):
                self.layouts[number - 1] = replace(self.layouts[number - 1], note=True)

    def body_size(self) -> float | None:
        """The most common glyph size of the document's body text, in points."""
        if not self.sizes:
            return None
        return max(self.sizes.items(), key=lambda kv: (kv[1], -kv[0]))[0]


LEAD_WORD_GAP = 0.5
"""Ems of white between two glyphs, at least, that end a line's first word though no space stands in it (its own
name: a second ``WORD_GAP`` here had rebound the letterspacing's 1.8, and every letterspaced gap read as a word's)."""


def _lead_word(children: Sequence) -> float | None:
    """The width in points of a horizontal line's first word (``LineLayout.lead``): from its first inked glyph's
    left to the right of the last glyph before the next space (a space glyph or pdfminer's inserted one, which has no
    box, or :data:`LEAD_WORD_GAP` ems of white); ``None`` for a line without ink.

    >>> from types import SimpleNamespace
    >>> def g(t, x0, x1=None):
    ...     return SimpleNamespace(get_text=lambda: t, x0=x0, x1=x0 + 5 if x1 is None else x1, size=10)
    >>> _lead_word([g("T", 50), g("h", 55.2), g("e", 60.1, 64.9), g(" ", 64.9), g("s", 67.7)])
    14.9
    >>> _lead_word([SimpleNamespace(get_text=lambda: " ")]) is None
    True
    >>> _lead_word([g("A", 50), g("B", 80)])  # two pieces, white between: no word's
    5
    """
    start = end = None
    for child in children:
        if not child.get_text().strip():
            if start is not None:
                break
            continue
        if getattr(child, "x0", None) is None:
            continue
        if end is not None and child.x0 - end > LEAD_WORD_GAP * (getattr(child, "size", 0) or 0):
            break  # white with no space read into it: the next piece of the line (a table's cell across a gutter)
        start = child.x0 if start is None else start
        end = child.x1
    return None if start is None else _r(end - start)
