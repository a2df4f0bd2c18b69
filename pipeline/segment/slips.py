"""A reply slip under a notice's cut line: the form its readers cut off and hand back (``参加申込書``, ``出欠票``,
``Reply slip``), set under ``以上`` and a cut line (``------ き り と り ------``, ``きりとり線``, ``✂‐‐‐‐‐``,
``- - - ✄ Cut here - - -``).

Decision (issue 16 point 2, helper sect83; fresh-user trial 82c's officers notice): the slip is a part of the document
of its own, a section titled by the slip's heading (its first line under the cut line) holding its form's lines, as a
回覧板's form under its contact lines is (``sections.contacts_over_form``): it is the notice's text to fill in, neither
its closing block (whom to ask, who signs) nor the last item's paragraphs, which it had been (the notice's ``以上``
joined to the cut line). The cut line itself is layout, as a rule between two talks is: set aside to the ledger
(``set_aside_separator``), nothing lost; ``以上`` over it then closes the notice's own text by its own rule.
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.model import Section, Text

MAX_SLIP_LINES = 30
"""Lines a slip under its cut line holds at most: a form to cut off, never the rest of a document."""
MIN_RULE_MARKS = 3
"""Marks of a dashed or dotted rule a cut line holds at least where it names no line (``きりとり`` alone)."""

_SCISSORS = "✀✁✂✃✄"
_RULE_MARKS = "-‐‒–—―─━┄┅┈┉╌╍═=＝_＿~～〜・･.．…‥*＊"
_BRACKETS = "（）()〈〉《》【】[]「」<>＜＞"
_CUT_WORD = re.compile(r"(?:きりとり|キリトリ|切り?取り?|きりはなし|キリハナシ|切り?離し?)(?P<line>線|せん|セン)?"
                       r"|(?:cut|tear|detach)(?:off)?(?P<en>here|along(?:the)?(?:dotted)?line)?(?:andreturn)?")
"""A cut line's words once its spaces, rule marks and brackets are gone: ``きりとり``, ``キリトリ線``, ``切り取り線``,
``切取線``, ``切り離し線``, ``cut here``, ``tear off here``, ``detach along the dotted line``."""


def cut_line(text: str) -> bool:
    """``text`` is a cut line: scissors, or a cut line's words (:data:`_CUT_WORD`), or both, with nothing else on the
    line but a dashed or dotted rule, spaces and brackets; the words alone must name the line (``きりとり線``, ``cut
    here``) or stand in a rule of :data:`MIN_RULE_MARKS` marks.

    >>> [cut_line(s) for s in ("------ き り と り ------", "きりとり線", "✂‐‐‐‐‐‐‐‐", "（切り取り線）", "- - ✄ Cut here - -")]
    [True, True, True, True, True]
    >>> [cut_line(s) for s in ("切り取り", "----------", "点線で切り取ってください", "Cut the onions finely.", "")]
    [False, False, False, False, False]
    """
    s = text.strip()
    if not s:
        return False
    scissors = any(c in _SCISSORS for c in s)
    rule = sum(c in _RULE_MARKS for c in s)
    rest = "".join(c for c in s.lower() if not (c.isspace() or c in _SCISSORS or c in _RULE_MARKS or c in _BRACKETS))
    if not rest:
        return scissors
    m = _CUT_WORD.fullmatch(rest)
    if m is None:
        return False
    return scissors or rule >= MIN_RULE_MARKS or bool(m.group("line") or m.group("en"))


def slip_cut(lines: Sequence[Text]) -> int | None:
    """The index of the cut line (:func:`cut_line`) over a reply slip closing ``lines`` (a talk's body lines): the
    last cut line, with one line at least under it and at most :data:`MAX_SLIP_LINES`, and text of the document's own
    over it; None where there is none.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> slip_cut(mk("下記のとおり行います。", "以上", "--- きりとり ---", "参加申込書", "氏名：")), slip_cut(mk("本文です。", "以上"))
    (2, None)
    """
    at = next((k for k in range(len(lines) - 1, -1, -1) if cut_line(lines[k].text)), None)
    if at is None or at == 0 or at == len(lines) - 1 or len(lines) - 1 - at > MAX_SLIP_LINES:
        return None
    return at


MAX_SLIP_HEADING = 40
"""Characters a slip's heading holds at most (``秋季清掃活動　参加申込書``, ``Reply slip — Summer Fair``)."""


def slip_section(paragraphs: Sequence[Text]) -> Section:
    """The reply slip's section: its first paragraph the title (and heading) where it is a heading's length and ends
    no sentence, the rest its paragraphs; an untitled section holding them all where the slip opens on text.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> s = slip_section(mk("参加申込書", "氏名：", "班名："))
    >>> s.number, s.title.text, [p.text for p in s.paragraphs]
    (None, '参加申込書', ['氏名：', '班名：'])
    >>> slip_section(mk("下記に記入のうえ、班長へ提出してください。", "氏名：")).title.text
    ''
    """
    first = paragraphs[0].strip()
    if len(first.text) <= MAX_SLIP_HEADING and not first.text.endswith(("。", ".", "．", "!", "！", "?", "？", "：", ":")):
        return Section(number=None, level=1, title=first, paragraphs=tuple(paragraphs[1:]), heading=first)
    return Section(number=None, level=1, title=Text.empty(), paragraphs=tuple(paragraphs))
