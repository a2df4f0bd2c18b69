"""Two common shapes give their visible structure (issue 16 point 2, fresh-user trial 60).

A press release: its kind alone on a line (``ニュースリリース``, ``プレスリリース``, ``News Release``: events.PRESS_KINDS;
a notice's ``お知らせ``: letters.NOTICE_KINDS) stays front, and the headline under it is the title, the dashed line
under that its subtitle; the kind had been the title and the headline and subtitle a paragraph of the front.

A municipal newsletter: the masthead's telephone line (``電話 0265-00-1234``) and an article's one-line contact
(``問い合わせ　総務課 防災係　内線215``) are never headings, so the marked articles stand at one level; the city is
the one whose own office issues it (``発行：みなせ町役場 総務課　〒…``), a name in kana Sudachi reads as a verb too.

Made-up documents (also under /work/regress/in_press60/)."""

from __future__ import annotations

import pytest

from segment_inputs import run_text

RELEASE = """{addressee}
2026年5月20日
{company}

{kind}

{headline}
{subtitle}

{company}（本社：静岡県浜松市中区）は、新しいサービスを2026年6月1日より開始します。
利用者はスマートフォンから予約できます。

■ 背景
農業従事者の高齢化により、作業の負担軽減が課題となっています。

■ 今後の展開
2027年度中に対象地域を拡大します。

【本件に関するお問い合わせ先】
{company} 広報部　担当：岩瀬
TEL：053-000-1111
"""


def _one(text: str):
    [talk] = run_text(text).talks
    return talk


@pytest.mark.parametrize("addressee, company, kind, headline, subtitle", [
    ("報道関係者各位", "株式会社ミドリテック", "ニュースリリース", "農業用ドローンの自動散布サービス「そらまきクラウド」を提供開始",
     "―小規模農家でも1回5,000円から利用可能に―"),
    ("報道関係各位", "あおぞら食品株式会社", "プレスリリース", "国産大豆100％の植物性ミルク「まめのしずく」を全国発売",
     "〜乳製品アレルギーの方にも安心の新製品〜"),
    ("報道機関各位", "北浜交通株式会社", "ニュースリリース", "路線バスの運行情報をスマートフォンでリアルタイム配信",
     "－全12路線でバスの現在地を地図に表示－"),
    ("お客様各位", "株式会社さくら電力", "お知らせ", "一部地域における電気料金プランの改定について", "―2026年7月検針分から適用―"),
])
def test_the_headline_under_a_release_kind_is_the_title60(addressee, company, kind, headline, subtitle):
    talk = _one(RELEASE.format(addressee=addressee, company=company, kind=kind, headline=headline, subtitle=subtitle))
    assert talk.title.ja is not None and talk.title.ja.text == headline
    assert talk.subtitle.ja is not None and talk.subtitle.ja.text == subtitle
    front = [t.text for t in talk.front]
    assert kind in front
    assert not any(headline in t for t in front)
    assert [s.title.text for s in talk.sections][:2] == ["背景", "今後の展開"]


def test_a_release_kind_over_the_first_line_keeps_the_headline60():
    # the kind on the first line, then the date and the company: the block opens on the company
    text = "ニュースリリース\n2026年11月10日\n北浜交通株式会社\n\n路線バスの運行情報をリアルタイム配信\n－全12路線で現在地を表示－\n\n" \
           "北浜交通株式会社は、2026年12月1日より新しいサービスを開始します。\n\n■ サービスの概要\nウェブブラウザから利用できます。\n"
    talk = _one(text)
    assert talk.title.ja.text == "路線バスの運行情報をリアルタイム配信"
    assert talk.subtitle.ja.text == "－全12路線で現在地を表示－"
    assert "ニュースリリース" in [t.text for t in talk.front]


def test_a_release_dated_under_its_kind_keeps_the_headline60():
    # near miss: the line after the kind is the release's date, never the title; the headline under it is
    text = "株式会社ミドリテック\nニュースリリース\n2026年5月20日\n\n農業用ドローンの散布記録サービスを開始\n\n" \
           "株式会社ミドリテックは、散布の記録を自動で作成するサービスを2026年6月1日より開始します。\n\n" \
           "■ サービスの特長\n散布記録を自動で作成します。\n\n■ 今後の展開\n対象地域を拡大します。\n"
    talk = _one(text)
    assert talk.title.ja.text == "農業用ドローンの散布記録サービスを開始"
    assert {"ニュースリリース", "2026年5月20日"} <= {t.text for t in talk.front}
    assert [s.title.text for s in talk.sections] == ["サービスの特長", "今後の展開"]


