"""Capitals set letterspaced in a title or a heading of a PDF are read as their words, the raw lines kept as set
(fbithesis' cover, session 50's real-PDF trial: ``D O R T M U N D`` over ``FAKULTÄT FÜR INFORMATIK``). Made-up
PDFs."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

BODY = ("The harbour board met four times this year and agreed on the plan for the new quay, which the city will build "
        "over the next three years with the help of the port authority and the regional government.")


def _spaced(text: str, x: float, y: float, size: float, font: str = EN_BOLD) -> list:
    """Runs for ``text`` letterspaced: each letter alone, a wide white after it, three times that between words."""
    runs = []
    for word in text.split():
        for ch in word:
            runs.append((font, size, x, y, ch))
            x += text_width(ch, EN_BOLD, size) + 0.3 * size
        x += 0.6 * size
    return runs


def _doc(heading: list) -> tuple:
    runs = _spaced("WUPPERTAL", 80, 760, 20) + [(EN_BOLD, 20, 80, 736, "Harbour Board Annual Review")]
    runs += [(EN, 12, 80, 700, "Anna Berg"), (EN, 12, 80, 686, "Kobe University")]
    runs += [(EN_BOLD, 14, 80, 640, "1 Introduction")]
    page2 = list(heading)
    for k, start in enumerate(range(0, len(BODY), 90)):
        runs.append((EN, 10, 80, 620 - 12 * k, BODY[start:start + 90]))
        page2.append((EN, 10, 80, 560 - 12 * k, BODY[start:start + 90]))
    cleaned = clean(extract(drawn_pdf([runs, page2]), name="report.pdf"))
    (talk,) = segment(cleaned).talks
    return cleaned, talk


def test_a_letterspaced_line_of_a_title_of_two_lines_is_its_word():
    cleaned, talk = _doc([])
    assert talk.title.en.text == "WUPPERTAL Harbour Board Annual Review"
    assert "W U P P E R T A L" in [t.text for t in cleaned.lines]  # the raw text stays as set


def test_a_letterspaced_heading_wrapped_over_two_lines_is_its_words_line_by_line():
    heading = _spaced("INTERNE BERICHTE", 80, 760, 20) + _spaced("INTERNAL REPORTS", 80, 735, 20)
    _, talk = _doc(heading)
    assert "INTERNE BERICHTE INTERNAL REPORTS" in [s.title.text for s in talk.sections]
    assert [s.heading.text for s in talk.sections if s.title.text.startswith("INTERNE")][0].startswith("I N T E R N E")


def test_initials_and_words_stay_as_set():
    # do no harm: a line of initials and a word (`J R R Tolkien`) is no letterspaced run
    _, talk = _doc([(EN_BOLD, 14, 80, 620, "J R R Tolkien and the Harbour")])
    assert "J R R Tolkien and the Harbour" in [s.title.text for s in talk.sections] + [t.text for t in talk.front] \
        + [p.text for s in talk.sections for p in s.paragraphs]
