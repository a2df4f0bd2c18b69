"""English newsletters' dates lists (issue 16 point 2, helper news66). Variants and near misses:
/work/regress/in_news66/.

- A line opening on a day and a month's name, its day bare (``10 Sept  Class photos``, ``3 October  …``, ``Mon 14
  Oct  …``), is a dates list's entry, never a section numbered by its day: the newsletter's masthead is its title, the
  issue line front, each article a section under its headline, the dates list paragraphs of its article. A section's
  number with its full stop before a month (``3. May 2024 Update``) and a title opening on no month (``10 Results``,
  ``10. Any other business``) stay numbered.
- A headline ending on a hyphenated compound (``Christmas Lights Switch-On``) ends on no connective: it heads its
  article, the first under the issue line included.
- ``What's On`` is a wh-clause heading, though it stops on ``On``.
- The Japanese shape (``9月10日（水）　写真撮影`` under ``今後の予定``) keeps working.
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text


def _only(data):
    (talk,) = data.talks
    return talk


def _titles(talk) -> list[str]:
    return [s.title.text if s.title is not None else None for s in talk.sections]


SCHOOL = """\
Hillside Primary School Newsletter
Issue 4, September 2025

Welcome Back
We are delighted to welcome all our families back for the new school year. The children have settled in well and the classrooms are full of energy.

New Library Books
Thanks to the summer fair, the library has over two hundred new books. Classes will visit the library every week from next Monday.

Dates for September
10 Sept  Class photos
14 Sept  Sports day
21 Sept  Harvest assembly
3 Oct  Parent evening

Mrs J. Patel
Headteacher
"""

PARISH = """\
St Mary's Parish News
October 2025

Harvest Festival Thanks
Thank you to everyone who brought produce for the harvest festival. All the food has gone to the town food bank, which was very grateful.

Church Roof Appeal
The appeal has now raised over twelve thousand pounds. The builders will start work on the north aisle in November, weather permitting.

Coming Up
5 October  Harvest supper in the hall
12 October  Family service
Sat 18 Oct  Coffee morning
2 November  All Souls service

The Parish Office is open on Tuesday and Thursday mornings.
"""

CLUB = """\
Westfield Cycling Club Bulletin
Issue 27, Spring 2026

Club Run Routes
This season the Sunday club runs will leave from the leisure centre car park at nine. Routes will be posted on the club website by Friday evening.

Annual Dinner
The annual dinner was a great success, with more than sixty members and guests. Congratulations to all the award winners.

Fixtures
Sun 12 April  Hill climb at Crow Lane
Mon 20 April  Committee meeting
3 May  Spring sportive
17 May  Club time trial
"""

COUNCIL = """\
Northbrook Town Council e-News
Issue 12, November 2025

Christmas Lights Switch-On
The Christmas lights will be switched on in the Market Square this year with music from the town band and stalls from local businesses.

Play Park Improvements
Work on the new play equipment at Mill Lane park is now complete. The park has reopened and new benches have been installed.

Upcoming Meetings
4 Nov  Planning committee
11 Nov  Full council
25 Nov  Finance committee
9 December  Full council

Northbrook Town Council, Town Hall, High Street
"""

SCOUTS = """\
Oakwood Scout Group Newsletter
Issue 9, Summer 2025
Summer Camp Report
Thirty scouts spent a week at Gilwell Park in July. The weather was kind and every patrol completed its hike badge.

Leaders Needed
We are looking for two more adult volunteers for the Cub pack on Tuesday evenings. Full training is given.

What's On
Mon 14 Oct  Troop night restarts
Sat 19 Oct  Bag packing at the supermarket
2 November  Remembrance parade
"""

JICHIKAI = """\
ひがし町自治会だより
第３２号　令和７年１０月

秋祭りのご報告
　１０月５日に秋祭りを開催しました。多くの皆様にご参加いただき、ありがとうございました。

防災訓練のお知らせ
　今年の防災訓練は１１月に行います。ご家族でご参加ください。

今後の予定
10月12日（日）　清掃活動
10月26日（日）　役員会
11月9日（日）　防災訓練
"""

DAYORI = """\
さくら小学校だより
令和７年９月１日発行　第５号

運動会のお知らせ
　９月２８日（日）に運動会を行います。お子さんの応援に、ぜひお越しください。

図書室の新しい本
　夏休み中に、図書室に新しい本が百冊入りました。休み時間に借りることができます。

９月の行事予定
9月10日（水）　写真撮影
9月14日（日）　運動会予行
9月28日（日）　運動会
"""

REPORT = """\
Annual Water Quality Report 2025

8 Introduction
This report sets out the results of the water quality monitoring carried out during the year. Samples were taken at every treatment works.

9 Methods
Samples were analysed at the regional laboratory using the standard methods. Each sample was tested for bacteria and chemical content.

10 Results
All samples met the drinking water standards. Two samples showed raised turbidity after heavy rainfall in March.

11 Conclusions
The supply remained safe throughout the year. Monitoring will continue at the same frequency next year.
"""

MINUTES = """\
Greenfield Residents Association
Minutes of the committee meeting held on 3 September 2025

8. Treasurer's report
The treasurer reported a balance of four hundred pounds. The accounts will be audited in October.

9. Summer fete
The fete raised two hundred and fifty pounds for the association. Thanks were given to all the volunteers.

10. Any other business
The chair noted that the hall booking for December must be confirmed by the end of the month.

