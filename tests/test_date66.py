"""A date written in kanji numerals is a date line as its digits are (issue 16, fresh-user trial 65d; helper date66).

Trial 65d's notice closed on ``令和六年十二月一日`` over ``桜川市 環境課``: ``labels.is_date_line`` read no date in kanji
numerals, so the notice had no issuer, no city and no foot, where ``令和6年12月1日`` gave all three. The shared date
reader now reads the numerals of a date's year, month and day (``labels.date_digits``): an era's year (``元年`` as
before), the ``十`` notation (``十二``, ``二十``, ``三十一``), a positional year with its zero (``二〇二四``, ``二零二六``),
a weekday in brackets after it. A date inside a sentence, a count of years, an ordinal and a fiscal year's label stay
what they were (``十二月一日から再開します。``, ``二十年の歩み``, ``第十二回``, ``令和六年度 事業報告``), and so does a form's
blank date (``令和○年○月○日``).
"""

from __future__ import annotations

import pytest

from pipeline.numbering import kanji_number
from pipeline.segment.labels import is_date_line
from tests.segment_inputs import run_text


def _speaker(talk) -> tuple[str | None, str | None]:
    sp = talk.speaker
    return (sp.name.text if sp.name is not None else None, sp.affiliation.text if sp.affiliation is not None else None)


def _city(talk) -> str | None:
    return talk.city.ja.text if talk.city.ja is not None else None


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


@pytest.mark.parametrize("kanji, digits", [
    ("令和六年十二月一日", "令和6年12月1日"),
    ("令和元年五月一日", "令和元年5月1日"),
    ("平成三十一年四月三十日", "平成31年4月30日"),
    ("二〇二四年十二月一日", "2024年12月1日"),
    ("二〇二四年十二月一日（日）", "2024年12月1日（日）"),  # a weekday in brackets after it
    ("令和六年十二月一日（日）", "令和6年12月1日（日）"),
    ("二零二六年一月二十日", "2026年1月20日"),  # a Chinese document's date, its zero 零
    ("二○二四年十二月一日", "2024年12月1日"),  # the zero typed as a circle
    ("二〇二四年（令和六年）十二月一日", "2024年（令和6年）12月1日"),  # the other calendar's year in brackets
    ("令和六年三月", "令和6年3月"),  # a report cover's month
    ("令和六年度", "令和6年度"),  # a fiscal year alone
    ("令和六年十一月二十日", "令和６年１１月２０日"),  # full-width digits read as before
])
def test_a_date_in_kanji_numerals_is_a_date_line_as_in_digits66(kanji, digits):
    assert is_date_line(digits)
    assert is_date_line(kanji)


@pytest.mark.parametrize("near, date", [
    ("十二月一日から再開します。", "令和六年十二月一日"),  # a date inside a sentence
    ("令和六年十二月一日から再開します。", "令和六年十二月一日"),
    ("二十年の歩み", "二〇二四年"),  # a count of years: no year of four figures, no era
    ("第十二回", "令和六年十二月"),  # an ordinal
    ("令和六年度 事業報告", "令和六年度"),  # a fiscal year's label, a title
    ("令和○年○月○日", "令和元年十月十日"),  # a form's blank date: no numeral
    ("令和六年十三月一日", "令和六年十二月一日"),  # no month
    ("令和六年十二月三十二日", "令和六年十二月三十一日"),  # no day
])
def test_a_near_miss_is_no_date_line_where_its_date_is_one66(near, date):
    assert not is_date_line(near)
    assert is_date_line(date)


def test_a_run_of_numerals_that_is_no_numeral_has_no_value66():
    # the date reader passes any run of numerals before 年, 月 or 日: ``二二十`` had raised KeyError
    assert [kanji_number(s) for s in ("二二十", "十一二", "二〇二四", "三十一")] == [None, None, 2024, 31]


