"""Vertical writing with ruby, section numbers, folios and digits set upright (issue 16 points 2 and 4, helper tate85).

Documents made up as a user would bring them (tests/tate85_docs.py; also in /work/regress/in_tate85 with their
expected readings), each read through extract, clean and segment:

a. A two-page vertical essay whose sections are numbered ``一``, ``二`` in columns of their own, its folios ``一``,
   ``二`` at the foot: the folios had not been read (the section numbers of the same shape mid-page broke their run)
   and ``一`` was glued into the paragraph that runs over the page break (``…沖の島影一`` / ``がはっきりと見えた。``).
b. The same essay with its paragraphs opened by an ideographic space: the section number ``二``, a lone glyph
   pdfminer made a horizontal line of, measured no indent and ran on into the paragraph before (``…くれた。二``).
c. A page with digits set upright across its columns (縦中横: ``＠2025＠年``, ``第＠25＠号``): it had been read as
   kanbun (the small digits taken for return marks), its ruby glued into the text (``通つう信しん``) and its digits
   reversed (``第52号``, ``年202501月21日``).
Near misses that read right before and must stay so: the essay headed ``第一章``, ``第二章`` with ``- 1 -`` folios,
and a horizontal title band over vertical text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import drawn_pdf  # noqa: E402
from segmenting import segment_pdf  # noqa: E402
from tate85_docs import documents  # noqa: E402

DOCS = documents()


def _read(name: str):
    pages, expected = DOCS[name]
    doc = segment_pdf(drawn_pdf(pages), name=f"{name}.pdf")
    [talk] = doc.talks
    return talk, doc.ledger, expected


def _paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


def _ruby(ledger) -> list[str]:
    return [row.text for row in ledger if str(row.reason) == "ruby"]


def _folios(ledger) -> list[str]:
    return [row.text.strip() for row in ledger if str(row.reason) == "page-number"]


@pytest.mark.parametrize("name", ["essay_kanji_folio", "essay_digit_folio"])
def test_a_vertical_essay_reads_its_sections_paragraphs_ruby_and_folios(name):
    talk, ledger, expected = _read(name)
    assert talk.title.ja.text == expected["title"][0]
    assert [s.heading.text for s in talk.sections] == expected["headings"]
    assert _paragraphs(talk) == expected["paragraphs"]
    assert _ruby(ledger) == [reading for _, reading in expected["ruby"]]
    assert _folios(ledger) == expected["furniture"]


def test_digits_set_upright_in_vertical_columns_read_in_place_and_its_ruby_is_ledgered():
    talk, ledger, expected = _read("dated_tcy")
    texts = [t.text for t in talk.front] + _paragraphs(talk)
    assert "2025年10月12日" in texts
    assert _paragraphs(talk) == expected["paragraphs"]
    assert _ruby(ledger) == [reading for _, reading in expected["ruby"]]
    assert "".join(t.text for t in (talk.title.ja, *talk.front)) == "通信第25号2025年10月12日"


def test_near_miss_a_vertical_essay_in_chapters_reads_as_before():
    """Near miss: passes on the base too."""
    talk, ledger, expected = _read("essay_chapters")
    assert [s.heading.text for s in talk.sections] == expected["headings"]
    assert _paragraphs(talk) == expected["paragraphs"]
    assert _ruby(ledger) == [reading for _, reading in expected["ruby"]]
    assert _folios(ledger) == expected["furniture"]


def test_near_miss_a_title_band_over_vertical_text_reads_as_before():
    """Near miss: passes on the base too."""
    talk, ledger, expected = _read("band_over_vertical")
    assert talk.title.ja.text == expected["title"][0]
    assert _paragraphs(talk) == expected["paragraphs"]
    assert _ruby(ledger) == [reading for _, reading in expected["ruby"]]
