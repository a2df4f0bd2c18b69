"""A paper's lines → flat sections in document order, plus hints for lost heading digits.

Lines before the first heading are returned separately (the talk's ``front``).
Every other line is either a section's heading or one of its paragraphs;
item labels such as ``（１）ものづくり部会`` inside a numbered section stay
paragraphs (see :mod:`.numbering`). A lost glyph inside a heading number is
left in the text; what the sequence says about it becomes a :class:`Hint`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Evidence, Hint, Section, Text
from pipeline.segment.numbering import Reading, Style, best_sequence, learn_style


@dataclass(frozen=True)
class Paper:
    front: tuple[Text, ...]
    sections: tuple[Section, ...]
    hints: tuple[Hint, ...]


def _line_of(t: Text) -> int | str:
    pos = t.first_pos()
    return pos[0] if pos is not None else "?"


def _neighbours(readings: list[Reading], k: int, lines: list[Text]) -> str:
    """'between section 1 (line 13) and section 3 (line 47)' for the k-th reading."""
    parts = []
    if k > 0:
        prev = readings[k - 1]
        parts.append(f"after section {prev.number} (line {_line_of(lines[prev.index])})")
    else:
        parts.append("first heading of the paper")
    if k + 1 < len(readings):
        nxt = readings[k + 1]
        parts.append(f"before section {nxt.number} (line {_line_of(lines[nxt.index])})")
    else:
        parts.append("last heading of the paper")
    intact = [r for r in readings if not any(role == "digit" for _, role, _ in r.match.gaps)]
    before = [r for r in intact if r.index < readings[k].index]
    after = [r for r in intact if r.index > readings[k].index]
    anchors = []
    if before:
        anchors.append(f"{before[-1].number} (line {_line_of(lines[before[-1].index])})")
    if after:
        anchors.append(f"{after[0].number} (line {_line_of(lines[after[0].index])})")
    text = ", ".join(parts)
    if anchors:
        text += "; nearest intact numbers: " + " and ".join(anchors)
    return text


def numbering_hints(readings: list[Reading], lines: list[Text], style: Style) -> list[Hint]:
    """One hint per run of lost glyphs in a heading number, by role.

    Digits get the digits the sequence predicts. A lost separator gets the
    separators the paper's intact headings use (none known: no candidate, and
    restore decides); a lost fixed character (第, 章, brackets) gets itself.
    """
    hints: list[Hint] = []
    for k, reading in enumerate(readings):
        line = lines[reading.index]
        detail = _neighbours(readings, k, lines)
        runs: list[list[tuple[int, str, str]]] = []
        for gap in reading.match.gaps:
            offset, role, _ = gap
            if runs and runs[-1][-1][0] == offset - 1 and runs[-1][-1][1] == role:
                runs[-1].append(gap)
            else:
                runs.append([gap])
        for run in runs:
            offset, role, _ = run[0]
            pos = line.origin[offset]
            if pos is None:
                continue
            if role == "digit":
                candidates: tuple[str, ...] = ("".join(c for _, _, c in run),)
                text = f"section {reading.number}: {detail}"
            elif role == "sep":
                seps = style.level2_seps if reading.level == 2 else style.level1_seps
                candidates = tuple(seps) if len(run) == 1 else ()
                text = (
                    f"separator of section {reading.number}: "
                    + (f"intact headings of the paper use {' '.join(seps)}" if seps else "no intact heading of the paper shows its separator")
                )
            else:
                candidates = ("".join(c for _, _, c in run),) if all(len(c) == 1 for _, _, c in run) else ()
                text = f"fixed character of the heading number of section {reading.number}"
            hints.append(Hint(pos[0], pos[1], len(run), candidates, Evidence("numbering", text)))
    return hints


def split_paper(lines: list[Text]) -> Paper:
    """Sections (with their paragraphs), the lines before the first heading, and numbering hints.

    >>> mk = lambda *ss: [Text.from_raw(s, line=i + 1) for i, s in enumerate(ss)]
    >>> paper = split_paper(mk("前書き。", "1．序論", "本文です。", "2．方法", "2.1 資料", "説明。"))
    >>> [t.text for t in paper.front], [(s.number, s.level, s.title.text, len(s.paragraphs)) for s in paper.sections]
    (['前書き。'], [('1', 1, '序論', 1), ('2', 1, '方法', 0), ('2.1', 2, '資料', 1)])
    """
    texts = [t.text for t in lines]
    style = learn_style(texts)
    readings = best_sequence(texts, style)
    if not readings:
        return Paper(tuple(lines), (), ())
    sections: list[Section] = []
    for k, reading in enumerate(readings):
        end = readings[k + 1].index if k + 1 < len(readings) else len(lines)
        heading = lines[reading.index]
        sections.append(
            Section(
                number=reading.number,
                level=reading.level,
                title=heading[reading.match.end:].strip(),
                paragraphs=tuple(lines[reading.index + 1:end]),
                heading=heading,
            )
        )
    return Paper(tuple(lines[: readings[0].index]), tuple(sections), tuple(numbering_hints(readings, lines, style)))
