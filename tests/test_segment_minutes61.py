"""Meeting records with numbered fields (issue 16, fresh-user trial 61; made-up text, not the trial's).

A committee's record under its session line (``令和６年第３回定例会`` / ``建設水道委員会記録``) had the session for its
title and its agenda field (``５　審査案件`` over the bills) for its only section, every speech under it; a council's
summary (議事要旨) had its agenda's items and all their discussion in front, or, where a field's value opened on
hiragana (``２　場所　ひばり市役所``) or the fields were numbered ``(1)``, every field a section; English minutes had
the association under their title for the speaker's affiliation. The near misses (a report's ``1 日時の設定について``,
a notice's numbered ``1 日時`` items, a flyer's ``日時：`` fields, a report by an association) keep their reading.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

TURNS = """\
○{chair}委員長　ただいまから{body}を開会いたします。
　議案第１８号を議題といたします。
○山根教育部長　議案第１８号について御説明申し上げます。本案は、小学校２校の
統合に伴い、条例を改正するものでございます。
○加藤委員　統合後の通学路の安全対策はどうなっていますか。
○岡学校教育課長　スクールバスを２台運行する予定でございます。
○{chair}委員長　ほかに質疑はありませんか。
　〔「なし」と呼ぶ者あり〕
○{chair}委員長　議案第１８号は原案のとおり可決すべきものと決定いたしました。
"""

COMMITTEES = {
    "fullwidth": ("令和７年第２回定例会", "文教厚生委員会記録", "川口", """\
１　日時　令和７年６月１２日（木曜日）午後１時３０分開会
２　場所　第１委員会室
３　出席委員（５名）
　　委員長　　川口　正人　　副委員長　　内海　さやか
　　委員　　　加藤　勇　　　委員　　　　渡部　里美
４　説明のため出席した者
　　教育部長　　　　　山根　孝
５　審査案件
　　議案第１８号　みどり野市立学校設置条例の一部改正について
　　議案第１９号　放課後児童クラブ条例の一部改正について

―――――――――――――――――――――――――――――
"""),
    "halfwidth": ("令和6年第4回定例会", "産業経済委員会記録", "松田", """\
1 日時 令和6年12月9日（月曜日）午前10時開会
2 場所 第3委員会室
3 出席委員（6名）
  委員長 松田 一郎  副委員長 高木 玲子
  委員 新井 誠  委員 大島 弘美
4 説明のため出席した者
  産業振興部長 西川 昭
5 付託案件
  議案第61号 さくら川市企業立地促進条例の制定について
  請願第3号 商店街の空き店舗対策を求める請願
"""),
    "dai": (None, "総務常任委員会記録", "堀", """\
第１　日時　令和５年３月８日（水曜日）午前９時３０分開会
第２　場所　全員協議会室
第３　出席委員（４名）
　　委員長　　堀　達也　　副委員長　　栗田　恵
　　委員　　　野口　清　　委員　　　　浜田　ゆかり
第４　審査事件
　　議案第５号　東山町職員の給与に関する条例の一部改正について
"""),
}


@pytest.mark.parametrize("variant", list(COMMITTEES))
def test_committee_record_keeps_its_fields_in_front_and_its_turns_as_the_proceedings(variant):
    session, name, chair, fields = COMMITTEES[variant]
    text = (f"{session}\n" if session else "") + f"{name}\n\n{fields}\n" + TURNS.format(chair=chair, body=name[:-2])
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == name  # the record's name, never its session
    assert talk.speaker is None or talk.speaker.text is None  # the roster is a field's, no speaker
    front = [t.text for t in talk.front]
    if session:
        assert front[0] == session.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    assert any("説明のため出席した者" in s or "出席委員" in s for s in front)
    assert any(s.startswith("議案第") for s in front)  # the agenda field's value, a list, is front too
    (body,) = talk.sections  # the agenda field heads no section
    assert (body.number, body.title.text) == (None, "")
    assert body.paragraphs[0].text.startswith(f"○{chair}委員長")


def test_council_record_numbered_in_brackets_keeps_its_fields_in_front():
    text = """\
