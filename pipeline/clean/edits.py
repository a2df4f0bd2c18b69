"""How a rule reports what it did.

A rule never writes ledger rows itself: it returns the new text and a list of
:class:`Change` (the raw-backed piece that left or was replaced, and why). The
registry turns changes into ledger rows named after the rule function, so a
ledger row always names the code that made it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from pipeline.chardata import LAYOUT_SPACES
from pipeline.model import Hint, Text


@dataclass(frozen=True)
class Change:
    """One removed (``replacement is None``) or replaced piece of text.

    ``hints``: what the rule learned about lost glyphs its replacement holds (the characters a mojibake's
    surviving bytes allow, :mod:`pipeline.clean.japanese_mojibake`); they reach ``Cleaned.byte_hints``.
    """

    removed: Text
    reason: str
    replacement: str | None = None
    rule: str | None = None  # set by document rules that delegate to a line rule
    hints: tuple[Hint, ...] = ()
    encoding: str | None = None  # what the removed text's bytes were and what read them (``UTF-8 read as CP932``)


@dataclass(frozen=True)
class Fixed:
    """What a line rule made of one line: the new text and the changes."""

    text: Text
    changes: tuple[Change, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class Line:
    """A working line: its text, and what the raw layout said about it.

    ``indent`` is whether the raw line began with white space (a page break
    in mid-sentence shows as one); ``width`` is the raw line's display width,
    the evidence for a hard wrap; ``page`` is the raw line's page
    (:func:`pipeline.layout.line_layouts`; ``None`` when not known); ``box`` is a PDF line's bounding box
    ``(x0, y0, x1, y1)`` in points (``None`` for a text dump or a vertical line); ``drawn_spaces`` the raw
    positions of the space glyphs a PDF draws beside a Japanese letter (``LineLayout.drawn_spaces``). They
    describe the raw line and do not change when rules edit the text. ``cell_spaces``: the raw positions of the
    single spaces inside the cells of a row that :func:`~pipeline.clean.tables.part_table_cells` parted at a text
    dump's white (the cells' own word spaces, which the spacing rule keeps: docs/clean.md, *Session 83, tab83*).
    """

    text: Text
    indent: bool = False
    width: int = 0
    page: int | None = None
    box: tuple[float, float, float, float] | None = None
    drawn_spaces: frozenset[tuple[int, int]] = frozenset()
    cell_spaces: frozenset[tuple[int, int]] = frozenset()

    def with_text(self, text: Text) -> "Line":
        return Line(text, self.indent, self.width, self.page, self.box, self.drawn_spaces, self.cell_spaces)


def unchanged(text: Text) -> Fixed:
    return Fixed(text, ())


def drop_spans(text: Text, spans: Iterable[tuple[int, int]], reason: str, *, record_blank: bool = False) -> Fixed:
    """Remove ``text[start:end]`` for each span (sorted, non-overlapping).

    Spans of layout white space only are removed without a change: padding
    carries no content, and the ledger lists content. An ideographic space is
    content (:func:`pipeline.chardata.is_layout_space`).

    >>> fixed = drop_spans(Text.from_raw("abXcdY", 1), [(2, 3), (5, 6)], "test")
    >>> fixed.text.text, [c.removed.text for c in fixed.changes]
    ('abcd', ['X', 'Y'])
    """
    parts: list[Text] = []
    changes: list[Change] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos or start >= end:
            continue
        parts.append(text[pos:start])
        removed = text[start:end]
        if record_blank or removed.text.strip(LAYOUT_SPACES):
            changes.append(Change(removed, reason))
        pos = end
    parts.append(text[pos:])
    return Fixed(Text.join(parts), tuple(changes))


def with_its_space(s: str, start: int, end: int, taken: frozenset[int] = frozenset()) -> tuple[int, int]:
    """A flagged span (mojibake dropped whole, never repaired) widened to one space beside it where, dropped alone,
    it would leave two spaces (``Tour 虜ｯ 2019`` → ``Tour  2019``) or a space at the line's start or end: the span
    stood as a word between spaces, and with the word gone one of them parts nothing. The space after it goes
    (before it at the line's end); its ledger row holds it, so nothing leaves the text unrecorded. ``taken``:
    positions another span covers, never widened into. (Issue 18: a flagged span left a double space.)

    >>> s = "Tour XX 2019"; [with_its_space(s, 5, 7), with_its_space("XX 2019", 0, 2), with_its_space("Tour XX", 5, 7)]
    [(5, 8), (0, 3), (4, 7)]
    >>> with_its_space("本市XXを見る", 2, 4), with_its_space("a XX", 2, 4, frozenset({1}))
    ((2, 4), (2, 4))
    """
    space_before = start == 0 or s[start - 1] == " "
    if end < len(s) and s[end] == " " and space_before and end not in taken:
        return start, end + 1
    if end == len(s) and start > 0 and s[start - 1] == " " and start - 1 not in taken:
        return start - 1, end
    return start, end


def keep_span(text: Text, start: int, end: int, reason: str) -> Fixed:
    """Keep only ``text[start:end]``; what is cut on either side is a change."""
    return drop_spans(text, [(0, start), (end, len(text))], reason)


def single_byte_spelling(raw: str) -> bytes | None:
    """The bytes ``raw`` spells when it is bytes read one to a character as Windows-1252, or as Latin-1 where
    Windows-1252 leaves a byte undefined (``\\x81``, ``\\x8d``: what a Latin-1 reading or ftfy's sloppy codec shows);
    ``None`` if a character is no such byte.

    >>> single_byte_spelling("ã€€"), single_byte_spelling("å\\x90"), single_byte_spelling("市")
    (b'\\xe3\\x80\\x80', b'\\xe5\\x90', None)
    """
    out = bytearray()
    for ch in raw:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def raw_extent(raw: str, col: int, ch: str) -> int:
    """How many characters of ``raw`` from ``col`` on a rule's ``ch`` stands for: 1 where the raw character is ``ch``
    or folds to it; 2 where a half-width kana and its sound mark compose to it (``ﾊﾟ`` → ``パ``, the width policy);
    2 or 3 where ``ch``'s UTF-8 or Shift_JIS (CP932) bytes were read one to a character as Windows-1252 or Latin-1
    (``ã€€`` for U+3000, ``\x81@``: mojibake); 0 where none holds.

    Why: a repair that writes one character where the raw line has two or three points it at the first of them
    (:func:`pipeline.clean.encoding.fix_mojibake`, :mod:`pipeline.clean.width`). A later rule that removes it must
    record every raw character it stood for, or the ledger holds ``ã`` of ``ã€€`` and loses the rest (trial 57:
    ideographic padding on a mojibake line).

    >>> raw_extent("ã€€ã€€å¸‚", 3, "\u3000"), raw_extent("\x81@", 0, "\u3000"), raw_extent("ﾊﾟﾝ", 0, "パ")
    (3, 2, 2)
    >>> raw_extent("ab", 1, "b"), raw_extent("Ａ", 0, "A"), raw_extent("ã€", 0, "\u3000"), raw_extent("abc", 0, "x")
    (1, 1, 0, 0)
    """
    if raw[col:col + 1] == ch:
        return 1
    if len(raw) >= col + 2 and unicodedata.normalize("NFKC", raw[col:col + 2]) == ch:
        return 2
    if unicodedata.normalize("NFKC", raw[col:col + 1]) == ch:
        return 1
    for encoding in ("utf-8", "cp932"):
        try:
            spelt = ch.encode(encoding)
        except UnicodeEncodeError:
            continue
        chunk = raw[col:col + len(spelt)]
        if len(chunk) == len(spelt) and single_byte_spelling(chunk) == spelt:
            return len(spelt)
    return 0


def replacement_spans(text: str, replacement: str) -> list[tuple[int, int]] | None:
    """The span of ``text`` each character of ``replacement`` stands for: one for one where the lengths agree (a width
    or lost-glyph change), else each character's raw spelling in turn (:func:`raw_extent`: mojibake, composed half-width kana); ``None`` where
    they do not add up to ``text``.

    >>> replacement_spans("ＡＢ", "AB"), replacement_spans("ã€€å¸‚", "\\u3000市"), replacement_spans("abc", "x")
    ([(0, 1), (1, 2)], [(0, 3), (3, 6)], None)
    >>> replacement_spans("ﾊﾟﾝ", "パン")
    [(0, 2), (2, 3)]
    """
    if len(text) == len(replacement):
        return [(i, i + 1) for i in range(len(text))]
    spans = []
    pos = 0
    for ch in replacement:
        extent = raw_extent(text, pos, ch)
        if not extent:
            return None
        spans.append((pos, pos + extent))
        pos += extent
    return spans if pos == len(text) else None
