"""Helper title53 (issue 16): the titles of English documents, their correct results written down before the change.
Every text is made up.

1. A press release's headline is its title, though it is a sentence in sentence case (``Lisbon and Yokohama sign
   “Blue Ports” partnership``): a line alone in its box, ending on no stop, over the release's running text. The
   release's label and its release line (``PRESS RELEASE``, ``For immediate release – 12 March 2025``) are front.
   A sentence that ends on its stop stays the body's.
2. A report's title over its subtitle naming whom the work is for (``Summary for the Tourism Promotion Committee``,
   ``Overview for the Transport Scrutiny Board``): the first line is the title, the second its subtitle, though the
   second names an organisation; a line that only names an organisation under a title stays the speaker's (and a
   client's line, ``Report to …``, ``Prepared for …``, stays front as before).
3. A calendar's month (``September``, ``4月``), a date or a timetable's row is never a title: a calendar read as a
   paper is titled by its first line.
"""

from __future__ import annotations

import pytest

from tests.segmenting import only_talk, text_of as _t


def _titles(talk):
    return _t(talk.title.ja), _t(talk.title.en)


def _front(talk):
    return [p.text for p in talk.front]


# --- 1. a press release's headline ---------------------------------------------------------------------------------

RELEASE_BODY = """{dateline} The Harbour Board and the City Council today agreed a five-year plan for the
waterfront. The plan was signed at the ferry terminal by the mayor and the chair of the board.

"We want the harbour to be open to everyone," said the chair.

Media contact: Press Office, +44 20 0000 0000
"""


@pytest.mark.parametrize("front, headline, dateline", [
    (["PRESS RELEASE", "For immediate release – 12 March 2025"], "Lisbon and Yokohama sign waterfront partnership",
     "Yokohama, Japan – "),
    (["NEWS RELEASE", "Embargoed until 10:00 GMT, 4 June 2026"], "Harbour city opens its first floating solar farm",
     "BRISTOL, UK – "),
    (["Press Release"], "Council approves new cycle lanes for the old town centre", "RIVERSIDE, 3 May 2026 – "),
    (["FOR IMMEDIATE RELEASE"], "Port museum reopens after two years of restoration work", "Kobe, 1 April 2026 – "),
])
def test_a_press_release_s_headline_is_its_title_title53(front, headline, dateline):
    text = "\n".join(front) + "\n\n" + headline + "\n\n" + RELEASE_BODY.format(dateline=dateline)
    talk, _ = only_talk(text)
    assert _titles(talk) == (None, headline)
    assert all(f in _front(talk) for f in front)
    assert headline not in _front(talk)


def test_a_headline_with_no_label_over_it_is_the_title_title53():
    headline = "Riverside council approves new cycle lanes for the town centre"
    talk, _ = only_talk(headline + "\n\n" + RELEASE_BODY.format(dateline="RIVERSIDE, 3 May 2026 – "))
    assert _titles(talk) == (None, headline)


@pytest.mark.parametrize("opening", [
    "The Harbour Board met on Tuesday and agreed a plan for the waterfront.",
    "Under the agreement, the two cities will exchange their planners each year:",
])
def test_a_sentence_alone_over_the_body_stays_the_body_s_title53(opening):
    """A line that ends on a stop or a colon is a sentence of the body, however alone it stands."""
    talk, _ = only_talk("PRESS RELEASE\n\n" + opening + "\n\n" + RELEASE_BODY.format(dateline="KOBE – "))
    assert _titles(talk) == (None, None)


# --- 2. a title over its subtitle naming whom it is for ------------------------------------------------------------

REPORT_BODY = """
1 Current situation
- Visitors in 2024: 11.2 million
- Average stay: 1.6 nights
2 Goals
- Raise the average stay to 2.0 nights
3 Monitoring
The committee will review progress every year using the visitor survey and
the accommodation tax statistics, and will publish the results each spring.
"""


@pytest.mark.parametrize("title, subtitle, issuer", [
    ("Kanazawa City Tourism Strategy 2025-2029", "Summary for the Tourism Promotion Committee",
     "Planning Division, Kanazawa City Tourism Bureau"),
    ("Harbourside Cycling Plan 2026", "Overview for the Transport Scrutiny Board",
     "Transport Policy Team, Harbourside Borough Council"),
    ("Annual Water Quality Review", "Briefing for the Environment Committee",
     "Water Services Unit, Lakeside District Council"),
])
def test_a_title_over_a_subtitle_naming_whom_it_is_for_title53(title, subtitle, issuer):
    talk, _ = only_talk(f"{title}\n{subtitle}\n{issuer}\n{REPORT_BODY}")
    assert _titles(talk) == (None, title)
    assert _t(talk.subtitle.en) == subtitle
    assert _t(talk.speaker.affiliation) == issuer or _t(talk.speaker.text) == issuer


