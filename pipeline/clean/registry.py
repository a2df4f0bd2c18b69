"""The ordered list of cleaning rules and the loop that runs them.

A *line rule* is ``f(text: Text) -> Fixed``; a *document rule* is
``f(lines: tuple[Line, ...]) -> (tuple[Line, ...], list[Change])`` for rules
that need neighbours as evidence. Ledger rows carry the function's name, so
``rule`` in the ledger is always the code that made the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from pipeline.chardata import LAYOUT_SPACES
from pipeline.model import Hint, LedgerRow, Spellings, Text, ledger_rows_for, spelled_out
from pipeline.clean.edits import Change, Fixed, Line

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
    """A rule of one line's text; ``drawn``: it is also given the raw positions of the spaces a PDF draws there
    (``func(text, drawn=…)``, :attr:`~pipeline.clean.edits.Line.drawn_spaces`)."""
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
        fixed = func(line.text, drawn=line.drawn_spaces) if drawn else func(line.text)
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
    for ch, pos in zip(removed.text, removed.origin):
        if pos is not None:
            line, col = pos
            raw = raw_lines[line - 1]
            chars.append(raw[col] if col < len(raw) else ch)
        else:
            chars.append(ch)
    return Text("".join(chars), removed.origin)


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
    return current, ledger


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
                )
            )
        current = tidy(current)
    return current, ledger
