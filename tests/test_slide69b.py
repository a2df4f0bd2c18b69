"""Page furniture read as slides (issue 16 point 4, helper slide69b; docs/limits.md, fresh-user trials 68c and 68d).

1. A head or foot combining a folio with running text, the folio on either side (``Page 6    Coastal Cities Seminar
   2025``): its folio is the page word's number set off by the wide space, never the year after a word space
   (``furniture._folio_read``), so the copies rise and are furniture; printed once, it is furniture where its folio
   carries on the volume's page sequence (``furniture.sequenced_folio_lines``).
2. A foot printed once whose text ends on a year (``Alpine Towns Forum 2023 - 58``: ``pagenumbers.dashed_folio``), or
   whose words differ from the title while its folio carries on the neighbouring pages' folios: furniture, no slide.
3. A proceedings PDF whose every page prints the volume's folio at its foot, its slides none: the slides' pages carry
   on the paper's folios (``furniture.continued_page_numbers`` with the folios extraction set aside on the paper's
   pages), so the slides stay unnumbered, one a page; in a dump without form feeds the folios set aside still part
   the slides' pages (``stage._paged_at_volume_folios``).

Near misses: a deck alone numbered by its page feet (text or PDF), a proceedings PDF whose slides print their own
``- 1 -`` where the papers print none, a paper's sentence ``Page 6 of the report shows …``, a heading ``2025 Seminar``,
a table's row whose number does not carry on the pages (``Drivers            4`` on page 4).

Inputs: ``tests/data/slide69b/`` (copies of ``/work/regress/in_slide69b/``, its PDFs made by ``make.py`` there, and
the trials' ``open_header_dot.txt``, ``k2_en_dash_two_each_deck_then_three.txt``, ``t68d_procpdf.pdf``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.pagenumbers import dashed_folio
from tests.segment_inputs import furniture, paragraphs, run_file, slide_rows

DATA = Path(__file__).parent / "data" / "slide69b"


def _run(name: str):
    return run_file((DATA / name).read_bytes(), name)


def _slide_texts(doc) -> list[str]:
    return [s.title.text for t in doc.talks for s in t.slides if s.title] \
        + [line.text for t in doc.talks for s in t.slides for line in s.lines]


def _text(doc) -> list[str]:
    return _slide_texts(doc) + [p for t in doc.talks for p in paragraphs(t)] \
        + [line.text for t in doc.talks for line in t.front]


# -- 1. a head with its folio on either side ------------------------------------------------------------------------

HEADS = [
    ("open_header_dot.txt", "Coastal Cities Seminar 2025", 4),
    ("p1_en_pword_left_four.txt", "Northern Ports Symposium 2024", 4),
    ("p1_en_once_between.txt", "Coastal Cities Seminar 2025", 1),
]


@pytest.mark.parametrize("name,head,copies", HEADS)
def test_head_with_its_folio_is_furniture(name, head, copies):
    doc = _run(name)
    rows = [(text, reason) for text, reason in furniture(doc) if head in text]
    assert len(rows) == copies, furniture(doc)
    assert all(reason in ("running-header", "running-footer") for _, reason in rows)
    assert not any(head in s for s in _slide_texts(doc) + [p for t in doc.talks for p in paragraphs(t)])


def test_open_header_dot_slides_are_numbered_by_their_lines():
    doc = _run("open_header_dot.txt")
    assert [[n for n, _, _ in slide_rows(t)] for t in doc.talks] == [[1, 2, 3, 4], [1, 2, 3]]


# -- 2. a foot printed once ------------------------------------------------------------------------------------------

FEET = [
    ("k2_en_dash_two_each_deck_then_three.txt", "Alpine Towns Forum 2023 - 58"),
    ("p2_en_foot_other_words.txt", "Lakes Region Forum Proceedings - 42"),
    ("p2_ja_foot_other_words.txt", "山陰まちづくりセミナー記録\u3000―\u300028"),
]


@pytest.mark.parametrize("name,foot", FEET)
def test_foot_printed_once_is_furniture(name, foot):
    doc = _run(name)
    assert (foot, "running-footer") in furniture(doc)
    assert not any(foot in s for s in _text(doc))


def test_foot_carrying_on_the_pages_numbers_no_slide():
    # its folio is the volume's page 42, neither a slide's number nor a line of one
    doc = _run("p2_en_foot_other_words.txt")
    assert all(n in (None, 1, 2) for t in doc.talks for n, _, _ in slide_rows(t))
    assert not any("42" in s for s in _slide_texts(doc))


def test_japanese_foot_other_words_leaves_the_paper_a_paper():
    doc = _run("p2_ja_foot_other_words.txt")
    (talk,) = doc.talks
    assert [s.title.text for s in talk.sections] == ["はじめに", "取り組み", "成果", "おわりに"]
    assert talk.slides == ()


def test_dashed_folio_after_a_year_and_its_near_misses():
    assert dashed_folio("Alpine Towns Forum 2023 - 58")[1] == 58
    assert dashed_folio("Strategic Plan 2019 - 2023") is None  # a range of years
    assert dashed_folio("Budget 2024 - 25") is None  # a fiscal year
    assert dashed_folio("Final score 3 - 1") is None
    assert dashed_folio("質疑応答 ― 2") is None  # a short Japanese label


# -- 3. a proceedings PDF numbered by its page feet ------------------------------------------------------------------

PROCEEDINGS = [
    ("t68d_procpdf.pdf", [["Hamamatsu: City of Music", "Our Programmes"], ["Matsumoto: Gateway to the Alps", "Challenges"]]),
    ("p3_procpdf_pword.pdf", [["Kanazawa: City of Crafts", "Craft Tourism Routes"], ["Toyama: Trams First", "Challenges"]]),
    ("p3_procpdf_bare.pdf", [["Kanazawa: City of Crafts", "Craft Tourism Routes"], ["Toyama: Trams First", "Challenges"]]),
]


@pytest.mark.parametrize("name,titles", PROCEEDINGS)
def test_volume_folios_number_no_slide(name, titles):
    doc = _run(name)
    assert [[(n, title) for n, title, _ in slide_rows(t)] for t in doc.talks] == [[(None, x) for x in ts] for ts in titles]
    assert len([r for r in doc.ledger if r.reason == "page-number"]) == 6


def test_volume_folios_from_page_31_number_no_slide():
    # (the base tree read this one right already: its folios 32, 33 are beyond a deck's count)
    doc = _run("p3_procpdf_ja_offset.pdf")
    assert [[n for n, _, _ in slide_rows(t)] for t in doc.talks] == [[None, None], [None, None]]


# -- near misses (they pass on the base tree too: what the rules must not touch) ---------------------------------------

def test_deck_alone_keeps_its_page_numbers():
    doc = _run("nm_deck_own_page_numbers.txt")
    assert [n for n, _, _ in slide_rows(doc.talks[0])][-3:] == [2, 3, 4]
    doc = _run("nm_deckpdf_alone.pdf")
    assert [n for n, _, _ in slide_rows(doc.talks[0])] == [1, 2, 3, 4]


def test_deck_alone_numbered_by_its_feet_keeps_them():
    doc = _run("nm_deck_page_word_feet.txt")
    assert [(n, title) for n, title, _ in slide_rows(doc.talks[0])] == [
        (1, "Ports and Parks"), (2, "Why Parks at the Port"), (3, "The Plan")]


def test_proceedings_pdf_whose_slides_print_their_own_numbers():
    doc = _run("nm_procpdf_slides_own.pdf")
    assert [[n for n, _, _ in slide_rows(t)] for t in doc.talks] == [[1, 2], [1, 2]]


@pytest.mark.parametrize("name,kept", [
    ("nm_paper_page_sentence.txt", "Page 6 of the report shows the areas at risk."),
    ("nm_heading_2025_seminar.txt", "2025 Seminar"),
    ("nm_table_row_folio.txt", "Drivers"),
])
def test_text_near_misses_stay_text(name, kept):
    doc = _run(name)
    assert not any(kept in text for text, _ in furniture(doc))
    flat = "\n".join(_text(doc) + [s.title.text for t in doc.talks for s in t.sections if s.title])
    assert kept in flat


DUMPS = [
    ("p3_dump_proc_dash.txt", [["Hamamatsu: City of Music", "Our Programmes"], ["Matsumoto: Gateway to the Alps", "Challenges"]]),
    ("p3_dump_proc_pword.txt", [["Kanazawa: City of Crafts", "Craft Tourism Routes", "Thank you"]]),
]


@pytest.mark.parametrize("name,titles", DUMPS)
def test_dump_proceedings_slides_parted_at_the_volume_folios(name, titles):
    # the volume's folios go to the ledger and still part the slides' pages, as a form feed after each would
    # (``stage._paged_at_volume_folios``); they had run a talk's slides into one
    doc = _run(name)
    assert [[(n, title) for n, title, _ in slide_rows(t)] for t in doc.talks] == [[(None, x) for x in ts] for ts in titles]


def test_dump_proceedings_parted_by_blank_lines_already():
    # (read right in the base tree too: blank lines part its slides)
    doc = _run("p3_dump_proc_bar.txt")
    assert [[(n, title) for n, title, _ in slide_rows(t)] for t in doc.talks] == [
        [(None, "Toyama: Trams First"), (None, "Challenges")]]
