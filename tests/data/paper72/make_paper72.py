"""PDF inputs for helper paper72 (issue 16 point 2: a paper's title block; authors with marks, a citation line).

Run: /work/wt/paper72/.venv/bin/python make_paper72.py  (writes the PDFs beside this script)."""
import importlib.util
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location("make_paper67", HERE.parent / "paper67" / "make_paper67.py")
_PAPER67 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_PAPER67)
W, H = _PAPER67.W, _PAPER67.H


class Page(_PAPER67.Page):
    """paper67's page (lines, gaps, paragraphs), written beside this script, with raised marks."""

    def __init__(self, name):
        super().__init__(str(HERE / name))

    def marked(self, parts, size=11, lead=16, font="Helvetica"):
        """One centred line of ``(text, mark)`` pairs, each mark set small and raised after its text."""
        width = sum(pdfmetrics.stringWidth(t, font, size) + pdfmetrics.stringWidth(m, font, size * 0.6)
                    for t, m in parts)
        x = (W - width) / 2
        for t, m in parts:
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, t)
            x += pdfmetrics.stringWidth(t, font, size)
            self.c.setFont(font, size * 0.6)
            self.c.drawString(x, self.y + size * 0.4, m)
            x += pdfmetrics.stringWidth(m, font, size * 0.6)
        self.y -= lead

    def affiliation(self, mark, text, size=9, lead=12, font="Helvetica-Oblique"):
        width = pdfmetrics.stringWidth(mark, font, size * 0.6) + pdfmetrics.stringWidth(text, font, size)
        x = (W - width) / 2
        self.c.setFont(font, size * 0.6)
        self.c.drawString(x, self.y + size * 0.4, mark)
        x += pdfmetrics.stringWidth(mark, font, size * 0.6)
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        self.y -= lead


BODY = [("Abstract", ["The stability of cantilever retaining walls in soft clay is studied with a series of",
                      "centrifuge tests and compared with the usual limit equilibrium design methods."]),
        ("1 Introduction", ["Retaining walls in soft clay often deform more than design predicts, and the",
                            "deformation grows for years after construction. We test six walls in a centrifuge."])]


def body(p, parts=BODY):
    for head, lines in parts:
        p.line(head, "Helvetica-Bold", 12, lead=18)
        p.para(lines)


def caps_two_authors():
    """Trial's shape: authors in capitals joined by AND, each with a raised digit, addresses with postcodes."""
    p = Page("p72_caps_and.pdf")
    p.line("ON THE STABILITY OF RETAINING WALLS IN SOFT CLAY", "Helvetica-Bold", 14, centre=True, lead=24)
    p.marked([("TARO YAMADA", "1"), (" AND HANAKO SATO", "2")])
    p.affiliation("1", "Department of Civil Engineering, Kyushu University, 744 Motooka, Fukuoka 819-0395, Japan")
    p.affiliation("2", "Graduate School of Engineering, Tohoku University, 6-6 Aoba, Sendai 980-8579, Japan")
    p.gap(14)
    body(p)
    p.save()


def caps_three_authors():
    """Three authors in capitals, commas and AND, two sharing one mark."""
    p = Page("p72_caps_three.pdf")
    p.line("SEEPAGE BENEATH LEVEES ON LAYERED SOILS", "Helvetica-Bold", 14, centre=True, lead=24)
    p.marked([("KENJI MORI", "1"), (", LAURA BENNETT", "2"), (" AND YUKI ITO", "1")])
    p.affiliation("1", "Disaster Prevention Research Institute, Kyoto University, Gokasho, Uji 611-0011, Japan")
    p.affiliation("2", "School of Engineering, University of Glasgow, Glasgow G12 8QQ, UK")
    p.gap(14)
    body(p)
    p.save()


def caps_unmarked_affiliations():
    """The trial's shape: raised digits after names in capitals, the affiliation lines under them unmarked, each town
    in its own address (Fukuoka's line naming no town as the extraction reads it)."""
    p = Page("p72_caps_unmarked_affs.pdf")
    p.line("ON THE STABILITY OF RETAINING WALLS IN SOFT CLAY", "Helvetica-Bold", 14, centre=True, lead=24)
    p.marked([("TARO YAMADA", "1"), (" AND HANAKO SATO", "2")])
    p.line("Department of Civil Engineering, Kyushu University, Japan", "Helvetica-Oblique", 9, centre=True, lead=12)
    p.line("Graduate School of Engineering, Tohoku University, 6-6 Aoba, Sendai 980-8579, Japan", "Helvetica-Oblique", 9,
           centre=True, lead=12)
    p.gap(14)
    body(p)
    p.save()


def journal_letters():
    """A citation line over the title, letter marks after the names, ``a …`` affiliation lines."""
    p = Page("p72_journal_letters.pdf")
    p.line("Journal of Urban Mobility 12 (2024) 101–118", "Helvetica", 8, lead=30)
    p.line("Shared E-Scooters and Bus Ridership in Mid-Sized Cities", "Helvetica-Bold", 15, centre=True, lead=24)
    p.marked([("José Martínez-Ruiz", "a,*"), (", Li Wei", "b")])
    p.affiliation("a", "Department of Civil Engineering, University of Valencia, Spain")
    p.affiliation("b", "School of Transportation, Southeast University, Nanjing, China")
    p.gap(14)
    body(p, [("Abstract", ["We study how shared e-scooters affect bus ridership in twelve mid-sized cities using",
                           "trip records from 2019 to 2023."]),
             ("1. Introduction", ["Shared e-scooters arrived in most European cities after 2018. Their effect on",
                                  "public transport remains disputed."])])
    p.save()


if __name__ == "__main__":
    caps_two_authors()
    caps_three_authors()
    caps_unmarked_affiliations()
    journal_letters()
