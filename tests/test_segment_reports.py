"""Reports and newsletters (issue 16 point 2, trial 28): a registration line (``Registered Charity No. 1098234``,
``ISSN 1234-5678``, ``法人番号 …``) is a cover field, kept in front, never the title; a periodic report's kind with
its year (``Annual Report 2025``, ``年次報告書 2025``) beside the organisation's name is the title, the name kept
(front, or the issuing office under the title); a newsletter's issue line under its name (``Issue 12``, ``No. 34``,
``Vol. 5, Issue 2``, ``第12号``) is front, never a heading."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

BODY_EN = """

1. Chair's Introduction

The club had a busy season on the river. Our crews raced at eleven regattas across the
region, and the junior squad grew to forty rowers by the end of the summer.

2. Plans

We will replace two coxless fours and repaint the boathouse before the spring.
"""

BODY_JA = """

1. 概要

本年度は流域の清掃活動を四回行い、延べ二百名が参加した。

2. 今後の計画

来年度は新たに里山一か所の保全を始める予定である。
"""


@pytest.mark.parametrize("cover, title, kept", [
    # the organisation over the kind (trial 28's shape: the registration line had been the title)
    ("Ferncliff Rowing Club\n\nAnnual Report 2024\n\nRegistered in England No. 04567812\n",
     "Annual Report 2024", ["Ferncliff Rowing Club", "Registered in England No. 04567812"]),
    ("Harbury Valley Beekeepers' Society\n\nAnnual Report 2025\n\nRegistered Charity No. 1098234\n",
     "Annual Report 2025", ["Harbury Valley Beekeepers' Society", "Registered Charity No. 1098234"]),
    # the kind over the organisation: the organisation is the report's issuing office, as a report's office is
    ("Activity Report 2024–25\n\nLowfield Community Orchard Trust\n\nISSN 2049-3630\n",
     "Activity Report 2024–25", ["Lowfield Community Orchard Trust", "ISSN 2049-3630"]),
    ("特定非営利活動法人 みどりの森ネットワーク\n\n年次報告書 2025\n\n法人番号 1234567890123\n",
     "年次報告書", ["特定非営利活動法人 みどりの森ネットワーク", "法人番号"]),
    ("令和6年度 事業報告\n\n一般社団法人 さくら川流域協議会\n\n登録番号 T1234567890123\n",
     "令和6年度 事業報告", ["一般社団法人 さくら川流域協議会", "登録番号"]),
])
def test_a_report_cover_is_titled_by_its_kind_and_keeps_its_fields(cover, title, kept) -> None:
    english = cover.isascii() or "–" in cover
    [talk] = run_text(cover + (BODY_EN if english else BODY_JA)).talks
    found = talk.title.en if english else talk.title.ja
    assert found is not None and found.text.startswith(title)
    record = [t.text for t in talk.front] + ([talk.speaker.text.text] if talk.speaker.text is not None else [])
    assert all(any(r.startswith(k) for r in record) for k in kept), record
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_a_registration_line_is_never_a_title() -> None:
    """A titled report keeps its title; the registration under it stays front."""
    [talk] = run_text("Keeping Bees in Small Gardens\n\nISBN 978-4-12-345678-9\n" + BODY_EN).talks
    assert talk.title.en.text == "Keeping Bees in Small Gardens"
    assert "ISBN 978-4-12-345678-9" in [t.text for t in talk.front]


def test_a_report_with_a_title_of_its_own_keeps_it() -> None:
    """The kind is the title only where no title stands under it (``Annual Report 2025`` / a theme)."""
    [talk] = run_text("Harbury Valley Beekeepers' Society\n\nAnnual Report 2025\n\nGrowing Together\n\n"
                      "Registered Charity No. 1098234\n" + BODY_EN).talks
    assert talk.title.en.text == "Growing Together"


NEWS = """

Welcome to the spring issue. Our members have been busy preparing their plots, and
the seed swap in March drew more visitors than ever before.

Plant Sale

The annual plant sale will take place on 9 May at the village hall. Please bring pots
and labels if you can spare them.
"""


@pytest.mark.parametrize("issue", ["Issue 12", "No. 34", "Vol. 5, Issue 2", "Issue 7 · Spring 2026"])
def test_a_newsletters_issue_line_is_front_not_a_heading(issue) -> None:
    [talk] = run_text(f"Millbrook Garden Club Newsletter\n\n{issue}\n" + NEWS).talks
    assert talk.title.en.text == "Millbrook Garden Club Newsletter"
    assert [s.title.text for s in talk.sections] == ["Plant Sale"]
    assert [t.text for t in talk.front][0] == issue
    assert not talk.slides


def test_a_japanese_newsletters_issue_line_is_front_not_a_heading() -> None:
    [talk] = run_text("みなと台地区だより\n\n第12号\n\n今月は地区の清掃活動と秋祭りの準備についてお知らせします。"
                      "多くの方のご参加をお待ちしています。\n\n■清掃活動\n\n十月五日の朝九時から、公園と川沿いの清掃を行います。\n").talks
    assert talk.title.ja.text == "みなと台地区だより"
    assert [s.title.text for s in talk.sections] == ["清掃活動"]
    assert [t.text for t in talk.front][0] == "第12号"


def test_a_registration_line_is_never_a_heading() -> None:
    """Between a newsletter's paragraphs, over a sentence, it would head a section by its shape."""
    [talk] = run_text("Millbrook Garden Club Newsletter\n\nWelcome to the spring issue. Our members have been busy.\n\n"
                      "Registered Charity No. 1098234\n\nThe club is run entirely by volunteers and has no paid staff.\n\n"
                      "Plant Sale\n\nThe annual plant sale will take place on 9 May at the village hall.\n").talks
    assert [s.title.text for s in talk.sections] == ["Plant Sale"]
    assert "Registered Charity No. 1098234" in [t.text for t in talk.front]
