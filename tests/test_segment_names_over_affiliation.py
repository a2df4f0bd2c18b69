"""A line of people's names over their institution, set larger than the body, is no heading (issue 16, real-PDF
trial: JACoW's annex lists its collaboration as ``R. Müller, V. R. W. Schaa‡`` / ``GSI Helmholtzzentrum …, 64291
Darmstadt, Germany`` at 12 pt over a 10 pt body, and three such lines had become sections). A lettered subsection
over running text is untouched (``sections._names_over_affiliation``'s doctest). Made-up paragraphs with their
layout, read by ``sections.split_paper``."""

from __future__ import annotations

from pipeline.model import LineLayout, Text
from pipeline.segment.layout import Layout
from pipeline.segment.sections import split_paper

BODY = "The counters on the harbour road were read every morning by one of the two observers on duty."
ROWS = [(14.0, "INTRODUCTION")] + [(10.0, BODY)] * 4 + [(14.0, "THE COUNTING TEAM")] + [(10.0, BODY)] * 3 + [
    (12.0, "K. Berg, T. Lund, Harbour Institute of Technology, 5003 Bergen, Norway"),
    (12.0, "R. Moreau, V. S. Dubois*"),
    (12.0, "Laboratoire des Ports Atlantiques, 44000 Nantes, France"),
    (12.0, "Y.-S. Chen"),
    (12.0, "National Harbour Research Center, Keelung 20224, Taiwan"),
    (14.0, "RESULTS")] + [(10.0, BODY)] * 4


def test_names_over_their_institution_set_large_are_no_headings():
    lines = [Text.from_raw(text, line=n) for n, (_, text) in enumerate(ROWS, 1)]
    layout = Layout(tuple(LineLayout(page=1, size=size, font="Times-Bold" if size == 14.0 else "Times-Roman")
                          for size, _ in ROWS), ())
    paper = split_paper(lines, layout)
    assert [s.title.text for s in paper.sections] == ["INTRODUCTION", "THE COUNTING TEAM", "RESULTS"]
    team = [p.text for p in paper.sections[1].paragraphs]
    assert "Y.-S. Chen" in team and "R. Moreau, V. S. Dubois*" in team
