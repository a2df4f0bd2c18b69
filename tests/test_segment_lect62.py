"""A bilingual proceedings whose city lines name foreign cities without ``市`` (fresh-user trial 62, helper lect62).

Each talk: a city line (``ソウル特別市``, ``台北``, ``ハノイ``), its Japanese title, its English title, the speaker's line
(affiliation, post and name: ``金 敏洙``, ``グエン・ヴァン・ミン``), a Japanese body, English slides. Each talk had
swallowed the next one's city line and Japanese title, ``title.ja`` was null in all three, the city null for Seoul and
Hanoi, and the slides an untitled section's paragraphs. Causes, each fixed as a kind: (1) a place's name alone
(Sudachi's 地名, a region's word, or a katakana name the talk's English spells) was no city line; it is one where a
Japanese title with its speaker stands right under it (``titleblock._place_over_title``), never alone; (2) the English
title set apart by a blank line stopped the speaker search (``titleblock._translation_over_authors``); (3)
``ソウル`` + ``特別市`` (one word to Sudachi) was no municipality; (4) a katakana name parted by ``・`` after a post was
no name where Sudachi reads its parts as common words or it runs past ten letters; (5) the talk's English slides
opening on a title right over its bullets were a cover alone and an untitled slide.

Near misses that must not split: a paper whose table and figure label name cities alone, and a travel report whose
sections are headed by a city's name. Variants: ``/work/regress/in_lect62/``. Every text is made up; the expected
results were written before the change.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

TALKS = {
    "ソウル特別市": dict(title="清渓川復元と都心再生", en="Cheonggyecheon Restoration and Downtown Regeneration",
                        speaker="ソウル特別市 都市再生本部 課長　金 敏洙", name="金 敏洙", city_en="Seoul",
                        body=["ソウル特別市では、都心を流れる清渓川の上を覆っていた高架道路を撤去し、河川を復元した。",
                              "沿道の商業地域では歩行者が増加し、新たな観光名所となった。"],
                        slide=("Cheonggyecheon in Seoul", ["■ Elevated highway removed", "■ 5.8 km of stream restored"])),
    "台北": dict(title="台北市の自転車共有システム", en="Bike Sharing in Taipei",
                speaker="台北市政府 交通局 専門委員　林 美玲", name="林 美玲", city_en="Taipei",
                body=["台北市の公共自転車は、試験運用を経て、現在では市内に千か所を超えるステーションがある。"],
                slide=("YouBike in Taipei", ["■ Started in 2009", "■ Integrated with the MRT"])),
    "ハノイ": dict(title="ハノイの歴史地区保全", en="Conserving Hanoi's Old Quarter",
                  speaker="ハノイ人民委員会 建設局 副局長　グエン・ヴァン・ミン", name="グエン・ヴァン・ミン", city_en="Hanoi",
                  body=["ハノイの旧市街には、三十六の通りと呼ばれる歴史的な商業地区があり、伝統的な町家が残っている。"],
                  slide=("Hanoi's Old Quarter", ["■ 36 historic streets", "■ Tube houses under pressure"])),
    "上海": dict(title="上海浦東地区の水辺空間再生", en="Waterfront Renewal in Shanghai's Pudong District",
                speaker="上海市人民政府 外事弁公室 処長　王 建国", name="王 建国", city_en="Shanghai",
                body=["上海市浦東地区では、かつての工場や倉庫が並んでいた岸辺を、市民が歩ける遊歩道として整備してきた。"],
                slide=("Shanghai Riverside Walk", ["■ 20 km of riverside promenade", "■ Former docks turned into parks"])),
    "釜山": dict(title="釜山港の再開発と市民参加", en="Redeveloping Busan's North Port with Citizens",
                speaker="釜山広域市 海洋水産局 係長　朴 智恩", name="朴 智恩", city_en="Busan",
                body=["釜山の北港では、旧埠頭の跡地に公園と文化施設を整備する再開発が進んでいる。"],
                slide=("North Port Redevelopment", ["■ Old piers turned into a park", "■ Twelve public hearings"])),
    "バンコク": dict(title="バンコクの運河交通の再生", en="Reviving Canal Transport in Bangkok",
                    speaker="バンコク都庁 交通計画部 課長　ソムチャイ・ウォンサワット", name="ソムチャイ・ウォンサワット",
                    city_en="Bangkok",
                    body=["バンコクでは、かつて市内を結んでいた運河を、通勤の交通路として再び活用する試みが進んでいる。"],
                    slide=("Canal Boats in Bangkok", ["■ Boats avoid road traffic", "■ Riders up every year"])),
    "シンガポール": dict(title="シンガポールの公共住宅と緑化", en="Public Housing and Greenery in Singapore",
                        speaker="シンガポール住宅開発庁 計画部 主任研究員　タン・ウェイ・リン", name="タン・ウェイ・リン",
                        city_en="Singapore",
                        body=["シンガポールでは、国民の約八割が住宅開発庁の建てた公共住宅に暮らしている。"],
                        slide=("Green Public Housing", ["■ 80% live in public flats", "■ Rooftop gardens"])),
    "ウラジオストク": dict(title="ウラジオストクの港湾観光", en="Port Tourism in Vladivostok",
                          speaker="沿海地方政府 観光局 副局長　イワン・ペトロフ", name="イワン・ペトロフ", city_en="Vladivostok",
                          body=["ウラジオストクは、日本から最も近いヨーロッパとして、近年日本からの観光客が増えている。"],
                          slide=("Vladivostok Harbour", ["■ Closest Europe to Japan", "■ Cruise calls growing"])),
    "高雄": dict(title="高雄の旧港湾地区のアート活用", en="Art in Kaohsiung's Old Harbour District",
                speaker="高雄市政府 文化局 科長　陳 怡君", name="陳 怡君", city_en="Kaohsiung",
                body=["高雄市では、旧港湾地区の倉庫群を芸術家の工房や展示の場として活用している。"],
                slide=("Pier-2 Art Center", ["■ Warehouses turned into studios", "■ New life for nearby shops"])),
    "金沢市": dict(title="金沢市の伝統工芸と観光", en="Traditional Crafts and Tourism in Kanazawa",
                  speaker="金沢市 観光政策課 主査　山本 美香", name="山本 美香", city_en="Kanazawa",
                  body=["金沢市には、金箔や漆器などの伝統工芸が今も受け継がれている。"],
                  slide=("Kanazawa Crafts", ["■ Gold leaf and lacquerware", "■ Workshop visits for tourists"])),
    "イロイロ": dict(title="イロイロの歴史的住宅の保存", en="Saving the Heritage Houses of Iloilo",
                    speaker="イロイロ市役所 都市計画課 主任　マリア・サントス", name="マリア・サントス", city_en="Iloilo",
                    body=["イロイロでは、スペイン統治時代に建てられた石造りの住宅が、市の中心部に多く残っている。"],
                    slide=("Heritage Houses", ["■ Stone houses from the colonial era", "■ 40 houses restored"])),
}


def _talk(city: str, n: int, numbered: bool, blanks: bool) -> str:
    t = TALKS[city]
    lines = [city, t["title"], t["en"], t["speaker"], *t["body"], *([str(n)] if numbered else []),
             t["slide"][0], *t["slide"][1]]
    return ("\n\n" if blanks else "\n").join(lines)


def _volume(cities, numbered: bool, blanks: bool) -> str:
    return ("\n\n" if blanks else "\n").join(_talk(c, n, numbered, blanks) for n, c in enumerate(cities, 1)) + "\n"


def _check(talks, cities, numbered: bool):
    assert [t.city.ja.text if t.city.ja else None for t in talks] == list(cities)
    for n, (talk, city) in enumerate(zip(talks, cities), 1):
        t = TALKS[city]
        assert talk.shape == "proceedings"
        assert talk.city.en is not None and talk.city.en.text == t["city_en"]
        assert (talk.title.ja.text, talk.title.en.text) == (t["title"], t["en"])
        assert talk.speaker.name.text == t["name"]
        assert talk.speaker.affiliation.text == t["speaker"][:t["speaker"].index("\u3000")]
        assert [p.text for s in talk.sections for p in s.paragraphs] == t["body"]
        assert [(s.number, s.title.text if s.title else None, [x.text for x in s.lines]) for s in talk.slides] \
            == [(n if numbered else None, t["slide"][0], t["slide"][1])]


VOLUMES = [
    ("ソウル特別市", "台北", "ハノイ"),  # the trial's cities
    ("上海", "釜山"),
    ("バンコク", "シンガポール", "ウラジオストク", "高雄"),
    ("金沢市", "釜山", "ハノイ", "イロイロ", "台北"),  # a Japanese city among them; a katakana name Sudachi reads as no place
]


@pytest.mark.parametrize("cities", VOLUMES)
@pytest.mark.parametrize("numbered", [False, True])
@pytest.mark.parametrize("blanks", [False, True])
def test_foreign_city_lines_open_talks62(cities, numbered, blanks):
    """Each talk opens on its own city line: its city (the English the talk spells it by), both titles, its speaker,
    its body and one slide; nothing of the next talk is the body of the one before."""
    _check(run_text(_volume(cities, numbered, blanks)).talks, cities, numbered)


def test_seoul_special_city_is_a_municipality62():
    """``ソウル`` + ``特別市`` (one word to Sudachi) names a municipality as ``釜山`` + ``広域`` + ``市`` does; the talk's id is
    the city's reading without its designation where its English does not name it."""
    from pipeline.segment.organisations import is_municipality
    from pipeline.segment.places import city_stem

    assert is_municipality("ソウル特別市") and not is_municipality("輪島朝市")
    assert city_stem("ソウル特別市") == "ソウル"


