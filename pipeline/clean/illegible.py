"""Illegible lines: text whose glyphs are mostly lost.

A line where more than half of the characters are lost glyphs (U+FFFD) holds
too little to restore or to read: ``○�i�e�P�i��it������e��i…``. It leaves the
text and goes to the ledger whole. Lost glyphs inside otherwise legible text
(``���熊本市``, ``��� 地下水``: half or less) stay for the restore stage.
"""

from __future__ import annotations

from pipeline.model import Text
from pipeline.clean.edits import Fixed, drop_spans, unchanged
from pipeline.clean.scripts import gap_ratio

MAX_GAP_RATIO = 0.5


def drop_illegible_lines(text: Text) -> Fixed:
    """Drop a line whose non-space characters are more than half lost glyphs.

    Why: nothing in such a line can be read or restored with evidence; kept,
    it would pass noise to segment and restore.

    >>> drop_illegible_lines(Text.from_raw("B \\ufffd\\ufffd\\ufffd", 1)).text.text
    ''
    >>> drop_illegible_lines(Text.from_raw("\\ufffd\\ufffd\\ufffd 地下水", 1)).changed
    False
    """
    if gap_ratio(text.text) > MAX_GAP_RATIO:
        return drop_spans(text, [(0, len(text.text))], "illegible")
    return unchanged(text)
