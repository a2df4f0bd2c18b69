"""Each raw line's layout: extract's facts for a PDF, derived once from the raw lines for a text dump.

A PDF's lines come with their page, position and size from pdfminer
(``Extracted.layout``). A text dump has only its characters, so its layout is
derived here and nowhere else:

* **page**: a form feed (``\\f``, what pdfminer writes between pages) starts
  a new page at the line it stands in, where it stands before the line's text
  (pdfminer's ``\\f`` at a line's start). One after the line's text has begun
  (``― 1 ―\\f第2章 はじめに``, ``12\\f2. Results``: a dump whose pages were joined
  without a line break, or ``…body text.\\f``) parts the line: what stands before
  it ends a page, what follows starts the next (``LineLayout.breaks``, its raw
  column; the line's ``page`` is where it starts). Such a footer had stayed text
  and the next page's heading had been lost in it (issue 16, helper seg50).
  A PDF whose layout is not filled in
  gives its pages by ``Extracted.page_starts``. A dump without any form feed
  may still show its page breaks the way pdfminer's text dumps do when the
  form feed was turned into a space: a non-blank line that begins with
  one space (one character stood for the form feed; a wider indent or a tab
  is the author's: a reference's hanging indent, code). That reading is taken only while such lines are rare
  (at most :data:`MAX_PAGE_START_SHARE` of the non-blank lines): where many
  lines are indented, the indent is the author's (paragraph starts, code),
  not the page's. An ideographic space (``　``) is always a paragraph indent.
* **indent**: the leading white space, in characters;
* **width**: the display width of the text in columns (UAX #11).

The clean stage copies these facts into ``Cleaned.layout``; the segment
stage reads them and guesses none of them again.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from pipeline.chardata import display_width
from pipeline.model import DumpColumns, Extracted, LineLayout

MAX_PAGE_START_SHARE = 0.1
"""Share of non-blank lines that may begin with ASCII white space for the white space to mean page starts."""


def _ascii_indented(line: str) -> bool:
    return line[:1] in (" ", "\t") and bool(line.strip())


def _form_feed_space(line: str) -> bool:
    """The line begins with one space, a form feed's stand-in, before its text."""
    return line[:1] == " " and line[1:2] not in (" ", "\t", "") and bool(line.strip())


def _text_start(line: str) -> int:
    """Index of the line's first character that is no layout white space (an ideographic space is text: a
    paragraph's indent), ``len(line)`` when there is none."""
    return next((k for k, c in enumerate(line) if not c.isspace() or c == "\u3000"), len(line))


def derived_layout(lines: tuple[str, ...] | list[str], page_starts: tuple[int, ...] = (1,),
                   source: tuple[str, ...] | list[str] | None = None) -> tuple[LineLayout, ...]:
    """Page, indent and width of each line of a text dump (or of a PDF extracted without layout), and the raw columns of
    the form feeds that part a line (``breaks``; ``source``: the lines as the raw file spells them, whose columns raw
    positions count, when they differ from ``lines``: a dump's ``(cid:N)``).

    >>> [(l.page, l.indent) for l in derived_layout(["a", "b", "\\fc", "d"])]
    [(1, 0), (1, 0), (2, 0), (2, 0)]
    >>> [l.page for l in derived_layout(["a"] * 20 + [" b", "c"])]
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]
    >>> [l.page for l in derived_layout(["　a", "b", "　c"])], [l.page for l in derived_layout(["a", "b"], (1, 2))]
    ([1, 1, 1], [1, 2])
    >>> [l.page for l in derived_layout(["a"] * 20 + ["    b", "c"])]  # a hanging indent: no page of its own
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    >>> [(l.page, l.breaks, l.width) for l in derived_layout(["a", "- 1 -\\fb c", "d"])]
    [(1, (), 1), (1, (5,), 5), (2, (), 1)]
    """
    feeds = any("\f" in line for line in lines)
    nonblank = [line for line in lines if line.strip()]
    spaced = (
        not feeds
        and len(page_starts) <= 1
        and sum(_ascii_indented(line) for line in nonblank) <= MAX_PAGE_START_SHARE * len(nonblank)
    )
    starts = set(page_starts)
    out: list[LineLayout] = []
    page = 1
    seen_text = False
    for number, line in enumerate(lines, start=1):
        begin = _text_start(line)
        lead = line.count("\f", 0, begin)
        if number in starts and number > 1:
            page += 1
        elif lead and (seen_text or line.index("\f") > 0):
            page += lead
        elif spaced and _form_feed_space(line) and seen_text:
            page += 1
        parting = line.count("\f", begin)
        breaks: tuple[int, ...] = ()
        first = line
        if parting:
            spelled = source[number - 1] if source is not None else line
            cols = [k for k, c in enumerate(spelled) if c == "\f"]
            breaks = tuple(cols[len(cols) - parting:])
            first = line[:line.index("\f", begin)]
        text = first.replace("\f", "")
        stripped = text.strip()
        seen_text = seen_text or bool(line.replace("\f", "").strip())
        out.append(LineLayout(page=page, indent=len(text) - len(text.lstrip()), width=display_width(stripped),
                              breaks=breaks))
        page += len(breaks)
    return tuple(out)


