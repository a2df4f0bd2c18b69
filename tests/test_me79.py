"""Session 79, mine: fixes found by fresh-user trials, each by its kind (docs/clean.md, docs/segment.md,
docs/restore.md, *Session 79, mine*)."""

from __future__ import annotations

import pytest

from pipeline.clean.accents import compose_spacing_accents
from pipeline.clean.edits import Line
from pipeline.model import Text

PDF_BOX = (72.0, 700.0, 300.0, 712.0)


def _pdf_line(text: str) -> Line:
    return Line(Text.from_raw(text, 1), box=PDF_BOX)


@pytest.mark.parametrize("raw, composed, symbol", [
    ("A \u0338= B", "A ≠ B", "≠"),          # quantum-template (trial 78c): the slash on the space before `=`
    ("x \u0338\u2208 S", "x ∉ S", "∉"),
    ("a\u0338<b", "a≮b", "≮"),
    ("U \u0338\u2282 V", "U ⊄ V", "⊄"),
    ("p \u0338\u2261 q (mod n)", "p ≢ q (mod n)", "≢"),
])
def test_a_negation_slash_before_its_relation_is_the_negated_relation(raw, composed, symbol):
    (line,), changes = compose_spacing_accents((_pdf_line(raw),))
    assert line.text.text == composed
    assert [(c.reason, c.replacement) for c in changes] == [("combining-mark", symbol)]
    # the slash (and the space after it) are the ledger row's; the symbol keeps the relation's raw place
    assert changes[0].removed.text.startswith("\u0338")


@pytest.mark.parametrize("raw", [
    "a \u0338 b",          # nothing Unicode negates after the slash
    "A = B and x \u2208 S",  # no slash: untouched
])
def test_a_slash_before_nothing_it_negates_stays(raw):
    (line,), changes = compose_spacing_accents((_pdf_line(raw),))
    assert line.text.text == raw and changes == []


def test_a_text_dumps_slash_is_not_read():
    dump = Line(Text.from_raw("A \u0338= B", 1))
    (line,), changes = compose_spacing_accents((dump,))
    assert line.text.text == "A \u0338= B" and changes == []