令和６年度第１回　みなと区都市計画審議会　会議録

(1) 日時　令和６年７月３日（水）午後３時～午後４時３０分
(2) 場所　みなと区役所　本館７階　第２会議室
(3) 出席者　委員１０名、事務局４名
(4) 審議案件
　　議第１号　港南地区地区計画の決定について
　　議第２号　生産緑地地区の変更について

○会長　ただいまから審議会を開会します。議第１号について事務局から説明をお願いします。
○事務局（都市計画課長）　議第１号について御説明します。港南地区は、工場跡地の土地利用転換が進んでおります。
○山川委員　緑地の確保はどのように担保されるのですか。
○事務局（都市計画課長）　地区計画で緑化率の最低限度を定めます。
"""
    (talk,) = run_text(text).talks
    front = [t.text for t in talk.front]
    assert [s[:3] for s in front[:4]] == ["(1)", "(2)", "(3)", "(4)"]
    (body,) = talk.sections
    assert body.number is None and body.paragraphs[0].text.startswith("○会長")


SUMMARIES = {
    "spaced-items": ("""\
1　日　時　令和7年5月28日（水）午前10時～午前11時50分
2　場　所　しらかば町役場 2階 会議室A
3　出席者　委員9名（欠席1名）、事務局3名
4　議　事
（1）町の省エネ計画について
事務局から、令和6年度の温室効果ガス排出量の速報値を説明した。
委員から、町民向けの省エネ啓発を強化すべきとの意見があった。
（2）森林環境譲与税の活用について
事務局から、間伐材を活用した公共施設の木質化の計画を報告した。
5　その他
次回は令和7年10月に開催する予定である。
""", ["4", "4.1", "4.2", "5"]),
    "halfwidth-items": ("""\
1 日時 令和6年2月14日（水）午後6時30分～午後8時
2 場所 あおば市役所 本庁舎4階 第1会議室
3 出席者 委員11名、事務局6名
4 議事
(1) 保育所の待機児童の状況について
事務局から、4月1日時点の待機児童数が12名であることを報告した。
(2) 子ども医療費助成の拡充について
事務局から、高校生までの対象拡大の案を説明した。
5 その他
事務局から、次回の日程を連絡した。
""", ["4", "4.1", "4.2", "5"]),
    "no-items": ("""\
１　日時　令和6年10月4日（金）午後2時～午後3時
２　場所　ひばり市役所 3階 302会議室
３　出席者　委員8名、事務局3名
４　議事
事務局から、景観計画の改定案の概要を説明した。
事務局は、色彩の基準値を例示する方向で検討すると回答した。
５　その他
次回は令和7年1月に開催する。
""", ["4", "5"]),
}


@pytest.mark.parametrize("variant", list(SUMMARIES))
def test_summary_keeps_its_fields_in_front_and_its_agenda_with_the_discussion_as_sections(variant):
    body, numbers = SUMMARIES[variant]
    (talk,) = run_text("令和7年度 第1回 しらかば町環境審議会 議事要旨\n\n" + body).talks
    front = [t.text for t in talk.front]
    assert len(front) == 3 and "出席者" in front[2]  # the three fields, each whole
    assert [s.number for s in talk.sections] == numbers
    assert all(s.paragraphs for s in talk.sections if s.number != "4" or numbers == ["4", "5"])
    assert talk.sections[-1].title.text == "その他"


def test_short_summary_keeps_its_fields_in_front_and_its_agenda_as_a_section():
    text = """\
