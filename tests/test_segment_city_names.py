"""A city's English name that the Japanese reading does not give (issue 16, point 3).

A Chinese city's English name is its Mandarin reading in pinyin, which Sudachi's Japanese reading does not give
(煙台 エンダイ ↔ Yantai) and EDICT seldom glosses. The name is still taken only where the talk's own English writes
it: a reading is a spelling to compare with, never a fill.
"""

from __future__ import annotations

import pytest

from pipeline.model import Text
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.segment.places import find_city_en, mandarin_spellings, wade_giles_spellings
from segment_inputs import cleaned_from_text

PROSE = "本市は古くから海外との交流を続けてきた。港湾の整備とともに貿易も拡大した。"


def _talk(city: str, title: str, speaker: str, english: list[str]) -> str:
    return "\n".join([city, title, f"{city}{speaker}", "１．交流の歩み", PROSE, "２．今後の展望", PROSE, *english]) + "\n"


def _talks(text: str):
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc.talks


THREE_CITIES = (
    _talk("煙台市", "果物の港の国際交流", "外事弁公室主任 王 明", ["Yantai City", "International Exchange of a Fruit Port", "1",
                                                         "Apples and Ferries", "2", "Thank you"])
    + _talk("仁川広域市", "空港都市の国際交流", "国際協力課長 朴 民秀", ["Incheon Metropolitan City", "International Exchange of an Airport City",
                                                             "1", "Airport and Port", "2", "Thank you"])
    + _talk("長崎市", "港町の平和交流", "国際課長 山田 太郎", ["Nagasaki City", "Peace Exchange of a Port Town", "1",
                                                  "Sister Cities", "2", "Thank you"]))


def test_three_cities_chinese_korean_japanese_get_their_english_names():
    talks = _talks(THREE_CITIES)
    assert [(t.city.ja.text, t.city.en.text if t.city.en else None, t.id) for t in talks] == [
        ("煙台市", "Yantai", "yantai"), ("仁川広域市", "Incheon", "incheon"), ("長崎市", "Nagasaki", "nagasaki")]
    how = [next(e.detail for e in t.evidence if e.kind == "city" and "↔" in e.detail) for t in talks]
    # Sudachi reads 煙台 エンダイ and EDICT has no gloss: the Mandarin reading gives it, and the evidence says so
    assert how[0].endswith("(mandarin)") and "煙台 reads yantai in Mandarin" in how[0]
    assert how[1].endswith("(gloss)")  # 仁川 is glossed incheon in EDICT
    assert how[2].endswith("(reading)")  # a Japanese city by its Japanese reading, as before


def test_a_chinese_city_the_english_does_not_spell_stays_without_english_name():
    # the talk writes the old postal name only: no Mandarin spelling of 煙台 is in its English, so nothing is taken
    talk, = _talks(_talk("煙台市", "果物の港の国際交流", "外事弁公室主任 王 明", ["Chefoo Port", "International Exchange of a Fruit Port",
                                                                      "1", "Apples and Ferries", "2", "Thank you"]))
    assert talk.city.ja.text == "煙台市" and talk.city.en is None
    # the id is GeoNames' name of the town outside Japan written 煙台 (helper vol72; it had been the Japanese reading
    # ``endai``), though no English name is taken from the talk
    assert talk.id == "yantai"
    assert not any(e.kind == "city" and "Mandarin" in e.detail for e in talk.evidence)


@pytest.mark.parametrize("ja, en", [
    ("瀋陽市", "Shenyang"),  # Japanese form of 沈阳
    ("長春市", "Changchun"),  # pypinyin reads the Japanese 長春 zhangchun; 長's other reading gives changchun
    ("厦門市", "Xiamen"),  # likewise shamen / xiamen
    ("秦皇島市", "Qinhuangdao"),  # 島, the Japanese form of 岛
    ("成都市", "Chengdu"),  # 都 is no suffix here: the whole name is read
])
def test_mandarin_reading_of_japanese_forms(ja, en):
    found = find_city_en(ja, [Text.from_raw(f"Welcome to {en}", 7)])
    assert found.text is not None and found.text.text == en and found.how == "mandarin"
    assert found.detail.endswith(f"in Mandarin (pinyin); {en} at line 7")


