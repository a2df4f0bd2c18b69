"""A numbered item's line that leaves its sentence open at the text's measure goes on in the next line (issue 16,
fresh-user trial 68b; helper fix68d; ``paragraphs.numbered_item_open``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import paragraphs, run_text

BATTERY = Path(__file__).parent / "data" / "fix68d"  # copies of /work/regress/in_fix68d

LETTER = """\
Ashford Borough Council

12 March 2025

Dear Resident,

Changes to Garden Waste Collection

We are writing to let you know about three changes to the garden waste service
from 1 April 2025.

1. Collections will move from weekly to fortnightly between December and
February.
2. The annual subscription will rise to £52.
3. Bins must be placed at the kerb by 7 a.m. on collection day.

Yours faithfully,

Jane Okafor
Head of Environmental Services
"""

ALLOTMENTS = """\
Allotment Tenancy Renewals

We are writing to let you know about the changes to allotment tenancies that
the council agreed at its meeting last month.

1. Rents for a full plot will rise from £40 to £46 a year from October, and
half plots will rise to £24.
2. Water troughs will be switched off between the first of November and
the end of February to protect the pipes.
3. Bonfires are not allowed on any site.

Please return the enclosed renewal form by 30 June.
"""


@pytest.mark.parametrize("text, items", [
    (LETTER, ["1. Collections will move from weekly to fortnightly between December and February.",
              "2. The annual subscription will rise to £52.",
              "3. Bins must be placed at the kerb by 7 a.m. on collection day."]),
    (ALLOTMENTS, ["1. Rents for a full plot will rise from £40 to £46 a year from October, and half plots will rise to £24.",
                  "2. Water troughs will be switched off between the first of November and the end of February to "
                  "protect the pipes.",
                  "3. Bonfires are not allowed on any site."]),
])
def test_a_numbered_items_wrapped_line_joins_it68(text, items):
    (talk,) = run_text(text).talks
    got = paragraphs(talk)
    for item in items:
        assert item in got


def test_a_numbered_heading_over_its_text_stays_a_heading68():
    (talk,) = run_text((BATTERY / "list_heading_en.txt").read_text()).talks
    assert [s.heading.text for s in talk.sections] == ["1. Introduction", "2. Methods", "3. Findings"]
    assert paragraphs(talk)[1] == "We surveyed 420 households and read their meters once a week from November to February."


def test_items_already_joined_read_as_before68():
    # a hanging continuation and ``1)`` items were joined before; a Japanese item too
    (talk,) = run_text((BATTERY / "list_indent_en.txt").read_text()).talks
    assert "1. The main library will open at 9 a.m. instead of 10 a.m. from Monday to Saturday." in paragraphs(talk)
    # (the notice closes on its issuing office set apart, its issuer since session 70, so its items are read as a
    # notice's numbered items: section 1 holds the item's joined sentence, its number the section's)
    (talk,) = run_text((BATTERY / "list_ja.txt").read_text()).talks
    assert "缶・びんの回収は、これまでの毎週火曜日から第1・第3木曜日に変わりますが、祝日の場合も回収します。" in paragraphs(talk)
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "3"]
