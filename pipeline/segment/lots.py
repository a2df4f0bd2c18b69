"""An auction catalogue's lots: each lot's number heads its description and its estimate.

A sale's catalogue prints its lots one under the other, each opened by its number (``Lot 101``, ``LOT 12``, ``Lot
102: A Victorian card table``), its description under it (provenance, condition, literature) and its estimate closing
it (``Estimate £400-600``, ``Est. $1,200–1,800``). The lot numbers are the catalogue's own structure: each lot is a
section of its own, titled by its label; the estimate is the lot's last line, never a heading, however short and alone
it stands (issue 16 point 2, fresh-user trial 78's saleroom page: only ``Lot 101`` had been a section, lots 102–110 its
paragraphs, and the last lot's ``Estimate £700-1,000`` a heading over the closing conditions of sale).
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.chardata import has_japanese
from pipeline.model import Text

MIN_LOTS = 2
"""Lot labels a document shows at least for them to head its lots: one ``Lot 5`` line may be a sentence's wrap."""
MAX_LOT_TITLE_WORDS = 12
"""Words a lot's title run in after its label holds at most (``Lot 102: A Victorian card table``): a phrase."""

_LOT = re.compile(r"^(?:Lot|LOT|lot)\s+(?P<n>[0-9]{1,5})(?P<suffix>[A-Za-z]?)(?:\s*(?:[:.—–-]\s*|\s+)(?P<title>\S.*?))?\s*$")
"""A lot's label opening its line, alone or with its title run in: ``Lot 101``, ``LOT 12``, ``Lot 12A``, ``Lot 102: A
Victorian card table``."""
ESTIMATE = re.compile(r"^(?:Estimate|ESTIMATE|Est\.|Estimated)\s*:?\s*(?:[£$€¥]|GBP|USD|EUR|CHF)\s?[0-9][0-9,.]*"
                      r"(?:\s*(?:[-–—]|to)\s*(?:[£$€¥]|GBP|USD|EUR|CHF)?\s?[0-9][0-9,.]*)?(?:\s*\(.*\))?\s*$")
"""A lot's estimate (``Estimate £600-900``, ``Est. $1,200–1,800``, ``ESTIMATE: €300 to €500``): a price's line, no
heading."""


def lot_number(text: str) -> int | None:
    """The number of a lot's label opening ``text`` (:data:`_LOT`), or None; a run-in title must be a phrase (no
    sentence: ``Lot 5 was withdrawn before the sale.`` names a lot).

    >>> [lot_number(s) for s in ("Lot 101", "LOT 12", "Lot 12A", "Lot 102: A Victorian card table")]
    [101, 12, 12, 102]
    >>> lot_number("Lot 5 was withdrawn before the sale."), lot_number("Lots 5-9"), lot_number("Lotus 3")
    (None, None, None)
    """
    m = _LOT.match(text.strip())
    if m is None:
        return None
    title = m.group("title")
    if title and (title.endswith((".", "!", "?")) and len(title.split()) > 3 or len(title.split()) > MAX_LOT_TITLE_WORDS
                  or title[0].islower()):
        return None
    return int(m.group("n"))


def lot_headings(lines: Sequence[Text]) -> set[int]:
    """Indexes of the lines heading a catalogue's lots (:func:`lot_number`): :data:`MIN_LOTS` or more, their numbers
    running up in the document's order (a lot's number never runs back; a gap is a lot withdrawn or left off the
    page). Where the numbers run back or one lot label stands alone, none.

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> sorted(lot_headings(mk("Lot 101", "A chest.", "Estimate £600-900", "Lot 102", "A table.", "Estimate £400-600")))
    [0, 3]
    >>> lot_headings(mk("Lot 7", "A chest.", "Lot 3", "A table.")), lot_headings(mk("Lot 7", "A chest."))
    (set(), set())
    """
    found = [(i, n) for i, t in enumerate(lines) if (n := lot_number(t.text)) is not None]
    if len(found) < MIN_LOTS or any(b <= a for (_, a), (_, b) in zip(found, found[1:])):
        return set()
    return {i for i, _ in found}


_SALE_TIME = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[0-9]{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[0-9]{1,2},?)"
                        r"\s+(?:19|20)[0-9]{2},?\s+(?:at|from)\s+[0-9]{1,2}(?:[.:][0-9]{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?$")
"""A sale's or an event's day and its hour (``Wednesday 5 June 2024 at 11am``, ``Tuesday 14 May 2024 at 10.30am``)."""


def is_sale_time(text: str) -> bool:
    """A sale's day and hour alone on a line (:data:`_SALE_TIME`): the catalogue's head, never a heading (helper
    kanri78: ``Wednesday 5 June 2024 at 11am`` over the saleroom's address had headed a section of its own).

    >>> is_sale_time("Wednesday 5 June 2024 at 11am"), is_sale_time("Tuesday 14 May 2024 at 10.30am"), is_sale_time("May 5, 2024 at 2pm")
    (True, True, True)
    >>> is_sale_time("Opening at 11am"), is_sale_time("Wednesday 5 June 2024")
    (False, False)
    """
    return _SALE_TIME.match(text.strip()) is not None


