"""Tables of results and the phrases over them (issue 16 point 2, fresh-user trials 78d and 78b, helper results79).

A results table set out in a text dump by runs of spaces, each row led by its position (``1    Tom Haverstock
Senior    20:41``), is a table (its rows cells parted by TABs, ``Section.tables``), never one section a row; a row
printed on both sides of a page break is one row (the damaged copy to the ledger); a post after a byline's name is
the person's, no second author; the running text before the first of headings read by shape is the body's untitled
opening section, no ``front``; a short phrase over a results list's placings (``1st Oak House …``) or right over a
heading by shape heads its block. Made-up documents of several kinds (a league table, a price list, a standings
list, a club's officers), none the trial's.
"""

from __future__ import annotations

import pytest

from tests.segmenting import authors_of, only_talk, outline

LEAGUE = """NORTHFIELD SUNDAY LEAGUE
Division Two Review of the Season
Saturday 10 May 2025

Report by Anne Cole, League Secretary

The season ended with three clubs level on points going into the last weekend, and the title was only settled
in the final minutes of the final match, when Rovers scored twice at Mill Lane to win it on goal difference.

Our thanks go to the referees and linesmen, who turned out in all weathers, and to the groundsmen at every club
who kept the pitches playable through the wettest winter for many years.

League Table

Pos  Club                  P    W    D    L    Pts
1    Ashford Rovers        18   13   3    2    42
2    Medway Town           18   13   3    2    42
3    Kingsdown Athletic    18   12   4    2    40
4    Harbour United        18   9    2    7    29
5    Eastry Wanderers      18   7    3    8    24

Awards

The annual dinner and presentation evening will be held at the club house on Friday 6 June at seven o'clock.
"""


def _tables(talk):
    return [(s.title.text, [n for _, n in s.tables]) for s in talk.sections if s.tables]


def test_league_table_rows_are_one_table_no_sections():
    talk, _ = only_talk(LEAGUE)
    titles = [t for _, t in outline(talk)]
    assert not any("Rovers" in t or "Medway" in t for t in titles)
    assert [t for t in titles if t] == ["League Table", "Awards"]  # (no opening section: merge review)
    assert _tables(talk) == [("League Table", [6])]


def test_rows_of_notes_under_a_results_table_are_its_last_rows():
    text = LEAGUE.replace("5    Eastry Wanderers      18   7    3    8    24\n",
                          "5    Eastry Wanderers      18   7    3    8    24\n"
                          "W    Kingsdown Reserves (withdrew in March)\n")
    talk, _ = only_talk(text)
    assert _tables(talk) == [("League Table", [7])]
    assert "W\tKingsdown Reserves (withdrew in March)" in [p.text for s in talk.sections for p in s.paragraphs]


def test_post_after_the_bylines_name_is_no_author():
    talk, _ = only_talk(LEAGUE)
    assert authors_of(talk) == [("Anne Cole", None)]


@pytest.mark.xfail(strict=True, reason="reverted in session 79's merge review: the project's decision that running text "
                   "before the first heading stays front (a lead, a notice's fields, a newsletter's welcome: eight older "
                   "tests) stands until it is revisited as a whole; docs/limits.md, Session 79, mine")
def test_report_text_before_the_first_heading_is_the_body():
    talk, _ = only_talk(LEAGUE)
    first = talk.sections[0]
    assert first.title.text == "" and first.number is None
    assert [p.text[:24] for p in first.paragraphs] == ["The season ended with th", "Our thanks go to the ref"]
    assert not any(t.text.startswith(("The season", "Our thanks")) for t in talk.front)


PRICES = """Harbour Café Price List

The café on the pier is open every day from nine until five, and all our cakes are baked on the premises.

Prices below apply from 1 April, and we regret that card payments under three pounds cannot be accepted.

Hot Drinks

1    Tea, pot for one         2.20     2.40
2    Coffee, filter           2.60     2.80
3    Hot chocolate            2.90     3.10
4    Cappuccino               3.00     3.30

Cakes

All our cakes are made with local butter and eggs from the farm at Kingsdown, and most can be made gluten free.
"""


