"""A Japanese notice's items under its ``記``: their sub-items, wraps and fields (issue 16 point 2, helper notice85).

A 株主総会招集通知 (fresh-user trial 84a) sets under ``記`` its items, ``１．日　　時　　2026年6月26日…``,
``２．場　　所　　…``, ``３．目的事項``, and under the third its agenda, a label with an inner list
(``報告事項　　1．第82期…会計監査人`` / ``　　及び監査役会の…報告の件`` / ``　　2．第82期…計算書類報告の件``).
Read as a paper, each numbered line had headed a level-1 section: ``2．第82期…`` one of its own after ``３．目的事項``,
the items ``日時`` and ``場所`` titled with their values, and the set-in wrap a paragraph of its own.

:func:`mend_items` reads them as a careful reader does, on the items between ``記`` and the ``以上`` under it only:

- a numbered heading whose number does not follow the item's before it (``2`` after ``3``) while that item's text
  holds the number before it (``1．``) after white space or at a line's start is a line of that item's inner list:
  its heading and paragraphs go back into that item;
- a line set in deeper than the line over it, that line wide and ending in no sentence end, is its wrap
  (``…ならびに会計監査人`` / ``及び監査役会の…``), joined to it;
- an item's heading of a short label, white space, and a value (``日　　時　　2026年6月26日…``) is a field: the label
  (its letter-spacing taken out) is the section's title and the value its first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.chardata import LAYOUT_SPACES
from pipeline.model import LedgerRow, Text, ledger_rows_for
from pipeline.vocab import Rule
from pipeline.segment.labels import is_items_mark
from pipeline.segment.layout import Layout
from pipeline.segment.sections import Paper, Section, closing_mark

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_FIELD = re.compile(r"^(?P<label>[\u3005\u3040-\u30ff\u4e00-\u9fff](?:[ \u3000]{0,3}[\u3005\u3040-\u30ff\u4e00-\u9fff]){1,7})"
                    r"(?P<gap> {2,}|\u3000+[ \u3000]*)(?P<value>\S.*)$")
"""An item's field: a label of 2–8 kanji or kana (letter-spaced or not: ``日　　時``), white space (two spaces or an
ideographic one), a value. No digit in the label: ``第1号議案　剰余金の処分の件`` is a motion, not a field."""

_SENTENCE_END = ("。", "．", ".", "」", "』", "！", "？")

_ITEM_START = re.compile(r"^[ \u3000]*(?:[0-9０-９]{1,2}[．.、)）]|[（(][0-9０-９]{1,2}[)）]|第[0-9０-９一二三四五六七八九十]+号?議案"
                         r"|[・●○■□◆◇※－―-])")
"""A line that opens an item of its own (a number, a motion, a bullet): never a wrap of the line over it."""

WRAP_MIN_WIDTH = 60
"""Display columns the line over a set-in line must fill to have been wrapped (a full line of an A4 notice set in
10.5 pt runs 70–80; the trial's ``報告事項　　1．…会計監査人`` runs 74)."""


def _marks_number(text: str, n: int) -> bool:
    """``text`` holds the list number ``n`` (``1．``) at its start or after white space."""
    for m in re.finditer(r"(?:^|[ \u3000])[ \u3000]*([0-9０-９]{1,2})[．.]", text):
        if int(m.group(1).translate(_DIGITS)) == n:
            return True
    return False


def _int(number: str | None) -> int | None:
    return int(number) if number and number.isdigit() else None


def _field(section: Section) -> tuple[Section, list[LedgerRow]]:
    """``section`` with its heading read as a field where its title is a label, white space and a value: the heading
    ends with the label, the value opens the paragraphs; the ideographic spaces between go out with rows (rule
    ``trim_heading``, reason ``spacing``). A section whose title is not inside its heading line is returned as it is."""
    title, heading = section.title, section.heading
    m = _FIELD.match(title.text)
    if m is None or heading is None or not heading.text.endswith(title.text):
        return section, []
    off = len(heading.text) - len(title.text)
    label = Text.join(title[k:k + 1] for k in range(m.start("label"), m.end("label"))
                      if title.text[k] not in " \u3000")
    gap = heading[off + m.end("label"):off + m.start("value")]
    rows = [row for k, ch in enumerate(gap.text) if ch == "\u3000"
            for row in ledger_rows_for(gap[k:k + 1], rule=Rule.TRIM_HEADING, reason="spacing")]
    value = heading[off + m.start("value"):].strip(LAYOUT_SPACES)
    return replace(section, title=label, heading=heading[:off + m.end("label")],
                   paragraphs=(value, *section.paragraphs)), rows


def _wraps_joined(paragraphs: tuple[Text, ...], layout: Layout) -> tuple[Text, ...]:
    out: list[Text] = []
    for p in paragraphs:
        if out and _is_wrap(out[-1], p, layout):
            out[-1] = out[-1] + p.strip()
        else:
            out.append(p)
    return tuple(out)


def _is_wrap(over: Text, line: Text, layout: Layout) -> bool:
    above = over.text.rstrip(" \u3000")
    if not above or above.endswith(_SENTENCE_END) or _ITEM_START.match(line.text) or closing_mark(line.text):
        return False
    if layout.end_width(over) < WRAP_MIN_WIDTH:
        return False
    last = next((p for p in reversed(over.origin) if p is not None), None)
    first = line.first_pos()
    if last is None or first is None or first[0] != last[0] + 1:
        return False
    return layout.indent(line) > max(0, layout.at(last[0]).indent - layout.margin)


def mend_items(paper: Paper, layout: Layout) -> tuple[Paper, list[LedgerRow]]:
    """``paper`` with its notice's items (the sections whose heading stands under a ``記`` in ``front`` and over the
    ``以上`` that closes them) read as the module says, and the ledger rows of the ideographic spaces left out between a
    field's label and its value; a paper with no ``記`` in ``front`` is returned as it is.

    >>> t = lambda s, n: Text.from_raw(s, n)
    >>> items = (Section("1", 1, t("日　　時　　5月1日", 3), (), heading=t("1．日　　時　　5月1日", 3)),
    ...          Section("2", 1, t("目的事項", 4), (t("報告事項　1．事業報告の件", 5),), heading=t("2．目的事項", 4)),
    ...          Section("2", 1, t("計算書類の件", 6), (), heading=t("2．計算書類の件", 6)))
    >>> p, rows = mend_items(Paper((t("記", 2),), items, ()), Layout.plain())
    >>> [(s.number, s.title.text, [x.text for x in s.paragraphs]) for s in p.sections]
    [('1', '日時', ['5月1日']), ('2', '目的事項', ['報告事項　1．事業報告の件', '2．計算書類の件'])]
    >>> p.sections[0].heading.text, [(r.col, r.text) for r in rows]
    ('1．日　　時', [(6, '\u3000'), (7, '\u3000')])
    """
    mark = next((t for t in paper.front if is_items_mark(t.text)), None)
    mark_line = mark.first_pos()[0] if mark is not None and mark.first_pos() is not None else None
    if mark_line is None:
        return paper, []
    end_line = min((t.first_pos()[0] for t in (*paper.front, *paper.closing)
                    if closing_mark(t.text) and t.first_pos() is not None and t.first_pos()[0] > mark_line),
                   default=None)

    def inside(s: Section) -> bool:
        pos = (s.heading or s.title).first_pos()
        return (pos is not None and pos[0] > mark_line and (end_line is None or pos[0] < end_line)
                and s.level == 1 and s.number is not None)

    out: list[Section] = []
    rows: list[LedgerRow] = []
    for s in paper.sections:
        if not inside(s):
            out.append(s)
            continue
        prev = out[-1] if out and inside(out[-1]) else None
        n, m = _int(s.number), _int(prev.number) if prev is not None else None
        if (prev is not None and n is not None and m is not None and n != m + 1 and n > 1
                and any(_marks_number(x.text, n - 1) for x in prev.paragraphs)):
            out[-1] = replace(prev, paragraphs=(*prev.paragraphs, s.heading or s.title, *s.paragraphs))
            continue
        field, trimmed = _field(s)
        out.append(field)
        rows.extend(trimmed)
    out = [replace(s, paragraphs=_wraps_joined(s.paragraphs, layout)) if inside(s) else s for s in out]
    return replace(paper, sections=tuple(out)), rows
