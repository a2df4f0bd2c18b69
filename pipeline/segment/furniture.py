"""Page furniture in text dumps: page numbers, running headers and footers.

A PDF's furniture is recognised by extract from positions (a band at the
top or bottom of the page, recurring across pages); what a text dump, or a
PDF read without layout, still carries is recognised here from the lines and
their pages (``Cleaned.layout``), the way PDF tools do it without positions:
look at the first and last lines of each page and keep what recurs (digits
folded, so ``- 3 -`` and ``- 4 -`` are one signature), as Parsr's and
pdfplumber-based header/footer filters do.

* **Page numbers** (:func:`pipeline.pagenumbers.page_number`, shared with
  clean): a line that is only a page number
  (``12``, ``１２``, ``- 3 -``, ``p. 3``, ``Page 3``, ``3/6``, ``iv``). At a page
  edge with the page's own number (the same offset from the page index on
  two pages or more), or in a page-number shape no text line takes
  (``- 3 -``, ``p. 3``, ``3/6``), it is the page's number. Whether it is page
  furniture (a paper) or a slide's number (a deck) is the caller's choice.
* **Running headers and footers** (:func:`running_lines`): a line whose
  signature recurs at the same edge of at least :data:`RECURRENCE_PAGES` pages (and
  a third of them), or next to the page numbers of a deck (a footer printed
  on every slide); and a single line at the top of a page that interrupts a
  Japanese sentence (the previous page ends mid-sentence, the next line
  carries it on): ``…相`` | ``第12回 … 講演論文集`` | ``互派遣…``; in a dump
  without form feeds, the same beside a page number in a page-number shape
  (:func:`_interrupting_at_numbers`), and a line beside the page number on
  every page from two pages on; and a line opening every page after the first,
  from two such pages on, that carries the document's title or number
  (:func:`_heads_after_the_first_page`).
* **Running heads with their folio** (:func:`folio_lines`): a line of short
  text with a page number set off by a wide space (``THE QUIET ECONOMY OF
  SMALL REPAIRS          1``, as a dump renders a head set left with its
  folio set right), recurring with only that number changing, one more at
  each recurrence (and, where the dump has pages, one per page with the page
  index). Two occurrences suffice: the changing folio is the evidence three
  pages give for a plain header.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections import defaultdict
from typing import Callable, Iterable

from pipeline.chardata import DASHES, LINE_CACHE, EN, JA, display_width, is_japanese, script_of
from pipeline.clean import clean_set_aside
from pipeline.eras import ERA
from pipeline.english_words import ends_on_connective
from pipeline.furniture_model import MAX_SIZE_RATIO, RECURRENCE_PAGES, every_page, numbered_as_running_line, title_page_aside
from pipeline.model import GAP, LedgerRow, Text
from pipeline.numbering import explicit_number, fold, heading_shaped, is_chapter_label
from pipeline.vocab import Action, Reason, Rule
from pipeline.pagenumbers import SLIDE_WORD, PageNumber, dashed_folio, page_number
from pipeline.segment.events import DOCUMENT_KINDS, VOLUME_WORDS, edition_before
from pipeline.segment.layout import Layout, first_line, last_line
from pipeline.segment.patent import tag_line
from pipeline.segment.rfc import RFC_FOOT, RFC_HEAD
from pipeline.segment.slidetext import counts_parts, is_bullet
from pipeline.segment.webpage import web_furniture

EDGE = 2
"""Lines at each end of a page that may be furniture."""
MAX_FURNITURE_CHARS = 60
PROSE_WIDTH = 40
"""Columns a line of running text fills at least (a sentence cut by a page break is running text on both sides)."""
SENTENCE_END = "。．！？!?"


def volume_page_numbers(lines: list[Text]) -> list[int]:
    """Indexes of the page numbers a volume printed around a deck's slides, among the deck's lines.

    A proceedings volume numbers its pages in a page-number shape (``- 3 -``,
    ``p. 3``) on the paper's pages and the slides' pages alike, while each
    slide prints its own number bare (``1``, ``2``). Where a deck's lines hold
    both, the shaped ones are the pages' (page furniture) and the bare ones
    the slides'. Evidence, all of it needed: the shaped numbers share one
    shape, carry no total (``3/6`` counts the slides themselves) and rise in
    order; the bare numbers show two values or more, none beyond the
    deck's size, and no fewer than the shaped ones (a page holds one slide
    or several). A deck numbered only in a shape keeps its numbers
    (``[]``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> volume_page_numbers(mk("- 1 -", "Harbour City", "Overview", "1", "Ferries", "2", "Thank you", "- 2 -"))
    [0, 7]
    >>> volume_page_numbers(mk("Harbour City", "Overview", "- 1 -", "Ferries", "- 2 -", "Thank you"))
    []
    >>> volume_page_numbers(mk("- 3 -", "Overview", "1", "Ferries", "2", "- 2 -"))  # shaped numbers that fall
    []
    """
    shaped: list[tuple[int, PageNumber, str]] = []
    bare: list[int] = []
    for i, t in enumerate(lines):
        n = page_number(t.text)
        if n is None or n.roman:
            continue
        if n.shaped and not names_slide(t.text):
            shaped.append((i, n, _signature(t.text)))
        else:
            bare.append(n.value)
    if not shaped or len(set(bare)) < 2 or len(set(bare)) < len(shaped) or max(bare) > len(bare) + 2:
        return []
    if any(n.total is not None for _, n, _ in shaped) or len({sig for _, _, sig in shaped}) != 1:
        return []
    values = [n.value for _, n, _ in shaped]
    if any(b <= a for a, b in zip(values, values[1:])):
        return []
    return [i for i, _, _ in shaped]


MAX_PAGES_BETWEEN = 3
"""Pages a talk's slides may run to after the last page number its paper printed."""


_SLIDE_WORD = re.compile(SLIDE_WORD, re.IGNORECASE)


def names_slide(text: str) -> bool:
    """The page number names a slide (``Slide 3``, ``スライド 3``, ``Slide 2 of 4``): the slide's own number, never a
    volume's folio (its page).

    >>> names_slide("Slide 3"), names_slide("スライド 3"), names_slide("- 3 -"), names_slide("p. 3")
    (True, True, False, False)
    """
    return bool(_SLIDE_WORD.search(text))


def continued_page_numbers(paper_numbers: list[Text], deck_lines: list[Text],
                           placed: Callable[[Text], bool] = lambda t: False) -> set[int]:
    """Indexes of the deck's lines that carry on the volume's page numbers, after their talk's paper (whose
    page numbers, ``paper_numbers``, were found as page furniture; the talk's own: another talk's slides' numbers are
    no page of this paper's): the folio the deck opens on, before any slide's
    text (the paper's last page's), and a number in the shape of the paper's (``- 3 -``: :func:`_signature`) one to
    :data:`MAX_PAGES_BETWEEN` above the last of them (the slides' page of a volume whose slides print no number:
    ``- 4 -`` after ``- 3 -``). Only numbers before the deck count: a deck alone numbers its own slides. A number
    that carries on the deck's own run is the slide's: where the slides restart the count in the paper's shape
    (``― 1 ―``, ``― 2 ―`` after the paper's ``― 1 ―``, ``― 2 ―``), the ``― 3 ―`` after them is slide 3, not the
    volume's page 3. A number that names a slide (``Slide 1``: :func:`names_slide`) is the slide's, never the volume's.
    ``placed``: the numbers a PDF's extraction set aside as their pages' folios by their place (a bare ``2`` centred at
    the foot), folios whatever their shape.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = mk("本文", "- 3 -", "Overview", "- 4 -")
    >>> sorted(continued_page_numbers([lines[1]], lines[2:])), sorted(continued_page_numbers([], mk("Cover", "- 1 -")))
    ([1], [])
    >>> lines = mk("本文", "- 1 -", "本文", "- 2 -", "Cover", "- 1 -", "Aims", "- 2 -", "Method", "- 3 -")
    >>> sorted(continued_page_numbers([lines[1], lines[3]], lines[4:]))
    []
    """
    def folio(t: Text):
        n = page_number(t.text)
        return n if n is not None and (n.shaped or placed(t)) and not n.roman and n.total is None \
            and not names_slide(t.text) else None

    if not deck_lines:
        return set()
    start = first_line(deck_lines[0]) or 0
    printed = [(n.value, _signature(t.text)) for t in paper_numbers
               if (first_line(t) or 0) < start and (n := folio(t)) is not None]
    out = set()
    own: list[int] = []  # the deck's own numbers in the paper's shape, kept as the slides'
    if not printed and _numbers_own_slides(deck_lines, folio):
        own.append(0)  # the deck's ``- 1 -`` opens its first slide: the count starts there
    for k, t in enumerate(deck_lines):
        n = folio(t)
        if n is None:
            continue
        if own and n.value == own[-1] + 1:
            own.append(n.value)  # the slides' own count goes on (``― 3 ―`` after the deck's ``― 1 ―``, ``― 2 ―``)
            continue
        if k == 0 or (printed and printed[-1][1] == _signature(t.text) and 0 < n.value - printed[-1][0] <= MAX_PAGES_BETWEEN):
            out.add(k)
            printed.append((n.value, _signature(t.text)))
        else:
            own.append(n.value)
    return out


def _numbers_own_slides(deck_lines: list[Text], folio: Callable[[Text], PageNumber | None]) -> bool:
    """Whether a deck whose talk's paper printed no page number numbers its own slides with the folios it opens on:
    they count ``1``, ``2``, … by one in one shape, the first is the deck's first line, and each stands above a
    slide's text (the last is followed by text of the deck, as a head is; a volume's folio closes its page, so the
    volume's last stands at the deck's end). Why: a proceedings dump printing ``- 1 -`` … ``- 4 -`` above its four
    slides and no folio in its paper (trial 39) lost the four numbers as the volume's pages, and its slides ran
    together; the volume's folio the deck opens on (trial 12: ``- 3 -`` under the paper, ``- 4 -`` closing the
    dump) is read as before.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> shaped = lambda t: page_number(t.text)
    >>> _numbers_own_slides(mk("- 1 -", "Cover", "- 2 -", "Aims"), shaped)
    True
    >>> _numbers_own_slides(mk("- 1 -", "Cover", "- 2 -"), shaped), _numbers_own_slides(mk("- 3 -", "Aims", "- 4 -", "Method"), shaped)
    (False, False)
    """
    numbered = [(k, n) for k, t in enumerate(deck_lines) if (n := folio(t)) is not None]
    if not numbered or numbered[0][0] != 0 or len(numbered) < 2:
        return False
    values = [n.value for _, n in numbered]
    shapes = {_signature(deck_lines[k].text) for k, _ in numbered}
    return values == list(range(1, len(values) + 1)) and len(shapes) == 1 \
        and numbered[-1][0] < len(deck_lines) - 1 \
        and all(b - a > 1 for (a, _), (b, _) in zip(numbered, numbered[1:]))


def folio_runs(lines: list[Text], layout: Layout, numbers: frozenset[int] | set[int]) -> list[list[int]]:
    """The runs of a paged dump's folios: page numbers (``numbers``, found by :func:`page_numbers`) standing outermost
    at the same edge of :data:`RECURRENCE_PAGES` pages or more (its last line, or its first), in one shape
    (:func:`_signature`), no total (``3/6`` counts slides) and no slide's label (``Slide 3``), rising by one a page:
    the number minus the page's index the same on each (a page without one may fall between). Line indexes, by page.

    >>> from pipeline.model import LineLayout
    >>> lines = [Text.from_raw(s, n) for n, s in enumerate(["本文", "23", "本文", "24", "Aims", "1/2", "25"], 1)]
    >>> layout = Layout(tuple(LineLayout(page=p) for p in [1, 1, 2, 2, 3, 3, 3]), ())
    >>> folio_runs(lines, layout, {1, 3, 5, 6})
    [[1, 3, 6]]
    """
    runs: dict[tuple[int, str, int], list[int]] = defaultdict(list)
    for idxs in _pages(lines, layout):
        for edge in {idxs[0], idxs[-1]}:
            n = page_number(lines[edge].text)
            if edge not in numbers or n is None or n.roman or n.total is not None or names_slide(lines[edge].text):
                continue
            key = (0 if edge == idxs[0] else -1, _signature(lines[edge].text), n.value - layout.page(lines[edge]))
            runs[key].append(edge)
    return [run for run in runs.values() if len(run) >= RECURRENCE_PAGES]


def paged_volume_folios(lines: list[Text], layout: Layout, numbers: frozenset[int] | set[int], deck: set[int]
                        ) -> set[int]:
    """Indexes of the deck's lines (``deck``: indexes into ``lines``) that are its volume's folios in a paged dump
    (form feeds), page furniture whether their page holds the paper or the slides: the members of a run of folios
    rising by one a page at one page edge (:func:`folio_runs`) that stand among the deck's lines, where the run
    reaches a page outside the deck (the talk's paper, another talk) or, all of it on the deck's pages, does not
    count them from the first (``101`` on the deck's first page). A deck's own numbers stay its slides': in another
    shape (``3/6``, ``- 3 -`` under a slide, not outermost on the page), or counting its pages from 1 (a deck
    alone printing ``1`` … ``6`` at each page's foot; a cover page without one, ``2`` on the second).

    Why: trial 40, a bilingual proceedings dump whose every page closed on the volume's folio (``23`` … ``28``)
    while each talk's slides printed their own (``1/6`` or ``- 1 -`` under each slide): the folios on the slides'
    pages were taken for slide text (``24`` opening the cover's lines) or a seventh slide (``25``), since only
    numbers in a page-number shape (:func:`volume_page_numbers`, :func:`continued_page_numbers`) were read as the
    volume's among a deck's lines.

    >>> from pipeline.model import LineLayout
    >>> layout = Layout(tuple(LineLayout(page=p) for p in [1, 1, 2, 2, 3, 3, 3]), ())
    >>> lines = [Text.from_raw(s, n) for n, s in enumerate(["本文", "23", "本文", "24", "Aims", "1/2", "25"], 1)]
    >>> sorted(paged_volume_folios(lines, layout, {1, 3, 5, 6}, {3, 4, 5, 6}))
    [3, 6]
    >>> lines = [Text.from_raw(s, n) for n, s in enumerate(["Cover", "1", "Aims", "2", "Data", "End", "3"], 1)]
    >>> paged_volume_folios(lines, layout, {1, 3, 6}, set(range(7)))
    set()
    """
    out: set[int] = set()
    deck_pages = sorted({layout.page(lines[i]) for i in deck if i not in numbers})
    for run in folio_runs(lines, layout, numbers):
        inside = [i for i in run if i in deck]
        if not inside:
            continue
        if len(inside) == len(run) and layout.page(lines[run[0]]) in deck_pages:
            place = deck_pages.index(layout.page(lines[run[0]])) + 1
            if page_number(lines[run[0]].text).value <= place:  # type: ignore[union-attr]
                continue  # the deck's own count, from its first page
        out.update(inside)
    return out


def _signature(text: str) -> str:
    """A line with its digits folded and white space dropped: ``第12回`` and ``第13回`` sign alike.

    >>> _signature("Matsuyama City  Division 3") == _signature("Matsuyama City Division 4")
    True
    """
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", fold(text))).lower()


def _running_signature(text: str) -> str:
    """What a running line's copies share (:func:`_signature`), but a line of no letter keeps its digits: its digits
    are all it says, and a table's last rows at the feet of slides (``15000⇥52``, ``2023⇥120⇥40``, ``2024⇥800``) had
    signed alike and been dropped as a running footer (issue 16, session 50); a footer of figures recurs as the same
    figures (``2026``). (A page number's shape, ``- 3 -`` as ``- 4 -``, is :func:`_signature`'s.)

    >>> _running_signature("15000\t52") == _running_signature("2024\t800"), _running_signature("2026") == _running_signature(" 2026")
    (False, True)
    >>> _running_signature("第12回 講演論文集") == _running_signature("第13回 講演論文集")
    True
    """
    folded = re.sub(r"\s+", "", fold(text))
    if not any(c.isalpha() for c in folded):
        return folded
    return _signature(text)


_BETWEEN_DASHES = re.compile(r"^[-\u2010-\u2015\u2212\uff0d][ \t]*[0-9ivxlcIVXLC]+(?:[ \t]*/[ \t]*[0-9]+)?[ \t]*[-\u2010-\u2015\u2212\uff0d]$")
"""A folio set between dashes (``- 3 -``, ``– ii –``, ``- 3/4 -``), the shape a page foot shares with a press release's
``-30-``."""
_THIRTY = re.compile(r"^[-\u2013\u2014][ \t]*30[ \t]*[-\u2013\u2014]$")
"""``-30-`` (``- 30 -``, ``–30–``): the journalists' mark for a story's end (AP usage)."""


def closing_thirty(lines: list[Text], numbers: dict[int, int] | frozenset[int] | set[int] = frozenset()) -> int | None:
    """The index of the document's last line where it is ``-30-`` (:data:`_THIRTY`) closing a press release or a
    news story, else None: the end mark (:func:`~pipeline.segment.sections.end_mark`), never page 30, where no other
    line of the document is a folio between dashes (:data:`_BETWEEN_DASHES`), no page number found elsewhere
    (``numbers``) is 29 or 31, and the line over it is no table's row (a cell set alone on a line).

    Why (issue 16 point 2, helper press66): ``-30-`` closing a news release (fresh-user trial 66, helper seg66's
    ``seg66_endmark_30``) went to the ledger as ``page-number``. A 30-page report's foot ``- 30 -`` comes after
    ``- 29 -`` and stays its folio.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> closing_thirty(mk("The park opens today.", "-30-")), closing_thirty(mk("Text.", "- 29 -", "More text.", "- 30 -"))
    (1, None)
    >>> closing_thirty(mk("Room A" + chr(9) + "-18-", "Room B" + chr(9) + "-25-", "-30-")), closing_thirty(mk("-30-", "The park opens today."))
    (None, None)
    """
    if not lines or _THIRTY.match(fold(lines[-1].text.strip(" \t\u3000"))) is None:
        return None
    last = len(lines) - 1
    if any(_BETWEEN_DASHES.match(fold(t.text.strip(" \t\u3000"))) for t in lines[:last]):
        return None
    values = [v for i, v in numbers.items() if i != last] if isinstance(numbers, dict) else \
        [n.value for i in numbers if i != last and (n := page_number(lines[i].text)) is not None]
    if any(v in (29, 31) for v in values):
        return None
    if last > 0 and "\t" in lines[last - 1].text:
        return None  # a table's cell set alone under its rows
    return last


def _pages(lines: list[Text], layout: Layout) -> list[list[int]]:
    """Indexes of the lines on each page, in order (pages with no line are left out)."""
    out: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(lines):
        out[layout.page(t)].append(i)
    return [out[p] for p in sorted(out)]


def page_numbers(lines: list[Text], layout: Layout) -> dict[int, int]:
    """Line index → page number for the lines that are their page's number.

    With pages known, a number at a page edge counts when its offset from the
    page index recurs on a second page (``3`` on page 5 and ``4`` on page 6),
    or when it has a page-number shape; without pages, only shaped numbers
    count (bare digits may be a table's cells).
    """
    pages = _pages(lines, layout)
    found: dict[int, int] = {}
    if len(pages) > 1:
        offsets: dict[tuple[bool, int], list[int]] = defaultdict(list)
        for p, idxs in enumerate(pages):
            for i in idxs[:EDGE] + idxs[-EDGE:]:
                n = page_number(lines[i].text)
                if n is not None:
                    if n.shaped:
                        found[i] = n.value
                    # the offset from the page's own index, not its place among pages with text: a thesis's blank
                    # versos hold no line, and the folios after one would count from another offset
                    offsets[(n.roman, n.value - layout.page(lines[i]))].append(i)
        for (_, _), idxs in offsets.items():
            if len({layout.page(lines[i]) for i in idxs}) >= 2:
                for i in idxs:
                    found[i] = page_number(lines[i].text).value  # type: ignore[union-attr]
        for edge in (0, -1):
            found.update(_skipping_folios(lines, pages, edge, found))
    if len(pages) <= 1 and not any(layout.boxed(t) for t in lines[:1]):
        # a dump without pages: its folios stand between the lines (a PDF's or a paged dump's stand at a page's
        # edge, and a number inside a page is a listing's line number or a table's cell)
        found.update(folios_in_running_text(lines, layout, found))
        found.update(placed_folios(lines, layout, found))
    return found


MIN_LINES_A_PAGE = 5
"""Lines of text between two bare folios of a dump (a page holds more; a numbered list's items, set one number
a line, hold fewer)."""


def _running_text(t: Text, layout: Layout) -> bool:
    """A line of running text: :data:`PROSE_WIDTH` columns or more, letters in it, no table row."""
    return layout.width(t) >= PROSE_WIDTH and "\t" not in t.text and script_of(t.text) in (JA, EN)


def _sentence_goes_on(before: Text, after: Text) -> bool:
    """``after`` carries on the sentence ``before`` left open: ``before`` ends no sentence (nor on a colon), and
    ``after`` is Japanese after Japanese, no heading or list item, or English that goes on in lower case.

    >>> mk = lambda s: Text.from_raw(s, 1)
    >>> _sentence_goes_on(mk("…五年間であり、その"), mk("間に行った三回の調査を用いる。")), _sentence_goes_on(mk("…against the radar"), mk("network."))
    (True, True)
    >>> _sentence_goes_on(mk("…大きく下がった。"), mk("次に、調査の方法を述べる。")), _sentence_goes_on(mk("…as follows"), mk("Table 2"))
    (False, False)
    """
    last, nxt = before.text.rstrip(), after.text.strip()
    if not last or not nxt or last[-1] in SENTENCE_END + ".:：" or explicit_number(nxt) is not None or nxt[0] in "・■□●○◆◇※-•*":
        return False
    if is_japanese(last) and is_japanese(nxt):
        return True
    return script_of(last) == EN and nxt[0].islower()


def _paragraph_last_line(lines: list[Text], k: int, layout: Layout) -> bool:
    """``lines[k]`` is the short last line of a paragraph of running text: it ends a sentence, in the script of the
    line of running text right over it (``…鉄道の存続を望んでいることが明らかに`` / ``なった。``). A folio under it
    stands after running text as one under a full line does (issue 16 point 4, session 80, helper cat80: a seminar
    programme's abstracts, wrapped at a short measure, kept their pages' ``2`` and ``3`` as text).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _paragraph_last_line(mk("本研究では、廃止が検討されている地方鉄道の沿線住民を対象にアンケート", "なった。"), 1, Layout.plain())
    True
    >>> _paragraph_last_line(mk("15:15　講評・閉会", "なった。"), 1, Layout.plain())
    False
    """
    last = lines[k].text.rstrip()
    return k >= 1 and last[-1:] in SENTENCE_END + "." and script_of(last) in (JA, EN) \
        and _running_text(lines[k - 1], layout) and script_of(lines[k - 1].text) == script_of(last)


def folios_in_running_text(lines: list[Text], layout: Layout, found: dict[int, int]) -> dict[int, int]:
    """Bare page numbers (``3``) a text dump prints between lines of running text, where no page edge shows them
    (a dump without form feeds; the caller asks only then): line index → page number.

    A number alone on its line after a line of running text is its page's folio when the sentence runs on
    across it (:func:`_sentence_goes_on`: ``…五年間であり、その`` | ``1`` | ``間に行った…``), or when such numbers
    count up by one, each :data:`MIN_LINES_A_PAGE` lines of text or more after the one before (the pages'
    numbers; a numbered list set one number a line has short items). A table's cell stands among other cells,
    not after running text; a number set off (:func:`_set_off`) over a line set off too is a centred chapter's
    number over its title (trial 52's variants: ``2`` and ``3`` over centred chapter titles had been folios).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lines = mk("本報告では、港町市におけるバス路線の再編の経過を整理し、その", "1", "影響を検討する。")
    >>> folios_in_running_text(lines, Layout.plain(), {})
    {1: 1}
    >>> folios_in_running_text(mk("The number of households that answered was", "42", "The rest did not."), Layout.plain(), {})
    {}
    """
    candidates = []
    set_off = _set_off(lines, layout) or MIN_SET_OFF
    for i in range(1, len(lines)):
        n = page_number(lines[i].text)
        if i in found or n is None or n.shaped or n.roman or n.total is not None \
                or not (_running_text(lines[i - 1], layout) or _paragraph_last_line(lines, i - 1, layout)):
            continue
        if i + 1 < len(lines) and page_number(lines[i + 1].text) is not None:
            continue
        if i + 1 < len(lines) and layout.indent(lines[i]) >= set_off and layout.indent(lines[i + 1]) >= set_off:
            continue  # a centred chapter number over its centred title
        candidates.append((i, n.value))
    out = {i: v for i, v in candidates if i + 1 < len(lines) and _sentence_goes_on(lines[i - 1], lines[i + 1])}
    run: list[tuple[int, int]] = []
    # (a bare chapter–page folio, ``3-1``, counts only where the sentence runs on across it: ``2-1`` / ``2-2`` alone on
    # their lines, each over its title, are a manual's headings' numbers, and count up as folios do)
    for i, v in [(i, v) for i, v in candidates if page_number(lines[i].text).chapter is None]:  # type: ignore[union-attr]
        if run and (v != run[-1][1] + 1 or i - run[-1][0] <= MIN_LINES_A_PAGE):
            if len(run) >= 2:
                out.update(run)
            run = []
        run.append((i, v))
    if len(run) >= 2:
        out.update(run)
    return out


MIN_PLACED_FOLIOS = 3
"""Bare folios in one placement a run needs (two numbers one more apart could be chance: a count, a table's cells)."""
SET_OFF_SHARE = 0.25
"""A folio set off to the right or centred starts a quarter of the document's measure in or more (a numbered list's
number, a count or a table's first cell stands at the text's left edge)."""
MIN_SET_OFF = 8
"""Columns of indent a set-off folio has at least (a short document's measure is no evidence of centring)."""
PLACE_SLACK = 1
"""Columns by which one placement's folios may differ (right ends, centres or indents: ``9`` and ``10`` set flush right
end in one column, centred ones differ by half a column)."""
FLUSH_RIGHT_SHARE = 0.6
"""A folio set flush right starts this share of the document's measure in or more (a centred one starts about half
of it in): :func:`placed_folios` asks such folios for no least page (:data:`MIN_LINES_A_PAGE`)."""
MAX_PAGE_RATIO = 3.0
"""Longest page over shortest between folios of one run (pages of a dump are roughly regular; a chapter's last page
may be short)."""


def _set_off(lines: list[Text], layout: Layout) -> float | None:
    """The indent from which a line stands set off, right or centred (:data:`SET_OFF_SHARE` of the measure, the 90th
    percentile of the right ends of lines holding a letter; at least :data:`MIN_SET_OFF`); None without such lines."""
    measure = _right_edge(lines, layout)
    return None if measure is None else max(MIN_SET_OFF, SET_OFF_SHARE * measure)


def _right_edge(lines: list[Text], layout: Layout) -> float | None:
    """Where the document's lines end: the 90th percentile of the right ends (indent and width, in columns) of lines
    holding a letter; None without such lines. (Named apart from :func:`_measure`, the widths alone, which a
    definition of the same name had silently shadowed, review of session 61.)"""
    right_ends = sorted(layout.indent(t) + layout.width(t) for t in lines if any(c.isalpha() for c in t.text))
    return right_ends[int(0.9 * (len(right_ends) - 1))] if right_ends else None


def _closing(cands: list[tuple[int, int]], lines: list[Text]) -> int | None:
    """The index of the candidate that closes the document, where it is the last and every line after it stands
    right beside another candidate too (a running footer under each folio), else None: the last page's folio, which
    may follow a short page (trial 52b's report, ``3`` after five lines, stayed in its last section's text)."""
    if len(cands) < 2:
        return None
    i = cands[-1][0]
    beside = {lines[k + d].text.strip() for k, _ in cands[:-1] for d in (-1, 1) if 0 <= k + d < len(lines)}
    return i if all(t.text.strip() in beside for t in lines[i + 1:]) else None


def _placement_runs(cands: list[tuple[int, int]], lines: list[Text], layout: Layout,
                    key: Callable[[Text], float], least: int = MIN_LINES_A_PAGE) -> list[list[tuple[int, int]]]:
    """Runs of candidates ``(index, value)`` at one placement (``key`` within :data:`PLACE_SLACK`), in line order,
    each one more than the one before and more than ``least`` lines after it (:data:`MIN_LINES_A_PAGE`); the one
    closing the document (:func:`_closing`) after any number of lines."""
    runs: list[list[tuple[int, int]]] = []
    closing = _closing(cands, lines)
    for i, v in cands:
        k = key(lines[i])
        for run in runs:
            j, w = run[-1]
            if w == v - 1 and (i - j > least or i == closing) and abs(key(lines[j]) - k) <= PLACE_SLACK:
                run.append((i, v))
                break
        else:
            runs.append([(i, v)])
    return [r for r in runs if len(r) >= MIN_PLACED_FOLIOS]


def _regular(run: list[tuple[int, int]], lines: list[Text]) -> bool:
    """The run's folios stand at roughly regular intervals (raw lines; :data:`MAX_PAGE_RATIO`), the last page's
    (:func:`_closing`) as long as it is."""
    at = [first_line(lines[i]) or 0 for i, _ in run]
    gaps = [b - a for a, b in zip(at, at[1:])]
    if len(gaps) > 1 and _closing(run, lines) is not None and gaps[-1] < min(gaps[:-1]):
        gaps = gaps[:-1]
    return min(gaps) > 0 and max(gaps) <= MAX_PAGE_RATIO * min(gaps)


def placed_folios(lines: list[Text], layout: Layout, found: dict[int, int]) -> dict[int, int]:
    """Bare page numbers of a dump without pages told by where they stand (decision, issue 16 point 4, trial 52):
    line index → page number.

    A number alone on its line (digits only: ``3``, ``１２``; no ``3.``, no ``(3)``, no label) is a folio where
    :data:`MIN_PLACED_FOLIOS` or more such numbers count up by one, each more than :data:`MIN_LINES_A_PAGE` lines
    after the one before, at roughly regular intervals (:data:`MAX_PAGE_RATIO`), and share one placement:

    * set off (indented :data:`SET_OFF_SHARE` of the document's measure or more, at least :data:`MIN_SET_OFF`
      columns) and flush right or centred alike (right ends, or centres, within :data:`PLACE_SLACK`), with no set-off
      line right before or after it (a centred chapter number stands over its centred title); set flush right
      (indented :data:`FLUSH_RIGHT_SHARE` of the measure or more, right ends alike), a line of text or more between
      two is enough (fresh-user trial 61: a report's short sections a page each, ``5`` and ``6`` after four lines had
      stayed paragraphs while ``2``, ``3``, ``4`` went to the ledger); or
    * at the text's left edge with blank lines before and after each, one of them at least standing inside a
      sentence that runs on across it (:func:`_sentence_goes_on`: without form feeds nothing else tells a folio at a
      page's edge from a list's number set alone).

    A table's or a list's numbers stand one under another (each next to another bare number: none is taken), a
    numbered line holds more than its number, a count in prose stands alone once; a single number is never enough.

    (``tests/test_segment_placed_folios52.py``)
    """
    set_off = _set_off(lines, layout)
    if set_off is None:
        return {}

    def bare(i: int) -> bool:
        return 0 <= i < len(lines) and lines[i].text.strip().isdigit()

    def is_set_off(i: int) -> bool:
        return 0 <= i < len(lines) and layout.indent(lines[i]) >= set_off

    def blank_around(i: int) -> bool:
        at = first_line(lines[i]) or 0
        before = first_line(lines[i - 1]) if i > 0 else None
        after = first_line(lines[i + 1]) if i + 1 < len(lines) else None
        return (before is None or layout.blank_between(before, at)) and (after is None or layout.blank_between(at, after))

    cands: list[tuple[int, int]] = []
    for i, t in enumerate(lines):
        n = page_number(t.text)
        if n is None or n.shaped or n.roman or n.total is not None or not bare(i) or bare(i - 1) or bare(i + 1):
            continue
        if found.get(i, n.value) == n.value:  # one found by another rule (a sentence runs on across it) counts too
            cands.append((i, n.value))
    out: dict[int, int] = {}
    set_off_cands = [(i, v) for i, v in cands if is_set_off(i) and not is_set_off(i - 1) and not is_set_off(i + 1)]
    right_end = lambda t: layout.indent(t) + layout.width(t)  # noqa: E731
    for key in (right_end, lambda t: layout.indent(t) + layout.width(t) / 2):
        for run in _placement_runs([c for c in set_off_cands if c[0] not in out], lines, layout, key):
            if _regular(run, lines):
                out.update(run)
    # numbers set flush right, well past the measure's middle, count up over pages however short (a report's short
    # sections a page each): a centred number may be a verse's or a part's over a few lines, a right-set one is none
    flush = max(set_off, FLUSH_RIGHT_SHARE * (_right_edge(lines, layout) or 0.0))
    far_right = [(i, v) for i, v in set_off_cands if layout.indent(lines[i]) >= flush]
    for run in _placement_runs(far_right, lines, layout, right_end, least=1):
        if _regular(run, lines):
            out.update(run)
    edge_cands = [(i, v) for i, v in cands if i not in out and not is_set_off(i) and blank_around(i)]
    for run in _placement_runs(edge_cands, lines, layout, layout.indent):
        if _regular(run, lines) and any(0 < i < len(lines) - 1 and _sentence_goes_on(lines[i - 1], lines[i + 1])
                                        for i, _ in run):
            out.update(run)
    return {i: v for i, v in out.items() if i not in found}


MIN_SKIPPING_PAGES = 3
"""Pages a folio sequence that skips (chapters opening on odd pages, blank pages left out) must show."""


def _skipping_folios(lines: list[Text], pages: list[list[int]], edge: int, found: dict[int, int]) -> dict[int, int]:
    """Bare numbers standing alone at the same edge (``edge``: 0 top, -1 foot) of :data:`MIN_SKIPPING_PAGES`
    pages or more, rising from page to page by at least as much as the page index (``1``, ``3``, ``5``, ``7``
    at the foot of consecutive pages of a thesis whose blank pages the dump leaves out).

    >>> pages = [[0, 1], [2, 3], [4, 5], [6, 7]]
    >>> lines = [Text.from_raw(s, n) for n, s in enumerate(["本文。", "1", "本文。", "3", "本文。", "5", "本文。", "7"], 1)]
    >>> sorted(_skipping_folios(lines, pages, -1, {}).values())
    [1, 3, 5, 7]
    >>> lines[5] = Text.from_raw("2", 6)
    >>> _skipping_folios(lines, pages, -1, {})
    {}
    """
    seq = []
    for p, idxs in enumerate(pages):
        if not idxs:
            continue
        i = idxs[edge]
        n = page_number(lines[i].text)
        if i in found or n is None or n.shaped or n.roman:
            continue
        seq.append((p, n.value, i))
    if len(seq) < MIN_SKIPPING_PAGES:
        return {}
    if any(b[1] - a[1] < b[0] - a[0] or b[1] <= a[1] for a, b in zip(seq, seq[1:])):
        return {}
    return {i: value for _, value, i in seq}


def _set_larger(lines: list[Text], layout: Layout) -> Callable[[int], bool]:
    """A test ``i -> bool``: in a PDF, ``lines[i]`` is set larger than :data:`MAX_SIZE_RATIO` times the body (the
    median size of the lines): a chapter's label at the head of each chapter's first page (``Hoofdstuk 1`` at
    20.7 pt over a 10.9 pt body) is a heading, never a running head. A text dump's lines never are."""
    sizes = sorted(size for t in lines if (size := layout.size(t)))
    if not sizes:
        return lambda i: False
    body = sizes[len(sizes) // 2]
    return lambda i: (layout.size(lines[i]) or 0.0) > MAX_SIZE_RATIO * body


def _one_run(at: list[int], numbers: dict[int, int]) -> bool:
    """The lines ``at`` (indexes, sorted) stand on consecutive pages of a dump without pages: between each two, one
    page number and no other.

    >>> _one_run([3, 6, 9], {2: 1, 5: 2, 8: 3, 11: 4}), _one_run([3, 9], {2: 1, 5: 2, 8: 3, 11: 4})
    (True, False)
    """
    marks = sorted(numbers)
    return all(sum(1 for m in marks if a < m < b) == 1 for a, b in zip(at, at[1:]))


_WHITE_PARTS = re.compile(r"[ \u3000\t]+")
"""White space parting a running line's words or parts (a periodical's name and its issue: ``…だより　第142号``)."""


def running_lines(lines: list[Text], layout: Layout, numbers: dict[int, int],
                  title_of: Callable[[int], int | None] | None = None, margins: tuple[str, ...] = (),
                  aside: tuple[tuple[str, int, str, str | None], ...] = ()) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for the furniture lines.

    ``numbers`` are the page-number lines (from :func:`page_numbers` or a
    deck's anchors): a line next to them is at a page edge too. ``title_of(i)``
    is the title line of a title block opening at ``lines[i]`` (a title with its
    author or speaker line right under it), else ``None``: a running header's
    first copy that is such a title is the paper's title, not furniture
    (:func:`_titles_among_headers`). ``margins`` are the texts a PDF's extraction set aside in its pages' margins
    (a browser's header and footer: :func:`pipeline.segment.webpage.web_furniture`); ``aside`` the same lines as
    ``(text, page, reason, font)`` (:func:`_first_page_copies_set_aside`).
    """
    out: dict[int, str] = {}
    pages = _pages(lines, layout)
    edges: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)  # (signature, edge) -> (page, index)
    if len(pages) > 1:
        for p, idxs in enumerate(pages):
            body = [i for i in idxs if i not in numbers]
            for i in body[:EDGE]:
                edges[(_running_signature(lines[i].text), "running-header")].append((p, i))
            for i in body[-EDGE:]:
                edges[(_running_signature(lines[i].text), "running-footer")].append((p, i))
        n_pages = len(pages)
    else:
        # No pages in the dump: a deck's page numbers mark them; the line right before or after each is at its edge.
        for i in numbers:
            for j, which in ((i - 1, "running-footer"), (i + 1, "running-header")):
                if 0 <= j < len(lines) and j not in numbers:
                    edges[(_running_signature(lines[j].text), which)].append((i, j))
        n_pages = max(len(numbers), 1)
    # the page numbers with a line on each side: the last page's number may close the dump, the first open it
    sides = {"running-footer": sum(1 for i in numbers if i - 1 >= 0 and i - 1 not in numbers),
             "running-header": sum(1 for i in numbers if i + 1 < len(lines) and i + 1 not in numbers)}
    larger = _set_larger(lines, layout)
    frame = _build_up_frames(lines, pages, numbers) if len(pages) > 1 else []  # a dump without pages shows no frames
    shown = [{_running_signature(lines[i].text) for i in idxs if i not in numbers} for idxs in pages] if frame else []
    closing = _closing_feet(lines, pages, numbers) if len(pages) > 1 else set()
    refrains = _refrains(lines, pages, numbers) if len(pages) > 1 else set()
    for (sig, which), hits in edges.items():
        # the page each copy stands on: its index, or without pages its copy's rank (the k-th copy on the k-th page)
        copies = [(p, i) for p, i in hits] if len(pages) > 1 else [(k, i) for k, (_, i) in enumerate(sorted(hits, key=lambda h: h[1]))]
        if not numbered_as_running_line([(p, _numbers_in(lines[i].text)) for p, i in copies]):
            continue  # a table's row continued over the pages, its figures changing (helper furn70)
        if which == "running-footer" and sig in closing:
            for _, i in hits:
                out.setdefault(i, which)
            continue
        if sig in refrains:
            continue  # a refrain (or a sentence) that happens to stand at page edges: the text's own (helper page67)
        if frame:
            # a line a frame's page adds to the page before (its build-up) is the frame's content wherever else it
            # stands: a running line is printed on every page of a frame, never brought in by an overlay
            hits = [(p, i) for p, i in hits if frame[p] == p or sig in shown[p - 1]]
            if not hits:
                continue
        where = {p for p, _ in hits}
        # a long line right beside the page number at every page break there is (each number with a line on its side)
        # needs no third page: a three-page report's head over pages 2 and 3, its folios ``Page N of 3`` at the feet
        # (fresh-user trial 71c, ``Regional Workshop on Flood Early Warning Systems — Summary Report``, 65 characters)
        at_every_break = len(pages) <= 1 and len(where) == sides[which] >= 2 \
            and all(i - 1 in numbers or i + 1 in numbers for _, i in hits)
        if not (_furniture_text(lines[hits[0][1]].text) or head_cells(lines[hits[0][1]].text) is not None
                or _long_running_line(lines, layout, hits, 2 if at_every_break else RECURRENCE_PAGES)) \
                or all(larger(i) for _, i in hits):
            continue
        if len(where) < n_pages and (counts_parts([lines[i].text for _, i in hits])
                                     or counts_parts([lines[i + 1].text for _, i in hits if i + 1 < len(lines)])):
            # a title continued over its slides, counting its parts (``Results 1/3`` … ``Results 3/3``) or counted on
            # the line under it (``Results`` / ``1/3``): no running line (review 48)
            continue
        texts = [lines[i].text.strip() for _, i in hits]
        if len(set(texts)) == len(texts) and all(is_chapter_label(t) for t in texts):
            continue  # each chapter opens its page with its own label (``Chapter 1`` … ``Chapter 4``, review 48): the
            # headings of the chapters, no running line, which repeats one text page after page
        # without pages, the first page's header opens the dump, before any page number marks a page
        first = next((i for i in range(min(EDGE, len(lines))) if i not in numbers), None) \
            if which == "running-header" and len(pages) <= 1 else None
        opens = first is not None and _running_signature(lines[first].text) == sig and all(i != first for _, i in hits)
        if len(pages) <= 1 and len(where) <= n_pages / 2 and _one_run(sorted(lines_at for _, lines_at in hits), numbers) \
                and not _titles_copies(lines, sig, [i for _, i in hits], title_of) \
                and not (opens and len(where) == sides[which]):
            # a deck dumped without pages: a line after the numbers of a few slides in a row and of no other is a
            # title continued over them (``Results`` on slides 3, 4 and 5 of 6: review 48), as a running line is
            # printed on most of the deck's pages; a line that opens the dump and follows every page number with a
            # line after it tops every page (a two-page report's ``みどり市環境白書 2025`` after ``- 3 -``: fresh-user
            # trial 64c, where it had stayed a paragraph of section 2)
            continue
        if which == "running-header" and len(pages) > 1 and all(pages[p][0] < i and larger(i - 1) for p, i in hits):
            continue  # a title's subtitle, right under it on each page (extract's rule for a PDF's furniture)
        if frame and len({frame[p] for p in where}) == 1 and len(where) >= 2:
            continue  # the pages of one frame built up, a line more on each: the frame's content, no running line
        # two pages suffice where the line stands beside the page number on every page there is
        beside = all(i - 1 in numbers or i + 1 in numbers for _, i in hits)
        # with pages, the first (a title page) may go without the running line (every_page)
        on_every = every_page(sorted(where), range(n_pages)) if len(pages) > 1 else len(where) in {n_pages, sides[which]}
        everywhere = len(where) + opens >= 2 and beside and on_every
        if len(pages) > 1 and which == "running-header" and len(where) == n_pages == len(hits) \
                and all(i == next((j for j in pages[p] if j not in numbers), None) for p, i in hits) \
                and all(i - 1 in numbers for p, i in hits if p > 0):
            # a dump paged by form feeds whose every page opens on the line, each later copy right after the page
            # number closing the page before: a running head from two pages (fresh-user trial 64c's two-page report,
            # ``- 3 -`` / form feed / ``みどり市環境白書 2025``); its first copy may be the title (_titles_among_headers)
            everywhere = True
        if (len(where) < RECURRENCE_PAGES or len(where) < n_pages / 3) and not everywhere \
                and not (len(pages) <= 1 and beside and _titles_copies(lines, sig, [i for _, i in hits], title_of)):
            continue
        if which == "running-footer" and len(pages) <= 1 \
                and min(i for _, i in hits) == next((j for j in range(len(lines)) if j not in numbers), None):
            # the line opens the dump and each copy stands right over a page number: the number stands under the head
            # atop each page (``令和７年度　森林環境調査報告書`` / ``－ 1 －`` / the text), so the line is the pages'
            # header by its place, never their footer (fresh-user trial 65, helper head65c)
            which = "running-header"
        for _, i in hits:
            out.setdefault(i, which)
        if opens:
            out.setdefault(first, which)
    if len(pages) > 1:
        for i in _sentence_pieces(lines, pages, out, layout):
            del out[i]
    # a running line's copy at a page number's other side (the head repeated as the next page's header) is the same
    # furniture: ``…研究`` | ``- 1 -`` | ``…研究``
    signatures = {_running_signature(lines[i].text) for i in out}
    # (or the running line's first part alone, a white space after it there: the periodical's name over the page
    # number, ``ながはま市議会だより`` / ``― 2 ―``, where the head atop the next page gives its issue too, ``ながはま市議会だより
    # 第142号``: fresh-user trial 74's council newsletter, where the name had stayed a line of the text)
    parts = {_running_signature(p[0]) for i in out if len(p := _WHITE_PARTS.split(lines[i].text.strip())) > 1}
    for i in numbers:
        for j, which in ((i - 1, "running-footer"), (i + 1, "running-header")):
            if 0 <= j < len(lines) and j not in out and j not in numbers and (
                    _running_signature(lines[j].text) in signatures
                    or (_running_signature(lines[j].text) in parts and _furniture_text(lines[j].text))):
                out[j] = which
    out.update({i: "running-header" for i in heads_after_blank_lines(lines, layout, numbers, out)})
    out.update({i: "running-header" for i in _heads_after_the_first_page(lines, pages, numbers, larger, title_of)
                if i not in out})
    out.update({i: which for i, which in section_heads(lines, pages if len(pages) > 1 else _pages_by_folios(lines, numbers),
                                                        numbers, set(out)).items() if i not in out})
    out.update({i: "running-header" for i in _interrupting(lines, layout, pages, numbers) if i not in out})
    out.update({i: which for i, which in volume_heads_with_pages(lines).items() if i not in out and i not in numbers})
    out.update({i: which for i, which in _interrupting_at_numbers(lines, layout, numbers).items() if i not in out})
    out.update({i: which for i, which in folio_lines(lines, layout).items() if i not in out and i not in numbers})
    out.update({i: which for i, which in page_edge_folios(lines, layout).items() if i not in out and i not in numbers})
    out.update({i: "running-footer" for i in titled_folio_feet(lines, layout) if i not in out and i not in numbers})
    out.update({i: "running-footer" for i in counted_feet(lines, layout, {**out, **dict.fromkeys(numbers, '')}) if i not in numbers})
    out.update({i: which for i, which in sequenced_folio_lines(lines, layout, out).items() if i not in numbers})
    if len(pages) <= 1:
        out.update({i: "running-header" for i in _periodic_heads(lines, numbers, layout, out) if i not in out})
    out.update({i: "running-header" for i in _first_page_copies(lines, pages, numbers, out)})
    out.update({i: which for i, which in _first_page_copies_set_aside(lines, layout, numbers, aside).items()
                if i not in out})
    if title_of is not None:
        for i in _titles_among_headers(lines, layout, out, numbers, title_of, paged=len(pages) > 1):
            del out[i]
        for i in talk_numbers_among_heads(lines, out, title_of):
            del out[i]
        out.update({i: "running-header" for i in _title_inside_sentence(lines, layout, numbers, title_of) if i not in out})
    # facing pages' heads with their folios, after the titles among the heads: a head printed with its page's folio
    # on its line is never the title (``titleblock.head_with_folio``), though its first copy opens a title block
    out.update(facing_folio_heads(lines, layout, out, numbers))
    # a head over a bare folio atop each page, its first copy included (helper furn84)
    out.update({i: which for i, which in heads_over_bare_folios(lines, layout, out).items()
                if i not in out and i not in numbers})
    # a head repeated at later pages' edges whatever it says (a gazette's publication number and date, fresh-user trial 83b)
    out.update({i: which for i, which in repeated_at_page_edges(lines, layout, numbers).items() if i not in out})
    after_footers = {i: "running-header" for i in heads_after_footers(lines, layout, out, numbers) if i not in numbers}
    feet = [i for i, which in out.items() if which == "running-footer"]
    if after_footers and title_of is not None and feet and min(after_footers) < min(feet):
        # the head's first copy that is the title of the block its page opens with stays the title (trial 71's
        # report: its head over ``TECHNICAL REPORT TR-2023-07`` / the title / ``Prepared by:`` is furniture there)
        weighed = {**out, **after_footers}
        if min(after_footers) in _titles_among_headers(lines, layout, weighed, numbers, title_of, paged=len(pages) > 1):
            del after_footers[min(after_footers)]
    out.update(after_footers)
    # last: a later page's copy of the first page's letterhead is no title of its own (the first copy stays)
    out.update({i: which for i, which in repeated_page_edges(lines, layout, pages, numbers).items() if i not in out})
    # a printed web page's furniture, the browser's header's first copy included: the date and time before it show it
    # is the browser's, never the document's title (pipeline.segment.webpage)
    out.update({i: which for i, which in web_furniture(lines, layout.page, numbers, margins).items() if i not in numbers})
    for i in mid_page_singles(lines, layout, [i for i, which in out.items() if which in ("running-header", "running-footer")]):
        del out[i]
    for i in first_header_row_copies(lines, out, numbers):
        del out[i]
    return out


def first_header_row_copies(lines: list[Text], found: dict[int, str], numbers: dict[int, int] | frozenset[int] | set[int]
                            ) -> list[int]:
    """The first copy of each table's header row printed again atop later pages, among the running heads ``found``:
    a head that is a row of cells (:func:`pipeline.segment.tables.row_cells`, two or more) where every copy stands
    right over a row of as many cells (the page's rows, a folio aside). A table's header is printed atop each page it
    runs over so the reader need not turn back (JIS Z 8301's and the Chicago Manual's *continued tables*); its first
    copy heads the table, the later ones are the pages' furniture. A running head is no row over rows of its own
    cells.

    Why (issue 16, helper tab84; fur283's open point): every copy went to the ledger, the first included, and the
    table lost its header row (a school's 行事予定表 over three pages).

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> ls = mk("日付\\t行事", "4月1日\\t入学式", "－1－", "日付\\t行事", "5月2日\\t遠足", "－2－", "日付\\t行事", "6月3日\\t検診")
    >>> first_header_row_copies(ls, {0: "running-header", 3: "running-header", 6: "running-header"}, {2: 1, 5: 2})
    [0]
    >>> first_header_row_copies(mk("港町だより", "本文。", "港町だより", "本文。"), {0: "running-header", 2: "running-header"}, {})
    []
    """
    from pipeline.segment.tables import row_cells

    copies: dict[str, list[int]] = defaultdict(list)
    for i, which in found.items():
        if which == "running-header":
            copies[_running_signature(lines[i].text)].append(i)
    out = []
    for at in copies.values():
        at.sort()
        cells = row_cells(lines[at[0]].text)
        if len(at) < 2 or cells is None:
            continue
        under = [next((j for j in range(i + 1, len(lines)) if j not in numbers and j not in found), None) for i in at]
        if all(j is not None and (row := row_cells(lines[j].text)) is not None and len(row) == len(cells)
               for j in under):
            out.append(at[0])
    return out


def _sentence_pieces(lines: list[Text], pages: list[list[int]], found: dict[int, str],
                     layout: Layout | None = None) -> list[int]:
    """The lines of ``found`` (line index → ``running-header`` / ``running-footer``) that are a piece of a block of
    text printed on every page: on each page the line right above (or right below) on the same page is the same text,
    is not furniture, and joins it as one sentence (the upper line ends on no full stop or colon, the lower one opens
    on a lower-case letter) or, for a foot in a PDF, is the line above it set with it as one block
    (:func:`_set_as_one_block`; a head under a masthead, close and flush, stays the page's: test_extract_typography,
    test_segment_report61). A running line is a label, never a sentence's piece; a block repeated on every page at the same place
    (a deck's sidebar quoting a book, its source under it) is furniture as a whole block or not at all, and its
    lines away from the page's edge are text, so its edge lines are too. A group whose neighbour is furniture itself
    (a two-line foot, both lines at the edge) stays furniture, whole.

    Why (helper ghost79, real-PDF trial 79c, beamer-verona's sidebar): ``creation of beautiful books—and
    especially``, the third of the quote's four lines, stood among each slide's last two lines and went to the
    ledger as ``running-footer``; the quote read ``… intended for the`` / ``for books that contain …``, and its
source ``(Donald E. Knuth, The TEXbook)`` under it went too.

    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Results", "Rain fell on the hills", "and on the town",
    ...       "Costs", "Rain fell on the hills", "and on the town"], 1)]
    >>> _sentence_pieces(ls, [[0, 1, 2], [3, 4, 5]], {2: "running-footer", 5: "running-footer"})
    [2, 5]
    >>> _sentence_pieces(ls, [[0, 1, 2], [3, 4, 5]], {1: "running-footer", 2: "running-footer",
    ...                                                4: "running-footer", 5: "running-footer"})
    []
    """
    page_of = {i: p for p, idxs in enumerate(pages) for i in idxs}
    groups: dict[str, list[int]] = defaultdict(list)
    for i in sorted(found):
        groups[_running_signature(lines[i].text)].append(i)
    kept = set(found)
    out: list[int] = []
    changed = True
    while changed:
        changed = False
        for members in groups.values():
            if len(members) < 2 or members[0] not in kept:
                continue
            for step in (-1, 1):
                beside = [i + step for i in members]
                if all(0 <= j < len(lines) and page_of.get(j) == page_of[i] and j not in kept
                       and (_one_sentence(lines[min(i, j)].text, lines[max(i, j)].text)
                            or (layout is not None and step < 0 and found[i] == "running-footer"
                                and _set_as_one_block(layout, lines[j], lines[i])))
                       for i, j in zip(members, beside)) \
                        and len({" ".join(lines[j].text.split()) for j in beside}) == 1:
                    kept.difference_update(members)
                    out.extend(members)
                    changed = True
                    break
    return sorted(out)


def _set_as_one_block(layout: Layout, upper: Text, lower: Text) -> bool:
    """Two PDF lines, ``lower`` right under ``upper``, set as one block: closer than a line's height (the smaller
    size of the two), flush at the left or the right edge (3 pt), and set no larger than ``upper``. A running foot stands a line's height or more
    under the text; a quote's source set flush right under it does not (beamer-verona's sidebar, trial 79c). A text
    dump has no boxes: ``False``."""
    a, b = layout.at(first_line(upper)), layout.at(first_line(lower))
    if None in (a.x0, a.x1, a.y0, b.x0, b.x1, b.y1) or not a.size or not b.size:
        return False
    gap = a.y0 - b.y1
    # set no larger than the block (a source, a caption): a foot set larger is the page's (``test_page67``)
    return b.size <= a.size and 0 <= gap < min(a.size, b.size) and (abs(a.x0 - b.x0) <= BLOCK_EDGE_SLACK or abs(a.x1 - b.x1) <= BLOCK_EDGE_SLACK)


BLOCK_EDGE_SLACK = 3.0
"""Points two lines' edges may differ by and be flush (extract's ``LEVEL_SLACK``)."""


def _one_sentence(upper: str, lower: str) -> bool:
    """Two lines one above the other that read as one sentence: the upper ends on no full stop or colon, the lower
    opens on a lower-case letter (``a new typesetting system G intended for the`` / ``creation of beautiful books``).

    >>> _one_sentence("intended for the", "creation of books"), _one_sentence("of books.", "for the")
    (True, False)
    """
    up, low = upper.strip(), lower.strip()
    return bool(up) and not up.endswith(_FULL_STOP + (":", "：")) and low[:1].islower()


def mid_page_singles(lines: list[Text], layout: Layout, found: list[int]) -> list[int]:
    """The lines of ``found`` (indexes of lines read as running heads or feet) that a one-page PDF prints once and
    mid-page: a line of its page stands wholly above it and one wholly below it (its place on the page, in points),
    and no other line of the document is the same line (:func:`_running_signature`). Empty for a text dump or a PDF
    of several pages.

    Why (issue 16 point 4, session 78, helper jsce78: a one-page conference abstract's reference ``1) 佐藤健一, 田中浩:
    都市河川における洪水予測の高`` / ``度化, 土木学会論文集B1, Vol.75, pp.12`` / ``3-130, 2019.``): its middle line names
    a volume and pages, :func:`volume_heads_with_pages`' shape of a volume's running head, and went to the ledger; the
    reference lost it and its tail read as a slide. A running head or foot stands at its page's edge, over or under
    the text, and a one-page document repeats it nowhere: a line with text over and under it on the only page is the
    text's, whatever its words. An n-up print puts a second page's head mid-sheet, but prints it twice.

    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(("Journal of Ports, Vol. 3, pp. 1-2", "Body.", "Vol. 75, pp. 12",
    ...       "3-130, 2019."), 1)]
    >>> rows = tuple(LineLayout(page=1, x0=50.0, y0=y, y1=y + 8) for y in (800.0, 700.0, 450.0, 438.0))
    >>> mid_page_singles(ls, Layout(rows, (), page_sizes=((595.0, 842.0),)), [0, 2])
    [2]
    >>> mid_page_singles(ls, Layout(rows + rows, (), page_sizes=((595.0, 842.0),) * 2), [0, 2])  # two pages: not read
    []
    """
    if len(layout.page_sizes) != 1 or not found:
        return []
    placed = [(lay.y0, lay.y1) for t in lines if (lay := layout.at(first_line(t))).y0 is not None and lay.y1 is not None]
    counts: dict[str, int] = defaultdict(int)
    for t in lines:
        counts[_running_signature(t.text)] += 1
    out = []
    for i in found:
        lay = layout.at(first_line(lines[i]))
        if lay.y0 is None or lay.y1 is None or counts[_running_signature(lines[i].text)] > 1:
            continue
        if any(y0 >= lay.y1 for y0, _ in placed) and any(y1 <= lay.y0 for _, y1 in placed):
            out.append(i)
    return out


def heads_after_blank_lines(lines: list[Text], layout: Layout, numbers: dict[int, int],
                            running: dict[int, str]) -> list[int]:
    """Indexes of a running header's further copies that open a block (a blank line before them) instead of following
    a page number, in a dump without pages. ``running`` maps line index → ``running-header`` / ``running-footer``
    (the lines found so far); ``numbers`` the page-number lines.

    The header must be proven by its place first: a copy right after every page number that has a line after it,
    :data:`~pipeline.furniture_model.RECURRENCE_PAGES` copies or more, all one line (:func:`_running_signature`).
    Its other copies are then taken where they open a block after the first page number (front matter before it is
    weighed by :func:`_first_page_copies` and :func:`_titles_among_headers`), each short furniture text ending on no
    sentence's mark.

    Why (fresh-user trial 68d, helper fix68m): a report whose sections each open a page printed its head
    ``令和6年度 緑川市 市民意識調査報告書`` atop every page; where a page broke inside a section the dump kept its
    number (``- 1 -`` / head), but where a section opened a new page the dump kept only a blank line before the head,
    and those three copies stayed the last paragraph of sections 1–3. A line repeated at every page edge is furniture
    whether a blank line or a page number stands before it. It does NOT take a refrain or a heading the text repeats
    (no copy after every page number: a contents page's entry, a stanza's refrain), a sentence, nor a copy running on
    from the line before it (no blank line).

    >>> ls = [Text.from_raw(s, n) for n, s in [(1, "Body one"), (2, "- 1 -"), (3, "Harbour Report 2025"),
    ...       (4, "Body two."), (6, "Harbour Report 2025"), (7, "Body three"), (8, "- 2 -"), (9, "Harbour Report 2025"),
    ...       (10, "Body four"), (11, "- 3 -"), (12, "Harbour Report 2025"), (13, "Body five.")]]
    >>> heads_after_blank_lines(ls, Layout((), (5,)), {1: 1, 6: 2, 9: 3}, {2: "running-header", 7: "running-header",
    ...                         10: "running-header"})
    [4]
    >>> heads_after_blank_lines(ls, Layout((), ()), {1: 1, 6: 2, 9: 3}, {2: "running-header", 7: "running-header",
    ...                         10: "running-header"})
    []
    """
    if not numbers:
        return []
    after = [i + 1 for i in numbers if i + 1 < len(lines) and i + 1 not in numbers]
    heads = {_running_signature(lines[i].text) for i in after if running.get(i) == "running-header"}
    if len(after) < RECURRENCE_PAGES or len(heads) != 1 \
            or not all(running.get(i) == "running-header" for i in after):
        return []
    sig = heads.pop()
    start = min(numbers)
    out = []
    for j in range(start + 1, len(lines)):
        if j in running or j in numbers:
            continue
        s = lines[j].text.strip()
        if _running_signature(s) != sig or not _furniture_text(s) or s[-1:] in SENTENCE_END + ".":
            continue
        a, b = last_line(lines[j - 1]), first_line(lines[j])
        if a is not None and b is not None and layout.blank_between(a, b):
            out.append(j)
    return out


def _first_page_copies(lines: list[Text], pages: list[list[int]], numbers: dict[int, int],
                       running: dict[int, str]) -> list[int]:
    """Indexes of a running header's copy on the first page where it stands below the page's edge: the header found
    atop every later page (``running``; two pages at least), its first page's copy printed under the front matter
    (``令和6年度 みどり市 観光動向調査報告書`` / the issuer / the contents / ``みどり市 観光動向調査報告書`` /
    ``1. 調査の概要``), where the dump lost the break between the contents and the text.

    Why: fresh-user trial 68's report sent pages 2 and 3's copies to the ledger and kept page 1's in ``front``. A running
    head's first copy is the document's own only where it is its title, which :func:`_titles_among_headers` weighs
    after this (a title page whose title is the head keeps it). The later copies must each open their page: in a dump
    with pages, every page after the first carries one (:func:`~pipeline.furniture_model.title_page_aside`); without,
    each stands right after a page number. The first page's copy is the same line (:func:`_running_signature`), short
    furniture text, before the first page's end (its page number), the one such copy there.
    """
    if len(pages) > 1:
        page_of = {i: p for p, idxs in enumerate(pages) for i in idxs}
        first_page = set(pages[0])
    elif numbers:
        page_of, first_page = {}, set(range(min(numbers)))
    else:
        return []
    copies: dict[str, list[int]] = defaultdict(list)
    for i, which in running.items():
        if which == "running-header":
            copies[_running_signature(lines[i].text)].append(i)
    out = []
    for sig, at in copies.items():
        at.sort()
        if len(at) < 2 or any(i in first_page for i in at) or not _furniture_text(lines[at[0]].text):
            continue
        if len(pages) > 1:
            if not title_page_aside(sorted({page_of[i] for i in at}), range(len(pages))):
                continue
        elif not all(i - 1 in numbers for i in at):
            continue
        firsts = [i for i in sorted(first_page) if i not in numbers and i not in running
                  and _running_signature(lines[i].text) == sig]
        if len(firsts) == 1:
            out.append(firsts[0])
    return out


def _first_page_copies_set_aside(lines: list[Text], layout: Layout, numbers: dict[int, int],
                                 aside: tuple[tuple[str, int, str, str | None], ...]) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for the first page's copy of a running line a PDF's
    extraction set aside on every later page it stands on but not there. ``aside``: ``(text, page, reason)`` of each
    line extraction set aside in a page's margin band (``set_aside_page_furniture``); the line must recur so on
    :data:`~pipeline.furniture_model.RECURRENCE_PAGES` pages or more, none of them the first page, and the first page
    hold one kept copy of it (:func:`_running_signature`), short furniture text (:func:`_furniture_text`), no page
    number. Whether that copy is the document's title is weighed after this (:func:`_titles_among_headers`).

    Why (fresh-user trial 77c, thesis-ex): a thesis draft stamps ``Draft of May 16, 2005 at 21 : 30`` atop every page;
    on the title page it stands under the title, inside the page's band of text, so extraction set the ten later
    copies aside by their place and kept the first in ``front``. Every copy of a running line is furniture, the first
    too; the later copies are the evidence, the first page's place proves nothing either way. Heads that alternate a
    paper's title and its author (zoo's FAQ) restate its title block: the line under the title's copy stays. The
    copy is set in the heads' face (its size aside) and is not the document's first line (a title restated as the
    head is set in the title's face); a deck (landscape pages) is left alone, its cover restating its footers.
    """
    if not aside or not lines or layout.landscape_pages():
        return {}  # a deck's cover restates its footers (the talk's title, date and speaker): cover lines, kept
    first_page = layout.page(lines[0])
    pages: dict[tuple[str, str], set[int]] = defaultdict(set)
    faces: dict[tuple[str, str], set[str]] = defaultdict(set)
    for text, page, reason, font in aside:
        pages[(_running_signature(text), reason)].add(page)
        faces[(_running_signature(text), reason)].add(_face(font))
    out: dict[int, str] = {}
    for (sig, reason), where in sorted(pages.items()):
        if len(where) < RECURRENCE_PAGES or min(where) <= first_page:
            continue
        # the copy set in the heads' own face (its size aside: ``CMSL12`` as ``CMSL10``), never the document's first
        # line: a title restated as the head is set in the title's face and opens the page (a deck's, a manual's)
        firsts = [i for i, t in enumerate(lines) if layout.page(t) == first_page and i not in numbers
                  and _running_signature(t.text) == sig and _furniture_text(t.text)
                  and (first := first_line(t)) is not None and _face(layout.at(first).font) in faces[(sig, reason)]]
        if firsts and firsts[0] == 0:
            continue
        if len(firsts) == 1 and not _beside_a_name(lines, firsts[0]):
            out[firsts[0]] = str(reason)
    # heads that alternate the title and its author (a journal's ``zoo FAQ`` on odd pages, ``zoo Development Team`` on
    # even ones) restate the title block: the line under another head's copy is the title's author, no furniture
    heads = {sig for sig, _ in pages}
    return {i: which for i, which in out.items() if not (i and _running_signature(lines[i - 1].text) in heads)}


def _face(font: str | None) -> str:
    """A font's face: its name without the subset's tag and the design size's digits (``GGAMCI+CMSL12`` → ``CMSL``)."""
    return re.sub(r"\d+$", "", (font or "").split("+")[-1])


def _beside_a_name(lines: list[Text], i: int) -> bool:
    """A person's name (an e-mail address in brackets after it aside) stands right before or after ``lines[i]``: a
    deck's cover sets the speaker's name over the affiliation its slides' footers repeat (URbeamer's ``Marei Peischl
    (TeX@…)`` / ``LATEX-Kurse und Support``), a speaker's line, no furniture."""
    from pipeline.segment.names import before_bracketed_email, is_person_name

    return any(0 <= j < len(lines) and is_person_name(lines[j].text[:before_bracketed_email(lines[j].text)].strip())
               for j in (i - 1, i + 1))


_FULL_STOP = (".", "!", "?", "。", "！", "？", "．")


def _refrains(lines: list[Text], pages: list[list[int]], numbers: dict[int, int]) -> set[str]:
    """The signatures (:func:`_running_signature`) of lines a paged document repeats as its own text, though copies
    stand at page edges: a line that also stands away from every page's edges (not among the :data:`EDGE` first or
    last lines of its page, page numbers aside) on two pages or more (a song's refrain closing each stanza, some
    stanzas ending a page), or a sentence (three words or more ending on a full stop, no digit or © in it: a
    copyright line's ``© 2026 Harbour Press. All rights reserved.`` stays a foot; or a Japanese line ending on 。).

    Why (issue 16 point 4, helper page67): a poem's ``and the river runs on`` closing each stanza and a chant's
    ``The sea was kind.`` closing each page were dropped as running footers (three pages). A running line stands at
    its page's edge on every page it is printed on, and is a label, not a sentence; a running head naming the title
    stands mid-page once at most (the title itself, or its section's heading).

    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["a", "b", "c", "d", "e", "f", "g", "river runs on",
    ...       "h", "i", "j", "k", "l", "m", "n", "river runs on"], 1)]
    >>> _refrains(ls, [list(range(8)), list(range(8, 16))], {})
    set()
    >>> ls[3] = ls[11] = Text.from_raw("river runs on", 99)
    >>> sorted(_refrains(ls, [list(range(8)), list(range(8, 16))], {}))
    ['riverrunson']
    """
    out: set[str] = set()
    inner: dict[str, set[int]] = defaultdict(set)
    for p, idxs in enumerate(pages):
        body = [i for i in idxs if i not in numbers]
        for i in body[EDGE:-EDGE]:
            inner[_running_signature(lines[i].text)].add(p)
        for i in body[:EDGE] + body[-EDGE:]:
            s = lines[i].text.strip()
            if (s.endswith(_FULL_STOP) and len(s.split()) >= 3 and not s.endswith("..")
                    and not any(c.isdigit() or c == "©" for c in s)) \
                    or (s.endswith(("。", "．")) and is_japanese(s)):
                out.add(_running_signature(s))
    return out | {sig for sig, at in inner.items() if len(at) >= 2}


_NUMBER_RE = re.compile(r"\d+")


def _numbers_in(text: str) -> list[int]:
    """The numbers of a line, in order (full-width digits read as digits).

    >>> _numbers_in("小計　１１　15"), _numbers_in("Page 2 of 3")
    ([11, 15], [2, 3])
    """
    return [int(d) for d in _NUMBER_RE.findall(text)]


def _closing_feet(lines: list[Text], pages: list[list[int]], numbers: dict[int, int]) -> set[str]:
    """The signatures (:func:`_running_signature`) of the lines that close most pages of a paged document: the last
    line of each page (its page number aside) is the same line, digits folded, on every page or on every page but the
    first (a title page without its foot), two pages or more, no running head opening those pages (a head and foot
    pair is weighed by the rules above: tests/test_pagebreak66.py); the line is short (:func:`_furniture_text`), holds no
    TAB, ends on no sentence's or clause's mark, and stands nowhere else in the document.

    Why (issue 16 point 4, helper page67; the strict xfail of tests/test_pagebreak66.py): a journal's foot
    ``bulletin of the upland wardens`` closing pages 2 and 3 of 3, with no running head and no folio beside it, was
    read as an unnumbered heading on each page (set 2 pt over the body, it had passed for a heading's size). The
    three-page rule of :func:`running_lines` asks for a folio beside a line on two pages; here the place is the
    evidence, as a repeated-text finder (Underwood's HeaderFinder) takes the same line at the same edge of most pages
    (pdfplumber sets no furniture aside; docling and unstructured label it from one page's look). The very last line only: a heading never closes a page (it heads the text under it), so a line set larger
    closing every page is a foot, never a chapter's label (which :func:`_set_larger` keeps at a page's head). It does
    NOT take a refrain (its copies stand mid-page too, or it ends on its full stop), a table's last row (cells), a
    sentence's piece cut by the break (it ends on no full stop but differs page to page), nor a line on one page
    in three.

    >>> from pipeline.layout import derived_layout
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Text one.", "harbour bulletin", "Text two.",
    ...       "harbour bulletin", "Text three.", "harbour bulletin"], 1)]
    >>> _closing_feet(ls, [[0, 1], [2, 3], [4, 5]], {})
    {'harbourbulletin'}
    >>> _closing_feet(ls, [[0, 1], [2, 3, 4], [5]], {})
    set()
    """
    last = [next((i for i in reversed(idxs) if i not in numbers), None) for idxs in pages]
    by_sig: dict[str, list[int]] = defaultdict(list)
    for p, i in enumerate(last):
        if i is not None:
            by_sig[_running_signature(lines[i].text)].append(p)
    out: set[str] = set()
    for sig, at in by_sig.items():
        if not every_page(at, range(len(pages))):
            continue
        s = lines[last[at[0]]].text.strip()
        if not _furniture_text(s) or "\t" in s or s[-1:] in SENTENCE_END + "、，,.;:：" \
                or sum(1 for t in lines if _running_signature(t.text) == sig) != len(at) \
                or not numbered_as_running_line([(p, _numbers_in(lines[last[p]].text)) for p in at]):
            continue  # (a table's last row, its cells set apart by spaces, changes its figures page to page: furn70)
        heads = {_running_signature(lines[i].text) for p in at
                 if (i := next((j for j in pages[p] if j not in numbers), None)) is not None}
        if len(heads) == 1 and _furniture_text(head := lines[next(j for j in pages[at[0]] if j not in numbers)].text) \
                and head.strip()[-1:] not in SENTENCE_END + ".":
            continue  # a head opens the same pages: head and foot are weighed together (paper66's pair, fix66c)
        out.add(sig)
    return out


def _measure(lines: list[Text], layout: Layout, leave_out: set[int] | frozenset[int] = frozenset()) -> float:
    """The document's measure: the 90th percentile of the widths of its lines holding a letter, those indexed in
    ``leave_out`` aside (0 without any)."""
    widths = sorted(layout.width(t) for i, t in enumerate(lines) if i not in leave_out and any(c.isalpha() for c in t.text))
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0.0


def _long_running_line(lines: list[Text], layout: Layout, hits: list[tuple[int, int]],
                       min_pages: int = RECURRENCE_PAGES) -> bool:
    """The copies ``hits`` (``(page, index)``) of a line longer than :data:`MAX_FURNITURE_CHARS` are a running line's:
    on ``min_pages`` pages or more (:data:`RECURRENCE_PAGES`; the caller passes two where the copies stand beside the
    page number at every page break of a dump without pages), each the same words (white space aside: a digit-folded signature alone is no
    evidence for a long line, a caption's or a table's row differs by its numbers), no wider than the document's
    measure (:func:`_measure` of the other lines: a page's frame is set within the text's width), and no sentence (it ends on no full
    stop, comma, semicolon or colon, and opens on no lower-case letter: no piece of running text).

    Why: a local authority's report prints ``Northampton Borough Council - Cabinet 12 March 2025 - Parking Review``
    (68 characters) at each page's foot (trial 52b): the fixed 60-character limit of a head had kept it in the text,
    three times, each a paragraph of its section. The limit now comes from the document (its measure), the copies'
    identity and their shape standing for the shortness a short head shows. A refrain repeated at page ends ends on
    its full stop and stays text (``tests/test_segment_long_running_lines53.py``).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> from pipeline.layout import derived_layout
    >>> foot = "Riverside District Council - Environment Committee 4 June 2025 - Allotments"
    >>> body = "The committee is asked to note the update and to agree the rents for next year."
    >>> ls = mk(body, foot, body, foot, body, foot)
    >>> lay = Layout(derived_layout([t.text for t in ls]), ())
    >>> _long_running_line(ls, lay, [(0, 1), (1, 3), (2, 5)])
    True
    >>> ls = mk(body, body + ".", body, body + ".", body, body + ".")
    >>> _long_running_line(ls, lay, [(0, 1), (1, 3), (2, 5)])
    False
    """
    texts = [" ".join(lines[i].text.split()) for _, i in hits]
    s = texts[0]
    return (len({p for p, _ in hits}) >= min_pages and len(set(texts)) == 1 and len(s) > MAX_FURNITURE_CHARS
            and s[-1:] not in ".,;:" + SENTENCE_END and not s[:1].islower()
            and page_number(s) is None and explicit_number(s) is None
            and max(layout.width(lines[i]) for _, i in hits) <= _measure(lines, layout, {i for _, i in hits}))


def _pages_by_folios(lines: list[Text], numbers: dict[int, int]) -> list[list[int]]:
    """A dump without pages cut into the pages its page numbers mark (``numbers``), each page closed by its folio and
    the lines after the last folio one page more; one page where fewer than two folios show. A folio printed at the
    page's foot closes its page, as a text dump's folios most often do (a folio atop its page leaves each page its
    head one line later: the heads read by :func:`section_heads` stand within the page's first lines either way)."""
    if len(numbers) < 2:
        return [list(range(len(lines)))]
    out: list[list[int]] = [[]]
    for i in range(len(lines)):
        out[-1].append(i)
        if i in numbers:
            out.append([])
    return [p for p in out if p]


TITLE_BLOCK_REACH = 2
"""Lines above a title where its title block may open (a city or a talk's number over it)."""


def _titles_copies(lines: list[Text], sig: str, at: list[int], title_of: Callable[[int], int | None] | None) -> bool:
    """The lines ``at`` (two or more, each beside a page number, in a dump without pages) are copies of a title that
    stands before them as a title block's title (``title_of``): a paper's running head, printing its title atop its
    later pages, though the volume's other papers print theirs (issue 16, session 51: without pages, a head on two
    pages of six had stayed in the paper's body, glued into its sentences, as no line recurs beside every page number;
    with pages, the pages tell it).
    """
    if title_of is None or len(at) < 2:
        return False
    first = min(at)
    for t in range(first):
        if t in at or _running_signature(lines[t].text) != sig:
            continue
        if any(title_of(j) == t for j in range(max(0, t - TITLE_BLOCK_REACH), t + 1)):
            return True
    return False


def _build_up_frames(lines: list[Text], pages: list[list[int]], numbers: dict[int, int]) -> list[int]:
    """Each page's frame: a page whose lines (their signatures, page numbers aside) hold every line of the page before
    and more is that page's frame built up (a slide deck's overlays: beamer's ``\\pause`` shows one more bullet on each
    page of the frame); any other page opens a frame of its own. A line that recurs at the pages' edges within one
    frame only is the frame's content, no running head (beamer-verona's ``Block title`` under the frame's title on the
    five pages of its build-up, beamer-fuberlin's first item: dropped as running headers).

    >>> mk = lambda *pp: [Text.from_raw(s, n) for n, s in enumerate([s for p in pp for s in p], 1)]
    >>> pp = [["Title"], ["Plan", "Block"], ["Plan", "Block", "- one"], ["Plan", "Block", "- one", "- two"], ["Next", "Other"]]
    >>> lines = mk(*pp)
    >>> starts = [0, 1, 3, 6, 10, 12]
    >>> _build_up_frames(lines, [list(range(a, b)) for a, b in zip(starts, starts[1:])], {})
    [0, 1, 1, 1, 4]
    """
    frames: list[int] = []
    before: set[str] = set()
    for p, idxs in enumerate(pages):
        signs = {_signature(lines[i].text) for i in idxs if i not in numbers}
        grows = bool(before) and before < signs
        frames.append(frames[-1] if grows else p)
        before = signs
    return frames


MIN_PERIOD_LINES = 10
"""Lines from one copy of a running head to the next at least, in a dump without pages (a page holds more)."""
PERIOD_SLACK = 1.5
"""The longest stretch between two copies may be this many times the shortest (pages of one length, give or take a
heading's white or a figure)."""
MIN_PERIODIC_COPIES = 3
"""Copies that show a period: two could be a line quoted twice."""
_LAST_NUMBER = re.compile(r"(?<!\d)(\d{1,4})[^\w]*$")
"""A folio closing a periodic head's line: four digits at most (a question's number, ``Question 41281``, is none), with
nothing but marks after it (``Item 2: Rural Services`` numbers an item: fresh-user trial 75b's kind, helper furn75)."""


MIN_TITLE_PART = 8
"""Characters (white space aside) a running head needs at least to be the document's title by being a piece of it."""


def title_main_part(title: str) -> str:
    """The title less a leading year, edition or date (``令和7年度``, ``2025``, ``第3回``, ``FY2025``:
    :func:`~.events.edition_before`): its main part, as a running head prints it; the title itself where it opens
    with none.

    >>> title_main_part("令和7年度 地域公共交通の利用実態に関する調査報告書"), title_main_part("2025 Annual Water Report")
    ('地域公共交通の利用実態に関する調査報告書', 'Annual Water Report')
    >>> title_main_part("第３回 まちづくり市民フォーラム"), title_main_part("20世紀の都市計画")
    ('まちづくり市民フォーラム', '20世紀の都市計画')
    """
    s = title.strip()
    start = edition_before(s)
    return s if start is None else s[start:]


def is_title_head(title: str, head: str) -> bool:
    """A running head's line ``head`` prints the document's title ``title`` (signatures: :func:`_signature`): the whole
    title, its main part (:func:`title_main_part`), or a piece of it of :data:`MIN_TITLE_PART` characters or more.

    >>> t = "令和7年度 地域公共交通の利用実態に関する調査報告書"
    >>> [is_title_head(t, h) for h in ("地域公共交通の利用実態に関する調査報告書", t, "公共交通の利用実態", "調査報告書", "参考資料")]
    [True, True, True, False, False]
    """
    sig, whole = _signature(head), _signature(title)
    if not sig or not whole:
        return False
    return sig == whole or sig == _signature(title_main_part(title)) or (len(sig) >= MIN_TITLE_PART and sig in whole)


def _words_of_the_title(title: str, head: str) -> bool:
    """``head`` is a run of whole words of ``title`` (case and digits aside), :data:`MIN_TITLE_WORDS` at least, where
    it is set in Latin letters; Japanese (no spaces) is read by characters as :func:`_signature` reads it.

    >>> _words_of_the_title("Written Answers to Questions", "Answer"), _words_of_the_title("Written Answers to Questions", "Answers")
    (False, False)
    >>> _words_of_the_title("Harbour Trust Annual Review", "Annual Review"), _words_of_the_title("港町の調査報告書", "港町の調査")
    (True, True)
    """
    if is_japanese(head):
        return True
    words, run = _title_words(title), _title_words(head)
    return len(run) >= MIN_TITLE_WORDS and any(words[k:k + len(run)] == run for k in range(len(words)))


def _periodic_heads(lines: list[Text], numbers: dict[int, int], layout: Layout,
                    found: dict[int, str] | None = None) -> list[int]:
    """In a dump without pages (no form feeds, no page-number lines marking them), the copies of a line that
    recurs at about the same interval, as a page's head does: at least :data:`MIN_PERIODIC_COPIES` copies (digits
    folded: ``Title 2``, ``Title 3``), each :data:`MIN_PERIOD_LINES` raw lines or more after the last and the
    longest stretch at most :data:`PERIOD_SLACK` times the shortest, of a head's shape (short, no sentence's or
    clause's end, no table row, no numbered heading, no page number alone), that shows what a head prints: a folio
    one more at each copy, a part set off by a wide space, or the document's title (its first line, the copy atop
    the title block included, which the title-block rule gives back to the title; or its main part, the title less
    a leading year or edition, or a piece of it: :func:`is_title_head`).

    A line repeated for its own sake (a refrain, a table's label, ``(continued)``) shows no folio and no title, so it
    stays text, however regularly it recurs. A chapter's label alone (``Chapter 1`` … ``Chapter 3``: its number one
    more at each copy, as a folio's) is the chapter's heading, never a head; nor is an abstract's id alone (``P-12`` …
    ``P-14``, each over its abstract's title: its number one more at each copy too; helper brk73, a book of
    abstracts whose page broke inside a title block, where the id's block read no author and the ids went to the
    ledger), nor any talk number alone (``第１講演`` … ``第３講演``, ``【２】``, ``Session 3``: fresh-user trial 73c, a
    volume's talk numbers over each talk had gone to the ledger as running heads, and each talk's city line to the
    talk before).

    Nor is a label counting the document's parts (issue 16 point 4, fresh-user trial 76d; helper folio77): where the
    only evidence is the number rising, a group whose count starts at 1 on a copy that does not open the dump (page 1's
    head would) and whose every copy opens a block over its own content (a blank line or a head or foot found over
    it, the next line right under it) numbers blocks (``候補者番号　２`` over ``氏名　　小池…``), as a chapter's label
    does; and where the dump shows its page breaks by the furniture found so far (``found``: heads and feet read with
    their folio), a copy standing away from every one of them (more than :data:`EDGE` lines) is on no page's edge, so
    its group is the text's own.
    """
    from pipeline.segment.titleblock import talk_number

    groups: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(lines):
        s = t.text.strip()
        if (i in numbers or not _furniture_text(s) or "\t" in s or s[-1:] in SENTENCE_END + "、，,.;:："
                or first_line(t) is None or is_chapter_label(s) or 0 < talk_number(s) == len(s)):
            continue
        groups[_signature(s)].append(i)
    title = _signature(lines[0].text) if lines else ""
    # the page edges the dump shows already: the heads and feet read with their folio (a bare number may be a list's)
    edges = {i for i in (found or {}) if _folio_read(lines[i].text) is not None or counted_folio(lines[i].text) is not None}
    out: list[int] = []
    for sig, members in groups.items():
        # the title atop the title block is the head's first copy when the head adds only its folio
        head = [0] if members[0] != 0 and len(title) >= 6 and is_title_head(lines[0].text, sig.replace("#", "")) else []
        if len(head + members) < MIN_PERIODIC_COPIES:
            continue
        at = [first_line(lines[i]) for i in head + members]
        gaps = [b - a for a, b in zip(at, at[1:])]
        if min(gaps) < MIN_PERIOD_LINES or max(gaps) > PERIOD_SLACK * min(gaps):
            continue
        folios = [_LAST_NUMBER.search(lines[i].text.strip()) for i in members]
        numbered = all(folios) and all(int(b.group(1)) == int(a.group(1)) + 1 for a, b in zip(folios, folios[1:]))
        # (a piece of the title is one a head prints, :func:`is_title_head`, and in Latin letters whole words of it,
        # two at least: ``Answer`` opening each answer of ``Written Answers to Questions`` is a label, a piece of a
        # word only, as ``回答`` is of ``市政への質問と回答``; fresh-user trial 75b, where the labels had gone)
        titled = len(title) >= 6 and (title in sig or (is_title_head(lines[0].text, sig.replace("#", ""))
                                                       and _words_of_the_title(lines[0].text, lines[members[0]].text)))
        wide = any(_WIDE_GAP.search(lines[i].text.strip()) for i in members)
        if numbered and not (titled or wide) and int(folios[0].group(1)) == 1 and members[0] >= EDGE \
                and _opens_own_blocks(lines, layout, members, set(found or ())):
            continue  # a label numbering the blocks it opens, from 1 inside the text: no folio
        if edges and not all(any(0 < abs(i - e) <= EDGE for e in edges) for i in members):
            continue  # the pages' edges show elsewhere: a line inside a page is no page's head
        if numbered or titled or wide:
            out.extend(members)
    return out


def _opens_own_blocks(lines: list[Text], layout: Layout, at: list[int], furniture: set[int]) -> bool:
    """Each of the lines ``at`` opens a block over its own content: a blank line, the dump's start or a line of
    ``furniture`` over it, the next line on the raw line right under it."""
    return all((i == 0 or i - 1 in furniture or layout.blank_between_texts(lines[i - 1], lines[i])) and i + 1 < len(lines)
               and not layout.blank_between_texts(lines[i], lines[i + 1])
               and layout.page(lines[i]) == layout.page(lines[i + 1]) for i in at)


MIN_HEADS_AFTER_FOOTERS = 2
"""Page breaks a line must open, each right after a running footer, to be the pages' running header."""


def heads_after_footers(lines: list[Text], layout: Layout, running: dict[int, str], numbers: dict[int, int]) -> list[int]:
    """Indexes of the lines that open each page after a running footer: the line right after every running footer
    (``running``) that has a line after it (a page number between them aside), the same words each time (white space
    aside), on :data:`MIN_HEADS_AFTER_FOOTERS` page breaks or more, short furniture text (:func:`_furniture_text`)
    ending no sentence and set no larger than the body (a PDF's heading).

    Why: a dump without page breaks shows where a page ends only by its footer, so the next page's header stands right
    after it (``Harbour Trust Annual Report 2025 — Page 1`` / ``HARBOUR TRUST · ANNUAL REPORT 2025`` / the text): the
    footer was set aside (its folio shows it) while the header, on no page number's side, had stayed a paragraph of
    the section it cut (fresh-user trial 66). Identical words, not a digit-folded signature: each chapter's own label
    (``Chapter 2``, ``Chapter 3``) or a sentence going on over the break differs from one break to the next, and a
    line after only some footers is the text's.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> from pipeline.layout import derived_layout
    >>> ls = mk("Report", "Text one.", "Report - Page 1", "REPORT 2025", "Text two.", "Report - Page 2", "REPORT 2025",
    ...         "Text three.", "Report - Page 3")
    >>> lay = Layout(derived_layout([t.text for t in ls]), ())
    >>> heads_after_footers(ls, lay, {2: "running-footer", 5: "running-footer", 8: "running-footer"}, {})
    [3, 6]
    >>> ls[6] = Text.from_raw("Chapter 3", 7)
    >>> heads_after_footers(ls, lay, {2: "running-footer", 5: "running-footer", 8: "running-footer"}, {})
    []
    """
    larger = _set_larger(lines, layout)
    after = []
    for f in sorted(i for i, which in running.items() if which == "running-footer"):
        j = f + 1
        while j < len(lines) and j in numbers:
            j += 1
        if j < len(lines) and (j - 1 == f or j - 1 in numbers):
            after.append(j)
    after = [j for j in after if running.get(j) != "running-footer"]
    if after and all(RFC_HEAD.match(lines[j].text.strip()) for j in after):
        return [j for j in after if j not in running]  # an RFC's head under its foot, by its shape (RFC_HEAD)
    if len(after) < MIN_HEADS_AFTER_FOOTERS:
        # one break: the first page's top counts as a copy, where the dump opens on the same words before any footer
        # (a two-page report's ``TR-2023-07  Battery Storage for Municipal Microgrids`` atop both pages, its footers
        # ``… Page 1`` / ``… Page 2``: fresh-user trial 71, the head had stayed ``front`` and a paragraph of
        # section 1.1.1); its first copy may be the title (:func:`_titles_among_headers`, weighed by the caller)
        first = next((i for i in range(len(lines)) if i not in numbers and running.get(i) != "running-footer"), None)
        if first is None or not after or first in after or first > min(i for i, which in running.items()
                                                                        if which == "running-footer"):
            return []
        after = [first, *after]
        if len(after) < MIN_HEADS_AFTER_FOOTERS:
            return []
    texts = {" ".join(lines[j].text.split()) for j in after}
    s = texts.pop() if len(texts) == 1 else ""
    # a head of two or three cells set across the page may run past the furniture's length in all (``Corrosion of
    # Galvanised Fasteners`` ⟶ 16 spaces ⟶ ``Northfield Institute of Technology``, 68 characters: fresh-user trial
    # 74's report, where it had stayed a paragraph of the sections it cut), each cell short furniture text
    if not s or not (_furniture_text(s) or head_cells(lines[after[0]].text) is not None) \
            or s[-1] in SENTENCE_END + ".,;:" or any(larger(j) for j in after):
        return []
    return [j for j in after if j not in running]


def _heads_after_the_first_page(lines: list[Text], pages: list[list[int]], numbers: dict[int, int],
                                larger: Callable[[int], bool],
                                title_of: Callable[[int], int | None] | None) -> list[int]:
    """The lines that open every page after the first, where the document has :data:`RECURRENCE_PAGES` pages or more,
    when the line shows what a running head prints: a report's or a paper's running header, its first page
    headed by the title block instead (``Adaptive Caching for Edge Inference Services      TR-2026-07`` atop
    pages 2 and 3 of a three-page report).

    Two copies are no recurrence by themselves (a section's heading may open two pages: ``References``, a
    table's header row on each page it runs over), so the line must also carry what a head carries and a
    heading or a table's row does not: a piece of it (the whole line, or a part set off by a wide space,
    :data:`MIN_FOLIO_GAP` spaces or more, as a dump renders a head's parts set left and right) that is the
    document's title (the title of the title block among its first :data:`OPENING_LINES` lines, with its author
    or speaker line under it: ``title_of``; standing apart from these lines) or a document's number alone
    (:func:`document_number`: ``TR-2026-07``, ``RFC 9110``). The line is short furniture text in every part
    (no numbered heading, no page number), at most three parts, and in a PDF set no larger than the body.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Tidal Power in Small Harbours", "Mina Sato and Ole Berg", "Body.", "Tidal Power in Small Harbours    WP-12",
    ...         "More body.", "Tidal Power in Small Harbours    WP-12", "The end.")
    >>> _heads_after_the_first_page(ls, [[0, 1, 2], [3, 4], [5, 6]], {}, lambda i: False, lambda i: 0 if i == 0 else None)
    [3, 5]
    >>> ls[3], ls[5] = Text.from_raw("References", 4), Text.from_raw("References", 6)
    >>> _heads_after_the_first_page(ls, [[0, 1, 2], [3, 4], [5, 6]], {}, lambda i: False, lambda i: 0 if i == 0 else None)
    []
    """
    if len(pages) < 2:
        return []
    tops = []
    for idxs in pages[1:]:
        body = [i for i in idxs if i not in numbers]
        if not body:
            return []
        tops.append(body[0])
    if len({_signature(lines[i].text) for i in tops}) != 1 or any(larger(i) for i in tops):
        return []
    parts = _WIDE_GAP.split(lines[tops[0]].text.strip())
    if len(parts) > 3 or not all(_furniture_text(part) for part in parts):
        return []
    if len(pages) < RECURRENCE_PAGES:
        # one copy, atop a two-page report's second page: only a head that names the report by its number
        # (``NIT Technical Report MT-2026-03``, trial 40: it had become the last paragraph of section 2.2)
        return tops if len(parts) == 1 and _numbered_document(parts[0], kind=True) else []
    title = None
    if title_of is not None:
        title = next((t for i in range(min(OPENING_LINES, len(lines))) if (t := title_of(i)) is not None), None)
    titled = title is not None and title not in tops and any(_signature(part) == _signature(lines[title].text)
                                                             for part in parts)
    return tops if titled or any(document_number(part) or _numbered_document(part) for part in parts) else []


MIN_SECTION_HEAD_SHARE = 3
"""A document shows running heads that follow its sections when a third of its pages or more open (or close) with
one (the share :func:`running_lines` asks of a fixed running line), and two pages at least."""
_FOLIO_BEFORE = re.compile(r"^\s*(\d{1,4})\s+(?=\S)")
_FOLIO_AFTER = re.compile(r"(?<=[^\W\d_])\s*(\d{1,4})\s*$|(?<=\S)\s+(\d{1,4})\s*$")
"""A folio after a head's text: set off by white space, or right after a letter where clean squeezed the space out
between Japanese and a digit (``第2章 漢文の組版4``)."""


def _heading_key(text: str) -> str:
    """A heading's text for comparing its copies: folded, white space dropped, digits kept (``2.5 Summary`` and
    ``3.5 Summary`` are two headings)."""
    return re.sub(r"\s+", "", fold(text)).lower()


def _head_keys(text: str) -> list[tuple[str, int | None]]:
    """What a page's edge line may print of a heading: the whole line, or the line less a folio before or after it
    (``12  第2章 漢文の組版``, ``2.1 Usage 5``), each with the folio's value (``None`` for the whole line)."""
    s = text.strip()
    out: list[tuple[str, int | None]] = [(_heading_key(s), None)]
    if (m := _FOLIO_AFTER.search(s)) is not None:
        out.append((_heading_key(s[:m.start()]), int(m.group(1) or m.group(2))))
    if (m := _FOLIO_BEFORE.match(s)) is not None:
        out.append((_heading_key(s[m.end():]), int(m.group(1))))
    return out


_SQUEEZED_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?=[\u3040-\u30ff\u3400-\u9fff])")
"""A heading's number with the space after it squeezed out by clean before a Japanese or Chinese letter
(``2用 \\Collect命令生成采集标签``)."""


def _label(text: str, heading: bool = True) -> tuple[int, ...] | None:
    """A numbered heading's label, its trailing zeros dropped (``3`` → (3,), ``第2章`` → (2,), ``3.1`` → (3, 1)), or
    ``None`` for a line no heading's number opens: short furniture text, no sentence's end, no table row. With
    ``heading`` false, the number that opens any line (a listing's long line, a list item's sentence)."""
    s = text.strip()
    if heading and (not (0 < len(s) <= MAX_FURNITURE_CHARS) or s[-1:] in SENTENCE_END or page_number(s) is not None
                    or "\t" in s):
        return None
    if (read := explicit_number(s)) is not None:
        label = tuple(read.label)
        while len(label) > 1 and not label[-1]:
            label = label[:-1]
        return label
    if (m := _SQUEEZED_NUMBER.match(fold(s))) is not None:
        return tuple(int(n) for n in m.group(1).split("."))
    return None


RUN_REACH = 3
"""Lines a numbered line looks back and on for the next number of its run (a listing's numbered lines, a
contents' entries, a list's items, a wrapped line or two between them)."""


def _in_run(labels: dict[int, tuple[int, ...]], i: int) -> bool:
    """``labels[i]`` steps by one from a numbered line of its depth within :data:`RUN_REACH` lines (``9 \\Identify…``
    | ``10 \\end{document}``; a contents' ``1 はじめに`` | ``2 実例``): an item of a run, no section's heading.

    >>> _in_run({0: (9,), 2: (10,), 20: (5,)}, 2), _in_run({0: (9,), 2: (10,), 20: (5,)}, 20)
    (True, False)
    """
    a = labels[i]
    for j in [*range(i - RUN_REACH, i), *range(i + 1, i + RUN_REACH + 1)]:
        b = labels.get(j)
        if b is not None and len(b) == len(a) and a[:-1] == b[:-1] and abs(a[-1] - b[-1]) == 1:
            return True
    return False


def section_heads(lines: list[Text], pages: list[list[int]], numbers: dict[int, int],
                  fixed: frozenset[int] | set[int] = frozenset()) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for the running heads that follow the document's
    sections: the first (last) line of a page, page numbers aside, that repeats a numbered heading (``1 はじめに``,
    ``第2章 漢文の組版``, ``2.1 Usage``), maybe with its folio before or after it (``12  第2章 漢文の組版``,
    ``2.1 Usage 5``), where the heading is one of the sections the line stands in (the last heading of its depth
    before it, the chapter's or the section's), or a heading further down the same page (a head printing the
    section the page opens, set above its heading: ``1 nanicolle 类文档的结构`` | ``2`` | ``1 nanicolle 类文档的结构``),
    on two pages or more and a third of them (:data:`MIN_SECTION_HEAD_SHARE`). A book's or a manual's head changes
    with its chapter or section, so no one line recurs as :func:`running_lines` asks (nanicolle-doc-zh's pages each
    opened on its section's name and the section came out twice; issue 16, session 50).

    What stays a heading: the heading itself (the copy of it that opens its section, at a page's top or not); a
    contents line and the heading it lists (the heading at a page's top copies no section it stands in: the
    contents' last entry is another heading); a heading repeated in another chapter (``2.5 Summary``,
    ``3.5 Summary``: digits count); a heading no number opens (``Summary``: too often a chapter's own heading to be
    read as a copy); a single page's copy (one coincidence is no running head).

    ``fixed``: the lines already found running lines that print one text on every page (a thesis's title atop each
    page); the page's edge is its first (last) line besides them, as a book sets its section's head under (over) its
    fixed head (texproposal's CQU thesis: ``重庆大学硕士学位论文`` / ``3 实验结果和分析`` atop each page of chapter 3,
    whose copies had been glued into the chapter's sentences; issue 16, session 51).

    >>> mk = lambda *pp: [Text.from_raw(s, n) for n, s in enumerate([s for p in pp for s in p], 1)]
    >>> pp = [["1 Scope", "Text one."], ["1 Scope  2", "Text two.", "More.", "2 Terms", "Text three."],
    ...       ["2 Terms  3", "Text four."], ["2 Terms  4", "Text five."]]
    >>> starts = [0, 2, 7, 9, 11]
    >>> sorted(section_heads(mk(*pp), [list(range(a, b)) for a, b in zip(starts, starts[1:])], {}))
    [2, 7, 9]
    """
    if len(pages) < 2:
        return {}
    edges: dict[int, str] = {}
    page_of: dict[int, int] = {}
    for p, idxs in enumerate(pages):
        body = [i for i in idxs if i not in numbers and i not in fixed]
        for i in idxs:
            page_of[i] = p
        if len(body) >= 2:
            edges[body[0]] = "running-header"
            edges[body[-1]] = "running-footer"
    labels = {i: label for i, t in enumerate(lines) if i not in numbers and (label := _label(t.text)) is not None}
    # the numbers of every line but a page's edges (a head steps no run), long ones too (a listing's long line)
    inner = {i: label for i, t in enumerate(lines) if i not in numbers and i not in edges
             and (label := _label(t.text, heading=False)) is not None}
    depth = {i: len(labels[i]) for i in labels if not _in_run({**inner, i: labels[i]}, i)}
    found: dict[int, str] = {}
    open_: dict[int, str] = {}  # depth -> the key of the heading open at that depth
    for i in range(len(lines)):
        if i in edges:
            keys = [k for k, _ in _head_keys(lines[i].text) if k]
            later = {_heading_key(lines[j].text) for j in pages[page_of[i]] if j > i and j in depth} \
                if edges[i] == "running-header" else set()
            if any(k in open_.values() or k in later for k in keys):
                found[i] = edges[i]
                continue
        if i in depth:
            d = depth[i]
            open_ = {k: v for k, v in open_.items() if k < d}
            open_[d] = _heading_key(lines[i].text)
    where = {page_of[i] for i in found}
    if len(where) < 2 or len(where) * MIN_SECTION_HEAD_SHARE < len(pages):
        return {}
    # a proven head's copy a page's reading order set amid the page's text (after a paragraph's last line carried
    # over, inside a figure's labels: ``… 大部分时间`` / ``1 重庆大学硕士学位论文`` / ``文档编辑器的最大不同。`` /
    # ``1 绪论``) is the head too, on a page after one it heads: the section's own heading opens its section before
    # any page it heads (issue 16, session 51: the CQU thesis kept four such copies of ``3 实验结果和分析`` in chapter 3)
    first_page: dict[str, int] = {}
    for i in sorted(found):
        first_page.setdefault(_heading_key(lines[i].text), page_of[i])
    for i in range(len(lines)):
        if i not in found and i not in numbers and i not in fixed and i in page_of \
                and first_page.get(_heading_key(lines[i].text), len(pages)) < page_of[i]:
            found[i] = "running-header"
    return found


MAX_NUMBERED_DOCUMENT_WORDS = 6
"""Words a head naming a document by its number holds at most (``NIT Technical Report MT-2026-03``: 4)."""


def _numbered_document(text: str, kind: bool = False) -> bool:
    """A document named by its kind and its number, the number last (``NIT Technical Report MT-2026-03``, ``Working
    Paper WP-12``): a few words of a name opening on capitals, then a document's number (:func:`document_number`);
    a sentence or a table's row is none. ``kind``: the name ends in a document's kind
    (:data:`~pipeline.segment.events.DOCUMENT_KINDS`: ``Technical Report``, ``Working Paper``), as a head read from
    one copy must: a heading naming a numbered item (``Site Visit SV-2024-02``, ``Case Study CS-04``) opens the
    second page of a two-page report as often (review of 2 December: it had gone to the ledger).

    >>> _numbered_document("NIT Technical Report MT-2026-03"), _numbered_document("Working Paper WP-12")
    (True, True)
    >>> _numbered_document("We tested sample MT-2026-03"), _numbered_document("MT-2026-03")
    (False, False)
    >>> _numbered_document("NIT Technical Report MT-2026-03", kind=True), _numbered_document("Site Visit SV-2024-02", kind=True)
    (True, False)
    """
    words = text.split()
    if not (2 <= len(words) <= MAX_NUMBERED_DOCUMENT_WORDS and document_number(words[-1])
            and all(w[:1].isupper() for w in words[:-1])):
        return False
    name = " " + " ".join(words[:-1]).casefold()
    return not kind or any(name.endswith(" " + k.casefold()) for k in DOCUMENT_KINDS)

MIN_EDGE_RUN = 2
"""Lines a run repeated at the same place of a later page holds at least: one line may be a heading or a table's row
that happens to stand there; a letterhead or a footer's contact block is two lines or more."""
SAME_PLACE = 1.0
"""Points two copies of a line may stand apart (x0 and y0) and still be set at one place on their pages."""


def _placed(layout: Layout, t: Text) -> tuple[float, float, float] | None:
    """A PDF line's place on its page (x0, y0) and its size; ``None`` in a text dump."""
    at = layout.at(first_line(t))
    return None if at.x0 is None or at.y0 is None else (at.x0, at.y0, at.size or 0.0)


def _same_place(a: tuple[float, float, float] | None, b: tuple[float, float, float] | None) -> bool:
    return a is not None and b is not None and abs(a[0] - b[0]) <= SAME_PLACE and abs(a[1] - b[1]) <= SAME_PLACE \
        and abs(a[2] - b[2]) <= 0.1


def repeated_page_edges(lines: list[Text], layout: Layout, pages: list[list[int]], numbers: dict[int, int]
                        ) -> dict[int, str]:
    """In a PDF, the lines a later page opens (closes) with that repeat the first page's opening (closing) lines one
    for one, :data:`MIN_EDGE_RUN` lines or more, each the same text (digits folded) set at the same place and size:
    a letterhead printed again atop each page (topletter's ``POLITECNICO`` / ``DI TORINO`` / ``Department of`` / …
    / ``Walt DISNEY`` atop page 2 of a two-page letter) is a ``running-header`` on the later pages, the first page's
    copy staying the document's own letterhead; a footer block printed at each page's foot (its address, telephone and
    e-mail) is a ``running-footer`` on every page, the first's included, as a running footer is on three pages or more.

    Why: the rules above ask for three pages (a two-page document's repeated head could be a heading), so a two-page
    letter's second letterhead was read as a second title block and the letter became two talks, the second titled by
    the department's name. A run of lines at one place on two pages is a printed page head, not the author's text.
    It does NOT read a text dump (no places), one line alone, a run at another place or size (a heading or a table's
    header row set where the text flows), nor a later page's run that repeats a page other than the first.

    >>> from pipeline.model import LineLayout
    >>> mk = lambda *rows: (Layout(tuple(LineLayout(page=p, indent=0, width=10, x0=x, y0=y, size=10.0)
    ...                                for p, x, y, _ in rows), ()),
    ...                     [Text.from_raw(s, n) for n, (_, _, _, s) in enumerate(rows, 1)])
    >>> layout, ls = mk((1, 90, 800, "Harbour Office"), (1, 90, 788, "Quay Street 12"), (1, 60, 700, "Dear Sir,"),
    ...                 (1, 60, 40, "Tel. 555 0100"), (1, 60, 30, "office@example.org"),
    ...                 (2, 90, 800, "Harbour Office"), (2, 90, 788, "Quay Street 12"), (2, 60, 700, "and so on."),
    ...                 (2, 60, 40, "Tel. 555 0100"), (2, 60, 30, "office@example.org"))
    >>> sorted(repeated_page_edges(ls, layout, [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]], {}).items())
    [(3, 'running-footer'), (4, 'running-footer'), (5, 'running-header'), (6, 'running-header'), (8, 'running-footer'), (9, 'running-footer')]
    >>> layout, ls = mk((1, 90, 800, "Harbour Office"), (1, 60, 700, "Dear Sir,"), (2, 90, 800, "Harbour Office"), (2, 60, 700, "More."))
    >>> repeated_page_edges(ls, layout, [[0, 1], [2, 3]], {})
    {}
    """
    out: dict[int, str] = {}
    if len(pages) < 2:
        return out
    bodies = [[i for i in idxs if i not in numbers] for idxs in pages]
    first = bodies[0]
    if not first or _placed(layout, lines[first[0]]) is None:
        return out

    def run(a: list[int], b: list[int]) -> int:
        n = 0
        while n < min(len(a), len(b)) and _signature(lines[a[n]].text) == _signature(lines[b[n]].text) \
                and _same_place(_placed(layout, lines[a[n]]), _placed(layout, lines[b[n]])):
            n += 1
        return n

    for body in bodies[1:]:
        head = run(first, body)
        if MIN_EDGE_RUN <= head < len(body):
            out.update({i: "running-header" for i in body[:head]})
        foot = run(first[::-1], body[::-1])
        if MIN_EDGE_RUN <= foot < min(len(body) - head, len(first)):
            out.update({i: "running-footer" for i in first[-foot:] + body[-foot:]})
    return out


_DOCUMENT_NUMBER = re.compile(r"[A-Z]{2,}(?:/[A-Z]{2,})*[-/ ]?[0-9]{1,6}(?:[-/.][0-9A-Z]{1,6})*")


def document_number(text: str) -> bool:
    """The text is a report's or a standard's number alone: capitals, then digits, maybe more parts after a hyphen,
    a slash or a point (``TR-2026-07``, ``RFC 9110``, ``NASA/TM-2020-220``); a heading's number is none (``A-1``,
    ``2.1``), nor a word.

    >>> [document_number(s) for s in ("TR-2026-07", "RFC 9110", "NASA/TM-2020-220", "A-1", "2.1", "References")]
    [True, True, True, False, False, False]
    """
    return _DOCUMENT_NUMBER.fullmatch(text.strip()) is not None


OPENING_LINES = 5
"""Lines at a document's start among which its title block opens (a series or event line may stand above it)."""


def _title_inside_sentence(lines: list[Text], layout: Layout, numbers: dict[int, int],
                           title_of: Callable[[int], int | None]) -> list[int]:
    """Later copies of the document's title that stand inside a sentence: the title printed as the running
    header of page 2 and on, in a dump that shows neither form feeds nor page numbers (``…ダイヤの見`` |
    ``地域交通の再編に関する研究`` | ``直しを提案する。``).

    The title is the one of the title block the document opens with (``title_of``, with its author or
    speaker line under it, so a title and no mere first line); a copy prints it whole or its main part
    (:func:`is_title_head`: ``地域交通の再編に関する研究`` under ``令和7年度 地域交通の再編に関する研究``). A copy is furniture where the line before
    it is running text (:data:`PROSE_WIDTH` columns or more) that ends no sentence and the line after it
    carries the sentence on in the same script: a title is never a word of a sentence. Once is enough, as
    for :func:`_interrupting`; the repeat of the title is the evidence a header's recurrence gives elsewhere.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> body = "本稿では、市内の商店街における空き店舗の活用について検討し、その"
    >>> ls = mk("商店街の再生に関する研究", "山田 太郎", body, "商店街の再生に関する研究", "方向性を示す。")
    >>> _title_inside_sentence(ls, Layout.plain(), {}, lambda i: 0 if i == 0 else None)
    [3]
    >>> ls[2] = Text.from_raw("本稿では、市内の商店街における空き店舗の活用について検討した。", 3)
    >>> _title_inside_sentence(ls, Layout.plain(), {}, lambda i: 0 if i == 0 else None)
    []
    """
    title = next((t for i in range(min(OPENING_LINES, len(lines))) if (t := title_of(i)) is not None), None)
    if title is None or not _furniture_text(lines[title].text):
        return []
    body = [i for i in range(title + 1, len(lines)) if i not in numbers]
    out = []
    for prev, cand, nxt in zip(body, body[1:], body[2:]):
        if not _furniture_text(lines[cand].text) or not is_title_head(lines[title].text, lines[cand].text):
            continue
        before, after = lines[prev].text.rstrip(), lines[nxt].text.lstrip()
        if (layout.width(lines[prev]) >= PROSE_WIDTH and before[-1:] not in SENTENCE_END + "."
                and script_of(before) == script_of(after) and script_of(after) in (JA, EN)
                and (script_of(after) == JA or after[:1].islower())):
            out.append(cand)
    return out


def _titles_among_headers(lines: list[Text], layout: Layout, running: dict[int, str], numbers: dict[int, int],
                          title_of: Callable[[int], int | None], paged: bool) -> list[int]:
    """The first copies of running headers that are a paper's title (``title_of``: see :func:`running_lines`).

    A paper whose later pages carry its title as their running header shows
    the same line on its first page, where it is the title of the block the
    page's text opens with (the author or speaker line right under it; a
    city line, a series or the document's kind may stand above it), while a header printed above every page's
    text, the first page's included, stands above the title instead, and is
    furniture there too. The page's text starts after the furniture at its
    top; in a dump without pages (``paged`` false), after the page number
    before it.
    """
    firsts: dict[str, int] = {}
    for i in sorted(running):
        if running[i] == "running-header":
            firsts.setdefault(_signature(lines[i].text), i)
    titles = []
    larger = _set_larger(lines, layout)
    for i in firsts.values():
        if _title_set_larger_than_its_heads(lines, i, numbers, running, larger):
            titles.append(i)
            continue
        if head_cells(lines[i].text) is not None:
            # a head set across the page in cells (``Annual Report 2024`` ⟶ gap ⟶ ``Harbor City Port Authority``) is
            # furniture on page 1 too: no title block prints its title in cells (:func:`title_cell` reads a title
            # from it where nothing under it is one)
            continue
        if _first_copy_with_its_folio(lines, i, running):
            continue
        if _names_the_cover(lines, i, layout, running, numbers):
            continue
        page, text = layout.page(lines[i]), []
        for j in range(i - 1, -1, -1):
            if layout.page(lines[j]) != page or (not paged and j in numbers):
                break
            if j not in numbers and j not in running:
                text.append(j)
        start = min(text, default=i)
        # a line above the title that opens no block (``令和6年度　卒業論文``, a series or the document's kind)
        # leaves it the block's title all the same
        if text == list(range(i - 1, start - 1, -1)) and (title_of(start) == i or title_of(i) == i):
            titles.append(i)
        elif _opens_the_document(lines, i, numbers, running, title_of) and not _title_set_under(lines, layout, i, numbers,
                                                                                                running):
            titles.append(i)
        elif _own_number_over_title(lines, i, numbers, running):
            titles.append(i)  # no title, but the document's own front line: kept as text, the title block's front
    return titles


MIN_COVER_TITLE = 4
"""Characters a line of an earlier page has at least to be the title a running header's copy repeats."""


def _names_the_cover(lines: list[Text], i: int, layout: Layout, running: dict[int, str], numbers: dict[int, int]) -> bool:
    """The running header's first copy ``lines[i]`` stands on a later page and holds a title line of an earlier page
    whole (``企画展「西海の鯨とりと人びと」出品目録`` over page 2's essay, the cover's ``西海の鯨とりと人びと`` on page 1):
    the document's title printed again atop its pages, furniture on the first page it tops too, never the title of
    the block under it (decision, issue 16 point 1, session 80, helper cat80: the catalogue's head had been kept as
    a title over the curator's essay and joined to the greeting's signer over it). A paper of a volume opening on a
    later page under its own title (its running head from the next page on) repeats no earlier line.

    >>> from pipeline.model import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("西海の鯨とりと人びと", "ごあいさつ", "本展を開催します。", "企画展「西海の鯨とりと人びと」出品目録", "西海の鯨組")
    >>> lay = Layout(tuple(LineLayout(page=p, width=20) for p in (1, 1, 1, 2, 2)), ())
    >>> _names_the_cover(ls, 3, lay, {3: "running-header"}, {})
    True
    >>> _names_the_cover(mk("港の記憶", "本文です。", "川の記憶", "山田 太郎"), 2, lay, {2: "running-header"}, {})
    False
    """
    page = layout.page(lines[i])
    key = "".join(lines[i].text.split())
    return any(layout.page(lines[j]) != page and j not in running and j not in numbers
               and len(k := "".join(lines[j].text.split())) >= MIN_COVER_TITLE and k != key and k in key
               and lines[j].text.rstrip()[-1:] not in "。．.!?！？"
               for j in range(i))


def _own_number_over_title(lines: list[Text], i: int, numbers: dict[int, int], running: dict[int, str]) -> bool:
    """The running header's first copy ``lines[i]`` opens the document (page numbers aside), is the document's own
    number (a notice's, :func:`~pipeline.segment.labels.notice_number_line`: ``大垣市公告第12号``; a report's or a
    standard's, :func:`document_number`: ``TR-2026-07``) with the document's text under it: the document's front line,
    which its later pages repeat atop them to say whose pages they are (decision, issue 16 point 4, helper wrap79:
    fresh-user trial 79a's tender notice, whose number atop pages 1 and 2 had gone to the ledger both times). The
    later copies stay furniture. A periodical's or a publisher's head over a paper's title names no one document
    (``Journal of Coastal Studies 12 (2024)``, ``緑川市　企画政策課``), and stays furniture on page 1 as before."""
    from pipeline.segment.labels import notice_number_line

    if any(j not in numbers for j in range(i)) or not (notice_number_line(lines[i].text) or document_number(lines[i].text)):
        return False
    # (the title under it need not open a title block: a notice's title stands over its text with no author under it)
    return any(j not in numbers and j not in running for j in range(i + 1, len(lines)))


def _title_set_larger_than_its_heads(lines: list[Text], i: int, numbers: dict[int, int], running: dict[int, str],
                                     larger: Callable[[int], bool]) -> bool:
    """The running head's first copy ``lines[i]`` opens the document (page numbers aside) set larger than the body
    (``larger``: :func:`_set_larger`), while every later copy is not: the paper's title, which its later pages repeat
    in the head's small print. A running head keeps one size on every page, the first included (real paper 71b:
    JSS's ``zoo Design`` at 17 pt atop page 1 and at 10.9 pt over page 2 had both gone to the ledger, the paper
    left untitled). A dump's lines have no size, and stay with the other rules."""
    if any(j not in numbers for j in range(i)) or not larger(i):
        return False
    sig = _signature(lines[i].text)
    later = [k for k in running if k > i and _signature(lines[k].text) == sig]
    return bool(later) and not any(larger(k) for k in later)


def _title_set_under(lines: list[Text], layout: Layout, i: int, numbers: dict[int, int], running: dict[int, str]) -> bool:
    """In a PDF, the first line under the running head's first copy ``lines[i]`` is set larger than the body
    (:func:`_set_larger`) and opens on no number (no chapter's or section's heading): the page's own title, the head
    furniture over it (helper title69: ``Riverside Water Services`` atop both pages over ``Annual Report 2024`` at 18 pt
    on page 1; ``緑川市　企画政策課`` over ``令和6年度　市民意識調査報告書``). A dump's lines have no size."""
    under = next((j for j in range(i + 1, len(lines)) if j not in numbers and j not in running), None)
    return under is not None and _set_larger(lines, layout)(under) and not heading_shaped(lines[under].text)


def _shaped_folio_tail(text: str) -> tuple[str, int] | None:
    """``(head, folio)`` of a line that ends on a page number in a page number's shape (:func:`page_number`, shaped:
    ``- 3 -``, ``Page 3 of 9``) after a word space, else ``None``.

    >>> _shaped_folio_tail("東海まちづくり会議 講演集 - 3 -"), _shaped_folio_tail("Forum 2025 Page 2 of 9")
    (('東海まちづくり会議 講演集', 3), ('Forum 2025', 2))
    >>> _shaped_folio_tail("Annual Report 2024"), _shaped_folio_tail("- 3 -")
    (None, None)
    """
    words = text.split()
    for k in range(min(4, len(words) - 1), 0, -1):  # the longest shape: ``Page 2 of 9``, not its ``2 of 9``
        folio = page_number(" ".join(words[-k:]))
        if folio is not None and folio.shaped:
            return " ".join(words[:-k]), folio.value
    return None


def _first_copy_with_its_folio(lines: list[Text], i: int, running: dict[int, str]) -> bool:
    """The running head's first copy ``lines[i]`` carries its page's number, no cell of it a title (:func:`title_cell`:
    the publisher's or a town's name, the folio), and another copy differs from it by that number: furniture on page
    1 as on the later pages, whatever title block seems to open at it. The number is set off beside the text
    (:func:`folio_span`: ``Riverside Primary School          Page 1``, the later copies differing by it alone:
    fresh-user trial 67, the first copy had stayed ``front``) or closes it in a page number's shape
    (:func:`_shaped_folio_tail`: a proceedings' ``東海まちづくり会議 講演集 - 3 -`` under a talk's Japanese paper, the
    English slides' title right under it, had stayed a paragraph of the paper: helper foot67). A head whose text is a
    title (``Riverside Primary School Newsletter - Autumn Term 2026      Page 1``) gives the title its text alone
    (:func:`lifted_title_cells`), the folio going to the ledger."""
    text = lines[i].text
    # a page number's shape closing the text after one word space (``… 講演集 - 3 -``), its later copies counting on,
    # is read first: since helper bunshu78 such an enclosed folio is a set-off cell as well, whose text cell would
    # read as a title's; a folio set off by a wide space beside a title (``…Newsletter - Autumn Term 2026      Page
    # 1``) is the title's cell, below
    tail = _shaped_folio_tail(text)
    if tail is not None and not _WIDE_GAP.search(text.strip()) \
            and any(k != i and (other := _shaped_folio_tail(lines[k].text)) is not None
                    and other[0] == tail[0] and other[1] != tail[1] for k in running):
        return True
    if title_cell(text) is not None:
        return False
    if folio_span(text) is not None:
        sig = _running_signature(text)
        if any(k != i and _running_signature(lines[k].text) == sig and lines[k].text.strip() != text.strip()
               for k in running):
            return True
    return tail is not None and any(k != i and (other := _shaped_folio_tail(lines[k].text)) is not None
                                    and other[0] == tail[0] and other[1] != tail[1] for k in running)



def _opens_the_document(lines: list[Text], i: int, numbers: dict[int, int], running: dict[int, str],
                        title_of: Callable[[int], int | None]) -> bool:
    """The running header's first copy ``lines[i]`` is the document's first line (page numbers aside), reads as a
    title, and the line under it opens no title block of its own (``令和6年度 白浜市地域公共交通計画 中間報告`` over
    ``第1章 計画の概要``; a thesis's title over ``A thesis submitted for …``): the document's title, which its later
    pages repeat as their head (trial 51: the title had gone to the ledger and the document had none). A head set
    above a title block (its title with the author under it) is the head there too."""
    from pipeline.segment.titleblock import is_title_line

    if any(j not in numbers for j in range(i)) or not is_title_line(lines[i].text) or names_volume_and_pages(lines[i].text):
        return False
    def after(k: int, skip: dict[int, str]) -> int | None:
        return next((j for j in range(k + 1, len(lines)) if j not in numbers and j not in skip), None)

    below = after(i, running)
    if below is None:
        return True
    # the same line under a later copy as under the first (a slide's frame title, ``Conclusion (Not!)``, under a
    # beamer deck's headline on every slide, the corpus's bxcjkjatype sample): a head over each page's text alike,
    # the first page's included, titling none of them
    sig = _signature(lines[i].text)
    unders = {_signature(lines[b].text) for k in running if k > i and _signature(lines[k].text) == sig
              for b in [after(k, {})] if b is not None}
    under = after(i, {})
    if under is not None and restates_head(lines[i].text, lines[under].text):
        return False  # the title printed in full under the head that shortens it: the head is the page's furniture
    if under is not None and _year_over_the_head(lines, under, lines[i].text):
        return False  # the head's words under it, its year on a line of its own: the title block's title (title69)
    return title_of(below) is None and under is not None and _signature(lines[under].text) not in unders


def _year_over_the_head(lines: list[Text], under: int, head: str) -> bool:
    """``lines[under]`` is a year alone (:func:`~pipeline.segment.titleblock.year_alone`) over a line, the two saying
    the running head word for word (white space aside): the title block's title, its year on a line of its own
    (``令和6年度`` / ``緑川市 市民意識調査報告書`` under the head ``令和6年度 緑川市 市民意識調査報告書``), which the
    title block reads whole (helper title69, fresh-user trial 68d: the head's first copy had stayed ``front``
    beside the title it prints)."""
    from pipeline.segment.titleblock import year_alone

    if under + 1 >= len(lines) or not year_alone(lines[under].text):
        return False
    return "".join(fold(lines[under].text + lines[under + 1].text).split()) == "".join(fold(head).split())


RESTATED_SHARE = 0.6
"""Share of a running head's words (:func:`_head_words`) a title line under its first copy repeats, at least, for the
line to be the title the head shortens (:func:`restates_head`)."""


def _head_words(text: str) -> set[str]:
    """A line's words for comparing a head with a title: its Latin words of two letters or more, case folded, less
    the small words a title adds (``of``, ``the``, ``and``); a Japanese run's pairs of adjacent letters (a Japanese
    title writes no spaces between its words). Digits are no word: a head's year (``Annual Report 2024``) the title
    may leave out."""
    folded = fold(text).lower()
    words = {w for w in re.findall(r"[^\W\d_]{2,}", folded) if w.isascii() and w not in _SMALL_WORDS}
    for run in re.findall(r"[^\W\d_]+", folded):
        if not run.isascii():
            words.update(run[k:k + 2] for k in range(len(run) - 1))
    return words


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "an", "by", "with"})


def restates_head(head: str, line: str) -> bool:
    """``line``, right under a running head's first copy, is the document's title that the head shortens: a title
    line (no sentence, no heading, no organisation's name) repeating :data:`RESTATED_SHARE` of the head's words at
    least, in whatever order
    (``Lakeside Library Association — Annual Report 2024`` over ``Annual Report of the Lakeside Library
    Association``), and no copy of the head. Why (fresh-user trial 64): a text dump repeated its head atop pages 2
    and 3 after form feeds, where it went to the ledger, while on page 1 :func:`_opens_the_document` read it as the
    document's title and pushed the real title to ``subtitle.en``; a document whose title is the head with no title
    under it (trial 51's ``令和6年度 白浜市地域公共交通計画 中間報告`` over ``第1章 計画の概要``) and a title over its
    subtitle (``Regional Bus Network Plan`` over ``Interim Report on Route Changes``: a subtitle says something more,
    never the title's words again) keep the head's first copy as the title.

    >>> restates_head("Lakeside Library Association — Annual Report 2024", "Annual Report of the Lakeside Library Association")
    True
    >>> restates_head("Regional Bus Network Plan", "Interim Report on Route Changes")
    False
    >>> restates_head("Lakeside Library Association — Annual Report", "Lakeside Library Association")
    False
    >>> restates_head("湖畔図書館協会　年次報告２０２４", "湖畔図書館協会 年次報告")
    True
    >>> restates_head("Lakeside Library Association — Annual Report 2024", "The Association welcomed 48,200 visitors to the Lakeside Library.")
    False
    >>> restates_head("Eastmoor Library Service — Annual Report 2025", "Annual Report 2025")
    True

    A head that prints another year than the title under it (``… Annual Report 2025`` over ``Annual Report 2024``; the
    head word for word, ``令和5年度 水道事業報告書`` over ``令和6年度 水道事業報告書``) shortens it all the same
    (:func:`_another_year`; decision, helper front66: it had stayed ``front``); another number is another title:

    >>> restates_head("Eastmoor Library Service — Annual Report 2025", "Annual Report 2024")
    True
    >>> restates_head("令和5年度 水道事業報告書", "令和6年度 水道事業報告書"), restates_head("Route 12 Review", "Route 14 Review")
    (True, False)
    """
    from pipeline.segment.events import is_document_kind
    from pipeline.segment.organisations import is_organisation
    from pipeline.segment.titleblock import is_prose, is_title_line

    a, b = head.strip(), line.strip()
    if _signature(a) == _signature(b) and fold(a) != fold(b) and _another_year(a, b) and is_title_line(b):
        return True  # the head word for word, another year's (``令和5年度 …`` over ``令和6年度 …``): the title it heads
    if not b or _signature(a) == _signature(b) or is_prose(b) or explicit_number(b) is not None or is_organisation(b):
        return False  # (an organisation's name under the head, its letterhead, titles nothing)
    mine, theirs = _head_words(a), _head_words(b)
    if is_title_line(b) and bool(mine) and len(mine & theirs) >= RESTATED_SHARE * len(mine):
        return True
    if not (is_title_line(b) or is_document_kind(b)):
        return False  # (a report's title may be its kind and year alone: ``Annual Report 2025``)
    # the head prints the title whole beside its publisher (``Eastmoor Library Service — Annual Report 2025`` over
    # ``Annual Report 2025``): every word and number of the line under it is the head's, two words at least (a
    # Japanese run's three letters); a subtitle says something more (fresh-user trial 65b, helper head65c)
    return len(theirs) >= MIN_TITLE_PART_WORDS and theirs <= mine \
        and (set(re.findall(r"\d+", fold(b))) <= set(re.findall(r"\d+", fold(a))) or _another_year(a, b))


_YEAR = re.compile(rf"(?<!\d)(?:(?:19|20)\d\d(?!\d)|(?<={ERA})\d{{1,2}}(?=\s*年)|(?<=FY)\d{{2}}(?!\d))")
"""A year in a title: four digits of the 1900s or 2000s (``2024``), an era's year (``令和6年度``: :data:`~pipeline.eras.ERA`)
or a fiscal year's two digits (``FY24``)."""


def _another_year(head: str, line: str) -> bool:
    """``line`` prints a year where ``head`` prints another, every other number of it the head's too (``Annual Report
    2023`` over ``Annual Report 2024``; ``令和5年度 水道事業報告書`` over ``令和6年度 水道事業報告書``): the head is last year's
    (a template's head left unchanged, or the edition it follows), the line this year's title. A running head that
    repeats atop every page is the pages' furniture all the same, the line under its first copy the title (decision,
    issue 16 point 3, helper front66: the head had stayed ``front``, or been the title with the real title ``front``).

    >>> _another_year("Annual Report 2023", "Annual Report 2024"), _another_year("令和5年度 水道事業報告書", "令和6年度 水道事業報告書")
    (True, True)
    >>> _another_year("Annual Report 2024", "Annual Report 2024"), _another_year("Route 12 Review 2024", "Route 14 Review 2024")
    (False, False)
    >>> _another_year("Annual Report", "Annual Report 2024")  # the head prints no year: nothing to differ from
    False
    """
    a, b = fold(head), fold(line)
    years_a, years_b = {m.group() for m in _YEAR.finditer(a)}, {m.group() for m in _YEAR.finditer(b)}
    other = set(re.findall(r"\d+", b)) - set(re.findall(r"\d+", a))
    return bool(years_a) and bool(years_b) and years_a != years_b and bool(other) and other <= years_b


MIN_TITLE_PART_WORDS = 2
"""Words (a Japanese run's pairs of letters) a title line under a running head's first copy holds at least to be read
as the head's title part (:func:`restates_head`): one word alone (``Report``) names nothing."""


def talk_numbers_among_heads(lines: list[Text], running: dict[int, str],
                             title_of: Callable[[int], int | None]) -> list[int]:
    """The running lines that are a talk's number over its title block (``Session 1`` … ``Session 3``, ``Paper 2``,
    ``第2講演``, ``【４】``): a line that is a talk-number prefix alone, whose number differs from one copy to the
    next, and that opens a title block (``title_of``: a title with its author or speaker line right under it).

    A proceedings volume prints each paper's number at the head of the paper's first page, so the copies stand at
    page tops like a running header, their digits folded into one signature; but a running header prints the same
    words on every page, while these count the papers, and each one stands over a new title. A header that
    carries a talk's number on every page (``Session 3 · Track B``, or ``Session 3`` alone with one number) stays
    furniture: it is more than the prefix, or its number does not change. A copy that opens no title block (a
    bare ``Session 2`` at a page top in the paper's middle) is still furniture.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Session 1", "T", "Session 2", "T", "Session 2", "x")
    >>> talk_numbers_among_heads(ls, {0: "running-header", 2: "running-header", 4: "running-header"},
    ...                          lambda i: i + 1 if i in (0, 2) else None)
    [0, 2]
    >>> talk_numbers_among_heads(mk("Session 3", "T", "Session 3", "T"), {0: "running-header", 2: "running-header"},
    ...                          lambda i: i + 1)
    []
    """
    from pipeline.segment.titleblock import bilingual_talk_number, talk_number, talk_number_value

    groups: dict[str, list[int]] = defaultdict(list)
    for i in running:
        s = lines[i].text.strip()
        if s and (talk_number(s) == len(s) or bilingual_talk_number(s) is not None):
            groups[_signature(s)].append(i)
    out = []
    for idxs in groups.values():
        if len({talk_number_value(lines[i].text.strip()) or bilingual_talk_number(lines[i].text.strip())
                for i in idxs}) < 2:
            continue
        # (a number printed in two languages on its own line stands over the block, which opens on the line under it)
        out.extend(i for i in idxs if title_of(i) is not None or (
            bilingual_talk_number(lines[i].text.strip()) is not None and i + 1 < len(lines) and title_of(i + 1) is not None))
    return sorted(out)


MIN_FOLIO_GAP = 3
"""Spaces between a running head's text and its folio (a word space is one; a dump renders the layout's gap as several)."""
_WIDE_GAP = re.compile(r"\s{%d,}" % MIN_FOLIO_GAP)

MIN_PAGE_LINES = 3
"""Lines of text a page holds at least between two running heads."""

MIN_NARROW_FOLIO_TEXT = 16
"""Columns of text a running head needs when its folio follows a plain word space (``Journal of Applied
Logistics 12``): a caption or a step (``Table 2``, ``Step 3``) numbers itself the same way, but is short."""

MAX_CELLED_HEAD_CHARS = 3 * MAX_FURNITURE_CHARS
"""Characters a head's text may span with the gaps between its cells (:func:`_furniture_text` bounds its words)."""
_FOLIO = (
    re.compile(r"^(?P<text>\S.{0,%d}?\S)(?P<gap>\s+)(?P<number>\d{1,4})$" % MAX_CELLED_HEAD_CHARS),
    re.compile(r"^(?P<number>\d{1,4})(?P<gap>\s+)(?P<text>\S.{0,%d}?\S)$" % MAX_CELLED_HEAD_CHARS),
)
_SHAPED_FOLIO = (
    re.compile(r"^(?P<text>\S.{0,%d}?\S)(?P<gap>\s{2,})(?P<folio>\S.{0,12})$" % MAX_CELLED_HEAD_CHARS),
    re.compile(r"^(?P<folio>\S.{0,12}?)(?P<gap>\s{2,})(?P<text>\S.{0,%d}?\S)$" % MAX_CELLED_HEAD_CHARS),
)
"""A head with its folio in a page-number shape, set off by a wide space (``Technical Note TN-2024-07    Page 1``), at
least :data:`MIN_FOLIO_GAP` columns as printed: two ideographic spaces are four (``港町年報 2025　　－ 1 －``: helper
seg66 found a Japanese foot so set kept as text; :func:`fold` writes each as one space)."""


def folio_span(text: str) -> tuple[int, int] | None:
    """Where, in ``text``, the folio of a running head with its folio set off stands (:func:`_folio`): ``(start,
    end)`` of the number or the page word and its number, without the spaces or the dash before it; else ``None``.

    Why: on a page with no folio line of its own the head's folio is the page's number: in a deck dumped without
    pages, the slide's (``Harbor Forum 2024 | Page 3``), the one mark where one slide ends and the next begins.

    >>> s = "Harbor Forum 2024 | Page 3"; a, b = folio_span(s); s[a:b]
    'Page 3'
    >>> s = "  12      Harbour Forum"; a, b = folio_span(s); s[a:b]
    '12'
    >>> folio_span("Harbour Forum 2024"), folio_span("Table 2")
    (None, None)
    """
    read = _folio_read(text)
    return read[3] if read is not None else None


def folio_value(text: str) -> int | None:
    """The page a running head with its folio set off prints (:func:`_folio`), else ``None``.

    >>> folio_value("さざなみ 〔3〕"), folio_value("さざなみ")
    (3, None)
    """
    read = _folio_read(text)
    return read[2] if read is not None else None


def _folio(text: str) -> tuple[int, str, int] | None:
    """(side, signature of the text, folio) of a running head with its folio set off, else ``None``.

    The folio is set off by :data:`MIN_FOLIO_GAP` spaces or more (a dump renders the head's layout gap),
    or by a word space after at least :data:`MIN_NARROW_FOLIO_TEXT` columns of text that is no sentence.

    >>> _folio("THE QUIET ECONOMY OF SMALL REPAIRS        12")[::2], _folio("12      Harbour Forum")[::2]
    ((0, 12), (1, 12))
    >>> _folio("Chapter 3 begins on page 12"), _folio("Step   2")[2], _folio("Journal of Applied Logistics 12")[2]
    (None, 2, 12)
    >>> _folio("Table 2"), _folio("Results are shown in Figure 2")
    (None, None)
    >>> _folio("Technical Note TN-2024-07        Page 2")[::2], _folio("- 7 -      港町の国際交流")[::2]  # a folio's shape
    ((0, 2), (1, 7))
    >>> _folio("see Section 2 on    page 3")
    >>> _folio("Harbour Club — Minutes, 4 March 2025 — Page 1 of 2")[::2], _folio("as noted above — see page 3")
    ((0, 1), None)
    >>> _folio("港町年報 2025\u3000\u3000－ 1 －")[::2], _folio("－ 2 －\u3000\u3000港町年報 2025")[::2]
    ((0, 1), (1, 2))
    """
    read = _folio_read(text)
    return read[:3] if read is not None else None


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def _folio_read(text: str) -> tuple[int, str, int, tuple[int, int]] | None:
    """:func:`_folio` and the folio's span in ``text`` (fold keeps offsets)."""
    lead = len(text) - len(text.lstrip())
    s = fold(text.strip())
    narrow = None  # a bare number after a word space: read last, where no folio set off more clearly stands
    for side, pattern in enumerate(_FOLIO):
        m = pattern.match(s)
        if not m or not _head_text(m.group("text")):
            continue
        read = side, _signature(m.group("text")), int(m.group("number")), (lead + m.start("number"), lead + m.end("number"))
        # (a TAB is never a word space: the dump's layout gap, however few, ``…· Final Report⇥⇥2``, fresh-user
        # trial 75, where a foot so set had stayed a paragraph)
        if len(m.group("gap")) >= MIN_FOLIO_GAP or "\t" in m.group("gap"):
            return read
        if narrow is None and _narrow_folio_text(m.group("text")) and not (side == 0 and _YEAR.fullmatch(m.group("number"))):
            narrow = read  # (a year after a name, ``Alpine Towns Forum 2023``, is the name's: no page runs to 1900)
    for side, pattern in enumerate(_SHAPED_FOLIO):
        m = pattern.match(s)
        if not m or not _head_text(m.group("text"), m.group("folio")):
            continue
        # (fold writes an ideographic space as one space: its two columns are read from the text as printed)
        if display_width(text[lead + m.start("gap"): lead + m.end("gap")]) < MIN_FOLIO_GAP:
            continue
        folio = page_number(m.group("folio"))
        if folio is not None and folio.shaped and _REFERRING.search(m.group("text")) is None and not folio.roman and folio.total is None:
            return side, _signature(m.group("text")), folio.value, (lead + m.start("folio"), lead + m.end("folio"))
    m = _IDEOGRAPHIC_FOLIO.match(text.strip())
    if m is not None and is_japanese(m.group("text")) and _head_text(fold(m.group("text"))) \
            and _REFERRING.search(fold(m.group("text"))) is None:
        # a Japanese head set off from its folio in a page's shape by one ideographic space (``丸勝精機　採用案内　p.1``):
        # two columns as printed, where Japanese sets no word space (helper struct77, fresh-user trial 77c: the job
        # offer's two feet had stayed paragraphs); a bare number so set is a row's or a label's as often
        folio = page_number(fold(m.group("folio")))
        if folio is not None and folio.shaped and not folio.roman and folio.total is None:
            return 0, _signature(fold(m.group("text"))), folio.value, (lead + m.start("folio"), lead + m.end("folio"))
    dashed = dashed_folio(s)
    if dashed is not None:
        head, value, (start, end) = dashed
        if len(head) <= MAX_CELLED_HEAD_CHARS + 2 and _head_text(head) and _REFERRING.search(head) is None:
            return 0, _signature(head), value, (lead + start, lead + end)
    m = _ENCLOSED_FOLIO.match(s)
    if m is not None and _head_text(m.group("text")) and _REFERRING.search(m.group("text")) is None \
            and not m.group("text")[-1:].isdigit():
        # a head and its folio between dashes or tortoise-shell brackets after one word space (``はばたき ― 2 ―``,
        # ``白梅句会報 第二一二号 － 1 －``, ``文芸誌 〔3〕``): the enclosing marks set the folio off as a wide space does,
        # a shape no sentence ends on (helper bunshu78, fresh-user trial 77d: an anthology's and a haiku sheet's feet
        # had been a section's heading and paragraphs). A group of copies counting up still decides (:func:`folio_lines`).
        return 0, _signature(m.group("text")), int(m.group("number")), (lead + m.start("folio"), lead + m.end("folio"))
    # (fresh-user trial 68c: ``Page 6    Coastal Cities Seminar 2025`` had been read as the head ``Page 6 Coastal
    # Cities Seminar`` with the folio 2025, its year, which never rises; the page word's number set off by four
    # spaces is the folio)
    return narrow

_ENCLOSED_FOLIO = re.compile(r"^(?P<text>\S.{0,%d}?\S)\s+(?P<folio>(?P<open>[%s〔])\s?(?P<number>\d{1,4})\s?(?P<close>[%s〕]))$"
                             % (MAX_CELLED_HEAD_CHARS, DASHES, DASHES))
"""A head, a word space, then its folio enclosed by dashes or tortoise-shell brackets (``はばたき ― 2 ―``,
``文芸誌 〔3〕``; digits folded by :func:`fold`)."""

_IDEOGRAPHIC_FOLIO = re.compile(r"^(?P<text>\S.{0,%d}?\S)(?P<gap>\u3000+)(?P<folio>[^\s\u3000]{1,12})$" % MAX_CELLED_HEAD_CHARS)
"""A Japanese head, an ideographic space, then its folio (``丸勝精機　採用案内　p.1``): read as printed, before
:func:`fold` writes the space as one."""


def _head_text(text: str, folio: str = "") -> bool:
    """A head's text beside its folio: short furniture text, or two or three cells of it (:func:`head_cells`); beside a
    folio that names the page (``page 1``, ``p. 3``, ``Page 2 of 4``: :data:`_PAGE_WORD`), text up to
    :data:`MAX_WORDED_HEAD_CHARS` that ends no sentence.

    Why: fresh-user trial 78d, a residents' association's foot ``Elmfield and Bilton Grange Residents’ Association –
    AGM Report 2025``, 67 characters, then ``page 1`` set off by a wide space, had stayed a paragraph at each page's
    end: a foot names its publisher and its document in full where a header abbreviates, and the page word says what the
    number is (a sentence that refers to a page ends on a word :data:`_REFERRING` knows, or on a stop).

    >>> _head_text("Elmfield and Bilton Grange Residents’ Association – AGM Report 2025", "page 1")
    True
    >>> _head_text("Elmfield and Bilton Grange Residents’ Association – AGM Report 2025", "- 1 -")
    False
    >>> _head_text("The full figures for each of the branches are set out in the table.", "page 1")
    False
    """
    if _furniture_text(text) or head_cells(text) is not None:
        return True
    s = " ".join(text.split())
    return (_PAGE_WORD.search(folio) is not None and 0 < len(s) <= MAX_WORDED_HEAD_CHARS
            and s[-1:] not in ".,;:" + SENTENCE_END and page_number(s) is None and explicit_number(s) is None)


MAX_WORDED_HEAD_CHARS = 2 * MAX_FURNITURE_CHARS
"""Characters of a head's text beside a folio that names the page (``… AGM Report 2025      page 1``)."""


_REFERRING = re.compile(r"\b(?:in|see|of|on|at|to|and|the|page|pages|p|pp|fig|figure|table|section|chapter|step|eq)\.?$",
                        re.IGNORECASE)


def _narrow_folio_text(text: str) -> bool:
    """Text a folio may follow with one space: wide enough, not a sentence, not a reference to a number.

    >>> _narrow_folio_text("Journal of Applied Logistics"), _narrow_folio_text("Results are shown in Figure")
    (True, False)

    A periodical's name with its issue or volume (``地域研究 第5号``, ``Port Studies Vol. 3``) is a running head however
    short: a caption or a step names no issue (review 49: ``地域研究 第5号　23`` had become the paper's title).

    >>> _narrow_folio_text("地域研究 第5号"), _narrow_folio_text("Port Studies Vol. 3"), _narrow_folio_text("Step")
    (True, True, False)
    """
    return ((display_width(text) >= MIN_NARROW_FOLIO_TEXT or _ISSUE_AT_END.search(text) is not None)
            and text.rstrip()[-1:] not in ".,;:" + SENTENCE_END and _REFERRING.search(text) is None)


_ISSUE_AT_END = re.compile(r"\S\s*(?:第\s?[0-9]{1,4}\s?[巻号]|Vol\.?\s?[0-9]{1,4}|No\.\s?[0-9]{1,4})$", re.IGNORECASE)
"""A volume's or an issue's number closing a head's text, after the periodical's name (digits folded)."""


def folio_lines(lines: list[Text], layout: Layout) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for running heads recurring with their folio.

    A group (same text, same side) counts when it has two members or more,
    each folio one more than the last and more than :data:`MIN_PAGE_LINES` lines after it, and, where the dump has pages, each
    on its own page at the page's edge with the folio minus the page index
    the same. They are headers when they open their pages, else footers. Without pages, where each stands on its page
    shows at the dump's ends: a group whose first copy opens the dump is headers, one whose last copy closes it
    footers; a group that reaches neither end (a proceedings' first talk, its slides' feet followed by the next talk's
    paper) is read by its box where each copy closes or opens one (:func:`_box_edge`), else is set as the document's
    other groups are, one way, as a document sets its furniture (fresh-user trial
    64e: ``Matsue City | Page 1`` under each of the first talk's slides was a header, ``Kanazawa City | Page 1`` under
    the second's a footer); with no group to go by, headers.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> from pipeline.layout import derived_layout
    >>> ls = mk("城下町の水路", "Canals", "A moat", "Since 1600", "Matsue | Page 1", "Boats", "Since 1997", "Busy",
    ...         "Matsue | Page 2", "創造都市", "Crafts", "Gold leaf", "Kutani ware", "Kanazawa | Page 1", "UNESCO",
    ...         "Since 2009", "Exchange", "Kanazawa | Page 2")
    >>> sorted(folio_lines(ls, Layout(derived_layout([t.text for t in ls]), ())).items())
    [(4, 'running-footer'), (8, 'running-footer'), (13, 'running-footer'), (17, 'running-footer')]
    """
    pages = _pages(lines, layout)
    page_of = {i: p for p, idxs in enumerate(pages) for i in idxs}
    edge = {i for idxs in pages for i in idxs[:EDGE] + idxs[-EDGE:]}
    groups: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    counted: dict[tuple[int, str], set[int]] = defaultdict(set)  # each group's totals (``… １／２``: counted_folio)
    for i, t in enumerate(lines):
        if (folio := _folio(t.text)) is not None:
            side, sig, number = folio
            groups[(side, sig)].append((i, number))
        elif (read := counted_folio(t.text)) is not None:
            side, sig, number, total = read
            groups[(side, sig)].append((i, number))
            counted[(side, sig)].add(total)
    out: dict[int, str] = {}
    unplaced: list[list[tuple[int, int]]] = []
    for key, members in groups.items():
        # a page's foot right over the next page's head, one text (``… Page 7`` / ``… Page 8``), no page between
        turned = _turning_pairs(lines, members)
        # or with the break itself between them, a blank line or a form feed (each break a pair, even one: helper folio77)
        broken = _pairs_at_breaks(lines, layout, members)
        turned |= broken
        if len(members) == 1 and RFC_FOOT.match(lines[members[0][0]].text.strip()):
            # an RFC's foot is furniture by its shape alone (RFC 7322 sets it at every page's foot, the page in
            # square brackets, a shape no text line takes): a two-page draft shows one (fresh-user trial 76's
            # Internet-Draft, whose foot and the head under it had stayed paragraphs of section 2)
            out[members[0][0]] = "running-footer"
            continue
        if len(members) < 2 or any(not (b[1] == a[1] + 1 or (a[0] in broken and b[0] not in broken and b[1] == a[1]))
                                   or (b[0] - a[0] <= _least_page(k, len(members)) and b[0] not in turned)
                                   for k, (a, b) in enumerate(zip(members, members[1:]))):
            # (a page's head and its own foot under it print one folio: ``… 2/3`` atop page 2, ``… 2/3`` at its foot)
            continue  # a table's rows (``Round   1`` / ``Round   2``) follow each other; pages hold text between heads
        if counted.get(key) and not _counts_the_pages(len(lines), members, counted[key], len(pages) > 1) \
                and not (broken and len(counted[key]) == 1 and members[-1][1] <= next(iter(counted[key]))):
            continue  # (pairs at the breaks show the pages' edges themselves, wherever in the dump they stand)
        if turned:
            # each page's foot over the next one's head: the copies under another's are heads, the rest feet
            out.update({i: "running-header" if i in turned else "running-footer" for i, _ in members})
            continue
        if len(pages) > 1:
            placed = [page_of[i] for i, _ in members]
            if (len(set(placed)) != len(placed) or any(i not in edge for i, _ in members)
                    or len({number - page_of[i] for i, number in members}) != 1):
                continue
        if len(pages) > 1:
            heads = all(i in pages[page_of[i]][:EDGE] for i, _ in members)
        elif members[0][0] < EDGE or members[-1][0] >= len(lines) - EDGE:  # no pages: a head opens the dump, a foot closes it
            heads = members[0][0] < EDGE
        elif (boxed := _box_edge(lines, layout, [i for i, _ in members])) is not None:
            heads = boxed == "running-header"
        elif members[0][1] == 1 and members[0][0] >= EDGE:
            # a folio counting page 1 with a page's text over it closes that page: a foot (page 1's head would open
            # the dump); the copies in a dump with no page breaks stand at neither end (bunshu78's enclosed folios,
            # ``地域国際化セミナー報告書 - 1 -`` under a talk's paper: tests/test_slide68.py)
            heads = False
        else:
            unplaced.append(members)
            continue
        for i, _ in members:
            out[i] = "running-header" if heads else "running-footer"
    # a group at neither end of the dump is set as the groups at its ends are, where they agree
    placed_as = set(out.values())
    which = placed_as.pop() if len(placed_as) == 1 else "running-header"
    out.update({i: which for members in unplaced for i, _ in members})
    return out


PAGE_EDGE_BAND = 0.08
"""Share of a PDF page's height, from its top or its bottom edge, a page's head or foot stands within."""


def page_edge_folios(lines: list[Text], layout: Layout) -> dict[int, str]:
    """Line index → ``running-footer`` / ``running-header`` for a PDF page's foot that carries the page's own folio
    (``Marsden & Pike, 12 Main Street, Kirkby Lonsdale  |  Page 1``: :func:`_folio_read`, its number the page's),
    the lowest line of its page within :data:`PAGE_EDGE_BAND` of the bottom edge, with the head over it: the page's
    highest line within the band of the top edge, parts set off by ``|``, its first part opening the foot's text
    (``Marsden & Pike  |  Property Particulars``). Both or neither: a foot alone in the body's size is text as often
    (helper furn68's near misses, ``Stage Plan Review — Page 1 of 1``). The positions are the evidence a recurrence gives
    :func:`folio_lines`, so a one-page PDF's head and foot count (decision, issue 16 point 2, fresh-user trial 77h: an
    estate agent's one-page particulars had kept its head in the front and ended its last section on its foot).
    Empty for a text dump (no positions).

    >>> from pipeline.model import LineLayout
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(("Marsden & Pike  |  Property Particulars", "Hollybank Cottage",
    ...       "A charming cottage.", "Marsden & Pike, 12 Main Street  |  Page 1"), 1)]
    >>> rows = tuple(LineLayout(page=1, y0=y, y1=y + 8) for y in (800.0, 768.0, 700.0, 28.0))
    >>> sorted(page_edge_folios(ls, Layout(rows, (), page_sizes=((595.0, 842.0),))).items())
    [(0, 'running-header'), (3, 'running-footer')]
    >>> rows = tuple(LineLayout(page=1, y0=y, y1=y + 8) for y in (800.0, 768.0, 700.0, 300.0))  # mid-page: no foot
    >>> page_edge_folios(ls, Layout(rows, (), page_sizes=((595.0, 842.0),)))
    {}
    """
    if not layout.page_sizes:
        return {}
    out: dict[int, str] = {}
    for idxs in _pages(lines, layout):
        page = layout.page(lines[idxs[0]])
        if not 0 < page <= len(layout.page_sizes):
            continue
        height = layout.page_sizes[page - 1][1]
        placed = [(i, lay) for i in idxs if (lay := layout.at(first_line(lines[i]))).y0 is not None and lay.y1 is not None]
        if len(placed) < 3:
            continue
        foot, low = min(placed, key=lambda p: p[1].y0)
        head, high = max(placed, key=lambda p: p[1].y1)
        read = _folio_read(lines[foot].text)
        if read is None or read[2] != page or low.y1 > PAGE_EDGE_BAND * height:
            continue
        first = lines[head].text.split("|")[0].strip()
        if head != foot and "|" in lines[head].text and high.y0 >= (1 - PAGE_EDGE_BAND) * height \
                and len(first) >= 3 and lines[foot].text.strip().startswith(first):
            # the pair is the evidence: a foot alone in the body's size (``Stage Plan Review — Page 1 of 1``) is text
            # as often, as furn68 decided (:func:`folio_lines`' one-page small print reads a foot set smaller)
            out[foot] = "running-footer"
            out[head] = "running-header"
    return out


def counted_folio(text: str) -> tuple[int, str, int, int] | None:
    """``(side, signature, page, total)`` of a head or foot whose folio counts the pages (``宇都宮中央総合病院　外来診療担当表
    　　　…　１／２``, ``Annual Report      Page 1 of 3``), set off from its text by a wide space (:data:`MIN_FOLIO_GAP`
    columns as printed), else ``None``. :func:`_folio` leaves a total out, which a slide's title continued over its
    slides prints too (``Results   1/3``); :func:`folio_lines` weighs such copies only where they count the dump's
    pages (:func:`_counts_the_pages`).

    >>> counted_folio("宇都宮中央総合病院　外来診療担当表　　　　　１／２")[2:], counted_folio("Report 2025      Page 2 of 3")[2:]
    ((1, 2), (2, 3))
    >>> counted_folio("Results 1/3"), counted_folio("Report 2025      Page 4")
    (None, None)
    """
    lead = len(text) - len(text.lstrip())
    s = fold(text.strip())
    for side, pattern in enumerate(_SHAPED_FOLIO):
        m = pattern.match(s)
        if not m or not _head_text(m.group("text"), m.group("folio")) or _REFERRING.search(m.group("text")) is not None:
            continue
        if display_width(text[lead + m.start("gap"): lead + m.end("gap")]) < MIN_FOLIO_GAP:
            continue
        folio = page_number(m.group("folio"))
        if folio is not None and folio.shaped and not folio.roman and folio.total is not None \
                and 1 <= folio.value <= folio.total:
            return side, _signature(m.group("text")), folio.value, folio.total
    return None


def _counts_the_pages(n_lines: int, members: list[tuple[int, int]], totals: set[int], paged: bool) -> bool:
    """Copies ``(line index, page)`` of one head whose folios give the pages' total (``totals``) count the dump's
    pages: one total, the copies from page 1 (or up to the last page), and, in a dump without pages, the first copy
    opening it or the last closing it (within :data:`EDGE` lines) as a page's head or foot does. A slide's title
    continued over a few slides inside a deck (``Results   1/3`` … ``Results   3/3``) reaches neither end."""
    if len(totals) != 1:
        return False
    total = next(iter(totals))
    if members[0][1] != 1 and members[-1][1] != total:
        return False
    return paged or members[0][0] < EDGE or members[-1][0] >= n_lines - EDGE


def _turning_pairs(lines: list[Text], members: list[tuple[int, int]]) -> set[int]:
    """Indexes of the copies of one head with its folio (``members``: ``(line index, folio)``) that stand right under
    the copy before, its folio one more, as a page's foot over the next page's head in a dump without page breaks
    (``Riverside Community Pantry Volunteer Handbook      Page 7`` / ``… Page 8``). Each pair must stand apart from
    other pairs (no three copies in a row: a table's rows, ``Round   1`` / ``Round   2`` / ``Round   3``) and the
    copies must also stand apart somewhere (pages hold text), the folio set off by a wide space.

    Why (issue 16, fresh-user trial 74f): the handbook's feet and heads stayed paragraphs of its sections, since two
    copies on neighbouring lines had read as a table's rows."""
    if len(members) < 3:
        return set()
    pairs = {b[0] for a, b in zip(members, members[1:]) if b[0] == a[0] + 1 and b[1] == a[1] + 1}
    if not pairs or any(i - 1 in pairs for i in pairs) or len(pairs) * 2 > len(members):
        return set()
    for i, _ in members:
        read = _folio_read(lines[i].text)
        if read is None or not _set_off_folio(lines[i].text, read):
            return set()
    return pairs


def _pairs_at_breaks(lines: list[Text], layout: Layout, members: list[tuple[int, int]]) -> set[int]:
    """Indexes of the copies of one head with its folio (``members``: ``(line index, folio)``, in order) that open a
    page right after the copy closing the page before, the break between them: the two on neighbouring kept lines, the
    later one's folio one more, a blank line or a form feed between them, and the earlier one parted from the text over
    it as well (a blank line, a form feed or the dump's start; over a form feed the page's last line may run on up to
    it). Each copy stands alone on its line, its folio set off (:func:`_set_off_folio`, or a total after a wide space:
    :func:`counted_folio`).

    Why (issue 16 point 4, fresh-user trial 76d; helper folio77): a dump of two pages whose one break shows the first
    page's foot, a blank line and the second page's head (``…（社内限）　…1/2`` / ``…2/2``, ``…選挙公報　－1－`` /
    ``－2－``, ``THE ASHWORTHS OF TODMORDEN   34`` / ``35``) shows each copy once: :func:`folio_lines` asked the copies
    of a group to stand a page apart, and the pair had stayed paragraphs (the head glued into the sentence under it).
    A table's rows counting on (``Round   1`` / ``Round   2``) stand in one box, no blank line between them; a list's
    items or a chapter's labels repeat no text with a folio set off.

    >>> from pipeline.layout import derived_layout
    >>> raw = ["Body text.", "", "Harbour Review      1", "", "Harbour Review      2", "More text."]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> _pairs_at_breaks(ls, Layout(derived_layout(raw), (2, 4)), [(1, 1), (2, 2)])
    {2}
    >>> raw = ["Body text.", "Harbour Review      1", "Harbour Review      2", "More text."]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1)]
    >>> _pairs_at_breaks(ls, Layout(derived_layout(raw), ()), [(1, 1), (2, 2)])
    set()
    """
    def apart(a: int, b: int) -> bool:
        return layout.page(lines[a]) != layout.page(lines[b]) or layout.blank_between_texts(lines[a], lines[b])

    def alone(i: int) -> bool:
        read = _folio_read(lines[i].text)
        return (read is not None and _set_off_folio(lines[i].text, read)) or counted_folio(lines[i].text) is not None

    out: set[int] = set()
    for (a, m), (b, n) in zip(members, members[1:]):
        if b != a + 1 or n != m + 1 or not apart(a, b) or not (alone(a) and alone(b)):
            continue
        fed = layout.page(lines[a]) != layout.page(lines[b])
        if a == 0 or apart(a - 1, a) or fed:
            out.add(b)
    return out


_LOST_GLYPH = re.compile(r"\(cid:\d+\)")


def _heads_alike(a: str, b: str) -> bool:
    """Two copies of one foot's text (:func:`_signature`) read alike, a lost glyph (U+FFFD, ``(cid:N)``) standing for
    any one character: ``Signature: H. Mossop`` and ``Signature: H. Mo�sop`` are one witness's foot.

    >>> _heads_alike("Signature: H. Mossop", "Signature: H. Mo\ufffdsop"), _heads_alike("Tenancy agreement", "Inventory")
    (True, False)
    """
    x, y = (_signature(_LOST_GLYPH.sub("\ufffd", t)) for t in (a, b))
    return len(x) == len(y) and all(c == d or "\ufffd" in (c, d) for c, d in zip(x, y))


def _row_beside(lines: list[Text], i: int) -> bool:
    """A line next to ``lines[i]`` is a row of the same table: set in cells (a wide space, :data:`_WIDE_GAP`), its
    last cell standing where ``lines[i]``'s folio stands (within :data:`MIN_FOLIO_GAP` columns). ``lines[i]`` is then a
    contents list's row (``Tenancy agreement      Page 1 of 2`` over ``Inventory      Page 2 of 2``), no page's foot;
    a signature block under a foot sets its cells elsewhere."""
    def last_cell(text: str) -> int | None:
        cells = list(_WIDE_GAP.finditer(text.rstrip()))
        return display_width(text[:cells[-1].end()]) if cells else None

    at = last_cell(lines[i].text)
    return at is not None and any(
        0 <= j < len(lines) and (c := last_cell(lines[j].text)) is not None and abs(c - at) < MIN_FOLIO_GAP
        for j in (i - 1, i + 1))


_PAGE_WORD = re.compile(r"(?:\bpages?|\bp\.|\bpg\.?)[\s.]*[0-9]|[0-9０-９]\s*(?:頁|ページ)", re.IGNORECASE)
"""The page's word with a folio (``Page 1 of 2``, ``p. 1/3``, ``1ページ／2``; ``page 1``, ``PAGE 5``: in any case, fresh-user
trial 78d): a page's, no part's count."""


def counted_feet(lines: list[Text], layout: Layout, found: dict[int, str] | set[int]) -> list[int]:
    """Indexes of the lines that are a page's foot by the pages it counts (``Tenancy Agreement – 14 Elm Road      Page
    1 of 2``, ``Witness statement of …      Page 2 of 3``: :func:`counted_folio`, the count set off by a wide space),
    printed where no head repeats on the next page. The copies of one foot (one total, their texts alike, a lost glyph
    read as any letter: :func:`_heads_alike`) count up by one from copy to copy, more than :data:`MIN_PAGE_LINES`
    lines apart, the first counting page 1 or the last the last page; a foot printed once counts a page before the
    last with text after it, or closes the dump counting the last page (``… Page 2 of 2``). No copy stands beside a
    row set in cells (:func:`_row_beside`: a contents list's ``Tenancy agreement      Page 1 of 2``). ``found``: lines
    already read as furniture, left out.

    Why (issue 16 point 4, fresh-user trial 77d; helper foot78): a tenancy agreement's and a witness statement's feet
    stayed paragraphs or were glued into the clause they cut, since :func:`folio_lines` asks a group to reach the
    dump's ends (a signature block follows the last foot) or the next page's head to repeat (helper folio77's pairs),
    and the witness's foot lost a glyph of his name on page 2. The total is the evidence a bare number lacks: a line
    ending on ``Page 1 of 2`` with text running on under it is set by the page.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> from pipeline.layout import derived_layout
    >>> ls = mk("Lease", "The Tenant shall pay the rent", "on the usual quarter days.",
    ...         "Lease – Unit 4      Page 1 of 2", "The Landlord shall insure.", "Signed.")
    >>> counted_feet(ls, Layout(derived_layout([t.text for t in ls]), ()), {})
    [3]
    >>> ls = mk("Contents", "Tenancy agreement      Page 1 of 2", "Inventory      Page 2 of 2", "Read them together.")
    >>> counted_feet(ls, Layout(derived_layout([t.text for t in ls]), ()), {})
    []
    >>> ls = mk("Results      1/3", "Sales rose by a third.", "Costs fell.", "Staff grew.", "Results      2/3", "More.",
    ...         "Less.", "Same.", "Results      3/3", "The end.")  # a slide's title counting its parts
    >>> counted_feet(ls, Layout(derived_layout([t.text for t in ls]), ()), {})
    []
    """
    groups: dict[tuple[int, int], list[tuple[int, int, str]]] = defaultdict(list)
    for i, t in enumerate(lines):
        if i in found or (read := counted_folio(t.text)) is None:
            continue
        side, _, number, total = read
        groups[(side, total)].append((i, number, t.text.strip()))
    out: list[int] = []
    for (side, total), members in groups.items():
        worded = all(_PAGE_WORD.search(text) for _, _, text in members)
        cuts = any(0 < i < len(lines) - 1 and (_sentence_goes_on(lines[i - 1], lines[i + 1])
                                               or ends_on_connective(lines[i - 1].text)) for i, _, _ in members)
        if not worded and not cuts and (len(members) == 1 or counts_parts([text for _, _, text in members])):
            # a bare count (``Results      1/3``) is a slide's title continued over its slides as often (review 48):
            # printed once, or counting as many parts as it has copies, only the page's word, or a sentence it cuts
            # (no title stands inside one), makes it a page's
            continue
        if len(members) == 1:
            i, number, _ = members[0]
            last = max((j for j in range(len(lines)) if j not in found), default=i)
            closing = i == last and number == total and number > 1
            if not (closing or (number < total and i < last - 1 and i > 0)) or _row_beside(lines, i):
                continue
            out.append(i)
            continue
        if any(b[1] != a[1] + 1 or b[0] - a[0] <= MIN_PAGE_LINES or not _heads_alike(a[2], b[2])
               for a, b in zip(members, members[1:])):
            continue
        if members[0][1] != 1 and members[-1][1] != total:
            continue
        if any(_row_beside(lines, i) for i, _, _ in members):
            continue
        out.extend(i for i, _, _ in members)
    return sorted(out)


TITLE_WORDS_LINES = 3
"""Lines opening a dump that carry its title (a report's name and its year on a line or two, a subtitle)."""
MIN_TITLE_WORDS = 2
"""Words of the document's title a lone foot must repeat (one word may be any table row's label)."""


def _title_words(text: str) -> list[str]:
    """The words of ``text`` a foot and a title share: runs of letters or digits, case folded; Japanese text in
    characters (it sets no spaces)."""
    return [w for w in re.findall(r"[^\W_]+", fold(text).casefold()) for w in ([w] if not is_japanese(w) else list(w))]


def names_the_title(lines: list[Text], i: int, text: str | None = None) -> bool:
    """``lines[i]`` (after the dump's first :data:`TITLE_WORDS_LINES` lines) says the document's title as a running
    foot or head prints it: short furniture text ending no sentence, every white-parted piece of it (digits folded:
    :func:`_signature`) found in the opening lines (a Japanese piece whole, ``報告・連絡・相談の基本``; a Latin piece a
    word of theirs), :data:`MIN_TITLE_PART` characters at least and :data:`MIN_TITLE_WORDS` words of the title.

    Why: a training manual prints its series and chapter title at each page's foot, over the page number
    (``新入社員研修テキスト　第2章　報告・連絡・相談の基本`` / ``― 12 ―``: fresh-user trial 75, where the foot, seen once,
    had been glued into the next paragraph and the tip box's label after the number dropped as the page's head). A
    line of the text that happens to stand over a folio repeats no title whole.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("新入社員研修テキスト", "第2章　報告・連絡・相談の基本", "人事部 編", "本文です。",
    ...         "新入社員研修テキスト　第2章　報告・連絡・相談の基本", "報告の基本", "Harbour Trust Annual Review")
    >>> names_the_title(ls, 4), names_the_title(ls, 5), names_the_title(ls, 3)
    (True, False, False)
    >>> ls = mk("Eulogy for Margaret Kowa\ufffdczyk", "Delivered by her son", "Church, 8 March", "Thank you.",
    ...         "Eulogy for Margaret Kowalczyk", "Eulogy for Margaret Kowalski")
    >>> names_the_title(ls, 4), names_the_title(ls, 5)
    (True, False)
    """
    if i < TITLE_WORDS_LINES or i >= len(lines):
        return False
    text = (lines[i].text if text is None else text).strip()  # (``text``: the line's head less its folio)
    if not text or not _furniture_text(text) or text[-1:] in SENTENCE_END + "。.":
        return False
    text = _less_chapter_in_force(lines, text)
    opening = lines[:TITLE_WORDS_LINES]
    whole = "".join(_signature(t.text) for t in opening)
    words = {w for t in opening for w in _title_words(t.text)}
    pieces = [p for p in re.split(r"[\s\u3000·|\-\u2013\u2014]+", fold(text)) if p]
    # a title's word that lost a glyph matches the foot's word whole, the lost glyph read as any one letter
    # (``Kowa\ufffdczyk`` / ``Kowalczyk``: fresh-user trial 78's eulogy, whose foot over ``Page 1 of 2`` had headed a
    # section)
    gapped = [re.compile(".".join(map(re.escape, w.split(GAP)))) for t in opening
              for w in re.findall(r"[^\W_]*\ufffd[^\W_\ufffd]*(?:\ufffd[^\W_\ufffd]*)*", fold(t.text).casefold())
              if w.strip(GAP)]
    found = all((_signature(p) in whole) if is_japanese(p) else (_title_words(p) and (
        set(_title_words(p)) <= words or any(g.fullmatch(p.casefold()) for g in gapped))) for p in pieces)
    latin = sum(not is_japanese(p) for p in pieces)
    return found and len(_signature(text)) >= MIN_TITLE_PART \
        and (any(is_japanese(p) for p in pieces) or latin >= MIN_TITLE_WORDS)


_CHAPTER_AT_END = re.compile(r"[\s·|\-\u2013\u2014]+((?:第\s?[0-9〇一二三四五六七八九十]{1,3}\s?[章部編])|"
                             r"(?:Chapter|Part)\s[0-9IVX]{1,4})$", re.IGNORECASE)
"""A chapter's label closing a running head after the title it prints (``みどり県地域防災計画　第３章``, ``Midland
County Emergency Plan · Chapter 3``), folded."""


def _less_chapter_in_force(lines: list[Text], text: str) -> str:
    """``text`` (a running head's or foot's candidate) less the chapter label closing it (:data:`_CHAPTER_AT_END`) where
    a line of the document opens on that label (the chapter's heading: ``第3章　災害応急対策計画``), else ``text``.

    Why (issue 16 point 4, fresh-user trial 75d): a prefecture's plan prints its title and the chapter in force atop
    each page (``みどり県地域防災計画　第３章``); the title's pieces are the opening lines', the chapter's label is not,
    so the head had stayed a paragraph. The label counts only as a chapter the document has: a line naming a title
    and a chapter no heading opens on stays text.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("地域防災計画", "第3章　災害応急対策計画", "本文。")
    >>> _less_chapter_in_force(ls, "地域防災計画　第３章"), _less_chapter_in_force(ls, "地域防災計画　第4章")
    ('地域防災計画', '地域防災計画　第4章')
    """
    folded = fold(text)
    m = _CHAPTER_AT_END.search(folded)
    if m is None or not m.start():
        return text
    opens = re.compile(re.escape(re.sub(r"\s+", "", m.group(1)).casefold()) + r"(?![0-9IVXivx])")
    if any(opens.match(re.sub(r"\s+", "", fold(t.text)).casefold()) and fold(t.text).strip() != folded.strip()
           for t in lines):
        return text[:m.start()].rstrip()
    return text


def _titles_chapter(lines: list[Text], i: int) -> bool:
    """``lines[i]`` prints the document's title (:func:`names_the_title`) and closes on the label of a chapter the
    document opens (:func:`_less_chapter_in_force`): a running head by what it says alone. A piece of the title alone
    atop a page may be a section's heading repeating it; with the chapter's label after it, it is none."""
    return i < len(lines) and _less_chapter_in_force(lines, lines[i].text.strip()) != lines[i].text.strip() \
        and names_the_title(lines, i)


_ROW_GAP = re.compile(r"\S(?: {%d,}|\t)\S" % MIN_FOLIO_GAP)
"""Cells of a table's row parted inside a line: a wide gap or a TAB."""


def titled_folio_feet(lines: list[Text], layout: Layout) -> list[int]:
    """Indexes of lone page feet: a line that is a head's text with its folio set off by a wide space (:func:`_folio`,
    :data:`MIN_FOLIO_GAP` spaces or more, never a word space alone) or by a dash, a bar or a dot between word spaces
    (:func:`dashed_folio`: ``東アジア都市交流会議 講演録 ― 12``, fresh-user trial 68) whose every word is a word of the document's title (its
    first :data:`TITLE_WORDS_LINES` lines, none a head with its folio, :data:`MIN_TITLE_WORDS` words at least), set apart
    from the text on one side at least (a blank line, a page break or the dump's end: a page's foot glued under its
    page's last line, a page's head over the next page's first), and printed so once (two copies are
    :func:`folio_lines`' to weigh). A folio between dashes after a word space (``… Committee - 5 -``) is set off too.

    Why: a dump of a few pages prints the organisation's or the document's name with the page's number once (fresh-user
    trial 67b: ``Greenfield Community Food Bank - Annual Report 2024                      4`` between the finances'
    table and section 4); :func:`folio_lines` needs two copies. The title's words are the evidence a single copy gives;
    a table's row ending on a number after a wide gap (``Volunteers          4``) names no title, and a row that does
    stands glued to the rows around it.

    >>> from pipeline.layout import derived_layout
    >>> raw = ["Harbour Trust", "Annual Review 2023", "", "Our year went well.", "",
    ...        "Harbour Trust Annual Review      3", "", "Volunteers          4", "", "More text."]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> titled_folio_feet(ls, Layout(derived_layout(raw), (3, 5, 7, 9)))
    [3]
    """
    if len(lines) <= TITLE_WORDS_LINES:
        return []
    reads = [_folio_read(t.text) for t in lines]
    # a line printed with its folio more than once is :func:`folio_lines`' to weigh (folios that do not follow on are
    # no running head: ``HARBOUR NOTES    1`` … ``HARBOUR NOTES    3``), and a head with its folio opening the dump
    # gives no title's words
    copies = defaultdict(int)
    for read in reads:
        if read is not None:
            copies[read[:2]] += 1
    title = set()
    for t, read in zip(lines[:TITLE_WORDS_LINES], reads):
        if read is None:
            title.update(_title_words(t.text))
    out = []
    for i in range(TITLE_WORDS_LINES, len(lines)):
        read = reads[i]
        if read is None or copies[read[:2]] > 1:
            continue
        side, _, number, (a, b) = read
        text = lines[i].text[b:] if side else lines[i].text[:a]
        gap = text[:len(text) - len(text.lstrip())] if side else text[len(text.rstrip()):]
        words = _title_words(text.strip(" -\u2013\u2014\u2015|\u3000"))
        # the folio set off by a wide space, or by a dash, a bar or a dot between spaces (:func:`dashed_folio`:
        # ``東アジア都市交流会議 講演録 ― 12``, fresh-user trial 68, had become a slide), as a page's foot sets it
        # (or by the marks enclosing it, ``… Audit Committee - 5 -``: a page number's own shape, no sentence's end)
        set_off = display_width(gap) >= MIN_FOLIO_GAP or "\t" in gap or dashed_folio(fold(lines[i].text.strip())) is not None \
            or not lines[i].text[a:a + 1].isalnum()
        if not set_off or len(words) < MIN_TITLE_WORDS or not set(words) <= title:
            continue
        # set apart on one side at least: a page's foot stands glued under its last line, a page's head over the next
        # page's first (a heading or a sentence going on) where the dump keeps no blank line there (helper rep84,
        # fresh-user trial 84a: ``Harbourside District Council — Active Travel Scrutiny Report — 2`` over ``3.
        # Recommendations`` had stayed a paragraph of 2.3); the title's words and the folio set off are the evidence
        apart = [j < 0 or j >= len(lines) or layout.page(lines[min(i, j)]) != layout.page(lines[max(i, j)])
                 or layout.blank_between_texts(lines[min(i, j)], lines[max(i, j)]) for j in (i - 1, i + 1)]
        # (helper inter84 had read the Japanese case of it, an interview's head glued over the next page's first line,
        # ``地域の味を次の世代へ　　…　　17`` / ``――新しい商品…``, after fresh-user trial 84a: the same rule)
        # (a line glued to a table's row, cells parted by a wide gap or a TAB, is a row of that table: ``Harbour
        # Sailing Club          9`` over ``Boats entered       14``, helper fix67c's near miss)
        glued = [j for j, side_apart in zip((i - 1, i + 1), apart) if not side_apart]
        if any(apart) and not any(reads[j] is not None or _ROW_GAP.search(lines[j].text.strip()) for j in glued):
            out.append(i)
    return out


def _volume_folios(lines: list[Text], layout: Layout, heads: dict[int, str]) -> dict[int, int]:
    """Line index → folio for the volume's page numbers a dump shows: lines in a page number's shape (``- 5 -``,
    ``p. 5``, ``Page 5``; no total, naming no slide, never roman), its pages' own numbers (:func:`page_numbers`), and
    the folios of the running heads found with theirs (``heads``, :func:`folio_lines`). A bare ``1`` beside a slide's
    title is the slide's, so bare numbers count only where :func:`page_numbers` found them the pages'."""
    out = dict(page_numbers(lines, layout))
    for i, t in enumerate(lines):
        n = page_number(t.text)
        if n is not None and n.shaped and n.total is None and not n.roman and not names_slide(t.text):
            out[i] = n.value
    for i in heads:
        if (read := _folio_read(lines[i].text)) is not None:
            out.setdefault(i, read[2])
    return out


def sequenced_folio_lines(lines: list[Text], layout: Layout, found: dict[int, str]) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for heads and feet printed once or twice whose folio
    carries on the volume's page sequence: a line of furniture text with its folio set off (:func:`_folio_read`: a
    wide space, a page number's shape, or a dash between spaces; never a bare number after a word space), on either
    side (``Page 6    Coastal Cities Seminar 2025``, ``Harbour Towns Forum - 58``), whose folio is one more than the
    volume's folio before it and one less than the one after it (:func:`_volume_folios`). Where the sequence shows on
    one side only (the volume's first or last pages), the line must also stand apart from the text on both sides (a
    blank line, a page break or the dump's end), as a page's edge sets it. ``found``: running lines found so far
    (left alone; their folios count).

    Why (issue 16 point 4, fresh-user trials 68 and 68c): a head or foot that names the volume with its page number
    was furniture only where it recurred (:func:`folio_lines`, two copies rising) or repeated the title's words
    (:func:`titled_folio_feet`); printed once between pages numbered ``- 57 -`` and ``- 59 -``, or under a name the
    title does not give, it became a stray slide or a paragraph. The page sequence is the evidence a single copy
    gives: a table's row (``Volunteers          4``) on page 4 stands between ``- 3 -`` and the page's own ``- 4 -``,
    not one less than the next folio.

    >>> from pipeline.layout import derived_layout
    >>> raw = ["本文", "", "- 57 -", "", "Slides", "", "Harbour Towns Forum - 58", "", "本文", "", "- 59 -", "",
    ...        "Volunteers      60", "", "- 60 -"]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(raw, 1) if s]
    >>> sequenced_folio_lines(ls, Layout(derived_layout(raw), (2, 4, 6, 8, 10, 12, 14)), {})
    {3: 'running-footer'}
    """
    reads = {i: read for i, t in enumerate(lines)
             if i not in found and (read := _folio_read(t.text)) is not None and _set_off_folio(t.text, read)}
    if not reads:
        return {}
    folios = {i: v for i, v in _volume_folios(lines, layout, found).items() if i not in reads}
    if not folios:
        return {}
    marks = sorted(folios)
    out: dict[int, str] = {}
    for i, (side, _, value, _) in reads.items():
        at = bisect.bisect_left(marks, i)
        before = folios[marks[at - 1]] if at > 0 else None
        after = folios[marks[at]] if at < len(marks) else None
        if before is not None and after is not None:
            fits = before + 1 == value == after - 1
        else:
            fits = (before is not None and value == before + 1) or (after is not None and value == after - 1)
            fits = fits and _standing_apart(lines, layout, i)
        if fits:
            out[i] = "running-header" if _opens_page(lines, layout, i, marks) else "running-footer"
    return out


def printed_white(t: Text) -> str:
    """The line's text with the white its raw line printed restored wherever clean took it out between two
    characters of one raw line (a half-width space between a Japanese letter and a digit:
    ``北斗製作所六十年史      ８６`` reaches segment as ``北斗製作所六十年史86``), one space a raw column skipped.

    >>> t = Text.from_raw("北斗製作所六十年史      86", 1)
    >>> printed_white(t[:9] + t[15:])
    '北斗製作所六十年史      86'
    """
    out: list[str] = []
    before = None
    for ch, pos in zip(t.text, t.origin):
        if before is not None and pos is not None and pos[0] == before[0] and pos[1] - before[1] > 1 \
                and out and not out[-1].isspace() and not ch.isspace():
            out.append(" " * (pos[1] - before[1] - 1))
        out.append(ch)
        if pos is not None:
            before = pos
    return "".join(out)


def facing_folio_heads(lines: list[Text], layout: Layout, found: dict[int, str],
                       numbers: dict[int, int] | None = None) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for the heads of facing pages: lines of a head and its
    folio set off by a wide space (:func:`_folio`, read on the white as printed: :func:`printed_white`), each folio one
    more than the one before, the folio on the other side of the line each time (a book sets it at the page's outer
    edge: ``北斗製作所六十年史      86`` over a left page, ``87      第3章　成長の時代`` over the right one; ``12   Proceedings
    of …`` / ``Proceedings of …   13``), more than :data:`MIN_PAGE_LINES` lines apart (a page's text between), two
    copies or more in a row. The heads' texts may differ (the book's name over even pages, the chapter's over odd):
    the folios' sequence and their sides, alternating, are the evidence. ``found``: running lines found so far (left
    alone). ``numbers``: page-number lines (index → value): a folio on a line of its own counts in the sequence, on
    either side, where the line beside it (over or under it) repeats a line printed earlier in the document (the
    chapter's heading as the odd pages' head: ``215`` / ``第5章　資料編`` mid-table, fresh-user trial 81a); both go
    then, the head with its folio.

    Why (issue 16 point 4, helper furn83; docs/limits.md *Session 82, title82*, fresh-user trials 81a, 82a, 82c):
    :func:`folio_lines` groups the copies of one text on one side, so a head whose folio changes sides, or whose text
    changes between odd and even pages, had stayed a paragraph, a section's heading (``第3章　成長の時代``, numbered
    ``87``) or the title. A contents list's entries set their numbers on one side, a table's rows follow each other:
    neither alternates sides with a page between.

    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["12   Annual Meeting 2026", "Birds were counted.", "a", "b",
    ...       "c", "Annual Meeting 2026   13", "More birds.", "d", "e", "f", "14   Annual Meeting 2026", "End."], 1)]
    >>> from pipeline.layout import derived_layout
    >>> sorted(facing_folio_heads(ls, Layout(derived_layout([t.text for t in ls]), ()), {}).items())
    [(0, 'running-header'), (5, 'running-header'), (10, 'running-header')]
    >>> ls[5] = Text.from_raw("Annual Meeting 2026   15", 6)  # folios that do not follow on
    >>> facing_folio_heads(ls, Layout(derived_layout([t.text for t in ls]), ()), {})
    {}
    """
    numbers = numbers or {}
    seen: dict[str, int] = {}  # a line's signature → the first line printing it
    for i, t in enumerate(lines):
        seen.setdefault(_running_signature(t.text), i)
    reads: list[tuple[int, int | None, int]] = []  # (index, side, folio); side None: the folio's own line
    heads: dict[int, int] = {}  # a folio's own line → the head beside it
    for i, t in enumerate(lines):
        if i in found:
            continue
        if i in numbers:
            beside = [j for j in (i + 1, i - 1) if 0 <= j < len(lines) and j not in numbers and j not in found
                      and len(lines[j].text.strip()) <= MAX_FURNITURE_CHARS
                      and seen.get(_running_signature(lines[j].text), j) < j - 1
                      # the next page's head printed with its own folio is no head of this folio's
                      and _facing_read(printed_white(lines[j])) is None]
            if beside:
                heads[i] = beside[0]
                reads.append((i, None, numbers[i]))
        elif (read := _facing_read(printed_white(t))) is not None:
            reads.append((i, *read))
    out: dict[int, str] = {}
    chain: list[tuple[int, int | None, int]] = []

    def close() -> None:
        sides = {side for _, side, _ in chain if side is not None}
        skips = any(b[2] - a[2] > 1 for a, b in zip(chain, chain[1:]))
        # a chain that skips a page shows both sides at least: a head whose folio stays on one side is folio_lines'
        if len(chain) >= 2 and sides and (not skips or len(sides) == 2):
            for i, side, _ in chain:
                out[i] = _facing_edge(lines, layout, i)
                if side is None:  # the folio's own line and the head beside it
                    out[heads[i]] = out[i]
            for a, b in zip(chain, chain[1:]):
                # a skipped page's folio alone at its foot, right over the next head (a dump without page breaks)
                n = page_number(lines[b[0] - 1].text.strip()) if b[2] - a[2] > 1 else None
                if n is not None and n.total is None and not n.roman and a[2] < n.value < b[2]:
                    out[b[0] - 1] = "running-footer"

    for r in reads:
        if chain and not _follows_on(chain, r):
            close()
            chain = []
        chain.append(r)
    close()
    return out


def heads_over_bare_folios(lines: list[Text], layout: Layout, found: dict[int, str]) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for a head printed on a line of its own right over (or
    under) a bare folio on a line of its own, the same head beside each of :data:`RECURRENCE_PAGES` folios or more
    that rise page by page (by 1 to :data:`MAX_FOLIO_STEP`, :data:`MIN_PAGE_LINES` lines or more a page between):
    every copy, the first included, and its folio. The head: :data:`MIN_EDGE_HEAD_CHARS` to
    :data:`MAX_FURNITURE_CHARS` characters, no sentence's or clause's end, no number alone. ``found``: lines read so
    far (counted as copies; the caller keeps their reading).

    Why (issue 16 point 4, helper furn84; docs/limits.md *Session 83, furn83*): a chapter's head over its folio
    (``第5章　資料編`` / ``215`` atop each page of the chapter, the chapter's heading printed nowhere else) had its first
    copy read as a section ``5`` and, in a dump without page breaks, the first folio kept as a paragraph:
    :func:`facing_folio_heads` wants a head and its folio on one line, or a head repeating a line printed before.
    The same head beside a rising folio on each page is the evidence; a heading printed once over a number, or twice
    (a heading opening two chapters), is not taken.

    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(["Chapter 5 Records", "215", "Text a.", "b", "c", "d",
    ...       "Chapter 5 Records", "216", "Text e.", "f", "g", "h", "Chapter 5 Records", "217", "End."], 1)]
    >>> from pipeline.layout import derived_layout
    >>> sorted(heads_over_bare_folios(ls, Layout(derived_layout([t.text for t in ls]), ()), {}))
    [0, 1, 6, 7, 12, 13]
    """
    groups: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)  # (head, side) → (folio line, head line, value)
    # (a head under its folio only where the dump marks its pages: without page breaks the folio on the line before
    # a line closes the page before, and the line under it opens the next page as its title does, a deck's title
    # continued over slides, ``2`` / ``Results`` … ``4`` / ``Results``: tests/test_segment_continued_titles48.py)
    paged = len({layout.page(t) for t in lines}) > 1
    for i, t in enumerate(lines):
        n = page_number(t.text.strip())
        if n is None or n.total is not None or n.roman or n.shaped or not t.text.strip().isdigit() and \
                not fold(t.text.strip()).isdigit():
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(lines) or (j > i and not (paged and layout.page(lines[j]) == layout.page(t))):
                continue
            head = lines[j].text.strip()
            if not MIN_EDGE_HEAD_CHARS <= len(head) <= MAX_FURNITURE_CHARS or head[-1] in SENTENCE_END + ".,;:、，" \
                    or page_number(head) is not None:
                continue
            # (the head's own text, not its signature with digits folded: a deck's titles counting their parts,
            # ``Results 1/3`` … ``Results 3/3`` under the page numbers before them, are no head over its folio,
            # tests/test_segment_slide_part_counts48.py; a head over a bare folio carries no number of its own)
            groups[(" ".join(head.split()), j - i)].append((i, j, n.value))
    out: dict[int, str] = {}
    for hits in groups.values():
        run: list[tuple[int, int, int]] = []
        for hit in [*hits, None]:
            if hit is not None and (not run or (1 <= hit[2] - run[-1][2] <= MAX_FOLIO_STEP
                                                 and hit[0] - run[-1][0] > MIN_PAGE_LINES * (hit[2] - run[-1][2]))):
                run.append(hit)
                continue
            if len(run) >= RECURRENCE_PAGES:
                for i, j, _ in run:
                    out[i] = out[j] = _facing_edge(lines, layout, max(i, j)) if min(i, j) > 0 and \
                        layout.page(lines[min(i, j) - 1]) == layout.page(lines[min(i, j)]) and \
                        _facing_edge(lines, layout, max(i, j)) == "running-footer" else "running-header"
            run = [hit] if hit is not None else []
    return out


MAX_FOLIO_STEP = 3
"""The most a facing pages' chain's folio may rise from one head to the next (:func:`_follows_on`): one or two pages
between that print no head (a chapter's or a section's opening page prints its folio alone at its foot, or none)."""


def _follows_on(chain: list[tuple[int, int | None, int]], r: tuple[int, int | None, int]) -> bool:
    """The read ``r`` (index, side, folio; side 0: folio last, 1: first, ``None``: a folio on its own line) goes on
    the facing pages' ``chain``: its folio rises by 1 to :data:`MAX_FOLIO_STEP` over the chain's last one, with
    :data:`MIN_PAGE_LINES` lines or more a page between, and its side is the one a book sets that folio on: the other
    side for an odd step, the same for an even one, reckoned from the chain's last head with a side (a book sets odd
    folios at one edge, even ones at the other).

    Why (issue 16 point 4, helper furn84; docs/limits.md *Session 83, furn83*): a chapter's opening page prints no
    head, so the folio after it rises by 2 on the same side; a chain that wanted +1 and the other side each time
    broke there, and a head left alone between two opening pages stayed text."""
    i, side, value = r
    j, _, last = chain[-1]
    step = value - last
    if not 1 <= step <= MAX_FOLIO_STEP or i - j <= MIN_PAGE_LINES * step:
        return False
    sided = [(v, s) for _, s, v in chain if s is not None]
    if side is None or not sided:
        return True
    v, s = sided[-1]
    return (side != s) == ((value - v) % 2 == 1)


_BARE_SIDES = (re.compile(r"^(?P<head>\S.*?\S)(?P<gap>\s+)(?P<folio>[0-9]{1,4})$"),
               re.compile(r"^(?P<folio>[0-9]{1,4})(?P<gap>\s+)(?P<head>\S.*?\S)$"))
"""A head and a bare folio on one line, either side (:func:`_facing_read`)."""


def _facing_read(printed: str) -> tuple[int, int] | None:
    """``(side, folio)`` of a line that is a head and its folio set off by a wide space, the folio last (side 0) or
    first (side 1), read on the white as printed; else ``None``. A head :func:`_folio_read` refuses as furniture text
    counts too where it is short and ends no sentence or clause (a chapter's head, ``215      第5章　資料編``): the
    sequence and the sides are :func:`facing_folio_heads`' evidence.

    >>> _facing_read("87      第3章\u3000成長の時代"), _facing_read("北斗製作所六十年史      86"), _facing_read("第1章 はじめに 2")
    ((1, 87), (0, 86), None)
    """
    read = _folio_read(printed)
    if read is not None and _set_off_folio(printed, read):
        side, _, value, (a, b) = read
        head = printed[b:] if side else printed[:a]
        return (side, value) if len(head.strip()) <= MAX_FURNITURE_CHARS else None
    s = fold(printed.strip())
    for side, pattern in enumerate(_BARE_SIDES):
        m = pattern.match(s)
        if m is None or len(m.group("gap")) < MIN_FOLIO_GAP:
            continue
        head = m.group("head")
        if len(head) <= MAX_FURNITURE_CHARS and head[-1] not in SENTENCE_END + ".,;:、，" and _WIDE_GAP.search(head) is None:
            return side, int(m.group("folio"))
    return None


def _facing_edge(lines: list[Text], layout: Layout, i: int) -> str:
    """``running-footer`` for a head that closes its page (the dump's last line, or the last before a page break),
    else ``running-header``."""
    if i == len(lines) - 1 or (i > 0 and layout.page(lines[i + 1]) != layout.page(lines[i])
                               and layout.page(lines[i - 1]) == layout.page(lines[i])):
        return "running-footer"
    return "running-header"


def _set_off_folio(text: str, read: tuple[int, str, int, tuple[int, int]]) -> bool:
    """The folio :func:`_folio_read` found in ``text`` stands set off as a page's foot or head sets it: by a wide
    space (:data:`MIN_FOLIO_GAP`), in a page number's shape, or after a dash, a bar or a dot between spaces
    (:func:`dashed_folio`); not a bare number after a word space (``Journal of Applied Logistics 12``), which a
    caption's or a row's number resembles."""
    side, _, _, (a, b) = read
    gap = text[b:len(text) - len(text[b:].lstrip())] if side else text[len(text[:a].rstrip()):a]
    n = page_number(text[a:b])
    return display_width(gap) >= MIN_FOLIO_GAP or (n is not None and n.shaped) \
        or dashed_folio(fold(text.strip())) is not None


def _standing_apart(lines: list[Text], layout: Layout, i: int) -> bool:
    """``lines[i]`` is parted from the text on both sides: a blank line, a page break or the dump's end."""
    return all(j < 0 or j >= len(lines) or layout.page(lines[min(i, j)]) != layout.page(lines[max(i, j)])
               or layout.blank_between_texts(lines[min(i, j)], lines[max(i, j)]) for j in (i - 1, i + 1))


def _opens_page(lines: list[Text], layout: Layout, i: int, marks: list[int]) -> bool:
    """``lines[i]`` opens its page: the dump's first line, the first of a page, or right after a page number line."""
    return i == 0 or layout.page(lines[i - 1]) != layout.page(lines[i]) or (i - 1) in marks


def _box_edge(lines: list[Text], layout: Layout, at: list[int]) -> str | None:
    """``running-footer`` where each of the lines ``at`` closes its text box in a dump (the line above it on the next
    raw line, a blank line under it), ``running-header`` where each opens one (a blank line above it, the line under
    it on the next raw line), else ``None`` (a line alone in its box, between blank lines, shows neither)."""
    def glued(a: int, b: int) -> bool:
        return 0 <= a and b < len(lines) and not layout.blank_between_texts(lines[a], lines[b])
    if all(glued(i - 1, i) and not glued(i, i + 1) for i in at):
        return "running-footer"
    if all(glued(i, i + 1) and not glued(i - 1, i) for i in at):
        return "running-header"
    return None


MIN_PAGES_SHORT = 3
"""Running heads with their folio a document needs before its pages may be short (a slide's title and one line
between two feet; the last, a deck's closing ``Thank you``, one line): three heads in a row, each numbered one more,
have shown the pages."""
MIN_SHORT_PAGE_LINES = 2
"""Lines of text a page holds at least between two running heads where :data:`MIN_PAGES_SHORT` heads show the pages."""


def _least_page(k: int, count: int) -> int:
    """Lines apart two running heads with their folio must stand more than, from the ``k``-th of ``count``
    members to the next: :data:`MIN_PAGE_LINES`; where :data:`MIN_PAGES_SHORT` heads or more show the pages,
    :data:`MIN_SHORT_PAGE_LINES`, and one (a line of text between them) before the last.

    Why: a deck's slides may hold a title and a line, its last slide one (``Our plan`` / ``Solar panels`` /
    ``Kobe Port Bureau    3`` / ``Thank you`` / ``Kobe Port Bureau    4``), and the foot of its slides stayed in
    their lines (field case 16's repeated footer with the number on its line, session 49); a table's rows
    (``Round   1`` / ``Round   2``) stand next to each other.

    >>> [_least_page(k, 4) for k in range(3)], _least_page(0, 2)
    ([2, 2, 1], 3)
    """
    if count < MIN_PAGES_SHORT:
        return MIN_PAGE_LINES
    return 1 if k == count - 2 else MIN_SHORT_PAGE_LINES


def _furniture_text(text: str) -> bool:
    """Short, and not a numbered heading (a chapter title repeated at each page top is still a header). The length is
    the words' with each run of white space one space: a dump sets a head's cells apart by the page's gap (``Annual
    Report 2024`` ⟶ 35 spaces ⟶ ``Harbor City Port Authority``, fresh-user trial 64d), which is no text of the head."""
    s = text.strip()
    return 0 < len(" ".join(s.split())) <= MAX_FURNITURE_CHARS and page_number(s) is None and explicit_number(s) is None


MAX_HEAD_CELLS = 3
"""Cells of text a running head sets across the page at most (left, centre, right), its folio's cell aside."""


def _folio_cell(cell: str) -> bool:
    """A head's cell that is its page's number alone (``Page 1``, ``- 3 -``, ``12``)."""
    return page_number(cell) is not None


def head_cells(text: str) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each cell of a running head a dump sets across the page, its cells parted by a wide
    space (:data:`MIN_FOLIO_GAP` spaces or more, ideographic ones included), else ``None``: two to
    :data:`MAX_HEAD_CELLS` cells of text besides a folio's cell (:func:`_folio_cell`), each short furniture text
    (:func:`_furniture_text`) that ends no sentence (fresh-user trial 64d's ``Annual Report 2024`` ⟶ 35 spaces ⟶
    ``Harbor City Port Authority``).

    >>> s = "Annual Report 2024          Harbor City Port Authority          Page 1"
    >>> [s[a:b] for a, b in head_cells(s)]
    ['Annual Report 2024', 'Harbor City Port Authority', 'Page 1']
    >>> head_cells("Annual Report 2024"), head_cells("Site     Mouth (m)     Flow was low."), head_cells("Page 1     2")
    (None, None, None)
    """
    cells, at = [], 0
    stripped = text.rstrip()
    for part in _WIDE_GAP.split(stripped):
        start = stripped.index(part, at) if part else at
        at = start + len(part)
        if part.strip():
            cells.append((start, at))
    words = [text[a:b] for a, b in cells if not _folio_cell(text[a:b])]
    if not 2 <= len(words) <= MAX_HEAD_CELLS or not all(_furniture_text(w) for w in words) \
            or any(w.rstrip()[-1:] in ".,;:" + SENTENCE_END for w in words):
        return None
    return cells


_PERIOD_CELL = re.compile(r"^(?:(?:Academic|School|Fiscal|Financial|Calendar)\s+Year|AY|FY|Session)\s*(?:19|20)[0-9]{2}"
                          r"(?:\s*[-–/]\s*(?:19|20)?[0-9]{2})?$|^(?:19|20)[0-9]{2}$")
"""A cell naming the year a letterhead's document is for (``Academic Year 2025``, ``FY2025``, ``AY 2025-26``, a year
alone): no title's words."""
_WEB_CELL = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$|^\S+@\S+\.\S+$", re.IGNORECASE)
"""A web address or an e-mail address alone in a cell (``docs.tessera.dev``, ``www.hit.ac.jp``)."""


def letterhead_cells(text: str) -> bool:
    """A line set across the page in cells (:func:`head_cells`) that names only who issues the document and when or
    where to reach it: an organisation's or a municipality's name in one cell at least, every other cell a date, the
    year the document is for (:data:`_PERIOD_CELL`), a web address or a folio (``Hokuriku Institute of Technology``
    ⟶ gap ⟶ ``Academic Year 2025``). Such a line is a letterhead, never a title, even on page 1 alone (decision, issue
    16 point 2, helper ver80: fresh-user trial 80a's syllabus had been titled so, its course field passed over).

    >>> letterhead_cells("Hokuriku Institute of Technology                    Academic Year 2025")
    True
    >>> letterhead_cells("Annual Report 2024          Harbor City Port Authority"), letterhead_cells("Hokuriku Institute of Technology")
    (False, False)
    """
    from pipeline.segment.labels import is_date_line
    from pipeline.segment.organisations import is_organisation
    from pipeline.segment.places import is_municipality_en, names_municipality

    spans = head_cells(text)
    if spans is None:
        return False
    issuer = False
    for a, b in spans:
        cell = text[a:b].strip()
        if is_organisation(cell) or names_municipality(cell) or is_municipality_en(cell):
            issuer = True
        elif not (_folio_cell(cell) or is_date_line(cell) or _PERIOD_CELL.match(cell) or _WEB_CELL.match(cell)):
            return False
    return issuer


def title_cell(text: str) -> tuple[int, int] | None:
    """The cell of a running head (:func:`head_cells`, or its one cell of text beside its folio) that names the
    document, where a careful reader takes the head for its title: the first cell that is neither the page's number
    nor the publisher's name, an organisation's (:func:`~.organisations.is_organisation`) or a municipality's
    (``○○市``, ``Hakodate City``: :mod:`~pipeline.segment.places`), and holds a letter; else ``None``.

    >>> s = "Harbor City Port Authority          Annual Report 2024          Page 1"
    >>> a, b = title_cell(s); s[a:b]
    'Annual Report 2024'
    >>> s = "令和6年度 事業報告書　　　　　　○○市"; a, b = title_cell(s); s[a:b]
    '令和6年度 事業報告書'
    >>> title_cell("Harbor City Port Authority          Page 1") is None
    True
    """
    from pipeline.segment.organisations import is_organisation, names_publication
    from pipeline.segment.places import is_municipality_en, names_municipality

    cells = head_cells(text) or ([c] if (c := _text_beside_folio(text)) is not None else [])
    return next(((a, b) for a, b in cells if not _folio_cell(cell := text[a:b]) and any(c.isalpha() for c in cell)
                 and (names_publication(cell) or not is_organisation(cell) and not names_municipality(cell)
                      and not is_municipality_en(cell))), None)



def lifted_title_cells(lines: list[Text], running: dict[int, str], numbers: dict[int, int] | set[int],
                       title_like: Callable[[int], bool]) -> dict[int, tuple[int, int]]:
    """The document's first line (page numbers aside) → the span of its title cell (:func:`title_cell`), where that
    line is a running head's first copy and the cell is the only title the document prints; else ``{}``.

    Two cases. A head set in cells (:func:`head_cells`) is furniture on every page, the first's included, and the
    title is read from the lines under it; where the line under it is no title (``title_like`` false: a numbered
    heading, running text), the head's title cell is the title, the rest of the head (the publisher's cell, the
    folio) the ledger's (fresh-user trial 64d: ``Annual Report 2024`` ⟶ gap ⟶ ``Harbor City Port Authority`` over
    ``1. Overview`` had stayed front as an organisation's line, the document titled null). A head of one cell kept as
    the title (:func:`_opens_the_document`) that carries its folio (``Annual Report 2024      Page 1``) gives the
    title its text alone: a folio is never part of a title or of the talk's id (helper head65b: the id had been
    ``annual-report-2024-harbor-city-port-authority-page-1``)."""
    first = next((i for i in range(len(lines)) if i not in numbers), None)
    if first is None:
        return {}
    text = lines[first].text
    if running.get(first) == "running-header" and head_cells(text) is not None:
        below = next((j for j in range(first + 1, len(lines)) if j not in running and j not in numbers), None)
        if below is not None and title_like(below):
            return {}
    else:
        # the head's later copies differ from it by their folio alone: a number the copies all print alike (the year
        # closing ``Riverton Water Quality Report 2024``) is the title's own
        sig = _running_signature(text)
        copies = {lines[i].text.strip() for i in running if i != first and _running_signature(lines[i].text) == sig}
        if first in running or folio_span(text) is None or not copies or copies == {text.strip()}:
            return {}
    cell = title_cell(text)
    return {first: cell} if cell is not None else {}


def _text_beside_folio(text: str) -> tuple[int, int] | None:
    """The span of a head's one cell of text beside its folio set off by a wide space (``Annual Report 2024    Page 1``)."""
    read = _folio_read(text)
    if read is None:
        return None
    a, b = read[3]
    if a > len(text) - b:  # the folio closes the line: the text is before it
        end = len(text[:a].rstrip(" \t\u3000—–|·•-"))
        start = len(text) - len(text.lstrip())
    else:
        start = b + (len(text[b:]) - len(text[b:].lstrip(" \t\u3000—–|·•-")))
        end = len(text.rstrip())
    return (start, end) if end > start else None


def _interrupting(lines: list[Text], layout: Layout, pages: list[list[int]], numbers: dict[int, int]) -> list[int]:
    """Single lines at a page top that stand inside a Japanese sentence running across the page break.

    The lines around it are running text (:data:`PROSE_WIDTH` columns or
    more), the line is short beside them (a wrapped line of the sentence
    itself fills the measure), and it is no heading or page number. The line after it opens on no bullet: a list's
    item carries no sentence on (trial 41: a PDF deck's slide titles `調査の目的`, `まとめと今後の課題` over
    `・…` items, after a slide whose last line ended without `。`, went to the ledger as running headers; the rule
    :func:`_interrupting_at_numbers` has the same guard, trial 33).
    """
    out = []
    for p in range(1, len(pages)):
        before = [i for i in pages[p - 1] if i not in numbers]
        top = [i for i in pages[p] if i not in numbers]
        if not before or len(top) < 2:
            continue
        last, cand, nxt = lines[before[-1]].text, lines[top[0]].text, lines[top[1]].text
        if (
            is_japanese(last) and last.rstrip()[-1:] not in SENTENCE_END
            and is_japanese(nxt) and not is_bullet(nxt.strip())
            and min(layout.width(lines[before[-1]]), layout.width(lines[top[1]])) >= PROSE_WIDTH
            and _furniture_text(cand)
            and cand.rstrip()[-1:] not in SENTENCE_END
            # a filing's tag opens a part or a field (``【請求項２】`` atop a gazette's page, under the last page's foot
            # ``（３）　…　実登 …``, which reads as a sentence left open: helper furn84)
            and not tag_line(cand)
            and layout.width(lines[top[0]]) < 0.75 * max(layout.width(lines[before[-1]]), layout.width(lines[top[1]]))
        ):
            out.append(top[0])
    return out


_VOLUME_HEAD = re.compile("(?:" + "|".join(map(re.escape, VOLUME_WORDS)) + r")"
                          r"(?:[\s\u3000,，]*(?:第\s?[0-9０-９]{1,4}\s?[巻号]|Vol\.?\s?[0-9]{1,4}|No\.?\s?[0-9]{1,4}))*[\s）)]*$",
                          re.IGNORECASE)
"""A volume's name at a line's end, its volume or issue number after it (``交通計画学会論文集　第12巻``)."""
_VOLUME_HEAD_OF = re.compile(r"^(?:Proceedings|Transactions|Annals|Journal) of\s+(?:the\s+)?[A-Z0-9]\S*(?:\s+\S+)+$")
"""An English volume's name that opens on its word (``Proceedings of the Rural Mobility Workshop 2025``): two words or
more after ``of`` (``the`` aside), the first capitalised or a number (helper deck74: such a head beside a volume's bare
folio had been glued into the sentence it interrupted)."""


def volume_heads_at_numbers(lines: list[Text], candidates: dict[int, int]) -> tuple[dict[int, str], dict[int, int]]:
    """A running head that names the volume (``港川市の都市づくり ― 講演録``, ``…予稿集``, ``Proceedings of …``) beside a
    page number, even where it occurs once and stands between paragraphs: ``(heads, numbers)``, line index →
    ``running-header``/``running-footer`` and line index → the page number beside it. ``candidates``: the lines
    that are only a page number (``12``, ``- 12 -``), index → value.

    A volume's name is no line of a talk's text, and a number alone beside it is the page's (a table's cell
    stands among other cells, not beside a volume's name).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> volume_heads_at_numbers(mk("…を訪れている。", "港川市の都市づくり ― 講演録", "12", "3．市民協働"), {2: 12})
    ({1: 'running-footer'}, {2: 12})
    >>> volume_heads_at_numbers(mk("講演録の作り方", "12"), {1: 12}), volume_heads_at_numbers(mk("講演録", "3"), {1: 3})
    (({}, {}), ({}, {}))
    >>> volume_heads_at_numbers(mk("― 1 ―", "交通計画学会論文集　第12巻", "析する。"), {0: 1})[0]  # its volume number after it
    {1: 'running-header'}
    >>> volume_heads_at_numbers(mk("…Most asked for", "11", "Proceedings of the Rural Mobility Workshop 2025", "a bus"), {1: 11})
    ({2: 'running-header'}, {1: 11})
    >>> volume_heads_at_numbers(mk("…Most asked for", "11", "Proceedings of meetings", "a bus"), {1: 11})
    ({}, {})
    """
    heads: dict[int, str] = {}
    numbers: dict[int, int] = {}
    for i, value in sorted(candidates.items()):
        number = page_number(lines[i].text)
        if number is None or number.roman or number.total:
            continue
        for cand, which in ((i - 1, "running-footer"), (i + 1, "running-header")):
            if not 0 <= cand < len(lines) or cand in candidates:
                continue
            text = lines[cand].text.strip()
            head = _VOLUME_HEAD.search(text)
            if _furniture_text(text) and (head is not None and head.start() >= 2 or _VOLUME_HEAD_OF.match(text)):
                # the volume's name, not the word alone (``講演録`` alone may head a section)
                heads[cand] = which
                numbers[i] = value
    return heads, numbers


_PAGE_REFERENCE = re.compile(r"(?:\s{3,}|,\s*)(?:pp?\.\s?[0-9]{1,4}(?:\s?[-–]\s?[0-9]{1,4})?|[0-9]{1,4}\s?[-–]\s?[0-9]{1,4})\s*$")


def volume_heads_with_pages(lines: list[Text]) -> dict[int, str]:
    """A running head that names the volume and the pages the paper fills (``Proceedings of the 12th Workshop …,
    Sendai, 2023          pp. 41-42``, ``第12回 交通計画講演論文集, pp. 41-42``), or the volume and its page's folio
    (:func:`journal_head_with_folio`): line index → ``running-header``, even where it occurs once. A title names no
    volume and no page range. The document's first line naming the article's page range is its masthead, kept
    (:func:`names_page_range`; helper paper66, fresh-user trial 66b).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> volume_heads_with_pages(mk("Proceedings of the 12th Workshop on Ports, Sendai, 2023        pp. 41-42", "Ferries"))
    {}
    >>> volume_heads_with_pages(mk("Ferries", "Proceedings of the 12th Workshop on Ports, Sendai, 2023        pp. 41-42",
    ...                            "Proceedings of the 12th Workshop on Ports, Sendai, 2023        42"))
    {1: 'running-header', 2: 'running-header'}
    >>> volume_heads_with_pages(mk("Proceedings of the Port Society", "Ferries and Pages 41-42"))  # no range set off
    {}
    """
    masthead = next((i for i, t in enumerate(lines) if page_number(t.text) is None), None)
    return {i: "running-header" for i, t in enumerate(lines)
            if (names_volume_and_pages(t.text) and not (i == masthead and names_page_range(t.text)))
            or journal_head_with_folio(t.text)}


_ISSUE_MARK = re.compile(r",\s?(?:19|20)[0-9]{2}\b|\bVol\.?\s?[0-9]|\bNo\.?\s?[0-9]|[0-9]\s?\([0-9]{1,2}\)")
"""What sets a journal's or a volume's head apart from a phrase naming one: its year after a comma, its volume or
issue (``…, 2024``, ``Vol. 12``, ``No. 3``, ``12 (3)``; a table's row, ``Journal subscriptions 2024    46``, has none)."""
_FOLIO_SET_OFF = re.compile(r"(?:\s{3,}|\t)[0-9]{1,4}\s*$")


def journal_head_with_folio(text: str) -> bool:
    """A journal's or a volume's running head with its page's number set off at its end by a wide space (``Journal of
    Urban Studies 12 (3), 2024          46``): the name (:data:`VOLUME_WORDS`), its year, volume or issue, then the
    folio. Furniture even where it occurs once, between two paragraphs of a dump without form feeds (fresh-user
    trial 66b: it had stayed a paragraph of section 1); the same head with the page range instead of the folio
    opens the article (:func:`names_page_range`).

    >>> journal_head_with_folio("Journal of Urban Studies 12 (3), 2024                                   46")
    True
    >>> journal_head_with_folio("Journal of Applied Logistics 12"), journal_head_with_folio("Journal subscriptions 2024        46")
    (False, False)
    """
    text = text.strip()
    m = _FOLIO_SET_OFF.search(text)
    return m is not None and names_journal_issue(text[:m.start()])


def names_journal_issue(text: str) -> bool:
    """The line names a journal's or a volume's issue, as its running head prints it (``Journal of Maritime Studies
    41(2), 2025``, ``Bulletin of … Vol. 12, No. 3``): a volume's word (:data:`VOLUME_WORDS`) and its year after a
    comma, its volume or its issue (:data:`_ISSUE_MARK`), in a short line (twice
    :data:`MAX_FURNITURE_CHARS` at most) that is no numbered heading. The folio beside it, if any, is not part of it.

    >>> names_journal_issue("Journal of Maritime Studies 41(2), 2025"), names_journal_issue("Journal of Applied Logistics 12")
    (True, False)
    >>> names_journal_issue("Journal subscriptions 2024"), names_journal_issue("Bristol Historical Review 12 (3), 2024")
    (False, True)
    """
    head = text.strip()
    return ((_VOLUME_WORD.search(head) is not None or _JOURNAL_WORD.search(head) is not None) and _ISSUE_MARK.search(head) is not None
            and len(" ".join(head.split())) <= 2 * MAX_FURNITURE_CHARS and explicit_number(head) is None)


_PAGE_RANGE_AT_END = re.compile(r"[0-9]{1,4}\s?[-–]\s?[0-9]{1,4}\s*$")


def names_page_range(text: str) -> bool:
    """A volume's head naming the article's page range (``…, 2024, 45-61``, ``pp. 41-42``): on the first page, over
    the title, the article's masthead, which says where it was published (journal, volume, pages). It is kept, in
    ``front`` (issue 16, fresh-user trial 66b: it had gone to the ledger as a running header, so the journal and the
    pages were in no output); its later copies with the folio are the running head (:func:`journal_head_with_folio`).

    >>> names_page_range("Journal of Urban Studies 12 (3), 2024, 45-61"), names_page_range("Journal of Urban Studies 46")
    (True, False)
    """
    return _PAGE_RANGE_AT_END.search(text.strip()) is not None and names_volume_and_pages(text)


def names_volume_and_pages(text: str) -> bool:
    """The line names a volume and the pages in it (``Journal of Applied Hydrology, Vol. 12, No. 3 (2025), pp.
    45-58``): a volume's or a journal's word, then a page range set off at the end.

    >>> names_volume_and_pages("Journal of Applied Hydrology, Vol. 12, No. 3 (2025), pp. 45-58"), names_volume_and_pages("Ferries")
    (True, False)
    """
    text = text.strip()
    m = _PAGE_REFERENCE.search(text)
    return m is not None and _VOLUME_WORD.search(text[:m.start()]) is not None and len(text) <= 2 * MAX_FURNITURE_CHARS


_VOLUME_WORD = re.compile("|".join(map(re.escape, VOLUME_WORDS)), re.IGNORECASE)
_JOURNAL_WORD = re.compile(r"\b(?:Review|Quarterly|Studies|Magazine)\b")
"""A journal's name's word beside :data:`VOLUME_WORDS` (``Bristol Historical Review``, ``Maritime Quarterly``),
read only with an issue's mark (:func:`names_journal_issue`): alone it names no volume (an event's)."""


def _interrupting_at_numbers(lines: list[Text], layout: Layout, numbers: dict[int, int]) -> dict[int, str]:
    """A single line beside a page number in a page-number shape (``— 7 —``) that stands inside a Japanese
    sentence running across them: ``…多言語での`` | ``令和5年度 … 予稿集`` | ``— 7 —`` | ``案内が…``.

    A dump without form feeds shows its page breaks only by such numbers; the line beside one that
    interrupts the sentence is the page's running header or footer, even where it occurs once. The
    evidence is :func:`_interrupting`'s: running text on both sides, the line short beside it, no heading; the
    line after it opens on no bullet (a slide's next item, not the sentence going on).

    Which side is the furniture: where the line after the folio is a running head by its shape and by what it says
    (:func:`_head_after_folio`), the sentence does not run on into it, so the short line before the folio is the
    wrapped end of the sentence or item over it (``…事業報告及び`` | ``計算書類の内容報告の件`` | ``－ 1 －`` |
    ``株式会社みらい精機　第42回定時株主総会招集ご通知``): it stays text and the head after the folio is the furniture
    (fresh-user trial 72d: the item's end had gone to the ledger as a running footer, the head glued into section 3;
    helper fur2). A line before the folio that says it is a head itself stays the footer.
    """
    out: dict[int, str] = {}
    for i in sorted(numbers):
        foot, head = _copies_around(lines, layout, numbers, i)
        if foot is not None:
            out[foot], out[head] = "running-footer", "running-header"
            continue
        number = page_number(lines[i].text)
        if number is None or not number.shaped:
            continue
        after_head = _head_after_folio(lines, numbers, i)
        if i - 1 not in numbers and names_the_title(lines, i - 1):
            # the line over the folio prints the document's title: the page's foot, whether or not a sentence runs on
            # across it; the line after the folio is then the next page's text unless it prints the title too (fresh-
            # user trial 75: ``…研修テキスト　第2章…`` / ``― 12 ―`` / ``【ワンポイント】``, the box's label had gone as the
            # page's head and the foot stayed glued to the box's text)
            out[i - 1] = "running-footer"
            # the line after the folio is the next page's head where it prints the title too, or where a sentence
            # runs on over the foot, the folio and it (``…その`` / foot / ``－ 1 －`` / ``…会報　令和７年６月号`` /
            # ``結果を…``: helper fur272's case, both heads furniture)
            if i + 1 < len(lines) and i + 1 not in numbers and (
                    names_the_title(lines, i + 1) or _runs_over(lines, layout, i - 2, i + 1, i + 2, numbers)):
                out[i + 1] = "running-header"
            continue
        if i + 1 < len(lines) and i + 1 not in numbers and names_the_title(lines, i + 1) \
                and not layout.blank_between_texts(lines[i], lines[i + 1]) and (
                    i + 2 == len(lines) or layout.blank_between_texts(lines[i + 1], lines[i + 2])):
            # the line right under the folio prints the document's title and stands apart from the text after it (the
            # dump's end or a blank line): the page's running title set under its number (a white paper's
            # ``－ 12 －`` / ``令和８年版　観光白書`` closing the excerpt: fresh-user trial 84b, helper white85, where it
            # had been the last section's paragraph); at the dump's end a foot, else the next page's head
            out[i + 1] = "running-footer" if i + 2 == len(lines) else "running-header"
            continue
        if i + 1 < len(lines) and i + 1 not in numbers and _titles_chapter(lines, i + 1):
            # the line after the folio prints the title and the chapter in force: the next page's head, where no
            # sentence runs over it (fresh-user trial 75d: ``－ ３－１ －`` / ``みどり県地域防災計画　第３章``)
            out[i + 1] = "running-header"
        for cand, prev, nxt, which in ((i - 1, i - 2, i + 1, "running-footer"), (i + 1, i - 1, i + 2, "running-header")):
            if _runs_over(lines, layout, prev, cand, nxt, numbers):
                if which == "running-footer" and after_head is not None and not after_head(cand):
                    # the head is the line after the folio: this one ends the sentence (or item) over it
                    out.setdefault(i + 1, "running-header")
                    continue
                out[cand] = which
    return out


def _runs_over(lines: list[Text], layout: Layout, prev: int, cand: int, nxt: int, numbers: dict[int, int]) -> bool:
    """A Japanese sentence runs on from ``lines[prev]`` over the short furniture line ``lines[cand]`` into
    ``lines[nxt]``: the line before ends no sentence, the line after is Japanese and opens on no bullet (a slide's next
    item: trial 33), both are prose's width, and the candidate is furniture's text ending no sentence, narrower than
    three quarters of them (:func:`_interrupting`'s evidence, beside a folio)."""
    if min(cand, prev) < 0 or nxt >= len(lines) or cand in numbers or nxt in numbers:
        return False
    last, text, after = lines[prev].text, lines[cand].text, lines[nxt].text
    return (is_japanese(last) and last.rstrip()[-1:] not in SENTENCE_END
            and is_japanese(after) and not is_bullet(after.strip())
            and min(layout.width(lines[prev]), layout.width(lines[nxt])) >= PROSE_WIDTH
            and _furniture_text(text) and text.rstrip()[-1:] not in SENTENCE_END
            # a line holding a sentence's end before a note (``う改めます。【修正あり】``, a table's wrapped cell over a
            # folio: fresh-user trial 82a's public-comment answers) is the text's, as no head or foot ends a sentence
            and not any(c in SENTENCE_END for c in text.strip()[:-1])
            and layout.width(lines[cand]) < 0.75 * max(layout.width(lines[prev]), layout.width(lines[nxt])))



def _head_after_folio(lines: list[Text], numbers: dict[int, int], i: int) -> Callable[[int], bool] | None:
    """Where the line right after the page number ``lines[i]`` is a running head (shaped as one and saying so by
    :func:`~pipeline.segment.breakheads.head_evidence` against page 1's top lines), a test ``k -> bool``: whether
    ``lines[k]`` says it is a head too (by the same evidence); else ``None``. ``numbers``: the page-number lines.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("株式会社みらい精機", "定時株主総会招集ご通知", "報告事項　１．第42期（令和６年４月１日から令和７年３月31日まで）事業報告及び",
    ...         "計算書類の内容報告の件", "－ 1 －", "株式会社みらい精機　定時株主総会招集ご通知", "２．会計監査人の監査結果報告の件")
    >>> said = _head_after_folio(ls, {4: 1}, 4)
    >>> said is not None, said(3)
    (True, False)
    >>> ls[5] = Text.from_raw("について、市民の皆様のご意見を伺います。", 6)
    >>> _head_after_folio(ls, {4: 1}, 4) is None
    True
    """
    # imported here: breakheads reads this module's constants (a module-level import would be circular)
    from pipeline.segment.breakheads import _head_shaped, _page_top, head_evidence
    first = next((k for k in range(len(lines)) if k not in numbers), None)
    if first is None or not 0 < i < len(lines) - 1 or i + 1 in numbers:
        return None
    top = [t for k, t in _page_top(lines, first, i, numbers) if k != i + 1]
    if not (_head_shaped(lines[i + 1].text, lines[i - 1].text) and head_evidence(lines[i + 1].text, top)):
        return None
    # (shaped as a head too; the line over it is left open by this rule's premise, so it is not asked)
    return lambda k: _head_shaped(lines[k].text, "") \
        and head_evidence(lines[k].text, [t for j, t in _page_top(lines, first, i, numbers) if j != k])


def _copies_around(lines: list[Text], layout: Layout, numbers: dict[int, int], i: int) -> tuple[int, int] | tuple[None, None]:
    """``(foot, head)``: the indexes of one line printed on both sides of the page number ``lines[i]``, at the foot of
    the page it closes and the head of the next, inside a sentence that runs on across them all (``…全体で１５`` |
    ``地域交通研究 第8号`` | ``― 21 ―`` | ``地域交通研究 第8号`` | ``％増加したが…``), else ``(None, None)``.

    Why: a journal prints its name as the foot of one page and the head of the next; a dump of two pages shows each
    once, beside the one page break, and recurrence (:data:`RECURRENCE_PAGES`) never counts it (fresh-user trial 68:
    both copies were glued into the sentence, ``…全体で15地域交通研究 第8号地域交通研究 第8号``, and the sentence's
    end became a paragraph of its own). The evidence is :func:`_interrupting_at_numbers`' for a single line, the
    repeat on the break's two sides in place of the folio's shape: the line twice, short furniture text ending no
    sentence, the lines before and after the four running text (:func:`_running_text`) with the sentence going on
    (:func:`_sentence_goes_on`: Japanese after Japanese, or English going on in lower case). The folio may be bare
    (``21``) where the caller found it a page number. A sentence printed twice at a page break ends with its stop and
    is no furniture text; a heading after a folio starts no sentence's continuation.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> body = "本稿では、市内の商店街における空き店舗の活用について検討した結果、全体で"
    >>> ls = mk(body, "地域研究 第8号", "― 21 ―", "地域研究 第8号", "多くの店舗が再開したことを示す。ただし、郊外では変化がなかった。")
    >>> _copies_around(ls, Layout.plain(), {2: 21}, 2)
    (1, 3)
    >>> ls[4] = Text.from_raw("2. 結論", 5)
    >>> _copies_around(ls, Layout.plain(), {2: 21}, 2)
    (None, None)
    """
    foot, head, prev, nxt = i - 1, i + 1, i - 2, i + 2
    if prev < 0 or nxt >= len(lines) or any(k in numbers for k in (foot, head, prev, nxt)):
        return None, None
    text = lines[foot].text
    if (
        _running_signature(text) == _running_signature(lines[head].text)
        and _furniture_text(text) and text.rstrip()[-1:] not in SENTENCE_END + "."
        and _running_text(lines[prev], layout) and _running_text(lines[nxt], layout)
        and _sentence_goes_on(lines[prev], lines[nxt])
        and max(layout.width(lines[foot]), layout.width(lines[head]))
        < 0.75 * max(layout.width(lines[prev]), layout.width(lines[nxt]))
    ):
        return foot, head
    return None, None


MIN_BOXES = 2
"""Text boxes of a deck dumped without pages or numbers that must show one line at the same edge for it to be the
deck's running line (issue 16, session 51: two slides, each closing on ``Kanazawa City Tourism Bureau 2024``). Two, as
two pages suffice for a line beside the page number on every page: the boxes are the deck's slides, which
:func:`~pipeline.segment.slides.slide_boxes` found by their shape, and the line is at the same edge of each."""
MIN_BOX_LINES = 3
"""Lines a box holds at least for its edge line to be weighed as furniture: the line, a title and a line under it
(a two-line box's first line is its title, its last its one line of content)."""


def text_boxes(lines: list[Text], layout: Layout) -> list[list[int]]:
    """Indexes of ``lines`` in runs that share a text box (no blank raw line, no page break between them).

    >>> from pipeline.model import LineLayout
    >>> lay = Layout((LineLayout(1),) * 6, (3,))  # raw line 3 blank
    >>> text_boxes([Text.from_raw(s, n) for n, s in ((1, "a"), (2, "b"), (4, "c"), (5, "d"))], lay)
    [[0, 1], [2, 3]]
    """
    boxes: list[list[int]] = []
    for i, t in enumerate(lines):
        if boxes and layout.same_box(lines[i - 1], t):
            boxes[-1].append(i)
        else:
            boxes.append([i])
    return boxes


def box_edge_lines(lines: list[Text], boxes: list[list[int]]) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer``: a line that stands at the same edge (first, last) of the
    boxes after the first (the cover's) that hold :data:`MIN_BOX_LINES` lines or more, on :data:`MIN_BOXES` of them and
    on all of them save one at most (a closing slide may go without it), its copies signing alike
    (:func:`_running_signature`); the cover's own copy at that edge is furniture too. Meant for a deck's boxes only
    (the caller's evidence that they are slides): an address list's boxes may all end on ``Japan``.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Cover", "Title", "Tides", "Daily", "Office 2024", "Costs", "Grant", "Office 2024")
    >>> box_edge_lines(ls, [[0, 1], [2, 3, 4], [5, 6, 7]])
    {4: 'running-footer', 7: 'running-footer'}
    >>> box_edge_lines(ls, [[0, 1], [2, 3, 4]])
    {}
    """
    out: dict[int, str] = {}
    body = [b for b in boxes[1:] if len(b) >= MIN_BOX_LINES]
    if len(body) < MIN_BOXES:
        return out
    for which, edge in (("running-header", 0), ("running-footer", -1)):
        signs: dict[str, list[int]] = defaultdict(list)
        for b in body:
            signs[_running_signature(lines[b[edge]].text)].append(b[edge])
        sig, hits = max(signs.items(), key=lambda kv: len(kv[1]))
        if len(hits) < max(MIN_BOXES, len(body) - 1) or not _furniture_text(lines[hits[0]].text):
            continue
        box_of = {b[edge]: k for k, b in enumerate(body)}
        if not numbered_as_running_line([(box_of[i], _numbers_in(lines[i].text)) for i in hits]):
            continue  # a table's row closing each box, its figures changing (``小計 11 15`` / ``小計 12 18``: furn70)
        cover = boxes[0]
        if len(cover) >= MIN_BOX_LINES and _running_signature(lines[cover[edge]].text) == sig:
            hits = [cover[edge]] + hits
        for i in hits:
            out.setdefault(i, which)
    return out


SECTION_MARK_SMALLER = 0.9
"""A section mark's running head is set under this share of its heading's size (uowthesis: 11.95 pt under 17.2 pt)."""
SAME_BASELINE = 1.0
_NUMBERED_HEAD = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.{0,80})$")
"""A decimal-numbered heading's number (its last stop optional: ``1.2.`` as a ``\\rightmark`` prints it) and title."""
"""Points two pieces of a head's line may stand apart vertically and still be on its baseline."""


def section_mark_heads(lines: list[Text], layout: Layout) -> tuple[set[int], dict[int, int]]:
    """A PDF's running head that restates a numbered heading, printed once: the first line of a page that gives a
    numbered heading's number and title again (its number's stops, case and spacing aside: ``1.2. Another Section``
    over ``1.2 Another Section``), set under :data:`SECTION_MARK_SMALLER` of that heading's size; and the page number
    on its baseline (``2`` at the head's right end): ``(heads, {folio's index: its number})``.

    Why (trial 62b, uowthesis's ``mythesis.pdf``): LaTeX's ``fancyhdr`` sets the current section's mark atop a page
    (``\\rightmark``) and the folio beside it; a head that shows once, on the one page a section opened, is no
    repetition the running-line rules (:func:`running_lines`) read, and it had become a second section 1.2 over the
    real one, its folio ``2`` a paragraph. It does NOT take a heading at a page's top with no smaller copy of it
    (the heading itself), a contents' entry (leaders, a TAB; or one carried over to a page's top, whose heading comes
    pages later), nor a copy set as large as the heading; empty for a text dump (no sizes).

    >>> from pipeline.model import LineLayout
    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("1.1 Overview", "Text.", "1.2. Another Section", "1.2 Another Section", "More text.", "2")
    >>> at = [(1, 17.2, 700.0), (1, 12.0, 680.0), (2, 12.0, 757.0), (2, 17.2, 715.0), (2, 12.0, 680.0), (2, 12.0, 757.2)]
    >>> lay = Layout(tuple(LineLayout(page=p, size=z, y0=y, y1=y + z) for p, z, y in at), ())
    >>> section_mark_heads(ls, lay)
    ({2}, {5: 2})
    >>> section_mark_heads(ls, Layout.plain())
    (set(), {})
    >>> toc = mk("Contents", "1 Overview\t2", "2 License", "6", "1 Overview", "Text.", "2 License", "Text.")
    >>> at = [(1, 14.0, 700.0), (1, 10.0, 680.0), (2, 10.0, 760.0), (2, 10.0, 760.0), (2, 14.0, 700.0), (2, 10.0, 680.0),
    ...       (3, 14.0, 700.0), (3, 10.0, 680.0)]
    >>> section_mark_heads(toc, Layout(tuple(LineLayout(page=p, size=z, y0=y, y1=y + z) for p, z, y in at), ()))
    (set(), {})
    """
    def key(text: str) -> tuple[tuple[int, ...], str] | None:
        s = text.strip()
        m = _NUMBERED_HEAD.match(s)
        if m is None or "\t" in s or ". ." in s or "..." in s:
            return None
        return tuple(int(x) for x in m.group(1).split(".")), " ".join(m.group(2).casefold().split())

    on_page: dict[int, list[int]] = defaultdict(list)
    for i, t in enumerate(lines):
        if t.text.strip() and layout.size(t):
            on_page[layout.page(t)].append(i)
    if len(on_page) < 2:
        return set(), {}
    headings: dict[tuple, list[int]] = defaultdict(list)
    for i, t in enumerate(lines):
        if (k := key(t.text)) is not None and k[1]:
            headings[k].append(i)
    heads: set[int] = set()
    folios: dict[int, int] = {}
    for page, idxs in on_page.items():
        words = [i for i in idxs if page_number(lines[i].text) is None]  # the folio may stand on the head's baseline
        if not words:
            continue
        top = max(words, key=lambda i: layout.at(first_line(lines[i])).y1 or 0.0)
        k = key(lines[top].text)
        size = layout.size(lines[top])
        if k is None or not k[1] or size is None:
            continue
        # the mark names the section the page is in: its heading on this page or before it (a contents' last entry
        # carried over to the next page's top, ``7 License`` with its page ``6`` on its baseline, restates a heading
        # printed pages later: cjk-ko's manual, regression of this rule)
        if not any(j != top and layout.page(lines[j]) <= page and (z := layout.size(lines[j]))
                   and size < SECTION_MARK_SMALLER * z for j in headings[k]):
            continue
        heads.add(top)
        y = layout.at(first_line(lines[top])).y0
        for j in idxs:
            n = page_number(lines[j].text)
            yj = layout.at(first_line(lines[j])).y0
            if j != top and n is not None and y is not None and yj is not None and abs(yj - y) <= SAME_BASELINE:
                folios[j] = n.value
    return heads, folios


def titles_set_aside(lines: list[Text], layout: Layout, ledger: Iterable[LedgerRow],
                     title_of: Callable[[list[Text], int], int | None], markers=()) -> list[LedgerRow]:
    """The rows of a PDF's ledger (``set_aside_page_furniture``, ``running-header``) whose line is the document's title:
    the first copy of a running head printed on two pages or more, standing atop the first page before every kept
    line, which :func:`_titles_among_headers` keeps as the title in a text dump (the head opens the document over a
    line that opens no title block of its own, :func:`_opens_the_document`, or it is the title of the block its page
    opens with). ``lines`` are the kept lines, ``title_of(ls, i)`` the title line of a block opening at ``ls[i]``
    (:func:`pipeline.segment.titleblock.block_title`). Each copy is weighed as clean leaves it
    (:func:`pipeline.clean.clean_set_aside`; ``markers``, the document's lost-glyph markers), as it is put back.
    Returns the rows to put back as lines, in ledger order.

    Why (issue 16, fresh-user trial 68e): extraction sets a head aside by its place and size on every page, the first
    page's included, so a report whose title is its running head (``令和5年度　水道事業報告書`` atop both pages, then
    ``第1章　事業の概要``) lost its title to the ledger as a PDF while the same text as a dump kept it. The evidence is
    the dump's, read by the same function; extraction cannot weigh title blocks. A head that names the publisher over
    the title set large under it, or a journal's head over a paper's title and author, stays in the ledger.
    """
    heads = [row for row in ledger if row.rule == Rule.SET_ASIDE_PAGE_FURNITURE and row.action == Action.DROPPED
             and row.reason == Reason.RUNNING_HEADER]
    if not heads:
        return []
    pages = defaultdict(set)
    for row in heads:
        pages[_signature(row.text)].add(layout.page(Text.from_raw(row.text, line=row.line, col=row.col)))
    recurring = [row for row in heads if len(pages[_signature(row.text)]) > 1]
    if not recurring:
        return []
    cleaned = [(clean_set_aside(row, markers, layout.at(row.line).drawn_spaces)[0], row) for row in recurring]
    cleaned = [(t, row) for t, row in cleaned if t.text.strip()]  # a copy clean leaves nothing of is no title
    if not cleaned:
        return []
    copies, recurring = [t for t, _ in cleaned], [row for _, row in cleaned]
    by_copy = {id(t): row for t, row in zip(copies, recurring)}
    merged = sorted([*lines, *copies], key=lambda t: t.first_pos() or (10 ** 9, 0))
    running = {k: "running-header" for k, t in enumerate(merged) if id(t) in by_copy}
    first_page = layout.page(merged[0])
    found = _titles_among_headers(merged, layout, running, {}, lambda i: title_of(merged, i), paged=True)
    # the first page only: a copy that opens a later page over a title block is another document's head in a volume
    return [by_copy[id(merged[i])] for i in found if layout.page(merged[i]) == first_page]


_EDGE_GAP = re.compile(r"\t|[ \u3000]{2,}")
"""The white that parts a page edge's head from its folio or its other cell: a TAB, two spaces or more (an
ideographic space alone parts the words of one head, ``ＪＰ　２０２６－１２３４５６　Ａ``)."""

_BRACKETED_FOLIO = re.compile(r"^[(（]\s?(?P<number>\d{1,4})\s?[)）]$")
"""A folio in round brackets, as a gazette prints it at its page's foot (``（２）``, ``(3)``; digits folded)."""

MIN_EDGE_HEAD_CHARS = 6
"""Characters a line repeated at the page edges needs (without its folio) to be read as a running line whatever it
says: a shorter one (``目次``, ``Notes``) is as often a heading a document repeats."""


def _edge_folio(part: str) -> tuple[int, bool] | None:
    """(folio, shaped) of a page edge's cell that is a folio (``－ 2 －``, ``（２）``, ``(3)`` shaped; ``２`` bare), else
    ``None``."""
    s = fold(part.strip())
    m = _BRACKETED_FOLIO.match(s)
    if m is not None:
        return int(m.group("number")), True
    n = page_number(s)
    return (n.value, n.shaped) if n is not None and n.total is None and not n.roman else None


def _edge_head(text: str) -> tuple[str, int | None] | None:
    """The head a page edge's line prints, its folio taken off (``（２）　　　ＪＰ　…　Ａ`` → ``JP …　A``), and that
    folio where it is in a folio's shape (:func:`_edge_folio`); with a second cell that is no folio (``緑川大学 シラバス
    2026　　　環境政策論Ⅱ``), the first cell. ``None`` for a line that is a folio alone, a sentence or too short."""
    parts = [p for p in _EDGE_GAP.split(text.strip()) if p]
    folios = [f for p in parts if (f := _edge_folio(p)) is not None]
    parts = [p for p in parts if _edge_folio(p) is None]
    if not parts:
        return None
    head = fold(parts[0]).strip()
    if len(head) < MIN_EDGE_HEAD_CHARS or head[-1:] in SENTENCE_END + "、,":
        return None
    shaped = [value for value, is_shaped in folios if is_shaped]
    return " ".join(head.split()), (shaped[0] if len(shaped) == 1 else None)


def _unfolioed_head(lines: list[Text], head: str, hits: list[tuple[int, int, str, int | None]],
                    pages: list[list[int]]) -> bool:
    """A head no copy of which prints a folio (:func:`repeated_at_page_edges`' ``hits``: page, index, edge, folio)
    is furniture where it stands at the same edge (all tops or all feet) of :data:`RECURRENCE_PAGES` later pages or
    more, and nowhere else in the text but the first page's first line (the document's own title or letterhead).

    Why (issue 16 point 4, helper furn84; docs/limits.md *Session 83, fur283*): a syllabus booklet's head beside the
    course's name (``令和８年度　港北大学　授業計画書　　　環境政策論Ⅱ``) atop each page, no folio anywhere, had stayed
    paragraphs inside the schedule. Three later pages' tops are the evidence a heading lacks: a heading opening two
    pages (``References`` after a form feed, tests/test_segment_running_heads.py) stays text. Pages that share a line
    beside the head are one frame built up over them (a deck's overlays, beamer's ``\\pause``: the frame's title
    repeats over its pages with their lines, tests/test_real71a.py): the head is that frame's title, never furniture."""
    if len({p for p, *_ in hits if p > 0}) < RECURRENCE_PAGES or len({which for _, _, which, _ in hits}) > 1:
        return False
    if len({p for p, *_ in hits if p > 0}) < len(pages) - 2:
        # (on every later page but one at most, a chapter's opening page: a deck's title continued over three of its
        # slides, ``Results`` atop slides 3–5 of 6, is theirs, tests/test_segment_continued_titles48.py)
        return False
    shown = [{lines[i].text for i in pages[p]} - {lines[k].text} for p, k, _, _ in sorted(hits)]
    if any(a & b for a, b in zip(shown, shown[1:])):
        return False
    at = {i for _, i, _, _ in hits}
    return not any(i not in at and i > 0 and (read := _edge_head(t.text)) is not None and read[0] == head
                   for i, t in enumerate(lines))


def repeated_at_page_edges(lines: list[Text], layout: Layout, numbers: dict[int, int]) -> dict[int, str]:
    """Line index → ``running-header`` / ``running-footer`` for a head repeated at the edges of a paged dump's later
    pages, whatever its words: :data:`RECURRENCE_PAGES` copies or more on two pages or more after the first, each
    opening or closing its page (the first page's foot counts too; its first line never), alone or beside a cell
    that changes (the course's name), one copy at least printed
    beside a folio in a folio's shape (``（２）``, ``(3)``, ``- 1 -``: :func:`_edge_folio`), the folios rising with
    the pages.

    Why: fresh-user trial 83b. A patent gazette's page head ``JP 2026-123456 A 2026.7.30`` (a publication number and
    a date, no furniture words) had stayed two paragraphs, and its foot ``（２）　…　JP 2026-123456 A 2026.7.30`` a
    section numbered 2 titled by the head; a syllabus's foot ``緑川大学 シラバス 2026　…　- 1 -`` and head ``緑川大学
    シラバス 2026　…　環境政策論Ⅱ`` had stayed inside its schedule. The place and the folio are the evidence: a folio in
    brackets printed with the head is the page's, never a section's number. Two copies with no folio stay text (a
    heading, a table's header row or a name that happens to open two pages: tests/test_segment_running_heads.py).

    Only with pages (form feeds, a PDF): a dump without pages shows no edges. A list numbered ``（１）（２）`` in the
    text, a heading opening one page: untouched.
    """
    pages = _pages(lines, layout)
    if len(pages) < 3:
        return {}
    at: dict[str, list[tuple[int, int, str, int | None]]] = defaultdict(list)  # head -> (page, index, which, folio)
    for p, idxs in enumerate(pages):
        body = [i for i in idxs if i not in numbers]
        if not body or (p == 0 and len(body) < 2):
            continue
        edge = [(body[0], "running-header")] + ([(body[-1], "running-footer")] if body[-1] != body[0] else [])
        if p == 0:
            # the first page's foot too (``（１）　…　JP …`` closing a gazette's first page, helper furn84); its first
            # line is the document's own (a title, a letterhead), never read here
            edge = edge[1:]
        for i, which in edge:
            read = _edge_head(lines[i].text)
            if read is not None:
                at[read[0]].append((p, i, which, read[1]))
    out: dict[int, str] = {}
    for head, hits in at.items():
        folios = [(p, folio) for p, _, _, folio in hits if folio is not None]
        rising = [folio for _, folio in sorted(folios)]
        if len(hits) < RECURRENCE_PAGES or len({p for p, *_ in hits if p > 0}) < 2 \
                or any(b <= a for a, b in zip(rising, rising[1:])):
            continue
        if not folios and not _unfolioed_head(lines, head, hits, pages):
            continue
        for _, i, which, _ in hits:
            out.setdefault(i, which)
    return out
