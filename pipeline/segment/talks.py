"""Where talks start, and where each talk's Japanese paper gives way to its English slides.

A talk opens with its city line: a short Japanese line naming a municipality
(``北九州市``, ``熊本市``), possibly behind a lost talk number (``���``),
followed by more Japanese (the paper's title). The second condition keeps a
city name used as a label on a slide from opening a talk. A file without city
lines is one talk per Japanese block that follows English (or the start).

Inside a talk the paper/slides boundary is the point that leaves the most
Japanese lines before it and the most English lines after it; stray lines of
the other script (a Japanese map label on a slide) stay where they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import GAP, Text
from pipeline.chardata import EN, JA, script_of

MUNICIPALITY_SUFFIXES = "市町村区都道府県郡"
_CITY_LINE = re.compile(
    rf"^(?P<prefix>[\s{GAP}0-9０-９.．、)）(（第回]*)(?P<name>[^\s{GAP}0-9０-９]{{1,12}}?[{MUNICIPALITY_SUFFIXES}])\s*$"
)


def city_line_match(text: str) -> re.Match[str] | None:
    """Match a talk's opening city line; groups ``prefix`` (lost talk number) and ``name``.

    >>> city_line_match(" \\ufffd\\ufffd\\ufffd北九州市 ").group("name")
    '北九州市'
    >>> city_line_match("１．那覇市").group("prefix")
    '１．'
    >>> city_line_match("北九州市は、西日本の都市である。") is None
    True
    """
    m = _CITY_LINE.match(text.strip())
    if m is None or script_of(m.group("name")) != JA:
        return None
    return m


@dataclass(frozen=True)
class TalkSpan:
    """Index range ``[start, end)`` of a talk in the cleaned lines, and where its slides begin."""

    start: int
    end: int
    slides_start: int
    has_city_line: bool


def talk_starts(lines: list[Text]) -> tuple[list[int], bool]:
    """Indexes of the lines that open talks, and whether they are city lines.

    >>> mk = lambda *ss: [Text.inserted(s) for s in ss]
    >>> talk_starts(mk("熊本市", "題目の行", "Slides", "那覇市", "別の題目"))
    ([0, 3], True)
    >>> talk_starts(mk("Intro", "日本語の本文です", "続きの本文です", "English slide"))
    ([1], False)
    """
    starts = [
        i
        for i, t in enumerate(lines)
        if city_line_match(t.text) and i + 1 < len(lines) and script_of(lines[i + 1].text) == JA
    ]
    if starts:
        return starts, True
    starts = []
    previous = EN
    for i, t in enumerate(lines):
        s = script_of(t.text)
        if s == JA and previous == EN:
            starts.append(i)
        if s != "neutral":
            previous = s
    return starts, False


def slides_boundary(scripts: list[str]) -> int:
    """Index where the English slides begin in a talk's line scripts.

    Maximises Japanese lines before plus English lines after; ties go to the
    earliest point, so neutral lines between paper and slides (a lost-glyph
    line, a number) go with the slides.

    >>> slides_boundary(["ja", "ja", "en", "ja", "ja", "neutral", "en", "ja", "en"])
    5
    >>> slides_boundary(["ja", "ja"])
    2
    """
    en_after = sum(1 for s in scripts if s == EN)
    best, best_at = en_after, 0
    ja_before = 0
    for i, s in enumerate(scripts):
        ja_before += s == JA
        en_after -= s == EN
        if ja_before + en_after > best:
            best, best_at = ja_before + en_after, i + 1
    return best_at


def talk_spans(lines: list[Text]) -> list[TalkSpan]:
    """Split cleaned lines into talks; lines before the first talk are left out (unassigned)."""
    starts, city = talk_starts(lines)
    spans = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        scripts = [script_of(t.text) for t in lines[start:end]]
        spans.append(TalkSpan(start, end, start + slides_boundary(scripts), city))
    return spans
