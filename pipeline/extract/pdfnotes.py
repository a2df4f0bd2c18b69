"""What a PDF's reading has to tell the user: unmappable glyphs, pdfminer's warnings.

Notes are written in the project's message format,
``<file>: <where>: <what> — <remedy>`` (the CLI prefixes ``pipeline:``).
pdfminer's own log records and Python warnings are captured while one file
is read (only those of the reading thread) and become one summary note; the
individual warnings are kept as *detail* notes (``where`` is
:data:`DETAIL`), which the CLI prints only with ``--verbose``.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections import Counter
from contextlib import contextmanager
from typing import Iterator, Sequence

#: Share of a file's glyphs, or of one page's, from which unmappable glyphs are "many".
MANY_LOST = 0.05
MANY_LOST_PAGE = 0.3
#: Pages with fewer glyphs than this are not judged on their own.
MIN_PAGE_GLYPHS = 20

#: The ``where`` of a detail note (one pdfminer warning).
DETAIL = "pdfminer warning"

OCR_REMEDY = (
    "the text was kept with one gap per lost glyph; to read those glyphs, run OCR on the pages named "
    "(e.g. ocrmypdf --force-ocr) or extract them with another tool (e.g. pdftotext or mutool) and give that text dump"
)


def page_ranges(pages: list[int]) -> str:
    """``[1, 2, 3, 5]`` → ``'pages 1–3, 5'``.

    >>> page_ranges([2, 3, 4, 9]), page_ranges([7])
    ('pages 2–4, 9', 'page 7')
    """
    parts: list[str] = []
    start = prev = None
    for p in sorted(pages) + [None]:
        if start is not None and (p is None or p != prev + 1):
            parts.append(f"{start}–{prev}" if prev != start else f"{start}")
            start = None
        if p is not None and start is None:
            start = p
        prev = p
    label = "page" if len(pages) == 1 else "pages"
    return f"{label} {', '.join(parts)}"


def lost_glyph_note(name: str, glyphs_by_font: Counter, lost_by_font: Counter, glyphs_by_page: Counter,
                    lost_by_page: Counter) -> str | None:
    """The note on a file with many glyphs no font maps to Unicode, or ``None``.

    "Many" is :data:`MANY_LOST` of the file's glyphs, or :data:`MANY_LOST_PAGE`
    of one page's (of a page with at least :data:`MIN_PAGE_GLYPHS` glyphs).

    >>> lost_glyph_note("x.pdf", Counter(A=100, B=10), Counter(B=10), Counter({1: 50, 2: 60}), Counter({2: 10}))  # doctest: +ELLIPSIS
    'x.pdf: page 2: 10 of 110 glyphs have no Unicode mapping (font B: 10 of 10) — the text was kept ...'
    """
    lost = sum(lost_by_font.values())
    total = sum(glyphs_by_font.values())
    if not lost or not total:
        return None
    bad_pages = sorted(p for p, n in lost_by_page.items()
                       if glyphs_by_page[p] >= MIN_PAGE_GLYPHS and n >= MANY_LOST_PAGE * glyphs_by_page[p])
    if lost < MANY_LOST * total and not bad_pages:
        return None
    pages = bad_pages or sorted(lost_by_page)
    fonts = ", ".join(f"font {font}: {n} of {glyphs_by_font[font]}" for font, n in
                      sorted(lost_by_font.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{name}: {page_ranges(pages)}: {lost} of {total} glyphs have no Unicode mapping ({fonts}) — {OCR_REMEDY}"


def collection_note(name: str, fonts: Counter) -> str | None:
    """The note on the fonts whose glyphs were read through the CID→Unicode map of the character collection their
    encoding names (``fonts``: (font name, :class:`~pipeline.extract.glyphs.CollectionReading`) → glyphs so read),
    or ``None`` where there is none.

    >>> from pipeline.extract.glyphs import CollectionReading as R
    >>> print(collection_note("x.pdf", Counter({("F2", R("Adobe-Japan1", "UniJIS-UCS2-H", "Xdobe-Japan1")): 9})))
    ... # doctest: +ELLIPSIS
    x.pdf: font F2: 9 glyphs read through Adobe-Japan1's CID→Unicode map, the collection of its encoding UniJIS-UCS2-H ...
    """
    if not fonts:
        return None
    parts = [f"font {font}: {n} glyph{'s' if n > 1 else ''} read through {r.collection}'s CID→Unicode map, the"
             f" collection of its encoding {r.cmap} (its CIDSystemInfo reads \"{r.system_info}\"; PDF 32000-1,"
             " 9.7.5.2)" for (font, r), n in sorted(fonts.items(), key=lambda kv: kv[0][0])]
    return (f"{name}: {'; '.join(parts)} — the ledger lists them (rule read_cid_font_by_encoding); nothing to do if"
            " they read right")


#: Share of a page's glyphs each writing direction holds at least for the page to be "mixed" (its order uncertain).
MIXED_WRITING = 1 / 3


def mixed_writing_note(name: str, directions: dict[int, tuple[int, int]]) -> str | None:
    """The note on pages whose glyphs stand in vertical and horizontal writing alike, or ``None``.

    ``directions`` holds each page's glyphs in vertical writing and all its glyphs
    (:func:`~pipeline.extract.reading_order.vertical_glyphs`). A page is read in the direction most of its glyphs
    take (:func:`~pipeline.extract.reading_order.vertical_page`); where each direction holds :data:`MIXED_WRITING`
    of them or more (a page of :data:`MIN_PAGE_GLYPHS` glyphs or more), that choice is uncertain, and so is the
    order of the other direction's text on the page (trial 46's question: say where the reading order is a guess).

    >>> mixed_writing_note("x.pdf", {1: (3, 4210), 2: (120, 230), 3: (430, 430)})  # doctest: +ELLIPSIS
    'x.pdf: page 2: vertical and horizontal writing on one page (120 of 230 glyphs vertical), read as vertical ...'
    """
    mixed = {page: (vertical, glyphs) for page, (vertical, glyphs) in sorted(directions.items())
             if glyphs >= MIN_PAGE_GLYPHS and min(vertical, glyphs - vertical) >= MIXED_WRITING * glyphs}
    if not mixed:
        return None
    counts = "; ".join(f"{f'page {page}: ' if len(mixed) > 1 else ''}{vertical} of {glyphs} glyphs vertical"
                       for page, (vertical, glyphs) in mixed.items())
    how = ("read as vertical writing (columns right to left)" if all(2 * v >= g for v, g in mixed.values())
           else "read as horizontal writing (rows and columns left to right)" if all(2 * v < g for v, g in mixed.values())
           else "each page read in the direction most of its glyphs take")
    return (f"{name}: {page_ranges(list(mixed))}: vertical and horizontal writing on one page ({counts}), {how} — "
            f"the order of the text in the other direction is uncertain there; check "
            f"{'that page' if len(mixed) == 1 else 'those pages'} in the extract output")


def vertical_block_note(name: str, pages: Sequence[int]) -> str | None:
    """The note on pages where a block of vertical writing on a horizontal page held a glyph standing more than a
    glyph size away from each of its columns (:mod:`~pipeline.extract.tateblocks`): that glyph was read with the
    nearest column, a guess; ``None`` where there is none.

    >>> vertical_block_note("x.pdf", [2])  # doctest: +ELLIPSIS
    'x.pdf: page 2: a block of vertical writing (columns read right to left) holds glyphs far from its columns; ...'
    """
    if not pages:
        return None
    return (f"{name}: {page_ranges(list(pages))}: a block of vertical writing (columns read right to left) holds "
            f"glyphs far from its columns; their place in the reading order is uncertain — check "
            f"{'that page' if len(pages) == 1 else 'those pages'} in the extract output")


_lock = threading.Lock()
_readers = 0
_propagate = True


class _ThreadRecords(logging.Handler):
    def __init__(self, thread: int) -> None:
        super().__init__(logging.WARNING)
        self.thread = thread
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            try:
                self.messages.append(record.getMessage())
            except Exception:  # a malformed log call must not stop the reading
                self.messages.append(str(record.msg))


@contextmanager
def captured_pdfminer_warnings() -> Iterator[list[str]]:
    """Collect pdfminer's warnings (log records and ``warnings.warn``) instead of printing them.

    Yields the list the messages are appended to, in order. The ``pdfminer``
    logger stops propagating to the root logger meanwhile, so nothing
    reaches standard error raw.
    """
    global _readers, _propagate
    logger = logging.getLogger("pdfminer")
    handler = _ThreadRecords(threading.get_ident())
    messages: list[str] = []
    with _lock:  # threads reading PDFs side by side share the logger: the first turns propagation off, the last back on
        if _readers == 0:
            _propagate = logger.propagate
            logger.propagate = False
        _readers += 1
        logger.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield messages
    finally:
        with _lock:
            logger.removeHandler(handler)
            _readers -= 1
            if _readers == 0:
                logger.propagate = _propagate
        messages[:0] = handler.messages
        messages.extend(str(w.message) for w in caught)


def pdfminer_notes(name: str, messages: list[str]) -> list[str]:
    """One summary note for pdfminer's warnings, then one detail note per distinct warning.

    >>> pdfminer_notes("x.pdf", ["Could not get FontBBox"] * 3)
    ['x.pdf: pdfminer: 3 warnings while reading, e.g. "Could not get FontBBox" ×3 — the text was read; if it looks wrong, check the PDF (--verbose lists the warnings)', 'x.pdf: pdfminer warning: Could not get FontBBox ×3 — see pdfminer.six for its meaning']
    """
    if not messages:
        return []
    counts = Counter(messages)
    first, n = counts.most_common(1)[0]
    summary = (f"{name}: pdfminer: {len(messages)} warning{'s' if len(messages) != 1 else ''} while reading, "
               f"e.g. \"{first}\" ×{n} — the text was read; if it looks wrong, check the PDF (--verbose lists the warnings)")
    details = [f"{name}: {DETAIL}: {message} ×{count} — see pdfminer.six for its meaning" for message, count in counts.items()]
    return [summary, *details]


def printable_notes(notes: tuple[str, ...] | list[str], *, verbose: bool) -> list[str]:
    """The notes to print: detail notes only when ``verbose``."""
    return [n for n in notes if verbose or f": {DETAIL}: " not in n]
