"""Margins of real PDFs' pages (issue 16, the real-PDF regression set of helper col48): what stands beside or above
the text and numbers its lines or its pages is page furniture, never text."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, text_width
from pipeline.clean import working_lines
from pipeline.extract import extract


def text_lines(doc) -> list[str]:
    return [line.text.text for line in working_lines(doc)]


def dropped(doc, reason: str) -> list[str]:
    return [row.text for row in doc.ledger if row.reason == reason]


def _numbered(rows: list[tuple[float, str | None]], first: int) -> list[tuple[str, float, float, float, str]]:
    """Runs of a page whose margin numbers each row (``(y, text or None)``) from ``first`` on, flush right at 48 pt."""
    runs = []
    for k, (y, text) in enumerate(rows):
        runs.append((EN, 7, 48 - text_width(str(first + k), EN, 7), y, str(first + k)))
        if text:
            runs.append((EN, 10, 72, y, text))
    return runs


def test_a_margins_numbers_beside_two_lines_set_apart_are_no_table_column():
    """AASTeX's review copy: its keywords' two lines, white above and below them, came as a table of two rows
    (``24⇥Keywords: …``) with their margin's numbers, and that line, reaching into the margin, kept every number of
    the page in the text. The count goes on above and below them: a margin, set aside as ``line-number``."""
    top = ["The sample manuscript shows the journal's layout and", "how a review copy numbers each of its lines in",
           "the margin, so that a referee can point to one.", "Each number stands on its line's baseline."]
    keywords = ["Keywords: orchards, grafting, terraces", "apple trees, pear trees, village mills"]
    below = ["Introduction follows the keywords after white space.", "Its lines are numbered on in the margin as",
             "before, one number for each line of the text."]
    rows = [(720 - 14 * k, line) for k, line in enumerate(top)]
    rows += [(620 - 14 * k, line) for k, line in enumerate(keywords)]
    rows += [(560 - 14 * k, line) for k, line in enumerate(below)]
    doc = extract(drawn_pdf([_numbered(rows, 1)]), name="m.pdf")
    assert dropped(doc, "line-number") == [str(n) for n in range(1, 10)]
    assert text_lines(doc) == [*top, *keywords, *below]


def test_a_tables_index_column_stays_in_its_rows():
    """A table numbers its rows, white above and below it, under and over prose: no margin goes on around it, so
    its rows keep their index."""
    prose = [(EN, 10, 36, 720 - 14 * k, line) for k, line in enumerate(
        ["A paragraph set over the whole measure of the page", "before a small numbered table of two rows."])]
    table = [(EN, 10, 36, 640, "1"), (EN, 10, 72, 640, "Apple"), (EN, 10, 160, 640, "120"),
             (EN, 10, 36, 626, "2"), (EN, 10, 72, 626, "Pear"), (EN, 10, 160, 626, "80")]
    after = [(EN, 10, 36, 580, "A paragraph after the table, over the measure too.")]
    doc = extract(drawn_pdf([prose + table + after]), name="t.pdf")
    assert "1\tApple\t120" in text_lines(doc)
    assert not dropped(doc, "line-number")
