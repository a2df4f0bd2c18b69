"""The marks a list's item or an enumeration opens with, in one place: the shared parts (bullets, marks, brackets,
numbers, letters, roman numerals), and the patterns the segment stage reads, each built from them.

The patterns differ on purpose, and each says how: a Japanese or English list's item by the kind of its mark
(:data:`ITEM_MARK`, read by :func:`pipeline.segment.labels.item_mark`); an English list's item, whose letters and
roman numerals count but no Japanese mark does (:data:`ENGLISH_LIST_ITEM`); a line led by any bullet or mark, no
space needed (:data:`BULLET_START`); an enumeration run in a sentence, both its brackets written
(:data:`ENUMERATOR`); and a reference list's numbered item (:data:`REFERENCE_MARKER`). Each part is the contents of a
regular expression's character class (``-`` escaped).

Three sets of marks outside the segment stage's patterns are built here too: clean's bullets that Unicode counts as
punctuation (:data:`PUNCTUATION_BULLETS`, :mod:`pipeline.clean.layers`), a slide's item marks
(:data:`SLIDE_ITEM_MARKS`, :mod:`pipeline.segment.slidetext`) and the marks that never open a speaker's line
(:data:`NON_SPEAKER_MARKS`, :mod:`pipeline.segment.names`).

The heading numbers the solver reads (``1.``, ``(1)``, ``第1章``) are :mod:`pipeline.numbering`'s, a heading's
grammar, not a list's.
"""

from __future__ import annotations

import re

from pipeline.chardata import has_japanese

BULLETS = "•◦‣▪"
"""Bullets proper: ``•``, a white bullet, a triangular bullet, a small square."""
MIDDLE_DOTS = "∙·"
"""Middle dots an English list sets as bullets."""
SHAPE_MARKS = "■□◆◇●○◎"
"""Squares, diamonds and circles: a Japanese document's list and heading marks (``■背景``, ``●面積``)."""
ARROW_MARKS = "▶►"
"""Pointers set as a list's bullets (``▶ Use``)."""
RIGHT_ARROWS = "→⇒"
"""Arrows that open a slide's item or a consequence (``→ 翌年度``): a mark, though no list pattern counts them."""
DASH_MARKS = r"\-–—*+"
"""A hyphen, dashes, an asterisk and a plus: a plain-text list's bullets."""
NAKAGURO = "・"
"""The Japanese middle dot, a list's mark with no space after it (``・駅前広場``)."""
REFERENCE_MARK = "※"
"""The Japanese reference mark (``※注``), which opens a note or an item."""
CIRCLED_NUMBERS = "".join(map(chr, (*range(0x2460, 0x2474), *range(0x2776, 0x2780))))
"""Circled numbers ① to ⑳ and dingbat ones ❶ to ❿, each written out (a character class's contents, or a set)."""
ROMAN_LETTERS = "ivx"
"""The letters of a small roman numeral as a list numbers its items (``i`` to ``xxxix``; ``IVX`` in capitals)."""
OPEN = "[(（]"
CLOSE = "[)）]"
"""A bracket before and after a number, a letter or a roman numeral, half-width or full-width."""

PUNCTUATION_BULLETS = frozenset(NAKAGURO + REFERENCE_MARK + BULLETS)
"""The bullets clean names one by one, most of them punctuation to Unicode (``・``, ``※``, ``•``, ``‣``); clean finds
the symbols (■ ○ ◆ ▶ →) and circled numbers by their category."""
SLIDE_ITEM_MARKS = (SHAPE_MARKS + NAKAGURO + REFERENCE_MARK + BULLETS + ARROW_MARKS + RIGHT_ARROWS + "-‐–—*"
                    + "【［[" + CIRCLED_NUMBERS)
"""The marks a slide's line opens an item with: every bullet and mark, dashes and the asterisk, an opening bracket
(``【課題】``, ``[1]``) and a circled number: such a line is an item, never the slide's title."""
NON_SPEAKER_MARKS = SHAPE_MARKS + NAKAGURO + BULLETS + ARROW_MARKS + RIGHT_ARROWS
"""Marks that open a list's item and never a speaker's line (a bracket may: ``【基調講演】港町市長 山田 太郎``)."""

ITEM_MARK = re.compile(rf"^(?:({NAKAGURO})|([{BULLETS}{SHAPE_MARKS}{ARROW_MARKS}{DASH_MARKS}])[\s　]"
                       rf"|([0-9]{{1,2}})[.．)）][\s　]|{OPEN}([0-9]{{1,2}}){CLOSE}|([{CIRCLED_NUMBERS}]))")
