"""Trial 40's faults, as made-up documents: a one-word slide title that is no very common word (``Workflow``,
Zipf 3.2) over a bulleted list stayed a line of the slide."""

from __future__ import annotations

from tests.segment_inputs import run_text

DECK = """\
Sounding Rockets for School Science Clubs
Mina Okafor
Northfield Space Education Centre
1
Toolkit
● A kit of twelve parts for every club
● A launch rail that folds into a case
2
Roadmap
● Pilot with five schools in 2025
● All schools of the county by 2027
3
"""


def test_a_capitalised_word_over_a_bulleted_list_is_the_slides_title() -> None:
    [talk] = run_text(DECK).talks
    titles = {s.number: s.title.text if s.title is not None else None for s in talk.slides}
    assert titles.get(2) == "Toolkit" and titles.get(3) == "Roadmap"
