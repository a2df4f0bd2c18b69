"""The page an RFC or an Internet-Draft is set on, by the shapes RFC 7322 (*RFC Style Guide*, section 4) gives it.

An RFC and an Internet-Draft are plain text pages of 72 columns. Their first page opens on a header of two columns
(left: the stream or working group, ``Internet-Draft`` or ``Request for Comments: 9110``, the category or intended
status, ``Expires:``, ``Obsoletes:`` …; right: the authors, their organisations, the date), then, after a blank
line, the title centred on one line or more, then the draft's name (``draft-okonkwo-quiet-hours-02``). Every later
page opens on a running head (the document's number or ``Internet-Draft``, its short title, its month and year) and
closes on a running foot (its authors, its category or expiry, ``[Page N]``). Read by those shapes, none of which a
paper's text takes, a dump of one is titled by its title and its heads and feet are furniture however few its pages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.model import Text

if TYPE_CHECKING:
    from pipeline.segment.layout import Layout

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
RFC_HEAD = re.compile(rf"^(?:RFC\s[0-9]{{1,5}}|Internet-Draft)\s{{2,}}\S.*?\s{{2,}}(?:{_MONTHS})\s(?:19|20)[0-9]{{2}}$")
"""An RFC's or an Internet-Draft's running head (RFC 7322, section 4.1): the document's number or ``Internet-Draft``,
its short title and its month and year, set apart by spaces: ``Internet-Draft    Quiet-Hours Header    June 2026``."""
RFC_FOOT = re.compile(r"^\S.*?\s{2,}\[Page\s[0-9]{1,4}\]$")
"""An RFC's or an Internet-Draft's running foot (RFC 7322, section 4.1): its authors, its category or expiry, and the
page in square brackets: ``Okonkwo & Lindqvist    Expires 14 December 2026    [Page 2]``."""
_HEADER_FIELD = re.compile(
    r"^(?:Network Working Group|Internet Engineering Task Force(?: \(IETF\))?|Internet Research Task Force(?: \(IRTF\))?"
    r"|Internet Architecture Board(?: \(IAB\))?|Independent Submission|IETF|Internet-Draft|\S.{0,40} Working Group"
    r"|Request for Comments:\s*[0-9]{1,5}|(?:Category|Intended [Ss]tatus|Obsoletes|Updates|ISSN|Expires|BCP|STD|FYI)"
    r":\s*\S.*)$")
"""The left column of an RFC's or an Internet-Draft's first-page header (RFC 7322, section 4.1)."""
_DRAFT_NAME = re.compile(r"^draft-[a-z0-9]+(?:-[a-z0-9]+)+$")
"""An Internet-Draft's name under its title (``draft-okonkwo-quiet-hours-02``)."""
MAX_TITLE_LINES = 3


def _left_cell(t: Text, layout: "Layout") -> str:
    """The left column's cell of a header line (up to two spaces or more), or ``""`` where the raw line opens on white
    (the right column alone: the date under the authors)."""
    if layout.indent(t) > 0:
        return ""
    return re.split(r"\s{2,}", t.text.strip(), maxsplit=1)[0]


def header_end(lines: list[Text], layout: "Layout") -> int | None:
    """The index after an RFC's or an Internet-Draft's first-page header where ``lines`` open on one, else ``None``:
    two lines or more from the first, no blank line between them, whose left cells are the header's fields
    (:data:`_HEADER_FIELD`), the lines holding the right column alone (the date under the authors) included
    (tests/test_me76.py).
    """
    fields = k = 0
    while k < len(lines) and lines[k].text.strip() and (k == 0 or not layout.blank_between_texts(lines[k - 1], lines[k])):
        left = _left_cell(lines[k], layout)
        if left and not _HEADER_FIELD.match(left):
            return None
        fields += bool(left)
        k += 1
    return k if fields >= 2 else None


def title_lines(lines: list[Text], layout: "Layout") -> range | None:
    """The indexes of an RFC's or an Internet-Draft's title under its first-page header (:func:`header_end`): the
    lines after it up to a blank line or the draft's name, at most :data:`MAX_TITLE_LINES`; ``None`` where ``lines``
    open on no such header or no title follows it so (tests/test_me76.py).
    """
    k = header_end(lines, layout)
    if k is None:
        return None
    start = k
    while k < len(lines) and k - start < MAX_TITLE_LINES and not _DRAFT_NAME.match(lines[k].text.strip()) \
            and (k == start or not layout.blank_between_texts(lines[k - 1], lines[k])):
        k += 1
    closed = k == len(lines) or _DRAFT_NAME.match(lines[k].text.strip()) or layout.blank_between_texts(lines[k - 1], lines[k])
    return range(start, k) if k > start and closed else None


def header_authors(lines: list[Text], layout: "Layout") -> tuple[list[Text], dict[int, Text]] | None:
    """The authors an RFC's or an Internet-Draft's first-page header names in its right column (RFC 7322, section
    4.1: each author's initials and surname, ``A. Okonkwo``, over the organisation, ``Harbourline Systems``; the date
    last): ``(cells, lefts)``, ``cells`` the right column's cells above the date, views of their lines in order (one
    a line, as :func:`~pipeline.segment.front.speaker_of` reads a name over its affiliation), ``lefts`` each header
    line holding such a cell mapped to its left cell (the stream, the status, ``Expires: …``), the front line that
    stays; ``None`` where ``lines`` open on no such header or its right column holds nothing above a date. The date
    stays front whole. Decision (issue 16 point 2, helper shapes76, fresh-user trial 76: the draft's ``speaker`` had
    been null, the authors only in front): the header gives the authors as the first page prints them; ``Authors'
    Addresses`` at the end, which gives their full names, stays a section (one place gives the speaker, the head).

    (tests/test_shapes76.py)
    """
    from pipeline.segment.labels import is_date_line

    end = header_end(lines, layout)
    if end is None:
        return None
    cells: list[Text] = []
    lefts: dict[int, Text] = {}
    for k in range(end):
        t = lines[k]
        if layout.indent(t) > 0:
            right = t.strip()
            left = None
        else:
            m = re.search(r"\S\s{2,}(?=\S)", t.text)
            if m is None:
                continue
            left, right = t[:m.start() + 1].strip(), t[m.end():].strip()
        if is_date_line(right.text):
            break  # the date closes the column: front, with whatever stands under it
        cells.append(right)
        if left is not None:
            lefts[k] = left
    return (cells, lefts) if cells else None
