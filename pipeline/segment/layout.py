"""Layout evidence recovered from raw positions: text boxes and page starts.

The cleaner drops blank lines, but every cleaned line still knows its raw
line numbers. In a pdfminer-style dump a blank line ends a text box, so two
cleaned lines that were raw neighbours (or separated only by text the cleaner
dropped, such as a ghost line) sit in the same box. A raw line that began
with whitespace marks the start of a new page in these dumps (pdfminer's form
feed came out as a space), unless the cleaner removed text before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import LedgerRow, Text


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


@dataclass(frozen=True)
class Layout:
    """Per raw line: whether it held text the cleaner dropped, where its first character sat, and whether any text was kept."""

    dropped_lines: frozenset[int]
    first_col: dict[int, int]  # raw line -> smallest col of any non-blank text (kept or dropped)
    kept_lines: frozenset[int]

    @classmethod
    def from_record(cls, lines: tuple[Text, ...] | list[Text], ledger: tuple[LedgerRow, ...]) -> "Layout":
        """Layout of a Cleaned record: its lines and its ledger.

        Leading whitespace is never in a ledger row or a kept line, so the
        smallest column of anything on a raw line tells whether it began with
        whitespace.
        """
        dropped: set[int] = set()
        first: dict[int, int] = {}
        kept: set[int] = set()
        for row in ledger:
            if not row.text.strip():
                continue
            dropped.add(row.line)
            lead = len(row.text) - len(row.text.lstrip())
            first[row.line] = min(first.get(row.line, row.col + lead), row.col + lead)
        for t in lines:
            for i, pos in enumerate(t.origin):
                if pos is None or t.text[i].isspace():
                    continue
                kept.add(pos[0])
                if pos[1] < first.get(pos[0], pos[1] + 1):
                    first[pos[0]] = pos[1]
        return cls(frozenset(dropped), first, frozenset(kept))

    @classmethod
    def from_ledger(cls, ledger: tuple[LedgerRow, ...]) -> "Layout":
        """Layout from the ledger alone (kept text's columns then come from the lines themselves)."""
        return cls.from_record((), ledger)

    def _indented(self, line: int, col: int) -> bool:
        return self.first_col.get(line, col) > 0

    def page_start(self, t: Text) -> bool:
        """True when ``t`` opens a raw line that began with whitespace (a page break in these dumps).

        >>> Layout.from_ledger(()).page_start(Text.from_raw("Overseas", line=9, col=1))
        True
        >>> Layout.from_ledger((LedgerRow("strip_ghost_prefix", "dropped", 9, 0, "Eff t", "ghost-prefix"),)).page_start(Text.from_raw("Efforts", line=9, col=6))
        False
        """
        pos = t.first_pos()
        if pos is None or pos[1] == 0:
            return False
        return self._indented(pos[0], pos[1])

    def page_break_before(self, prev: Text | None, cur: Text) -> bool:
        """A page starts at ``cur``, or on a wholly dropped raw line between ``prev`` and ``cur``.

        >>> lay = Layout.from_ledger((LedgerRow("drop_near_duplicate_lines", "dropped", 5, 1, "Title", "near-duplicate"),))
        >>> lay.page_break_before(Text.from_raw("a", line=4), Text.from_raw("b", line=7))
        True
        """
        if self.page_start(cur):
            return True
        a, b = (last_line(prev) if prev is not None else None), first_line(cur)
        if a is None or b is None:
            return False
        return any(n not in self.kept_lines and n in self.dropped_lines and self._indented(n, 0) for n in range(a + 1, b))

    def same_box(self, prev: Text, cur: Text) -> bool:
        """True when ``cur`` continues the text box of ``prev``: no blank raw line and no page start between them.

        >>> lay = Layout.from_ledger(())
        >>> lay.same_box(Text.from_raw("a", line=3), Text.from_raw("b", line=4))
        True
        >>> lay.same_box(Text.from_raw("a", line=3), Text.from_raw("b", line=5))
        False
        >>> lay.same_box(Text.from_raw("15", line=3), Text.from_raw("Overseas", line=4, col=1))
        False
        """
        a, b = last_line(prev), first_line(cur)
        if a is None or b is None or self.page_break_before(prev, cur):
            return False
        return b > a and all(n in self.dropped_lines for n in range(a + 1, b))


def boxes(lines: list[Text], layout: Layout) -> list[int]:
    """Box index of each line (consecutive lines of one box share an index).

    >>> boxes([Text.from_raw("a", line=1), Text.from_raw("b", line=2), Text.from_raw("c", line=4)], Layout.from_ledger(()))
    [0, 0, 1]
    """
    ids: list[int] = []
    for i, t in enumerate(lines):
        if i and layout.same_box(lines[i - 1], t):
            ids.append(ids[-1])
        else:
            ids.append(ids[-1] + 1 if ids else 0)
    return ids
