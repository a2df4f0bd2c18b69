"""Heading numbers: the one solver that reads a document's numbered headings and explains their lost glyphs.

A paper's headings form a sequence (1, 2, 3, 3.1 … 3.5, 4; 第1章, 1.1, 1.4.1 …).
When the dump lost a heading's digits or its separator (``��港の技術拠点``,
``1��海外…``, ``��� 水資源``), the heading is still recognised from its shape
and from the sequence around it: a beam search over the heading-shaped lines
picks, for each, a reading (a heading with which number, or not a heading)
that explains the intact characters best while keeping the numbering
consecutive. What the sequence says about each run of lost glyphs in a
number is a :class:`Fill`.

:func:`solve` is the public entry point, used by the segment stage (headings
become sections, fills become ``Hint`` records on the talk) and by restore
for plain text. Everything else here is the machinery behind it.

Styles (the first level chosen from the paper's intact headings, the others
follow):

* ``1．`` ``1.`` ``1、`` ``1)`` ``1 `` — arabic, level 1; ``3.1`` ``1-1`` ``1・1`` level 2,
  ``1.4.1`` level 3;
* ``第1章``/``第一章`` level 1, with ``第1節`` or ``1.1`` below it;
* ``I.`` ``II.`` (roman) and ``一、`` ``一．`` ``一　`` (kanji numerals) level 1, numbered ``1``, ``2``…;
* ``(1)``/``（1）`` level 1 only when the paper has no other level-1 style
  (inside numbered sections they are item labels and stay in the paragraphs, unless they open the section:
  :func:`pipeline.segment.sections._opening_subsections`).

Full-width digits count as digits. A chapter number alone on its line
(``第1章`` with the title on the next line, as LaTeX sets it) is a heading
with an empty title; the caller joins the next line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import Sequence

from pipeline.chardata import LINE_CACHE, NEUTRAL, has_japanese, is_hiragana, is_korean, script_of, FULLWIDTH_DIGITS, TO_FULLWIDTH_DIGITS
from pipeline.english_words import ends_on_connective

FOLD_ID = str.maketrans({**{chr(0xFF10 + k): chr(0x30 + k) for k in range(10)},
                          **{chr(0xFF21 + k): chr(0x41 + k) for k in range(26)}, "－": "-", "‐": "-", "‑": "-", "–": "-"})
"""Full-width digits, capitals and hyphens, and the typographic hyphens, folded one character for one (``Ｓ１－０１`` →
``S1-01``), so that a length found in the folded text is one in the text."""
_ID = (r"(?:[A-Z]{1,3}[0-9]{0,2}(?:-[0-9]{1,3}){1,3}|[A-Z]{1,3}[0-9]{1,3}(?:-[0-9]{1,3}){0,2}"
       r"|[0-9]{1,2}[A-Z]{1,2}-?[0-9]{1,3})")
"""An abstract's id in a book of abstracts or a programme: a session's or a kind's letters and its numbers (``S1-01``,
``P-12``, ``A3``, ``O-2-1``, ``PS1-07``, ``1A-03``), once folded (:data:`FOLD_ID`). Never digits alone (a year, a
page, ``1-2``) nor a word of more than three capitals (``COVID-19``)."""
_ID_ALONE = re.compile(rf"^{_ID}\s*$")
_ID_BRACKETED = re.compile(rf"^[【［〔]\s*(?:{_ID}|[0-9]{{1,3}}(?:-[0-9]{{1,3}}){{1,2}})\s*[】］〕]\s*")
_ID_LABELLED = re.compile(rf"^(?:講演番号|発表番号|演題番号|Abstract\s+(?:ID|No\.?)|Paper\s+ID)\s*[:：]?\s*"
                          rf"(?:{_ID}|[0-9]{{1,3}}(?:-[0-9]{{1,3}}){{0,2}})(?=\s|$)\s*")
ID_IN_PREFIX = re.compile(rf"(?<![A-Za-z0-9-]){_ID}(?![A-Za-z0-9-])|(?<![0-9-])[0-9]{{1,3}}(?:-[0-9]{{1,3}}){{1,2}}(?![0-9-])")


def abstract_id(text: str) -> int:
    """Length of an abstract's id at the line's start, 0 when there is none: an id (:data:`_ID`) alone on its line
    (``S1-01``, ``P-12``, ``A3``, ``O-2-1``), in Japanese brackets (``【S1-01】``, the title may follow on the line) or
    after its label (``講演番号 P-12``, ``Abstract ID: S1-01``). A book of abstracts or a programme prints it over each
    abstract's title (trial 54: ``S1-01`` / title / authors; the id had gone to the end of the abstract before). An
    id run into a title (``A3 Printed Handouts``, ``H2 Production …``) is none, nor one in ASCII square brackets (a
    reference list's marker, ``[ABC12]``). The talk splitter weighs it as the ``id`` cue, asking running text right
    under its block (:func:`pipeline.segment.talks.talk_spans`), as a table of ids, titles and authors has none.

    >>> abstract_id("S1-01"), abstract_id("【Ｓ１－０１】"), abstract_id("講演番号：１Ａ－０３"), abstract_id("COVID-19"), abstract_id("2024")
    (5, 7, 10, 0, 0)
    """
    folded = text.translate(FOLD_ID)
    for pattern in (_ID_ALONE, _ID_BRACKETED, _ID_LABELLED):
        m = pattern.match(folded)
        if m:
            return m.end()
    return 0


GAP = "\ufffd"
MAX_HEADING_CHARS = 60
"""Longer lines are running text, not headings (a heading is a phrase)."""
LEVEL1_SEPARATORS = ".．、)）:："
LEVEL2_SEPARATORS = ".．-－・"
SPACES = " \u3000"
KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
BEAM = 24

CHAPTER_WORDS = ("Chapter", "Hoofdstuk", "Kapitel", "Chapitre", "Capítulo", "Capitulo", "Capitolo")
"""The word a chapter label opens with: English, and babel's ``\\chaptername`` in Dutch, German (and the
Scandinavian languages), French, Spanish and Portuguese, Italian; as the word is set (``Chapter``) or in capitals."""
NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
                "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty")
"""English numbers a chapter label spells out (``Chapter Two``, ``CHAPTER TWELVE``), 1 to 20, as the word is set or in
capitals."""
_CHAPTER_NUMBER = r"([0-9]{1,3}|[IVX]{1,5}|" + "|".join(w + "|" + w.upper() for w in NUMBER_WORDS) + r")"
PART_LABEL = re.compile(r"^(?:(?:Part|PART)\s+" + _CHAPTER_NUMBER + r"(?:\s*[.:：—–]\s*|\s+|$)"
                        r"|第[ \u3000]?([0-9０-９]{1,2}|[IVX]{1,5}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[一二三四五六七八九十]{1,3})[ \u3000]?[部編]"
                        r"(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+(?=\S)|$))")
"""A part's label opening its line (``Part I``, ``PART 2``, ``Part One``; ``Part II: Case Studies``; ``第I部``,
``第2部``, ``第三編``, ``第Ⅱ部　応用``): a book's or a thesis's division above its chapters, numbered as a chapter label
is. A Japanese label is alone on its line or parted from its title by a space or a colon: ``第1部会`` (a committee's
first section) and ``第2部では…`` (a sentence) are no part's label (helper real72: ptex-manual's ``第I部`` over
``pTEXの日本語組版と追加プリミティブ``)."""


def part_number(text: str) -> int | None:
    """The number of a part's label opening ``text`` (:data:`PART_LABEL`), or ``None``.

    >>> [part_number(s) for s in ("Part II", "PART 3: Tools", "Part Two", "第I部", "第Ⅲ部", "第２部 応用", "第三編")]
    [2, 3, 2, 1, 3, 2, 3]
    >>> part_number("第1部会"), part_number("第2部では、"), part_number("Part of the plan")
    (None, None, None)
    """
    m = PART_LABEL.match(text.strip())
    if m is None:
        return None
    number = m.group(1) or m.group(2)
    if number in ROMAN_GLYPHS:
        return ROMAN_GLYPHS.index(number) + 1
    if number[0] in "一二三四五六七八九十":
        return kanji_number(number)
    spelled = _spelled_chapter(fold(number))
    return int(spelled[1:-1]) if spelled is not None else None
_CHAPTER_LABEL = re.compile(r"^(?:" + "|".join(w + "|" + w.upper() for w in CHAPTER_WORDS)
                            + r")\s+" + _CHAPTER_NUMBER + "$")


def chapter_label(text: str) -> str:
    """A chapter label alone on its line (:data:`CHAPTER_WORDS`) spelled as the solver reads chapter numbers; other
    text as is.

    >>> chapter_label("Chapter 1"), chapter_label("CHAPTER 12"), chapter_label("Chapter IV"), chapter_label("Chapter 1 covers this.")
    ('第1章', '第12章', '第4章', 'Chapter 1 covers this.')
    >>> chapter_label("Hoofdstuk 2"), chapter_label("KAPITEL 3"), chapter_label("Chapitre II"), chapter_label("HOOFDSTUK 5. BESLUIT")
    ('第2章', '第3章', '第2章', 'HOOFDSTUK 5. BESLUIT')
    >>> chapter_label("Chapter Two"), chapter_label("CHAPTER TWELVE"), chapter_label("Chapter Twofold")
    ('第2章', '第12章', 'Chapter Twofold')
    """
    m = _CHAPTER_LABEL.match(text.strip())
    spelled = _spelled_chapter(m.group(1)) if m is not None else None
    return spelled if spelled is not None else text


def _spelled_chapter(number: str) -> str | None:
    """A chapter label's number (``2``, ``IV``, ``Two``) as the solver reads a chapter (``第2章``, ``第4章``); ``None``
    for a roman numeral out of :data:`ROMAN`."""
    if number.capitalize() in NUMBER_WORDS:
        number = str(NUMBER_WORDS.index(number.capitalize()) + 1)
    elif not number.isdigit():
        if number not in ROMAN:
            return None
        number = str(ROMAN.index(number) + 1)
    return f"第{number}章"


_CHAPTER_HEADING = re.compile(r"^(?:" + "|".join(w + "|" + w.upper() for w in CHAPTER_WORDS)
                              + r")\s+" + _CHAPTER_NUMBER + r"(?:\s*[.:：—–]\s*|\s+)(?=\S)")
MAX_CHAPTER_TITLE_WORDS = 12
_SENTENCE_INSIDE_EN = re.compile(r"[.!?]\s+[A-Z]")


def chapter_heading(text: str) -> str:
    """A chapter's heading, its label and its title on one line (``Chapter 2 Method``, ``Chapter 2: Method``,
    ``CHAPTER 2 METHOD``, ``Chapter IV — Results``), spelled as the solver reads a chapter (``第2章``) and padded
    with spaces so that the title keeps its offset; a label alone as :func:`chapter_label` spells it; other text as
    is. The title is a phrase: it opens on a capital, at most :data:`MAX_CHAPTER_TITLE_WORDS` words, no sentence's
    end in it or after it, no connective or comma at its end. A sentence that names a chapter (``Chapter 2 shows
    that …``, ``Chapter 2 The results are listed.``) stays text.

    >>> [(chapter_heading(s).split(maxsplit=1), chapter_heading(s).index(s.split()[-1]) == s.index(s.split()[-1]))
    ...  for s in ("Chapter 2 Method", "CHAPTER 2: METHOD", "Chapter IV — Results")]
    [(['第2章', 'Method'], True), (['第2章', 'METHOD'], True), (['第4章', 'Results'], True)]
    >>> chapter_heading("Chapter 2 shows that ferries lose few riders."), chapter_heading("Chapter 2 The results are listed.")
    ('Chapter 2 shows that ferries lose few riders.', 'Chapter 2 The results are listed.')
    >>> chapter_heading("Chapter 3"), chapter_heading("Chapter 2 Data from")
    ('第3章', 'Chapter 2 Data from')
    """
    label = chapter_label(text)
    if label != text:
        return label
    m = _CHAPTER_HEADING.match(text)
    if m is None or not _title_phrase(text[m.end():].rstrip()):
        return text
    spelled = _spelled_chapter(m.group(1))
    return spelled + " " * (m.end() - len(spelled)) + text[m.end():] if spelled is not None else text


def _title_phrase(title: str) -> bool:
    """A heading's title after a chapter's or a section's label on its line: a phrase, no sentence (it opens on a
    capital or a Japanese letter, at most :data:`MAX_CHAPTER_TITLE_WORDS` words, no sentence's end in it or after it,
    no connective or comma at its end)."""
    return bool(title) and (title[0].isupper() or ord(title[0]) >= 0x2E80) \
        and len(title.split()) <= MAX_CHAPTER_TITLE_WORDS and not title.endswith((".", "!", "?", "。", ",", ";")) \
        and not _SENTENCE_INSIDE_EN.search(title) and not ends_on_connective(title)


_SECTION_HEADING = re.compile(r"^(?:(?:Section|SECTION)\s+([0-9]{1,3}(?:\.[0-9]{1,3}){0,2}|[IVX]{1,5})"
                              r"|(?:Agenda\s+[Ii]tem|AGENDA\s+ITEM|Item|ITEM)\s+([0-9]{1,2}))"
                              r"(?:\s*[.:：—–-]\s*|\s+)(?=\S)")
"""``Section 2.`` / ``Section IV:`` before a title; minutes' agenda items too (``Item 3  Treasurer's report``,
``Agenda item 4: Any other business``: an English meeting's minutes number their parts so, session 81, helper
minutes81, where ``Item 2`` had been a paragraph of item 1), whole numbers only."""


def section_heading(text: str) -> str:
    """A section's heading, the word ``Section`` and its number before its title on one line (``Section 2.
    Definitions``, ``Section 3: Permits``, ``SECTION 1 - PURPOSE``, ``Section 2.1 Scope``, ``Section IV. Fees``), spelled
    as the solver reads an arabic heading (``2.``, ``2.1``) and padded with spaces so that the title keeps its offset;
    other text as is. A policy, a bylaw without articles or a standard numbers its top level so (fresh-user trial 62:
    a council policy's ``Section 1. Purpose`` … ``Section 4. Fees`` had kept ``Section 1.`` in their titles, no number,
    and ``Section 2. Definitions`` over ``In this policy:`` had been a paragraph). The title is a phrase as a
    chapter's is (:func:`chapter_heading`); a sentence naming a section (``Section 3 describes the method.``,
    ``Section 2. The Association shall …``) stays text, and so does a label alone (``Section 3``: no title to tell a
    heading from a cross-reference wrapped to the line's start).

    >>> heads = ("Section 2. Definitions", "SECTION 1 - PURPOSE", "Section 2.1 Scope", "Section IV. Fees")
    >>> [section_heading(s).split(maxsplit=1) for s in heads], all(len(section_heading(s)) == len(s) for s in heads)
    ([['2.', 'Definitions'], ['1.', 'PURPOSE'], ['2.1', 'Scope'], ['4.', 'Fees']], True)
    >>> section_heading("Section 3 describes the method."), section_heading("Section 3"), section_heading("Section 2 of the Act")
    ('Section 3 describes the method.', 'Section 3', 'Section 2 of the Act')
    >>> section_heading("Item 3  Treasurer's report").split(maxsplit=1), section_heading("Item 3 was deferred to May.")
    (['3.', "Treasurer's report"], 'Item 3 was deferred to May.')
    """
    m = _SECTION_HEADING.match(text)
    if m is None or not _title_phrase(text[m.end():].rstrip()):
        return text
    number = m.group(1) or m.group(2)
    if not number[0].isdigit():
        if number not in ROMAN:
            return text
        number = str(ROMAN.index(number) + 1)
    spelled = number if "." in number else number + "."
    return spelled + " " * (m.end() - len(spelled)) + text[m.end():]


_MINUTE_REFERENCE = re.compile(r"^(?P<label>[A-Z]{1,5}\s?)?(?P<series>[0-9]{2,4})(?P<sep>[/.])(?P<serial>[0-9]{1,4})"
                               r"(?:\s*[.:—–-]\s*|\s+)(?=\S)")
"""A minute's reference before its title (``26/038 Date of Next Meeting``, ``26.38 Planning``, ``FGP 26.12
Insurance``): a council's or a committee's minutes number each minute in a series (the year, a session) and a serial
within it, the series' label (a committee's letters) before it or not (Local Council Administration, ch. 7: a
minute reference names the minute for later resolutions)."""


def minute_references(texts: Sequence[str]) -> dict[int, str]:
    """The lines of ``texts`` that head a minute by its reference (:data:`_MINUTE_REFERENCE`), each spelled as the
    solver reads an arabic heading, the serial alone (``26/031 Declarations`` → ``31.    Declarations``: the title
    keeps its offset), so that each minute is a level-1 section numbered by its serial (a section's ``number`` is
    digits and dots only: the series stays in the heading as printed). Only where two such lines or more share one
    label, series and separator, their serials rising, each title a phrase, and the series can be no month or day of a
    date's (above 12 and no day of a ``dd/mm`` run: one series all through): ``10.1 Scope`` / ``10.2 Terms`` is a
    chapter's subsections (a series of 12 or less, or a serial of one digit after a dot, or the series printed as a
    heading of its own), no minutes. Session 85, helper minutes85 (fresh-user trial 84c: ``26/031 …`` had kept its
    reference in its title, no number, and ``26/038`` had been glued into the minute before it).

    >>> minute_references(["26/031 Declarations of Interest", "None.", "26/032 Planning", "No objection."])
    {0: '31.    Declarations of Interest', 2: '32.    Planning'}
    >>> minute_references(["FGP 26.12 Budget", "Noted.", "FGP 26.13 Insurance Renewal"])
    {0: '12.       Budget', 2: '13.       Insurance Renewal'}
    >>> minute_references(["10.1 Scope", "Text.", "10.2 Terms"]), minute_references(["26/031 Declarations", "Text."])
    ({}, {})
    >>> minute_references(["26.37 Planning", "Text.", "26.38 Date of Next Meeting"])
    {0: '37.   Planning', 2: '38.   Date of Next Meeting'}
    >>> minute_references(["03/10 Training day", "03/11 Site visit"]), minute_references(["26/032 Planning", "26/031 Finance"])
    ({}, {})
    """
    found: dict[int, re.Match] = {}
    for i, t in enumerate(texts):
        m = _MINUTE_REFERENCE.match(t)
        if m is not None and _title_phrase(t[m.end():].rstrip()):
            found[i] = m
    if len(found) < 2:
        return {}
    keys = {(m["label"] or "").strip() + m["series"] + m["sep"] for m in found.values()}
    if len(keys) != 1:
        return {}
    first = next(iter(found.values()))
    serials = [int(m["serial"]) for _, m in sorted(found.items())]
    if int(first["series"]) <= 12 or any(b <= a for a, b in zip(serials, serials[1:])):
        return {}
    if first["sep"] == "." and (any(len(m["serial"]) < 2 for m in found.values())
                                or any(re.match(rf"^{first['series']}\.?\s+[A-Z]", t) for t in texts)):
        return {}
    out: dict[int, str] = {}
    for i, m in found.items():
        spelled = str(int(m["serial"])) + "."
        out[i] = spelled + " " * (m.end() - len(spelled)) + texts[i][m.end():]
    return out


def is_chapter_heading(text: str) -> bool:
    """A chapter's label alone or with its title on its line (:func:`chapter_heading`): where a body begins.

    >>> is_chapter_heading("Chapter I. Introduction"), is_chapter_heading("Chapter 3"), is_chapter_heading("Chapter 1 covers this.")
    (True, True, False)
    """
    return chapter_heading(text) != text


def is_chapter_alone(text: str) -> bool:
    """A chapter's label alone on its line in either spelling: :func:`is_chapter_label`'s (``Chapter 1``) or the
    solver's own (``第1章``, ``第 2 章``, ``第三章``): a thesis's chapter over its title on the next line.

    >>> is_chapter_alone("第1章"), is_chapter_alone("第三章"), is_chapter_alone("Chapter 2"), is_chapter_alone("第1章 はじめに")
    (True, True, True, False)
    """
    s = text.strip()
    return is_chapter_label(s) or (bool(_CHAPTER.match(fold(s))) and s.endswith("章") and _explicit(s) is not None
                                   and _explicit(s)[1] == len(s))


def is_chapter_label(text: str) -> bool:
    """A chapter label alone on its line (``Chapter 1``, ``CHAPTER IV``, ``Hoofdstuk 1``): where a body begins.

    >>> is_chapter_label("Chapter IV"), is_chapter_label("Chapter 1 covers this.")
    (True, False)
    """
    return chapter_label(text) != text
"""States kept after each heading-shaped line: enough for every plausible numbering, and the search stays linear."""

ARABIC = "arabic"
CHAPTER = "chapter"
PAREN = "paren"
ROMAN_STYLE = "roman"
KANJI_STYLE = "kanji"

Label = tuple[int, int, int]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Width-fold character by character (``５`` → ``5``, ``．`` → ``.``, ``Ⅱ`` stays), keeping offsets.

    A character whose NFKC form is one other character takes it, save a circled, superscript or subscript one
    (Unicode's ``<circle>``, ``<super>``, ``<sub>`` decompositions): ``①``, ``¹``, ``₂`` are a list's mark, a note's
    mark and a formula's index, never the digits of a page or a heading number (a list ``① … ⑤`` had read as page
    numbers, a footnote's ``¹`` as a number glued to its word).

    Cached: segment folds the same lines many times over (a deck's gaps are weighed against each other).

    >>> fold("５．港町（１）"), fold("①概要 注¹ H₂O")
    ('5.港町(1)', '①概要 注¹ H₂O')
    """
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


