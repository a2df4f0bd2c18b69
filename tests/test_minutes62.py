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


# 2. A record's or a notice's secretariat closing the document (its issuer, no means of contact under it) had been the
#    last section's paragraphs, under a record's last speech the proceedings' last paragraphs.
SECRETARIAT_FEET = {
    "record-after-speeches": ("""\
第6回 ひなた市文化振興審議会 議事録

日時　令和6年11月5日（火）午後3時から
場所　ひなた市文化会館 会議室

○会長（杉本）　それでは審議を始めます。
○事務局（文化振興課長）　資料に沿って説明いたします。
○大西委員　補助金の申請件数は増えていますか。
○事務局（文化振興課長）　前年度より8件増えております。

ひなた市文化振興審議会事務局
（ひなた市 市民文化部 文化振興課）
""", ["ひなた市文化振興審議会事務局", "（ひなた市 市民文化部 文化振興課）"]),
    "notice-office-and-label": ("""\
お知らせ　図書館の臨時休館について

令和6年12月1日（日）から12月7日（土）まで、蔵書点検のため臨時休館します。
ご不便をおかけしますが、ご理解とご協力をお願いします。

さくら台市立図書館
事務局　総務課
""", ["さくら台市立図書館", "事務局　総務課"]),
    "summary-bracketed": ("""\
第1回 みなみ台地区まちづくり懇談会 議事要旨

日時　令和6年5月16日（木）午後7時から
場所　みなみ台地区センター 集会室
出席者　住民15名、市職員4名

1. 意見交換
公園の遊具の更新について、複数の参加者から要望があった。
2. 今後の予定
次回は9月に開催する。

【事務局】
みなみ台市 都市整備部 公園緑地課
""", ["【事務局】", "みなみ台市 都市整備部 公園緑地課"]),
    "letter-after-ijo": ("""\
委員の皆様へ

第4回 北浜市景観審議会の資料送付について

平素より大変お世話になっております。
第4回審議会の資料を同封しましたので、事前にご確認ください。

以上

北浜市景観審議会事務局
（都市計画課 景観係）
""", ["北浜市景観審議会事務局", "（都市計画課 景観係）"]),
}


@pytest.mark.parametrize("variant", list(SECRETARIAT_FEET))
def test_a_closing_secretariat_is_front_never_the_last_sections_text(variant):
    text, issuer = SECRETARIAT_FEET[variant]
    (talk,) = run_text(text).talks
    front = [t.text for t in talk.front]
    assert front[-len(issuer):] == issuer
    body = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any(line in body for line in issuer)
    assert "事務局" not in (talk.title.ja.text if talk.title.ja else "")


def test_a_roster_ending_on_the_secretariat_and_a_sentence_about_it_stay_text():
    text = """\
令和6年度 みどり区青少年育成協議会 委員名簿

1. 委員
委員長　田中 一郎
副委員長　鈴木 花子
委員　佐藤 次郎
事務局　みどり区地域振興課長 山田 太郎
"""
    (talk,) = run_text(text).talks
    assert talk.sections[-1].paragraphs[-1].text.startswith("事務局")
    text = """\
地域防災訓練の振り返り

参加者は昨年度より20名増え、初めて参加した世帯も多かった。
一方で、避難所の受付に時間がかかったことが課題として挙げられた。
事務局から、次回の訓練の日程案が示された。
"""
    (talk,) = run_text(text).talks
    assert [p.text for s in talk.sections for p in s.paragraphs][-1].startswith("事務局から")
