"""A speaker's name alone under an English cover title is no title line (issue 16, trial 36): a deck's cover
``Keeping … Running`` / a name / an organisation gave ``title.en`` with the name run on and a null speaker, as the
cover's box held no more lines than a title may have; and a proceedings talk's English title ran on into
``SURNAME Given-name, <Place> City``, a city's office named as the city. Made-up text, not trial 36's."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

DECK = """\
Restoring Coastal Dunes Together
Hannah Okafor
Northshore Conservation Trust

Why Dunes Matter
- They shelter 40 km of coast from storm surge
- Rare beetles live nowhere else
- Visitors trample young marram grass
2 / 5

Planting Days
- 3,000 seedlings planted by volunteers in 2024
- Fences keep walkers on the boardwalks
3 / 5

Monitoring
- Drone surveys twice a year
- Sand height measured at 25 posts
4 / 5

Next Steps
- Extend the boardwalk to the north beach
- Train school groups as dune wardens
5 / 5
"""


def test_a_name_alone_under_an_english_deck_title_is_the_speaker_not_the_title():
    (talk,) = run_text(DECK).talks
    assert talk.shape == "deck" and talk.title.en.text == "Restoring Coastal Dunes Together"
    assert talk.speaker is not None and "Hannah Okafor" in talk.speaker.text.text


def test_a_name_and_a_city_named_as_its_office_is_a_speaker_line():
    from pipeline.segment.names import name_then_affiliation
    from pipeline.segment.slides import split_cover
    from pipeline.segment.layout import Layout
    from pipeline.model import Text

    assert name_then_affiliation("CHOI Ji-woo, Gwangju City") == len("CHOI Ji-woo")
    lines = [Text.from_raw(s, line=n) for n, s in enumerate(("Clean Rivers in the Old Quarter", "CHOI Ji-woo, Gwangju City"), 1)]
    cover = split_cover(lines, Layout((), ()), lambda t: False)
    assert [t.text for t in cover.title] == ["Clean Rivers in the Old Quarter"]


@pytest.mark.parametrize("speaker", ["Sato Haruka, Director, Parks and Greenery, Nagano City",
                                     "Ines Moura, Deputy Mayor, Aveiro", "Kenji Arai, Professor of Urban Planning"])
def test_a_name_then_a_post_is_a_speaker_line_and_no_title_line(speaker):
    """Trial 37: ``<Name>, Director, <Department>, <Place> City`` under a proceedings talk's English cover title ran
    into ``title.en``: a post between the name and the organisation said nothing to the name-then-affiliation rule."""
    from pipeline.segment.names import name_then_affiliation
    from pipeline.segment.slides import split_cover
    from pipeline.segment.layout import Layout
    from pipeline.model import Text

    assert name_then_affiliation(speaker) == speaker.index(",")
    lines = [Text.from_raw(s, line=n) for n, s in enumerate(("Gardens on Every Corner", speaker), 1)]
    cover = split_cover(lines, Layout((), ()), lambda t: False)
    assert [t.text for t in cover.title] == ["Gardens on Every Corner"]


def test_a_title_that_opens_on_a_post_word_is_no_speaker_line():
    from pipeline.segment.names import name_then_affiliation

    assert name_then_affiliation("Ports, Director Notes, Tides") is None
    assert name_then_affiliation("Harbour Cities, Head Start Programmes") is None
