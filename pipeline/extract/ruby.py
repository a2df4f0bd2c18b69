"""Ruby (furigana): small kana set just above, or right of, a run of kanji.

Ruby is the reading of its base run, not part of the sentence: left in the
flow it splits words (``道後温泉は日どうごおんせん本最古の``). It is found from
the glyphs' positions and sizes, before pdfminer groups glyphs into lines (so
ruby drawn between the base glyphs in the content stream cannot break the
base line apart):

* a ruby glyph is at most :data:`RUBY_RATIO` of its base glyph's size
  (JIS X 4051 sets ruby at half the base size);
* in horizontal writing it sits on top of its base glyph (its bottom no
  lower than a third of its own size into the base's em box, no higher than
  half an em above it) and its centre lies over the base;
* in vertical writing it sits likewise right of its base glyph;
* the writing direction of the base glyph decides which of the two applies:
  a vertical font (``-V`` CMap) or, for a horizontal font, the glyphs drawn
  next to it being stacked rather than side by side;
* glyphs adjacent along the writing direction form one run, and a run is ruby
  when at least half of its glyphs have a base, one base is a kanji, and it
  overhangs its base run by no more than one ruby glyph at either end.

A superscript or footnote mark is small too, but it overlaps the line's em
box instead of sitting above it, so it stays in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from pdfminer.layout import LTChar

from pipeline.chardata import JA_LETTER_RE, KANJI_RE

#: Largest ruby size as a share of the base glyph's size.
RUBY_RATIO = 0.6


@dataclass
class RubyRun:
    """One run of ruby glyphs (drawing order) and the base glyphs it reads."""

    glyphs: list[LTChar]
    vertical: bool
    bases: list[LTChar] = field(default_factory=list)


def _stacked(a: LTChar, b: LTChar) -> bool:
    """``b`` is drawn right above or below ``a`` (vertical writing)."""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    gap = max(a.y0, b.y0) - min(a.y1, b.y1)
    return overlap > 0.5 * min(a.width, b.width) and gap < 0.5 * max(a.size, b.size)


def _side_by_side(a: LTChar, b: LTChar) -> bool:
    """``b`` is drawn right beside ``a`` (horizontal writing)."""
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    gap = max(a.x0, b.x0) - min(a.x1, b.x1)
    return overlap > 0.5 * min(a.height, b.height) and gap < 0.5 * max(a.size, b.size)


class _Directions:
    """Writing direction of body glyphs, decided lazily from their neighbours in drawing order."""

    def __init__(self, body: Sequence[LTChar]) -> None:
        self.body = body
        self.index = {id(g): i for i, g in enumerate(body)}
        self.cache: dict[int, bool] = {}

    def vertical(self, glyph: LTChar) -> bool:
        key = id(glyph)
        if key not in self.cache:
            if glyph.wmode:
                self.cache[key] = True
            else:
                i = self.index[key]
                neighbours = [self.body[j] for j in (i - 1, i + 1) if 0 <= j < len(self.body)]
                stacked = any(_stacked(glyph, n) for n in neighbours)
                beside = any(_side_by_side(glyph, n) for n in neighbours)
                self.cache[key] = stacked and not beside
        return self.cache[key]


def _over(ruby: LTChar, base: LTChar, vertical: bool) -> float | None:
    """The gap between ``ruby`` and ``base`` when ruby sits where ruby goes, else ``None``."""
    slack = 0.25 * ruby.size
    if vertical:
        gap = ruby.x0 - base.x1
        centre = (ruby.y0 + ruby.y1) / 2
        inside = base.y0 - slack <= centre <= base.y1 + slack
    else:
        gap = ruby.y0 - base.y1
        centre = (ruby.x0 + ruby.x1) / 2
        inside = base.x0 - slack <= centre <= base.x1 + slack
    if inside and -0.34 * ruby.size <= gap <= 0.5 * base.size:
        return gap
    return None


def _adjacent(a: LTChar, b: LTChar, vertical: bool) -> bool:
    """``b`` follows ``a`` within one ruby run."""
    if vertical:
        return abs(a.x0 - b.x0) <= 0.5 * a.size and -0.5 * a.size <= a.y0 - b.y1 <= 1.0 * a.size
    return abs(a.y0 - b.y0) <= 0.5 * a.size and -0.5 * a.size <= b.x0 - a.x1 <= 1.0 * a.size


#: Ruby glyphs a run centred on its base may reach past the base at each end, over the white its base was spaced
#: out with (five kana over one kanji, ``こうのとり`` over ``鸛``, reach 1.5 ruby glyphs past it at each end).
CENTRED_OVERHANG = 3.0


def _extent(glyphs: Sequence[LTChar], vertical: bool) -> tuple[float, float]:
    """The glyphs' extent along the writing direction."""
    if vertical:
        return min(g.y0 for g in glyphs), max(g.y1 for g in glyphs)
    return min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)


