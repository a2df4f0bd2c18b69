"""A municipality's council or committee named in its minutes' title names the city (fresh-user trial 59).

``令和６年度　第３回　緑ヶ丘市都市計画審議会　議事録`` (場所 ``緑ヶ丘市役所 本庁舎５階``) had city null: the city's name
is glued to its body's (``都市計画審議会``), so the title named no municipality standing alone, and only an assembly
(``緑野市議会``) counted as the municipality's own body. A council, committee or conference of the municipality
(審議会, 委員会, 協議会, 会議, 懇談会 …) is its own as its assembly is. A prefecture's body gives no city (a row names the
prefecture), a private body (``東浜市社会福祉協議会``) none, a market (``緑ヶ丘市場``) is never split, and a market's
committee (``フリーマーケット市運営委員会``) names none."""

from __future__ import annotations

import pytest

from pipeline.segment.organisations import body_in_title
from pipeline.segment.titleblock import city_in_title
from tests.segment_inputs import run_text

BODY = ("日　時　令和６年１０月１５日（火）午後２時から\n場　所　{place}\n出席委員　１２名\n\n１　開会\n"
        "○事務局（佐藤）　ただいまから会議を開会いたします。\n○会長（山田太郎）　本日は、用途地域の変更について審議いたします。\n"
        "○委員（鈴木花子）　資料２について質問します。\n２　閉会\n")


def minutes(title: str, place: str) -> str:
    return title + "\n" + BODY.format(place=place)


@pytest.mark.parametrize("title, place, city", [
    ("令和６年度　第３回　緑ヶ丘市都市計画審議会　議事録", "緑ヶ丘市役所 本庁舎５階", "緑ヶ丘市"),  # the trial's
    ("令和６年度第５回青葉市教育委員会定例会会議録", "青葉市役所 第２会議室", "青葉市"),
    ("令和５年度　第２回　さくら町環境審議会　会議録", "さくら町役場 大会議室", "さくら町"),
    ("令和６年度　第１回　小金原市子ども・子育て会議　議事録", "小金原市民会館 ２階", "小金原市"),
    ("第４回南丘村総合計画審議会議事要旨", "南丘村役場 ３階会議室", "南丘村"),
    ("令和６年度　浜西市まちづくり懇談会　議事録", "浜西市役所 ４階", "浜西市"),
    ("令和６年度　第２回　久留米市都市計画審議会　会議録", "久留米市役所 本庁舎", "久留米市"),
    ("横浜市環境審議会 答申報告書", "横浜市役所", "横浜市"),
    ("令和６年度　第２回　みどり市教育委員会　会議録", "みどり市役所 ３階", "みどり市"),  # an administrative committee
])
def test_a_municipality_s_body_in_a_minutes_title_names_the_city(title, place, city):
    (talk,) = run_text(minutes(title, place)).talks
    assert talk.city.ja is not None and talk.city.ja.text == city


@pytest.mark.parametrize("title, place", [
    ("令和６年度　第３回　みどり県都市計画審議会　議事録", "みどり県庁 本館５階"),  # a prefecture's body
    ("令和６年度　第２回　福岡県環境審議会　会議録", "福岡県庁 行政棟"),
    ("令和６年度　第１回　東浜市社会福祉協議会　理事会議事録", "東浜市総合福祉センター"),  # private (社会福祉法人)
    ("令和６年度　第２回　緑ヶ丘市場運営協議会　議事録", "緑ヶ丘市場 管理棟２階"),  # a market
    ("令和６年度　第３回　全国市長会議　議事録", "ホテル東京 ２階"),
    ("令和６年度　第３回　都市計画審議会　議事録", "本庁舎５階"),
    ("第２回　中央卸売市場運営審議会　議事録", "市場会館 ２階"),
    ("令和６年度　緑ヶ丘市商工会議所　通常総会議事録", "商工会館 ３階"),  # a chamber of commerce: 会議所
    ("令和６年度　フリーマーケット市運営委員会　議事録", "中央公園 管理事務所"),  # a market's committee
    ("第３回　みなと古本市実行委員会　議事録", "港町公民館"),  # an event's
    ("令和６年度　近隣市町会議　議事録", "市民会館"),
])
def test_near_misses_name_no_city(title, place):
    (talk,) = run_text(minutes(title, place)).talks
    assert talk.city.ja is None


def test_a_prefecture_s_body_is_named_as_no_city():
    (talk,) = run_text(minutes("令和６年度　第３回　みどり県都市計画審議会　議事録", "みどり県庁 本館５階")).talks
    assert any(e.kind == "city" and e.detail.startswith("みどり県: a prefecture") for e in talk.evidence)


@pytest.mark.parametrize("title, city", [
    ("緑ヶ丘市都市計画審議会　議事録", "緑ヶ丘市"), ("緑ケ丘市都市計画審議会会議録", "緑ケ丘市"),
    ("世田谷区都市計画審議会会議録", "世田谷区"), ("中央区教育委員会会議録", "中央区"),
    ("緑ヶ丘市都市計画審議会の役割と課題", None),  # no record of the body: a talk about it
    ("本市教育委員会　会議録", None), ("各市教育委員会連絡協議会　議事録", None),
])
def test_body_in_title(title, city):
    span = body_in_title(title)
    assert (title[span[0]:span[1]] if span else None) == city


def test_a_market_s_committee_needs_evidence_beside_it():
    title = "フリーマーケット市運営委員会　議事録"
    assert city_in_title(title, []) is None
    assert city_in_title(title, ["Furimaketto City"]) == (0, 9)  # an English city beside it is the evidence
