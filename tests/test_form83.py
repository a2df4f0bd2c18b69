"""Titles of form-like Japanese documents, helper form83 (issue 16; fresh-user trial 83b). Each input in
tests/data/form83 had its expected reading written before any run (``/work/regress/in_form83/*.truth.md``):

- a syllabus's course under a label set off by white, no colon (``授業科目名　　環境政策論Ⅱ（Environmental Policy II）``)
  under its publication line (``令和8年度　緑川大学　シラバス``): the course is the title, split into its Japanese and
  its bracketed English; the label is in neither, and ``title.en`` never holds the Japanese line;
- a JPO gazette is titled by its `(54)【発明の名称】` or `【考案の名称】` line;
- the teacher's label set off by white (``担当教員　　　山田 太郎``) is no part of the speaker's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk_of, text_of

DATA = Path(__file__).parent / "data" / "form83"


@pytest.mark.parametrize("name, ja, en", [
    ("syllabus_trial83b.txt", "環境政策論Ⅱ", "Environmental Policy II"),
    ("syl_a.txt", "都市交通計画論", "Urban Transport Planning"),
    ("syl_b.txt", "地域福祉論", None),
])
def test_syllabus_course_is_the_title(name, ja, en):
    talk, _ = only_talk_of(DATA / name)
    assert (text_of(talk.title.ja), text_of(talk.title.en)) == (ja, en)


def test_teacher_label_not_in_name():
    talk, _ = only_talk_of(DATA / "syl_a.txt")
    assert text_of(talk.speaker.name) == "山田 太郎"


def test_paper_english_title_line_near_miss():
    """Near miss, passes on the base too: a paper's English title on its own line under the Japanese."""
    talk, _ = only_talk_of(DATA / "near_paper.txt")
    assert (text_of(talk.title.ja), text_of(talk.title.en)) == ("港湾都市の防災計画", "Disaster Planning in Port Cities")


@pytest.mark.parametrize("name, title", [
    ("tokkyo_trial83b.txt", "自転車用駐輪ラック及び駐輪システム"),
    ("jitsuyo.txt", "折り畳み式傘立て"),
])
def test_gazette_titled_by_its_name_tag(name, title):
    """A JPO gazette (公開特許公報, 登録実用新案公報): its tags after INID codes (``(54)【発明の名称】…``) are a filing's,
    the invention's or device's name its title, no tag or code in it."""
    talk, _ = only_talk_of(DATA / name)
    assert text_of(talk.title.ja) == title


def test_title_en_never_reads_as_japanese():
    """``title.en`` never holds a line that reads as Japanese (fix71b's ``国際交流担当　Smart City Plan`` had been it)."""
    talk, _ = only_talk_of(Path(__file__).parent / "data" / "fix71b" / "n09_post_then_phrase.txt")
    assert text_of(talk.title.en) is None and text_of(talk.title.ja) == "スマートシティ推進の取組"
