"""Made-up decks varied one thing at a time (session 55): a dump's cover date is never the title's next line.

Correct result written first: a deck dumped with its pages parted by form feeds and no page numbers, whose cover is
``title`` / ``office`` / ``date``, keeps the title alone; the office and the date stay the cover's lines.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

SLIDES = "\f".join([
    "Agenda\n1. Current situation\n2. Policy direction\n3. Next steps\n",
    "Current Situation\n- Bus ridership down 30% in ten years\n- Severe driver shortage\n- Mobility for older residents\n",
    "Ridership Trend\nYear  Riders (10k)\n2015  412\n2019  365\n2023  298\n",
    "Policy Direction\n- Trunk and feeder routes\n- Demand-responsive transport\n- Transfer discounts\n",
    "Next Steps\nFY2025  Plan\nFY2026  Pilot\nFY2027  Full service\n",
    "Thank you\n",
])
TITLES = ["Agenda", "Current Situation", "Ridership Trend", "Policy Direction", "Next Steps", "Thank you"]


@pytest.mark.parametrize("cover", [
    "Redesigning Local Public Transport\nKonan City Transport Division\n12 June 2025\n",
    "Redesigning Local Public Transport\n12 June 2025\n",
    "Redesigning Local Public Transport\nJune 2025\nKonan City Transport Division\n",
])
def test_cover_date_is_no_title_line(cover):
    [talk] = run_text(cover + "\f" + SLIDES).talks
    assert talk.slides[0].title.text == "Redesigning Local Public Transport"
    assert [s.title.text for s in talk.slides[1:]] == TITLES
    assert any("June 2025" in t.text for t in talk.slides[0].lines)
