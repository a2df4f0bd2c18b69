"""An English report's authors marked with numbers in round brackets (``Name (1), Name (2)``) over affiliation lines
opening with the same marks (``(1) Department …``): the authors, each with the affiliation its mark points to (a
fresh user's trial, session 49: the authors' line had become the title and the speaker had no name)."""

from __future__ import annotations

from segment_inputs import one_talk

REPORT = """Tidal Energy Storage in Small Harbours

Ana Ruiz (1), Li Wei (2), Sam Cole (1,2)
(1) School of Marine Engineering, Northfield University, Norway
(2) Coastal Power Laboratory, Harbourtown Institute of Technology, Chile

Abstract
Small harbours see strong tidal flows twice a day, but their grids are weak. We model a storage scheme that
smooths the output of two turbines and test it against a year of measured currents.

1 Introduction
Harbour authorities want power they can plan for, and tides are predictable but uneven over a day.
"""


def test_authors_marked_in_round_brackets_are_the_authors_not_the_title():
    talk = one_talk(REPORT)
    assert talk.title.en.text == "Tidal Energy Storage in Small Harbours"
    authors = [(a.name.text, a.affiliation.text if a.affiliation else None) for a in talk.speaker.authors]
    assert authors == [("Ana Ruiz", "School of Marine Engineering, Northfield University, Norway"),
                       ("Li Wei", "Coastal Power Laboratory, Harbourtown Institute of Technology, Chile"),
                       ("Sam Cole", "School of Marine Engineering, Northfield University, Norway; "
                                    "Coastal Power Laboratory, Harbourtown Institute of Technology, Chile")]

