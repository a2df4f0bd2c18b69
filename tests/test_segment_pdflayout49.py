"""Real-PDF layouts read by their kind (issue 16, session 49's trial on TeX packages' sample PDFs).

Each test is a small made-up document of the kind a real PDF showed, never the PDF's own text:
* a table's empty cells (``···``) read one cell a line are no table of contents (aastex's rotated table had become a
  534-entry contents);
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
