"""Repeated lines and doubled page numbers.

*Near-duplicate lines.* A shadow layer extracted as its own text box repeats
a nearby line, often without its apostrophes and quotes (``… the region s
three largest port towns.`` a few lines after ``… the region’s three
largest port towns``). Two lines at most :data:`WINDOW` lines apart with
the same key (letters and digits) of at least :data:`MIN_KEY` characters are
one line when they differ as a text and its shadow do
(:func:`pipeline.clean.shadow.shadow_pair`): only in punctuation a shadow
loses (quotes, apostrophes, stops, commas, brackets, bullets; ``command1 ;
command2`` and ``command1 | command2`` differ in an operator, so both stay),
each lost glyph leaving a trace (a space where it stood, or a space or the
line's start beside it), not only at the line's end. A line a writer repeats
with more stops (``MAKE IT STOP!`` / ``MAKE IT STOP!!``), quoted another way
(``"Sniglets", Rich Hall`` / ``Sniglets, "Rich Hall``) or with a hyphen added
(``with 'y'`` / ``with '-y'``) stays. The copy with more characters is kept
(it lost less), the first on a tie. Lines that repeat
exactly are kept: a caption may well repeat (``Port agreement with``
above ``Hangzhou in 2007`` and again above ``Suzhou in 2008``). Short lines (``Riverton City``, ``Hangzhou``, fewer than four words such as a file name
``/etc/ssh/sshd_config`` beside ``"/etc/ssh/sshd_config"``) are left alone: a map label
and a heading may well say the same thing.

*Doubled page numbers.* A page number drawn twice reads ``１０１０``. The
digits' shape is no evidence: ``11``, ``22``, ``33`` are real page numbers as
often as doubled ones, and a contents page lists ``. 33`` three times beside
``. 32`` and ``. 34``. Page numbers (digit-only lines, and a number after white
space at the end of a non-Japanese line) that read as a doubled number are
collapsed only where the sequence they belong to shows the doubling:

* at least two of the three page numbers before and three after them read
  doubled too (a deck that doubles its page numbers doubles them nearly all;
  ``9, 11, 13`` stays, and so does a lone ``Chapter 3`` among doubled ones); and
* their run (doubled page numbers at most :data:`AROUND` apart) is no page
  sequence as written but is one halved: it holds doubled numbers of two
  digit lengths (``88``, ``99`` beside ``1010``, ``1111``: no document numbers
  its pages 99 then 1010, while the halves 9, 10 follow on), and the halves
  lie close together (within :data:`SPAN_PER_NUMBER` pages per number), or
* the run stands one number per page and its halves follow the page index
  (half minus page index the same on at least :data:`MIN_PAGED` pages) while the
  numbers as written do not.

A list of ``11, 22, 33, 44`` alone, or a contents page, has neither and stays.
"""

from __future__ import annotations

import re

from pipeline.model import Text
from pipeline.clean.edits import Change, Line, drop_spans
from pipeline.chardata import has_japanese
from pipeline.clean.scripts import key_of
from pipeline.clean.shadow import shadow_pair

WINDOW = 8
MIN_KEY = 15
MIN_WORDS = 4  # a file name or a command (``/etc/ssh/sshd_config``, ``:set nocompatible``) is no sentence
AROUND = 3              # page numbers looked at on each side
MIN_DOUBLED_AROUND = 2  # of which this many must read doubled
SPAN_PER_NUMBER = 2     # halves of a run of n numbers span at most 2n + 2 pages (pages without a number, a repeat)
MIN_PAGED = 3           # pages whose number must follow the page index for that to be evidence

_PAGE_LINE = re.compile(r"^\d{1,8}$")
_PAGE_TAIL = re.compile(r"\s(\d{1,8})$")


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
            and shadow_pair(out[previous].text.text, line.text.text)
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
    """``1010`` reads as ``10`` drawn twice; ``0101`` does not (no page number starts with 0).

    >>> _doubled("1010"), _doubled("33"), _doubled("0101"), _doubled("123")
    (True, True, False, False)
    """
    half = len(number) // 2
    return len(number) % 2 == 0 and number[:half] == number[half:] and number[0] != "0"


