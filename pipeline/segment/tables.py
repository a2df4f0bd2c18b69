"""Tables: a run of rows whose cells a TAB parts (issue 16 point 2, trial 28).

A text dump's or a PDF's table row (extract parts the pieces of a PDF line set on one baseline by a TAB) is already a
line of its own, never a wrap of the text around it (:mod:`pipeline.segment.paragraphs`), so each row is one
paragraph. Here a run of two rows or more with the same number of cells (two or more) is marked as one table:
``Section.tables`` and ``Talk.front_tables`` hold ``(first paragraph, rows)``; the paragraphs stay as they are (the
restore stage reads them as before), and the structure stage writes the run as one paragraph of ``kind: "table"``
with its ``rows`` of cells (docs/talk-json.md).

Not a table: a form's fields (every row's first cell a label ending in a colon, ``Name:⇥…``), a list whose items
a TAB sets after their mark (``1.⇥Buy rope``, two cells each), rows that hold running text (a cell over
:data:`MAX_CELL` characters: a reference's or a definition's text; a sentence's end), a listing beside its line
numbers or other program text, a formula set in pieces, entries with a leader or their pages, and a row alone
(:func:`_is_table`): a PDF manual sets its listings, margin notes and displays with TABs between the pieces.
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.model import Section, Text
from pipeline.notemarks import SUPERSCRIPT_DIGITS

_CELL_BREAK = re.compile(r"[ \u3000]*\t+[ \u3000]*")
"""What parts two cells: one TAB or more (a dump aligns its columns with several), with the spaces around them."""
_LIST_MARK = re.compile(r"^(?:[0-9０-９]{1,3}[.)．）]|[（(\[［][0-9０-９]{1,3}[)）\]］]|[a-zA-Z][.)]|[•・●○■□◆◇▪‣*\-–—]"
                        rf"|[{SUPERSCRIPT_DIGITS}]{{1,3}})$")
"""A list item's mark alone in the first cell (``1.``, ``(2)``, ``•``): the TAB after it sets the item's text."""
MAX_CELL = 80
"""Characters a table's cell holds at most; a longer one is running text (a reference, a definition)."""
MIN_ROWS = 2


def row_cells(text: str) -> tuple[str, ...] | None:
    """The cells of a table's row (two or more, parted by TABs), else ``None``.

    >>> row_cells("Subscriptions\\t£2,840\\t£3,340"), row_cells("Item\\t\\t2024"), row_cells("No tab here")
    (('Subscriptions', '£2,840', '£3,340'), ('Item', '2024'), None)
    """
    s = text.strip()
    if "\t" not in s:
        return None
    cells = tuple(_CELL_BREAK.split(s))
    return cells if len(cells) >= 2 else None


_PROGRAM = re.compile(r"\\[A-Za-z@]|^[{}%#⟨&]|[{}]$|(?<![0-9])%$|\\\\")
"""Program text in a cell: a TeX control word, a brace, a comment's sign, a docstrip guard, an alignment's ``&``
(a listing set beside its line numbers, ``17⇥\\newdimen\\Cht``; a LaTeX tabular's source)."""
_LINE_NUMBER = re.compile(r"^[0-9]{1,5}\s+")
_MATH = re.compile(r"=|^[+−×÷√∑∫<>≤≥]+$|\s[+−×÷]\s|^[+−×÷]\s")
"""A formula's piece in a cell: a relation, an operator alone or between terms (a display a PDF set in pieces)."""
_RUNNING = re.compile(r"[。．]|[、，,]$|[a-z]{2,}\.$")
"""Running text in a cell: a Japanese sentence's end, a clause going on, an English sentence's end."""
_NUMBERED_ENTRY = re.compile(r"^[0-9]+(?:\.[0-9]+)*\s+\S")


def _odd_row(cells: tuple[str, ...]) -> bool:
    """A row of program text, of a formula's pieces or a figure's labels, of running text or of a leader's dots: no
    table's."""
    from pipeline.segment.contents import has_leader

    if all(sum(ch.isalnum() for ch in c) <= 2 and not any(ch.isdigit() or "\u3000" <= ch < "\ufff0" for ch in c) for c in cells):
        return True  # a figure's labels or a formula's pieces (``R⇥O⇥Q``, ``� a⇥� a``): a Latin letter or two a cell
    return any(_PROGRAM.search(_LINE_NUMBER.sub("", c)) or _MATH.search(c) or _RUNNING.search(c) or has_leader(c)
               for c in cells)