"""A list item's mark at a line's start, by kind (groups 1 to 5): ``・``; a bullet or a mark then a space (``- ``,
``■ ``); a number then a full stop or a bracket and a space (``1. ``, ``2) ``); a bracketed number (``（1）``); a
circled number (``①``). Japanese and English lists alike; no letters or roman numerals (``a)`` opens words)."""

ENGLISH_LIST_ITEM = re.compile(rf"^(?:[{BULLETS}{MIDDLE_DOTS}{DASH_MARKS}]\s|\(?[a-zA-Z]\)\s"
                               rf"|\(?[{ROMAN_LETTERS}{ROMAN_LETTERS.upper()}]{{1,4}}[.)]\s)")
"""An English list's item: a bullet then a space (middle dots too, no Japanese mark), a letter with its closing
bracket (``a) ``, ``(b) ``), or a roman numeral with a full stop or a closing bracket (``iv. ``, ``ii) ``); half-width
brackets only, and no number (an English line led by a number is weighed as a wrap, not as an item)."""

BULLET_START = re.compile(rf"^[{BULLETS}{MIDDLE_DOTS}{SHAPE_MARKS}{NAKAGURO}{REFERENCE_MARK}{ARROW_MARKS}{DASH_MARKS}]")
"""A line led by any bullet or mark of either script, no space needed after it (``■背景``, ``• Use``): its wrapped
lines belong to its item."""

ITEM_ONLY_START = re.compile(rf"^\s*[{BULLETS}{MIDDLE_DOTS}{NAKAGURO}{RIGHT_ARROWS}]")
"""A line led by a mark that opens a list's item and never a heading: a bullet, a middle dot or an arrow (``• doc``,
``→ pldocverb``). The shapes (``■``, ``●``) and ``※`` lead headings as well, and are judged where headings are."""

ENUMERATOR = re.compile(rf"^{OPEN}([0-9]{{1,2}}|[a-z]|[{ROMAN_LETTERS}]{{1,4}}){CLOSE}\s")
"""An enumeration's label in brackets, both written, at a line's start (``(1) ``, ``(a) ``, ``(iii) ``; group 1 the
label, whose successor the next label is): run in a sentence as often as set as a list."""

REFERENCE_MARKER = re.compile(r"^\s*(?:[\[［](?P<bracket>[0-9]{1,3})[\]］]|(?P<dot>[0-9]{1,3})[.．]"
                              rf"|(?P<paren>[0-9]{{1,3}}){CLOSE}|{OPEN}(?P<round>[0-9]{{1,3}}){CLOSE})")
"""A reference list's item marker, by style (``[3]`` or full-width ``［3］``, ``3.``, ``3)``, ``（3）``): numbers only, up
to three digits, after any indent."""

JA_PUNCTUATION = "，、．。"
"""Full-width punctuation Japanese typesetting sets (a comma or a stop of the full width): a line holding it is set
by Japanese rules, which break a line at any character, inside a number too."""
_NUMBER_TAIL_LINE = re.compile(r"[0-9]{1,4}[.．。]?")
"""A line of a number's last digits and, at most, the stop that ends its sentence or entry (``22.``, ``9``)."""


def completes_number(before: str, line: str) -> bool:
    """``line`` is only the last digits of a number a Japanese line broke at its end (``…，Vol.57，pp.301-308，20`` /
    ``22.``), and its stop: no list item's or reference's marker however it reads (``22.``). Japanese sets a line to
    its last character, inside a number too (fresh-user trial 74c: a 2-column paper's reference list, its second
    entry's year ``2022.`` broken so, ended the list). The line above must end on an ASCII digit set close after
    something other than a Latin letter or a space (an English line breaks at a space, never inside a number) and
    hold Japanese text or Japanese typesetting's full-width punctuation (:data:`JA_PUNCTUATION`: a Japanese
    reference's volume and pages, ``Vol.78，pp.112-113，20``, hold no kana, but their commas are Japanese).

    >>> completes_number("都市計画論文集，Vol.57，pp.301-308，20", "22."), completes_number("次のとおり。1", "2.")
    (True, True)
    >>> completes_number("Vol.78，pp.112-113，20", "23．")  # Japanese typesetting's full-width commas, no kana (trial 75)
    True
    >>> completes_number("as listed in item 2", "3."), completes_number("交通工学，2020.", "3."), completes_number("…，20", "22. 次")
    (False, False, False)
    """
    before = before.rstrip()
    if _NUMBER_TAIL_LINE.fullmatch(line.strip()) is None or not (before[-1:].isascii() and before[-1:].isdigit()):
        return False
    head = re.sub(r"[0-9]+$", "", before)[-1:]
    return (has_japanese(before) or any(ch in JA_PUNCTUATION for ch in before)) \
        and not (head.isascii() and (head.isalpha() or head.isspace()))
