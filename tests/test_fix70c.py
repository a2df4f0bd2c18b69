"""A session's heading with its theme over a paper's own title block (``Session 2: Urban Drainage`` / blank / ``Green
Roofs and Peak Runoff …`` / authors) is the session's: its theme is no paper's title, and the first paper keeps its own
(fresh-user trial 70b, issue 16 points 1-2: the first paper was titled ``Urban Drainage``, id ``urban-drainage``). A
session's number is the session's: where a session holds several papers, no paper takes it as its ``number`` (it had
gone to the first paper alone). A volume's title over a session's heading (``SESSION A: Data``) takes no authors from
under it. Near misses: a programme that gives each talk a session of its own keeps the numbers (``Session 1``, ``Session
2: Ferry Links`` over its speaker, where the theme is the talk's title), and a paper titled ``Session Types in Rust``
is untouched. Inputs are copies of /work/regress/in_fix70c/; decisions in docs/segment.md and docs/talk-json.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import segment_text

DATA = Path(__file__).parent / "data" / "fix70c"


def _talks(name: str):
    doc = segment_text((DATA / name).read_text(encoding="utf-8"))
    return [(t.title.en.text if t.title.en else t.title.ja.text if t.title.ja else None, t.number,
             [f.text for f in t.front]) for t in doc.talks]


@pytest.mark.parametrize("name, titles, session", [
    ("s01_session_colon_en.txt", ["Green Roofs and Peak Runoff in Dense Districts", "Sensor Networks for Combined Sewer Overflows",
                                  "Public Attitudes to Rain Gardens"], "Urban Drainage"),
    ("s02_session_dash_between.txt", ["Storm Surge Warnings for Small Harbours", "Dune Repair after the 2024 Storms",
                                      "Shore Power at Ferry Terminals", "Parking Fees and Town Centre Visits"], "Coastal Hazards"),
    ("s03_track_policy.txt", ["Bus Lanes and Curb Space Pricing", "Fare Capping in Mid-Sized Cities"], "Track 2: Policy"),
    ("s04_session_letter.txt", ["Publishing Bus Timetables as Open Data", "Open Budgets for Small Councils"], "SESSION A: Data"),
    ("s05_ja_session.txt", ["コンパクトシティ政策の効果検証", "空き地の暫定利用に関する研究"], "都市計画"),
    ("s06_ja_bunkakai.txt", ["路線バスの再編と利用者の変化", "デマンド交通の導入効果"], "分科会2：交通"),
])
def test_a_sessions_theme_is_no_papers_title_and_its_number_no_papers(name, titles, session):
    talks = _talks(name)
    assert [t for t, _, _ in talks] == titles
    assert all(number is None for _, number, _ in talks)
    assert any(session in f for f in talks[0][2])  # the heading kept, in the first paper's front


def test_a_session_between_papers_is_the_next_papers_front():
    talks = _talks("s02_session_dash_between.txt")
    assert "— Port Planning" in talks[2][2] and "Session 4" in talks[2][2]


def test_a_bare_session_over_several_papers_numbers_none_of_them():
    talks = _talks("n04_session_bare_grouping.txt")
    assert [number for _, number, _ in talks] == [None, None, None]
    assert "Session 2" in talks[0][2]


@pytest.mark.parametrize("name, expected", [
    ("n01_session_each_talk.txt", [("Harbour Renewal", "1"), ("Ferry Links", "2"), ("Cruise Tourism", "3")]),
    ("n02_session_bare_each.txt", [("Harbour Renewal in Hamburg", "1"), ("Ferry Links across the Maas", "2"),
                                   ("Cruise Tourism in Lisbon", "3")]),
    ("n03_session_types.txt", [("Session Types in Rust", None)]),
])
def test_a_session_of_one_talk_numbers_it(name, expected):
    assert [(t, number) for t, number, _ in _talks(name)] == expected
