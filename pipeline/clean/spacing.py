"""Spacing between Japanese and ASCII letters or digits.

Rule (documented in the README): in running text, white space between a
Japanese letter (kana, kanji) and an ASCII letter or digit is removed, on
either side: ``人口 100 万`` → ``人口100万``, ``「TOTO 株式会社」`` →
``「TOTO株式会社」``. Japanese does not separate words with spaces; these come
from the typesetter's spacing around half-width runs. A space after a heading
number at the start of a line is kept (``3.1 熊本城``), since there it
separates the number from the title; so is a space next to punctuation or a
lost glyph.
"""

from __future__ import annotations

import re

from pipeline.model import Text
from pipeline.clean.edits import Fixed, drop_spans, unchanged
from pipeline.chardata import JA_LETTER

_JA_THEN_ASCII = re.compile(f"(?<=[{JA_LETTER}])[ \u3000]+(?=[A-Za-z0-9])")
_ASCII_THEN_JA = re.compile(f"(?<=[A-Za-z0-9])[ \u3000]+(?=[{JA_LETTER}])")
# A line-initial heading number: "3.1 ", "3\ufffd1 ", "\ufffd\ufffd5 " (not "2005 年から…").
_HEADING_NUMBER = re.compile(r"^(?:\ufffd+[0-9]+|[0-9]+(?:[.．\ufffd][0-9]+)+)[ \u3000]+")


def remove_cjk_ascii_spaces(text: Text) -> Fixed:
    """Remove white space between a Japanese letter and an ASCII letter or digit.

    Why: the dump's ``人口 100 万`` is ``人口100万`` in the paper; the spaces are
    layout, and they would split tokens and break matching against the slides.

    >>> remove_cjk_ascii_spaces(Text.from_raw("人口 100 万の「TOTO 株式会社」", 1)).text.text
    '人口100万の「TOTO株式会社」'
    >>> remove_cjk_ascii_spaces(Text.from_raw("3.1 熊本城", 1)).changed
    False
    """
    s = text.text
    heading = _HEADING_NUMBER.match(s)
    protected = heading.end() if heading else 0
    spans = [
        (m.start(), m.end())
        for pattern in (_JA_THEN_ASCII, _ASCII_THEN_JA)
        for m in pattern.finditer(s)
        if m.start() >= protected
    ]
    if not spans:
        return unchanged(text)
    return drop_spans(text, sorted(spans), "spacing", record_blank=True)
