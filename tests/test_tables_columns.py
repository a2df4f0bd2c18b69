"""A table needs evidence of columns (issue 16 point 2; false positives of the regression net): rows parted by TABs
are a table only when their columns hold items of one kind, each row on one baseline. Text blocks side by side (a
letterhead's two addresses, a journal's header beside its name, a slide's sidebar beside its text, two columns of
prose) and an index's or a contents' lines with dot leaders are no table. All inputs are made up."""

from __future__ import annotations

import pytest

from pdfmaker import EN, drawn_pdf
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from tests.segment_inputs import run_text

OPENING = "A Small Note\n\n1. Items\n\nThe items follow here in a short list for the crew.\n\n"
CLOSING = "\nThat is all for this week.\n"


def _tables(doc) -> list[tuple[int, int]]:
    return [run for talk in doc.talks for run in (*talk.front_tables, *(r for s in talk.sections for r in s.tables))]


@pytest.mark.parametrize("rows", [
    # an index's lines: a spaced dot leader, then the pages
    "harbourgrid\t. . . 9, 15, 18, 26, 94\nharbourutil\t. . . . . . . . . . . 9, 18\n",
    # a contents' lines whose leader extract set in pieces, a dot a cell
    "Tides of the north\t.\t.\t.\t.\t.\t42\nTides of the south\t.\t.\t.\t.\t.\t47\n",
    # two columns of prose: a margin note beside text that runs on in lower case
    "option\tThe draft option is meant to ease the exchange of notes between\n"
    "draft\tthe editor and the author of the paper. It enables two things:\n",
    # a journal's header beside its name set over three lines: no column holds items of one kind
    "Journal of Tides 3 (2021), article no. 7, 1–9.\tNORTHERN\nhttps://doi.org/10.0000/TIDES\tJOURNAL\n"
    "ISSN: 1234-5678\tof TIDES\n",
    # a bracket opened in one row and closed in the next: a sentence running on in its column
    "Kind\tBoats of the yard (sloops, ketches, yawls and the old\nUse\tschooners kept for the summer fair), all of them\n"
    "Care\tpainted each spring.\n",
    # Japanese running text in two columns: the next row goes on with its particle
    "新しい方法を試すことにして実装した\tその結果として従来の手法と\nを調べる時間はほとんどかからず\tが大きく変わることはなかった\n",
    # a formula set in pieces
    "∫ +∞\tπ2\n(t − γ)² e−t\tdt = ζ(2) =\n−∞\t6\n",
])
def test_text_blocks_and_leaders_are_no_table(rows) -> None:
    [talk] = run_text(OPENING + rows + CLOSING).talks
    assert not talk.front_tables and not any(s.tables for s in talk.sections)


@pytest.mark.parametrize("rows, n", [
    # a header, a row of units, then numbers
    ("Temperature\tDensity\n°C\tt/m³\n0\t13.8\n10\t13.6\n50\t13.5\n100\t13.3\n", 6),
    # options, some with a digit in their names, beside sentences
    ("Option\tDescription\na4paper\tSets the paper size to ISO A4.\nb5paper\tSets the paper size to ISO B5.\n"
     "letterpaper\tSets the paper size to US Letter.\n", 4),
    # a conversion table in lower case, one long unit name among short ones
    ("Multiply\tBy\tTo obtain\nacres\t4,046.873\tsquare metres\nbars\t100\tkilopascals\n"
     "tons (2,000 pounds, mass) per square foot\t95.76052\tkilopascals\nyards\t0.9144\tmetres\n", 5),
    # a pair of labels and short descriptions in lower case
    ("height field\tthe height of the real glyph\t0.0\ndepth field\tthe depth of the real glyph\t0.0\n", 2),
])
def test_tables_with_columns_of_one_kind_stay_tables(rows, n) -> None:
    [talk] = run_text(OPENING + rows + CLOSING).talks
    assert talk.sections[0].tables == ((1, n),)