@lru_cache(maxsize=1 << 14)
def _fold_char(c: str) -> str:
    n = unicodedata.normalize("NFKC", c)
    if len(n) != 1 or unicodedata.decomposition(c).startswith(_MARK_FORMS):
        return c
    return n


_MARK_FORMS = ("<circle>", "<super>", "<sub>")
"""Compatibility decompositions that make a mark of a digit or letter; :func:`fold` keeps them."""


def kanji_number(text: str) -> int | None:
    """Value of a kanji numeral up to 99 (``十二`` → 12).

    >>> kanji_number("三"), kanji_number("十二"), kanji_number("二十"), kanji_number("x")
    (3, 12, 20, None)
    >>> kanji_number("二〇二四"), kanji_number("二二十"), kanji_number("十一二")  # positional; no numeral
    (2024, None, None)
    """
    if not text or any(c not in KANJI_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1:
            # one digit each side of 十 (a date reader passes any run of numerals: ``二二十`` had raised KeyError)
            return None
        return (KANJI_DIGITS[tens] if tens else 1) * 10 + (KANJI_DIGITS[ones] if ones else 0)
    value = 0
    for c in text:
        value = value * 10 + KANJI_DIGITS[c]
    return value


def kanji_numeral(n: int) -> str:
    """Inverse of :func:`kanji_number` in the usual 十 notation.

    >>> kanji_numeral(3), kanji_numeral(12), kanji_numeral(20)
    ('三', '十二', '二十')
    """
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


_ARABIC = re.compile(rf"^(\d{{1,3}})([{re.escape(LEVEL1_SEPARATORS)}{SPACES}])(?![\d{GAP}])")
_ARABIC_GAP_SEP = re.compile(rf"^(\d{{1,3}}){GAP}(?![\d{GAP}\s])")
_ARABIC_BEFORE_YEAR = re.compile(r"^(\d{1,3})([.．])(?=(?:19|20)\d{2}年)")
"""A level-1 number whose title opens on a year of the Western calendar and 年 (``１．2026年3月期第2四半期の連結業績``, a
results summary's heading; fresh-user trial 73b): the digits after the point are the title's year, no decimal's
(``1.2026`` has none of 年 after it), so :data:`_ARABIC`'s guard against a digit after the separator gives way."""
_DOTTED = re.compile(
    rf"^(\d{{1,3}})([{re.escape(LEVEL2_SEPARATORS)}{GAP}])(\d{{1,3}})(?:([{re.escape(LEVEL2_SEPARATORS)}])(\d{{1,3}}))?(?![\d.．])"
)
CAPTION_LABEL = re.compile(r"^\s*(?:図表|表|図|图|圖|写真|グラフ|資料|付表|付図)\s?[0-9]+(?:[.\-－][0-9]+){0,2}(?=\s)")
"""A caption's label at a line's start (``表1``, ``図2.3``; a white paper's ``図表1-2-1``, figure or table numbered
by part, chapter and place, the label the 白書 of Japan's ministries print over each float): the space after it parts
label and caption, as after a heading number; the line is a table's or figure's caption, no paragraph of the text."""
_SECTION_SIGN = re.compile(r"^§\s?(?=[0-9０-９])")
_CHAPTER = re.compile(r"^第\s?([0-9]{1,3}|[〇一二三四五六七八九十]{1,3})\s?([章節])")
_PAREN = re.compile(r"^[(]([0-9]{1,3})[)]")
_ROMAN = re.compile(r"^(X{0,1}(?:IX|IV|V?I{0,3}))[.．]\s*(?=\S)")
ROMAN_GLYPHS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
"""Roman numerals as one character each (U+2160…216B), as Japanese papers number their chapters: ``Ⅱ．方法``."""
_ROMAN_GLYPH = re.compile(rf"^([{ROMAN_GLYPHS}])([.．、]?)\s*(?=\S)")
COUNTERS = "月日年回人名件番時分秒階号条項度円歳期代"
"""Counters and units a kanji numeral counts (``一　月``: January justified to the width of ``十一月``)."""
_KANJI = re.compile(rf"^([一二三四五六七八九十]{{1,3}})(?:[、.]|\u3000(?=\S)(?![{COUNTERS}](?:[^\u4e00-\u9fff々]|目|$))"
                    rf"| (?=\S)(?![{COUNTERS}つ](?:[^\u4e00-\u9fff々]|目|$)))")
"""A kanji numeral heading a section: ``一、``, ``二．`` or ``三　`` (an ideographic space, as vertical papers set it),
or ``二 団員の構成`` (an ASCII space, as a report typed on a computer sets it: fresh-user trial 78b's 消防団 report, whose
seven headings had no number; the solver's sequence still decides a heading, and no other text under /work/regress
opens a line so), save before the native counter つ (``一 つの例``: one example, no heading). Matched on the unfolded line. A counter after the ideographic space, a word of its own (no kanji after it but the ordinal 目:
``一　回目``), makes the numeral a
quantity or a date, no heading's number (``一　月　新年交流会``, ``二　月　役員会``: a schedule's months justified to one
width; review of 2 December, where they were sections 1, 2 … titled ``月　…``); a title opening on a word that opens
with such a letter stays one (``二　人材の育成``, ``一　日本の課題``)."""


@dataclass(frozen=True)
class Explicit:
    """A heading number read from intact characters."""

    style: str
    label: Label
    separator: str | None = None  # the intact separator after (or inside) the number


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def explicit_number(text: str) -> Explicit | None:
    """Read an intact heading number at the start of a line.

    >>> explicit_number("５．札幌市の国際交流")
    Explicit(style='arabic', label=(5, 0, 0), separator='．')
    >>> explicit_number("3.1 城下町").label, explicit_number("1-2 課題").separator, explicit_number("1.4.1 ほげ").label
    ((3, 1, 0), '-', (1, 4, 1))
    >>> explicit_number("第二章 方法").label, explicit_number("（３）観光部会").style, explicit_number("第 1 章").label
    ((2, 0, 0), 'paren', (1, 0, 0))
    >>> explicit_number("８\\ufffd港湾").label, explicit_number("1\\ufffd\\ufffdハバロ") is None
    ((8, 0, 0), True)
    >>> explicit_number("II. Related Work").label, explicit_number("三、結論").style, explicit_number("Ⅲ．結果").label
    ((2, 0, 0), 'kanji', (3, 0, 0))
    >>> explicit_number("§ 1 System Requirements").label, explicit_number("§2.1 前提条件").label
    ((1, 0, 0), (2, 1, 0))
    >>> explicit_number("１．2026年3月期の連結業績").label, explicit_number("1.2026 ha")
    ((1, 0, 0), None)
    """
    read = _explicit(text)
    return read[0] if read is not None else None


_QUANTITY_AFTER = re.compile(r"[ \t\u3000]*[/%‰=<>+×÷]|(?:[kcm]?m|km|kg|mg|g|ha|[mk]?[lL]|cc)(?![A-Za-z])")
"""What follows a number that counts or measures and heads nothing: a rate's slash, a percentage, a comparison or
an operation (a table's row ``20-100 / day  10%  24%`` had been section 20.100, fresh-user trial 61), or a metric
unit glued to it (``0.5m未満``, ``2.5kg``: a heading's number is parted from its title, a measure's never from its unit;
trial 80d's hazard map's depth table, ``0.5m未満　　　大人の膝まで``, had its rows read as headings 0.5 and 5.0, helper
tables81)."""


def _explicit(text: str) -> tuple[Explicit, int] | None:
    """:func:`explicit_number` and the offset where the number ends (after its separator, 章/節 or bracket;
    before the white space of a bare ``1 ``); none before what a quantity has after it (:data:`_QUANTITY_AFTER`).

    >>> _explicit("20-100 / day\t10%"), _explicit("3 × 4 grid"), _explicit("1.5 %"), _explicit("2-1 / 課題")
    (None, None, None, None)
    >>> _explicit("0.5m未満　　大人の膝まで"), _explicit("2.5kg以上"), _explicit("2.1 Materials") is None, _explicit("3.1 m の高さ") is None
    (None, None, False, False)
    """
    read = _number_read(text)
    if read is not None and _QUANTITY_AFTER.match(text, read[1]):
        return None
    return read


def _number_read(text: str) -> tuple[Explicit, int] | None:
    if (sign := _SECTION_SIGN.match(text)) is not None:
        # ``§ 1 System Requirements``, ``§2.1 …``: the section sign leads the number it marks
        read = _number_read(text[sign.end():])
        return (read[0], read[1] + sign.end()) if read is not None else None
    f = fold(text)
    if m := _CHAPTER.match(f):
        value = int(m.group(1)) if m.group(1).isdigit() else kanji_number(m.group(1))
        if value is None:
            return None
        return Explicit(CHAPTER, (value, 0, 0) if m.group(2) == "章" else (0, value, 0), m.group(2)), m.end()
    if m := _DOTTED.match(f):
        sep = text[m.start(2)]
        third = (int(m.group(5)),) if m.group(5) else (0,)
        return Explicit(ARABIC, (int(m.group(1)), int(m.group(3))) + third, None if sep == GAP else sep), m.end()
    if m := _PAREN.match(f):
        return Explicit(PAREN, (int(m.group(1)), 0, 0), None), m.end()
    if m := _ARABIC.match(f):
        sep = text[m.start(2)]
        return Explicit(ARABIC, (int(m.group(1)), 0, 0), sep), m.start(2) if sep in SPACES else m.end()
    if m := _ARABIC_GAP_SEP.match(f):
        return Explicit(ARABIC, (int(m.group(1)), 0, 0), None), m.end()
    if m := _ARABIC_BEFORE_YEAR.match(f):
        return Explicit(ARABIC, (int(m.group(1)), 0, 0), text[m.start(2)]), m.end()
    if (m := _ROMAN.match(f)) and m.group(1) in ROMAN:
        return Explicit(ROMAN_STYLE, (ROMAN.index(m.group(1)) + 1, 0, 0), text[m.end(1)]), m.end(1) + 1
    if m := _ROMAN_GLYPH.match(f):
        return (Explicit(ROMAN_STYLE, (ROMAN_GLYPHS.index(m.group(1)) + 1, 0, 0), text[m.start(2)] if m.group(2) else None),
                m.end(2))
    if m := _KANJI.match(text.replace("．", ".")):
        value = kanji_number(m.group(1))
        return (Explicit(KANJI_STYLE, (value, 0, 0), text[m.end(1)]), m.end()) if value else None
    return None


def number_end(text: str) -> int | None:
    """Where an intact line-initial number ends, read as :func:`explicit_number` reads it (after its separator,
    ``章``/``節`` or bracket; before the white space of a bare ``1 ``), or None. Unlike :func:`heading_number_end`
    it does not ask whether a title follows: a caller that knows what follows (a field's label) asks that itself.

    >>> s = "１　日　時　　令和６年６月１８日"; s[:number_end(s)], heading_number_end(s)
    ('１', None)
    >>> number_end("港町"), number_end("(2) 場所")
    (None, 3)
    """
    read = _explicit(text)
    return read[1] if read is not None else None


_LOST_LEAD = re.compile(rf"^{GAP}+\d{{1,3}}(?=[{SPACES}])")
"""A heading number whose leading glyphs are lost, before the space to its title (``��5 マンガ…``)."""


def heading_number_end(text: str) -> int | None:
    """Where a line-initial heading number ends (after its separator, ``章``/``節`` or closing bracket), or None.

    The number is read as :func:`explicit_number` reads it, in every style
    (``1.``, ``3.1``, ``1-1``, ``1・1``, ``（1）``, ``第1章``, ``I.``, ``一、``),
    or with its leading glyphs lost (``��5 ``). A number that ends in a digit
    is a heading number only before a title (:func:`_titled`: ``3.1 では``,
    ``16 と 17`` go on a sentence). A bare one before white space
    (``1 はじめに``) reads just like a quantity in running text (``30 周年``):
    it is one only on a heading-shaped line and where it counts nothing.
    Numbers with more levels (``2.2 時間の使い方``) are not tested for counting:
    a heading's space matters more than a quantity's (``3.5 倍``).

    >>> t = ["1-1 外国語活動", "1・1　目的", "第2章 IoTの活用", "（3） 課題", "3.1 城下町", "II. 方法", "\ufffd\ufffd5 マンガ"]
    >>> [s[:heading_number_end(s)] for s in t]
    ['1-1', '1・1', '第2章', '（3）', '3.1', 'II.', '\ufffd\ufffd5']
    >>> [heading_number_end(s) for s in ("1 はじめに", "2 本市の概要", "5.1 課題と展望", "2-2 時間の使い方", "3.1 では、")]
    [1, 1, 3, 3, None]
    >>> [heading_number_end(s) for s in ("50 周年記念の式典には", "7 日以上経った", "16 と 17 行目は", "12 か国が参加した。")]
    [None, None, None, None]
    >>> [heading_number_end(s) for s in ("2005 年から", "100 万人", "港町")]
    [None, None, None]
    >>> [heading_number_end(s) for s in ("第2章では、測量の結果を示した。", "（1）は前年と同じ", "第2章 はじめに")]
    [None, None, 3]
    """
    read = _explicit(text)
    if read is not None:
        explicit, end = read
        bare = explicit.separator is not None and explicit.separator in SPACES
    elif m := _LOST_LEAD.match(fold(text)):
        end, bare = m.end(), False
    else:
        return None
    if bare and not heading_shaped(text):
        return None
    digits = re.search(r"\d+$", fold(text[:end]))
    if digits is not None and not _titled(digits.group(), text[end:].lstrip(SPACES), counting=bare):
        return None
    if digits is None and _particle_after(text[end:].lstrip(SPACES)):
        return None  # a sentence naming a chapter (``第2章では、…``, ``（1）は…``): a title opens on no particle
    return end


def _particle_after(title: str) -> bool:
    """``title`` opens on a particle or an auxiliary by Sudachi's reading (``では、…``, ``は…``: :func:`_titled`'s
    test, with no number to count), as a sentence that
    names a chapter goes on and a heading's title never does (fresh-user trial 61: ``第2章では、ドローンによる…`` had
    counted as a level-1 heading). Read only where the title opens on a hiragana.

    >>> _particle_after("では、ドローンによる"), _particle_after("はじめに"), _particle_after("まとめ"), _particle_after("Results")
    (True, False, False, False)
    """
    return bool(title[:1]) and is_hiragana(title[0]) and not _titled("", title, counting=False)


_NO_TITLE_START = frozenset({"助詞", "助動詞", "接尾辞", "補助記号", "空白"})
"""Sudachi's parts of speech no heading title opens with (``と``, ``の``, ``目``…)."""


def _titled(digits: str, title: str, counting: bool = True) -> bool:
    """Whether ``title`` reads as a heading's title after the number ``digits``, by Sudachi's words: it does
    not open with a particle, an auxiliary or a suffix (``と 17 行目``, ``では``), and, when ``counting``, the
    number does not run on into it (``100 万人``) or count what follows (a counter: ``30 周年``, ``7 日``,
    ``5 か所``; but ``2 本市の概要``, where ``本`` is the prefix of ``本市``).

    >>> _titled("30", "周年記念の式典"), _titled("1", "はじめに"), _titled("2", "本市の概要"), _titled("1", "課題と展望")
    (False, True, True, True)
    >>> _titled("1", "では、"), _titled("2", "時間の使い方"), _titled("2", "時間の使い方", counting=False)
    (False, False, True)
    """
    if not title:
        return True
    from pipeline.sudachi import tokenizer  # loaded only for a line that opens with a number

    first = tokenizer().tokenize(title[:MAX_HEADING_CHARS])[0]
    head = first.part_of_speech()[0]
    if head in _NO_TITLE_START:
        return False
    if not counting:
        return True
    words = tokenizer().tokenize((digits + title)[:MAX_HEADING_CHARS])
    if words[0].end() > len(digits):
        return False
    if len(words) < 2 or head == "接頭辞":
        return True
    pos = words[1].part_of_speech()
    # a counter only where the title's own first word is that counter: after a digit Sudachi also splits
    # 課題 into the counters 課 and 題 (``5.1 課題と展望``)
    return not (("助数詞" in pos[2] or pos[0] == "接尾辞") and words[1].surface() == first.surface())


def heading_title_after(digits: str, title: str) -> bool:
    """``title`` reads as a heading's title after the number ``digits``, by Sudachi's words (:func:`_titled`): no
    particle, auxiliary or suffix opens it and the number counts none of it (``回目``, ``四半期``)."""
    return _titled(digits, title)


_RUN_IN = re.compile(r"(?P<title>[A-Z][^.!?:;]{1,60}?[A-Za-z]{3}|[A-Z][a-z]{2,})\.\s+(?=[A-Z\d\"“(][^.]*\s\S+\s)")
MAX_RUN_IN_WORDS = 6
"""Words a run-in heading's title has at most (``Side effects.``, ``Data and methods.``)."""
_NUMBER_LEAD = re.compile(r"\s*(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}\.?|[IVX]{1,5}\.)\s+")
_NUMBER_LEAD_JA = re.compile(r"\s*[0-9０-９]{1,3}[．.、]\s*")


def run_in_cut(heading: str, title_start: int) -> int | None:
    """Where a run-in heading's sentence starts (the title ends in a full stop and the text goes on with a
    sentence of three words or more on the same line), else ``None``.

    >>> h = "1. Scope. This note reports three winters of"
    >>> h[run_in_cut(h, 3):], run_in_cut("2. Findings.", 3), run_in_cut("3. U.S. Policy", 3)
    ('This note reports three winters of', None, None)
    >>> run_in_cut("1. Introduction", 3), run_in_cut("4. Side effects. Verges near salted roads", 3)
    (None, 17)
    >>> h = "４．その他　ご欠席の場合は、会長までご連絡ください。"; h[run_in_cut(h, 2):]
    'ご欠席の場合は、会長までご連絡ください。'
    >>> run_in_cut("１．はじめに", 2), run_in_cut("第1章　総論　国の役割", 4)  # no sentence after the label
    (None, None)
    >>> run_in_cut("1. Apologies were received from Cllr. Hadley and Cllr. Moss.", 3)  # a title before a name
    """
    ja = _RUN_IN_JA.match(heading, title_start)
    if ja is not None:
        return ja.end()
    m = _RUN_IN.match(heading, title_start)
    if m is None or len(m.group("title").split()) > MAX_RUN_IN_WORDS:
        return None
    from pipeline.english_words import abbreviation_goes_on

    # a title's or a post's abbreviation before the name it takes ends no heading (``1. Apologies were received from
    # Cllr. Ha\ufffdley and …``: helper name73, the name was parted from its title and read as no name's)
    if abbreviation_goes_on(heading[:m.end()].rstrip(), heading[m.end():]):
        return None
    return m.end()


_RUN_IN_JA = re.compile(r"(?P<title>[^\s\u3000。、，．：:]{1,8})(?:\u3000+|\s+)(?=\S.*[。．]$)")
"""A Japanese item's label run in with its sentence (``４．その他　ご欠席の場合は、…ご連絡ください。``): a short label,
an ideographic space (or spaces), then text that ends a sentence, which no heading does. The cut is
after the space: the heading keeps it (an ideographic space is text, and no paragraph opens on one: docs/decisions.md)."""


def run_in_head(text: str) -> str:
    """A numbered line's heading part when it is a run-in heading (``2. Data and Method.`` of
    ``2. Data and Method. We obtained…``), else the line.

    >>> run_in_head("2. Data and Method. We obtained anonymised trip records for the"), run_in_head("2. 方法")
    ('2. Data and Method.', '2. 方法')
    >>> run_in_head("４．その他　ご欠席の場合は、会長までご連絡ください。")
    '４．その他'
    """
    lead = _NUMBER_LEAD.match(text) or _NUMBER_LEAD_JA.match(text)
    cut = run_in_cut(text, lead.end()) if lead else None
    return text[:cut].rstrip() if cut is not None else text


@lru_cache(maxsize=LINE_CACHE)  # a pure per-line predicate, asked again by every block read over the line
def heading_shaped(text: str) -> bool:
    """Short, not a sentence, and opening with a number, a bracket, 第, a roman numeral or a lost glyph.
    A run-in heading's line is judged by its heading part (:func:`run_in_head`).

    >>> heading_shaped("\\ufffd\\ufffd北の港の技術拠点 港町"), heading_shaped("（１）港湾部会"), heading_shaped("第1章")
    (True, True, True)
    >>> heading_shaped("1970 年代、港町は急速に人口が増えた。"), heading_shaped("① 広域連携の推進"), heading_shaped("4.1 によると、")
    (False, False, False)
    >>> heading_shaped("2. Data and Method. We obtained anonymised trip records for the calendar year")
    True
    >>> heading_shaped("1 tbsp olive oil"), heading_shaped("2. The Licensor found that"), heading_shaped("2 Data and Method")
    (False, False, True)
    >>> heading_shaped("1. Sign in at the tent beside the lifeguard tower."), heading_shaped("3. Results.")
    (False, True)
    >>> heading_shaped("1ᵉʳ février"), heading_shaped("2ⁿᵈ day")  # an ordinal: a date, no section number
    (False, False)
    >>> heading_shaped("13 amsmathとの衝突の回避"), heading_shaped("1.1 jsclasses.dtxからの主な変更点")  # a Japanese title
    (True, True)
    >>> heading_shaped("3 kmの区間"), heading_shaped("2 kg程度")  # a quantity's unit
    (False, False)
    >>> heading_shaped("6, 7, 8, 9, 10, 11, 12"), heading_shaped("3, 76")  # an index entry's page numbers
    (False, False)
    >>> heading_shaped("1,Anna,Oslo"), heading_shaped("2,Ben"), heading_shaped("1，はじめに")  # a CSV record's row
    (False, False, True)
    >>> heading_shaped(r"71 \\setlength{\\chaprule}{0.4\\p@}"), heading_shaped("1 & January & 31")  # code, a table's row
    (False, False)
    >>> heading_shaped(r"52 \\raggedbottom"), heading_shaped("68 }"), heading_shaped("3 Growth of 5% a year")
    (False, False, True)
    >>> heading_shaped("2 %% if jsclasses loaded,"), heading_shaped("9 %</minijs>")  # a listing's comment lines
    (False, False)
    >>> heading_shaped(r"4 The \\maketitle command"), heading_shaped(r"1.1.2 \\begin{langesbeispiel}")  # a manual's headings
    (True, True)
    >>> heading_shaped("20. Mai 2018"), heading_shaped("3 March 2025"), heading_shaped("3. May 2024 Update on the Plan")
    (False, False, True)
    >>> heading_shaped("10 Sept  Class photos"), heading_shaped("3 October  Harvest supper"), heading_shaped("10 Results")
    (False, False, True)
    >>> heading_shaped("59.66° N"), heading_shaped("12.5 % of the plots"), heading_shaped("20℃以下"), heading_shaped("3 × 3 grid")
    (False, False, False, False)
    >>> heading_shaped("2 Ablation of 5% Noise"), heading_shaped("1.2 Signs ± and ×")
    (True, True)
    >>> heading_shaped("1: y ⇐ 1"), heading_shaped("2: for i ← 1 to n do"), heading_shaped("4 AI"), heading_shaped("3 大")
    (False, False, True, True)
    >>> heading_shaped("2 H2 + O2 ! 2 H2O 方程式"), heading_shaped("2 – + Ba2+ ! BaSO4 #"), heading_shaped("3 C++ and Java")
    (False, False, True)
    >>> heading_shaped("１　原告は、令和６年５月、条例に基づき公開を請求"), heading_shaped("１　非公開事由の解釈について")
    (False, True)
    """
    s = run_in_head(text.strip())
    if not s or len(s) > MAX_HEADING_CHARS or s.endswith(("。", "．", "、", "，", ",")) or "。" in s:
        return False
    if (_LOWER_CASE_AFTER_NUMBER.match(s) and not _NAME_IN_JAPANESE.match(s)) \
            or (_NUMBER_THEN_LATIN.match(s) and ends_on_connective(s)):
        return False
    if _NUMBER_THEN_LATIN.match(s) and s.endswith(".") and len(s.split()) > MAX_TITLE_WORDS_EN + 1:
        return False  # ``1. Sign in at the tent beside the lifeguard tower.``: a numbered instruction, a sentence
    if _LINE_NUMBER.match(s) and (len(CODE_SIGN.findall(s)) >= 2 or _CODE_LINE.match(s)):
        return False  # a numbered line of a code listing or a LaTeX table's row (``5 \newif\ifATdr@ft``, ``1 & Jan \\``)
    if _NUMBER_LIST.match(s):
        return False  # an index entry's page numbers wrapped onto their own line, a row of numbers
    if _CSV_RECORD.match(s):
        return False  # ``1,Anna,Oslo``: a comma-separated file's record, no section 1 titled ``,Anna,Oslo``
    if _QUANTITY_SIGN.match(s):
        return False  # ``59.66° N``, ``12.5 % of plots``: a measured value, no section 59.66 (trial 47)
    if _FORMULA_OPERATOR.search(s) and _FORMULA_TERM.search(s):
        return False  # ``2 H2 + O2 → 2 H2O``: an equation's coefficient, no section 2
    if (lead := _LINE_NUMBER.match(s)) is not None and GAP not in s and s[lead.end():].strip() \
            and not _WORD_OF_TWO.search(s[lead.end():]) and not has_japanese(s[lead.end():]):
        return False  # ``1: y ⇐ 1``: an algorithm's or a formula's numbered line, no word in it (col48's oup)
    if korean_sentence(s):
        return False  # ``1.3 버전부터는 …``: a Korean sentence opening on a version number, no section 1.3
    if (lead := _JA_NUMBER_LEAD.match(s)) is not None and _JA_CLAUSE_OPENING.match(s[lead.end():]):
        return False  # ``１　原告は、令和６年５月、…``: a numbered paragraph's sentence, its topic set off by a comma
        # (fresh-user trial 74e's written opinion: its numbered facts had become subsections 2.1 and 2.2)
    if s[0].isdigit() and _is_date(s):
        return False  # a day's date (``20. Mai 2018``, ``3 March 2025``): a dateline, no section 20 (real-PDF trial: a CV)
    if s[0].isdigit() and _day_month_entry(s) and not month_opens_title(s):
        return False  # ``10 Sept  Class photos``: a dates list's entry, no section 10 (issue 16 point 2, news66)
    if (sign := _SECTION_SIGN.match(s)) is not None:
        s = s[sign.end():]  # ``§ 1 System Requirements``: the sign leads the number
    return s[0] in "0123456789０１２３４５６７８９(（第IVX一二三四五六七八九十" + ROMAN_GLYPHS or s[0] == GAP


_JA_NUMBER_LEAD = re.compile(r"^[0-9０-９]{1,3}[.．]?[ \u3000]+")
"""A number and white opening a Japanese line (``１　``, ``2. ``)."""
_JA_CLAUSE_OPENING = re.compile(r"^[^\s、。，,]{1,15}?(?:は|が|では|には|とは|も)[、，]")
"""A sentence's topic or subject set off by a comma (``原告は、``, ``本市では、``): a clause's opening, never a heading's
noun phrase."""


_KOREAN_LEAD = re.compile(r"^[0-9０-９]+(?:[.．][0-9０-９]+)*[.．]?\s+(\S+)")
_KOREAN_ADVERBIAL = re.compile(r"[\uac00-\ud7a3](?:부터|에서|에게|까지|으로|로|에)(?:는|도|만)?$")
"""A Korean word closing on an adverbial particle (``버전부터는``, ``서울에서``, ``한글로는``): the opening of a clause
whose verb comes later, never a heading's noun phrase (``3 한글을 쓰는 방법`` opens on an object, a modifier's)."""
_KOREAN_SENTENCE_END = re.compile(r"[\uac00-\ud7a3](?:다|요|까)[.?!。]?$")
"""A Korean line closing on a sentence's final ending (``…동작한다.``, ``…있습니다``, ``…할까?``)."""


def korean_sentence(text: str) -> bool:
    """A numbered Korean line that is a sentence, no heading: the number a version's or a count's (``1.3 버전부터는
    나눔글꼴이 아닌 … 지정해서``, ``2.1 버전부터는 … 동작한다.``; fresh-user trial 62b's cjk-ko manual had two sections so).
    Evidence, its title of three words or more in Hangul (:func:`~pipeline.chardata.is_korean`): it closes on a
    sentence's final ending (:data:`_KOREAN_SENTENCE_END`), or its first word closes on an adverbial particle
    (:data:`_KOREAN_ADVERBIAL`). A noun phrase (``2 설치 방법``, ``3 한글을 쓰는 방법``, ``1.2 서울에서``: two words) stays a heading.

    >>> korean_sentence("1.3 버전부터는 나눔글꼴이 아닌 다른 한글 폰트를 패키지 옵션으로 지정해서")
    True
    >>> korean_sentence("2.1 버전부터는 자동조사가 한글 다음에 올 때도 바르게 동작한다."), korean_sentence("3 한글을 쓰는 방법")
    (True, False)
    >>> korean_sentence("1 소개"), korean_sentence("4 자동 조사"), korean_sentence("2.3 한글 글꼴 설정"), korean_sentence("2 Package options")
    (False, False, False, False)
    """
    m = _KOREAN_LEAD.match(text)
    if m is None or not is_korean(text[m.start(1):]) or len(text[m.start(1):].split()) < 3:
        return False
    return _KOREAN_ADVERBIAL.search(m.group(1)) is not None or _KOREAN_SENTENCE_END.search(text.rstrip()) is not None


def lower_case_title(text: str) -> int | None:
    """Where the title of a numbered line opens in lower case (``4.1 control``, ``5.21 watch``: a file's or a
    command's name heading its section), when that is the one thing that keeps :func:`heading_shaped` from reading it
    as a heading; else ``None``. The shape alone cannot tell such a heading from a quantity (``1 tbsp olive oil``,
    ``2.5 million riders``): the caller asks the layout (a PDF that sets the line apart,
    :func:`pipeline.segment.sections._set_apart_lower`).

    >>> lower_case_title("4.1 control"), lower_case_title("5.22 source/format"), lower_case_title("1 tbsp olive oil")
    (4, 5, 2)
    >>> lower_case_title("7.8 mcコマンド"), lower_case_title("3 kmの区間")  # a command's name; a quantity's unit
    (4, 2)
    >>> lower_case_title("4.1 Control"), lower_case_title("1ᵉʳ février"), lower_case_title("1.1 jsclasses.dtxからの変更点")
    (None, None, None)
    >>> lower_case_title("2. the Licensor found that"), lower_case_title("interest rates 4.1")
    (None, None)
    """
    s = text.rstrip()
    m = _LOWER_CASE_AFTER_NUMBER.match(s)
    if m is None or not "a" <= s[m.end() - 1] <= "z" or explicit_number(s) is None or heading_shaped(s):
        return None
    at = m.end() - 1
    return at if heading_shaped(s[:at] + s[at].upper() + s[at + 1:]) else None


_MONTH_OPENING_TITLE = re.compile(
    r"^[0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (?=[A-Z])")
"""A bare number, one space, a month's full name, one space and a capital: the shape a numbered heading whose title
opens on a month's name shares with a dates list's entry set with single spaces (``4 May Day Traditions``, ``10
September Class photos``)."""


def month_opens_title(text: str) -> bool:
    """``text`` may be a numbered heading whose title opens on a month's name (``4 May Day Traditions``,
    ``3 March Hare Races``), not only a dates list's entry: the number bare, single spaces, the month's name written
    in full and in title case, a word in title case after it. Nothing on the line tells the two apart; the numbering
    around it does (:func:`solve`: such a line heads a section only where it stands in step with numbered headings that
    are no such line). A short month (``10 Sept``), an ordinal (``21st March``), a weekday, a wide space or a TAB after
    the month (``10 Sept  Class photos``), or nothing after it are a date's marks: an entry (issue 16, helper news67).

    >>> [month_opens_title(s) for s in ("4 May Day Traditions", "3 March Hare Races", "10 September Class photos")]
    [True, True, True]
    >>> [month_opens_title(s) for s in ("10 Sept Class photos", "4 May  Day trip", "21st March Fair", "3 October",
    ...                                 "Mon 4 May Bank holiday", "4 may day", "4 May 2025")]
    [False, False, False, False, False, False, False]
    """
    return _MONTH_OPENING_TITLE.match(text.strip()) is not None


def _day_month_entry(text: str) -> bool:
    """A line opening on a day and a month's name (:func:`pipeline.segment.labels.day_month_entry`, imported on first
    use as :func:`_is_date` imports its reader)."""
    from pipeline.segment.labels import day_month_entry
    return day_month_entry(text)


def _is_date(text: str) -> bool:
    """A date alone on its line (:func:`pipeline.segment.labels.is_date_line`, imported here on first use: that module
    reads this one)."""
    from pipeline.segment.labels import is_date_line
    return is_date_line(text)


CODE_SIGN = re.compile(r"\\[A-Za-z@]+|\\\\|[{}&;]|^[\d.\s]*%")
"""Signs of program text: a TeX control word, a row's ``\\``, braces, a cell's ``&``, a statement's ``;``, a comment's
``%`` after the line number. Two of them make a numbered line a code listing's (manuals print their listings with
line numbers: 146 of adfathesis.pdf's 150 "sections" were), never a heading."""


_LINE_NUMBER = re.compile(r"^[0-9]{1,4}[.:]?(?:\s|$)")
"""A listing's line number: a plain integer, never a section's dotted number (``1.1.1 \\begin{beispiel}``, a
manual's heading naming its environment, keeps its number)."""
_CODE_LINE = re.compile(r"^[\d.\s]+(?:\\[A-Za-z@]|%|[{}%;&]+\s*$)")
"""A numbered line whose text opens on a TeX control word (``52 \raggedbottom``) or is only a brace or a comment
sign (``68 }``): a listing's line; a printed heading's title never opens on a backslash."""


_WORD_OF_TWO = re.compile(r"[^\W\d_]{2}")
"""Two letters in a row: a heading's title holds a word (or a Japanese letter; ``Q&A`` aside)."""
_QUANTITY_SIGN = re.compile(r"^[0-9０-９]+(?:[.,．][0-9０-９]+)?\s*[°º%％‰′″℃℉±×]")
"""A number that a unit's or an operator's sign follows (``59.66° N``, ``12.5 %``, ``20℃``, ``3 × 3``): a value,
never a section number (a section's title opens with a word)."""
_FORMULA_OPERATOR = re.compile(r"\s[+=＝]\s")
_FORMULA_TERM = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,2}\d")
"""A displayed equation's line (``2 H2 + O2 (cid:0)(cid:0)! 2 H2O``, ``2 – + Ba2+ … BaSO4``): a ``+`` or ``=`` standing
alone between spaces beside a term of one or two letters and an index (``H2``, ``Ba2``, ``x1``); its leading number a
coefficient, never a section number (issue 16, session 51: texproposal's CQU thesis had two chemical equations as
sections ``2``, the second hiding chapter 3 from its running heads)."""
_NUMBER_LIST = re.compile(r"^\d{1,4}(?:\s*[,，、;]\s*\d{1,4}(?:[–-]\d{1,4})?)+[,，、]?$")
"""Numbers listed with commas and nothing else (``6, 7, 8, 9, 10, 11, 12``): an index entry's page numbers on a
line of their own, never a heading numbered by the first."""


