"""Issue 16 points 2–3, helper front68: a talk's city and front from general evidence.

1. A prefecture's name written bare on a city line (``沖縄``, ``栃木``, ``茨城``) names the city of that name only
   where that city is its prefecture's largest (GeoNames) or the talk writes the city whole (``静岡市…``); else it
   is the prefecture, ``city`` null with an evidence row (``places.prefecture_seat``, ``stage._no_city``).
Inputs: ``tests/data/front68/`` (kept in ``/work/regress/in_front68/``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "front68"


def _talks(name: str):
    return run_text((DATA / name).read_text(encoding="utf-8")).talks


def _city(talk) -> tuple[str | None, str | None]:
    return tuple(t.text if t is not None else None for t in (talk.city.ja, talk.city.en))


# --- 1. a prefecture's name written bare ----------------------------------------------------------------------------

@pytest.mark.parametrize("name, count", [("p1_okinawa.txt", 1), ("p1_tochigi_gunma.txt", 2),
                                         ("p1_ibaraki_noen.txt", 1), ("p1_saitama.txt", 1)])
def test_a_prefecture_whose_largest_city_bears_another_name_is_no_city(name, count) -> None:
    talks = _talks(name)
    assert len(talks) == count
    assert [_city(t) for t in talks] == [(None, None)] * count
    assert all(any("not the city" in e.detail for e in t.evidence if e.kind == "city") for t in talks)


def test_the_evidence_names_the_smaller_namesake_and_the_prefectures_largest_city() -> None:
    (talk,) = _talks("p1_okinawa.txt")
    row = next(e.detail for e in talk.evidence if e.kind == "city" and e.detail.startswith("沖縄:"))
    assert "Okinawa (142,752 people)" in row and "Naha" in row, row


@pytest.mark.parametrize("name, city", [("n1_kumamoto_seat.txt", ("熊本", "Kumamoto")),
                                        ("n1_shizuoka_seat.txt", ("静岡", "Shizuoka")),
                                        ("n1_okinawa_city_hall.txt", ("沖縄", "Okinawa"))])
def test_a_prefectures_largest_city_or_a_city_the_talk_writes_whole_is_the_city(name, city) -> None:
    (talk,) = _talks(name)
    assert _city(talk) == city, talk.city


def test_prefecture_seat_reads_the_chief_city_from_geonames() -> None:
    from pipeline.segment.places import prefecture_seat

    assert [prefecture_seat(n).city for n in ("京都", "大阪", "福岡", "千葉")] == ["Kyoto", "Osaka", "Fukuoka", "Chiba"]
    assert [prefecture_seat(n).city for n in ("沖縄", "栃木", "茨城", "埼玉", "群馬")] == [None] * 5
    assert prefecture_seat("栃木").chief[0] == "Utsunomiya"
