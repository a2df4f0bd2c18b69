"""Real-PDF layouts read by their kind (issue 16, session 49's trial on TeX packages' sample PDFs).

Each test is a small made-up document of the kind a real PDF showed, never the PDF's own text:
* a table's empty cells (``···``) read one cell a line are no table of contents (aastex's rotated table had become a
  534-entry contents);
* a contents' own page that goes on with the body (mnras: the contents in the first column, the body in the second)
  ends at the restated entry over running text;
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from segment_inputs import one_talk  # noqa: E402

PAPER_WITH_TABLE_CELLS = """A Survey of Nearby Supernovae

Ann Example
Example Observatory

1. Introduction

We list the supernovae of the sample below, with their distances and their host galaxies where known.

Table 1
SN 2006X
···
···
···
Ia
···
SN 2007af
···
···
···
II
···

2. Results

The distances agree with the earlier estimates within their errors.
"""


def test_a_tables_empty_cells_one_a_line_are_no_contents():
    talk = one_talk(PAPER_WITH_TABLE_CELLS)
    assert talk.contents == ()
    assert [s.number for s in talk.sections if s.number] == ["1", "2"]


GUIDE_WITH_CONTENTS_BESIDE_ITS_BODY = """Preparing Papers for the Example Journal
Ann Example
Example Society, 1 Example Street, Exampletown

CONTENTS
1 Introduction
2 Installing the class
3 Preparing a paper
3.1 Title
3.2 Authors
4 Figures
1 INTRODUCTION
The journal encourages authors to prepare their papers with the class described in this guide, which
sets the text much as the printed journal will show it.
2 INSTALLING THE CLASS
Most distributions carry the class already; where yours does not, place its files beside your paper.
\f3 PREPARING A PAPER
Start from a copy of the template file and rename it before you write anything in it.
3.1 Title
The title should be short and name what the paper found.
3.2 Authors
Give each author's name and affiliation in full.
4 FIGURES
Set each figure where the text first calls it.
"""


def test_a_contents_ends_where_its_page_goes_on_with_the_body():
    """The contents' own page holds the body's opening too (mnras: the contents in the first column, the body's
    ``1 INTRODUCTION`` in the second): the block ends at the restated entry over running text."""
    talk = one_talk(GUIDE_WITH_CONTENTS_BESIDE_ITS_BODY)
    assert [c.text for c in talk.contents][-1] == "4 Figures"
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "3", "3.1", "3.2", "4"]