MAX_TITLE_WORDS_EN = 6
"""An English heading alone on its line that ends in a full stop has at most this many words (``2. Data and
Method.``); a longer one is a sentence: a numbered list's item. (A run-in heading is judged by its heading part.)"""
_LOWER_CASE_AFTER_NUMBER = re.compile(r"^[\d.．()（）\s]+:?\s*[a-zᵃ-ᵡˡ-ˣⁱⁿºª]")
"""A number before a lower-case English word is no heading (``1 tbsp olive oil``: a quantity), nor one before a
superscript letter, an ordinal's (``1ᵉʳ février``, ``2ⁿᵈ``: a date); a Japanese title may open on a name set in
lower case (``13 amsmathとの衝突の回避``, a package's)."""
_NAME_IN_JAPANESE = re.compile(r"^[\d.．\s]+[a-z][A-Za-z0-9.@_-]{3,}(?=[\u3040-\u30ff\u3400-\u9fff])")
"""A Japanese title opening on a name in lower case, four letters or more, Japanese right after it (``1.1
jsclasses.dtxからの主な変更点``): a package's or a file's name, no unit of a quantity (``3 kmの``, ``5 kg程度``)."""
_CSV_RECORD = re.compile(r"^\d{1,6},(?=\S)")
"""A comma-separated record opening on a number, its ASCII comma glued to the next field (``1,Anna,Oslo``; fresh-user
trial 57, where a README's CSV rows had become sections 1 and 2); a heading's comma, if any, has a space after it."""
_NUMBER_THEN_LATIN = re.compile(r"^[\d.．()（）\s]+[A-Za-z]")
"""A number before English: a heading's title then may not stop on a connective (``2. The Licensor found that``
is a numbered clause going on, :func:`pipeline.english_words.ends_on_connective`)."""


