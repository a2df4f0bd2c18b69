"""A program listing is one block: its lines kept as lines, each with its leading indentation.

The paragraph rule never joins a code line (:func:`pipeline.segment.linekinds.code_lines`) to its neighbours, so a
listing's lines stand as paragraphs of one line each. A run of :data:`MIN_LINES` such paragraphs or more in a row (a
listing's bare line numbers between two of its code lines counted in, ``159`` set apart from its code by the
extraction) is marked as one listing (``Section.listings``, ``Talk.front_listings``: ``(first paragraph, lines)``),
as a table's rows are (:mod:`pipeline.segment.tables`); the segment record keeps each line a paragraph, so restore
reads them as before, and the talk JSON writes the run as one paragraph of ``kind: "code"`` (docs/talk-json.md).

**Indentation** is layout, so it is read from the layout's facts and written before the line as spaces that no raw
character stands behind (clean strips a line's leading white space; a TeX ``verbatim`` draws none at all):

* in a PDF, from where the line starts: its left edge's distance from the listing's leftmost line on the same page
  (a book's odd and even pages have their own margins), in the listing's character width (a monospaced line's width
  over its characters, the median of the listing's lines: 6 pt for 10 pt Courier, 5.25 pt for CMTT10), plus the
  white space the PDF drew as glyphs before the text (the columns clean stripped: the line's first raw column);
* in a text dump, from its leading white space (``LineLayout.indent``), less the listing's least.

A line whose indentation comes out over :data:`MAX_INDENT` columns is written with none: that far it is no indent but
a line read from another column or a margin. Why (issue 16, session 54): trial 53b's manual printed a YAML file whose
nested key ``  skip_header: true`` came out flush left and each of its lines a paragraph, so a reader reusing the JSON
could neither tell the listing from prose nor copy it back (the regression corpus's TeX manuals: okumacro, ascmac,
CQUThesis, uplatex). What it does NOT do: a listing's line that the typesetter wrapped stays two lines; a line
number and its code read apart by the extraction (``159`` … then ``\\else``) keep the order the extraction gave;
tabs in a dump count one column each, as ``LineLayout.indent`` counts them.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from typing import Sequence

from pipeline.model import Section, Text
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.linekinds import prompted

MIN_LINES = 2
"""A listing has two lines at least (``code_lines`` asks a line beside a monospaced one for the same reason)."""
MAX_INDENT = 40
"""Columns beyond which a line's offset is no indentation (half a listing's usual 80-column width)."""

_LINE_NUMBER = re.compile(r"^\d{1,4}$")
_NUMBER_LED = re.compile(r"^\s*\d{1,4}(?:\s|$)")
"""A listing's line that opens on its line number (or is one alone)."""


def listing_runs(paragraphs: Sequence[Text], code: frozenset[int]) -> tuple[tuple[int, int], ...]:
    """``(first, lines)`` of each listing among ``paragraphs``: a run of :data:`MIN_LINES` paragraphs or more, each one
    raw line that is a code line (its raw line number in ``code``), bare line numbers between two of them counted in;
    or one such line alone that is a console's command (:func:`~pipeline.segment.linekinds.prompted`: a paper's
    ``> ar6.model <- dy ~ dy1`` between two sentences, issue 16 point 2).

    >>> mk = lambda *ss: [Text.from_raw(s, line=i) for i, s in enumerate(ss, start=1)]
    >>> listing_runs(mk("Prose.", "\\\\a", "\\\\b", "Prose."), frozenset({2, 3}))
    ((1, 2),)
    >>> listing_runs(mk("\\\\a", "12", "13", "\\\\b", "14"), frozenset({1, 4})), listing_runs(mk("\\\\a", "x"), frozenset({1}))
    (((0, 4),), ())
    >>> listing_runs(mk("given by", "R> fm <- lm(y ~ x)", "where"), frozenset({2}))
    ((1, 1),)
    """
    def coded(t: Text) -> bool:
        line = first_line(t)
        return line is not None and line == last_line(t) and line in code

    out: list[tuple[int, int]] = []
    i, n = 0, len(paragraphs)
    while i < n:
        if not coded(paragraphs[i]):
            i += 1
            continue
        end = i + 1  # one past the run's last code line
        j = i + 1
        while j < n:
            if coded(paragraphs[j]):
                end = j = j + 1
            elif _LINE_NUMBER.match(paragraphs[j].text.strip()):
                j += 1
            else:
                break
        if (end - i >= MIN_LINES and sum(coded(p) for p in paragraphs[i:end]) >= MIN_LINES) \
                or (end - i == 1 and prompted(paragraphs[i].text)):
            out.append((i, end - i))
        i = max(end, i + 1)
    return tuple(out)


