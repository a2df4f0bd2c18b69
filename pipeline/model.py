"""The records that flow between stages, and their JSON form.

Every piece of text carries its *origin*: for each character, the raw
position (1-based line, 0-based column in code points of that raw line) it
came from, or ``None`` for a character that no raw character stands behind
(a restored glyph, a joining space). That per-character map is what lets the
ledger prove that nothing was lost, and what lets a repair in the final JSON
point back at the raw line and column of its gap, whichever stages moved the
text around in between.

On disk an origin is written as runs ``[line, col, length]`` (``[0, 0, n]``
for ``n`` inserted characters), which keeps the stage files small and
readable. Every other record's JSON form is derived from its dataclass
fields by one cattrs converter (:data:`converter`, at the end):

>>> row = LedgerRow(rule="normalise_width", action="changed", line=3, col=1, text="１", reason="width", replacement="1")
>>> row.to_json()
{'rule': 'normalise_width', 'action': 'changed', 'source': {'line': 3, 'col': 1}, 'text': '１', 'reason': 'width', 'replacement': '1'}
>>> LedgerRow.from_json(row.to_json()) == row
True
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Callable, Iterable, Iterator, get_origin

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from pipeline.vocab import Action, EvidenceKind, Reason, Rule, Status, member

GAP = "\ufffd"
"""The lost-glyph marker. pdfminer's ``(cid:N)`` is turned into one of these."""

CID_RE = re.compile(r"\(cid:(\d+)\)")
"""pdfminer's spelling of a glyph with no Unicode mapping, ``(cid:N)``; group 1 is the CID. Extract turns each
into a :data:`GAP` and keeps the CID; ``pipeline restore -`` reads it in pasted text."""

SCHEMA_VERSION = 7
"""Version of the talk JSON layout (``pipeline/structure/talk.schema.json``); ``docs/talk-json.md`` lists the migrations."""

Pos = tuple[int, int] | None


# --------------------------------------------------------------------------
# Text with provenance


# --------------------------------------------------------------------------


def _encode_origin(origin: list[Pos]) -> list[list[int]]:
    """Run-length encode an origin.

    >>> _encode_origin([(3, 0), (3, 1), None, (4, 7)])
    [[3, 0, 2], [0, 0, 1], [4, 7, 1]]
    """
    runs: list[list[int]] = []
    for pos in origin:
        line, col = pos if pos is not None else (0, 0)
        if runs:
            last = runs[-1]
            if pos is None and last[0] == 0:
                last[2] += 1
                continue
            if pos is not None and last[0] == line and last[1] + last[2] == col:
                last[2] += 1
                continue
        runs.append([line, col, 1])
    return runs


def _decode_origin(runs: Iterable[Iterable[int]]) -> list[Pos]:
    """Inverse of :func:`_encode_origin`.

    >>> _decode_origin([[3, 0, 2], [0, 0, 1], [4, 7, 1]])
    [(3, 0), (3, 1), None, (4, 7)]
    """
    origin: list[Pos] = []
    for line, col, length in runs:
        if line == 0:
            origin.extend([None] * length)
        else:
            origin.extend((line, col + i) for i in range(length))
    return origin


@dataclass(frozen=True)
class Text:
    """A string plus the raw position of each of its characters.

    >>> t = Text.from_raw("ab c", line=5)
    >>> t[1:3].origin
    ((5, 1), (5, 2))
    >>> (t[:2] + Text.inserted("-") + t[3:]).text
    'ab-c'
    """

    text: str
    origin: tuple[Pos, ...]

    def __post_init__(self) -> None:
        if len(self.text) != len(self.origin):
            raise ValueError(
                f"Text origin has {len(self.origin)} positions for {len(self.text)} characters"
            )

    @classmethod
    def from_raw(cls, text: str, line: int, col: int = 0) -> "Text":
        return cls(text, tuple((line, col + i) for i in range(len(text))))

    @classmethod
    def inserted(cls, text: str) -> "Text":
        return cls(text, (None,) * len(text))

    @classmethod
    def empty(cls) -> "Text":
        return cls("", ())

    @classmethod
    def join(cls, parts: Iterable["Text"], sep: "Text | None" = None) -> "Text":
        chars: list[str] = []
        origin: list[Pos] = []
        for i, part in enumerate(parts):
            if i and sep is not None:
                chars.append(sep.text)
                origin.extend(sep.origin)
            chars.append(part.text)
            origin.extend(part.origin)
        return cls("".join(chars), tuple(origin))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __getitem__(self, key: slice) -> "Text":
        if not isinstance(key, slice):
            key = slice(key, key + 1 if key != -1 else None)
        return Text(self.text[key], self.origin[key])

    def __add__(self, other: "Text") -> "Text":
        return Text(self.text + other.text, self.origin + other.origin)

    def replace_span(self, start: int, end: int, new: str, origin: Iterable[Pos] | None = None) -> "Text":
        """Replace ``text[start:end]`` by ``new``.

        Without an explicit origin, a same-length replacement keeps the old
        positions (a width change such as ``１`` → ``1`` still points at its raw
        character) and any other replacement counts as inserted.
        """
        if origin is None:
            if len(new) == end - start:
                origin = self.origin[start:end]
            else:
                origin = (None,) * len(new)
        return Text(
            self.text[:start] + new + self.text[end:],
            self.origin[:start] + tuple(origin) + self.origin[end:],
        )

    def strip(self, chars: str | None = None) -> "Text":
        """The text without leading and trailing ``chars`` (``str.strip``'s argument: white space when ``None``).

        >>> Text.from_raw("\u3000本文 ", 3).strip(" ").origin[0]
        (3, 0)
        """
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self[left:max(left, right)]

    def first_pos(self) -> Pos:
        # a loop, no generator: segment asks it millions of times, and a line's first character mostly has a place
        for p in self.origin:
            if p is not None:
                return p
        return None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "map": _encode_origin(list(self.origin))}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Text":
        return cls(data["text"], tuple(_decode_origin(data["map"])))


