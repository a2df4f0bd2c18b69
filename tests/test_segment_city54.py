"""A municipality named by its assembly or its borough council is the document's city (trial 54's assembly minutes
``令和7年第4回白浜市議会定例会会議録（第2号）`` and trial 52b's ``NORTHAMPTON BOROUGH COUNCIL`` report had ``city: null``);
a title about assemblies in general, or a road named after a borough, names none."""

from __future__ import annotations

from tests.segment_inputs import run_text

MINUTES = """\
{title}
令和7年12月10日（水曜日）

議事日程（第2号）
　第1　一般質問

○議長（山口 正君）　ただいまから本日の会議を開きます。
○議長（山口 正君）　日程第1、一般質問を行います。5番、佐々木恵君。
○5番（佐々木 恵君）　おはようございます。地域公共交通について伺います。
○市長（中村 誠君）　お答えいたします。バス路線の見直しを進めております。
○5番（佐々木 恵君）　ありがとうございました。
○議長（山口 正君）　以上で本日の日程は全部終了しました。
"""


def _city(text):
    (talk,) = run_text(text).talks
    return talk.city.ja.text if talk.city.ja else None, talk.city.en.text if talk.city.en else None


def test_an_assembly_s_minutes_name_its_municipality():
    assert _city(MINUTES.format(title="令和7年第4回白浜市議会定例会会議録（第2号）")) == ("白浜市", None)
    # a prefecture's assembly names the prefecture, no city (decision, helper city58: city is a municipality)
    assert _city(MINUTES.format(title="大阪府議会会議録（第5号）")) == (None, None)


def test_a_title_about_assemblies_names_no_city():
    assert _city(MINUTES.format(title="地方議会の役割に関する研究会 記録")) == (None, None)


REPORT = """\
{council}
Report to Cabinet, 12 March 2025
Town Centre Parking Review
Report of the Head of Economic Development, Sarah Whitfield

1. Purpose of the report
1.1 This report sets out the findings of the town centre parking review
commissioned by Cabinet in July 2024.

2. Background
2.1 Occupancy surveys carried out in October 2024 found that the Grosvenor
car park averaged 41% occupancy on weekdays.
"""


def test_a_borough_council_names_its_city():
    assert _city(REPORT.format(council="NORTHAMPTON BOROUGH COUNCIL")) == (None, "Northampton")  # printed in capitals: its usual case (title55)
    assert _city(REPORT.format(council="London Borough of Camden")) == (None, "Camden")
    assert _city(REPORT.format(council="Wigan Metropolitan Borough Council")) == (None, "Wigan")


def test_a_borough_s_road_names_no_city():
    assert _city(REPORT.format(council="Borough Road Depot Review Group")) == (None, None)


GLOSSARY = """\
防災用語集（日英対訳）
Disaster Prevention Glossary (Japanese-English)
{issuer}

1. この用語集について
外国人住民への情報提供で使う防災用語を、日本語と英語で並べた。

2. 避難に関する用語
日本語	読み	English
避難所	ひなんじょ	evacuation shelter
避難場所	ひなんばしょ	evacuation area
"""


def test_an_issuing_office_under_the_titles_names_the_city():
    """Trial 54b: the office line stood under both titles, among the paper's front lines, and was read nowhere."""
    assert _city(GLOSSARY.format(issuer="令和7年4月　港南市 危機管理課")) == ("港南市", None)


def test_a_sentence_naming_an_office_names_no_city():
    assert _city(GLOSSARY.format(issuer="港南市の危機管理課が外国人住民のために作成した。")) == (None, None)


PRESS = """\
FOR IMMEDIATE RELEASE

Kansai Robotics Launches Riverside Delivery Trial with Osaka
Autonomous boats will carry parcels along the Dotonbori River for twelve months

OSAKA, Japan — June 2, 2026 — Kansai Robotics Inc. today announced a twelve-month trial of autonomous parcel
boats on the Dotonbori River, run with the City of Osaka.

"Rivers were Osaka's first roads," said Haruka Mori, the company's chief executive.

About Kansai Robotics
Kansai Robotics builds small autonomous vessels for city waterways. It was founded in 2019.
"""


def test_a_dateline_among_the_front_paragraphs_names_the_city():
    """Trial 54c: the release's story stayed front over its ``About …`` heading, and its dateline was read nowhere."""
    assert _city(PRESS) == (None, "Osaka")  # the text's own spelling (``City of Osaka``; title55)
