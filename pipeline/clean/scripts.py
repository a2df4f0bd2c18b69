"""Character tests only the cleaning rules use; the general ones (Japanese letters, widths) are in :mod:`pipeline.chardata`."""

from __future__ import annotations

from pipeline.model import GAP

# Letters whose descenders a shadow layer extracts as separate letters.
DESCENDERS = frozenset("gjpqy")


def is_word_char(ch: str) -> bool:
    """Letters, digits and lost glyphs (a lost glyph stood for a letter)."""
    return ch == GAP or ch.isalnum()


def key_of(text: str) -> str:
    """The letters and digits of a text, the part a shadow copy keeps.

    Shadow copies lose spaces, apostrophes, quotes and other punctuation, so two
    copies of one text share this key.

    >>> key_of("the country’s “four”")
    'thecountrysfour'
    """
    return "".join(ch for ch in text if is_word_char(ch))


def gap_ratio(text: str) -> float:
    """Share of lost glyphs among the non-space characters.

    >>> gap_ratio("B \ufffd\ufffd\ufffd")
    0.75
    """
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 0.0
    return sum(ch == GAP for ch in chars) / len(chars)
