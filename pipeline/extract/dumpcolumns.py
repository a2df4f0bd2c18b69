"""A text dump laid out in columns side by side: where they are, so that each is read whole, left column first.

``pdftotext -layout`` (and any dump that keeps a page's layout on a grid of character cells) writes a two-column
page line by line across both columns: each line holds the left column's line, a run of spaces, then the right
column's line. Read line by line, the columns interleave: section 1's sentences run on into section 3's.

The evidence is the page's, as a layout tool sees it on a PDF page, measured here in display columns (UAX #11
East Asian Width through ``wcwidth``, :func:`pipeline.chardata.char_width`: a full-width glyph takes two cells, as it does
on the dump's grid):

* a **white channel**: two display columns or more that no glyph of any line of the block stands in, the same
  columns line after line (pdfplumber's maintainers find a page's columns as the x-ranges no word crosses;
  unstructured's default reading order cuts its elements at the widest white gap, recursive XY-cut);
* **both sides are prose set to a measure**: three lines or more hold text on both sides of the channel; each
  column is :data:`MIN_COLUMN_WIDTH` cells wide or more; most of those lines fill their column to its edge
  (:data:`FILLED_SHARE`: a column of prose is justified or wrapped at its measure); each side's text is mostly
  letters and holds no further channel of its own (3 spaces or more). A table's cells, a form's labels, a
  contents list's page numbers, a speaker line's name and affiliation, code and its comments fail one of these;
* **lines that fill only one side** (a column's paragraph ending short, one column longer than the other) belong to
  the block when they start at their column's edge (a paragraph's indent of a few cells aside);
* **a line across the channel** (a title or a centred heading over both columns, a paragraph set full width) is no
  part of a block: it ends the block above it, and starts no block below it; so does a page break (form feed).

docling reads a page's elements in order by their boxes (one overlapping another's x-range below it comes after;
otherwise the left one first), after its layout model has told a title from a column; here a line across the
channel plays the title's part. Only two columns side by side are read (a third would be a channel found again in
the right column: not done, docs/extract.md).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.chardata import char_width, is_ja_letter
from pipeline.model import DumpColumns

MIN_CHANNEL = 2
"""Display columns of white a gutter holds at least, in every line of its block."""
MIN_SPLIT_LINES = 3
"""Lines of a block with text on both sides of the channel, at least."""
MIN_COLUMN_WIDTH = 16
"""Display columns each column spans at least (8 full-width glyphs, 16 Latin letters): a name beside an affiliation,
a label beside its value, a page number beside its entry are narrower."""
FILLED_SHARE = 0.5
"""Share of a side's lines that the column goes on from (the next line holds text on that side too) that reach the
column's edge, at least: prose fills its measure but at a paragraph's end and in a heading; a table's rows, a
form's labels and code end where their text does."""
FILLED_SLACK = 0.25
"""How far short of its column's edge a line may end and still fill it: this share of the column's width (a ragged
right margin's last word), at least :data:`MIN_SLACK` cells."""
MIN_SLACK = 4
MIN_LETTER_SHARE = 0.6
"""Share of letters among a side's glyphs (digits, marks and punctuation are the rest): code, a table's figures."""
RUN_ON_SHARE = 1 / 3
"""Share of those lines whose sentence goes on into the next line of the column (:func:`_runs_on`), at least: prose
wraps mid-sentence; a form's or a table's rows each stand complete (the share tables.py's guard weighs, docs/talk-json.md)."""
SENTENCE_ENDS = "。．.!?！？:：」』)）"
MAX_INDENT = 4
"""Cells a line holding one side only may start after its column's edge (a paragraph's indent) and still belong."""
INNER_CHANNEL = "   "
"""Spaces that, inside one side's text, part it again: a table's cells, not a column of prose."""




def _cells(line: str) -> list[tuple[int, int]]:
    """``(display column, width)`` of each character of ``line``."""
    if line.isascii() and line.isprintable():
        return [(i, 1) for i in range(len(line))]
    out = []
    col = 0
    for ch in line:
        w = char_width(ch)
        out.append((col, w))
        col += w
    return out


_WORDS = re.compile(r"[^ ]+")


def _ink(line: str) -> list[tuple[int, int]]:
    """Display columns ``[start, end)`` of each run of text, parted by layout spaces (an ideographic space is text:
    a Japanese paragraph's indent).

    >>> _ink("ab  国x   c")
    [(0, 2), (4, 7), (10, 11)]
    """
    if line.isascii() and line.isprintable():  # one cell a character: the runs are the words' spans
        return [m.span() for m in _WORDS.finditer(line)]
    runs: list[tuple[int, int]] = []
    for ch, (col, w) in zip(line, _cells(line)):
        if ch in " \f" or w == 0:
            continue
        if runs and runs[-1][1] == col:
            runs[-1] = (runs[-1][0], col + w)
        else:
            runs.append((col, col + w))
    return runs


