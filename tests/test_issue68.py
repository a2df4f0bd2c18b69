"""Open faults left by helper fix68a (issue 16, fresh-user trial 68; helper fix68c).

1. A periodical's issue line that prints its number with a year alone or a school's term (``Term 2, 2025``, ``Issue 3,
   2025``, ``Semester 1 2026``, ``第12号 2025年秋``) is its edition (``events.is_edition_line``), so the first article
   under it is a section, as under ``Summer 2025`` or ``Issue 3``; a term alone (``Term 2``) heads a calendar's part.
3. A town's English name read before ``City`` never opens on a person's name (``Yosuke Tamura Kobe City Office``, a
   cover's speaker joined onto the office under it, names Kobe: ``places._person_before_town``).
"""

from __future__ import annotations

import pytest

from pipeline.segment.events import is_edition_line
from pipeline.segment.places import municipality_named_en
from tests.segment_inputs import front_texts as _front, run_text

SCHOOL = """\
Oakfield School News
{issue}

School Celebrates 100 Years
Pupils, parents and former teachers gathered on Friday to mark the school's centenary with songs and a picnic.

Pool Reopened After Repairs
The swimming pool is open again after the roof repairs. Lessons restart next week.

Newsletter Editor: Priya Shah
Published by Oakfield Primary School
"""

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
