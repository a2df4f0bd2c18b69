"""Fresh-user trial 73c's programme, syllabus and municipal report (issue 16 point 2; helper prog73).

(1) A conference programme whose slots set one plain space after the clock time (``09:00 Registration and coffee``)
over two days (``Thursday 12 June`` … ``Friday 13 June``, the clock starting again) is a timetable: ONE document titled
by the event's name, no speaker, its sessions its sections, each day's heading heading its day; its page footers stay
furniture. It had been a deck of two "slides" parted at the footers, its occasion's line the speaker's affiliation.
(2) A syllabus's course under its label (``科目名：…``, ``授業科目名：…``, ``Module title: …``) is the title, the label
front; the teacher's field is no speaker. (3) A municipal plan titled with its part (``北見市…計画（事務事業編）``) or
issued on a dated line (``令和６年３月　鶴岡市``) names its city. Near misses: timed minutes with sentences, two
opening hours, times running backwards with no day's heading, a date over a venue. Inputs are copies of
/work/regress/in_prog73/ and the trial's files; decisions in docs/segment.md (*Session 73, prog73*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_pdf, segment_text, text_of

DATA = Path(__file__).parent / "data" / "prog73"


def _doc(name: str):
    return segment_text((DATA / name).read_text(encoding="utf-8"))


def _titles(talk) -> list[str]:
    return [s.title.text for s in talk.sections]


@pytest.mark.parametrize("name, title, sections", [
    ("t73c_f2_programme.txt", "NORTHERN DIGITAL HUMANITIES WORKSHOP 2025",
     ["Thursday 12 June", "Session 1: Text Reuse and Historical Newspapers", "Session 2: Maps and Places",
      "Session 3: Teaching with Digital Tools", "Friday 13 June", "Session 4: Language and Dialect"]),
    ("p01_programme_en_days.txt", "COASTAL HERITAGE NETWORK ANNUAL MEETING 2026",
     ["Day 1", "Session A: Harbours and Trade", "Session B: Lighthouses and Lives", "Session C: Community Archives",
      "Day 2", "Session D: Futures"]),
])
def test_a_programme_with_one_space_after_its_times_is_a_timetable_of_sessions(name, title, sections):
    doc = _doc(name)
    assert len(doc.talks) == 1
    talk = doc.talks[0]
    assert talk.shape == "paper" and not talk.slides
    assert text_of(talk.title.en) == title
    assert text_of(talk.speaker.text) is None and text_of(talk.speaker.affiliation) is None
    assert _titles(talk) == sections


def test_the_programmes_footers_are_furniture_and_no_slot_is_lost():
    doc = _doc("t73c_f2_programme.txt")
    dropped = sorted(r.text for r in doc.ledger if r.rule == "page_furniture")
    assert dropped == ["Northern Digital Humanities Workshop 2025"] * 2 + ["Page 1", "Page 2"]
    kept = [p.text for s in doc.talks[0].sections for p in s.paragraphs]
    assert "09:30 Measuring dialect change in Yorkshire oral history recordings" in kept
    assert "Lucy Har\ufffdreaves (University of Leeds)" in kept  # a name that lost a glyph: kept as printed


def test_a_decks_agenda_slide_with_one_space_slots_stays_a_deck():
    """Near miss: three one-space slots on a deck's agenda slide, its slides after them."""
    talk = _doc("p06_deck_agenda_nearmiss.txt").talks[0]
    assert talk.shape == "deck" and len(talk.slides) == 5


def test_a_japanese_programme_of_two_days_reads_its_days_and_sessions():
    talk = _doc("p02_programme_ja_days.txt").talks[0]
    assert text_of(talk.title.ja) == "第5回\u3000みなと地域づくり研究会"
    assert _titles(talk) == ["1日目\u30006月14日（土）", "セッション1\u3000港と暮らし", "セッション2\u3000防災とまちづくり",
                             "2日目\u30006月15日（日）", "セッション3\u3000地域の記録"]


@pytest.mark.parametrize("name, expected", [
    # near misses: timed minutes say what happened in sentences; two opening hours; a leaflet's two walks whose
    # times run backwards with no day's heading between
    ("p03_minutes_timed_nearmiss.txt", ("Minutes of the meeting held on 4 March 2026", 0)),
    ("p04_notice_hours_nearmiss.txt", ("Change of Opening Hours", 0)),
    ("p05_times_backwards_nearmiss.txt", ("Harbour Walks Leaflet", 0)),
])
def test_timed_lines_that_are_no_timetable_stay(name, expected):
    talk = _doc(name).talks[0]
    assert (text_of(talk.title.en), sum(1 for s in talk.sections if s.title.text.startswith(("Day", "Session")))) \
        == expected


@pytest.mark.parametrize("name, lang, title, label", [
    ("t73c_f4_syllabus.txt", "ja", "地域社会学特論Ⅰ", "科目名："),
    ("s01_syllabus_ja.txt", "ja", "都市計画演習Ⅱ", "授業科目名："),
    ("s02_syllabus_en.txt", "en", "Urban Sociology and the Small Town", "Module title:"),
])
def test_a_syllabus_titled_by_its_course_field_gives_the_value(name, lang, title, label):
    talk = _doc(name).talks[0]
    assert text_of(getattr(talk.title, lang)) == title
    assert label in [text_of(t).strip() for t in talk.front]
    assert text_of(talk.speaker.name) is None  # the teacher's field (担当教員：…, Module leader: …) is no speaker


def test_a_municipal_reports_plan_part_names_its_city():
    doc = segment_pdf((DATA / "t73c_p1_municipal_report.pdf").read_bytes(), "t73c_p1_municipal_report.pdf")
    talk = doc.talks[0]
    assert text_of(talk.title.ja) == "北見市地球温暖化対策実行計画（事務事業編）"
    assert text_of(talk.city.ja) == "北見市"
    assert [s.title.text for s in talk.sections if s.level == 1][:1] == ["計画の概要"]


@pytest.mark.parametrize("name, city", [
    ("r01_plan_part.txt", "松本市"),  # 松本市環境基本計画（区域施策編）
    ("r02_dated_issuer.txt", "鶴岡市"),  # 令和６年３月　鶴岡市 under an untitled plan's name
    ("r03_dated_venue_nearmiss.txt", None),  # 令和６年３月　鶴岡市民会館: a venue, no issuer
])
def test_a_plans_issuer_names_its_city(name, city):
    assert text_of(_doc(name).talks[0].city.ja) == city


def test_the_readers_alone():
    from pipeline.segment.labels import title_label_end
    from pipeline.segment.organisations import issuer_in_title
    from pipeline.segment.programme import day_heading
    from pipeline.segment.stage import dated_issuer_city

    assert [day_heading(s) for s in ("Day 2", "Friday 13 June", "２日目", "Session 2: Maps", "Lunch")] \
        == [True, True, True, False, False]
    assert [title_label_end(s) for s in ("科目名：海", "科目コード：URB3021", "Module code: SOC2041")] == [4, 0, 0]
    assert [issuer_in_title(s) for s in ("港湾計画（事務事業編）", "鶴岡市環境基本計画（区域施策編）　改定版")] == [None, (0, 3)]
    assert [dated_issuer_city(s) for s in ("令和6年3月　鶴岡市", "令和6年3月　鶴岡市民会館")] == [(7, 10), None]
