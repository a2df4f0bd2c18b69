"""Notices and records whose structure a fresh-user trial found broken (issue 16 points 1-2; helper notice75 after
fresh-user trial 75b). Inputs: ``tests/data/notice75/`` (copies in ``/work/regress/in_notice75/``; ``nm_*`` and
``list_roster_club`` near misses), each run through extract, clean and segment with the conservation check
(``tests/segmenting.py``).

1. A list of people with their towns or posts (a donor list, a roster) goes on across no talk boundary, and its row
   is no title block: one notice is one document (``talks.name_list_rows``). A proceedings' speaker line under its
   title (``大阪市 国際交流課長 山田 一郎``) still opens its talk.
2. A notice's field by a listed label (``参加費 無料（…）``, ``と き　…`` / ``ところ　…``) is a line of its own, never
   glued to the line above it (``labels.listed_field``, ``paragraphs._field_runs``).
3. A role and a name under a sentence's end closing the text (``小屋番 三浦 拓也``, ``店主 森 健一``) is its signer,
   the speaker (``letters._role_signature``); a staff list's last row under another row signs nothing.
4. Short numbered items with no text under them, right under a sentence that points at them (``次の事項を決定しました。``
   / ``一、…`` ``二、…`` ``三、…``), are a list in that section, and the sentence after them is the section's, not the last
   item's (``stage.items_as_list``); a notice's ``一、日時`` over its value keeps its section.
5. A company over ``present`` over the work and its author (``THE NORTHGATE PLAYERS`` / ``proudly present`` / ``The
   History Boys`` / ``by Alan Bennett``): the work is the title, the company front (``talks._PRESENTS``); a minutes'
   ``Present`` over its attendees is no credit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.segment_inputs import front_texts
from tests.segmenting import paragraph_texts, segment_file, text_of

DATA = Path(__file__).parent / "data" / "notice75"


def _talks(name: str):
    return segment_file(DATA / name).talks


@pytest.mark.parametrize("name", ["list_donors_shrine.txt", "list_alumni_gifts.txt"])
def test_list_of_people_is_no_talk_boundary(name):
    [talk] = _talks(name)
    rows = [p for p in paragraph_texts(talk) if p.count(" ") == 2 and "、" not in p]
    assert len(rows) == 6  # every row of the list, in its section


def test_roster_with_posts_stays_one_document():
    [talk] = _talks("list_roster_club.txt")
    assert "副会長 中西 ト\ufffd子 様" in paragraph_texts(talk)


def test_proceedings_speaker_line_still_opens_a_talk():
    talks = _talks("nm_two_talks.txt")
    assert [text_of(t.title.ja) for t in talks] == ["港湾都市の防災と市民参加", "水辺の観光まちづくり"]
    assert [text_of(t.speaker.text) for t in talks] == ["大阪市 国際交流課長 山田 一郎", "神戸市 港湾局長 田中 次郎"]


def test_listed_field_opens_its_own_paragraph():
    [talk] = _talks("field_report.txt")
    texts = paragraph_texts(talk)
    assert "参加費 無料（事前のお申し込みは不要です）" in texts
    assert any(t.endswith("佐々木 広美 氏") for t in texts)


def test_flyer_when_and_where_are_two_lines():
    [talk] = _talks("field_flyer.txt")
    front = front_texts(talk)
    assert "と き　令和七年十二月六日（土）午後二時開演（午後一時半開場）" in front
    assert "ところ　さくら台地区センター 多目的ホール" in front


def test_prose_line_opening_on_a_label_word_is_no_field():
    [talk] = _talks("field_english_near.txt")
    assert paragraph_texts(talk)[-1].startswith("会場はいつもの")


@pytest.mark.parametrize("name, role, person", [("sign_blog_shop.txt", "店主", "森 健一"),
                                                ("sign_blog_hut.txt", "管理人", "大野 誠")])
def test_role_and_name_closing_the_text_is_the_speaker(name, role, person):
    [talk] = _talks(name)
    assert (text_of(talk.speaker.affiliation), text_of(talk.speaker.name)) == (role, person)


def test_staff_list_last_row_signs_nothing():
    [talk] = _talks("nm_staff_list_end.txt")
    assert talk.speaker is None or talk.speaker.name is None


@pytest.mark.parametrize("name, intro, after", [
    ("items_council.txt", "十月二十五日に役員会を開き、次のとおり決まりました。", "会長の 石井 茂 は"),
    ("items_pta.txt", "十一月の運営委員会で、次の三点を確認しました。", "委員長の 西村 由美 は")])
def test_short_items_are_a_list_in_their_section(name, intro, after):
    [talk] = _talks(name)
    [section] = [s for s in talk.sections if s.paragraphs and s.paragraphs[0].text == intro]
    texts = [p.text for p in section.paragraphs]
    assert len(texts) == 5 and texts[-1].startswith(after)
    assert all(s.level == 1 for s in talk.sections)


def test_items_over_their_values_keep_their_sections():
    [talk] = _talks("nm_items_with_text.txt")
    assert [text_of(s.title) for s in talk.sections] == ["日時", "会場", "講師"]


@pytest.mark.parametrize("name, company, work", [("presents_choir.txt", "THE OAKFIELD SINGERS", "The Pirates of Penzance"),
                                                 ("presents_youth.txt", "THE NORTHGATE PLAYERS", "The History Boys")])
def test_the_work_a_company_presents_is_the_title(name, company, work):
    [talk] = _talks(name)
    assert text_of(talk.title.en) == work
    assert company in front_texts(talk)


def test_minutes_present_label_is_no_credit():
    [talk] = _talks("nm_minutes_present.txt")
    assert text_of(talk.title.en) == "Minutes of the meeting held on 9 October 2025"
