"""A figure's labels set beside its caption, the caption to the figure's right, are the figure's text, not the body's
paragraphs (issue 16, session 50's known fault). Made-up PDFs."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified_paragraph

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems

BODY = ("The harbour board met four times this year and agreed on the plan for the new quay which the city will build "
        "over the next three years with the help of the port authority and the regional government of the coast").split()
CAPTION = [(EN, 9, 300, 680, "Figure 1: The flow of the harbour's readings from"),
           (EN, 9, 300, 669, "each sensor through the hub to the cloud and"),
           (EN, 9, 300, 658, "the archive of the port authority.")]
LABELS = [(EN, 8, 80, 690, "Sensor"), (EN, 8, 150, 690, "Hub"), (EN, 8, 80, 650, "Cloud"), (EN, 8, 150, 650, "Archive"),
          (EN, 8, 100, 620, "0.8"), (EN, 8, 100, 600, "0.4")]


def _paragraph(top: float) -> list:
    return justified_paragraph(BODY, top)


def _section(beside: list):
    runs = [(EN_BOLD, 14, 72, 780, "1 Introduction")] + _paragraph(760) + beside + CAPTION + _paragraph(560)
    cleaned = clean(extract(drawn_pdf([runs]), name="figure.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    (talk,) = doc.talks
    (section,) = talk.sections
    return [p.text for p in section.paragraphs], [r.text for r in doc.ledger if r.reason == "figure-text"]


def test_a_figures_labels_beside_its_caption_are_set_aside():
    paragraphs, set_aside = _section(LABELS)
    assert len(paragraphs) == 3 and paragraphs[1].startswith("Figure 1: The flow")
    assert sorted(" ".join(set_aside).replace("\t", " ").split()) == sorted(t for *_, t in LABELS)


def test_short_lines_under_the_caption_in_its_column_stay_the_text():
    # do no harm: short lines in the caption's own column, under it, are no figure beside it (fewer than three
    # fragments either way, and none beside the caption)
    lines = [(EN, 10, 300, 630, "Kobe"), (EN, 10, 300, 618, "Osaka")]
    paragraphs, set_aside = _section(lines)
    assert set_aside == []