def _raw_index(line: str, display: int) -> int:
    """The index of the first character of ``line`` at display column ``display`` or after (``len(line)`` if none)."""
    if line.isascii() and line.isprintable():
        return min(display, len(line))
    return next((i for i, (col, _) in enumerate(_cells(line)) if col >= display), len(line))


def _letters(text: str) -> float:
    glyphs = [c for c in text if not c.isspace()]
    return sum(unicodedata.category(c).startswith("L") for c in glyphs) / len(glyphs) if glyphs else 0.0


def _fits(runs: list[tuple[int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The white channel ``[lo, hi)`` narrowed so that no run stands in it, ``None`` when under :data:`MIN_CHANNEL`.

    A run across the whole channel leaves none; a run reaching into it from one side narrows it."""
    for a, b in runs:
        if a < hi and b > lo:  # the run stands in the channel
            if a <= lo and b >= hi:
                return None
            if a <= lo:
                lo = b
            elif b >= hi:
                hi = a
            else:  # inside it: the wider side of it stays
                lo, hi = (lo, a) if a - lo >= hi - b else (b, hi)
        if hi - lo < MIN_CHANNEL:
            return None
    return lo, hi


def _gaps(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The white gaps of :data:`MIN_CHANNEL` columns or more between a line's runs of text."""
    return [(a[1], b[0]) for a, b in zip(runs, runs[1:]) if b[0] - a[1] >= MIN_CHANNEL]


def _grow(runs: "_Runs", seed: int, channel: tuple[int, int],
          page_starts: set[int]) -> tuple[int, int, tuple[int, int]]:
    """The run of lines around ``seed`` through which ``channel`` stays white (narrowed as lines reach into it):
    ``(first, last, channel)`` by index. ``None`` in ``runs`` is a line no block takes (a page break in it); a block
    never crosses a page's start (``page_starts``, indices)."""
    lo, hi = channel
    ends = []
    for step, stop in ((1, len(runs)), (-1, -1)):  # down from the seed, then up
        end = seed
        for j in range(seed + step, stop, step):
            if runs[j] is None or (j if step > 0 else j + 1) in page_starts:
                break
            fit = _fits(runs[j], lo, hi)
            if fit is None:
                break
            lo, hi = fit
            end = j
        ends.append(end)
    last, first = ends
    return first, last, (lo, hi)


class _Runs:
    """Each line's runs of text (:func:`_ink`), measured when first asked for; ``None`` for a line no block takes (a
    page break inside its text, a TAB)."""

    def __init__(self, lines: list[str] | tuple[str, ...]) -> None:
        self.lines = lines
        self.known: dict[int, list[tuple[int, int]] | None] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, j: int) -> list[tuple[int, int]] | None:
        if j not in self.known:
            line = self.lines[j]
            self.known[j] = None if "\f" in line.strip("\f ") or "\t" in line else _ink(line)
        return self.known[j]


def find_columns(lines: list[str] | tuple[str, ...]) -> tuple[DumpColumns, ...]:
    """The blocks of a text dump set in two columns side by side (module docstring), top to bottom.

    ``lines`` are the dump's lines as the file spells them (raw columns); each block names its first and last raw
    line (1-based), the white channel's display columns, and for each of its lines the raw column where its right
    column starts (its length where it holds none).

    >>> left = ["地方都市では路線バスの利用者が減", "少し、路線の廃止が相次いでいる。", "本稿では、路線再編の効果を検討す"]
    >>> right = ["高松市では路線を再編し、幹線と支", "線に分けた。幹線の運行本数は１．", "５倍になり、利用者も増加した。"]
    >>> block, = find_columns(["  題名", ""] + [l + "    " + r for l, r in zip(left, right)])
    >>> block.first, block.last, block.channel, block.cuts
    (3, 5, (32, 36), (20, 20, 20))
    >>> find_columns(["山田 太郎          みなと総研"] * 4)
    ()
    """
    page_starts = {j for j, line in enumerate(lines) if line.lstrip(" ").startswith("\f")}
    runs = _Runs(lines)
    blocks: list[DumpColumns] = []
    j = 0
    while j < len(lines):
        found = None
        reached: list[int] = []
        # only a line with two spaces inside its text opens a search (most lines of most dumps are never measured)
        for gap in (_gaps(runs[j]) if "  " in lines[j].strip(" \f") and runs[j] else ()):
            first, last, channel = _grow(runs, j, gap, page_starts)
            block = _weighed(lines, runs, first, last, channel)
            if block is not None and (not blocks or block.first > blocks[-1].last):
                found = block
                break
            reached.append(last)
        if found is None:
            # the lines down to the nearest ``last`` share its channel: a search from one of them finds that run again
            j = max(j + 1, min(reached, default=j) + 1)
            continue
        blocks.append(found)
        j = found.last  # 1-based last == the index after it
    return tuple(blocks)


def _side_end(runs: list[tuple[int, int]] | None, lo: int, hi: int, side: int) -> int | None:
    """Where the line's text on ``side`` (0 left of the channel ``[lo, hi)``, 1 right of it) ends, ``None`` if none."""
    ends = [b for a, b in (runs or ()) if (b <= lo if side == 0 else a >= hi)]
    return max(ends) if ends else None


def _side_text(line: str, lo: int, hi: int, side: int) -> str:
    """The line's text on ``side`` of the channel ``[lo, hi)`` (display columns)."""
    return (line[:_raw_index(line, lo)] if side == 0 else line[_raw_index(line, hi):]).strip(" \f")


def _runs_on(line: str, after: str) -> bool:
    """A sentence goes on from ``line`` into ``after``: ``line`` ends on no sentence's or heading's end and ``after``
    carries it on (in small letters, or a Japanese line after a Japanese letter or a comma).

    >>> _runs_on("地方都市では路線バスの利用者が減", "少し、路線の廃止が"), _runs_on("many of their ferry", "links since")
    (True, True)
    >>> _runs_on("Margaret Oliphant", "14 Harbour Row, Wick"), _runs_on("は1.5倍になった。", "今後は")
    (False, False)
    """
    if not line or not after or line[-1] in SENTENCE_ENDS:
        return False
    if after[0].islower():
        return True
    return (is_ja_letter(line[-1]) or line[-1] in "、，,") and is_ja_letter(after[0])


def _weighed(lines, runs, first: int, last: int, channel: tuple[int, int]) -> DumpColumns | None:
    """The block ``first..last`` (indices) with its white ``channel``, trimmed to the lines that belong, when the
    evidence holds (module docstring); else ``None``."""
    lo, hi = channel
    both = [j for j in range(first, last + 1) if runs[j] and runs[j][0][0] < lo and runs[j][-1][1] > hi]
    if len(both) < MIN_SPLIT_LINES:
        return None
    left_edge = min(runs[j][0][0] for j in both)
    right_edge = min(next(a for a, _ in runs[j] if a >= hi) for j in both)
    left_end = max(max(b for _, b in runs[j] if b <= lo) for j in both)
    right_end = max(runs[j][-1][1] for j in both)
    if left_end - left_edge < MIN_COLUMN_WIDTH or right_end - right_edge < MIN_COLUMN_WIDTH:
        return None
    # each side of each line holding both: prose filling its measure, of letters, without a channel of its own
    sides = [(lines[j][:_raw_index(lines[j], lo)], lines[j][_raw_index(lines[j], hi):]) for j in both]
    for k, (edge, end) in enumerate(((left_edge, left_end), (right_edge, right_end))):
        slack = max(MIN_SLACK, round(FILLED_SLACK * (end - edge)))
        # a line that its column goes on from (the next line holds text on that side) ends at the measure in prose;
        # a paragraph's last line, before a blank or the block's end, may end anywhere
        going_on = [j for j in range(first, last) if _side_end(runs[j], lo, hi, k) is not None
                    and _side_end(runs[j + 1], lo, hi, k) is not None]
        if not going_on or sum(_side_end(runs[j], lo, hi, k) >= end - slack for j in going_on) < FILLED_SHARE * len(going_on):
            return None
        parts = [_side_text(lines[j], lo, hi, k) for j in going_on], [_side_text(lines[j + 1], lo, hi, k) for j in going_on]
        if sum(_runs_on(a, b) for a, b in zip(*parts)) < RUN_ON_SHARE * len(going_on):
            return None
        texts = [s[k].strip(" \f") for s in sides]
        if _letters("".join(texts)) < MIN_LETTER_SHARE or sum(INNER_CHANNEL in t for t in texts) > len(texts) // 5:
            return None
    # a line on one side only belongs where it starts at its column's edge (a paragraph's indent aside); the block
    # ends at the first that does not; above its first line holding both sides it takes no line past a blank one
    # (a heading or a date line set apart over the columns), below its last it does (one column runs on longer)
    def belongs(j: int) -> bool:
        r = runs[j]
        if not r:
            return True
        if r[0][0] < lo and r[-1][1] > hi:
            return True
        start = r[0][0]
        edge = left_edge if start < lo else right_edge
        return edge - 1 <= start <= edge + MAX_INDENT
    top, bottom = both[0], both[-1]
    while top - 1 >= first and runs[top - 1] and belongs(top - 1):  # what white sets above it is no column's
        top -= 1
    while bottom + 1 <= last and belongs(bottom + 1):
        bottom += 1
    while not runs[top]:
        top += 1
    while not runs[bottom]:
        bottom -= 1
    if any(not belongs(j) for j in range(top, bottom + 1)):
        return None
    return DumpColumns(first=top + 1, last=bottom + 1, channel=(lo, hi),
                       cuts=tuple(_raw_index(lines[j], hi) for j in range(top, bottom + 1)))
