"""Faults a fresh-user trial (trial 20) found, each as made-up documents of its kind: numbered lines of a code
listing or a LaTeX table taken for sections, and Japanese authors parted by an ideographic space whose marks say
where each name ends."""

from __future__ import annotations

import pytest

from tests.segment_inputs import run_text

LISTING = """\
A Class for Harbour Reports

1 Introduction
The class sets a report's title page and its running heads.

2 The code
The class opens by declaring itself and its options.
1 \\NeedsTeXFormat{LaTeX2e}
2 \\ProvidesClass{harbour}[2026/01/01]
3 \\newif\\ifHB@draft
4 \\raggedbottom
5 }
6 Month & Days \\\\
7 January & 31 \\\\

3 Options
The draft option marks overfull lines.
"""


def test_a_numbered_code_listing_gives_no_sections():
    (talk,) = run_text(LISTING).talks
    assert [(s.number, s.title.text) for s in talk.sections] == [
        ("1", "Introduction"), ("2", "The code"), ("3", "Options")]


AUTHORS = [
    "山田 太郎1)　佐藤 花子2)　鈴木 一郎1)",
    "山田 太郎¹　佐藤 花子²　鈴木 一郎¹",
    "山田太郎1)　佐藤花子2)　鈴木一郎1)",
]


@pytest.mark.parametrize("authors", AUTHORS)
def test_authors_parted_by_an_ideographic_space_with_marks(authors):
    mark = "¹" if "¹" in authors else "1)"
    second = "²" if "¹" in authors else "2)"
    text = f"""\
地方都市における公共交通の利用促進に関する研究
－高齢者の外出行動に着目して－

{authors}

{mark} 北海大学大学院工学研究科
{second} 東北交通研究所

1. はじめに
地方都市では人口減少と高齢化が進み、路線バスの利用者数は年々減少している。

2. 方法
高齢者の外出行動を調査した。
"""
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "地方都市における公共交通の利用促進に関する研究"
    assert talk.speaker is not None and talk.speaker.text.text.startswith(authors)
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_a_capitalised_phrase_of_abstract_words_is_no_author():
    text = """\
Frequently Asked Questions
Riverside Public Library

General

How do I get a library card?
Bring a photo ID and proof of address to any branch. Cards are free for residents of the county.

Can I renew items online?
Yes. Log in to your account and choose Renew next to each item you have borrowed.
"""
    (talk,) = run_text(text).talks
    assert talk.title.en.text == "Frequently Asked Questions"
    assert [s.title.text for s in talk.sections][:1] == ["General"]


def test_a_syllabus_headings_over_lists_and_labelled_lines():
    text = """\
CS 210: Introduction to Data Structures
Fall 2026 Syllabus
Instructor: Dr. Helen Park
Office: Science Hall 314

Course Description

This course introduces fundamental data structures including arrays, linked lists, stacks and queues.

Learning Outcomes

By the end of the course, students will be able to:
1. Choose an appropriate data structure for a given problem.
2. Analyze time and space complexity using big-O notation.

Late work loses 10% per day, up to three days.

Schedule

Week 1: Arrays and dynamic arrays
Week 2: Linked lists

Academic Integrity

All submitted work must be your own. Discussing ideas is allowed, but sharing code is not.
"""
    (talk,) = run_text(text).talks
    assert talk.title.en.text == "CS 210: Introduction to Data Structures"
    assert [s.title.text for s in talk.sections] == [
        "Course Description", "Learning Outcomes", "Schedule", "Academic Integrity"]


def test_an_unnumbered_covers_box_stays_the_cover_when_numbers_close_their_pages():
    text = """\
Scaling Postgres for Multi-Tenant SaaS
Lessons from Three Years in Production
Priya Raman, Acme Cloud
PGConf Europe 2026

Agenda
• Why multi-tenant?
• Row-level security
2

Why multi-tenant?
• 4,000 customers, most with fewer than 10 users
• Operations team of three people
3

Row-level security
• Policies enforce the tenant in every query
• Tested every policy in CI
4
"""
    (talk,) = run_text(text).talks
    titles = {s.number: s.title.text if s.title else None for s in talk.slides}
    assert titles[2] == "Agenda" and titles[3] == "Why multi-tenant?" and titles[4] == "Row-level security"
    assert any(t.text == "PGConf Europe 2026" for t in talk.slides[0].lines)


def test_names_over_a_title_pages_field_are_its_authors():
    text = """\
Using the harbour-report class

Aaron Feickert and Jonathan Totushek
Maintainer: James Thorne (james.thorne@example.edu)

13 February 2018

1 Introduction
The class generates reports that comply with the harbour board's requirements for its annual filings.
"""
    (talk,) = run_text(text).talks
    assert talk.speaker is not None and talk.speaker.text.text == "Aaron Feickert and Jonathan Totushek"


def test_authors_marked_with_full_width_brackets():
    text = """\
地方都市における公共交通の再編
―利用者調査に基づく評価―

山田太郎1）　佐藤花子2）　鈴木一郎1）
1）東京大学大学院工学系研究科
2）京都大学防災研究所

1. はじめに
地方都市では路線バスの利用者数が年々減少している。
"""
    (talk,) = run_text(text).talks
    assert talk.title.ja.text == "地方都市における公共交通の再編"
    assert talk.speaker is not None and talk.speaker.text.text.startswith("山田太郎1）")
