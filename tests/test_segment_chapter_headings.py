"""A chapter's heading on one line, its label and its title (``Chapter 2 Method``, ``Chapter 2: Method``,
``CHAPTER 2 METHOD``, ``第2章　方法``), is a chapter, level 1, with its sections ``2.1 …`` under it (issue 16 point 2:
a thesis's chapters and sections); a sentence that names a chapter (``Chapter 3 shows that …``) stays text."""

from __future__ import annotations

import pytest

from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from tests.segment_inputs import cleaned_from_text, furniture, paragraphs

PROSE = ["The measurements were taken on working days only, between the first and the last week of the term.",
         "A second observer repeated one day in ten, and the two counts differed by less than three percent."]
GUARD = "Chapter 3 shows that the tidal timetables lose few riders over the winter months."
CHAPTERS = [("Introduction", "序論", ["Background", "Aims"]), ("Method", "方法", ["Routes", "Counts"]),
            ("Results", "結果", ["Ridership"])]


def thesis(heading) -> str:
    lines = ["Ferries in Estuary Towns", "", "A thesis by Ines Moura", ""]
    for c, (name, name_ja, subs) in enumerate(CHAPTERS, 1):
        lines += [heading(c, name, name_ja), "", *PROSE, ""]
        if c == 2:
            lines += [GUARD, ""]
        for s, sub in enumerate(subs, 1):
            lines += [f"{c}.{s} {sub}", "", *PROSE, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("heading", [
    lambda c, n, j: f"Chapter {c} {n}", lambda c, n, j: f"Chapter {c}: {n}", lambda c, n, j: f"CHAPTER {c} {n.upper()}",
    lambda c, n, j: f"Chapter {['I', 'II', 'III'][c - 1]}. {n}", lambda c, n, j: f"第{c}章\u3000{j}",
], ids=["Chapter 2 Method", "Chapter 2: Method", "CHAPTER 2 METHOD", "Chapter II. Method", "第2章　方法"])
def test_a_chapters_heading_on_one_line_is_a_chapter_over_its_sections(heading):
    cleaned = cleaned_from_text(thesis(heading))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    expected = []
    for c, (name, name_ja, subs) in enumerate(CHAPTERS, 1):
        title = heading(c, name, name_ja)
        expected.append((str(c), 1, title, title[-len(name):] if not title.endswith(name_ja) else name_ja))
        expected += [(f"{c}.{s}", 2, f"{c}.{s} {sub}", sub) for s, sub in enumerate(subs, 1)]
    assert [(s.number, s.level, s.heading.text, s.title.text) for s in talk.sections] == expected
    assert GUARD in paragraphs(talk)


def test_chapter_labels_alone_counting_up_in_a_dump_without_pages_are_chapters_not_running_heads():
    """``Chapter 1`` … ``Chapter 3`` alone on their lines, over their titles, at about one interval in a dump without
    pages: their numbers rise by one as a folio's would, yet each is a chapter's label (it was page furniture)."""
    cleaned = cleaned_from_text(thesis(lambda c, n, j: f"Chapter {c}\n{n}"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    assert furniture(doc) == []
    assert [(s.number, s.level, s.title.text) for s in doc.talks[0].sections if s.level == 1] == [
        ("1", 1, "Introduction"), ("2", 1, "Method"), ("3", 1, "Results")]


@pytest.mark.parametrize("before", [[], ["Ines Moura", ""]], ids=["first line", "under a name"])
def test_a_chapters_heading_on_one_line_is_never_the_documents_title(before):
    """A thesis that opens on ``Chapter 1 Introduction`` (no cover, or an author's name alone over it) has no title:
    the chapter's heading is its chapter 1, never the document's title (it was the title, and chapter 1 was lost)."""
    text = "\n".join(before + ["Chapter 1 Introduction", "", *PROSE, "", "1.1 Background", "", *PROSE, "",
                               "Chapter 2 Method", "", *PROSE, "", "2.1 Routes", "", *PROSE])
    cleaned = cleaned_from_text(text)
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    assert talk.title.en is None or not talk.title.en.text.startswith("Chapter")
    assert [(s.number, s.level, s.title.text) for s in talk.sections] == [
        ("1", 1, "Introduction"), ("1.1", 2, "Background"), ("2", 1, "Method"), ("2.1", 2, "Routes")]
