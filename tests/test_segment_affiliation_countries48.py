"""Affiliation lines that name a country or region, a title's romanisation, and a title's comma part that names no
place (issue 16: ``Seoul, Republic of Korea`` went to front and its author took the first author's affiliation; a
cover's romanised title was read as a person's name and the speaker was lost; ``Focus Group, Overview`` was read as
an organisation)."""

import pytest

from pipeline.segment.organisations import is_country, is_organisation
from tests.segment_inputs import run_text

BODY = """
1. Introduction

Cranes in the harbour are inspected by hand twice a year. The pilot tested
whether continuous monitoring could find faults earlier.
"""


@pytest.mark.parametrize("country", ["Republic of Korea", "Islamic Republic of Iran", "Republic of Moldova", "Russia",
                                     "The Netherlands", "Portugal"])
def test_a_country_as_an_affiliation_writes_it(country):
    assert is_country(country)


@pytest.mark.parametrize("block", [
    "Ana Ferreira\nUniversity of Aveiro, Portugal\nMin-jun Park\nSeoul, Republic of Korea\n",
    "Ana Ferreira, University of Aveiro, Portugal\nMin-jun Park, Seoul, Republic of Korea\n",
])
def test_each_author_keeps_an_affiliation_naming_a_country(block):
    (talk,) = run_text("Harbour Crane Vibration Monitoring in Winter\n" + block + BODY).talks
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
        ("Ana Ferreira", "University of Aveiro, Portugal"), ("Min-jun Park", "Seoul, Republic of Korea")]
    assert [t.text for t in talk.front] == []


def test_a_shared_affiliation_printed_in_each_author_block_is_recorded_once():
    block = "Ana Ferreira\nUniversity of Aveiro, Portugal\nJoão Silva\nUniversity of Aveiro, Portugal\n"
    (talk,) = run_text("Harbour Crane Vibration Monitoring in Winter\n" + block + BODY).talks
    assert talk.speaker.affiliation.text == "University of Aveiro, Portugal"


def test_a_title_s_part_naming_a_work_is_no_organisation():
    assert not is_organisation("Focus Group, Overview") and is_organisation("Fountain Heritage Trust, Bristol")
    (talk,) = run_text("Focus Group, Overview\n" + BODY).talks
    assert talk.title.en.text == "Focus Group, Overview"


def test_a_cover_s_romanised_title_is_no_speaker():
    text = ("みなと未来\nMinato Mirai\n山田 太郎\n港湾技術研究所\n\f背景\n・港湾のクレーンは年に二回点検\n・常時監視の効果\n2\n"
            "\f結果\n・冬に振幅が大きい\n・トロリーは変化なし\n3\n")
    (talk,) = run_text(text).talks
    assert talk.title.en.text == "Minato Mirai"
    assert talk.speaker.name.text == "山田 太郎"
