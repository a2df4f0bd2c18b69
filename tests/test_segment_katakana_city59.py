"""A city written in katakana (a foreign place, written by its sound: シアトル市, バンクーバー市, サンディエゴ市) takes its
English name from the talk's own English where that spells the sound (``Seattle's Port…``, ``…Water Reuse in San
Diego``), with the evidence recorded, and the talk's id follows it (fresh-user trial 59: シアトル市 had no English name
and the id ``shiatoru``; ハンブルク, ハバロフスク, バンクーバー, タコマ the same; サンディエゴ had ``Diego``, the one word
EDICT glosses). A common English word that sounds alike names no such place (``Sister City Exchange`` had given シアトル市
the English name ``Sister``); a katakana city whose talk never writes it keeps no English name; kanji cities are read as
before. ``pipeline.kana.spells_loanword``; decision in docs/segment.md."""

from __future__ import annotations

import pytest

from segmenting import segment_text


def _talk(city: str, title_ja: str, title_en: str):
    return (f"{city}\n{title_ja}\n{city} 国際交流課長　山田 太郎\n{city}は姉妹都市との交流を続けている。市民の相互訪問は年に二回行われる。\n"
            f"{title_en}\n1\n• Exchange since 1990\n• Students and artists\n2\n")


@pytest.mark.parametrize("city, title_en, english", [
    ("シアトル市", "Seattle's Port and Climate Change", "Seattle"),
    ("バンクーバー市", "Greenest City: Vancouver's Action Plan", "Vancouver"),
    ("タコマ市", "Redeveloping the Tacoma Waterfront", "Tacoma"),
    ("ハンブルク市", "Digital Logistics in the Port of Hamburg", "Hamburg"),
    ("ハバロフスク市", "Khabarovsk and its Sister Cities in Japan", "Khabarovsk"),
    ("サンディエゴ市", "Pure Water: Water Reuse in San Diego", "San Diego"),
    ("リバプール市", "Liverpool's Waterfront Revival", "Liverpool"),
])
def test_a_katakana_city_takes_the_english_that_spells_its_sound(city, title_en, english):
    [talk] = segment_text(_talk(city, f"{city}の国際交流", title_en)).talks
    assert talk.city.ja.text == city
    assert talk.city.en is not None and talk.city.en.text == english
    assert talk.id == english.lower().replace(" ", "-")
    assert any("katakana" in e.detail and english in e.detail for e in talk.evidence)


def test_two_talks_each_keep_their_katakana_city():
    doc = segment_text("第3回 太平洋岸都市交流会議 講演録\n\n" + _talk("バンクーバー市", "環境都市戦略", "Vancouver's Green Plan")
                       + "\n" + _talk("タコマ市", "港湾再開発", "Redeveloping the Tacoma Waterfront"))
    assert [(t.city.ja.text, t.city.en.text if t.city.en else None) for t in doc.talks] == [
        ("バンクーバー市", "Vancouver"), ("タコマ市", "Tacoma")]


@pytest.mark.parametrize("city, title_en", [
    ("シアトル市", "Sister City Exchange: Thirty Years"),  # a common word that sounds alike
    ("シアトル市", "Stories of Street Art"),
    ("ポートランド市", "Light Rail in Oregon"),  # the talk never writes its city
    ("バンクーバー市", "Trade with Bangkok and Beyond"),
])
def test_a_katakana_city_takes_no_english_its_talk_does_not_spell(city, title_en):
    [talk] = segment_text(_talk(city, f"{city}の国際交流", title_en)).talks
    assert talk.city.ja.text == city
    assert talk.city.en is None


@pytest.mark.parametrize("city, title_en, english", [
    ("富山市", "Compact City Policy of Toyama", "Toyama"),
    ("北九州市", "Kitakyushu's Green Growth", "Kitakyushu"),
])
def test_kanji_cities_are_read_as_before(city, title_en, english):
    [talk] = segment_text(_talk(city, f"{city}のまちづくり", title_en)).talks
    assert talk.city.en.text == english
