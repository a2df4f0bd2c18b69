"""A letter's and a notice's visible structure (issue 16, fresh-user trial 65; helper letter65).

1. A letter's address line (``14 Quay Street`` over ``Dunedin 9016``, ``PO Box 12`` over ``Lismore NSW 2480``) is no
   numbered section: a town before a four-digit postcode ends a postal address under a street named by its words or a
   post office box (``tables.address_lines``), and a name right over a postal address is the letter's letterhead, no
   title (``stage._letterhead``): the letter's opening is front, as the letter rules read it.
2. An English complimentary close is read by its shape, ending on its comma (``With warm regards,``, ``Kindest
   regards,``, ``Very sincerely yours,``: ``letters._english_close``): the signature under it is the speaker. Prose
   (``With regards to the budget, we …``) is none.
3. A Japanese notice's subject right under its issuer's label (``桜ヶ丘市からのお知らせ`` / ``…の募集について``) is its
   title, the label front, the city the label names (``letters.issuer_label_subject``); a label alone over the text
   stays the title.
"""

from __future__ import annotations

import pytest

from pipeline.segment import letters, tables
from tests.segment_inputs import run_text

TRIAL_LETTER = """\
Harbourview Community Garden
14 Quay Street
Dunedin 9016

3 November 2025

Dear Ms. Whitfield,

Thank you for your generous donation of seedlings to our spring planting day. Thanks to
you, forty volunteers were able to plant two new beds of native herbs.

We would be delighted if you could join us for the harvest lunch on 14 December at noon.

With warm regards,

Aroha Tane
Volunteer Coordinator
"""

LETTERS = {
    "trial65": (TRIAL_LETTER, ["Harbourview Community Garden", "14 Quay Street", "Dunedin 9016"],
                "Aroha Tane", "Volunteer Coordinator"),
    "road-kindest": ("""\
Riverside Tenants Association
221 Station Road
Wellington 6011

12 February 2026

Dear Mr Haddon,

We write on behalf of the tenants of the Riverside flats about the stairwell lighting,
which has been out of order since January.

Kindest regards,

Miriam Oduya
Secretary
""", ["Riverside Tenants Association", "221 Station Road", "Wellington 6011"], "Miriam Oduya", "Secretary"),
    "pobox-warmest": ("""\
Northern Rivers Landcare
PO Box 12
Lismore NSW 2480

20 January 2026

Dear Volunteers,

Our annual tree planting will take place on the second Saturday of March at the creek reserve.
Please bring gloves, a hat and water.

Very sincerely yours,

Jenny Collins
Project Officer
""", ["Northern Rivers Landcare", "PO Box 12", "Lismore NSW 2480"], "Jenny Collins", "Project Officer"),
    "lane-best-wishes": ("""\
Old Mill Bakery
7 Mill Lane
Ashford TN24 8AB

5 March 2026

Dear Customer,

Thank you for ordering from us over the past year. From April our shop will open an hour earlier.

With warm and kind regards,

Tom Baker
Owner
""", ["Old Mill Bakery", "7 Mill Lane", "Ashford TN24 8AB"], "Tom Baker", "Owner"),
}


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_letter_address_is_front_and_close_signs(name):
    text, head, signer, post = LETTERS[name]
    (talk,) = run_text(text).talks
    assert talk.title.en is None and talk.title.ja is None  # the letterhead is no title
    assert [s.number for s in talk.sections if s.number is not None] == []  # no street numbers a section
    assert [t.text for t in talk.front][:3] == head
    assert talk.speaker.name is not None and talk.speaker.name.text == signer
    assert talk.speaker.affiliation is not None and post in talk.speaker.affiliation.text


def test_numbered_streets_in_a_guide_stay_sections():
    # near miss: streets as a walking tour's numbered headings over prose, no postcode under them
    text = """\
Walking Tour of the Old Town

1 Introduction

This tour takes about two hours and covers the oldest streets of the town.

2 Market Square

The square has held a market every Saturday since 1820.

3 Main Street

Main Street was paved in 1892 and still has its original shop fronts.
"""
    (talk,) = run_text(text).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction"), ("2", "Market Square"),
                                                                   ("3", "Main Street")]


