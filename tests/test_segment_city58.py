"""A talk's city, helper city58 (issue 16 point 3): ``city`` is a municipality, never a prefecture, province or state
alone (``みどり県知事``, ``熊本県 観光課``, ``発行：北海道``); English datelines whose place opens on an article (``THE
HAGUE —``), is one common word (``LONDON (Reuters) —``) or keeps a head in small letters (``McALLEN``). Made-up
documents (also under /work/regress/in_city58/), other places and words than the trials': the kinds, not the cases."""

from __future__ import annotations

import pytest

from pipeline.segment.places import dateline_city, names_municipality, usual_case
from pipeline.segment.titleblock import office_line_city
from segment_inputs import run_text


def _read(text: str):
    """The one talk of ``text`` and its city as ``(ja, en)`` strings."""
    [talk] = run_text(text).talks
    ja, en = talk.city.ja, talk.city.en
    return talk, (ja and ja.text, en and en.text)


NOTICE = "みど防第４５号\n令和７年６月２日\n各市町村長　様\n{sender}　青木　誠\n　　　　総合防災訓練の実施について（通知）\n" \
         "　このことについて、下記のとおり実施しますので通知します。\n記\n１　日時　令和７年９月１日（月）午前９時から\n" \
         "２　場所　総合運動公園\n以上\n"
OFFICE = "{office}\n\n観光客数の推移と今後の取組\n\n県内を訪れる観光客は年々増加している。\n今後は受入れ体制の整備を進める。\n"
CLOSING = "河川清掃活動へのご協力のお願い\n\n　毎年恒例の河川清掃を今年も実施します。\n　多くの皆様のご参加をお待ちしています。\n\n" \
          "令和７年５月１０日\n{issuer}\n"
NEWSLETTER = "ほっかいどう広報　だいち\n２０２５年７月号（第８８号）\n{publisher}\n道の駅が新しくなりました\n" \
             "　７月１日、道内の道の駅がリニューアルしました。売店や休憩所が広くなりました。\n夏のイベントのお知らせ\n" \
             "　８月に各地で夏祭りが開かれます。ぜひお出かけください。\n"
FORUM = "第２回 地域交通フォーラム\n\nバス路線の再編と住民の移動\n{speaker}　鈴木 一郎\n\n1．はじめに\n" \
        "バス路線は利用者の減少が続いている。\n2．再編の方針\n幹線と支線に分けて再編を進める。\n"
CITY_LINE = "【２】{city}\nくまもとの観光戦略\n{city}観光戦略課長　田中 一郎\n1．はじめに\n観光客数は回復している。\n" \
            "2．今後の取組\n海外への情報発信を強化する。\n"


@pytest.mark.parametrize("text, prefecture", [
    (NOTICE.format(sender="みどり県知事"), "みどり県"),  # the governor's post (it had given みどり県)
    (NOTICE.format(sender="あおば県知事"), "あおば県"),
    (OFFICE.format(office="熊本県 観光課"), "熊本県"),  # an office line over the title
    (OFFICE.format(office="京畿道 国際協力課"), "京畿道"),  # a Korean province
    (OFFICE.format(office="令和7年4月1日　大阪府 危機管理室"), "大阪府"),  # past a date
    (CLOSING.format(issuer="大阪府 都市整備部 河川室"), "大阪府"),  # the issuer under the closing date
    (CLOSING.format(issuer="みどり県危機管理課"), "みどり県"),
    (NEWSLETTER.format(publisher="発行：北海道　編集：総合政策部広報広聴課"), "北海道"),  # the publisher alone
    (NEWSLETTER.format(publisher="編集・発行　青森県 広報広聴課"), "青森県"),
    (FORUM.format(speaker="静岡県 交通基盤部 地域交通課長"), "静岡県"),  # the speaker's affiliation
    (CITY_LINE.format(city="熊本県"), "熊本県"),  # a city line naming a prefecture
])
def test_a_prefecture_alone_is_no_city58(text, prefecture):
    talk, city = _read(text)
    assert city == (None, None)
    assert any(e.kind == "city" and e.detail.startswith(prefecture) and "prefecture" in e.detail for e in talk.evidence)


def test_a_prefecture_s_city_line_stays_front58():
    talk, _ = _read(CITY_LINE.format(city="熊本県"))
    assert "熊本県" in [t.text for t in talk.front]


@pytest.mark.parametrize("text, city", [
    (NOTICE.format(sender="みどり市長"), "みどり市"),  # a mayor's notice keeps its city
    (OFFICE.format(office="熊本県天草市 観光振興課"), "天草市"),  # the prefecture before the municipality: where it lies
    (OFFICE.format(office="東京都 総務局 総合防災部"), "東京都"),  # Tokyo's metropolis counts as the city of Tokyo
    (OFFICE.format(office="令和７年４月１日　世田谷区 地域振興課"), "世田谷区"),  # a special ward
    (CLOSING.format(issuer="青葉町 建設課"), "青葉町"),
    (NEWSLETTER.format(publisher="発行：弘前市　編集：広聴広報課"), "弘前市"),
    (FORUM.format(speaker="静岡県浜松市 交通政策課長"), "浜松市"),
    (CITY_LINE.format(city="熊本市"), "熊本市"),
])
def test_a_municipality_stays_the_city58(text, city):
    assert _read(text)[1][0] == city


