"""Folios printed in kanji numerals at a Japanese document's page ends: ``二``, ``－二－``, ``〔三〕``, or after the
document's name (``淨福寺由緒書　二``), with or without form feeds between the pages, sometimes printed twice.

A kanji numeral alone on a line is as often the text's own (an article's number over its text, a list's item, a
poem's line), so :func:`pipeline.pagenumbers.page_number` never reads one: a line counts here only where the lines of
its shape run in sequence over the pages (``一``, ``二``, ``三`` a page apart, each at its page's end or set in far from
the margin), never a lone one. Issue 16, session 84, helper parts84 (fresh-user trial 83b's temple history, whose
doubled foot ``淨福寺由緒書　二`` had stayed two paragraphs; limits, *Session 83, fur283*).
"""

from __future__ import annotations

import re

from pipeline import chardata
from pipeline.model import Text
from pipeline.numbering import kanji_number
from pipeline.segment.layout import Layout

_NUMERAL = r"[〇一二三四五六七八九十]{1,3}"
_DASHED = re.compile(rf"^([{chardata.DASHES}\u2500\u30fc])\s*({_NUMERAL})\s*\1$")
"""A kanji folio between the same dash on both sides (``－二－``, ``― 三 ―``, ``ー四ー``)."""
_BRACKETED = re.compile(rf"^([〔［\[【（(])\s*({_NUMERAL})\s*([〕］\]】）)])$")
"""A kanji numeral in brackets (``〔三〕``, ``（二）``): as often a list's or an article's label as a folio."""
_TITLED = re.compile(rf"^(\S.*?\S)[ \u3000]+(?:…+[ \u3000]*)?({_NUMERAL})$")
"""A document's name, white space and the kanji folio (``淨福寺由緒書　二``)."""
SET_IN = 4
"""Columns a folio line stands set in at least, where no page break follows it, to be read at a page's foot (a folio
is centred or set to the right; an article's number or a list's item opens at the margin)."""
MIN_PAGE_LINES = 2
"""Lines of text between two folios of one run at least (a page holds more; an article's number over its one line of
text, or a list's items, hold fewer)."""
MIN_RUN = 2
"""Folios (each printed once or twice) of one shape in sequence at least."""


def _read(text: str) -> tuple[tuple[str, str], int] | None:
    """``((shape, name), value)`` of a line shaped as a kanji folio, else ``None``; ``shape`` is ``bare``,
    ``dashed``, ``bracketed`` or ``titled`` (``name`` the document's name before the folio, else empty)."""
    s = text.strip()
    if (value := kanji_number(s)) is not None and len(s) <= 3:
        return ("bare", ""), value
    if (m := _DASHED.match(s)) and (value := kanji_number(m.group(2))) is not None:
        return ("dashed", m.group(1)), value
    if (m := _BRACKETED.match(s)) and (value := kanji_number(m.group(2))) is not None:
        return ("bracketed", m.group(1) + m.group(3)), value
    if (m := _TITLED.match(s)) and (value := kanji_number(m.group(2))) is not None:
        name = m.group(1).strip(" \u3000…")
        if chardata.is_japanese(name) and not any(c in name for c in "。、，．！？「」") and len(name) >= 2:
            return ("titled", name), value
    return None


def kanji_folios(lines: list[Text], layout: Layout) -> tuple[dict[int, int], set[int]]:
    """``(numbers, feet)``: line index → page number (the numeral's value) for the lines that are a page's folio
    printed in kanji numerals alone (bare, between dashes, in brackets), and the indexes of the running feet that are
    the document's name with such a folio. Read are the lines lines of one shape (:func:`_read`: bare, between dashes, in brackets, after one same name), whose values
    run on one by one (``一``, ``二``, ``三``; a copy printed right under its first, blank lines between or none, counts
    with it) over :data:`MIN_RUN` pages at least, :data:`MIN_PAGE_LINES` lines of text apart at least, each at its
    page's end (a page break or the document's end right after it) or, for the shapes only a folio takes (between
    dashes, after the document's name), set in :data:`SET_IN` columns at least.

    It does NOT read a lone numeral line, numerals that do not run on (``一`` / ``三``), an article's number or a
    list's item (at the margin, one line of text under each) or a poem's line."""
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for i, t in enumerate(lines):
        if (read := _read(t.text)) is not None:
            found.setdefault(read[0], []).append((i, read[1]))
    out: dict[int, int] = {}
    feet: set[int] = set()
    for (shape, _), hits in found.items():
        units: list[list[tuple[int, int]]] = []  # each folio with its doubled copy right under it
        for i, value in hits:
            if units and units[-1][-1][1] == value and units[-1][-1][0] == i - 1:
                units[-1].append((i, value))
            else:
                units.append([(i, value)])
        # the run is read over the numerals standing where a folio stands: a section's number of the same shape
        # mid-page (``一`` over a vertical essay's section, its folios ``一``, ``二`` at the page ends) is the text's
        # own and no reason to doubt the folios around it (session 85, tate85)
        units = [unit for unit in units if _where_a_folio_stands(lines, layout, shape, unit)]
        if len(units) < MIN_RUN:
            continue
        values = [unit[0][1] for unit in units]
        if any(b != a + 1 for a, b in zip(values, values[1:])):
            continue
        if any(b[0][0] - a[-1][0] - 1 < MIN_PAGE_LINES for a, b in zip(units, units[1:])):
            continue
        if shape == "titled":
            feet.update(i for unit in units for i, _ in unit)
        else:
            out.update({i: value for unit in units for i, value in unit})
    return out, feet


def _where_a_folio_stands(lines: list[Text], layout: Layout, shape: str, unit: list[tuple[int, int]]) -> bool:
    """The folio ``unit`` (its line indexes with their values) stands at its page's end or, for the shapes only a folio
    takes (between dashes, after the document's name), set in :data:`SET_IN` columns at least."""
    return _at_page_end(lines, layout, unit[-1][0]) or (shape in ("dashed", "titled")
                                                      and all(layout.indent(lines[i]) >= SET_IN for i, _ in unit))


def _at_page_end(lines: list[Text], layout: Layout, i: int) -> bool:
    """``lines[i]`` is its page's last line: the document's last, or the next line on a later page."""
    return i + 1 == len(lines) or layout.page(lines[i + 1]) != layout.end_page(lines[i])
