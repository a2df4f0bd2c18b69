"""A PDF's authors set in a grid (issue 16, real-PDF trial: acmart's sigconf read 3 of its 9 authors, with no
affiliation): names side by side in columns, rows of them one under another, each over its own affiliation lines. Every
author reaches ``speaker.authors`` with the lines in its column under it, in the grid's reading order (row by row, left
to right), a name stacked right under another sharing its affiliation. Made-up PDFs (reportlab) and made-up layouts."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD, drawn_pdf, text_width  # noqa: E402

from pipeline.model import LineLayout, Text  # noqa: E402
from pipeline.segment.authorgrid import grid_authors, grid_extent  # noqa: E402
from pipeline.segment.layout import Layout  # noqa: E402
from tests.segment_inputs import run_pdf  # noqa: E402

# (size, column centre, baseline, text): three columns, three rows of names, acmart's sigconf geometry
GRID = [(12, 142, 610, "Ingrid Halvorsen*"), (12, 306, 610, "Kenji Mori"), (12, 470, 610, "Valeria Rossi"),
        (12, 142, 596, "Tomas Lindqvist*"), (10, 306, 596, "Tohoku University"), (10, 470, 596, "Quay Research Centre"),
        (10, 306, 587, "Sendai, Japan"), (10, 470, 587, "Aberdeen, United Kingdom"), (10, 306, 575, "mori@tohoku.example"),
        (10, 142, 585, "ingrid@harbour.example"), (10, 142, 573, "Harbour Institute"), (10, 142, 561, "Bergen, Norway"),
        (12, 142, 527, "Ola Nordmann"), (10, 142, 515, "Fjord Laboratory"), (10, 142, 503, "Oslo, Norway"),
        (12, 306, 527, "Priya Raman"), (10, 306, 515, "Coastal Agency"), (10, 306, 503, "Halifax, Canada"),
        (12, 470, 527, "Lukas Brandt"), (10, 470, 515, "Port Authority of Kiel"), (10, 470, 503, "Kiel, Germany"),
        (12, 224, 468, "Marta Kowalska"), (10, 224, 457, "Gdansk University"), (10, 224, 445, "Gdansk, Poland"),
        (12, 388, 468, "Hiroshi Tanaka"), (10, 388, 457, "Kobe Port Office"), (10, 388, 445, "Kobe, Japan")]
BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty,",
        "and the totals were written into the log before the first ferry left the pier at seven o'clock."]

# an author's lines in its column are joined as a credit's lines (", "; helper paper73: a space had run them together)
EXPECTED = [("Ingrid Halvorsen", "ingrid@harbour.example, Harbour Institute, Bergen, Norway"),
            ("Tomas Lindqvist", "ingrid@harbour.example, Harbour Institute, Bergen, Norway"),
            ("Kenji Mori", "Tohoku University, Sendai, Japan, mori@tohoku.example"),
            ("Valeria Rossi", "Quay Research Centre, Aberdeen, United Kingdom"),
            ("Ola Nordmann", "Fjord Laboratory, Oslo, Norway"),
            ("Priya Raman", "Coastal Agency, Halifax, Canada"),
            ("Lukas Brandt", "Port Authority of Kiel, Kiel, Germany"),
            ("Marta Kowalska", "Gdansk University, Gdansk, Poland"),
            ("Hiroshi Tanaka", "Kobe Port Office, Kobe, Japan")]


def _pdf(grid) -> bytes:
    runs = [(EN_BOLD, 17, 306 - text_width("Counting Cyclists on a Harbour Road", EN_BOLD, 17) / 2, 690,
             "Counting Cyclists on a Harbour Road")]
    runs += [(EN, size, x - text_width(text, EN, size) / 2, y, text) for size, x, y, text in grid]
    runs.append((EN_BOLD, 11, 54, 400, "ABSTRACT"))
    runs += [(EN, 9, 54, 386 - 11 * k, line) for k, line in enumerate(BODY)]
    runs.append((EN_BOLD, 11, 54, 340, "1 INTRODUCTION"))
    runs += [(EN, 9, 54, 326 - 11 * k, line) for k, line in enumerate(BODY)]
    return drawn_pdf([runs], size=(612, 792))


def test_every_author_of_a_grid_with_the_lines_in_its_column() -> None:
    (talk,) = run_pdf(_pdf(GRID)).talks
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == EXPECTED
    assert [m.text for m in talk.speaker.authors[0].marks] == ["*"]
    assert not any("Nordmann" in t.text for t in talk.front)
    assert [s.title.text for s in talk.sections] == ["ABSTRACT", "INTRODUCTION"]


def _layout(rows):
    """Lines and a layout for ``rows`` of ``(size, x0, x1, y, text)``, one raw line each."""
    lines = [Text.from_raw(text, line=n) for n, (_, _, _, _, text) in enumerate(rows, 1)]
    layout = Layout(tuple(LineLayout(page=1, x0=x0, x1=x1, y0=y, y1=y + size, size=size) for size, x0, x1, y, _ in rows), ())
    return lines, layout


def test_a_row_of_names_read_as_one_line_with_tabs_and_a_row_of_mixed_cells() -> None:
    # extraction puts a row on one baseline on one line, its cells parted by TAB; the row under it mixes a name
    # stacked under the first (set larger, but the row's median size is the affiliations') with two affiliations
    lines, layout = _layout([
        (12, 110, 511, 610, "Ingrid Halvorsen∗\tKenji Mori\tValeria Rossi"),
        (10, 108, 522, 596, "Tomas Lindqvist∗\tTohoku University\tInria Lille-Nord"),
        (10, 426, 515, 587, "Lille, France"),
        (10, 278, 335, 587, "Sendai, Japan"),
        (10, 66, 218, 561, "Harbour Institute"),
        (12, 110, 173, 527, "Ola Nordmann"),
        (10, 93, 191, 515, "Fjord Laboratory"),
        (12, 275, 337, 527, "Priya Raman"),
        (10, 265, 347, 515, "Coastal Agency"),
    ])
    assert grid_extent(lines, 0, layout) == len(lines)
    authors = grid_authors(lines, layout)
    assert [(a.name.text, a.affiliation.text) for a in authors] == [
        ("Ingrid Halvorsen", "Harbour Institute"), ("Tomas Lindqvist", "Harbour Institute"),
        ("Kenji Mori", "Tohoku University, Sendai, Japan"), ("Valeria Rossi", "Inria Lille-Nord, Lille, France"),
        ("Ola Nordmann", "Fjord Laboratory"), ("Priya Raman", "Coastal Agency")]


def test_one_row_of_names_or_one_column_is_no_grid() -> None:
    row, layout = _layout([(12, 110, 511, 610, "Ingrid Halvorsen\tKenji Mori\tValeria Rossi"),
                           (10, 90, 530, 596, "Harbour Institute\tTohoku University\tQuay Research Centre")])
    assert grid_extent(row, 0, layout) is None
    column, layout = _layout([(12, 100, 190, 610, "Ingrid Halvorsen"), (10, 100, 190, 596, "Harbour Institute"),
                              (12, 100, 190, 580, "Kenji Mori"), (10, 100, 190, 566, "Tohoku University")])
    assert grid_extent(column, 0, layout) is None


def test_one_row_of_names_a_fraction_of_a_point_apart_is_no_grid() -> None:
    # review of 2 December: rows were counted by rounding each baseline to the names' size, so two names of one row
    # 0.2 pt apart across a rounding edge (606.1 and 605.9 at 12 pt) were two rows, and one row read as a grid
    for upper, lower in ((606.3, 606.1), (606.1, 605.9)):
        lines, layout = _layout([(12, 100, 190, upper, "Ingrid Halvorsen"), (12, 270, 340, lower, "Kenji Mori"),
                                 (10, 95, 195, upper - 14, "Harbour Institute"),
                                 (10, 260, 350, lower - 14, "Tohoku University")])
        assert grid_extent(lines, 0, layout) is None, (upper, lower)
