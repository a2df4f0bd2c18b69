"""Issue 16 point 3, helper fix69d: a talk's city line read as a person, or a bare prefecture name against its English.

(1) A city line that is one surname to Sudachi and ends on a municipality's suffix (``新田町`` シンタマチ, ``森町``,
``北村``) over a title and its speaker is the city where the speaker's affiliation opens on it with an office
(``新田町 まちづくり課``, ``森町役場``, ``新田町長``) or the talk's English writes it with its suffix's word (``Town of
Nitta``, ``Nitta Town``, ``Kita Village``): ``titleblock.surname_municipality_over_title``; its English from that
(``places.municipality_word_named_en``). (2) A bare place name that is a surname to Sudachi (``福井``, ``松本``,
``小松``) over a title and its speaker is the city line, not the speaker, where GeoNames lists it as a Japanese town
and the speaker's affiliation writes it as a place (``福井県立大学``, ``松本市 商工観光部``) or the English names it
(``Fukui City``): ``titleblock._place_in_affiliation``. (3) A bare ``京都`` / ``大阪`` / ``広島`` whose talk's English
names the prefecture (``Kyoto Prefecture``, ``Osaka Prefectural Government``, ``Prefecture of Hiroshima``) and never
the city, nor its Japanese ``京都市``, is the prefecture: city null with an evidence row
(``places.prefecture_named_en``, ``stage._no_city``). Inputs: ``tests/data/fix69d/`` (kept in
``/work/regress/in_fix69d/``), with the trial's ``tests/data/fix69a/o1_nitta_town_surname_open.txt`` and
``tests/data/city69/p2_tottori_fukui.txt``."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import Text
from tests.segment_inputs import city_texts as _city, run_text

DATA = Path(__file__).parent / "data"


def _talks(name: str, folder: str = "fix69d"):
    return run_text((DATA / folder / name).read_text(encoding="utf-8")).talks


def _speaker(talk) -> str | None:
    return talk.speaker.text.text if talk.speaker.text is not None else None


# (1) a municipality Sudachi reads as one surname


def test_trial_nitta_town_is_the_city() -> None:
    (talk,) = _talks("o1_nitta_town_surname_open.txt", "fix69a")
    assert _city(talk) == ("新田町", "Nitta"), talk.city
    assert _speaker(talk) == "新田町 まちづくり課　主査　森 由紀"
    assert talk.id == "nitta", talk.id


@pytest.mark.parametrize("name, at, city, speaker", [
    ("s1_mori_town_office_glued.txt", 0, ("森町", None), "森町役場 産業課 主任　鈴木 恵"),
    ("s2_kitamura_village_en_only.txt", 0, ("北村", "Kita"), "住民交通研究所 研究員　大野 拓海"),
    ("s3_nitta_proc_number.txt", 1, ("新田町", "Nitta"), "新田町長　青木 隆"),
    ("s4_nitta_town_title_en.txt", 0, ("新田町", "Nitta"), "まちづくり研究所 研究員　森 由紀"),
])
def test_a_surname_ending_on_a_suffix_over_its_title_is_the_city(name, at, city, speaker) -> None:
    talk = _talks(name)[at]
    assert _city(talk) == city, talk.city
    assert _speaker(talk) == speaker


def test_a_person_named_so_or_a_name_nothing_confirms_is_no_city() -> None:
    (person,) = _talks("ns1_morimachi_person.txt")
    assert _city(person) == (None, None), person.city
    (bare,) = _talks("ns3_mori_no_evidence.txt")
    assert _city(bare) == (None, None), bare.city
    (prose,) = _talks("ns2_nitta_surname_prose.txt")
    assert _city(prose) == ("太田市", None), prose.city
    assert _speaker(prose) == "太田市 文化財課 学芸員　新田 町子"


def test_municipality_word_named_en_asks_the_suffixs_word_and_a_reading() -> None:
    from pipeline.segment.places import municipality_word_named_en

    said = [municipality_word_named_en("新田町", [Text.from_raw(e, 1)]) is not None
            for e in ("Town of Nitta", "Nitta-cho", "Nitta Village", "Shinden Town", "Arata City", "Mori Town")]
    assert said == [True, True, False, True, False, False]


# (2) a bare place name over its title is the city line, not the speaker


def test_trial_fukui_is_the_city_line_not_the_speaker() -> None:
    talk = _talks("p2_tottori_fukui.txt", "city69")[1]
    assert _city(talk) == ("福井", "Fukui"), talk.city
    assert _speaker(talk) == "福井県立大学 講師 前田 彩"


@pytest.mark.parametrize("name, at, city, speaker", [
    ("r1_matsumoto_affiliation.txt", 1, ("松本", None), "松本市 商工観光部 主任　木下 亮"),
    ("r2_komatsu_bracket_affiliation.txt", 0, ("小松", None), "西田 彩（小松市役所 国際交流課）"),
    ("r3_fukui_city_en.txt", 0, ("福井", "Fukui"), "観光研究所 研究員　前田 彩"),
])
def test_a_bare_place_name_named_beside_is_the_city_line(name, at, city, speaker) -> None:
    talk = _talks(name)[at]
    assert _city(talk) == city, talk.city
    assert _speaker(talk) == speaker
    assert talk.title.ja is not None


@pytest.mark.parametrize("name, speaker", [("nr1_fukui_person.txt", "福井 健一"),
                                           ("nr3_fukui_speaker_named.txt", "港北大学 講師　福井 健一")])
def test_a_speaker_named_fukui_stays_the_speaker(name, speaker) -> None:
    (talk,) = _talks(name)
    assert _speaker(talk) == speaker
    assert _city(talk) == (None, None), talk.city


# (3) a bare prefecture name whose English names the prefecture


@pytest.mark.parametrize("name, at, quoted", [("q1_kyoto_prefecture_en.txt", 0, "Kyoto Prefecture"),
                                              ("q2_osaka_prefectural_proc.txt", 1, "Osaka Prefectural Government"),
                                              ("q3_hiroshima_prefecture_of.txt", 0, "Prefecture of Hiroshima")])
def test_a_bare_name_whose_english_names_the_prefecture_is_the_prefecture(name, at, quoted) -> None:
    talk = _talks(name)[at]
    assert _city(talk) == (None, None), talk.city
    row = next(e.detail for e in talk.evidence if e.kind == "city" and "names the prefecture" in e.detail)
    assert quoted in row and "not the city" in row, row


@pytest.mark.parametrize("name", ["nq1_kyoto_both.txt", "nq2_kyoto_pref_university.txt", "nq3_kyoto_written_city.txt"])
def test_kyoto_named_as_a_city_too_stays_the_city(name) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == ("京都", "Kyoto"), talk.city


def test_the_other_talk_of_the_proceedings_keeps_its_city() -> None:
    assert _city(_talks("q2_osaka_prefectural_proc.txt")[0]) == ("神戸市", "Kobe")
