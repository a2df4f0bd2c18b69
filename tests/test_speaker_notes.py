"""A deck's speaker notes (trial 26): the lines under a slide that a presenter's notes label opens are the slide's
``notes``, each one paragraph with its wraps joined and its label kept, never among its ``lines``; in the talk JSON
too, schema-valid, every raw character still in exactly one talk."""

from __future__ import annotations

import json

import pytest
from reliability import accounting

from pipeline.structure.schema import schema_errors
from tests.segment_inputs import run_text

DECK = """Flood Warnings for the Old Port
Dr. Ana Ruiz, Harbour Safety Office

1/4
\fWhy the Harbour Floods
• Spring tides meet river floods twice a year
• Three floods since 2019

{label} Open with the photograph of the flooded fish market in
March 2023. Keep it short.

2/4
\fSensor Network
• Twelve gauges along the quay
{label} Say who paid for the gauges.

3/4
\fNext Steps
• Warn the ferry operators by text message
Note: the text service is free for operators

4/4
"""


@pytest.mark.parametrize("label", ["Notes:", "Speaker notes:", "Presenter Notes:"])
def test_a_notes_label_opens_the_slides_speaker_notes(label):
    (talk,) = run_text(DECK.format(label=label)).talks
    slide = talk.slides[1]
    assert slide.title is not None and slide.title.text == "Why the Harbour Floods"
    assert [t.text for t in slide.lines] == ["• Spring tides meet river floods twice a year", "• Three floods since 2019"]
    assert [t.text for t in slide.notes] == [f"{label} Open with the photograph of the flooded fish market in "
                                             "March 2023. Keep it short."]
    assert [t.text for t in talk.slides[2].notes] == [f"{label} Say who paid for the gauges."]
    # ``Note:`` is a slide's own line, no presenter's notes
    assert [t.text for t in talk.slides[3].lines][-1] == "Note: the text service is free for operators"
    assert not talk.slides[0].notes and not talk.slides[3].notes


def test_a_bare_notes_label_on_one_slide_is_the_slides_own_line():
    # a chart's ``Notes: …`` over its ``Source: …``: once in the deck, no presenter's notes (review of trial 26's rule)
    text = DECK.format(label="Notes:").replace("Notes: Say who paid for the gauges.\n", "")
    (talk,) = run_text(text).talks
    assert not any(sl.notes for sl in talk.slides)
    assert "Notes: Open with the photograph of the flooded fish market in" in [t.text for t in talk.slides[1].lines]


def test_speaker_notes_reach_the_talk_json(tmp_path):
    path = tmp_path / "deck.txt"
    path.write_text(DECK.format(label="Notes:"), encoding="utf-8")
    raw, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    (talk,) = talks
    assert schema_errors(talk) == []
    slide = talk["slides"][1]
    assert slide["notes"] == ["Notes: Open with the photograph of the flooded fish market in March 2023. Keep it short."]
    assert len(slide["note_tokens"]) == 1 and slide["note_tokens"][0][0]["surface"] == "Notes"
    assert "notes" not in talk["slides"][3]  # absent where a slide has none
    assert json.dumps(talk, ensure_ascii=False).count("Open with the photograph") == 1
