"""Helper pdfmisc77 (issue 16): real English PDFs of texlive's templates. Made-up PDFs of the same kinds, drawn with
reportlab: a patent application's drawing sheets after its text (no slides), a displayed equation with its number
(no heading), a poster's title set over two lines in one size (one title), and an author's name with its initial glued
to its surname over an e-mail line (the speaker)."""

from __future__ import annotations

import io

from pipeline.model import Text
from tests.segmenting import segment_pdf, text_of


def _canvas(size=None):
    """``(canvas, buffer)``: a page drawing into the buffer, no time stamp (reproducible bytes)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    return canvas.Canvas(buf, pagesize=size or letter, invariant=1), buf


def _only_talk(data: bytes):
    [talk] = segment_pdf(data).talks
    return talk


BODY = ["[0001] The present invention relates to harbour cranes and in particular to their brakes.",
        "[0002] Cranes in small harbours stop slowly when the wind rises over the quay.",
        "[0003] FIG. 1 is an example drawing of the brake; and FIG. 2 shows the prior art.",
        "[0004] The brake in FIG. 1 holds the drum when the power fails, as the claims say.",
        "[0005] It is an object of this invention to stop the drum within one turn of it.",
        "[0006] Other objects of the invention will in part be obvious from the drawings."]


PROSE = ["[0007] The drum turns on a shaft that the motor drives through a gear, and the brake acts on",
         "the rim of the drum through two shoes that a spring presses against it whenever the power is cut.",
         "[0008] When the wind rises, the crane's operator cuts the power and the spring sets the shoes, so",
         "that the drum stops before the load swings into the ship's side or onto the quay below it.",
         "[0009] The invention accordingly comprises the several steps and the relation of one or more of",
         "such steps with respect to each of the others, as exemplified in the following disclosure.",
         "[0010] The scope of the invention will be indicated in the claims that follow this description."]


def patent_pdf(cited: bool = True) -> bytes:
    """Two pages of a patent application's text (a heading, numbered paragraphs, the page's number at its foot) and
    two drawing sheets, their reference numerals alone on their lines under ``FIG. 1`` and ``FIG. 2 PRIOR ART``."""
    c, buf = _canvas()
    W, H = c._pagesize
    for page in range(2):
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, H - 80, "FIELD OF THE INVENTION" if page == 0 else "DETAILED DESCRIPTION")
        c.setFont("Times-Roman", 12)
        y = H - 110
        for line in BODY if page == 0 else PROSE:
            c.drawString(72, y, line if cited else line.replace("FIG. 1", "the drawing").replace("FIG. 2", "another"))
            y -= 24
        c.drawCentredString(W / 2, 40, str(page + 1))
        c.showPage()
    for labels, fig in ((["1", "Widget", "2", "3"], "FIG. 1"), (["4", "Input", "5", "6", "Output"], "FIG. 2 PRIOR ART")):
        c.setFont("Times-Roman", 12)
        y = H - 150
        for s in labels:
            c.drawString(200 + 40 * (len(s) > 1), y, s)
            y -= 40
        c.drawCentredString(W / 2, y - 40, fig)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_patents_drawing_sheets_are_no_slides():
    # the texlive uspatent template's kind: the numerals 1 … 6 counted up as slides' numbers, and the application
    # had become a proceedings of 7 slides
    talk = _only_talk(patent_pdf())
    assert talk.slides == ()
    assert talk.shape == "paper"


def test_figure_sheets_need_the_text_to_cite_the_label():
    from pipeline.segment.talks import figure_sheets

    mk = lambda *ss: [Text.inserted(s) for s in ss]  # noqa: E731
    text = ("The brake holds the drum.", "It stops within one turn.")
    assert figure_sheets(mk("FIG. 1 is the brake.", *text, "1", "Widget", "2", "FIG. 1"), 3)
    assert figure_sheets(mk("See Figure 2 for the drum.", *text, "1", "2", "Figure 2"), 3)
    # near misses: no figure label alone after the cut, or one the text never cites
    assert not figure_sheets(mk("FIG. 1 is the brake.", *text, "1", "Widget", "2", "Results"), 3)
    assert not figure_sheets(mk(*text, "Brakes", "1", "Widget", "2", "FIG. 3"), 2)
    assert not figure_sheets(mk("FIG. 1 is the brake.", *text, "1", "FIG. 1 shows the drum"), 3)


def equation_pdf() -> bytes:
    """A paper's page: bold headings, Times running text, a displayed equation in italics centred with its number at
    the right margin, ``(1)``."""
    c, buf = _canvas()
    W, H = c._pagesize
    c.setFont("Times-Bold", 16)
    c.drawCentredString(W / 2, H - 60, "A Brake for Harbour Cranes")
    y = H - 100
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "FIELD OF THE INVENTION")
    c.setFont("Times-Roman", 12)
    for line in ["[0001] The present invention relates to harbour cranes and in particular to brakes.",
                 "[0002] Cranes in small harbours stop slowly when the wind rises over the quay."]:
        y -= 24
        c.drawString(72, y, line)
    y -= 48
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "DETAILED DESCRIPTION OF THE PREFERRED EMBODIMENTS")
    c.setFont("Times-Roman", 12)
    for line in ["[0014] The details of the invention go here. We use this area to refer to the",
                 "drawings so that the reader can see how it is done in a real application.",
                 "[0017] Note that you make and refer to equations like this:"]:
        y -= 24
        c.drawString(72, y, line)
    y -= 36
    c.setFont("Times-Italic", 12)
    c.drawCentredString(W / 2, y, "E = mc2")
    c.setFont("Times-Roman", 12)
    c.drawRightString(W - 72, y, "(1)")
    for line in ["[0018] We refer to the first equation as (1) in the text that follows it here.",
                 "It will thus be seen that the objects set forth above are efficiently attained."]:
        y -= 24
        c.drawString(72, y, line)
    y -= 48
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "ABSTRACT")
    c.setFont("Times-Roman", 12)
    y -= 24
    c.drawString(72, y, "A simple statement of what the invention pertains to, in one sentence.")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_displayed_equation_with_its_number_is_no_heading():
    talk = _only_talk(equation_pdf())
    headings = [s.title.text for s in talk.sections if s.title is not None]
    assert not any("mc" in h for h in headings), headings
    assert any("E = mc" in p.text for s in talk.sections for p in s.paragraphs)


def poster_pdf(first: str = "netbox-Poster-Layout") -> bytes:
    """A poster's head: its title over two lines in one face and size (60 pt), its byline and affiliation (20 pt),
    a box's heading and text."""
    c, buf = _canvas((1684, 2384))
    W, H = c._pagesize
    c.setFont("Helvetica-Bold", 60)
    c.drawCentredString(W / 2, H - 120, first)
    c.drawCentredString(W / 2, H - 190, "Harbour Institute of Bergen")
    c.setFont("Helvetica", 20)
    c.drawCentredString(W / 2, H - 250, "Maren Olsen and Tomas Berg")
    c.drawCentredString(W / 2, H - 275, "Harbour Institute, Bergen, Norway")
    c.setFont("Helvetica-Bold", 26)
    c.drawString(80, H - 360, "Summary")
    c.setFont("Helvetica", 20)
    y = H - 400
    for line in ["The class builds posters from boxes. It tries to offer a simple way to set a scientific",
                 "poster in the style of the institute. This document shows how the boxes are used.",
                 "Each box may be framed or coloured, and the title block is set from the title macro."]:
        c.drawString(80, y, line)
        y -= 28
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_title_set_over_two_lines_in_one_size_is_one_title():
    # the bfh-ci poster's kind: the first line (lower-case, hyphenated) had stayed front, the title the second alone
    talk = _only_talk(poster_pdf())
    assert text_of(talk.title.en) == "netbox-Poster-Layout Harbour Institute of Bergen"