def _is_table(rows: Sequence[tuple[str, ...]]) -> bool:
    """Rows that make a table (:func:`table_runs`): not a form's fields, a list's items, a counter beside one label
    repeated (``Round⇥1`` / ``Round⇥2``), numbered entries with their pages (a contents' piece), a listing's lines
    beside their numbers, nor, in half the rows or more, program text, a formula's pieces or a figure's labels (cells
    of a letter or two and no digit), running text or a leader (:func:`_odd_row`).

    >>> _is_table([("Item", "2024"), ("Fees", "£3,100")]), _is_table([("17", r"\\newdimen\\Cht"), ("18", r"\\Cht=1zw")])
    (True, False)
    >>> _is_table([("-i", "標準入力を索引リストとして使用します．"), ("-l", "単語の空白を詰めます．")])
    False
    >>> _is_table([("Round", "1"), ("Round", "2")]), _is_table([("23 オプションスイッチ", "158"), ("24 オプションの宣言", "159")])
    (False, False)
    >>> _is_table([("R", "O", "Q"), ("B", "P", "C")]), _is_table([("1", "1", "2"), ("2", "3", "4"), ("計", "9", "12")])
    (False, True)
    >>> _is_table([("会場", "定員"), ("市民会館", "1,200")]), _is_table([("Homework", "30%"), ("Final exam", "25%")])
    (True, True)
    >>> _is_table([("³⁷", "Ridge, 2001."), ("³⁸", "Vale, 2004.")])  # notes by their marks (icsv had crashed here)
    False
    """
    if len(rows) < MIN_ROWS or any(len(c) > MAX_CELL for row in rows for c in row):
        return False
    firsts = [row[0] for row in rows]
    if all(f.endswith((":", "：")) for f in firsts):
        return False  # a form's fields, label and value
    if len(rows[0]) == 2 and all(_LIST_MARK.match(f) for f in firsts):
        return False  # a list's items, each its mark and its text
    if len(set(firsts)) == 1:
        return False  # one label repeated beside a counter (``Round⇥1`` / ``Round⇥2``): no table's column
    if all(_NUMBERED_ENTRY.match(f) for f in firsts) and all(row[-1].isdigit() for row in rows):
        return False  # numbered entries with their pages: a table of contents' piece
    # ``isdecimal``: a superscript number (``³⁷``, a note's mark beside its text) is a digit to ``isdigit``, no int
    if len(rows[0]) == 2 and all(f.isdecimal() for f in firsts) \
            and all(int(b) == int(a) + 1 for a, b in zip(firsts, firsts[1:])):
        return False  # a listing's lines beside their numbers (``2895⇥<10.95><12> min10``)
    return 2 * sum(_odd_row(row) for row in rows) < len(rows)


def table_runs(paragraphs: Sequence[Text]) -> tuple[tuple[int, int], ...]:
    """``(first, rows)`` of each table among ``paragraphs``: a run of :data:`MIN_ROWS` rows or more in a row, each
    with the same number of cells (:func:`row_cells`), that is no form, list or running text (:func:`_is_table`).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> table_runs(mk("The main figures are:", "Item\\t2024\\t2025", "Fees\\t£3,100\\t£3,720", "Sales\\t£1,050\\t£1,380", "That is all."))
    ((1, 3),)
    >>> table_runs(mk("Name:\\tAnna Berg", "Student ID:\\t20T3045")), table_runs(mk("1.\\tBuy rope", "2.\\tMend the net"))
    ((), ())
    >>> table_runs(mk("A\\tB\\tC", "one\\ttwo")), table_runs(mk("Item\\t2024", "Fees\\t£3,100"))  # cells must agree
    ((), ((0, 2),))
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(paragraphs)
    while i < n:
        first = row_cells(paragraphs[i].text)
        if first is None:
            i += 1
            continue
        rows = [first]
        j = i + 1
        while j < n and (cells := row_cells(paragraphs[j].text)) is not None and len(cells) == len(first):
            rows.append(cells)
            j += 1
        if _is_table(rows):
            out.append((i, j - i))
        i = j
    return tuple(out)


def with_tables(section: Section) -> Section:
    """The section with its tables marked (:func:`table_runs`)."""
    runs = table_runs(section.paragraphs)
    return section if runs == section.tables else Section(section.number, section.level, section.title,
                                                          section.paragraphs, section.heading, runs)
