"""A letter's signer works at the institution its letterhead names (issue 16, trial 31): the speaker's affiliation is
the signature's post, a comma, and the letterhead's institution (``Director of Research Facilities, Halden Institute
of Marine Acoustics``); before, it was the post alone, and the institution the letter is written from was no part of
the speaker."""

from __future__ import annotations

from tests.segment_inputs import run_text

LETTERHEAD = """\
Kestrel Institute of Coastal Ecology
4 Harbour Row
Oban PA34 4LW
Scotland

3 April 2026

Prof. Ana Ruiz
Faculty of Marine Sciences
University of Vigo
Spain

Dear Professor Ruiz,

Re: Exchange of sediment samples

Thank you for your proposal to exchange sediment samples from our two estuaries. Our board has agreed to send you
twenty cores from the Firth of Lorn this summer, packed and labelled as your protocol asks.

Yours sincerely,

{signature}
"""


def _speaker(signature: str, text: str = LETTERHEAD):
    [talk] = run_text(text.format(signature=signature)).talks
    return talk.speaker


def test_the_letterheads_institution_follows_the_signers_post() -> None:
    speaker = _speaker("Fiona MacLeod\nHead of Laboratory Services")
    assert speaker.name.text == "Fiona MacLeod"
    assert speaker.affiliation.text == "Head of Laboratory Services, Kestrel Institute of Coastal Ecology"
    assert [a.affiliation.text for a in speaker.authors] == [speaker.affiliation.text]
    # the institution is a view into the letterhead's line, which stays front; the speaker's text is the signature
    assert speaker.affiliation.origin[-1][0] == 1
    assert speaker.text.text == "Fiona MacLeod, Head of Laboratory Services"


def test_a_signer_without_a_post_takes_the_institution_alone() -> None:
    speaker = _speaker("Fiona MacLeod")
    assert speaker.name.text == "Fiona MacLeod" and speaker.affiliation.text == "Kestrel Institute of Coastal Ecology"


def test_a_signature_naming_its_own_organisation_is_kept() -> None:
    """Do no harm: the signature says where the signer works (a field station of the institute, say)."""
    speaker = _speaker("Fiona MacLeod\nDirector\nLismore Field Station Centre")
    assert speaker.affiliation.text == "Director Lismore Field Station Centre"


def test_an_addressee_first_letter_takes_no_institution() -> None:
    """A letter that opens on its date and addressee (no letterhead): the addressee's university is not the signer's."""
    text = LETTERHEAD.split("\n\n", 1)[1]
    speaker = _speaker("Fiona MacLeod\nHead of Laboratory Services", text)
    assert speaker.affiliation.text == "Head of Laboratory Services"


def test_a_private_senders_letter_gives_the_addressees_council_to_no_one() -> None:
    """Review of 2 December: the sender's address names no organisation, the addressee's block under it does; the
    council is the addressee's, and the private signer had it as affiliation."""
    text = ("14 Mill Lane\nStroud\nGL5 1AA\n\nStroud District Council\nEbley Mill\nStroud GL5 4UB\n\n12 March 2025\n\n"
            "Dear Sir or Madam,\n\nI am writing to object to the planning application for the car park on Mill Lane. "
            "The lane is\nnarrow and the extra traffic would put children walking to school at risk.\n\n"
            "Yours faithfully,\n\n{signature}\n")
    speaker = _speaker("Jane Smith", text)
    assert speaker.name.text == "Jane Smith" and speaker.affiliation is None
