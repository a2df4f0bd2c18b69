"""Issue 16 point 2, helper fix70f (fresh-user trial 70b): notices and letters give their visible structure.

1. A doubled text layer (each line printed twice, the copies dropped by clean as ``doubled-layer`` rows) changes no
   other field: a raw line clean took out whole parts no letterhead's block (``letters.letterhead_institution``,
   ``letters._with_body_under`` read blank raw lines through the document's layout, no raw line numbers).

2. A press release's lead (the running text under its headline, over its numbered items ``１．日時``…) is its body's
   first section, no number, title or heading (``stage.release_lead_before_items``); a lead that is a date alone stays
   ``front``.

3. An English notice's headline set over its letterhead (``Notice of Road Closure`` / ``Transport Team, City of
   Bristol`` / ``Dear Residents,``) is its subject, the title (``stage._headline_over_letterhead``); a letter that opens
   on its letterhead or its sender keeps no title. The close and the signature under it are lines of their own, and so
   are the salutation and the text under it (``paragraphs.join_wraps``).
4. A notice's kind over a title naming what befalls a body with its article (``NOTICE`` / ``Temporary Closure of the
   Central Library``) titles the notice (``titleblock._EVENT_OF``); a body's name alone under it stays no title.

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


# 2. a press release's lead is its body

@pytest.mark.parametrize("name, opens, first_item", [
    ("a07_press.txt", "みなと市では、海岸の美化を目的として、", "日時"),
    ("p01_en_press.txt", "The City of Ashvale will hold a volunteer beach clean", "Date"),
    ("p02_ja_press.txt", "さくら市では、市民活動団体の活動を広く紹介するため、", "開催日"),
])
def test_a_press_releases_lead_over_its_items_is_the_bodys_first_section(name, opens, first_item):
    talk = _talk(name)
    lead, item = talk.sections[:2]
    assert (lead.number, lead.title.text, lead.heading) == (None, "", None)
    assert len(lead.paragraphs) == 1 and lead.paragraphs[0].text.startswith(opens)
    assert (item.number, item.title.text) == ("1", first_item)
    assert not any(t.text.startswith(opens) for t in talk.front)


def test_a_hard_wrapped_japanese_lead_is_joined_without_a_space():
    lead = _talk("a07_press.txt").sections[0].paragraphs[0].text
    assert "参加を希望される方は" in lead


def test_a_release_with_no_items_keeps_its_lead_as_its_body():
    talk = _talk("p03_ja_press_noitems.txt")
    assert [s.number for s in talk.sections] == [None]
    assert talk.sections[0].paragraphs[0].text.startswith("ひかり市水道局は、")


def test_a_release_whose_lead_is_a_date_alone_keeps_it_front():
    talk = _talk("m01_ja_press_datelead.txt")
    assert talk.sections[0].number == "1"
    assert "令和7年12月15日" in [t.text for t in talk.front]


# 3. an English notice's headline over its letterhead is its title

@pytest.mark.parametrize("name, title", [
    ("a11_doubled.txt", "Notice of Road Closure"),
    ("c11_single.txt", "Notice of Road Closure"),
    ("e01_en_notice_dear.txt", "Temporary Closure of Northgate Swimming Pool"),
])
def test_a_headline_over_the_letterhead_is_the_notices_title(name, title):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert title not in [t.text for t in talk.front]
    assert talk.sections and talk.sections[0].paragraphs


@pytest.mark.parametrize("name", ["n02_en_letter_nosubject.txt", "n03_en_letter_person_first.txt",
                                  "d03_single_parks.txt", "d01_single_office_body.txt"])
def test_a_letter_opening_on_its_letterhead_or_sender_has_no_title(name):
    assert _talk(name).title.en is None


@pytest.mark.parametrize("name, close, signer", [
    ("a11_doubled.txt", "Yours sincerely,", "J. Whitfield"),
    ("e01_en_notice_dear.txt", "Kind regards,", "Priya Nair"),
    ("n02_en_letter_nosubject.txt", "Yours sincerely,", "Alan Carter"),
])
def test_the_close_and_the_signature_are_lines_of_their_own(name, close, signer):
    front = [t.text for t in _talk(name).front]
    assert close in front and signer in front


def test_the_salutation_is_no_part_of_the_text_under_it():
    talk = _talk("e02_en_notice_address.txt")
    assert _s(talk.title.en) == "Changes to Garden Waste Collections"
    assert "Dear Householder," in [t.text for t in talk.front]
    assert talk.sections[0].paragraphs[0].text.startswith("From 1 April 2026")
    assert "Yours faithfully," in [t.text for t in talk.front]


# 4. a notice's kind over what befalls a body

@pytest.mark.parametrize("name, title, opens", [
    ("nt_en_notice_wrapped.txt", "Temporary Closure of the Central Library", "The Central Library will close"),
    ("t03_en_notice_the_body.txt", "Relocation of the Registration Office", "From 2 March 2026"),
])
def test_a_notice_kind_over_what_befalls_a_body_titles_the_notice(name, title, opens):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert talk.sections[0].paragraphs[0].text.startswith(opens)


def test_a_bodys_name_alone_under_a_notice_kind_is_no_title():
    assert _talk("n05_en_notice_org_under.txt").title.en is None
