"""A box drawn round a few lines with box-drawing characters: the frame is no text (helper vol74).

Fresh-user trial 74's proceedings volume framed each talk's speaker line in a box a text dump keeps as characters::

    ┌─────────────────┐
    │ 講演者：富山市都市整備部長　森田 健一 │
    └─────────────────┘

The frame's top and bottom rules had stayed front lines, and the bars at the framed line's ends became part of its
text: the speaker's name ``北川 由美 │``, the affiliation ``│ 講演者：金沢市観光政策課　主査`` (its label kept, since
the line no longer opened on it), and a speaker line that opened on its bar was no speaker line at all (talk 2's).
A frame draws the box; it holds no character of the text inside, so its rules and its bars go to the ledger
(reason ``frame``) and the framed line is read as if printed bare.

Read only where the whole box shows (:func:`framed_lines`): a top rule opening on a top corner (``┌``, ``┏``, ``╔``,
``╭``), then one to :data:`MAX_FRAMED` lines each opening on a vertical bar (``│``, ``┃``, ``║``), then a bottom rule
opening on a bottom corner, the rules of box-drawing characters alone. A rule alone (``━━━━``), a table drawn with
box-drawing characters (its rows parted by ``├──┼──┤``, its cells by inner bars) and a bar inside a line are left
as they are.

A box open on its right (issue 16 point 4, helper wrap79: fresh-user trial 79's in-house newsletter drew its
interviewee's profile as ``┌────`` / ``│【プロフィール】`` / ``│…を経て、`` / ``│2021年より…`` / ``└────``, no right
corner, no closing bar) is the same drawing: its rules may end without their corner (the corner drawn on the left
says a box opens or closes there) and it may hold up to :data:`MAX_FRAMED` lines, a profile's or a column's box.
Its bars had stayed the lines' first characters, so the wrapped sentence ran on as ``…を経て、│2021年より…``.
"""

from __future__ import annotations

import re

from pipeline.chardata import KANJI_RE, display_width, has_japanese, is_hiragana
from pipeline.model import LedgerRow, Spellings, Text, ledger_rows_for
from pipeline.segment.joinlines import joined_lines
from pipeline.vocab import Reason

FRAME_RULE = "page_furniture"
"""The ledger's rule for a frame's characters, as for the page's other furniture (``stage.FURNITURE_RULE``)."""

MAX_FRAMED = 12
"""Lines a frame may hold: a speaker's, a note's or a profile's box (trial 79's profile, 6 lines: its name, its
career wrapped over two lines, its qualifications, its motto), never a page's text drawn round."""

_TOP = re.compile(r"^[ \t\u3000]*(?:[┌┏╔╭┍┎╒╓][─━═┄┅┈┉╌╍\-]+[┐┓╗╮┑┒╕╖]?|\+[-=]{2,}\+)[ \t\u3000]*$")
_BOTTOM = re.compile(r"^[ \t\u3000]*(?:[└┗╚╰┕┖╘╙][─━═┄┅┈┉╌╍\-]+[┘┛╝╯┙┚╛╜]?|\+[-=]{2,}\+)[ \t\u3000]*$")
"""A box's top and bottom rules: a corner, a rule of box-drawing dashes, and the other corner or none (a box open on
its right, trial 79); or an ASCII box's ``+------+`` (helper tables81: a note framed in ASCII, ``+----+`` / ``| Note:
… |`` / ``+----+``, is a framed paragraph as a box-drawn one is, never a table of one cell)."""
_BAR = "│┃║|"
_INSIDE = re.compile(rf"^([ \t\u3000]*[{_BAR}][ \t\u3000]*)(.*?)([ \t\u3000]*[{_BAR}]?[ \t\u3000]*)$")
"""A framed line: its opening bar with the white after it, its text, and its closing bar with the white before it
(a closing bar may be missing where the text ran past the box)."""


def _framed_text(text: str) -> tuple[int, int] | None:
    """The span of a framed line's own text between its bars, ``None`` for a line that is no box's inside (no
    opening bar, a bar inside its text: a table's cells).

    >>> _framed_text("│ 講演者：富山市都市整備部長　森田 健一 │")
    (2, 21)
    >>> _framed_text("│ 氏名 │ 所属 │") is None, _framed_text("講演者：森田 健一") is None
    (True, True)
    >>> _framed_text("| Note: bring a torch. |"), _framed_text("| a | b |") is None
    ((2, 22), True)
    """
    m = _INSIDE.match(text)
    if m is None or not m.group(2).strip() or any(c in m.group(2) for c in _BAR):
        return None
    return m.start(2), m.end(2)


