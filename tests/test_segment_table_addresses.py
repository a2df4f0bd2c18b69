"""A letter's address blocks side by side are no table (issue 16 point 2; uantwerpenletter's letterhead): the sender's
address in the margin beside the addressee's, their lines on shared baselines, come as TAB rows (extract parts the
pieces of one baseline so); a column that holds a postal address line by line (a street with its number, then a
postcode with its town or a country) is an address block, not a table's column of items of one kind."""

from __future__ import annotations

from tests.segment_inputs import run_text

LETTER = """\
Faculty of Applied Engineering
Campus Harbourside\tprof. B. Bonette
Kaistraat 171\tMumford University
B-2020 Antwerpen\t450 Morning Mall
BELGIUM\tMumford, DX 94305-2004

January 3, 2016

Dear prof. Bonette,

I would like to congratulate you on the very instructive video lectures provided by your university.

Kind regards,

prof. Walter Daems
"""


def test_address_blocks_side_by_side_are_no_table():
    (talk,) = run_text(LETTER).talks
    lines = [t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
    assert "Kaistraat 171\tMumford University" in lines  # the rows stay lines as they were
    assert talk.front_tables == () and all(s.tables == () for s in talk.sections)


def test_a_table_of_offices_stays_a_table():
    text = ("Harbour offices\n\nThe offices are open on weekdays.\n\nOffice\tStaff\tOpened\nNorth Quay\t12\t1998\n"
            "South Quay\t8\t2004\nOld Town\t5\t2011\n\nAll offices close on public holidays.\n")
    (talk,) = run_text(text).talks
    runs = list(talk.front_tables) + [r for s in talk.sections for r in s.tables]
    assert [rows for _, rows in runs] == [4]
