"""A running head seen once: the line beside the folio at a dump's one page break.

A two-page document prints its running head once, atop page 2 (or at page 1's foot), beside the folio of the break
(``－１－`` / ``桜川市 お知らせ　令和７年１１月``; ``2`` / ``Riverside Promenades — Whitfield, Kumaran and Lindqvist``).
Recurrence (:data:`~pipeline.furniture_model.RECURRENCE_PAGES`, or two copies at every break: helper fix71f) never
counts one copy, so the head stayed a paragraph glued into the section the break fell in (fresh-user trial 72: seven
of eight two-page documents; in one it also kept ``Performance Highlights`` from heading its section).

One copy is weighed instead of counted, as a reader does (and as extract weighs a PDF's page-2 head by its place and
size, :mod:`pipeline.extract.furniture`), all of it needed:

* **place**: the dump shows one page break (one line that is only a page number, :func:`pipeline.pagenumbers.page_number`,
  with text on both sides; :data:`MAX_FOLIOS` such lines at most in all), and the line stands right before or after
  that folio. A bare folio (``2``) no other rule reads as a page's number counts where it numbers a page the break
  bounds (``1`` closing page 1, ``2`` opening page 2);
* **shape**: short furniture text (:data:`MAX_HEAD_CHARS`; no numbered heading), no
  sentence (it ends on no full stop, comma or colon, opens on no lower-case letter), no list item, no chapter label,
  no table row, and no title block opening (a volume's next talk after its folio);
* **what it says**, one strong mark (:func:`head_evidence`): it repeats a line of page 1's top (the title, the masthead,
  the issuer) or most of those lines' words; it carries a volume's or an issue's number (``第32巻``, ``第87号``,
  ``Vol. 4``, ``No. 12``); a date of a month (``令和7年11月``, ``4 November 2025``); or it names the document's kind
  alone (``報道発表資料``, ``Press Release``). A year alone is weak: it counts with a word of page 1's top.

What it never takes: a section heading opening page 2 (``第３章　結果と考察``, ``2. Methods``: numbered; ``Performance
Highlights``: nothing of page 1's top, no mark), a sentence's continuation (lower case, or after a line leaving its
sentence open: :func:`_sentence_left_open`), a line beside no folio, any line of a longer document (its head recurs:
the rules of :mod:`pipeline.segment.furniture` read it). The folio found with it (a bare ``2`` no other rule reads as a page's number) goes
to the ledger with it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

from pipeline.chardata import EN, display_width, script_of
from pipeline.english_words import ends_on_connective_word
from pipeline.listmarks import ITEM_MARK
from pipeline.numbering import explicit_number, fold, is_chapter_label
from pipeline.model import Text
from pipeline.pagenumbers import page_number
from pipeline.segment.events import is_document_kind
from pipeline.segment.furniture import (MAX_FURNITURE_CHARS, MIN_TITLE_PART_WORDS, OPENING_LINES, PROSE_WIDTH, RESTATED_SHARE, SENTENCE_END, _YEAR,
                                        _head_words, _signature, names_journal_issue)
from pipeline.segment.labels import DATED_ROW, STATED_DATE, keyword_field, keyword_rest
from pipeline.segment.kanalabels import motion_line
from pipeline.segment.layout import Layout
from pipeline.segment.organisations import MARK, is_organisation, is_postal_affiliation
from pipeline.segment.slidetext import is_bullet, is_title_case
from pipeline.eras import ERA

_ISSUE = re.compile(r"第\s?[0-9]{1,4}\s?[巻号集輯](?!(?!第)[\u3400-\u9fff])|\b(?:Vol|No|Issue|Volume)\.?\s?[0-9]{1,4}\b", re.IGNORECASE)
"""A volume's or an issue's number, as a journal's or a newsletter's head prints it (``第32巻``, ``第87号``, ``Vol. 4``,
``No. 12``, ``Issue 3``); read on the folded line (full-width digits as digits). A word running on after it is no
issue's (``第３号議案``, a notice's motion, helper fur2); the next number is (``第12巻第3号``)."""
_MONTH_DATE = re.compile(rf"(?:{ERA}\s?(?:[0-9]{{1,2}}|元)|(?:19|20)[0-9]{{2}})\s?年\s?[0-9]{{1,2}}\s?月|{STATED_DATE}",
                         re.IGNORECASE)
"""A date naming its month (``令和7年11月``, ``2025年10月``, ``4 November 2025``, ``November 2025``): an issue's or a
meeting's date, as a head prints it; a year alone is weaker evidence (:data:`~pipeline.segment.furniture._YEAR`)."""
_NUMBER = re.compile(r"[0-9]+")
_CODE = re.compile(r"[A-Za-z]+[-‐][0-9][0-9-‐]*")
"""An item's code (``SV-2024-02``, ``TR-2025-03``): letters, a hyphen and digits, whose digits are no year of a head."""
MIN_SHARED_WORDS = 3
"""Words of page 1's top a head repeats, at least, when it repeats no whole line of it (``Riverside Promenades —
Whitfield, Kumaran and Lindqvist``: the title's two words and an author's name; a section heading repeating a title's
two words stays a heading)."""
MAX_HEAD_CHARS = 2 * MAX_FURNITURE_CHARS
"""Characters a head seen once holds at most: a meeting's head names its council, committee and date (``Millbrook
Parish Council — Planning Committee, 4 November 2025``, 62), longer than a recurring head's
:data:`~pipeline.segment.furniture.MAX_FURNITURE_CHARS`; what it says is the evidence (:func:`head_evidence`)."""
MAX_FOLIOS = 2
"""Page numbers a document seen as two pages prints at most (``- 1 -`` at the break, ``- 2 -`` closing the text)."""
CLAUSE_OPEN = "、，,;；-‐"
"""Marks a line ends on when its sentence goes on (a clause left open): the line after the folio carries it on."""


