"""Meeting minutes' agenda (trial 29): ``1. …``, ``2. …``, ``3. …`` under ``議題`` became sections 1, 2 and 3, the first
two empty and the third holding every speech. An agenda listed under its label is front lines (the speeches are the
body: ``test_segment_proceedings.py``); the items headed again
over their own text further on stay sections (English minutes), and a closing line's clock is no field's colon."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text
from tests.segment_documents import TURNS, minutes


@pytest.mark.parametrize("agenda", [
    "議題\n1. 利用状況について\n2. 停留所の新設について\n3. 来年度の運行計画について\n",
    "議　題\n（1）利用状況について\n（2）停留所の新設について\n",
    "次第\n1　開会\n2　議事\n（1）利用状況について\n（2）その他\n3　閉会\n",
], ids=["議題", "spaced-brackets", "次第-nested"])
def test_an_agenda_under_its_label_is_no_sections(agenda):
    (talk,) = run_text(minutes("第3回 青葉区地域公共交通委員会 会議録", agenda=agenda)).talks
    # no numbered section: the proceedings alone are the body (one untitled section, test_segment_proceedings.py)
    assert [(s.number, s.title.text) for s in talk.sections] == [(None, "")]
    front = [t.text for t in talk.front]
    for line in agenda.splitlines():
        assert line in front  # each item a line of its own
    body = [p.text for p in talk.sections[0].paragraphs]
    turns = [t for t in body if t.startswith("○")]
    assert len(turns) == TURNS.count("○")  # each speaker's turn one paragraph, its wraps joined
    assert "（「異議なし」の声あり）" in body


AGM = """\
Harbourview Rowing Club
Minutes of the Annual General Meeting

Date: Saturday, 8 March 2025
Venue: Clubhouse, Harbour Road
Present: J. Whitfield (Chair), A. Osei, L. Brandt, K. Tanaka, M. Rossi
Apologies: P. Novak, S. Kaur
In attendance: R. Lee (auditor)

Agenda
1. Welcome
2. Minutes of the last AGM
3. Treasurer's report

1. Welcome
The Chair welcomed members and opened the meeting at 10:05. Twenty-three
members were present in person.

2. Minutes of the last AGM
The minutes of the 2024 AGM were approved as a true record.

3. Treasurer's report
A. Osei presented the accounts. Income rose by 6 per cent, mainly from
new memberships, while boat repairs cost more than planned. The accounts
were adopted.
Action: A. Osei to file the accounts with the regulator by 31 March.

The meeting closed at 11:20.
"""


def test_english_minutes_keep_their_agenda_items_headed_again_as_sections():
    (talk,) = run_text(AGM).talks
    assert talk.title.en is not None and talk.title.en.text == "Minutes of the Annual General Meeting"
    assert talk.speaker.text is None
    front = [t.text for t in talk.front]
    assert "In attendance: R. Lee (auditor)" in front and "Apologies: P. Novak, S. Kaur" in front
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "Welcome"), ("2", "Minutes of the last AGM"), ("3", "Treasurer's report")]
    last = [p.text for p in talk.sections[-1].paragraphs]
    assert "Action: A. Osei to file the accounts with the regulator by 31 March." in last
    # a clock's colon is no closing field's label: the closing statement is whole, a closing field in front (trial 49:
    # the record's closing statement is no part of its last agenda item; before, it stayed the last section's text)
    assert last[-1] == "Action: A. Osei to file the accounts with the regulator by 31 March."
    assert front[-1] == "The meeting closed at 11:20."


COUNCIL = """\
MINUTES OF THE MEETING OF THE PARISH COUNCIL

Date: 4 February 2025
Place: Village Hall
Present: Cllr A. Brown (Chair), Cllr B. Singh, Cllr C. Evans
Absent: Cllr D. Murphy
In attendance: E. Clarke (Clerk), two members of the public

Agenda:
1. Apologies for absence
2. Declarations of interest
3. Planning applications

Chair: Good evening, everyone. Apologies were received from Cllr Murphy.
Clerk: No declarations of interest were made.
Cllr Singh: The application for 12 Mill Lane raises no objection from the
council, provided the hedge is kept.
Chair: Agreed. The meeting closed at 8:15 pm.
"""


def test_english_minutes_in_capitals_with_an_agenda_and_turns():
    (talk,) = run_text(COUNCIL).talks
    assert talk.title.en is not None and talk.title.en.text == "MINUTES OF THE MEETING OF THE PARISH COUNCIL"
    assert talk.speaker.text is None and [(s.number, s.title.text) for s in talk.sections] == [(None, "")]
    front = [t.text for t in talk.front]
    assert "1. Apologies for absence" in front and "3. Planning applications" in front
    assert ("Cllr Singh: The application for 12 Mill Lane raises no objection from the council, provided the hedge "
            "is kept.") in [p.text for p in talk.sections[0].paragraphs]  # the turns are the body, not front
