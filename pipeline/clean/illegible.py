"""Illegible lines: text whose glyphs are mostly lost.

A line where more than half of the characters are lost glyphs (U+FFFD) holds
too little to restore or to read: ``○�i�e�P�i��it������e��i…``. It leaves the
text and goes to the ledger whole. Lost glyphs inside otherwise legible text
(``���松江市``, ``��� 水資源``: half or less) stay for the restore stage, and so
does a line that holds words a reader can read (three Latin words in a row,
four Japanese letters) however many glyphs it lost beside them.
"""

from __future__ import annotations

import re

from pipeline.chardata import JA_LETTER
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
    >>> drop_illegible_lines(Text.from_raw("Look out!  Behind you!" + "\\ufffd" * 22, 1)).changed
    False

    A Japanese name's shape, surname and given name parted by a space, with a letter of it left, is the name of whoever
    the line above names by post (``長崎市国際部長`` / ``�田 ��``: review 48, the speaker box on two lines lost its
    name); restore abstains on names, and segment reads the shape:

    >>> [drop_illegible_lines(Text.from_raw(s, 1)).changed for s in ("\\ufffd田 \\ufffd\\ufffd", "\\ufffd\\ufffd \\ufffd\\ufffd", "\\ufffd\\ufffd\\ufffd原")]
    [False, True, True]
    """
    if gap_ratio(text.text) > MAX_GAP_RATIO and not _LEGIBLE_RUN.search(text.text) \
            and not _NAME_SHAPE.fullmatch(text.text.strip()):
        return drop_spans(text, [(0, len(text.text))], "illegible")
    return unchanged(text)


_NAME_SHAPE = re.compile(f"(?=.*[{JA_LETTER}])[{JA_LETTER}\ufffd]{{1,4}}[ \u3000][{JA_LETTER}\ufffd]{{1,4}}")
"""A Japanese person's name by its shape: two parts of one to four letters (some lost), one space between them, a
letter left somewhere."""
_LEGIBLE_RUN = re.compile(f"[A-Za-z]{{2,}}[ ,.!?'’]+[A-Za-z]{{2,}}[ ,.!?'’]+[A-Za-z]{{2,}}|[{JA_LETTER}]{{4}}")
"""Words a reader can read whatever stands beside them: three Latin words in a row, or four Japanese letters
(``Look out!  Behind you!`` before 22 lost bells is a sentence, not an illegible line)."""
