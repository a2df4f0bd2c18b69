"""A speaker box on two lines, the post over a name that lost most of its glyphs (``港北市国際部長`` / ``�川 ��``):
the name line is kept (clean's illegible rule leaves a name's shape), read as the speaker's name under the post, its
gaps kept for restore to abstain on (review 48: the talk had no speaker, the name only in the ledger)."""

from tests.segment_inputs import run_text

TALK = "港北市\n坂の町の国際交流\n港北市国際部長\n\ufffd川 \ufffd\ufffd\n1. はじめに\n本市は古くから海外との交流の窓口であった。\n" \
       "Kohoku City\nInternational Exchange of a Hill Town\nThank you\n"


def test_post_over_a_gapped_name():
    (talk,) = run_text(TALK).talks
    assert talk.speaker.name.text == "\ufffd川 \ufffd\ufffd"
    assert talk.speaker.affiliation.text == "港北市国際部長"
