"""Issue 19 points 4 and 6 (helper rows79, fresh-user trials 79 and 79b): a person's name told by the row or the list
it stands in is never filled nor offered (:mod:`pipeline.restore.evidence.name_rows`).

- A committee's row ``Name, Institution, Country`` (trial 79's ``Kazuki Ta\ufffdahashi, Port and Airport Research
  Institute, Japan``, offered k, n): under a heading of people, or among rows whose first words are census given names.
- A post's label before two or three capitalised words (``Treasurer: A\ufffdish Gokhale``, offered m, n, r): the post
  vouches, whatever the census lists say.
- A cell of a table's name column (``２１５　\ufffd野　\ufffd``, offered 佐/長/小 and は/と/が): under a 氏名 header, or
  among cells that are people's names.
- A lost kanji directly before an honorific beside a person's name in a list (trial 79b's ``木下さんと\ufffdさん``,
  offered う, か, 皆, 父, 奥).

Near misses keep their fills or candidates: a gapped word of the institution (``Port and Airport Research
Inst\ufffdtute``), a label no post's before words (``Venue: Memorial H\ufffdll``), a table's school column, the days
heading a rota, ``皆さん`` in prose. Measured on clean text in docs/restore.md (*Session 79, rows79*)."""

from __future__ import annotations

import pytest

from tests.restore_verdicts import file_line_repairs, held_with_no_candidate, line_repairs

G = "\ufffd"
TRIAL79 = "/work/regress/in_trial79"
TRIAL79B = "/work/regress/in_trial79b"
ROWS79 = "/work/regress/in_rows79"


def _line(text: str, line_text: str) -> list:
    """The repairs on ``line_text`` (its ``?`` the lost glyphs) of ``text`` (its ``?`` too), after segment."""
    text, line_text = text.replace("?", G), line_text.replace("?", G)
    found = line_repairs(text, line_text)
    assert found, line_text
    return found


def _all_held(text: str, line: str) -> None:
    """Every repair on ``line`` of ``text`` (their ``?`` the lost glyphs) is a name's: no fill, no candidate."""
    for r in _line(text, line):
        assert held_with_no_candidate(r), (r.original, r.restored, [c.text for c in r.candidates])


# -- the trials' four names ---------------------------------------------------------------------------------------

TRIAL_LINES = [
    (f"{TRIAL79}/d_cfp_coastal.txt", f"Kazuki Ta{G}ahashi, Port and Airport Research Institute, Japan"),
    (f"{TRIAL79}/c_constitution_beekeepers.txt", f"Treasurer: A{G}ish Gokhale                 Date: 14 March 2025"),
    (f"{TRIAL79}/e_goukaku_shuzan.txt", f"２１５　　　{G}野　{G}　　　新潟大学附属新潟小学校　　　　　　准初段"),
    (f"{TRIAL79B}/seisou.txt", f"清掃後の集会所での豚汁は、婦人部の木下さんと{G}さんが朝早くから準備してくださいました。"),
]


@pytest.mark.parametrize("path,line", TRIAL_LINES)
def test_trial_names_held(path, line):
    for r in file_line_repairs(path, line):
        assert held_with_no_candidate(r), (r.original, r.restored, [c.text for c in r.candidates])


# -- made-up documents of the same kinds ----------------------------------------------------------------------------

CFP_HEADED = """INTERNATIONAL WORKSHOP ON RIVER ICE

Submission
Papers of up to six pages are invited by 1 March 2027.

Technical Programme Committee
Haruto Yam?moto, Kyoto University, Japan
Mei Lin Chen, Tsinghua University, China
Pri?a Raman, Indian Institute of Science, India
Jonas Eriksson, Uppsala University, Sweden

Contact
workshop@example.org
"""

CFP_SIBLINGS = """Reviewers of this volume

We thank the following colleagues:
Daniel Brooks, University of Leeds, United Kingdom
Sarah Mitchell, Dalhousie University, Canada
Wanjiru Kam?u, University of Nairobi, Kenya
Thomas Becker, ETH Zurich, Switzerland
"""

JOINED = """SPRING MEETING OF THE RIVERS FORUM

Programme
Talks run from 10:00 to 16:00 in the main hall.

Steering Group
Daniel Brooks, University of Leeds, United Kingdom
Sarah Mitchell, Dalhousie University, Canada
Emeka Okon?o, University of Lagos, Nigeria
Thomas Becker, ETH Zurich, Switzerland

Contact
forum@example.org
"""
"""Rows segment joins into one paragraph, read back by their raw lines."""

BRACKETED = """WORKSHOP ON COASTAL DUNES

Invited Speakers
Shota Ma?uda (Kyoto University, Japan)
Mei Chen (Tsinghua University, China)
Arjun Mehta (IIT Bombay, India)
"""


