"""Issue 16 point 2, helper misc74: titles and speakers of Japanese notices, records and booklets, and an English
match report (fresh-user trial 74d; its five inputs kept in ``/work/regress/in_misc74/``). Each test is a made-up
variant of a trial input's kind, never the input itself.

1. An incident report's subject framed by its kind in lenticular brackets and its report's number
   (``【障害報告】…の停止について（第2報）``) is its title (``letters.subject_titled``); before, the notice had no title.
2. A record's kind alone on its first line (``退院サマリー``) over its office and labelled fields titles it; a field
   (``記載日：…``, ``主治医：…``) is no rival title (``talks._field_under_kind``). A post and its holder parted by a
   colon (``病棟看護師長：森下 恵子``) split at the colon (``names.post_colon_name``); 師長 and 医長 are posts.
3. A class or group glued to its number (``1組担任　…``, ``2班　…``) is no heading number (``numbering._CLASS_COUNT``),
   and the issuing school's line opening a booklet over its fields heads nothing (``sections._by_shape``).
4. An organisation's line closed by its staff in brackets (``研究室（指導教員：… 教授、助教：… 先生）``) gives each
   person a name and the organisation as affiliation (``names.bracketed_staff``).
5. A match report's fixture line (competition, day, ground) under its headline is no rival title
   (``titleblock.fixture_line``).
"""
from __future__ import annotations

import pytest

from pipeline.model import Text
from pipeline.segment.front import split_speaker
from tests.segmenting import authors_of, only_talk, text_of

INCIDENT = """【システム障害】基幹ネットワークの通信障害について（第1報）

2025年11月20日
総務部　情報政策課

職員各位

11月19日に発生した基幹ネットワークの通信障害について、現時点での状況をお知らせします。

1. 発生日時
2025年11月19日（水）14時05分～16時40分

2. 影響範囲
本庁舎および東部出張所の全端末で、インターネットと共有フォルダが利用できない状態となりました。
"""

RECORD = """看護サマリー

みなと市民病院　外科病棟
記載日：2025年11月2日
主治医：外科　山本 一郎
担当医：研修医　田中 花子
外来看護師長：川口 由美

【患者情報】
氏名：（架空症例）　年齢：65歳　性別：女性
入院日：2025年10月20日

【入院後経過】
術後の経過は良好で、10月25日より歩行訓練を開始した。
食事は全量摂取しており、睡眠も良好である。
"""

BOOKLET = """林間学校のしおり

みどり台市立第一小学校　第5学年
期間：2025年7月10日（木）～7月11日（金）
行き先：高原少年自然の家

【引率の先生】
団長　校長　中村 次郎 先生
1組担任　小林 健 先生
2組担任　加藤 真由美 先生
3組担任　吉田 修 先生

【一日目】
8時00分　学校に集合
9時00分　バスで出発
12時00分　昼食

【持ち物】
しおり、筆記用具、雨具、着替え
"""

SEMINAR = """2025年度 後期 輪講 日程表

北陸大学 大学院理工学研究科　環境科学専攻
海洋生態学研究室（指導教員：山本 一郎 教授、助教：佐藤 花子 先生）

会場：理学部2号館 301号室
時間：毎週火曜日 10時00分～11時30分

【担当一覧】
10月7日　ガイダンス（山本先生）
10月14日　論文紹介　修士1年 田中 太郎 さん
"""

MATCH = """Harbour City 1 Riverside United 1
Premier Division, Sunday 8 February 2026, Quay Park, Harbour City

By a staff reporter

Harbour City and Riverside United shared the points in a tense derby in front of 4,102 supporters at Quay Park.

The visitors led through a first-half penalty, and the home side levelled ten minutes from time when their captain
headed in a corner at the near post.

Next match: City travel to Westport on Saturday afternoon.
"""


def test_incident_report_subject_titles_it():
    """The subject titles the report; its bracketed rubric ``【システム障害】`` is a ``front`` line of its own since
    session 85 (helper notice85: a short bracketed label with no digit opening a title line is its kind, not its
    title; docs/segment.md, *Session 85, notice85*)."""
    talk, _ = only_talk(INCIDENT)
    assert text_of(talk.title.ja) == "基幹ネットワークの通信障害について（第1報）"
    assert "【システム障害】" in [text_of(f) for f in talk.front]


def test_record_kind_over_fields_titles_it():
    talk, _ = only_talk(RECORD)
    assert text_of(talk.title.ja) == "看護サマリー"


@pytest.mark.parametrize("line, post, name", [
    ("病棟看護師長：森下 恵子", "病棟看護師長", "森下 恵子"),
    ("外来看護師長：川口 由美", "外来看護師長", "川口 由美"),
    ("総務課長：山田 太郎", "総務課長", "山田 太郎"),
])
def test_post_colon_name_splits_at_colon(line, post, name):
    s = split_speaker(Text.from_raw(line, 1))
    assert (text_of(s.affiliation), text_of(s.name)) == (post, name)


def test_class_numbers_head_nothing():
    talk, _ = only_talk(BOOKLET)
    titles = [(s.number, s.title.text) for s in talk.sections]
    assert text_of(talk.title.ja) == "林間学校のしおり"
    assert all(n is None for n, _ in titles), titles
    assert [t for _, t in titles] == ["引率の先生", "一日目", "持ち物"]
    assert "みどり台市立第一小学校\u3000第5学年" in [t.text for t in talk.front]


def test_bracketed_staff_are_authors():
    talk, _ = only_talk(SEMINAR)
    assert authors_of(talk) == [("山本 一郎", "北陸大学 大学院理工学研究科\u3000環境科学専攻海洋生態学研究室"),
                                ("佐藤 花子", "北陸大学 大学院理工学研究科\u3000環境科学専攻海洋生態学研究室")]


def test_match_report_titled_by_headline():
    talk, _ = only_talk(MATCH)
    assert text_of(talk.title.en) == "Harbour City 1 Riverside United 1"
    assert "Premier Division, Sunday 8 February 2026, Quay Park, Harbour City" in [t.text for t in talk.front]


# near misses: inputs that must not change


def test_near_miss_notice_subject_without_frame():
    text = INCIDENT.replace("【システム障害】", "").replace("（第1報）", "")
    talk, _ = only_talk(text)
    assert text_of(talk.title.ja) == "基幹ネットワークの通信障害について"


def test_near_miss_organisation_heading_in_text():
    # a numbered heading whose title opens on 組織 stays a heading
    text = "組織改革の報告\n\n港南市　総務課\n\n1組織の現状\n本市の組織は五つの部からなる。各部の役割を次に述べる。\n\n2組織の課題\n部の間の連絡が少ないことが課題である。\n"
    talk, _ = only_talk(text)
    assert [s.number for s in talk.sections][:2] == ["1", "2"]


def test_near_miss_dated_english_title_kept():
    # a title with no headline over it keeps its place: no fixture line under a title
    text = ("Annual Harbour Lecture, Thursday 12 March 2026, Guildhall, Harbour City\n\nBy Jane Smith\n\n"
            "The lecture reviewed a decade of harbour trade and what the port's records show about it.\n")
    talk, _ = only_talk(text)
    assert text_of(talk.title.en) is not None