def _run_pdf(runs) -> tuple[list[str], object]:
    cleaned = clean(extract(drawn_pdf([runs]), name="made.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return [t.text for t in cleaned.lines], doc


BODY = ["We write to ask whether the harbour survey of the spring may be repeated in the autumn, when",
        "the tides are higher and the quays are less busy. The crew has offered to help with the work,",
        "and the measurements of the spring can be compared with the new ones in a short report."]


def test_a_letterheads_two_addresses_are_no_table() -> None:
    """A letterhead's sender and addressee side by side, their lines on other baselines (3 to 5 points apart, as a
    letter class sets them): no row of cells, so no TAB and no table."""
    left = ["Harbour Lab", "Campus North", "Quay Street 171", "B-2020 Portsea", "BELGIUM"]
    right = ["Dept. of Tides – Quay Street 171, 2020 Portsea, BELGIUM", "prof. A. Marlow", "Northam University",
             "450 Morning Mall", "Northam, DX 94305-2004"]
    runs = [(EN, 10.0, 72, 760 - 12 * k, t) for k, t in enumerate(left)]
    runs += [(EN, 7.0 if k == 0 else 10.0, 300, 757 - 12.25 * k, t) for k, t in enumerate(right)]
    runs += [(EN, 10.0, 72, 600 - 14 * k, t) for k, t in enumerate(["Dear prof. Marlow,", "", *BODY])]
    lines, doc = _run_pdf(runs)
    assert not any("\t" in t for t in lines)
    assert _tables(doc) == []


def test_a_slides_sidebar_beside_its_text_is_no_table() -> None:
    """A slide's sidebar (6-point navigation) beside its text (11 points), some lines overlapping by chance: no row."""
    nav = ["Contents", "Background", "Methods", "Results", "Outlook", "References"]
    text = ["[4] Grove I A, Rahn C D. Large deflection of slender rods", "in tidal channels under load[J].",
            "Journal of Harbour Mechanics, 2003, 8(2) :", "299-307.", "[5] Marlow A. Tides of the north[M].",
            "Portsea : Quay Press, 1994 : 45-49."]
    runs = [(EN, 6.0, 8, 700 - 16 * k + 2, t) for k, t in enumerate(nav)]
    runs += [(EN, 11.0, 90, 700 - 16 * k, t) for k, t in enumerate(text)]
    lines, doc = _run_pdf(runs)
    assert not any("\t" in t for t in lines)
    assert _tables(doc) == []


def test_a_pdf_table_with_marked_cells_keeps_every_row() -> None:
    """A table's cells stand on one baseline; a superscript mark in a cell does not move its row off it."""
    rows = [("Site", "Depth", "Flow"), ("North", "12.5", "0.8"), ("South", "9.0", "1.1"), ("East", "14.2", "0.4")]
    runs = [(EN, 10.0, 72, 760, "The figures of the survey are:")]
    for k, (a, b, c) in enumerate(rows):
        y = 740 - 14 * k
        runs += [(EN, 10.0, 72, y, a), (EN, 10.0, 200, y, b), (EN, 10.0, 300, y, c)]
        if k == 3:
            runs.append((EN, 6.0, 72 + 21, y + 4, "a"))  # a note's mark raised after the cell's word
            runs.append((EN, 6.0, 200 + 60, y + 4, "b"))  # and one set apart after a number
    runs += [(EN, 10.0, 72, 660 - 14 * k, t) for k, t in enumerate(BODY)]
    lines, doc = _run_pdf(runs)
    assert [t.split("\t")[0] for t in lines if "\t" in t] == ["Site", "North", "South", "East"]
    assert [t.split("\t")[-1] for t in lines if "\t" in t] == ["Flow", "0.8", "1.1", "0.4"]  # one row each
    assert [n for _, n in _tables(doc)] == [3]  # the marks set apart are cells of their own, as before (no merging)
