"""Each raw line's layout: extract's facts for a PDF, derived once from the raw lines for a text dump.

A PDF's lines come with their page, position and size from pdfminer
(``Extracted.layout``). A text dump has only its characters, so its layout is
derived here and nowhere else:

* **page**: a form feed (``\\f``, what pdfminer writes between pages) starts
  a new page at the line it stands in; a PDF whose layout is not filled in
  gives its pages by ``Extracted.page_starts``. A dump without any form feed
  may still show its page breaks the way pdfminer's text dumps do when the
  form feed was turned into a space: a non-blank line that begins with
  one space (one character stood for the form feed; a wider indent or a tab
  is the author's: a reference's hanging indent, code). That reading is taken only while such lines are rare
  (at most :data:`MAX_PAGE_START_SHARE` of the non-blank lines): where many
  lines are indented, the indent is the author's (paragraph starts, code),
  not the page's. An ideographic space (``　``) is always a paragraph indent.
* **indent**: the leading white space, in characters;
* **width**: the display width of the text in columns (UAX #11).

The clean stage copies these facts into ``Cleaned.layout``; the segment
stage reads them and guesses none of them again.
"""

from __future__ import annotations

from pipeline.chardata import display_width
from pipeline.model import Extracted, LineLayout

MAX_PAGE_START_SHARE = 0.1
"""Share of non-blank lines that may begin with ASCII white space for the white space to mean page starts."""


def _ascii_indented(line: str) -> bool:
    return line[:1] in (" ", "\t") and bool(line.strip())


def _form_feed_space(line: str) -> bool:
    """The line begins with one space, a form feed's stand-in, before its text."""
    return line[:1] == " " and line[1:2] not in (" ", "\t", "") and bool(line.strip())


def derived_layout(lines: tuple[str, ...] | list[str], page_starts: tuple[int, ...] = (1,)) -> tuple[LineLayout, ...]:
    """Page, indent and width of each line of a text dump (or of a PDF extracted without layout).

    >>> [(l.page, l.indent) for l in derived_layout(["a", "b", "\\fc", "d"])]
    [(1, 0), (1, 0), (2, 0), (2, 0)]
    >>> [l.page for l in derived_layout(["a"] * 20 + [" b", "c"])]
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]
    >>> [l.page for l in derived_layout(["　a", "b", "　c"])], [l.page for l in derived_layout(["a", "b"], (1, 2))]
    ([1, 1, 1], [1, 2])
    >>> [l.page for l in derived_layout(["a"] * 20 + ["    b", "c"])]  # a hanging indent: no page of its own
    [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    """
    feeds = any("\f" in line for line in lines)
    nonblank = [line for line in lines if line.strip()]
    spaced = (
        not feeds
        and len(page_starts) <= 1
        and sum(_ascii_indented(line) for line in nonblank) <= MAX_PAGE_START_SHARE * len(nonblank)
    )
    starts = set(page_starts)
    out: list[LineLayout] = []
    page = 1
    seen_text = False
    for number, line in enumerate(lines, start=1):
        if number in starts and number > 1:
            page += 1
        elif "\f" in line and (seen_text or line.index("\f") > 0):
            page += line.count("\f")
        elif spaced and _form_feed_space(line) and seen_text:
            page += 1
        text = line.replace("\f", "")
        stripped = text.strip()
        seen_text = seen_text or bool(stripped)
        out.append(LineLayout(page=page, indent=len(text) - len(text.lstrip()), width=display_width(stripped)))
    return tuple(out)


def line_layouts(doc: Extracted) -> tuple[LineLayout, ...]:
    """One :class:`LineLayout` per raw line: extract's own when it has them, else :func:`derived_layout`."""
    if doc.layout and len(doc.layout) == len(doc.lines):
        return doc.layout
    return derived_layout(doc.lines, doc.page_starts)


def blank_lines(doc: Extracted) -> tuple[int, ...]:
    """Raw lines (1-based) that hold only white space: where a text box ends.

    >>> blank_lines(Extracted(source=None, lines=("a", " ", "", "b")))
    (2, 3)
    """
    return tuple(n for n, line in enumerate(doc.lines, start=1) if not line.strip())


__all__ = ["blank_lines", "derived_layout", "line_layouts"]