def _columns(lines: Sequence[Text], layout: Layout) -> list[float | None]:
    """Each line's start in columns from a common left edge (per page in a PDF), None where unknown: a line that
    opens on its line number (``11 \\newif…``, a bare ``14``) is set from the number's gutter, not the code's
    column, so it is measured neither itself nor as the edge (ascmac's unnumbered ``\\PackageInfo`` line read apart
    from its number had come out six columns in); a PDF's lines centred on one axis are a table's cells, no
    indentation (ascmac's ``\\yen`` one column in beside ``\\return``)."""
    facts = [layout.at(first_line(t)) for t in lines]
    numbered = [_NUMBER_LED.match(t.text) is not None for t in lines]
    if all(f.x0 is not None and f.x1 is not None and not f.vertical for f in facts):
        leads = [t.first_pos()[1] if t.first_pos() is not None else 0 for t in lines]
        widths = [(f.x1 - f.x0) / (f.width + lead) for f, lead in zip(facts, leads) if f.width + lead > 0]
        if not widths:
            return [None] * len(lines)
        char = statistics.median(widths)
        if char <= 0:
            return [None] * len(lines)
        measured = [f for f, n in zip(facts, numbered) if not n]
        centres = [(f.x0 + f.x1) / 2 for f in measured]
        if len(measured) >= 2 and max(f.x0 for f in measured) - min(f.x0 for f in measured) >= char \
                and max(centres) - min(centres) < char:
            return [None] * len(lines)
        left: dict[int, float] = {}
        for f in measured:
            left[f.page] = min(left.get(f.page, f.x0), f.x0)
        return [(f.x0 - left[f.page]) / char + lead if not n and f.page in left else None
                for f, lead, n in zip(facts, leads, numbered)]
    if all(f.x0 is None for f in facts):
        return [float(f.indent) if not n else None for f, n in zip(facts, numbered)]
    return [None] * len(lines)


def indented(lines: Sequence[Text], layout: Layout) -> list[Text]:
    """The listing's lines, each with its indentation (:func:`_columns` less the least) written before it as spaces
    no raw character stands behind; none over :data:`MAX_INDENT` columns."""
    columns = _columns(lines, layout)
    known = [c for c in columns if c is not None]
    if not known:
        return list(lines)
    least = min(known)
    out = []
    for t, c in zip(lines, columns):
        spaces = round(c - least) if c is not None else 0
        out.append(Text.inserted(" " * spaces) + t if 0 < spaces <= MAX_INDENT else t)
    return out


def with_listings(paragraphs: Sequence[Text], code: frozenset[int],
                  layout: Layout) -> tuple[tuple[Text, ...], tuple[tuple[int, int], ...]]:
    """``paragraphs`` with each listing's lines indented (:func:`indented`), and the listings (:func:`listing_runs`)."""
    runs = listing_runs(paragraphs, code)
    if not runs:
        return tuple(paragraphs), ()
    out = list(paragraphs)
    for first, n in runs:
        out[first:first + n] = indented(out[first:first + n], layout)
    return tuple(out), runs


def section_with_listings(section: Section, code: frozenset[int], layout: Layout) -> Section:
    """The section with its listings marked and indented (:func:`with_listings`)."""
    paragraphs, runs = with_listings(section.paragraphs, code, layout)
    return section if not runs else replace(section, paragraphs=paragraphs, listings=runs)
