"""Page numbers by their shape: the one place that says whether a whole line is a page number.

``12``, ``１２``, ``- 3 -``, ``－ 3 －``, ``p. 3``, ``Page 3``, ``Slide 3``, ``3/6``, ``3 of 6``, ``Page 2/5``, ``p. 3 of 8``,
``— Page 1 of 2``, ``- Page 3 of 10 -``, ``[Page 3]``, ``iv``, ``- ii -``. Whether such a line
is page furniture, a slide's number or a table's cell is for its caller to weigh (segment's
:mod:`pipeline.segment.furniture` for text dumps, extract's :mod:`pipeline.extract.furniture` for PDF lines, by
their position); clean asks only whether a line is one (a page number is never the second half of a word
hyphenated at a line's end).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from pipeline import chardata
from pipeline.numbering import fold

_ROMAN = re.compile(r"^(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
"""A roman folio up to 89 (``iv``, ``xxviii``, ``xlii``: a thesis's front matter runs past 30 pages)."""
_DASH = rf"[{chardata.DASHES}]"
_FOLIO_DASH = rf"[{chardata.DASHES}\u2500\u2501\u30fc\uff70\u2e3a\u2e3b\u0335\u0336]"
"""A dash a folio sets on both sides of its number: :data:`_DASH`, and the box-drawing horizontals (U+2500 ``─``,
U+2501 ``━``) a Japanese word processor's page-number style draws (``─ 1 ─``: fresh-user trial 80a's 回覧板, whose
folios had stayed paragraphs of its sections). Read on both sides of a number only: alone, a box-drawing line is a
frame's rule. Also the marks a folio's dash is typed or extracted as (session 83, helper verse83, fresh-user trial
83a's anthology, whose ``— 12 —`` had stayed a paragraph): the long-vowel mark ``ー`` (U+30FC, half-width U+FF70) typed
for a dash, the two- and three-em dashes (U+2E3A, U+2E3B), and the combining stroke overlays (U+0335, U+0336) a
Japanese CID font's CMap gives its dash glyph (``̶ 12 ̶``)."""
SLIDE_WORD = r"(?:[Ss]lide|SLIDE|スライド)"
"""The word a deck labels a slide's number with (``Slide 3``, ``SLIDE 3``, ``スライド 3``), as a pattern's text: the one
place every reader of a slide's label takes it from. Patterns compiled with ``re.IGNORECASE`` take any case of it."""
SLIDE_LABEL = re.compile(rf"^{SLIDE_WORD}\s*([0-9]{{1,4}})(?![0-9])")
"""A line opening on a slide's label and its number (``Slide 2 – …``, ``スライド3``): group 1 the number."""
_TOTAL = r"(?:\s*/\s*|\s+of\s+)(\d{1,4})"
"""A page count after the number (``3/6``, ``3 of 6``)."""
_PAGE_SHAPES = (
    re.compile(rf"^{_FOLIO_DASH}\s*(\d{{1,4}})\s*{_FOLIO_DASH}$"),  # - 3 -, － 3 －, − 3 −, ─ 3 ─
    # p. 3, Page 3, Slide 3, Page 2/5, p. 3 of 8, Slide 3 of 6; a dash before or after it or both (``— Page 1 of 2``,
    # ``- Page 3 of 10 -``: trial 43's footer alone on its line, where ``… — Page 1 of 2`` after text was read already)
    re.compile(rf"^(?:{_DASH}\s*)?(?:p|pp|page|ページ|頁|{SLIDE_WORD})\.?\s*(\d{{1,4}})(?:{_TOTAL})?(?:\s*{_DASH})?$",
               re.IGNORECASE),
    # Slide 3:, スライド 3：: a slide's label before a colon, its title on the next line (helper code59; ``Page 3:`` is
    # left alone, a form's or a list's label more often than a folio)
    re.compile(rf"^{SLIDE_WORD}\s*(\d{{1,4}})(?:{_TOTAL})?\s*[:：]$", re.IGNORECASE),
    # [Page 3]: the page word and its number in square brackets, as RFC 7322 sets an RFC's or an Internet-Draft's
    # foot (``Okonkwo & Lindqvist    Expires 14 December 2026    [Page 2]``); a bare ``[3]`` is a citation's, never read
    re.compile(r"^\[\s*(?:p|page)\.?\s*(\d{1,4})\s*\]$", re.IGNORECASE),
    # 3/6, 3 of 6, - 3/6 -: a bare count between dashes on both sides or none (``−1/2`` is a formula's exponent)
    re.compile(rf"^(?=\d.*\d$|{_DASH}.*{_DASH}$)(?:{_DASH}\s*)?(\d{{1,4}}){_TOTAL}(?:\s*{_DASH})?$", re.IGNORECASE),
)


_CHAPTER_PAGE = re.compile(
    rf"^(?:(?P<dash>{_DASH})\s*|(?P<word>p|page)\.?\s*)?(?P<chapter>\d{{1,2}})\s?[-\u2010\u2011\u2212]\s?(?P<page>\d{{1,3}})"
    rf"(?(dash)\s*{_DASH})$", re.IGNORECASE)
"""A chapter–page folio: the chapter's number, a hyphen and the page's number within the chapter (``3-1``, ``３－１``,
``- 3-1 -``, ``－ ３－１ －``, ``p.3-1``, ``Page 3-1``), as a prefecture's or a ministry's plan numbers its pages chapter by
chapter (fresh-user trial 75d). Between dashes or after a page word the shape is a folio's alone; bare (``3-1``) it
may be a score, a date or a heading's number alone on its line, so it counts only where its caller has page evidence
(:attr:`PageNumber.shaped` false). ``pp.`` (a range of pages) is no folio."""

_DASHED_ROMAN = re.compile(rf"^{_FOLIO_DASH}\s*([ivxlc]{{1,8}})\s*{_FOLIO_DASH}$", re.IGNORECASE)
"""A roman folio between dashes, either case (``- ii -``, ``- IV -``: a front matter's folio); its letters must read
as a roman numeral (:func:`roman_value`)."""


def has_digit_mark(text: str) -> bool:
    """The text holds a digit set as a mark, not a number (a digit to ``str.isdigit`` that is no decimal digit): a
    circled number (``①``, a list's item), a superscript or subscript (``¹``, a note's mark). NFKC folds each to a
    plain digit, so ``③`` at a slide line's end had been read as its slide number 3, and ``①②`` as a page number 12
    (review 48).

    >>> has_digit_mark("Shelters ① ② ③"), has_digit_mark("¹"), has_digit_mark("１２"), has_digit_mark("- 3 -")
    (True, True, False, False)
    """
    return any(c.isdigit() and not c.isdecimal() for c in text)


@dataclass(frozen=True)
class PageNumber:
    value: int
    total: int | None = None
    shaped: bool = False  # a shape only a page number takes (``- 3 -``, ``3/6``), not bare digits
    roman: bool = False
    chapter: int | None = None  # a chapter–page folio's chapter (``- 3-1 -``: 3, its ``value`` 1; :data:`_CHAPTER_PAGE`)


def roman_value(s: str) -> int | None:
    s = s.lower()
    if not s or not _ROMAN.match(s):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, c in enumerate(s):
        v = values[c]
        total += -v if k + 1 < len(s) and values[s[k + 1]] > v else v
    return total


@lru_cache(maxsize=chardata.LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def page_number(text: str) -> PageNumber | None:
    """The page number a whole line is, if it is one.

    >>> page_number("12"), page_number("- 3 -").shaped, page_number("3/6").total, page_number("p. 4").value
    (PageNumber(value=12, total=None, shaped=False, roman=False, chapter=None), True, 6, 4)
    >>> page_number("iv").value, page_number("2014年") is None, page_number("Page 3 of 9").total
    (4, True, 9)
    >>> page_number("xxxviii").value, page_number("xlii").value, page_number("lxxxviii").value, page_number("civil")
    (38, 42, 88, None)
    >>> page_number("－ 11 －").value, page_number("\u2212 12 \u2212").value  # full-width hyphen; minus sign
    (11, 12)
    >>> page_number("─ 2 ─").value, page_number("━ 3 ━").shaped, page_number("─ 2"), page_number("──")  # box drawing
    (2, True, None, None)
    >>> page_number("\u0336 12 \u0336").value, page_number("ー 8 ー").value, page_number("ー8"), page_number("\u0336 3")
    (12, 8, None, None)
    >>> page_number("❷") is None
    True
    >>> page_number("- ii -").value, page_number("－ iv －").roman, page_number("- ivy -")  # a front matter's folio
    (2, True, None)
    >>> page_number("Slide 2 of 4").total, page_number("スライド 3").value  # a deck's own numbering
    (4, 3)
    >>> [page_number(s).value for s in ("— Page 1 of 2", "- Page 3 of 10 -", "Page 2/5", "p. 3 of 8", "– 4/9 –")]
    [1, 3, 2, 3, 4]
    >>> page_number("— 3"), page_number("- 3/4 cup"), page_number("Page 5 of 2"), page_number("— Pages 1 of 2")
    (None, None, None, None)
    >>> page_number("−1/2"), page_number("1/2 -"), page_number("- 1/2 -").total  # an exponent; a dash on one side
    (None, None, 2)
    >>> page_number("③"), page_number("①②"), page_number("²")  # marks, no numbers (:func:`has_digit_mark`)
    (None, None, None)
    >>> [(n.chapter, n.value, n.shaped) for n in map(page_number, ("－ ３－１ －", "- 3-12 -", "p.3-1", "３－１"))]
    [(3, 1, True), (3, 12, True), (3, 1, True), (3, 1, False)]
    >>> page_number("pp. 41-42"), page_number("- 3-1"), page_number("2024-25"), page_number("3-1-2")  # no folios
    (None, None, None, None)
    """
    if has_digit_mark(text):
        return None
    s = fold(text.strip())
    if s.isascii() and s.isdigit() and len(s) <= 4:  # not ❷ or other digits int() does not read
        return PageNumber(int(s))
    for k, shape in enumerate(_PAGE_SHAPES):
        m = shape.match(s)
        if m:
            total = int(m.group(2)) if m.lastindex and m.lastindex >= 2 else None
            if total is not None and not 1 <= int(m.group(1)) <= total:
                return None
            return PageNumber(int(m.group(1)), total, shaped=True)
    m = _CHAPTER_PAGE.match(s)
    if m and int(m.group("page")):
        return PageNumber(int(m.group("page")), shaped=bool(m.group("dash") or m.group("word")),
                          chapter=int(m.group("chapter")))
    if len(s) <= 8 and (value := roman_value(s)) is not None and value:
        return PageNumber(value, roman=True)
    # a roman folio between dashes (``- ii -``): the dashes make the shape a page number's alone
    m = _DASHED_ROMAN.match(s)
    if m and (value := roman_value(m.group(1))):
        return PageNumber(value, shaped=True, roman=True)
    return None


DASHED_FOLIO = re.compile(r"^(?P<text>\S.*?\S)\s+[—–―|·•-]\s+(?P<folio>Page\s.{1,12}|p\.\s?.{1,8}|\d{1,4})$", re.IGNORECASE)
"""A head's or a foot's text, then a dash, a bar or a dot set off by spaces and its folio: a page word and its number
(``Page 1 of 2``, ``p. 3``) or a bare number (``Riverside Youth Robotics Club — Minutes, 4 March 2025 — Page 1 of 2``,
trial 41; ``Annual Report - 3``, helper head65b; ``Greenfield Library Board - Minutes - 1``, trial 67). The dash may be
a Japanese page's horizontal bar (U+2015, the bar of its folios ``― 21 ―``: ``東アジア都市交流会議 講演録 ― 12``, fresh-user
trial 68). Read by :func:`dashed_folio`."""


def dashed_folio(s: str) -> tuple[str, int, tuple[int, int]] | None:
    """``(text, folio, (start, end))`` of a line that is a text and its folio after a dash, a bar or a dot
    (:data:`DASHED_FOLIO`; ``start, end`` the folio's span in ``s``), else ``None``: the one reading of the dash shape
    for segment's running heads with their folio (``segment.furniture._folio_read``) and extract's lone small-print
    foot (``extract.furniture._small_dashed_foot``), each weighing the text further by its own evidence.

    A bare number needs a text of two words or more that ends on no digit: never a range or a score (``pp. 10 - 12``,
    ``3 - 2``) nor one word's label (``Q&A - 2``, ``Round - 1``); a page word's number must be a page number's shape
    (:func:`page_number`), no roman one. A list's item (``- 2``) has no text before its mark.

    >>> dashed_folio("Greenfield Library Board - Minutes - 1"), dashed_folio("Harbour Club — Page 1 of 2")[:2]
    (('Greenfield Library Board - Minutes', 1, (37, 38)), ('Harbour Club', 1))
    >>> dashed_folio("Final score 3 - 1"), dashed_folio("Q&A - 2"), dashed_folio("Guide | Page ii"), dashed_folio("- 2")
    (None, None, None, None)

    The text may end on a year, a volume's name with its year (``Alpine Towns Forum 2023 - 58``, fresh-user trial
    68c, a foot that had become a slide), where the number after the dash does not read as the range's end
    (``Strategic Plan 2019 - 2023``, ``Budget 2024 - 25``: a number of four digits, or of two up to ten above the
    year's last two).

    >>> dashed_folio("Alpine Towns Forum 2023 - 58")[1], dashed_folio("Plan 2019 - 2023"), dashed_folio("Budget 2024 - 25")
    (58, None, None)

    Japanese sets no spaces between its words: one run of at least :data:`JAPANESE_NAME_WIDTH` columns of Japanese
    stands for two words (``山陰まちづくりセミナー記録 ― 28``); a short label (``質疑応答 ― 2``) does not.

    >>> dashed_folio("山陰まちづくりセミナー記録 ― 28")[1], dashed_folio("質疑応答 ― 2")
    (28, None)
    """
    m = DASHED_FOLIO.match(s)
    if m is None:
        return None
    if m.group("folio").isdigit():
        text = m.group("text")
        if (len(text.split()) < 2 and not _japanese_name(text)) \
                or (text[-1:].isdigit() and not _year_then_folio(text, m.group("folio"))):
            return None
        return text, int(m.group("folio")), m.span("folio")
    folio = page_number(m.group("folio"))
    if folio is not None and folio.shaped and not folio.roman:
        return m.group("text"), folio.value, m.span("folio")
    return None


_YEAR_AT_END = re.compile(r"(?<![0-9])(?:19|20)([0-9]{2})$")
"""A year closing a head's text (``… Forum 2023``): its last two digits."""
YEAR_RANGE_REACH = 10
"""Years a range written with its end's last two digits spans at most (``2024 - 25``, ``1990 - 95``)."""


def _year_then_folio(text: str, folio: str) -> bool:
    """``text`` ends on a year (1900–2099) and ``folio`` (digits) reads as a page's number after it, not as a range's
    end (:func:`dashed_folio`): at most three digits, and not two digits up to :data:`YEAR_RANGE_REACH` above the
    year's last two.

    >>> _year_then_folio("Forum 2023", "58"), _year_then_folio("Forum 2023", "2024"), _year_then_folio("FY 2024", "25")
    (True, False, False)
    >>> _year_then_folio("Round 3", "4"), _year_then_folio("Forum 2023", "7")
    (False, True)
    """
    m = _YEAR_AT_END.search(text)
    if m is None or len(folio) > 3:
        return False
    return not (len(folio) == 2 and 0 < int(folio) - int(m.group(1)) <= YEAR_RANGE_REACH)


JAPANESE_NAME_WIDTH = 16
"""Columns a Japanese head's text, one run without spaces, fills at least to be read as a volume's or a body's name
before a dashed folio (eight letters: ``山陰まちづくりセミナー記録``), as a head's text before a folio set off by a word
space fills (segment's ``MIN_NARROW_FOLIO_TEXT``)."""


def _japanese_name(text: str) -> bool:
    """``text`` is one run of Japanese, :data:`JAPANESE_NAME_WIDTH` columns or more, holding no sentence's stop."""
    return chardata.is_japanese(text) and chardata.display_width(text) >= JAPANESE_NAME_WIDTH \
        and not any(c in text for c in "。．！？")
