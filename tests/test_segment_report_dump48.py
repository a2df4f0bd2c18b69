"""A report's text dump that numbers its pages ``Page N of 5`` and holds a table of counts one a line, and a paper
whose table gives measured values (``59.66° N``): both are papers with their own sections (issue 16 point 2; trial 47).

The table's bare counts are no folios where the pages print theirs in a shape (:func:`pipeline.segment.talks._page_numbers`),
and a value with a unit's sign is no section number (:func:`pipeline.numbering.heading_shaped`)."""

import pytest

from tests.segment_inputs import run_text

REPORT = 'Salt Marsh Recovery on the Eastern Shore\nMonitoring Report, Spring Season\n\n1. Introduction\nThe marsh lost a third of its cover in the storms of the last decade. This report gives the counts\nof the first season after the new culverts were opened, and compares them with the plots left closed.\n\n1.1 Sites\nSix plots were laid out along the creek, three above the culverts and three below them, each ten\nmetres square and marked with posts at the corners.\nPage 1 of 5\n\x0c2. Methods\nCounts were made at low tide by two observers walking the plot in parallel lines, one metre apart.\nTable 1. Burrows counted per plot\nPlot\nCount\nA\n4\nB\n5\nC\n3\nD\n6\nE\n2\nF\n7\nEach count was repeated on the following day and the mean of the two was kept.\nPage 2 of 5\n\x0c3. Results\nBurrows were more common below the culverts, where the water now reaches the plots twice a day.\nThe difference held in every week of the season, though it narrowed in the last two weeks.\nPage 3 of 5\n\x0c4. Discussion\nThe counts are small and one season is short; the plots will be counted again next spring, and the\ncover of the grasses will be measured at the same time, so that the two can be set side by side.\nPage 4 of 5\n\x0cReferences\n[1] R. Fenn, Marsh grasses after storms, Coast. Stud. 12 (2019) 33–41.\n[2] L. Okafor, Counting crabs at low tide, Field Notes 4 (2021) 7–9.\nPage 5 of 5\n'

LAKES = "Ice Cover on Northern Lakes\n\n1. Introduction\nWe report the dates on which three lakes froze and thawed in each of the last twelve winters, and compare\nthem with the records kept by the ferry companies since the nineteenth century.\n\n2. Sites\nThe lakes lie on one line of latitude, within a day's drive of each other.\nLake\nLatitude\nUpper Reach\n59.66° N\nLong Water\n59.70° N\nEach lake was watched from the same point on its shore every morning of the season.\n\n3. Results\nThe lakes froze later in each decade, by about four days, and thawed earlier by about as much.\n"


@pytest.fixture(scope="module")
def report():
    talks = run_text(REPORT).talks
    assert len(talks) == 1
    return talks[0]


def test_report_with_a_table_of_counts_is_a_paper_not_a_deck(report):
    assert report.slides == ()
    assert [s.number for s in report.sections] == ["1", "1.1", "2", "3", "4", None]
    assert report.sections[-1].title.text == "References"


def test_values_with_a_unit_sign_are_no_sections():
    (talk,) = run_text(LAKES).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction"), ("2", "Sites"), ("3", "Results")]