def _halves_follow_lengths(numbers: list[str]) -> bool:
    """The run holds doubled numbers of two digit lengths and their halves lie close together.

    >>> _halves_follow_lengths(["66", "88", "1010", "1212"]), _halves_follow_lengths(["11", "22", "33", "44"])
    (True, False)
    >>> _halves_follow_lengths(["33", "33", "33"]), _halves_follow_lengths(["11", "999999"])
    (False, False)
    """
    if len({len(n) for n in numbers}) < 2:
        return False
    halves = [int(n[: len(n) // 2]) for n in numbers]
    return max(halves) - min(halves) <= SPAN_PER_NUMBER * len(numbers) + 2


def _halves_follow_pages(numbers: list[str], pages: list[int | None]) -> bool:
    """One doubled number per page, and half minus page index the same on :data:`MIN_PAGED` pages or more,
    while the numbers as written drift from the page index.

    >>> _halves_follow_pages(["22", "33", "44"], [1, 2, 3]), _halves_follow_pages(["22", "33", "44"], [1, 1, 1])
    (True, False)
    """
    if None in pages or len(set(pages)) != len(pages) or len(pages) < MIN_PAGED:
        return False
    halves = {int(n[: len(n) // 2]) - p for n, p in zip(numbers, pages)}  # type: ignore[operator]
    written = {int(n) - p for n, p in zip(numbers, pages)}  # type: ignore[operator]
    return len(halves) == 1 and len(written) > 1


def collapse_doubled_page_numbers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[Change]]:
    """Collapse page numbers drawn twice (``1010`` → ``10``) where their sequence shows the doubling.

    Why: see the module docstring.

    >>> lines = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(
    ...     ["99", "Tea Houses 1010", "1111", "Part 2", "3", "5", "7", "9", "11", "13"], 1))
    >>> [l.text.text for l in collapse_doubled_page_numbers(lines)[0]]
    ['9', 'Tea Houses 10', '11', 'Part 2', '3', '5', '7', '9', '11', '13']
    >>> contents = tuple(Line(Text.from_raw(s, n)) for n, s in enumerate(
    ...     ["Setup . 32", "Rules . 33", "Files . 33", "Hooks . 33", "Tests . 34", "11", "22", "33", "44"], 1))
    >>> collapse_doubled_page_numbers(contents)[1]
    []
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
    numbers = [lines[k].text.text[a:b] for k, a, b in found]
    doubled = [_doubled(n) for n in numbers]
    supported = [
        doubled[n] and sum(doubled[max(0, n - AROUND):n] + doubled[n + 1:n + 1 + AROUND]) >= MIN_DOUBLED_AROUND
        for n in range(len(found))
    ]
    out = list(lines)
    changes: list[Change] = []
    for run in _runs(supported):
        written = [numbers[n] for n in run]
        pages = [lines[found[n][0]].page for n in run]
        if not (_halves_follow_lengths(written) or _halves_follow_pages(written, pages)):
            continue
        for n in run:
            k, a, b = found[n]
            half = (b - a) // 2
            fixed = drop_spans(out[k].text, [(a + half, b)], "doubled-layer")
            out[k] = out[k].with_text(fixed.text)
            changes.extend(fixed.changes)
    return tuple(out), changes


def _runs(supported: list[bool]) -> list[list[int]]:
    """Indexes of the supported page numbers, grouped where at most :data:`AROUND` apart.

    >>> _runs([True, False, True, False, False, False, True, False])
    [[0, 2], [6]]
    """
    runs: list[list[int]] = []
    for n, ok in enumerate(supported):
        if not ok:
            continue
        if runs and n - runs[-1][-1] <= AROUND:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs
