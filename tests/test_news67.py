"""Newsletters and notices, issue 16 (helper news67). Variants and near misses: /work/regress/in_news67/.

- A masthead's publisher's line (``令和6年9月2日発行　…小学校　校長　高橋　誠``) ends at its line's end however full:
  the first headline under it over a blank line is no part of it; and it never carries the masthead's title on.
- A year or date and an office on one line under a deck's cover title (``令和６年度　危機管理課``) is the office that
  presents the deck (``speaker``), never the deck's subtitle.
- A numbered heading whose title opens on a month's name (``4 May Day Traditions``) heads its section where the
  numbering around it stands in step with it; a dates list's entries (``10 Sept  Class photos``, ``3 May Spring
  Sportive`` beside ``17 May Club Time Trial``) stay its article's lines.
- A school's term (``Autumn Term 2025``) is an issue's date: the first article's headline under it heads its section.
- An English notice's addressee (``To all residents``, ``To all residents of Mill Lane and Church Street``) is no title
  and no start of its body; its issuing office beside its date at its foot is its speaker, as a Japanese notice's is.
  A notice with no title block stays ``shape: text`` in both languages.
"""

from __future__ import annotations

import unicodedata

import pytest

from tests.segment_inputs import run_text


def _only(text: str):
    (talk,) = run_text(text).talks
    return talk


def _titles(talk) -> list[str | None]:
    return [s.title.text if s.title is not None else None for s in talk.sections]


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) if c.isdigit() else c for c in text)


MASTHEAD = """\
{masthead}
{publisher}

{first}
{first_text}

{second}
{second_text}
"""

NEWSLETTERS = [
    ("みどり野小だより　第5号", "令和6年9月2日発行　みどり野市立みどり野小学校　校長　高橋　誠",
     "運動会のお知らせ", "十月五日（土）に運動会を行います。雨天の場合は翌日に延期します。",
     "給食だより", "今月の献立表を配布しました。ご家庭でもご覧ください。"),
    ("すくすく園だより　No.８", "令和７年６月２日発行　あおば町立すくすく保育園　園長　山田　花子",
     "プール遊びが始まります", "六月中旬からプール遊びを始めます。水着をご用意ください。",
     "保育参観のご案内", "六月二十日（金）に保育参観を行います。ぜひご覧ください。"),
    ("さくら台自治会だより　第３８号", "2025年4月1日発行　さくら台自治会　広報部　会長　鈴木　一郎",
     "総会のご報告", "三月二十三日に定期総会を開き、事業計画を承認しました。",
     "防犯パトロール", "毎月第一土曜日の夜に行っています。参加をお待ちしています。"),
]


@pytest.mark.parametrize("masthead, publisher, first, first_text, second, second_text", NEWSLETTERS,
                         ids=["school", "hoikuen", "jichikai"])
def test_publisher_line_keeps_no_headline(masthead, publisher, first, first_text, second, second_text):
    talk = _only(MASTHEAD.format(masthead=masthead, publisher=publisher, first=first, first_text=first_text,
                                 second=second, second_text=second_text))
    assert _titles(talk) == [first, second]
    assert _folded(publisher) in [_folded(t) for t in _front(talk)]  # (clean folds full-width digits)


@pytest.mark.parametrize("date", ["令和6年9月2日", "令和六年九月二日"])
def test_publisher_line_carries_no_title_on(date):
    # the masthead with no issue number on its line, over the dated publisher's line
    talk = _only(MASTHEAD.format(masthead="みどり野小だより", publisher=f"{date}発行　みどり野市立みどり野小学校　校長　高橋　誠",
                                 first="運動会のお知らせ", first_text="十月五日（土）に運動会を行います。雨天の場合は翌日に延期します。",
                                 second="給食だより", second_text="今月の献立表を配布しました。ご家庭でもご覧ください。"))
    assert talk.title.ja.text == "みどり野小だより"
    assert _titles(talk) == ["運動会のお知らせ", "給食だより"]


