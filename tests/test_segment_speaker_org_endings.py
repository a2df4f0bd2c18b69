"""A speaker line ``Name, Organisation`` whose organisation is named by an ending word (trial 44: ``Yuki Harada, Awa
Folk Crafts Archive`` went to front and the note had no speaker). Made-up dumps of other topics."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

NOTE = """\
Field Report: Restoring Dry-Stone Terraces in Liguria
{speaker}

Summary
This report describes how volunteers rebuilt three dry-stone terraces above the village in the spring of 2024, and
what the work cost in time and stone.

1 Background
The terraces were built in the eighteenth century and fell out of use in the 1960s.
"""


@pytest.mark.parametrize("speaker, name, affiliation", [
    ("Marta Rossi, Cinque Terre Landscape Archive", "Marta Rossi", "Cinque Terre Landscape Archive"),
    ("Paolo Neri, Riviera Growers Cooperative", "Paolo Neri", "Riviera Growers Cooperative"),
    ("Anna Ferri, Ligurian Farmers Union", "Anna Ferri", "Ligurian Farmers Union"),
])
def test_a_name_and_an_organisation_named_by_its_ending_word_is_the_speaker(speaker, name, affiliation) -> None:
    talk = run_text(NOTE.format(speaker=speaker)).talks[0]
    assert talk.speaker is not None
    assert talk.speaker.name.text == name
    assert talk.speaker.affiliation.text == affiliation
