"""A bilingual document whose English half comes first and whose Japanese half translates it is one talk, as the
Japanese-first order is (issue 16: a fresh user's bilingual summary, English then Japanese, became two talks, the
English one without its Japanese title or city). Two different talks, English then Japanese, each with its own
speaker and numbers, stay two. Made-up documents."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

EN_NOTICE = """Minoh City Bicycle Parking Plan 2028: Outline
Road Safety Division, Minoh City

1. Aim
Minoh City will add 1,200 bicycle parking spaces near its 7 stations by 2028.
2. Fees
Parking will cost 150 yen a day, and 1,800 yen a month for residents.
3. Review
The city will count the parked bicycles twice a year and publish the counts.
"""

JA_NOTICE = """箕面市自転車駐車場計画2028 概要
箕面市 道路安全課

1. 目的
箕面市は、2028年までに市内7駅の周辺に自転車駐車場を1,200台分増設する。
2. 料金
利用料金は1日150円、市民の定期利用は1か月1,800円とする。
3. 見直し
市は年2回、駐車台数を数えて公表する。
"""

EN_PAPER = """Flood Warnings by Text Message in Tosu City
Mika Tanabe, Disaster Prevention Office, Tosu City

1. Background
In 2021 heavy rain flooded 340 homes in Tosu City.
2. Method
Since 2023 the city has sent warnings to 12,500 registered phones.
"""

JA_PAPER = """鳥栖市におけるショートメッセージによる洪水警報
田辺 美香（鳥栖市 防災対策室）

1. 背景
2021年の豪雨では、鳥栖市内の340戸が浸水した。
2. 方法
2023年から、登録された12,500台の携帯電話に警報を送っている。
"""

JA_OTHER = """大牟田市の空き家バンクの十年
森 健二（大牟田市 住宅政策課）

1. 経緯
大牟田市は2014年に空き家バンクを開設し、これまでに85件が成約した。
2. 課題
登録物件の約3割は築60年を超えている。
"""


def _talks(text: str):
    return segment(clean(extract(text.encode(), name="notice.txt"))).talks


def _summary(talk):
    sections = talk.sections
    return (talk.title.ja.text if talk.title.ja else None, talk.title.en.text if talk.title.en else None,
            talk.city.ja.text if talk.city.ja else None, talk.city.en.text if talk.city.en else None,
            [(s.number, s.title.text) for s in sections])


@pytest.mark.parametrize("first, second", [(EN_NOTICE, JA_NOTICE), (JA_NOTICE, EN_NOTICE)])
def test_a_notice_and_its_translation_are_one_talk(first, second):
    (talk,) = _talks(first + "\n" + second)
    ja, en, city_ja, city_en, sections = _summary(talk)
    assert (ja, en) == ("箕面市自転車駐車場計画2028概要", "Minoh City Bicycle Parking Plan 2028: Outline")
    assert (city_ja, city_en) == ("箕面市", "Minoh")
    assert sorted(sections) == sorted([("1", "Aim"), ("2", "Fees"), ("3", "Review"),
                                       ("1", "目的"), ("2", "料金"), ("3", "見直し")])


@pytest.mark.parametrize("first, second", [(EN_PAPER, JA_PAPER), (JA_PAPER, EN_PAPER)])
def test_a_paper_and_its_translation_are_one_talk(first, second):
    (talk,) = _talks(first + "\n" + second)
    ja, en, city_ja, city_en, sections = _summary(talk)
    assert (ja, en) == ("鳥栖市におけるショートメッセージによる洪水警報", "Flood Warnings by Text Message in Tosu City")
    assert (city_ja, city_en) == ("鳥栖市", "Tosu")
    assert len(sections) == 4


def test_an_english_talk_then_a_different_japanese_talk_stay_two():
    talks = _talks(EN_PAPER + "\n" + JA_OTHER)
    assert [(_summary(t)[0], _summary(t)[1]) for t in talks] == [
        (None, "Flood Warnings by Text Message in Tosu City"), ("大牟田市の空き家バンクの十年", None)]


def test_an_english_notice_then_a_different_japanese_paper_stay_two():
    talks = _talks(EN_NOTICE + "\n" + JA_OTHER)
    assert len(talks) == 2
    assert _summary(talks[1])[0] == "大牟田市の空き家バンクの十年"


def test_a_japanese_talk_then_a_different_english_talk_stay_two():
    talks = _talks(JA_OTHER + "\n" + EN_PAPER)
    assert [(_summary(t)[0], _summary(t)[1]) for t in talks] == [
        ("大牟田市の空き家バンクの十年", None), (None, "Flood Warnings by Text Message in Tosu City")]


JA_SAME_FIGURES = """鳥栖市の図書館における読書通帳の導入
森 健二（鳥栖市 図書館）

1. 背景
2021年の調査では、340人の児童が図書館を月に一度も利用していなかった。
2. 方法
2023年から、12,500冊の新しい児童書を購入した。
"""


def test_two_talks_sharing_their_figures_but_not_their_titles_stay_two():
    talks = _talks(EN_PAPER + "\n" + JA_SAME_FIGURES)
    assert [(_summary(t)[0], _summary(t)[1]) for t in talks] == [
        (None, "Flood Warnings by Text Message in Tosu City"), ("鳥栖市の図書館における読書通帳の導入", None)]
