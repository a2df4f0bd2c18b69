"""Cleaning rules: one named function per kind of extraction damage.

:data:`RULES` is the order they run in; see each module for the why. The
order matters: the ideographic indent first, so every rule sees the line's
text without it (and records what a later edit leaves at an end in the next
round); the Japanese encodings before ftfy (whose C1 fixes would
rewrite a Shift_JIS text read as Latin-1) and before width (which would widen
the half-width katakana of UTF-8 read as CP932; what bears its signature but
decodes in no reading is flagged there too); encoding, glyphs and width
first, so every later comparison sees one spelling (a text dump's inline ruby, Aozora's ``《》`` and readings in
brackets, set aside right after the radicals are unified, so a base is read as kanji and no later rule reads the
reading as words; invisible characters before
ligatures, so ``O\u00adﬃce`` is one word to expand; a PDF's spacing accents composed after them, on
the letters as written); interleaved doubling
before the spacing rules (``22..22 窓窓口口`` shows its heading number, whose
space stays, only once folded: ``2.2 窓口``) and before layers (``SSiisstteerr`` is no glued copy); descender residue before layers (``Thank you allThank you allyy``: the
residue hides the end of the second copy; what a repair exposes is caught
in the next round, see :data:`~pipeline.clean.registry.MAX_ROUNDS`);
a PDF line drawn over its own copy after the copies inside lines are one
(``HangzhouHangzhou`` over ``Hangzhou`` is the same text only then);
layers before ghosts (a ghost's
source must be a single copy); illegible lines
after ghosts (an illegible line may be the source that proves a ghost);
spacing early (``港町 Harbor港町`` is one glued run once the layout space
is gone), letter-spaced runs before the spaces beside ASCII (``は 1 9 9 0 年``
is one spaced run only while its digits stand apart), a text dump's table cells parted by a TAB
before both (``駅前線 520`` is a label and its number, not a half-width run in a sentence); hyphenated wraps after the layer and ghost rules (a broken word's
halves are single copies then). Hard wraps of Japanese paragraphs are not
joined here: that needs the document's structure (headings, page furniture),
so :mod:`pipeline.segment.paragraphs` does it.
"""

from __future__ import annotations

from pipeline.clean.accents import compose_spacing_accents
from pipeline.clean.descenders import drop_descender_lines, strip_descender_residue
from pipeline.clean.duplicates import collapse_doubled_page_numbers, drop_near_duplicate_lines
from pipeline.clean.edits import Change, Fixed, Line
from pipeline.clean.encoding import fix_mojibake, flag_mojibake_residue
from pipeline.clean.ghosts import drop_ghost_lines, drop_ghost_prefixes
from pipeline.clean.glyphs import (
    drop_invisible_characters, expand_latin_ligatures, mark_lost_control_characters, unify_ideographs,
)
from pipeline.clean.hyphenation import join_hyphenated_wraps
from pipeline.clean.illegible import drop_illegible_lines
from pipeline.clean.interleaved import collapse_fake_bold
from pipeline.clean.japanese_mojibake import flag_suspected_mojibake, repair_japanese_mojibake
from pipeline.clean.copies import drop_repeated_copies
from pipeline.clean.layers import collapse_doubled_layers, drop_doubled_dump_lines, drop_overlaid_copies, drop_trailing_echo
from pipeline.clean.registry import Rule, doc_rule, line_rule, run_rules
from pipeline.clean.ruby import set_aside_aozora_markup, set_aside_bracketed_readings
from pipeline.clean.ruled import read_ruled_tables
from pipeline.clean.tables import part_table_cells
from pipeline.clean.spacing import close_up_letter_spaced_document, remove_cjk_ascii_spaces, strip_ideographic_padding
from pipeline.clean.width import group_wrapped_thousands, normalise_width, point_wrapped_decimals

RULES: tuple[Rule, ...] = (
    line_rule(strip_ideographic_padding),
    line_rule(repair_japanese_mojibake),
    line_rule(flag_suspected_mojibake),
    line_rule(fix_mojibake),
    line_rule(flag_mojibake_residue),
    line_rule(mark_lost_control_characters),
    line_rule(drop_invisible_characters),
    line_rule(expand_latin_ligatures),
    doc_rule(compose_spacing_accents),
    line_rule(unify_ideographs),
    line_rule(set_aside_aozora_markup),
    doc_rule(group_wrapped_thousands),
    doc_rule(point_wrapped_decimals),
    line_rule(normalise_width),
    doc_rule(set_aside_bracketed_readings),
    doc_rule(collapse_fake_bold),
    doc_rule(read_ruled_tables),
    doc_rule(part_table_cells),
    doc_rule(close_up_letter_spaced_document),
    line_rule(remove_cjk_ascii_spaces, drawn=True),
    line_rule(strip_descender_residue),
    doc_rule(drop_descender_lines),
    doc_rule(collapse_doubled_layers),
    doc_rule(drop_overlaid_copies),
    doc_rule(drop_doubled_dump_lines),
    doc_rule(drop_repeated_copies),
    line_rule(drop_trailing_echo),
    doc_rule(drop_ghost_lines),
    doc_rule(drop_ghost_prefixes),
    line_rule(drop_illegible_lines),
    doc_rule(drop_near_duplicate_lines),
    doc_rule(collapse_doubled_page_numbers),
    doc_rule(join_hyphenated_wraps),
)

__all__ = ["RULES", "Change", "Fixed", "Line", "Rule", "run_rules"]
