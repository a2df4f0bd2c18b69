"""Session 75, helper letter75: letters, court filings, agendas and handouts whose opening lines the pipeline misread
(issue 16, fresh-user trials 74, 74e and 74f): a filing's kind is its title, not a party's line."""

import pytest

from segmenting import only_talk

# ---- a paper filed in a case: its kind alone on its line titles it, never a party's line (trial 74e's 意見書)

BRIEF = """令和６年（ワ）第３１５号　損害賠償請求事件
原告　山川 一郎
被告　株式会社みなと運輸

準　備　書　面

令和７年２月３日

横浜地方裁判所第５民事部　御中

原告訴訟代理人弁護士　高田 誠

第１　被告の主張に対する認否
被告の答弁書第２の主張はいずれも否認する。

第２　原告の主張
原告は、被告の運送中の事故により損害を受けたものである。
"""

ANSWER = """令和７年（ワ）第８８号　貸金返還請求事件
原告　株式会社さくら信用
被告　木村 花子

答弁書

令和７年５月１０日

大阪地方裁判所第１０民事部　御中

被告訴訟代理人弁護士　松本 健

第１　請求の趣旨に対する答弁
原告の請求を棄却するとの判決を求める。

第２　請求の原因に対する認否
請求原因第１項は認める。
"""


@pytest.mark.parametrize("text, kind", [(BRIEF, "準備書面"), (ANSWER, "答弁書")])
def test_a_filings_kind_is_its_title_not_a_partys_line(text, kind):
    talk, _ = only_talk(text)
    assert talk.title.ja.text.replace("\u3000", "").replace(" ", "") == kind
    front = [line.text for line in talk.front]
    assert any(t.startswith("被告") for t in front)


def test_a_judgment_keeps_its_case_line_title():
    # near miss: a judgment's title is its case line (helper judg69), its parties front
    text = BRIEF.replace("準　備　書　面", "判　　　決")
    talk, _ = only_talk(text)
    assert talk.title.ja.text.startswith("令和6年（ワ）第315号")


# ---- a letter's addressee is never its speaker; its signatories, one a line, are (trial 74f's open letter)

PETITION = """Keep the Number 12 Bus Running: a letter from the villages of the Upper Vale

To: The Chief Executive and Board of Valley Buses Ltd
Date: 14 June 2026

Dear Chief Executive,

We are writing on behalf of the people of Upper Vale, Hinton and Marsh End about the plan to withdraw the Number 12
service from September. For many of us it is the only way to reach the surgery, the market and the station.

More than a third of the households in the three villages have no car. Older residents use the bus to reach the
hospital in Kingsbridge, and pupils of the upper school travel on it every morning. The company's own survey in 2025
counted more than four hundred journeys a week on the route.

We ask the company to keep at least four journeys a day, and to meet the parish councils before any decision.

Kind regards,

Margaret Okafor, Chair, Upper Vale Parish Council
Revd Thomas Hale, Rector of Hinton
Peter and Anne Lister, 3 Church Row, Marsh End
Dr Sunita Rao, Hinton Surgery
and 86 other residents
"""

OPEN_EN = """An open letter to the Governors of Eastfield School

Attn: The Chair of Governors

Dear Governors,

We, the undersigned parents, ask the governing body to look again at the decision to end the school's music lessons.
Music has been part of the school's life for forty years and many pupils depend on it. The lessons cost the school
less than two per cent of its budget, and the parents' association has offered to raise half of that sum each year.

Many of our children have no other chance to learn an instrument. The county music service no longer visits the
villages, and the nearest private teacher is an hour away by bus. Without the lessons the school orchestra, the choir
and the summer concert will end within a year.

We would welcome the chance to meet the governors before the budget is agreed in July.

Yours faithfully,

Claire Dunmore, parent of two pupils
Michael Osei, parent and local councillor
Ruth Kaplan, former head of music

Reply to: Claire Dunmore, 8 Elm Close, Eastfield
"""


