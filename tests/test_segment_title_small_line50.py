"""A small line over a paper's title (a preprint's running date line, a journal's line) is front matter, never the
title (AASTeX's sample, session 50's real-PDF trial: every AASTeX paper was titled ``Draft version …``). Made-up
PDFs."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified_paragraph

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

BODY = ("Classical novae are thermonuclear explosions on the surface of white dwarfs in close binary systems and we "
        "present here observations of several of them made over many years with the space telescope and the ground "
        "based observatories that were available to us at the time of each outburst and its decline").split()


def _paragraph(top: float) -> list:
    return justified_paragraph(BODY, top)


def _paper(over_title: list) -> list:
    runs = list(over_title)
    runs += [(EN_BOLD, 10, 200, 690, "Template Article with Examples of Novae"),
             (EN, 9, 230, 672, "Anna Berg,¹ Tom Lee²"),
             (EN, 8, 240, 658, "¹Kobe University"), (EN, 8, 240, 648, "²Leiden University"),
             (EN, 10, 280, 620, "ABSTRACT")]
    runs += _paragraph(600)
    runs += [(EN_BOLD, 10, 250, 500, "1. INTRODUCTION")]
    runs += _paragraph(480)
    return runs


def _talk(runs: list):
    (talk,) = segment(clean(extract(drawn_pdf([runs]), name="paper.pdf"))).talks
    return talk


def test_a_date_line_set_small_over_the_title_is_no_title():
    talk = _talk(_paper([(EN, 8, 60, 760, "Draft version February 26, 2021"),
                         (EN, 8, 60, 748, "Typeset using LATEX default style in AASTeX631")]))
    assert talk.title.en.text == "Template Article with Examples of Novae"
    assert [a.name.text for a in talk.speaker.authors] == ["Anna Berg", "Tom Lee"]
    assert "Draft version February 26, 2021" in [t.text for t in talk.front]


def test_a_title_alone_at_the_top_stays_the_title():
    # do no harm: without a line over it, the title is read as before
    talk = _talk(_paper([]))
    assert talk.title.en.text == "Template Article with Examples of Novae"


def test_a_title_set_larger_than_the_line_under_it_keeps_its_place():
    # do no harm: a title in the largest size, a smaller line under it (the subtitle or the authors) is no title
    runs = [(EN_BOLD, 14, 150, 760, "Winds of Novae in Close Binary Systems")] + _paper([])[1:]
    talk = _talk(runs)
    assert talk.title.en.text == "Winds of Novae in Close Binary Systems"
