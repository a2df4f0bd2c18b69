"""PDF inputs for helper paper73 (issue 16 point 2: a journal's masthead over an article's title block; a keyword
field wrapped over two lines).

Run: /work/wt/paper73/.venv/bin/python make_paper73.py  (writes the PDFs beside this script)."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
_SPEC = importlib.util.spec_from_file_location("make_paper72", HERE.parent / "paper72" / "make_paper72.py")
_PAPER72 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_PAPER72)
W = _PAPER72.W


class Page(_PAPER72.Page):
    """paper72's page (lines, gaps, paragraphs, raised marks), written beside this script."""

    def __init__(self, name):
        _PAPER72._PAPER67.Page.__init__(self, str(HERE / name))


BODY = [("Abstract", ["Night buses carry shift workers in port cities. We surveyed 2,400 riders on 31 routes",
                      "in three cities and matched their trips to the jobs they reach."]),
        ("1. Introduction", ["Most transit research studies the daytime network. Night services are few and their",
                             "riders are often missed by household travel surveys."])]


def _article(p, first, second):
    """The title, two marked authors over their affiliations and the body, under whatever masthead ``p`` holds."""
    p.line("Night Buses and the Shift Worker in Port Cities", "Helvetica-Bold", 15, centre=True, lead=24)
    p.marked([("Kenji Mori", first + (",*" if first == "a" else "")), (", Laura Bennett", second)])
    p.affiliation(first, "Disaster Prevention Research Institute, Kyoto University, Uji, Japan")
    p.affiliation(second, "School of Engineering, University of Glasgow, UK")
    p.gap(14)
    _PAPER72.body(p, BODY)
    p.save()


def elsevier_masthead():
    """An Elsevier article's header: the listing line, the journal's name set large, its homepage, then the title."""
    p = Page("p73_elsevier_masthead.pdf")
    p.line("Contents lists available at ScienceDirect", "Helvetica", 8, centre=True, lead=16)
    p.line("Journal of Transport and Land Use", "Helvetica-Bold", 13, centre=True, lead=16)
    p.line("journal homepage: www.elsevier.com/locate/jtlu", "Helvetica", 8, centre=True, lead=34)
    _article(p, "a", "b")


def volume_doi_masthead():
    """A journal's name over its volume and DOI, an ARTICLE IN PRESS label over them."""
    p = Page("p73_volume_doi.pdf")
    p.line("ARTICLE IN PRESS", "Helvetica-Bold", 9, lead=14)
    p.line("Urban Studies Review", "Helvetica", 10, lead=14)
    p.line("Vol. 12, No. 3", "Helvetica", 9, lead=14)
    p.line("https://doi.org/10.1016/j.usr.2024.101118", "Helvetica", 8, lead=30)
    _article(p, "1", "2")


if __name__ == "__main__":
    elsevier_masthead()
    volume_doi_masthead()
