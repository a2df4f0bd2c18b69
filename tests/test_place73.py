"""An event's or document's city from the text's own evidence (issue 16 points 2–3; helper place73). Inputs:
``tests/data/place73/`` (copies of ``/work/regress/in_place73/``), each run through extract, clean and segment with
the conservation check (``tests/segmenting.py``).

1. An English municipal institution's line at a notice's head (``Kanazawa City Art Museum — Special Exhibition``)
   names its town where GeoNames lists it or the text names it as a municipality (``the City of Harbourside``):
   ``places.municipal_institution_en``.
2. ``held in Dunedin on 12 March`` / ``took place in Shrewsbury last week``: a town alone the gazetteer weighs as a
   town (``places.held_in_place``).
3. A Japanese report's sentence ``高知市文化プラザで…開催しました`` / ``安曇野市で開かれた``
   (``titleblock.held_at_municipality_ja``), in the first paragraph or a note naming the text itself.
4. An occasion's line ``Regional Energy Forum in Cardiff, 14 May 2025`` (``places.occasion_place_date_line``).
5. A parish the gazetteer does not list, named as the town of an address in the text
   (``places.parish_named_by_address``).
Near misses (``*_nm_*``): a common word before ``City``, an unsupported name, a delegation from elsewhere, a region
after ``held in``, a subject in a region, a parish whose address names another town: no city.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segmenting import only_talk_of, talk_fields

DATA = Path(__file__).parent / "data" / "place73"


def _city(name: str) -> tuple[str | None, str | None]:
    talk, _ = only_talk_of(DATA / name)
    return talk_fields(talk)[2:4]


@pytest.mark.parametrize("name, city", [
    ("a1_museum_town.txt", (None, "Kanazawa")),
    ("a2_library_named_elsewhere.txt", (None, "Harbourside")),
    ("b1_held_dunedin.txt", (None, "Dunedin")),
    ("b2_took_place_last_week.txt", (None, "Shrewsbury")),
    ("c1_ja_workshop.txt", ("松本市", None)),
    ("c2_ja_hirakareta.txt", ("安曇野市", None)),
    ("d1_occasion_in.txt", (None, "Cardiff")),
    ("d2_occasion_in_region.txt", (None, "Aberdeen")),
    ("e1_parish_address.txt", (None, "Little Wexcombe")),
    ("e2_parish_clerk_address.txt", (None, "Nether Ashcombe")),
])
def test_city_from_the_texts_own_evidence(name, city):
    assert _city(name) == city


@pytest.mark.parametrize("name", [
    "a3_museum_unknown.txt",  # Matsukaze: no gazetteer's town, no line naming it a city
    "a4_nm_ocean_city.txt",  # Ocean City: a common word
    "b3_nm_delegation.txt",  # a delegation from Busan visited: somewhere else
    "b4_nm_held_region.txt",  # held in Victoria: a state as much as a town
    "c3_nm_ja_from.txt",  # 釜山市から訪れた代表団
    "d3_nm_occasion_subject.txt",  # Energy Transition in Wales: a subject, a region
    "e3_nm_parish_other_town.txt",  # the address names Barnstaple, not the parish
])
def test_near_miss_names_no_city(name):
    assert _city(name) == (None, None)


def test_held_in_a_town_is_the_event_reports_evidence():
    talk, _ = only_talk_of(DATA / "b1_held_dunedin.txt")
    assert talk.id == "community-energy-in-small-towns"  # a report's id stays its title's (ids.EVENT_CITY)
    assert any(e.kind == "city" and "where the event the text reports was held" in e.detail for e in talk.evidence)


def test_lecture_records_note_names_the_venue_city_not_the_birthplace():
    text = """\
講演録
地域の記憶をつなぐ
講師　山田 花子 氏（しらかば郷土資料館 館長）
【講師プロフィール】
1962年長野県松本市生まれ。県内の中学校で社会科教諭として勤務。
本記録は、令和６年11月９日に安曇野市中央公民館で開催された市民文化講座での講演を要約したものです。
１　資料館のはじまり
皆さん、こんにちは。今日は資料館の五十年についてお話しします。
"""
    from tests.segmenting import only_talk

    talk, _ = only_talk(text)
    assert talk_fields(talk)[2] == "安曇野市"


def test_helpers_read_only_their_shapes():
    from pipeline.segment.places import municipal_institution_en, occasion_place_date_line, parish_named_by_address
    from pipeline.segment.titleblock import held_at_municipality_ja

    assert municipal_institution_en("Kanazawa City Art Museum and the Sea", []) is None
    assert occasion_place_date_line("Forum in Reading, 3 May 2025") is None  # a common word
    assert parish_named_by_address("Saint Brannock Parish Council", ["Saint Brannock, Devon"]) is None
    assert held_at_municipality_ja("高知市で生まれ、東京で講座を開催しました。") is None
    assert held_at_municipality_ja("本市で講座を開催しました。") is None
