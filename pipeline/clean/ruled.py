"""A table a text dump draws with rules: box-drawing characters, an ASCII grid or a Markdown pipe table.

Decision (issue 16, helper tables81, fresh-user trial 80e's 公民館だより): a word processor's or a plain-text writer's
table drawn as characters::

    ┌──────┬──────┬────┐          +--------+--------+          | Item | Qty |
    │講座名 │日時   │定員 │          | Item   | Qty    |          |------|-----|
    ├──────┼──────┼────┤          +========+========+          | Tea  | 2   |
    │しめ縄 │12月13日│20名│          | Tea    | 2      |
    └──────┴──────┴────┘          +--------+--------+

had stayed lines of text: its rules paragraphs of dashes, its rows one paragraph each with their bars in the text
(``│しめ縄づくり　　　│12月13日（日）10時│20名　　│``). The drawing says where every cell begins and ends, so the rows
are read as a TAB-parted table row is (docs/decisions.md, "Table cells"; segment's ``tables`` then marks the run and
structure writes ``kind: "table"`` with ``rows``):

* a **rule line** (only box-drawing characters, U+2500–U+257F, light, heavy or double, with at least one horizontal;
  an ASCII grid's ``+----+----+`` or ``+====+``; a Markdown table's delimiter row ``|---|:---:|``) goes to the ledger
  whole (reason ``table-rule``): it draws the table and holds no character of its text;
* a **ruled row** (a line opening and closing on a vertical bar, ``│ ┃ ║ |``, with one bar inside at least) keeps
  its cells: the bars at its ends with the white beside them go to the ledger (``table-rule``), each inner bar with
  the padding round it becomes one TAB (``changed``, reason ``table-cell``, the TAB at the bar's raw position), a
  cell's own padding (ideographic spaces a writer lines the columns up with) going with its bar;
* **a cell wrapped over lines inside one ruled row** is one cell: where the table draws a rule between its body's
  rows (three row blocks or more between its rules: pandoc's grid table, Text::SimpleTable's ``hr``), the lines
  between two rules are one row and each cell's pieces join (with a space between two pieces in Latin script, none
  beside a Japanese one), the later lines' bars going to the ledger. Where the table rules only its head (a header
  block and one body block: MySQL's and most word processors' tables), each line is a row: which lines wrap one cell
  is not drawn, so none is joined.

Read only where the lines are one drawing (:func:`ruled_blocks`): raw-adjacent rule and row lines, a rule line among
them, two row lines or more (or one row and two rules: a box of one row), every row of one cell count; a table broken
by a page's foot and head (``－1－`` / the running head) is read in its two parts, each a drawing of its own, and
segment's table run spans the furniture it sets aside.

What it does NOT read: a **box drawn round one paragraph** (``┌──┐`` / ``│注意…│`` / ``└──┘``, a note in a frame,
no bar inside its lines) is a framed paragraph, never a one-cell table (segment's ``frames`` takes its frame off:
a table is cells side by side, and a frame holds one text); a rule line alone (``────``, a talk separator); lines
opening on a bar with none inside (a quotation's ``| …``); rows whose cell counts differ (a drawing this reading does
not know: spans across columns); an empty cell at a row's end or start is kept only as far as a TAB row keeps one
(docs/limits.md).
"""

from __future__ import annotations

import re

from pipeline.chardata import has_japanese
from pipeline.clean.edits import Change, Line
from pipeline.model import Text
from pipeline.vocab import Reason

_WHITE = " \t\u3000"
BARS = "│┃║|"
"""The vertical bars a drawn row parts its cells with: light, heavy, double and ASCII."""
_BOX = re.compile(r"[\u2500-\u257f]+")
_HORIZONTAL = re.compile(r"[─━═┄┅┈┉╌╍╴╶╸╺]")
_ASCII_RULE = re.compile(r"\+(?:[-=:]{2,}\+)+")
"""An ASCII grid's rule: ``+----+----+``, ``+====+`` (pandoc's header rule), ``+:---+`` (an alignment's colon)."""
_PIPE_RULE = re.compile(r"\|(?:[ ]*:?-+:?[ ]*\|)+")
"""A Markdown table's delimiter row: ``|---|---|``, ``| :--- | ---: |``."""

