"""Fresh-user trial 63b's faults (issue 16), as made-up documents: a council notice's agenda and signature, and a
Korean manual's title.

1. A notice's ``AGENDA`` label over its numbered items, after the notice's summons, had been one more paragraph of the
   summons' untitled section, its items with it: the label heads its items, an unnumbered section
   (``sections._agenda_after_text``); over no running text (an agenda page, a record's fields) the items stay front
   lines (session 62's decision).
2. The notice's closing ``Signed: …`` / post / date box had been the body's last paragraphs, closing blocks being
   read only after numbered sections: the signature's box closing the document is front matter
   (``sections._signed_foot``).
3. A Korean-only manual's first line (its title) stays ``front`` with ``title`` null: the documented decision
   (docs/segment.md, *A Korean title line stays front*) waits for a schema version with ``title.ko`` (strict xfail).
"""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

NOTICES = {
    "parish": ("""\
HARTWELL PARISH COUNCIL

NOTICE OF MEETING

Members of the Council are hereby summoned to attend a meeting of Hartwell Parish
Council to be held in the Village Hall, Church Lane, on Tuesday 14 April 2026 at
7.30 pm.

AGENDA

1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 10 March 2026
4. Planning applications
   4.1 26/00412/FUL - Extension at 3 Mill Cottages
   4.2 26/00437/TPO - Works to an oak tree, The Green
5. Date of next meeting: 12 May 2026

Signed: J. Pemberton
Clerk to the Council
7 April 2026
""", "AGENDA", 7, ["Signed: J. Pemberton", "Clerk to the Council", "7 April 2026"]),
    "town": ("""\
ASHGROVE TOWN COUNCIL

Notice of the Planning Committee

Members of the Planning Committee are summoned to attend a meeting in the
Council Chamber, Market Street, on Monday 1 June 2026 at 6.00 pm.

Agenda

1) Apologies
2) Declarations of interest
3) Planning applications
4) Correspondence

Signed: A. Okafor
Town Clerk
25 May 2026
""", "Agenda", 4, ["Signed: A. Okafor", "Town Clerk", "25 May 2026"]),
    "tenants": ("""\
RIVERSIDE TENANTS' ASSOCIATION

NOTICE OF ANNUAL GENERAL MEETING

The Annual General Meeting will be held in the community room at Riverside Court on
Thursday 21 May 2026 at 7 pm. All tenants are welcome. Refreshments will be served.

ORDER OF BUSINESS

1. Welcome and apologies
2. Minutes of the last AGM
3. Chair's report
4. Treasurer's report
   4.1 Accounts for 2025
   4.2 Subscriptions
5. Election of officers
6. Any other business

Signed: M. Clarke
Secretary
Date: 7 May 2026
""", "ORDER OF BUSINESS", 8, ["Signed: M. Clarke", "Secretary", "Date: 7 May 2026"]),
    "club-colon": ("""\
Kestrel Valley Cycling Club

Notice of Extraordinary General Meeting

An Extraordinary General Meeting of the Club is called for Sunday 12 July 2026 at
10.30 am in the pavilion, to consider the proposed change to the club's rules.

Agenda:

1. Opening remarks
2. The proposed rule change
3. Vote

Signed: Priya Shah
Honorary Secretary
3 July 2026
""", "Agenda", 3, ["Signed: Priya Shah", "Honorary Secretary", "3 July 2026"]),
}


@pytest.mark.parametrize("variant", list(NOTICES))
def test_a_notices_agenda_label_heads_its_items_and_its_signature_closes_in_front(variant):
    text, label, n_items, signature = NOTICES[variant]
    (talk,) = run_text(text).talks
    body, agenda = talk.sections
    assert (body.number, body.title.text) == (None, "")  # the summons: the body's running text
    assert len(body.paragraphs) == 1 and body.paragraphs[0].text.endswith(("pm.", "served.", "rules."))
    assert (agenda.number, agenda.title.text) == (None, label)
    items = [p.text for p in agenda.paragraphs]
    assert len(items) == n_items and items[0][:1] == "1"  # one item a paragraph, sub-items too
    front = [t.text for t in talk.front]
    assert front[-3:] == signature  # the closing signature: front, after the title block's lines
    assert not any(p.text in signature for s in talk.sections for p in s.paragraphs)


