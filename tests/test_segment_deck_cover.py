"""An English deck alone, one slide per page with ``N/M`` numbers (trial 26): its cover's title is the talk's title
however long, when it is a title in title case; the cover's ``Name, Office`` line is the speaker."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

SLIDES = [("Why the Harbour Floods", "• Spring tides meet river floods twice a year"),
          ("Sensor Network", "• Twelve gauges along the quay"),
          ("Next Steps", "• Warn the ferry operators by text message")]


def _deck(title: str) -> str:
    n = len(SLIDES) + 1
    pages = [f"{title}\nResults of a two-year trial in the old port\nDr. Ana Ruiz, Harbour Safety Office\n\n1/{n}\n"]
    pages += [f"{head}\n{line}\n\n{k}/{n}\n" for k, (head, line) in enumerate(SLIDES, 2)]
    return "\f".join(pages)


@pytest.mark.parametrize("title", ["Warning the Old Port of Floods with Low-Cost Water-Level Gauges",
                                   "Flood Warnings for the Old Port",
                                   # trial 27: 14 words, over a slide title's 12
                                   "Warning the Old Port of Floods: Lessons from Two Winters of Twelve Gauges on the Quay"])
def test_a_decks_cover_title_is_the_talks_title(title):
    (talk,) = run_text(_deck(title)).talks
    assert talk.title.en is not None and talk.title.en.text == title
    # an academic title before the name is no part of it (docs/segment.md, "English speakers"; fresh-user trial 60): the
    # speaker's text keeps it
    assert talk.speaker.name is not None and talk.speaker.name.text == "Ana Ruiz"
    assert talk.speaker.text.text.startswith("Dr. Ana Ruiz")
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]


def test_a_long_sentence_opening_a_page_is_no_title():
    text = _deck("We measured the water level every ten minutes for two years in the old port.")
    (talk,) = run_text(text).talks
    assert talk.slides[0].title is None


@pytest.mark.parametrize("organisation", ["Lakeside Municipal Water Company, Finland", "Northfield Transit Authority",
                                          "Department of Civil Engineering, University of Oulu"])
def test_the_organisation_under_a_name_and_post_line_is_the_speakers(organisation):
    # trial 29: ``Name, Post`` over the organisation's line; the organisation was left among the cover's lines
    title = "Reducing Energy Use in Small Wastewater Plants"
    text = _deck(title).replace("Dr. Ana Ruiz, Harbour Safety Office\n", f"Anna Virtanen, Process Engineer\n{organisation}\n")
    (talk,) = run_text(text).talks
    assert talk.speaker.name.text == "Anna Virtanen"
    assert talk.speaker.affiliation.text == f"Process Engineer, {organisation}"
    assert talk.title.en.text == title


def test_a_line_under_the_speaker_that_names_no_organisation_stays_the_covers():
    text = _deck("Flood Warnings for the Old Port").replace(
        "Dr. Ana Ruiz, Harbour Safety Office\n", "Dr. Ana Ruiz, Harbour Safety Office\nTampere, 12 March 2024\n")
    (talk,) = run_text(text).talks
    assert talk.speaker.affiliation.text == "Harbour Safety Office"