def head_evidence(text: str, top: list[str]) -> bool:
    """``text`` says it is a running head, by itself or by page 1's top lines ``top`` (the document's first
    :data:`~pipeline.segment.furniture.OPENING_LINES` lines, page numbers aside): see the module docstring.

    >>> top = ["Northgate Housing Trust", "Annual Report 2024–25", "Chair's Statement"]
    >>> head_evidence("Northgate Housing Trust — Annual Report 2024–25", top), head_evidence("Performance Highlights", top)
    (True, False)
    >>> head_evidence("地域計画研究　第３２巻", []), head_evidence("桜川市 お知らせ　令和７年１１月", []), head_evidence("報道発表資料", [])
    (True, True, True)
    >>> head_evidence("Outlook for 2025", ["Harbour Trust", "Annual Review"]), head_evidence("Harbour Outlook 2025", ["Harbour Trust"])
    (False, True)
    >>> top = ["Measuring Comfort on Riverside Promenades", "Hannah Whitfield¹, Rajesh Kumaran²"]
    >>> head_evidence("Riverside Promenades — Whitfield and Kumaran", top), head_evidence("Comfort on Riverside Promenades", top)
    (True, False)
    >>> head_evidence("Site Visit SV-2024-02", ["Inspection Notes", "Anna Lind", "Site Visit SV-2024-01"])
    False
    """
    s = fold(text.strip())
    if _ISSUE.search(s) or _MONTH_DATE.search(s) or is_document_kind(text.strip()):
        return True
    if names_issue_or_top(text, top) or any(title_less_edition(text, t) for t in top):
        return True
    mine = _words(s)
    per_line = [mine & _words(t) for t in top]
    shared = set().union(*per_line) if per_line else set()
    # most of its words from page 1's top, drawn from two of its lines (the title's and the authors' or issuer's: a
    # short title and its authors); a piece of the title alone is the way a section's heading repeats it
    two_lines = any(a - b and b - a for k, a in enumerate(per_line) for b in per_line[k + 1:])
    if len(shared) >= MIN_SHARED_WORDS and len(shared) >= RESTATED_SHARE * len(mine) and two_lines:
        return True
    return bool(shared) and _YEAR.search(_CODE.sub(" ", s)) is not None  # (a year inside an item's code is none)


def title_less_edition(head: str, title: str) -> bool:
    """``head`` is ``title`` less its year, edition or series number (``令和7年度``, ``第3回``, ``2025``: one or more of
    the title's parts set apart by spaces, :data:`~pipeline.segment.events._LEADING_EDITION` whole), its other parts
    all kept, in order: the way a series' running head prints the series and the document's kind and drops what
    changes each time (``ぬまづ市民教養講座　講座のまとめ`` atop page 2 of ``令和７年度　ぬまづ市民教養講座　第３回
    講座のまとめ``: fresh-user trial 78d, where the head after ``－３－`` had stayed a paragraph). Two parts kept at
    least: a part alone may be a section's heading repeating the title's words.

    >>> t = "令和７年度　ぬまづ市民教養講座　第３回　講座のまとめ"
    >>> title_less_edition("ぬまづ市民教養講座　講座のまとめ", t), title_less_edition("講座のまとめ", t)
    (True, False)
    >>> title_less_edition("ぬまづ市民教養講座　質疑応答", t), title_less_edition(t, t)
    (False, False)
    """
    from pipeline.segment.events import _LEADING_EDITION

    mine, parts = fold(head).split(), fold(title).split()
    if len(mine) < 2 or len(parts) <= len(mine):
        return False
    k = 0
    for part in parts:
        if k < len(mine) and part == mine[k]:
            k += 1
        elif _LEADING_EDITION.fullmatch(part) is None:
            return False
    return k == len(mine)


def _title_piece_at_foot(text: str, top: list[str]) -> bool:
    """``text``, the line right over a page's folio, is a piece of one of page 1's top lines ``top``, every word of it
    there (:data:`MIN_SHARED_WORDS` at least): a running foot that shortens the title (``KT-2100 取扱説明書`` under page 1
    of ``電気ケトル　KT-2100　取扱説明書（抜粋）``, fresh-user trial 74e's manual, where it had been glued into the next
    page's first heading). At a page's top a piece of the title may be a section's heading (:func:`head_evidence`);
    over the folio, at the foot, no heading stands.

    >>> _title_piece_at_foot("KT-2100 取扱説明書", ["電気ケトル　KT-2100　取扱説明書（抜粋）"]), _title_piece_at_foot("おわりに", ["港のはなし"])
    (True, False)
    """
    mine = _words(fold(text.strip()))
    return len(mine) >= MIN_SHARED_WORDS and any(mine <= _words(fold(t)) for t in top)


