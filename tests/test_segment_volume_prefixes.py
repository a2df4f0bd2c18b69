"""An English proceedings volume whose papers each open with a talk-number line (``Session 2``, ``Paper 2``) over
their title block (issue 16 point 1; trial 24's proceedings dump): one talk per paper, its number the talk's
``number``; the numbered lines at the pages' tops are no running header, with form feeds and a footer or without.
A header that prints one talk's number on every page (``Session 3 · Track B``) stays page furniture."""

from __future__ import annotations

import pytest

from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from tests.segment_inputs import cleaned_from_text, furniture

PAPERS = [
    ("Tidal Ferries as Public Transport in Estuary Towns",
     ["Ines Moura¹, Piet de Vries²", "¹ School of Transport Studies, University of Aveiro, Portugal",
      "² Delft University of Technology, Delft, Netherlands"],
     ["Ferries cross estuaries where bridges would be too costly, yet timetables rarely follow the tide.",
      "We compare ridership on three routes over two winters and find that tidal timetables lose few riders."],
     ["Introduction", "Routes and Data", "Findings"]),
    ("Counting Cyclists with Induction Loops",
     ["Kenji Mori¹*, Ruth Adler²", "¹ Faculty of Engineering, Hokkaido University, Japan",
      "² Department of Geography, University of Zurich, Switzerland", "* Corresponding author: mori@example.ac.jp"],
     ["Induction loops under the road surface count bicycles cheaply, but they miss carbon frames.",
      "Against manual counts at twenty sites the loops missed one cyclist in nine."],
     ["Introduction", "Method", "Results", "Limits"]),
    ("Evening Opening Hours and Student Attendance",
     ["Olga Lind¹, Marco Bassi¹", "¹ Institute of Education, University of Bologna, Italy"],
     ["Longer opening hours are a common request of students, and a costly one for the library.",
      "Extending the evening hours raised attendance by a fifth in the first term and less afterwards."],
     ["Introduction", "Setting", "Attendance"]),
]

PROSE = ["The measurements were taken on working days only, between the first and the last week of the term.",
         "A second observer repeated one day in ten, and the two counts differed by less than three percent."]


def paper(k: int, prefix: str) -> list[list[str]]:
    """Paper ``k`` (0-based) as pages of lines: the prefix line, the title block, Abstract, sections, References."""
    title, authors, abstract, headings = PAPERS[k]
    first = [f"{prefix} {k + 1}", "", title, "", *authors, "", "Abstract", *abstract, ""]
    sections = [[f"{n} {h}", *PROSE, ""] for n, h in enumerate(headings, 1)]
    middle = len(sections) // 2
    second = [line for s in sections[middle:] for line in s]
    second += ["References", f"[1] A. Writer, A study of {title.split()[0].lower()}, J. Stud. {k + 3} (2020) 1–9.",
               "[2] B. Reader, Another study, Proc. of a Meeting 2021, 11–20.", ""]
    return [first + [line for s in sections[:middle] for line in s], second]


def volume(prefix: str, feeds: bool) -> str:
    pages = [page for k in range(len(PAPERS)) for page in paper(k, prefix)]
    if not feeds:
        return "\n".join(line for page in pages for line in page) + "\n"
    return "\f".join("\n".join(page) + f"\nProc. of the Harbour Meeting 2026 · page {n}\n"
                     for n, page in enumerate(pages, 21))


@pytest.mark.parametrize("feeds", [True, False], ids=["form feeds and footers", "no pages"])
@pytest.mark.parametrize("prefix", ["Session", "Paper", "Talk"])
def test_each_paper_of_an_english_volume_opened_by_its_number_is_a_talk(prefix, feeds):
    cleaned = cleaned_from_text(volume(prefix, feeds))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    assert [(t.number, t.title.en.text) for t in doc.talks] == [(str(k + 1), p[0]) for k, p in enumerate(PAPERS)]
    assert [[s.title.text for s in t.sections] for t in doc.talks] == [
        ["Abstract", *p[3], "References"] for p in PAPERS]
    assert not any(text.startswith(prefix) for text, _ in furniture(doc))
    if feeds:
        assert sorted(reason for _, reason in furniture(doc)) == ["running-footer"] * 6


@pytest.mark.parametrize("head", ["Session 3 · Track B", "Session 3"])
def test_a_running_header_printing_one_sessions_number_on_every_page_stays_furniture(head):
    pages = paper(2, "Session")
    pages[0][0] = head  # the first page opens with the header too, over the title block
    text = "\f".join("\n".join(([] if n == 0 else [head, ""]) + page) for n, page in enumerate(pages + pages[1:]))
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    assert len(doc.talks) == 1 and doc.talks[0].title.en.text == PAPERS[2][0]
    assert [reason for text, reason in furniture(doc) if text == head] == ["running-header"] * 3