def test_full_line_before_a_page_break_still_goes_on():
    # near miss: a body line filling the measure and stopping mid-sentence runs on over the blank line
    talk = _only("港町の歴史と文化\n\n"
                 "港町は江戸時代から北前船の寄港地として栄え、多くの商人が各地から集まってきた町である。その\n"
                 "交易の記録は今も町の資料館に残されており、明治以降に鉄道が開通して物流の中心が移った様子\n\n"
                 "をよく伝えている。港の役割は、この時期から次第に変わっていったと考えられている。\n")
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs] + _front(talk)
    assert any("移った様子をよく伝えている" in p for p in paragraphs)


DECK = """\
{title}
{second}
- 1 -
本日の内容
・施設の現状
・更新の方針
- 2 -
施設の現状
・管路延長　約４２０km
- 3 -
"""


@pytest.mark.parametrize("title, second, office", [
    ("防災まちづくりの取り組み", "令和６年度　危機管理課", "危機管理課"),
    ("下水道施設の長寿命化計画", "令和７年度　上下水道部　下水道課", "上下水道部　下水道課"),
    ("観光客の受け入れ環境の整備", "2025年度　観光振興課", "観光振興課"),
    ("地域公共交通のあり方", "2024年度 交通政策課", "交通政策課"),
])
def test_year_and_office_under_cover_title_is_its_office(title, second, office):
    talk = _only(DECK.format(title=title, second=second))
    assert talk.title.ja.text == title
    assert talk.subtitle.ja is None
    assert talk.speaker.affiliation is not None and talk.speaker.affiliation.text == office
    assert talk.speaker.name is None


def test_year_phrase_under_cover_title_is_no_office():
    # near miss: a year run into a phrase names no office
    talk = _only(DECK.format(title="市民協働のすすめ", second="令和７年度の取り組み"))
    assert talk.speaker.affiliation is None


VILLAGE = """\
Elmbridge Village Newsletter
Spring 2025

1 Welcome
Welcome to the spring issue. The days are longer and the village hall has a new roof at last.

2 Spring Clean
Volunteers will meet on the green on Saturday morning to clear litter from the lanes and verges.

3 Easter Trail
Children can follow the trail around the churchyard and collect a chocolate egg at the end.

4 May Day Traditions
The maypole will go up on the green again this year. Dancing starts at two o'clock, weather permitting.

5 Contacts
The editor welcomes letters and news for the summer issue.
"""

PARISH = """\
St Mary's Parish News
Summer 2025

4 June Fete Plans
The fete committee meets in the vestry next week. Stall holders are asked to bring their lists of prizes.

5 Churchyard Working Party
Volunteers are needed to cut the grass and trim the hedges before the fete.

6 Bell Ringing
The ringers practise on Thursday evenings and new learners are always welcome.
"""

ROWING = """\
Riverside Rowing Club Bulletin
Issue 22, Spring 2026

1 From the Captain
The new boat shed is finished and the club thanks every member who gave a weekend to the work.

2 March Hare Regatta
Our spring regatta takes place on the lower reach. Crews should register with the secretary by the end of the month.

3 Coaching Sessions
Beginners' sessions restart after Easter on Tuesday evenings.
"""


@pytest.mark.parametrize("text, numbers, titles", [
    (VILLAGE, ["1", "2", "3", "4", "5"], ["Welcome", "Spring Clean", "Easter Trail", "May Day Traditions", "Contacts"]),
    (PARISH, ["4", "5", "6"], ["June Fete Plans", "Churchyard Working Party", "Bell Ringing"]),
    (ROWING, ["1", "2", "3"], ["From the Captain", "March Hare Regatta", "Coaching Sessions"]),
], ids=["may-day", "june-fete", "march-hare"])
def test_numbered_heading_opening_on_a_month(text, numbers, titles):
    talk = _only(text)
    assert [s.number for s in talk.sections] == numbers
    assert _titles(talk) == titles


FIXTURES = """\
Hilltop Cycling Club Bulletin
Spring 2026

1 Welcome
The new season starts next month and the committee hopes to see many new riders on the club runs.

2 Fixtures
3 May Spring Sportive
17 May Club Time Trial
7 June Hill Climb
"""


def test_dates_list_in_step_with_the_numbering_stays_a_list():
    # near miss: ``3 May Spring Sportive`` would step from section 2, but the list's other entries stand beside it
    talk = _only(FIXTURES)
    assert [s.number for s in talk.sections] == ["1", "2"]
    assert [p.text for p in talk.sections[-1].paragraphs][-3:] == ["3 May Spring Sportive", "17 May Club Time Trial",
                                                                  "7 June Hill Climb"]


