"""Shapes a fresh user's trial met (trial report 1, faults 3, 4, 5 and 9), on made-up documents.

The inputs under ``tests/golden/segment/trial`` are made up (helper-11's
trial inputs 03, 04, 05, 08, 09 and 14; no real document); the others are
built here: a loosely leaded English PDF (every line a pdfminer box of its
own), a two-page table of contents, a bilingual title line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import golden
from pdfmaker import EN, JA, drawn_pdf
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.segment.paragraphs import join_wraps
from pipeline.segment.layout import Layout
from pipeline.model import Text
from segment_inputs import cleaned_from_text

HERE = golden.GOLDEN / "segment" / "trial"
INPUTS = sorted(p for p in HERE.iterdir() if p.suffix in (".pdf", ".txt"))


def run_bytes(data: bytes, name: str):
    cleaned = clean(extract(data, name=name))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


def run_file(path: Path):
    return run_bytes(path.read_bytes(), f"trial/{path.name}")


def paragraphs(talk) -> list[str]:
    return [p.text for s in talk.sections for p in s.paragraphs]


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_golden_trial(path):
    from pipeline.segment.render import render

    golden.compare(render(run_file(path)), path.with_suffix(path.suffix + ".out"))


# Fault 3: English hard wraps are joined, by the document's own measure.

def test_english_paper_wraps_joined_headings_kept():
    talk = run_file(HERE / "03_en_paper.pdf").talks[0]
    numbers = [s.number for s in talk.sections]
    assert numbers == [None, "1", "1.1", "1.2", "2", "2.1", "3", "4", "5", None]
    abstract = talk.sections[0].paragraphs
    assert len(abstract) == 1
    assert abstract[0].text.startswith("We present a simple model for the tidal flood risk of small harbour towns, calibrated on forty")
    assert abstract[0].text.endswith("within 12 percent.")
    # References stay one entry a line.
    assert [p.text[:3] for p in talk.sections[-1].paragraphs][:2] == ["[1]", "[2]"]


def test_english_text_dump_wraps_joined_at_blank_lines():
    talk = run_file(HERE / "08_essay_en.txt").talks[0]
    texts = [t.text for t in talk.front] + paragraphs(talk)
    starts = [s for s in texts if s.startswith(("Most households", "In the town", "Those shops", "Community repair"))]
    assert len(starts) == 4
    assert all(len(s) > 200 for s in starts)
    assert "the answer lies less in skill" in starts[0]
    assert "The well-known argument" in starts[2]


def test_two_columns_each_joined_never_across():
    talk = run_file(HERE / "14_two_column.pdf").talks[0]
    texts = paragraphs(talk) + [t.text for t in talk.front]
    first = next(s for s in texts if s.startswith("road salting"))
    assert first.endswith("where most accidents had happened.")
    assert "Salt and spreading" not in first


def _loose_english_pdf() -> bytes:
    """Two paragraphs of loosely leaded English (pitch 15 pt for 10 pt type: pdfminer boxes each line alone),
    a paragraph gap of 24 pt, a heading set larger, a bulleted item that wraps and one that does not."""
    lines = [
        (EN, 12, "Background", 0),
        (EN, 10, "Municipal archives in small towns keep their records in paper ledgers that few people", 18),
        (EN, 10, "have read since they were written, and the staff who know them are retiring. A survey", 15),
        (EN, 10, "of twelve towns found that most ledgers had never been indexed.", 15),
        (EN, 10, "The survey also asked how the ledgers are stored and who may consult them today, and", 24),
        (EN, 10, "found the answers differ from one town to the next even within one prefecture.", 15),
        (EN, 10, "- Index the ledgers of each town in one shared format so that readers can search", 24),
        (EN, 10, "them across towns without visiting each archive in person.", 15),
        (EN, 10, "- Keep the paper.", 15),
    ]
    runs, y = [], 780.0
    for font, size, text, step in lines:
        y -= step
        runs.append((font, size, 72.0, y, text))
    return drawn_pdf([runs])


def test_loosely_leaded_pdf_joined_by_line_pitch():
    talk = run_bytes(_loose_english_pdf(), "made-up/loose.pdf").talks[0]
    texts = [t.text for t in talk.front] + [s.title.text for s in talk.sections] + paragraphs(talk)
    assert talk.title.en.text == "Background" or "Background" in texts
    assert any(s.startswith("Municipal archives") and s.endswith("never been indexed.") for s in texts)
    assert any(s.startswith("The survey also asked") and s.endswith("within one prefecture.") for s in texts)
    assert any(s.startswith("- Index the ledgers") and s.endswith("in person.") for s in texts)
    assert "- Keep the paper." in texts


def _texts(*lines: str) -> list[Text]:
    return [Text.from_raw(s, line=n) for n, s in enumerate(lines, start=1)]


def test_english_lines_of_a_list_or_title_block_stay_lines():
    lines = _texts(
        "Estimating Tidal Flood Risk",
        "Maria Lindqvist and Tomas Berg",
        "Northfield University",
        "1. Introduction",
        "Small harbour towns flood several times a year when a spring tide meets an onshore",
        "wind, and councils need a quick estimate of how often this happens and how the count",
        "changes as the sea rises.",
        "Related work",
        "Earlier studies used full hydrodynamic models which need bathymetry that most towns",
        "do not have.",
    )
    out = [t.text for t in join_wraps(lines, Layout.plain(), None)]
    assert out[:4] == ["Estimating Tidal Flood Risk", "Maria Lindqvist and Tomas Berg", "Northfield University", "1. Introduction"]
    assert out[4].endswith("how the count changes as the sea rises.")
    assert out[5] == "Related work"
    assert out[6] == "Earlier studies used full hydrodynamic models which need bathymetry that most towns do not have."
    assert len(out) == 7


def test_english_wrap_keeps_hyphen_and_url_whole():
    lines = _texts(
        "The scheme for the yearly counts of the small archives was first described by Mey-",
        "ers and others, and the forms can be downloaded from https://example.org/forms/",
        "annual-report.pdf by anyone who wants to check how the counts were made in detail.",
    )
    out = [t.text for t in join_wraps(lines, Layout.plain(), None)]
    assert out == ["The scheme for the yearly counts of the small archives was first described by Mey-ers and others, and the forms can be downloaded from "
                   "https://example.org/forms/annual-report.pdf by anyone who wants to check how the counts were made in detail."]
