"""A white paper's or report's chapter heading at the top of a file with no cover (issue 16, helper head58): the
chapter is section 1 (its number, its title), never the document's title, and the title stays null even where
nothing else gives one (decision: docs/segment.md, *A chapter heading opening the file*). Checked on made-up inputs
(also under /work/regress/in_head58/); main already read them so, so these tests hold that decision, they fix no
fault. Sections numbered from 1 again under each chapter (``第1章`` / ``１　総人口`` / ``２　世帯数``) had been the
chapter's paragraphs; they are its sections ``1.1``, ``1.2`` now (``sections._restarted_under_chapters``)."""

from __future__ import annotations

import pytest

from segmenting import only_talk

JA = "\n\n本市の人口は、平成十七年をピークに減少を続けている。令和五年の人口は約十二万人であった。\n\n"
EN = "\n\nThe population of the county fell for the tenth year running. Most of the loss was in rural parishes.\n\n"


@pytest.mark.parametrize("text, sections", [
    ("第1章　人口の動向" + JA + "第2章　産業の動向\n\n製造業の出荷額は横ばいで推移している。\n", [("1", "人口の動向"), ("2", "産業の動向")]),
    ("第一章　観光の現状" + JA + "第二章　課題\n\n宿泊施設の不足が続いている。\n", [("1", "観光の現状"), ("2", "課題")]),
    ("第3章　財政の状況" + JA, [("3", "財政の状況")]),
    ("Chapter 1 Population" + EN + "Chapter 2 Employment\n\nEmployment grew in services.\n", [("1", "Population"), ("2", "Employment")]),
    ("Chapter 1: Housing" + EN + "Chapter 2: Transport\n\nBus use fell.\n", [("1", "Housing"), ("2", "Transport")]),
    ("CHAPTER 1\nPOPULATION" + EN + "CHAPTER 2\nEMPLOYMENT\n\nEmployment grew in services.\n", [("1", "POPULATION"), ("2", "EMPLOYMENT")]),
])
def test_a_chapter_opening_the_file_is_section_one_and_no_title(text, sections):
    talk, _ = only_talk(text)
    assert talk.title.ja is None and talk.title.en is None
    assert [(s.number, s.title.text) for s in talk.sections] == sections
    assert talk.id == "document"


def test_a_cover_title_over_the_chapters_is_the_title():
    talk, _ = only_talk("令和６年版　まちの統計白書\n\n第1章　人口の動向" + JA + "第2章　産業の動向\n\n製造業の出荷額は横ばいで推移している。\n")
    assert talk.title.ja.text == "令和6年版\u3000まちの統計白書"
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_sections_restarting_under_each_chapter_are_its_subsections():
    talk, _ = only_talk("第1章　人口の動向" + JA + "１　総人口\n\n総人口は減っている。\n\n２　世帯数\n\n世帯数は増えている。\n\n"
                        "第2章　産業の動向\n\n出荷額は横ばいである。\n\n１　製造業\n\n出荷額は横ばいである。\n")
    assert [s.number for s in talk.sections] == ["1", "1.1", "1.2", "2", "2.1"]


@pytest.mark.parametrize("under", [
    "１　総人口\n２　世帯数\n３　年齢構成\n",  # a list right under the chapter's text: no sections
    "１　電話\n\n022-111-2222\n\n２　ファクス\n\n022-111-3333\n",  # items over values with no sentence: fields
])
def test_a_list_or_fields_under_a_chapter_stay_its_text(under):
    talk, _ = only_talk("第1章　人口の動向" + JA + under + "\n第2章　産業の動向\n\n出荷額は横ばいである。\n")
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_sections_restarting_under_english_chapters():
    talk, _ = only_talk("Chapter 1 Population" + EN + "1 Births\n\nBirths fell again.\n\n2 Deaths\n\nDeaths rose.\n\n"
                        "Chapter 2 Employment\n\nEmployment grew in services.\n\n1 Services\n\nShops hired.\n\n"
                        "2 Farming\n\nFarms shed jobs.\n")
    assert [(s.number, s.level) for s in talk.sections] == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1), ("2.1", 2), ("2.2", 2)]
