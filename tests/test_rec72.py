"""Meeting records, minutes and press releases give their visible structure (issue 16 point 2, fresh-user trial 72;
session 72, helper rec72; made-up texts, not the trial's; variants in ``/work/regress/in_rec72``).

A committee's record numbering its head fields ``１．開会日時　…`` (the stop touching the label), with ``開会日時`` /
``閉会日時`` and a label spread to four columns (``３．場　　所``), had its fields as sections 1 to 7, every speech under
the agenda's ``７．付託案件``, and its closing time line the first (only) ``front`` line; a release's items under ``記``
whose label was spread by two ideographic spaces or by ASCII spaces (``４　定　　員　各回20名``, ``５　参 加 費　…``) were
titled by their whole line; a parish council's minutes had no city. The near misses (a notice's ``1．日時`` items, a
paper's ``１．はじめに`` headings, a label-less line, an unlisted parish) keep their reading.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

TURNS = """\
○委員長（{chair}）　ただいまから委員会を開会いたします。
　本日の案件は、議案第１８号の１件であります。
○総務課長（山根孝）　議案第１８号について御説明申し上げます。
○加藤委員　職員の処遇はどうなりますか。
○総務課長（山根孝）　常勤職員に準じて改定いたします。
○委員長（{chair}）　異議なしと認めます。以上で本日の委員会を閉会いたします。
{closing}
"""

RECORDS = {
    "fullwidth-stop": ("""\
１．開会日時　令和７年６月１２日（木）午後１時３０分
２．閉会日時　令和７年６月１２日（木）午後３時１５分
３．場　　所　みどり町役場 第１委員会室
４．出席委員（４名）
　委員長　川口 正人　　副委員長　内海 さやか
　委　員　加藤 勇　　委　員　渡部 里美
５．欠席委員（なし）
６．説明のため出席した者
　総務課長　山根 孝
７．付託案件
　議案第１８号　みどり町職員の給与に関する条例の一部を改正する条例
""", "川口正人", "　　　　　　　　　　（午後３時１５分 閉会）"),
    "halfwidth-stop": ("""\
1.開会日時 令和6年12月9日（月）午前10時
2.閉会日時 令和6年12月9日（月）午前11時20分
3.場　　所 第3委員会室
4.出席委員（3名）
  委員長 松田 一郎  委員 新井 誠  委員 大島 弘美
5.説明のため出席した者
  総務課長 山根 孝
6.付託案件
  議案第18号 さくら川町税条例の一部改正について
""", "松田一郎", "（午前１１時２０分閉会）"),
    "stop-and-space": ("""\
１．　開会日時　令和５年３月８日（水）午前９時３０分
２．　場　　所　全員協議会室
３．　出席委員（２名）
　　委員長　堀 達也　　副委員長　栗田 恵
４．　付託案件
　　議案第１８号　東山村職員の給与に関する条例の一部改正について
""", "堀達也", "（午前１０時４５分　閉会）"),
}


@pytest.mark.parametrize("variant", list(RECORDS))
def test_committee_record_numbered_with_a_stop_keeps_its_fields_in_front_and_its_closing_time_last(variant):
    fields, chair, closing = RECORDS[variant]
    text = "令和７年第２回 みどり町議会 総務常任委員会 会議録\n\n" + fields + "\n" + TURNS.format(chair=chair, closing=closing)
    (talk,) = run_text(text).talks
    front = [t.text for t in talk.front]
    assert any("開会日時" in s for s in front) and any("出席委員" in s for s in front)
    assert any("場" in s and "所" in s for s in front)
    assert any(s.lstrip().startswith("議案第") for s in front)  # the agenda's value, a list, is front too
    assert not any("閉会）" in s for s in front)  # the closing time never moves before the body
    (body,) = talk.sections  # no field heads a section
    assert (body.number, body.title.text) == (None, "")
    assert body.paragraphs[0].text.startswith("○委員長")
    assert body.paragraphs[-1].text.strip() == closing.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))


PRESS = """\
報道関係者各位
令和７年１１月４日
みどり市 観光課

「秋の里山ウォーク」の参加者を募集します

　みどり市では、里山の魅力を知っていただくため、ガイド付きのウォーキングを実施します。
　下記のとおり参加者を募集しますので、よろしくお願いいたします。

記

