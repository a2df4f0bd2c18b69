"""A plan's or a report's cover: its title, then its date and issuing city (session 55, trial 55's report_toc.txt).

Correct results written first: the title is the title and the issuing city the city, the date front; where no date
but prose stands between, or the city line heads a block with its own title, nothing changes.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

BODY = "\n".join(["", "第１章　計画の概要", "本市では、路線バスの利用者が長期的に減少している。",
                  "第２章　今後の方針", "持続可能な交通網の形成を目指す。", ""])


@pytest.mark.parametrize("cover, title, city", [
    ("長野市地域公共交通計画（素案）\n\n令和６年３月\n長野市\n", "長野市地域公共交通計画（素案）", "長野市"),
    ("港北市環境基本計画\n令和７年３月\n港北市\n", "港北市環境基本計画", "港北市"),
    ("第３次白浜町総合計画\n\n令和6年4月\n\n白浜町\n", "第3次白浜町総合計画", "白浜町"),
])
def test_title_over_date_and_issuing_city(cover, title, city):
    [talk] = run_text(cover + BODY).talks
    assert talk.title.ja is not None and talk.title.ja.text == title
    assert talk.city.ja is not None and talk.city.ja.text == city
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_dated_office_line_under_a_leaflets_title_is_front_and_names_the_city():
    text = "\n".join(["ごみ出しに関するよくある質問", "令和６年４月　松山市環境課", "",
                      "　このリーフレットでは、よくいただくご質問とその回答をまとめました。", "",
                      "Ｑ１　粗大ごみはどう出せばよいですか。", "Ａ　事前に電話で申し込んでください。", "",
                      "Ｑ２　収集日はいつですか。", "Ａ　地区ごとに月に一回です。", ""])
    [talk] = run_text(text).talks
    assert talk.city.ja is not None and talk.city.ja.text == "松山市"
    assert any("松山市環境課" in t.text for t in talk.front)
    assert all("松山市環境課" not in s.title.text for s in talk.sections)


def test_a_universitys_address_names_no_city():
    text = "\n".join(["Low-Cost Monitoring of Canal Water Levels", "Hana Okubo¹ and Daniel Reyes²",
                      "¹Graduate School of Engineering, Tohoku University, Sendai, Japan",
                      "²Department of Civil Engineering, University of the Philippines Diliman, Quezon City, Philippines",
                      "", "Abstract", "Urban canals flood quickly during short, intense rain. We present a sensor.",
                      "I. INTRODUCTION", "Floods are common in dense cities. Sensors are costly.",
                      "II. METHOD", "We placed one sensor at each gate and logged every ten seconds.", ""])
    [talk] = run_text(text).talks
    assert (talk.city.ja, talk.city.en) == (None, None)


@pytest.mark.parametrize("line, name", [
    ("講師：NPO法人こどもの森 代表理事　佐藤 由美 氏", "佐藤 由美"),
    ("港町大学 教授　山田 太郎 氏", "山田 太郎"),
    ("講師：港町大学 教授　山田 太郎先生", "山田 太郎"),
])
def test_lecturer_named_with_an_honorific_is_the_speaker(line, name):
    text = "\n".join(["令和5年度　市民公開講座　講演録", "", "地域で支える子どもの居場所", "", line,
                      "日時：令和5年11月18日（土）14時00分～15時30分", "",
                      "【司会】　皆さん、こんにちは。本日はお越しいただき、ありがとうございます。",
                      "【講師】　ご紹介いただきました。今日は居場所づくりの話をします。", ""])
    [talk] = run_text(text).talks
    assert talk.speaker.name is not None and talk.speaker.name.text == name
    assert line in talk.speaker.text.text


def test_a_syllabus_teacher_without_honorific_stays_a_field():
    from pipeline.segment.labels import form_field

    assert form_field("講師：山田 太郎") == "講師"


@pytest.mark.parametrize("title, speaker, city", [
    ("大連市との経済交流の歩み", "北九州市 国際部長　佐藤 一郎", "北九州市"),
    ("姉妹都市・仁川広域市への職員派遣", "横浜市国際局 国際協力課長　田中 花子", "横浜市"),
    ("みどり市の子育て支援", "みどり市 こども課長　山田 太郎", "みどり市"),
])
def test_a_partner_city_in_the_title_is_not_the_speakers(title, speaker, city):
    text = "\n".join([title, speaker, "", "１．はじめに", "両市の交流は長い歴史を持つ。毎年職員を派遣している。",
                      "２．おわりに", "今後も交流を続けていく。", ""])
    [talk] = run_text(text).talks
    assert talk.city.ja is not None and talk.city.ja.text == city


def test_a_seal_note_is_never_the_title():
    text = "\n".join(["令和6年8月20日", "住民各位", "　　　　　　　　港北町長　山田　健一", "　　　　　　　　（公印省略）", "",
                      "港北町総合防災訓練の実施について（お知らせ）", "",
                      "日頃より町の防災行政にご理解とご協力をいただき、誠にありがとうございます。",
                      "本町では、総合防災訓練を実施いたします。ぜひご参加ください。", ""])
    [talk] = run_text(text).talks
    assert talk.title.ja is not None and talk.title.ja.text == "港北町総合防災訓練の実施について（お知らせ）"
