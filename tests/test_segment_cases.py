"""Segment stage on made-up documents (none of them from the sample): golden renderings and focused assertions."""

from __future__ import annotations

import pytest

import golden
from pipeline.model import GAP
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.segment.render import render
from segment_inputs import cleaned_from_text

CASES = golden.cases("segment")


def run(path):
    cleaned = cleaned_from_text(path.read_text(encoding="utf-8"), name=f"cases/{path.name}")
    return cleaned, segment(cleaned)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden_case(path):
    cleaned, doc = run(path)
    assert conservation_problems(cleaned, doc) == []
    golden.compare(render(doc), path.with_suffix(".out"))


def case(name: str):
    return run(golden.GOLDEN / "segment" / "cases" / f"{name}.in")[1]


def test_cases_exist():
    assert len(CASES) >= 6


def test_two_talks():
    doc = case("two_talks")
    assert [t.id for t in doc.talks] == ["naha", "sapporo"]
    naha, sapporo = doc.talks
    assert [s.number for s in naha.sections] == ["1", "2", "2.1", "2.2", "3"]
    assert [s.number for s in naha.slides] == [None, 1, 2, 3, None]
    assert naha.slides[1].title.text == "Introduction to Naha"
    assert sapporo.subtitle.ja.text == "～冬の資源を生かした国際協力～"
    assert sapporo.subtitle.en.text == "~Winter Resources for International Cooperation~"
    # Full-width doubled page numbers, alone or glued to a title.
    assert [s.number for s in sapporo.slides] == [None, 1, 2, 3, None]
    assert sapporo.slides[2].title.text == "Snow Festival Visitors"
    assert sapporo.speaker.name.text == "佐藤 花子"


def test_chapter_style_with_kanji_numerals_and_sections():
    doc = case("numbering_styles")
    sections = doc.talks[0].sections
    assert [(s.number, s.level, s.title.text) for s in sections] == [
        ("1", 1, "背景"), ("2", 1, "方法"), ("2.1", 2, "調査"), ("2.2", 2, "分析"), ("3", 1, "結論"),
    ]
    # (1)-style labels inside numbered chapters stay paragraphs.
    assert [p.text for p in sections[0].paragraphs][1] == "（１）人口"


def test_parenthesised_numbers_number_sections_when_alone():
    sections = case("paren_only").talks[0].sections
    assert [(s.number, s.title.text) for s in sections] == [("1", "城の保存"), ("2", "町並み"), ("3", "観光")]


def test_hyphenated_numbers_are_level_two():
    sections = case("hyphen_levels").talks[0].sections
    assert [(s.number, s.level) for s in sections] == [("1.1", 2), ("1.2", 2), ("2.1", 2), ("2.2", 2)]


def test_lost_digits_filled_by_the_sequence_as_hints_only():
    talk = case("lost_digits").talks[0]
    assert [s.number for s in talk.sections] == ["1", "2", "3", "3.1", "3.2", "4"]
    two = talk.sections[1]
    assert two.heading.text == GAP * 2 + "交流の現状" and two.title.text == "交流の現状"
    hints = {(h.line, h.col): h.candidates for h in talk.hints}
    # One hint per run of lost glyphs: the digits in the width of the neighbouring headings,
    # the separator the paper's own intact headings use.
    assert hints[(9, 0)] == ("２．",)
    assert hints[(15, 0)] == ("3.",)


def test_missing_slide_number_kept_in_place():
    slides = case("slides_only_numbers").talks[0].slides
    # the English title alone over the slides is title.en, no unnumbered slide of its own (helper bil67, trial 66c)
    assert [s.number for s in slides] == [1, 2, 3, None, 5, 6, None]
    assert slides[3].title.text == "Sister City Relations"
    assert slides[5].title.text == "Ferry Terminal Today"


def test_lines_before_the_first_talk_go_to_its_front():
    text = "Proceedings of a made-up seminar\n\n" + (golden.GOLDEN / "segment" / "cases" / "paren_only.in").read_text()
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    assert doc.unassigned == () and len(doc.talks) == 1
    assert doc.talks[0].front[0].text == "Proceedings of a made-up seminar"
    assert doc.talks[0].city.ja.text == "姫路市"
    assert conservation_problems(cleaned, doc) == []


def test_no_talk_structure_is_one_talk_of_front_text():
    cleaned = cleaned_from_text("Just some English text\nwith no talk in it\n")
    doc = segment(cleaned)
    assert len(doc.talks) == 1 and doc.unassigned == ()
    assert doc.talks[0].id == "just-some-english-text" and doc.talks[0].lang == "en"
    assert conservation_problems(cleaned, doc) == []


def test_japanese_block_without_city_line_is_still_a_talk():
    cleaned = cleaned_from_text("序論の題目\n1．はじめに\n本文である。\nSome English Title\nThank you\n")
    doc = segment(cleaned)
    assert [t.id for t in doc.talks] == ["some-english-title"]
    assert doc.talks[0].city.ja is None and doc.talks[0].title.ja.text == "序論の題目"
    assert [s.number for s in doc.talks[0].sections] == ["1"]
    assert conservation_problems(cleaned, doc) == []
