"""A postal address set one part a line is no section (issue 16, address-only contact blocks): its street's house
number (``14 Mill Lane``) had been read as section 14 over the postcode and country, where no ``Contact`` heading
stood over the block to say what it was. The street counts as an address only with a postcode or a country under it,
so a paper's numbered headings stay headings."""

from __future__ import annotations

from tests.segment_inputs import run_text

REPORT = """\
Harbour Survey Results

The survey of the inner harbour was completed in May. The results show that the water quality has improved
since the last survey, and the number of visiting ships has grown by a tenth.

For further information please contact:

Ingrid Halvorsen
{street}
{town}
{country}
ingrid@example.org
"""


def _talk(street: str = "14 Mill Lane", town: str = "5003 Bergen", country: str = "Norway"):
    [talk] = run_text(REPORT.format(street=street, town=town, country=country)).talks
    return talk


def _contact_section(talk) -> list[str]:
    """The contact block under its request to get in touch (since trial 39, ``For further information please
    contact:`` heads it), each line a paragraph; no section numbered 14. The report's text before it is its unheaded
    body (helper web55: a closing contact section alone keeps the body unheaded before it, ``stage.unheaded_body``).
    Since helper close82 (issue 16) the block under its heading is the closing block, heading first, no section."""
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "")]
    closing = [talk.front[i].text for i in talk.front_closing]
    assert closing[0] == "For further information please contact:"
    return closing[1:]


def test_house_number_over_postcode_and_country_is_no_section():
    talk = _talk()
    assert _contact_section(talk)[-4:] == ["14 Mill Lane", "5003 Bergen", "Norway", "ingrid@example.org"]


def test_british_address_with_postcode_under_its_town_is_no_section():
    talk = _talk("221 Station Road", "Northfield", "Aberdeen AB11 5DN")
    assert _contact_section(talk)[1:3] == ["221 Station Road", "Northfield"]


def test_numbered_headings_with_no_postcode_under_them_stay_sections():
    text = ("Harbour Survey\n\n1 Introduction\n\nThe survey of the inner harbour was completed in May this year.\n\n"
            "2 Methods\n\nWe sampled the water at twelve points along the quay every morning.\n")
    [talk] = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction"), ("2", "Methods")]


def test_numbered_heading_over_a_paragraph_and_a_list_of_countries_stays_a_section():
    # review of 2 December: ``1 Introduction`` reads as a street by its shape, and a country within three lines under
    # it made the heading, its paragraph and the list an address (the section went to the front matter)
    text = ("Harbour Cities of the North Sea\n\n1 Introduction\n"
            "Ports in the North Sea have changed over thirty years, and we compared the ports of three countries.\n"
            "Norway\nDenmark\nGermany\n"
            "2 Methods\nWe counted the ships that called at each port in every month of the year.\n"
            "3 Case Studies\nNorway\nThe ports of the west coast grew faster than those of the south.\n")
    [talk] = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections][:2] == [("1", "Introduction"), ("2", "Methods")]
    assert "3" in [s.number for s in talk.sections]
    assert talk.front == ()


def test_numbered_heading_over_a_year_and_a_country_stays_a_section():
    # review of 2 December: a year alone between ``4 Results`` and a country's name (its subheading) was read as an
    # address's town, and the heading as its street
    text = ("Harbour Cities of the North Sea\n\n1 Introduction\n"
            "Ports in the North Sea have changed over thirty years, and we compared the ports of two countries.\n"
            "2 Results\n2023\nDenmark\nThe ports of the west coast grew faster than those of the east.\n"
            "Norway\nThe southern ports lost part of their traffic to the new bridge.\n")
    [talk] = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections][:2] == [("1", "Introduction"), ("2", "Results")]
