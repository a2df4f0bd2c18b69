"""Helper pdf68 (issue 16 point 4: paragraphs in PDFs from the document's own measure), after fresh-user trial 67b.
Inputs made with reportlab (tests/data/pdf68/gen.py, also under /work/regress/in_pdf68/): short Japanese PDFs, double-,
1.5- and single-spaced, whose blocks show no measure by counting columns (a paragraph or two a page, headings among
them), with near misses.

1. A Japanese line of running text that reaches the measure its setting's lines show over the whole document
   (``measures.document_edges``), or stops a few characters short of it, on a letter mid-sentence, goes on in the
   next line right under it at one pitch, not set in (``paragraphs.join_wraps``' ``measure_goes_on``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import only_talk_of, paragraph_texts

DATA = Path(__file__).parent / "data" / "pdf68"


def _talk(name):
    return only_talk_of(DATA / name)


@pytest.mark.parametrize("name, sentence, section", [
    ("ja_double_short_minutes.pdf", "運行方法を検討する必要がある", "議題1　バス路線の再編"),        # double-spaced
    ("ja_onehalf_short_flyer.pdf", "毎月第二土曜日に清掃活動を行っています。", "会の紹介"),              # 1.5-spaced
    ("ja_single_short_library.pdf", "新しい図書館の利用方法をご案内します。", "移転のお知らせ"),       # single, set from 90 pt
])
def test_a_line_at_the_documents_measure_stopping_mid_sentence_goes_on68(name, sentence, section):
    talk, _ = _talk(name)
    [paragraph] = [p.text for s in talk.sections if s.heading.text == section for p in s.paragraphs][:1]
    assert sentence in paragraph
    assert not any(s.heading is None for s in talk.sections)


def test_a_wrap_the_words_tell_still_joins_at_the_measure68():
    talk, _ = _talk("ja_double_short_report.pdf")
    assert any("今も地域の重要な観光資源として" in p for p in paragraph_texts(talk))


# near misses: a line short of the measure, a list's short lines, a marked item, a sentence's end ---------------------

@pytest.mark.parametrize("name, line", [
    ("near_ja_double_short_end.pdf", "ご意見は、市役所の窓口または電子メールでお寄せください"),  # short of the measure
    ("near_ja_double_list.pdf", "お弁当と水筒"),
    ("near_ja_double_list.pdf", "しきもの"),
    ("near_ja_double_items.pdf", "・体操教室の参加者による見守り活動"),
    ("near_ja_double_items.pdf", "予算額は、前年度と同額の三百万円である。"),
    ("near_en_double_list.pdf", "sturdy walking boots"),
    ("near_en_double_indent_end.pdf", "The treasurer reported a small surplus, which will pay for a new water tank."),
])
def test_a_line_the_measure_does_not_carry_on_stays_a_paragraph68(name, line):
    talk, _ = _talk(name)
    assert line in paragraph_texts(talk)


def test_a_double_spaced_pdfs_indented_paragraphs_stay_apart68():
    talk, _ = _talk("en_double_indent.pdf")
    texts = paragraph_texts(talk)
    assert len(texts) == 3 and texts[1].startswith("Divers took samples") and texts[1].endswith("were counted.")


# 2. a paragraph's tail atop the next page (three lines or more), in a PDF that indents its paragraphs -----------------
# (tests/data/pdf68/gen_cols.py: page 1's last column broken a line short, or a one-column page, closing on a full
# line that ends a sentence; page 2 opening on the paragraph's tail, flush, then white or an indented paragraph)

FIRST_JA = "港に人を呼び戻すためのさまざまな試みを続けてきた。"
TAIL_JA = "その成果は天候や季節、駐車場が無料かどうかによって大きく異なっていた。"


@pytest.mark.parametrize("name, first", [
    ("col2_ja_tail3_fullstop_indent.pdf", FIRST_JA),                         # two columns, indents, no white
    ("col2_ja9_tail3_fullstop_indent_white.pdf", "港に人々を呼び戻すためのさまざまな試みを続けてきた。"),  # indents and white, 9 pt
    ("one_ja_page_tail_fullstop_indent.pdf", "港に人を呼び戻すための試みを続けてきた。"),  # one column, 1.5-spaced
])
def test_a_flush_tail_atop_the_next_page_goes_on_where_indents_open_paragraphs68(name, first):
    talk, _ = _talk(name)
    assert any(first + TAIL_JA in p for p in paragraph_texts(talk))


@pytest.mark.parametrize("name, first, next_start", [
    # the next paragraph opens page 2 set in: its own paragraph
    ("near_one_ja_page_next_indented.pdf", "港に人を呼び戻すための試みを続けてきた。", "漁船が半数以上減った町"),
    # no indents: the short column's break over the page-top lines and their white reads as col66's paragraph end
    ("col2_ja_tail3_fullstop.pdf", FIRST_JA, "その成果は"),
    ("col2_en_tail3_fullstop.pdf", "boat quite small local shows.", "The results depend"),
])
def test_a_page_tops_paragraph_the_layout_opens_stays_apart68(name, first, next_start):
    texts = paragraph_texts(_talk(name)[0])
    k = next(k for k, p in enumerate(texts) if p.endswith(first))
    assert texts[k + 1].startswith(next_start)


@pytest.mark.parametrize("name, joined", [
    ("col2_en_tail3_fullstop_indent.pdf", "boat quite small local shows. The results depend"),
    ("col2_ja_tail3_midsentence.pdf", "さまざまな試みを続けてきたが、その成果は"),
    ("col2_en_tail3_midsentence.pdf", "weekend markets to summer festivals"),
])
def test_a_tail_the_words_or_indents_carry_on_joins_as_before68(name, joined):
    assert any(joined in p for p in paragraph_texts(_talk(name)[0]))


# 3. a display a PDF broke into pieces (a big operator's limits, a fraction's parts, glyphs parted by TABs) ------------
# (tests/data/pdf68/gen_eq.py; the JSS-style vignettes of /work/regress/real66b)

@pytest.mark.parametrize("name, numbers", [
    ("eq_two_en.pdf", ["(10)", "(12)"]),          # two sums, one under the other
    ("eq_two_frac_en.pdf", ["(8)", "(9)"]),       # two fractions (pdfminer reads one's denominator beside the next one's top)
    ("eq_sum_frac_en.pdf", ["(14)", "(20)"]),     # a sum over a fraction
])
def test_a_display_broken_into_pieces_is_one_block68(name, numbers):
    texts = paragraph_texts(_talk(name)[0])
    lead = next(k for k, p in enumerate(texts) if p.startswith(("The moving sums", "For a break", "The process and")))
    tail = next(k for k, p in enumerate(texts) if p.startswith(("and both", "where the maximum")))
    display = texts[lead + 1:tail]
    assert 1 <= len(display) <= len(numbers)  # a block a display (or one for the two, where pdfminer read them as one)
    assert all(any(n in p for p in display) for n in numbers)


@pytest.mark.parametrize("name, text", [
    ("eq_sum_en.pdf", "W(t) = k+n S u / s i=k+1 (0 < t < 1), (7)"),  # a display pdfminer read as one line: as before
    ("eq_fraction_en.pdf", "F = u'u - e'e ______________ . e'e / (n - 2k) (23)"),
    ("near_eq_table_en.pdf", "A\tn = 12\tx < 3"),  # a table's rows of letters and relations: no display's number, rows
    ("near_eq_table_en.pdf", "C\tn = 9\tx < 4"),
])
def test_a_display_read_whole_and_a_tables_rows_stay_as_they_were68(name, text):
    assert text in paragraph_texts(_talk(name)[0])
