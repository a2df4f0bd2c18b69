"""How a shadow copy differs from its text: the one test of "lost punctuation" the shadow rules share.

A shadow layer is drawn at the positions of the text it copies. When a glyph
of the copy is lost (an apostrophe, a quote, a comma, a bullet drawn in a font
the layer lacks), its place stays empty, so the loss leaves a trace: a space
where the glyph stood between two letters (``country s`` for ``country’s``,
``East West`` for ``East-West``), or the glyph stood next to a space or at the
start of the line anyway (``Russia and`` for ``Russia, and``; ``High rate`` for
``・High rate``). A writer's own variation leaves none of that:

* re-quoting moves a quote onto a letter (``"Sniglets", Rich`` /
  ``Sniglets, "Rich``), an added hyphen sits between two glyphs (``'y'`` /
  ``'-y'``): no space marks where a glyph was lost;
* a line repeated with more stops at its end (``MAKE IT STOP!`` /
  ``MAKE IT STOP!!``, ``power.`` / ``power...``, ``SSH`` / ``SSH, ...``) differs
  only where the line ends, where a lost glyph leaves no trace either way.

So two texts are a text and its shadow when every difference is a glyph a
shadow loses (:data:`SOFT`, or a symbol such as ``■ ○``), each with a trace,
and at least one difference is not at the very end. Used by
:func:`pipeline.clean.duplicates.drop_near_duplicate_lines` (whole lines) and
:mod:`pipeline.clean.layers` (two copies side by side on one line).
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

SOFT = frozenset("’'‘“”\".,:;!?-()「」『』、。・")
"""Punctuation a shadow copy loses (or an extraction slips): quotes, apostrophes, stops, commas, brackets."""


def _soft(ch: str) -> bool:
    return ch in SOFT or unicodedata.category(ch) == "So"  # So: bullets ■ ○


def _spaced(text: str) -> str:
    return " ".join(text.split())


def shadow_pair(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ as a text and its shadow copy do (see the module docstring).

    Either may be the copy, and each may have lost glyphs the other kept; equal texts (up to white
    space) are no pair: nothing shows that one is a copy.

    >>> shadow_pair("the region’s three largest zones", "the region s three largest zones.")
    True
    >>> shadow_pair("・High rate of growth", "High rate of growth"), shadow_pair("Spain, and ICEX", "Spain and ICEX")
    (True, True)
    >>> shadow_pair("MAKE IT STOP!", "MAKE IT STOP!!"), shadow_pair("with 'y'", "with '-y'")
    (False, False)
    >>> shadow_pair('-- "Sniglets", Rich Hall', '-- Sniglets, "Rich Hall'), shadow_pair("a;b c", "a|b c")
    (False, False)
    """
    a, b = _spaced(a), _spaced(b)
    if a == b:
        return False
    evidence = False
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        lost = (a[i1:i2] + b[j1:j2]).replace(" ", "")
        if not lost:
            continue  # white space alone: a gap one side shows and the other closed
        if not all(_soft(ch) for ch in lost):
            return False
        at_start, at_end = i1 == 0 and j1 == 0, i2 == len(a) and j2 == len(b)
        if at_end:
            continue  # no trace either way, and no evidence
        trace = (
            at_start
            or " " in a[i1:i2] + b[j1:j2]
            or a[i1 - 1:i1] == " "
            or a[i2:i2 + 1] == " "
        )
        if not trace:
            return False
        evidence = True
    return evidence
