"""A block of vertical writing on a horizontal page, read as one text: columns right to left.

A manual, a paper or a report set horizontally may show a sample of vertical
writing (縦組み): a kanbun passage, a poem, a novel's opening. pdfminer's
``detect_vertical`` makes vertical lines of its columns, but breaks them
wherever small glyphs stand beside the column: okurigana and furigana right of
it, kaeriten (``レ``, ``一``, ``二``) in its left half under their glyph; those
small glyphs become lines of their own, horizontal or vertical, and the page's
row-and-column order (:mod:`~pipeline.extract.columns`, built for horizontal
writing) read the pieces left to right and top to bottom, each a paragraph
(fresh-user trial 76c: gckanbun's kanbun sample, 6 columns, came out as 23
paragraphs, its last column first, half its okurigana set aside as ruby).

Here such a block is found before the page's lines are joined and boxed
(:func:`tate_blocks`):

* its seeds are pdfminer's vertical lines of vertical writing (upright glyphs,
  two letters or more of a script written vertically, or drawn in a vertical
  writing mode, a ``-V`` CMap) whose columns stand side by side, centre to
  centre at most :data:`COLUMN_PITCH` glyph sizes apart, and overlap in height;
* every line (of either direction) lying wholly within the seeds' box, widened
  by :data:`MARGIN` of the main size to the sides and a quarter of it up and
  down (annotations beside the outer columns), belongs to the block, and so do
  ruby runs set aside over its glyphs;
* its main glyphs (:data:`MAIN_SHARE` of the block's main size or larger) form
  its columns by their horizontal overlap; two columns at least, set solid (the
  median white between a column's consecutive main glyphs at most :data:`SOLID`
  of the size, white that holds a small glyph aside) unless drawn in a vertical writing mode: a table whose one-kanji
  cells pdfminer stacked stands at a row's leading apart;
* each small glyph goes to the column whose main glyphs it overlaps (kaeriten),
  else to the nearest column left of it (okurigana and ruby stand right of
  their column); beside a column, adjacent small glyphs on one side form a
  run, and a run follows the main glyph it overlaps most in height (the one
  above it where it overlaps none): okurigana, ruby and kaeriten are read
  inline, right after their glyph, those right of the column before those in
  it (``有リ二晏子トイフ者一``, as kanbun is read aloud: okurigana, then the
  return mark). None is set aside as ruby: a kanbun block's kana are its
  reading, and a rule that took some of them (those over a kanji) and left the
  others split the reading between the text and the ledger;
* the columns are read right to left, each top to bottom, as the lines of one
  text box: one paragraph.

A small glyph neither in a column nor beside one within half a main size
leaves its place a guess (it is read with the nearest column): the page is counted in ``uncertain`` and extract's notes say so.
A small glyph against a column's left edge (a re-read character's second
reading, ``當ニ…べク``) is read after what stands right of the same glyph,
before its return mark (helper tate77). A stop or comma drawn over the white
beside a glyph's okurigana carries none of them and breaks no run.

A page of vertical writing (helper tate77; texlive's kanbun package example
came out in dozens of fragments) comes here too, with ``annotated_only``: a
block is taken only where small glyphs other than the ruby set aside stand in
it (kaeriten, okurigana), every one at most ``RUBY_RATIO`` of the main size (a
body under a larger title is no kanbun), one of them at least in a column or
left of one (a return mark, a second reading: helper tate78; readings the ruby
rule left beside plain vertical writing are no kunten); plain vertical writing, with or without ruby, is
ordered by :func:`~pipeline.extract.reading_order.xy_cut` as before. There
pdfminer leaves a column's pieces far apart, the white between them filled by
horizontal lines of small glyphs, so clusters of seeds whose boxes overlap (a
size of slack up and down) are one block. A lone vertical label (one column)
keeps pdfminer's line.
"""

from __future__ import annotations

import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Sequence

