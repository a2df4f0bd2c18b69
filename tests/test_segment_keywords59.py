"""A paper's keyword fields under its abstract (``Keywords: …``, ``Key words: …``, IEEE's ``Index Terms—…``,
``キーワード：…``) are front matter in the talk's ``front``, not the abstract's last paragraphs (helper wrap59's
fresh-user trial: they had been the abstract's text); a sentence in the body that opens on ``Keywords:`` stays."""

import pytest

from tests.segment_inputs import run_text

EN = """Flood Risk Mapping for Small Towns

Anna Berg, River Institute

Abstract
We present a low-cost method for mapping flood risk in small towns using public elevation data and volunteered observations.
Keywords: flood risk, elevation models, citizen science

1. Introduction
Small towns rarely have detailed flood maps. Their councils rely on national maps drawn at a coarse scale.

2. Method
We combined a public elevation model with water marks reported by residents.
"""

EN_SPLIT = """Noise Exposure Near Urban Tram Lines

Tomas Novak and Eva Horak
Department of Acoustics, Brno University

Abstract
Tram lines run through dense neighbourhoods. We measured noise at forty homes along two lines and compared the levels with the city's noise map.

Key words: tram noise; noise mapping; urban transport

I. INTRODUCTION
Cities expand tram networks to cut car traffic, but residents along new lines often complain of noise.

II. RESULTS
Measured levels exceeded the map by three decibels on average. The keywords of the complaints were vibration and squeal.
"""

IEEE = """Low-Cost Sensors for Street Lighting Control

Maria Lopez, Department of Electrical Engineering, Valencia Polytechnic

Abstract—We describe a controller that dims street lights when streets are empty, using cheap motion sensors, and report the energy saved over one year in a pilot district.

Index Terms—street lighting, motion sensors, energy saving

I. INTRODUCTION
Street lighting takes up to 40 percent of a town's electricity bill.

II. CONCLUSION
Dimming saved 31 percent of the energy with no complaints from residents.
"""

JA = """地方都市における公共交通の再編

山田花子（北西大学）

要旨
本研究は、人口減少が進む地方都市において、路線バスの再編が住民の移動に与えた影響を分析する。
キーワード：公共交通，路線再編，地方都市

1．はじめに
多くの地方都市で路線バスの利用者が減少している。

2．結果
再編後、高齢者の通院の移動時間は平均で8分短くなった。本研究のキーワードである「移動の質」は改善した。
"""

JA_EN = """河川敷の緑地利用に関する調査

佐藤次郎（南東大学）

概要
河川敷の緑地が市民にどのように利用されているかを、観察調査とアンケートにより明らかにした。
キーワード： 河川敷，緑地，利用実態
Keywords: riverbank, green space, use

1．調査の方法
休日と平日に各3回の観察調査を行った。

2．結果
休日の利用者は平日の約3倍であった。
"""

BODY = """Search Habits of Library Users

Abstract
We logged the searches of library users for one month.

1. Introduction
Keywords: the term users type most is "opening hours", which we did not expect.
Most users type two words. Keywords such as "parking" were rare.

2. Results
Users who typed more keywords found what they wanted more often.
"""


def _talk(text):
    (talk,) = run_text(text).talks
    return talk


@pytest.mark.parametrize("text, fields", [
    (EN, ["Keywords: flood risk, elevation models, citizen science"]),
    (EN_SPLIT, ["Key words: tram noise; noise mapping; urban transport"]),
    (IEEE, ["Index Terms—street lighting, motion sensors, energy saving"]),
    (JA, ["キーワード：公共交通，路線再編，地方都市"]),
    (JA_EN, ["キーワード： 河川敷，緑地，利用実態", "Keywords: riverbank, green space, use"]),
])
def test_keyword_fields_under_the_abstract_are_front(text, fields):
    talk = _talk(text)
    assert [t.text for t in talk.front][-len(fields):] == fields
    abstract = talk.sections[0]
    assert abstract.number is None and len(abstract.paragraphs) == 1  # the abstract's own text, the fields gone
    assert not any(p.text in fields for s in talk.sections for p in s.paragraphs)


def test_keywords_in_the_body_stay():
    talk = _talk(BODY)
    intro = next(s for s in talk.sections if s.number == "1")
    assert [p.text for p in intro.paragraphs][0].startswith("Keywords: the term users type most")
    assert not any(t.text.startswith("Keywords") for t in talk.front)


def test_body_sentence_naming_keywords_stays_in_its_section():
    talk = _talk(JA)
    results = next(s for s in talk.sections if s.number == "2")
    assert "キーワードである" in results.paragraphs[0].text