def test_a_japanese_notices_agenda_label_after_its_text_heads_its_items():
    text = """\
さくら台自治会

定例役員会の開催について

下記のとおり定例役員会を開催しますので、ご出席くださいますようお願いします。

議題

1. 夏祭りの準備について
2. 防災訓練の日程について
3. その他

以上
"""
    (talk,) = run_text(text).talks
    assert [(s.number, s.title.text, len(s.paragraphs)) for s in talk.sections] == [(None, "", 1), (None, "議題", 3)]
    assert "以上" not in [t.text for t in talk.front]  # a ledger row since helper front68


# near misses: an agenda page with no running text over its label, minutes whose agenda stands among the fields, a
# sentence opening on ``Signed``, a signature over a sentence, a letter's close (no signature's label)
AGENDA_PAGE = """\
Oakleigh Parish Council Annual Meeting 2026

Agenda

1. Election of Chair
2. Apologies for absence
3. Annual report
4. Close
"""



TRUSTEES = """\
Record of the Trustees' Meeting
Oldfield Village Hall Charity

Held on: 18 March 2026
Attending: S. Patel (Chair), L. Wong, G. Hughes, F. O'Brien

Agenda
1. Roof repairs
2. Hire charges
3. Volunteer rota

1. Roof repairs
Two quotes have been received; the lower one was accepted unanimously.
2. Hire charges
Charges stay the same until April next year.
3. Volunteer rota
G. Hughes will circulate a new rota by email.
"""


def test_an_agenda_over_no_running_text_keeps_its_items_front():
    (talk,) = run_text(AGENDA_PAGE).talks
    assert talk.sections == ()
    assert [t.text for t in talk.front][:2] == ["Agenda", "1. Election of Chair"]
    (talk,) = run_text(TRUSTEES).talks  # the agenda among the record's fields, its items headed again
    assert [s.number for s in talk.sections] == ["1", "2", "3"]
    assert "Agenda" in [t.text for t in talk.front]


MILLBROOK = """\
MILLBROOK PARISH COUNCIL

NOTICE OF MEETING

Members of the Council are summoned to attend a meeting in the Village Hall on
Tuesday 9 June 2026 at 7.30 pm.

AGENDA

1. Apologies for absence
2. Minutes of the last meeting
3. Finance

{foot}
"""


@pytest.mark.parametrize("foot", ["Signed contracts for the new bus shelter are available from the clerk.",
                                  "Signed: R. Hale\nPlease send your apologies to the clerk before the meeting."])
def test_a_foot_that_is_no_signatures_block_stays_text(foot):
    (talk,) = run_text(MILLBROOK.format(foot=foot)).talks
    last = talk.sections[-1].paragraphs[-1].text
    assert last == foot.splitlines()[-1]
    assert not any(t.text.startswith("Signed") for t in talk.front)


def test_a_letters_close_is_no_signatures_block():
    text = """\
HOLLOWAY ROWING CLUB

The Boathouse
River Walk
Tewkesbury

9 February 2026

Dear members,

Our spring regatta takes place on Saturday 18 April. Volunteers for the marshalling
rota are still needed; please reply by the end of the month.

Kind regards,

Tomasz Nowak
Secretary
"""
    (talk,) = run_text(text).talks
    assert talk.speaker.text is not None and talk.speaker.text.text.startswith("Tomasz Nowak")


KOREAN_MANUAL = """\
무선 공기청정기 AP-200 사용 설명서

1. 안전 주의사항
- 제품을 물기가 있는 곳에 두지 마십시오.

2. 사용 방법
전원 버튼을 2초간 누르면 제품이 켜집니다.
"""


def test_a_korean_manuals_first_line_is_its_title():
    # (a strict xfail until session 64, which gave the title pair its optional ``ko``: docs/segment.md, *A Korean title*)
    (talk,) = run_text(KOREAN_MANUAL).talks
    assert talk.title.ko is not None and talk.title.ko.text == "무선 공기청정기 AP-200 사용 설명서"
    assert talk.title.ja is None and talk.title.en is None and not talk.front
    assert talk.id == "museon-gonggicheongjeonggi-ap-200-sayong-seolmyeongseo"
