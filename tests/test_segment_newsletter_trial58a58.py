"""A short municipal newsletter and a town's council minutes (fresh-user trial 58, helper trial58a).

The newsletter (``広報みどりの　２０２５年４月号`` / ``発行：緑野市役所 総務課　編集：広報係`` / ``市長あいさつ`` / prose / ``お知らせ``
/ ``■ …`` …) had been read as a deck of two unnumbered slides: 3 lines of prose in 11 weighed no paper evidence by
the count of lines, its short headings and ``■`` headlines a deck's. Its heading ``市長あいさつ`` (the mayor's
greeting) had become the speaker, name ``あいさつ``, post ``市長``; its title took the publisher's line, and its city was
null. Minutes titled ``緑野市議会 …定例会会議録`` had city null: Sudachi reads ``緑野`` as a common noun, no place name.
Real decks, covers with a post and a name, and a prefecture's minutes stay as they were."""

from __future__ import annotations

import pytest

from pipeline.segment.names import speaker_split
from pipeline.segment.organisations import assembly_in_title
from tests.segment_inputs import run_text

MIDORINO = """\
広報みどりの　２０２５年４月号
発行：緑野市役所 総務課　編集：広報係

市長あいさつ
新年度を迎え、市民の皆さまに心よりお祝い申し上げます。今年度は子育て支援を一層充実させます。

お知らせ
■ 粗大ごみの収集日が変わります
５月から、粗大ごみの収集日は毎月第２水曜日になります。
■ 市民プールのオープン
７月１日から市民プールを開場します。入場料は大人３００円です。

イベント情報
桜まつり　４月５日（土）　中央公園
"""

SAKURA = """\
市報さくら　2024年10月号
編集・発行：桜台町役場 企画課

町長あいさつ
秋も深まり、朝夕はめっきり涼しくなりました。町民の皆さまには日頃より町政にご協力をいただき、ありがとうございます。

暮らしの情報
■ 住民健診のご案内
１０月２０日に保健センターで住民健診を行います。事前の申し込みが必要です。
■ 図書館の休館日
図書館は蔵書点検のため１１月１日から５日まで休館します。

催し物
文化祭　１１月３日（月）　町民会館
"""

MINAMI = """\
みなみ区だより　第58号
発行　南浜区役所 区政推進課

区長からのごあいさつ
区民の皆さまに支えられ、区だよりは今号で５８号を迎えました。これからも地域の話題をお届けします。

防災のお知らせ
● 避難訓練を行います
９月１日の防災の日に合わせて、各小学校で避難訓練を行います。ご家族そろってご参加ください。
● 備蓄品の点検
家庭の備蓄品は年に一度点検し、期限の切れたものを入れ替えましょう。

スポーツ
区民運動会　１０月１２日（日）　南浜公園
"""


@pytest.mark.parametrize("text, title, city, first", [
    (MIDORINO, "広報みどりの", "緑野市", "市長あいさつ"),
    (SAKURA, "市報さくら", "桜台町", "町長あいさつ"),
    (MINAMI, "みなみ区だより", "南浜区", "区長からのごあいさつ"),
], ids=["midorino", "sakura-town", "minami-ward"])
def test_a_newsletter_of_prose_under_short_headings_is_a_paper(text, title, city, first):
    (talk,) = run_text(text).talks
    assert talk.shape == "paper" and not talk.slides
    assert talk.title.ja.text == title  # the masthead; its issue and publisher's line are front
    assert talk.speaker.name is None and talk.speaker.text is None
    assert talk.city.ja.text == city
    assert talk.sections[0].title.text == first
    assert any(e.kind == "city" for e in talk.evidence)


@pytest.mark.parametrize("line", ["市長あいさつ", "町長就任あいさつ", "会長 あいさつ", "理事長所信表明"])
def test_a_post_then_common_words_names_no_one(line):
    assert speaker_split(line) is None


@pytest.mark.parametrize("line, post", [("市長　山田太郎", "市長"), ("副市長 佐藤 花子", "副市長"),
                                        ("港北市都市計画課長 佐藤 一郎", "港北市都市計画課長"), ("委員 中村 まい", "委員")])
def test_a_post_then_a_name_still_names_the_speaker(line, post):
    assert line[:speaker_split(line)] == post


@pytest.mark.parametrize("title, city", [
    ("令和6年第2回緑野市議会定例会会議録（第3号）", "緑野市"), ("令和7年第1回さくら町議会臨時会会議録", "さくら町"),
    ("平成30年第4回あおば村議会定例会会議録（第2号）", "あおば村"), ("緑川市議会定例会議事録", "緑川市"),
    ("全国市議会議長会定例総会資料", None), ("近隣市議会との交流", None), ("緑野市議会だより", None),
])
def test_a_municipality_s_assembly_names_it(title, city):
    span = assembly_in_title(title)
    assert (title[span[0]:span[1]] if span else None) == city


def test_council_minutes_give_their_town_and_a_prefecture_s_none():
    minutes = ("令和６年第２回緑野市議会定例会会議録（第３号）\n令和６年６月１２日（水曜日）\n\n"
               "○議長（田中一郎君）　ただいまから本日の会議を開きます。\n○市長（木村正君）　お答えします。\n")
    (talk,) = run_text(minutes).talks
    assert talk.city.ja.text == "緑野市"
    prefecture = "令和６年大阪府議会定例会会議録\n令和６年９月２０日\n\n○議長（中村一郎君）　開会します。\n○知事（吉田太郎君）　お答えします。\n"
    (talk,) = run_text(prefecture).talks
    assert talk.city.ja is None  # a prefecture is no city (helper city58)


@pytest.mark.parametrize("text, speaker", [
    ("防災のまちづくり\n港南市 危機管理課　山本 一郎\n\n本日の内容\n・現状\n・課題\n・今後の取組\n\n現状\n・避難所 42か所\n"
     "・備蓄 3日分\n\n課題\n・高齢者の避難\n・情報伝達\n\nご清聴ありがとうございました\n", "山本 一郎"),
    ("子育て支援の新たな展開\n副市長 佐藤 花子\n\n本日の内容\n・保育所の整備\n・放課後の居場所\n\nご清聴ありがとうございました\n",
     "佐藤 花子"),
    ("市民とつくるまちの未来\n市長　山田太郎\n\nまちづくりの方針\n・市民参加\n・公民連携\n\nありがとうございました\n", "山田太郎"),
], ids=["agenda-deck", "deputy-mayor-cover", "mayor-cover"])
def test_a_deck_of_short_lines_stays_a_deck_with_its_speaker(text, speaker):
    (talk,) = run_text(text).talks
    assert talk.shape == "deck" and len(talk.slides) >= 3
    assert talk.speaker.name.text == speaker