NEWSLETTER = """{masthead}
令和8年4月号　No.612
{issuer}
{phone}

{mark} 春の交通安全運動が始まります
４月６日（月）から１５日（水）まで、春の全国交通安全運動が実施されます。
ドライバーの皆さんは、子どもの飛び出しに十分注意してください。
{contact}

{mark} 図書館 開館時間の変更
４月から、図書館の開館時間が次のとおり変わります。
休館日は毎週月曜日です。

{mark} 親子ヨガ教室
日時　４月１８日（土）午前10時～11時30分
会場　保健センター 2階 多目的室
対象　0歳～3歳のお子さんと保護者 15組

{mark} 電話相談窓口の開設
５月から、高齢者のための電話相談窓口を開設します。
介護や生活の困りごとを、専門の相談員がお聞きします。
"""
ARTICLES = ["春の交通安全運動が始まります", "図書館 開館時間の変更", "親子ヨガ教室", "電話相談窓口の開設"]


@pytest.mark.parametrize("masthead, issuer, phone, mark, contact, city", [
    ("広報みなせ", "発行：みなせ町役場 総務課　〒399-0000　長野県北みなせ郡みなせ町中央1-1", "電話 0265-00-1234", "■",
     "問い合わせ　総務課 防災係　内線215", "みなせ町"),
    ("市報こもれび", "編集・発行：こもれび市役所 秘書広報課　〒321-0000　栃木県こもれび市本町2-3", "TEL 028-000-7777", "●",
     "お問い合わせ　スポーツ振興課　電話 028-000-7781", "こもれび市"),
    ("あおば区だより", "発行：あおば区役所 区政推進課　〒980-0000　宮城県仙台市あおば区中央3-1", "電話 022-000-3333", "◆",
     "問合せ　区政推進課 地域振興係　内線425", "あおば区"),
    ("村報やまびこ", "編集・発行　やまびこ村役場 総務課", "電話 0267-00-5500", "■", "", "やまびこ村"),  # no contact line
])
def test_a_municipal_newsletter_gives_its_articles_at_one_level60(masthead, issuer, phone, mark, contact, city):
    talk = _one(NEWSLETTER.format(masthead=masthead, issuer=issuer, phone=phone, mark=mark, contact=contact))
    assert [(s.title.text, s.level) for s in talk.sections] == [(a, 1) for a in ARTICLES]
    assert phone in [t.text for t in talk.front]
    if contact:
        assert "".join(talk.sections[0].paragraphs[-1].text.split()) == "".join(contact.split())  # (clean joins 電話 0…)
    assert talk.city.ja is not None and talk.city.ja.text == city


def test_a_private_association_names_no_city60():
    # near miss: the newsletter of a residents' association, issued by it, not by a municipality's office
    talk = _one(NEWSLETTER.format(masthead="さくら台だより", issuer="発行：さくら台自治会 広報部", phone="電話 045-000-8888",
                                  mark="■", contact="問い合わせ　自治会長　電話 045-000-8889"))
    assert talk.city.ja is None
    assert [(s.title.text, s.level) for s in talk.sections] == [(a, 1) for a in ARTICLES]


def test_a_topic_about_the_telephone_stays_a_heading60():
    # near miss: unmarked headlines naming the telephone as their topic are no means of contact
    text = "広報ゆめみ\n令和8年10月号\n発行：ゆめみ市役所 広報課\n\n電話相談窓口の開設\n" \
           "１０月から、市役所に子育てに関する電話相談窓口を開設します。\n平日の午前9時から午後5時まで、保健師が相談に応じます。\n\n" \
           "電話番号が変わります\n１１月から、市民課の電話番号が新しくなります。\nお手数ですが、登録の変更をお願いします。\n"
    talk = _one(text)
    assert [s.title.text for s in talk.sections] == ["電話相談窓口の開設", "電話番号が変わります"]
    assert talk.city.ja.text == "ゆめみ市"
