"""Short records of a meeting, as made-up inputs (issue 16, point 2; trial 22's minutes): the heading that names the
record by its kind (``Minutes of …``, ``Agenda for …``, ``Notice of …``) is the document's title though its words say
``Meeting`` or ``Committee``, and the signature and date block closing the record after its last numbered item is no
part of that item."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

RECORDS = [
    ("""\
LAKESHORE ROWING CLUB
Minutes of the Quarterly Steering Committee Meeting

Date: Monday, 2 June 2025
Venue: Boathouse, upper room
Chair: Ingrid Halvorsen

1. Apologies
Apologies were received from two members.

2. Boat repairs
The coach reported damage to two sculls. The committee approved the repair.
""", "Minutes of the Quarterly Steering Committee Meeting"),
    ("""\
Minutes of the Annual General Meeting 2024

Present: O. Achebe, L. Varga, K. Tanaka

1. Opening
The chair opened the meeting at 6 pm.

2. Accounts
The accounts for the year were adopted.
""", "Minutes of the Annual General Meeting 2024"),
    ("""\
Hillcrest Residents' Council
Notice of Extraordinary General Meeting

1. Purpose
Members will vote on the new parking rules.

2. Voting
Each household has one vote.
""", "Notice of Extraordinary General Meeting"),
    ("""\
第2回 さくら川まちづくり協議会 次第

日時：令和7年6月10日（火）午後7時
場所：さくら川公民館

1．開会
会長があいさつした。

2．議題
河川敷の清掃について話し合った。
""", "第2回 さくら川まちづくり協議会 次第"),
]


@pytest.mark.parametrize(("text", "title"), RECORDS,
                         ids=["minutes-of-a-committee", "minutes-of-a-dated-meeting", "notice-of", "ja-agenda"])
def test_a_records_kind_heading_is_its_title(text, title):
    (talk,) = run_text(text).talks
    found = talk.title.en if talk.title.en is not None else talk.title.ja
    assert found is not None and found.text == title, talk.title
    assert title not in [t.text for t in talk.front]


CLOSED = """\
Orchard Lane Tenants' Association
Minutes of the Spring Board Meeting

1. Rent review
The board noted the landlord's letter and asked for a meeting.

2. Any other business
The hallway lights need replacing.

Date of the next board meeting: 9 September 2025, 7 pm.

Approved by: Tomasz Nowak, Secretary
Date: 9 September 2025
"""


def test_a_signature_and_date_block_closing_the_record_is_no_part_of_its_last_item():
    (talk,) = run_text(CLOSED).talks
    last = next(s for s in talk.sections if s.number == "2")
    assert [p.text for p in last.paragraphs] == ["The hallway lights need replacing."]
    # the closing fields are fields, in ``front`` where the record's opening fields go (issue 16), never sections
    assert [s.number for s in talk.sections] == ["1", "2"]
    assert [t.text for t in talk.front][-3:] == ["Date of the next board meeting: 9 September 2025, 7 pm.",
                                                 "Approved by: Tomasz Nowak, Secretary", "Date: 9 September 2025"]


def test_a_long_labelled_block_between_two_items_stays_the_items_own():
    text = """\
Minutes of the Library Friends Committee

1. Book sale
The sale raised a good sum.

Date of the next book sale: 4 October 2025

2. Newsletter
The autumn issue goes out in September.
"""
    (talk,) = run_text(text).talks
    first = next(s for s in talk.sections if s.number == "1")
    assert [p.text for p in first.paragraphs][-1] == "Date of the next book sale: 4 October 2025"
    assert [s.number for s in talk.sections] == ["1", "2"]


# Issue 16: a year before a record's title is no reason to reject it; a record's kind alone over the meeting's name
# leaves the meeting's name the title (the kind front matter); a signature's rule with the signer's name under it is
# a field, as the closing ``Approved by:`` and ``Date of next meeting:`` lines are.

DATED_AGENDA = """\
2025 Annual Meeting Agenda
Harbour Rowing Club
Date: 12 May 2025
Venue: Boathouse Hall

1. Welcome and apologies
The chair opened the meeting and welcomed members.

2. Treasurer's report
The treasurer presented the accounts for the year.
"""


def test_a_year_before_a_records_title_leaves_it_the_title():
    (talk,) = run_text(DATED_AGENDA).talks
    assert talk.title.en is not None and talk.title.en.text == "2025 Annual Meeting Agenda"
    # a club is an organisation (trial 41): under the title, no one named, it is the record's issuing body, as a
    # report's office is (speaker.affiliation); before, a club's name was no organisation and stayed front
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == "Harbour Rowing Club"
    assert talk.speaker.name is None


BARE_KIND = """\
Minutes
Lakeside Allotment Society Spring Meeting
Date: 3 April 2026
Present: J. Barnes, K. Ito, L. Moreau

1. Opening
The chair opened the meeting at seven and thanked everyone for coming.

2. Plot inspections
K. Ito reported that most plots were well kept this season.

3. Any other business
None was raised.

Approved by: J. Barnes, Chair
Date of next meeting: 5 June 2026

Signed: ____________________
J. Barnes
"""


def test_a_records_kind_alone_leaves_the_meetings_name_the_title():
    (talk,) = run_text(BARE_KIND).talks
    assert talk.title.en is not None and talk.title.en.text == "Lakeside Allotment Society Spring Meeting"
    assert [t.text for t in talk.front][0] == "Minutes"
    assert talk.speaker.name is None


def test_closing_fields_and_a_signature_are_front_fields():
    (talk,) = run_text(BARE_KIND).talks
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert [p.text for p in talk.sections[-1].paragraphs] == ["None was raised."]
    assert [t.text for t in talk.front][-4:] == ["Approved by: J. Barnes, Chair", "Date of next meeting: 5 June 2026",
                                                 "Signed: ____________________", "J. Barnes"]


FORUM_RECORD = """\
第5回 港まち交流フォーラム 記録

「{title}」

長崎市 文化観光部 主査
山本 紀子

1. はじめに
本市では、港を中心とした交流の取り組みを続けている。

2. 今後の課題
参加者の裾野を広げることが課題である。
"""


@pytest.mark.parametrize("title", ["港の記憶を未来へつなぐ", "海辺の町と若い世代"])
def test_an_event_record_over_a_quoted_title_leaves_the_quoted_line_the_title(title):
    """Trial 24: a forum's record (``第3回 … フォーラム 記録``) over the talk's quoted title took the title, the quoted
    line went to front."""
    (talk,) = run_text(FORUM_RECORD.format(title=title)).talks
    assert talk.title.ja is not None and talk.title.ja.text == f"「{title}」"
    assert [t.text for t in talk.front] == ["第5回 港まち交流フォーラム 記録"]
    assert talk.speaker.name is not None and talk.speaker.name.text == "山本 紀子"


def test_an_event_record_without_a_quoted_title_stays_the_title():
    """The guard: a meeting's minutes named by the meeting are the document's title (``… 議事録``)."""
    text = FORUM_RECORD.replace("「{title}」\n\n", "")
    (talk,) = run_text(text).talks
    assert talk.title.ja is not None and talk.title.ja.text == "第5回 港まち交流フォーラム 記録"
