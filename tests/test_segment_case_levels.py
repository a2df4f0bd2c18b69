"""A PDF whose headings share one size and differ by case (JACoW's template: 12 pt capitals for sections, 12 pt
Title Case for their subsections), and a heading in capitals wrapped onto two lines (issue 16 point 2: headings and
their levels in any common shape). Made-up PDFs; the real one is JACoW_LaTeX_Letter.pdf."""

from __future__ import annotations

import sys
from pathlib import Path

BODY = ["The harbour has grown over the last ten years and its cargo has doubled since the survey began.",
        "It says so.", "This note reports what the port authority measured and what it plans to do about it.",
        "It ends here."]


def _paper(headings: list[str | tuple[str, ...]], centred: bool = False) -> bytes:
    """A PDF of 10 pt body text under 12 pt headings (a tuple: one heading set on two lines or more), flush left or
    ``centred`` on the page (595 pt wide)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN, drawn_pdf, text_width

    # (size, indent, text, the space under it) of every line, in order, then set on pages of 52 lines at most
    runs = []
    for heading in headings:
        wrapped = heading if isinstance(heading, tuple) else (heading,)
        runs += [(12, 0, line, 22 if n == len(wrapped) - 1 else 15) for n, line in enumerate(wrapped)]
        runs += [(10, 12 * (k % 2 == 0), line, 21 if k == len(BODY) - 1 else 13) for k, line in enumerate(BODY)]
    pages: list[list] = [[]]
    y = 780.0
    for size, indent, text, space in runs:
        if y < 120 and size == 12:
            pages.append([])
            y = 780.0
        x = (595.28 - text_width(text, EN, size)) / 2 if centred and size == 12 else 72 + indent
        pages[-1].append((EN, size, x, y, text))
        y -= space
    return drawn_pdf(pages)


def _sections(pdf: bytes) -> list[tuple[int, str]]:
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(pdf, name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return [(s.level, s.title.text) for s in talk.sections]


def test_headings_of_one_size_take_their_levels_from_their_case() -> None:
    headings = ["Abstract", "SUBMISSION OF PAPERS", "MANUSCRIPTS", "General Layout", "Fonts", "Units",
                "PAGE NUMBERS", "Paper Size", "Margins", "CONCLUSION"]
    assert _sections(_paper(headings)) == [
        (1, "Abstract"), (1, "SUBMISSION OF PAPERS"), (1, "MANUSCRIPTS"), (2, "General Layout"), (2, "Fonts"),
        (2, "Units"), (1, "PAGE NUMBERS"), (2, "Paper Size"), (2, "Margins"), (1, "CONCLUSION")]


def test_a_heading_in_capitals_wrapped_onto_two_lines_is_one_heading() -> None:
    headings = ["INTRODUCTION", ("CHECKLIST FOR ELECTRONIC", "PUBLICATION"), "CONCLUSION"]
    assert _sections(_paper(headings)) == [
        (1, "INTRODUCTION"), (1, "CHECKLIST FOR ELECTRONIC PUBLICATION"), (1, "CONCLUSION")]


def test_a_heading_in_capitals_wrapped_onto_three_lines_is_one_heading() -> None:
    """Three lines in capitals, the second ending on a comma (JACoW's ``ANNEX B:`` / ``IEEE REFERENCE STYLE GUIDE AS
    APPLIED TO JACoW PAPERS,`` / ``PERIODICALS AND OTHER WORKS``): one heading; the third line was a heading of its
    own, with nothing under it. A heading in capitals ending on a full stop takes no line after it."""
    headings = ["INTRODUCTION", ("SAFETY RULES FOR HARBOUR WORKS,", "CARGO HANDLING AND", "OTHER DUTIES"),
                ("ANNEX B:", "REFERENCE STYLE FOR PORT REPORTS,", "PERIODICALS AND OTHER WORKS"), "CONCLUSION"]
    assert _sections(_paper(headings, centred=True)) == [
        (1, "INTRODUCTION"), (1, "SAFETY RULES FOR HARBOUR WORKS, CARGO HANDLING AND OTHER DUTIES"),
        (1, "ANNEX B: REFERENCE STYLE FOR PORT REPORTS, PERIODICALS AND OTHER WORKS"), (1, "CONCLUSION")]


def test_headings_of_one_size_in_one_case_or_with_acronyms_keep_one_level() -> None:
    assert {lv for lv, _ in _sections(_paper(["Introduction", "Method", "Results", "Conclusion"]))} == {1}
    assert {lv for lv, _ in _sections(_paper(["Introduction", "API", "Usage", "FAQ", "Limits", "Support"]))} == {1}
