"""Notes at a text's foot, one under the other, are one footnote each, a note's wrapped line joined to it (fresh-user
trial 58b: ``¹ See …`` / ``² The data …`` had become one footnote)."""

from tests.segment_inputs import run_text

TEXT = """Chapter 1
Introduction

1.1 Motivation
Flood risk in delta cities has grown steadily over the last three decades.¹ Existing models treat each city in isolation.

1.2 Outline
Chapter 2 reviews related work. Chapter 3 describes the data.²

¹ See the IPCC Sixth Assessment Report, Chapter 9.
² The data were collected in 2021 and 2022.
"""


def test_each_note_is_its_own_footnote():
    (talk,) = run_text(TEXT).talks
    assert [t.text for t in talk.footnotes] == [
        "¹ See the IPCC Sixth Assessment Report, Chapter 9.",
        "² The data were collected in 2021 and 2022.",
    ]


def test_a_notes_wrapped_line_is_joined_to_it():
    text = TEXT.replace("² The data were collected in 2021 and 2022.",
                        "² The data were collected in 2021 and 2022 by the cities' own survey offices and\nshared with us.")
    (talk,) = run_text(text).talks
    assert [t.text[:2] for t in talk.footnotes] == ["¹ ", "² "]
    assert talk.footnotes[1].text.endswith("shared with us.")
