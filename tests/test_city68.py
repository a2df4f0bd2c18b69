"""An English ``City of X <Office>`` names city X, the office being the affiliation (issue 16, fresh-user trial 68;
helper fix68a; ``places._municipal_body_en``, ``places._UNIT_EN``)."""

from __future__ import annotations

import pytest

from pipeline.segment.places import municipality_named_en
from tests.segment_inputs import run_text


def _named(text: str) -> str | None:
    span = municipality_named_en(text)
    return text[span[0]:span[1]] if span else None


@pytest.mark.parametrize("line, city", [
    ("City of Kumamoto Waterworks Bureau", "Kumamoto"),
    ("City of Sendai International Relations Division", "Sendai"),
    ("City of Kobe Port and Harbor Bureau", "Kobe"),
    ("City of Kota Kinabalu Tourism Office", "Kota Kinabalu"),  # the longest name GeoNames lists as a town
    ("Kumamoto City Waterworks Bureau", "Kumamoto"),
])
def test_a_city_of_x_office_names_x68(line, city):
    assert _named(line) == city


@pytest.mark.parametrize("line, city", [
    ("City of Kobe", "Kobe"), ("City of Leeds Transport Team", "Leeds"), ("Kanazawa City Tourism Bureau", "Kanazawa"),
    ("Leeds City Council Planning Team", "Leeds"), ("Sister City Programmes", None), ("City of Peace Bureau", None),
])
def test_municipalities_read_as_before68(line, city):
    assert _named(line) == city


DECK = """\
Smart Water Management in Kumamoto
City of Kumamoto Waterworks Bureau
Ken Morita
1
Groundwater Dependence
- 100% of tap water comes from groundwater
- About 740,000 residents served
2
Conservation Measures
- Rice paddy recharge program since 2004
- Leak detection with acoustic sensors
3
"""


def test_the_trials_deck_has_its_city_and_keeps_its_office_as_affiliation68():
    (talk,) = run_text(DECK).talks
    assert talk.city.en.text == "Kumamoto" and talk.id == "kumamoto"
    assert talk.speaker.affiliation.text == "City of Kumamoto Waterworks Bureau"


def test_a_speakers_name_over_the_office_is_no_city68():
    deck = DECK.replace("City of Kumamoto Waterworks Bureau\nKen Morita", "Ken Morita\nCity of Kobe Port and Harbor Bureau")
    (talk,) = run_text(deck).talks
    assert talk.city.en.text == "Kobe"
