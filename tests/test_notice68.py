"""A notice's head (issue 16, fresh-user trial 68; helper fix68a).

1. A numbered item's heading ends a letter's or notice's opening: item 1 is a section, never ``front``
   (``stage._item_heading``; the trial's ``１．変更の内容`` and its paragraph had been front, sections starting at 2).
2. The sender a Japanese notice sets over its subject, under its date and addressee (``桜台市長　中村 浩``), is its
   speaker, a view of the line, which stays ``front`` (``letters.head_sender``).
3. A notice signed at its head sets whom to ask as its foot: its closing contact block under its heading is ``front``,
   as under a closing signature (``sections.split_paper``'s ``signed_head``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts as _front, run_text
from tests.segment_inputs import speaker_texts as _speaker

TRIAL = """\
令和7年10月1日

市民の皆様へ

桜台市長　中村 浩

粗大ごみ収集日程の変更について

１．変更の内容
令和7年11月から、粗大ごみの収集日を毎月第２水曜日に変更します。
２．申し込み方法
収集の３日前までに、粗大ごみ受付センターへ電話で申し込んでください。
３．料金
１点につき５００円の処理券を購入し、品物に貼ってください。

【問合せ先】
桜台市 環境部 清掃課
電話 0123-45-6789
"""

ASCII_NO_SIGNER = """\
令和8年2月10日

保護者の皆様へ

学校給食費の改定について

1. 改定の理由
食材価格の上昇により、現行の給食費では必要な栄養量を確保することが難しくなりました。
2. 新しい給食費
令和8年4月から、小学校は月額4,800円、中学校は月額5,500円とします。
3. 納付方法
これまでどおり、口座振替で毎月10日に引き落とします。

問い合わせ先
みなと市教育委員会 学校給食課
電話 045-123-4567
"""

PAREN_ITEMS = """\
令和7年9月1日

町民の皆さまへ

ひかり町長　山本 一郎

防災訓練への参加について（お願い）

（1）実施日
令和7年10月5日（日）午前9時から実施します。
（2）集合場所
各地区の指定避難所に集合してください。
（3）持ち物
飲料水と筆記用具をお持ちください。

＜問い合わせ先＞
ひかり町役場 総務課 防災係
TEL 0234-56-7890
"""

KANJI_ITEMS_ORGANISATION = """\
みど教第45号
令和7年4月1日
関係各位

みどり市教育委員会
教育長　佐藤 花子

市民講座の開催について（通知）

一、日時
令和7年5月10日（土）午後1時30分から

二、会場
みどり市中央公民館 大ホール

三、内容
地域の歴史をテーマにした講演と展示を行います。

【お問い合わせ】
みどり市教育委員会 生涯学習課
電話 0266-12-3456
"""

ENGLISH_LETTER = """\
Ashcombe Parish Council
The Old School, Church Lane
Ashcombe AB1 2CD

14 March 2026

Dear Residents,

1. Road closure
Church Lane will be closed from 6 to 10 April while the drains are replaced.
2. Bus diversion
The 42 bus will use Mill Road during the closure.

