"""Session 85, mine: what the helpers' merges left (docs/clean.md, *Session 85, mine*).

1. A wrapped line of running text printed again right under itself (fresh-user trial 85a's abstract book, a PDF made
   by the tester with its truth file written first, ``tests/data/me85/trial85a_abstracts.*``): the copy goes to the
   ledger as a doubled layer (``clean.copies.displaced_copies``, now from one line on); a table's row printed twice
   (cells parted by wide white space) is no running text and stays to the table rules.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.clean.copies import displaced_copies
from tests.segmenting import segment_file

DATA = Path(__file__).parent / "data" / "me85"
COPY = "maintenance. We analysed five years of weeding and replanting records kept by residents' groups in three districts"


def test_a_wrapped_line_printed_right_under_itself_is_a_copy():
    doc = segment_file(DATA / "trial85a_abstracts.pdf")
    drops = [r.text for r in doc.ledger if r.reason == "doubled-layer"]
    assert COPY in drops
    body = " ".join(p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs)
    assert body.count(COPY) == 1
    assert "in three districts of southern Miyagi" in body


def test_a_row_of_cells_printed_twice_is_no_running_text():
    """Near miss (passes on the base too): a CV's row, dates and degree parted by a cell's gap, said twice in a row
    is no wrap of running text for this rule (the table rules read rows). A unit test of the session's function (the
    base has no ``displaced_copies``)."""
    row = "2004-2007\tBSc (Hons) Geography, first class, University of Leeds"
    texts = ["Education", "2011-2015\tPhD Physical Geography, Durham University, thesis on peat",
             row, row, "2003-2004\tFoundation year in natural sciences, University of York"]
    assert displaced_copies(texts, [1] * 5, Counter(texts)) == []