@dataclass(frozen=True)
class Slot:
    """One character position of a heading number template."""

    role: str  # digit | sep | lit
    chars: str  # the acceptable characters (for a digit: the one expected digit)
    optional: bool = False


@dataclass(frozen=True)
class Style:
    """The numbering a paper uses, learnt from its intact headings."""

    level1: str = ARABIC
    level1_seps: tuple[str, ...] = ()
    level2_seps: tuple[str, ...] = ()
    kanji: bool = False  # 第一章 rather than 第1章
    kanji_sections: bool = False  # 第一節 rather than 第1節
    section_mark: bool = False  # level 2 is 第N節 (else 1.1 under a chapter)
    roman_glyphs: bool = False  # Ⅱ (one character, U+2161) rather than II


def _digits(n: int, kanji: bool) -> str:
    return kanji_numeral(n) if kanji else str(n)


def template(label: Label, style: Style) -> list[Slot]:
    """The characters a heading numbered ``label`` starts with, in the paper's style.

    >>> [s.chars for s in template((13, 0, 0), Style())]
    ['1', '3', '.．、)）:：']
    >>> [s.chars for s in template((3, 2, 0), Style(level2_seps=('.',)))]
    ['3', '.', '2']
    >>> [s.chars for s in template((2, 0, 0), Style(level1=CHAPTER, kanji=True))]
    ['第', '二', '章']
    >>> [s.chars for s in template((1, 4, 1), Style(level1=CHAPTER))]
    ['1', '.．-－・', '4', '.．-－・', '1']
    """
    major, minor, sub = label
    if style.level1 == CHAPTER and minor and not sub and style.section_mark:
        return [Slot("lit", "第"), *[Slot("digit", d) for d in _digits(minor, style.kanji_sections)], Slot("lit", "節")]
    if minor:
        seps = "".join(style.level2_seps) or LEVEL2_SEPARATORS
        slots = [*[Slot("digit", d) for d in str(major)], Slot("sep", seps), *[Slot("digit", d) for d in str(minor)]]
        if sub:
            slots += [Slot("sep", seps), *[Slot("digit", d) for d in str(sub)]]
        return slots
    if style.level1 == CHAPTER:
        return [Slot("lit", "第"), *[Slot("digit", d) for d in _digits(major, style.kanji)], Slot("lit", "章")]
    if style.level1 == PAREN:
        return [Slot("lit", "(（"), *[Slot("digit", d) for d in str(major)], Slot("lit", ")）")]
    seps = "".join(style.level1_seps) or LEVEL1_SEPARATORS
    if style.level1 == ROMAN_STYLE and style.roman_glyphs:
        return [Slot("digit", ROMAN_GLYPHS[major - 1]), Slot("sep", seps, optional=True)] if major <= len(ROMAN_GLYPHS) else []
    if style.level1 == ROMAN_STYLE:
        return [*[Slot("digit", d) for d in ROMAN[major - 1]], Slot("sep", seps)] if major <= len(ROMAN) else []
    if style.level1 == KANJI_STYLE:
        return [*[Slot("digit", d) for d in kanji_numeral(major)], Slot("sep", "".join(style.level1_seps) or "、．.\u3000")]
    return [*[Slot("digit", d) for d in str(major)], Slot("sep", seps, optional=True)]


