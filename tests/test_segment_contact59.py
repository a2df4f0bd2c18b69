"""A closing contact block with neither heading nor label (helper news59, issue 16): a name line and a post or
office line over a telephone number or an e-mail address, under the last sentence of the text, is the document's
contact, ``front`` as a labelled one (``Media contact:``, helper prog58) is; it had stayed the story's last paragraphs
or its post line a heading. A number or address inside a sentence, and short lines with no means of contact, stay.
Made-up releases (also under /work/regress/in_news59/contact_*)."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

STORY = "{label}Harbour Alliance Opens Shared Flood Portal\n\n{dateline} Five port cities today launched a shared " \
        "flood warning portal. The portal links tide gauges in five harbours.\n\n\"Cooperation across borders saves " \
        "lives,\" said the alliance's director.\n\nThe portal will be open to the public from June.\n\n{foot}"


def _read(label: str, foot: str):
    [talk] = run_text(STORY.format(label=label, dateline="BERGEN, Norway —", foot=foot)).talks
    return [t.text for t in talk.front], [p.text for s in talk.sections for p in s.paragraphs] + \
        [s.title.text for s in talk.sections if s.title.text]


@pytest.mark.parametrize("label, foot", [
    ("FOR IMMEDIATE RELEASE\n\n", "Lars Eriksen\nCommunications Officer, City of Bergen\n+47 21 80 21 80\nlars.eriksen@bergen.example.no\n"),
    ("NEWS RELEASE\n\n", "Maria Gomez\nPublic Information Officer\n(951) 555-0142\nmgomez@riverside-library.example.org\n"),
    ("", "Ken Ito\nSpokesperson, Metro Transit\nken.ito@metrotransit.example.com\n"),  # no release's label, an e-mail alone
    ("Press Release\n\n", "Communications Division, Port of Kobe\nTel. +81 78 555 0100\npress@kobeport.example.jp\n"),
])
def test_an_unlabelled_closing_contact_is_front59(label, foot):
    front, body = _read(label, foot)
    lines = foot.strip().split("\n")
    assert all(line in front for line in lines)
    assert not any(line in body for line in lines)
    assert "The portal will be open to the public from June." in body


@pytest.mark.parametrize("foot", [
    "Residents with questions can call 503-555-0199 or write to recycle@portland.example.gov.\n",  # in a sentence
    "Chair\nAnne Lee\nTreasurer\nTom Hart\n",  # short lines, no means of contact
])
def test_a_contact_in_the_text_stays_its_text59(foot):
    front, body = _read("NEWS RELEASE\n\n", foot)
    assert not any(line in front for line in foot.strip().split("\n"))
