"""What makes a PDF's line a heading, weighed with the layout facts that reach segment (issue 16 point 2; the real-PDF
trial found invented sections in 8 of 12 PDFs and sections missed or misnumbered in 6):

- a numbered line set in the body's face, where the numbered headings of its level share a face of their own, is
  running text (asmeconf's ``2]`` and ``89. “The Locust Years”.``, REVTeX's display formula ``1 S12``, a Japanese
  guide's ``3-5 行目はログ項目で…``);
- a numbered heading whose title opens in lower case (``4.1 control``, a file's name) is numbered where the PDF sets
  it apart (Debian's guide: twenty such sections had no number);
- a chapter's title wrapped onto a second line in its size and face is one title (``ないファイル`` was a section);
- a line a PDF repeats at a page's edge on two pages or more is a running head or foot, no heading
  (philosophersimprint's ``editorial board`` / ``Mission Statement`` / ``vol. 100, no. 20``).

Made-up PDFs (reportlab: Helvetica body, Helvetica-Bold headings)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD, drawn_pdf  # noqa: E402

BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty,",
        "and the totals were written into the log before the first ferry left the pier at seven o'clock.",
        "Each count was checked against the camera by a second observer on one day in ten, and kept."]


def _pdf(pages: list[list[tuple[str, float, str]]]) -> bytes:
    drawn = []
    for page in pages:
        y, runs = 780.0, []
        for face, size, text in page:
            y -= 6 if face != EN or size > 10 else 0
            runs.append((face, size, 60, y, text))
            y -= 13 + (6 if face != EN or size > 10 else 0)
        drawn.append(runs)
    return drawn_pdf(drawn)


def _talk(pdf: bytes):
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(pdf, name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    return talk


def _sections(talk) -> list[tuple[str | None, int, str]]:
    return [(s.number, s.level, s.title.text) for s in talk.sections]


def _text(talk) -> str:
    return "\n".join(p.text for s in talk.sections for p in s.paragraphs)


def _body(k: int = 3) -> list[tuple[str, float, str]]:
    return [(EN, 10.0, line) for line in BODY[:k]]


def test_a_numbered_line_in_the_bodys_face_is_no_heading_where_the_headings_have_a_face_of_their_own() -> None:
    page1 = [(EN_BOLD, 10.0, "1. Introduction"), *_body(), (EN_BOLD, 10.0, "2. Method"), *_body(),
             (EN, 10.0, "2 Ferry Counts Revisited"), *_body(2)]
    page2 = [(EN_BOLD, 10.0, "3. Results"), *_body(), (EN_BOLD, 10.0, "References"),
             (EN, 10.0, "1. Berg, A. Counting at the pier. Harbour Studies 3 (2019)."),
             (EN, 10.0, "88. “The Harbour Years”."), *_body(1)]
    talk = _talk(_pdf([page1, page2]))
    assert _sections(talk) == [("1", 1, "Introduction"), ("2", 1, "Method"), ("3", 1, "Results"), (None, 1, "References")]
    assert "2 Ferry Counts Revisited" in _text(talk) and "88. “The Harbour Years”." in _text(talk)


def test_numbered_lines_stay_headings_where_the_headings_share_the_bodys_face() -> None:
    page = [(EN, 10.0, "1. Introduction"), *_body(), (EN, 10.0, "2. Method"), *_body(), (EN, 10.0, "3. Results"), *_body()]
    assert _sections(_talk(_pdf([page]))) == [("1", 1, "Introduction"), ("2", 1, "Method"), ("3", 1, "Results")]


def test_a_heading_whose_title_opens_in_lower_case_is_numbered_where_the_pdf_sets_it_apart() -> None:
    page = [(EN_BOLD, 14.0, "1 Files"), *_body(), (EN_BOLD, 12.0, "1.1 control"), *_body(),
            (EN_BOLD, 12.0, "1.2 copyright"), *_body(), (EN_BOLD, 12.0, "1.3 Changes"), *_body(),
            (EN, 10.0, "2.5 million riders took the ferry in the winter, more than in any year before it."), *_body(1)]
    talk = _talk(_pdf([page]))
    assert _sections(talk) == [("1", 1, "Files"), ("1.1", 2, "control"), ("1.2", 2, "copyright"), ("1.3", 2, "Changes")]
    assert "2.5 million riders" in _text(talk)


def test_a_chapter_title_wrapped_onto_a_second_line_in_its_face_is_one_title() -> None:
    pages = [[(EN_BOLD, 20.0, "Chapter 1"), (EN, 24.0, "Counting on the"), (EN, 24.0, "Harbour Road"), *_body(),
              (EN_BOLD, 14.0, "1.1 Counts"), *_body()],
             [(EN_BOLD, 20.0, "Chapter 2"), (EN, 24.0, "Results"), *_body(), (EN_BOLD, 14.0, "2.1 Winter"), *_body()]]
    talk = _talk(_pdf(pages))
    assert _sections(talk) == [("1", 1, "Counting on the Harbour Road"), ("1.1", 2, "Counts"), ("2", 1, "Results"),
                               ("2.1", 2, "Winter")]


def test_a_line_repeated_at_each_pages_edge_is_no_heading() -> None:
    head = [(EN, 12.0, "harbour review"), (EN, 12.0, "Winter Counts")]
    foot = [(EN, 12.0, "vol. 3, no. 2")]
    pages = [[(EN_BOLD, 10.0, "1. Introduction"), *_body(), *_body()],
             [*head, *_body(), (EN_BOLD, 10.0, "2. Method"), *_body(), *foot],
             [*head, (EN_BOLD, 10.0, "3. Results"), *_body(), (EN, 12.0, "Counts by Month"), *_body(), *_body(), *foot]]
    talk = _talk(_pdf(pages))
    assert _sections(talk) == [("1", 1, "Introduction"), ("2", 1, "Method"), ("3", 1, "Results"), (None, 1, "Counts by Month")]
    assert _text(talk).count("harbour review") == 2


def test_roman_sections_lettered_subsections_and_arabic_heads_under_them() -> None:
    """REVTeX's and IEEE's numbering: ``I.`` sections, ``A.`` subsections, ``1.`` heads under those, set in a face of
    their own (here oblique under bold), counting from 1 again under each subsection."""
    from pdfmaker import EN_ITALIC

    pages = [[(EN_BOLD, 10.0, "I. INTRODUCTION"), *_body(2), (EN_BOLD, 10.0, "A. Counting Sites"), *_body(2),
              (EN_ITALIC, 10.0, "1. The harbour road"), *_body(2), (EN_ITALIC, 10.0, "2. The ferry pier"), *_body(2),
              (EN_BOLD, 10.0, "B. Observers"), *_body(2), (EN_ITALIC, 10.0, "1. Training"), *_body(2)],
             [(EN_BOLD, 10.0, "II. RESULTS"), *_body(2), (EN_BOLD, 10.0, "A. Winter"), *_body(2),
              (EN_BOLD, 10.0, "B. Summer"), *_body(2), (EN_ITALIC, 10.0, "1. Ferries"), *_body(2),
              (EN_BOLD, 10.0, "III. CONCLUSION"), *_body(2)]]
    assert _sections(_talk(_pdf(pages))) == [
        ("1", 1, "INTRODUCTION"), ("1.1", 2, "Counting Sites"), ("1.1.1", 3, "The harbour road"),
        ("1.1.2", 3, "The ferry pier"), ("1.2", 2, "Observers"), ("1.2.1", 3, "Training"), ("2", 1, "RESULTS"),
        ("2.1", 2, "Winter"), ("2.2", 2, "Summer"), ("2.2.1", 3, "Ferries"), ("3", 1, "CONCLUSION")]


def test_arabic_heads_in_the_roman_headings_face_are_no_level_under_the_letters() -> None:
    pages = [[(EN_BOLD, 10.0, "I. INTRODUCTION"), *_body(2), (EN_BOLD, 10.0, "A. Counting Sites"), *_body(2),
              (EN_BOLD, 10.0, "B. Observers"), *_body(2), (EN_BOLD, 10.0, "II. RESULTS"), *_body(2),
              (EN_BOLD, 10.0, "1. Winter"), *_body(2), (EN_BOLD, 10.0, "2. Summer"), *_body(2),
              (EN_BOLD, 10.0, "1. Ferries"), *_body(2)]]
    sections = _sections(_talk(_pdf(pages)))
    assert ("1.1.1", 3, "Winter") not in sections and ("2.1", 2, "Winter") not in sections


def test_a_numbered_list_in_the_bodys_face_under_lettered_subsections_stays_text() -> None:
    pages = [[(EN_BOLD, 10.0, "I. INTRODUCTION"), *_body(2), (EN_BOLD, 10.0, "A. Counting Sites"), *_body(2),
              (EN, 10.0, "1) The harbour road"), (EN, 10.0, "2) The ferry pier"), *_body(2),
              (EN_BOLD, 10.0, "B. Observers"), *_body(2), (EN, 10.0, "1) Training"), (EN, 10.0, "2) Rotas"), *_body(2),
              (EN_BOLD, 10.0, "II. RESULTS"), *_body(3)]]
    sections = _sections(_talk(_pdf(pages)))
    assert not any(number and number.count(".") == 2 for number, _, _ in sections)


def test_a_formula_set_apart_alone_in_its_face_is_no_heading_with_a_lower_case_title() -> None:
    """ArsClassica's display formula ``1 k … π2 6`` in math italic and a listing's ``8 code``, larger than the body and
    alone in their faces, had become sections 1 and 8 (a guard: this made-up line was no heading before either)."""
    from pdfmaker import EN_ITALIC

    page = [(EN_BOLD, 14.0, "1 Files"), *_body(), (EN_BOLD, 12.0, "1.1 control"), *_body(),
            (EN_BOLD, 12.0, "1.2 copyright"), *_body(), (EN_ITALIC, 12.0, "2 code listing"), *_body()]
    talk = _talk(_pdf([page]))
    assert _sections(talk) == [("1", 1, "Files"), ("1.1", 2, "control"), ("1.2", 2, "copyright")]


def test_a_heading_atop_its_first_page_set_larger_than_its_running_heads_stays_a_heading() -> None:
    """bgteubner's index chapter: ``Stichwortverzeichnis`` at 14.3 pt atop its first page and at 12 pt atop another."""
    pages = [[(EN_BOLD, 10.0, "1. Introduction"), *_body(), *_body()],
             [(EN, 12.0, "Site Register"), *_body(), (EN_BOLD, 10.0, "2. Method"), *_body()],
             [(EN, 14.5, "Site Register"), *_body(), *_body()]]
    titles = [t for _, _, t in _sections(_talk(_pdf(pages)))]
    assert titles.count("Site Register") == 2


