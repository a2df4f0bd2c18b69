"""Superscripts: small glyphs raised above their line's baseline, read as ``¹²³`` (and ``ᵃᵇᶜ``).

An affiliation mark (``Anna Berg¹``), a footnote reference (``…resilience³``)
or an exponent (``m²``) is a digit set markedly smaller than the line's text
and raised above its baseline. pdfminer.six gives its plain character
(``1``), and the line reads ``Anna Berg1``: a name with a digit in it, and an
affiliation line that opens with its mark (``¹ Dept. of …``) reads as the
numbered heading ``1 Dept. of …``. PyMuPDF flags such spans as superscript
from the same two facts (size and baseline shift); pdfplumber and
unstructured keep the plain digit.

A glyph of a horizontal line is a superscript when both hold:

* its size is at most :data:`SMALL` of the line's body size (the median size
  of the line's inked glyphs), and
* its bottom stands at least :data:`RAISED` of the body size above the
  median bottom of the line's body glyphs (a smaller font set on the same
  baseline, small capitals or a reduced word, stands within a point of it;
  a subscript stands below).

A superscript digit or small Latin letter is written as its Unicode
superscript form (``1`` → ``¹``, ``a`` → ``ᵃ``: an affiliation mark of the
``Anna Bergᵃ`` style), one character for one glyph, so raw positions do not
move; other raised glyphs (``*``, ``†``, a capital) keep their character. The decision is in docs/decisions.md
("Superscript digits").

An enumerate number drawn small inside a ball, circle or square (beamer's
``enumerate items`` templates) is small and its bottom stands above the
baseline too, but it is no superscript: it opens its line, a space (the
label's separation) parts it from the item's first word, and it sits centred
on the line's text (its middle within :data:`CENTRED` of the body size of the
body glyphs' middle), where a superscript's middle stands about 0.3 of the
body size above it. Such a line-opening run of digits keeps its plain digits
(``1 Partition the site set …``), :func:`centred_item_number` (real71:
beamer's conference-talk example read ``¹ Partition …`` on 35 lines).
"""

from __future__ import annotations

import statistics
import unicodedata
from typing import Sequence

from pdfminer.layout import LTChar

from pipeline.notemarks import SUPERSCRIPT_DIGITS

#: Largest size of a superscript as a share of the line's body size (LaTeX sets them at 0.7, Word at about 0.65).
SMALL = 0.8
#: Share of the body size by which a superscript's bottom stands above the body glyphs' bottoms at least.
RAISED = 0.2
#: Largest distance, as a share of the body size, between the middles of a line-opening number and the body glyphs
#: for the number to be centred on the line (an enumerate ball's number, beamer); a superscript's stands ~0.3 off.
CENTRED = 0.12
#: Smallest gap, as a share of the body size, after a line-opening number for a space to part it from its item.
ITEM_GAP = 0.2


def _superscript_letters() -> dict[str, str]:
    """The small Latin letters with a superscript form (modifier letters) in the Basic Multilingual Plane."""
    out = {}
    for letter in "abcdefghijklmnoprstuvwxyz":  # q: only U+107A5 (Unicode 14), which few fonts have
        for name in (f"MODIFIER LETTER SMALL {letter.upper()}", f"SUPERSCRIPT LATIN SMALL LETTER {letter.upper()}"):
            try:
                out[letter] = unicodedata.lookup(name)
                break
            except KeyError:
                continue
    return out


#: Each digit and small Latin letter to its superscript form.
SUPERSCRIPTS = str.maketrans({**dict(zip("0123456789", SUPERSCRIPT_DIGITS)), **_superscript_letters()})


def superscript_glyphs(glyphs: Sequence[LTChar]) -> set[int]:
    """``id`` of each glyph of one horizontal line that is set as a superscript (module docstring).

    A line of one size has none: the body size is then every glyph's size.
    """
    inked = [g for g in glyphs if g.get_text().strip() and g.upright]
    if len(inked) < 2:
        return set()
    body = statistics.median(g.size for g in inked)
    small = [g for g in inked if g.size <= SMALL * body]
    if not small:
        return set()
    bodies = [g for g in inked if g.size > SMALL * body]
    if not bodies:
        return set()
    bottom = statistics.median(g.y0 for g in bodies)
    raised = {id(g) for g in small if g.y0 - bottom >= RAISED * body}
    return raised - centred_item_number(inked, raised, bodies, body)


def centred_item_number(inked: Sequence[LTChar], raised: set[int], bodies: Sequence[LTChar], body: float) -> set[int]:
    """``id`` of the raised digits that open the line as an enumerate item's number drawn centred in a ball (module
    docstring), empty when the line opens otherwise.

    ``inked``: the line's inked upright glyphs in reading order; ``raised``: ``id`` of those read as raised;
    ``bodies``: the body-size glyphs; ``body``: the body size (points).
    """
    run = []
    for glyph in inked:
        if id(glyph) not in raised or not glyph.get_text().isdigit():
            break
        run.append(glyph)
    if not run or len(run) == len(inked):
        return set()
    after = inked[len(run)]
    if after.x0 - run[-1].x1 < ITEM_GAP * body:  # ``¹Universität …``, ``²Bar-Ilan …``: a mark on its word
        return set()
    middle = (min(g.y0 for g in run) + max(g.y1 for g in run)) / 2
    body_middle = statistics.median((g.y0 + g.y1) / 2 for g in bodies)
    if abs(middle - body_middle) > CENTRED * body:
        return set()
    return {id(g) for g in run}


def as_superscript(text: str) -> str:
    """A superscript glyph's text: a digit or a small Latin letter as its superscript form, any other
    character unchanged.

    >>> as_superscript("1"), as_superscript("*"), as_superscript("12"), as_superscript("ab"), as_superscript("q")
    ('¹', '*', '¹²', 'ᵃᵇ', 'q')
    """
    return text.translate(SUPERSCRIPTS)
