"""Fresh-user trial 63b (issue 16, segment stage), helper order63b. Made-up proceedings, other cities, countries,
wording and numbers than the trial's (inputs in tests/data/order63b/).

A talk that opens on its Japanese place line (``チリ サンティアゴ``: country, then the city, no ``市``), then prints
its English block (title, speaker) and English points, then its Japanese block (title, speaker) over the Japanese
text: the place line is the talk's city line (``city.ja`` the city, the country front, ``city.en`` the English that
spells it), the English title ``title.en``, the Japanese block ``title.ja`` and the speaker; the English points are
front, never the talk before's slides nor sections of the Japanese paper. Before, the English block and points had
been the talk before's slides and the place line its slide text (or, alone, the title of a deck).
Japanese-first talks around it keep their cover and slides; a place line among a deck's slides opens no such talk.
"""

from __future__ import annotations

import pathlib

import pytest

from pipeline.chardata import JA, script_of
from segmenting import paragraph_texts, segment_text, talk_fields as _fields


INPUTS = pathlib.Path(__file__).parent / "data" / "order63b"


def _read(path: str):
    return segment_text((INPUTS / path).read_text(encoding="utf-8")).talks


def _slide_titles(talk):
    return [s.title.text if s.title is not None else None for s in talk.slides]


MIXED = [
    ("01_mid_three.txt", 3, 1, ("サンティアゴ 首都の大気をきれいに", "Santiago: Clean Air for a Growing Capital", "サンティアゴ",
                                "Santiago", "サンティアゴ市環境局長 カルロス ロハス"), "チリ", "■ 800 electric buses in service"),
    ("02_last_two.txt", 2, 1, ("バンクーバー 世界一の環境都市をめざして", "Vancouver: Greenest City Action Plan", "バンクーバー",
                               "Vancouver", "バンクーバー市持続可能性推進課長 エミリー チェン"), "カナダ", "■ 150,000 new trees"),
    ("03_alone.txt", 1, 0, ("マラケシュ 赤い都市の水", "Marrakesh: Water in the Red City", "マラケシュ", "Marrakesh",
                            "マラケシュ市水道局 ユーセフ アラウィ"), "モロッコ", "■ 1.5 million residents served"),
]


@pytest.mark.parametrize("path, n, k, fields, country, point", MIXED)
def test_a_japanese_place_line_over_an_english_block_opens_the_talk63b(path, n, k, fields, country, point):
    talks = _read(path)
    assert len(talks) == n
    talk = talks[k]
    assert _fields(talk) == fields
    front = [t.text for t in talk.front]
    assert country in front and point in front  # the country and the English points: front, never lost
    assert fields[1] not in front and fields[0] not in front
    assert all(script_of(s.title.text) == JA for s in talk.sections)  # no English point as a heading
    assert paragraph_texts(talk)


def test_the_talk_before_keeps_its_own_slides63b():
    talks = _read("01_mid_three.txt")
    assert _slide_titles(talks[0]) == ["Conserving the Old City of Chiang Mai", "The Old City", "Conservation"]
    assert _slide_titles(talks[2]) == ["Coastal Tourism in Da Nang", "The Coast", "Visitors"]
    assert _fields(talks[2])[:4] == ("ダナンの海岸観光", "Coastal Tourism in Da Nang", "ダナン", "Da Nang")
    first = _read("02_last_two.txt")[0]
    assert _slide_titles(first) == ["Freiburg: Building an Environmental City", "History", "Transport"]
    assert all("カナダ" not in line.text for s in first.slides for line in s.lines)


@pytest.mark.parametrize("k, fields, slides", [
    (0, ("メルボルンの路面電車", "Trams in Melbourne", "メルボルン", "Melbourne", "メルボルン市交通局 計画官 ジェームズ スミス"),
     ["Trams in Melbourne", "Network", "Free Tram Zone"]),
    (1, ("バルセロナのスーパーブロック", "Superblocks in Barcelona", "バルセロナ", "Barcelona",
         "バルセロナ市都市生態局 技師 アナ ガルシア"), ["Superblocks in Barcelona", "What is a Superblock", "Effects"]),
])
def test_japanese_first_talks_keep_their_structure63b(k, fields, slides):
    """Near miss: country-then-city lines over Japanese title blocks, English slides after the paper (the sample's
    order): read as before."""
    talks = _read("04_neg_japanese_first.txt")
    assert len(talks) == 2
    assert _fields(talks[k]) == fields and _slide_titles(talks[k]) == slides
    assert talks[k].shape == "proceedings"


def test_a_place_line_among_slides_is_no_city_line63b():
    """Near miss: ``コロンビア ボゴタ`` over an English slide's title and its bullets (no speaker under it) names no talk's
    city, and the talk before keeps its cover and first slides."""
    talks = _read("05_neg_city_in_slides.txt")
    assert _fields(talks[0])[:4] == ("クリチバのバス高速輸送", "Bus Rapid Transit in Curitiba", "クリチバ", "Curitiba")
    assert _slide_titles(talks[0])[:3] == ["Bus Rapid Transit in Curitiba", "History", "Spread"]
    assert all(t.city.ja is None or t.city.ja.text != "ボゴタ" for t in talks)


def test_the_trial_shape_reads_its_three_talks63b():
    """The trial's shape in other words: the talk before keeps its three slides, the mixed talk its city and titles."""
    talks = _read("01_mid_three.txt")
    assert [t.shape for t in talks] == ["proceedings", "paper", "proceedings"]
