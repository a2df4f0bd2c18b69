"""A readable text rendering of a cleaned document (for people and golden files)."""

from __future__ import annotations

from pipeline.model import Cleaned


def render_cleaned(cleaned: Cleaned) -> str:
    """One line per cleaned line (``raw line: text``), then one line per ledger row.

    >>> from pipeline.model import LedgerRow, SourceFile, Text
    >>> doc = Cleaned(SourceFile("x.txt", "0", "txt"), (Text.from_raw("ab", 3),),
    ...               (LedgerRow("drop_ghost_lines", "dropped", 4, 0, "zz", "ghost-line"),))
    >>> print(render_cleaned(doc), end="")
    # lines
    3: ab
    # ledger
    4:0 drop_ghost_lines ghost-line dropped 'zz'
    """
    out = ["# lines"]
    for text in cleaned.lines:
        pos = text.first_pos()
        out.append(f"{pos[0] if pos else '-'}: {text.text}")
    out.append("# ledger")
    for row in cleaned.ledger:
        change = f" -> {row.replacement!r}" if row.replacement is not None else ""
        out.append(f"{row.line}:{row.col} {row.rule} {row.reason} {row.action} {row.text!r}{change}")
    return "\n".join(out) + "\n"
