"""Clean: extracted lines → cleaned lines + ledger.

The rules live in :mod:`pipeline.clean.rules`, one named function each, run in
the order of :data:`pipeline.clean.RULES`. This module only turns the raw
lines into working lines, runs the rules and packs the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.clean.edits import Line
from pipeline.chardata import LAYOUT_SPACES, display_width
from pipeline.layout import blank_lines, line_layouts
from pipeline.model import GAP, Cleaned, Extracted, Hint, LedgerRow, LineLayout, Text, spellings_of
from pipeline.vocab import Action, Reason, Rule


def working_lines(doc: Extracted) -> list[Line]:
    """One working line per non-blank raw line, with its raw layout facts.

    The spans extraction already set aside (``doc.ledger`` rows with action
    ``dropped``: an overprinted copy, ruby, page furniture) are removed first,
    exactly as listed, so no clean rule sees them; those rows lead the clean
    ledger. A line left blank by that is no working line. Layout white space
    at either end is stripped; an ideographic space is a character, left for
    :func:`~pipeline.clean.spacing.strip_ideographic_padding` to record.
    """
    set_aside: dict[int, list[tuple[int, int]]] = {}
    for row in doc.ledger:
        if row.action == "dropped":
            set_aside.setdefault(row.line, []).append((row.col, row.col + len(row.text)))
    lines = []
    layouts = line_layouts(doc)
    # a dump's block of two columns side by side (extract's ``Extracted.columns``): each line parted at its cut, the
    # left column read top to bottom before the right one; every character keeps its raw position
    read_at: dict[int, int] = {n: b.first for b in doc.columns for n in range(b.first, b.last + 1)}
    keyed: list[tuple[tuple[int, int, int], Line]] = []
    for number, (raw, text) in enumerate(zip(doc.lines, doc.raw_lines()), start=1):
        spans = set_aside.get(number)
        if spans:  # raw columns, as every row's (a ruby row may lie inside a furniture row)
            keep = [i for i, pos in enumerate(text.origin) if not any(start <= pos[1] < end for start, end in spans)]
            text = Text("".join(text.text[i] for i in keep), tuple(text.origin[i] for i in keep))
        if not text.text.strip(LAYOUT_SPACES):
            continue  # layout only (a line of ideographic spaces goes on: they are characters and get rows)
        layout = layouts[number - 1]
        if number in read_at and layout.cut is not None:
            keyed += [((read_at[number], 1 + k, number), piece) for k, piece in _columns_of(text, layout)]
            continue
        if layout.breaks:  # a dump's form feed after the line's text began parts it (pipeline.layout)
            keyed += [((number, 0, 0), piece) for piece in _parted(text, layout)]
            continue
        boxed = None not in (layout.x0, layout.y0, layout.x1, layout.y1) and not layout.vertical
        keyed.append((
            (number, 0, 0),
            Line(
                text=text.strip(LAYOUT_SPACES),
                indent=raw[:1].isspace(),
                width=display_width(text.text.strip()),
                page=layout.page,
                box=(layout.x0, layout.y0, layout.x1, layout.y1) if boxed else None,
                drawn_spaces=frozenset((number, col) for col in layout.drawn_spaces),
            ),
        ))
    if read_at:
        keyed.sort(key=lambda kl: kl[0])
    lines.extend(line for _, line in keyed)
    return lines


def _columns_of(text: Text, layout: LineLayout) -> list[tuple[int, Line]]:
    """The working lines of a raw line in a dump's block of two columns side by side: ``(column, line)`` for its part
    left of its cut (0) and right of it (1), each with its own width and indent; a part of layout white space only
    is none.

    >>> parts = _columns_of(Text.from_raw("地方都市では    高松市では", 6), LineLayout(page=1, cut=10))
    >>> [(k, p.text.text, p.text.first_pos(), p.width) for k, p in parts]
    [(0, '地方都市では', (6, 0), 12), (1, '高松市では', (6, 10), 10)]
    """
    out: list[tuple[int, Line]] = []
    for k in (0, 1):
        keep = [i for i, pos in enumerate(text.origin) if pos is not None and (pos[1] >= layout.cut) == bool(k)]
        piece = Text("".join(text.text[i] for i in keep), tuple(text.origin[i] for i in keep))
        if not piece.text.strip(LAYOUT_SPACES):
            continue
        out.append((k, Line(text=piece.strip(LAYOUT_SPACES), indent=piece.text[:1].isspace(),
                            width=display_width(piece.text.strip()), page=layout.page, box=None)))
    return out


def _parted(text: Text, layout: LineLayout) -> list[Line]:
    """The working lines of a raw line parted by form feeds (``LineLayout.breaks``): the part before each ends its
    page, the part after starts the next, each a working line of its own with its page and width. The form feeds
    leave the text (:func:`page_break_rows` records each); a part of layout white space only is none.

    >>> parts = _parted(Text.from_raw("― 1 ―\f 第2章", 4), LineLayout(page=2, breaks=(5,)))
    >>> [(p.text.text, p.text.first_pos(), p.page, p.indent, p.width) for p in parts]
    [('― 1 ―', (4, 0), 2, False, 5), ('第2章', (4, 7), 3, True, 5)]
    """
    bounds = (-1, *layout.breaks, None)
    out: list[Line] = []
    for k in range(len(bounds) - 1):
        lo, hi = bounds[k], bounds[k + 1]
        keep = [i for i, pos in enumerate(text.origin)
                if pos is not None and lo < pos[1] and (hi is None or pos[1] < hi) and text.text[i] != "\f"]
        piece = Text("".join(text.text[i] for i in keep), tuple(text.origin[i] for i in keep))
        if not piece.text.strip(LAYOUT_SPACES):
            continue
        out.append(Line(text=piece.strip(LAYOUT_SPACES), indent=piece.text[:1].isspace(),
                        width=display_width(piece.text.strip()), page=layout.page + k, box=None))
    return out


def page_break_rows(doc: Extracted) -> tuple[LedgerRow, ...]:
    """A row for each form feed (U+000C) of a text dump, where it stands (rule ``record_page_breaks``, reason
    ``page-break``, action ``dropped``): the character leaves the text and the page break it makes is kept in each
    line's layout (:func:`pipeline.layout.derived_layout`: the page the line is on). Why: nothing lost, every raw
    character reaches the output or a row; a form feed, at column 0 as pdfminer's dumps set it, left without one
    (issue 16). A PDF's pages are its own, no character of its text: no row.

    >>> from pipeline.model import SourceFile
    >>> doc = Extracted(source=SourceFile(file="x.txt", sha256="0" * 64, kind="txt"), lines=("a", "\fb", "\f"))
    >>> [(r.line, r.col, r.text == "\\f", str(r.reason)) for r in page_break_rows(doc)]
    [(2, 0, True, 'page-break'), (3, 0, True, 'page-break')]
    """
    if doc.source is None or doc.source.kind != "txt":
        return ()
    return tuple(LedgerRow(rule=Rule.RECORD_PAGE_BREAKS, action=Action.DROPPED, line=number, col=col, text="\f",
                           reason=Reason.PAGE_BREAK)
                 for number, line in enumerate(doc.source_lines(), start=1)
                 for col, ch in enumerate(line) if ch == "\f")


def clean(doc: Extracted) -> Cleaned:
    """Clean one document: every rule of :data:`~pipeline.clean.RULES`, in order.

    Each raw line's layout (page, indent, width; position and size for a PDF)
    travels on in the record for the segment stage (:mod:`pipeline.layout`), and
    what the rules learned about the lost glyphs they left (``byte_hints``) for restore.
    """
    from pipeline.clean.japanese_mojibake import stray_byte_hints
    from pipeline.clean.rules import RULES, run_rules

    hints: list[Hint] = list(stray_byte_hints(doc.ledger, doc.source.encoding if doc.source else ""))
    source_lines = doc.source_lines()
    lines, ledger = run_rules(RULES, working_lines(doc), source_lines, spellings_of(doc.markers), hints)
    return Cleaned(
        source=doc.source,
        lines=tuple(line.text for line in lines),
        ledger=doc.ledger + page_break_rows(doc) + tuple(ledger),
        markers=doc.markers,
        line_count=len(doc.lines),
        layout=read_as_repaired(line_layouts(doc), ledger, source_lines),
        blank_lines=blank_lines(doc),
        byte_hints=standing_hints(hints, lines),
        page_sizes=doc.page_sizes,
    )


MOJIBAKE_RULES = (Rule.REPAIR_JAPANESE_MOJIBAKE, Rule.FIX_MOJIBAKE)
"""The rules that decode a line's bytes again (a whole line read in the wrong encoding)."""


