"""Issue 16 point 2, helper credit70 (fresh-user trials 69b and 69d): a paper's or a deck's authors and affiliation as
its speaker.

1. A credit naming a public body by its kind and place set over two lines (``Ingrid Solberg`` / ``Port of
   Bergenvik``) is the name with that affiliation, as on one line after a comma (``titleblock._body_under_name``,
   ``cover._body_under_name``); ``Port of Naha`` heading a slide's points, or set apart from the name, stays a title.
2. An English post is a noun phrase of the office kind, its head a job title (``Harbour Master``, ``Park Warden``,
   ``Fire Commissioner``, ``Harbourmaster``: ``pipeline.names.post_head``), with or without a qualifying word; a head
   such as ``Master`` is a post only after its qualifying word (``Master of Science``, ``Harbour Master Plan 2030`` are
   none). A post between a name and an organisation is no second author.
3. ``speaker.text`` parts English credit lines as English writes them on one line, by ``, `` (a line led by an
   affiliation's mark too), and so does the affiliation of one person over several English lines
   (``joinlines.speaker_text``, ``joinlines.affiliation_lines``); Japanese lines are joined as before.
4. A letter's letterhead office over the body it belongs to (``Office of the Town Council`` / ``Town of Millbrook``) is
   one institution after the signer's post (``letters._with_body_under``).

Inputs: ``tests/data/credit70/`` (kept in ``/work/regress/in_credit70/``; ``f_en_paper.txt`` and ``d_en_letter.txt``
copied from ``in_trial69d``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "credit70"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _s(t) -> str | None:
    return t.text if t is not None else None


# 1. a two-line credit naming a public body

@pytest.mark.parametrize("name, person, affiliation", [
    ("a01_deck_twoline_port.txt", "Tomas Lindgren", "Port of Skalvik"),
    ("a02_paper_twoline_borough_caps.txt", "Megan Pryce", "BOROUGH OF ASHVALE"),
    ("a03_deck_twoline_county_dated.txt", "Annika Holm", "County of Vestmark"),
    ("a04_deck_name_over_post_port.txt", "Ahmed Rahimi", "Harbour Master, Port of Kestrel"),
])
def test_a_name_over_a_public_body_line_is_the_speaker_with_that_affiliation(name, person, affiliation):
    (talk,) = _talks(name)
    assert _s(talk.speaker.name) == person
    assert _s(talk.speaker.affiliation) == affiliation
    assert talk.subtitle.en is None


@pytest.mark.parametrize("name", ["n03_deck_port_of_call.txt", "n09_deck_port_title_numbered.txt",
                                  "n01_deck_port_title_apart.txt", "n02_deck_port_title_points.txt"])
def test_a_body_line_that_heads_points_or_names_no_place_is_no_affiliation(name):
    (talk,) = _talks(name)
    assert talk.speaker.affiliation is None


def test_a_port_line_over_its_points_stays_the_slide_title():
    (talk,) = _talks("n09_deck_port_title_numbered.txt")
    assert [(s.number, _s(s.title)) for s in talk.slides][1] == (1, "Port of Naha")


def test_body_under_name_on_a_cover():
    from pipeline.model import Text
    from pipeline.segment.cover import _body_under_name

    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    assert _body_under_name(mk("Ingrid Solberg", "Port of Bergenvik"), 0)
    assert not _body_under_name(mk("Ingrid Solberg", "Port of Naha", "• Cruise calls"), 0)
    assert not _body_under_name(mk("Ingrid Solberg", "Port of Call"), 0)


# 2. posts of the office kind

@pytest.mark.parametrize("name, talk_no, person, affiliation", [
    ("c01_proc_posts_en.txt", 0, "Grace Okoye", "Park Warden, Elmstead City"),
    ("c01_proc_posts_en.txt", 1, "Paul Mercer", "Fire Commissioner, Ashford City"),
    ("c01_proc_posts_en.txt", 2, "Sara Holm", "Station Master, Lindby City"),
    ("c02_deck_harbourmaster_one_word.txt", 0, "Dev Patel", "Harbourmaster, Port of Kestrel"),
    ("c03_paper_superintendent.txt", 0, "Lin Wei", "Building Superintendent, Westford Housing Trust"),
])
def test_a_post_of_the_office_kind_after_the_name_is_the_affiliation(name, talk_no, person, affiliation):
    talks = _talks(name)
    assert len(talks) == (3 if name.startswith("c01") else 1)
    talk = talks[talk_no]
    assert _s(talk.speaker.name) == person
    assert _s(talk.speaker.affiliation) == affiliation
    assert [_s(a.name) for a in talk.speaker.authors] == [person]


def test_trial_69d_harbour_master_gives_a_speaker():
    talks = run_text((Path(__file__).parent / "data" / "fix69i" / "numbered_city_en.txt").read_text("utf-8")).talks
    assert _s(talks[-1].speaker.name) == "Ahmed Rahimi"
    assert _s(talks[-1].speaker.affiliation) == "Harbour Master, Port Haldane City"


@pytest.mark.parametrize("words, n", [
    (["Harbour", "Master"], 0), (["Master", "of", "Science"], 0), (["Master", "Plan"], 0),
    (["Chief", "Master"], 2), (["Warden"], 1), (["Deputy", "Commissioner", "of", "Police"], 2),
    (["Harbourmaster"], 1), (["Captain", "Cook"], 0),
])
def test_english_post_words_opening(words, n):
    from pipeline.names import english_post_words

    assert english_post_words(words) == n


@pytest.mark.parametrize("text, post", [
    ("Harbour Master", True), ("Station Master", True), ("Park Warden", True), ("Fire Chief", True),
    ("Harbour Master Plan 2030", False), ("Master of Science", False), ("James Dean", False),
    ("The Old Master", False), ("Port Captain", True),
])
def test_post_alone(text, post):
    from pipeline.segment.names import post_alone_en

    assert post_alone_en(text) is post


def test_a_plan_named_after_a_post_is_no_speaker():
    (talk,) = _talks("n05_report_master_plan_title.txt")
    assert _s(talk.title.en) == "Harbour Master Plan 2030"
    assert talk.speaker.name is None


def test_a_degree_on_a_thesis_cover_is_no_post():
    (talk,) = _talks("n06_thesis_master_of_science.txt")
    assert _s(talk.speaker.name) == "Laura Kim"
    assert "Master" not in (_s(talk.speaker.affiliation) or "")


def test_a_title_opening_on_a_rank_stays_the_title():
    (talk,) = _talks("n07_paper_title_captain.txt")
    assert _s(talk.title.en) == "Captain Cook and the Pacific"
    assert _s(talk.speaker.name) == "Anna Berg"


def test_a_post_and_its_organisation_on_one_line():
    from pipeline.segment.organisations import post_and_organisation

    assert post_and_organisation("Harbour Master, Port Haldane")
    assert not post_and_organisation("Harbour Master Plan, Port Haldane")


# 3. speaker.text parted as English writes a credit on one line

@pytest.mark.parametrize("name, text", [
    ("f_en_paper.txt", "Laura Bennett and Tomas Ruiz, Department of Urban Studies, Northfield University"),
    ("b01_paper_two_authors_shared.txt", "Maria Lindqvist and Tomohiro Ueda, Nordic Institute of Transport, Uppsala"),
    ("b02_paper_marked_authors.txt", "Helena Marsh¹, Tobias Quint², ¹ Department of Geography, University of "
                                     "Carlisle, UK, ² Lakeland Trails Trust, Keswick, UK"),
    ("b03_paper_one_author_three_lines.txt", "Priya Raman, School of Environment, University of Westbrook"),
    ("a01_deck_twoline_port.txt", "Tomas Lindgren, Port of Skalvik"),
])
def test_speaker_text_parts_english_lines_by_a_comma(name, text):
    (talk,) = _talks(name)
    assert _s(talk.speaker.text) == text


def test_trial_69d_paper_keeps_both_authors_and_the_first_as_name():
    (talk,) = _talks("f_en_paper.txt")
    assert _s(talk.speaker.name) == "Laura Bennett"
    assert [_s(a.name) for a in talk.speaker.authors] == ["Laura Bennett", "Tomas Ruiz"]


def test_one_affiliation_over_english_lines_is_parted_by_a_comma():
    (talk,) = _talks("b03_paper_one_author_three_lines.txt")
    assert _s(talk.speaker.affiliation) == "School of Environment, University of Westbrook"


def test_japanese_speaker_lines_are_joined_as_before():
    (talk,) = _talks("n04_paper_ja_two_lines.txt")
    assert _s(talk.speaker.text) == "山田 太郎 北東大学 工学部"
    assert _s(talk.speaker.affiliation) == "北東大学 工学部"


def test_the_inserted_comma_has_no_raw_character():
    (talk,) = _talks("f_en_paper.txt")
    text = talk.speaker.text
    cut = text.text.index(", Department")
    assert text.origin[cut] is None and text.origin[cut + 1] is None


# 4. a letterhead's office over its body

@pytest.mark.parametrize("name, person, affiliation", [
    ("d_en_letter.txt", "Helen Marsh", "Town Clerk, Office of the Town Council, Town of Millbrook"),
    ("d01_letter_unit_over_council.txt", "Ruth Adebayo", "Planning Officer, Planning Department, Ashford Borough Council"),
    ("d03_letter_finance_over_council.txt", "Owen Lewis", "Revenues Manager, Finance Department, Westbrook City Council"),
    ("n08_letter_org_over_address.txt", "Tom Reyes", "Secretary, Harbourview Community Garden"),
])
def test_a_letterhead_office_over_its_body_is_one_institution(name, person, affiliation):
    (talk,) = _talks(name)
    assert _s(talk.speaker.name) == person
    assert _s(talk.speaker.affiliation) == affiliation


@pytest.mark.parametrize("text, post", [("Art Director", True), ("Jack Warden", False), ("Grant Manager", True)])
def test_a_given_name_before_a_surname_head_is_a_person(text, post):
    from pipeline.segment.names import _post_closes

    assert _post_closes(text) is post
