"""Numbering: a heading's lost number and separator, from the sequence of headings around it.

Headings are numbered ``１．`` … ``14．`` and ``3.1`` … ``3.5``; the glyphs a
font lost are often exactly these. The number a heading must carry follows
from its neighbours (the nearest headings whose numbers survived, counted
through the headings between), its digit width from the digits that survived
in it or beside it, and its separator from the headings whose separator
survived (``．`` when none did: the usual one after a Japanese heading
number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.model import GAP
from pipeline.restore.evidence.abstention import is_talk_number_line
from pipeline.chardata import FULLWIDTH_DIGITS, JA_LETTER_RE, TO_ASCII_DIGITS, TO_FULLWIDTH_DIGITS
from pipeline.restore.evidence.base import Document, Line, Proposal, Site

DIGIT = "0-9０-９"
SEPARATORS = ".．、"
_PREFIX = re.compile(f"^(\\s*)([{DIGIT}{SEPARATORS}{GAP}]+)")
MAX_TITLE = 100
"""Longer lines are running text, not headings."""


@dataclass(frozen=True)
class Parse:
    """One reading of a line's prefix as a heading number.

    ``digits`` holds a digit or GAP per number slot (``sub`` likewise for a
    ``3.1``-style second level); ``sep_at`` is the offset of the separator
    slot in the line, ``end`` the offset where the number (and separator) end.
    """

    line_index: int
    start: int
    digits: str
    sub: str | None
    sep_at: int
    sep: str
    end: int

    @property
    def level(self) -> int:
        return 1 if self.sub is None else 2


def parse_heading(text: str, line_index: int = 0) -> list[Parse]:
    """Every way ``text`` can start with a heading number (digits or gaps, a separator, a title).

    >>> [(p.digits, p.sub, p.sep, p.end) for p in parse_heading("1\\ufffd\\ufffdチェリャビンスク市")]
    [('1\\ufffd', None, '\\ufffd', 3), ('1', None, '\\ufffd', 2)]
    >>> [(p.digits, p.sub, p.sep) for p in parse_heading("3\\ufffd1 熊本城の復元")]
    [('3', '1', '\\ufffd')]
    >>> parse_heading("1960 年代、日本が")
    []
    """
    m = _PREFIX.match(text)
    if not m or len(text) > MAX_TITLE:
        return []
    lead, prefix = m.group(1), m.group(2)
    start = len(lead)
    rest = text[m.end():]
    parses = []
    trailing_gaps = len(prefix) - len(prefix.rstrip(GAP))
    for k in range(trailing_gaps + 1):
        body = prefix[: len(prefix) - k]
        title = GAP * k + rest
        if not JA_LETTER_RE.search(title) or title[:1].isspace() and k:
            continue
        # level 1: 1-2 digits then one separator, the title right after it or after one space ("1. 項目")
        spaced = title[:1].isspace() and not title[1:2].isspace()
        if 2 <= len(body) <= 3 and _digit_slots(body[:-1]) and _sep_slot(body[-1]) and (not title[:1].isspace() or spaced):
            parses.append(Parse(line_index, start, body[:-1], None, start + len(body) - 1, body[-1], start + len(body)))
        # level 2: digit, separator, 1-2 digits, then a space before the title
        if k == 0 and 3 <= len(body) <= 4 and title[:1].isspace() and _digit_slots(body[0]) and _sep_slot(body[1]) \
                and _digit_slots(body[2:]):
            parses.append(Parse(line_index, start, body[0], body[2:], start + 1, body[1], start + len(body)))
    return parses


def _digit_slots(s: str) -> bool:
    return bool(s) and all(c == GAP or c.translate(TO_ASCII_DIGITS).isdigit() for c in s)


def _sep_slot(c: str) -> bool:
    return c == GAP or c in SEPARATORS


def _value(slots: str) -> int | None:
    return None if GAP in slots else int(slots.translate(TO_ASCII_DIGITS))


def _fits(slots: str, value: int) -> bool:
    digits = str(value)
    return len(digits) == len(slots) and all(s == GAP or s.translate(TO_ASCII_DIGITS) == d for s, d in zip(slots, digits))


def _solve_level(items: list[tuple[int, list[str]]]) -> dict[int, int]:
    """Numbers for headings in order, from the nearest headings whose numbers survived.

    ``items`` holds, per heading, its position and the slot patterns it may
    have. A heading gets ``a + i - j`` when the known heading ``j`` before it
    (value ``a``) and the known one after it agree on that count; at the ends
    one known neighbour suffices. The number must fit the surviving slots.

    >>> _solve_level([(0, ["\\ufffd"]), (1, ["\\ufffd"]), (2, ["５"]), (3, ["1\\ufffd", "1"]), (4, ["12"]), (5, ["1\\ufffd", "1"])])
    {0: 3, 1: 4, 3: 11, 5: 13}
    """
    known = [(i, _value(pats[0])) for i, (_, pats) in enumerate(items) if len(pats) == 1 and _value(pats[0]) is not None]
    result: dict[int, int] = {}
    for i, (pos, pats) in enumerate(items):
        if any(j == i for j, _ in known):
            continue
        before = [(j, v) for j, v in known if j < i]
        after = [(j, v) for j, v in known if j > i]
        guesses = set()
        if before:
            j, v = before[-1]
            guesses.add(v + i - j)
        if after:
            j, v = after[0]
            guesses.add(v - (j - i))
        # neighbours that disagree mean the numbering restarted in between
        # (a new talk); a count that cannot fit the surviving slots is dropped
        fitting = {v for v in guesses if v >= 1 and any(_fits(p, v) for p in pats)}
        if len(fitting) == 1:
            result[pos] = fitting.pop()
    return result


@dataclass(frozen=True)
class Claim:
    """What numbering settles in a line: the number's slots filled, over ``[start, end)``."""

    start: int
    text: str
    detail: str


