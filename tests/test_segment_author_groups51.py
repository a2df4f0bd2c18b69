"""Authors in groups under a group's label, their marked affiliations with addresses over lines of their own (made-up
first page after the layout of AASTeX's sample631, issue 16 real-PDF trial of session 51: its last four authors, under
``(AAS Journals Data Editors)``, had stayed front, and a street under the first affiliation had ended the rest)."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, EN_ITALIC, drawn_pdf, justified_paragraph

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

WORDS = ("This example manuscript is intended to serve as a tutorial and template for authors to use when writing "
         "their own papers for the journals of the society and it shows the commands of the class").split()
AFFILIATIONS = ["¹Harbour Astronomical Society", "12 Quay Street, Suite 3", "Northport, NP1 2AB, UK", "²Leiden University",
                "³Kyoto University"]


def _page(label: str | None) -> bytes:
    runs = [(EN_BOLD, 10, 180, 700, "A Template for Articles of the Harbour Journal"),
            (EN, 9, 220, 684, "Mika Tanabe,¹ Jonas Berg¹")]
    if label is not None:
        runs.append((EN, 9, 230, 670, label))
    runs.append((EN, 9, 127, 650, "Anna Lind,² Kenji Mori,³ Sara Holm,¹ Jonas Nyberg,²"))
    runs += [(EN_ITALIC, 8, 230, 634 - 11.5 * k, line) for k, line in enumerate(AFFILIATIONS)]
    runs += [(EN, 10, 277, 550, "ABSTRACT"), *justified_paragraph(WORDS, 535, size=10, leading=12)]
    return drawn_pdf([runs])


def _authors(label: str | None) -> list[tuple[str, str | None]]:
    (talk,) = segment(clean(extract(_page(label), name="sample.pdf"))).talks
    return [(a.name.text, a.affiliation.text if a.affiliation is not None else None) for a in talk.speaker.authors]


def test_the_authors_under_a_group_label_are_authors_too():
    assert _authors("(Harbour Journals Data Editors)") == [
        ("Mika Tanabe", "Harbour Astronomical Society"), ("Jonas Berg", "Harbour Astronomical Society"),
        ("Anna Lind", "Leiden University"), ("Kenji Mori", "Kyoto University"),
        ("Sara Holm", "Harbour Astronomical Society"), ("Jonas Nyberg", "Leiden University")]


def test_the_authors_without_a_label_keep_their_affiliations():
    # the same lines with no label between them: one block of authors, each mark's affiliation past the address
    assert [a for _, a in _authors(None)] == ["Harbour Astronomical Society"] * 2 + ["Leiden University", "Kyoto University",
                                                                                  "Harbour Astronomical Society", "Leiden University"]
