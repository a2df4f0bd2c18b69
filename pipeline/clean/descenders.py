"""Descender residue: the tails of g, j, p, q, y that a shadow layer leaves.

A shadow layer offset below the text is cut off by the text box; what is left
of it are the descenders of its letters, which extraction reads as the letters
themselves, in order: ``Nagano`` → ``Naganog``; ``Reciprocal visits of
city staff … Riverton city`` → ``cityp y y``. The residue is therefore
exactly the sequence of descender letters of the line (once, or twice when the
layer was doubled too), which is the evidence this rule requires, together
with the word: the word with the residue must not be a known word while the
word without it is (``city`` stays ``city``; ``Culturey`` becomes ``Culture``).
A letter after a number is its unit or suffix, never residue: ``８５０ｇ``
(width-normalised to ``850g``), ``3 p``, ``12 kg`` stay (trial 71c: a table's
``８５０ｇ`` had lost its ``ｇ`` because the row's ``９４５ｇ`` made ``g`` the
line's signature; :func:`_after_number`).
"""

from __future__ import annotations

import re

from pipeline.model import Text
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.clean.scripts import DESCENDERS, gap_ratio
from pipeline.english_words import zipf

# A word counts as known from this wordfreq Zipf value (about once per 100
# million words); below, it is a typo, a fragment or a rare name.
KNOWN_ZIPF = 1.0
SENTENCE_END = frozenset(".!?…。！？」』）)”’")
MIN_BARE = 4  # letters of the word a residue is glued to, unless it is common:
COMMON_ZIPF = 4.0
MAX_RESIDUE = 40  # characters; a line's residue is a few letters per word

_RESIDUE_LINE = re.compile(r"^[gjpqy ,.]{1,16}$")
_WORD_END = re.compile(r"[A-Za-z]+$")
_WORD_START = re.compile(r"^[A-Za-z]+")


def descender_signature(text: str) -> str:
    """The descender letters of a text, in order.

    >>> descender_signature("Sunnyvale’s Ferry")
    'yy'
    """
    return "".join(ch for ch in text if ch in DESCENDERS)


def _matches(residue: str, sig: str, after_sentence: bool = False) -> bool:
    """The residue is the line's descender signature (once, twice, doubled letter by letter),
    or a tail of it of at least two letters, or of one after the end of a sentence
    (``Enjoy the view!y``): one letter alone that is only the end of a longer signature,
    after an option or a key name, is no evidence (``objdump -p``, ``<SPACE>p``)."""
    if not residue or not sig:
        return False
    doubled = "".join(ch + ch for ch in sig)
    return residue in (sig, sig + sig, doubled) or (
        (len(residue) >= 2 or after_sentence) and sig.endswith(residue))


def _after_number(s: str, k: int) -> bool:
    """The residue starting at ``s[k]`` is one token right after a number, glued or
    after spaces or a cell's TAB (``850g``, ``3 p``, ``2 pp``): a unit, a page, an ordinal's letters,
    text the writer put there. A residue of several tokens (``2020 p y y``) is no unit."""
    before = s[:k].rstrip()
    return bool(before) and before[-1].isnumeric() and " " not in s[k:].strip(" ")


def strip_descender_residue(text: Text) -> Fixed:
    """Remove descender residue from the end of a line.

    Why: see the module docstring; the residue is not text anyone wrote.

    >>> strip_descender_residue(Text.from_raw("Ferry Routes And Culturey", 1)).text.text
    'Ferry Routes And Culture'
    >>> strip_descender_residue(Text.from_raw("Boat trips to Phuketp p", 1)).text.text
    'Boat trips to Phuket'
    >>> strip_descender_residue(Text.from_raw("a busy city", 1)).changed
    False
    >>> strip_descender_residue(Text.from_raw("ごみ排出量 945g 850g", 1)).changed
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
        if not body or not _matches(residue, descender_signature(body), body[-1] in SENTENCE_END):
            continue
        if _after_number(s, k):
            continue
        if k > 0 and s[k - 1].isalpha():
            head = _WORD_END.search(s[:k])
            tail = _WORD_START.search(s[k:])
            bare = head.group() if head else ""
            glued = bare + (tail.group() if tail else "")
            # A short rare bare word is an abbreviation as often as a word (``bcpp``, ``wnpp``; ``you`` is common).
            if (len(bare) < MIN_BARE and zipf(bare.lower()) < COMMON_ZIPF) or not (zipf(glued.lower()) < KNOWN_ZIPF <= zipf(bare.lower())):
                continue
        return drop_spans(text, [(k, len(text.text))], "descender-residue")
    return unchanged(text)


NEARBY = 3
"""How many lines away a damaged line makes a lone descender line residue."""


def _damaged(text: str) -> bool:
    """A line that shows a shadow layer: mostly lost glyphs, or a ghost by its shape alone."""
    from pipeline.clean.ghosts import ghost_shape  # ghosts imports this module

    return gap_ratio(text) > 0.5 or ghost_shape(text) == "strong"


def drop_descender_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Drop a line made only of descender letters (``p y``, ``qq``, ``p , p``).

    Why: the residue of a shadow layer whose text box kept nothing else. The
    evidence: two or more such tokens (``p y``, ``p , p``), or a damaged line
    (mostly lost glyphs, a ghost) at most :data:`NEARBY` lines away. A lone
    ``q`` or ``pp`` in clean text (a key in a manual) stays.

    >>> def run(*texts):
    ...     lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(texts, 1))
    ...     return [l.text.text for l in drop_descender_lines(lines)[0]]
    >>> run("p , p", "yoga", "Press", "the", "key", "q")
    ['', 'yoga', 'Press', 'the', 'key', 'q']
    >>> run("\ufffd\ufffd\ufffdA\ufffd", "qq")
    ['\ufffd\ufffd\ufffdA\ufffd', '']
    """
    out = list(lines)
    changes: list[Change] = []
    for k, line in enumerate(lines):
        s = line.text.text
        if not (_RESIDUE_LINE.match(s) and any(ch in DESCENDERS for ch in s)):
            continue
        tokens = s.split()
        near = [lines[m].text.text for m in range(max(0, k - NEARBY), min(len(lines), k + NEARBY + 1)) if m != k]
        if len(tokens) >= 2 or any(_damaged(t) for t in near):
            fixed = drop_spans(line.text, [(0, len(s))], "descender-residue")
            out[k] = line.with_text(fixed.text)
            changes.extend(fixed.changes)
    return tuple(out), changes