MIN_ROWS = 2
"""Row lines a drawing holds at least (with one rule line); one row needs two rules round it."""


def rule_line(s: str) -> bool:
    """A line that only draws a table's rule (module docstring).

    >>> [rule_line(s) for s in ("┌──┬──┐", "├──┼──┤", "╞══╪══╡", "+----+----+", "+====+", "|---|:--:|", "| --- | --- |", "---|---")]
    [True, True, True, True, True, True, True, True]
    >>> [rule_line(s) for s in ("│a│b│", "-----", "――――", "| a | b |", "+ 1", "┃")]
    [False, False, False, False, False, False]
    """
    s = s.strip(_WHITE)
    if not s:
        return False
    if _BOX.fullmatch(s) is not None:
        return _HORIZONTAL.search(s) is not None
    return _ASCII_RULE.fullmatch(s) is not None or (
        (_PIPE_RULE.fullmatch(s) is not None or _OPEN_PIPE_RULE.fullmatch(s) is not None) and s.count("-") >= 3)


def row_bars(s: str) -> list[int] | None:
    """The offsets of a ruled row's bars (its two ends and one inside at least), else None.

    >>> row_bars("│講座名　│日時│定員│"), row_bars("| a | b |"), row_bars("  ┃ x ┃ y ┃")
    ([0, 5, 8, 11], [0, 4, 8], [2, 6, 10])
    >>> row_bars("│注意：火気厳禁│"), row_bars("| quoted line"), row_bars("a | b | c")
    (None, None, None)
    """
    lead = len(s) - len(s.lstrip(_WHITE))
    body = s.strip(_WHITE)
    if len(body) < 3 or body[0] not in BARS or body[-1] not in BARS:
        return None
    kind = "|" if body[0] == "|" else "│┃║"
    bars = [lead + k for k, ch in enumerate(body) if ch in kind]
    return bars if len(bars) >= 3 and bars[-1] == lead + len(body) - 1 else None


_OPEN_PIPE_RULE = re.compile(r":?-+:?(?:[ ]*\|[ ]*:?-+:?)+")
"""A Markdown delimiter row without its outer pipes (``---|---``, ``:-- | --:``), which GFM allows."""


def _open_bars(s: str) -> list[int] | None:
    """A Markdown row without its outer pipes (``Amy | Chair``): its inner pipes, with a bar before its first
    character and after its last as if drawn (``-1`` and ``len(s)``), else None.

    >>> _open_bars("Amy | Chair"), _open_bars("| a | b |"), _open_bars("no pipe")
    ([-1, 4, 11], None, None)
    """
    body = s.strip(_WHITE)
    if not body or body[0] == "|" or body[-1] == "|" or "|" not in body or _BOX.search(body) is not None:
        return None
    return [-1] + [k for k, ch in enumerate(s) if ch == "|"] + [len(s)]


def _bars(s: str) -> list[int] | None:
    """A row's bars: drawn (:func:`row_bars`) or a Markdown row's without outer pipes (:func:`_open_bars`)."""
    return row_bars(s) or _open_bars(s)


def _kind(s: str) -> str | None:
    if rule_line(s):
        return "open-rule" if _OPEN_PIPE_RULE.fullmatch(s.strip(_WHITE)) is not None else "rule"
    if row_bars(s) is not None:
        return "row"
    if _open_bars(s) is not None:
        return "open"
    return None


_BOTTOM_CORNERS = "└┗╚╰┕┖╘╙"


