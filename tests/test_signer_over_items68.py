"""A notice signed between its preamble and ``記`` names its signer as speaker, its closing ``以上`` under a last
contact section is set aside (fresh-user trial 68d's 告示); a periodical's credit printing the editor's post after the
name (``Edited by Tom Reyes, Year 4 teacher``) or department before it (``編集：広報部　田中 美香``) names the editor
(helper fix68n; ``stage``, ``letters._japanese_signer``, ``letters._named_with_post``, ``sections.split_paper``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts, last_paragraphs, run_text, speaker_texts as _speaker

BATTERY = Path(__file__).parent / "data" / "fix68n"  # copies of /work/regress/in_fix68n


def _run(name):
    (talk,) = run_text((BATTERY / name).read_text()).talks
    return talk


@pytest.mark.parametrize("name, speaker", [
    ("n1_notice_kokuji.txt", ("高橋 健二", "あおば町長")),
    ("n2_notice_office.txt", ("山口 美\ufffd子", "さくら市教育委員会教育長")),  # the name keeps its gap
    ("n3_notice_post_only.txt", (None, "みなと市長")),  # a post alone: no name invented
])
def test_a_signer_under_its_date_over_ki_is_the_speaker68(name, speaker):
    talk = _run(name)
    assert _speaker(talk) == speaker
    assert "記" in front_texts(talk)


@pytest.mark.parametrize("name", ["n4_nearmiss_items_no_signer.txt", "n5_nearmiss_contact_over_ki.txt"])
def test_no_signer_over_ki_near_misses68(name):
    assert _speaker(_run(name)) == (None, None)


@pytest.mark.parametrize("name", ["n2_notice_office.txt", "n4_nearmiss_items_no_signer.txt"])
def test_closing_ijou_under_a_contact_section_is_no_paragraph68(name):
    talk = _run(name)
    assert last_paragraphs(talk) and last_paragraphs(talk)[-1] != "以上"
    assert not any(p.text.strip() == "以上" for s in talk.sections for p in s.paragraphs)
    assert "以上" not in front_texts(talk)


@pytest.mark.parametrize("name, speaker", [
    ("c1_newsletter_compiled.txt", ("Priya Nair", "Community Development Officer")),
    ("c2_newsletter_nl_edited.txt", ("Sam Porter", "Library Assistant")),
    ("c4_jnews_dept.txt", ("田中 美香", "広報部")),
])
def test_a_credit_with_the_editors_post_names_the_editor68(name, speaker):
    talk = _run(name)
    assert _speaker(talk) == speaker
    assert talk.speaker.text.text == front_texts(talk)[-1]


@pytest.mark.parametrize("name", ["c3_nearmiss_edited_org.txt", "c5_jnews_dept_nonname.txt"])
def test_a_credit_naming_no_person_near_misses68(name):
    assert _speaker(_run(name)) == (None, None)