@pytest.mark.parametrize("line, shaped", [
    ("4 May Day Traditions", True), ("2 March Hare Regatta", True),
    ("10 Sept  Class photos", False), ("10 Sept Class photos", False), ("4 May  Day trip", False),
    ("21st March Fair", False), ("3 October", False),
])
def test_month_opening_title_is_heading_shaped(line, shaped):
    from pipeline.numbering import heading_shaped
    assert heading_shaped(line) is shaped


TERM = """\
Oakfield Primary Newsletter
{issue}

Welcome Back
It has been lovely to see everyone return after the summer. The new classrooms are ready.

Dates for September
10 Sept Class photos
14 Sept Sports day
21 Sept Harvest assembly

Lost property
Please label all uniform clearly. Unnamed items will be given to the charity shop at half term.
"""


@pytest.mark.parametrize("issue", ["Autumn Term 2025", "Spring Term 2026", "Michaelmas Term 2025"])
def test_school_term_is_the_issue_line(issue):
    talk = _only(TERM.format(issue=issue))
    assert _front(talk) == [issue]
    assert _titles(talk) == ["Welcome Back", "Dates for September", "Lost property"]
    assert [p.text for p in talk.sections[1].paragraphs] == ["10 Sept Class photos", "14 Sept Sports day",
                                                             "21 Sept Harvest assembly"]


NOTICE = """\
{addressee}

Water supply interruption

Severn Water will replace the main under Mill Lane on Tuesday 14 October 2025. The supply to the houses listed above will be off from 9 am to 3 pm. Please keep some water aside for the day.

We apologise for any inconvenience.

Highways Office, Ashcombe Town Council
Tel. 01632 960 418
"""


@pytest.mark.parametrize("addressee", ["To all residents", "To all residents of Mill Lane and Church Street",
                                       "To every household in Upper Marsh", "To the residents of 2–14 Quay Road"])
def test_english_addressee_is_no_title(addressee):
    talk = _only(NOTICE.format(addressee=addressee))
    assert talk.title.en.text == "Water supply interruption"
    assert _front(talk)[0] == addressee
    assert talk.sections and not talk.sections[0].title.text


UNTITLED = """\
To all residents

From 1 April, general waste will be collected on Tuesdays instead of Mondays.

Recycling will be collected every other Thursday, and garden waste collection resumes on 7 April.

Thank you for your cooperation.

{foot}
"""


@pytest.mark.parametrize("foot", ["14 March 2025\nWaste Services, Ashford Borough Council",
                                  "Waste Services, Ashford Borough Council\n14 March 2025"])
def test_english_notice_issuer_under_its_date(foot):
    talk = _only(UNTITLED.format(foot=foot))
    assert talk.shape == "text"  # no title block: as a Japanese notice with none
    assert talk.speaker.affiliation.text == "Waste Services, Ashford Borough Council"
    assert talk.speaker.name is None
    assert talk.city.en is not None and talk.city.en.text == "Ashford"


def test_titled_english_notice_closing_issuer_is_front():
    talk = _only("Change to Bin Collection Days\n\n" + UNTITLED.format(
        foot="14 March 2025\nWaste Services, Ashford Borough Council"))
    assert talk.speaker.affiliation.text == "Waste Services, Ashford Borough Council"
    assert "14 March 2025" in _front(talk)
    assert all("Ashford Borough Council" not in p.text for s in talk.sections for p in s.paragraphs)


def test_event_day_and_venue_is_no_issuer():
    # near miss: a date naming its weekday over a venue is an event's, not a notice's date of issue
    talk = _only("Spring Concert\n\nThe Ashford Community Choir invites you to an evening of spring songs and "
                 "readings. Tickets are free and everyone is welcome.\n\nSaturday 14 March 2026\n"
                 "Ashford Borough Council Chamber\n")
    assert talk.speaker.affiliation is None


@pytest.mark.parametrize("line", ["To all intents and purposes, the work is done.", "To the best of our knowledge",
                                  "To all parents in a hurry"])
def test_phrases_opening_on_to_are_no_addressee(line):
    from pipeline.segment.organisations import addressee_line
    assert not addressee_line(line)
