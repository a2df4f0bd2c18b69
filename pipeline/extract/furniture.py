"""Page furniture: running headers, footers and page numbers, from their positions.

A line is page furniture when

* it lies in the top or bottom band of its page (:data:`BAND` of the page
  height, the margin where word processors and LaTeX put running heads and
  folios);
* it is set no larger than the body text (a slide title repeated on two
  slides is larger, and is content);
* the same text recurs in the same band at (nearly) the same height on other
  pages: with its digits as wildcards, on at least :data:`MIN_PAGES_TEXT`
  pages, or, for a page number (digits and a little punctuation: ``3``,
  ``- 3 -``, ``3/6``, ``p. 3``), on at least two pages with the number
  rising with the page.

Each goes to the ledger as ``page-number``, ``running-header`` or
``running-footer``, the words clean uses for the same furniture in text dumps.
This is the PDF counterpart of the text-dump heuristics in clean/segment,
which must guess from the text alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Sequence

from pipeline.extract.pdflines import LineFacts
from pipeline.vocab import Reason

#: Share of the page height, at the top and at the bottom, where furniture stands.
BAND = 0.15
#: Pages a running header or footer must recur on.
MIN_PAGES_TEXT = 3
#: Furniture is set no larger than this times the body size.
MAX_SIZE_RATIO = 1.1

_DIGITS_RE = re.compile(r"\d+")
_PAGE_NUMBER_RE = re.compile(r"(?i)^[\s\-–—(\[]*(?:p\.?|page|pp\.?)?\s*#(?:\s*(?:/|of)\s*#)?[\s\-–—)\]]*$")


def _shape(text: str) -> str:
    """The text with white space collapsed and each number as ``#``.

    >>> _shape("  Proceedings 2024,  p. 12 ")
    'Proceedings #, p. #'
    """
    return _DIGITS_RE.sub("#", " ".join(unicodedata.normalize("NFKC", text).split()))


def _band(facts: LineFacts, page_box: tuple[float, float, float, float]) -> str | None:
    _, py0, _, py1 = page_box
    height = py1 - py0
    x0, y0, x1, y1 = facts.bbox
    if height <= 0:
        return None
    if y0 >= py1 - BAND * height:
        return "top"
    if y1 <= py0 + BAND * height:
        return "bottom"
    return None


def set_aside_page_furniture(facts: Sequence[LineFacts], page_boxes: dict[int, tuple[float, float, float, float]],
                   body_size: float | None) -> list[tuple[LineFacts, Reason]]:
    """The lines (of ``facts``, in order) that are page furniture, each with its kind:
    ``page-number``, ``running-header`` (top band) or ``running-footer`` (bottom band)."""
    groups: dict[tuple[str, str], list[LineFacts]] = defaultdict(list)
    for f in facts:
        if body_size is not None and f.size > MAX_SIZE_RATIO * body_size:
            continue
        band = _band(f, page_boxes[f.page])
        if band is not None:
            groups[(band, _shape(f.text))].append(f)
    found: list[tuple[LineFacts, Reason]] = []
    for (band, shape), members in groups.items():
        members = _same_height(members)
        pages = sorted({m.page for m in members})
        if len(pages) < 2:
            continue
        if _PAGE_NUMBER_RE.match(shape):
            if _rising(members):
                found.extend((m, Reason.PAGE_NUMBER) for m in members)
        elif len(pages) >= MIN_PAGES_TEXT:
            kind = Reason.RUNNING_HEADER if band == "top" else Reason.RUNNING_FOOTER
            found.extend((m, kind) for m in members)
    return sorted(found, key=lambda fk: fk[0].number)


def _same_height(members: list[LineFacts]) -> list[LineFacts]:
    """The members within one line height of the group's median baseline."""
    ys = sorted(m.bbox[1] for m in members)
    median = ys[len(ys) // 2]
    return [m for m in members if abs(m.bbox[1] - median) <= max(3.0, m.size)]


def _rising(members: list[LineFacts]) -> bool:
    """Whether the (first) number of each member rises with its page.

    >>> f = lambda page, text: LineFacts(page, page, text, (0, 0, 1, 1), 10)
    >>> _rising([f(2, "2"), f(3, "3"), f(5, "5/6")]), _rising([f(2, "1"), f(3, "1")])
    (True, False)
    """
    by_page: dict[int, int] = {}
    for m in members:
        match = _DIGITS_RE.search(unicodedata.normalize("NFKC", m.text))
        if match is None:
            return False
        by_page.setdefault(m.page, int(match.group()))
    numbers = [by_page[p] for p in sorted(by_page)]
    return all(a < b for a, b in zip(numbers, numbers[1:]))
