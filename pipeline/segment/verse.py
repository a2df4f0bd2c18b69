"""Verse set one line to a line: the poems of an anthology's page (haiku, tanka, a child's short poem), each with its
author line set in under it. Read by :func:`pipeline.segment.paragraphs.join_wraps`
(verse is never joined as wraps).
Issue 16, session 83, helper verse83 (fresh-user trial 83a)."""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.model import Text

_POEM_LINE = re.compile(r"^[^\s\u3000。、，．,.!?！？「」『』（）()：:・\d０-９]{2,24}$")
"""A line of Japanese verse as set one to a line (a haiku, a tanka's 上の句 or 下の句, a child's poem's line): 2 to 24
characters, no white inside, no stop, comma, bracket, colon, middle dot or digit (prose hard-wrapped at a short
measure carries its 、 and 。 through its lines; a list, an address or a schedule its digits, colons or brackets)."""
_POET_LINE = re.compile(r"^[^\s\u3000。、，．,.!?！？「」『』（）()：:\d０-９]{1,5}[ \u3000]?[^\s\u3000。、，．,.!?！？「」『』（）()：:\d０-９]{1,5}$")
"""The author line set after a poem (``木村 一郎``, ``すずき はな``): a name of 2 to 10 letters, at most one space
inside, no punctuation or digit."""
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
    def column(t: Text) -> int | None:
        pos = t.first_pos()  # the raw line's column, past any white still leading the text
        return pos[1] + len(t.text) - len(t.text.lstrip(" \u3000")) if pos is not None else None

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

