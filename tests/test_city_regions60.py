"""City and speaker evidence, helper city60 (issue 16): ``city`` stays null where a talk names none, never invented.

1. A dateline naming a region, not a city (``TUSCANY (ANSA) —``, ``LOWER SAXONY (dpa) —``, ``CATALONIA —``,
   ``HOKKAIDO, Japan —``), by its English name or ISO's own, names no city; a region that is a city too (``HAMBURG``,
   ``GENEVA``), a region's name a major city bears elsewhere (``JERUSALEM``, ``SANTIAGO``) and a region named after
   its seat town (``ZUG``, ``KILIS``) still do (``places._state_alone``, ``places.division_city``).
2. A venue's line naming a building of the municipality's own (``場所　緑ヶ丘市役所　本庁舎５階``,
   ``会場：浜松市福祉交流センター``) names the city where nothing stronger did, and is recorded beside what did
   (``titleblock.venue_city``); a hotel, an address, a meeting online or a prefecture's hall names none.
3. A bilingual deck cover's office line (``西川市上下水道局`` with ``Nishikawa City Waterworks Bureau``) joins the
   affiliation of the post under it (``cover._body_over_post``).
4. A municipality's line over its head's post (``西川市`` / ``市長　山田 太郎``) gives ``西川市長``
   (``joinlines.affiliation_lines``).

Made-up inputs (also under /work/regress/in_city60/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability import accounting
from segment_inputs import run_text

RELEASE = "{headline}\n\n{opening} The operator said it would add four night crossings from June.\n" \
          "Riders had asked for later boats for years.\n"


def _talk(text: str):
    [talk] = run_text(text).talks
    return talk


def _city(talk) -> tuple[str | None, str | None]:
    return talk.city.ja and talk.city.ja.text, talk.city.en and talk.city.en.text


def _dateline(opening: str, headline: str = "Ferry Service Adds Night Runs"):
    return _talk(RELEASE.format(headline=headline, opening=opening))


# --- 1. a region's dateline ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "TUSCANY (ANSA) —", "LOWER SAXONY (dpa) —", "CATALONIA —",  # English names (iso3166-2's), uncatalogued by iso-codes
    "HOKKAIDO, Japan —", "HOKKAIDO —",  # a prefecture by ISO's name, with its country or alone
    "TOSCANA (ANSA) —", "NIEDERSACHSEN (dpa) —", "CATALUNYA —", "BAYERN —",  # the local names
    "Lombardy, Italy —", "BRITTANY (AFP) —", "SHIMANE, Japan —",
])
def test_a_region_alone_names_no_city60(opening):
    assert _city(_dateline(opening)) == (None, None)


@pytest.mark.parametrize("opening, city", [
    ("BOSTON —", "Boston"), ("WASHINGTON (AP) —", "Washington"), ("NAPLES —", "Naples"),
    ("HAMBURG —", "Hamburg"),  # a German Land and its city
    ("GENEVA (Reuters) —", "Geneva"), ("BERLIN —", "Berlin"), ("OSAKA, Japan —", "Osaka"),
    ("JERUSALEM (Reuters) —", "Jerusalem"),  # Palestine's governorate; GeoNames' major city
    ("SANTIAGO (Reuters) —", "Santiago"),  # a Cuban province; Chile's capital
    ("ZUG, Switzerland (Reuters) —", "Zug"), ("KILIS, Turkey (Reuters) —", "Kilis"),  # a region named after its seat
    ("SUCRE, Bolivia —", "Sucre"),  # Venezuela's state, Bolivia's city: the country says which
    ("Florence, Tuscany —", "Florence"), ("Munich, Bavaria —", "Munich"),  # a region after a city is its region
])
def test_a_city_keeps_its_name60(opening, city):
    assert _city(_dateline(opening)) == (None, city)


def test_a_land_that_is_a_city_says_so60():
    details = [e.detail for e in _dateline("HAMBURG —").evidence if e.kind == "city"]
    assert any("GeoNames' city Hamburg (DE" in d for d in details), details
    details = [e.detail for e in _dateline("Florence, Tuscany —").evidence if e.kind == "city"]
    assert not any("GeoNames" in d for d in details), details


def test_a_region_inside_a_sentence_is_no_dateline60():
    talk = _talk("Harvest Comes Early\n\nWine makers in Tuscany said the harvest began two weeks early this year.\n"
                 "Growers in Catalonia reported the same.\n")
    assert _city(talk) == (None, None)


# --- 2. a venue's line -----------------------------------------------------------------------------------------------

MINUTES = ("令和６年度　第２回　都市計画審議会　議事録\n\n日時　令和６年１０月８日（火）午前１０時から正午\n{venue}\n"
           "出席委員　１０名\n\n１　開会\n\n事務局（都市計画課長）　ただいまから第２回都市計画審議会を開会いたします。\n\n"
           "２　閉会\n\n会長（山田委員）　以上で本日の審議会を閉会いたします。\n")
NOTICE = ("介護予防教室の開催について（お知らせ）\n\n日時　令和７年２月１５日（土）午後１時から\n{venue}\n"
          "内容　転倒予防の体操と講話\n\n参加を希望される方は、２月７日までにお申し込みください。\n")


@pytest.mark.parametrize("text, venue, city", [
    (MINUTES, "場所　緑ヶ丘市役所　本庁舎５階　第一会議室", "緑ヶ丘市"),
    (NOTICE, "会場：浜松市福祉交流センター　２階　大会議室", "浜松市"),
    (NOTICE, "会場　港区民センター　ホール", "港区"),  # a Tokyo ward's residents' hall
    (NOTICE, "開催場所：静岡市民文化会館　大ホール", "静岡市"),  # 市民 glued to the city's name
    (MINUTES, "場所：青葉村役場　２階", "青葉村"),
    (NOTICE, "会場：東浜町公民館", "東浜町"),
])
def test_a_municipal_building_names_the_city60(text, venue, city):
    talk = _talk(text.format(venue=venue))
    assert _city(talk) == (city, None)
    assert any("own building the venue's line names" in e.detail for e in talk.evidence if e.kind == "city")


@pytest.mark.parametrize("text, venue", [
    (NOTICE, "会場：ホテルニューオータニ（東京都千代田区）"),  # a hotel, its address in brackets
    (MINUTES, "場所：オンライン（Zoom）"),
    (NOTICE, "会場：みどり県民会館　第３会議室"),  # a prefecture's hall
    (NOTICE, "会場：静岡県庁　別館"),
    (NOTICE, "会場：浜松市内のホテル"),  # a place in the city, no building of its own
    (NOTICE, "会場：北九州市立大学　本館"),  # an institution the city runs: no office nor hall
])
def test_other_venues_name_no_city60(text, venue):
    assert _city(_talk(text.format(venue=venue))) == (None, None)


@pytest.mark.parametrize("text", [
    # a party to the event named: whose it is, not where (helper prog59)
    NOTICE.format(venue="会場：浜松市福祉交流センター") + "主催：静岡大学\n",
    # (``共催：浜松市`` is no longer here: since session 72, helper city72, a one-talk event's co-organising
    # municipality gives its city, docs/segment.md "Session 72, city72"; tests/test_city72.py)
    # a private body's record (a social welfare council is a corporation of its own)
    MINUTES.replace("都市計画審議会　議事録", "東浜市社会福祉協議会　理事会議事録", 1).format(venue="場所　東浜市総合福祉センター"),
])
def test_a_venue_names_no_city_where_the_event_is_another_s60(text):
    assert all(_city(t) == (None, None) for t in run_text(text).talks)


def test_a_venue_in_a_sentence_names_no_city60():
    talk = _talk("図書館の新しいサービスについて\n\n会場は浜松市役所の隣にある中央図書館です。電子書籍の貸出しを始めました。\n"
                 "利用者カードをお持ちの方は、どなたでも利用できます。\n")
    assert _city(talk) == (None, None)


def test_a_venue_agrees_with_the_title60():
    talk = _talk(MINUTES.replace("都市計画審議会　議事録", "緑ヶ丘市都市計画審議会　議事録", 1)
                 .format(venue="場所　緑ヶ丘市役所　本庁舎５階　第一会議室"))
    assert _city(talk) == ("緑ヶ丘市", None)
    details = [e.detail for e in talk.evidence if e.kind == "city"]
    assert details[0].startswith("緑ヶ丘市: named in the title"), details
    assert any("the venue's line agrees" in d for d in details), details


def test_a_venue_never_overrides_an_office60():
    talk = _talk("令和６年８月１日　東浜市観光課\n\n第３回　広域観光連絡会議　結果報告\n\n日時　令和６年８月５日（月）\n"
                 "場所　西浜市役所　３階会議室\n出席者　５市の観光担当者\n\n各市の冬季イベントの日程を調整しました。次回は１１月に開催します。\n")
    assert _city(talk) == ("東浜市", None)
    assert any("names another (西浜市), not read" in e.detail for e in talk.evidence if e.kind == "city")


def test_venue_city60():
    from pipeline.segment.titleblock import venue_city

    t = "場所\u3000緑ヶ丘市役所\u3000本庁舎５階"
    a, b = venue_city(t)
    assert t[a:b] == "緑ヶ丘市"
    assert venue_city("主催：浜松市") is None and venue_city("会場：浜松市場会館") is None


# --- 3. a bilingual cover's office line ------------------------------------------------------------------------------

SLIDES = ("\f現状と課題\n・給水人口の減少（10年で8%減）\n・管路の老朽化（法定耐用年数超過率 22%）\n・技術職員の不足\n2"
          "\f広域連携の形態\n・事業統合\n・施設の共同化\n・維持管理の共同委託\n3\fスケジュール\n・2025年度　基本協定の締結\n"
          "・2026年度　共同委託の開始\n・2028年度　事業統合の検討\n4\fご清聴ありがとうございました\n5")
"""The slides after the cover of fresh-user trial 59's deck (slides_ja.txt), a page each."""


