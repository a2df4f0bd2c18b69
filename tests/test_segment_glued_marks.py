"""A paper's title block as a PDF gives it (issue 16, point 2; trial 32's reportlab paper): the authors' superscript
marks flattened to plain digits glued to the names (``Okafor1``) are marks where the affiliation lines open with
them, so the author line is the speaker's, never the title; and a title wrapped over two lines set in one size and
face stays one title though its second line reads as an organisation's name. Made-up documents (text dumps, and
PDFs drawn with reportlab where sizes and faces matter)."""

from __future__ import annotations

import pytest
from pdfmaker import EN, EN_BOLD, drawn_pdf, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.model import Text
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from pipeline.segment.titleblock import read_block
from segment_inputs import one_talk

AUTHORS = "Ingrid Solberg1, Kofi Mensah2, Rui Tanaka1"
AFFILIATIONS = ["1School of Marine Science, Westhaven University", "2Coastal Dynamics Laboratory, Hartfield Institute"]
EXPECTED = [("Ingrid Solberg", "School of Marine Science, Westhaven University"),
            ("Kofi Mensah", "Coastal Dynamics Laboratory, Hartfield Institute"),
            ("Rui Tanaka", "School of Marine Science, Westhaven University")]
BODY = ["Abstract. Sandbars move with each storm, and we ask how far a season of storms shifts them along the shore.",
        "1. Introduction",
        "Sandbars protect beaches from waves, yet their positions change from one storm to the next.",
        "2. Method",
        "We surveyed four beaches every month for two years with a small boat and a sounder."]


def _authors(talk):
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


@pytest.mark.parametrize("authors, expected", [
    (AUTHORS, EXPECTED),
    ("Ingrid Solberg1, Kofi Mensah2 and Rui Tanaka1,2",
     EXPECTED[:2] + [("Rui Tanaka", "School of Marine Science, Westhaven University; "
                                    "Coastal Dynamics Laboratory, Hartfield Institute")]),
])
def test_digits_glued_to_authors_are_marks_their_affiliations_open_with(authors, expected):
    title = "Sandbar Migration on Storm Beaches"
    talk = one_talk("\n".join([title, authors, *AFFILIATIONS, *BODY]))
    assert talk.title.en.text == title
    assert _authors(talk) == expected
    assert talk.speaker.name.text == expected[0][0]
    assert [t.text for t in talk.front] == []


def test_digits_glued_to_names_over_no_marked_line_are_no_marks():
    """Without affiliation lines that open with them, the digits are no marks: no author is cut out of them."""
    talk = one_talk("\n".join(["Sandbar Migration on Storm Beaches", "Ingrid Solberg1, Kofi Mensah2",
                               "School of Marine Science, Westhaven University", *BODY]))
    assert all(not a.marks for a in talk.speaker.authors)


def _paper_pdf(title_lines: list[tuple[str, str]]) -> bytes:
    """A paper's first page: the title (each line ``(font, text)``, 16 pt, centred), the authors at 10.5 pt, two
    affiliation lines at 9 pt, then the body at 9.5 pt."""
    def centred(font, text, size, y):
        return (font, size, 297.6 - text_width(text, font, size) / 2, y, text)

    runs, y = [], 780
    for font, text in title_lines:
        runs.append(centred(font, text, 16, y))
        y -= 19
    y -= 6
    runs.append(centred(EN, AUTHORS, 10.5, y))
    for line in AFFILIATIONS:
        y -= 12
        runs.append(centred(EN, line, 9, y))
    y -= 24
    for line in BODY:
        runs.append((EN_BOLD if line[0].isdigit() else EN, 9.5, 60, y, line))
        y -= 14
    return drawn_pdf([runs])


def _pdf_talk(pdf: bytes):
    cleaned = clean(extract(pdf, name="paper.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    assert len(doc.talks) == 1
    return doc.talks[0]


def test_a_title_wrapped_onto_an_organisation_like_line_in_its_own_face_stays_whole():
    talk = _pdf_talk(_paper_pdf([(EN_BOLD, "Forecasting Sandbar Migration with Records from Mid-Size"),
                                 (EN_BOLD, "Port Authority Offices")]))
    assert talk.title.en.text == "Forecasting Sandbar Migration with Records from Mid-Size Port Authority Offices"
    assert _authors(talk) == EXPECTED
    assert [t.text for t in talk.front] == []


def test_a_one_line_title_over_glued_marks_in_a_pdf():
    talk = _pdf_talk(_paper_pdf([(EN_BOLD, "Sandbar Migration on Storm Beaches")]))
    assert talk.title.en.text == "Sandbar Migration on Storm Beaches"
    assert _authors(talk) == EXPECTED


def test_an_organisation_in_another_face_under_the_title_is_no_title_line():
    """Do no harm: the same size in another face (an issuing organisation under a cover's title) carries no title on."""
    talk = _pdf_talk(_paper_pdf([(EN_BOLD, "Forecasting Sandbar Migration with Records from Mid-Size"),
                                 (EN, "Port Authority Offices")]))
    assert talk.title.en.text == "Forecasting Sandbar Migration with Records from Mid-Size"


@pytest.mark.parametrize("authors, under", [("Dr. Ingrid Solberg¹ Dr.-Ing. Kofi Mensah²", "¹HWU ²HFI"),
                                           (AUTHORS, AFFILIATIONS[0])])
def test_marked_authors_open_no_title(authors, under):
    """Authors each closing on a mark over the line of their marked affiliations (a deck's cover, powerdot's
    ``Dipl. … Voß¹ Dr.-Ing. … Voß²`` over ``¹BTO ²ZEDAT``, which was a deck's title) are the authors' line, never a
    title block's title."""
    lines = [Text.from_raw(s, n) for n, s in enumerate([authors, under, "12. März 2021", *BODY], 1)]
    assert read_block(lines, 0).title is None


def test_a_title_that_reads_as_a_name_set_large_over_marked_authors():
    """A cover's title of two capitalised words (read alone, a person's name) set well larger than the marked
    authors under it is the title, the authors the speaker (beamer-fuberlin's ``Wissenschaftliches Schreiben``)."""
    runs = [(EN_BOLD, 16, 72, 780, "Kartierte Sandbänke"), (EN, 10, 72, 760, "Tagung der Küstenforschung, 2019"),
            (EN, 10, 72, 745, "Dr. Ingrid Solberg¹ Dr.-Ing. Kofi Mensah²"), (EN, 7, 72, 733, "¹HWU ²HFI"),
            (EN, 8, 72, 720, "12. März 2021")]
    y = 690
    for line in BODY[1:]:
        runs.append((EN, 10, 72, y, line))
        y -= 14
    talk = _pdf_talk(drawn_pdf([runs]))
    assert talk.title.en.text == "Kartierte Sandbänke"
    assert [a.affiliation.text for a in talk.speaker.authors] == ["HWU", "HFI"]