@pytest.mark.parametrize("text, names", [
    (PETITION, ["Margaret Okafor", "Revd Thomas Hale", "Peter and Anne Lister", "Dr Sunita Rao"]),
    (OPEN_EN, ["Claire Dunmore", "Michael Osei", "Ruth Kaplan"]),
])
def test_a_letters_signatories_are_its_speaker_not_its_addressee(text, names):
    talk, _ = only_talk(text)
    assert [a.name.text for a in talk.speaker.authors] == names
    assert "To:" not in (talk.speaker.text.text if talk.speaker.text else "")
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert not any(p.startswith(names[1]) for p in paragraphs)  # a signatory's line is no body prose
    assert talk.title.en is not None


def test_a_signatorys_post_is_its_affiliation():
    talk, _ = only_talk(PETITION)
    assert talk.speaker.authors[0].affiliation.text == "Chair, Upper Vale Parish Council"


def test_one_signer_under_the_close_reads_as_before():
    # near miss: a letter signed by one person, her post under her name
    text = ("Harbour Board\n12 Quay Street\n\nDear Mr Owen,\n\nWe write to ask for repairs to the slipway before the "
            "summer season begins. The surface is broken in three places.\n\nYours sincerely,\n\nJane Roe\n"
            "Secretary, Quay Residents Association\n")
    talk, _ = only_talk(text)
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == [
        ("Jane Roe", "Secretary, Quay Residents Association")]


def test_a_paragraph_opening_on_to_stays_prose():
    # near miss: ``To:`` inside the text is no addressee of the head; a paper's ``To appear in`` over its author
    text = ("Notes on the Harbour Survey\n\nJane Roe\nUniversity of Bristol\n\nThe survey covered three basins.\n\n"
            "To: the council, we recommend dredging the inner basin first. It silts fastest of the three.\n")
    talk, _ = only_talk(text)
    assert talk.speaker.name.text == "Jane Roe"
    paper = ("Tidal Mills of the Severn Estuary\n\nTo appear in Journal of Industrial Archaeology\n\nJane Roe\n"
             "University of Bristol\n\nAbstract\nWe survey twelve tidal mills and their ponds.\n")
    talk, _ = only_talk(paper)
    assert talk.speaker.name.text == "Jane Roe"


# ---- a handout's teacher named under its title by a label a syllabus shares (trial 74's lecture handout)

HANDOUT_BODY_JA = ("\n1. 外部性とは何か\n1-1. 定義\n　ある経済主体の活動が、市場を通さずに他の主体に影響を与えることを外部性という。\n"
                   "　工場の排煙が周辺住民の健康を損なう場合、これは負の外部性である。\n\n2. 市場の失敗\n"
                   "　負の外部性がある場合、社会的費用は私的費用を上回る。\n")
HANDOUT_BODY_EN = ("\n1. What is coastal erosion?\nWaves, tides and currents remove sediment from the shore faster than "
                   "it is replaced.\nSoft cliffs of clay and sand retreat fastest.\n\n2. Managing the coast\nHard defences "
                   "such as sea walls protect the land behind them but starve the beaches down drift.\n")


@pytest.mark.parametrize("text, name", [
    ("都市計画論　第5回 配布資料\n担当：工学部　教授　森本 健一\n2025年11月4日\n" + HANDOUT_BODY_JA, "森本 健一"),
    ("日本史概説Ⅱ 第2回 講義資料\n講師：文学部 准教授 石田 由美子\n" + HANDOUT_BODY_JA, "石田 由美子"),
    ("Lecture 4: Coastal Erosion and Management\nLecturer: Dr Helen Carter, School of Geography\n3 February 2026\n"
     + HANDOUT_BODY_EN, "Dr Helen Carter"),
])
def test_a_handouts_labelled_teacher_is_its_speaker(text, name):
    talk, _ = only_talk(text)
    assert talk.speaker.name is not None and talk.speaker.name.text.endswith(name.split()[-1])
    assert name.split()[-1] in talk.speaker.text.text


