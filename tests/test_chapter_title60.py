"""A chapter's label alone over its numbered title is one heading, and an English title's second line that names the
document's kind is its subtitle (issue 16, helper chap60; a fresh user's English trial 59).

``Chapter 1`` / ``1 Introduction``: section 1 titled ``Introduction`` (the label and the number in its heading, never
the number in its title), later chapters printed ``2 Literature Review`` without their label level-1 sections, ``N.M``
under them. ``Regional Workshop on Urban Flood Resilience`` / ``Summary Report``: title and subtitle, where a wrapped
long title (``A Study of Sediment Transport in`` / ``Tidal Estuaries``) stays one title."""

import pytest

from tests.segment_inputs import run_text

THESIS = """Contents

1 Introduction .......................................... 1
1.1 Motivation ........................................... 1
2 Literature Review ...................................... 5

{label1}

1{sep} Introduction

1.1 Motivation

Municipal budgets are increasingly scrutinised by citizens who expect a voice in
how public money is spent.

{label2}

2{sep} Literature Review

2.1 Participatory Budgeting

Participatory budgeting has spread from Latin America to more than 7,000 cities.

3{sep} Method

We interviewed 48 residents in three cities.
"""


def _sections(talk):
    return [(s.number, s.level, s.title.text, s.heading.text if s.heading is not None else None) for s in talk.sections]


@pytest.mark.parametrize("label1, label2, sep", [
    ("Chapter 1", "Chapter 2", ""),
    ("CHAPTER 1", "CHAPTER 2", "."),
    ("Chapter I", "Chapter II", ""),
    ("Chapter One", "Chapter Two", ""),
])
def test_label_over_numbered_title_is_one_heading(label1, label2, sep):
    (talk,) = run_text(THESIS.format(label1=label1, label2=label2, sep=sep)).talks
    assert _sections(talk) == [
        ("1", 1, "Introduction", f"{label1} 1{sep} Introduction"),
        ("1.1", 2, "Motivation", "1.1 Motivation"),
        ("2", 1, "Literature Review", f"{label2} 2{sep} Literature Review"),
        ("2.1", 2, "Participatory Budgeting", "2.1 Participatory Budgeting"),
        ("3", 1, "Method", f"3{sep} Method"),
    ]
    assert [c.text.split(" .")[0] for c in talk.contents] == ["1 Introduction", "1.1 Motivation", "2 Literature Review"]


def test_japanese_chapter_over_numbered_title():
    text = ("目次\n1 はじめに ........ 1\n2 調査方法 ........ 4\n\n第1章\n\n1 はじめに\n\n1.1 研究の背景\n\n"
            "地方都市では公共交通の利用者が減り続けている。\n\n第2章\n\n2 調査方法\n\n2.1 対象地域\n\n対象は三市である。\n\n"
            "3 結果\n\n二市で利用者数が増えた。\n")
    (talk,) = run_text(text).talks
    assert _sections(talk) == [("1", 1, "はじめに", "第1章 1 はじめに"), ("1.1", 2, "研究の背景", "1.1 研究の背景"),
                               ("2", 1, "調査方法", "第2章 2 調査方法"), ("2.1", 2, "対象地域", "2.1 対象地域"),
                               ("3", 1, "結果", "3 結果")]
    assert len(talk.contents) == 2 and [t.text for t in talk.front] == ["目次"]


def test_label_over_title_words_and_label_with_colon_unchanged():
    text = ("Chapter One\n\nIntroduction\n\nRural libraries in Wales have changed.\n\nChapter Two\n\nStudy Design\n\n"
            "We visited each library twice.\n\nChapter 3: Findings\n\nMost libraries open fewer hours.\n")
    (talk,) = run_text(text).talks
    assert [(n, lv, t) for n, lv, t, _ in _sections(talk)] == [("1", 1, "Introduction"), ("2", 1, "Study Design"),
                                                              ("3", 1, "Findings")]