TRIAL = """\
ごみ収集日程の変更について

市民の皆様へ

年末年始のごみ収集日程を次のとおり変更します。

1. 可燃ごみの収集は十二月二十九日で年内の収集を終了します。
2. 資源ごみの収集は一月六日から再開します。
3. 粗大ごみの受付は一月八日から電話で受け付けます。

ご理解とご協力をお願いいたします。

{date}
桜川市 環境課
"""


def test_the_trials_notice_dated_in_kanji_reads_as_in_digits66():
    (kanji,) = run_text(TRIAL.format(date="令和六年十二月一日")).talks
    (digits,) = run_text(TRIAL.format(date="令和6年12月1日")).talks
    assert _speaker(kanji) == _speaker(digits) == (None, "桜川市 環境課")
    assert _city(kanji) == _city(digits) == "桜川市"
    assert [e.detail for e in kanji.evidence] == [e.detail for e in digits.evidence]


ITEMS = """\
{title}

　{opening}

1．{head}
　{first}
2．申込み
　電話で申し込んでください。
{closing}
{date}
{office}
"""


@pytest.mark.parametrize("date, office, city, closing", [
    ("令和元年五月一日", "みどり町教育委員会\n生涯学習課", "みどり町", ""),  # 元年, the office on two lines
    ("二〇二四年十月一日", "ひばり市健康福祉部　健康推進課", "ひばり市", ""),  # a Western year in kanji
    ("平成三十一年二月十五日", "つばさ市教育委員会", "つばさ市", "\n以上\n"),  # 三十一, under 以上
])
def test_a_notice_dated_in_kanji_has_its_issuer_city_and_foot66(date, office, city, closing):
    text = ITEMS.format(title="公民館の開館時間について", opening="開館時間を次のとおり変更します。", head="変更の内容",
                        first="午前九時から午後八時まで開館します。", closing=closing, date=date, office=office)
    (talk,) = run_text(text).talks
    assert _speaker(talk) == (None, office.replace("\n", " "))
    assert _city(talk) == city
    assert _front(talk)[-1 - office.count("\n") - 1:] == [date, *office.split("\n")]  # the notice's foot


@pytest.mark.parametrize("item", [
    "2．日時\n令和六年十二月一日（日）\nこもれび市科学館",  # an event's date and its venue: a weekday
    "2．再開\n十二月一日から再開します。\nこもれび市科学館",  # a date inside the item's sentence
])
def test_an_items_date_in_kanji_is_no_date_of_issue66(item):
    text = f"冬の星空観察会のご案内\n\n1．内容\n冬の星座を観察します。\n{item}\n"
    (talk,) = run_text(text).talks
    assert talk.speaker.text is None
    # the same notice closed on a date of issue in kanji numerals has its issuer
    (issued,) = run_text(text + "\n令和六年十一月一日\nこもれび市教育委員会\n").talks
    assert _speaker(issued) == (None, "こもれび市教育委員会")


def test_a_covers_date_in_kanji_is_no_title66():
    text = ("地域公共交通の利用実態調査報告書\n\n令和六年三月\n\nはるか市都市整備部　交通政策課\n\n1．調査の目的\n\n"
            "　本調査は、市内の路線バスの利用実態を把握することを目的とする。\n\n2．調査の方法\n\n"
            "　令和五年十月の平日三日間に、全路線で乗降調査を実施した。\n")
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "地域公共交通の利用実態調査報告書"
    assert "令和六年三月" in _front(talk)


def test_a_letters_dateline_in_kanji_opens_it_and_the_addressee_is_no_signer66():
    text = ("令和六年十二月一日\n\n株式会社みなと商事\n総務部長　田中 一郎 様\n\nみさき市観光協会\n会長　佐藤 花子\n\n"
            "年末年始の休業について\n\n拝啓　師走の候、貴社ますますご清栄のこととお喜び申し上げます。\n"
            "　さて、当協会では、下記のとおり年末年始の休業期間を設けますので、お知らせいたします。\n\n敬具\n")
    (talk,) = run_text(text).talks
    assert _speaker(talk) == ("佐藤 花子", "みさき市観光協会会長")
    assert "株式会社みなと商事" not in talk.speaker.text.text