def test_a_syllabus_teacher_among_its_fields_is_no_speaker_change():
    # near miss: a syllabus sets the teacher's label among other fields; the reading is the base's
    text = ("環境経済学Ⅰ　シラバス\n担当教員：経済学部　准教授　平田 真理子\n単位：2\n教室：A棟201\n\n"
            "1. 授業の目的\n　外部性と環境政策の基礎を学ぶ。\n")
    talk, _ = only_talk(text)
    assert talk.speaker.name is None or "平田" not in talk.speaker.name.text


def test_a_contact_line_under_a_notice_title_is_no_teacher():
    text = ("図書館の臨時休館について\n担当：総務課　佐藤　電話 0123-45-6789\n\n"
            "　館内設備の点検のため、下記の期間は臨時休館いたします。ご理解をお願いいたします。\n")
    talk, _ = only_talk(text)
    assert talk.speaker.name is None or "佐藤" not in talk.speaker.name.text


# ---- a seminar flyer's title between its host's lines (and its series line) and its speaker (trial 74e's flyer)

FLYER_KENT = """SCHOOL OF HISTORY
University of Kent

Medieval Studies Seminar, Autumn Term 2026

Pilgrims and Ports on the Kentish Coast

Dr Alan Whitby
Reader in Medieval History, University of York

Thursday 8 October 2026, 5.00 pm
Room 2.14, Rutherford College

Abstract
Canterbury drew pilgrims from across Europe, and most of them came by sea. This talk follows them from the quays of
Sandwich and Dover to the shrine, using port books and the accounts of the cathedral priory.

All welcome.
"""

FLYER_PHYSICS = """Department of Physics
Northfield University

Physics Colloquium 2026-27

Listening to Neutron Stars Collide

Professor Maria Lindqvist
Stockholm University

Wednesday 21 October 2026, 4 pm, Lecture Theatre B

Gravitational waves have opened a new window on the most violent events in the universe. This colloquium explains
how the detectors work and what two colliding neutron stars have told us about the origin of gold.
"""


@pytest.mark.parametrize("text, title, surname", [
    (FLYER_KENT, "Pilgrims and Ports on the Kentish Coast", "Whitby"),
    (FLYER_PHYSICS, "Listening to Neutron Stars Collide", "Lindqvist"),
])
def test_a_flyers_title_under_its_host_and_series(text, title, surname):
    talk, _ = only_talk(text)
    assert talk.title.en is not None and talk.title.en.text == title
    assert surname in talk.speaker.name.text
    front = [line.text for line in talk.front]
    assert text.splitlines()[0] in front and text.splitlines()[3] in front


def test_a_talk_titled_under_its_host_keeps_its_title():
    # near miss: no series line, the title right under the host's lines, as before
    text = FLYER_KENT.replace("Medieval Studies Seminar, Autumn Term 2026\n\n", "")
    talk, _ = only_talk(text)
    assert talk.title.en.text == "Pilgrims and Ports on the Kentish Coast"


# ---- an event's venue under its name, over its dates, is no speaker's affiliation (trial 74e's call for posters)

CALL_BODY = ("\nThe committee invites researchers and practitioners to submit abstracts for talks and posters. The meeting "
             "is open to members and non-members alike, and students are especially welcome.\n\nThemes\n1. Harbours and "
             "trade\n2. Coastal defence\n3. Fisheries and their communities\n\nContact\nPlease write to the programme "
             "secretary at programme@example.org.\n")


@pytest.mark.parametrize("head, venue", [
    ("CALL FOR PAPERS\n\n8th Biennial Conference of the Coastal Heritage Network\nUniversity of Plymouth, Drake Circus, "
     "Plymouth\n14–16 April 2027\n", "University of Plymouth, Drake Circus, Plymouth"),
    ("Call for Abstracts\n\nThe 3rd Workshop on Estuary Sediments\nNational Oceanography Centre, Southampton\n"
     "2–3 March 2027\n", "National Oceanography Centre, Southampton"),
])
def test_an_events_venue_is_front_not_the_speaker(head, venue):
    talk, _ = only_talk(head + CALL_BODY)
    assert talk.speaker.text is None or venue not in talk.speaker.text.text
    assert venue in [line.text for line in talk.front]


