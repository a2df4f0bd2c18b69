"""Ghost text: a shadow layer in which most letters are missing.

A ghost keeps a few letters of each word of the real text, in order, with
the spaces: ``Eff t T d Ch I S i t`` for ``Efforts Towards Changes In
Society``. Two pieces of evidence make a ghost, and both are required unless
the shape alone is overwhelming:

* shape: most of its tokens are not words (``Eff``, ``t``, ``Ch``; checked with
  wordfreq), at least three of them;
* source: its characters are a subsequence of a real text that has clearly
  more characters: the rest of its own line (a ghost glued in front of its
  text) or a line at most :data:`WINDOW` lines away.

A line of six or more tokens that are nearly all non-words of one or two
letters, mostly lower case (``Ki k h h ifi h i f h l i d h``), is a ghost by
shape alone; a row of initials (``A B C D E F``) is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.model import GAP, Text
from pipeline.clean.descenders import zipf
from pipeline.clean.edits import Change, Fixed, Line, drop_spans, unchanged
from pipeline.chardata import has_japanese

WINDOW = 8
"""How many lines away the real text of a ghost may stand."""

MAX_SHARE = 0.8
"""A ghost keeps at most this share of its source's characters."""

WORD_ZIPF = 3.0

MAX_LINE = 400
"""Longer lines are not searched for a ghost prefix (the search is quadratic);
slide lines are far shorter."""
_TOKEN_CORE = re.compile(r"[^\W\d_]+|\ufffd+")
_SINGLE_WORDS = frozenset({"a", "A", "I"})
# Word lists rank two- and three-letter fragments (``ti``, ``ch``, ``li``)
# high, from abbreviations and web text; the real short words of English are
# few, so they are listed.
_SHORT_WORDS = frozenset(
    "am an as at be by do go he if in is it me my no of oh ok on or so to up us we".split()
)


def _is_word(token: str) -> bool:
    core = "".join(_TOKEN_CORE.findall(token))
    if not core or GAP in core:
        return False
    if len(core) == 1:
        return core in _SINGLE_WORDS
    if len(core) == 2:
        return core.lower() in _SHORT_WORDS
    if len(core) == 3:
        return zipf(core.lower()) >= WORD_ZIPF + 1
    return zipf(core.lower()) >= WORD_ZIPF


def ghost_shape(text: str) -> str | None:
    """``"strong"``, ``"weak"`` or ``None``: how much a text looks like a ghost.

    >>> ghost_shape("Ki k h h ifi h i f h l i d h"), ghost_shape("Eff t T d Ch I S i t")
    ('strong', 'strong')
    >>> ghost_shape("Oth A ti iti"), ghost_shape("I am in a big bus"), ghost_shape("Hakata")
    ('weak', None, None)
    >>> ghost_shape("H He Li Be B C N O")
    'weak'

    """
    if has_japanese(text):
        return None
    tokens = text.split()
    if len(tokens) < 3 or not any(ch.isalpha() for ch in text):
        return None
    nonwords = [t for t in tokens if not _is_word(t)]
    share = len(nonwords) / len(tokens)
    mean = sum(len(t) for t in tokens) / len(tokens)
    # A ghost's fragments are mostly lower case (``ifi``, ``h``); a row of
    # initials or symbols (``A B C D E F``, ``H He Li Be B C``) is not one.
    lower = sum(any(ch.islower() for ch in t) for t in tokens) / len(tokens)
    if len(tokens) >= 6 and share >= 0.8 and mean <= 2.5 and lower >= 0.5:
        return "strong"
    if share >= 0.6:
        return "weak"
    return None


