"""Issue 16 point 3 and speakers (helper place64), each fault as a kind, with made-up variants and near misses
(inputs in tests/data/place64/, copies in /work/regress/in_place64/):

a. a city's English name of several words is read whole from the talk's own English (``Ho Chi Minh``, ``Rio de
   Janeiro``, ``Hong Kong``; ``Chi Minh`` and ``Hong`` before), and a city ISO 3166-2 lists as a city whose
   GeoNames' name is spelled otherwise (``Ulaanbaatar``, GeoNames' ``Ulan Bator``) names its city line's city;
b. a talk with no city line takes its city from the speaker's affiliation naming a municipality's office, never
   from a university's or a company's name holding a place;
c. a post alone on a speaker's line is no speaker's name.
"""

from pathlib import Path

import pytest

from pipeline.model import Text
from pipeline.segment.places import find_city_en, place_names_city
from segment_inputs import run_file

DATA = Path(__file__).parent / "data" / "place64"


def _talks(name):
    doc = run_file((DATA / name).read_bytes(), name)
    return sorted(doc.talks, key=lambda t: t.first_line)


def _city(talk):
    return (talk.city.ja.text if talk.city.ja is not None else None,
            talk.city.en.text if talk.city.en is not None else None)


# -- a. a city's English name of several words ------------------------------------------------------------------

@pytest.mark.parametrize("ja, line, en", [
    ("ホーチミン市", "Building the Metro in Ho Chi Minh City", "Ho Chi Minh"),   # its City the suffix, as Kobe City's
    ("ホーチミン", "Ho Chi Minh City People's Committee", "Ho Chi Minh"),
    ("リオデジャネイロ", "Favela Upgrading in Rio de Janeiro", "Rio de Janeiro"),  # a small word inside
    ("香港", "High-Density Housing in Hong Kong", "Hong Kong"),                 # EDICT's gloss, two words as one
    ("ウランバートル", "Air Pollution in Ulan Bator", "Ulan Bator"),
])
def test_a_city_name_of_several_words_is_read_whole(ja, line, en):
    assert find_city_en(ja, [Text.from_raw(line, 3)]).text.text == en


@pytest.mark.parametrize("ja, line, en", [
    ("クアラルンプール", "Kuala Lumpur Transit Plan", "Kuala Lumpur"),  # the run ends where the name does
    ("神戸市", "Port Renewal in Kobe City", "Kobe"),
    ("港町市", "Tourism Promotion in Minatomachi City", "Minatomachi"),
    ("シアトル市", "Sister Cities and Story Telling", None),          # a common word names no foreign place
    ("ホーチミン", "Metro Line Opened", None),
])
def test_near_misses_keep_their_reading(ja, line, en):
    found = find_city_en(ja, [Text.from_raw(line, 3)]).text
    assert (found.text if found is not None else None) == en


def test_an_english_place_line_of_several_words_opens_its_block():
    # ``Ho Chi Minh City, Vietnam`` over the English title: the city's English, the title ``title.en`` (it had been
    # front, the place line no place line, its name three words)
    (talk,) = _talks("a5_english_first.txt")
    assert _city(talk) == ("ホーチミン市", "Ho Chi Minh")
    assert talk.title.en is not None and talk.title.en.text == "Building the Metro"
    # a title naming its city stays the title, the address under the author front (as before)
    (talk,) = _talks("n3_city_words_title.txt")
    assert talk.title.en.text == "Kobe City and the Sea"


def test_a_city_division_iso_spells_as_the_talk_does_is_a_city():
    english = [Text.from_raw("Air Pollution Measures in Ulaanbaatar", 3)]
    assert place_names_city("ウランバートル", english)
    assert place_names_city("ホーチミン", [Text.from_raw("Metro in Ho Chi Minh City", 3)])
    # a province's name stays no city
    assert not place_names_city("広東", [Text.from_raw("Guangdong's Factories", 3)])


