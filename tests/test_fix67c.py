"""Helper fix67c (issue 16 point 4: page furniture and page numbers to the ledger), after fresh-user trial 67b.
The trial's inputs and made-up ones of the same kinds, other wording, languages and layouts, with near misses
(tests/data/fix67c/, also under /work/regress/in_fix67c/).

1. A page foot printed once in a dump, the document's title words with the page's number set off by a wide gap
   (``Greenfield Community Food Bank - Annual Report 2024                      4``), standing apart from the text,
   is furniture; a table's row ending in a number after a wide gap (``Volunteers          4``) stays.
2. A one-page PDF that prints no other page number may be cut from a booklet: its small-print dashed foot with a
   folio other than 1 (``Oakfield Recipe Booklet  -  7``) is a running footer; a one-word label's number stays.
3. A PDF's notes opening on plain digits the body calls (``…cooler.1``, ``1 White roofs …`` / ``2 Rain days …``) are one
   footnote each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenting import furniture_of, only_talk_of, paragraph_texts, segment_file

DATA = Path(__file__).parent / "data" / "fix67c"


def _doc(name):
    return segment_file(DATA / name)


def _talk(name):
    return only_talk_of(DATA / name)


# 1. a lone page foot with the document's title words ---------------------------------------------------------------

@pytest.mark.parametrize("name, foot", [
    ("t67b_annual_report_en.txt", "Greenfield Community Food Bank"),
    ("foot_ja_report.txt", "みなと市観光協会"),
    ("foot_de_bericht.txt", "Stadtwerke Talheim – Jahresbericht"),
    ("foot_ff_newsletter_en.txt", "Riverside Library Newsletter"),
])
def test_a_lone_foot_with_the_titles_words_and_a_folio_is_furniture67(name, foot):
    talk, ledger = _talk(name)
    assert not any(foot in p for p in paragraph_texts(talk))
    assert any(reason == "running-footer" and foot in text for reason, text in furniture_of(ledger))


@pytest.mark.parametrize("name, row", [
    ("foot_near_tablerow_en.txt", "Volunteers          4"),
    ("foot_near_tablerow_en.txt", "Harbour Sailing Club          9"),  # the title's words, glued to the table's rows
    ("foot_de_bericht.txt", "Stadtwerke Talheim\t12"),
])
def test_a_rows_number_after_a_wide_gap_stays67(name, row):
    talk, ledger = _talk(name)
    assert any(row in p for p in paragraph_texts(talk))
    assert not any(row.split()[0] in text and reason == "running-footer" and text.strip().endswith(row.split()[-1])
                   for reason, text in furniture_of(ledger))


# 2. a one-page PDF cut from a booklet: a small-print foot with the booklet's folio ------------------------------------

@pytest.mark.parametrize("name, foot", [
    ("t67b_pdf_recipe_doubled_en.pdf", "Oakfield Recipe Booklet  -  7"),
    ("excerpt_garden_guide_en.pdf", "Millbrook Allotment Society Handbook - 12"),
    ("excerpt_walks_ja.pdf", "みどり市 ふるさと散策ガイド - 23"),
    ("excerpt_parish_en.pdf", "St Anne's Parish Magazine | Page 5"),
])
def test_a_one_page_excerpts_small_print_foot_with_its_folio_is_a_running_footer67(name, foot):
    talk, ledger = _talk(name)
    assert ("running-footer", foot) in [(r.reason, r.text.strip()) for r in ledger]
    assert not any(" ".join(foot.split()) in " ".join(p.split()) for p in paragraph_texts(talk))


def test_a_one_word_labels_number_at_the_foot_stays_text67():
    talk, ledger = _talk("near_excerpt_part_en.pdf")
    assert paragraph_texts(talk)[-1] == "Library Building Works - Part - 3"
    assert not [r for r in ledger if r.reason == "running-footer"]


# 3. a PDF's notes in plain digits, one under the other: each its own footnote ----------------------------------------

@pytest.mark.parametrize("name, count", [
    ("t67b_pdf_twocol_paper_en.pdf", 2),
    ("notes_two_en.pdf", 2),
    ("notes_three_en.pdf", 3),
    ("notes_twocol_canals_en.pdf", 3),
    ("notes_twocol_markets_en.pdf", 2),
])
def test_each_note_the_body_calls_in_plain_digits_is_its_own_footnote67(name, count):
    talk, _ = _talk(name)
    notes = [n.text for n in talk.footnotes]
    assert [n.split()[0] for n in notes] == [str(k) for k in range(1, count + 1)]
    assert all(f" {k + 1} " not in n for k, n in enumerate(notes))


# 4. a double-spaced Japanese PDF's wrapped sentence (helper pdf68: the document's own measure, tests/test_pdf68.py) --

def test_a_double_spaced_pdfs_sentence_wrapped_mid_clause_is_one_paragraph67():
    # every line of the guide stands at one pitch (18 pt at 10.5 pt: double spacing) and each page holds a paragraph
    # or two, so no block shows its measure by counting; the two pages' lines together do (481.5 and 492 pt from 72)
    talk, _ = _talk("t67b_pdf_museum_guide_ja.pdf")
    assert any("潮の干満を利用して海水を" in p for p in paragraph_texts(talk))
