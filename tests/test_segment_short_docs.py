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


# 3. Headings an FAQ and a syllabus give by their shape: each question over its answer (``Q1.`` or a short line
# ending in ``?``), and a short phrase over a table's rows or after a form's field.

FAQ_EN = """\
Frequently Asked Questions: Residential Parking Permits

Who can apply?
Any resident whose address is inside a permit zone may apply. Proof of residence is required.

How much does a permit cost?
The annual fee is $35 for the first vehicle and $50 for each additional vehicle.

What if I move?
Return your permit to the Parking Office and apply again for your new zone.
"""

FAQ_JA = """\
よくある質問（粗大ごみの出し方）

Q1. 粗大ごみとは何ですか。
A. 一辺の長さが50センチメートルを超える家具や家電製品などです。

Q2. 申し込みはどうすればよいですか。
A. 収集日の一週間前までに、粗大ごみ受付センターへ電話で申し込んでください。
"""


@pytest.mark.parametrize("text, titles, numbers", [
    (FAQ_EN, ["Who can apply?", "How much does a permit cost?", "What if I move?"], [None, None, None]),
    (FAQ_JA, ["粗大ごみとは何ですか。", "申し込みはどうすればよいですか。"], ["1", "2"]),
])
def test_an_faqs_questions_head_their_answers(text, titles, numbers):
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == titles
    assert [s.number for s in talk.sections] == numbers
    assert all(len(s.paragraphs) == 1 for s in talk.sections)


def test_a_syllabus_headings_over_tables_and_after_fields():
    text = SYLLABUS + """
Grading
Homework\t40%
Midterm exam\t25%
Final project\t35%

Academic Integrity
All submitted work must be your own; collaboration is allowed only where stated.
"""
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["Course Description", "Grading", "Academic Integrity"]


def test_questions_in_running_prose_head_nothing():
    text = """\
1. Introduction
Why do small ports survive? Their trade is local and steady.

2. Method
We counted ships. Is a count enough?
It is, for the questions asked here.
Can it be repeated?
Yes, every year.
"""
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["Introduction", "Method"]
