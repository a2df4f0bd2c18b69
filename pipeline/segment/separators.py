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
