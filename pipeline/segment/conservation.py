"""Where each cleaned character went: the segment stage's "nothing lost" check.

Every non-blank character of the cleaned lines must land in exactly one
*place* of the Segmented record: a talk's city line (``city.ja``), title,
subtitle, speaker line, ``front``, a section's heading or paragraphs, a
slide's title or lines, ``unassigned``, or a ledger row of the segment stage
(page numbers that became slide numbers). The other fields are *views* of
those places (``city.en`` inside a cover line, ``speaker.name`` inside the
speaker line, a section's ``title`` inside its heading) and must point inside
them. Whitespace between pieces is layout and is not counted.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from pipeline.model import Cleaned, Pos, Segmented, Talk, Text

SEGMENT_RULES = frozenset({"slide_number"})


def places(talk: Talk) -> Iterator[Text]:
    """The texts of a talk that hold cleaned characters (each character in one of them)."""
    for t in (talk.city.ja, talk.title.ja, talk.subtitle.ja, talk.speaker.text):
        if t is not None:
            yield t
    yield from talk.front
    for s in talk.sections:
        yield s.heading if s.heading is not None else s.title
        yield from s.paragraphs
    for sl in talk.slides:
        if sl.title is not None:
            yield sl.title
        yield from sl.lines


def views(talk: Talk) -> Iterator[Text]:
    """The texts of a talk that repeat characters of its places."""
    for t in (talk.city.en, talk.title.en, talk.subtitle.en, talk.speaker.affiliation, talk.speaker.name):
        if t is not None:
            yield t
    for s in talk.sections:
        if s.heading is not None:
            yield s.title


def _chars(texts) -> Counter[tuple[Pos, str]]:
    counts: Counter[tuple[Pos, str]] = Counter()
    for t in texts:
        for c, pos in zip(t.text, t.origin):
            if pos is not None and not c.isspace():
                counts[(pos, c)] += 1
    return counts


def conservation_problems(before: Cleaned, after: Segmented) -> list[str]:
    """Characters lost, duplicated or invented by segment (empty when all is well)."""
    expected = _chars(before.lines)
    placed = _chars([*after.unassigned, *(t for talk in after.talks for t in places(talk))])
    for row in after.ledger:
        if row.rule in SEGMENT_RULES:
            for i, c in enumerate(row.text):
                if not c.isspace():
                    placed[((row.line, row.col + i), c)] += 1
    problems = []
    for key in sorted(set(expected) | set(placed), key=lambda k: (k[0] or (0, 0), k[1])):
        if expected[key] != placed[key]:
            (line, col), c = key
            problems.append(f"line {line} col {col} {c!r}: cleaned {expected[key]} time(s), placed {placed[key]} time(s)")
    inside = set(placed)
    for talk in after.talks:
        for t in views(talk):
            for c, pos in zip(t.text, t.origin):
                if pos is not None and not c.isspace() and (pos, c) not in inside:
                    problems.append(f"talk {talk.id}: view text {t.text!r} points outside the placed text at {pos}")
                    break
    return problems
