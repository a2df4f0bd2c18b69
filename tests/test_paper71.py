"""Issue 16 point 2, helper paper71: a paper's title block (title, subtitle, authors and affiliation as ``speaker``).

1. A Japanese title over an unmarked subtitle over the block's credit (an office credited alone, ``やまなみ町 企画課``,
   or an office and a person on one line) keeps its title: the line between is ``subtitle.ja``
   (``titleblock._ja_subtitle_over_credit``; fix70a's strict xfail). Before, the block under the title outscored it:
   the subtitle was ``title.ja``, the title ``front``.
2. A name written surname first over its affiliation (``Smith, John``, ``Smith, J.``, ``SMITH, John``, ``Smith, John;
   Lee, Anna``) is the authors' line, each name written as it stands (``names.inverted_names``,
   ``front._inverted_authors``); it had been ``title.en``, the real title ``front``, no one named.
3. A Japanese line of names left open on ``、``, ``，`` or ``・`` goes on on the next line (``山田太郎、佐藤花子、`` /
   ``鈴木一郎（青葉大学）``), over several lines too, as an English line left open on ``,``/``and`` does
   (``names.wrapped_names``); names sharing one bracketed affiliation after the last (``…、鈴木一郎（青葉大学）``) each
   have it (``names.shared_bracket_authors``).

Near misses: a title wrapped over two lines over its office, a name between title and office, a title with commas
(``Rivers, Roads and Rails``), a place or a firm under a name (``Bergen, Norway``, ``Tanaka, Evans and Partners
Ltd``), ``Paris, France`` over a department, body sentences ending in ``、`` at a page break, whole lines of names.

Inputs: ``tests/data/paper71/`` (kept in ``/work/regress/in_paper71/``; ``t70b_n01_…`` from ``in_fix70d``, trial 70b's
near miss).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_file
from tests.segmenting import authors_of as _authors, text_of as _s

DATA = Path(__file__).parent / "data" / "paper71"


def _talk(name: str):
    (talk,) = run_file((DATA / name).read_bytes(), name).talks
    return talk


# -- 1. a Japanese subtitle over the credit ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, subtitle, affiliation", [
    ("a1_ja_office_subtitle.txt", "河川敷の利活用に向けて", "市民協働による維持管理", "みどり市 建設部 河川課"),
    ("a2_ja_office_subtitle_bureau.txt", "学校給食における地産地消の推進", "地元農家との連携", "青森県 教育庁 スポーツ健康課"),
    ("a3_ja_office_subtitle_town.txt", "高齢者の移動を支える乗合タクシー", "中山間地域での3年間", "さくら町役場 総務課"),
    ("a4_ja_office_subtitle_marks.txt", "図書館における子ども読書活動の推進", "読み聞かせボランティアの育成", "港北市立中央図書館"),
])
def test_japanese_subtitle_over_an_office_credited_alone(name, title, subtitle, affiliation):
    talk = _talk(name)
    assert (_s(talk.title.ja), _s(talk.subtitle.ja)) == (title, subtitle)
    assert (_s(talk.speaker.affiliation), talk.speaker.name) == (affiliation, None)
    assert [t.text for t in talk.front] == []


def test_japanese_subtitle_over_an_office_and_a_person():
    talk = _talk("n02_ja_title_person_office.txt")
    assert (_s(talk.title.ja), _s(talk.subtitle.ja), _s(talk.speaker.name)) \
        == ("河川敷の利活用に向けて", "市民協働による維持管理", "山田 太郎")


@pytest.mark.parametrize("name, title, name_", [
    ("n01_ja_title_wrapped_office.txt", "地方都市における公共交通の再編と住民の移動", None),
    ("n03_ja_title_office_only.txt", "河川敷の利活用に向けて", None),
    ("n04_ja_title_name_office.txt", "河川敷の利活用に向けて", "山田 太郎"),
])
def test_japanese_near_misses_have_no_subtitle(name, title, name_):
    talk = _talk(name)
    assert (_s(talk.title.ja), talk.subtitle.ja, _s(talk.speaker.name)) == (title, None, name_)


def test_a_label_set_wide_under_a_case_line_is_no_subtitle():
    # a court decision's ``判　　決`` between its case line and its court stays the title (helper fix67b's reading)
    talk = _talk("n05_ja_spaced_label_over_court.txt")
    assert (_s(talk.title.ja), talk.subtitle.ja) == ("判決", None)


# -- 2. names written surname first ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, title, people, affiliation", [
    ("t70b_n01_surname_first.txt", "Rain Gardens in Practice", ["Smith, John"],
     "Department of Geography, University of Sheffield, UK"),
    ("b1_surname_first.txt", "Flood Defences for Market Towns", ["Miller, Sarah"],
     "School of Civil Engineering, University of Leeds"),
    ("b2_surname_initial.txt", "Cycle Lanes and Retail Footfall", ["Smith, J."], "Department of Geography, University of Bristol"),
    ("b3_surname_capitals.txt", "Heat Networks in Social Housing", ["SMITH, John"],
     "Institute for Energy Studies, Marston University"),
    ("b4_two_surname_first.txt", "Community Gardens and Wellbeing", ["Smith, John", "Lee, Anna"],
     "Department of Public Health, University of Leeds"),
    ("b5_surname_first_middle.txt", "Water Meters and Household Demand", ["Carter, Emily R."],
     "Water Research Centre, Northfield University, UK"),
    ("b6_three_surname_first.txt", "Noise Barriers on Urban Motorways", ["Brooks, David", "Price, Laura", "Webb, Peter"],
     "Acoustics Group, Marston University"),
])
def test_names_written_surname_first_are_the_authors(name, title, people, affiliation):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert _authors(talk) == [(p, affiliation) for p in people]
    assert (_s(talk.speaker.name), _s(talk.speaker.affiliation)) == (people[0], affiliation)
    assert [t.text for t in talk.front] == []


@pytest.mark.parametrize("name, title, people, affiliation", [
    ("m1_title_comma.txt", "Rivers, Roads and Rails", ["Maria Lindqvist"], "Department of Civil Engineering, Lund University"),
    ("m2_title_comma_only.txt", "Rivers, Roads and Rails", [], "Department of Civil Engineering, Lund University"),
    ("m3_place_under_name.txt", "Harbour Walls in Winter", ["Anna Berg"], "Bergen, Norway"),
    ("m5_firm_under_name.txt", "Retail Parks and Car Use", ["Anna Berg"], "Tanaka, Evans and Partners Ltd"),
    ("m6_title_two_words_comma.txt", "Hope, Faith", [], "Department of Theology, Durham University"),
])
def test_commas_that_part_no_inverted_name_as_before(name, title, people, affiliation):
    talk = _talk(name)
    assert _s(talk.title.en) == title
    assert [a for a, _ in _authors(talk)] == people
    assert _s(talk.speaker.affiliation) == affiliation


def test_a_place_over_a_department_names_no_one():
    talk = _talk("m4_name_place_comma.txt")
    assert (_s(talk.title.en), talk.speaker.name) == ("Harbour Walls in Winter", None)


# -- 3. Japanese names wrapped after 、 or ・ -------------------------------------------------------------------------

@pytest.mark.parametrize("name, people, affiliation", [
    ("c1_ja_names_wrapped_comma.txt", ["山田太郎", "佐藤花子", "鈴木一郎"], "青葉大学"),
    ("c2_ja_names_wrapped_dot.txt", ["中村 さくら", "小林 大輔", "高橋 美咲"], "南北大学 観光学部"),
    ("c3_ja_names_wrapped_fullcomma.txt", ["田中一郎", "伊藤健", "渡辺直子", "加藤恵"], "北海道大学大学院農学研究院"),
    ("c5_ja_names_wrapped_three_lines.txt", ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "伊藤健"], "東西大学農学部"),
    ("c6_ja_names_shared_bracket_one_line.txt", ["山田太郎", "佐藤花子"], "青葉大学"),  # (read so before)
    ("c7_ja_three_names_shared_bracket_one_line.txt", ["山田太郎", "佐藤花子", "鈴木一郎"], "青葉大学"),
    ("o4_ja_names_dot_whole.txt", ["山田太郎", "佐藤花子"], "東西大学工学部"),
])
def test_japanese_names_wrapped_after_a_comma_are_every_author(name, people, affiliation):
    talk = _talk(name)
    assert _authors(talk) == [(p, affiliation) for p in people]
    assert _s(talk.speaker.affiliation) == affiliation
    assert [t.text for t in talk.front] == []


def test_names_each_with_brackets_wrapped_as_before():
    talk = _talk("c4_ja_names_wrapped_brackets.txt")
    assert _authors(talk) == [("山田 太郎", "東北大学"), ("佐藤 花子", "京都大学"), ("鈴木 一郎", "青葉大学")]


@pytest.mark.parametrize("name", ["o1_ja_body_comma_pagebreak.txt", "o2_ja_body_names_comma_pagebreak.txt"])
def test_body_sentence_left_open_at_a_page_break_names_no_author(name):
    talk = _talk(name)
    assert _authors(talk) == [("山田 太郎", "青葉大学")]
    assert talk.sections[0].title.text == "はじめに"
    assert "、" in talk.sections[0].paragraphs[0].text


def test_title_wrapped_on_a_comma_is_no_author():
    talk = _talk("o3_ja_title_wrapped_comma.txt")
    assert _authors(talk) == [("山田 太郎", "みどり市 都市計画課")]