def test_ieee_heads_under_lettered_subsections_with_a_bracket() -> None:
    """IEEE's third level, ``1) Training`` in italic under ``A. …`` under ``I. …``: no full stop after the number."""
    from pdfmaker import EN_ITALIC

    pages = [[(EN_BOLD, 10.0, "I. INTRODUCTION"), *_body(2), (EN_BOLD, 10.0, "A. Counting Sites"), *_body(2),
              (EN_ITALIC, 10.0, "1) The harbour road"), *_body(2), (EN_BOLD, 10.0, "B. Observers"), *_body(2),
              (EN_ITALIC, 10.0, "1) Training"), *_body(2), (EN_BOLD, 10.0, "II. RESULTS"), *_body(3)]]
    assert _sections(_talk(_pdf(pages))) == [
        ("1", 1, "INTRODUCTION"), ("1.1", 2, "Counting Sites"), ("1.1.1", 3, "The harbour road"),
        ("1.2", 2, "Observers"), ("1.2.1", 3, "Training"), ("2", 1, "RESULTS")]


def test_a_heading_atop_one_page_and_closing_another_is_a_heading_twice() -> None:
    """yathesis: each chapter's ``Bibliographie du présent chapitre``, once atop a page and once near another's foot."""
    pages = [[(EN_BOLD, 10.0, "1. Introduction"), *_body(), *_body(), (EN, 12.0, "Chapter Sources"), *_body(1)],
             [(EN, 12.0, "Chapter Sources"), *_body(), (EN_BOLD, 10.0, "2. Method"), *_body(), *_body()]]
    titles = [t for _, _, t in _sections(_talk(_pdf(pages)))]
    assert titles.count("Chapter Sources") == 2