def _within_overhang(run: Sequence[LTChar], bases: Sequence[LTChar], vertical: bool,
                     body: Sequence[LTChar] = ()) -> bool:
    """Ruby overhangs its base run by at most one ruby glyph at each end (JIS X 4051 spaces the
    base out rather than let longer ruby hang over its neighbours); or, centred on its base (within half a ruby
    glyph), by at most :data:`CENTRED_OVERHANG` ruby glyphs at each end where no glyph of ``body`` on the base's
    line stands under it beyond that one glyph: the white the base was spaced out with (pxrubrica's ``進入無し``,
    no overhang allowed, sets ``こうのとり`` over ``鸛`` with a ruby glyph and a half of white at each side: fresh-user
    trial 76c, where it had been left in the sentence as ``こうのとり`` on a line of its own)."""
    size = max(g.size for g in run)
    lo, hi = _extent(run, vertical)
    base_lo, base_hi = _extent(bases, vertical)
    if lo >= base_lo - 1.05 * size and hi <= base_hi + 1.05 * size:
        return True
    if abs((lo + hi) - (base_lo + base_hi)) / 2 > 0.5 * size:
        return False
    if lo < base_lo - CENTRED_OVERHANG * size or hi > base_hi + CENTRED_OVERHANG * size:
        return False
    line = _extent(bases, not vertical)
    covered = [0.0, 0.0]  # how far body glyphs on the base's line stand under the ruby, before and after its base
    for g in body:
        if any(g is b for b in bases) or not g.get_text().strip():
            continue
        g_across = _extent([g], not vertical)
        if min(g_across[1], line[1]) - max(g_across[0], line[0]) <= 0.5 * min(g.size, bases[0].size):
            continue  # a glyph of another line
        g_lo, g_hi = _extent([g], vertical)
        covered[0] += max(0.0, min(g_hi, base_lo) - max(g_lo, lo))
        covered[1] += max(0.0, min(g_hi, hi) - max(g_lo, base_hi))
    return max(covered) <= 1.05 * size


#: A glyph this share of the page's body size or larger is body text: a base for ruby, however large the page's
#: largest glyph (it may still be ruby over a larger base: a title's).
BODY_SHARE = 0.9


