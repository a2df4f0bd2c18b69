"""An English paper's title wrapped over two or three lines above its authors, or set on one long line, is the
title whole (trial 40: ``Fatigue Behaviour of Additively Manufactured Ti-6Al-4V Lattice`` / ``Specimens under
Variable-Amplitude Loading`` had been cut to its second line, the first going to ``front``, because a four-word line
with ``under`` in small letters was read as no title phrase; the same title on one line of 105 characters had been no
title at all, over the 80 characters a title line had at most, and the title and its authors went to ``front``).
Made-up reports of other topics, through extract, clean and segment. A short title with its subtitle under it keeps
the subtitle apart from the title."""

from __future__ import annotations

from pipeline.segment.titleblock import is_title_line
from tests.segment_inputs import run_text

BODY = """
Abstract
Sediment cores were taken from twelve sites along the estuary in two seasons and
their grain sizes and organic content were measured in the laboratory. The cores
show that fine sediment settles mostly in the inner basin during the winter months.

1 Introduction
Estuaries trap fine sediment where river water meets the tide, and the pattern of
deposition decides how often the navigation channel must be dredged each year.
"""

AUTHORS = """
Marta Kowalczyk¹, Tomasz Lindgren²
¹ Department of Earth Sciences, University of Eastmoor
² Coastal Research Institute, Harwick
"""


def _talk(title: str):
    [talk] = run_text(title + "\n" + AUTHORS + BODY).talks
    return talk


def _title_and_front(talk) -> tuple[str | None, list[str]]:
    return (talk.title.en.text if talk.title.en is not None else None), [t.text for t in talk.front]


def test_title_wrapped_over_two_lines_with_a_long_preposition_is_one_title():
    talk = _talk("Seasonal Deposition of Fine Sediment in the Inner Basin of a Tidal\n"
                 "Estuary beneath Saltmarsh Pools during Spring Tides")
    title, front = _title_and_front(talk)
    assert title == ("Seasonal Deposition of Fine Sediment in the Inner Basin of a Tidal Estuary beneath Saltmarsh "
                     "Pools during Spring Tides")
    assert front == []
    assert [a.name.text for a in talk.speaker.authors] == ["Marta Kowalczyk", "Tomasz Lindgren"]
    assert talk.id.startswith("seasonal-deposition")


def test_title_wrapped_over_three_lines_is_one_title():
    talk = _talk("A Comparison of Grain-Size Distributions in Estuarine Sediment Cores\n"
                 "Taken beneath Tidal Channels during Spring Floods and\n"
                 "Dredging Records of the Harwick Channel")
    title, front = _title_and_front(talk)
    assert title == ("A Comparison of Grain-Size Distributions in Estuarine Sediment Cores Taken beneath Tidal Channels "
                     "during Spring Floods and Dredging Records of the Harwick Channel")
    assert front == []


def test_long_title_on_one_line_is_the_title_and_its_authors_the_speaker():
    line = "Seasonal Deposition of Fine Sediment beneath Saltmarsh Pools in the Inner Basin of the Harwick Estuary"
    assert len(line) > 100
    talk = _talk(line)
    title, front = _title_and_front(talk)
    assert title == line
    assert front == []
    assert talk.speaker.name.text == "Marta Kowalczyk"
    assert [a.affiliation.text for a in talk.speaker.authors] == ["Department of Earth Sciences, University of Eastmoor",
                                                                  "Coastal Research Institute, Harwick"]


def test_short_title_keeps_its_subtitle_line_apart():
    # a short title is no title wrapped: the line under it is its subtitle (or front), never part of the title
    talk = _talk("Mud in Motion\nSediment Budgets under Changing Tides")
    title, _ = _title_and_front(talk)
    assert title == "Mud in Motion"
    assert talk.speaker.name.text == "Marta Kowalczyk"


def test_a_long_line_of_running_text_is_still_no_title_line():
    # only a line in title case may run past 80 characters as a title
    assert not is_title_line("Sediment cores were taken from twelve sites along the estuary in two seasons and their "
                             "grain sizes were measured")
    assert not is_title_line("Seasonal Deposition of Fine Sediment beneath Saltmarsh Pools in the inner basin of the "
                             "estuary was measured")