def templates(label: Label, style: Style, chapter: int) -> list[list[Slot]]:
    """The templates a heading numbered ``label`` may follow after a heading of chapter ``chapter``: :func:`template`,
    and under chapters written ``第N章`` whose sections are written ``第M節`` also the arabic ``N.M`` where N is that
    chapter (a report may number one chapter's sections ``第1節`` and the next chapter's ``2.1``: the digits name the
    chapter they stand under, so ``1.5`` under ``第2章`` is no section of it).

    >>> s = Style(level1=CHAPTER, section_mark=True)
    >>> [[t.chars for t in slots] for slots in templates((2, 1, 0), s, 2)]
    [['第', '1', '節'], ['2', '.．-－・', '1']]
    >>> len(templates((2, 0, 0), s, 1)), len(templates((2, 1, 0), Style(level1=CHAPTER), 2)), len(templates((1, 5, 0), s, 2))
    (1, 1, 1)
    """
    first = template(label, style)
    if style.level1 == CHAPTER and style.section_mark and label[1] and not label[2] and label[0] == chapter:
        return [first, template(label, replace(style, section_mark=False))]
    return [first]


@dataclass(frozen=True)
class Match:
    """How a line realises a template: where the number ends and what each gap stands for."""

    end: int  # offset of the title (after the number, its separator and spaces)
    score: int  # intact characters that agree with the template
    gaps: tuple[tuple[int, str, str], ...] = ()  # (offset, role, expected chars)


_BAD_TITLE_START = re.compile(rf"^[\d{GAP}]{{1,3}}[\s.．]|^\d")
_COUNTED_TITLE_START = re.compile(r"^\d+(?=[^\W\d_A-Za-z章節項])")
"""A title opening on a quantity glued to its Japanese word (``2023年度の取組と実績``, ``3つの課題``, ``10年後の姿``): a
title's, after a number whose separator, bracket or 章 is printed (``2. 2023年度の取組と実績``, ``（2）2023年度の…``,
``第2章 2023年度の…``; helper deck52: such a heading was read as its paragraph's line, its section lost, and the slide
``Results in 2023`` had no section to link to). Digits before white space or a separator (``4 �ランディング``,
``3. Title``), before ``章``/``節`` (a level's number) or a Latin word (``2. 2023 Results``, unread) stay a leftover
number: the template is too short. Such a title is a phrase: at most :data:`MAX_COUNTED_TITLE` characters, no
clause's mark (``1. 1回目の実行では，行分割前に「`` is a list's item, a sentence: luatexja-ruby in the corpus run)."""
_COUNTED_WORD = re.compile(rf"^[{COUNTERS}](?:[^\u4e00-\u9fff々]|目|$)")
"""A counter as a word of its own (:data:`COUNTERS`, no kanji after it but the ordinal 目) right after a number with
no separator printed: the number counts it (a roster's ``1番　青木 一郎君``, ``3 人が参加``), never a heading's number
(trial 54: an assembly's attendance roster, ``1番　…　2番　…``, was section 1 over every speech). A title opening on a
word that opens with such a letter (``1日本の課題``, ``2 番号の付け方``) stays a heading's, as :data:`_KANJI` reads."""
_PER_COUNT = re.compile(r"^[株人件台個本枚回社戸世帯名]当たり")
"""A rate's unit glued to its number (``1株当たり中間純利益　86.42円``, ``1人当たり``): a figure's label, never a heading's
number and title (fresh-user trial 73b: a results summary's row had been section 1, its true section 1 front)."""
_CLASS_COUNT = re.compile(r"^[組班](?=[ \u3000\t（(：:・、]|担任|副担任|担当|代表|リーダー|長|の|$)")
"""A class or a group glued to its number (``1組担任　高橋 誠 先生``, ``2班　清水寺``): a school's class or a party's
group, never a heading's number (issue 16 point 2, helper misc74, fresh-user trial 74d: a school trip's class
teachers had been sections 1–3, the day plans under them their subsections). Only where the count is a word of its
own, white, a bracket, a mark or its role after it: a title opening on a word that opens with the letter (``1組織の
課題``, ``2組合の役割``, pTeX's manuals' ``5 組方向``, ``6 組版結果の出力``: real PDFs, which had lost their numbers)
stays a heading's."""
_GRADE_COUNT = re.compile(r"^(?:級|年生|等賞|位(?![置相]))")
"""A grade, a school year or a placing glued to its number (``1級合格者``, ``2年生の部``, ``1等賞``, ``3位``): an exam's
grade or a list's rank, never a heading's number (issue 16 point 2, helper tab80: an abacus exam's pass list headed
``1級合格者`` / ``2級合格者`` / ``3級合格者`` had become sections 1–3 titled ``級合格者``). A title opening on a word
that opens so (``1位置の決定``) stays a heading's."""
_YEAR_TITLE_START = re.compile(r"^(?:19|20)[0-9]{2}年")
"""A title opening on a year of the Western calendar (``2026年3月期第2四半期の連結業績（2025年4月1日～2025年9月30日）``):
it may run to :data:`MAX_YEAR_TITLE` characters, a period's dates in brackets after it (fresh-user trial 73b)."""
MAX_YEAR_TITLE = 60
MAX_COUNTED_TITLE = 30
"""Characters a heading's title opening on a quantity has at most (a Japanese slide's or heading's title, 30 as
``slidetext.MAX_TITLE_CHARS_JA``)."""
_CLAUSE_MARK = re.compile(r"[、，,。．「」『』：:]")


