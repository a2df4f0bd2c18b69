"""A numbered heading longer than a heading's 60 characters that the PDF sets as a heading, in a bold face over a
regular body or larger than the body, is a heading, its second line in the same face joined to it (issue 16 point 2,
uwthesis's ``2.1 What is it; why is it spelled that way; and what do really long section`` / ``titles look like in
the text and in the Table of Contents?``, set in CMBXSL10 over a CMR10 body, was a paragraph of chapter 2). A long
numbered line in the body's own face stays text. Made-up PDFs (reportlab: Helvetica body, Helvetica-Bold headings)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD, drawn_pdf  # noqa: E402

BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty,",
        "and the totals were written into the log before the first ferry left the pier at seven o'clock.",
        "Each count was checked against the camera by a second observer on one day in ten."]
LONG = ("2.1 What the counters saw; why the loops missed bicycles; and what really long section",
        "titles of such a paper look like in the text and in its contents")
LARGE = "3 Results of the Counts on the Harbour Road and the Ferry Pier in Winter"
GUARD = "4 Counters on the Harbour Road and the Ferry Pier over the Winter of the Year"


def _pdf(heading_face: str) -> bytes:
    runs: list[tuple[str, float, str]] = []
    for head in ["1 Introduction", "2 Method", LONG, "2.2 Counts", LARGE]:
        for k, line in enumerate(head if isinstance(head, tuple) else (head,)):
            face, size = (EN, 12.0) if head == LARGE else (heading_face, 10.0)
            runs.append((face, size, line))
        runs += [(EN, 10.0, line) for line in BODY]
        if head == LARGE:
            runs += [(EN, 10.0, GUARD)] + [(EN, 10.0, line) for line in BODY]
    pages: list[list] = [[]]
    y = 780.0
    for face, size, text in runs:
        if y < 100:
            pages.append([])
            y = 780.0
        gap = 20 if face != EN or size > 10 else 13
        y -= gap - 13  # white space above a heading
        pages[-1].append((face, size, 60, y, text))
        y -= 13 + (7 if face != EN or size > 10 else 0)
    return drawn_pdf(pages)


def _sections(pdf: bytes) -> list[tuple[str | None, int, str]]:
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(pdf, name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    return [(s.number, s.level, s.title.text) for s in talk.sections], [p.text for s in talk.sections for p in s.paragraphs]


def test_a_long_numbered_heading_set_bold_or_large_is_a_heading_with_its_second_line() -> None:
    sections, paragraphs = _sections(_pdf(EN_BOLD))
    assert sections == [("1", 1, "Introduction"), ("2", 1, "Method"), ("2.1", 2, LONG[0][4:] + " " + LONG[1]),
                        ("2.2", 2, "Counts"), ("3", 1, LARGE[2:])]
    assert any(p.startswith(GUARD) for p in paragraphs)  # a long numbered line in the body's face stays text


def test_a_long_numbered_line_in_the_bodys_face_stays_text() -> None:
    sections, _ = _sections(_pdf(EN))  # every heading in the body's face: the long one is text, as before
    assert ("2.1", 2, LONG[0][4:] + " " + LONG[1]) not in sections
    assert [n for n, _, _ in sections if n is not None][:2] == ["1", "2"]
