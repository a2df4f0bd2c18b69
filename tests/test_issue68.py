"""Open faults left by helper fix68a (issue 16, fresh-user trial 68; helper fix68c).

1. A periodical's issue line that prints its number with a year alone or a school's term (``Term 2, 2025``, ``Issue 3,
   2025``, ``Semester 1 2026``, ``第12号 2025年秋``) is its edition (``events.is_edition_line``), so the first article
   under it is a section, as under ``Summer 2025`` or ``Issue 3``; a term alone (``Term 2``) heads a calendar's part.
2. A notice's sender over its subject with no name (``桜台市長``, ``桜台市教育委員会``, ``みどり市教育委員会`` / ``教育長``) is
   the speaker, ``affiliation`` the line, ``name`` null, as an issuing office closing a notice is; an English notice's
   sender (``Director of Public Works, Jane Smith``) reads as the Japanese one (``letters.head_sender``).
3. A town's English name read before ``City`` never opens on a person's name (``Yosuke Tamura Kobe City Office``, a
   cover's speaker joined onto the office under it, names Kobe: ``places._person_before_town``).
"""

from __future__ import annotations

import pytest

from pipeline.segment.events import is_edition_line
from pipeline.segment.places import municipality_named_en
from tests.segment_inputs import SCHOOL_NEWS, front_texts as _front, run_text

SCHOOL = SCHOOL_NEWS

JAPANESE = """\
さくら小学校だより
{issue}

運動会を開催しました
十月四日に運動会を開催し、全校児童が元気に競技に参加しました。

図書室の利用について
図書室は平日の放課後も利用できます。本は二週間以内に返却してください。
"""


@pytest.mark.parametrize("text, issue", [
    (SCHOOL, "Term 2, 2025"), (SCHOOL, "Issue 3, 2025"), (SCHOOL, "Semester 1 2026"), (SCHOOL, "Term 3 · 2025"),
    (JAPANESE, "第12号 2025年秋"), (JAPANESE, "第3学期 2025年度"),
], ids=["term", "issue-year", "semester", "term-dot", "ja-season", "ja-term"])
def test_an_issue_line_with_its_year_is_the_edition_not_a_heading68(text, issue):
    (talk,) = run_text(text.format(issue=issue)).talks
    first = text.splitlines()[3]
    assert [s.title.text for s in talk.sections][:1] == [first]
    assert first not in _front(talk)


def test_a_term_alone_or_an_issue_in_a_phrase_is_no_edition68():
    assert [is_edition_line(s) for s in ("Term 2", "Term 2 Dates", "Issue 3, 2025 budget review", "2025",
                                         "Quarter 3 results, 2025")] == [False] * 5


def test_a_school_calendars_term_headings_stay_sections68():
    calendar = """\
Hillview Primary School Calendar

Term 2
Term 2 starts on 22 April and ends on 4 July. Parents' evening is on 12 June.

Term 3
Term 3 starts on 21 July and ends on 26 September.
"""
    (talk,) = run_text(calendar).talks
    assert [s.title.text for s in talk.sections] == ["Term 2", "Term 3"]


def _town(text: str) -> str | None:
    span = municipality_named_en(text)
    return text[span[0]:span[1]] if span else None


def test_a_town_never_opens_on_a_persons_name68():
    assert [_town(s) for s in ("Yosuke Tamura Kobe City Office", "Anna Berg Leeds City Council", "Hanako Sato Sendai City",
                               "Maria Keller Utrecht Municipality")] == ["Kobe", "Leeds", "Sendai", "Utrecht"]


def test_a_towns_own_several_words_stay_its_name68():
    # near misses: names of two or three words, none a person's name before a town's
    assert [_town(s) for s in ("Ho Chi Minh City", "Rio de Janeiro City Hall", "Kobe City Office",
                               "City of Kota Kinabalu Tourism Office")] == ["Ho Chi Minh", "Rio de Janeiro", "Kobe", "Kota Kinabalu"]


