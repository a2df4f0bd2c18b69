"""Fresh-user trial 72c's event flyer, museum notice and lecture handout (issue 16 point 1; helper city72).

A file of one talk names its city where the event's co-organiser's field names a municipality (``主催：みなと川流域
ネットワーク　　共催：海浜市``), where its closing contact's desk is housed in a municipality's office
(``問い合わせ：…事務局（海浜市環境政策課内）``), where its title opens on a municipal institution's name (``松風市立美術館
企画展のお知らせ``), or where its venue's label follows the date on its line (``２０２５年６月１４日　於：青葉市生涯学習
センター``). Near misses: a university co-organiser and a hotel's venue name none; a talk titled by an institution's
history (``松風市立美術館の百年``) is its subject. Inputs are copies of /work/regress/in_trial72c and
/work/regress/in_city72; decisions in docs/segment.md (*Session 72, city72*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_text

DATA = Path(__file__).parent / "data" / "city72"


def _city(name: str):
    talks = segment_text((DATA / name).read_text(encoding="utf-8")).talks
    assert len(talks) == 1
    c = talks[0].city
    return (c.ja.text if c.ja else None, c.en.text if c.en else None)


@pytest.mark.parametrize("name, expected", [
    ("e_event_program.txt", ("海浜市", None)),          # 共催：海浜市 after the organiser on its line
    ("e1_coorg_line.txt", ("港南市", None)),            # 共催：港南市 on a line of its own
    ("e2_contact_housed.txt", ("海浜市", None)),        # no co-organiser: the contact's desk in 海浜市環境政策課
    ("g_museum_bilingual.txt", ("松風市", "Matsukaze")),  # 松風市立美術館　企画展のお知らせ
    ("g1_town_museum.txt", ("みどり町", "Midori")),      # みどり町立郷土資料館　特別展のご案内
    ("i_lecture_handout.txt", ("青葉市", None)),        # 日付　於：青葉市生涯学習センター
    ("i1_kaijo_after_date.txt", ("みどり台市", None)),   # 日付（土）　会場：みどり台市民会館
])
def test_event_city_read(name, expected):
    assert _city(name) == expected


@pytest.mark.parametrize("name", [
    "e3_coorg_university.txt",   # 共催：東都大学, venue a hotel
    "g2_subject_title.txt",      # 松風市立美術館の百年: a talk's subject
    "i2_hotel_venue.txt",        # 於：ホテル青葉
])
def test_near_misses_name_no_city(name):
    assert _city(name) == (None, None)


def _sections(name: str):
    talks = segment_text((DATA / name).read_text(encoding="utf-8")).talks
    assert len(talks) == 1
    return talks[0].sections


@pytest.mark.parametrize("name, expected", [
    # trial 72c's programme: one section titled '' holding every line, no slot its speaker
    ("e_event_program.txt", [("受付開始", []), ("開会あいさつ", ["みなと川流域ネットワーク代表\u3000岡\ufffd 敏子"]),
                             ("基調講演「流域治水の考え方」", ["東\ufffd大学 教授\u3000高橋 誠一"])]),
    ("e4_span_slots.txt", [("開会あいさつ", ["みどり台市防災会議会長\u3000木村 正"]),
                           ("講演「家族で考える避難計画」", ["東西防災研究所 主任研究員\u3000原田 美紀"]),
                           ("報告「自主防災組織の一年」", ["みどり台三丁目自治会\u3000防災部長\u3000中野 勉"]),
                           ("閉会", [])]),
])
def test_timetable_slots_are_sections_titled_by_their_items(name, expected):
    sections = _sections(name)
    assert all(s.title.text for s in sections)  # no empty-titled section
    got = [(s.title.text, [p.text.strip() for p in s.paragraphs]) for s in sections]
    assert got[:len(expected)] == expected


def test_a_bare_timetable_stays_one_section_of_its_rows():
    """Near miss: no line under any slot (book60's running order): one section, each row a paragraph."""
    sections = _sections("e5_bare_timetable.txt")
    assert len(sections) == 1 and sections[0].title.text == ""
    assert [p.text for p in sections[0].paragraphs][:2] == ["10:00\u3000開会式", "10:30\u3000ダンス発表"]


def test_a_slots_speaker_line_names_its_speaker():
    from pipeline.structure import _section
    sections = _sections("e_event_program.txt")
    keynote = next(s for s in sections if s.title.text.startswith("基調講演"))
    para = _section(keynote, "C", "ja", frozenset()).paragraphs[0]
    assert para.speaker is not None and para.speaker.text == "東\ufffd大学 教授\u3000高橋 誠一"
    panel = next(s for s in sections if s.title.text.startswith("パネル"))
    assert _section(panel, "C", "ja", frozenset()).paragraphs[0].speaker is None  # a role-labelled line: limit
