"""A press release's end mark, contact block and closing headings (issue 16 point 2, helper press66).

(1) ``-30-`` (``- 30 -``) as a release's last line is its end mark, as ``###`` is (helper seg66): ``front``, never
page 30 in the ledger; a real page foot ``- 30 -`` after ``- 29 -`` and a ``-30-`` among a table's cells stay folios.
(2) A release's closing contact block under ``Media contact:``, ``Press contact:``, ``For more information,
contact:``, ``報道関係者お問い合わせ先`` or a bare ``本件に関するお問い合わせ`` is front, as prog58 decided, never the last
paragraphs. (3) A release whose only headings are its closing ones (``Notes to editors``, ``About <Org>``,
``編集者へのメモ``, ``会社概要``, a contact heading) keeps its story as its body, an unheaded section before them.

Every document is made up; the same inputs are in ``/work/regress/in_press66/`` (and helper seg66's
``seg66_endmark_30``, ``seg66_endmark_ends`` in ``/work/regress/in_seg66/``).
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import furniture, run_text


SEG66_30 = """\
NEWS RELEASE
For release: 2 June 2026

Library Opens Sunday Hours

The Westfield Public Library will open on Sundays from 1 pm to 5 pm starting 7 June. The change follows
a survey in which more than 2,000 residents asked for weekend hours.

"Sunday is when families have time to read together," said library director Ana Costa.

-30-
"""

SEG66_ENDS = """\
PRESS RELEASE
3 March 2026

Council Approves New Cycle Lanes

The city council has approved 12 kilometres of protected cycle lanes in the city centre. Work will
start in April and finish by the end of the year.

Notes to editors
The council consulted 4,300 residents on the plan between October and December 2025.

ENDS
"""

EN_30_DATELINE = """\
FOR IMMEDIATE RELEASE

Riverton Opens New Skate Park

RIVERTON, May 4, 2026 — The City of Riverton opened a new skate park at Mill Street Park on Saturday. The park
has a bowl, ramps and rails for beginners and experienced skaters alike.

"Young people asked us for a place of their own, and they helped design it," said Mayor Helen Park.

The park is open daily from 8 a.m. to dusk. Helmets are required for skaters under 16.

-30-
"""

EN_30_SPACED = """\
NEWS RELEASE
June 12, 2026

Water Main Work on Elm Avenue

Crews from the Public Works Department will replace a water main on Elm Avenue between 3rd and 5th Streets
from June 15 to June 26. The street will be closed to through traffic during working hours.

Residents on the affected block will receive a notice before their water is shut off.

- 30 -
"""

EN_30_CONTACT = """\
MEDIA RELEASE
2 July 2026

Summer Reading Challenge Begins

The Northbrook Libraries launched this year's Summer Reading Challenge today. Children aged 4 to 11 can sign
up at any branch and collect a sticker for every book they read over the holidays.

Media contact:
Priya Shah
Communications Officer
Tel: 01632 960 555
Email: priya.shah@northbrook.example.org

-30-
"""

NEAR_FOLIO_30 = """\
Annual Report of the Harbour Board

The Board met eleven times during the year and approved the new dredging plan for the inner harbour. The
plan was put to public consultation in March and adopted in June with minor changes.

- 29 -

Finances

Income from port dues rose by four per cent, while spending on maintenance fell after the crane renewal was
completed. The reserve fund stood at 2.1 million at the year's end.

- 30 -
"""

NEAR_TABLE_30 = """\
Winter Temperatures at the Weather Station

The lowest readings of each month are given below.

Month	Lowest	Note
December	-18-	calm
January	-27-	clear
-30-
February	-22-	windy

The station was moved to a new site in March.
"""

NEAR_TABLE_30_END = """\
Cold Storage Settings

The freezer rooms are set to the temperatures below.

Room A	-18-
Room B	-25-
Room C	-28-
-30-
"""

FERRY_STORY = """\
Ferry Timetable Extended for Autumn

The Lake Ferry Company will run its evening sailings until 31 October this year, a month longer than usual.
The extra sailings follow strong demand over the summer, when evening boats were often full.