ゆずりは町図書館協議会 議事要旨
1 日時 令和7年3月3日（月）午後2時～午後3時
2 場所 ゆずりは町立図書館 会議室
3 出席者 委員6名、事務局2名
4 議事
(1) 令和7年度事業計画について 事務局案のとおり承認された。
(2) その他 意見なし。
"""
    (talk,) = run_text(text).talks
    assert len(talk.front) == 3
    (agenda,) = talk.sections
    assert agenda.number == "4" and len(agenda.paragraphs) == 2


MINUTES_EN = {
    "board": ("Minutes of the Board Meeting", "Northgate Community Library Friends' Association",
              "Held on 6 May 2025 at 6.00pm in the Reading Room"),
    "agm": ("Minutes of the Annual General Meeting", "Riverside Allotment Holders' Society",
            "Held on 14 March 2025 at 7.30pm in the Scout Hut"),
    "parish": ("Minutes of the Meeting of the Council", "Little Wexcombe Parish Council",
               "held at the Village Hall on Monday 10 November 2025 at 7.30pm"),
}


@pytest.mark.parametrize("variant", list(MINUTES_EN))
def test_minutes_have_no_speaker_the_body_under_their_title_is_front(variant):
    title, body, held = MINUTES_EN[variant]
    text = f"""\
{title}
{body}
{held}

Present: Dan Okafor (Chair), Helen Marsh (Secretary), Rita Bose, Sam Lowe
Apologies: Gwen Price

1. Chair's report
The Chair reported that all 48 plots were let and the waiting list stood at 19.

2. Water supply
Helen Marsh said the new troughs would be installed in April.

The meeting closed at 8.40pm.
"""
    (talk,) = run_text(text).talks
    assert talk.title.en.text == title
    assert talk.speaker is None or talk.speaker.text is None
    assert body in [t.text for t in talk.front]
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_a_report_by_an_association_keeps_it_for_its_speaker():
    text = """\
Annual Report 2024
Riverside Allotment Holders' Society

1. Introduction
This report sets out the society's work during 2024, the state of the site and our accounts.

2. Plots
All 48 plots were let during the year. The waiting list grew to 19 households.
"""
    (talk,) = run_text(text).talks
    assert talk.speaker.text.text == "Riverside Allotment Holders' Society"


def test_a_reports_chapter_on_the_date_is_a_section():
    text = """\
市民活動センター利用者懇談会の運営に関する報告書

1 日時の設定について
懇談会は平日の夜間に開催してきたが、子育て世代の参加が少なかった。
2 場所の選定について
センターの会議室は定員が20名であり、毎回満席となった。
3 議事の進め方について
議題を事前に配布したことで、意見交換が活発になった。
"""
    (talk,) = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "日時の設定について"), ("2", "場所の選定について"), ("3", "議事の進め方について")]


def test_a_notices_numbered_items_stay_its_sections():
    # a notice lists no one who attended: its ``2 場所 つばき市役所`` is an item as before, not a record's field
    text = """\
第2回 つばき市総合計画審議会の開催について

次のとおり審議会を開催しますので、お知らせします。

1 日時 令和7年7月15日（火）午後2時から
2 場所 つばき市役所 5階 大会議室
3 議題
(1) 第六次総合計画の基本構想について
(2) 市民意識調査の結果について
4 傍聴 傍聴を希望する方は、当日午後1時30分までに会場へお越しください（先着10名）。
"""
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["日時", "場所", "議題", "傍聴"]


def test_a_flyers_fields_stay_front():
    text = """\
夏休み親子木工教室

日時：令和7年8月2日（土）午前10時～正午
場所：くすのき市立中央公民館 工作室
対象：小学生とその保護者（先着12組）

木の端材を使って、本立てや小物入れを作ります。
"""
    (talk,) = run_text(text).talks
    assert not talk.sections and any(t.text.startswith("場所：") for t in talk.front)


def test_labels():
    from pipeline.segment.events import is_session_name
    from pipeline.segment.labels import numbered_meeting_field, record_field_number

    assert record_field_number("（３）出席者　委員8名") == ("paren", 3, 3)
    assert record_field_number("第２　場所") == ("dai", 2, 3)
    assert numbered_meeting_field("２　場所　ひばり市役所") == "場所"
    assert numbered_meeting_field("2　場　所　しらかば町役場") == "場所"
    assert numbered_meeting_field("1 日時の設定について") is None
    assert is_session_name("令和６年第３回定例会") and not is_session_name("第3回北九州市議会定例会")