def names_issue_or_top(text: str, top: list[str]) -> bool:
    """``text`` names the journal's issue it is the running head of (:func:`~pipeline.segment.furniture.names_journal_issue`:
    ``Journal of Maritime Studies 41(2), 2025``) or repeats a line of page 1's top ``top`` whole (the title, the
    masthead, the issuer, maybe with its kind or issue): the evidence strong enough that a bare folio of any number
    beside it is its page's (a journal numbers its pages through the volume, a book of abstracts through the book;
    helper rev74, fresh-user trial 74c: ``Journal of Maritime Studies 41(2), 2025`` over ``188`` mid-review had stayed
    in front and ``188`` had titled a section).

    >>> names_issue_or_top("Journal of Maritime Studies 41(2), 2025", []), names_issue_or_top("Coastal Resilience 2025 - Book of Abstracts", ["Book of Abstracts"])
    (True, True)
    >>> names_issue_or_top("Site Visit SV-2024-02", ["Site Visit SV-2024-01"]), names_issue_or_top("Performance Highlights", ["Annual Report"])
    (False, False)
    """
    if names_journal_issue(text):
        return True
    s = fold(text.strip())
    sig, numbers = _signature(s), set(_NUMBER.findall(s))
    # (a top line's numbers must all stand in it: ``Site Visit SV-2024-02`` atop page 2 is the next item of a series
    # whose first, ``Site Visit SV-2024-01``, page 1 prints, no head: tests/test_segment_trial40.py)
    return any(len(_words(t)) >= MIN_TITLE_PART_WORDS and _signature(t) and _signature(t) in sig
               and set(_NUMBER.findall(fold(t))) <= numbers for t in top)


def _page_top(lines: list[Text], first: int, folio: int, candidates: dict[int, int]) -> list[tuple[int, str]]:
    """``(index, text)`` of page 1's top lines: the first :data:`~pipeline.segment.furniture.OPENING_LINES` lines
    from ``first`` (page numbers aside), up to the folio and no further than where the text begins: a numbered
    heading, or a line holding a sentence (``。``, ``、``, a full stop then a space or at its end). A title, a
    masthead, an issuer's or an authors' line holds none; the text's own words say nothing of a head (fix68b's
    ``水辺の利用`` on both sides of a folio shares words with the first paragraph).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> _page_top(mk("港町の水辺空間の利用", "佐藤 一郎（港町大学）", "1. はじめに", "港町では、水辺の遊歩道が…"), 0, 4, {})
    [(0, '港町の水辺空間の利用'), (1, '佐藤 一郎（港町大学）')]
    """
    out = []
    for k in range(first, min(folio, first + OPENING_LINES)):
        if k in candidates:
            continue
        t = lines[k].text.strip()
        if explicit_number(t) is not None or is_bullet(t) or re.search(r"[。、，]|\.(?:\s|$)", t):
            break
        out.append((k, t))
    return out


def _words(text: str) -> set[str]:
    """:func:`~pipeline.segment.furniture._head_words` of a line less its note marks (``Kumaran²``, ``Whitfield¹``: an
    author line's affiliation marks, which the running head leaves out)."""
    return _head_words("".join(" " if unicodedata.category(c) == "No" else c for c in text))


def _head_shaped(text: str, before: str, after: str = "") -> bool:
    """A line that may be a running head by its shape (see the module docstring); ``before``: the line before it
    (the folio aside), ``after``: the line after it (the folio aside; ``""`` where not looked at)."""
    s = text.strip()
    if not 0 < len(" ".join(s.split())) <= MAX_HEAD_CHARS or page_number(s) is not None or "\t" in s or s[-1:] in SENTENCE_END + ".,;:：、，" or s[:1].islower():
        return False
    if is_bullet(s) or s[:1] in "■□●○◆◇※・•*" or is_chapter_label(s) or explicit_number(s) is not None:
        return False
    # (a keyword field closing an abstract leaves no sentence open unless the line carries its terms on: helper
    # rev74, trial 74c's book of abstracts, ``Keywords: flood warning, volunteers, community resilience`` over its
    # foot's head and folio)
    return not _sentence_left_open(before) or _interrupts_sentence(s, before, after) \
        or (keyword_field(before.strip()) and not keyword_rest(before.strip(), s)) or _title_wraps_on(before, after)


def _title_wraps_on(before: str, after: str) -> bool:
    """``before`` (the line over the folio) is an English title's line left open on a connective, in title case
    (``Oyster Reef Restoration Trials in a``), and ``after`` (the line under the head's candidate) carries the title
    on in title case (``Sheltered Sea Loch``): a title wrapped over the page break, no sentence the candidate carries
    on. Issue 16 point 2, helper abs74 (docs/limits.md *Session 73, brk73*): the head had stayed text between the
    title's two lines, the abstract merged into the one before.

    >>> _title_wraps_on("Oyster Reef Restoration Trials in a", "Sheltered Sea Loch")
    True
    >>> _title_wraps_on("The committee noted the figures and agreed that the", "Northgate Housing Trust should act.")
    False
    """
    a, b = before.strip(), after.strip()
    return bool(a) and bool(b) and script_of(a) == EN and script_of(b) == EN and ends_on_connective_word(a) \
        and is_title_case(a) and b[:1].isupper() and is_title_case(b) and b[-1:] not in SENTENCE_END + "."


_HEAD_PARTS = re.compile(r"\S\s+[—–|·]\s+\S")
"""Two parts of a head set apart by a dash, a bar or a middle dot between spaces (``Millbrook Parish Council —
Planning Committee, 4 November 2025``, ``Harbour Notes | Issue 14``): how a head joins its issuer to its issue."""


