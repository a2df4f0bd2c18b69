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
"""

from __future__ import annotations

from typing import Any, Sequence

from pdfminer.layout import LTChar

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
    return kept, copies

