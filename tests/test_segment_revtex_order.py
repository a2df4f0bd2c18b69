"""REVTeX-shaped papers (issue 16, real-PDF trial: apssamp): a bold numbered heading wrapped after a comma
(``IV. FLOATS: FIGURES, TABLES, VIDEOS,`` / ``ETC.``) is one heading; and a line set in a typewriter face, measured a
little larger, goes on the sentence before it (asmeconf), a listing's line not. Each test but the last (a guard) failed on 5dea87a."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, MONO, drawn_pdf, justified
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems

FILL = ["The ferry records were read twice and compared line by line for every year that".split(),
        "the ledgers cover, and the two readings agreed in all but a handful of entries.".split(),
        "Those entries were checked against the harbour office copies kept in the archive.".split()]


def _doc(pages: list[list]):
    cleaned = clean(extract(drawn_pdf(pages, size=(612, 792)), name="made-up/revtex.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk, cleaned


def _para(x: tuple[float, float], top: float, size: float = 9.0) -> list:
    runs = []
    for k, words in enumerate(FILL):
        runs += justified(words, x[0], x[1], top - 11.0 * k, size)
    return runs


def _paper() -> list[list]:
    page1 = [(EN, 14, 150, 740, "Ferry Records of the Northern Islands")]
    y = 700.0
    for head in ("I. FIRST SECTION", "A. Sources", "B. Readings", "C. Checks", "II. SECOND SECTION", "A. Only part"):
        page1 += [(EN_BOLD, 9, 100 if head[0] in "I" else 70, y, head), *_para((54.0, 558.0), y - 16)]
        y -= 64
    page1 += [(EN_BOLD, 9, 80, y, "III. TABLES, FIGURES, VIDEOS,"), (EN_BOLD, 9, 120, y - 11, "ETC."),
              *_para((54.0, 558.0), y - 28)]
    return [page1]


def test_a_bold_heading_wrapped_after_a_comma_is_one_heading():
    talk, _ = _doc(_paper())
    titles = [(s.number, s.title.text) for s in talk.sections]
    assert ("3", "TABLES, FIGURES, VIDEOS, ETC.") in titles, titles


def _texts_after_a_paragraph(lines: list) -> list[str]:
    """The paragraphs' and front's texts of a one-page paper: a title, ``1. SOURCES``, a paragraph, then ``lines``."""
    page = [(EN, 14, 150, 740, "Ferry Records of the Northern Islands"), (EN_BOLD, 9, 120, 700, "1. SOURCES"),
            *_para((54.0, 299.0), 684), *lines]
    talk, _ = _doc([page])
    return [p.text for s in talk.sections for p in s.paragraphs] + [t.text for t in talk.front]


def test_a_line_in_a_typewriter_face_goes_on_the_sentence_before_it():
    texts = _texts_after_a_paragraph([(EN, 8.0, 54, 640, "* The option [north], for both engines, uses the island names. In"),
                                      (MONO, 8.5, 54, 630, "pdfLaTeX, use \\selectisland{north}. In"),
                                      (EN, 8.0, 54, 620, "LuaLaTeX, select the island by name.")])
    assert any("uses the island names. In pdfLaTeX, use \\selectisland{north}." in t for t in texts), texts


def test_a_listing_line_in_a_typewriter_face_stays_apart_from_the_prose_before_it():
    # the guard of the rule above: a code line (a listing's number, a command alone) is no sentence's wrap (aomart:
    # ``…the body font is upright:`` / ``596 \\newtheoremstyle{definition}{0.5\\linespacing}%``)
    texts = _texts_after_a_paragraph([
        (EN, 8.0, 54, 640, "In the definition style the name is in italics, and the body font is upright:"),
        (MONO, 8.5, 54, 630, "596 \\newtheoremstyle{definition}{0.5\\linespacing}%"),
        (MONO, 8.5, 54, 620, "597 {\\itshape}{}")])
    assert not any("upright: 596" in t for t in texts), texts