from pdfminer.layout import LAParams, LTChar, LTTextBoxVertical, LTTextLine, LTTextLineVertical

from pipeline.extract.ruby import RUBY_RATIO

#: Main glyphs are this share of the block's main size or larger; smaller ones annotate them.
MAIN_SHARE = 0.8
#: Two columns of one block stand at most this many glyph sizes apart, centre to centre.
COLUMN_PITCH = 3.0
#: A column is set solid: the median white between its consecutive main glyphs is at most this share of the size.
SOLID = 0.15
#: The block's box is widened by this share of its main size to each side (annotations beside its outer columns).
MARGIN = 0.6


@dataclass
class TateBlock:
    """A block of vertical writing read as one text: ``box`` holds its columns right to left, each a vertical line
    whose glyphs are in reading order; ``lines`` the raw lines they make (columns that go on one another joined);
    ``ruby`` the indices of the ruby runs read inline in it; ``uncertain`` whether a small glyph stood neither in a
    column nor right of one (:func:`_place`), its place a guess."""

    box: LTTextBoxVertical
    lines: list[list[LTTextLine]]
    ruby: set[int] = field(default_factory=set)
    uncertain: bool = False


def _glyphs(line: LTTextLine) -> list[LTChar]:
    return [g for g in line if isinstance(g, LTChar)]


def _inked(glyphs: Sequence[LTChar]) -> list[LTChar]:
    return [g for g in glyphs if g.get_text().strip()]


def _seed(line: LTTextLine) -> bool:
    """A vertical line of vertical writing: upright glyphs, two letters of a script written vertically or more (or
    glyphs drawn in a vertical writing mode)."""
    from pipeline.extract.reading_order import _script_letter, vertical_writing

    if not isinstance(line, LTTextLineVertical) or not vertical_writing(line):
        return False
    glyphs = _glyphs(line)
    return sum(1 for g in glyphs if _script_letter(g) or getattr(g, "wmode", False)) >= 2


def _kanji_row(glyphs: Sequence[LTChar], size: float) -> bool:
    """A short horizontal line pdfminer made of a column's head glyph and its annotation beside it (``自リ``): one
    glyph of a script written vertically in the block's main size, the others small."""
    from pipeline.extract.reading_order import _script_letter

    main = [g for g in glyphs if g.size >= MAIN_SHARE * size]
    return len(main) == 1 and _script_letter(main[0]) and len(glyphs) <= 4


def _foot(column: list[LTChar]) -> float:
    """Where a column's text ends: its last glyph's bottom, or the top of a stop or comma hung there."""
    last = column[-1]
    return last.y1 if unicodedata.category(last.get_text()[:1] or " ") == "Po" else last.y0


def _median_size(glyphs: Sequence[LTChar]) -> float:
    return statistics.median(g.size for g in glyphs) if glyphs else 0.0


def _main_size(glyphs: Sequence[LTChar]) -> float:
    """The size the block's text is set in: the size (to 0.1 pt) whose glyphs cover the most of the page (count times
    size squared), so neither the kunten, which may outnumber a kanbun column's kanji (texlive's kanbun example: 194
    glyphs at 10.4 pt, 171 at 20.8), nor a few large glyphs over a body in ruby-sized text (pxrubrica's test sheet,
    fresh-user trial 78c: 8 glyphs at 18.4 pt among 365 at 9.2 and ruby at 4.6) is taken for the main text. Before,
    the largest size of any column made the sheet's 9.2 pt body "kunten" of its two 18.4 pt columns."""
    area: dict[float, float] = {}
    for g in glyphs:
        area[round(g.size, 1)] = area.get(round(g.size, 1), 0.0) + g.size * g.size
    return max(area, key=lambda s: (area[s], s)) if area else 0.0


