"""Issue 16 point 3, helper city67: city names read from general evidence, ``city`` null where a talk has none.

The readers of a talk's city are one ordered table (``stage.CITY_READERS``); a bare prefecture-named city line
(``京都``) names the city where the prefecture's seat bears its name; a release's headline ending on an organisation's
name is its title; a city line over its office's line names the city; a labelled author line (``作成者：…``) is the
speaker's; ``Kobe City, Hyogo`` under ``神戸市`` is the city's English; a kana city glued into a surname
(``ひばり野市``) is a city; a municipal library, hospital or museum names its city. Inputs: ``tests/data/city67/``
(kept in ``/work/regress/in_city67/``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "city67"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _text(t) -> str | None:
    return t.text if t is not None else None


def _city(talk) -> tuple[str | None, str | None]:
    return _text(talk.city.ja), _text(talk.city.en)


# --- the readers' table -------------------------------------------------------------------------------------------

def test_the_city_readers_are_one_ordered_table_of_named_readers() -> None:
    from pipeline.segment.stage import CITY_READERS

    names = [name for name, _ in CITY_READERS]
    assert len(names) == len(set(names)) and all(callable(read) for _, read in CITY_READERS)
    # what names whose the text is comes before where it is held, a Japanese name before an English one
    assert names.index("affiliation") < names.index("venue") < names.index("english block") < names.index("dateline")
    assert sum("chinese" in n for n in names) == 1  # one reader for a Chinese document's issuing organ


# --- 1. a bare prefecture-named city line ---------------------------------------------------------------------------

def test_a_bare_kyoto_city_line_names_the_city() -> None:
    (talk,) = _talks("c1_kyoto_procs.txt")
    assert _city(talk) == ("京都", "Kyoto"), talk.city
    assert not any("京都: a prefecture, province or district" in e.detail for e in talk.evidence), talk.evidence


def test_a_bare_kyoto_city_line_with_a_university_speaker_names_the_city() -> None:
    text = ("学術講演会 講演録\n\n【1】\n京都\n木造町家の耐震改修\n京都大学大学院 工学研究科 教授 山田 太郎\n\n"
            "1. はじめに\n伝統的な町家の耐震改修について述べる。\n2. 方法\n振動台実験を行った。\n\n"
            "Seismic Retrofit of Wooden Townhouses in Kyoto\n")
    (talk,) = run_text(text).talks
    assert _city(talk) == ("京都", "Kyoto"), talk.city


@pytest.mark.parametrize("name, cities", [("c1_osaka_fukuoka.txt", [("大阪", "Osaka"), ("福岡", "Fukuoka")]),
                                          ("c1_hiroshima_noen.txt", [("広島", None)])])
def test_other_bare_prefecture_named_city_lines_name_the_city(name, cities) -> None:
    assert [_city(t) for t in _talks(name)] == cities


@pytest.mark.parametrize("name", ["c1n_hyogo_prefecture.txt", "c1n_kyotofu.txt", "c1n_kyoto_university.txt"])
def test_a_prefecture_alone_or_a_university_names_no_city(name) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == (None, None), talk.city


def test_prefecture_seat() -> None:
    from pipeline.segment.places import prefecture_seat

    assert prefecture_seat("京都").city == "Kyoto" and prefecture_seat("兵庫").city is None
    assert prefecture_seat("京都府") is None and prefecture_seat("台北") is None


# --- 2. a release's headline ending on an organisation's name -------------------------------------------------------

@pytest.mark.parametrize("name, title", [
    ("c2_hospital_release.txt", "New Wing Opens at Riverside General Hospital"),
    ("c2_university_release.txt", "Ocean Drone Team Wins Prize from Northbay University"),
    ("c2_museum_release.txt", "Ancient Coins Go on Display at the Harbour City Museum"),
    ("c2_library_release.txt", "Families Invited to Summer Reading Challenge at Marlow Public Library"),
])
def test_a_release_headline_ending_on_an_organisation_is_the_title(name, title) -> None:
    (talk,) = _talks(name)
    assert _text(talk.title.en) == title, talk.title


def test_an_organisations_name_and_an_address_stay_none_of_the_title() -> None:
    from pipeline.segment.organisations import is_organisation

    assert is_organisation("Riverside General Hospital") and is_organisation("Centre for Asian Studies at Kyoto University")
    (talk,) = _talks("c2_hospital_release.txt")
    assert "12 Hospital Road, Springfield, IL 62701" in [t.text.strip() for t in talk.front]


# --- 3. a release's city line over its office's line ----------------------------------------------------------------

@pytest.mark.parametrize("name, city", [("c3_ja_release_city_office.txt", "静岡市"),
                                        ("c3_ja_release_town_office.txt", "小布施町"),
                                        ("c3_ja_release_ward_office.txt", "世田谷区")])
def test_a_city_line_over_its_offices_line_names_the_city(name, city) -> None:
    (talk,) = _talks(name)
    assert _text(talk.city.ja) == city and talk.title.ja is not None and talk.title.ja.text != city, (talk.city, talk.title)


@pytest.mark.parametrize("name", ["c3n_ja_release_company.txt", "c3n_ja_release_company_dept.txt"])
def test_a_companys_release_names_no_city(name) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == (None, None), talk.city


# --- 4. a labelled author line --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, affiliation", [("c4_ja_manual_author.txt", "港北市 市民課"),
                                               ("c4_ja_minutes_author.txt", "総務課"),
                                               ("c4_ja_reporter_office.txt", "港北市 市民課"),
                                               ("c4_ja_sakusei_office.txt", "港北市 市民課")])
def test_a_labelled_author_line_is_the_speakers(name, affiliation) -> None:
    (talk,) = _talks(name)
    assert _text(talk.speaker.affiliation) == affiliation and _text(talk.speaker.name) is not None, talk.speaker


def test_a_field_describing_the_author_is_no_speaker() -> None:
    (talk,) = _talks("c4n_ja_creator_field.txt")
    assert talk.speaker.text is None, talk.speaker


# --- 5. the city's English with its region under the Japanese city line ---------------------------------------------

@pytest.mark.parametrize("name, city, region", [("c5_kobe_city_hyogo.txt", ("神戸市", "Kobe"), "Hyogo"),
                                                ("c5_sendai_miyagi.txt", ("仙台市", "Sendai"), "Miyagi, Japan"),
                                                ("c5_kitakyushu_fukuoka.txt", ("北九州市", "Kitakyushu"), "Fukuoka Prefecture")])
def test_the_citys_english_with_its_region_confirms_city_en(name, city, region) -> None:
    (talk,) = _talks(name)
    front = [t.text.strip() for t in talk.front]
    assert _city(talk) == city and talk.title.ja is not None and talk.title.en is None, (talk.city, talk.title)
    assert region in front and not any(city[1] in f for f in front), front


def test_a_museums_line_under_the_city_line_is_no_city_line() -> None:
    (talk,) = _talks("c5n_kobe_museum.txt")
    assert "Kobe City Museum, Hyogo" in [t.text.strip() for t in talk.front]


# --- 6. a kana city Sudachi reads as a person's name ----------------------------------------------------------------

@pytest.mark.parametrize("name, cities", [("c6_hibarino_city.txt", ["ひばり野市"]),
                                          ("c6_kana_proceedings2.txt", ["あかね野町", "はるか野市"]),
                                          ("c6_kana_notice_office.txt", ["ひとみ野村"])])
def test_a_kana_city_glued_into_a_surname_is_a_city(name, cities) -> None:
    talks = _talks(name)
    assert [_text(t.city.ja) for t in talks] == cities
    assert all(t.speaker.text is None or t.speaker.text.text not in cities for t in talks)


def test_a_person_named_noichi_stays_a_person() -> None:
    (talk,) = _talks("c6n_person_noichi.txt")
    assert _text(talk.speaker.text) == "野市 健太" and talk.city.ja is None


# --- 7. a municipal library, hospital or museum as issuer -----------------------------------------------------------

@pytest.mark.parametrize("name, city", [("c7_city_hospital.txt", "港北市"), ("c7_city_library.txt", "みどり野市"),
                                        ("c7_town_museum.txt", "桜川町"), ("c7_library_foot.txt", "つくし野市")])
def test_a_municipal_facility_names_its_city(name, city) -> None:
    (talk,) = _talks(name)
    assert _text(talk.city.ja) == city, talk.city


@pytest.mark.parametrize("name", ["c7n_prefectural_library.txt", "c7n_private_hospital.txt"])
def test_a_prefectural_or_private_facility_names_no_city(name) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == (None, None), talk.city