def _interrupts_sentence(text: str, before: str, after: str) -> bool:
    """``text``, a head's candidate between ``before`` (an English sentence left open: :func:`_sentence_left_open`)
    and ``after``, interrupts that sentence rather than carrying it on: the sentence goes on in ``after`` (it opens on
    a lower-case letter: ``…the board`` / ``2`` / head / ``approved the plan.``) and ``text`` is two parts joined as a
    head joins them (:data:`_HEAD_PARTS`). A phrase that carries the sentence on is one run of words
    (``…agreed that the`` / ``2`` / ``Northgate Housing Trust`` / ``should take on the site.``: the trust's name alone
    stays text, whatever page 1's top says). Issue 16 point 4, helper brk73: the rule had refused every head after a
    sentence left open, and the head stayed glued into the sentence's paragraph; the Japanese case is
    :func:`~pipeline.segment.furniture._interrupting_at_numbers`'.

    >>> _interrupts_sentence("Millbrook Parish Council — Planning Committee", "after a short discussion the board", "approved the plan.")
    True
    >>> _interrupts_sentence("Northgate Housing Trust", "the members agreed that the", "should take on the site.")
    False
    >>> _interrupts_sentence("Millbrook Parish Council — Planning Committee", "after a short discussion the board", "Any other business")
    False
    """
    a, b = after.strip(), before.strip()
    return bool(a) and a[:1].islower() and script_of(b) == EN and script_of(text) == EN \
        and _HEAD_PARTS.search(text) is not None


def _sentence_left_open(before: str) -> bool:
    """The line before the break leaves its sentence open, so the line after the folio may carry it on: it ends on a
    clause left open (:data:`CLAUSE_OPEN`, an English connective: ``…approved the``), or it is running text
    (:data:`~pipeline.segment.furniture.PROSE_WIDTH` columns or more) ending on no sentence's mark or closing
    bracket, and no list item (``（４）郷土料理を使った昼食`` ends an item, no sentence).

    >>> _sentence_left_open("The committee noted the figures and agreed that the"), _sentence_left_open("…収集します。")
    (True, False)
    >>> _sentence_left_open("　（４）郷土料理「ゆべし」を使った昼食を楽しむ内容となっております予定"), _sentence_left_open("tree officer.")
    (False, False)
    >>> _sentence_left_open("Oyster Reef Restoration Trials in a Sheltered Sea Loch"), _sentence_left_open("Oyster reefs were laid in the loch and their")
    (False, True)
    >>> _sentence_left_open("請願第2号\\t学校給食費の無償化を求める請願\\t不採択")  # a table's row
    False
    """
    s = before.rstrip()
    if not s or s[-1] in SENTENCE_END + ".:：)）」』”\"'":
        return False
    if _marked_affiliation(s.strip()):
        return False  # an abstract's affiliation under its authors (``² Norwegian Institute for …, Bergen, Norway``)
    if DATED_ROW.match(s):
        return False  # a schedule's row led by its day (``１０月１３日（月）　成田空港着、…解団式``: trial 74e's itinerary)
    if s[-1] in CLAUSE_OPEN or ends_on_connective_word(s):
        return True
    if "\t" in s.strip():
        # a table's row (cells parted by TABs: extract's, or clean's ``part_table_cells``) over the folio ends its
        # last cell, no sentence (helper ver80: fresh-user trial 80a's council bulletin, ``請願第2号⇥…⇥不採択`` over
        # ``２``, had kept the next page's head as a paragraph)
        return False
    if is_title_case(s.strip()):
        # a title however wide (``Oyster Reef Restoration Trials in a Sheltered Sea Loch`` over the folio, its authors
        # after the next page's head): no sentence (helper brk73, a page break inside an abstract's title block)
        return False
    return display_width(s.strip()) >= PROSE_WIDTH and ITEM_MARK.match(fold(s.strip())) is None \
        and not is_bullet(s.strip()) and explicit_number(s.strip()) is None


_LEADING_MARKS = re.compile(rf"(?:{MARK})+\s?")


def _marked_affiliation(text: str) -> bool:
    """``text`` is an affiliation opening on its authors' mark (``¹ School of Earth Sciences, University of Lancaster,
    UK``, ``²Kobe University``): its first part (up to a comma) an organisation, or the whole an address with its
    country. It ends on no full stop, yet leaves no sentence open, however wide (helper abs72: a long affiliation over
    a page break had kept the running head atop the next page, read as the sentence's continuation).

    >>> _marked_affiliation("² Norwegian Institute for Water Research, Bergen, Norway"), _marked_affiliation("¹ the committee noted that the")
    (True, False)
    """
    m = _LEADING_MARKS.match(text)
    if m is None:
        return False
    rest = text[m.end():].strip()
    return bool(rest) and (is_organisation(re.split(r"[,，;；]", rest, maxsplit=1)[0].strip()) or is_postal_affiliation(rest))


