"""Clean: extracted lines → cleaned lines + ledger.

(Skeleton: strips padding and drops blank lines; the real rules come with issue 3.)
"""

from __future__ import annotations

from .model import Cleaned, Extracted, Text


def clean(doc: Extracted) -> Cleaned:
    lines = [t.strip() for t in doc.raw_lines()]
    return Cleaned(
        source=doc.source,
        lines=tuple(t for t in lines if t.text),
        ledger=(),
        markers=doc.markers,
        line_count=len(doc.lines),
    )
