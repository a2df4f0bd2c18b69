"""Page furniture's evidence that PDF extraction and text-dump segmentation both weigh: one place for each threshold.

Running heads, running feet and page numbers are found twice over: by their positions on a PDF's pages
(:mod:`pipeline.extract.furniture`) and by their places in a text dump's lines (:mod:`pipeline.segment.furniture`).
Both read the same kinds of evidence (docs/extract.md and docs/segment.md, "Page furniture: the evidence map"):

* repetition across pages: a line printed on :data:`RECURRENCE_PAGES` pages or more is a running line by that alone;
  on fewer, only on every page (:func:`every_page`), or on every page but the title page (:func:`title_page_aside`),
  and then with more evidence beside it (a folio, a place outside the text);
* size: furniture is set no larger than the body (:data:`MAX_SIZE_RATIO`), a running head smaller than it
  (:data:`SMALLER_THAN_BODY`), and small print (:data:`SMALL_PRINT`) is evidence of its own for a line the other
  pages go without;
* a folio counting with the pages, its shape (:mod:`pipeline.pagenumbers`), the page's edge and the white between
  the line and the text: each module measures these in its own medium (points on a page, lines in a dump).

How others do it: pdfplumber and pdfminer set nothing aside; docling and unstructured's ``hi_res`` label each page's
``Page-header``/``Page-footer`` with a layout model trained on DocLayNet, from one page's look, recurrence unused;
Underwood's HeaderFinder (text only) takes a line near a page's top repeated within two pages either way. Here both
readings are weighed: the look where a PDF gives it, the repetition everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

RECURRENCE_PAGES = 3
"""Pages a line recurs on (same text, digits folded, at the same edge or height) to be a running line by recurrence
alone. Two copies are no evidence by themselves (a section's heading, a table's header may open two pages); three
are rare in a document's own text. Read by extract (groups of lines at one height; a sidebar's entries) and by
segment (lines at a page's edge; folio runs; heads after the first page), which had each kept a copy of it
(``MIN_PAGES_TEXT``, ``MIN_PAGES``) until issue 16 point 4's review."""

MAX_SIZE_RATIO = 1.1
"""Size of page furniture, at most, in body sizes (the median line's size): a line set larger is a heading or a
slide's title (repeated over a frame's build-up), never a running line, but for a two-sided document's heads
(extract's ``_two_sided_head``: MNRAS's 12 pt heads over a 9 pt body). Read by extract for every PDF rule and by
segment for a PDF's lines (``_set_larger``: ``Hoofdstuk 1`` at 20.7 pt over a 10.9 pt body is a chapter's label)."""

SMALLER_THAN_BODY = 0.95
"""Size of a line set smaller than the body, at most, in body sizes: a running head printed once (extract's
``_head_row``: a two-page paper's head over page 2, trial 53) and a thumb tab in a side margin (``_thumb_tabs``)
are set so; a heading at a page's top is as large as the body or larger. Extract had kept it twice
(``HEAD_SIZE_RATIO``, ``TAB_SIZE_RATIO``)."""

SMALL_PRINT = 0.85
"""Size of small print, at most, in body sizes: print a reader takes for the page's margin, not its text (a 7 pt foot
under an 11 pt body is 0.64, 8 pt 0.73, 9 pt 0.82). A line so set outside the text is furniture on fewer pages than
recurrence asks (extract's ``_small_print_apart``, trial 67c) or once with its folio (``_small_dashed_foot``,
trial 67)."""


def every_page(at: Sequence[int], pages: Sequence[int]) -> bool:
    """The pages ``at`` (sorted, no repeats) are all the document's ``pages`` (sorted), or all but the first (a title
    page goes without its running line: :func:`title_page_aside`), two pages or more.

    >>> every_page([1, 2], [1, 2]), every_page([2, 3], [1, 2, 3]), every_page([2], [1, 2]), every_page([1, 3], [1, 2, 3])
    (True, True, False, False)
    """
    return len(at) >= 2 and (list(at) == list(pages) or title_page_aside(at, pages))


def title_page_aside(at: Sequence[int], pages: Sequence[int]) -> bool:
    """The pages ``at`` (sorted, no repeats) are every page of the document's ``pages`` (sorted) after the first, two
    pages or more: a paper's running head, which its title page goes without.

    >>> title_page_aside([2, 3], [1, 2, 3]), title_page_aside([2, 3], [1, 2, 3, 4]), title_page_aside([2], [1, 2])
    (True, False, False)
    """
    return len(at) >= 2 and list(at) == list(pages)[1:]


def numbered_as_running_line(copies: Sequence[tuple[int, Sequence[int]]]) -> bool:
    """The copies of a line recurring at one place, ``(page, its numbers in order)`` each, change their numbers as a
    running line does: one text but for its folio (a field keeping step with the pages: the page plus one offset on
    every copy) and a part's number (a field whose values repeat over the pages of one part, ``第2章`` on two pages);
    every other number the same on all copies. A table's row continued over the pages changes its figures from copy
    to copy, each value its own (``小計 11 15`` / ``小計 12 18``), though one of them may happen to keep step with the
    pages; its copies hold numbers of different counts too (``Total 950`` / ``Total 1,000``).

    Why (issue 16 point 4, fresh-user trial 69d's note, helper furn70): with digits folded, a table's subtotal row
    at the foot of both pages of a report, its first figure one more on page 2, was a running foot to extraction
    (the figure kept step with the pages) and to segment's closing line of every page; so was a ledger's balance
    brought forward atop pages 2 and 3 (``前頁より繰越　1,240　2,310`` / ``2,480　4,620``). Both read this one rule.

    >>> numbered_as_running_line([(1, [2024, 12]), (2, [2024, 13])]), numbered_as_running_line([(1, [3]), (2, [3])])
    (True, True)
    >>> numbered_as_running_line([(1, [11, 15]), (2, [12, 18])]), numbered_as_running_line([(1, [12, 15]), (2, [14, 18])])
    (False, False)
    >>> numbered_as_running_line([(3, [2, 17]), (4, [2, 18]), (5, [3, 19]), (6, [3, 20])])  # a chapter's, a folio
    True
    >>> numbered_as_running_line([(1, [1, 13]), (2, [2, 16]), (3, [3, 19])])  # a running subtotal, its page number
    False
    """
    if len({tuple(numbers) for _, numbers in copies}) < 2:
        return True
    if len({len(numbers) for _, numbers in copies}) != 1:
        return False
    folio = False
    for k in range(len(copies[0][1])):
        values = [numbers[k] for _, numbers in copies]
        if len(set(values)) == 1:
            continue
        if not folio and len({value - page for value, (page, _) in zip(values, copies)}) == 1:
            folio = True  # the one folio
            continue
        if len(set(values)) == len(values):
            return False  # every copy its own value, and no folio: a row's figure
    return True
