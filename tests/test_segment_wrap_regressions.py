"""Wraps and heading levels that last session's wrap joins got wrong (issue 16, point 4; real-PDF renders of 5dea87a):
a hanging reference the clean stage joined at a hyphen (oup: ``…Uni-`` / ``fied …generalization.`` / ``In
Proceedings…`` split after its second line), an index's entry glued to the next entry's key set out to its left
(pldoc: ``…有効化 . . 19`` + ``\\selectfont: …``), and an unnumbered chapter's heading a level down where sections
outnumber chapters at one measured size (ArsClassica's ``ACKNOWLEDGEMENTS``). Each test failed on 5dea87a."""

from __future__ import annotations

import pytest
from pdfmaker import EN, drawn_pdf, justified
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.model import LineLayout, Text
from pipeline.segment.layout import Layout
from pipeline.segment.paragraphs import join_wraps
from pipeline.segment.sections import _document_levels

LEFT = (66.0, 291.0)


def _texts(pages: list[list]) -> list[str]:
    cleaned = clean(extract(drawn_pdf(pages, size=(612, 792)), name="made-up/p.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return [t.text for talk in doc.talks for t in talk.front] + [
        p.text for talk in doc.talks for s in talk.sections for p in s.paragraphs]


BODY = [
    "Small islands depend on one ferry route for work, school and".split(),
    "trade, and the timetable decides how long each trip takes from".split(),
    "door to door. Waiting at the quay is the largest part of a trip".split(),
    "for most travellers, and it grows where sailings are few and".split(),
    "far between, as they are on the smaller routes we studied.".split(),
]


def test_a_hanging_reference_joined_at_a_hyphen_goes_on_past_its_title():
    # the first two lines of the entry, joined by the clean stage at ``Uni-`` / ``fied``, start at the margin: the
    # third, set in under the second, is no paragraph of its own though the second ends the title's sentence
    page = [(EN, 16, 120, 730, "Ferry Timetables and Waiting Time in Island Towns"), (EN, 12, 66, 690, "1 Introduction")]
    y = 675.0
    for words in BODY[:-1]:
        page += justified(words, LEFT[0], LEFT[1], y)
        y -= 12.5
    page += [(EN, 10, LEFT[0], y, " ".join(BODY[-1])), (EN, 12, 66, y - 30, "References")]
    y -= 45
    entry = [(66.0, "A. Holm, B. Dahl, C. Lund, and D. Berg. Uni-".split()),
             (80.0, "fied timetables for ferries of small island routes.".split()),
             (80.0, "In Proceedings of the Island Transport Conference,".split())]
    for x0, words in entry:
        page += justified(words, x0, LEFT[1], y, 8.5)
        y -= 10.5
    page += [(EN, 8.5, 80.0, y, "pages 45–60, 2017.")]
    y -= 13
    page += justified("E. Sand and F. Vik. Waiting at the quay: a study of".split(), 66.0, LEFT[1], y, 8.5)
    page += [(EN, 8.5, 80.0, y - 10.5, "three routes. Maritime Review, 7(2):1–9, 2020.")]
    texts = _texts([page])
    assert ("A. Holm, B. Dahl, C. Lund, and D. Berg. Unified timetables for ferries of small island routes. "
            "In Proceedings of the Island Transport Conference, pages 45–60, 2017.") in texts, texts
    assert "E. Sand and F. Vik. Waiting at the quay: a study of three routes. Maritime Review, 7(2):1–9, 2020." in texts


def _lines(rows, step: float, height: float, size: float, font: str) -> tuple[list[Text], Layout]:
    """Lines of one PDF page from ``(text, x0, indent, width, x1)`` rows, one under the other ``step`` points apart."""
    layouts = tuple(LineLayout(page=1, indent=indent, width=width, x0=x0, y0=600.0 - step * n, x1=x1,
                               y1=600.0 + height - step * n, size=size, font=font, vertical=False, note=False)
                    for n, (_, x0, indent, width, x1) in enumerate(rows))
    return [Text.from_raw(text, n) for n, (text, *_) in enumerate(rows, 1)], Layout(layouts, ())


def test_an_index_key_set_out_left_of_the_entry_before_opens_its_own_entry():
    # a change history's index (pldoc's geometry): under a version's line, each key (``\\kanjiskip: …``) set in by two
    # characters, its entry's later line set in by three and ending on its page number at the column's edge; the next
    # key starts left of that line, so it opens the next entry (before, a line set in was read as carrying the indent
    # of the line before it on, whichever side the next line started)
    rows = [("2004/08/10 plfonts.dtx v1.3n", 326.5, 0, 28, 460.0),
            ("\\kanjiskip: 和文文字の間に入る空白", 341.5, 2, 34, 498.0),
            ("の量を変更できるようにした . . 19", 356.4, 3, 34, 498.4),
            ("\\xkanjiskip: 和文と欧文の間の空白", 341.5, 2, 34, 498.0),
            ("の量を変更できるようにしたのを修正23", 356.4, 3, 34, 498.4),
            ("\\selectfont: 和文エンコーディング", 341.5, 2, 34, 498.0),
            ("の切り替えを有効にした . . . . . 32", 356.4, 3, 34, 498.4)]
    texts, layout = _lines(rows, step=10.7, height=9.0, size=8.8, font="Mincho")
    joined = [t.text for t in join_wraps(texts, layout, None)[0]]
    assert not any(". . 19" in t and "xkanjiskip" in t for t in joined), joined
    assert not any("修正23" in t and "selectfont" in t for t in joined), joined


@pytest.mark.parametrize("before, end", [("6.2 数字的用法", "不能"), ("6.2 数字的用法", "在2021"), ("6.2 数字的用法", "如图3"),
                                         ("上一段的最后一行在这里结束。", "共12")])
def test_a_first_line_indented_over_lines_set_further_left_is_one_paragraph(before, end):
    # the guard of the rule above (hitszthesis): a paragraph's indented first line over its later lines set left of
    # it (all set in from the text box's edge, which a heading holds) goes on; so it does where it ends on a number, a
    # year or a figure's number at its wrap, under a heading or a sentence's end, where no index key stands over it
    # (review of 2 December: ``…总结，在2021`` / ``与摘要…`` was cut after its first line)
    rows = [(before, 79.0, 0, 14, 250.0),
            ("结论应是作者在学位论文研究过程中所取得的创新性成果的概要总结，" + end, 109.0, 3, 66, 510.2),
            ("与摘要混为一谈。博士学位论文结论应包括论文的主要结果、创新点、展望三部", 85.0, 1, 70, 510.2),
            ("分，在结论中应概括论文的核心观点，明确、客观地指出本研究内容的创新性成", 85.0, 1, 70, 510.2),
            ("果。", 85.0, 1, 4, 110.0)]
    texts, layout = _lines(rows, step=19.3, height=12.0, size=12.0, font="SimSun")
    headings = frozenset({0}) if before.startswith("6.2") else frozenset()
    joined = [t.text for t in join_wraps(texts, layout, None, headings)[0]]
    assert joined[1:] == ["".join(text for text, *_ in rows[1:])], joined


def test_an_unnumbered_heading_in_the_chapters_capitals_is_a_chapter_where_sections_share_their_size():
    # ``1 FUNDAMENTALS`` (capitals) and ``1.1 introduction``, ``1.2 use`` (small letters) measure one size; the
    # unnumbered ``ACKNOWLEDGEMENTS`` and ``BIBLIOGRAPHY`` in capitals at that size are chapters, level 1
    kinds = ["plain", "numbered", "numbered", "numbered", "numbered", "plain"]
    capitals = [True, True, False, False, True, True]
    assert _document_levels([1, 1, 2, 2, 1, 1], kinds, [14.35] * 6, 8.5, capitals) == [1, 1, 2, 2, 1, 1]
    # and an unnumbered heading in small letters beside them is a section
    assert _document_levels([1, 1, 2, 2, 1, 1], kinds, [14.35] * 6, 8.5, [True, True, False, False, True, False])[5] == 2