def heads_beside_one_folio(lines: list[Text], candidates: dict[int, int], numbers: dict[int, int] | set[int],
                           running: dict[int, str],
                           title_of: Callable[[int], int | None] = lambda i: None) -> tuple[dict[int, str], dict[int, int]]:
    """``(heads, folios)``: line index → ``running-header`` / ``running-footer`` for a running head seen once beside a
    page break's folio, and line index → page number for the bare folios found with them (see the module
    docstring). ``candidates``: the lines that are only a page number (index → value); ``numbers``: those found as
    their pages' numbers; ``running``: the lines already furniture (a folio beside one is left to the rules that found
    it); ``title_of(i)``: the title line of a title block opening at ``lines[i]``, else ``None``.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Northgate Housing Trust", "Annual Report 2024–25", "Chair's Statement", "We built homes.", "2",
    ...         "Northgate Housing Trust — Annual Report 2024–25", "Performance Highlights", "• Repairs on time")
    >>> heads_beside_one_folio(ls, {4: 2}, {}, {})
    ({5: 'running-header'}, {4: 2})
    >>> ls[5] = Text.from_raw("Performance Highlights", 6)
    >>> heads_beside_one_folio(ls, {4: 2}, {}, {})
    ({}, {})
    """
    heads: dict[int, str] = {}
    folios: dict[int, int] = {}
    first = next((k for k in range(len(lines)) if k not in candidates), None)
    breaks = [i for i in candidates if 0 < i < len(lines) - 1]  # numbers with text on both sides
    if first is None or len(breaks) != 1 or len(candidates) > MAX_FOLIOS:
        return heads, folios  # a longer document's head recurs (the rules of pipeline.segment.furniture read it)
    for i in breaks:
        n = page_number(lines[i].text)
        if n is None or n.roman or any(k in running for k in (i - 1, i, i + 1)):
            continue
        # a bare number numbers a page the one break bounds: page 1 it closes, or page 2 it opens; any page where
        # the head beside it names its journal's issue or repeats page 1's top whole (a journal's page 188)
        any_page = i in numbers or n.shaped or n.value in (1, 2)
        top = _page_top(lines, first, i, candidates)
        for cand, before, which in ((i + 1, i - 1, "running-header"), (i - 1, i - 2, "running-footer")):
            if not (0 < cand < len(lines) - 1) or before < 0 or cand in candidates or cand in running:
                continue
            if not any_page and not names_issue_or_top(lines[cand].text, [t for k, t in top if k != cand]):
                continue
            # the line after the head, the folio aside: where the sentence before the folio goes on
            after = lines[cand + 1].text if cand > i else lines[i + 1].text
            if not _head_shaped(lines[cand].text, lines[before].text, after) or title_of(cand) is not None:
                continue
            if which == "running-header" and motion_line(lines[cand].text):
                # a meeting's motion opening page 2 (``第1号議案　令和6年度 事業報告``) repeats its line in the agenda
                # on page 1 (``４　議事`` / ``　第１号議案　…``): it heads the motion's paper, no running head names one
                # item of the document (session 81, helper minutes81: the first motion's heading had gone to the ledger)
                continue
            if head_evidence(lines[cand].text, [t for k, t in top if k != cand]) \
                    or (which == "running-footer" and _title_piece_at_foot(lines[cand].text, [t for k, t in top if k != cand])):
                heads[cand] = which
                if i not in numbers:
                    folios[i] = n.value
    return heads, folios


MAX_BREAK_LINES = 2
"""Lines a page break inside a table holds between the table's two rows at most: the folio and one running head
(:func:`breaks_inside_tables`)."""


def _row_cells(text: str) -> int:
    """The cells of a table's row (parted by TABs: extract's, or clean's ``part_table_cells``), 0 for no row."""
    return text.strip().count("\t") + 1 if "\t" in text.strip() else 0


def breaks_inside_tables(lines: list[Text], candidates: dict[int, int], numbers: dict[int, int] | set[int],
                         running: dict[int, str]) -> tuple[dict[int, str], dict[int, int]]:
    """``(heads, folios)``: line index → ``running-header`` / ``running-footer`` for the running head at a page break
    that falls inside a table, and line index → page number for that break's folio. ``candidates``: the lines that
    are only a page number (index → value); ``numbers``: those already read as their pages' numbers; ``running``: the
    lines already furniture.

    A break inside a table: between two rows of one table (each parted by TABs, as many cells in both), at most
    :data:`MAX_BREAK_LINES` lines, one of them a folio alone on its line (:func:`~pipeline.pagenumbers.page_number`,
    no Roman one); the other, if any, is no row, short (:data:`MAX_HEAD_CHARS`), ends on no sentence's mark, and
    restates a line printed before the table whole (the chapter's or the document's title that the running head
    repeats: ``第５章　資料編`` under its folio ``２１５``, the chapter heading on the page before). A heading is printed
    once; a table's rows going on under its second copy are the same table's. The folio and the head go to the
    ledger as page furniture, and the table's rows stand together.

    Why (issue 16 point 4, helper tab83; fresh-user trial 81a's company chronology, docs/limits.md *Session 82,
    jatab82*): the folio had stayed a paragraph and the head a second ``第5章`` section, the table cut in two under
    two sections. The rules of :mod:`pipeline.segment.furniture` count recurrence (a head once in a dump is none of
    theirs), :func:`heads_beside_one_folio` refuses a chapter's label (a chapter opening page 2 is a heading). It does
    NOT take a heading that restates nothing (``２．主な受賞`` after the folio, a new table under it), nor a head
    between rows of different cell counts (two tables).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("第3章　資料", "西暦\\t月\\t事項", "1975\\t4月\\t創業", "1979\\t9月\\t改組", "８９", "第3章　資料", "2003\\t5月\\t設立")
    >>> breaks_inside_tables(ls, {4: 89}, {}, {})
    ({5: 'running-header'}, {4: 89})
    >>> ls[5] = Text.from_raw("２．主な受賞", 6)
    >>> breaks_inside_tables(ls, {4: 89}, {}, {})
    ({}, {})
    """
    heads: dict[int, str] = {}
    folios: dict[int, int] = {}
    for i in sorted(candidates):
        n = page_number(lines[i].text)
        if n is None or n.roman or i in running:
            continue
        # the table's rows nearest over and under the folio, the lines between them the break's
        above = next((k for k in range(i - 1, max(-1, i - MAX_BREAK_LINES - 1), -1) if _row_cells(lines[k].text)), None)
        below = next((k for k in range(i + 1, min(len(lines), i + MAX_BREAK_LINES + 1)) if _row_cells(lines[k].text)),
                     None)
        if above is None or below is None or _row_cells(lines[above].text) != _row_cells(lines[below].text):
            continue
        others = [k for k in range(above + 1, below) if k != i]
        if len(others) + 1 > MAX_BREAK_LINES:
            continue
        if others:
            (h,) = others
            text = " ".join(lines[h].text.split())
            if h in candidates or h in running or not 0 < len(text) <= MAX_HEAD_CHARS \
                    or text[-1:] in SENTENCE_END + ".,;:：、，" \
                    or not any(" ".join(lines[k].text.split()) == text for k in range(above)):
                continue
            heads[h] = "running-header" if h > i else "running-footer"
        if i not in numbers:
            folios[i] = n.value
    return heads, folios