11. Date of next meeting
The next meeting will be held on 1 October 2025.
"""


@pytest.mark.parametrize("text, title, issue, titles, entries", [
    (SCHOOL, "Hillside Primary School Newsletter", "Issue 4, September 2025",
     ["Welcome Back", "New Library Books", "Dates for September"],
     ["10 Sept  Class photos", "14 Sept  Sports day", "21 Sept  Harvest assembly", "3 Oct  Parent evening"]),
    (PARISH, "St Mary's Parish News", "October 2025", ["Harvest Festival Thanks", "Church Roof Appeal", "Coming Up"],
     # (the first row joins its table too since session 76, helper furn76: a row beside a table whose cells part at
     # its channel is its row; it had kept its two spaces)
     ["5 October\tHarvest supper in the hall", "12 October\tFamily service", "Sat 18 Oct\tCoffee morning",
      "2 November\tAll Souls service"]),
    (CLUB, "Westfield Cycling Club Bulletin", "Issue 27, Spring 2026", ["Club Run Routes", "Annual Dinner", "Fixtures"],
     ["Sun 12 April  Hill climb at Crow Lane", "Mon 20 April  Committee meeting", "3 May  Spring sportive",
      "17 May  Club time trial"]),
    (COUNCIL, "Northbrook Town Council e-News", "Issue 12, November 2025",
     ["Christmas Lights Switch-On", "Play Park Improvements", "Upcoming Meetings"],
     ["4 Nov  Planning committee", "11 Nov  Full council", "25 Nov  Finance committee", "9 December  Full council"]),
    (SCOUTS, "Oakwood Scout Group Newsletter", "Issue 9, Summer 2025", ["Summer Camp Report", "Leaders Needed", "What's On"],
     # (its three dates are one width, so their two spaces stand at one column in every row: rows aligned by runs of
     # spaces, a table's since session 81, helper tables81, as the parish's rows beside their table are above)
     ["Mon 14 Oct\tTroop night restarts", "Sat 19 Oct\tBag packing at the supermarket", "2 November\tRemembrance parade"]),
])
def test_newsletter_dates_list_is_its_articles(text, title, issue, titles, entries):
    talk = _only(run_text(text))
    assert talk.title.en.text == title
    assert [t.text for t in talk.front] == [issue]
    assert _titles(talk) == titles
    assert all(s.number is None for s in talk.sections)
    assert [p.text for p in talk.sections[-1].paragraphs][:len(entries)] == entries


@pytest.mark.parametrize("text, titles, entries", [
    (DAYORI, ["運動会のお知らせ", "図書室の新しい本", "9月の行事予定"], ["9月10日（水）　写真撮影", "9月14日（日）　運動会予行", "9月28日（日）　運動会"]),
    (JICHIKAI, ["秋祭りのご報告", "防災訓練のお知らせ", "今後の予定"], ["10月12日（日）　清掃活動", "10月26日（日）　役員会", "11月9日（日）　防災訓練"]),
])
def test_japanese_newsletter_dates_list_still_its_article(text, titles, entries):
    talk = _only(run_text(text))
    assert _titles(talk) == titles
    assert [p.text for p in talk.sections[-1].paragraphs] == entries


RIVERSIDE = """\
Riverside Primary School Newsletter
Issue 4, 2 September 2024

Welcome Back
We hope everyone had a restful summer. The new term has started well and the children are settling in.

Dates for September
10 Sept  Class photos
18 Sept  Parents' evening
25 Sept  Harvest assembly

Lunch Payments
Please make sure lunch accounts are topped up before the end of the month.
"""


def test_dates_list_between_articles():
    """ja66's open input (/work/regress/in_ja66/newsletter_en_list.txt): the list between two articles."""
    talk = _only(run_text(RIVERSIDE))
    assert [t.text for t in talk.front] == ["Issue 4, 2 September 2024"]
    assert _titles(talk) == ["Welcome Back", "Dates for September", "Lunch Payments"]
    assert all(s.number is None for s in talk.sections)
    listed = "\n".join(p.text for p in talk.sections[1].paragraphs)
    assert all(day in listed for day in ("10 Sept", "18 Sept", "25 Sept"))


@pytest.mark.parametrize("text, numbers, titles", [
    (REPORT, ["8", "9", "10", "11"], ["Introduction", "Methods", "Results", "Conclusions"]),
    (MINUTES, ["8", "9", "10", "11"], ["Treasurer's report", "Summer fete", "Any other business", "Date of next meeting"]),
])
def test_numbered_sections_keep_their_numbers(text, numbers, titles):
    talk = _only(run_text(text))
    assert [s.number for s in talk.sections] == numbers
    assert _titles(talk) == titles


@pytest.mark.parametrize("line, shaped", [
    ("10 Sept  Class photos", False), ("3 October  Harvest supper", False), ("21st March\tSpring fair", False),
    ("10 Results", True), ("3. May 2024 Update on the Plan", True), ("5 Marketing Plans", True), ("2 Mayors and Towns", True),
])
def test_day_and_month_opens_no_numbered_heading(line, shaped):
    from pipeline.numbering import heading_shaped
    assert heading_shaped(line) is shaped


def test_hyphenated_compound_ends_on_no_connective():
    from pipeline.english_words import ends_on_connective
    assert not ends_on_connective("Christmas Lights Switch-On")
    assert not ends_on_connective("Saturday Drop-In")
    assert ends_on_connective("The lights were switched on")