def _clusters(seeds: list[LTTextLine]) -> list[list[LTTextLine]]:
    """Seeds standing side by side (centres within :data:`COLUMN_PITCH` sizes, heights overlapping), transitively."""
    parent = list(range(len(seeds)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    sizes = [_median_size(_inked(_glyphs(s))) for s in seeds]
    for i, a in enumerate(seeds):
        for j in range(i + 1, len(seeds)):
            b = seeds[j]
            pitch = COLUMN_PITCH * max(sizes[i], sizes[j])
            if abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 <= pitch and min(a.y1, b.y1) > max(a.y0, b.y0):
                parent[root(i)] = root(j)
    # clusters whose boxes overlap (a size of slack up and down) are one block: on a page of kanbun pdfminer
    # leaves a column's pieces far apart, the white between them filled with horizontal lines of kana and kaeriten
    merged = True
    while merged:
        merged = False
        boxes: dict[int, list[float]] = {}
        for k, seed in enumerate(seeds):
            pad = sizes[k]
            box = boxes.setdefault(root(k), [seed.x0, seed.y0 - pad, seed.x1, seed.y1 + pad])
            box[:] = [min(box[0], seed.x0), min(box[1], seed.y0 - pad), max(box[2], seed.x1), max(box[3], seed.y1 + pad)]
        keys = sorted(boxes)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                p, q = boxes[a], boxes[b]
                if min(p[2], q[2]) > max(p[0], q[0]) and min(p[3], q[3]) > max(p[1], q[1]):
                    parent[root(a)] = root(b)
                    merged = True
                    break
            if merged:
                break
    groups: dict[int, list[LTTextLine]] = {}
    for k, seed in enumerate(seeds):
        groups.setdefault(root(k), []).append(seed)
    return list(groups.values())


def _columns(main: list[LTChar]) -> list[list[LTChar]]:
    """Main glyphs grouped by horizontal overlap (half the narrower glyph), right to left, each top to bottom."""
    columns: list[list[LTChar]] = []
    spans: list[list[float]] = []
    for g in sorted(main, key=lambda g: -(g.x0 + g.x1)):
        for k, (x0, x1) in enumerate(spans):
            if min(x1, g.x1) - max(x0, g.x0) >= 0.5 * min(x1 - x0, g.width):
                columns[k].append(g)
                spans[k] = [min(x0, g.x0), max(x1, g.x1)]
                break
        else:
            columns.append([g])
            spans.append([g.x0, g.x1])
    order = sorted(range(len(columns)), key=lambda k: -(spans[k][0] + spans[k][1]))
    return [sorted(columns[k], key=lambda g: -g.y1) for k in order]


def _set_solid(columns: list[list[LTChar]], small: Sequence[LTChar], size: float) -> bool:
    """The median white between consecutive main glyphs of a column is at most :data:`SOLID` of ``size``, white
    that holds a small glyph beside or in the column aside (a kaeriten's or okurigana's room)."""
    gaps = []
    for column in columns:
        x0, x1 = min(g.x0 for g in column) - size, max(g.x1 for g in column) + size
        for a, b in zip(column, column[1:]):
            gap = a.y0 - b.y1
            if gap > 0 and any(x0 <= g.x0 and g.x1 <= x1 and min(a.y0, g.y1) - max(b.y1, g.y0) >= 0.5 * gap
                               for g in small):
                continue
            gaps.append(gap)
    return bool(gaps) and statistics.median(gaps) <= SOLID * size


#: Where a small glyph stands to its column: right of it (okurigana, furigana), in it (kaeriten), left of it (a
#: re-read character's second reading, 左訓).
RIGHT, IN, LEFT = 0, 1, 2
#: The order the runs after one main glyph are read in: right of it, left of it, then in the column (the return mark).
_READ_ORDER = {RIGHT: 0, LEFT: 1, IN: 2}


def _punctuation(glyph: LTChar) -> bool:
    """A stop, comma or bracket: drawn at full size in the column, it carries no okurigana of its own."""
    return unicodedata.category(glyph.get_text()[:1] or " ").startswith("P")


def _place(glyph: LTChar, columns: list[list[LTChar]], size: float) -> tuple[int, int, bool]:
    """``(column, side, near)`` of a small glyph: side :data:`RIGHT` of its column, :data:`IN` it, or :data:`LEFT`
    of it; ``near`` is whether it is in its column or beside it within half a main size."""
    best: tuple[float, int, int] | None = None
    for k, column in enumerate(columns):
        x0, x1 = min(g.x0 for g in column), max(g.x1 for g in column)
        if min(x1, glyph.x1) - max(x0, glyph.x0) >= 0.5 * glyph.width:
            return k, 1, True
        # right of the column is where annotations stand: measured as is; left of it, a main size further
        right = glyph.x0 + glyph.x1 > 2 * x1
        distance = max(0.0, glyph.x0 - x1) if right else max(0.0, x0 - glyph.x1) + size
        side = RIGHT if right else LEFT
        if best is None or distance < best[0]:
            best = (distance, k, side)
    assert best is not None
    # annotations touch their column (ruby stands at most half a size off, :mod:`~pipeline.extract.ruby`): right of
    # it, or left of it (a re-read character's second reading, set close against its left edge)
    gap = best[0] - (size if best[2] == LEFT else 0.0)
    return best[1], best[2], gap <= 0.5 * size


def _runs(small: list[tuple[int, LTChar]], column: list[LTChar]) -> list[list[tuple[int, LTChar]]]:
    """Adjacent small glyphs on one side of a column, top to bottom: ``(side, glyph)`` runs. A run breaks where a
    main glyph's top passes between two of its glyphs' tops, the lower at or under it (okurigana start level with
    their glyph's top or lower, so the next glyph's okurigana set close under this one's start a run of their own)."""
    runs: list[list[tuple[int, LTChar]]] = []
    tops = [m.y1 for m in column if not _punctuation(m)]
    for side, g in sorted(small, key=lambda p: (p[0], -p[1].y1)):
        last = runs[-1][-1] if runs else None
        slack = 0.05 * g.size
        if (last is not None and last[0] == side and last[1].y0 - g.y1 <= 0.5 * g.size
                and not any(g.y1 <= top + slack < last[1].y1 for top in tops)):
            runs[-1].append((side, g))
        else:
            runs.append([(side, g)])
    return runs


def _base(run: list[tuple[int, LTChar]], column: list[LTChar]) -> int:
    """The main glyph of ``column`` a run follows. In the column (kaeriten, set in the white under their glyph and
    reaching into the next one's em box): the lowest main glyph whose top is above the run's top. Beside it
    (okurigana, ruby, which may start above their glyph, centred on it): the one it overlaps most in height, else
    the nearest above it."""
    top, bottom = max(g.y1 for _, g in run), min(g.y0 for _, g in run)
    if run[0][0] == IN:
        above = [k for k, m in enumerate(column) if m.y1 > top]
        return above[-1] if above else 0
    # a stop or comma drawn over the white beside a glyph's okurigana carries none of them
    overlaps = [min(top, m.y1) - max(bottom, m.y0) if not _punctuation(m) else -1.0 for m in column]
    best = max(range(len(column)), key=lambda k: (overlaps[k], -k))
    if overlaps[best] > 0:
        return best
    centre = (top + bottom) / 2
    above = [k for k, m in enumerate(column) if (m.y0 + m.y1) / 2 >= centre and not _punctuation(m)]
    return above[-1] if above else 0


def _column_line(column: list[LTChar], small: list[tuple[int, LTChar]], laparams: LAParams) -> LTTextLineVertical:
    after: dict[int, list[list[tuple[int, LTChar]]]] = {}
    for run in _runs(small, column):
        after.setdefault(_base(run, column), []).append(run)
    line = LTTextLineVertical(laparams.word_margin)
    for k, main in enumerate(column):
        # added without pdfminer's word spaces: a kanbun column has none, and annotations stand out of height order
        super(LTTextLineVertical, line).add(main)
        for run in sorted(after.get(k, ()), key=lambda r: (_READ_ORDER[r[0][0]], -r[0][1].y1)):
            for _, g in run:
                super(LTTextLineVertical, line).add(g)
    return line


def _tiers(members: list[LTTextLine], size: float) -> list[list[LTTextLine]]:
    """The block's lines split at white bands across it (a tier's foot to the next one's head, half a main ``size``
    or more, no line crossing), top to bottom: a page set in tiers (段組) reads each tier's columns right to left in
    turn. pxrubrica's test sheet (trial 78c) sets its samples in two tiers 11 pt apart; read as one block, each
    column of the upper tier ran on into the column under it."""
    tiers: list[list[LTTextLine]] = []
    bottom = 0.0
    for line in sorted(members, key=lambda m: -m.y1):
        if tiers and line.y1 > bottom - 0.5 * size:
            tiers[-1].append(line)
            bottom = min(bottom, line.y0)
        else:
            tiers.append([line])
            bottom = line.y0
    return tiers


def _read_block(members: list[LTTextLine], size: float, ruby: Sequence[Sequence[LTChar]],
                ruby_bases: Sequence[Sequence[LTChar]], laparams: LAParams, annotated_only: bool) -> TateBlock | None:
    """``members`` read as a block of vertical writing whose main glyphs are ``size``, or ``None`` where they are no
    such block (see :func:`tate_blocks`)."""
    from pipeline.extract.reading_order import _script_letter

    glyphs = _inked([g for line in members for g in _glyphs(line)])
    ids = {id(g) for g in glyphs}
    runs = {k for k, bases in enumerate(ruby_bases) if any(id(b) in ids for b in bases)}
    glyphs += [g for k in sorted(runs) for g in ruby[k]]
    if any(not g.upright and g.size < MAIN_SHARE * size for g in glyphs):
        # Latin turned 90° down a column (pTeX's 縦組): pdfminer's size of a turned glyph is its advance, so its
        # letters would be taken for annotations and read after the kanji beside them (ptexskip's `版(β7を修正…`,
        # trial 78c); such columns keep pdfminer's lines, read right to left as vertical writing
        return None
    main = [g for g in glyphs if g.size >= MAIN_SHARE * size]
    main_ids = {id(g) for g in main}
    columns = _columns(main)
    vertical_mode = 2 * sum(1 for g in main if getattr(g, "wmode", False)) > len(main)
    if len(columns) < 2 or not (vertical_mode or _set_solid(
            columns, [g for g in glyphs if id(g) not in main_ids], size)):
        return None
    ruby_ids = {id(g) for k in runs for g in ruby[k]}
    kunten = [g for g in glyphs if id(g) not in main_ids and id(g) not in ruby_ids]
    # kunten are set at half the text's size or so (ruby's measure, RUBY_RATIO); a page whose smaller glyphs are
    # text of its own (a body under a larger title, 10.5 pt under 14) is no kanbun
    if annotated_only and not (kunten and all(g.size <= RUBY_RATIO * size for g in kunten)):
        return None
    placed = [(g, *_place(g, columns, size)) for g in glyphs if id(g) not in main_ids]
    if annotated_only and not any(side != RIGHT and _script_letter(g) for g, _, side, _ in placed
                                  if id(g) not in ruby_ids):
        # (a return mark is a kanji or a kana, ``レ``, ``一``, ``上``; digits or Latin letters set small across a
        # column are the text's own, set upright side by side, 縦中横: ``＠2025＠年``, session 85, tate85)
        # on a page of vertical writing kanbun shows its return marks in the columns (or a second reading left of
        # one); small kana only right of the columns are readings the ruby rule left (pxrubrica's test sheet: ruby
        # overhanging its base's neighbours, trial 78c), read with the page's plain vertical writing by xy_cut
        return None
    small: dict[int, list[tuple[int, LTChar]]] = {}
    uncertain = False
    for g, k, side, near in placed:
        uncertain |= not near
        small.setdefault(k, []).append((side, g))
    box = LTTextBoxVertical()
    raw: list[list[LTTextLine]] = []
    top = max(column[0].y1 for column in columns)
    # the block's foot: where its columns but the last end (the median), a stop hung below it (burasagari)
    # measured at its top; with one such column there is nothing to tell a full column from a short one by
    foot = statistics.median(_foot(column) for column in columns[:-1]) if len(columns) > 2 else None
    for k, column in enumerate(columns):
        line = _column_line(column, small.get(k, []), laparams)
        box.add(line)
        # a column goes on from the one before where that one ran to the block's foot and this one is not set
        # in (a paragraph's indent); a short column (a verse's line, a paragraph's end) ends its raw line
        goes_on = (k > 0 and foot is not None and columns[k - 1][-1].y0 <= foot + 0.5 * size
                   and column[0].y1 >= top - 0.5 * size)
        if goes_on:
            raw[-1].append(line)
        else:
            raw.append([line])
    return TateBlock(box, raw, runs, uncertain)


def tate_blocks(lines: list[LTTextLine], ruby: Sequence[Sequence[LTChar]] = (), ruby_bases: Sequence[Sequence[LTChar]] = (),
                laparams: LAParams | None = None, annotated_only: bool = False) -> tuple[list[LTTextLine], list[TateBlock]]:
    """Find the blocks of vertical writing among a page's ``lines`` (pdfminer's, before boxing).

    ``ruby`` holds the page's ruby runs (glyphs) set aside before grouping, ``ruby_bases`` their base glyphs, run by
    run. Returns the lines left (those of no block, in their order) and the blocks found (see the module docstring).
    ``annotated_only`` (a page of vertical writing): a block is taken only where small glyphs stand in it besides the
    ruby runs set aside (kaeriten, okurigana: kanbun); plain vertical writing, with or without ruby, stays as it was.
    """
    laparams = laparams or LAParams(detect_vertical=True)
    seeds = [line for line in lines if _seed(line)]
    if len(seeds) < 2:
        return lines, []
    taken: set[int] = set()
    blocks: list[TateBlock] = []
    for cluster in _clusters(seeds):
        if len(cluster) < 2:
            continue
        size = _main_size(_inked([g for s in cluster for g in _glyphs(s)]))
        x0 = min(s.x0 for s in cluster) - MARGIN * size
        x1 = max(s.x1 for s in cluster) + MARGIN * size
        y0 = min(s.y0 for s in cluster) - 0.25 * size
        y1 = max(s.y1 for s in cluster) + 0.25 * size
        members: list[LTTextLine] = []
        member_ids: set[int] = set()
        grown = True
        while grown:  # a line of the block's glyphs reaching past its seeds' head or foot grows the block
            grown = False
            for line in lines:
                glyphs = _glyphs(line)
                if id(line) in taken or id(line) in member_ids or not glyphs:
                    continue
                if all(x0 <= g.x0 and g.x1 <= x1 for g in glyphs) and min(
                        line.y1, y1) > max(line.y0, y0) and (all(y0 <= g.y0 and g.y1 <= y1 for g in glyphs)
                                                             or _seed(line) or _kanji_row(glyphs, size)):
                    members.append(line)
                    member_ids.add(id(line))
                    y0, y1 = min(y0, line.y0 - 0.25 * size), max(y1, line.y1 + 0.25 * size)
                    grown = True
        for tier in _tiers(members, size):
            block = _read_block(tier, size, ruby, ruby_bases, laparams, annotated_only)
            if block is not None:
                blocks.append(block)
                taken |= {id(line) for line in tier}
    return [line for line in lines if id(line) not in taken], blocks