def closing_folio(lines: list[Text], candidates: dict[int, int], numbers: dict[int, int]) -> dict[int, int]:
    """Line index → page number for the text's last line where it is only a page number (``2``) one more than the
    number of the folio before it that a rule already read as its page's (``numbers``: a page break's ``1`` beside its
    running head, :func:`heads_beside_one_folio`): the last page's folio at its foot, closing the text. ``candidates``:
    the lines that are only a page number (index → value). Else ``{}``.

    Why (issue 16 point 1, helper abs72; fresh-user trial 72d): a two-page book of abstracts, ``1`` and the running
    head at its one break read as furniture, kept the final ``2`` as a paragraph of its last abstract. A bare number
    closing a text whose pages no folio numbers stays text (a list's last item, a count), and so does one that does not
    follow the page before's number.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Book of Abstracts", "We sampled creeks.", "1", "Book of Abstracts — Session B", "We counted fish.", "2")
    >>> closing_folio(ls, {2: 1, 5: 2}, {2: 1}), closing_folio(ls, {2: 1, 5: 2}, {})
    ({5: 2}, {})
    >>> closing_folio(ls[:5] + mk("3"), {2: 1, 5: 3}, {2: 1})  # no page 2's number
    {}
    """
    last = len(lines) - 1
    if last < 1 or last not in candidates or last in numbers:
        return {}
    n = page_number(lines[last].text)
    before = max((i for i in numbers if i < last), default=None)
    if n is None or n.roman or before is None or numbers[before] + 1 != n.value:
        return {}
    return {last: n.value}


_EDITION_MARK = re.compile(r"第\s*[0-9０-９]+\s*[巻号]|\b(?:Vol|VOL|No|NO)\.\s*[0-9]+")
"""A periodical's volume or issue (``第49巻``, ``第12号``, ``Vol. 12``, ``No. 3``)."""
_HEAD_THEN_FOLIO = re.compile(r"^(?P<head>.*?[^\s\u3000])[ \u3000]{3,}(?P<folio>[^\s\u3000](?:.{0,7}[^\s\u3000])?)[ \u3000]*$")
"""A line of a head and its page's folio set apart by three spaces or more (a layout-preserving dump's page foot or
head: ``環境システム研究室ニュース　No.12　　　　…　　2``, ``Northmoor Engineering — TR-2025-03          4``)."""


def heads_with_their_folio(lines: list[Text], candidates: dict[int, int], running: dict[int, str],
                           title_of: Callable[[int], int | None] = lambda i: None) -> dict[int, str]:
    """Line index → ``running-header`` for a running head printed once on the line of its page's folio (fresh-user
    trial 72c: three such lines had stayed in the text, one glued into a paragraph running over the break). The line
    is a head and a folio set apart by white space (:data:`_HEAD_THEN_FOLIO`; the folio any page number
    :func:`~pipeline.pagenumbers.page_number` reads, no Roman one), no line beside it is one (a contents' entries
    are a run of them: ``第1章　はじめに　　　　2``), and the head is shaped as one and says it is one by the evidence of
    :func:`head_evidence` against page 1's top (or restates one of its lines: beside a folio no heading does); one
    such line in the document (a longer document's recurring head is the rules' of :mod:`pipeline.segment.furniture`,
    which ask its folios to follow on: ``HARBOUR NOTES   1`` … ``HARBOUR NOTES   3`` stays text). The folio's part goes to the
    ledger with the head (``stage``'s folios in running lines).

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("研究室ニュースレター　第12号", "■研究紹介", "授業を行いました。", "研究室ニュース　No.12　　　　　2", "授業の様子は…")
    >>> heads_with_their_folio(ls, {}, {})
    {3: 'running-header'}
    >>> heads_with_their_folio(mk("市民公開講座「くらしと法律」第3回　配布資料", "（１）相続とは", "相続が始まります。",
    ...                              "くらしと法律　第3回　配布資料　　　　　－2－", "遺言書には…"), {}, {})
    {3: 'running-header'}
    >>> heads_with_their_folio(mk("報告書", "目次", "第1章　はじめに　　　　2", "第2章　方法　　　　　　5", "本文。"), {}, {})
    {}
    >>> heads_with_their_folio(mk("会告", "選挙の結果をお知らせします。", "選挙管理委員長　中村 一", "学会誌 第49巻 第12号 (2026)　　　　1043"), {}, {})
    {3: 'running-footer'}
    >>> heads_with_their_folio(mk("Annual Report", "Revenue grew.", "Total revenue       2", "Costs fell."), {}, {})
    {}
    """
    first = next((k for k in range(len(lines)) if k not in candidates), None)
    shaped = []
    for i, line in enumerate(lines):
        m = _HEAD_THEN_FOLIO.match(line.text)
        if m is None or i in running or i in candidates:
            continue
        n = page_number(m.group("folio"))
        if n is not None and not n.roman:
            shaped.append(i)
    if first is None or len(shaped) != 1:
        return {}  # two such lines are a recurring head, whose folios must follow on (:mod:`.furniture`'s rules)
    heads: dict[int, str] = {}
    for i in shaped:
        head = _HEAD_THEN_FOLIO.match(lines[i].text).group("head")
        if i == len(lines) - 1 > 0 and _EDITION_MARK.search(head) and title_of(i) is None \
                and head.rstrip()[-1:] not in SENTENCE_END + ".":
            # the page's foot naming the periodical's volume and issue with its folio, closing a one-page text
            # (``学会誌 第49巻 第12号 (2026)　　　　1043`` under a society's notice: fresh-user trial 80d, it had been the
            # last section's paragraph and hidden the signer over it)
            heads[i] = "running-footer"
            continue
        if not 0 < i < len(lines) - 1 or i - 1 in shaped or i + 1 in shaped or title_of(i) is not None:
            continue
        if not _head_shaped(head, lines[i - 1].text):
            continue
        top = [t for k, t in _page_top(lines, first, i, candidates) if k != i]
        # beside its folio on one line, a head restating one line of page 1's top is one (a heading repeats a piece
        # of the title too, but never with a page number: ``くらしと法律　第3回　配布資料　　　－2－``)
        mine = _words(fold(head))
        restated = any(len(mine & _words(fold(t))) >= MIN_SHARED_WORDS - 1
                       and len(mine & _words(fold(t))) >= RESTATED_SHARE * len(mine) for t in top)
        if head_evidence(head, top) or restated:
            heads[i] = "running-header"
    return heads