def match_template(text: str, slots: list[Slot]) -> Match | None:
    """Align a heading line with a template; lost glyphs match anything.

    The rest of the line must look like a title: a leftover number
    (``4 �ランディング`` after a one-digit template) means the template is
    too short for this line. Only a chapter number may stand alone.

    >>> m = match_template("\\ufffd\\ufffd港の技術拠点", template((2, 0, 0), Style()))
    >>> m.end, m.score, [g[1] for g in m.gaps]
    (2, 0, ['digit', 'sep'])
    >>> match_template("\\ufffd\\ufffd4 \\ufffdランディング", template((5, 0, 0), Style())) is None
    True
    >>> match_template("\\ufffd\\ufffd4 \\ufffdランディング", template((3, 4, 0), Style())).end
    4
    >>> match_template("\\ufffdえた都市", template((1, 0, 0), Style())) is None
    True
    >>> match_template("\\ufffd" * 4, template((2, 1, 0), Style())) is None
    True
    >>> match_template("第 1 章", template((1, 0, 0), Style(level1=CHAPTER))).end
    5
    >>> match_template("§ 2 Installation", template((2, 0, 0), Style())).end
    4
    >>> match_template("1-1．研究の背景", template((1, 1, 0), Style())).end, match_template("2.3. Data", template((2, 3, 0), Style())).end
    (4, 5)
    >>> match_template("2. 2023年度の取組と実績", template((2, 0, 0), Style())).end, match_template("13. Data", template((1, 0, 0), Style()))
    (3, None)
    >>> match_template("1番　青木 一郎君", template((1, 0, 0), Style())), match_template("1日本の課題", template((1, 0, 0), Style())).end
    (None, 1)
    >>> match_template("1組担任　高橋 誠 先生", template((1, 0, 0), Style())), match_template("1組織の課題", template((1, 0, 0), Style())).end
    (None, 1)
    """
    if not slots:
        return None
    f = fold(text)
    sign = _SECTION_SIGN.match(f)
    i = sign.end() if sign is not None else 0  # ``§ 1 System Requirements``: the number after the section sign
    score = 0
    skipped = False
    separated = False  # the number's closing separator, bracket or 章 is printed, intact (``2.``, ``（2）``, ``第2章``)
    gaps: list[tuple[int, str, str]] = []
    for k, slot in enumerate(slots):
        while slot.role != "sep" and k and i < len(f) and f[i] == " " and slots[k - 1].role == "lit":
            i += 1  # 第 1 章: a typesetter's space inside a chapter number
        if slot.role == "lit" and k and i < len(f) and f[i] == " " and slots[k - 1].role == "digit":
            i += 1
        if i >= len(f):
            return None
        c = f[i]
        if c == GAP:
            gaps.append((i, slot.role, slot.chars))
        elif c in slot.chars or fold(c) in fold(slot.chars):
            score += 1
            separated = separated or (slot.role in ("sep", "lit") and k == len(slots) - 1)
        elif slot.optional:
            skipped = True
            continue
        else:
            return None
        i += 1
    if skipped and score == 0:
        # Only lost glyphs and no separator: nothing says this is a number at all.
        return None
    if slots[-1].role == "digit" and i < len(f) and f[i] in ".．" and f[i + 1:i + 2] not in (".", "．") \
            and not f[i + 1:i + 2].isdigit():
        i += 1  # a full stop closing ``1-1．`` / ``2.3.``, as ``1．`` is closed (explicit_number reads it so)
    while i < len(f) and f[i] in SPACES:
        i += 1
    rest = f[i:]
    if not rest:
        return Match(i, score, tuple(gaps)) if slots[-1].chars == "章" and score else None
    if not rest.strip(GAP + SPACES) and not score:
        return None  # lost glyphs only, number and title alike: nothing says it is a heading
    if skipped and (_COUNTED_WORD.match(rest) or _PER_COUNT.match(rest) or _CLASS_COUNT.match(rest)
                    or _GRADE_COUNT.match(rest)):
        return None  # a number counting what follows it, no separator printed (``1番　青木 一郎君``: a seat, trial 54)
    if _BAD_TITLE_START.match(rest) and not (separated and _COUNTED_TITLE_START.match(rest)
                                             and len(rest) <= (MAX_YEAR_TITLE if _YEAR_TITLE_START.match(rest)
                                                               else MAX_COUNTED_TITLE)
                                             and not _CLAUSE_MARK.search(rest)):
        return None
    return Match(i, score, tuple(gaps))


def learn_style(texts: Sequence[str]) -> Style:
    """The paper's numbering style and separators, from its intact heading numbers.

    >>> learn_style(["1．はじめに", "2．方法", "2.1 資料"])
    Style(level1='arabic', level1_seps=('．',), level2_seps=('.',), kanji=False, kanji_sections=False, section_mark=False, roman_glyphs=False)
    >>> learn_style(["（1）はじめに", "（2）方法"]).level1, learn_style(["I. Introduction", "II. Method"]).level1
    ('paren', 'roman')
    >>> s = learn_style(["第一章 序論", "（1）背景", "第1節 調査"])
    >>> s.kanji, s.kanji_sections, s.section_mark
    (True, False, True)
    """
    found = [e for t in texts if heading_shaped(t) and (e := explicit_number(t)) is not None]
    styles = {e.style for e in found}
    if CHAPTER in styles and any(e.label[0] for e in found if e.style == CHAPTER):
        level1 = CHAPTER
    elif ROMAN_STYLE in styles and _roman_leads(found):
        level1 = ROMAN_STYLE
    elif _paren_leads(found):
        level1 = PAREN
    elif ARABIC in styles or not styles:
        level1 = ARABIC
    elif ROMAN_STYLE in styles:
        level1 = ROMAN_STYLE
    elif KANJI_STYLE in styles:
        level1 = KANJI_STYLE
    else:
        level1 = PAREN
    level1_seps = sorted({e.separator for e in found if e.style == level1 and e.label[1] == 0 and e.separator
                          and (e.separator not in SPACES or level1 == KANJI_STYLE) and level1 != CHAPTER})
    level2_seps = sorted({e.separator for e in found if e.style == ARABIC and e.label[1] and e.separator})
    chapters = [m for t in texts if heading_shaped(t) and (m := _CHAPTER.match(fold(t)))]
    kanji = any(not m.group(1).isdigit() for m in chapters if m.group(2) == "章")
    kanji_sections = any(not m.group(1).isdigit() for m in chapters if m.group(2) == "節")
    section_mark = any(m.group(2) == "節" for m in chapters)
    glyphs = any(_ROMAN_GLYPH.match(fold(t)) for t in texts if heading_shaped(t))
    return Style(level1, tuple(level1_seps), tuple(level2_seps), kanji, kanji_sections, section_mark, glyphs)


def _paren_leads(found: list[Explicit]) -> bool:
    """Bracketed numbers number the paper's top level: two or more ``（1）`` headings and no arabic heading
    without a minor number, the arabic ones all two-part (``（2）調査の方法`` / ``2-1 対象`` / ``2-2 手順`` /
    ``（3）おわりに``: a Japanese paper's sections bracketed, their subsections hyphenated). Arabic level-1
    numbers (``1.``, ``2)``) beside them make the brackets items under those sections instead.

    >>> _paren_leads([Explicit(PAREN, (1, 0, 0)), Explicit(PAREN, (2, 0, 0)), Explicit(ARABIC, (2, 1, 0), "-")])
    True
    >>> _paren_leads([Explicit(PAREN, (1, 0, 0)), Explicit(PAREN, (2, 0, 0)), Explicit(ARABIC, (1, 0, 0), ".")])
    False
    """
    paren = sum(1 for e in found if e.style == PAREN)
    return paren >= 2 and not any(e.style == ARABIC and not e.label[1] for e in found)


def _roman_leads(found: list[Explicit]) -> bool:
    """Roman numerals number the paper's top level though arabic numbers occur too: two roman headings or
    more, at least as many as the arabic ones with no minor number (``Ⅰ．`` … over ``1）`` items).

    >>> _roman_leads([Explicit(ROMAN_STYLE, (1, 0, 0)), Explicit(ROMAN_STYLE, (2, 0, 0)), Explicit(ARABIC, (1, 0, 0), ")")])
    True
    """
    roman = sum(1 for e in found if e.style == ROMAN_STYLE)
    arabic = sum(1 for e in found if e.style == ARABIC and not e.label[1])
    return roman >= 2 and roman >= arabic


@dataclass(frozen=True)
class Reading:
    """One heading in the chosen sequence."""

    index: int  # index into the lines given
    label: Label
    match: Match

    @property
    def number(self) -> str:
        return ".".join(str(n) for n in self.label if n) if self.label[0] else ".".join(str(n) for n in self.label[1:] if n)

    @property
    def level(self) -> int:
        return 3 if self.label[2] else 2 if self.label[1] else 1


PARALLEL_PENALTY = 1
"""Cost of a heading that repeats the number of the heading before it in the other language (a bilingual
manual's parallel columns: ``§ 2 Installation`` then ``§ 2 インストール``): less than a jump, since the
change of language explains the repeat."""


def parallel(text: str, before: str) -> bool:
    """``text`` and ``before`` are headings in two languages, Japanese, English or Korean (a parallel
    translation's pair).

    >>> parallel("§ 2 インストール", "§ 2 Installation"), parallel("2 Method", "2 Installation"), parallel("2", "2 方法")
    (True, False, False)
    >>> parallel("1. 들어가며", "１．はじめに"), parallel("1. 背景", "1. はじめに")
    (True, False)
    """
    a, b = _heading_script(text), _heading_script(before)
    return NEUTRAL not in (a, b) and a != b


def _heading_script(text: str) -> str:
    """``ko`` for a Korean heading (Hangul letters outnumbering the others), else :func:`script_of`'s ``ja``,
    ``en`` or ``neutral`` (a Chinese heading is not told from a Japanese one by its few letters)."""
    return "ko" if is_korean(text) else script_of(text)


def _candidates(state: Label, explicit: Explicit | None, style: Style, repeat: bool = False,
                expected: bool = False) -> list[tuple[Label, int]]:
    """Labels a heading may take after ``state``, each with its penalty (0: the sequence goes on); ``repeat``
    offers ``state`` itself again (the heading's :func:`parallel` twin); ``expected``: the headings so far stand in
    pairs, so the twin is what comes (the repeat costs nothing, going on one, and a twin whose number was lost,
    ``�. 추진 내용`` after ``2. 取組``, may repeat too)."""
    a, b, c = state
    on = 1 if expected else 0
    options = [((a + 1, 0, 0), on), ((a, b + 1, 0), on) if a else ((1, 1, 0), 2), ((a + 1, 1, 0), 2 + on)]
    if repeat and explicit is not None and explicit.label == state or expected and explicit is None:
        options.append((state, 0 if expected else PARALLEL_PENALTY))
    if b:
        options.append(((a, b, c + 1), 0))
        options.append(((a, b + 1, 1), 2))
    if explicit is not None and explicit.style in (style.level1, ARABIC if style.level1 != CHAPTER else CHAPTER, ARABIC):
        label = explicit.label
        if explicit.style == CHAPTER and label[0] == 0:
            label = (a, label[1], 0)
        if label not in [o[0] for o in options] and label[0] >= 1:
            options.append((label, 3))
    return options


@dataclass(frozen=True)
class _Path:
    """A chosen sequence as a linked list (appending is O(1); the beam copies no tuples)."""

    reading: Reading
    before: "_Path | None"
    twin: bool = False  # this reading repeats the one before in the other language (numbering.parallel)
    paired: bool = False  # a twin stands in the sequence: the headings come in pairs

    def readings(self) -> list[Reading]:
        out = []
        node: _Path | None = self
        while node is not None:
            out.append(node.reading)
            node = node.before
        return out[::-1]