def raw_runs(origin: Iterable[Pos]) -> Iterator[tuple[int, int, int, int]]:
    """Split an origin into maximal runs of consecutive raw characters.

    Yields ``(start, end, line, col)``: ``origin[start:end]`` covers raw
    ``line`` from ``col`` onwards. Inserted characters are skipped.

    >>> list(raw_runs([(1, 0), (1, 1), None, (2, 4)]))
    [(0, 2, 1, 0), (3, 4, 2, 4)]
    """
    start = None
    prev: Pos = None
    origin = list(origin)
    for i, pos in enumerate(origin + [None]):
        contiguous = (
            pos is not None and prev is not None and pos[0] == prev[0] and pos[1] == prev[1] + 1
        )
        if start is not None and not contiguous:
            line, col = origin[start]  # type: ignore[misc]
            yield start, i, line, col
            start = None
        if pos is not None and start is None:
            start = i
        prev = pos


# --------------------------------------------------------------------------
# JSON form of the records


# --------------------------------------------------------------------------


def at_source() -> Any:
    """A ``line``/``col`` field written under ``"source": {"line", "col"}`` in JSON."""
    return field(metadata={"under": "source"})


def rounded(digits: int = 4) -> Any:
    """A float field written rounded to ``digits`` places (scores, confidences)."""
    return field(metadata={"digits": digits})


def omitted_when_empty(default: Any = None) -> Any:
    """A field left out of the JSON while it holds its (empty) default."""
    return field(default=default, metadata={"omit_empty": True})


class Record:
    """A stage record: ``to_json``/``from_json`` are derived from the dataclass
    fields by :data:`converter` (cattrs, at the end of this module), not written by hand."""

    __slots__ = ()  # so that a record declared with ``slots=True`` (tokens) really has no per-instance dict

    def to_json(self) -> dict[str, Any]:
        return converter.unstructure(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]):
        return converter.structure(data, cls)


# --------------------------------------------------------------------------
# Ledger


