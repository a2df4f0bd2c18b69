"""Repeated lines and doubled page numbers.

*Near-duplicate lines.* A shadow layer extracted as its own text box repeats
a nearby line, often without its apostrophes and quotes (``… the country s
four largest industrial zones.`` a few lines after ``… the country’s four
largest industrial zones``). Two lines at most :data:`WINDOW` lines apart with
the same key (letters and digits) of at least :data:`MIN_KEY` characters are
one line when they differ only in punctuation a shadow loses (quotes,
apostrophes, stops, commas, brackets; ``command1 ; command2`` and ``command1 |
command2`` differ in an operator, so both stay): the copy with more characters is kept (it lost less), the first on a tie. Lines that repeat
exactly are kept: a caption may well repeat (``Environmental agreement with``
above ``Qingdao in 2007`` and again above ``Tianjin in 2008``). Short lines (``Kumamoto City``, ``Dalian``, fewer than four words such as a file name
``/etc/ssh/sshd_config`` beside ``"/etc/ssh/sshd_config"``) are left alone: a map label
and a heading may well say the same thing.

*Doubled page numbers.* A page number drawn twice reads ``１０１０``. A number
alone is ambiguous (``11`` may be page 11), so the evidence is the sequence:
page numbers (digit-only lines, and a number after white space at the end of
a non-Japanese line) that read as a doubled number are collapsed when at least
two of the three page numbers before and three after them read doubled too. A
deck that doubles its page numbers doubles them (nearly) all; ``9, 11, 13``
stays, and so does a lone ``Chapter 3`` among doubled ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pipeline.model import Text
from pipeline.clean.edits import Change, Line, drop_spans
from pipeline.chardata import has_japanese
from pipeline.clean.scripts import key_of

WINDOW = 8
MIN_KEY = 15
MIN_WORDS = 4  # a file name or a command (``/etc/ssh/sshd_config``, ``:set nocompatible``) is no sentence
AROUND = 3              # page numbers looked at on each side
MIN_DOUBLED_AROUND = 2  # of which this many must read doubled

_PAGE_LINE = re.compile(r"^\d{1,8}$")
_PAGE_TAIL = re.compile(r"\s(\d{1,8})$")


def _nonspace(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


SOFT = frozenset("’'‘“”\".,:;!?-()「」『』、。・")
"""Punctuation a shadow copy loses (or an extraction slips): quotes, apostrophes, stops, commas, brackets."""


def _lost_punctuation(a: str, b: str) -> bool:
    """The two differ only in punctuation a shadow copy loses (:data:`SOFT`); code that differs in
    its operators (``command1 ; command2``, ``command1 | command2``) is two lines.

    >>> _lost_punctuation("country’sfour", "countrysfour."), _lost_punctuation("a;b", "a|b"), _lost_punctuation("ab", "ab")
    (True, False, False)
    """
    if a == b:
        return False
    diff = (Counter(a) - Counter(b)) + (Counter(b) - Counter(a))
    return all(ch in SOFT or unicodedata.category(ch) == "So" for ch in diff)  # So: bullets ■ ○


def _nonspace_len(text: str) -> int:
    return sum(not ch.isspace() for ch in text)


def drop_near_duplicate_lines(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Keep one of two nearby lines that say the same (up to lost punctuation).

    Why: see the module docstring.

    >>> lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(
    ...     ["Moscow is the country’s capital city", "2", "Moscow is the country s capital city",
    ...      "Agreement signed with", "Minsk", "Agreement signed with", "Kyiv"], 1))
    >>> [l.text.text for l in drop_near_duplicate_lines(lines)[0]]
    ['Moscow is the country’s capital city', '2', '', 'Agreement signed with', 'Minsk', 'Agreement signed with', 'Kyiv']
    """
    out = list(lines)
    changes: list[Change] = []
    recent: dict[str, int] = {}
    for k, line in enumerate(lines):
        key = key_of(line.text.text)
        if len(key) < MIN_KEY or len(line.text.text.split()) < MIN_WORDS:
            continue
        previous = recent.get(key)
        if (
            previous is not None
            and k - previous <= WINDOW
            and out[previous].text.text
            and _lost_punctuation(_nonspace(out[previous].text.text), _nonspace(line.text.text))
        ):
            loser = k if _nonspace_len(out[previous].text.text) >= _nonspace_len(line.text.text) else previous
            fixed = drop_spans(out[loser].text, [(0, len(out[loser].text))], "near-duplicate")
            out[loser] = out[loser].with_text(fixed.text)
            changes.extend(fixed.changes)
            if loser == k:
                continue
        recent[key] = k
    return tuple(out), changes


def _doubled(number: str) -> bool:
    half = len(number) // 2
    return len(number) % 2 == 0 and number[:half] == number[half:]


def collapse_doubled_page_numbers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Collapse page numbers drawn twice (``1010`` → ``10``) where the deck shows the habit.

    Why: see the module docstring.

    >>> lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(
    ...     ["99", "Tea Houses 1010", "1111", "Part 2", "3", "5", "7", "9", "11", "13"], 1))
    >>> [l.text.text for l in collapse_doubled_page_numbers(lines)[0]]
    ['9', 'Tea Houses 10', '11', 'Part 2', '3', '5', '7', '9', '11', '13']
    """
    found: list[tuple[int, int, int]] = []  # (line index, start, end) of each page number
    for k, line in enumerate(lines):
        s = line.text.text
        match = _PAGE_LINE.match(s)
        if match:
            found.append((k, 0, len(s)))
            continue
        match = _PAGE_TAIL.search(s)
        if match and not has_japanese(s):
            found.append((k, match.start(1), match.end(1)))
    doubled = [_doubled(lines[k].text.text[a:b]) for k, a, b in found]
    out = list(lines)
    changes: list[Change] = []
    for n, (k, a, b) in enumerate(found):
        if not doubled[n]:
            continue
        around = doubled[max(0, n - AROUND):n] + doubled[n + 1:n + 1 + AROUND]
        if sum(around) < MIN_DOUBLED_AROUND:
            continue
        half = (b - a) // 2
        fixed = drop_spans(out[k].text, [(a + half, b)], "doubled-layer")
        out[k] = out[k].with_text(fixed.text)
        changes.extend(fixed.changes)
    return tuple(out), changes
