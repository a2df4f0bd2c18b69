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

from ..model import LedgerRow, Text


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
    """Which raw lines held text the cleaner dropped, and where on each line it started."""

    dropped_lines: frozenset[int]
    dropped_before: dict[int, int]  # raw line -> smallest col of dropped non-blank text

    @classmethod
    def from_ledger(cls, ledger: tuple[LedgerRow, ...]) -> "Layout":
        lines: set[int] = set()
        before: dict[int, int] = {}
        for row in ledger:
            if not row.text.strip():
                continue
            lines.add(row.line)
            before[row.line] = min(before.get(row.line, row.col), row.col)
        return cls(frozenset(lines), before)

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
        if a is None or b is None or self.page_start(cur):
            return False
        return b > a and all(n in self.dropped_lines for n in range(a + 1, b))

    def page_start(self, t: Text) -> bool:
        """True when the raw line began with whitespace (a page break in these dumps).

        >>> Layout.from_ledger(()).page_start(Text.from_raw("Overseas", line=9, col=1))
        True
        """
        pos = t.first_pos()
        if pos is None or pos[1] == 0:
            return False
        return self.dropped_before.get(pos[0], pos[1]) >= pos[1]


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
