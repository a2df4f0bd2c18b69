"""Helper panel84 (fresh-user trial 84b): a panel discussion's record, its people listed under its title.

1. A when/where field line (``会場：…``, ``場所：…``, ``日時：…``) over the list of people is the event's field, never a
   speaker's line nor an affiliation (``titleblock._WHEN_WHERE``).
2. A role label before a name (``司会　渡辺　直美（…）``) is the person's part, no part of the name
   (``front.PANEL_ROLES``); ``speaker.text`` keeps it as printed.
3. One affiliation a person: a body named by its legal person's kind written in Latin letters (``NPO法人…　代表``)
   is a body, so it takes nothing of the panelist's over it (``organisations.post_in_no_body``).

Made-up inputs in ``tests/data/panel84/`` (also ``/work/regress/in_panel84/`` with their expected readings, written
before the change). Near misses pass on both codes and say so.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.segment.organisations import post_in_no_body
from tests.segmenting import only_talk_of

DATA = Path(__file__).parent / "data" / "panel84"


def _people(name):
    talk, _ = only_talk_of(DATA / name)
    sp = talk.speaker
    return sp, [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in sp.authors]


def test_venue_line_is_no_speaker_nor_affiliation():
    sp, people = _people("v2_zadankai.txt")
    assert "会場" not in sp.text.text
    assert "会場" not in (sp.affiliation.text if sp.affiliation is not None else "")
    assert all(aff is None or "会場" not in aff for _, aff in people)


def test_role_label_is_no_part_of_the_name():
    sp, people = _people("v2_zadankai.txt")
    assert sp.name.text == "渡辺　直美"
    assert people[0] == ("渡辺　直美", "上田女子短期大学　教授")


def test_one_affiliation_a_line():
    _, people = _people("v2_zadankai.txt")
    assert people[1:] == [("松本　大樹", "上田市子ども未来部　課長"), ("井上　さおり", "NPO法人こそだてネット　代表")]
    _, people = _people("v1_sympo.txt")
    assert ("加藤　誠", "NPO法人ささえあい松本　事務局長") in people
    assert ("吉田　健", "一般社団法人やまのくらし　理事") in people


def test_npo_body_is_a_body():
    assert not post_in_no_body("NPO法人まちのあし　代表理事")


def test_near_miss_unit_of_no_body_and_post_first_line():
    """Near miss (passes on the base too): ``法人`` alone opens a unit, a post in no body; a post before the name
    that is no panel role stays as read."""
    assert post_in_no_body("法人営業部長")
    sp, people = _people("n1_nearmiss.txt")
    assert people == [("営業企画課長　山本　浩", "東西大学経営学部株式会社みなと商事")]


def test_english_first_twin_is_the_same_author():
    """4. A booklet's author line in both scripts, the English first (``Yuki Sato（…）　佐藤　由紀（…）``): one author,
    the Japanese, with the Japanese affiliation (``authors.twins_kept``)."""
    from tests.segmenting import segment_file

    talk = segment_file(DATA / "b1_booklet.txt").talks[0]
    assert [a.name.text for a in talk.speaker.authors] == ["佐藤　由紀"]
    assert talk.speaker.affiliation.text == "信州大学農学部"


def test_near_miss_two_people_in_two_scripts():
    """Near miss (passes on the base too): an English name that does not spell the Japanese one is another author."""
    from tests.segmenting import segment_file

    talk = segment_file(DATA / "b1_booklet.txt").talks[1]
    assert [a.name.text for a in talk.speaker.authors] == ["Anna Berg", "村上　聡"]
