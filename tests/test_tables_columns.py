"""A table needs evidence of columns (issue 16 point 2; false positives of the regression net): rows parted by TABs
are a table only when their columns hold items of one kind, each row on one baseline. Text blocks side by side (a
letterhead's two addresses, a journal's header beside its name, a slide's sidebar beside its text, two columns of
prose) and an index's or a contents' lines with dot leaders are no table. All inputs are made up."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

OPENING = "A Small Note\n\n1. Items\n\nThe items follow here in a short list for the crew.\n\n"
CLOSING = "\nThat is all for this week.\n"


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
    # an options table: keys beside descriptions that go on in lower case from row to row (review of 2 December)
    ("Option\tMeaning\n-v\tprint more information about what is being done at each step\n"
     "-q\tsuppress all normal output and print only the errors found in the input\n"
     "-n\tshow the commands that would be run without running any of them\n-h\tshow this help text and exit\n", 5),
])
def test_tables_with_columns_of_one_kind_stay_tables(rows, n) -> None:
    [talk] = run_text(OPENING + rows + CLOSING).talks
    assert talk.sections[0].tables == ((1, n),)