TABLE_PAPER = """東アジアの都市における自転車共有の比較

港北大学 工学部 准教授　山田 花子

1．はじめに

東アジアの大都市では、自転車共有の仕組みが急速に広がっている。本稿では三つの都市の利用状況を比べる。

表1 都市別のステーション数

台北

1,300

高雄

900

2．利用の傾向

台北

図2 平日の時間帯別の利用回数

いずれの都市でも、朝と夕方の通勤時間帯に利用が集中している。特に地下鉄駅の周辺での貸し出しが多い。
"""

TRAVEL_REPORT = """ベトナム視察報告

港町市 国際交流課　佐藤 一郎

令和6年11月に、姉妹都市との交流事業の準備のため、ベトナムの二つの都市を訪れた。以下にその概要を報告する。

ハノイ

旧市街の朝は早く、通りには屋台が並び、バイクの列が途切れることなく続いていた。市の建設局を訪ね、歴史地区の保全について説明を受けた。

ダナン

ダナンでは、海岸沿いの観光開発の現場を視察した。新しいホテルが次々と建てられており、港町市の観光政策の参考になる点が多かった。
"""

GUIDED_REPORT = """台湾都市視察記

港北大学 地域研究センター　森 由美

本稿は、令和6年秋に行った台湾の二都市の視察の記録である。各都市で自治体の担当者に話を聞いた。

台北

自転車共有の現場

案内：台北市政府 交通局　林 美玲

台北市の公共自転車は、地下鉄駅と結びついて通勤の足として定着している。ステーションは市内に千か所を超える。
"""


@pytest.mark.parametrize("text", [TABLE_PAPER, TRAVEL_REPORT, GUIDED_REPORT], ids=["table", "travel", "guided"])
def test_a_place_named_alone_in_one_document_splits_nothing62(text):
    """A city's name alone on its line inside one document (a table's cell, a figure's label, a travel report's
    heading over prose, or over a subheading and a guide's labelled line) opens no talk."""
    talks = run_text(text).talks
    assert len(talks) == 1
    assert talks[0].city.ja is None or talks[0].city.ja.text == "港町市"


def test_a_region_line_names_no_city62():
    """A province named alone over a talk's title block opens the talk (a place line) but names no city."""
    text = _volume(["台北"], False, False).replace("台北\n", "四川省\n", 1) + "\n" + _volume(["ハノイ"], False, False)
    talks = run_text(text).talks
    assert [t.title.ja.text for t in talks] == [TALKS["台北"]["title"], TALKS["ハノイ"]["title"]]
    assert talks[0].city.ja is None or talks[0].city.ja.text == "台北市"  # the speaker's office may still name it
    assert "四川省" in [t.text for t in talks[0].front]
