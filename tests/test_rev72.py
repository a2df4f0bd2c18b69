"""Issue 16 point 2 (helper rev72, fresh-user trial 72d): reports with a signed foreword; a genre's label over the
title; a summary edition's line under a plan's title.

(1) A periodic report's kind under its organisation over its parts' headings set in sentence case (``Annual Review
2024–25`` / ``Foreword from our Chair`` / the foreword, ``Looking ahead`` / its prose): the kind is the title (decision
trial 28: the name stays front), the foreword a section. (2) A part's signature (``Margaret O’Donnell`` / ``Chair of
Trustees``) closes the part as a sentence's end does: the phrase under it heads the next part, and the signer is the
talk's speaker where its head names none (the name's lost glyph stays a gap). (3) A wh-clause heading in sentence case
(``Where our money came from``) under a table's row, a capital under it, heads its part (it had been glued onto its
paragraph). (4) A talk record's kind alone over the title (``講演録``, ``Transcript``) is a label, front; the title is the
line under it. (5) A summary edition's line under a plan's title (``計画の概要``, the plan's kind named in the title) is
the subtitle, the plan's line the title.

Near misses: a report's theme over a registration line (``Growing Together``, trial 28) and a sentence's wrapped
``Where the water comes from`` / ``the hills …``; ``事業の概要`` and ``計画の概要`` over running text stay headings.
Inputs: /work/regress/in_rev72 (copies of in_trial72d's e_charity, h_lecture, c_city_plan and made-up kin), copied to
tests/data/rev72; decisions in docs/segment.md (*Session 72, rev72*).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk, paragraph_texts, text_of

DATA = Path(__file__).parent / "data" / "rev72"


def _talk(name: str):
    talk, _ = only_talk((DATA / name).read_text(encoding="utf-8"))
    return talk


@pytest.mark.parametrize("name, title, org, heads, signer, post", [
    ("r01_charity_review.txt", "Annual Review 2024–25", "Riverside Community Food Trust",
     ["Foreword from our Chair", "Our year in numbers", "Where our money came from", "Looking ahead"],
     "Margaret \ufffd’Donnell", "Chair of Trustees"),
    ("r04_society_review.txt", "Annual Review 2025", "Hollin Valley Wildlife Society",
     ["Message from our President", "What we counted", "Plans for next year"], "Thomas Bright", "President"),
])
def test_signed_foreword_is_a_section(name, title, org, heads, signer, post):
    talk = _talk(name)
    assert text_of(talk.title.en) == title
    assert [t.text for t in talk.front] == [org]
    assert [text_of(s.title) for s in talk.sections] == heads
    assert text_of(talk.speaker.name) == signer and text_of(talk.speaker.affiliation) == post
    # the signature's lines stay the foreword's paragraphs; no heading glued onto its paragraph
    assert [p.text for p in talk.sections[0].paragraphs][-2:] == [signer, post]
    assert not any(p.startswith(tuple(heads)) for p in paragraph_texts(talk))


@pytest.mark.parametrize("name, title, label", [
    ("r02_lecture_record.txt", "地域の記憶をつなぐ――小さな資料館の五十年", "講演録"),
    ("r05_transcript.txt", "Rebuilding Trust in Local News", "Transcript"),
])
def test_talk_record_kind_is_front(name, title, label):
    talk = _talk(name)
    assert title in (text_of(talk.title.ja), text_of(talk.title.en))
    assert talk.subtitle.ja is None and talk.subtitle.en is None
    assert [t.text for t in talk.front][0] == label


def test_plan_summary_line_is_subtitle():
    talk = _talk("r03_plan_summary.txt")
    assert text_of(talk.title.ja) == "第3次\ufffd名川市環境基本計画（令和7年度～令和16年度）"
    assert text_of(talk.subtitle.ja) == "計画の概要"
    assert text_of(talk.speaker.affiliation) == "浜名川市 環境部 環境政策課" and talk.speaker.name is None


def test_near_miss_report_theme_and_wrapped_wh_sentence():
    talk = _talk("r06_near_report.txt")
    assert text_of(talk.title.en) == "Annual Report 2025"
    assert paragraph_texts(talk) == ["Where the water comes from the hills above the town, and it is clean."]


@pytest.mark.parametrize("name, heads", [
    ("r07_plan_part.txt", ["事業の概要", "事業の内容"]),
    ("r08_plan_heading.txt", ["計画の概要", "計画の内容"]),
])
def test_near_miss_summary_heading_over_text(name, heads):
    talk = _talk(name)
    assert text_of(talk.title.ja) == "港湾振興計画" and talk.subtitle.ja is None
    assert [text_of(s.title) for s in talk.sections] == heads