def test_a_title_line_alone_keeps_its_reading():
    # near miss: the same poster with a title line a title on its own reads as before (both lines one title)
    talk = _only_talk(poster_pdf("A Poster Template"))
    assert text_of(talk.title.en) == "A Poster Template Harbour Institute of Bergen"


def glued_pdf() -> bytes:
    """A proceedings paper's head (the prociagssymp template's): the title, the first author ``A.Moretti`` with no
    space after the initial, an e-mail line, the other authors and their institute, then the abstract."""
    c, buf = _canvas()
    W, H = c._pagesize
    c.setFont("Times-Bold", 16)
    c.drawString(72, H - 80, "Tidal loading corrections for small harbour gauges")
    c.setFont("Times-Roman", 11)
    for k, s in enumerate(["A.Moretti", "e-mail: anna.moretti@example.org", "No Second Author, No Third Author",
                           "No-Where Institute"]):
        c.drawString(72, H - 115 - 14 * k, s)
    y = H - 190
    c.setFont("Times-Roman", 10)
    for line in ["Abstract. The gauges of small harbours are corrected for ocean tide loading by a model. This",
                 "paper compares two models on ten gauges and finds that the newer one halves the residual.",
                 "We recommend it for every harbour gauge that lies within fifty kilometres of the open sea."]:
        c.drawString(72, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_glued_initial_author_over_an_email_line_is_the_speaker():
    talk = _only_talk(glued_pdf())
    assert text_of(talk.speaker.name) == "A.Moretti"
    assert "A.Moretti" not in [t.text for t in talk.front]


def test_glued_initials_alone_name_no_one():
    from pipeline.segment.names import glued_initial_authors

    # near misses: the shape alone, a journal's abbreviation in a reference, words around it
    assert glued_initial_authors("B.Benciolini", "e-mail: battista.benciolini@unitn.it")
    assert glued_initial_authors("B.Benciolini, C.Rossi")
    assert not glued_initial_authors("B.Benciolini")
    assert not glued_initial_authors("J.Phys. A 12, 345 (1999)", "e-mail: a@b.org")
    assert not glued_initial_authors("as J.Phys prints it", "e-mail: a@b.org")