Yours faithfully,
Jane Okafor
Parish Clerk
"""


def _numbers(talk) -> list[str | None]:
    return [s.number for s in talk.sections]


def _titles(talk) -> list[str]:
    return [s.title.text for s in talk.sections]


# -- 1. item 1 is a section -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, titles", [
    (TRIAL, ["変更の内容", "申し込み方法", "料金"]),
    # (unsigned, the contact block under its heading had been a section of its own: the closing block since helper
    # close82, issue 16, as under a signature)
    (TRIAL.replace("桜台市長　中村 浩\n\n", ""), ["変更の内容", "申し込み方法", "料金"]),
    (TRIAL.replace("１．", "1. ").replace("２．", "2. ").replace("３．", "3. "), ["変更の内容", "申し込み方法", "料金"]),
    (ASCII_NO_SIGNER, ["改定の理由", "新しい給食費", "納付方法"]),
    (PAREN_ITEMS, ["実施日", "集合場所", "持ち物"]),
    (KANJI_ITEMS_ORGANISATION, ["日時", "会場", "内容"]),
    (ENGLISH_LETTER, ["Road closure", "Bus diversion"]),
], ids=["trial", "no-signer", "ascii", "ascii-no-signer-other", "paren", "kanji-organisation", "english-letter"])
def test_a_notices_first_item_is_a_section_not_its_opening68(text, titles):
    (talk,) = run_text(text).talks
    assert _titles(talk) == titles
    headings = {s.heading.text for s in talk.sections if s.heading is not None}
    assert not headings & set(_front(talk)) and talk.sections[0].number == "1"


def test_the_opening_keeps_its_lines_before_the_first_item68():
    (talk,) = run_text(ENGLISH_LETTER).talks
    assert _front(talk)[:5] == ["Ashcombe Parish Council", "The Old School, Church Lane", "Ashcombe AB1 2CD",
                                "14 March 2026", "Dear Residents,"]


# -- 2. the sender over the subject -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    (TRIAL, ("中村 浩", "桜台市長")),
    (PAREN_ITEMS, ("山本 一郎", "ひかり町長")),
], ids=["trial", "town"])
def test_a_notices_sender_over_its_subject_is_its_speaker68(text, speaker):
    (talk,) = run_text(text).talks
    assert _speaker(talk) == speaker
    sender = next(t for t in _front(talk) if speaker[0] in t)  # the line stays where it stands
    assert talk.speaker.text.text == sender


@pytest.mark.parametrize("text", [
    # a contact's person over the subject is whom to ask, no sender
    TRIAL.replace("桜台市長　中村 浩", "市民課　担当 鈴木"),
    # an addressee right over the subject, the officer over it: the line nearest the subject names no sender
    TRIAL.replace("市民の皆様へ\n\n桜台市長　中村 浩", "桜台市長　中村 浩\n\n市民の皆様へ"),
], ids=["contact-person", "addressee-nearest"])
def test_no_sender_where_the_line_over_the_subject_names_none68(text):
    (talk,) = run_text(text).talks
    assert _speaker(talk) == (None, None)


# -- 3. the contact block of a notice signed at its head --------------------------------------------------------------

@pytest.mark.parametrize("text, block", [
    (TRIAL, ["【問合せ先】", "桜台市 環境部 清掃課", "電話 0123-45-6789"]),
    (PAREN_ITEMS, ["＜問い合わせ先＞", "ひかり町役場 総務課 防災係", "TEL 0234-56-7890"]),
    (KANJI_ITEMS_ORGANISATION, ["【お問い合わせ】", "みどり市教育委員会 生涯学習課", "電話 0266-12-3456"]),
], ids=["trial", "town", "organisation-officer"])
def test_a_head_signed_notices_contact_block_is_its_foot68(text, block):
    (talk,) = run_text(text).talks
    assert _front(talk)[-3:] == block
    assert all(s.title.text not in block[0] for s in talk.sections)


def test_an_unsigned_notices_or_newsletters_contact_block_is_the_closing_block68():
    # (it had stayed a section of its own, signed or not it closes the document since helper close82, issue 16)
    newsletter = """\
みなと台だより

夏祭りについて
今年の夏祭りは8月3日に中央公園で開催します。多くの皆様のご参加をお待ちしています。

防災訓練のお知らせ
9月1日に地区の防災訓練を行います。各家庭から一名以上ご参加ください。

問い合わせ先
みなと台自治会 事務局
電話 0123-98-7654
"""
    for text in (newsletter, ASCII_NO_SIGNER):
        (talk,) = run_text(text).talks
        assert talk.sections[-1].title.text != "問い合わせ先"
        assert [talk.front[i].text for i in talk.front_closing][0] == "問い合わせ先"


def test_the_trials_notice_file68():
    path = Path(__file__).parent / "data" / "notice68" / "t68_notice_ja.txt"  # trial 68's input
    (talk,) = run_text(path.read_text(encoding="utf-8")).talks
    assert _numbers(talk) == ["1", "2", "3"] and _speaker(talk) == ("中村 浩", "桜台市長")