def test_mandarin_spellings_are_whole_ideograph_names_only():
    assert mandarin_spellings("煙台")[0] == "yantai"
    assert mandarin_spellings("呉") == () and mandarin_spellings("ハルビン") == () and mandarin_spellings("青島a") == ()
    # a name of many characters with several readings each spells a bounded number of combinations
    assert 0 < len(mandarin_spellings("大長重行楽説")) <= 64


@pytest.mark.parametrize("ja, en", [
    ("大邱広域市", "Daegu"),  # Sudachi reads テグ, EDICT has no gloss
    ("光州広域市", "Gwangju"),  # Sudachi reads コウシュウ
    ("蔚山広域市", "Ulsan"),
    ("水原市", "Suwon"),  # Sudachi reads スイバラ, as the Japanese place
    ("清州市", "Cheongju"),  # a Japanese surname to Sudachi
    ("龍仁市", "Yongin"),  # 龍 reads 룡 and, at a word's start, 용
    ("大邱市", "Taegu"),  # the older spelling of English texts before 2000
])
def test_korean_city_from_its_korean_reading(ja, en):
    found = find_city_en(ja, [Text.from_raw(f"Welcome to {en}", 4)])
    assert found.text is not None and found.text.text == en and found.how == "korean"
    assert found.detail.endswith(f"in Korean (Unihan's readings, romanised); {en} at line 4")


def test_a_korean_city_in_a_talk_gets_its_english_name_and_id():
    talk, = _talks(_talk("大邱広域市", "繊維の街の国際交流", "国際通商課長 金 民秀", [
        "Daegu Metropolitan City", "International Exchange of a Textile City", "1", "Textiles and Fashion", "2",
        "Thank you"]))
    assert (talk.city.en.text, talk.id) == ("Daegu", "daegu")
    assert any(e.kind == "city" and e.detail.endswith("(korean)") for e in talk.evidence)


def test_a_korean_reading_the_english_does_not_spell_is_not_taken():
    # 大田 reads 대전 (Daejeon); an English text naming another place takes nothing from it
    assert find_city_en("大田広域市", [Text.from_raw("Science Town Exchange", 2), Text.from_raw("Daedeok Valley", 3)]).text is None


def test_an_apostrophe_inside_a_romanised_name_is_no_letter():
    found = find_city_en("西安市", [Text.from_raw("Xi'an Municipal Government", 3)])
    assert (found.text.text, found.how) == ("Xi'an", "mandarin")
    assert find_city_en("北九州市", [Text.from_raw("Kitakyushu’s Sister Cities", 2)]).text.text == "Kitakyushu"


@pytest.mark.parametrize("ja, en", [
    ("高雄市", "Kaohsiung"),  # pinyin gaoxiong; Sudachi reads タカオ
    ("屏東県", "Pingtung"),
    ("彰化県", "Changhua"),
    ("花蓮県", "Hualien"),
    ("台東県", "Taitung"),
    ("嘉義市", "Chiayi"),  # Chia-i, with the bare syllable written yi
    ("高雄市", "Kao-hsiung"),  # the syllables hyphenated
])
def test_a_taiwanese_city_from_its_wade_giles_spelling(ja, en):
    found = find_city_en(ja, [Text.from_raw(f"Greetings from {en} City", 4)])
    assert found.text is not None and found.text.text == en and found.how == "mandarin"
    assert "in Mandarin (Wade–Giles)" in found.detail


def test_a_wade_giles_spelling_the_english_does_not_write_is_not_taken():
    # 高雄 spelled kaohsiung is only compared with the talk's words: another place's name takes nothing
    assert find_city_en("高雄市", [Text.from_raw("Port of Keelung", 2)]).text is None
    # pinyin and Wade–Giles spellings that coincide are reported once, as pinyin
    assert "tainan" in mandarin_spellings("台南") and "tainan" not in wade_giles_spellings("台南")