@pytest.mark.parametrize("name, cities", [
    ("a1_hcmc.txt", [("ホーチミン市", "Ho Chi Minh")]),
    ("a2_asia_capitals.txt", [("ウランバートル", "Ulaanbaatar"), ("プノンペン", "Phnom Penh"),
                              ("クアラルンプール", "Kuala Lumpur")]),
    ("a3_americas.txt", [("リオデジャネイロ", "Rio de Janeiro"), ("ブエノスアイレス", "Buenos Aires"),
                         ("サンフランシスコ", "San Francisco")]),
    ("a4_delhi_hk.txt", [("香港", "Hong Kong"), ("ニューデリー", "New Delhi")]),
    ("a6_kuala_lumpur_en.txt", [("クアラルンプール", "Kuala Lumpur")]),
    ("a7_deck_cover_label.txt", [("ホーチミン市", "Ho Chi Minh")]),  # the slides' ``HO CHI MINH CITY`` read whole
    ("n1_japanese_cities.txt", [("神戸市", "Kobe"), ("港町市", "Minatomachi")]),  # as before
])
def test_a_proceedings_talks_cities(name, cities):
    assert [_city(t) for t in _talks(name)] == cities


# -- b. a talk with no city line: the speaker's office names the city ------------------------------------------

@pytest.mark.parametrize("name, talks", [
    # (city, speaker's name): a municipality's office after a division with no post, a people's committee
    ("b1_no_city_line.txt", [(("ベンガルール市", "Bengaluru"), "ラジェシュ・クマール"),
                             (("ホーチミン市", "Ho Chi Minh"), "レ・ティ・ラン")]),
    # an English affiliation names the city's English only (never a guessed Japanese)
    ("b2_english_speaker.txt", [((None, "Bengaluru"), "Priya Nair")]),
    # near misses: a university's or a company's name holding a place names no city
    ("nb1_university_company.txt", [((None, None), "鈴木 一郎"), ((None, None), "田中 次郎")]),
    ("nb2_kyoto_university.txt", [((None, None), "Hiroshi Yamamoto")]),
])
def test_the_speakers_office_names_the_city_where_no_city_line_does(name, talks):
    found = _talks(name)
    assert [(_city(t), t.speaker.name.text if t.speaker.name is not None else None) for t in found] == talks
    for talk, ((city, _), _) in zip(found, talks):
        rows = [e.detail for e in talk.evidence if e.kind == "city"]
        assert (city is not None) == any("the speaker's affiliation names" in r for r in rows)


# -- c. a post alone is no speaker's name ------------------------------------------------------------------------

@pytest.mark.parametrize("name, speakers", [
    # (name, affiliation)
    ("c1_post_alone.txt", [(None, None), (None, None)]),           # 担当マネージャー, 課長 alone: no one named
    ("c6_post_lines.txt", [(None, None)]),
    ("c2_project_manager.txt", [(None, "Project Manager, Riverside City Transport Department")]),
    ("c7_deputy_director.txt", [(None, "Deputy Director, Eastbrook Borough Council")]),
    # the real name beside the post
    ("c3_post_beside_name.txt", [("佐藤 花子", "港北市 観光課 担当マネージャー")]),
    # the post between the name and the organisation is no second author (helper credit70)
    ("c4_english_post_name.txt", [("Jane Smith", "Project Manager, Riverside City Transport Department")]),
    ("c5_edith_head.txt", [("Edith Head", None)]),                # a surname that is a post's word: still a name
])
def test_a_post_alone_is_no_speakers_name(name, speakers):
    found = [(t.speaker.name.text if t.speaker.name is not None else None,
              t.speaker.affiliation.text if t.speaker.affiliation is not None else None) for t in _talks(name)]
    assert found == speakers


def test_an_english_post_alone_still_names_its_city():
    (talk,) = _talks("c2_project_manager.txt")
    assert _city(talk) == (None, "Riverside")
