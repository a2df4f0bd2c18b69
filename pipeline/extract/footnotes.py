"""Footnotes: the block of smaller lines under a short rule at the foot of a page.

A footnote block is separated from the body by a short horizontal rule
(LaTeX's ``\\footnoterule`` is 0.4 of the text width, Word's about a third of
the column) and set smaller than the body. Its lines are the author's text,
so they stay text; what changes is that they are known as notes
(``LineLayout.note``), so that segment reads them after the body instead
of as its last paragraph or, on a page that breaks a paragraph, in the
middle of it (docs/decisions.md, "Footnotes").

On a page, a rule is a footnote rule when it is short (at most
:data:`RULE_SHARE` of the page width) and stands in the page's lower half;
its notes are the lines under it that start at its left end (within
:data:`START_EMS` body sizes), are set smaller than the body (at most
:data:`NOTE_SIZE` of it), and begin within :data:`FIRST_GAP` body sizes
below it, each next one within that of the one before; no line of body size
may stand below them in their column (a small table under a rule goes on
into the text below it; the page's foot is not in the column).

A rule right under a table's row (its cells parted by TAB) closes the table (:func:`_closes_table`): the smaller
lines under it that open on a table note's label are the table's notes (``Note: …``, ``注：…``), which stay with the
table.

A rule is a stroked line, a thin filled rectangle or an image drawn as one (``glyphs.ImageRule``: Ghostscript writes
dvips' ``\\footnoterule`` as a 1×1 image mask stretched into a bar). An image is a rule by its shape only, as a
table's rules are when drawn so (the APS sample's tables in a column narrower than half the page): under an image, the
first note must open on a note's mark (:data:`NOTE_MARKS`), as it must where no rule stands.

A page without a rule may still end on notes (:func:`marked_notes`): a
block of smaller lines in the page's lower half, the first opening on a
footnote mark (``*``, ``†``, ``‡``, ``§``, ``¶``, a superscript digit:
``* Corresponding author: …``), white space of at least
:data:`MARKED_GAP` body sizes above it and no line of body size below it
but the page's number (a line that is a page number alone, ``3``, ``- 3 -``,
``p. 3``, of any size, under the notes: LaTeX sets the folio at the body's
size under the notes).
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.extract.glyphs import ImageRule
from pipeline.extract.pdflines import LineFacts
from pipeline.notemarks import NOTE_SYMBOLS, SUPERSCRIPT_DIGITS
from pipeline.pagenumbers import page_number

#: Share of the page width a footnote rule is long at most (a table's or a header's rule is wider).
RULE_SHARE = 0.5
#: Share of the body size a footnote's glyphs are at most.
NOTE_SIZE = 0.95
#: Body sizes a note's start may stand from the rule's left end (a mark set out into the margin, an indent).
START_EMS = 3.0
#: Body sizes between the rule and the first note's top, or between two notes, at most.
FIRST_GAP = 3.0

#: Body sizes of white space between the body and a block of notes no rule sets apart, at least.
MARKED_GAP = 1.5
#: The marks a note opens with where no rule stands above it (a digit alone could open a list item or a page number).
NOTE_MARKS = NOTE_SYMBOLS + SUPERSCRIPT_DIGITS

Box = tuple[float, float, float, float]


def footnote_lines(lines: Sequence[LineFacts], rules: Sequence[Box], page_box: Box, body_size: float | None) -> list[int]:
    """The numbers of the lines of one page (``lines``, any order) that are footnotes (module docstring).

    >>> f = lambda n, x0, y, size, text="x": LineFacts(n, 1, text, (x0, y, x0 + 200, y + size), size)
    >>> body = [f(k, 72, 700 - 12 * k, 10) for k in range(1, 6)]
    >>> notes = [f(6, 72, 80, 8, "¹ A note."), f(7, 72, 70, 8, "² Another.")]
    >>> footnote_lines([*body, *notes, f(8, 250, 40, 9, "Proceedings, p. 3")], [(72, 92, 152, 92.5)], (0, 0, 595, 842), 10)
    [6, 7]
    >>> footnote_lines([*body, *notes], [(72, 92, 520, 92.5)], (0, 0, 595, 842), 10)  # a rule across the page
    []
    >>> rows = [f(6, 72, 80, 8, "One\tTwo"), f(7, 72, 70, 8, "1\t2")]  # a table's rows under an image drawn as a rule
    >>> footnote_lines([*body, *rows], [ImageRule((72, 92, 152, 92.5))], (0, 0, 595, 842), 10)
    []
    >>> footnote_lines([*body, *notes], [ImageRule((72, 92, 152, 92.5))], (0, 0, 595, 842), 10)
    [6, 7]
    >>> table = [f(5, 72, 94, 10, "2024\\t15,210\\t21.9")]  # a table's last row right over the rule: its notes
    >>> table_notes = [f(6, 72, 80, 8, "Note: Provisional."), f(7, 72, 70, 8, "Source: Port office.")]
    >>> footnote_lines([*body[:4], *table, *table_notes], [(72, 92, 252, 92.5)], (0, 0, 595, 842), 10)
    []
    >>> footnote_lines([*body[:4], *table, *notes], [(72, 92, 252, 92.5)], (0, 0, 595, 842), 10)  # marked: footnotes
    [6, 7]
    """
    if not body_size or not lines:
        return []
    px0, py0, px1, py1 = page_box
    found: list[int] = []
    for rule in sorted(rules, key=lambda r: -r[1]):
        rx0, ry0, rx1, ry1 = rule
        if rx1 - rx0 > RULE_SHARE * (px1 - px0) or ry1 > (py0 + py1) / 2:
            continue
        under = sorted((line for line in lines if line.bbox[3] <= ry1 + 1.0 and abs(line.bbox[0] - rx0) <= START_EMS * body_size),
                       key=lambda line: -line.bbox[3])
        block: list[LineFacts] = []
        top = ry0
        for line in under:
            if line.size > NOTE_SIZE * body_size or top - line.bbox[3] > FIRST_GAP * body_size:
                break
            block.append(line)
            top = line.bbox[1]
        if not block or len(block) < len(under):  # a line of body size (or far apart) below: no block at the foot
            continue
        if isinstance(rule, ImageRule) and not (block[0].text.lstrip()[:1] or " ") in NOTE_MARKS:
            continue  # an image drawn as a rule is one by its shape only (a table's, drawn so): its notes show their mark
        if TABLE_NOTE.match(block[0].text) and _closes_table(lines, rule, body_size):
            continue  # a table's closing rule over the table's note (``Note: …``, ``注：…``): the table's, no footnote
        found.extend(line.number for line in block)
    return sorted(set(found))


#: A table's note by its label (``Note:``, ``Notes.``, ``Source:``, ``注：``, ``出典：``): what opens the lines under a
#: table's closing rule, where a footnote opens on its mark.
TABLE_NOTE = re.compile(r"^\s*(?:Notes?|NOTES?|Sources?|SOURCES?|注|出典|資料|備考)\s*[.:：]")
#: Body sizes a table's last row stands above its closing rule at most (booktabs' ``\bottomrule`` sits 0.65 ex
#: under the row; LaTeX's ``\footnoterule`` stands ``\skip\footins``, about a body size, under the text).
TABLE_RULE_GAP = 0.6


def _closes_table(lines: Sequence[LineFacts], rule: Box, body_size: float) -> bool:
    """The rule closes a table: a table's row of three cells or more (parted by TAB: ``linepieces``) stands right
    over it, within :data:`TABLE_RULE_GAP` body sizes, across its span. The lines under it, where they open on a
    table note's label (:data:`TABLE_NOTE`: ``Note: …``, ``注：…``), are the table's notes, never the page's
    footnotes (a footnote under it opens on its mark: a table may stand right over the page's notes, and a line of
    formulas whose glyphs were lost is parted by TABs too: eptex_resume, luatexja-en). Two cells make no table here: a listing's line beside its
    margin note (mugsthesis' ``\\listtablename⇥117 \\renewcommand…`` over its footnote rule) is parted so too."""
    rx0, ry0, rx1, ry1 = rule
    return any(line.text.count("\t") >= 2 and 0 <= line.bbox[1] - ry1 <= TABLE_RULE_GAP * body_size
               and line.bbox[0] < rx1 and line.bbox[2] > rx0 for line in lines)


def marked_notes(lines: Sequence[LineFacts], page_box: Box, body_size: float | None) -> list[int]:
    """The numbers of a page's last lines that are notes though no rule stands above them (module docstring).

    >>> f = lambda n, y, size, text="x": LineFacts(n, 1, text, (72, y, 272, y + size), size)
    >>> body = [f(k, 700 - 12 * k, 10) for k in range(1, 6)]
    >>> marked_notes([*body, f(6, 70, 8, "* Corresponding author: a@b.jp"), f(7, 60, 8, "a second line")], (0, 0, 595, 842), 10)
    [6, 7]
    >>> marked_notes([*body, f(6, 70, 8, "Proceedings of the Workshop, p. 3")], (0, 0, 595, 842), 10)  # no mark
    []
    >>> marked_notes([*body, f(6, 640, 8, "* a table's note"), f(7, 628, 10, "body goes on")], (0, 0, 595, 842), 10)
    []
    >>> marked_notes([*body, f(6, 70, 8, "¹ A note without a rule."), f(7, 40, 10, "12")], (0, 0, 595, 842), 10)
    [6]

    A two-column page's note at the foot of one column, a figure's caption at the foot of the other as low: each
    column is read apart (the caption had stood within the note's white and hidden it).

    >>> g = lambda n, x0, y, size, text="x": LineFacts(n, 1, text, (x0, y, x0 + 230, y + size), size)
    >>> left, right = [g(k, 56, 700 - 11 * k, 9) for k in range(1, 6)], [g(k, 308, 700 - 11 * k, 9) for k in range(6, 9)]
    >>> caption = [g(9, 308, 118, 8, "FIG. 1. Tidal load on the wall"), g(10, 308, 108, 8, "against repairs.")]
    >>> marked_notes([*left, *right, g(11, 56, 108.5, 7, "* Corresponding author"), *caption], (0, 0, 595, 842), 9)
    [11]
    """
    if not body_size or not lines:
        return []
    px0, py0, px1, py1 = page_box
    found: set[int] = set()
    for mark in lines:
        if mark.text.lstrip()[:1] in NOTE_MARKS and mark.size <= NOTE_SIZE * body_size \
                and mark.bbox[3] <= (py0 + py1) / 2 and mark.number not in found:
            # the note's column: the lines across its width (a two-column paper's notes stand at the foot of one
            # column, a figure's caption may stand at the other's, as low: REVTeX's title-page notes; col65)
            column = [line for line in lines if line.bbox[0] < mark.bbox[2] and mark.bbox[0] < line.bbox[2]]
            found.update(_marked_in_column(column, page_box, body_size))
    return sorted(found)


def _marked_in_column(lines: Sequence[LineFacts], page_box: Box, body_size: float) -> list[int]:
    """:func:`marked_notes` among the lines of one column (those across a marked line's width), from its foot up."""
    px0, py0, px1, py1 = page_box
    ordered = sorted(lines, key=lambda line: -line.bbox[3])
    block: list[LineFacts] = []
    folio = True
    for line in reversed(ordered):  # from the page's foot up
        if folio and page_number(line.text.strip()) is not None:
            continue  # the page's number under its notes, whatever its size, is no note and stops none
        folio = False
        if line.size > NOTE_SIZE * body_size or line.bbox[3] > (py0 + py1) / 2:
            break
        if block and block[-1].bbox[3] + FIRST_GAP * body_size < line.bbox[1]:
            break
        block.append(line)
    while block and not block[-1].text.lstrip()[:1] in NOTE_MARKS:
        block.pop()  # the block's first line opens on the mark; lines under a mark-less line are its own
    if not block:
        return []
    top = block[-1]
    above = [line for line in ordered if line.bbox[1] > top.bbox[3] and line not in block]
    if above and min(line.bbox[1] for line in above) - top.bbox[3] < MARKED_GAP * body_size:
        return []
    return sorted(line.number for line in block)
