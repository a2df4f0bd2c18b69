"""A programme's lectures titled in quotation marks with no label, and the city its organiser names (issue 16,
helper prog59).

1. A public lecture's flyer whose lectures are ``第1部 13:40～14:40`` over a title in ``「…」`` (or ``『…』``) over a
   ``講師`` line, with no ``演題：`` label, gives one talk per part, as the labelled flyer does: the title without its
   marks and without the part and the time, the part's number in ``number``, the part's line (number and time) and
   the quoted line in ``front``, the speaker from the lecturer's line.
2. The event's organiser's line names each lecture's city where the organiser is a municipality or its office
   (``主催：浜松市``, ``主催：松本市教育委員会``); a prefecture (``主催：長野県``), a co-organiser (``共催：…``) and a venue
   (``会場：浜松市福祉交流センター``) name none.

Every document is made up; the same inputs are in ``/work/regress/in_prog59/``.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

HAMAMATSU = """\
市民公開講座のご案内
「海とともに生きるまち」

日時：2026年2月14日（土）13:30～16:00
会場：浜松市福祉交流センター 大ホール
参加費：無料（定員200名）

プログラム
第1部 13:40～14:40
「遠州灘の津波と防潮堤」
講師：鈴木 一郎 氏（静岡大学 教授）

第2部 14:50～15:50
「地域で進める避難訓練」
講師：高橋 美紀 氏（浜松市危機管理課）

主催：浜松市
お問い合わせ：浜松市危機管理課 TEL 053-457-0000
"""

MATSUMOTO = """\
令和8年度 図書館講演会

日時：2026年10月3日（土）14:00～16:30
会場：松本市中央図書館 2階ホール
申込：不要

第１部　14:00～15:00
『子どもの読書と図書館のこれから』
講師：中村 さやか 氏（信州大学 准教授）

第２部　15:15～16:15
『まちの記憶を残す地域資料』
講師：小林 健太 氏（松本市文書館 館長）

第３部　16:15～16:30
『質疑応答と意見交換』
講師：小林 健太 氏（松本市文書館 館長）

主催：松本市教育委員会
"""

NAGANO = """\
防災シンポジウム2026

日時：2026年6月20日（土）
会場：長野県民文化会館
主催：長野県

第一部 10:00～11:00
「火山とともに暮らす」
講師　田中 誠 先生（信州大学 教授）

第二部 11:10～12:10
「避難所運営の実際」
講師　山本 花子 氏（長野県危機管理部）
"""


def _texts(ts):
    return [t.text for t in ts]


@pytest.mark.parametrize("text, titles, numbers", [
    (HAMAMATSU, ["遠州灘の津波と防潮堤", "地域で進める避難訓練"], ["1", "2"]),
    (MATSUMOTO, ["子どもの読書と図書館のこれから", "まちの記憶を残す地域資料", "質疑応答と意見交換"], ["1", "2", "3"]),
    (NAGANO, ["火山とともに暮らす", "避難所運営の実際"], ["1", "2"]),
])
def test_a_quoted_lecture_under_its_part_is_a_talk(text, titles, numbers):
    talks = run_text(text).talks
    assert [t.title.ja.text for t in talks] == titles
    assert [t.number for t in talks] == numbers
    assert all(t.speaker.name is not None and t.speaker.text.text.startswith("講師") for t in talks)


def test_the_part_time_and_quoted_line_stay_front():
    first, second = run_text(HAMAMATSU).talks
    assert _texts(first.front)[-3:] == ["第1部", "13:40～14:40", "「遠州灘の津波と防潮堤」"]
    assert _texts(second.front)[:3] == ["第2部", "14:50～15:50", "「地域で進める避難訓練」"]
    assert first.speaker.name.text == "鈴木 一郎" and second.speaker.name.text == "高橋 美紀"


def test_an_ideographic_space_after_the_part_is_kept():
    # (``第１部　14:00～15:00``: the space had been lost with no ledger row, the conservation check failing)
    first = run_text(MATSUMOTO).talks[0]
    assert "\u300014:00～15:00" in _texts(first.front)


@pytest.mark.parametrize("text, city", [(HAMAMATSU, "浜松市"), (MATSUMOTO, "松本市")])
def test_the_organiser_names_every_lectures_city(text, city):
    talks = run_text(text).talks
    assert [t.city.ja.text if t.city.ja else None for t in talks] == [city] * len(talks)
    assert any("organiser" in e.detail for e in talks[0].evidence if e.kind == "city")


def test_a_prefecture_organiser_names_no_city():
    assert [t.city.ja for t in run_text(NAGANO).talks] == [None, None]


def test_a_venue_or_a_co_organiser_names_no_city():
    text = HAMAMATSU.replace("主催：浜松市\n", "共催：浜松市\n").replace("浜松市危機管理課）", "静岡県危機管理課）") \
        .replace("お問い合わせ：浜松市危機管理課", "お問い合わせ：事務局")
    talks = run_text(text).talks
    assert len(talks) == 2 and [t.city.ja for t in talks] == [None, None]


@pytest.mark.parametrize("text", [
    # quoted text in a sentence, no lecturer under it
    "講演会のお知らせ\n\n第1部 13:40～14:40\n「遠州灘の津波と防潮堤」については、当日資料を配布します。\n講師の紹介は後日いたします。\n\n"
    "第2部 14:50～15:50\n質疑応答\n\n主催：浜松市\n",
    # parts with unquoted items, a quoted name in one
    "市民公開講座のご案内\n\n会場：浜松市福祉交流センター 大ホール\n\nプログラム\n第1部 13:40～14:40\n講演と質疑応答\n"
    "第2部 14:50～15:50\nパネルディスカッション「地域の防災」\n\n主催：浜松市\n",
    # a quoted headline with a lecturer but no part over it
    "「海とともに生きるまち」\n講師：鈴木 一郎 氏（静岡大学 教授）\n「森とともに生きるまち」\n講師：高橋 美紀 氏（浜松市危機管理課）\n",
])
def test_near_misses_stay_one_document(text):
    assert len(run_text(text).talks) == 1


def test_a_council_of_bodies_is_no_citys_office():
    # ``東浜市社会福祉協議会`` is a body of its own (a council), not the city's assembly (``東浜市議会``)
    text = HAMAMATSU.replace("主催：浜松市\n", "主　催：浜松市社会福祉協議会\n").replace("浜松市危機管理課）", "静岡県危機管理課）") \
        .replace("お問い合わせ：浜松市危機管理課", "お問い合わせ：事務局")
    assert [t.city.ja for t in run_text(text).talks] == [None, None]
    assert [t.city.ja.text for t in run_text(text.replace("社会福祉協議会", "議会")).talks] == ["浜松市", "浜松市"]
