"""A programme's or a book of abstracts' papers numbered by codes run into their titles (``A1. Green Roofs …``,
``B2 – Flood Maps …``, ``P-03 …``, ``S1-2 …``, ``[T3] …``; issue 16 point 3, helper code59).

Before: the code stayed in each title (``A1. Green Roofs and Peak Runoff …``), the talk's ``number`` was null and
its id ``a1-green-roofs-…``; a book whose coded titles are longer than 40 characters (``[T4] Bus Stop Data …``) or
open on a two-part code (``S1-2``) was one talk. A code run into a title is read from the document's evidence: two
coded titles or more, each over its author line, whose codes count up in document order. The code is the talk's
``number`` as printed (``"A1"``, ``"P-03"``, ``"S1-2"``, ``"T3"``), and the code with its separator stays in
``paper.front`` (``A1.``, ``B2 –``, ``[T3]``), as a talk-number prefix does.

Near-misses, unchanged: a paper's appendix headings ``A1. Proof of Lemma 2`` / ``A2. …`` over running text, a paper's
``A. Background`` sections, a title opening on a model number (``A320 Noise …``), one ``A1.`` line in a paper.

Every text is made up; the correct results were written before the change.
"""

from __future__ import annotations

import pytest

from segment_inputs import run_text

PAPERS = [
    ("Green Roofs and Peak Runoff in Dense Neighbourhoods", "Ingrid Solberg, Marco Bianchi",
     "Norwegian University of Science and Technology, Trondheim, Norway",
     ["We measured runoff from 14 green roofs over three summers. Peak flow fell by 38 percent on average,",
      "but the effect vanished after two days of continuous rain."]),
    ("Sensor Networks Maintained by Volunteers in Old Towns", "Li Wei",
     "Gdansk University of Technology, Gdansk, Poland",
     ["A network of 60 low-cost level sensors was installed in the old town. A simple regression model",
      "predicts overflows one hour ahead with a hit rate of 0.81."]),
    ("Leak Detection from Night Flow Data", "Pieter Jansen, Eva Lindqvist",
     "Delft University of Technology, Delft, the Netherlands",
     ["Minimum night flow is the oldest indicator of leakage. We show that it can be refined with smart",
      "meter data and report results from nine district metered areas."]),
]
HEADER = ["Fifth Nordic Workshop on Urban Water", "Book of Abstracts", "Bergen, 12-13 March 2025"]

CODES = {
    "dotted": (["A1.", "A2.", "B1."], ["A1", "A2", "B1"]),
    "dashed": (["B2 –", "B3 –", "C1 –"], ["B2", "B3", "C1"]),
    "poster": (["P-03", "P-04", "P-05"], ["P-03", "P-04", "P-05"]),
    "two-part": (["S1-2", "S1-3", "S2-1"], ["S1-2", "S1-3", "S2-1"]),
    "bracketed": (["[T3]", "[T4]", "[T5]"], ["T3", "T4", "T5"]),
}


def _book(prefixes: list[str]) -> str:
    out = [*HEADER, ""]
    for prefix, (title, authors, place, body) in zip(prefixes, PAPERS):
        out += [f"{prefix} {title}", authors, place, *body, ""]
    return "\n".join(out)


@pytest.mark.parametrize("style", list(CODES))
def test_a_coded_title_gives_its_code_as_the_talks_number59(style):
    prefixes, numbers = CODES[style]
    talks = run_text(_book(prefixes)).talks
    assert [(t.number, t.title.en.text) for t in talks] == [(n, p[0]) for n, p in zip(numbers, PAPERS)]
    assert not any(t.id.startswith(numbers[0].lower()) for t in talks)  # the id is the city's or the clean title's
    for talk, prefix in zip(talks, prefixes):
        assert [t.text for t in talk.front][-1] == prefix  # the code as printed is kept, not lost
    assert [t.text for t in talks[0].front] == [*HEADER, prefixes[0]]
    assert [t.speaker.name.text for t in talks] == [p[1].split(",")[0] for p in PAPERS]