def _family(s: str) -> str:
    """``box`` for a line drawn with box-drawing characters, ``ascii`` for one drawn with ``+``, ``-`` and ``|``,
    ``open`` for a Markdown table's line without outer pipes."""
    if _kind(s) in ("open", "open-rule"):
        return "open"
    return "box" if _BOX.search(s) is not None or any(c in s for c in "│┃║") else "ascii"


def _adjacent(a: Text, b: Text) -> bool:
    """``b`` is the raw line right under ``a``."""
    pa, pb = a.first_pos(), b.first_pos()
    return pa is not None and pb is not None and pb[0] == pa[0] + 1


def ruled_blocks(lines: list[Text]) -> list[list[int]]:
    """Indices of the lines of each drawn table (module docstring): raw-adjacent rule and row lines, a rule among
    them, :data:`MIN_ROWS` rows or more (or one row between two rules), every row of one cell count.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ruled_blocks(mk("表", "┌─┬─┐", "│a│b│", "├─┼─┤", "│c│d│", "└─┴─┘", "以上"))
    [[1, 2, 3, 4, 5]]
    >>> ruled_blocks(mk("┌───┐", "│注意│", "└───┘")), ruled_blocks(mk("│a│b│", "│c│d│")), ruled_blocks(mk("┌─┬─┐", "│a│b│", "│c│d│e│", "└─┴─┘"))
    ([], [], [])
    >>> ruled_blocks(mk("┌─┬─┐", "│a│b│", "│c│d│", "└─┴─┘", "┌─┬─┐", "│e│f│", "│g│h│", "└─┴─┘", "+--+--+", "|i |j |", "+--+--+"))
    [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10]]
    >>> ruled_blocks(mk("Name | Role", "---|---", "Amy | Chair", "Ravi | Treasurer")), ruled_blocks(mk("Home | About", "News | Contact"))
    ([[0, 1, 2, 3]], [])
    """
    out: list[list[int]] = []
    i = 0
    while i < len(lines):
        if _kind(lines[i].text) is None:
            i += 1
            continue
        j = i + 1
        # (one drawing: lines of one family, box-drawn or ASCII, up to a bottom corner's rule: two tables drawn one
        # right under the other are two)
        while j < len(lines) and _kind(lines[j].text) is not None and _adjacent(lines[j - 1], lines[j]) \
                and _family(lines[j].text) == _family(lines[i].text) \
                and lines[j - 1].text.strip(_WHITE)[:1] not in _BOTTOM_CORNERS:
            j += 1
        block = list(range(i, j))
        rows = [k for k in block if _kind(lines[k].text) in ("row", "open")]
        rules = len(block) - len(rows)
        counts = {len(_bars(lines[k].text) or ()) for k in rows}  # type: ignore[arg-type]
        if _family(lines[i].text) == "open":
            # (GFM's table without outer pipes: a header, its delimiter row of as many columns, the body's rows)
            delimiter = lines[block[1]].text if len(block) > 1 else ""
            if rules == 1 and _kind(delimiter) == "open-rule" and counts == {delimiter.count("|") + 2} \
                    and len(rows) >= MIN_ROWS:
                out.append(block)
        elif rows and rules and len(counts) == 1 and (len(rows) >= MIN_ROWS or rules >= 2):
            out.append(block)
        i = j
    return out


def _cells(t: Text) -> tuple[list[Text], list[Text]]:
    """A ruled row's cells (their own padding stripped) and the pieces between them: the opening bar with the white
    after it, each inner bar with the white round it, the closing bar with the white before it."""
    s = t.text
    bars = _bars(s) or []
    cells: list[Text] = []
    cuts: list[tuple[int, int]] = []
    start = 0
    for n, b in enumerate(bars):
        end = b
        if n:
            inside = t[start:end]
            left = len(inside.text) - len(inside.text.lstrip(_WHITE))
            right = len(inside.text.rstrip(_WHITE))
            if right <= left:  # an empty cell: its padding goes with the bar before it
                cells.append(Text.empty())
                cuts[-1] = (cuts[-1][0], end)
            else:
                cells.append(inside[left:right])
                cuts[-1] = (cuts[-1][0], start + left)
                end = start + right
        cuts.append((end, b + 1))
        start = b + 1
    cuts[0] = (0, cuts[0][1])
    cuts[-1] = (cuts[-1][0], len(s))
    return cells, [t[a:b] for a, b in cuts]


