"""Verse set one line to a line: the poems of an anthology's page (haiku, tanka, a child's short poem), each with its
author line set in under it. Read by :func:`pipeline.segment.paragraphs.join_wraps`
(verse is never joined as wraps).
Issue 16, session 83, helper verse83 (fresh-user trial 83a)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from pipeline.model import Text

if TYPE_CHECKING:
    from pipeline.segment.layout import Layout
    from pipeline.segment.sections import Paper

_POEM_LINE = re.compile(r"^[^\s\u3000。、，．,.!?！？「」『』（）()：:・\d０-９]{2,24}$")
"""A line of Japanese verse as set one to a line (a haiku, a tanka's 上の句 or 下の句, a child's poem's line): 2 to 24
characters, no white inside, no stop, comma, bracket, colon, middle dot or digit (prose hard-wrapped at a short
measure carries its 、 and 。 through its lines; a list, an address or a schedule its digits, colons or brackets)."""
_GRADE = r"(?:(?:小|中|高)?[1-6１-６一二三四五六]年(?:[1-9１-９一二三四五六七八九]組)?(?:生)?[ \u3000]*)?"
"""A school anthology's grade (and class) before a child's name (``３年　山田はなこ``, ``六年一組　すずき はな``)."""
_POET_LINE = re.compile(r"^" + _GRADE + r"[^\s\u3000。、，．,.!?！？「」『』（）()：:\d０-９]{1,5}[ \u3000]?"
                        r"[^\s\u3000。、，．,.!?！？「」『』（）()：:\d０-９]{1,5}$")
"""The author line set after a poem (``木村 一郎``, ``すずき はな``, ``３年　山田はなこ``): a name of 2 to 10 letters, at
most one space inside, no punctuation or digit, after a school's grade where a children's anthology gives it."""
POET_INDENT = 4
"""Columns (an ideographic space counts one) an author line stands set in past its poem's lines at least: an
anthology sets each poet's name far in, towards the right, under the poem."""
MAX_POEM_LINES = 6
"""Lines a poem runs to over its author line at most (a haiku 1, a tanka 2, a child's short poem with its title)."""


def verse_lines(lines: Sequence[Text]) -> frozenset[int]:
    """Indexes of ``lines`` that are verse set one line to a line, and the author lines after each poem: never joined
    as wraps, to one another or to a neighbour (issue 16, session 83, helper verse83: a tanka's two halves had run
    into one line and a doubled half into the next tanka; a haiku ``…夜もすがら`` / ``木村 一郎`` / ``月の出を…`` is
    three lines). A poem is a run of 1 to :data:`MAX_POEM_LINES` lines of :data:`_POEM_LINE`'s shape, each opening
    at the run's own left edge, right over its author line (:data:`_POET_LINE`), set in :data:`POET_INDENT` columns
    or more past it; the block counts where two poems at least so stand. It does NOT read a paragraph hard-wrapped
    at a short measure (its lines carry 、 and 。), an address block or a list (no author lines set in under
    unpunctuated runs).

    >>> raw = ["句会作品", "名月や池をめぐりて夜もすがら", "　　　　　木村 一郎", "月の出を待つ間の舟の軋みかな",
    ...        "　　　　　原田 修", "今月は月の句が多かった。"]
    >>> sorted(verse_lines([Text.from_raw(s, n) for n, s in enumerate(raw, 1)]))  # the part's heading stays a line too
    [0, 1, 2, 3, 4]
    """
    column = _column
    found: set[int] = set()
    poems = 0
    for k, line in enumerate(lines):
        at = column(line)
        if at is None or not _POET_LINE.match(line.text.strip()):
            continue
        run: list[int] = []
        j = k - 1
        while j >= 0 and len(run) < MAX_POEM_LINES and j not in found:
            before = column(lines[j])
            if before is None or before + POET_INDENT > at or not _POEM_LINE.match(lines[j].text.strip()):
                break
            if run and before != column(lines[run[-1]]):
                break
            run.append(j)
            j -= 1
        if run:
            found.update(run)
            found.add(k)
            poems += 1
    return frozenset(found) if poems >= 2 else frozenset()



def _column(t: Text) -> int | None:
    """The raw line's column ``t`` opens at, past any white still leading the text."""
    pos = t.first_pos()
    return pos[1] + len(t.text) - len(t.text.lstrip(" \u3000")) if pos is not None else None


MAX_PART_HEADING_CHARS = 12
_PART_HEADING = re.compile(r"^[^\s\u3000。、，．,.!?！？「」『』（）()：:\d０-９]+$")
"""A verse page's part heading (``俳句の部``, ``短歌の部``, ``選評``, ``六年一組の詩``): a short phrase, no white inside, no
stop, comma, bracket, colon or digit (an issue's number ``第12号`` is the title's)."""


def verse_body(paper: "Paper", layout: "Layout") -> "Paper":
    """``paper`` with an anthology page's verse as its body: where the paper heads no section of its own (none, or
    only the untitled body :func:`~pipeline.segment.stage.unheaded_body` opened at its first prose line) and its
    front holds verse (:func:`verse_lines`, two poems at least), the verse is the body, never front (a poem ends no
    sentence, so no line of it reads as prose). Each part heading (:data:`_PART_HEADING`, at most
    :data:`MAX_PART_HEADING_CHARS`, no author's line) set apart by a blank line over a poem (the verse reader takes it
    for a poem's line as it takes a poem's title, which stands right over its poem), or right after a poem's author
    line, set apart over what is no verse (the judge's comments, ``選評`` / ``選者　…`` / prose), opens a level-1 section of its
    own; the prose after the verse is the last part's. Without a part heading, the body opens at the first verse
    line as one untitled section. The front keeps what stands before (the issue's number, a date).

    Issue 16, session 84, helper parts84 (fresh-user trial 83a's haiku and tanka page: ``俳句の部``, ``短歌の部``,
    ``選評`` and every poem had stayed front; verse83's limit). It does NOT read a paper with a titled section, or
    a front with one poem or none (a single poem's page, a paper's short lines)."""
    from dataclasses import replace

    from pipeline.model import Section
    from pipeline.segment.layout import first_line, last_line

    if any(s.title.text for s in paper.sections):
        return paper
    front = list(paper.front)
    verse = verse_lines(front)
    if not verse:
        return paper
    first = min(verse)

    def apart(a: Text, b: Text) -> bool:  # a blank raw line between the two
        return (x := last_line(a)) is not None and (y := first_line(b)) is not None and layout.blank_between(x, y)

    def part(k: int) -> bool:
        s = front[k].text.strip()
        if not (0 < len(s) <= MAX_PART_HEADING_CHARS and _PART_HEADING.match(s) and k + 1 < len(front)
                and apart(front[k], front[k + 1]) and (at := _column(front[k])) is not None):
            return False
        # over a poem, at its column or left of it (an author line set in over the next poem is the last poem's)
        over = k + 1 in verse and (under := _column(front[k + 1])) is not None and at < under + POET_INDENT
        # after an author line, left of it, over what is no verse (``選評`` / ``選者　…`` / the comments)
        after = k - 1 in verse and k + 1 not in verse and (poet := _column(front[k - 1])) is not None \
            and at + POET_INDENT <= poet
        return over or after

    heads = [k for k in range(first, len(front)) if part(k)]
    opens = min([first, *heads])
    sections: list[Section] = []
    if not heads or heads[0] > opens:
        sections.append(Section(number=None, level=1, title=Text.empty(),
                                paragraphs=tuple(front[opens:heads[0] if heads else len(front)])))
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(front)
        heading = front[k].strip()
        sections.append(Section(number=None, level=1, title=heading, paragraphs=tuple(front[k + 1:end]),
                                heading=heading))
    rest = list(paper.sections)
    if rest and sections:
        # the untitled body opened at the first prose line (the judge's comments) is the last part's text
        last = sections[-1]
        sections[-1] = replace(last, paragraphs=last.paragraphs + rest[0].paragraphs)
        rest = rest[1:]
    return replace(paper, front=tuple(front[:opens]), sections=(*sections, *rest))