def heads_at_form_feeds(lines: list[Text], layout: Layout, candidates: dict[int, int], running: dict[int, str],
                        title_of: Callable[[int], int | None] = lambda i: None, fed: bool = True) -> dict[int, str]:
    """Line index → ``running-header`` for a running head that opens every page after the first of a dump paged by
    form feeds with no folio beside it (the form feed alone marks the break), on two pages or more, or on the one
    page after the break of a two-page dump. Each copy (page numbers aside: ``candidates``, index → value) is the
    first line of its page, the same text on every page (digits folded), shaped as a head (:func:`_head_shaped`,
    against the line closing the page before and the line after it), opening no title block (``title_of``), and
    says it is one by :func:`head_evidence` against page 1's top (:func:`_page_top`). ``running``: the lines already
    furniture (a page whose first line is one leaves the pages to the rule that found it). ``{}`` where any of this
    fails: a page opening on its own heading (``Dredging``, ``■ 防災訓練のお知らせ``) differs from the next page's,
    a line repeated on every page that names nothing of page 1's top is the text's, and a line whose sentence goes on
    in lower case under it (no sentence left open over the break) opens the page's text.

    Why (issue 16 point 4, helper brk73; docs/limits.md *Session 72, furn72*): recurrence counts three pages, and
    two copies beside no folio (pages 2 and 3 of three, page 1 its masthead) had stayed paragraphs, a Japanese
    newsletter's two heads sections of their own.

    >>> from pipeline.segment.layout import LineLayout
    >>> ss = ["Harbour Users' Group", "Annual Review 2025", "Moorings", "The pontoon was rebuilt.",
    ...       "Harbour Users' Group — Annual Review 2025", "Dredging", "The basin was dredged.",
    ...       "Harbour Users' Group — Annual Review 2025", "Finances", "The reserve stands at £120,000."]
    >>> ls = [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> lay = Layout(tuple(LineLayout(1 if n < 4 else 2 if n < 7 else 3) for n in range(10)), ())
    >>> heads_at_form_feeds(ls, lay, {}, {})
    {4: 'running-header', 7: 'running-header'}
    >>> ls[7] = Text.from_raw("Finances", 8); ls[8] = Text.from_raw("Income rose.", 9)
    >>> heads_at_form_feeds(ls, lay, {}, {})
    {}
    """
    from pipeline.segment.furniture import _pages

    if not fed:
        return {}  # pages a dump's layout guessed (no form feed in it): a deck's cover there restates the paper's title
    pages = [kept for page in _pages(lines, layout) if (kept := [i for i in page if i not in candidates])]
    if len(pages) < 2:
        return {}
    heads = [page[0] for page in pages[1:]]
    if any(h in running for h in heads) or len({_signature(fold(lines[h].text.strip())) for h in heads}) != 1:
        return {}
    first = pages[0][0]
    top = [t for k, t in _page_top(lines, first, heads[0], candidates)]
    for p, h in enumerate(heads, 1):
        before = lines[pages[p - 1][-1]].text
        after = lines[pages[p][1]].text if len(pages[p]) > 1 else ""
        if not _head_shaped(lines[h].text, before, after) or title_of(h) is not None \
                or not head_evidence(lines[h].text, top):
            return {}
        if after.strip()[:1].islower() and not _sentence_left_open(before):
            return {}  # its own sentence goes on under it (page 1's first line again, opening page 2's text)
        if _celled(lines[h].text) and _celled(after):
            return {}  # a table's header row over its rows, repeated atop each page (tests/test_head64c.py, fix69j)
    return {h: "running-header" for h in heads}


_CELL_WHITE = re.compile(r"\S(?:\t|[ \u3000]{3,})(?=\S)")


def _celled(text: str) -> bool:
    """``text`` is a table's row: three cells or more, parted by a TAB or by three spaces or more (``Site   Depth (m)
    Nitrate (mg/L)``)."""
    return len(_CELL_WHITE.findall(text.strip())) >= 2


MIN_FOLIO_INDENT = 10
"""Columns of white space a dump sets before a one-page text's closing folio at least (a layout-preserving dump
centres it, or sets it right, under the text): a list's item or a count stands at the margin."""
FOLIO_INDENT_SHARE = 0.3
"""Share of the text's widest line the closing folio's indent spans at least: the middle or the right of the page."""


