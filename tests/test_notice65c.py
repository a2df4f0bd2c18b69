"""A Japanese notice's issuing office under its date, no person's name (issue 16, fresh-user trial 65c; helper
notice65c): the office closing the notice under its date of issue is its speaker (``affiliation`` the office,
``name`` null), and the date and office are the notice's foot, ``front`` after its last section, as a Korean issuer
(``letters._korean_signer``) and a Chinese organ (``letters.chinese_issuer``) already were (``letters.japanese_issuer``).
Near misses: a contact line under the date, an office ending an item's sentence, no date, an event's date and venue.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.segment_inputs import front_texts as _front, last_paragraphs as _last_paragraphs, run_text
from tests.segment_inputs import speaker_texts as _speaker



TRIAL = """\
令和7年度　放課後子ども教室の参加者募集について

　青葉市教育委員会では、放課後の子どもたちの安全な居場所づくりのため、放課後子ども
教室の参加者を次のとおり募集します。

1．対象
（1）市内の小学校に通う1年生から6年生
（2）保護者が送迎できる児童
2．開催日時
（1）毎週水曜日　午後3時から午後5時まで
（2）夏休み期間中は休止します
3．申込方法
（1）申込書を各小学校の担任の先生に提出してください
（2）申込期限は5月9日（金）です

令和7年4月10日
青葉市教育委員会　生涯学習課
"""


def test_the_trials_office_under_its_date_is_the_issuer65c():
    (talk,) = run_text(TRIAL).talks
    assert _speaker(talk) == (None, "青葉市教育委員会　生涯学習課")
    assert _front(talk)[-2:] == ["令和7年4月10日", "青葉市教育委員会　生涯学習課"]
    assert _last_paragraphs(talk) == ["（1）申込書を各小学校の担任の先生に提出してください", "（2）申込期限は5月9日（金）です"]
    assert talk.city.ja.text == "青葉市"
    assert any(e.kind == "city" and "closing the text under its date" in e.detail for e in talk.evidence)


ITEMS = """\
{title}

　{opening}

１．内容
　{first}
２．申込み
　電話またはインターネットで申し込んでください。

{foot}
"""


@pytest.mark.parametrize("title, opening, first, date, office, city", [
    ("夏季プール開放のお知らせ", "夏休み期間中に市内小学校のプールを開放します。", "7月22日から8月20日まで開放します。",
     "令和7年6月20日", "みなと市教育委員会", "みなと市"),
    ("粗大ごみ収集方法の変更について", "粗大ごみの収集方法を次のとおり変更します。", "収集は予約制となります。",
     "2025年8月1日", "さくら市市民生活部　環境対策課", "さくら市"),
    ("親子工作教室の参加者募集", "親子で楽しめる工作教室を開きます。", "木工で本立てを作ります。",
     "令和７年７月１日", "ひかり市こども未来センター", None),  # a centre the city runs names no city (helper city57)
    ("地域ボランティア講座の開催について", "ボランティアの担い手を育てる講座を開きます。", "傾聴の基礎を学びます。",
     "令和7年5月15日", "かわせ市社会福祉協議会", None),  # a private body
    ("港まつり出店者の募集", "港まつりの出店者を募集します。", "飲食ブースを出店できます。",
     "令和7年7月10日", "うみべ市港まつり実行委員会", None),  # an event's committee
])
def test_an_office_under_its_date_closing_a_notice_is_its_issuer65c(title, opening, first, date, office, city):
    (talk,) = run_text(ITEMS.format(title=title, opening=opening, first=first, foot=f"{date}\n{office}")).talks
    assert _speaker(talk) == (None, office)
    assert talk.speaker.authors == ()
    assert _front(talk)[-2:] == [unicodedata.normalize("NFKC", date), office]  # (clean's digits are ASCII)
    assert _last_paragraphs(talk) == ["電話またはインターネットで申し込んでください。"]
    assert (talk.city.ja.text if talk.city.ja is not None else None) == city


def test_an_office_on_two_lines_under_its_date65c():
    (talk,) = run_text(ITEMS.format(title="図書館の臨時休館について", opening="システム更新のため休館します。",
                                    first="11月4日から11月10日まで休館します。",
                                    foot="令和7年10月1日\nあさひ市教育委員会\n中央図書館")).talks
    assert _speaker(talk) == (None, "あさひ市教育委員会 中央図書館")
    assert _front(talk)[-3:] == ["令和7年10月1日", "あさひ市教育委員会", "中央図書館"]


def test_one_line_items_with_no_running_text65c():
    # no sentence among the notice's lines: its closing is read under the title block all the same
    text = "親子工作教室の参加者募集\n\n１．日時　８月９日（土）午前１０時から正午まで\n２．会場　こども未来センター　工作室\n" \
           "３．定員　親子１５組（先着順）\n\n2025年7月1日\nひかり市こども未来センター\n"
    (talk,) = run_text(text).talks
    assert _speaker(talk) == (None, "ひかり市こども未来センター")
    assert _front(talk)[-2:] == ["2025年7月1日", "ひかり市こども未来センター"]


@pytest.mark.parametrize("foot, last", [
    # a contact line under the date: whom to ask, no issuer
    ("令和7年5月1日\n問い合わせ　健康推進課　電話 0123-45-6789", None),
])
def test_a_contact_or_an_undated_office_is_no_issuer65c(foot, last):
    (talk,) = run_text(ITEMS.format(title="健康診断の受診について", opening="健康診断を次のとおり行います。",
                                    first="6月1日から6月30日まで受診できます。", foot=foot)).talks
    assert talk.speaker.text is None
    if last is not None:
        assert last in _last_paragraphs(talk) or last in _front(talk)


def test_an_undated_office_closing_the_text_set_apart_is_its_issuer70():
    """Session 70 (fresh-user trial 70b, tests/test_issuer70.py) replaces this file's "no date over the office, no
    issuer": the office closing the whole text, set apart under its last sentence, issues it as under a date."""
    (talk,) = run_text(ITEMS.format(title="健康診断の受診について", opening="健康診断を次のとおり行います。",
                                    first="6月1日から6月30日まで受診できます。", foot="みどり市危機管理課")).talks
    assert _speaker(talk) == (None, "みどり市危機管理課")
    assert _front(talk)[-1] == "みどり市危機管理課"


@pytest.mark.parametrize("item", [
    "２．申込先\n　申込書は、令和7年4月1日までに\n　みどり市農政課",  # an office ending the item's sentence
    "２．日時・会場\n　令和7年6月14日（土）\n　青葉市民センター",  # an event's date and venue
])
def test_an_items_own_office_or_venue_is_no_issuer65c(item):
    text = f"講演会のご案内\n\n１．演題\n　子どもの読書について\n{item}\n"
    (talk,) = run_text(text).talks
    assert talk.speaker.text is None
    assert _last_paragraphs(talk)[-1] == item.split("\n")[-1].strip("　")