class NumberingIndex:
    """The headings of a document, solved once; ``propose`` answers per gap."""

    def __init__(self, doc: Document):
        self.claims: dict[int, Claim] = {}
        for name, lines in doc.scopes[:1]:
            self._solve(lines)

    def _solve(self, lines: list[Line]) -> None:
        parses = {i: parse_heading(ln.text, i) for i, ln in enumerate(lines)}
        parses = {i: ps for i, ps in parses.items() if ps and not is_talk_number_line(lines[i].text)}
        # a run like "\ufffd\ufffd\ufffd 地下水" reads as "1．" + title or "3.3 地下水"; where the
        # document has second-level headings, the second level wins
        if any(p.level == 2 and (p.digits + p.sub).strip(GAP) for ps in parses.values() for p in ps):
            parses = {i: [p for p in ps if p.level == 2] if any(p.level == 2 for p in ps) else ps
                      for i, ps in parses.items()}
        level1 = {i: [p for p in ps if p.level == 1] for i, ps in parses.items()}
        level1 = {i: ps for i, ps in level1.items() if ps}
        order = sorted(level1)
        solved1 = _solve_level([(i, [p.digits for p in level1[i]]) for i in order])
        known1 = {i: _value(level1[i][0].digits) for i in order if len(level1[i]) == 1 and _value(level1[i][0].digits)}
        values1 = {**known1, **solved1}
        seps1 = [p.sep for ps in level1.values() for p in ps if p.sep != GAP]
        # no separator survived: a full-width full stop where the headings write full-width
        # digits, else an ASCII one (what a width policy such as NFKC leaves)
        full_digits = any(c in FULLWIDTH_DIGITS for ps in level1.values() for c in ps[0].digits)
        sep1 = max(set(seps1), key=lambda s: (seps1.count(s), s)) if seps1 else ("．" if full_digits else ".")
        for i, value in sorted(values1.items()):
            parse = next(p for p in level1[i] if _fits(p.digits, value))
            neighbour = _neighbour_digits(lines, order, i, level1)
            self._claim(lines, parse, value, None, sep1, neighbour)
        # second level: under the level-1 heading before it, counted from 1
        level2 = sorted(i for i, ps in parses.items() if any(p.level == 2 for p in ps))
        seps2 = [p.sep for i in level2 for p in parses[i] if p.level == 2 and p.sep != GAP]
        groups: dict[int, list[int]] = {}
        for i in level2:
            parent = max((j for j in values1 if j < i), default=None)
            if parent is not None:
                groups.setdefault(parent, []).append(i)
        for parent, members in groups.items():
            subs = [next(p for p in parses[i] if p.level == 2) for i in members]
            surviving = {_value(s.digits) for s in subs if _value(s.digits) is not None}
            p_value = surviving.pop() if len(surviving) == 1 else values1[parent]
            solved = _solve_level([(k, [s.sub]) for k, s in enumerate(subs)])
            known = {k: _value(s.sub) for k, s in enumerate(subs) if _value(s.sub) is not None}
            if not known:
                solved = {k: k + 1 for k in range(len(subs))}
            values = {**known, **solved}
            ascii_digits = any(c in "0123456789" for s in subs for c in s.digits + s.sub)
            sep2 = max(set(seps2), key=lambda s: (seps2.count(s), s)) if seps2 else ("." if ascii_digits else "．")
            for k, s in enumerate(subs):
                if k in values and _fits(s.digits, p_value):
                    self._claim(lines, s, p_value, values[k], sep2, "ascii" if ascii_digits else "full")

    def _claim(self, lines: list[Line], parse: Parse, value: int, sub: int | None, sep: str, width: str) -> None:
        text = lines[parse.line_index].text
        number = str(value) if width == "ascii" else str(value).translate(TO_FULLWIDTH_DIGITS)
        full = number + sep if sub is None else number + sep + (str(sub) if width == "ascii" else str(sub).translate(TO_FULLWIDTH_DIGITS))
        slots = text[parse.start: parse.end]
        # keep the digits that survived as they stand (their width wins)
        filled = "".join(s if s != GAP else f for s, f in zip(slots, full))
        if GAP not in slots:
            return
        label = f"{value}" if sub is None else f"{value}.{sub}"
        detail = f"heading {label} in the sequence of headings (line {lines[parse.line_index].number}); {_width_note(width)}"
        self.claims[lines[parse.line_index].number * 100000 + parse.start] = Claim(parse.start, filled, detail)
        self._by_line = getattr(self, "_by_line", {})
        self._by_line.setdefault(lines[parse.line_index].number, []).append((text, Claim(parse.start, filled, detail)))

    def propose(self, site: Site) -> Proposal | None:
        """The heading-number characters this gap covers, as a prefix of the gap.

        >>> doc = Document.from_text("\\ufffd\\ufffd環境のまち\\n２．港の歴史\\n\\ufffd\\ufffd海の交流")
        >>> idx = NumberingIndex(doc)
        >>> idx.propose(Site(doc.scopes[0][1][0].text, 0, 2, line=1)).fill
        '１．'
        >>> idx.propose(Site(doc.scopes[0][1][2].text, 0, 2, line=3)).fill
        '３．'
        """
        for text, claim in getattr(self, "_by_line", {}).get(site.line, []):
            if text != site.text:
                continue
            end = claim.start + len(claim.text)
            if not claim.start <= site.start < end:
                continue
            fill = claim.text[site.start - claim.start: min(site.end, end) - claim.start]
            return Proposal(fill=fill, kind="numbering", detail=claim.detail, features={"numbering": 1.0})
        return None


def _neighbour_digits(lines: list[Line], order: list[int], i: int, level1: dict[int, list[Parse]]) -> str:
    """``ascii`` or ``full``: the width of the digits that survived in this heading, else in the nearest ones."""
    own = [c for c in level1[i][0].digits if c != GAP]
    if own:
        return "ascii" if own[0] in "0123456789" else "full"
    pos = order.index(i)
    for dist in range(1, len(order)):
        for j in (pos - dist, pos + dist):
            if 0 <= j < len(order):
                digits = [c for c in level1[order[j]][0].digits if c != GAP]
                if digits and len(level1[order[j]][0].digits) == 1:
                    return "ascii" if digits[0] in "0123456789" else "full"
    return "full"


def _width_note(width: str) -> str:
    return "digit width from the neighbouring headings" if width == "full" else "ASCII digits as in the neighbouring headings"
