"""Issue 16 point 3, helper city69: a prefecture's seat written bare on a talk's city line.

No installed or packaged gazetteer marks a prefecture's seat (GeoNames' ``PPLA``), so a bare name whose city is not
its prefecture's largest in GeoNames (``静岡``, ``福島``, ``山口``, ``和歌山``) is the city where the talk's English
writes that city as one (``Shizuoka City``, ``City of Yamaguchi``, ``FUKUSHIMA CITY``, ``Wakayama-shi``:
``places.namesake_named_en``), as it already was where its Japanese writes ``静岡市``; and GeoNames' ``Nara-shi``,
``Tottori-shi``, ``Fukui-shi`` are the towns ``Nara``, ``Tottori``, ``Fukui`` (``places._unsuffixed``), so ``奈良`` and
``鳥取`` bare are their prefectures' largest cities. Near misses keep ``city`` null: the prefecture as a whole
(``静岡県``, ``Shizuoka Prefecture``), an English title naming the place bare (``… in Shizuoka``), ``Yamaguchi Citizens``.
Inputs: ``tests/data/city69/`` (kept in ``/work/regress/in_city69/``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.model import Text
from tests.segment_inputs import city_texts as _city, run_text

DATA = Path(__file__).parent / "data" / "city69"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


@pytest.mark.parametrize("name, city", [("p1_shizuoka_city_en.txt", ("静岡", "Shizuoka")),
                                        ("p1_yamaguchi_cityof.txt", ("山口", "Yamaguchi")),
                                        ("p1_fukushima_caps.txt", ("福島", "Fukushima")),
                                        ("p1_wakayama_shi.txt", ("和歌山", "Wakayama")),
                                        ("p3_okinawa_city_en.txt", ("沖縄", "Okinawa"))])
def test_a_bare_prefecture_name_is_the_city_the_talks_english_writes_as_one(name, city) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == city, talk.city
    row = next(e.detail for e in talk.evidence if e.kind == "city" and e.detail.startswith(city[0] + ":"))
    assert "the talk's English writes the city" in row, row


@pytest.mark.parametrize("name, city", [("p2_nara_bare.txt", ("奈良", None)), ("p2_nara_en.txt", ("奈良", "Nara"))])
def test_geonames_nara_shi_is_nara_the_largest_city_of_its_prefecture(name, city) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == city, talk.city


def test_tottori_written_bare_is_the_city() -> None:
    talk = _talks("p2_tottori_fukui.txt")[0]
    assert _city(talk) == ("鳥取", None), talk.city


@pytest.mark.parametrize("name", ["n1_shizuoka_pref_whole.txt", "n1_shizuoka_bare_en.txt", "n1_city_of_pref.txt",
                                  "n1_yamaguchi_citizens.txt", "n1_wakayama_pref_en.txt"])
def test_near_misses_stay_the_prefecture(name) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == (None, None), talk.city
    assert any("not the city" in e.detail for e in talk.evidence if e.kind == "city")


def test_namesake_named_en_reads_the_city_word_around_the_name() -> None:
    from pipeline.segment.places import namesake_named_en, prefecture_seat

    bare = prefecture_seat("山口")
    said = [namesake_named_en(bare, "山口", [Text.from_raw(e, 1)]) is not None
            for e in ("City of Yamaguchi", "the city of Yamaguchi", "YAMAGUCHI CITY", "Yamaguchi-shi",
                      "Yamaguchi", "Yamaguchi Prefecture", "Yamaguchi Citizens", "Yamaguchi University")]
    assert said == [True, True, True, True, False, False, False, False]


def test_geonames_towns_with_a_municipal_suffix_answer_to_the_bare_name() -> None:
    from pipeline.segment.places import find_city_en, is_town_en, prefecture_seat

    assert [prefecture_seat(n).city for n in ("奈良", "鳥取", "福井")] == ["Nara-shi", "Tottori-shi", "Fukui-shi"]
    assert is_town_en("Tottori") and is_town_en("Fukui")
    assert find_city_en("和歌山", [Text.from_raw("Castle Town, Wakayama-shi", 1)]).text.text == "Wakayama"
