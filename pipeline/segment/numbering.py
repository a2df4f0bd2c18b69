"""Numbered headings: their styles, templates, and the sequence that explains lost digits.

A paper's headings form a sequence (1, 2, 3, 3.1 … 3.5, 4). When the dump lost
a heading's digits or its separator (``��アジアの技術首都``, ``1��海外…``,
``��� 地下水``), the heading is still recognised from its shape and from the
sequence around it: the Viterbi search in :func:`best_sequence` picks, among
the heading-shaped lines, the reading (heading or not, which number) that
explains the intact digits best while keeping the numbering consecutive.

Supported styles: ``1．``/``1.``/``1、``/``1 `` (arabic, level 1), ``3.1``/``1-1``
(level 2), ``第1章``/``第一章`` (level 1) with ``第1節`` (level 2), and ``(1)``/``（1）``,
which number sections only when the paper has no other level-1 style (inside
numbered sections they are item labels and stay in the paragraphs). Full-width
digits count as digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipeline.chardata import DIGITS
from pipeline.model import GAP

MAX_HEADING_CHARS = 60
LEVEL1_SEPARATORS = ".．、)）:："
LEVEL2_SEPARATORS = ".．-－・"
SPACES = " \u3000"
KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

ARABIC = "arabic"
CHAPTER = "chapter"
PAREN = "paren"


def fold(text: str) -> str:
    """Width-fold character by character (``５`` → ``5``, ``．`` → ``.``), keeping offsets.

    >>> fold("５．北九州（１）")
    '5.北九州(1)'
    """
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def kanji_number(text: str) -> int | None:
    """Value of a kanji numeral up to 99 (``十二`` → 12).

    >>> kanji_number("三"), kanji_number("十二"), kanji_number("二十"), kanji_number("x")
    (3, 12, 20, None)
    """
    if not text or any(c not in KANJI_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
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
_DOTTED = re.compile(rf"^(\d{{1,3}})([{re.escape(LEVEL2_SEPARATORS)}{GAP}])(\d{{1,3}})(?![\d.])")
_CHAPTER = re.compile(r"^第([0-9]{1,3}|[〇一二三四五六七八九十]{1,3})([章節])")
_PAREN = re.compile(r"^[(]([0-9]{1,3})[)]")


@dataclass(frozen=True)
class Explicit:
    """A heading number read from intact characters."""

    style: str
    label: tuple[int, int]  # (major, minor); minor 0 for level 1
    separator: str | None = None  # the intact separator after (or inside) the number


def explicit_number(text: str) -> Explicit | None:
    """Read an intact heading number at the start of a line.

    >>> explicit_number("５．札幌市の国際交流")
    Explicit(style='arabic', label=(5, 0), separator='．')
    >>> explicit_number("3.1 熊本城"), explicit_number("1-2 課題")
    (Explicit(style='arabic', label=(3, 1), separator='.'), Explicit(style='arabic', label=(1, 2), separator='-'))
    >>> explicit_number("第二章 方法").label, explicit_number("（３）観光部会").style
    ((2, 0), 'paren')
    >>> explicit_number("８\\ufffd東アジア").label, explicit_number("1\\ufffd\\ufffdチェリ") is None
    ((8, 0), True)
    """
    f = fold(text)
    if m := _CHAPTER.match(f):
        value = int(m.group(1)) if m.group(1).isdigit() else kanji_number(m.group(1))
        if value is None:
            return None
        return Explicit(CHAPTER, (value, 0) if m.group(2) == "章" else (0, value), m.group(2))
    if m := _DOTTED.match(f):
        sep = text[m.start(2)]
        return Explicit(ARABIC, (int(m.group(1)), int(m.group(3))), None if sep == GAP else sep)
    if m := _PAREN.match(f):
        return Explicit(PAREN, (int(m.group(1)), 0), None)
    if m := _ARABIC.match(f):
        return Explicit(ARABIC, (int(m.group(1)), 0), text[m.start(2)])
    if m := _ARABIC_GAP_SEP.match(f):
        return Explicit(ARABIC, (int(m.group(1)), 0), None)
    return None


def heading_shaped(text: str) -> bool:
    """Short, not a sentence, and opening with a number, a bracket, 第 or a lost glyph.

    >>> heading_shaped("\\ufffd\\ufffdアジアの技術首都 北九州"), heading_shaped("（１）ものづくり部会")
    (True, True)
    >>> heading_shaped("1960 年代、日本が急速な経済成長を遂げた。"), heading_shaped("① 地域限定版の推進")
    (False, False)
    """
    s = text.strip()
    if not s or len(s) > MAX_HEADING_CHARS or s.endswith(("。", "．")):
        return False
    return s[0] in DIGITS + "(（第" or s[0] == GAP


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


def template(label: tuple[int, int], style: Style) -> list[Slot]:
    """The characters a heading numbered ``label`` starts with, in the paper's style.

    >>> [s.chars for s in template((13, 0), Style())]
    ['1', '3', '.．、)）:：']
    >>> [s.chars for s in template((3, 2), Style(level2_seps=('.',)))]
    ['3', '.', '2']
    >>> [s.chars for s in template((2, 0), Style(level1=CHAPTER, kanji=True))]
    ['第', '二', '章']
    """
    major, minor = label
    if style.level1 == CHAPTER:
        if minor:
            return [Slot("lit", "第"), *[Slot("digit", d) for d in _digits(minor, style.kanji_sections)], Slot("lit", "節")]
        return [Slot("lit", "第"), *[Slot("digit", d) for d in _digits(major, style.kanji)], Slot("lit", "章")]
    if minor:
        seps = "".join(style.level2_seps) or LEVEL2_SEPARATORS
        return [*[Slot("digit", d) for d in str(major)], Slot("sep", seps), *[Slot("digit", d) for d in str(minor)]]
    if style.level1 == PAREN:
        return [Slot("lit", "(（"), *[Slot("digit", d) for d in str(major)], Slot("lit", ")）")]
    seps = "".join(style.level1_seps) or LEVEL1_SEPARATORS
    return [*[Slot("digit", d) for d in str(major)], Slot("sep", seps, optional=True)]


def _digits(n: int, kanji: bool) -> str:
    return kanji_numeral(n) if kanji else str(n)


@dataclass(frozen=True)
class Match:
    """How a line realises a template: where the number ends and what each gap stands for."""

    end: int  # offset of the title (after the number, its separator and spaces)
    score: int  # intact characters that agree with the template
    gaps: tuple[tuple[int, str, str], ...] = field(default=())  # (offset, role, expected chars)


_BAD_TITLE_START = re.compile(rf"^[\d{GAP}]{{1,3}}[\s.．]|^\d")


def match_template(text: str, slots: list[Slot]) -> Match | None:
    """Align a heading line with a template; lost glyphs match anything.

    The rest of the line must look like a title: a leftover number
    (``4 �ランディング`` after a one-digit template) means the template is
    too short for this line.

    >>> m = match_template("\\ufffd\\ufffdアジアの技術首都", template((2, 0), Style()))
    >>> m.end, m.score, [g[1] for g in m.gaps]
    (2, 0, ['digit', 'sep'])
    >>> match_template("\\ufffd\\ufffd4 \\ufffdランディング", template((5, 0), Style())) is None
    True
    >>> match_template("\\ufffd\\ufffd4 \\ufffdランディング", template((3, 4), Style())).end
    4
    >>> match_template("\\ufffdえた都市", template((1, 0), Style())) is None
    True
    """
    f = fold(text)
    i = 0
    score = 0
    skipped = False
    gaps: list[tuple[int, str, str]] = []
    for slot in slots:
        if i >= len(f):
            return None
        c = f[i]
        if c == GAP:
            gaps.append((i, slot.role, slot.chars))
        elif c in slot.chars or fold(c) in fold(slot.chars):
            score += 1
        elif slot.optional:
            skipped = True
            continue
        else:
            return None
        i += 1
    if skipped and score == 0:
        # Only lost glyphs and no separator: nothing says this is a number at all.
        return None
    while i < len(f) and f[i] in SPACES:
        i += 1
    rest = f[i:]
    if not rest or _BAD_TITLE_START.match(rest):
        return None
    return Match(i, score, tuple(gaps))


def learn_style(texts: list[str]) -> Style:
    """The paper's numbering style and separators, from its intact heading numbers.

    >>> learn_style(["1．はじめに", "2．方法", "2.1 資料"])
    Style(level1='arabic', level1_seps=('．',), level2_seps=('.',), kanji=False, kanji_sections=False)
    >>> learn_style(["（1）はじめに", "（2）方法"]).level1
    'paren'
    >>> s = learn_style(["第一章 序論", "（1）背景", "第1節 調査"])
    >>> s.kanji, s.kanji_sections
    (True, False)
    """
    found = [e for t in texts if heading_shaped(t) and (e := explicit_number(t)) is not None]
    styles = {e.style for e in found}
    if CHAPTER in styles:
        level1 = CHAPTER
    elif ARABIC in styles or not styles:
        level1 = ARABIC
    else:
        level1 = PAREN
    level1_seps = sorted({e.separator for e in found if e.style == ARABIC and e.label[1] == 0 and e.separator and e.separator not in SPACES})
    level2_seps = sorted({e.separator for e in found if e.style == ARABIC and e.label[1] and e.separator})
    chapters = [m for t in texts if heading_shaped(t) and (m := _CHAPTER.match(fold(t)))]
    kanji = any(not m.group(1).isdigit() for m in chapters if m.group(2) == "章")
    kanji_sections = any(not m.group(1).isdigit() for m in chapters if m.group(2) == "節")
    return Style(level1, tuple(level1_seps), tuple(level2_seps), kanji, kanji_sections)


@dataclass(frozen=True)
class Reading:
    """One heading in the chosen sequence."""

    index: int  # index into the paper's lines
    label: tuple[int, int]
    match: Match

    @property
    def number(self) -> str:
        major, minor = self.label
        return f"{major}.{minor}" if minor else str(major)

    @property
    def level(self) -> int:
        return 2 if self.label[1] else 1


def _candidates(state: tuple[int, int], explicit: Explicit | None, style: Style) -> list[tuple[tuple[int, int], int]]:
    """Labels a heading may take after ``state``, each with its penalty."""
    major, minor = state
    options = [((major + 1, 0), 0), ((major, minor + 1), 0) if major else ((1, 1), 2), ((major + 1, 1), 2)]
    if explicit is not None and explicit.style in (style.level1, ARABIC if style.level1 != CHAPTER else CHAPTER):
        label = explicit.label
        if explicit.style == CHAPTER and label[0] == 0:
            label = (major, label[1])
        if label not in [o[0] for o in options] and label[0] >= 1:
            options.append((label, 3))
    return options


def best_sequence(texts: list[str], style: Style) -> list[Reading]:
    """The heading readings that best explain the paper's heading-shaped lines.

    Each heading-shaped line is either a heading, numbered by the sequence
    (next section, next subsection), or a paragraph. A heading earns one point
    plus one per intact character agreeing with its number; a jump in the
    numbering (a number the sequence does not predict) costs three; skipping a
    line whose number is intact costs one.

    >>> g = "\\ufffd"
    >>> texts = [g * 2 + "環境", "本文。", g * 2 + "アジア", "３" + g + "世界", "3" + g + "1 熊本城", g * 2 + "2 一口城主", g * 3 + " 地下水", "４" + g + "これから"]
    >>> [(r.index, r.number) for r in best_sequence(texts, Style())]
    [(0, '1'), (2, '2'), (3, '3'), (4, '3.1'), (5, '3.2'), (6, '3.3'), (7, '4')]
    """
    Path = tuple[Reading, ...]
    best: dict[tuple[int, int], tuple[int, Path]] = {(0, 0): (0, ())}
    for index, text in enumerate(texts):
        if not heading_shaped(text):
            continue
        explicit = explicit_number(text)
        if explicit is not None and explicit.style == PAREN and style.level1 != PAREN:
            continue
        skip_cost = 1 if explicit is not None else 0
        new: dict[tuple[int, int], tuple[int, Path]] = {s: (v - skip_cost, p) for s, (v, p) in best.items()}
        for state, (value, path) in sorted(best.items()):
            for label, penalty in _candidates(state, explicit, style):
                m = match_template(text, template(label, style))
                if m is None:
                    continue
                score = value + 1 + m.score - penalty
                if label not in new or score > new[label][0]:
                    new[label] = (score, path + (Reading(index, label, m),))
        best = new
    _, path = max(best.values(), key=lambda vp: (vp[0], len(vp[1])))
    return list(path)