"We are delighted that so many people use the lake in the evenings," said operations manager Tom Reid.

Media contact:
Sarah Lund
Head of Communications
Tel: +44 1632 960 210
Email: press@lakeferry.example.com
"""
"""A release's story and its contact block under ``Media contact:``: :data:`EN_MEDIA` under its label and date, and
without them (:data:`EN_NOLABEL_MEDIA`, :data:`EN_NOLABEL_ENDMARK`)."""

EN_MEDIA = """\
PRESS RELEASE
14 September 2026

""" + FERRY_STORY

EN_MORE_INFO = """\
FOR IMMEDIATE RELEASE

Greenfield Hospital Opens New Maternity Ward

GREENFIELD, March 3, 2026 — Greenfield General Hospital opened its new maternity ward on Monday, with 24
private rooms and a neonatal unit on the same floor.

The ward replaces rooms built in 1974 and was paid for by a regional health grant and local donations.

For more information, contact:
Mark Ellison
Public Affairs Manager
(555) 010-4477
mellison@greenfieldhospital.example.org
"""

EN_PRESS_ABOUT = """\
NEWS RELEASE
For release: 20 April 2026

Museum Returns Whale Skeleton to Display

The Coastal Museum has put its blue whale skeleton back on display after two years of conservation work.
Visitors can see the skeleton in the main hall from Saturday.

About the Coastal Museum
The Coastal Museum was founded in 1908 and welcomes 300,000 visitors a year.

Press contact:
Ines Moreau, Press Officer
Phone: 01632 961 002
E-mail: press@coastalmuseum.example.org
"""

MINATO_STORY = """\
みなと市立図書館の開館時間を延長します

みなと市立図書館は、６月１日から平日の開館時間を午後８時まで延長します。仕事帰りの方や学生の方にも利用しやすくするためです。
延長時間帯には、予約した本の受け取りと返却ができます。

報道関係者お問い合わせ先
みなと市教育委員会　図書館課
担当：佐藤 花子
電話：０４５－１２３－４５６７
メール：tosho@city.minato.example.jp
"""
"""A release's story and its contact block under ``報道関係者お問い合わせ先``: :data:`JA_HOUDOU` under its label, date
and issuer, and without them (:data:`JA_NOLABEL_HOUDOU`)."""

JA_HOUDOU = """\
報道発表資料
令和８年５月１２日
みなと市

""" + MINATO_STORY

JA_HONKEN = """\
プレスリリース
2026年7月1日
株式会社さくらテック

さくらテック、新しい配送ロボットの実証実験を開始

株式会社さくらテックは、７月から市内の商店街で配送ロボットの実証実験を始めます。商店街の店舗から半径１キロ以内の住宅へ、食料品や日用品を届けます。
実験は１２月まで続け、結果をもとに来年の本格導入を検討します。

本件に関するお問い合わせ
株式会社さくらテック　広報部
担当：山本 一郎
TEL：03-1234-5678
E-mail：pr@sakuratech.example.co.jp
"""

EN_NOTES = """\
MEDIA RELEASE
9 October 2026

New Bus Route for Hospital Patients

A new bus route will link the railway station and Westbury Hospital from 2 November, running every 15 minutes
on weekdays. The route replaces two services that stopped short of the hospital.

"Patients and staff told us the old journey took too long," said transport councillor Amy Holt.

Notes to editors
The route was approved by the transport committee on 14 September 2026.
"""

EN_ABOUT = """\
PRESS RELEASE
15 June 2026

Solar Panels for Every School Roof

Hillcrest Energy will fit solar panels on the roofs of all twelve primary schools in the district by the end
of next year. The panels are expected to cover about a third of each school's electricity use.

The work will take place during school holidays so that lessons are not disturbed.

About Hillcrest Energy
Hillcrest Energy is a community-owned energy company founded in 2015. It runs four solar farms in the region.

Media contact:
Leo Grant
Tel: 01632 960 313
Email: media@hillcrest.example.org
"""

JA_MEMO = """\
プレスリリース
2026年9月3日
みどり交通株式会社

