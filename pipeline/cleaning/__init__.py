"""Cleaning rules: one named function per kind of extraction damage.

:data:`RULES` is the order they run in; see each module for the why.
"""

from __future__ import annotations

from .edits import Change, Fixed, Line
from .encoding import fix_mojibake
from .registry import Rule, doc_rule, line_rule, run_rules
from .width import normalise_width

RULES: tuple[Rule, ...] = (
    line_rule(fix_mojibake),
    line_rule(normalise_width),
)

__all__ = ["RULES", "Change", "Fixed", "Line", "Rule", "run_rules"]