def test_price_list_numbered_rows_are_a_table():
    talk, _ = only_talk(PRICES)
    assert [t for _, t in outline(talk) if t] == ["Hot Drinks", "Cakes"]  # (no opening section: merge review)
    assert _tables(talk) == [("Hot Drinks", [4])]


STANDINGS = """Valley Chess Club

Winter Rapidplay 2025

The winter rapidplay drew a record entry of forty players from eleven clubs, and the hall was full all day.
The organisers thank the Valley Hotel for the use of its ballroom and for the lunches served to every player.

Final Standings

1    Helen Ashworth          6.5
2    Marek Nowak             6.0
3    Priya Raman             5.5

Junior prizes went to Sam Oduya and Lily Chen, who both scored four points in their first adult event.
"""


def test_standings_rows_of_three_cells_are_no_headings():
    talk, _ = only_talk(STANDINGS)
    titles = [t for _, t in outline(talk)]
    assert "Final Standings" in titles
    assert not any("Ashworth" in t or "Nowak" in t for t in titles)


def _paged(rows_before: list[str], rows_after: list[str], foot: str) -> str:
    head = ("Eastside Harriers AC\nSummer 5k Series 2025 - Race 3\n\n"
            "Sixty runners started the third race of the summer series on a warm and windy evening by the river.\n"
            "The course was cut short by a fallen tree near the weir, so times are not comparable with race two.\n\n"
            "Results\n\n")
    return (head + "\n".join(rows_before) + f"\n\n{foot}   Page 1 of 2\n\n" + "\n".join(rows_after)
            + "\n\nThe next race is on Tuesday 15 July, starting at half past seven from the boathouse steps.\n\n"
            + f"{foot}   Page 2 of 2\n")


ROWS = ["1    Amy Fletcher           F35      18:02", "2    Ravi Sharma            M40      18:15",
        "3    Josh Kettle            Senior   18:31", "4    Nora Baines            F45      19:04"]


