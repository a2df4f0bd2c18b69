"""Overprint: a glyph drawn again at (nearly) the same place is one glyph.

Fake bold draws each glyph, or each line, twice a fraction of a point apart;
some producers draw a whole text layer twice. pdfminer reports every drawing,
so the text comes out doubled. The decision follows pdfplumber's
``utils.dedupe_chars``: two glyphs are copies when they have the same text,
font name, size and uprightness and their top and left edges lie within a
tolerance (pdfplumber's default, 1 pt). Only positions decide, never the text:
``ワッショイワッショイ`` set side by side is two words, not a copy.

The tolerance grows with the type size (0.1 em) for large headings drawn
twice a point or two apart; it stays far below the narrowest advance of a
repeated glyph (``ll`` in Helvetica is 0.22 em apart), so text that is
really repeated is never taken for a copy.

A glyph with no Unicode map (``(cid:N)``) drawn over a glyph that reads, of the same size and width, is its copy
too (:func:`_lost_copies_set_aside`): a second layer set in a face without a map.
"""

from __future__ import annotations

from typing import Any, Sequence

from pdfminer.layout import LTChar

from pipeline.extract.glyphs import lost_glyph

#: pdfplumber's ``dedupe_chars`` default tolerance, in PDF points.
TOLERANCE_PT = 1.0
#: … widened for large type, in ems.
TOLERANCE_EM = 0.1


def set_aside_overprint(glyphs: Sequence[LTChar]) -> tuple[list[LTChar], dict[int, list[LTChar]]]:
    """Split glyphs (in drawing order) into the ones kept and the copies.

    Returns ``(kept, copies)``: ``kept`` in drawing order; ``copies`` maps
    ``id(original)`` to the later drawings of that glyph, in drawing order.
    The first drawing is kept (the text flows in the order it was drawn).
    Space glyphs are compared too: a doubled space is a copy like any other.
    """
    kept: list[LTChar] = []
    copies: dict[int, list[LTChar]] = {}
    # Grid cells of the tolerance's size: a copy lies in its original's cell
    # or a neighbouring one, so each glyph is compared with a handful of others.
    cells: dict[tuple[Any, int, int], list[LTChar]] = {}
    for glyph in glyphs:
        tol = max(TOLERANCE_PT, TOLERANCE_EM * glyph.size)
        key = (glyph.get_text(), glyph.fontname, round(glyph.size, 1), glyph.upright)
        cx, cy = int(glyph.x0 // tol), int(glyph.y1 // tol)
        original = None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in cells.get((key, cx + dx, cy + dy), ()):
                    if abs(other.x0 - glyph.x0) <= tol and abs(other.y1 - glyph.y1) <= tol:
                        original = other
                        break
                if original is not None:
                    break
            if original is not None:
                break
        if original is None:
            kept.append(glyph)
            cells.setdefault((key, cx, cy), []).append(glyph)
        else:
            copies.setdefault(id(original), []).append(glyph)
    return _lost_copies_set_aside(kept, copies)


def _lost_copies_set_aside(kept: list[LTChar], copies: dict[int, list[LTChar]]) -> tuple[list[LTChar], dict[int, list[LTChar]]]:
    """A lost glyph (:func:`~pipeline.extract.glyphs.lost_glyph`: ``(cid:N)``, no Unicode map) drawn where a glyph
    that reads is drawn, of the same size, uprightness and width within the tolerance, is a copy of it: a second
    layer set in a face without a Unicode map (a shadow's, an outline's, fake bold's), whose glyph would otherwise
    be read as one more lost character beside its own text (``入場無料・予約不要`` drawn over ``入場無(cid:2204)・予約不要``
    read ``入場無料・予約不要\ufffd``; decision, session 73, helper dup73). The glyph that reads is kept, in the place
    of the first drawing, and the lost one joins its copies; two glyphs that both read are never matched here (their
    text differs: two glyphs)."""
    lost = [k for k, g in enumerate(kept) if lost_glyph(g.get_text())]
    if not lost:
        return kept, copies
    cells: dict[tuple[Any, int, int], list[int]] = {}
    for k, glyph in enumerate(kept):
        if not lost_glyph(glyph.get_text()) and glyph.get_text().strip():
            tol = max(TOLERANCE_PT, TOLERANCE_EM * glyph.size)
            cells.setdefault((round(glyph.size, 1), glyph.upright, int(glyph.x0 // tol), int(glyph.y1 // tol)), []).append(k)
    moved: dict[int, int] = {}  # kept index of a lost glyph -> kept index of the glyph that reads, drawn over it
    taken: set[int] = set()
    for k in lost:
        glyph = kept[k]
        tol = max(TOLERANCE_PT, TOLERANCE_EM * glyph.size)
        cx, cy = int(glyph.x0 // tol), int(glyph.y1 // tol)
        near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                for j in cells.get((round(glyph.size, 1), glyph.upright, cx + dx, cy + dy), ())
                if j not in taken and abs(kept[j].x0 - glyph.x0) <= tol and abs(kept[j].y1 - glyph.y1) <= tol
                and abs(kept[j].width - glyph.width) <= tol]
        if near:
            j = min(near)
            moved[k] = j
            taken.add(j)
    if not moved:
        return kept, copies
    placed_at = {j: k for k, j in moved.items() if k < j}  # the glyph that reads, drawn after the lost one
    out: list[LTChar] = []
    for k, glyph in enumerate(kept):
        if k in placed_at:
            continue  # it stands where the lost glyph stood
        if k not in moved:
            out.append(glyph)
            continue
        reader = kept[moved[k]]
        if moved[k] > k:
            out.append(reader)
        copies[id(reader)] = copies.get(id(reader), []) + [glyph] + copies.pop(id(glyph), [])
    return out, copies