def framed_lines(lines: list[Text], spellings: Spellings | None = None) -> tuple[list[Text], list[LedgerRow]]:
    """``lines`` with every whole box's frame taken off (see the module docstring), and the ledger rows of what was
    taken (rule :data:`FRAME_RULE`, reason ``frame``): the top and bottom rules whole, each framed line's bars with
    the white beside them. ``spellings``: the document's lost-glyph spellings (``model.spellings_of``).

    >>> from pipeline.model import Text
    >>> box = ["┌────┐", "│ 講演者：森田 健一 │", "└────┘"]
    >>> out, rows = framed_lines([Text.inserted(s) for s in ["題目", *box, "本文。"]])
    >>> [t.text for t in out]
    ['題目', '講演者：森田 健一', '本文。']
    """
    drop: set[int] = set()
    spans: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(lines):
        if _TOP.match(lines[i].text) is None:
            i += 1
            continue
        inner: dict[int, tuple[int, int]] = {}
        j = i + 1
        while j < len(lines) and j - i <= MAX_FRAMED and (span := _framed_text(lines[j].text)) is not None:
            inner[j] = span
            j += 1
        if inner and j < len(lines) and _BOTTOM.match(lines[j].text) is not None:
            drop.update((i, j))
            spans.update(inner)
            i = j + 1
        else:
            i += 1
    if not drop:
        return lines, []
    rows: list[LedgerRow] = []
    out: list[Text] = []
    for k, t in enumerate(lines):
        if k in drop:
            rows.extend(ledger_rows_for(t, rule=FRAME_RULE, reason=Reason.FRAME, spellings=spellings))
        elif k in spans:
            a, b = spans[k]
            for piece in (t[:a], t[b:]):
                if piece.text:
                    rows.extend(ledger_rows_for(piece, rule=FRAME_RULE, reason=Reason.FRAME, spellings=spellings))
            if k - 1 in spans and _fills_frame(lines[k - 1].text, spans[k - 1]) and _runs_on(out[-1].text, t[a:b].text):
                out[-1] = joined_lines([out[-1], t[a:b]])  # a framed paragraph's wrap (:func:`_runs_on`)
            else:
                out.append(t[a:b])
        else:
            out.append(t)
    return out, rows


def _fills_frame(text: str, span: tuple[int, int]) -> bool:
    """A framed line whose text reaches its closing bar (one column of white before it at most): the frame's measure
    filled."""
    tail = text[span[1]:]
    return any(c in _BAR for c in tail) and display_width(tail.rstrip(" \t\u3000")[:-1]) <= 1


def _runs_on(upper: str, lower: str) -> bool:
    """``lower``, the next framed line, goes on the sentence of ``upper``, a line that fills its frame: a Japanese line
    ending on a kana or a comma over a line opening on a letter (no mark, bracket or number), an English line ending
    on a small letter or a comma over a line opening on a small letter. Why (helper tables81): a note in a frame is one
    paragraph (docs/segment.md, session 81), but the frame is narrower than the page, so the wrap rules, measuring
    by the page, kept ``注意：…駐車場はありません`` / ``ので、徒歩または…`` two paragraphs. A line that ends on a noun
    (a speaker's ``講演者：富山市都市整備部長`` over the name) or a sentence's end keeps its line.

    >>> _runs_on("注意：雨天の場合は体育館で行います。駐車場はありません", "ので、徒歩でお越しください。")
    True
    >>> _runs_on("講演者：富山市都市整備部長", "森田 健一"), _runs_on("体育館で行います。", "駐車場はありません。")
    (False, False)
    >>> _runs_on("町内産の米を使ったおむすびを小学校の給食", "で提供している。"), _runs_on("給食を提供している。", "ただし、")
    (True, False)
    >>> _runs_on("Note: sparklers and fireworks are not", "allowed on the field."), _runs_on("Jane Doe", "Chair")
    (True, False)
    """
    upper, lower = upper.rstrip(), lower.lstrip()
    if not upper or not lower:
        return False
    if has_japanese(upper[-1:]):
        # a line opening on a kana of the sentence's own (a particle, ``で提供している。``) goes on whatever word the
        # line over it ended on (``…小学校の給食``): no name, heading or new sentence opens so (issue 16 point 2,
        # helper newsb85, fresh-user trial 85b's 白書 column box, split mid-sentence)
        return ((is_hiragana(upper[-1]) or upper[-1] in "、，") and (is_hiragana(lower[0]) or KANJI_RE.match(lower[0]) is not None)) \
            or (upper[-1] not in "。．！？!?" and is_hiragana(lower[0]))
    return (upper[-1].islower() or upper[-1] == ",") and lower[0].islower()


def rule_lines(rows: list[LedgerRow]) -> frozenset[int]:
    """The raw lines of the boxes' top and bottom rules among :func:`framed_lines`' ``rows``: where a box opens and
    closes, which parts the text inside it from the text around it as a blank line does (helper wrap79: trial 79's
    profile box under a line that ended mid-sentence would have run on into it, its rules taken off).

    >>> _, rows = framed_lines([Text.from_raw(s, n) for n, s in enumerate(["本文", "┌───", "│甲", "└───"], 1)])
    >>> sorted(rule_lines(rows))
    [2, 4]
    """
    return frozenset(r.line for r in rows if _TOP.match(r.text) is not None or _BOTTOM.match(r.text) is not None)
