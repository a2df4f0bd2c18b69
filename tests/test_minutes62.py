"""Meeting records, agendas and English minutes (session 62, helper minutes62; made-up text).

1. A record's numbered agenda field with its value on its line, its label letter-spaced (``５　議　題　　（1）議案第12号…``)
   had headed the record's only section, the value in the section's title and every speech under it; numbered
   ``1.　`` the record's fields had all been sections.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

SPEECHES = """\
○{chair}委員長　ただいまから委員会を開会いたします。
○事務局（小川）　お手元の資料について御説明いたします。
○上野委員　資料の数字は昨年度のものですか。
○{chair}委員長　ほかに質疑はありませんか。
　〔「なし」と呼ぶ者あり〕
○{chair}委員長　以上で本日の委員会を閉会いたします。
"""

SPACED_AGENDA = {
    # numbered ``１``, the attendance before the agenda, the first item on the agenda's line and one under it
    "fullwidth": ("村上", """\
１　日　時　　令和６年９月１０日（火曜日）午前１０時開会
２　場　所　　第２委員会室
３　出席委員（５名）
　　委員長　　村上　健二　　副委員長　　石井　美和
４　説明のため出席した者
　　建設部長　　　　　吉川　浩
５　議　題　　（1）議案第12号　あおば市道路占用料条例の一部改正について
　　　　　　　（2）議案第13号　あおば市水道事業給水条例の一部改正について
"""),
    # numbered ``1.``, the when and where after the agenda
    "dot": ("森", """\
1.　出席委員（4名）
　　委員長　　森　広志　　副委員長　　岡本　千夏
2.　説明のため出席した者
　　教育長　　　　　中島　隆
3.　議　題　　議案第21号　ひばり町立図書館条例の一部改正について
4.　日　時　　令和6年6月18日（火曜日）午後1時30分開会
5.　場　所　　第1会議室
"""),
    # numbered ``(1)``, two agenda-like fields with values
    "paren": ("松田", """\
(1)　出席委員（6名）
　　委員長　松田　一郎　　副委員長　高木　玲子
(2)　日　時　　令和6年12月9日（月曜日）午前10時開会
(3)　場　所　　第3委員会室
(4)　議　題　　議案第61号　さくら川市企業立地促進条例の制定について
"""),
    # no attendance at all: the agenda opens the run, the speeches after the fields
    "no-attendance": ("佐々木", """\
６　議　題　　（1）議会だよりの編集について
７　日　時　　令和6年8月5日（月曜日）午前10時開会
８　場　所　　第1委員会室
"""),
    # the label set close, ``第`` numbering
    "dai-close": ("堀", """\
第１　日時　令和５年３月８日（水曜日）午前９時３０分開会
第２　出席委員（４名）
　　委員長　　堀　達也　　副委員長　　栗田　恵
第３　議題　　議案第５号　東山町職員の給与に関する条例の一部改正について
"""),
}


@pytest.mark.parametrize("variant", list(SPACED_AGENDA))
def test_a_records_agenda_with_its_value_on_its_line_is_a_field(variant):
    chair, fields = SPACED_AGENDA[variant]
    (talk,) = run_text("広報広聴委員会記録\n\n" + fields + "\n" + SPEECHES.format(chair=chair)).talks
    front = [t.text for t in talk.front]
    assert any("議" in s and "題" in s and "議案" in s or "議会だより" in s for s in front)
    assert not any(s.startswith("○") for s in front)
    (body,) = talk.sections  # no section headed by the agenda, nor by its second item
    assert (body.number, body.title.text, body.heading) == (None, "", None)
    assert body.paragraphs[0].text.startswith(f"○{chair}委員長")


def test_a_notices_numbered_agenda_item_with_its_value_stays_its_section():
    # a notice: no one attended yet and no speech follows; its items keep their reading
    text = """\
第２回　地域福祉懇談会の開催について

地域福祉計画の見直しに向けて、下記のとおり懇談会を開催します。

１　日　時　　令和6年7月20日（土曜日）午後2時から
２　場　所　　みなと市民センター　大会議室
３　議　題　　地域福祉計画の見直しについて
４　傍　聴　　定員10名（先着順）
"""
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.sections] == ["3", "4"]


def test_a_reports_numbered_items_naming_an_agenda_stay_sections():
    text = """\
令和6年度 施設整備計画の検討状況

1 日程の設定について
検討会の日程は、関係課との協議により9月中に決定する予定である。
2 場所の選定について
候補地は3か所あり、それぞれの利点を比較している。
3 議題の整理について
次回の議題は整備の優先順位とする。
"""
    (talk,) = run_text(text).talks
    assert [s.title.text for s in talk.sections] == ["日程の設定について", "場所の選定について", "議題の整理について"]