みどり交通、駅と病院を結ぶ新路線を開設

みどり交通株式会社は、１０月１日から駅と市民病院を結ぶ新しいバス路線を開設します。平日は１５分おきに運行します。
これまで病院へは乗り換えが必要でしたが、新路線により乗り換えなしで通院できるようになります。

編集者へのメモ
新路線の時刻表は９月２０日に公開します。
"""

JA_GAIYOU = """\
ニュースリリース
2026年4月20日
株式会社あおば食品

あおば食品、地元産の米粉パンを発売

株式会社あおば食品は、地元で収穫された米を使った米粉パンを５月から県内のスーパーで販売します。小麦を使わないため、アレルギーのある方にも安心して食べていただけます。

会社概要
社名：株式会社あおば食品
所在地：宮城県仙台市青葉区一番町１－２－３
設立：１９８５年

【本件に関するお問い合わせ】
株式会社あおば食品　広報室
電話：022-123-4567
"""

NEAR_ABOUT_REPORT = """\
Community Garden Survey 2026

This short report presents the results of the survey of garden plot holders carried out in May.

About the survey
The survey was sent to all 140 plot holders and 96 replied. Most asked for a second water tap and longer
opening hours in summer.

Results
Two thirds of plot holders grow vegetables only. One in five would like a shared tool shed.
"""

NEAR_NEWSLETTER = """\
Oakwood Residents' Newsletter

Spring Clean-Up Day

Volunteers will meet at the community hall at 9 am on Saturday 18 April to clear litter from the park and the
river path. Gloves and bags will be provided.

For more information, contact:
Jo Baker
Tel: 01632 960 404
"""

EN_NOLABEL_MEDIA = FERRY_STORY

EN_NOLABEL_ENDMARK = FERRY_STORY + "\n###\n"

JA_NOLABEL_HOUDOU = MINATO_STORY

JA_ABOUT_ORG = """\
プレスリリース
2026年10月1日
株式会社ひまわり電機

ひまわり電機、家庭用蓄電池の新モデルを発売

株式会社ひまわり電機は、１１月から家庭用蓄電池の新モデルを全国の販売店で発売します。従来のモデルより容量が２割増え、停電のときも丸一日電気を使えます。

【株式会社ひまわり電機について】
１９７２年創業。家庭用電気機器の製造と販売を行っています。