def lone_closing_folio(lines: list[Text], candidates: dict[int, int], numbers: dict[int, int],
                       fed: bool) -> dict[int, int]:
    """Line index → ``1`` for the last line of a one-page text where it is a bare ``1`` the dump sets as its page's
    folio; else ``{}``. ``candidates``: the lines that are only a page number (index → value), this the only one;
    ``numbers``: those a rule read as their pages' numbers (none, or the page is not alone); ``fed``: a form feed
    closes the page right after it and no form feed stands before it (the dump's page ends there).

    A bare ``1`` closing a text is a list's last item, a count (``Votes against:`` / ``1``) or the page's folio, and
    its text alone does not tell which (docs/segment.md, *Session 73, brk73*): it is the folio only where its place
    says so, all of it needed: the line before it ends a sentence (``.``, ``。``: a label or a clause left open wants
    it as its value), and the dump sets it apart as a page's foot: indented into the page's middle or right
    (:data:`MIN_FOLIO_INDENT` columns, :data:`FOLIO_INDENT_SHARE` of the widest line: a layout-preserving dump's
    centred folio), or closing the page a form feed ends (``fed``). A ``1`` at the margin with no form feed after it
    stays text.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Notice of Road Closure", "Mill Lane will be closed from 3 to 7 March 2026 for resurfacing works.", " " * 30 + "1")
    >>> lone_closing_folio(ls, {2: 1}, {}, False), lone_closing_folio(ls[:2] + mk("1"), {2: 1}, {}, False)
    ({2: 1}, {})
    >>> lone_closing_folio(ls[:2] + mk("1"), {2: 1}, {}, True), lone_closing_folio(mk("Votes for: 6", "Votes against:", "1"), {2: 1}, {}, True)
    ({2: 1}, {})
    """
    last = len(lines) - 1
    if last < 1 or numbers or set(candidates) != {last} or candidates[last] != 1:
        return {}
    n = page_number(lines[last].text)
    before = lines[last - 1].text.rstrip()
    if n is None or n.roman or n.shaped or not before or before[-1] not in SENTENCE_END + "." \
            or page_number(before) is not None:
        return {}
    pos = lines[last].strip().first_pos()  # the column the folio's digit stands at in the raw line
    widest = max(display_width(t.text.strip()) for t in lines)
    indent = pos[1] if pos is not None else 0
    if fed or indent >= max(MIN_FOLIO_INDENT, FOLIO_INDENT_SHARE * widest):
        return {last: 1}
    return {}


def title_copies_at_folios(lines: list[Text], numbers: dict[int, int] | set[int], running: dict[int, str],
                           title_of: Callable[[int], int | None] = lambda i: None) -> dict[int, str]:
    """Line index → ``running-header`` (or ``running-footer``) for a talk's title printed again as a page's running
    head beside the folio of a page break that falls inside an English sentence: the line right after (or before) a
    line read as its page's number (``numbers``), the sentence left open over the break (:func:`_sentence_left_open`)
    and going on in lower case past it, the line the very text of a title an earlier title block opens on
    (``title_of``; folded, white space aside). A volume that alternates its heads (the volume's name on even pages,
    the talk's title on odd ones) prints such a head once or twice a talk; recurrence never counts it, nor does
    :func:`_interrupts_sentence` (one run of words, no dash or bar between parts), and it had been glued into the
    sentence it interrupts (issue 16 point 4, helper deck74). The title's own line is the evidence: no sentence goes
    on through the whole of a title printed earlier.

    >>> mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    >>> ls = mk("Community Car Clubs in the Highlands", "Fiona Ross", "Members drove a fifth fewer miles in the first "
    ...         "year, and a third of the households", "16", "Community Car Clubs in the Highlands", "sold a second car.")
    >>> title_copies_at_folios(ls, {3: 16}, {}, lambda i: 0 if i == 0 else None)
    {4: 'running-header'}
    >>> ls[5] = Text.from_raw("Sold cars.", 6)  # no sentence goes on past it: a heading's place, left to the others
    >>> title_copies_at_folios(ls, {3: 16}, {}, lambda i: 0 if i == 0 else None)
    {}
    """
    def key(k: int) -> str:
        return " ".join(fold(lines[k].text).split()).casefold()

    def printed_before(cand: int) -> bool:
        """Whether a title block opens, before ``cand``, on a line of the very text of ``cand``. ``title_of`` reads a
        title block (the costliest read of the stage): it is asked only of the earlier lines whose text is the
        candidate's, once a line, where reading it at every line of the document had taken a quarter of the stage's
        time (helper speeds75)."""
        if not by_key:  # the lines by their folded text, read once, the first time a candidate asks
            for k in range(len(lines)):
                if k not in running and k not in numbers:
                    by_key.setdefault(key(k), []).append(k)
        for k in by_key.get(key(cand), ()):
            if k >= cand:
                break
            if k not in is_title:
                is_title[k] = title_of(k) == k
            if is_title[k]:
                return True
        return False

    by_key: dict[str, list[int]] = {}
    is_title: dict[int, bool] = {}
    heads: dict[int, str] = {}
    for i in sorted(numbers):
        for cand, before, after, which in ((i + 1, i - 1, i + 2, "running-header"), (i - 1, i - 2, i + 1, "running-footer")):
            if not (0 <= before < len(lines) and 0 <= after < len(lines)) or cand in running or cand in numbers:
                continue
            s = lines[cand].text.strip()
            b, a = lines[before].text.strip(), lines[after].text.strip()
            if script_of(s) == EN and script_of(b) == EN and a[:1].islower() and _sentence_left_open(b) \
                    and printed_before(cand):  # a title printed before it
                heads[cand] = which
    return heads
