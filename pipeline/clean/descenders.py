"""Descender residue: the tails of g, j, p, q, y that a shadow layer leaves.

A shadow layer offset below the text is cut off by the text box; what is left
of it are the descenders of its letters, which extraction reads as the letters
themselves, in order: ``Kagoshima`` → ``Kagoshimag``; ``Reciprocal dispatch of
city staff … Kitakyushu city`` → ``cityp p y y y``. The residue is therefore
exactly the sequence of descender letters of the line (once, or twice when the
layer was doubled too), which is the evidence this rule requires, together
with the word: the word with the residue must not be a known word while the
word without it is (``city`` stays ``city``; ``Culturey`` becomes ``Culture``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.model import Text
from pipeline.clean.edits import Fixed, drop_spans, unchanged
from pipeline.clean.scripts import DESCENDERS

# A word counts as known from this wordfreq Zipf value (about once per 100
# million words); below, it is a typo, a fragment or a rare name.
KNOWN_ZIPF = 1.0
MAX_RESIDUE = 40  # characters; a line's residue is a few letters per word

_RESIDUE_LINE = re.compile(r"^[gjpqy ,.]{1,16}$")
_WORD_END = re.compile(r"[A-Za-z]+$")
_WORD_START = re.compile(r"^[A-Za-z]+")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common an English word is (wordfreq's Zipf scale, 0 = unknown)."""
    from wordfreq import zipf_frequency  # loads its word list on first use

    return zipf_frequency(word, "en")


def descender_signature(text: str) -> str:
    """The descender letters of a text, in order.

    >>> descender_signature("Kitakyushu’s Cross-boundary")
    'yy'
    """
    return "".join(ch for ch in text if ch in DESCENDERS)


def _matches(residue: str, sig: str) -> bool:
    if not residue or not sig:
        return False
    doubled = "".join(ch + ch for ch in sig)
    return residue in (sig, sig + sig, doubled) or sig.endswith(residue)


def strip_descender_residue(text: Text) -> Fixed:
    """Remove descender residue from the end of a line.

    Why: see the module docstring; the residue is not text anyone wrote.

    >>> strip_descender_residue(Text.from_raw("Environment, History And Culturey", 1)).text.text
    'Environment, History And Culture'
    >>> strip_descender_residue(Text.from_raw("Boat trips to Phuketp p", 1)).text.text
    'Boat trips to Phuket'
    >>> strip_descender_residue(Text.from_raw("a busy city", 1)).changed
    False
    """
    s = text.text.rstrip()
    start = len(s)
    while start > max(0, len(s) - MAX_RESIDUE) and (s[start - 1] in DESCENDERS or s[start - 1] == " "):
        start -= 1
    for k in range(start, len(s)):
        if s[k] not in DESCENDERS:
            continue
        body = s[:k].rstrip()
        residue = s[k:].replace(" ", "")
        if not body or not _matches(residue, descender_signature(body)):
            continue
        if k > 0 and s[k - 1].isalpha():
            head = _WORD_END.search(s[:k])
            tail = _WORD_START.search(s[k:])
            bare = head.group() if head else ""
            glued = bare + (tail.group() if tail else "")
            if not (zipf(glued.lower()) < KNOWN_ZIPF <= zipf(bare.lower())):
                continue
        return drop_spans(text, [(k, len(text.text))], "descender-residue")
    return unchanged(text)


def drop_descender_lines(text: Text) -> Fixed:
    """Drop a line made only of descender letters (``p y``, ``qq``, ``p , p``).

    Why: the residue of a shadow layer whose text box kept nothing else.

    >>> drop_descender_lines(Text.from_raw("p , p", 1)).text.text
    ''
    >>> drop_descender_lines(Text.from_raw("yoga", 1)).changed
    False
    """
    if _RESIDUE_LINE.match(text.text) and any(ch in DESCENDERS for ch in text.text):
        return drop_spans(text, [(0, len(text.text))], "descender-residue")
    return unchanged(text)