@lru_cache(maxsize=8192)
def _chars(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def is_ghost_of(ghost: str, source: str) -> bool:
    """Whether ``ghost`` keeps, in order, a clear minority of ``source``'s characters.

    The ghost's characters must appear in the source in order, and skip a
    good share of the stretch of source they span: a ghost has lost letters
    everywhere, while a text that merely starts like its neighbour
    (``① MoU signing`` beside ``① MoU signing ceremony``) skips nothing. A
    lost glyph matches only a lost glyph: a line of lost glyphs is not the
    source of everything.

    >>> is_ghost_of("Eff t T d Ch I S i t", "Efforts Towards Changes In Society")
    True
    >>> is_ghost_of("MoU signing", "MoU signing ceremony for friendship")
    False
    """
    g, s = _chars(ghost), _chars(source)
    if not g or len(g) > MAX_SHARE * len(s):
        return False
    first = last = -1
    pos = 0
    for ch in g:
        found = s.find(ch, pos)
        if found < 0:
            return False
        if first < 0:
            first = found
        last = found
        pos = found + 1
    return len(g) <= MAX_SHARE * (last - first + 1)


def _neighbours(lines: tuple[Line, ...], k: int) -> list[str]:
    lo, hi = max(0, k - WINDOW), min(len(lines), k + WINDOW + 1)
    return [lines[m].text.text for m in range(lo, hi) if m != k]


def drop_ghost_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Drop whole lines that are ghosts of a nearby line (or unmistakable by shape).

    Why: a ghost is no one's text; its real text stands nearby and is kept.

    >>> lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(
    ...     ["C t it ti i R i", "Current situation in Russia", "I am in a big bus"], 1))
    >>> [l.text.text for l in drop_ghost_lines(lines)[0]]
    ['', 'Current situation in Russia', 'I am in a big bus']
    """
    out = list(lines)
    changes: list[Change] = []
    for k, line in enumerate(lines):
        s = line.text.text
        shape = ghost_shape(s)
        if shape is None:
            continue
        if shape == "strong" or any(is_ghost_of(s, other) for other in _neighbours(lines, k)):
            fixed = drop_spans(line.text, [(0, len(s))], "ghost-line")
            out[k] = line.with_text(fixed.text)
            changes.extend(fixed.changes)
    return tuple(out), changes


def _kind(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch.isupper():
        return "A"
    if ch.isalpha():
        return "a"
    if ch.isdigit():
        return "0"
    return ch  # each symbol is its own kind: ``”“`` is a seam


def _split_points(s: str) -> list[int]:
    """Where a ghost prefix may end: before a token, or at a seam inside one
    (``tEfforts``: lower case then capital; ``…Cit④The``, ``t ”“L``: a change
    of kind of character)."""
    points = []
    for p in range(1, len(s)):
        prev, ch = _kind(s[p - 1]), _kind(s[p])
        if ch == " " or prev == ch or (prev == "A" and ch == "a"):
            continue
        points.append(p)
    return points


def strip_ghost_prefix(text: Text, neighbours: list[str]) -> Fixed:
    """Remove a ghost glued in front of the real text of the line.

    >>> strip_ghost_prefix(Text.from_raw("Eff t T d Ch I S i tEfforts Towards Changes In Society", 1), []).text.text
    'Efforts Towards Changes In Society'
    >>> strip_ghost_prefix(Text.from_raw("Oth A ti itiMain Activities", 1), ["Other Activities"]).text.text
    'Main Activities'
    """
    s = text.text
    if len(s) > MAX_LINE:
        return unchanged(text)
    for p in reversed(_split_points(s)):
        head, rest = s[:p], s[p:]
        if len(_chars(rest)) < 3 or ghost_shape(head) is None:
            continue
        if is_ghost_of(head, rest) or any(is_ghost_of(head, other) for other in neighbours):
            return drop_spans(text, [(0, p)], "ghost-prefix")
    return unchanged(text)


def drop_ghost_prefixes(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Run :func:`strip_ghost_prefix` on each line with its neighbours as sources.

    Why: ``Eff t T d Ch I S i tEfforts Towards Changes In Society`` must read
    ``Efforts Towards Changes In Society``.

    >>> lines = (Line(Text.from_raw("■ E h ith D li Chi Harbin", 1)), Line(Text.from_raw("■ Exchange with Dalian, China", 2)))
    >>> [l.text.text for l in drop_ghost_prefixes(lines)[0]]
    ['Harbin', '■ Exchange with Dalian, China']
    """
    out = list(lines)
    changes: list[Change] = []
    for k, line in enumerate(lines):
        if len(line.text.text.split()) < 3 or has_japanese(line.text.text):
            continue
        fixed = strip_ghost_prefix(line.text, _neighbours(lines, k))
        if fixed.changed:
            out[k] = line.with_text(fixed.text)
            changes.extend(Change(c.removed, c.reason, c.replacement, "strip_ghost_prefix") for c in fixed.changes)
    return tuple(out), changes