def _deck(tmp_path: Path, cover: str) -> dict:
    path = tmp_path / "deck.txt"
    path.write_text(cover + "\n" + SLIDES + "\n", encoding="utf-8")
    _, talks, problems = accounting(path, tmp_path / "out")
    assert problems == []
    (talk,) = talks
    return talk


@pytest.mark.parametrize("cover, affiliation, city", [
    ("水道事業の広域連携について\n〜持続可能な水道を目指して〜\n\n西川市上下水道局\nNishikawa City Waterworks Bureau\n"
     "経営企画課長　木村 誠", "西川市上下水道局経営企画課長", ("西川市", "Nishikawa")),  # the English between
    ("水道事業の広域連携について\n〜持続可能な水道を目指して〜\n\n西川市上下水道局\n経営企画課長　木村 誠\n"
     "Kimura Makoto, Nishikawa City Waterworks Bureau", "西川市上下水道局経営企画課長", ("西川市", "Nishikawa")),
    ("水道事業の広域連携について\nRegional Cooperation in Water Supply\n\n西川市上下水道局　Nishikawa City Waterworks Bureau\n"
     "経営企画課長　木村 誠", "西川市上下水道局経営企画課長", ("西川市", "Nishikawa")),  # both on one line
    ("公共交通の再編について\n\n港南市都市交通課\nKonan City Urban Transport Division\n課長補佐　佐藤 花子",
     "港南市都市交通課課長補佐", ("港南市", "Konan")),
])
def test_a_bilingual_cover_office_joins_the_affiliation60(tmp_path, cover, affiliation, city):
    talk = _deck(tmp_path, cover)
    assert talk["speaker"]["affiliation"] == affiliation
    assert (talk["city"]["ja"], talk["city"]["en"]) == city


