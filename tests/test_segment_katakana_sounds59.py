"""A katakana city whose Japanese writes an English sound another way takes the English name its talk writes, helper
cities59 (issue 16 point 3): ``v`` as ウ with its consonant dropped (ウラジオストク / Vladivostok), ``ch`` as シ (シャンベリー /
Chambery), a soft ``g`` as ゼ (ロサンゼルス / Los Angeles), ``di`` as ジ, a final French ``x`` or ``g`` silent
(シェルブール / Cherbourg) (``pipeline.kana._japanese_readings``); a common
English word that sounds alike still names no city. Made-up talks of the sample's shape (trial59's test file's)."""

from __future__ import annotations

import pytest

from segmenting import segment_text


def _talk(city: str, title_en: str):
    return (f"{city}\n{city}の国際交流\n{city} 国際交流課長　山田 太郎\n{city}は姉妹都市との交流を続けている。市民の相互訪問は年に二回行われる。\n"
            f"{title_en}\n1\n• Exchange since 1990\n• Students and artists\n2\n")


@pytest.mark.parametrize("city, title_en, english", [
    ("ウラジオストク市", "Vladivostok as a Gateway to Asia", "Vladivostok"),  # v dropped (ウ), di as ジ
    ("ウラジーミル市", "Vladimir's Golden Gate", "Vladimir"),
    ("シャンベリー市", "Chambery's Old Town", "Chambery"),  # ch as シ (シカゴ / Chicago is read by EDICT's gloss already)
    ("ロサンゼルス市", "Clean Trucks at the Port of Los Angeles", "Los Angeles"),  # a soft g as ゼ
    ("ロサンジェルス市", "Trade Through the Port of Los Angeles", "Los Angeles"),
    ("サンジエゴ市", "Pure Water: Water Reuse in San Diego", "San Diego"),  # di as ジ
    ("シェルブール市", "The Port of Cherbourg Today", "Cherbourg"),  # a final g silent (French)
    ("シャモニー市", "Chamonix and Mountain Tourism", "Chamonix"),  # a final x silent, ch as シ
])
def test_a_katakana_city_heard_another_way_takes_its_english59(city, title_en, english):
    [talk] = segment_text(_talk(city, title_en)).talks
    assert talk.city.ja.text == city
    assert talk.city.en is not None and talk.city.en.text == english
    assert any("katakana" in e.detail and english in e.detail for e in talk.evidence)


@pytest.mark.parametrize("city, title_en", [
    ("シカゴ市", "Check Points for Sister Cities"),  # ``ck``: one k, no ckk
    ("シカゴ市", "Shaking Hands: Thirty Years"),
    ("ロサンゼルス市", "Lessons from Harbour Losses"),
    ("ウラジオストク市", "Radio Stations and Local News"),
    ("シアトル市", "Sister City Exchange: Thirty Years"),
    ("シアトル市", "Stories of Street Art"),  # a final s or t is no silent letter here
    ("シアトル市", "A Fresh Start for the Waterfront"),
])
def test_a_word_that_sounds_alike_names_no_city59(city, title_en):
    [talk] = segment_text(_talk(city, title_en)).talks
    assert talk.city.ja.text == city
    assert talk.city.en is None
