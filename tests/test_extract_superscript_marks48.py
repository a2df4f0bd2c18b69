"""Extract, PDFs: superscript digits standing alone in a column (review 48).

``¹ ² ³`` are digits to ``str.isdigit`` but not to ``int``: a column of note marks set apart from their notes
crashed the check for a margin's line numbers (``linepieces.counts_lines``) with a ValueError, and the file failed.
"""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf
from pipeline.clean import working_lines
from pipeline.extract import extract
from pipeline.extract.linepieces import counts_lines

NOTES = ["First note on the sampling frame.", "Second note on the weights used.", "Third note on missing answers."]


def test_superscript_marks_are_no_line_numbers():
    assert counts_lines(["¹", "²", "³", "⁴"]) is False
    assert counts_lines(["\u2074", "\u2075", "\u2076"]) is False


def test_a_column_of_superscript_note_marks_is_read_with_its_notes():
    # Helvetica's encoding has ¹ ² ³ only (Latin-1); the others are drawn as a missing glyph
    page = [(EN, 10, 72, 760, "Notes on the survey")]
    for k, (mark, note) in enumerate(zip("¹²³", NOTES)):
        page += [(EN, 10, 72, 700 - 14 * k, mark), (EN, 10, 110, 700 - 14 * k, note)]
    lines = [line.text.text for line in working_lines(extract(drawn_pdf([page]), name="s.pdf"))]
    for mark, note in zip("¹²³", NOTES):
        assert any(mark in line and note in line for line in lines), lines