def best_sequence(texts: Sequence[str], style: Style) -> list[Reading]:
    """The heading readings that best explain the heading-shaped lines.

    Each heading-shaped line is either a heading, numbered by the sequence
    (next section, next subsection), or a paragraph. A heading earns one point
    plus one per intact character agreeing with its number; a jump in the
    numbering (a number the sequence does not predict) costs three, a
    subsection without its parent two; a heading repeating the number of the
    heading before it in the other language (:func:`parallel`) one, none once
    the headings stand in such pairs (going on instead then costs one); skipping
    a line whose number is intact costs one. Only the :data:`BEAM` best states survive each line,
    so the cost is linear in the number of lines.

    >>> g = "\\ufffd"
    >>> texts = [g * 2 + "環境", "本文。", g * 2 + "アジア", "３" + g + "世界", "3" + g + "1 城下町", g * 2 + "2 寄付制度", g * 3 + " 水資源", "４" + g + "これから"]
    >>> [(r.index, r.number) for r in best_sequence(texts, Style())]
    [(0, '1'), (2, '2'), (3, '3'), (4, '3.1'), (5, '3.2'), (6, '3.3'), (7, '4')]
    """
    best: dict[Label, tuple[int, int, _Path | None]] = {(0, 0, 0): (0, 0, None)}  # label -> (score, headings, path)
    for index, text in enumerate(texts):
        if not heading_shaped(text):
            continue
        explicit = explicit_number(text)
        if explicit is not None and explicit.style == PAREN and style.level1 != PAREN:
            continue
        skip_cost = 1 if explicit is not None else 0
        new = {s: (v - skip_cost, n, p) for s, (v, n, p) in best.items()}
        for state, (value, count, path) in sorted(best.items()):
            repeat = (path is not None and path.reading.label == state and not path.twin
                      and parallel(text, texts[path.reading.index]))
            expected = repeat and path is not None and path.paired
            for label, penalty in _candidates(state, explicit, style, repeat, expected):
                found = [m for slots in templates(label, style, state[0]) if (m := match_template(text, slots)) is not None]
                if not found:
                    continue
                m = max(found, key=lambda m: m.score)
                score = value + 1 + m.score - penalty
                if label not in new or (score, count + 1) > new[label][:2]:
                    twin = repeat and label == state
                    new[label] = (score, count + 1, _Path(Reading(index, label, m), path, twin,
                                                          twin or (path is not None and path.paired)))
        if len(new) > BEAM:
            new = dict(sorted(new.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:BEAM])
        best = new
    _, _, path = max(best.values(), key=lambda v: (v[0], v[1]))
    return path.readings() if path is not None else []


# --------------------------------------------------------------------------
# What the sequence says about lost glyphs


@dataclass(frozen=True)
class Fill:
    """The characters a run of lost glyphs in a heading number stood for.

    ``start`` is the offset of the run's first glyph in the line; ``text``
    has one character per lost glyph it covers (a run that goes on into the
    title is covered up to the number's end only). ``detail`` says which
    headings and which intact characters it rests on, for a person to check.
    """

    start: int
    text: str
    detail: str
    tentative: bool = False
    """The sequence does not show itself around this heading (:func:`_evident`): the fill is a candidate, never
    committed on the sequence's word alone."""


@dataclass(frozen=True)
class Heading:
    """A numbered heading: which line, which number, where its title starts, and the fills for its lost glyphs."""

    index: int
    number: str
    level: int
    title_start: int
    fills: tuple[Fill, ...]
    style: str


def _width_of(text: str) -> str | None:
    """``full`` or ``ascii``: the width of the first intact digit, ``None`` without one."""
    for c in text:
        if c in FULLWIDTH_DIGITS:
            return "full"
        if c.isascii() and c.isdigit():
            return "ascii"
    return None


def _neighbours(readings: list[Reading], k: int, where) -> str:
    """'after section 1 (line 13), before section 3 (line 47); nearest intact numbers: …' for the k-th reading."""
    parts = [f"after section {readings[k - 1].number} ({where(readings[k - 1].index)})" if k else "first heading"]
    parts.append(f"before section {readings[k + 1].number} ({where(readings[k + 1].index)})" if k + 1 < len(readings) else "last heading")
    intact = [r for r in readings if not any(role == "digit" for _, role, _ in r.match.gaps)]
    anchors = [f"{r.number} ({where(r.index)})" for r in
               ([x for x in intact if x.index < readings[k].index][-1:] + [x for x in intact if x.index > readings[k].index][:1])]
    return ", ".join(parts) + ("; nearest intact numbers: " + " and ".join(anchors) if anchors else "")


def _digits_intact(reading: Reading) -> bool:
    return not any(role == "digit" for _, role, _ in reading.match.gaps)


def _own_digit(reading: Reading, text: str) -> bool:
    """Some digit of the heading's number stands intact (``1\ufffd\ufffd`` read as 13)."""
    return any(c.isdigit() or c in KANJI_DIGITS or c in "十IVX" for c in fold(text[: reading.match.end]))


def _in_step(before: Label, after: Label) -> bool:
    """``after`` is what the sequence says next after ``before``, with no jump (the solver's zero-cost steps).

    >>> _in_step((7, 5, 1), (8, 0, 0)), _in_step((8, 0, 0), (8, 1, 0)), _in_step((1, 0, 0), (1, 0, 0))
    (True, True, False)
    """
    a, b, c = before
    steps = [(a + 1, 0, 0)]
    if a:
        steps.append((a, b + 1, 0))
    if b:
        steps.append((a, b, c + 1))
    return after in steps


def _left_out(text: str, style: Style, before: Label, after: Label) -> bool:
    """A heading-shaped line between two readings whose intact number the sequence could have taken there
    (the next step after ``before``, or ``before``'s or ``after``'s own number) but left out: the sequence was
    bent to fit lost glyphs. Item labels ``(1)`` are not headings unless the paper numbers with them."""
    if not heading_shaped(text):
        return False
    explicit = explicit_number(text)
    if explicit is None or (explicit.style == PAREN and style.level1 != PAREN):
        return False
    return _in_step(before, explicit.label) or explicit.label in (before, after)


def _evident(readings: list[Reading], k: int, texts: Sequence[str], style: Style) -> bool:
    """Whether the numbered sequence shows itself around the k-th reading: intact numbers in step with it.

    A heading whose digits stand intact is evident. One whose digits are lost is evident when a heading
    with an intact number follows it in step (each heading between the next number of the sequence:
    ``8`` before an intact ``8.1``, ``2`` before an intact ``3``) and one precedes it in step (``7.5.1``
    before ``8``) — or it lies in the sequence's opening run, counted from 1 — or when one precedes it
    in step and some digit of its own stands (``1\ufffd\ufffd`` after ``12``). A heading-shaped line
    with an intact number that the sequence left out, between the heading and its anchor, breaks the
    step: the sequence was bent there to fit the lost glyphs.

    >>> g = "\ufffd"
    >>> [h.fills[0].tentative for h in solve([g * 2 + "環境", "（１）項目", "２．アジア", g * 2 + "世界", "４．課題"]) if h.fills]
    [False, False]
    >>> [h.fills[0].tentative for h in solve(["1. 起動する", "2. 進む", g * 2 + "されたファイル"]) if h.fills]
    [True]

    A lost separator between intact digits shows no sequence by itself: ``1\ufffd64`` reads 1.64 as well as a year's
    1964 (fresh-user trial 81a's chronology, committed ``.`` at 0.99 under ``第５章``); it is evident only in step
    with its neighbours, as lost digits are. One after a whole number, before its title (``２\ufffd社会``), is a
    separator whatever the number, as before:

    >>> [h.fills[0].tentative for h in solve(["第５章　資料編", "1" + g + "64 昭和39年 3月 歯車の量産を開始"]) if h.fills]
    [True]
    >>> [h.fills[0].tentative for h in solve(["1. 概要", "1.1 目的", "1" + g + "2 範囲", "1.3 用語", "2. 方法"]) if h.fills]
    [False]
    """
    text = texts[readings[k].index]
    if _digits_intact(readings[k]) and not any(role == "sep" and 0 < at < len(text) - 1 and text[at - 1].isdigit()
                                               and text[at + 1].isdigit() for at, role, _ in readings[k].match.gaps):
        return True
    numbered = {r.index for r in readings}

    def chained(lo: int, hi: int) -> bool:
        """Readings lo..hi (lo = -1: from the sequence's start) follow each other in step, leaving out no
        intact-numbered heading line the sequence could have taken between them."""
        chain = [(-1, (0, 0, 0))] * (lo < 0) + [(r.index, r.label) for r in readings[max(lo, 0): hi + 1]]
        for (i, x), (j, y) in zip(chain, chain[1:]):
            if not _in_step(x, y) or any(m not in numbered and _left_out(texts[m], style, x, y) for m in range(i + 1, j)):
                return False
        return True

    before = next((j for j in range(k - 1, -1, -1) if _digits_intact(readings[j])), None)
    after = next((j for j in range(k + 1, len(readings)) if _digits_intact(readings[j])), None)
    preceded = before is not None and chained(before, k)
    opening = before is None and chained(-1, k)
    followed = after is not None and chained(k, after)
    own = _own_digit(readings[k], texts[readings[k].index]) or \
        (before is not None and _own_separator(readings[k], readings[before], texts))
    return (followed and (preceded or opening)) or (preceded and own)


def _own_separator(reading: Reading, anchor: Reading, texts: Sequence[str]) -> bool:
    """The heading's separator stands intact after its lost digits, the one the intact heading ``anchor`` before it
    in step writes, and its title is in that heading's script (``�．今後の取り組み`` after ``２．現状``): the heading's
    shape survives around the lost number as an intact digit's would (:func:`_own_digit`), so the last heading of a
    sequence in step is evident with no heading after it (issue 19, session 80: ``３`` had stayed open at 0.41). Not a
    separator the sequence does not write (a lost initial's ``J. Smith`` after ``1)``), a space, or a title in the
    other script (a Japanese paper's heading after its English slides' ``2.``).

    >>> g = "\ufffd"
    >>> [h.fills[0].tentative for h in solve(["１．はじめに", "２．現状", g + "．今後の取り組み"]) if h.fills]
    [False]
    >>> [h.fills[0].tentative for h in solve(["1. 起動する", "2. 進む", g + g + "されたファイル"]) if h.fills]
    [True]
    >>> [h.fills[0].tentative for h in solve(["1. Agenda", "2. Minutes", g + ". Smith said the hall was booked."]) if h.fills]
    [True]
    """
    text = texts[reading.index]
    if any(role == "sep" for _, role, _ in reading.match.gaps):
        return False
    head = text[: reading.match.end].rstrip()
    mark = head.lstrip(GAP + "".join(map(str, range(10))) + FULLWIDTH_DIGITS)
    found = explicit_number(texts[anchor.index])
    if not mark or found is None or not found.separator or mark != found.separator or mark.isspace():
        return False
    title = text[reading.match.end:]
    if mark == "." and re.match(r"\s*[A-Z]", title):
        return False  # a lost initial's shape as much as a number's (``\ufffd. Smith said …``)
    return has_japanese(title) == has_japanese(texts[anchor.index][anchor.match.end:])


def _fills(readings: list[Reading], texts: Sequence[str], style: Style, where) -> list[tuple[Fill, ...]]:
    """Per reading, one :class:`Fill` per run of lost glyphs in its number.

    Digits take the width of the heading's own intact digits, else of the
    nearest heading that has one (ASCII when none does). A separator takes
    the one of the nearest heading of the same level whose separator is
    intact and whose title is in the same script (a Japanese paper's
    ``１．`` is not decided by its English slides' ``1.``); when none is
    intact, the full stop of the digits' width — for the first level the
    width the paper's headings of that script write anywhere (``１３．`` ruled
    by ``５．``: one numbering, one typeface), for the second the heading's
    own (``3.1``). A fixed character (第, 章, a bracket) is itself.
    """
    widths = [_width_of(texts[r.index][: r.match.end]) for r in readings]
    japanese = [has_japanese(texts[r.index][r.match.end:]) for r in readings]
    intact = [e.separator if (e := explicit_number(texts[r.index])) is not None and e.separator
              and e.separator not in SPACES else None for r in readings]
    out: list[tuple[Fill, ...]] = []
    for k, reading in enumerate(readings):
        evident = _evident(readings, k, texts, style)
        width = widths[k] or next((widths[j] for d in range(1, len(readings)) for j in (k - d, k + d)
                                   if 0 <= j < len(readings) and widths[j]), None) or "ascii"
        # the nearest heading of its level and script with an intact separator (lazily: a long document's hundreds
        # of headings would make the whole list for each of them quadratic)
        near = next(((j, intact[j]) for d in range(1, len(readings)) for j in (k - d, k + d)
                     if 0 <= j < len(readings) and intact[j] and readings[j].level == reading.level
                     and japanese[j] == japanese[k]), None)
        runs: list[list[tuple[int, str, str]]] = []
        for gap in reading.match.gaps:
            if runs and runs[-1][-1][0] == gap[0] - 1:
                runs[-1].append(gap)
            else:
                runs.append([gap])
        fills = []
        for run in runs:
            chars, notes = [], []
            for _, role, expected in run:
                if role == "digit":
                    chars.append(expected.translate(TO_FULLWIDTH_DIGITS) if width == "full" else expected)
                    note = f"section {reading.number}: " + _neighbours(readings, k, where)
                elif role == "sep":
                    if near is not None:
                        j, sep = near
                        note = f"separator of section {reading.number}: section {readings[j].number} ({where(readings[j].index)}) has {sep}"
                    else:
                        full = width == "full" if reading.level > 1 else any(
                            widths[j] == "full" for j, r in enumerate(readings) if r.level == 1 and japanese[j] == japanese[k])
                        sep = "．" if full else "."
                        note = (f"separator of section {reading.number}: no intact heading of this level shows one; {sep} is the "
                                f"full stop of the {'full-width' if full else 'ASCII'} digits these headings write")
                    chars.append(sep)
                else:
                    chars.append(expected[0])
                    note = f"fixed character of the heading number of section {reading.number}"
                if note not in notes:
                    notes.append(note)
            tentative = not evident
            if tentative:
                notes.append("no intact number of this level in step on both sides: the sequence is not evident here")
            fills.append(Fill(run[0][0], "".join(chars), "; ".join(notes), tentative))
        out.append(tuple(fills))
    return out