def read_as_repaired(layouts: tuple[LineLayout, ...], rows, source_lines) -> tuple[LineLayout, ...]:
    """Each text dump line's layout (``indent`` in characters, ``width`` in columns) as its text reads once a rule
    decoded the whole raw line again (``rows``: clean's ledger; ``source_lines``: the raw lines, 1-based by index + 1).

    Why: a dump's layout is measured on the raw line, and a line of mojibake is not the text it spells: UTF-8 read as
    cp932 spells ``　お茶を…`` as ``縲\x80縺願幻…``, no leading white space and 113 columns for 83, so segment read
    the repaired line as flush and ran it on into the paragraph over it (fresh-user trial 72, a newsletter's
    ``…開いています。`` + the repaired line, which the writer had indented). A PDF's line (its box), a repair of part of
    a line, and every other line keep the raw layout.

    >>> from pipeline.model import LedgerRow
    >>> row = LedgerRow(rule=Rule.REPAIR_JAPANESE_MOJIBAKE, action=Action.CHANGED, line=2, col=0, text="縲\x80縺",
    ...                 reason=Reason.MOJIBAKE, replacement="　お")
    >>> [(l.indent, l.width) for l in read_as_repaired((LineLayout(), LineLayout(width=6)), [row], ["あ", "縲\x80縺"])]
    [(0, 0), (1, 2)]
    """
    out = list(layouts)
    for row in rows:
        if row.rule not in MOJIBAKE_RULES or row.action != Action.CHANGED or row.replacement is None or row.col != 0:
            continue
        k = row.line - 1
        if not 0 <= k < len(out) or k >= len(source_lines) or out[k].x0 is not None:
            continue
        if row.text.rstrip() != source_lines[k].strip("\r\n\f").rstrip():
            continue  # a part of the line: the rest still stands as the raw layout measured it
        text = row.replacement
        out[k] = replace(out[k], indent=len(text) - len(text.lstrip()), width=display_width(text.strip()))
    return tuple(out)


