"""Review 49's faults, each as made-up input of its kind (a new user's documents, none of them the sample's shape)."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _slides(doc):
    assert len(doc.talks) == 1
    return [(s.number, s.title.text if s.title else None, [t.text for t in s.lines]) for s in doc.talks[0].slides]


@pytest.mark.parametrize("closing, last", [("ご清聴ありがとうございました", "- 6 -"), ("Thank you", "6")])
def test_deck_closing_number_closes_its_page(closing, last):
    """A deck numbered at each page's foot, with a blank only under the cover and the last number under the closing
    line: the numbers close their pages (the cover is slide 1), and no empty slide stands before the closing one
    (it had read the numbers as heading their slides from the cover's blank alone, leaving slide 5 empty)."""
    deck = f"""\
Ferry Timetables in the Inland Sea
Harbour Office, Port of Onomichi

- 1 -
Today's Topics
・ Routes and ports
・ Passengers per year
- 2 -
Routes and Ports
・ Seven routes, twelve ports
・ First ferry at 6:10
- 3 -
Passengers per Year
Year Passengers Change
2021 812,000 94
2022 905,000 111
- 4 -
Next Steps
・ One ticket for all routes
・ Timetables in four languages
- 5 -
{closing}
{last}
"""
    got = _slides(run_text(deck))
    assert [(n, t) for n, t, _ in got] == [
        (1, "Ferry Timetables in the Inland Sea"), (2, "Today's Topics"), (3, "Routes and Ports"),
        (4, "Passengers per Year"), (5, "Next Steps"), (6, closing)]
    assert got[3][2] == ["Year Passengers Change", "2021 812,000 94", "2022 905,000 111"]