def test_an_institution_under_a_talks_title_stays_its_affiliation():
    # near miss: a talk's title (no event's name) over an institution and a date: the institution stays the speaker's
    text = ("Tides of Change in the Tamar Estuary\nPlymouth Marine Laboratory, Plymouth\n14 April 2027\n\n"
            "The committee invites researchers and practitioners to submit abstracts for talks and posters. The meeting "
            "is open to members and non-members alike.\n")
    talk, _ = only_talk(text)
    assert talk.speaker.affiliation.text == "Plymouth Marine Laboratory, Plymouth"


# ---- an agenda's numbered items are read alike, sub-items or not (trial 74e's AGM notice)

AGM_HEAD = ("RIVERSIDE ALLOTMENT SOCIETY\n\nNOTICE OF ANNUAL GENERAL MEETING\n\nThe Annual General Meeting of the "
            "society will be held on Saturday 7 March 2026 at 2 pm in the Scout Hut, Mill Road. All members may attend "
            "and vote.\n\n")
AGM_TAIL = ("\nNominations for the committee must reach the secretary in writing by 21 February 2026.\n\n"
            "Tea and cake will be served after the meeting.\n")


@pytest.mark.parametrize("agenda", [
    "AGENDA\n1. Apologies for absence\n2. Minutes of the last meeting\n3. Treasurer's report\n4. Election of officers\n"
    "a. Chair\nb. Secretary\nc. Treasurer\n5. Plot rents for 2027\n6. Any other business\n",
    "Agenda\n1. Welcome\n2. Reports of the officers\n(a) Chair\n(b) Treasurer\n3. Election of the committee\n"
    "4. Any other business\n",
])
def test_an_agendas_items_after_sub_items_are_items_too(agenda):
    talk, _ = only_talk(AGM_HEAD + agenda + AGM_TAIL)
    assert all(s.number is None for s in talk.sections), [(s.number, s.title.text) for s in talk.sections]
    paragraphs = [p.text for s in talk.sections for p in s.paragraphs]
    assert any(p.startswith("1. ") for p in paragraphs) and any("Any other business" in p for p in paragraphs)


def test_a_reports_numbered_sections_with_lettered_points_stay_sections():
    # near miss: no agenda's label over the numbers: a report's sections, their lettered points under them
    text = ("Harbour Survey 2026\n\nJane Roe\nUniversity of Bristol\n\n1. Introduction\nThe survey covered the three "
            "basins of the old harbour over two summers.\n\n2. Methods\na. Soundings\nb. Cores\nSoundings were taken "
            "every ten metres along fixed lines.\n\n3. Results\nThe inner basin silts fastest of the three.\n")
    talk, _ = only_talk(text)
    assert [s.number for s in talk.sections][:3] == ["1", "2", "3"]


def test_a_person_addressed_under_the_title_is_no_speaker():
    # an addressee naming a person and her post (``To: Ms Karen Doyle, Director of …``) under an unsigned proposal
    text = ("Proposal to Reopen the Quay Street Toilets\nTo: Ms Karen Doyle, Director of Environment, Northport Council\n\n"
            "We are writing on behalf of the traders of Quay Street to ask the council to reopen the public toilets, "
            "closed since March. Visitors now leave the street early.\n\nThe traders have offered to share the cost of "
            "cleaning.\n")
    talk, _ = only_talk(text)
    assert talk.speaker.text is None or "Karen Doyle" not in talk.speaker.text.text
    assert "To: Ms Karen Doyle, Director of Environment, Northport Council" in [line.text for line in talk.front]