【本件に関するお問い合わせ】
株式会社ひまわり電機　広報部
電話：06-1234-5678
"""


def _front(doc) -> list[str]:
    return [t.text for t in doc.talks[0].front]


def _sections(doc) -> list[tuple[str, list[str]]]:
    return [(s.title.text, [p.text for p in s.paragraphs]) for s in doc.talks[0].sections]


@pytest.mark.parametrize("text,mark", [(SEG66_30, "-30-"), (EN_30_DATELINE, "-30-"), (EN_30_SPACED, "- 30 -"),
                                       (EN_30_CONTACT, "-30-")])
def test_thirty_closing_a_release_is_its_end_mark(text, mark):
    doc = run_text(text)
    # a ledger row of its own since helper front68 (it had been front's last line)
    assert mark not in _front(doc) and (mark, "set_aside_end_mark") in [(r.text, r.rule) for r in doc.ledger]
    assert (mark, "page-number") not in furniture(doc)
    assert all(mark not in paras for _, paras in _sections(doc))


@pytest.mark.parametrize("text,mark", [(NEAR_FOLIO_30, "- 30 -"), (NEAR_TABLE_30, "-30-"), (NEAR_TABLE_30_END, "-30-")])
def test_a_folio_or_a_cell_stays_as_read(text, mark):
    doc = run_text(text)
    assert (mark, "page-number") in furniture(doc)
    assert mark not in _front(doc)


def test_a_contact_block_before_thirty_stays_front():
    front = _front(run_text(EN_30_CONTACT))
    assert front[-5:] == ["Media contact:", "Priya Shah", "Communications Officer", "Tel: 01632 960 555",
                          "Email: priya.shah@northbrook.example.org"]  # -30- a ledger row (helper front68)


@pytest.mark.parametrize("text,block", [
    (EN_MEDIA, ["Media contact:", "Sarah Lund", "Head of Communications", "Tel: +44 1632 960 210",
                "Email: press@lakeferry.example.com"]),
    (EN_MORE_INFO, ["For more information, contact:", "Mark Ellison", "Public Affairs Manager", "(555) 010-4477",
                    "mellison@greenfieldhospital.example.org"]),
    (EN_PRESS_ABOUT, ["Press contact:", "Ines Moreau, Press Officer", "Phone: 01632 961 002",
                      "E-mail: press@coastalmuseum.example.org"]),
    (JA_HOUDOU, ["報道関係者お問い合わせ先", "みなと市教育委員会\u3000図書館課", "担当：佐藤 花子", "電話：045-123-4567",
                 "メール：tosho@city.minato.example.jp"]),
    (JA_HONKEN, ["本件に関するお問い合わせ", "株式会社さくらテック\u3000広報部", "担当：山本 一郎", "TEL：03-1234-5678",
                 "E-mail：pr@sakuratech.example.co.jp"]),
])
def test_a_releases_contact_block_is_front(text, block):
    doc = run_text(text)
    front = _front(doc)
    assert front[-len(block):] == block
    assert not any(line in paras for _, paras in _sections(doc) for line in block)


@pytest.mark.parametrize("text,story,closing", [
    (SEG66_ENDS, "The city council has approved", "Notes to editors"),
    (EN_NOTES, "A new bus route will link", "Notes to editors"),
    (EN_ABOUT, "Hillcrest Energy will fit", "About Hillcrest Energy"),
    (EN_PRESS_ABOUT, "The Coastal Museum has put", "About the Coastal Museum"),
    (JA_MEMO, "みどり交通株式会社は、", "編集者へのメモ"),
    (JA_GAIYOU, "株式会社あおば食品は、", "会社概要"),
    (JA_ABOUT_ORG, "株式会社ひまわり電機は、", "株式会社ひまわり電機について"),
])
def test_a_releases_story_before_its_closing_headings_is_its_body(text, story, closing):
    doc = run_text(text)
    sections = _sections(doc)
    assert sections[0][0] == "" and sections[0][1][0].startswith(story)
    assert sections[1][0] == closing
    assert not any(t.startswith(story) for t in _front(doc))


def test_a_reports_about_section_keeps_its_front():
    doc = run_text(NEAR_ABOUT_REPORT)
    assert [title for title, _ in _sections(doc)] == ["About the survey", "Results"]
    assert _front(doc)[0].startswith("This short report")


def test_a_newsletters_contact_is_its_closing_block():
    # a section of its own until helper close82 (issue 16): under a heading no number counts, the closing block
    doc = run_text(NEAR_NEWSLETTER)
    assert [title for title, _ in _sections(doc)] == ["Spring Clean-Up Day"]
    assert [doc.talks[0].front[i].text for i in doc.talks[0].front_closing] == [
        "For more information, contact:", "Jo Baker", "Tel: 01632 960 404"]


@pytest.mark.parametrize("text,block", [
    (EN_NOLABEL_MEDIA, ["Media contact:", "Sarah Lund", "Head of Communications", "Tel: +44 1632 960 210",
                        "Email: press@lakeferry.example.com"]),
    (EN_NOLABEL_ENDMARK, ["Media contact:", "Sarah Lund", "Head of Communications", "Tel: +44 1632 960 210",
                          "Email: press@lakeferry.example.com"]),  # ### a ledger row (helper front68)
    (JA_NOLABEL_HOUDOU, ["報道関係者お問い合わせ先", "みなと市教育委員会\u3000図書館課", "担当：佐藤 花子", "電話：045-123-4567",
                         "メール：tosho@city.minato.example.jp"]),
])
def test_a_release_without_its_label_says_so_by_its_press_contact(text, block):
    doc = run_text(text)
    assert _front(doc)[-len(block):] == block
    assert [title for title, _ in _sections(doc)] == [""]