# --------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerRow(Record):
    """One change a stage made to raw text.

    ``action`` is ``dropped`` (the raw text left the output) or ``changed``
    (it was replaced by ``replacement``). ``rule`` is the name of the function
    that made the change; ``reason`` says, in a word or two, why
    (``ghost-line``, ``doubled-layer``, ``illegible``, ``width``…). All three
    are words of the closed vocabulary in :mod:`pipeline.vocab`.
    """

    rule: Rule
    action: Action
    line: int = at_source()
    col: int = at_source()
    text: str
    reason: Reason
    replacement: str | None = omitted_when_empty(None)
    raw_bytes: str | None = omitted_when_empty(None)  # the file's bytes behind ``text`` in hex (``85``, ``E6 B5``), where they are no character
    # the glyph ids (CIDs) a PDF drew for ``text``, one per glyph in order, where the file holds ids, not characters
    # (a CID font read through its encoding's collection, rule ``read_cid_font_by_encoding``)
    cids: tuple[int, ...] = omitted_when_empty(())
    # which encoding read the raw bytes behind ``text`` where it is not the file's: a line decoded apart (``CP932 line
    # in a UTF-8 file``, rule ``decode_lines``: :func:`pipeline.extract.text.line_encoding`), mojibake repaired (``UTF-8
    # read as CP932``, rule ``repair_japanese_mojibake``: what the bytes were, what read them)
    encoding: str | None = omitted_when_empty(None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rule", member(Rule, self.rule, what="ledger rule"))
        object.__setattr__(self, "action", member(Action, self.action, what="ledger action"))
        object.__setattr__(self, "reason", member(Reason, self.reason, what="ledger reason"))

def ledger_rows_for(removed: Text, *, rule: str, reason: str, replacement: str | None = None,
                    spellings: "Spellings | None" = None, encoding: str | None = None) -> list[LedgerRow]:
    """Ledger rows for a removed (or replaced) piece of text, one per raw run.

    Inserted characters in ``removed`` have no raw position and need no row.
    A replacement is attached to the first row only; ``encoding`` (what the
    text's bytes were and what read them, ``UTF-8 read as CP932``) to every row.
    A lost glyph a text dump spells out (``spellings``, :func:`spellings_of`
    the document's markers) is named as the raw line spells it, ``(cid:N)`` whole.
    """
    if spellings:
        removed = spelled_out(removed, spellings)
    rows = []
    for start, end, line, col in raw_runs(removed.origin):
        rows.append(
            LedgerRow(
                rule=rule,
                action="changed" if replacement is not None else "dropped",
                line=line,
                col=col,
                text=removed.text[start:end],
                reason=reason,
                replacement=replacement if not rows else ("" if replacement is not None else None),
                encoding=encoding,
            )
        )
    return rows


# --------------------------------------------------------------------------
# Stage records


# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile(Record):
    """Which raw file a record came from."""

    file: str
    sha256: str
    kind: str  # "txt" or "pdf"
    encoding: str | None = None


@dataclass(frozen=True)
class Marker(Record):
    """A lost glyph that extraction wrote as ``(cid:N)``; kept for provenance.

    ``line``/``col`` is its raw position, like every origin's. ``spelled``
    says what stands there in the raw line: in a text dump the glyph is
    spelled out, so the raw line holds ``raw`` (``(cid:1234)``, ``len(raw)``
    raw columns, all of them the glyph's) and the columns after it count
    them; in a PDF the raw line is the extracted line, where the glyph is
    one U+FFFD (``raw`` is what pdfminer had, for the record).
    """

    line: int
    col: int
    cid: int
    raw: str  # the text pdfminer (or the dump) had, e.g. "(cid:123)"
    font: str | None = omitted_when_empty(None)  # the PDF font the glyph was drawn in, when known
    spelled: bool = omitted_when_empty(False)  # the raw line spells it out as ``raw`` (a text dump)
    notdef: bool = omitted_when_empty(False)  # the glyph is .notdef (CID 0 of a CID font; a dump's ``(cid:0)``)
    glyph: str | None = omitted_when_empty(None)
    """The glyph's name where the PDF gives one (its font's ``Differences``, or the embedded program's own encoding:
    ``summationdisplay``, ``planckover2pi1``), which restore reads through the font's published encoding
    (:func:`pipeline.mathfonts.reading`)."""

    @property
    def width(self) -> int:
        """Raw columns the glyph takes: ``len(raw)`` when spelled out, else 1."""
        return len(self.raw) if self.spelled else 1

    @property
    def identity(self) -> tuple[str | None, int] | None:
        """``(font, cid)`` where the glyph id names one character (:func:`names_one_character`), else None: the
        key under which restore decides every place of one glyph together ("same glyph, same answer").

        >>> Marker(1, 0, 12, "(cid:12)", font="F1").identity, Marker(1, 0, 3, "\\ufffd", font="F1").identity
        (('F1', 12), None)
        >>> Marker(1, 0, 0, "(cid:0)", font="F1", notdef=True).identity, Marker(1, 0, 0, "(cid:0)", font="T1").identity
        (None, ('T1', 0))
        """
        return (self.font, self.cid) if names_one_character(self.raw, self.cid, self.notdef) else None


NOTDEF_CID = 0
"""The glyph id of ``.notdef`` in a CID font (CID 0, GID 0): what a font draws for any character it lacks. In a simple
font (Type1, TrueType) the id is a character code, and code 0 may be a glyph of its own (a TeX math font's first
glyph, txex's in the corpus's elsarticle PDFs): no .notdef."""


def names_one_character(raw: str, cid: int, notdef: bool = False) -> bool:
    """Whether a lost glyph's id stands for one character of the source, so that every place it stands is the same
    character: a glyph with no Unicode mapping (``(cid:N)``) or one mapped to a control code, whose id is the
    font's own glyph for one character.

    Not a glyph the font maps to U+FFFD (``raw`` holds it): that is the replacement character drawn, which every
    character the source had already lost before the PDF was made is drawn as (a TrueType subset's one glyph for
    U+FFFD, or its ``.notdef``); nor ``.notdef`` itself (``notdef``: CID 0 of a CID font), nor an id not known (-1). Pooling
    those places (issue 19, point 3) gave ``colo\\ufffdies`` and ``temper\\ufffdture`` the digits of a number
    elsewhere that lost a glyph too.

    >>> names_one_character("(cid:2003)", 2003), names_one_character("\\x00", 17)
    (True, True)
    >>> names_one_character("\\ufffd", 1), names_one_character("(cid:0)", 0, True), names_one_character("\\ufffd", -1)
    (False, False, False)
    """
    return cid >= 0 and not notdef and "\ufffd" not in raw


Spellings = dict[tuple[int, int], str]
"""Raw position of a lost glyph → how its raw line spells it, for the glyphs a text dump spells out (:func:`spellings_of`)."""


def spellings_of(markers: Iterable[Marker]) -> Spellings:
    """The raw spelling of each spelled-out lost glyph, by raw position (a PDF's markers give none).

    >>> spellings_of([Marker(3, 4, 12, "(cid:12)", spelled=True), Marker(5, 0, 7, "(cid:7)")])
    {(3, 4): '(cid:12)'}
    """
    return {(m.line, m.col): m.raw for m in markers if m.spelled}


def spelled_out(text: "Text", spellings: Spellings) -> "Text":
    """``text`` with each lost glyph its raw line spells out written as that spelling, one raw column per
    character: what the raw file holds where ``text`` came from (a ledger row must name it whole).

    >>> t = Text("港\ufffdに", ((2, 0), (2, 1), (2, 9)))
    >>> spelled_out(t, {(2, 1): "(cid:12)"}).text, spelled_out(t, {(2, 1): "(cid:12)"}).origin[-2:]
    ('港(cid:12)に', ((2, 8), (2, 9)))
    """
    if not spellings or GAP not in text.text:
        return text
    chars: list[str] = []
    origin: list[Pos] = []
    for ch, pos in zip(text.text, text.origin):
        spelling = spellings.get(pos) if ch == GAP and pos is not None else None
        if spelling is None:
            chars.append(ch)
            origin.append(pos)
        else:
            chars.append(spelling)
            origin.extend((pos[0], pos[1] + i) for i in range(len(spelling)))
    return Text("".join(chars), tuple(origin))


@dataclass(frozen=True)
class LineLayout(Record):
    """Where one extracted line stood on its page: the facts a later stage
    must not guess again (page starts, indent, position, size, direction).

    ``page`` is 1-based. For a PDF, ``x0 y0 x1 y1`` is the line's bounding box
    in PDF points with pdfminer's origin (bottom left of the page), ``size``
    the median font size of its glyphs in points, ``font`` the font most of
    them were drawn in, and ``vertical`` whether it is a vertical (tategaki)
    line; ``note`` marks a line of a footnote block (:mod:`pipeline.extract.footnotes`),
    which segment reads after the body. ``breaks``: a text dump's form feeds that stand after the line's text has
    begun (``― 1 ―\f第2章 …``, pages joined without a line break), by raw column: a page starts after each, so ``page``
    is where the line starts (:meth:`page_at`). ``drawn_spaces``: a PDF line's raw columns of the space glyphs the
    PDF itself draws beside a Japanese letter (a space the writer typed, as a word processor sets it), told apart
    from pdfminer's inserted spaces (``LTAnno``), which only say that two glyphs stand apart (the typesetter's
    spacing around a half-width run, justification): clean's spacing rule keeps the one and closes up the other
    (docs/decisions.md, "Spacing"). A text dump knows only its page (form feeds), ``indent`` (the
    leading white space, in characters) and ``width`` (the line's display
    width in columns, UAX #11: what a hard wrap is measured in); the
    PDF-only fields stay ``None``. :func:`pipeline.layout.line_layouts`
    derives them for a text dump, in one place.
    """

    page: int = 1
    indent: int = 0
    width: int = omitted_when_empty(0)
    x0: float | None = omitted_when_empty(None)
    y0: float | None = omitted_when_empty(None)
    x1: float | None = omitted_when_empty(None)
    y1: float | None = omitted_when_empty(None)
    size: float | None = omitted_when_empty(None)
    font: str | None = omitted_when_empty(None)
    vertical: bool = omitted_when_empty(False)
    note: bool = omitted_when_empty(False)
    breaks: tuple[int, ...] = omitted_when_empty(())
    drawn_spaces: tuple[int, ...] = omitted_when_empty(())
    # a horizontal PDF line's first word: the points from its first inked glyph's left to the right of the last glyph
    # before the first space (pdfminer's glyph boxes, the font's own widths at its size), what a line breaker tried to
    # fit at the end of the line before (segment's first-fit test; session 65, helper col65b)
    lead: float | None = omitted_when_empty(None)
    # a text dump's line in a block of two columns side by side (``Extracted.columns``): the raw column where its
    # right column starts (its length where that column holds nothing on it), and which of its two columns hold no
    # text on it (0 left, 1 right): a column's own blank line, where a paragraph of that column ends
    cut: int | None = omitted_when_empty(None)
    empty_columns: tuple[int, ...] = omitted_when_empty(())

    def column_at(self, col: int) -> int | None:
        """Which column of a dump's two side by side the raw column ``col`` stands in (0 left, 1 right), ``None``
        for a line in no such block.

        >>> LineLayout(cut=20).column_at(3), LineLayout(cut=20).column_at(20), LineLayout().column_at(3)
        (0, 1, None)
        """
        return None if self.cut is None else int(col >= self.cut)

    def page_at(self, col: int) -> int:
        """The page of the line's character at raw column ``col``: ``page`` (where the line starts), one more after
        each of its ``breaks``.

        >>> LineLayout(page=3, breaks=(5,)).page_at(4), LineLayout(page=3, breaks=(5,)).page_at(6)
        (3, 4)
        """
        return self.page + sum(1 for b in self.breaks if b < col)

    @property
    def end_page(self) -> int:
        """The page the line ends on (where the next line starts, unless a form feed opens it)."""
        return self.page + len(self.breaks)


@dataclass(frozen=True)
class DumpColumns(Record):
    """A block of a text dump set in two columns side by side (:mod:`pipeline.extract.dumpcolumns`).

    ``first``/``last``: its raw lines (1-based, inclusive); ``channel``: the display columns ``[start, end)`` of the
    white gutter between the columns (UAX #11 widths: a full-width glyph takes two); ``cuts``: for each of its lines,
    the raw column where the right column starts (the line's length where it holds none). The clean stage reads the
    block's left column top to bottom, then its right column; every character keeps its raw position.
    """

    first: int
    last: int
    channel: tuple[int, int]
    cuts: tuple[int, ...]


@dataclass(frozen=True)
class Extracted(Record):
    """Output of extract: the document's text lines, 1-based.

    For a ``.txt`` file the lines are the file's lines. For a ``.pdf`` they
    are the lines pdfminer produced (each page ends with a form feed line
    boundary, recorded in ``page_starts``). In both, every ``(cid:N)`` is
    already one :data:`GAP` and is listed in ``markers``.

    Line/col everywhere downstream are raw positions: of the file's own lines
    for a text dump, where a ``(cid:N)`` takes its whole spelling and the
    columns after it count it (:meth:`raw_lines` gives each character's);
    of these lines for a PDF, which has no text of its own.
    """

    source: SourceFile
    lines: tuple[str, ...]
    markers: tuple[Marker, ...] = ()
    page_starts: tuple[int, ...] = (1,)
    notes: tuple[str, ...] = ()
    layout: tuple[LineLayout, ...] = ()  # one per line when known, else empty
    ledger: tuple[LedgerRow, ...] = ()  # what extraction itself set aside (an overprinted copy, page furniture…)
    page_sizes: tuple[tuple[float, float], ...] = omitted_when_empty(())  # a PDF's (width, height) per page, points
    columns: tuple[DumpColumns, ...] = omitted_when_empty(())  # a text dump's blocks of two columns side by side

    def raw_lines(self) -> list[Text]:
        """Each line with the raw position of each character (a lost glyph at its spelling's first column).

        >>> doc = Extracted(None, ("a\ufffd\ufffdb",), (Marker(1, 1, 7, "(cid:7)", spelled=True),
        ...                                           Marker(1, 8, 12, "(cid:12)", spelled=True)))
        >>> doc.raw_lines()[0].origin
        ((1, 0), (1, 1), (1, 8), (1, 16))
        """
        wide: dict[int, list[Marker]] = {}
        for m in self.markers:
            if m.width > 1:
                wide.setdefault(m.line, []).append(m)
        out = []
        for number, text in enumerate(self.lines, start=1):
            origin: list[Pos] = []
            col = 0
            here = sorted(wide.get(number, ()), key=lambda m: m.col)
            k = 0
            for ch in text:
                origin.append((number, col))
                if k < len(here) and here[k].col == col and ch == GAP:
                    col += here[k].width
                    k += 1
                else:
                    col += 1
            out.append(Text(text, tuple(origin)))
        return out

    def source_lines(self) -> list[str]:
        """The lines as the raw source spells them: what raw positions index (:meth:`raw_lines`).

        >>> Extracted(None, ("a\ufffdb",), (Marker(1, 1, 7, "(cid:7)", spelled=True),)).source_lines()
        ['a(cid:7)b']
        """
        spellings = spellings_of(self.markers)
        if not spellings:
            return list(self.lines)
        return [spelled_out(t, spellings).text for t in self.raw_lines()]


@dataclass(frozen=True)
class Cleaned(Record):
    """Output of clean: cleaned lines, one per printed line, and the ledger.

    ``lines`` are in document order; an empty line list entry never occurs
    (blank padding is dropped). Each line keeps its origin. Hard wraps are
    still there: joining them into paragraphs needs the document's structure
    (headings, page furniture), so the segment stage does it.

    ``layout`` carries extract's facts to segment, one :class:`LineLayout`
    per raw line (``layout[n - 1]`` is raw line ``n``): its page, indent and
    width, and for a PDF its position and size. ``blank_lines`` are the raw
    lines that held only white space: a text box ends there (pdfminer writes
    one after each box; a dump keeps them). Segment reads these facts and
    guesses none of them again.

    ``page_sizes``: a PDF's page sizes, ``(width, height)`` in points per page (its media box), from extract:
    a deck's pages are wider than high (segment's deck evidence); empty for a text dump.

    ``byte_hints``: for each lost glyph a mojibake repair left whose surviving
    bytes allow only a few characters, one :class:`Hint` of kind ``bytes`` at
    its raw position (``length`` 1, ``candidates`` the characters allowed,
    ``tentative``: a constraint, no fill on its own word); segment passes them
    on to restore (``Segmented.byte_hints``).
    """

    source: SourceFile
    lines: tuple[Text, ...]
    ledger: tuple[LedgerRow, ...]
    markers: tuple[Marker, ...] = ()
    line_count: int = 0  # raw line count, for the talk's last_line
    layout: tuple[LineLayout, ...] = ()
    blank_lines: tuple[int, ...] = ()
    byte_hints: tuple[Hint, ...] = omitted_when_empty(())
    page_sizes: tuple[tuple[float, float], ...] = omitted_when_empty(())  # extract's, passed on (``Extracted``)


@dataclass(frozen=True)
class Evidence(Record):
    kind: EvidenceKind
    detail: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", member(EvidenceKind, self.kind, what="evidence kind"))


@dataclass(frozen=True)
class Hint(Record):
    """What segment learned about a gap it saw (e.g. a heading number from the
    numbering sequence), or clean about a lost glyph it left (kind ``bytes``:
    the characters a mojibake's surviving bytes allow, ``Cleaned.byte_hints``).
    Restore weighs hints with its other evidence; a ``bytes`` hint is a
    constraint: no fill outside its ``candidates``.

    ``line``/``col`` is the raw position of the gap's first character.
    ``tentative``: the candidates are offered, never committed on the hint
    alone (a heading number where the sequence is not evident around it:
    :attr:`pipeline.numbering.Fill.tentative`).
    """

    line: int = at_source()
    col: int = at_source()
    length: int
    candidates: tuple[str, ...]
    evidence: Evidence
    tentative: bool = omitted_when_empty(False)


BYTES_FILTER_NOTE = "too many to settle a fill: they only rule the others out"
"""Ends the evidence of a ``bytes`` :class:`Hint` whose surviving bytes allow more characters than clean lists as
evidence of a fill (``E5 ?? ??``, UTF-8 read as CP932 that lost two bytes of 内: 155 characters, none a kana or a
mark): restore keeps only those among its candidates, and never commits on the bytes' share alone
(``pipeline.restore.constraint.settles``, measured on sets of at most 32). Fresh-user trial 66."""


@dataclass(frozen=True)
class Section(Record):
    number: str | None  # normalised: "1", "14", "3.1"; None when not numbered
    level: int
    title: Text
    paragraphs: tuple[Text, ...]
    heading: Text | None = None  # the whole heading line as it stands
    # a table's rows among the paragraphs, each row one paragraph: ``(first paragraph, rows)`` per table
    # (``pipeline.segment.tables``; the talk JSON joins them into one paragraph of ``kind: "table"``)
    tables: tuple[tuple[int, int], ...] = omitted_when_empty(())
    # the index (in its talk's sections) of the section this one gives again in another language: a bilingual
    # paper's heading printed once per language (``pipeline.segment.parallel``); None for every other section
    parallel: int | None = omitted_when_empty(None)
    # a program listing's lines among the paragraphs, each line one paragraph (its indentation written before it):
    # ``(first paragraph, lines)`` per listing (``pipeline.segment.listings``; the talk JSON joins them into one
    # paragraph of ``kind: "code"``)
    listings: tuple[tuple[int, int], ...] = omitted_when_empty(())
    # an appendix's label, folded to ASCII: ``"A"`` for ``Appendix A …``, ``"1"`` for ``付録１``, ``"A.1"`` for a
    # subsection ``A.1 …`` under it (``pipeline.segment.sections.with_appendix_labels``); ``number`` stays None there,
    # the body's numbers digits only (docs/talk-json.md, *An appendix's label*); None for every other section
    appendix: str | None = omitted_when_empty(None)


@dataclass(frozen=True)
class Slide(Record):
    number: int | None
    title: Text | None
    lines: tuple[Text, ...]
    notes: tuple[Text, ...] = omitted_when_empty(())  # the speaker's notes under the slide, each one paragraph


@dataclass(frozen=True)
class Bilingual(Record):
    """A talk's city, title or subtitle in Japanese and in English; ``ko`` a title's Korean line, present only where
    the document prints one (a Korean document's title, a Korean/Japanese or Korean/English cover's Korean line;
    docs/segment.md, *A Korean title*): city and subtitle never have one."""

    ja: Text | None
    en: Text | None
    ko: Text | None = omitted_when_empty(None)


@dataclass(frozen=True)
class Author(Record):
    """One author or speaker of a speaker line: the name without its marks, the marks it carries (``¹``, ``ᵃ``,
    ``*``, as printed) and its affiliation (resolved from the affiliation line its mark points to, else the
    speaker's shared one). Views of the speaker's lines."""

    name: Text
    marks: tuple[Text, ...] = ()
    affiliation: Text | None = None


@dataclass(frozen=True)
class Speaker(Record):
    """The speaker line (``text``, every line of it), its affiliation and names: ``name`` is the first author's
    name, ``authors`` every author in the line's order (empty when no one is named)."""

    text: Text | None
    affiliation: Text | None
    name: Text | None
    authors: tuple[Author, ...] = omitted_when_empty(())


@dataclass(frozen=True)
class Talk(Record):
    """One talk, or one document: its paper (sections) and its slides.

    ``shape`` says what the talk visibly is: ``proceedings`` (a paper and its
    slides in the other language), ``paper``, ``deck`` or ``text`` (no
    structure found: everything in ``front``). ``lang`` is the paper's
    language (``ja`` or ``en``). ``contents`` holds a table of contents'
    lines (kept out of sections and slides). ``evidence`` says how the talk's
    start and its city's English name were found.
    """

    id: str
    first_line: int
    last_line: int
    city: Bilingual
    title: Bilingual
    subtitle: Bilingual
    speaker: Speaker
    sections: tuple[Section, ...]
    slides: tuple[Slide, ...]
    hints: tuple[Hint, ...] = ()
    front: tuple[Text, ...] = ()  # paper lines before the first section that are not title/speaker
    contents: tuple[Text, ...] = omitted_when_empty(())
    lang: str = "ja"
    shape: str = "proceedings"
    evidence: tuple[Evidence, ...] = omitted_when_empty(())
    footnotes: tuple[Text, ...] = omitted_when_empty(())  # the notes under a page's rule, read apart from the body
    number: str | None = omitted_when_empty(None)  # the talk's number its prefix prints (``第2講演`` → "2"); the prefix stays in front
    front_tables: tuple[tuple[int, int], ...] = omitted_when_empty(())  # tables among ``front``, as ``Section.tables``
    front_listings: tuple[tuple[int, int], ...] = omitted_when_empty(())  # listings among ``front``, as ``Section.listings``
    # the indices (into ``front``) of the document's closing block after its body (a contact office, its address and
    # telephone, a dated signer, an enquiries line): still ``front`` lines here, the talk JSON's ``paper.closing``
    # (schema version 7, helper letter76; ``pipeline.structure.front_and_closing``)
    front_closing: tuple[int, ...] = omitted_when_empty(())

    def texts(self) -> Iterator[Text]:
        """Every piece of text in the talk, in a fixed order."""
        for pair in (self.city, self.title, self.subtitle):
            for t in (pair.ja, pair.en, pair.ko):
                if t is not None:
                    yield t
        for t in (self.speaker.text, self.speaker.affiliation, self.speaker.name):
            if t is not None:
                yield t
        yield from self.front
        yield from self.contents
        for s in self.sections:
            if s.heading is not None:
                yield s.heading
            yield s.title
            yield from s.paragraphs
        yield from self.footnotes
        for sl in self.slides:
            if sl.title is not None:
                yield sl.title
            yield from sl.lines
            yield from sl.notes


@dataclass(frozen=True)
class Segmented(Record):
    """Output of segment: the talks of one raw file, plus the clean ledger.

    Every cleaned line belongs to a talk or to the ledger (page furniture,
    slide numbers): a file without talk structure is one talk. ``unassigned``
    is kept for records written before that rule and is always empty now.
    ``byte_hints`` are clean's (``Cleaned.byte_hints``), for restore.
    """

    source: SourceFile
    talks: tuple[Talk, ...]
    ledger: tuple[LedgerRow, ...]
    markers: tuple[Marker, ...] = ()
    unassigned: tuple[Text, ...] = ()
    byte_hints: tuple[Hint, ...] = omitted_when_empty(())


@dataclass(frozen=True)
class Candidate(Record):
    text: str
    score: float = rounded()


UNCALIBRATED = "confidence: uncalibrated"
"""How a ``model`` evidence row on an unmeasured verdict's confidence opens (:attr:`Repair.calibrated`)."""


@dataclass(frozen=True)
class Repair(Record):
    """The verdict on one gap (a maximal run of lost glyphs)."""

    line: int = at_source()
    col: int = at_source()
    original: str
    restored: str | None
    status: Status
    confidence: float = rounded()
    candidates: tuple[Candidate, ...]
    evidence: tuple[Evidence, ...]
    cids: tuple[int, ...] = omitted_when_empty(())
    threshold: float | None = field(default=None, metadata={"omit_empty": True, "digits": 4})
    """The commit threshold ``confidence`` was compared with (the gap class's calibrated one, or a measured class's:
    docs/restore.md), where the shown confidence was compared with one: a gap left open (``ambiguous``) with a
    confidence below it was not sure enough to fill; absent where no confidence was compared (an abstention, a heading
    number, a number the talk's English settles, a verdict of the English word list, which commits only a word it
    decides, an unmeasured verdict: ``calibrated`` false)."""
    calibrated: bool = omitted_when_empty(True)
    """False where no benchmark measures the verdict (a ligature's letters lead where the English list does not
    decide, a list's mark, a ligature an id's neighbour ranks first): ``confidence`` is then the first candidate's
    ``score``, uncalibrated, and no threshold was compared (fresh-user trial 65: ``e\ufffdect`` showed 0.0 beside ff
    at 0.8747, read as "surely wrong"); written only as ``false``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", member(Status, self.status, what="repair status"))
        if self.status == "restored" and not self.calibrated:
            # a commit is made only at a measured confidence (a copy, a class's precision): a flag an open verdict
            # set before does not outlive it
            object.__setattr__(self, "calibrated", True)
            # (and the row saying the open verdict's number was unmeasured: a commit's confidence is measured)
            object.__setattr__(self, "evidence", tuple(
                e for e in self.evidence if not (e.kind == "model" and e.detail.startswith(UNCALIBRATED))))


@dataclass(frozen=True)
class RestoredTalk(Record):
    talk: Talk
    repairs: tuple[Repair, ...]


@dataclass(frozen=True)
class Restored(Record):
    """Output of restore: the talks with restored glyphs written into their text.

    A restored character keeps the raw position of the gap it fills (so the
    ledger can still say where it came from); ``repairs`` says what was there.
    """

    source: SourceFile
    talks: tuple[RestoredTalk, ...]
    ledger: tuple[LedgerRow, ...]
    markers: tuple[Marker, ...] = ()
    unassigned: tuple[Text, ...] = ()

# --------------------------------------------------------------------------
# The converter behind Record.to_json / Record.from_json
# --------------------------------------------------------------------------
#
# Nothing here is written per record: cattrs reads each dataclass's fields
# (and their ``metadata``, set by at_source, rounded and omitted_when_empty)
# and builds the codec once per class. The one hand-made piece is Text, whose
# per-character origin is written run-length encoded. Keys follow field order.

converter = cattrs.Converter()
converter.register_unstructure_hook(Text, Text.to_json)
converter.register_structure_hook(Text, lambda data, _: Text.from_json(data))
# A StrEnum is a str first in its MRO, so cattrs' str hook would pass members through unchanged.
converter.register_unstructure_hook(StrEnum, lambda e: e.value)


def _is_record(cls: Any) -> bool:
    # a generic record's alias too (``Pair[str, str]``): its fields' metadata (``omit_empty``) holds as the class's
    cls = get_origin(cls) or cls
    return isinstance(cls, type) and issubclass(cls, Record) and dataclasses.is_dataclass(cls)


def _unstructure_factory(cls: type) -> Callable[[Any], dict[str, Any]]:
    fields = dataclasses.fields(get_origin(cls) or cls)
    overrides = {}
    for f in fields:
        kwargs: dict[str, Any] = {}
        if "digits" in f.metadata:
            digits = f.metadata["digits"]
            # (an optional number, None while absent, is written as it is)
            kwargs["unstruct_hook"] = lambda v, d=digits: v if v is None else round(v, d)
        if f.metadata.get("omit_empty"):
            kwargs["omit_if_default"] = True
        if kwargs:
            overrides[f.name] = override(**kwargs)
    base = make_dict_unstructure_fn(cls, converter, **overrides)
    nested = [f.name for f in fields if f.metadata.get("under")]
    if not nested:
        return base
    under = fields[[f.name for f in fields].index(nested[0])].metadata["under"]

    def unstructure(obj: Any) -> dict[str, Any]:
        flat = base(obj)
        out: dict[str, Any] = {}
        for key, value in flat.items():
            if key in nested:
                out.setdefault(under, {})[key] = value
            else:
                out[key] = value
        return out

    return unstructure


def _structure_factory(cls: type) -> Callable[[dict[str, Any], type], Any]:
    base = make_dict_structure_fn(cls, converter)
    fields = dataclasses.fields(get_origin(cls) or cls)
    nested = [f.name for f in fields if f.metadata.get("under")]
    if not nested:
        return base
    under = fields[[f.name for f in fields].index(nested[0])].metadata["under"]

    def structure(data: dict[str, Any], typ: type) -> Any:
        flat = {k: v for k, v in data.items() if k != under}
        flat.update(data[under])
        return base(flat, typ)

    return structure


converter.register_unstructure_hook_factory(_is_record, _unstructure_factory)
converter.register_structure_hook_factory(_is_record, _structure_factory)


__all__ = [
    "GAP",
    "SCHEMA_VERSION",
    "Author",
    "Bilingual",
    "Candidate",
    "Cleaned",
    "DumpColumns",
    "Evidence",
    "Extracted",
    "Hint",
    "LedgerRow",
    "LineLayout",
    "Marker",
    "NOTDEF_CID",
    "Pos",
    "Repair",
    "Restored",
    "RestoredTalk",
    "Section",
    "Segmented",
    "Slide",
    "SourceFile",
    "Spellings",
    "Speaker",
    "Talk",
    "Text",
    "converter",
    "ledger_rows_for",
    "names_one_character",
    "raw_runs",
    "spelled_out",
    "spellings_of",
]
