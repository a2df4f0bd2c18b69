"""Numbered lines that are no headings, and headings that are (made-up documents after TeX Live's manuals).

A PDF that sets its top-level headings larger than the body (``2 Node types`` at 14.3 pt over 10 pt text) numbers
a list's items at the body's size (``1: hlist node``, ``2: vlist node`` …, as eptexdoc lists ``\\lastnodetype``'s
values): they restart the count inside a section and stay its text, never sections, and the sequence of the real
headings goes on across them. A Japanese heading's title may open on a package's name in lower case
(``13 amsmathとの衝突の回避``, bxjscls; ``1.1 jsclasses.dtxからの主な変更点``, ltjsclasses), which keeps its number.
"""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, justified

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.model import Text
from pipeline.segment import segment
from pipeline.segment.sections import split_paper

BODY = ("Every list the typesetter builds ends in a node of one kind or another, and the primitive described",
        "here returns a number that says which kind it is, so that a macro can decide what to do next with it.")


def _items_pdf() -> bytes:
    runs, y = [], 760
    for number, title, items in (("1", "Overview", ()), ("2", "Node types", ("hlist node", "vlist node", "rule node")),
                                 ("3", "Usage", ())):
        runs.append((EN, 14.3, 72, y, f"{number} {title}"))
        y -= 24
        for line in BODY:
            runs += justified(line.split(), 72, 523, y)
            y -= 12
        for k, item in enumerate(items, start=1):
            runs.append((EN, 10, 100, y, f"{k}: {item}"))
            y -= 12
        for line in BODY:
            runs += justified(line.split(), 72, 523, y)
            y -= 12
        y -= 12
    return drawn_pdf([runs])


def test_a_list_at_the_body_size_under_larger_headings_stays_the_section_text():
    talk = segment(clean(extract(_items_pdf(), name="nodes.pdf"))).talks[0]
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Overview"), ("2", "Node types"), ("3", "Usage")]
    text = " ".join(p.text for p in talk.sections[1].paragraphs)
    assert "1: hlist node" in text and "3: rule node" in text


def test_a_japanese_title_opening_on_a_package_name_in_lower_case_keeps_its_number():
    lines = [Text.from_raw(s, line=i + 1) for i, s in enumerate((
        "1 はじめに", "この文書は説明書です。", "1.1 jsclasses.dtxからの主な変更点", "変更点を述べる。",
        "2 amsmathとの衝突の回避", "衝突を避ける。", "3 初期設定", "設定する。"))]
    paper = split_paper(lines)
    assert [(s.number, s.level) for s in paper.sections] == [("1", 1), ("1.1", 2), ("2", 1), ("3", 1)]


def test_an_index_entry_is_no_heading_by_its_name_or_its_page_numbers():
    # mugsthesis's index: an entry named like a section (``acknowledgments``) over its leader and pages, and an
    # entry's pages wrapped onto a line of their own (``6, 7, 8, …`` after section 5)
    body = [s for n, title in enumerate(("Introduction", "Options", "Usage", "Commands", "Implementation"), start=1)
            for s in (f"{n} {title}", "The class sets the pages of a thesis as the graduate school asks.")]
    lines = [Text.from_raw(s, line=i + 1) for i, s in enumerate((
        *body, "Index", "acknowledgments", "(env.) . . . . . 3, 76", "\\DeclareOption 3, 4, 5,",
        "6, 7, 8, 9, 10, 11, 12", "dedication (env.) . . 3, 87"))]
    paper = split_paper(lines)
    # the index is a section of its own (issue 16: an index at the end is its own section, never the one before's)
    assert [(s.number, s.title.text) for s in paper.sections][-2:] == [("5", "Implementation"), (None, "Index")]
    assert "acknowledgments" in [p.text for p in paper.sections[-1].paragraphs]
