"""Kanji numerals heading a paper's sections (issue 16 point 2, trial 30): ``一　…``, ``二　…`` with an ideographic
space, as a vertical paper sets them, or ``一．`` / ``一、``; numbered ``1``, ``2`` as ``第一章`` is. Made-up documents,
a text dump and a vertical PDF."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from segment_inputs import run_text

PROSE = "港町では古くから海を越えた交流が続いてきた。近年は若い世代の参加が増えている。"


@pytest.mark.parametrize("sep", ["\u3000", "．", "、"])
def test_kanji_numbered_sections_in_a_text_dump(sep):
    text = "港町の国際交流\n\n山田　太郎\n\n" + "".join(f"{k}{sep}{t}\n{PROSE}\n\n" for k, t in
                                                   [("一", "交流の歴史"), ("二", "現在の取り組み"), ("三", "今後の課題")])
    [talk] = run_text(text).talks
    assert [(s.number, s.level, s.title.text) for s in talk.sections] == [
        ("1", 1, "交流の歴史"), ("2", 1, "現在の取り組み"), ("3", 1, "今後の課題")]
    assert talk.sections[0].heading.text == f"一{sep}交流の歴史"


def test_a_kanji_numeral_before_an_ascii_space_numbers_nothing():
    from pipeline.numbering import explicit_number

    assert explicit_number("一　交流の歴史").label == (1, 0, 0) and explicit_number("十二　まとめ").label == (12, 0, 0)
    assert explicit_number("一 つの例") is None and explicit_number("一　") is None


def test_kanji_headings_under_chapters_are_their_subsections():
    # short kanji-numbered titles over the chapter's prose are its subsections (helpers judg69 and fix69f: a point
    # under 第N read as the ladder's next level; had stayed the chapter's text since trial 30)
    text = ("港町の国際交流\n\n山田　太郎\n\n第1章　交流の歴史\n" + PROSE + "\n一　明治の開港\n" + PROSE + "\n二　戦後の姉妹都市\n"
            + PROSE + "\n第2章　今後の課題\n" + PROSE + "\n")
    [talk] = run_text(text).talks
    assert [(s.number, s.level) for s in talk.sections] == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1)]


def test_kanji_numbered_sentences_under_chapters_stay_the_chapters_text():
    # near miss: kanji-numbered sentences are the chapter's items
    text = ("港町の国際交流\n\n山田　太郎\n\n第1章　交流の歴史\n" + PROSE + "\n一　明治の開港により、外国船が入港するようになった。\n"
            + "二　戦後は姉妹都市の提携が進み、市民の往来が増えた。\n第2章　今後の課題\n" + PROSE + "\n")
    [talk] = run_text(text).talks
    assert [s.number for s in talk.sections] == ["1", "2"]


def test_kanji_numbered_sections_in_a_vertical_pdf():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf, vertical_columns
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    body = "港町では古くから海を越えた交流が続いてきた。近年は若い世代の参加が増えている。"
    columns = ["港町の国際交流", "", "山田　太郎", "", "一　交流の歴史", body, body, "", "二　今後の課題", body, body]
    runs = [r for r in vertical_columns(columns, right=540, top=780, size=10.5, pitch=20) if r[4]]
    cleaned = clean(extract(drawn_pdf([runs]), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "交流の歴史"), ("2", "今後の課題")]


def test_months_justified_to_one_width_are_no_sections():
    """Review of 2 December: a schedule's months set ``一　月`` (justified to the width of ``十一月``) became sections
    1, 2, 3, 4 titled ``月　…``, with no text; a counter after the ideographic space is the numeral's, no title's."""
    from pipeline.numbering import explicit_number

    schedule = "".join(f"{k}\u3000月\u3000{t}\n" for k, t in [("一", "新年交流会"), ("二", "役員会"), ("三", "総会"),
                                                             ("四", "花見の会")])
    text = ("年間行事予定\n\n本会の今年度の行事は次のとおりです。会員の皆様のご参加をお待ちしています。\n\n" + schedule
            + "\n詳しくは事務局までお問い合わせください。\n")
    [talk] = run_text(text).talks
    assert [(s.number, s.title.text, s.heading) for s in talk.sections] == [(None, "", None)]  # no heading: the text is the body, untitled (helper body50)
    # a title whose first word opens with a counter's letter still heads its section
    assert explicit_number("二\u3000人材の育成").label == (2, 0, 0) and explicit_number("一\u3000日本の課題").label == (1, 0, 0)
    assert explicit_number("三\u3000月") is None and explicit_number("十\u3000日の会") is None
    assert explicit_number("四\u3000回目\u3000総会") is None
