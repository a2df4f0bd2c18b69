"""Helper judg70b, issue 16 point 2 (judgments and minutes give their visible structure), the four faults helper
judg70 left open (tests/test_judg70.py):
1. An English judgment (``IN THE HIGH COURT OF JUSTICE`` / ``Case No: …`` / ``Between:`` / ``ALICE MORGAN`` /
   ``Claimant`` / … / ``JUDGMENT`` / its numbered paragraphs / ``Mr Justice Harcourt`` / its date) is titled by its
   kind line (``JUDGMENT``, ``Approved Judgment``), its court, case number and parties front, its judge the speaker,
   the judge's signature closing ``front`` (docs/segment.md, *An English judgment's head and its judge*).
2. English minutes numbering their fields (``1. Date: …`` … ``3. Present: …`` / ``4. Agenda``) keep them front, as
   the Japanese record's ``１　日時`` … are.
3. A 審決 is titled by its own title line (``審　　　決`` → ``審決``), its parties front.
4. A 最高裁 judgment (``令和7年3月14日　第二小法廷判決``, no ``判決`` line of its own) reads ``主文`` and ``理由`` as
   named parts, level 1, its kanji points ``一``, ``二`` level 2 under ``理由``.
Near misses: an essay with a ``Judgment`` heading and a judge's name in its text, a notice signed by its clerk,
meeting notes whose numbered items are sections, a notice's numbered fields, a report's ``第1章`` with kanji points, a
notice with a ``理由`` line.
Inputs: tests/data/judg70b/ (kept in /work/regress/in_judg70b/) and tests/data/judg70/.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "judg70b"
JUDG70 = Path(__file__).parent / "data" / "judg70"


def _talk(path):
    talk, _ = only_talk_of(path)
    return talk


def _front(talk) -> list[str]:
    return [t.text.strip() for t in talk.front]


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _ladder(talk):
    return [(s.number, s.level, s.title.text) for s in talk.sections]


@pytest.mark.parametrize("path, title, head, judges, signature", [
    (JUDG70 / "j6_en_judgment.txt", "JUDGMENT", ["Case No: KB-2025-000123", "ALICE MORGAN", "Claimant", "- and -",
                                                 "NORTHGATE COUNCIL", "Defendant"],
     [("Harcourt", "Mr Justice")], ["Mr Justice Harcourt", "12 June 2025"]),
    (DATA / "e1_en_judgment_before.txt", "Approved Judgment", ["Case No: BL-2024-000456", "Before:", "MRS JUSTICE LANE",
                                                               "WESTBROOK HOLDINGS LIMITED        Claimant"],
     [("Lane", "Mrs Justice")], ["Mrs Justice Lane"]),
    (DATA / "e2_en_judgment_county.txt", "JUDGMENT", ["Claim No: K00BS123", "MS JANE PRICE", "Claimant",
                                                      "HARBOUR LETTINGS LTD", "Defendant"],
     [("Patel", "His Honour Judge")], ["His Honour Judge Patel", "21 March 2025"]),
])
def test_an_english_judgment_is_titled_by_its_kind_and_signed_by_its_judge70b(path, title, head, judges, signature):
    talk = _talk(path)
    assert text_of(talk.title.en) == title
    front = _front(talk)
    assert all(line in front for line in head)
    assert front[-len(signature):] == signature
    assert not any(p in signature for p in _paragraphs(talk))
    assert [(a.name.text, a.affiliation.text) for a in talk.speaker.authors] == judges


def test_an_appeals_judges_named_over_their_judgments_speak_for_it70b():
    talk = _talk(DATA / "e3_en_judgment_appeal.txt")
    assert text_of(talk.title.en) == "JUDGMENT"
    assert [a.name.text for a in talk.speaker.authors] == ["Ames", "Ford"]
    assert "RIVERSIDE ESTATES PLC" in _front(talk) and "Appellant" in _front(talk)


def test_an_essay_with_a_judgment_heading_keeps_its_author_and_text70b():
    essay = _talk(DATA / "e4_nm_essay_judgment_heading.txt")
    assert text_of(essay.speaker.name) == "Helen Marsh"
    assert text_of(essay.title.en) == "Judgment and Error in Small Committees"
    assert _paragraphs(essay)[-1] == "Mr Justice Harcourt"
    assert [s.title.text for s in essay.sections] == ["Introduction", "Judgment", "Conclusion"]


@pytest.mark.parametrize("path, fields, first", [
    (JUDG70 / "m5_minutes_numbered_en.txt", ["1. Date: 9 March 2026", "2. Venue: Harbourside Community Centre",
                                             "3. Present: 34 members (list attached)", "4. Agenda"], "5"),
    (DATA / "mn1_minutes_numbered_fields.txt", ["1. Date: 14 April 2026", "2. Time: 7.30 pm",
                                                "4. Attendees: R. Hill (Chair), S. Grant, P. Lowe, K. Ahmed",
                                                "5. Apologies: T. Byrne", "6. Agenda"], "7"),
    (DATA / "mn2_minutes_numbered_inattendance.txt", ["1. Date: 2 February 2026", "2. Venue: Online (video call)",
                                                      "3. In attendance: A. Clarke, B. Singh, C. Moreau", "4. Agenda"], "5"),
])
def test_english_minutes_numbering_their_fields_keep_them_front70b(path, fields, first):
    talk = _talk(path)
    assert all(f in _front(talk) for f in fields)
    assert talk.sections[0].number == first and talk.sections[0].level == 1


def test_meeting_notes_numbered_items_and_a_notices_numbered_fields_stay_sections70b():
    notes = _talk(DATA / "mn3_nm_meeting_notes_sections.txt")
    assert _ladder(notes) == [("1", 1, "Boat repairs"), ("2", 1, "Summer regatta"), ("3", 1, "Any other business")]
    notice = _talk(DATA / "mn4_nm_notice_numbered_fields.txt")
    assert [s.number for s in notice.sections] == ["1", "2", "3"]


@pytest.mark.parametrize("path, parties", [
    (JUDG70 / "j5_shinketsu.txt", ["請求人\u3000\u3000株式会社ひかり製作所", "代理人弁理士\u3000森田 陽介"]),
    (DATA / "s1_shinketsu_mukou.txt", ["請求人\u3000\u3000株式会社みなと電機", "被請求人\u3000\u3000株式会社あさひ工業"]),
    (DATA / "s2_shinketsu_title_shoten.txt", ["請求人\u3000\u3000有限会社さくら食品"]),
])
def test_a_trial_decision_is_titled_by_its_own_title_line70b(path, parties):
    talk = _talk(path)
    assert text_of(talk.title.ja) == "審決"
    assert all(p in _front(talk) for p in parties)
    assert [(n, lv) for n, lv, _ in _ladder(talk)][:2] == [(None, 1), (None, 1)]


@pytest.mark.parametrize("path, points", [
    (JUDG70 / "j2_saikou_hanketsu.txt", ["事案の概要", "原審の判断", "当裁判所の判断"]),
    (DATA / "k1_saikou_kettei.txt", ["事案の概要等", "原審の判断", "当裁判所の判断"]),
    (DATA / "k2_saikou_daihotei.txt", ["事案の概要", "当裁判所の判断"]),
    (DATA / "k3_kousai_kanji_points.txt", ["事案の概要", "当裁判所の判断"]),
])
def test_a_judgments_parts_head_its_kanji_points70b(path, points):
    talk = _talk(path)
    ladder = _ladder(talk)
    assert ladder[:2] == [(None, 1, "主文"), (None, 1, "理由")]
    assert [(lv, t) for _, lv, t in ladder[2:]] == [(2, p) for p in points]
    assert not any(t.replace("\u3000", "") in ("主文", "理由") for t in _front(talk))


def test_a_reports_chapters_and_kanji_points_and_a_notices_reason_are_unchanged70b():
    report = _talk(DATA / "r1_nm_report_chapter_kanji.txt")
    assert [(n, lv) for n, lv, _ in _ladder(report)] == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1), ("2.1", 2), ("2.2", 2)]
    notice = _talk(DATA / "r2_nm_notice_riyuu.txt")
    assert "理由" in _front(notice) and not any(s.title.text == "理由" for s in notice.sections)
