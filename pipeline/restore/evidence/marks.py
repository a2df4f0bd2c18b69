"""A lost mark outside Japanese text: the marks the same document prints in the same pattern (rest85, issue 19).

Fresh-user trial 84c: a parish council's minutes lost the ``£`` of ``\ufffd2,418.60`` though ``£1,150`` is printed three
lines on (the gap listed ``$`` and digits), and a catalogue lost the ``×`` of ``76.2 \ufffd 63.5`` though
``61.0 × 91.5`` is printed six times (the gap tied ``×`` with ``,``). A document prints its currency before its
amounts and its operator between its dimensions the same way each time: a mark the document prints between the same
shapes of text as the gap's is a candidate, ranked by how many times it is printed so. Order only: a mark is never
committed (no benchmark masks one, :func:`pipeline.restore.mark_outside_japanese`).

The shape (:func:`shape`) reads each side of a place as runs of character classes: a run of digits is ``9``, a run of
letters ``a``, a run of white space `` ``, any other character itself; :data:`SIDE` runs on each side are compared
(``9 _ 9`` for ``61.0 × 91.5``; ``a _9,`` for ``of £1,150``). Only a shape with a number on a side is read: between
words any mark stands.
"""

from __future__ import annotations

import collections

from pipeline.model import GAP
from pipeline.restore.evidence.base import Document, Site

SIDE = 2
"""Class runs read on each side of the mark (two: a number and its space, a word and its space)."""


def _cls(ch: str) -> str:
    if ch.isdigit():
        return "9"
    if ch.isalpha():
        return "a"
    if ch.isspace():
        return " "
    return ch


def _runs(text: str) -> str:
    out: list[str] = []
    for ch in text:
        c = _cls(ch)
        if not out or out[-1] != c or c not in "9a ":
            out.append(c)
    return "".join(out)


def shape(left: str, right: str) -> tuple[str, str] | None:
    """The :data:`SIDE` class runs before and after a place, or ``None`` where a side is empty or holds a lost glyph
    (a shape cut short matches too much).

    >>> shape("Oil on canvas, 76.2 ", " 63.5")
    ('9 ', ' 9')
    >>> shape("totalling ", "2,418.60 was")
    ('a ', '9,')
    """
    before, after = _runs(left[-12:])[-SIDE:], _runs(right[:12])[:SIDE]
    if len(before) < SIDE or len(after) < SIDE or GAP in before + after:
        return None
    return before, after


def printed_alike(site: Site, doc: Document) -> list[tuple[str, int]]:
    """The marks (neither letter, digit nor space) the document's nearest scope prints where the text around has the
    gap's :func:`shape`, with how many times each is, most first (ties by first place); ``[]`` for a gap of more than
    one glyph or no shape.

    >>> doc = Document.from_text("Oil, 61.0 × 91.5\\nOil, 45.7 × 76.2\\nOil, 76.2 \\ufffd 63.5")
    >>> printed_alike(Site(doc.nearest[2].text, 10, 11, line=3), doc)
    [('×', 2)]
    """
    if site.length != 1:
        return []
    want = shape(site.left, site.right)
    if want is None or "9" not in want[0] + want[1]:
        # between words any mark stands (a dash, an ampersand, a footnote's asterisk printed once in a sentence:
        # trial 76d's ``Bay (cid:3) Evening``): only a number's side makes the pattern the document's own
        return []
    counts: collections.Counter[str] = collections.Counter()
    for line in doc.nearest:
        text = line.text
        for at, ch in enumerate(text):
            if ch == GAP or ch.isalnum() or ch.isspace():
                continue
            if shape(text[:at], text[at + 1:]) == want:
                counts[ch] += 1
    return counts.most_common()


def printed_alike_pooled(sites: list[Site], doc: Document) -> list[tuple[str, int]]:
    """:func:`printed_alike` over every place of one lost glyph (``sites``: one glyph id is one character, issue 19
    point 3): each mark's counts summed over the places' shapes, each shape read once, most first.

    >>> doc = Document.from_text("Fees £12 and £1,150 paid\\nRaised \\ufffd1,150 in all\\nTickets \\ufffd35 each")
    >>> printed_alike_pooled([Site(doc.nearest[1].text, 7, 8, line=2), Site(doc.nearest[2].text, 8, 9, line=3)], doc)
    [('£', 2)]
    """
    counts: collections.Counter[str] = collections.Counter()
    seen: set = set()
    for site in sites:
        want = shape(site.left, site.right) if site.length == 1 else None
        if want is None or want in seen:
            continue
        seen.add(want)
        counts.update(dict(printed_alike(site, doc)))
    return counts.most_common()


def neighbours(site: Site, width: int = 8) -> str:
    """What stands beside the gap, quoted for a reader (``'76.2 ' and ' 63.5'``; ``the line's start`` where a side is
    empty)."""
    left, right = site.left[-width:], site.right[:width]
    return (f"'{left}'" if left else "the line's start") + " and " + (f"'{right}'" if right else "the line's end")
