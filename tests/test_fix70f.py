"""Issue 16 point 2, helper fix70f (fresh-user trial 70b): notices and letters give their visible structure.

1. A doubled text layer (each line printed twice, the copies dropped by clean as ``doubled-layer`` rows) changes no
   other field: a raw line clean took out whole parts no letterhead's block (``letters.letterhead_institution``,
   ``letters._with_body_under`` read blank raw lines through the document's layout, no raw line numbers).

Inputs: ``tests/data/fix70f/`` (kept in ``/work/regress/in_fix70f/``; ``a11_doubled.txt`` copied from
``in_trial70b``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "fix70f"


def _talk(name: str):
    (talk,) = run_text((DATA / name).read_text(encoding="utf-8")).talks
    return talk


def _s(t) -> str | None:
    return t.text if t is not None else None


# 1. a doubled text layer changes no field

@pytest.mark.parametrize("doubled, single, affiliation", [
    ("a11_doubled.txt", "c11_single.txt", "Transport Team Manager, Transport Team, City of Bristol"),
    ("d01_doubled_office_body.txt", "d01_single_office_body.txt", "Town Clerk, Office of the Town Council, Town of Millbrook"),
    ("d03_doubled_parks.txt", "d03_single_parks.txt", "Parks Manager, Borough of Ashvale"),
])
def test_a_doubled_layer_keeps_the_letterheads_office_in_the_signers_affiliation(doubled, single, affiliation):
    twice, once = _talk(doubled), _talk(single)
    assert _s(once.speaker.affiliation) == affiliation
    assert _s(twice.speaker.affiliation) == affiliation
    assert _s(twice.speaker.name) == _s(once.speaker.name)


@pytest.mark.parametrize("name", ["n01_single_private.txt", "n01_doubled_private.txt"])
def test_an_addressees_council_after_a_blank_line_stays_no_affiliation_doubled_or_not(name):
    talk = _talk(name)
    assert _s(talk.speaker.name) == "Anne Hollis"
    assert talk.speaker.affiliation is None
