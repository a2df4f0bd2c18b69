"""Headings numbered by the Chinese official ladder: ``一、`` → ``（一）`` → ``1．`` → ``（1）``.

Chinese government reports and official documents number their levels in a fixed order (GB/T 9704-2012, 党政机关公文
格式 7.3.3: ``一、``, ``（一）``, ``1.``, ``（1）``), each level counting from one again under the heading above it. The
heading solver (:mod:`pipeline.numbering`) reads one sequence in one style: it took the arabic ``1．`` for the top
level wherever one stood, and read no bracketed kanji numeral at all, so a report's ``（一）`` sub-headings were its
paragraphs (fresh-user trial 63b, issue 16). The ladder is read here, where the document is Chinese by its letters.

A marked line heads a section only where it reads as one: its title a short phrase (no sentence's end in it, no
clause's mark at its end, :data:`MAX_LADDER_TITLE` characters at most: ``（一）优化审批流程，平均审批时间缩短至45个工作日。``
is a list's item, a sentence), text of its own or a heading of a lower kind under it (never the next mark of its own
kind right under it: a list), and its number the next of its kind under the heading above (``（一）`` again under each
``二、``). A kind heads sections where two of its lines or more do so, and then its titled lines head sections where
nothing of their own stands under them too (a last section's ``（一）完善收运体系`` / ``（二）加强督导考核`` listed under
``三、``: fresh-user trial 64b); the kinds that do take the levels in the
ladder's order (``一、`` 1, ``（一）`` 2, …; a report with no ``一、`` has ``（一）`` for its top level), and the ladder
is read only where a kind in Chinese numerals (``壹、``, ``一、`` or ``（一）``) heads sections: arabic ``1．`` and ``（1）`` alone are the
solver's, as in a Japanese paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.chardata import writing_of
from pipeline.numbering import fold, kanji_number

LADDER = "ladder"
"""The style of a heading the ladder reads (:class:`~pipeline.numbering.Heading`'s ``style``)."""
KINDS = ("capital", "kanji", "paren_kanji", "arabic", "paren_arabic")
"""The ladder's kinds of mark, top first: ``壹、`` (the financial numerals Taiwan's official documents set over the
rest), ``一、``, ``（一）``, ``1．``, ``（1）``."""
_KANJI_KINDS = frozenset({"capital", "kanji", "paren_kanji"})
"""The kinds whose marks are numerals in Chinese characters: the ladder is read only where one of them heads sections."""
_CAPITALS = str.maketrans("壹貳贰參叁肆伍陸陆柒捌玖拾", "一二二三三四五六六七八九十")
"""The financial (大写) numerals as the plain ones they stand for (``貳拾壹`` → ``二十一``)."""
_SP = "[ \u3000]*"
_NUMERAL = "[一二三四五六七八九十]{1,3}"
_MARKS = {
    "capital": re.compile(rf"^{_SP}([壹貳贰參叁肆伍陸陆柒捌玖拾]{{1,3}})、{_SP}(?=\S)"),
    "kanji": re.compile(rf"^{_SP}({_NUMERAL})[、．.]{_SP}(?=\S)"),
    "paren_kanji": re.compile(rf"^{_SP}[（(]({_NUMERAL})[）)]{_SP}(?=\S)"),
    "arabic": re.compile(rf"^{_SP}([0-9]{{1,2}})[.、](?![0-9]){_SP}(?=\S)"),  # matched on the folded line (``1．``)
    "paren_arabic": re.compile(rf"^{_SP}[(]([0-9]{{1,2}})[)]{_SP}(?=\S)"),
}
MAX_LADDER_TITLE = 30
"""Characters a ladder heading's title has at most (a report's ``（二）坚持创新驱动，加快建设现代化产业体系`` is 18)."""
_SENTENCE_MARKS = "。！？；!?;"
_CLAUSE_ENDS = "，、：,:"
_CHAPTER = re.compile(r"^第\s?\S{1,3}\s?[章编篇]")


@dataclass(frozen=True)
class Mark:
    """A line's ladder mark: its ``kind`` (:data:`KINDS`), its ``ordinal`` from 1, where its title starts."""
    kind: str
    ordinal: int
    title_start: int


@dataclass(frozen=True)
class LadderHeading:
    """A heading the ladder reads: its line, ``number`` (``"2.1"``: dotted digits, one per level), ``level`` from 1,
    where its title starts."""
    index: int
    number: str
    level: int
    title_start: int


def ladder_mark(text: str) -> Mark | None:
    """The ladder's mark opening ``text``, or None.

    >>> ladder_mark("二、主要任务"), ladder_mark("（三）保障改善民生").kind, ladder_mark("２．消费市场").ordinal
    (Mark(kind='kanji', ordinal=2, title_start=2), 'paren_kanji', 2)
    >>> ladder_mark("(1) 调查方法").kind, ladder_mark("1.5 倍"), ladder_mark("一般情况"), ladder_mark("貳、現況").ordinal
    ('paren_arabic', None, None, 2)
    """
    for kind in KINDS:
        m = _MARKS[kind].match(fold(text) if kind in ("arabic", "paren_arabic") else text)
        if m is None:
            continue
        n = int(m.group(1)) if kind in ("arabic", "paren_arabic") else kanji_number(m.group(1).translate(_CAPITALS))
        return Mark(kind, n, m.end()) if n else None
    return None


def titled(title: str) -> bool:
    """A ladder heading's title: a short phrase with no sentence's end in it and no clause's mark at its end.

    >>> titled("经济运行稳中向好"), titled("坚持创新驱动，加快建设现代化产业体系")
    (True, True)
    >>> titled("优化审批流程，平均审批时间缩短至45个工作日。"), titled("加快建设。推进改革"), titled("主要包括：")
    (False, False, False)
    """
    t = title.strip()
    return 0 < len(t) <= MAX_LADDER_TITLE and not any(c in t for c in _SENTENCE_MARKS) and t[-1] not in _CLAUSE_ENDS


def ladder_headings(texts: Sequence[str], chinese: bool | None = None,
                    phrase: Callable[[str], bool] = titled) -> dict[int, LadderHeading]:
    """Line index → the ladder heading it is, in a Chinese document numbered by the ladder (module docstring); empty
    elsewhere: a document that is not Chinese by its letters (``chinese`` None: :func:`~pipeline.chardata.writing_of`
    of the whole text), one numbered ``第N章`` (the ladder then stands under chapters: not read), or one where no
    kanji kind heads two sections.

    >>> ts = ["一、工作回顾", "过去一年。", "（一）经济运行", "增长5%。", "1．工业生产", "回升。", "2．消费市场", "恢复。",
    ...       "（二）改革开放", "深化。", "二、主要任务", "今年。", "（一）扩大需求", "提质。", "（二）科技创新", "加快。"]
    >>> [(i, h.number, h.level) for i, h in sorted(ladder_headings(ts, chinese=True).items())]
    [(0, '1', 1), (2, '1.1', 2), (4, '1.1.1', 3), (6, '1.1.2', 3), (8, '1.2', 2), (10, '2', 1), (12, '2.1', 2), (14, '2.2', 2)]
    >>> ladder_headings(["（一）优化审批流程，缩短时间。", "（二）加强保护，划定区域。"], chinese=True)  # a list's sentences
    {}
    """
    marks = {i: m for i, t in enumerate(texts) if (m := ladder_mark(t)) is not None}
    if sum(1 for m in marks.values() if m.kind in _KANJI_KINDS) < 2:
        return {}  # no kanji kind can head two sections: the language need not be weighed (a long text's letters)
    if chinese is None:
        chinese = writing_of("\n".join(texts)) == "zh"
    if not chinese or any(_CHAPTER.match(t) for t in texts):
        return {}
    full = _full_length(texts)
    phrased = {i: m for i, m in marks.items() if phrase(texts[i][m.title_start:]) and len(texts[i].strip()) < full}
    shaped = {i: m for i, m in phrased.items() if _text_under(texts, marks, i)}
    kinds = {m.kind for m in shaped.values()}
    # a kind whose lines head sections (two with text of their own under them) is a level of the document: its titled
    # lines with nothing of their own under them head sections of their own too, empty but for what follows (a last
    # section's ``（一）完善收运体系`` / ``（二）加强督导考核`` listed under ``三、``, as its ``（一）`` headings with text
    # stand under ``一、``: fresh-user trial 64b); a kind that heads nothing so stays a list's items
    held = {k for k in kinds if sum(1 for m in shaped.values() if m.kind == k) >= 2}
    shaped |= {i: m for i, m in phrased.items() if m.kind in held}
    found: dict[int, Mark] = {}
    for _ in range(len(KINDS) + 1):  # a kind dropped changes what counts under it: read again until it holds
        found = _counted(shaped, [k for k in KINDS if k in kinds])
        held = {k for k in kinds if sum(1 for m in found.values() if m.kind == k) >= 2}
        if held == kinds:
            break
        kinds = held
    if not kinds & _KANJI_KINDS:
        return {}
    order = [k for k in KINDS if k in kinds]
    out: dict[int, LadderHeading] = {}
    counters = [0] * len(order)
    for i, m in sorted(found.items()):
        level = order.index(m.kind)
        counters[level] = m.ordinal
        counters[level + 1:] = [0] * (len(order) - level - 1)
        out[i] = LadderHeading(i, ".".join(str(n) for n in counters[:level + 1]), level + 1, m.title_start)
    return out


FULL_SHARE = 0.9
"""A line at least this share of the document's longest line is full: wrapped at the measure."""
MIN_FULL_LINES = 3
"""Full lines a text needs before its measure shows (a wrapped dump or PDF sets many lines to one length)."""
MIN_MEASURE = 20
"""Characters a wrapped text's measure has at least (GB/T 9704 sets an official document's line at 28; a list of
short lines, headings and all, is no measure)."""


def _full_length(texts: Sequence[str]) -> float:
    """The length from which a line is full, where the text is wrapped at a measure (:data:`MIN_FULL_LINES` lines or
    more within :data:`FULL_SHARE` of its longest); infinite where it is not (a paragraph a line). A marked line that
    fills its line is a wrapped sentence's first line, never a heading, however its cut part reads: a 26-character
    dump's ``（一）供水安全事关人民群众切身利益，各单位要充分认识`` / ``做好…。`` is an item.

    >>> w = "一二三四五六七八九十" * 3
    >>> _full_length([w] * 3 + ["短い"]), _full_length([w, "短い"]), _full_length(["一二三四五六七八九十"] * 3)
    (27.0, inf, inf)
    """
    longest = max((len(t.strip()) for t in texts), default=0)
    full = FULL_SHARE * longest
    if longest < MIN_MEASURE or sum(1 for t in texts if len(t.strip()) >= full) < MIN_FULL_LINES:
        return float("inf")
    return full


def _text_under(texts: Sequence[str], marks: dict[int, Mark], i: int) -> bool:
    """Line ``i`` has text of its own or a heading of a lower kind under it, never the next mark of its own kind (a
    list's items one under the other) nor the document's end."""
    j = next((j for j in range(i + 1, len(texts)) if texts[j].strip()), None)
    if j is None:
        return False
    below = marks.get(j)
    return below is None or KINDS.index(below.kind) > KINDS.index(marks[i].kind)


def _counted(shaped: dict[int, Mark], kinds: list[str]) -> dict[int, Mark]:
    """The shaped lines of ``kinds`` whose numbers count on: each the next of its kind under the heading above (one
    again under each heading of a higher kind), every higher kind's heading already seen."""
    last = {k: 0 for k in kinds}
    out: dict[int, Mark] = {}
    for i, m in sorted(shaped.items()):
        if m.kind not in last:
            continue
        rank = kinds.index(m.kind)
        if any(last[k] == 0 for k in kinds[:rank]) or m.ordinal != last[m.kind] + 1:
            continue
        out[i] = m
        last[m.kind] = m.ordinal
        for k in kinds[rank + 1:]:
            last[k] = 0
    return out