@pytest.mark.parametrize("cover, affiliation", [
    # an English subtitle between the body and the post: no body's English, the body stays out
    ("水道事業の広域連携について\n\n西川市上下水道局\nToward Sustainable Water Supply\n経営企画課長　木村 誠", "経営企画課長"),
    # an English body under the title, no Japanese body over it
    ("水道事業の広域連携について\nNishikawa City Waterworks Bureau\n経営企画課長　木村 誠", "経営企画課長"),
])
def test_a_cover_with_no_body_over_the_post_keeps_it60(tmp_path, cover, affiliation):
    assert _deck(tmp_path, cover)["speaker"]["affiliation"] == affiliation


# --- 4. a municipality's head under its name -------------------------------------------------------------------------

@pytest.mark.parametrize("cover, affiliation, city", [
    ("持続可能な水道を目指して\n\n西川市\n市長　山田 太郎", "西川市長", "西川市"),  # had given the city 西川市市
    ("西川市の水道ビジョン\n\n西川市\n市長　山田 太郎", "西川市長", "西川市"),
    ("港区のまちづくり\n\n港区\n区長　鈴木 次郎", "港区長", "港区"),
    ("北浜町の観光戦略\n\n北浜町\n町長　高橋 三郎", "北浜町長", "北浜町"),
    ("西川市の財政計画\n\n西川市\n副市長　佐藤 花子", "西川市副市長", "西川市"),  # the deputy's post keeps its 市
    ("市民サービスの向上\n\n西川市\n市民課長　小林 五郎", "西川市市民課長", "西川市"),  # a division's name opens on 市民
])
def test_the_head_post_under_its_municipality60(tmp_path, cover, affiliation, city):
    talk = _deck(tmp_path, cover)
    assert talk["speaker"]["affiliation"] == affiliation
    assert talk["city"]["ja"] == city
    assert talk["speaker"]["text"] == cover.split("\n\n")[1].replace("\n", " ")  # the post's line whole


def test_affiliation_lines60():
    from pipeline.model import Text
    from pipeline.segment.joinlines import affiliation_lines

    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]  # noqa: E731
    assert affiliation_lines(mk("西川市", "市長")).text == "西川市長"
    assert affiliation_lines(mk("西川市", "市議会議長")).text == "西川市議会議長"
    assert affiliation_lines(mk("東都大学", "市長")).text == "東都大学市長"
