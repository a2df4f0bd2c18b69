"""A deck exported with no page numbers (Beamer's default themes): its pages are wider than high."""

from __future__ import annotations

from pdfmaker import EN, drawn_pdf

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

PAGES = [
    [(EN, 20, 80, 380, "Tidal Energy for Island Towns"), (EN, 12, 80, 340, "Rosa Delgado"),
     (EN, 12, 80, 320, "Harbour Energy Forum, May 2024")],
    [(EN, 16, 40, 480, "Why tides?"), (EN, 12, 50, 440, "- Predictable, unlike wind"),
     (EN, 12, 50, 420, "- Close to the towns that need it")],
    [(EN, 16, 40, 480, "Our pilot"), (EN, 12, 50, 440, "- Two turbines in the channel"),
     (EN, 12, 50, 420, "- Running since 2022")],
    [(EN, 16, 40, 480, "Next steps"), (EN, 12, 50, 440, "- A third turbine"), (EN, 12, 50, 420, "- Storage on shore")],
]


def test_landscape_pages_without_numbers_are_slides_in_page_order():
    talk = segment(clean(extract(drawn_pdf(PAGES, size=(720, 540)), name="tides.pdf"))).talks[0]
    assert talk.shape == "deck"
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]
    assert [s.title.text for s in talk.slides] == ["Tidal Energy for Island Towns", "Why tides?", "Our pilot", "Next steps"]
    assert talk.title.en.text == "Tidal Energy for Island Towns"


def test_portrait_pages_without_numbers_are_no_slides_by_their_pages():
    talk = segment(clean(extract(drawn_pdf(PAGES, size=(595, 842)), name="tides.pdf"))).talks[0]
    assert [s.number for s in talk.slides] != [1, 2, 3, 4]


def test_landscape_pages_of_dense_text_are_no_slides():
    """A landscape cheat sheet: each page holds more lines than a slide does."""
    dense = [[(EN, 9, 40, 520 - 11 * k, f"Command {p}.{k} does one thing to the text around it") for k in range(45)]
             for p in range(3)]
    talk = segment(clean(extract(drawn_pdf(dense, size=(842, 595)), name="sheet.pdf"))).talks[0]
    assert talk.shape != "deck"
