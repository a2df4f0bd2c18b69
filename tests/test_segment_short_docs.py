"""Short documents and the shapes of everyday notices (a press release, a syllabus), as made-up inputs: a short
paper whose few full lines show no measure still has its wraps joined, and a release label is no title."""

from __future__ import annotations

import pytest

from tests.segment_inputs import paragraphs, run_text

# 1. A short English paper: one full line per paragraph, so no measure shows (a measure needs two lines at its
# width). A line of running prose that ends no sentence, followed by a line in lower case, is a wrap all the same.

SHORT_PAPERS = [
    """\
Water Reuse in Coastal Cities

Ana Morales
Department of Civil Engineering, Coastal University

1. Introduction
Coastal cities face growing pressure on freshwater supplies.1 Reuse of treated wastewater offers one
response, though public acceptance varies widely.2

2. Methods
We surveyed 1,200 households in three cities between 2023 and 2025.

1 United Nations, World Water Development Report 2023.
""",
    """\
A Note on Bridge Inspection Intervals

1. Background
Most agencies inspect their bridges every two years, a rule set when traffic loads were
lighter than today.

2. Proposal
We propose intervals that follow each bridge's measured condition.
""",
]


@pytest.mark.parametrize("text", SHORT_PAPERS)
def test_a_short_papers_wrap_in_lower_case_is_joined(text):
    (talk,) = run_text(text).talks
    first = paragraphs(talk)[0]
    assert "\n" not in first
    assert first.endswith(("varies widely.2", "lighter than today.")), paragraphs(talk)


def test_lines_a_short_paper_ends_stay_apart():
    text = """\
Harbour Notes

1. Contacts
The harbour office answers questions about moorings and fees
https://harbour.example.org/moorings/
https://harbour.example.org/fees/
Opening hours are posted at the gate.
"""
    (talk,) = run_text(text).talks
    texts = paragraphs(talk)
    assert "https://harbour.example.org/moorings/" in texts and "https://harbour.example.org/fees/" in texts, texts


# 2. A press release opens on its release instruction and a dateline; a syllabus on its fields. None is the title.

PRESS_RELEASE = """\
FOR IMMEDIATE RELEASE

Harbor City Launches Sister-City Exchange with Dalian

HARBOR CITY, Ore., March 3, 2026 — The City of Harbor City today announced a five-year exchange
programme with Dalian, China, covering port logistics, tourism and student visits.

Media contact: Tom Reyes, Communications Office
"""

DATELINED = """\
NEWS RELEASE
TOKYO, Dec. 1, 2026 /PRNewswire/ --
Port of Minato Opens Its Second Cruise Terminal

The Port of Minato opened its second cruise terminal today, doubling the number of ships it can berth.
"""

SYLLABUS = """\
CS 101: Introduction to Programming
Fall 2026 Syllabus

Instructor: Dr. Maria Lopez
Office: Science Hall 204
Office hours: Tuesday 2-4 pm

Course Description
This course introduces the fundamentals of programming using Python.
"""


@pytest.mark.parametrize("text, title", [
    (PRESS_RELEASE, "Harbor City Launches Sister-City Exchange with Dalian"),
    (DATELINED, "Port of Minato Opens Its Second Cruise Terminal"),
    (SYLLABUS, "CS 101: Introduction to Programming"),
])
def test_labels_datelines_and_fields_are_no_title(text, title):
    (talk,) = run_text(text).talks
    assert talk.title.en.text == title