def test_address_lines_read_a_town_before_its_postcode():
    assert sorted(tables.address_lines(["Harbourview Garden", "14 Quay Street", "Dunedin 9016"])) == [1, 2]
    assert sorted(tables.address_lines(["PO Box 12", "Lismore NSW 2480"])) == [0, 1]
    # a numbered heading over a season and its year is no address; nor a street named by no street word
    assert tables.address_lines(["2 Results", "Spring 2025", "The ports grew."]) == set()
    assert tables.address_lines(["4 Harbour Trends", "Autumn 2024", "Trade grew."]) == set()


@pytest.mark.parametrize("line", ["With warm regards,", "Kindest regards,", "Very sincerely yours,", "With best wishes,",
                                  "Warmest regards,", "Cordially yours,", "With kind regards,"])
def test_close_by_shape(line):
    assert letters.is_closing(line)


@pytest.mark.parametrize("line", ["With regards to the budget,", "With regards to the budget, we agreed.",
                                  "Warm greetings were sent to the treasurer.", "Best regards to all members,",
                                  "Regards to all", "Sincerely, I think not."])
def test_near_misses_are_no_close(line):
    assert not letters.is_closing(line)


NOTICES = {
    "trial65": ("""\
桜ヶ丘市からのお知らせ

令和８年度　放課後児童クラブ利用者の募集について

　桜ヶ丘市では、保護者が就労等により昼間家庭にいない小学生を対象に、放課後児童クラブの利用者を募集します。

１．対象者
　市内に住所を有する小学１年生から６年生までの児童。

２．申込期間
　令和８年１月１３日（火）から２月６日（金）まで

【問合せ先】
桜ヶ丘市　こども未来部　子ども家庭課
電話　０４２－５５５－０１２３
""", "桜ヶ丘市からのお知らせ", "令和8年度\u3000放課後児童クラブ利用者の募集について", "桜ヶ丘市"),
    "goannai": ("""\
みどり市からのお知らせ

健康まつりのご案内

　みどり市では、市民の健康づくりを応援するため、健康まつりを開催します。

１．日時
　令和８年５月１６日（土）午前１０時から

２．会場
　みどり市総合体育館
""", "みどり市からのお知らせ", "健康まつりのご案内", "みどり市"),
    "dayori-boshu": ("""\
さくら台だより

市民講座受講者の募集

　さくら台公民館では、春の市民講座の受講者を募集します。

１．講座名
　はじめての家庭菜園

２．定員
　２０名（先着順）
""", "さくら台だより", "市民講座受講者の募集", None),
}


@pytest.mark.parametrize("name", sorted(NOTICES))
def test_notice_subject_under_issuer_label_is_title(name):
    text, label, title, city = NOTICES[name]
    (talk,) = run_text(text).talks
    assert talk.title.ja is not None and talk.title.ja.text == title
    assert [t.text for t in talk.front][0] == label
    assert (talk.city.ja.text if talk.city.ja is not None else None) == city


def test_label_alone_stays_title():
    text = """\
青葉市からのお知らせ

　青葉市では、４月１日から市役所の窓口受付時間を変更します。平日の午前８時３０分から午後５時１５分までとなります。

　ご理解とご協力をお願いします。
"""
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "青葉市からのお知らせ" and talk.city.ja.text == "青葉市"


def test_newsletter_masthead_keeps_its_articles():
    # near miss: a newsletter's masthead over two articles' headlines: no subject taken for the whole document
    assert letters.issuer_label_subject(["みなと台だより", "夏祭りについて"], ["　公園で夏祭りを開きます。", "防災訓練のお知らせ"]) is None


def test_japanese_block_and_lot_is_no_title():
    # a Japanese letterhead's address line opening on its block and lot (``３丁目５番地``) had been the letter's title
    text = """\
さくら台自治会
３丁目５番地　さくら台集会所

令和８年２月１日

会員各位

　日頃より自治会活動にご協力いただき、ありがとうございます。本年度の総会を３月に開催しますので、ご出席ください。

さくら台自治会
会長　山本　和夫
"""
    (talk,) = run_text(text).talks
    assert talk.title.ja is None or "番地" not in talk.title.ja.text
    assert "3丁目5番地\u3000さくら台集会所" in [t.text for t in talk.front]
    assert [s.number for s in talk.sections if s.number is not None] == []
