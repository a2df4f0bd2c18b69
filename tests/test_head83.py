"""Titles, mastheads, bylines and turn labels, helper head83 (issue 16; docs/limits.md *Session 82, title82*, trials
82a and 82c). Each input in tests/data/head83 had its expected reading written before any run
(``/work/regress/in_head83/*.truth.md``):

- a newsletter's credit under its masthead and issue line (``文責：谷口``, ``発行：…　養護教諭　山田 さくら``) names its
  speaker;
- a report's kind over its title run in after a label (``研究成果報告書`` / ``研究題目：…``): the title without the label;
- an English round table's series line naming its record (``… Round Table — Record``) over its theme and ``Date:``:
  the theme is the title; turns labelled with accents, a lost glyph or a role with a description in brackets are
  turns; a Japanese record's one-kanji surname (``林：…``) is a turn where its participants' list names ``林 大輔``,
  and its ``会場：`` field is no turn;
- a monthly menu titled by its month and kind (``令和８年１月　きゅうしょく こんだて表``), its goal (``今月の目標：…``)
  front and its header row no title;
- authors marked ``*`` and ``**`` over ``*港湾技術研究所　**北海大学工学部``: each their own affiliation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from segmenting import authors_of, segment_file
from tests.segment_inputs import run_text

DATA = Path(__file__).parent / "data" / "head83"


def _talk(name: str):
    [talk] = segment_file(DATA / name).talks
    return talk


def _title(talk) -> tuple[str | None, str | None]:
    return (talk.title.ja.text if talk.title.ja is not None else None,
            talk.title.en.text if talk.title.en is not None else None)


def _front(talk) -> list[str]:
    return [t.text for t in talk.front]


def _talk_json(name: str) -> dict:
    from pipeline.model import Restored, RestoredTalk
    from pipeline.structure import structure

    seg = run_text((DATA / name).read_text(encoding="utf-8"))
    restored = Restored(source=seg.source, talks=tuple(RestoredTalk(talk=t, repairs=()) for t in seg.talks),
                        ledger=seg.ledger)
    (document,) = structure(restored, stem="m").values()
    return json.loads(json.dumps(document.to_json()))


def _turns(data: dict) -> list[str]:
    return [p["speaker"]["text"] for s in data["paper"]["sections"] for p in s["paragraphs"] if "speaker" in p]


# 1. a newsletter's credit under its masthead

@pytest.mark.parametrize("name, title, authors", [
    ("ja_gakunen.txt", ("東雲高等学校\u3000第2学年だより", None), [("谷口", None)]),
    ("ja_hoken.txt", ("○○小学校\u3000ほけんだより", None), [("山田 さくら", "○○小学校保健室\u3000養護教諭")]),
])
def test_newsletter_credit_under_its_issue_line_names_the_speaker(name, title, authors):
    talk = _talk(name)
    assert _title(talk) == title
    assert authors_of(talk) == authors
    assert not any(t.startswith(("文責", "発行")) for t in _front(talk))


def test_english_newsletter_byline_stays_its_speaker():
    """Near miss (passes on the base too): ``Written by …`` under the masthead and date was read already."""
    talk = _talk("en_newsletter.txt")
    assert _title(talk) == (None, "Riverside Primary School Newsletter")
    assert authors_of(talk) == [("Joanne Patel", "Headteacher")]


# 2. a title's label

def test_report_kind_over_labelled_title_gives_the_title_without_its_label():
    talk = _talk("ja_grant.txt")
    assert _title(talk) == ("閉鎖性漁港における海水交換と水質の改善に関する研究", None)
    assert _front(talk) == ["研究成果報告書", "研究題目："]
    assert authors_of(talk) == [("石田 健一", "北海大学工学部\u3000准教授")]


@pytest.mark.parametrize("name, title", [
    ("en_title_label.txt", (None, "Community Flood Wardens in Small Coastal Towns")),
    ("ja_kenmei.txt", ("庁舎空調設備の更新工事に伴う執務室の移転について", None)),
    ("en_colon_talk.txt", (None, "Ports and People: Lessons from the Kobe Earthquake")),
])
def test_labelled_and_colon_titles_near_misses(name, title):
    """Near misses (pass on the base too): ``FINAL PROJECT REPORT`` / ``Title: …`` and a notice's ``件名：…`` were read
    already; a title with its own colon keeps it whole."""
    assert _title(_talk(name)) == title


# 3. a round table's theme and its turns

def test_english_round_table_is_titled_by_its_theme():
    talk = _talk("en_roundtable.txt")
    assert _title(talk) == (None, "Rethinking the Waterfront after the Ferry Terminal Closes")
    assert "Harbour Futures Round Table — Record" in _front(talk)


def test_turns_labelled_with_accents_a_lost_glyph_or_a_described_role():
    assert _turns(_talk_json("en_roundtable.txt")) == [
        "MODERATOR", "TOMÁS RUIZ", "MAR\ufffdA LÓPEZ", "IAN FRASER", "AUDIENCE MEMBER (resident, North Ward)",
        "TOMÁS RUIZ", "MODERATOR"]


def test_one_kanji_surname_listed_among_participants_is_a_turn_and_the_venue_no_turn():
    data = _talk_json("ja_zadankai.txt")
    assert _turns(data) == ["司会", "中村", "木下", "林", "司会"]
    assert "会場：港町公民館\u3000第1会議室" in [p["text"] for p in data["paper"]["front"]]


def test_japanese_round_table_theme_near_miss():
    """Near miss (passes on the base too): the Japanese series line was read by title82."""
    assert _title(_talk("ja_zadankai.txt")) == ("商店街のこれからを考える", None)


# 4. a menu titled by its month and kind

def test_monthly_menu_is_titled_by_its_month_and_kind():
    talk = _talk("ja_kondate.txt")
    assert _title(talk) == ("令和8年1月\u3000きゅうしょく こんだて表", None)
    assert "今月の目標：よくかんで食べよう" in _front(talk)


# 5. authors marked * and **

@pytest.mark.parametrize("name, authors", [
    ("ja_paper_marks.txt", [("山田 太郎", "港湾技術研究所"), ("佐藤 花子", "北海大学工学部"), ("鈴木 一郎", "港湾技術研究所")]),
    ("en_paper_marks.txt", [("John Smith", "Coastal Engineering Laboratory, University of Plymouth"),
                            ("Mary Jones", "Hydraulics Department, Delft Institute"),
                            ("Peter Brown", "Coastal Engineering Laboratory, University of Plymouth")]),
])
def test_asterisk_marks_give_each_author_their_affiliation(name, authors):
    assert authors_of(_talk(name)) == authors


def test_greeting_heading_under_a_reports_name_near_miss():
    """Near miss (passes on the base too): the report's naming line stays its title, ``会長あいさつ`` no title."""
    assert _title(_talk("ja_greeting_report.txt")) == ("令和7年度\u3000港町観光協会\u3000事業報告書", None)
