"""Cleaning rules: one named function per kind of extraction damage.

:data:`RULES` is the order they run in; see each module for the why. The
order matters: encoding and width first, so every later comparison sees one
spelling; descender residue before layers (``Thank youThank youyy``: the
residue hides the end of the second copy; what a repair exposes is caught
in the next round, see :data:`~pipeline.clean.registry.MAX_ROUNDS`);
layers before ghosts (a ghost's
source must be a single copy); illegible lines
after ghosts (an illegible line may be the source that proves a ghost);
spacing early (``港町 Harbor港町`` is one glued run once the layout space
is gone). Hard wraps are not joined here: that needs the document's
structure (headings, page furniture), so :mod:`pipeline.segment.paragraphs`
does it.
"""

from __future__ import annotations

from pipeline.clean.descenders import drop_descender_lines, strip_descender_residue
from pipeline.clean.duplicates import collapse_doubled_page_numbers, drop_near_duplicate_lines
from pipeline.clean.edits import Change, Fixed, Line
from pipeline.clean.encoding import fix_mojibake
from pipeline.clean.ghosts import drop_ghost_lines, drop_ghost_prefixes
from pipeline.clean.illegible import drop_illegible_lines
from pipeline.clean.layers import collapse_doubled_layers, drop_trailing_echo
from pipeline.clean.registry import Rule, doc_rule, line_rule, run_rules
from pipeline.clean.spacing import remove_cjk_ascii_spaces
from pipeline.clean.width import normalise_width

RULES: tuple[Rule, ...] = (
    line_rule(fix_mojibake),
    line_rule(normalise_width),
    line_rule(remove_cjk_ascii_spaces),
    line_rule(strip_descender_residue),
    line_rule(drop_descender_lines),
    doc_rule(collapse_doubled_layers),
    line_rule(drop_trailing_echo),
    doc_rule(drop_ghost_lines),
    doc_rule(drop_ghost_prefixes),
    line_rule(drop_illegible_lines),
    doc_rule(drop_near_duplicate_lines),
    doc_rule(collapse_doubled_page_numbers),
)

__all__ = ["RULES", "Change", "Fixed", "Line", "Rule", "run_rules"]