def is_estimate(text: str) -> bool:
    """A lot's estimate line (:data:`ESTIMATE`): the lot's last line, never a heading.

    >>> is_estimate("Estimate £700-1,000"), is_estimate("Est. $1,200–1,800"), is_estimate("ESTIMATE: €300 to €500")
    (True, True, True)
    >>> is_estimate("Estimate of costs"), is_estimate("Estimates are given in pounds sterling.")
    (False, False)
    """
    return ESTIMATE.match(text.strip()) is not None


MIN_CATALOGUE_ENTRIES = 3
"""Numbered entries a list of works shows at least for :func:`catalogue_entry_lines` to read its lines as fields."""
MAX_ENTRY_LINES = 8
"""Lines one entry of a list of works holds at most under its number (title, artist, date, medium, size, lender…)."""
MAX_FIELD_LINE = 64
"""Characters one field line of such an entry holds at most: a phrase, not a paragraph's wrapped line."""

_ENTRY_LABEL = re.compile(r"^(?:(?P<n>[0-9]{1,4})\.\s+\S.*|(?:Cat(?:alogue)?\.?|No\.)\s*(?:no\.?\s*)?(?P<m>[0-9]{1,4})"
                          r"(?:[:.]?\s+\S.*)?)$")
"""A numbered entry's first line in a list of works: ``12. The Fish Pier at Dawn``, ``Cat. 12``, ``Cat. no. 12
The Pier``, ``No. 12``."""
_FIELD_END = (".", "!", "?", ":", ";", "。", "．", "、", "，")


def catalogue_entry_lines(texts: Sequence[str], blank_before: Sequence[bool] | None = None) -> set[int]:
    """Indexes of the lines of an exhibition catalogue's list of works: :data:`MIN_CATALOGUE_ENTRIES` numbered entries
    or more (:data:`_ENTRY_LABEL`), their numbers rising, each over 2 to :data:`MAX_ENTRY_LINES` short lines
    (:data:`MAX_FIELD_LINE`) in no Japanese (a Japanese paper's 40-character wraps under ``1. はじめに`` are short
    by characters), none ending a sentence or a clause (a field: the artist with dates, the date, the
    medium and size, the lender), up to the next entry or a blank (an empty string in ``texts``, or a line
    ``blank_before`` marks: a blank line stands over it). Each such line is a
    field of its own, never a wrap of the line over it however long that line is beside its neighbours (issue 16 point
    2, helper newsl85, trial 84c: ``Watercolour and gouache on paper, 38.0 × 52.5`` had taken ``Lent by Scarborough Art
    Gallery`` on). A paper's numbered sections hold running text, long lines ending sentences: none.

    >>> ss = ["1. Pier", "A. Smith (1850–1920)", "1885", "Lent by the Trust", "2. Boats", "B. Lee (1860–1930)", "1903",
    ...       "Oil on canvas, 61.0 × 91.5", "3. Storm", "C. Hill (1820–1887)", "1880", "Lent by a collector"]
    >>> len(catalogue_entry_lines(ss))
    12
    >>> catalogue_entry_lines(["1. Introduction", "We study the harbour.", "2. Method", "We count boats.", "3. Results", "Many."])
    set()
    """
    found = []
    for k, s in enumerate(texts):
        m = _ENTRY_LABEL.match(s.strip())
        if m is not None:
            found.append((k, int(m.group("n") or m.group("m"))))
    if len(found) < MIN_CATALOGUE_ENTRIES or any(b <= a for (_, a), (_, b) in zip(found, found[1:])):
        return set()
    out: set[int] = set()
    ends = [k for k, _ in found[1:]] + [len(texts)]
    for (k, _), end in zip(found, ends):
        fields = []
        for j in range(k + 1, end):
            if not texts[j].strip() or (blank_before is not None and blank_before[j]):
                break
            fields.append(j)
        if not 2 <= len(fields) <= MAX_ENTRY_LINES or any(
                len(texts[j].strip()) > MAX_FIELD_LINE or texts[j].rstrip().endswith(_FIELD_END)
                or has_japanese(texts[j]) for j in fields):
            if end != len(texts) or len(fields) < 2:
                return set()
            # the last entry may run into the list's foot with no blank between: its fields up to the first long line
            fields = fields[:next(i for i, j in enumerate(fields) if len(texts[j].strip()) > MAX_FIELD_LINE
                                  or texts[j].rstrip().endswith(_FIELD_END) or has_japanese(texts[j]))]
            if len(fields) < 2:
                return set()
        out |= {k, *fields}
    return out
