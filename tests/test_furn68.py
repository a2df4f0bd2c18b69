"""Helper furn68 (issue 16 point 4: one furniture model, the dash shape read once). A one-page PDF's small-print foot
read by extract's ``_small_dashed_foot`` now reads its folio as segment reads a head's (``pagenumbers.dashed_folio``):
after a dash, a bar or a dot, a bare number or a page word's (``… — Page 1 of 1``, ``… | page 1 of 2``), where extract
had taken a bare number or ``Page N`` only, and ``— Page 1 of 1`` stayed the last paragraph. Near misses: the same foot
in the body's size, a one-word label's number, a sentence's page reference (inputs: tests/data/furn68/, from its
make_pdfs.py; also /work/regress/in_furn68/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.furniture_model import every_page, title_page_aside
from pipeline.pagenumbers import dashed_folio
from segmenting import only_talk_of, paragraph_texts, text_of

DATA = Path(__file__).parent / "data" / "furn68"


def _feet(ledger):
    return [r.text.strip() for r in ledger if r.reason == "running-footer"]


@pytest.mark.parametrize("name, foot", [
    ("f68_pdf_foot_page_of_en.pdf", "Harbour Rowing Club Minutes — Page 1 of 1"),
    ("f68_pdf_foot_dot_en.pdf", "Westfield Allotment Society · Spring Newsletter · 1"),
    ("f68_pdf_foot_page_of_ja.pdf", "港南市公民館 運営委員会 - Page 1 of 1"),
    ("f68_pdf_foot_page_lower_en.pdf", "Millbrook Parish Council | page 1 of 2"),
])
def test_a_one_page_small_print_foot_with_a_page_words_folio_is_a_running_footer68(name, foot):
    talk, ledger = only_talk_of(DATA / name)
    assert foot in _feet(ledger)
    assert not any(foot in p for p in paragraph_texts(talk))


@pytest.mark.parametrize("name, last", [
    ("f68_near_pdf_foot_body_size.pdf", "Stage Plan Review — Page 1 of 1"),
    ("f68_near_pdf_foot_one_word.pdf", "Appendix — Page 1 of 1"),
    ("f68_near_pdf_foot_sentence.pdf", "see the minutes of the last meeting — p. 1"),
])
def test_a_body_sized_a_labels_or_a_sentences_dashed_page_stays_text68(name, last):
    talk, ledger = only_talk_of(DATA / name)
    # the text's own (the one-word label's line ends the talk as a heading of its own, in the base tree too)
    assert any(t.endswith(last) for t in paragraph_texts(talk) + [text_of(s.heading) for s in talk.sections])
    assert not _feet(ledger)


@pytest.mark.parametrize("text, read", [
    ("Annual Report - 3", ("Annual Report", 3)),
    ("Riverside Youth Robotics Club — Minutes, 4 March 2025 — Page 1 of 2", (
        "Riverside Youth Robotics Club — Minutes, 4 March 2025", 1)),
    ("Harbour Club · p. 4", ("Harbour Club", 4)),
    ("pp. 10 - 12", None), ("Round - 1", None), ("Guide | Page ii", None), ("- 2", None),
])
def test_the_dash_shape_is_read_in_one_place68(text, read):
    got = dashed_folio(text)
    assert (got[:2] if got else None) == read


def test_every_page_or_every_page_but_the_title68():
    assert every_page([0, 1, 2], range(3)) and every_page([1, 2], range(3)) and not every_page([1], range(2))
    assert title_page_aside([2, 3], [1, 2, 3]) and not title_page_aside([1, 2, 3], [1, 2, 3])
