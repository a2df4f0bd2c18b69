"""Authors one a line as ``NAME, Organisation, Country`` (acmart's acmsmall layout, issue 16): every author reaches
``speaker.authors`` with its own affiliation. Names whose words WordNet all lists (``JOHN SMITH``, ``CHARLES
PALMER``) had ended the run, and an organisation named ``… Laboratories`` or ``… Consortium`` was none, so 6 of 9
authors were read and the rest stood in ``front``."""

from __future__ import annotations

from tests.segment_inputs import run_text

PAPER = """\
Measuring Quay Movement with Low-Cost Sensors

HANNA BERGLUND, Institute for Harbour Engineering, Norway
KENJI MORI, Tohoku University, Japan
CHARLES PALMER, Palmer Research Laboratories, USA
JOHN SMITH, The Harbour Group, Iceland
MARY JONES, The Quayside Consortium, Canada

Quay walls move slowly, and the movement is rarely measured between surveys. We fixed twelve tilt sensors to two
quays and read them every hour for a year.

1 Introduction

Quay walls are inspected every few years, and what happens between the inspections is rarely known.
"""


def test_every_author_one_a_line_with_its_affiliation():
    [talk] = run_text(PAPER).talks
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
        ("HANNA BERGLUND", "Institute for Harbour Engineering, Norway"),
        ("KENJI MORI", "Tohoku University, Japan"),
        ("CHARLES PALMER", "Palmer Research Laboratories, USA"),
        ("JOHN SMITH", "The Harbour Group, Iceland"),
        ("MARY JONES", "The Quayside Consortium, Canada"),
    ]
    assert not any("SMITH" in t.text for t in talk.front)


def test_a_phrase_over_an_organisation_without_a_country_is_no_author():
    text = PAPER.replace("MARY JONES, The Quayside Consortium, Canada", "Trade Routes, Harbour Authority")
    [talk] = run_text(text).talks
    assert [a.name.text for a in talk.speaker.authors][-1] == "JOHN SMITH"


def test_a_phrase_over_an_organisation_and_its_country_is_no_name():
    # review of 2 December: a report's line ``Field Report, Kobe University, Japan`` under its title had become a
    # speaker named ``Field Report`` (a name-shaped phrase vouched for by the organisation and the country alone)
    text = ("Flood Maps for Small Towns\nField Report, Kobe University, Japan\n\nAbstract\n"
            "We drew flood maps for six small towns on the river and compared them with the floods of the last twenty "
            "years in each town.\n\n1 Introduction\nSmall towns on rivers flood often, and their maps are old.\n")
    [talk] = run_text(text).talks
    assert talk.speaker.name is None or "Report" not in talk.speaker.name.text