@pytest.mark.parametrize("text,line", [
    (CFP_HEADED, "Haruto Yam?moto, Kyoto University, Japan"),
    (JOINED, "Emeka Okon?o, University of Lagos, Nigeria"),
    (CFP_HEADED, "Pri?a Raman, Indian Institute of Science, India"),
    (CFP_SIBLINGS, "Wanjiru Kam?u, University of Nairobi, Kenya"),
])
def test_committee_row_held(text, line):
    _all_held(text, line)


def test_bracketed_row_held_in_plain_text():
    # ``pipeline restore FILE`` (no segment): a name before its institution in brackets under a heading of people
    from pipeline.restore import restore_text
    from tests.test_name75 import _held
    text = BRACKETED.replace("?", G)
    (r,) = restore_text(text)["repairs"]
    assert _held(r), (r["restored"], r["candidates"])


def test_committee_row_institution_still_restored():
    # near miss: the institution after the name's comma is a body's words, restored as words
    text = CFP_HEADED.replace("Kyoto University, Japan", "Kyoto Univ?rsity, Japan")
    (r,) = [r for r in _line(text, "Haruto Yam?moto, Kyoto Univ?rsity, Japan") if r.original == G and r.col > 20]
    assert not held_with_no_candidate(r) and "e" in [r.restored] + [c.text for c in r.candidates]


SIGNED = """CONSTITUTION OF THE MILLBROOK ALLOTMENT SOCIETY

1. Name
The Society shall be called the Millbrook Allotment Society.

Signed on behalf of the Society:

Chair: Olu?emi Adeyemi                 Date: 2 May 2026
Treasurer: Pa?an Deshpande             Date: 2 May 2026
Vice-Chair: Ma?ish R. Kulkarni         Date: 2 May 2026
Venue: Memorial H?ll
"""
"""Pa?an: *Pagan* is an English word, so no rule of the given name's held it; the post vouches."""


@pytest.mark.parametrize("line", ["Treasurer: Pa?an Deshpande             Date: 2 May 2026",
                                  "Vice-Chair: Ma?ish R. Kulkarni         Date: 2 May 2026"])
def test_post_vouched_name_held(line):
    _all_held(SIGNED, line)


@pytest.mark.parametrize("line", ["Chair: Olu?emi Adeyemi                 Date: 2 May 2026"])
def test_post_name_held_before_too(line):
    # near miss: held before this helper (its given name no English word), held still
    for r in _line(SIGNED, line):
        assert held_with_no_candidate(r)


@pytest.mark.parametrize("line", ["Venue: Memorial H?ll"])
def test_post_label_before_no_name_not_held(line):
    # near miss: no post's label (the words no name's: name_rows.post_vouched_name's doctest)
    for r in _line(SIGNED, line):
        assert not held_with_no_candidate(r) and (r.restored or r.candidates)


PASS_LIST = """第３回 中学生将棋大会 結果

■優勝・準優勝
順位　　選手名　　　　　所属
１位　　田村　颯真　　　青葉中学校
２位　　?田　?菜　　　　緑が丘中学校
３位　　小松　陽向　　　?ノ宮中学校
"""

NO_HEADER = """かるた大会の記録

１組　　石原　悠真　　　東小学校
２組　　大塚　芽依　　　西小学校
３組　　?原　?　　　南小学校
"""


@pytest.mark.parametrize("text,line", [
    (PASS_LIST, "２位　　?田　?菜　　　　緑が丘中学校"),
    (NO_HEADER, "３組　　?原　?　　　南小学校"),
])
def test_name_column_cell_held(text, line):
    _all_held(text, line)


def test_school_column_not_held():
    # near miss: a lost glyph in the school's column is no name's
    (r,) = _line(PASS_LIST, "３位　　小松　陽向　　　?ノ宮中学校")
    assert not held_with_no_candidate(r)


ROTA = """外来担当医表

当院の外来は、次の医師が曜日ごとに担当します。ご来院の際にご確認ください。

診察室　　月　　火　　水
1診　　森田　　森田　　川村
2診　　川村　　今井　　今井
"""


def test_rota_days_not_held():
    # near miss: the first row heads the columns (the days over the doctors' names)
    text = ROTA.replace("月　　火", "?　　火")
    for r in _line(text, "診察室　　?　　火　　水"):
        assert not held_with_no_candidate(r)


@pytest.mark.parametrize("text", [
    "受付は佐藤さんと?さんが担当します。",
    "ご来賓の山田様、?様にご挨拶をいただきました。",
    "当日は?さんと鈴木さんが司会を務めます。",
])
def test_listed_before_honorific_held(text):
    (r,) = _line(text + "\n", text)
    assert held_with_no_candidate(r), (r.restored, [c.text for c in r.candidates])


@pytest.mark.parametrize("text", [
    "地域の?さんに感謝いたします。",
    "田中さんとお?さんが来てくれました。",
])
def test_word_before_honorific_offered(text):
    # near misses: 皆さん in prose, お父さん after a name: no list of names, candidates offered
    (r,) = _line(text + "\n", text)
    assert not held_with_no_candidate(r) and r.candidates