def test_row_doubled_across_a_page_break_is_kept_once():
    damaged = "4    Nora Bai\ufffdes           F45      19:04"
    text = _paged(ROWS[:3] + [damaged], [ROWS[3], "5    Colin Ashby            M60      19:30",
                                         "6    Jess Turner            F35      19:41"], "Eastside Harriers AC - Summer 5k")
    talk, ledger = only_talk(text)
    rows = [p.text for s in talk.sections for p in s.paragraphs if p.text[:1].isdigit()]
    assert [r.split("\t")[0] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    assert "4\tNora Baines\tF45\t19:04" in rows
    # the damaged copy (before the break) goes to the ledger, the whole copy after it stays
    assert "".join(r.text for r in ledger if r.rule == "drop_doubled_row") == "4\tNora Bai\ufffdes\tF45\t19:04"


def test_rows_alike_with_no_page_break_between_stay():
    # a near miss: two alike rows one under the other are the table's (a tie), no copy
    text = _paged(ROWS[:3] + ["4    Nora Baines            F45      19:04", "4    Nora Baines            F45      19:04"],
                  ["5    Colin Ashby            M60      19:30"], "Eastside Harriers AC - Summer 5k")
    _, ledger = only_talk(text)
    assert not [r for r in ledger if r.rule == "drop_doubled_row"]


SPORTS = """Westfield Primary School
Swimming Gala Results

Dear Parents,

Thank you for coming to cheer on the children at the swimming gala last Thursday at the leisure centre.

Team Results
1st Kestrel Team (Captain: Maya Cole) - 140 points
2nd Falcon Team (Captain: Tom Briggs) - 126 points
3rd Osprey Team (Captain: Ella Shah) - 119 points

Race Winners
Year 6 freestyle: 1st Maya Cole, 2nd Tom Briggs, 3rd Ella Shah
Year 5 backstroke: 1st Leo Hunt, 2nd Ava Price, 3rd Noah Bell

Thank You
We would like to thank the lifeguards and the parents who helped with the timing and the lane judging.

Photographs
Photographs will be on the school website next week, where parents can order prints until the end of term.
"""


def test_phrase_over_placings_heads_them():
    talk, _ = only_talk(SPORTS)
    titles = [t for _, t in outline(talk)]
    assert "Team Results" in titles and "Race Winners" in titles
    assert not any(t.text in ("Team Results", "Race Winners") for t in talk.front)


GALA = """Riverside Rowing Club
Autumn Head Results, Saturday 4 October 2025

The race was rowed in a stiff headwind, and several crews struggled at the railway bridge.

Results

Men's Eights
Winner: Riverside A beat Kingston in a time of fourteen minutes and ten seconds.

Women's Fours
Winner: Thames B won by nine seconds from Riverside, after a fine row in the final stretch.

Junior Sculls
Winner: Sam Yates of Riverside, who led from the start and was never caught by the chasing boats.
"""


def test_phrase_right_over_a_heading_by_shape_heads_it():
    talk, _ = only_talk(GALA)
    titles = [t for _, t in outline(talk)]
    assert titles[:2] == ["Results", "Men's Eights"]


NUMBERED = """Counting Cyclists on Harbour Roads

Anna Berg, Northfield University

This abstract describes a study of counting loops on three harbour roads and the errors the loops make in rain.

1. Introduction
Counting loops are cut into the road at the harbour gates and count every bicycle that passes over them.

2. Method
We compared the loops with hand counts made by two observers on twelve mornings in the winter of 2024.

3. Results
The loops missed one bicycle in twenty on dry days and one in eight on wet days, mostly at the west gate.
"""


def test_near_miss_numbered_headings_stay_headings_and_front():
    talk, _ = only_talk(NUMBERED)
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Introduction"), ("2", "Method"), ("3", "Results")]
    assert any(t.text.startswith("This abstract") for t in talk.front)


CONTENTS = """Harbour Roads Annual Report

Contents

1    Introduction          3
2    Methods               7
3    Results              12

1 Introduction

The harbour roads carried more bicycles in 2024 than in any year since counting began in 1998.
"""


def test_near_miss_contents_entries_are_no_table():
    from pipeline.clean import clean
    from pipeline.extract import extract

    cleaned = clean(extract(CONTENTS.encode("utf-8"), name="made-up.txt"))
    assert not [t.text for t in cleaned.lines if "\t" in t.text]


NOTES = """Garden Club Notes

The club met twice in the spring, and both meetings were well attended by old and new members alike.

Meetings
On the 1st of May the club met at the hall to plan the summer show and the plant sale.
On the 2nd of June it met again, in the garden of the chair, to judge the roses.
"""


def test_near_miss_ordinals_in_sentences_are_no_placings():
    talk, _ = only_talk(NOTES)
    titles = [t for _, t in outline(talk)]
    assert not any(t.startswith("On the") for t in titles)
    assert any(p.text.startswith("On the 1st") for s in talk.sections for p in s.paragraphs)


NEWSLETTER = """ほけんだより　７月号
2025年7月1日
みどり保育園

■ 夏の健康
暑い日が続きます。水分をこまめにとり、帽子をかぶって外遊びをするように心がけましょう。
熱が出たときは、無理をせずに家庭でゆっくり休ませてください。
（看護師　山本 花子）

■ 給食室から
夏野菜を使った献立を増やしました。トマトやきゅうりを子どもたちと一緒に収穫しています。

■ お願い
着替えを多めに用意してください。汗をかいたら着替えるようにしています。
"""


def test_near_miss_signature_over_a_marked_heading_stays_a_paragraph():
    talk, _ = only_talk(NEWSLETTER)
    titles = [t for _, t in outline(talk)]
    assert not any("看護師" in t for t in titles)
    assert any("看護師" in p.text for s in talk.sections for p in s.paragraphs)
