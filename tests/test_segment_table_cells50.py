"""Issue 16 point 2 (session 50, item 4): a table set a cell per line on a slide gives no slide number, whatever its
values, where its shape shows rows: a label, then the same count of numbers alone on their lines, two rows or more.

Review 49's known miss (a strict xfail in ``tests/test_trial_review49.py``, now a plain test there): a cell within 2 of
the slide numbers around it (``5`` between slides 2 and 3) or equal to one (``3`` before the page's own ``3``) had
counted as a slide number. Made-up decks; the expected results were written before the change.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.segment_inputs import run_text

DECK = """\
Ferry Piers in a Lake Town
Lena Huber, Harbour Office, Stadt Konstanz

1
Why New Piers
• Boats grew longer
• Old piers are too short
2
{title}
{head}
{rows}
3
Plans for 2028
• Two new piers
• Longer opening hours
4
Thank you
"""


def _slides(text: str):
    (talk,) = run_text(text).talks
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in talk.slides]


@pytest.mark.parametrize("title, head, rows", [
    ("Piers by Shore", "Shore\nPiers\nBoats", "North\n5\n22\nSouth\n3\n14"),
    ("Piers by Shore", "Shore\nPiers\nBoats\nStaff", "North\n4\n22\n3\nSouth\n2\n14\n5\nEast\n3\n9\n1"),
    ("Piers by Shore", "Shore\nPiers\nBoats", "North\n５\n２２\nSouth\n３\n１４"),  # full-width digits
])
def test_a_table_set_a_cell_per_line_gives_no_slide_number50(title, head, rows):
    got = _slides(DECK.format(title=title, head=head, rows=rows))
    assert [n for n, _, _ in got] == [1, 2, 3, 4, None]
    assert got[2][1] == title
    # (clean folds full-width digits to ASCII)
    assert got[2][2] == head.split("\n") + unicodedata.normalize("NFKC", rows).split("\n")


def test_titles_over_their_numbers_stay_slides50():
    """Slides of a title each, over their number (a photo's slides), shape label / number rows too: their numbers run
    (3, 4, 5), so they are the slides' numbers."""
    text = ("Ferry Piers in a Lake Town\nLena Huber, Harbour Office\n\n1\nWhy New Piers\n• Boats grew longer\n"
            "• Old piers are too short\n2\nHarbour\n3\nMarket\n4\nPier\n5\nThank you\n")
    got = _slides(text)
    assert [(n, lines) for n, _, lines in got][2:] == [(3, ["Harbour"]), (4, ["Market"]), (5, ["Pier"]), (None, [])]