def clean_set_aside(row: LedgerRow, markers=(), drawn: Iterable[int] = ()) -> tuple[Text, tuple[LedgerRow, ...]]:
    """The text of a row extraction set aside (``row``: its raw text, line and column), cleaned as a line of the text
    is: every line rule of :data:`~pipeline.clean.RULES` (width, ligatures, unified ideographs, invisible and
    control characters, a Japanese line's spaces, mojibake), in their order, until they settle. Returns the cleaned
    text (each character keeping its raw position; a lost glyph stays a :data:`~pipeline.model.GAP`, as restore
    reads it) and the ledger rows of what the rules changed or dropped, as clean records a line's. ``markers``: the
    document's lost-glyph markers (a text dump's spelled-out glyphs are counted whole); ``drawn``: the raw columns of
    the space glyphs the PDF draws on the row's line (``LineLayout.drawn_spaces``), which the spacing rule keeps as it
    keeps a text line's (session 85, helper pdf85: ``加湿器 KX-500 取扱説明書`` put back as a title had lost them).

    The document rules are not run: each weighs the line among its neighbours (letter spacing or fake bold over the
    whole document, a doubled layer, a near duplicate, a hyphen joining the next line), and the row stood in no
    text. For segment, which puts a row back as text where it is the document's title (a PDF's running head that is
    its title, :func:`pipeline.segment.furniture.titles_set_aside`).

    Why (issue 16 point 4, helper furn70): the copy put back was extraction's text, which clean never saw, so
    ``令和６年度　みどり市ＩＣＴ推進計画`` atop both pages of a PDF became a title of full-width digits and letters that
    the same line in the text would not have had.

    >>> from pipeline.vocab import Reason
    >>> row = LedgerRow(rule=Rule.SET_ASIDE_PAGE_FURNITURE, action=Action.DROPPED, line=1, col=0,
    ...                 text="令和６年度　ＩＣＴ計画", reason=Reason.RUNNING_HEADER)
    >>> text, rows = clean_set_aside(row)
    >>> text.text, text.first_pos(), [(str(r.rule), r.text, r.replacement) for r in rows]
    ('令和6年度　ICT計画', (1, 0), [('normalise_width', '６', '6'), ('normalise_width', 'ＩＣＴ', 'ICT')])
    """
    from pipeline.clean.rules import RULES, run_rules

    raw = " " * row.col + row.text
    text = Text.from_raw(row.text, line=row.line, col=row.col)
    line = Line(text=text.strip(LAYOUT_SPACES), width=display_width(row.text.strip()),
                drawn_spaces=frozenset((row.line, col) for col in drawn))
    raw_lines = [""] * (row.line - 1) + [raw]
    lines, rows = run_rules([rule for rule in RULES if rule.scope == "line"], [line], raw_lines, spellings_of(markers))
    cleaned = Text("", ()) if not lines else lines[0].text
    return cleaned, tuple(rows)


def standing_hints(hints: list[Hint], lines) -> tuple[Hint, ...]:
    """The hints whose lost glyph still stands in the cleaned lines (a later rule may have dropped it),
    one per raw position (the latest), in raw order."""
    gaps = {pos for line in lines for ch, pos in zip(line.text.text, line.text.origin) if ch == GAP and pos is not None}
    found = {(h.line, h.col): h for h in hints if (h.line, h.col) in gaps}
    return tuple(found[k] for k in sorted(found))


def __getattr__(name: str):
    """:data:`RULES` and ``run_rules`` (:mod:`pipeline.clean.rules`), imported on first use: importing one module of
    the package (segment's paragraphs read ``pipeline.clean.hyphenation``, and restore reads segment's paragraphs)
    runs this file, and importing every rule with it (ftfy among them) was a sixth of a restore process's start
    (issue 19, point 5)."""
    if name in ("RULES", "run_rules"):
        from pipeline.clean import rules

        return getattr(rules, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
