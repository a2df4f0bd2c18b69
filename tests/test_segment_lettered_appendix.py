"""A PDF's lettered appendix headings after its numbered sections, set in the numbered headings' face at the body's
size (acmart: ``A RESEARCH METHODS`` / ``A.1 Part One`` / ``B ONLINE RESOURCES`` after ``REFERENCES``), are
unnumbered headings, ``A.1`` one level under ``A`` (issue 16, real-PDF trial: acmsmall's appendix had been read as its
last references, 54 paragraphs of them). The solver reads no letter and no size sets them apart; their face does.
Made-up PDFs (reportlab: Helvetica body, Helvetica-Bold headings)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pdfmaker import EN, EN_BOLD, stacked_pdf  # noqa: E402

from tests.segment_inputs import run_pdf  # noqa: E402

BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty,",
        "and the totals were written into the log before the first ferry left the pier at seven o'clock."]
REFERENCES = ["[1] Anna Berg. 2019. Counting cyclists on a harbour road. Harbour Review 12, 3 (2019), 1-9.",
              "[2] Kenji Mori. 2021. Loops and cameras compared. Transport Notes 4 (2021), 22-30."]


def _pdf(appendix: list[str], face: str = EN_BOLD) -> bytes:
    runs: list[tuple[str, str]] = []
    for head in ["1 INTRODUCTION", "2 METHOD", "3 RESULTS"]:
        runs += [(EN_BOLD, head)] + [(EN, line) for line in BODY]
    runs += [(EN_BOLD, "REFERENCES")] + [(EN, line) for line in REFERENCES]
    for head in appendix:
        runs += [(face, head)] + [(EN, line) for line in BODY]
    return stacked_pdf(runs)


def _sections(pdf: bytes):
    (talk,) = run_pdf(pdf).talks
    return [(s.number, s.level, s.title.text, len(s.paragraphs)) for s in talk.sections]


def test_lettered_appendix_headings_after_the_references_are_headings() -> None:
    sections = _sections(_pdf(["A SURVEY FORMS", "A.1 The Morning Form", "A.2 The Evening Form", "B ONLINE DATA"]))
    assert sections[3][:3] == (None, 1, "REFERENCES")
    assert [s[:3] for s in sections[4:]] == [(None, 1, "A SURVEY FORMS"), (None, 2, "A.1 The Morning Form"),
                                             (None, 2, "A.2 The Evening Form"), (None, 1, "B ONLINE DATA")]


def test_lettered_lines_in_the_body_face_stay_text() -> None:
    sections = _sections(_pdf(["A SURVEY FORMS", "B ONLINE DATA"], face=EN))
    assert [s[2] for s in sections] == ["INTRODUCTION", "METHOD", "RESULTS", "REFERENCES"]


def test_letters_out_of_order_are_no_appendices() -> None:
    sections = _sections(_pdf(["A SURVEY FORMS", "C ONLINE DATA"]))
    assert [s[2] for s in sections] == ["INTRODUCTION", "METHOD", "RESULTS", "REFERENCES"]


def test_an_appendix_named_with_its_letter_opens_the_letter_for_its_subsections() -> None:
    # msu-thesis: ``APPENDIX A`` (a heading by its name) over ``A.1 An appendix section`` in the headings' face
    sections = _sections(_pdf(["Appendix A: Survey Forms", "A.1 The Morning Form", "A.2 The Evening Form"]))
    assert [s[1:3] for s in sections[4:]] == [(1, "Appendix A: Survey Forms"), (2, "A.1 The Morning Form"),
                                              (2, "A.2 The Evening Form")]
