"""A periodical's closing credit naming a person and, in brackets after the name, the body they edit for gives the
person as speaker and the body as affiliation (issue 16, fresh-user trial 68b; helper fix68d;
``letters.credit_signer``, ``letters._bracketed_body``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, run_text, speaker_texts as _speaker

BATTERY = Path(__file__).parent / "data" / "fix68d"  # copies of /work/regress/in_fix68d


@pytest.mark.parametrize("name, credit, speaker", [
    ("credit_ja1.txt", "編集：田中 美香（みどり台町内会広報部）", ("田中 美香", "みどり台町内会広報部")),
    ("credit_ja2.txt", "編集長：佐藤 健一（あおば台自治会）", ("佐藤 健一", "あおば台自治会")),
    ("credit_en1.txt", "Editor: Margaret Olsen (Riverside Residents' Association)",
     ("Margaret Olsen", "Riverside Residents' Association")),
    ("credit_en2.txt", "Edited by Tom Reyes (Oakfield Primary School PTA)", ("Tom Reyes", "Oakfield Primary School PTA")),
    ("credit_en3.txt", "Newsletter Editor: Priya Shah (Harbourside Community Trust)",
     ("Priya Shah", "Harbourside Community Trust")),
])
def test_a_credit_naming_a_person_and_their_body_names_both68(name, credit, speaker):
    (talk,) = run_text((BATTERY / name).read_text()).talks
    assert front_texts(talk)[-1] == credit
    assert _speaker(talk) == speaker
    assert talk.speaker.text.text == credit


@pytest.mark.parametrize("name, speaker", [
    ("credit_ja_body.txt", (None, None)),  # 編集・発行：あおば台自治会（広報部）: a body credited, no person speaks
    ("credit_en_body.txt", (None, None)),  # Published by Oakfield Primary School (Parents' Association)
    ("credit_en_aside.txt", ("Jane Roe", "Editor")),  # Editor: Jane Roe (until June): an aside, no body, no name
])
def test_a_bracket_naming_no_person_or_no_body_near_misses68(name, speaker):
    (talk,) = run_text((BATTERY / name).read_text()).talks
    assert _speaker(talk) == speaker
