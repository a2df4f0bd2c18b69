"""A hand-wrapped English dump (lines of about 70 characters, blank lines or none between paragraphs) rejoins into
paragraphs, and a numbered heading in step with the one before is never glued to the paragraph before it, whether or
not that paragraph's last line ends a sentence (issue 16)."""

import pytest

from tests.segment_inputs import run_text

INTRO = ("Cranes in the harbour are inspected by hand twice a year, and the",
         "inspections take each crane out of service for most of a working day.",
         "The pilot described here tested whether a small set of sensors could",
         "find the same faults earlier and without stopping the cranes at all")
METHOD = ("Each crane carried three accelerometers fixed to the boom, the trolley",
          "and the spreader. They sampled at one kilohertz and sent hourly",
          "summaries to a server in the port office over the existing network.")
RESULTS = ("The boom sensors recorded the largest amplitudes during loading, and",
           "the peaks were highest in the coldest weeks of the trial.")


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("stop", ["", "."])
def test_numbered_headings_in_step_stand_apart(gap, stop):
    intro = INTRO[:-1] + (INTRO[-1] + stop,)
    text = "\n".join(["Harbour Crane Vibration Monitoring", "", "1 Introduction", *intro, gap + "2 Sensor placement and sampling",
                      *METHOD, gap + "2.1 The boom", *RESULTS, ""])
    (talk,) = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "Introduction"), ("2", "Sensor placement and sampling"), ("2.1", "The boom")]
    assert [[p.text for p in s.paragraphs] for s in talk.sections] == [
        [" ".join(intro)], [" ".join(METHOD)], [" ".join(RESULTS)]]

