"""A page's footnotes under a contents column are notes, never entries of the contents (made-up page after the
layout of mnras' guide, issue 16 real-PDF trial of session 51: its first page sets the contents in the left column, the
author's notes, smaller, at that column's foot, and the body in the right column; the notes had become four entries).
"""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified_paragraph

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

ENTRIES = ["1 Introduction", "2 Installing the package", "3 Preparing a paper", "3.1 Title", "3.2 Authors",
           "4 Figures and tables", "5 References", "Acknowledgements"]
NOTES = ["* Contact e-mail: editor@society.example.org", "† Present address: Harbour Institute, 12 Quay Street,",
         "Northport NP1 2AB, UK"]
WORDS = ("The society encourages authors to prepare their papers with this class so that the final appearance of "
         "the journal can be approximated closely and the preparation of papers is simplified for everyone who "
         "takes part in the work of editing and printing them").split()


def _page(notes: list[str]) -> bytes:
    runs = [(EN_BOLD, 16, 42, 780, "A Guide for Authors of the Harbour Journal"), (EN, 12, 42, 755, "Mika Tanabe*†"),
            (EN_BOLD, 9, 42, 483, "CONTENTS")]
    runs += [(EN, 9, 42 if "." not in entry.split()[0] else 55, 468 - 11 * k, entry) for k, entry in enumerate(ENTRIES)]
    runs += [(EN, 8, 42, 60 - 9 * k, note) for k, note in enumerate(notes)]  # the column's foot, set smaller
    runs += [(EN_BOLD, 9, 305, 483, "1 INTRODUCTION")]
    runs += justified_paragraph(WORDS, 468, x0=305, x1=548, size=9, leading=11)
    runs += [(EN_BOLD, 9, 305, 390, "2 INSTALLING THE PACKAGE")]
    runs += justified_paragraph(WORDS[::-1], 375, x0=305, x1=548, size=9, leading=11)
    runs += justified_paragraph(WORDS, 300, x0=305, x1=548, size=9, leading=11)
    runs += justified_paragraph(WORDS[::-1], 225, x0=305, x1=548, size=9, leading=11)
    runs += justified_paragraph(WORDS, 150, x0=305, x1=548, size=9, leading=11)  # down to the column's notes
    runs += [(EN, 8, 305, 80 - 10 * k, f"{mark} https://harbour.example.org/guide/{k}") for k, mark in enumerate("¹²³")]
    second = [(EN_BOLD, 9, 42, 780, "3 PREPARING A PAPER"), *justified_paragraph(WORDS, 764, x0=42, x1=285, size=9, leading=11)]
    return drawn_pdf([runs, second])


def test_the_notes_under_a_contents_column_are_footnotes():
    (talk,) = segment(clean(extract(_page(NOTES), name="guide.pdf"))).talks
    assert [t.text for t in talk.contents] == ENTRIES
    footnotes = " ".join(t.text for t in talk.footnotes)
    assert NOTES[0] in footnotes and "Northport NP1 2AB, UK" in footnotes
    assert [s.title.text for s in talk.sections][:2] == ["INTRODUCTION", "INSTALLING THE PACKAGE"]


def test_a_contents_without_notes_keeps_its_entries():
    # do no harm: the same page without the left column's notes gives the same contents, the right column's notes
    (talk,) = segment(clean(extract(_page([]), name="guide.pdf"))).talks
    assert [t.text for t in talk.contents] == ENTRIES
    assert [t.text for t in talk.footnotes] == [f"{mark} https://harbour.example.org/guide/{k}" for k, mark in enumerate("¹²³")]
