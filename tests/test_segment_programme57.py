"""An event programme of several lectures gives one talk per lecture (issue 16 point 1, helper prog57).

Each lecture a programme lists, its title under ``演題`` (``Title:``) with its speaker's line right under it, after the
first starts a talk where its cues add up: its part or number (``第２部``, ``講演２``, ``【２】``, ``Lecture 2``) or the
lecture before it set the same way. A single flyer, a syllabus's titles with no speaker, and a record whose ``講師`` names
no one with an honorific stay one talk. The made-up inputs are kept in ``/work/regress/in_prog57/`` too.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

TWO_PARTS = """\
市民公開講座のご案内
日時：令和６年６月１日（土）午後１時～４時
会場：港南市民会館　大ホール
第１部
演題：地域の防災を考える
講師：森川　健二　氏（港南大学教授）
　大きな地震が起きたとき、地域で何ができるかを、過去の災害の例から考えます。
第２部
演題：子どもの読書と図書館
講師：大川　由美　氏（みなと図書館長）
　子どもが本と出会う場としての図書館の役割を、みなと図書館の取り組みから紹介します。
主催：港南市教育委員会
"""

THREE = """\
第５回　北浜まちづくりフォーラム
日時：令和７年１１月８日（土）午後１時３０分～４時３０分
会場：北浜市立文化センター　小ホール
講演１
演題：商店街のこれから
講師：高橋　誠　氏（北浜商工会議所専務理事）
　空き店舗の活用と若い担い手の育て方を、三つの商店街の例から話します。
講演２
演題：公共交通と高齢者の外出
講師：松本　恵子　先生（西浜大学准教授）
　バス路線の見直しが高齢者の外出に与えた影響を紹介します。
講演３
演題：川辺の公園を市民の手で
講師：石田　亮　氏（NPO法人かわべ代表）
　公園の清掃と花壇づくりを続けてきた十年の歩みを報告します。
主催：北浜市まちづくり推進課
"""

TIMES = """\
みどり台環境セミナー
会場：みどり台公民館　講堂
13:00～14:00　演題：家庭でできる省エネ
講師：藤田　光　氏（みどり電力技術部長）
　電気の使い方を少し変えるだけで、電気代と二酸化炭素を減らせます。
14:10～15:10　演題：里山の生き物たち
講師：岡本　沙織　氏（みどり自然観察の会）
　身近な里山にすむ鳥や昆虫を、写真を使って紹介します。
申込み：不要
"""

BRACKETS = """\
令和６年度　こども科学講座
【１】
演題：光のふしぎ
講師：中島　大輔　先生（東山高校教諭）
【２】
演題：水のふしぎ
講師：吉田　美穂　先生（西山中学校教諭）
日時：令和６年８月３日（土）午前１０時から
会場：東山市科学館
"""

ENGLISH = """\
Harbour City Public Lectures
Date: Saturday 14 June 2025, 2 pm
Venue: Harbour City Library, Room 2
Lecture 1
Title: Tides and the Old Port
Speaker: Dr Anna Berg (Coastal Research Institute)
The talk traces how the old port was built around the tides and what that means for flooding today.
Lecture 2
Title: Reading Clubs for Children
Speaker: Mr Tom Hale (Harbour City Library)
The library's reading clubs have run for ten years. This talk shows what the children chose to read.
"""

PROGRAMMES = [
    (TWO_PARTS, ["地域の防災を考える", "子どもの読書と図書館"], ["1", "2"]),
    (THREE, ["商店街のこれから", "公共交通と高齢者の外出", "川辺の公園を市民の手で"], ["1", "2", "3"]),
    (TIMES, ["家庭でできる省エネ", "里山の生き物たち"], [None, None]),
    (BRACKETS, ["光のふしぎ", "水のふしぎ"], ["1", "2"]),
]


@pytest.mark.parametrize(("text", "titles", "numbers"), PROGRAMMES, ids=["parts", "three-lectures", "times", "brackets"])
def test_each_lecture_of_a_programme_is_a_talk(text, titles, numbers) -> None:
    talks = run_text(text).talks
    assert [t.title.ja.text for t in talks] == titles
    assert [t.number for t in talks] == numbers
    # each speaker is the lecturer's own line; no part label, date or venue runs into it
    for talk in talks:
        assert talk.speaker.text.text.startswith("講師")
        assert not any(w in talk.speaker.text.text for w in ("第", "日時", "会場", "主催", "【"))


def test_the_events_lines_stay_the_first_talks_front() -> None:
    first, second = run_text(TWO_PARTS).talks
    assert [t.text for t in first.front][:3] == ["市民公開講座のご案内", "日時：令和6年6月1日（土）午後1時～4時",
                                                "会場：港南市民会館\u3000大ホール"]
    assert (first.speaker.name.text, first.speaker.affiliation.text) == ("森川\u3000健二", "港南大学教授")
    assert (second.speaker.name.text, second.speaker.affiliation.text) == ("大川\u3000由美", "みなと図書館長")
    assert "第2部" in [t.text for t in second.front]


def test_an_english_programme_gives_each_lecture_its_talk() -> None:
    talks = run_text(ENGLISH).talks
    assert [t.number for t in talks] == ["1", "2"]
    assert [t.speaker.text.text for t in talks] == ["Speaker: Dr Anna Berg (Coastal Research Institute)",
                                                    "Speaker: Mr Tom Hale (Harbour City Library)"]


def test_an_english_lectures_title_is_without_its_label() -> None:
    talks = run_text(ENGLISH).talks
    assert [t.title.en.text for t in talks] == ["Tides and the Old Port", "Reading Clubs for Children"]
    assert all("Title:" in [x.text for x in t.front] for t in talks)  # the label stays front


NEAR_MISSES = [
    # one lecture under its part's label: a flyer
    "第１部\n演題：地域の防災を考える\n講師：森川　健二　氏（港南大学教授）\n日時：令和６年６月１５日（土）午後１時３０分～３時\n"
    "会場：港南市民会館　ホール\n　どなたでもご参加いただけます。参加費は無料です。\n",
    # a syllabus: its sessions' titles with no speaker under each
    "地域社会論Ⅰ\n講師：山田 太郎\n第１回\n演題：地域とは何か\n第２回\n演題：町内会の歴史\n第３回\n演題：地域の防災\n"
    "　毎回、授業の終わりに小レポートを書いてもらいます。\n",
    # a record whose 講師 names no one with an honorific (a field), no speaker's line
    "公開講座の記録\n第１部\n演題：地域の防災を考える\n講師：森川 健二\n　当日は約百名が参加し、活発な質疑が行われました。\n"
    "第２部\n演題：子どもの読書と図書館\n講師：大川 由美\n　図書館の取り組みについて紹介がありました。\n",
    # a table of contents of lecture titles
    "講演集　目次\n第１部　地域の防災を考える　……　３\n第２部　子どもの読書と図書館　……　１５\n"
    "　本書は令和６年度の市民公開講座の講演をまとめたものである。\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES, ids=["single-flyer", "syllabus", "no-honorific", "contents"])
def test_near_misses_stay_one_talk(text) -> None:
    assert len(run_text(text).talks) == 1