１　実施日　令和７年１１月２２日（土）
２　集合場所　みどり駅 東口
{items}
以上
"""

PRESS_ITEMS = {
    "two-ideographic": ("３　定　　員　各回30名（先着順）\n４　参 加 費　お一人様1,000円\n５　申込方法　電話でお申し込みください。",
                        ["実施日", "集合場所", "定\u3000\u3000員", "参 加 費", "申込方法"],
                        ["各回30名（先着順）", "お一人様1,000円"]),
    "ascii-spaced": ("３　対 象 者　市内在住の方\n４　持 ち 物　雨具、水筒\n５　申込期限　令和７年１１月１４日（金）",
                     ["実施日", "集合場所", "対 象 者", "持 ち 物", "申込期限"], ["市内在住の方", "雨具、水筒"]),
    "one-ideographic": ("３　定　員　　２０名\n４　参加費　無料\n５　申込方法　電話でお申し込みください。",
                        ["実施日", "集合場所", "定\u3000員", "参加費", "申込方法"], ["20名", "無料"]),
}


@pytest.mark.parametrize("variant", list(PRESS_ITEMS))
def test_release_items_with_letter_spaced_labels_are_titled_by_their_labels(variant):
    items, titles, values = PRESS_ITEMS[variant]
    (talk,) = run_text(PRESS.format(items=items)).talks
    numbered = [s for s in talk.sections if s.number]
    assert [s.title.text for s in numbered] == titles
    assert [s.paragraphs[0].text for s in numbered[2:4]] == values


@pytest.mark.parametrize("name, city", [
    ("Millbrook Parish Council", "Millbrook"),
    ("Thornbury Parish Council", "Thornbury"),
])
def test_parish_council_minutes_name_their_town(name, city):
    text = f"""\
{name}
Minutes of the Parish Council Meeting
Held on Tuesday 4 November 2025 at 7.00 pm in the Village Hall

Present: Cllr Peter Ashdown (Chair), Cllr Tobias Wren, Cllr Gwen Harrington
Apologies: Cllr David Ferreira

1. Welcome and apologies
The Chair welcomed those present.

2. Finance
The council noted expenditure of £120 on the hire of the hall.

The meeting closed at 8.25 pm.
"""
    (talk,) = run_text(text).talks
    assert talk.city.en is not None and talk.city.en.text == city


# near misses: their reading must not change


def test_unlisted_parish_names_no_town():
    text = """\
Little Wexcombe Parish Council
Minutes of the Parish Council Meeting
Held on Tuesday 4 November 2025 at 7.00 pm in the Village Hall

Present: Cllr Peter Ashdown (Chair), Cllr Tobias Wren

1. Welcome and apologies
The Chair welcomed those present.

2. Finance
The council noted expenditure of £120 on the hire of the hall.
"""
    (talk,) = run_text(text).talks
    assert talk.city.en is None


def test_notice_numbered_with_a_stop_keeps_its_items_as_sections():
    text = """\
みどり市からのお知らせ
防災訓練の開催について

　次のとおり防災訓練を開催します。

１．日時　令和７年９月１日（月）午前９時
２．場所　みどり市役所 前庭
３．内容　避難訓練、消火器の使い方
"""
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "3"]


def test_paper_headings_numbered_with_a_stop_stay_sections():
    text = """\
地方都市における公共交通の再編
山田 太郎（みどり大学）

１．はじめに
　本稿では、地方都市における公共交通の再編を論じる。
２．調査の方法
　出席者への聞き取りと資料の分析を行った。
３．結果
　利用者は１．５倍に増えた。
"""
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections if s.number] == ["1", "2", "3"]


def test_unlisted_parish_named_again_as_the_venue_town_names_it():
    # fixed by helper place73 (places.parish_named_by_address)
    text = """\
Little Wexcombe Parish Council
Minutes of the Parish Council Meeting
Held on Tuesday 4 November 2025 at 7.00 pm in the Village Hall, Church Lane, Little Wexcombe

Present: Cllr Peter Ashdown (Chair), Cllr Tobias Wren

1. Welcome and apologies
The Chair welcomed those present.

2. Finance
The council noted expenditure of £120 on the hire of the hall.
"""
    (talk,) = run_text(text).talks
    assert talk.city.en is not None and talk.city.en.text == "Little Wexcombe"