NOTICE_JA = """\
令和7年10月1日

市民の皆様へ

{sender}

粗大ごみ収集日程の変更について

１．変更の内容
令和7年11月から、粗大ごみの収集日を毎月第２水曜日に変更します。
２．申し込み方法
収集の３日前までに、粗大ごみ受付センターへ電話で申し込んでください。

【問合せ先】
桜台市 環境部 清掃課
電話 0123-45-6789
"""

NOTICE_EN = """\
12 October 2025

To all residents of Westfield

{sender}

Changes to Bulky Waste Collection

1. What is changing
From November 2025, bulky waste will be collected on the second Wednesday of each month.
2. How to book
Please call the bulky waste line at least three days before collection.

Contact
Westfield Borough Council, Waste Services
Tel. 01234 567890
"""


def _speaker_of(talk) -> tuple[str | None, str | None]:
    sp = talk.speaker
    return (sp.name.text if sp.name else None, sp.affiliation.text if sp.affiliation else None)


@pytest.mark.parametrize("text, sender, speaker", [
    (NOTICE_JA, "桜台市長", (None, "桜台市長")),
    (NOTICE_JA, "ひかり町長", (None, "ひかり町長")),
    (NOTICE_JA, "桜台市教育委員会", (None, "桜台市教育委員会")),
    (NOTICE_JA, "桜台市環境部　清掃課", (None, "桜台市環境部　清掃課")),
    (NOTICE_EN, "Director of Public Works, Jane Smith", ("Jane Smith", "Director of Public Works")),
    (NOTICE_EN, "Jane Smith, Director of Public Works", ("Jane Smith", "Director of Public Works")),
    (NOTICE_EN, "Westfield Borough Council", (None, "Westfield Borough Council")),
], ids=["mayor-alone", "town-head-alone", "board-alone", "section-alone", "en-post-name", "en-name-post", "en-council"])
def test_a_notices_sender_over_its_subject_is_its_speaker_named_or_not68(text, sender, speaker):
    (talk,) = run_text(text.format(sender=sender)).talks
    assert _speaker_of(talk) == speaker
    assert sender in _front(talk)
    # signed at its head: the closing contact block is the notice's foot, as under trial 68's named sender
    assert not any(s.title.text in ("問合せ先", "Contact") for s in talk.sections)


def test_an_office_over_its_officers_post_alone_is_one_sender68():
    text = NOTICE_JA.replace("{sender}", "みどり市教育委員会\n教育長")
    (talk,) = run_text(text).talks
    assert _speaker_of(talk) == (None, "みどり市教育委員会 教育長")


@pytest.mark.parametrize("text", [
    # an addressee nearest the subject: no sender
    NOTICE_JA.replace("市民の皆様へ\n\n{sender}", "桜台市長\n\n市民の皆様へ"),
    # an English cover with no addressee: a report's date and council over its title, no notice's sender
    "March 2026\n\nWestfield Borough Council\n\nAnnual Report on Waste Services 2025\n\nIntroduction\n"
    "This report sets out how the council collected and recycled household waste during 2025.\n\nCollections\n"
    "Bulky waste collections rose by a tenth over the year.\n",
], ids=["addressee-nearest", "en-report-cover"])
def test_no_sender_where_none_stands_over_the_subject68(text):
    (talk,) = run_text(text).talks
    assert _speaker_of(talk) == (None, None)


def test_a_named_closing_signer_outranks_an_office_alone_at_the_head68():
    text = """\
令和7年6月1日

保護者各位

みどり市立さくら小学校

プール開きのお知らせ

今年度のプール開きを6月16日に行います。水着と帽子を用意してください。

令和7年6月1日
校長　山田 太郎
"""
    (talk,) = run_text(text).talks
    assert _speaker_of(talk) == ("山田 太郎", "校長")
