"""Rule lines between the talks of a volume: a line of one mark repeated (``――――``, ``────────``, ``-----``,
``＊＊＊``, ``◆◆◆◆``, ``＝＝＝``) set between two talks parts them, as a page break does, and says nothing else.

Why (issue 16 point 1, fresh-user trial 73c, helper deck74): a volume of talks printed such a rule after each talk's
slides; it had become the last slide's last line (or the last section's last paragraph), and the rule under the
volume's title had let the volume's title block run over it and take the first talk's title block (the volume's
title had titled the first talk). A rule parts what stands over it from what stands under it; where a talk ends on
one, the rule is layout, no text of the talk's: it goes to the ledger (rule ``set_aside_separator``, reason
``separator``), as a form feed does. A rule inside a talk (a scene break in a story, a Markdown heading's underline)
stays where it is: only the rules at a talk's ends are set aside.
"""

from __future__ import annotations

import re

from pipeline.model import LedgerRow, Text, ledger_rows_for
from pipeline.vocab import Reason, Rule

MIN_RULE_MARKS = 3
"""Marks a rule line repeats at least (``***``; two marks are a dash or an ellipsis's)."""

_RULE_MARKS = "-‐‒–—―─━═=＝_＿~～〜*＊◆◇■□●○★☆+＋"
"""The marks a rule line repeats: dashes and box-drawing bars, equals signs, underscores, tildes, asterisks, filled and
open shapes, plus signs. ``#`` is none (``###`` closes a press release: :func:`~.sections.closing_mark`), nor ``・`` or
``…`` (an ellipsis, a list's dots)."""

_RULE_LINE = re.compile(rf"([{re.escape(_RULE_MARKS)}])(?:[ \t\u3000]*\1){{{MIN_RULE_MARKS - 1},}}")


def is_rule_line(text: str) -> bool:
    """``text`` is a rule line alone: one mark of :data:`_RULE_MARKS` repeated :data:`MIN_RULE_MARKS` times or more,
    spaces between allowed, nothing else on the line but white space.

    >>> [is_rule_line(s) for s in ("――――――――", "-----", "* * *", "＊＊＊", "◆◆◆◆", "＝＝＝", "────────────")]
    [True, True, True, True, True, True, True]
    >>> [is_rule_line(s) for s in ("--", "###", "・・・", "- 1 -", "-=-=-=", "Notes ----", "")]
    [False, False, False, False, False, False, False]
    """
    return _RULE_LINE.fullmatch(text.strip(" \t\u3000")) is not None


def separator_ends(lines: list[Text], start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of ``lines[start:end]`` (a talk's lines) without the rule lines (:func:`is_rule_line`) at its
    two ends; the talk keeps one line at least."""
    while end - start > 1 and is_rule_line(lines[end - 1].text):
        end -= 1
    while end - start > 1 and is_rule_line(lines[start].text):
        start += 1
    return start, end


def separator_rows(texts: list[Text], spellings) -> list[LedgerRow]:
    """The ledger's rows for the rule lines ``texts`` set aside between two talks (:func:`separator_ends`)."""
    return [row for t in texts for row in ledger_rows_for(t, rule=Rule.SET_ASIDE_SEPARATOR, reason=Reason.SEPARATOR,
                                                          spellings=spellings)]


_DRAWN_RULE_MARKS = "-‐‒–—―─━═=＝_＿"
"""The marks of a drawn rule (dashes, horizontal bars, box-drawing lines, equals signs, underscores): a line of one of
them, unbroken, is a rule wherever it stands. Scene-break marks (``* * *``, ``◆◆◆``, ``☆☆☆``) are none: a story's
break is read where it stands."""

MIN_DRAWN_RULE_MARKS = 8
"""Marks a drawn rule inside a document repeats at least: a council record's, a form's rules run a line's width
(``───────────``); shorter runs of dashes (``---``, ``――――``) may be a dash's or a heading's underline."""

_SETEXT_MARKS = "=-"
"""A Markdown heading's underline (``Usage`` / ``-----``, CommonMark's setext heading): kept where it stands under its
heading line (sections.markup_headings reads it)."""


def inner_rules(lines: list[Text]) -> list[int]:
    """Indices of ``lines`` (a talk's body) that are drawn rules standing between its blocks: one mark of
    :data:`_DRAWN_RULE_MARKS`, unbroken by spaces, :data:`MIN_DRAWN_RULE_MARKS` times or more, nothing else on the
    line. A rule of ``=`` or ``-`` right under a line (no blank line between) is that line's Markdown underline and
    stays. Such a rule parts blocks as a page break does and says nothing (a city council's record sets one between
    its roll and its proceedings, and between its items): it goes to the ledger as a separator, as one between two
    talks does (:func:`separator_rows`).

    >>> ls = [Text.from_raw(s, n) for s, n in (("本文。", 1), ("─" * 20, 3), ("Usage", 5), ("-" * 10, 6),
    ...                                       ("* * * * * * * *", 8), ("――", 9), ("結果は――――――――良好", 10))]
    >>> inner_rules(ls)
    [1]
    >>> inner_rules([Text.from_raw(s, n) for s, n in (("-" * 10, 1), ("例一", 2), ("例二", 3), ("-" * 10, 4))])  # a frame
    []
    """
    out = []
    underlines: dict[str, int] = {}
    for k, t in enumerate(lines):
        s = t.text.strip(" \t\u3000")
        if len(s) < MIN_DRAWN_RULE_MARKS or s[0] not in _DRAWN_RULE_MARKS or s.strip(s[0]):
            continue
        if s[0] in _SETEXT_MARKS and k > 0 and _line_after(lines[k - 1], t):
            underlines[s] = k
            continue
        out.append(k)
    # (a rule the same to the mark as one kept under a later line is the top of that frame: a block boxed by a pair
    # of rules, as an Aozora Bunko file's notation header is, keeps both or neither, never half a frame)
    return [k for k in out if underlines.get(lines[k].text.strip(" \t\u3000"), -1) < k]


def _line_after(above: Text, t: Text) -> bool:
    """``t`` stands on the raw line right after ``above``'s last (no blank line between)."""
    a = next((p[0] for p in reversed(above.origin) if p is not None), None)
    b = t.first_pos()
    return a is not None and b is not None and b[0] == a + 1
