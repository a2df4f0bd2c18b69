"""A cover whose institution is set large over several lines, its authors under it and its title set larger than
the authors under them (made-up covers after the layout of fbithesis' example, issue 16 real-PDF trial of session
51: its title had been the letterhead's rest, ``DORTMUND FAKULTÄT FÜR INFORMATIK``, then the authors' line)."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified_paragraph

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

WORDS = ("This report describes the package and how its commands are used to set the cover and the pages of a "
         "thesis written at the faculty so that every student can produce a report in the required form").split()


def _cover(letterhead: list[str], authors: str | None, title: list[str]) -> bytes:
    runs = [(EN_BOLD, 20, 82, 750 - 22 * k, line) for k, line in enumerate(letterhead)]
    if authors is not None:
        runs.append((EN, 14, 114, 657, authors))
    runs += [(EN_BOLD, 17, 128, 598 - 22 * k, line) for k, line in enumerate(title)]
    runs += [(EN, 12, 86, 475, "Created April 3, 2002")]
    body = [(EN_BOLD, 14, 72, 760, "1 Introduction"), *justified_paragraph(WORDS, 730, size=11, leading=14)]
    return drawn_pdf([runs, body])


def _talk(pdf: bytes):
    (talk,) = segment(clean(extract(pdf, name="cover.pdf"))).talks
    return talk


LETTERHEAD = ["TECHNICAL UNIVERSITY", "NORTHPORT", "FACULTY OF ENGINEERING"]


def test_the_title_is_the_display_line_under_the_authors_not_the_letterhead():
    talk = _talk(_cover(LETTERHEAD, "Mika Tanabe Jonas Nobody", ["Example file for the", "harbourlog package"]))
    assert talk.title.en.text == "Example file for the harbourlog package"
    front = [t.text for t in talk.front]
    assert "NORTHPORT" in front and "FACULTY OF ENGINEERING" in front  # the letterhead stays, front matter


def test_a_letterhead_over_its_title_of_another_size_keeps_the_title():
    # do no harm: the title right under the letterhead, set at its own size, is the title
    talk = _talk(_cover(LETTERHEAD, None, ["Example file for the", "harbourlog package"]))
    assert talk.title.en.text == "Example file for the harbourlog package"


def test_a_title_in_sentence_case_over_a_larger_line_stays_the_title():
    # do no harm: only a byline's shape (capitalised words alone) gives way to a larger title under it
    talk = _talk(_cover(LETTERHEAD, "Logging ships in the harbour", ["Version 2.1"]))
    assert talk.title.en.text == "Logging ships in the harbour"
