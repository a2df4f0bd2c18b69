"""A citation and its full stop wrapped onto a line of their own end the sentence (trial 54).

Trial 54's ``en_techrep.pdf`` wrapped ``… because reference sensors cost several thousand pounds each`` / ``[1].``
in its introduction: the ``[1].`` line was read as a reference list's item, a paragraph of its own. Outside a
References section (and inside it too: an item holds its reference after its number) such a line is the end of the
sentence above it. Made-up papers of another topic, the correct results written first.
"""

from __future__ import annotations

from tests.pdfmaker import EN, EN_BOLD, drawn_pdf, justified
from tests.segment_inputs import paragraphs, run_pdf, run_text

DUMP = """\
Tide Gauges for Small Harbours
Anna Berg and Kenji Mori
Harbour Office, City of Aarhus

I. INTRODUCTION
Small harbours seldom keep a tide gauge of their own, because a radar gauge
with its mast, its logger and its yearly service costs several thousand euros
[1].

II. METHOD
We read staff gauges by camera at four harbours every ten minutes for a year
and compared the readings with those of the nearest national gauge in Aarhus
[2], [3].

REFERENCES
[1] K. Sato, "Tide gauges for ports," J. Ports, vol. 3, pp. 1-9, 2019.
[2] A. Lind, "Camera gauges," Coast. Eng., vol. 12, 2021.
[3] P. Kim, "Staff gauges revisited," Ocean Obs., vol. 4, 2022.
"""


def test_a_dumped_citation_line_ends_the_sentence_above54():
    (talk,) = run_text(DUMP).talks
    paras = paragraphs(talk)
    assert not any(p.strip() in ("[1].", "[2], [3].") for p in paras), paras
    assert any(p.endswith("costs several thousand euros [1].") for p in paras), paras
    assert any(p.endswith("the nearest national gauge in Aarhus [2], [3].") for p in paras), paras
    refs = next(s for s in talk.sections if s.title is not None and s.title.text.upper() == "REFERENCES")
    assert [p.text[:3] for p in refs.paragraphs] == ["[1]", "[2]", "[3]"]


def test_a_pdfs_citation_line_ends_the_sentence_above54():
    """A PDF column: the paragraph's justified lines, then ``[1].`` set alone at the column's left edge."""
    rows = [["Small", "harbours", "seldom", "keep", "a", "tide", "gauge", "of", "their", "own,", "because", "a", "radar"],
            ["gauge", "with", "its", "mast", "and", "logger", "costs", "several", "thousand", "euros", "each", "year"]]
    runs = [(EN_BOLD, 16.0, 150.0, 760.0, "Tide Gauges for Small Harbours"),
            (EN, 11.0, 220.0, 735.0, "Anna Berg and Kenji Mori"),
            (EN, 10.0, 200.0, 720.0, "Harbour Office, City of Aarhus"),
            (EN_BOLD, 10.0, 72.0, 690.0, "I. INTRODUCTION")]
    for k, row in enumerate(rows):
        runs += justified(row, 72.0, 300.0, 674.0 - 12.0 * k, 10.0)
    runs += [(EN, 10.0, 72.0, 650.0, "[1]."),
             (EN, 10.0, 82.0, 638.0, "Volunteers have read staff gauges at small harbours"),
             (EN, 10.0, 72.0, 626.0, "instead for decades."),
             (EN_BOLD, 10.0, 72.0, 600.0, "REFERENCES"),
             (EN, 9.0, 72.0, 586.0, "[1] K. Sato, \"Tide gauges for ports,\" J. Ports, 2019.")]
    (talk,) = run_pdf(drawn_pdf([runs])).talks
    paras = paragraphs(talk)
    assert "[1]." not in [p.strip() for p in paras], paras
    assert any(p.endswith("thousand euros each year [1].") for p in paras), paras
