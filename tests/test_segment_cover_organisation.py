"""A proceedings talk's English cover with its organisation set in capitals under the title (trial 26's
``TIANJIN MUNICIPAL PEOPLE'S GOVERNMENT``): a cover line, not a slide of its own; the deck keeps one slide per
number, the cover numbered 1."""

from __future__ import annotations

import pytest

from pipeline.segment.organisations import organisation_line
from tests.segment_inputs import run_text

TALK = """港町市
港町市における港湾と環境の協力
港町市国際部長 山田 一郎
１．港町市の概要
港町市は湾に面した港湾都市であり、人口は約百万人である。
２．環境協力
両市は港湾の環境対策について定期的に協議している。
 Port and Environment Cooperation in Minatomachi

{org}

1

Overview of Minatomachi
■ A port city on the bay
■ Population: about one million

2

Environmental Cooperation
■ Regular meetings on port pollution
■ Training of officials

3
"""


@pytest.mark.parametrize("org", ["MINATOMACHI MUNICIPAL GOVERNMENT", "BUREAU OF PORT AND HARBOR"])
def test_a_capitalised_organisation_under_the_cover_title_is_a_cover_line(org):
    (talk,) = run_text(TALK.format(org=org)).talks
    assert [s.number for s in talk.slides] == [1, 2, 3]
    cover = talk.slides[0]
    assert cover.title is not None and cover.title.text.strip() == "Port and Environment Cooperation in Minatomachi"
    assert [t.text for t in cover.lines] == [org]


@pytest.mark.parametrize("line", ["OVERVIEW", "ABOUT THE ASSOCIATION", "NEXT STEPS"])
def test_capitals_that_name_no_organisation_are_none(line):
    assert not organisation_line(line)


BODY_EN = "\nAbstract. Storm surges are forecast well at the scale of fjords.\n\n1 Introduction\nWe built a network of sensors.\n"


@pytest.mark.parametrize("affiliation", [
    "Department of Civil Engineering, Norwegian University of Science and Technology, Trondheim",
    "School of Ocean and Earth Science, National Oceanography Centre Southampton, University of Southampton, UK"])
def test_a_long_affiliation_in_parts_is_the_authors(affiliation):
    # trial 26: an affiliation of 90 characters in comma parts went to the front, the authors had none
    (talk,) = run_text(f"Coastal Flood Warning with Low-Cost Sensors\nIngrid Solberg and Lars Haugen\n{affiliation}{BODY_EN}").talks
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == affiliation
    assert [a.affiliation.text for a in talk.speaker.authors] == [affiliation, affiliation]