def solve(lines: Sequence[str], line_numbers: Sequence[int] | None = None) -> list[Heading]:
    """The numbered headings among ``lines`` (one string per line, in order), with fills for lost glyphs.

    ``line_numbers`` (same length) names each line in the fills' details
    (raw line numbers); without it lines are counted from 1. Returns the
    headings in document order: ``index`` into ``lines``, ``number``
    (``"3.1"``), ``level`` (1–3), ``title_start`` (offset of the title in
    the line; the line's length for a chapter number alone), ``fills`` (what
    each run of lost glyphs in the number stood for) and ``style``.

    >>> g = "\\ufffd"
    >>> hs = solve(["１．歴史", "本文。", g * 2 + "交流", "３．課題"], [10, 11, 12, 13])
    >>> [(h.number, h.title_start) for h in hs], hs[1].fills[0].text
    ([('1', 2), ('2', 2), ('3', 2)], '２．')
    >>> hs[1].fills[0].detail
    'section 2: after section 1 (line 10), before section 3 (line 13); nearest intact numbers: 1 (line 10) and 3 (line 13); separator of section 2: section 1 (line 10) has ．'
    """
    numbers = list(line_numbers) if line_numbers is not None else list(range(1, len(lines) + 1))

    def where(index: int) -> str:
        return f"line {numbers[index]}"

    style = learn_style(lines)
    readings = _sequence_past_dates(lines, style)
    fills = _fills(readings, lines, style, where)
    return [Heading(r.index, r.number, r.level, r.match.end, f, style.level1) for r, f in zip(readings, fills)]


def _sequence_past_dates(lines: Sequence[str], style: Style) -> list[Reading]:
    """:func:`best_sequence`, where a line that may be a dates list's entry as well as a numbered heading
    (:func:`month_opens_title`: ``4 May Day Traditions``) is read as a heading only where the numbered headings that
    are no such line stand in step with it: the reading before it steps to its number, and its number steps to the
    reading after it, one of the two at least there (``3 Easter Trail`` / … / ``4 May Day Traditions`` / … /
    ``5 Contacts``). A run of entries (``10 September Class photos`` / ``14 September Sports day``) stands in step
    with no heading, and a line beside another entry is one of the list's: both stay its list's lines. Why (issue 16, helper news67): news66 read every such line as an
    entry, so a village newsletter's article 4 was a paragraph of article 3.

    >>> texts = ["1 Welcome", "Text.", "2 Spring Clean", "Text.", "3 Easter Trail", "Text.", "4 May Day Traditions",
    ...          "Text.", "5 Contacts", "Text."]
    >>> [r.number for r in _sequence_past_dates(texts, learn_style(texts))]
    ['1', '2', '3', '4', '5']
    >>> texts = ["1 Welcome", "Text.", "2 Dates", "10 September Class photos", "14 September Sports day", "3 Contacts"]
    >>> [r.number for r in _sequence_past_dates(texts, learn_style(texts))]
    ['1', '2', '3']
    >>> texts = ["1 Welcome", "Text.", "2 Dates", "3 May Spring Sportive", "17 May Club Time Trial"]
    >>> [r.number for r in _sequence_past_dates(texts, learn_style(texts))]
    ['1', '2']
    """
    dated = {i for i, t in enumerate(lines) if t.strip()[:1].isdigit() and month_opens_title(t)}
    if not dated:
        return best_sequence(lines, style)
    plain = best_sequence(["" if i in dated else t for i, t in enumerate(lines)], style)
    kept = set()
    for i in dated:
        explicit = explicit_number(lines[i].strip())
        before = [r for r in plain if r.index < i][-1:]
        after = [r for r in plain if r.index > i][:1]
        # the list's other entries right beside it (``3 May Spring Sportive`` / ``17 May  Club time trial``) make it
        # one of them, whatever the numbering
        listed = any(0 <= j < len(lines) and _day_month_entry(lines[j].strip()) for j in (i - 1, i + 1))
        if explicit is not None and (before or after) and not listed \
                and all(_in_step(r.label, explicit.label) for r in before) \
                and all(_in_step(explicit.label, r.label) for r in after):
            kept.add(i)
    if not kept:
        return plain
    return best_sequence(["" if i in dated - kept else t for i, t in enumerate(lines)], style)


# --------------------------------------------------------------------------
# A list's bracketed items whose number lost a glyph


_ITEM_NUMBER = re.compile(rf"^[(]([0-9{GAP}]{{1,3}})[)]")
"""A bracketed number at a line's start, read on the folded line (``（１）`` and ``(1)`` alike), its digits intact or
lost (``（\ufffd）``)."""


@dataclass(frozen=True)
class Item:
    """A bracketed list item whose number lost glyphs, read from the items around it: which line, the number the
    list gives it (``None`` where the items before and after it disagree), where its text starts, and the fills for
    its lost glyphs (none without a number)."""

    index: int
    number: int | None
    title_start: int
    fills: tuple[Fill, ...]


def _item_value(text: str) -> tuple[str, int | None, int] | None:
    """``(bracket, value, end)`` of a line led by a bracketed number with text after it (``value`` None where a digit
    is lost); None for any other line, and for a bracket alone (an equation's ``(1)``)."""
    m = _ITEM_NUMBER.match(fold(text))
    if m is None or not text[m.end():].strip(SPACES):
        return None
    digits = m.group(1)
    return text[0], (int(digits) if GAP not in digits else None), m.end()


def solve_items(lines: Sequence[str], headings: Sequence[Heading] = (),
                line_numbers: Sequence[int] | None = None) -> list[Item]:
    """The bracketed items among ``lines`` whose number lost a glyph (``（\ufffd）泥上げ`` after ``（1）草刈り``), each
    numbered by the list it stands in, with a :class:`Fill` per run of lost glyphs, as :func:`solve` reads a heading's.

    Why (trial 44): ``（\ufffd）泥上げ`` under ``（1）草刈り`` was glued to the paragraph before it and its gap filled
    from the words around it (右, 左, 再 at 0.2), the item before it ignored; the heading solver reads ``(1)`` only where
    a paper numbers its sections so (:func:`best_sequence`), and inside numbered sections such lines are a list's.

    A list is the items led by the same bracket (``（`` or ``(``) between two of ``headings`` (the solver's, whose
    sections the lists stand in; none where the paper numbers its sections ``(1)`` itself: the solver reads those).
    An item's number comes from the nearest intact one before it in its list, counted on over the items between
    (``(1)`` then ``(\ufffd)`` is 2), and from the nearest intact one after it, counted back (``(\ufffd)`` then ``(3)``
    is 2), where that is 1 or more (an intact ``(1)`` after it opens the next list and says nothing). It is
    evident — the fill committed on the list's word, as a heading's is — where both sides agree, where the item
    before it stands intact right before it and nothing after it disagrees, or where it opens its list counted from
    1 (``(\ufffd)`` then ``(2)``); elsewhere the fill is tentative. Where the two sides disagree, the line is still an
    item, with no number and no fill. An item must fit its number (``(1\ufffd)`` is 10 to 19, one glyph one digit),
    and its text may not open with a particle, an auxiliary or a suffix (``（\ufffd）を除く``: a bracket run in a
    sentence). A line with no intact item in its list is no item by its shape alone (``（\ufffd）`` may be ``（注）``).
    Digits take the width of the intact number they are counted from.

    >>> g = "\ufffd"
    >>> [(i.index, i.number, i.fills[0].text, i.fills[0].tentative) for i in solve_items(["（1）草刈り", "本文。", "（" + g + "）泥上げ", "本文。"])]
    [(2, 2, '2', False)]
    >>> solve_items(["（1）草刈り", "本文。", "（" + g + "）泥上げ"], line_numbers=[44, 45, 46])[0].fills[0].detail
    'item (2): after item (1) (line 44), the last of its list'
    >>> [(i.number, i.fills[0].text, i.fills[0].tentative) for i in solve_items(["(" + g + ") Data", "(2) Method", "（" + g + "）課題", "（５）展望"])]
    [(1, '1', False), (4, '４', True)]
    >>> [(i.number, i.fills[0].text) for i in solve_items(["（１）背景", "（" + g + "）課題", "（３）展望"])]
    [(2, '２')]
    >>> solve_items(["（" + g + "）内は前年度", "本文。"]), [i.number for i in solve_items(["(1) a", "(2) b", "(" + g + ") c", "(2) d"])]
    ([], [None])
    >>> [(i.number, i.fills[0].tentative) for i in solve_items(["（1）平日", "本文。", "（2）休日", "本文。", "（" + g + "）内は前年度の値である。"])]
    [(3, True)]
    """
    numbers = list(line_numbers) if line_numbers is not None else list(range(1, len(lines) + 1))
    if any(h.style == PAREN for h in headings):
        return []
    bounds = sorted({h.index for h in headings})
    read = [_item_value(t) for t in lines]
    out: list[Item] = []
    for lo, hi in zip([-1] + bounds, bounds + [len(lines)]):
        for bracket in {r[0] for r in read[lo + 1:hi] if r is not None}:
            listed = [i for i in range(lo + 1, hi) if read[i] is not None and read[i][0] == bracket]
            for p, i in enumerate(listed):
                if read[i][1] is None:
                    item = _read_item(lines, read, listed, p, numbers)
                    if item is not None:
                        out.append(item)
    return sorted(out, key=lambda item: item.index)


def _sentence(text: str) -> bool:
    """A list item's text is a sentence: it closes on a full stop (``。``, ``．``, ``.``).

    >>> _sentence("内は前年度の値である。"), _sentence("休日の利用"), _sentence("Data were cleaned.")
    (True, False, True)
    """
    return text.rstrip(SPACES).endswith(("。", "．", "."))


def _read_item(lines: Sequence[str], read: list, listed: list[int], p: int, numbers: Sequence[int]) -> Item | None:
    """The ``p``-th item of a list (``listed``: line indexes) read from the intact items around it (:func:`solve_items`)."""
    i = listed[p]
    text = lines[i]
    end = read[i][2]
    title = text[end:].lstrip(SPACES)
    if not title.startswith(GAP) and not _titled("1", title, counting=False):
        return None
    a = next((q for q in range(p - 1, -1, -1) if read[listed[q]][1] is not None), None)
    b = next((q for q in range(p + 1, len(listed)) if read[listed[q]][1] is not None), None)
    fits = lambda n: n >= 1 and match_template(text, template((n, 0, 0), Style(level1=PAREN))) is not None  # noqa: E731
    left = read[listed[a]][1] + (p - a) if a is not None else None
    right = read[listed[b]][1] - (b - p) if b is not None else None
    left = left if left is not None and fits(left) else None
    right = right if right is not None and right >= 1 and fits(right) else None
    if left is None and right is None:
        return None
    title_start = end + len(text[end:]) - len(text[end:].lstrip(SPACES))
    if left is not None and right is not None and left != right:
        return Item(i, None, title_start, ())
    number = left if left is not None else right
    where = lambda q: f"item ({read[listed[q]][1]}) (line {numbers[listed[q]]})"  # noqa: E731
    parts = [f"after {where(a)}"] if left is not None else []
    if right is not None:
        parts.append(f"before {where(b)}")
    elif left is not None:
        parts.append("the last of its list" if b is None else f"before {where(b)}, which counts anew")
    else:
        parts.append(f"the first of its list, before {where(b)}")
    evident = (left is not None and right is not None) or (left is not None and a == p - 1) or (left is None and right == 1)
    anchor = lines[listed[a if left is not None else b]]
    # an item and the intact one it is counted from are the same kind of line: a sentence after the bracket where the
    # list's items are titles is a note's line (``（注）内は前年度の値である。`` under ``（2）休日の利用``), its fill no
    # more than tentative (review of 2 December: committed 3 at 0.99)
    unlike = _sentence(title) != _sentence(anchor[read[listed[a if left is not None else b]][2]:])
    evident = evident and not unlike
    width = _width_of(anchor[:read[listed[a if left is not None else b]][2]]) or "ascii"
    match = match_template(text, template((number, 0, 0), Style(level1=PAREN)))
    detail = f"item ({number}): " + ", ".join(parts)
    if unlike:
        detail += "; its line is a sentence where the item's is a title, or a title where it is a sentence"
    elif not evident:
        detail += "; no intact item in step right before it, nor on both sides: the list is not evident here"
    fills = []
    for gap_start, role, expected in match.gaps:
        char = expected.translate(TO_FULLWIDTH_DIGITS) if role == "digit" and width == "full" else expected[0]
        if fills and fills[-1].start + len(fills[-1].text) == gap_start:
            fills[-1] = replace(fills[-1], text=fills[-1].text + char)
        else:
            fills.append(Fill(gap_start, char, detail, not evident))
    return Item(i, number, title_start, tuple(fills))


__all__ = ["Fill", "Heading", "Item", "explicit_number", "fold", "heading_shaped", "solve", "solve_items"]