def _join_pieces(pieces: list[Text]) -> Text:
    """A cell's pieces from the lines of one ruled row: a space between two Latin pieces, none beside Japanese."""
    out = Text.empty()
    for p in pieces:
        if not p.text:
            continue
        if out.text and not (has_japanese(out.text[-1]) or has_japanese(p.text[0])) and not out.text.endswith("-"):
            out = out + Text.inserted(" ")
        out = out + p
    return out


def read_ruled_tables(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Read each drawn table (:func:`ruled_blocks`) as TAB-parted rows (module docstring): rule lines and the bars at
    a row's ends to the ledger (``table-rule``), each inner bar a TAB (``table-cell``), a cell wrapped over the lines
    of one ruled row joined where the table rules its body's rows.

    Why: a drawn table's rules and bars are no text, and its rows had stayed paragraphs with their bars in them
    (trial 80e's 講座案内, ``│しめ縄づくり　　　│12月13日（日）10時│20名　　│``); the drawing says where each cell
    begins and ends, as a TAB does in a PDF's row (docs/decisions.md, "Table cells").

    >>> rows = [Line(Text.from_raw(s, n)) for n, s in enumerate(["┌──┬──┐", "│講座│定員│", "├──┼──┤", "│しめ縄│20名│", "│そば│10組│", "└──┴──┘"], 1)]
    >>> out, changes = read_ruled_tables(tuple(rows))
    >>> [line.text.text for line in out if line.text.text]
    ['講座\\t定員', 'しめ縄\\t20名', 'そば\\t10組']
    >>> sorted({(str(c.reason), c.replacement) for c in changes})
    [('table-cell', '\\t'), ('table-rule', None)]
    """
    texts = [line.text for line in lines]
    out = list(lines)
    changes: list[Change] = []
    for block in ruled_blocks(texts):
        # the row blocks between rules: one row each where the table rules its body's rows (three blocks or more)
        groups: list[list[int]] = []
        fresh = True
        for k in block:
            if rule_line(texts[k].text):
                changes.append(Change(texts[k], Reason.TABLE_RULE))
                out[k] = lines[k].with_text(Text.empty())
                fresh = True
            else:
                if fresh:
                    groups.append([])
                groups[-1].append(k)
                fresh = False
        ruled_rows = len(groups) >= 3
        for group in groups:
            rows = [group] if ruled_rows else [[k] for k in group]
            for row in rows:
                pieces: list[list[Text]] = []
                first_between: list[Text] = []
                for n, k in enumerate(row):
                    cells, between = _cells(texts[k])
                    if not pieces:
                        pieces = [[c] for c in cells]
                        first_between = between
                    else:
                        for cell, piece in zip(pieces, cells):
                            cell.append(piece)
                        for piece in between:
                            if piece.text:
                                changes.append(Change(piece, Reason.TABLE_RULE))
                        out[k] = lines[k].with_text(Text.empty())
                joined = [_join_pieces(p) for p in pieces]
                parts: list[Text] = []
                for n, cell in enumerate(joined):
                    if n:
                        bar = first_between[n]
                        changes.append(Change(bar, Reason.TABLE_CELL, replacement="\t"))
                        origin = next((p for p, ch in zip(bar.origin, bar.text) if ch in BARS), None)
                        parts.append(Text("\t", (origin,)))
                    parts.append(cell)
                for piece in (first_between[0], first_between[-1]):
                    if piece.text:
                        changes.append(Change(piece, Reason.TABLE_RULE))
                out[row[0]] = lines[row[0]].with_text(Text.join(parts))
    return tuple(out), changes