def test_names_municipality58():
    assert [names_municipality(s) for s in ("北九州市", "小布施町", "世田谷区", "東京都", "みどり県", "大阪府", "北海道",
                                            "京畿道", "上高井郡")] == [True] * 4 + [False] * 5


@pytest.mark.parametrize("line, city", [
    ("発行：港南市　編集：広報課", "港南市"), ("発行　弘前市　編集　広聴広報課", "弘前市"), ("編集・発行　水無瀬市 広報課", "水無瀬市"),
    ("発行：北浦市役所 秘書広報課", "北浦市"), ("発行　令和7年4月　港南市 広報課", "港南市"), ("発行　弘前市の広報", None),
    ("編集　広報課　発行　港南市", None), ("発行　みなと古本市実行委員会", None), ("編集後記", None),
])
def test_a_publisher_s_line_is_read_once58(line, city):
    """The publisher's value up to the next label (one reader: ``titleblock._publisher_value``), as before."""
    span = office_line_city(line)
    assert (line[span[0]:span[1]] if span else None) == city


RELEASE = "{headline}\n\n{opening} {lead}\n{second}\n"


@pytest.mark.parametrize("opening, second, city", [
    ("THE HAGUE —", "The vote is expected next week in The Hague after further talks.", "The Hague"),  # article head
    ("THE HAGUE (AP) —", "Lawyers for both sides said they would study the ruling.", "The Hague"),
    ("The Hague, Netherlands —", "School groups can book tours from next month.", "The Hague"),
    ("THE DALLES, Ore. —", "Biologists will count salmon passing through it each day.", "The Dalles"),
    ("LONDON (Reuters) —", "Analysts had expected a cut before the summer.", "London"),  # one common word: agency
    ("BOSTON (AP) —", "Commuters said the detours had doubled their trips.", "Boston"),
    ("Paris, France —", "Tickets for the evening hours go on sale on Monday.", "Paris"),  # its country
    ("CHICAGO —", "Riders in Chicago have seen two fare rises in three years.", "Chicago"),  # written alone
    ("McALLEN, Texas —", "Residents of McAllen had asked for a clinic for years.", "McAllen"),  # head in small letters
    ("McALLEN, Texas —", "Residents had asked for a clinic for years.", "McAllen"),  # the printed head kept
    ("DeKALB, Ill. —", "Students will be able to use it from the autumn.", "DeKalb"),
])
def test_a_dateline_names_its_city58(opening, second, city):
    _, found = _read(RELEASE.format(headline="Council Backs New Harbour Walk", opening=opening,
                                    lead="The council voted on Tuesday to build a walkway.", second=second))
    assert found == (None, city)


@pytest.mark.parametrize("opening, second", [
    ("BREAKING —", "Parents should check the district website."), ("UPDATE —", "Service returned by six."),
    ("HIGH WATER —", "The council will meet again."), ("THE LATEST —", "The council will meet again."),
    ("THE BIG PICTURE —", "The report covers every town."), ("NEW RULES —", "The council says spaces will free up."),
    ("WEATHER —", "The National Weather Service issued a flood watch."),  # inside a run of capitalised words
    ("UPDATE (AP) —", "Service returned by six."), ("THE END —", "The council will meet again."),
    ("Today, 12 May —", "The council will meet again."), ("Smart, Japan —", "The council will meet again."),
    ("CALIFORNIA (AP) —", "The council will meet again."), ("Ohio, USA —", "The council will meet again."),  # a state
])
def test_a_kicker_names_no_city58(opening, second):
    _, found = _read(RELEASE.format(headline="Council Approves Budget", opening=opening,
                                    lead="The council approved the budget on Tuesday.", second=second))
    assert found == (None, None)


def test_a_bare_common_words_dateline_written_nowhere_else58():
    """Resolved by helper news59: ``YORK`` is a word English writes with a capital (a name), ``RULES`` one it writes in
    small letters (``english_words.capitalised_lean``); ``LONDON —`` alone is read so too (test_dateline59)."""
    _, found = _read(RELEASE.format(headline="Ferry Service Adds Night Runs", opening="NEW YORK —",
                                    lead="The ferry operator said it would add four night crossings.",
                                    second="Riders had asked for later boats."))
    assert found == (None, "New York")


def test_capitals_keep_a_printed_head58():
    assert [usual_case(s) for s in ("McALLEN", "DeKALB", "THE HAGUE", "MCALLEN")] == ["McAllen", "DeKalb", "The Hague",
                                                                                     "Mcallen"]
    assert dateline_city("WEATHER — Rain", ["The National Weather Service warned of storms in the area."]) is None
