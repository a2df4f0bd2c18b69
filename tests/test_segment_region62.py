"""A proceedings' city line that prints the wider place first, parted by white space (fresh-user trial 62c): a
prefecture (``北海道 旭川市``, ``長野県 小布施町``), a province (``京畿道　水原市``), a country (``ベトナム ハノイ市``,
``韓国 釜山広域市``) or both (``中国 浙江省 杭州市``). Each opens its talk; the city is the municipality, the wider
place front matter. Before, none was read as a city line: each later talk's city line had been a slide of the talk
before it, and Busan's talk had no city. A body's list of such lines in one paper opens no talk."""

from pathlib import Path

import pytest

from reliability import accounting

DATA = Path(__file__).parent / "data" / "region62"


def _talks(name, tmp_path):
    """The talks of the input in document order, every raw character accounted for."""
    path = tmp_path / name
    path.write_bytes((DATA / name).read_bytes())
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    return sorted(talks, key=lambda t: t["source"]["first_line"])


@pytest.mark.parametrize("name, cities", [
    ("proc_region_fffd.txt", [("旭川市", "Asahikawa", "北海道"), ("ハノイ市", "Hanoi", "ベトナム"), ("熊本市", "Kumamoto", "熊本県")]),
    ("proc_country_furniture.txt", [("別府市", "Beppu", "大分県"), ("釜山広域市", "Busan", "韓国")]),
    ("proc_three_parts.txt", [("杭州市", "Hangzhou", "中国 浙江省"), ("水原市", "Suwon", "京畿道"), ("浜松市", "Hamamatsu", "静岡県")]),
])
def test_each_region_and_city_line_opens_its_talk(tmp_path, name, cities):
    talks = _talks(name, tmp_path)
    assert [(t["city"]["ja"], t["city"]["en"]) for t in talks] == [(ja, en) for ja, en, _ in cities]
    for talk, (_, _, region) in zip(talks, cities):
        assert region in [p["text"].strip("\u3000") for p in talk["paper"]["front"]]  # (an ideographic space is a character: kept)
        assert talk["title"]["ja"] and talk["title"]["en"]
        assert not any(sl["title"] and sl["title"].endswith("市") for sl in talk["slides"])


def test_a_papers_list_of_places_opens_no_talk(tmp_path):
    (talk,) = _talks("paper_address_line.txt", tmp_path)
    assert talk["title"]["ja"] == "冬季観光と地域経済"