def line_layouts(doc: Extracted) -> tuple[LineLayout, ...]:
    """One :class:`LineLayout` per raw line: extract's own when it has them, else :func:`derived_layout`."""
    if doc.layout and len(doc.layout) == len(doc.lines):
        return doc.layout
    source = doc.source_lines() if doc.markers or doc.columns else None
    layouts = derived_layout(doc.lines, doc.page_starts, source if doc.markers else None)
    return with_columns(layouts, doc.columns, source) if doc.columns else layouts


def with_columns(layouts: tuple[LineLayout, ...], columns: tuple[DumpColumns, ...],
                 source: list[str]) -> tuple[LineLayout, ...]:
    """``layouts`` with each line of a dump's blocks of two columns side by side (``Extracted.columns``) given its cut
    (the raw column its right column starts at) and the columns it holds no text in (``LineLayout.empty_columns``).

    >>> lay = with_columns((LineLayout(),) * 3, (DumpColumns(2, 3, (4, 6), (6, 6)),), ["x", "ab    cd", "      ef"])
    >>> [(l.cut, l.empty_columns) for l in lay]
    [(None, ()), (6, ()), (6, (0,))]
    """
    out = list(layouts)
    for block in columns:
        numbers = range(block.first, block.last + 1)
        cuts = _at_right_edge([source[n - 1] for n in numbers], block.cuts)
        for number, cut in zip(numbers, cuts):
            line = source[number - 1]
            empty = tuple(k for k, part in enumerate((line[:cut], line[cut:])) if not part.strip(" \f"))
            out[number - 1] = dataclasses.replace(out[number - 1], cut=cut, empty_columns=empty)
    return tuple(out)


def _at_right_edge(lines: list[str], cuts: tuple[int, ...]) -> list[int]:
    """Each line's cut moved over the white after it to the right column's own edge, so that a right part's indent
    (segment's ``Layout.indent``: its start less the cut) counts from where that column's lines start, not from the
    gutter's end. The edge is where most of the block's right parts start (the mode of their white runs after the
    cut, the smaller on a tie); a part starting short of it starts flush (a dump hand-aligned by display width is
    a cell off where the left part holds half-width digits: fresh-user trial 60b's two-column newsletter, whose
    every right-column line had read as indented, a paragraph of its own). Only spaces are passed over: an
    ideographic space is text, a paragraph's indent. The cut stays inside the white, so no character changes
    column.

    >>> _at_right_edge(["ab   cd", "ef   gh", "ij  kl", "mn     op", "qr   "], (3, 3, 3, 3, 5))
    [5, 5, 4, 5, 5]
    """
    runs = [len(line[cut:]) - len(line[cut:].lstrip(" ")) if line[cut:].strip(" \f") else None
            for line, cut in zip(lines, cuts)]
    counted = Counter(r for r in runs if r is not None)
    if not counted:
        return list(cuts)
    edge = min(counted, key=lambda r: (-counted[r], r))
    return [cut if run is None else cut + min(run, edge) for cut, run in zip(cuts, runs)]


def blank_lines(doc: Extracted) -> tuple[int, ...]:
    """Raw lines (1-based) that hold only white space: where a text box ends.

    >>> blank_lines(Extracted(source=None, lines=("a", " ", "", "b")))
    (2, 3)
    """
    return tuple(n for n, line in enumerate(doc.lines, start=1) if not line.strip())


__all__ = ["blank_lines", "derived_layout", "line_layouts", "with_columns"]
