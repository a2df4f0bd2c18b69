"""A postal code after an address's town, and a paper named by its title where its only city is its authors' address
(issue 16 points 2–3, fresh-user trial 70's ``02_paper.txt``: ``Department of Geography, University of Leeds, Leeds LS2
9JT, UK`` gave no city; with the city read, the paper would have been named ``leeds``)."""
import pytest

from pipeline.ids import ADDRESS_CITY
from pipeline.segment.places import municipality_named_en
from tests.segment_inputs import run_text


@pytest.mark.parametrize("line, town", [
    ("Department of Geography, University of Leeds, Leeds LS2 9JT, UK", "Leeds"),
    ("School of Engineering, Cardiff University, Cardiff CF24 3AA, United Kingdom", "Cardiff"),
    ("University of Toronto, Toronto, ON M5S 1A1, Canada", "Toronto"),
    ("University of Oregon, Eugene, OR 97403, USA", "Eugene"),
    ("Department of Urban Engineering, Massachusetts Institute of Technology, Cambridge, MA 02139-4307, USA", "Cambridge"),
    ("Tohoku University, Sendai 980-8579, Japan", "Sendai"),
    ("Tsinghua University, Beijing 100084, China", "Beijing"),
    # near misses: a number that is no postal code, a building, a room
    ("Harbour Office, Building 5, Germany", None),
    ("Room 2019, Japan", None),
    ("Harbour Survey Ltd, 1-2-3 Main Street", None),
])
def test_a_postal_code_after_the_town(line, town):
    span = municipality_named_en(line)
    assert (line[span[0]:span[1]] if span else None) == town


PAPER = """\
{title}
Anna Berg and David Chen
{address}

Abstract
We surveyed 1,200 residents of three coastal towns to measure how they perceive flood risk.

1. Introduction
Coastal flooding is a growing concern for small towns. Previous studies have focused on large cities.

2. Methods
The questionnaire had 24 items. Residents were sampled at random from the electoral roll.
"""


@pytest.mark.parametrize("title, address, town, ident", [
    ("Flood Risk Perception in Coastal Towns", "Department of Geography, University of Leeds, Leeds LS2 9JT, UK",
     "Leeds", "flood-risk-perception-in-coastal-towns"),
    ("Cycling to School in Small Cities", "Faculty of Geosciences, Utrecht University, Utrecht, The Netherlands",
     "Utrecht", "cycling-to-school-in-small-cities"),
    ("Heat Islands and Street Trees", "Department of Geography, University of Oregon, Eugene, OR 97403, USA",
     "Eugene", "heat-islands-and-street-trees"),
])
def test_a_paper_whose_city_is_its_authors_address_is_named_by_its_title(title, address, town, ident):
    (talk,) = run_text(PAPER.format(title=title, address=address)).talks
    assert talk.city.en is not None and talk.city.en.text == town
    assert talk.id.endswith("/" + ident) or talk.id == ident
    assert any(e.kind == "city" and e.detail.endswith(ADDRESS_CITY) for e in talk.evidence)


def test_a_paper_of_a_municipality_keeps_its_city_id():
    """Near miss: a municipality's own name (``City of Kobe``) is no address's town: the paper is its city's."""
    (talk,) = run_text(PAPER.format(title="Port Renewal and the Waterfront",
                                    address="Port and Harbor Bureau, City of Kobe")).talks
    assert talk.city.en.text == "Kobe" and talk.id.split("/")[-1] == "kobe"
    assert not any(e.detail.endswith(ADDRESS_CITY) for e in talk.evidence)