def _body_size(glyphs: Sequence[LTChar]) -> float:
    """The size most of the page's glyphs with text are set in (the median: ruby and notes are fewer)."""
    sizes = sorted(g.size for g in glyphs if g.get_text().strip())
    return sizes[len(sizes) // 2] if sizes else 0.0


def set_aside_ruby(glyphs: Sequence[LTChar]) -> tuple[list[LTChar], list[RubyRun]]:
    """Split glyphs (drawing order) into body glyphs and ruby runs.

    Returns ``(body, runs)``; ``body`` keeps drawing order. Pages without
    glyphs small enough to be ruby cost one pass over the sizes.
    """
    if not glyphs:
        return list(glyphs), []
    largest = max(g.size for g in glyphs)
    small = [g for g in glyphs if g.size <= RUBY_RATIO * largest and g.get_text().strip()]
    if not small:
        return list(glyphs), []
    small_ids = {id(g) for g in small}
    # the body text's glyphs stand as bases even where the page's title makes them small beside it (a 10 pt body
    # under a 17.3 pt title is within RUBY_RATIO of the title): they had been ruby candidates only, so no ruby over
    # the body had a base (col48's real-PDF set, pxrubrica's sample: 3 of its ruby runs set aside, the rest in the
    # lines as ``くじやく`` over ``孔雀``, or table cells)
    body_size = _body_size(glyphs)
    body = [g for g in glyphs if id(g) not in small_ids or g.size >= BODY_SHARE * body_size]
    directions = _Directions(body)
    cell = largest
    grid: dict[tuple[int, int], list[LTChar]] = {}
    for g in body:
        if g.get_text().strip():
            grid.setdefault((int(g.x0 // cell), int(g.y0 // cell)), []).append(g)

    found: dict[int, tuple[LTChar, bool]] = {}  # id(ruby glyph) -> (base, vertical)
    for r in small:
        cx, cy = int(r.x0 // cell), int(r.y0 // cell)
        best: tuple[float, LTChar, bool] | None = None
        for dx in (-2, -1, 0, 1):
            for dy in (-2, -1, 0, 1):
                for b in grid.get((cx + dx, cy + dy), ()):
                    if r.size > RUBY_RATIO * b.size:
                        continue
                    vertical = directions.vertical(b)
                    gap = _over(r, b, vertical)
                    if gap is not None and (best is None or abs(gap) < best[0]):
                        best = (abs(gap), b, vertical)
        if best is not None:
            found[id(r)] = (best[1], best[2])

    runs: list[RubyRun] = []
    current: list[LTChar] = []

    def close() -> None:
        if not current:
            return
        based = [found[id(g)] for g in current if id(g) in found]
        directions_seen = {v for _, v in based}
        if (2 * len(based) >= len(current) and len(directions_seen) == 1
                and any(KANJI_RE.match(b.get_text()) for b, _ in based)):
            bases: list[LTChar] = []
            for b, _ in based:
                if all(b is not seen for seen in bases):
                    bases.append(b)
            vertical = directions_seen.pop()
            if _within_overhang(current, bases, vertical, body):
                runs.append(RubyRun(glyphs=list(current), vertical=vertical, bases=bases))
        current.clear()

    for r in small:
        if (current and abs(r.size - current[-1].size) > 0.1 * current[-1].size
                and not (id(r) in found and id(current[-1]) in found)):
            # a run is set in one size: a glyph of another size without a base of its own parts it (pxrubrica's test
            # sheet, fresh-user trial 78c: a 9.2 pt body's `、`, squeezed against a 4.6 pt ruby overhanging it and a
            # candidate beside the sheet's 18.4 pt samples, had opened the ruby's run, `、あふぎ`, and left the text)
            close()
        if current:
            vertical = next((found[id(g)][1] for g in current if id(g) in found), False)
            if not _adjacent(current[-1], r, vertical):
                close()
        current.append(r)
    close()

    ruby_ids = {id(g) for run in runs for g in run.glyphs}
    if not ruby_ids:
        return list(glyphs), []
    return [g for g in glyphs if id(g) not in ruby_ids], runs


def spread_base_gap(run: RubyRun, before: LTChar, after: LTChar) -> bool:
    """The white between ``before`` and ``after``, two Japanese glyphs of ``run``'s base one after the other, is white
    the base was spread with to fit its ruby, no word space: JIS X 4051 spaces a base out under ruby longer than it
    (pxrubrica's ``国 会`` under ``こくくわい``, ``関 係`` under ``くわんけい``), so the base's extent matches the ruby's
    within one ruby glyph at each end and the gap lies under the ruby. pdfminer reads a gap so wide as a word space
    (fresh-user trial 78c: 11 words of the preamble split, ``国 会``, ``厳 粛``; made-up PDFs: tests/test_lost78.py).
    """
    if not all(JA_LETTER_RE.match(g.get_text()) for g in (before, after)):
        return False
    vertical = run.vertical
    size = max(g.size for g in run.glyphs)
    lo, hi = _extent(run.glyphs, vertical)
    # (a kana the ruby overhangs beside its kanji is among the run's bases, ``た`` of ``た国会``: the spread base is
    # its kanji)
    kanji = [g for g in run.bases if KANJI_RE.match(g.get_text())] or run.bases
    base_lo, base_hi = _extent(kanji, vertical)
    if vertical:
        gap_lo, gap_hi = after.y1, before.y0
    else:
        gap_lo, gap_hi = before.x1, after.x0
    spread = abs(lo - base_lo) <= 1.05 * size and abs(hi - base_hi) <= 1.05 * size
    return spread and gap_hi > gap_lo and lo <= gap_lo and gap_hi <= hi