@pytest.mark.parametrize("text, expected", [
    # a sentence opening on the chapter's number under its label: no title, the label heads the chapter alone
    ("Chapter 1\n\nIntroduction\n\nThis chapter sets out why.\n\nChapter 2\n\n"
     "2 of the 40 interviews were held online because of the strike.\nThe rest were held in the centre.\n",
     [("1", 1, "Introduction"), ("2", 1, "")]),
    # a label over another number (a chapter whose sections restart): as before, the line is its title
    ("Chapter 3\n\n1 Overview of the Site\n\nThe site lies on the north bank.\n\nChapter 4\n\nDiscussion\n\nIt is small.\n",
     [("3", 1, "1 Overview of the Site"), ("4", 1, "Discussion")]),
    # no chapter label: plain numbered sections
    ("Harbour Lighting Survey\n\n1 Introduction\n\nThe port replaced its lamps.\n\n1.1 Scope\n\nTwelve quays.\n\n"
     "2 Method\n\nAt night.\n",
     [("1", 1, "Introduction"), ("1.1", 2, "Scope"), ("2", 1, "Method")]),
])
def test_near_misses_keep_their_reading(text, expected):
    (talk,) = run_text(text).talks
    assert [(n, lv, t) for n, lv, t, _ in _sections(talk)] == expected


BODY = "\n\nPrepared by the Secretariat\n\n1. Background\n\nThe workshop met in March.\n\n2. Findings\n\nCities agreed.\n"


@pytest.mark.parametrize("title, subtitle", [
    ("Regional Workshop on Urban Flood Resilience", "Summary Report"),
    ("International Seminar on Port City Heritage", "Proceedings Summary"),
    ("Northern Riverside District Regeneration Framework", "Consultation Draft for Public Comment"),
    ("Neighbourhood Energy Transition in Northern Towns", "Interim Findings"),
])
def test_kind_line_under_a_whole_title_is_its_subtitle(title, subtitle):
    (talk,) = run_text(f"{title}\n{subtitle}{BODY}").talks
    assert talk.title.en.text == title
    assert talk.subtitle.en is not None and talk.subtitle.en.text == subtitle


@pytest.mark.parametrize("first, second", [
    ("A Study of Sediment Transport in", "Tidal Estuaries"),  # a connective: wrapped
    ("Long-Term Monitoring of Air Quality and Traffic Noise and", "Public Health Outcomes in Inner Districts"),
    ("Household Water Use and Leakage Detection in Mid-Sized", "Municipal Networks of Southern Portugal"),
    ("Metropolitan Cycling Infrastructure Review 2025:", "Interim Findings"),  # a colon goes on, as on one line
])
def test_wrapped_title_stays_one(first, second):
    (talk,) = run_text(f"{first}\n{second}{BODY}").talks
    assert talk.title.en.text == f"{first} {second}"
    assert talk.subtitle.en is None


PARTS = ("Contents\n\n1 Introduction ............. 1\n2 Background ............. 6\nPart II Case Studies\n"
         "3 Leeds ............. 15\n\nChapter 1\n\n1 Introduction\n\nCities tried many ways.\n\n"
         "Chapter 2\n\n2 Background\n\nVacancy rose after 2008.\n\n{part}\n\nChapter 3\n\n3 Leeds\n\n"
         "Leeds converted two stores.\n\n3.1 Outcomes\n\nFootfall rose.\n")


@pytest.mark.parametrize("part, heading", [
    ("Part II\n\nCase Studies", "Part II Case Studies"),
    ("PART II: Case Studies", "PART II: Case Studies"),
    ("Part Two\n\nCase Studies", "Part Two Case Studies"),
])
def test_part_between_chapters_is_an_unnumbered_section(part, heading):
    (talk,) = run_text(PARTS.format(part=part)).talks
    assert _sections(talk) == [("1", 1, "Introduction", "Chapter 1 1 Introduction"),
                               ("2", 1, "Background", "Chapter 2 2 Background"),
                               (None, 1, "Case Studies", heading),
                               ("3", 1, "Leeds", "Chapter 3 3 Leeds"), ("3.1", 2, "Outcomes", "3.1 Outcomes")]
    assert [p.text for p in talk.sections[1].paragraphs] == ["Vacancy rose after 2008."]
    assert len(talk.contents) == 4  # the part's line among the entries is one, never a heading


def test_part_named_in_a_sentence_heads_nothing():
    text = ("1 Introduction\n\nThe plan has three parts.\n\n2 Method\n\nPart 2 of the plan was never published.\n\n"
            "3 Results\n\nFares rose.\n")
    (talk,) = run_text(text).talks
    assert [(n, t) for n, _, t, _ in _sections(talk)] == [("1", "Introduction"), ("2", "Method"), ("3", "Results")]
