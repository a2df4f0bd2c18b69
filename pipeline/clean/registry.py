"""The ordered list of cleaning rules and the loop that runs them.

A *line rule* is ``f(text: Text) -> Fixed``; a *document rule* is
``f(lines: tuple[Line, ...]) -> (tuple[Line, ...], list[Change])`` for rules
that need neighbours as evidence. Ledger rows carry the function's name, so
``rule`` in the ledger is always the code that made the change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

from pipeline.chardata import LAYOUT_SPACES
from pipeline.model import Hint, LedgerRow, Pos, Spellings, Text, ledger_rows_for, spelled_out
from pipeline.clean.edits import Change, Fixed, Line, raw_extent, replacement_spans

LineRule = Callable[[Text], Fixed]
DocRule = Callable[[tuple[Line, ...]], tuple[tuple[Line, ...], list[Change]]]


@dataclass(frozen=True)
class Rule:
    func: Callable
    scope: str  # "line" | "document"
    once: bool = False  # run once after the others have settled (layout rules)
    drawn: bool = False  # a line rule that reads the line's drawn spaces too (``Line.drawn_spaces``)

    @property
    def name(self) -> str:
        return self.func.__name__


def line_rule(func: LineRule, *, drawn: bool = False) -> Rule:
    """A rule of one line's text; ``drawn``: it is also given the raw positions of the spaces a PDF draws there and
    of a dump's table cells' own spaces (``func(text, drawn=…, cells=…)``, :attr:`~pipeline.clean.edits.Line.drawn_spaces`,
    :attr:`~pipeline.clean.edits.Line.cell_spaces`)."""
    return Rule(func, "line", drawn=drawn)


def doc_rule(func: DocRule, *, once: bool = False) -> Rule:
    return Rule(func, "document", once)


MAX_ROUNDS = 4
"""Rounds of the repeatable rules. One rule's repair can expose another's
damage (a collapsed copy leaves residue at the line's end); the rules run
again until a round changes nothing, so cleaning cleaned text changes
nothing. Real documents settle in two rounds."""


def apply_line_rule(func: LineRule, lines: Sequence[Line], drawn: bool = False) -> tuple[tuple[Line, ...], list[Change]]:
    out: list[Line] = []
    changes: list[Change] = []
    for line in lines:
        fixed = func(line.text, drawn=line.drawn_spaces, cells=line.cell_spaces) if drawn else func(line.text)
        changes.extend(fixed.changes)
        out.append(line.with_text(fixed.text))
    return tuple(out), changes


def tidy(lines: Sequence[Line]) -> tuple[Line, ...]:
    """Strip each line of layout white space; drop lines left empty (their content is already in the ledger).

    An ideographic space a rule left at either end stays: it is a character,
    and :func:`~pipeline.clean.spacing.strip_ideographic_padding` records it
    in the next round.
    """
    out = []
    for line in lines:
        text = line.text.strip(LAYOUT_SPACES)
        if text.text:
            out.append(line.with_text(text))
    return tuple(out)


def raw_backed(removed: Text, raw_lines: Sequence[str], spellings: Spellings | None = None) -> Text:
    """The removed piece as the raw file spells it (before width or mojibake fixes).

    The ledger promises the raw text at the raw position; a character a rule
    had already normalised is reported as it stood in the raw line, and a
    lost glyph a text dump spells out (``spellings``) as its whole ``(cid:N)``.
    """
    removed = spelled_out(removed, spellings or {})
    chars = []
    origin: list[Pos] = []
    for ch, pos in zip(removed.text, removed.origin):
        if pos is not None:
            line, col = pos
            raw = raw_lines[line - 1]
            # a repaired character stands for all the raw characters it was made of (``ã€€`` for U+3000, ``ﾊﾟ`` for パ)
            extent = max(1, raw_extent(raw, col, ch)) if col < len(raw) else 1
            chars.append(raw[col:col + extent] if col < len(raw) else ch)
            origin.extend((line, col + i) for i in range(extent))
        else:
            chars.append(ch)
            origin.append(pos)
    return Text("".join(chars), tuple(origin))


def run_rules(
    rules: Sequence[Rule], lines: Sequence[Line], raw_lines: Sequence[str], spellings: Spellings | None = None,
    hints: list[Hint] | None = None,
) -> tuple[tuple[Line, ...], list[LedgerRow]]:
    """Run the repeatable rules until they settle, then the ``once`` rules.

    ``raw_lines`` are what raw positions index (``Extracted.source_lines``),
    ``spellings`` the lost glyphs a text dump spells out (``spellings_of`` its markers).
    ``hints``, when given, receives every change's hints (:attr:`Change.hints`), in the order made.
    """
    current = tidy(lines)
    ledger: list[LedgerRow] = []
    repeatable = [rule for rule in rules if not rule.once]
    for _ in range(MAX_ROUNDS):
        current, rows = _run_round(repeatable, current, raw_lines, spellings, hints)
        ledger.extend(rows)
        if not rows:
            break
    current, rows = _run_round([rule for rule in rules if rule.once], current, raw_lines, spellings, hints)
    ledger.extend(rows)
    return current, once_each(ledger)


def once_each(rows: Sequence[LedgerRow]) -> list[LedgerRow]:
    """The rows, each raw character in one of them only: where a later rule dropped or changed again what an earlier
    one had changed (a mojibake line's repaired ideographic padding, ``ã€€ã€€`` → ``　　`` then set aside; a width-folded
    digit dropped as a doubled layer; a Latin mojibake repair read again as Japanese mojibake), the later row holds
    those raw characters (spelled as raw, :func:`raw_backed`) and the earlier row keeps the rest, cut where its
    replacement's characters part (:func:`~pipeline.clean.edits.replacement_spans`). An earlier row whose replacement
    cannot be parted there keeps them too (it says what its rule did; nothing is lost).

    Why: the ledger is "nothing lost" *and* a count: a raw character in two rows is two claims about one character
    (docs/talk-json.md, ``dropped[]``; trial 57).
    """
    slots: list[list[LedgerRow]] = [[row] for row in rows]
    changed_at: dict[tuple[int, int], int] = {}
    for n, row in enumerate(rows):
        covered = {(row.line, row.col + i) for i in range(len(row.text))}
        for hit in sorted({changed_at[pos] for pos in covered if pos in changed_at}):
            kept = []
            for earlier in slots[hit]:
                if _one_glyph_of(earlier, row):
                    # the later row removed the one character the earlier row made of several raw ones (``�“`` → ``�``)
                    row = _widened(row, earlier)
                    continue
                kept.extend(_without(earlier, covered))
            slots[hit] = kept
        slots[n] = [row]
        if row.action == "changed":
            changed_at.update(dict.fromkeys(covered, n))
    return [piece for slot in slots for piece in slot]


def _one_glyph_of(earlier: LedgerRow, later: LedgerRow) -> bool:
    """Whether ``later`` starts over or covers the first raw character of ``earlier``, a row that made one character of
    several raw ones which no span parts (:func:`~pipeline.clean.edits.replacement_spans`)."""
    return (earlier.line == later.line and later.col <= earlier.col < later.col + len(later.text)
            and earlier.replacement is not None and len(earlier.replacement) == 1 and len(earlier.text) > 1
            and replacement_spans(earlier.text, earlier.replacement) is None)


def _widened(later: LedgerRow, earlier: LedgerRow) -> LedgerRow:
    """``later`` over ``earlier``'s raw characters too (both spell the raw line, so their union does)."""
    end = max(later.col + len(later.text), earlier.col + len(earlier.text))
    head = later.text[:earlier.col - later.col]
    tail = later.text[earlier.col + len(earlier.text) - later.col:]
    return replace(later, text=head + earlier.text + tail[:max(0, end - earlier.col - len(earlier.text))])


def _without(row: LedgerRow, covered: set[tuple[int, int]]) -> list[LedgerRow]:
    """``row`` less the raw characters in ``covered``: the runs of its replacement's characters whose raw spans are
    all outside ``covered``, each a row; ``row`` as it is where a span is only partly covered or none parts."""
    at = [(row.line, row.col + i) in covered for i in range(len(row.text))]
    if not any(at) or row.replacement is None:
        return [row]
    spans = replacement_spans(row.text, row.replacement)
    if spans is None or any(any(at[a:b]) and not all(at[a:b]) for a, b in spans):
        return [row]
    pieces: list[LedgerRow] = []
    run: list[int] = []
    for k, (a, _) in enumerate(spans + [(len(row.text), len(row.text))]):
        if k < len(spans) and not at[a]:
            run.append(k)
            continue
        if run:
            start, end = spans[run[0]][0], spans[run[-1]][1]
            pieces.append(replace(row, col=row.col + start, text=row.text[start:end],
                                  replacement=row.replacement[run[0]:run[-1] + 1]))
            run = []
    return pieces


def _run_round(
    rules: Sequence[Rule], current: tuple[Line, ...], raw_lines: Sequence[str], spellings: Spellings | None,
    hints: list[Hint] | None = None,
) -> tuple[tuple[Line, ...], list[LedgerRow]]:
    ledger: list[LedgerRow] = []
    for rule in rules:
        if rule.scope == "line":
            current, changes = apply_line_rule(rule.func, current, rule.drawn)
        else:
            current, changes = rule.func(current)
        for change in changes:
            if hints is not None:
                hints.extend(change.hints)
            ledger.extend(
                ledger_rows_for(
                    raw_backed(change.removed, raw_lines, spellings),
                    rule=change.rule or rule.name,
                    reason=change.reason,
                    replacement=change.replacement,
                    encoding=change.encoding,
                )
            )
        current = tidy(current)
    return current, ledger
