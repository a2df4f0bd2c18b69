"""A reference list set with a hanging indent is read by its hang (helper pdf52, njurepo's author-year bibliography):
each entry opens at the list's flush edge, its wrapped lines set in under it go on it. Two one-line entries had run
into one paragraph (``… Addison-Wesley, 1989 Goosens M, …``) and each wrapped entry's later lines had been paragraphs
of their own. A prose paragraph's first-line indent (the reverse: the line before it ends short) is no hang."""

from __future__ import annotations

import sys
from pathlib import Path

X0, X1, HANG = 85.0, 510.0, 24.0


def _segment(runs):
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import drawn_pdf
    from pipeline.clean import clean
    from pipeline.extract import extract
    from pipeline.segment import segment
    from pipeline.segment.conservation import conservation_problems

    cleaned = clean(extract(drawn_pdf([runs]), name="made-up.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def _section(talk, title):
    [section] = [s for s in talk.sections if s.title is not None and s.title.text == title]
    return [p.text for p in section.paragraphs]


def _page(body):
    """A title, a short section of prose, then ``body`` (runs from y 600 down)."""
    from pdfmaker import EN, EN_BOLD, justified_paragraph

    runs = [(EN_BOLD, 16, X0, 780, "Ferry Networks of Small Ports")]
    runs += [(EN_BOLD, 12, X0, 740, "1 Introduction")]
    runs += justified_paragraph(("Small ports keep their ferries running through the winter because the islands "
                                 "depend on them for food, fuel and the mail, as earlier studies have shown.").split(),
                                top=720, x0=X0, x1=X1, size=10.5, leading=14)
    return runs + body


def test_a_hanging_author_year_list_gives_one_paragraph_per_entry():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN, EN_BOLD, justified

    y = 600.0
    body = [(EN_BOLD, 12, X0, 630, "References")]
    entries = [
        ["Knuth D E. The TeX book. 15th ed. Reading, MA: Addison-Wesley, 1989"],
        [("Goosens M, Mittelbach F, Samarin A. The LaTeX companion. Reading, MA: Addison-Wesley Publishing "
          "Company, and").split(), "Sons, 1994: 112-125"],
        ["Shell M. How to use the IEEEtran class. Journal of Class Files, 2002."],
        [("Krasnogor N. Towards robust memetic algorithms. Studies in Fuzziness and Soft Computing: volume "
          "166, Recent").split(), ("Advances in Memetic Algorithms, and other chapters on search methods for "
                                   "hard").split(), "problems. New York: Springer, 2004: 185-207"],
    ]
    for entry in entries:
        for n, row in enumerate(entry):
            x0 = X0 if n == 0 else X0 + HANG
            if isinstance(row, list):
                body += justified(row, x0, X1, y, 10.5)
            else:
                body.append((EN, 10.5, x0, y, row))
            y -= 16
    talk = _segment(_page(body))
    assert _section(talk, "References") == [
        "Knuth D E. The TeX book. 15th ed. Reading, MA: Addison-Wesley, 1989",
        "Goosens M, Mittelbach F, Samarin A. The LaTeX companion. Reading, MA: Addison-Wesley Publishing Company, "
        "and Sons, 1994: 112-125",
        "Shell M. How to use the IEEEtran class. Journal of Class Files, 2002.",
        "Krasnogor N. Towards robust memetic algorithms. Studies in Fuzziness and Soft Computing: volume 166, Recent "
        "Advances in Memetic Algorithms, and other chapters on search methods for hard problems. New York: "
        "Springer, 2004: 185-207",
    ]


def test_prose_with_first_line_indents_under_a_references_heading_stays_prose():
    sys.path.insert(0, str(Path(__file__).parent))
    from pdfmaker import EN_BOLD, justified_paragraph

    words = ("The sources below were read in the harbour archive over two winters, and each was checked against "
             "the ferry timetables of the years it names before it was cited here at all.").split()
    body = [(EN_BOLD, 12, X0, 630, "References")]
    body += justified_paragraph(words, top=600, x0=X0, x1=X1, size=10.5, leading=14)
    second = justified_paragraph(words, top=540, x0=X0, x1=X1, size=10.5, leading=14)
    body += [(f, z, x + 12 if k == 0 or y == 540 else x, y, t) for k, (f, z, x, y, t) in enumerate(second)]
    talk = _segment(_page(body))
    paragraphs = _section(talk, "References")
    assert len(paragraphs) == 2, paragraphs
