"""Character classes the cleaning rules share (built once, used everywhere).

Japanese text is recognised by its letters (kana and kanji), not by its
punctuation: an English slide line may carry a stray ``、`` or ``（`` and is still
English, and a Japanese line is never joined with an English one.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.model import GAP

# Kana, kanji, the iteration mark and the prolonged-sound mark: the letters of
# Japanese. Punctuation (、。「」（）) is deliberately not in here.
JA_LETTER = "\u3005\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
JA_LETTER_RE = re.compile(f"[{JA_LETTER}]")

# Letters whose descenders a shadow layer extracts as separate letters.
DESCENDERS = frozenset("gjpqy")


def is_japanese(text: str) -> bool:
    """True when the text holds at least one kana or kanji.

    >>> is_japanese("人口 100 万"), is_japanese("Dalian、Qingdao"), is_japanese("（2008）")
    (True, False, False)
    """
    return JA_LETTER_RE.search(text) is not None


def is_ja_letter(ch: str) -> bool:
    return JA_LETTER_RE.match(ch) is not None


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced layout (wide and full-width = 2).

    The paper's hard wraps happen at a fixed width in columns, not characters,
    so ``人口 100 万`` and ``人口１００万`` fill a line differently.

    >>> display_width("ab国")
    4
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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