def test_an_organisation_under_a_title_stays_the_speaker_s_title53():
    """The line under the title only names a body: no subtitle (the current reading, kept)."""
    title, issuer = "Coastal Flood Warnings in Small Harbours", "Northfield Transit Authority"
    talk, _ = only_talk(f"{title}\n{issuer}\n{REPORT_BODY}")
    assert _titles(talk) == (None, title)
    assert _t(talk.subtitle.en) is None


@pytest.mark.parametrize("text, expected", [
    ("Summary for the Tourism Promotion Committee", True), ("Report to the Board of Trustees", True),
    ("Briefing for the Environment Committee", True), ("Annual Report of the Harbour Authority", True),
    ("Centre for Coastal Research", False), ("Office for National Statistics", False),
    ("Survey Office of the Port Authority", False), ("Institute for Urban Mobility", False),
])
def test_a_work_for_an_organisation_is_a_title_s_phrase_title53(text, expected):
    from pipeline.segment.organisations import organisation_line, title_phrase

    assert title_phrase(text) is expected
    assert organisation_line(text) is not expected


# --- 3. a month or a date is never a title -------------------------------------------------------------------------

CALENDARS = [
    ("Autumn Term Dates", "Hillside Academy", ["September", "Term starts", "Open morning", "", "October",
                                               "Harvest assembly", "Half-term", "", "November", "Book week",
                                               "Flu vaccinations"]),
    ("Club Fixtures 2025", "Lakeside Rowing Club", ["April", "Spring regatta", "Club dinner", "", "May",
                                                    "Head of the river", "Open day", "", "June",
                                                    "Summer regatta", "Annual meeting"]),
    ("Library Calendar 2026", "Northfield Public Library", ["January", "Story time", "Chess club", "", "February",
                                                            "Author talk", "Craft morning", "", "March", "Book sale",
                                                            "Quiz night"]),
    ("Season Fixtures", "Lakeside Rowing Club", ["April", "Spring regatta", "Club dinner", "", "May",
                                                 "Head of the river", "Open day"]),
    ("年間行事予定", "ひまわり保育園", ["4月", "入園式", "身体測定", "", "5月", "こどもの日の集い", "遠足", "",
                                 "6月", "歯科検診", "保育参観"]),
]


def test_a_running_order_s_parts_are_no_departments_title53():
    """An event's running order: its parts (``午前の部``) name no department, its times' rows no title."""
    text = "秋祭り 進行表\n\n準備\n8時 会場設営\n9時 受付開始\n\n子どもの部\n10時 開会式\n10時半 輪投げ大会\n\n大人の部\n13時 のど自慢\n15時 抽選会\n"
    talk, _ = only_talk(text)
    assert _titles(talk) == ("秋祭り 進行表", None)
    assert _t(talk.speaker.text) is None


@pytest.mark.parametrize("title, issuer, rows", CALENDARS)
def test_a_calendar_s_title_is_its_first_line_not_a_month_title53(title, issuer, rows):
    talk, _ = only_talk(f"{title}\n{issuer}\n\n" + "\n".join(rows) + "\n")
    assert title in _titles(talk)
    assert all(m not in _titles(talk) for m in ("September", "January", "April", "4月"))
    assert _t(talk.speaker.text) == issuer


@pytest.mark.parametrize("text, expected", [
    ("September", False), ("4月", False), ("10:00 Opening", False), ("5月10日（土）", False), ("Monday", False),
    ("May 4 Movement and Chinese Modernity", True), ("Sun and Wind", True), ("4月の実績", True),
    ("May 2024 Results", True), ("School Calendar 2024-25", True),
])
def test_a_month_date_or_timetable_row_is_no_title_line_title53(text, expected):
    from pipeline.segment.titleblock import is_title_line

    assert is_title_line(text) is expected


@pytest.mark.parametrize("council, client, title, byline", [
    ("NORTHFIELD DISTRICT COUNCIL", "Report to Cabinet, 4 June 2026", "Harbour Car Park Review",
     "Report of the Director of Place, Anna Berg"),
    ("Riverside Borough Council", "Report to the Planning Committee, 9 October 2025", "Town Centre Cycling Strategy",
     "Report of the Head of Transport, Tom Ellis"),
])
def test_a_council_report_s_title_under_its_client_line_title53(council, client, title, byline):
    """A council's report cover: the council, whom the report is for, the title, then a byline closing on the
    author's name (neither the title's subtitle nor its title); the title names a centre's or a review's words but
    no organisation."""
    talk, _ = only_talk(f"{council}\n{client}\n{title}\n{byline}\n\n1. Purpose of the report\n1.1 This report sets "
                        "out the findings of the review and asks the committee to approve a revised\ntariff structure "
                        "for the three car parks owned by the council.\n\n2. Background\n2.1 Surveys carried out last "
                        "year found that the car parks were half empty on weekdays.\n")
    assert _titles(talk) == (None, title)
    assert _t(talk.subtitle.en) is None