def test_codes_that_do_not_count_up_are_no_numbers59():
    """Titles opening on model numbers, each over its authors (``A320 …``, ``B737 …``): no sequence, titles kept."""
    text = _book(["A320", "B737", "E190"])
    talks = run_text(text).talks
    assert all(t.number is None for t in talks)
    shown = [t.title.en.text for t in talks if t.title.en] + [p.text for t in talks for p in t.front] \
        + [s.heading.text for t in talks for s in t.sections if s.heading is not None] \
        + [p.text for t in talks for s in t.sections for p in s.paragraphs]
    # each title keeps its model number, wherever the volume's reading puts it (not this test's subject)
    assert all(any(f"{code} {paper[0]}" in x for x in shown) for code, paper in zip(["A320", "B737", "E190"], PAPERS))


PAPER = ["Bounds on Waiting Times at Signalised Junctions", "Erik Lund", "Department of Mathematics, Lund University, Sweden", "",
         "1 Introduction",
         "Waiting times at signalised junctions depend on the cycle length and the arrival rate. We give upper",
         "bounds that hold for any arrival process with bounded variance.", ""]


@pytest.mark.parametrize("tail", [
    ["Appendix", "A1. Proof of Lemma 2", "We show that the bound holds for every n by induction on the number of cycles.",
     "A2. Proof of Theorem 3", "The argument runs as before, with the variance bound in place of the mean."],
    ["A. Background", "Street trees shade pavements and cool the air around them, more in some streets than others.",
     "B. Method", "We placed 80 temperature loggers in two districts and read them every ten minutes."],
    ["2 Counts", "A1. Central Station", "The racks were full by seven thirty on every weekday, and bicycles lay about."],
], ids=["appendix", "lettered sections", "one coded line"])
def test_a_papers_own_coded_headings_stay_one_talk59(tail):
    text = "\n".join(PAPER + tail + [""])
    [talk] = run_text(text).talks
    assert talk.number is None and talk.title.en.text == PAPER[0]
    texts = [s.heading.text for s in talk.sections if s.heading is not None] + [p.text for s in talk.sections for p in s.paragraphs]
    assert any(tail[1] in t for t in texts)  # the heading's code stays with it


def test_a_model_number_title_alone_keeps_its_title59():
    text = "\n".join(["A320 Noise Footprints at Regional Airports", "Henrik Dahl, Sara Nyström",
                      "Department of Acoustics, Chalmers University of Technology, Gothenburg, Sweden", "",
                      *PAPER[4:]])
    [talk] = run_text(text).talks
    assert talk.title.en.text == "A320 Noise Footprints at Regional Airports" and talk.number is None


def test_coded_titles_reads_only_a_counting_sequence_over_authors59():
    from pipeline.model import Text
    from pipeline.segment.titleblock import coded_titles
    mk = lambda *ss: [Text.from_raw(s, n) for n, s in enumerate(ss, 1)]
    assert coded_titles(mk(*_book(["A1.", "A2.", "B1."]).split("\n"))) != {}
    assert coded_titles(mk(*_book(["A1.", "A3.", "B1."]).split("\n"))) == {}  # A1 then A3: no count
    assert coded_titles(mk(*_book(["A1.", "A2.", "B1."]).split("\n")[:9])) == {}  # one coded title over its authors


def test_a_listing_of_coded_titles_inside_a_paper_opens_no_talk59():
    """A paper listing the abstracts it reviewed, each code and title over its author, with no running text under
    each row: one talk (on main the last row, over the paper's next paragraph, had opened a second talk)."""
    text = "\n".join([
        "Reviewing Abstracts for a Regional Water Workshop", "Kari Lund", "Department of Planning, University of Oslo, Norway", "",
        "The abstracts below were selected by the committee from 41 submissions received before the deadline.",
        "Each was read by two reviewers, and the scores were averaged before the final decision was taken.",
        "The abstracts reviewed were these:",
        "A1. Green Roofs and Peak Runoff", "Ingrid Solberg, Norwegian University of Science and Technology",
        "A2. Sensor Networks for Sewer Overflows", "Li Wei, Gdansk University of Technology",
        "B1. Leak Detection from Night Flow Data", "Pieter Jansen, Delft University of Technology", "",
        "The committee found that most abstracts reported field measurements, and few reported models alone.", ""])
    [talk] = run_text(text).talks
    assert talk.number is None and talk.title.en.text == "Reviewing Abstracts for a Regional Water Workshop"
