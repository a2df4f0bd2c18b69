"""A single document whose inner pages look like a title block opens no second talk (seen on real PDFs from
Debian's texlive-publishers-doc: uwthesis's approval page, tugboat's hyphenation list in its code listing).
Each document is made up."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf, justified, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.model import Text
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.segment.names import is_person_name
from pipeline.segment.titleblock import read_block

BODY = ("Harbour towns change slowly, and their quays outlast the trades that built them, so that each",
        "generation finds a new use for the old stone and the old sheds along the water's edge, which",
        "is why a survey of the mills must begin with the quays and with the people who still use them.")


def _centred(text: str, size: float, y: float) -> tuple[str, float, float, float, str]:
    return (EN, size, 297.6 - text_width(text, EN, size) / 2, y, text)


def _body(y: float) -> list[tuple[str, float, float, float, str]]:
    runs = []
    for line in BODY:
        runs += justified(line.split(), 72, 523, y)
        y -= 12
    return runs


def _segment(pages):
    cleaned = clean(extract(drawn_pdf(pages), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


def test_an_approval_page_in_a_thesis_is_no_new_talk():
    cover = [_centred("Tidal Mills of the Atlantic Coast", 20, 700), _centred("Morgan L. Price", 12, 640),
             _centred("A thesis submitted for the degree of Master of Arts", 12, 600)]
    approval = [_centred("Northfield University", 12, 720), _centred("Graduate School", 12, 700),
                _centred("This is to certify that I have examined this copy of a master's thesis by", 11, 640),
                _centred("Morgan L. Price", 12, 600),
                _centred("and have found that it is complete and satisfactory in all respects.", 11, 560)]
    chapter = [(EN, 14, 72, 720, "1 Introduction")] + _body(690)
    doc = _segment([cover, approval, chapter])
    assert len(doc.talks) == 1
    assert doc.talks[0].title.en.text == "Tidal Mills of the Atlantic Coast"


def test_hyphenated_words_of_a_listing_name_no_one():
    """A package's hyphenation list (``Vieth VM-ware Win-Edt``): words broken for hyphenation or a product's are no
    person's name, so the list under an organisation-like word (``Open-Office``) opens no title block."""
    lines = [Text.from_raw(s, n) for n, s in enumerate(
        ["Net-BSD Open-BSD Open-Office", "Pak-i-stan Pfa-Edit Post-Script Rich-ard", "Vieth VM-ware Win-Edt",
         "acro-nym analy-sis ap-pen-dix", "The list goes on for every word the package hyphenates in its own way."], 1)]
    assert read_block(lines, 0).speaker == ()
    assert not is_person_name("Vieth VM-ware Win-Edt")
    assert is_person_name("Jean-Pierre Dubois") and is_person_name("Rafael Domínguez-Ortega")
