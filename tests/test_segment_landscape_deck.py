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


NUMBERED = [PAGES[0]] + [page + [(EN, 10, 680, 30, str(k))] for k, page in enumerate(PAGES[1:] + [
    [(EN, 16, 40, 480, "Costs"), (EN, 12, 50, 440, "- Turbines cost less each year"), (EN, 12, 50, 420, "- Cables cost more")]], 2)]


def test_a_cover_that_hides_its_number_in_a_deck_numbered_by_place_is_slide_1():
    """Slides 2, 3 … print their numbers and the cover prints none (PowerPoint's default hides the title slide's):
    the printed numbers are the pages' places, so the cover is slide 1, as in a deck that prints no number at all."""
    talk = segment(clean(extract(drawn_pdf(NUMBERED, size=(720, 540)), name="tides.pdf"))).talks[0]
    assert talk.shape == "deck"
    assert [(s.number, s.title.text) for s in talk.slides][:2] == [(1, "Tidal Energy for Island Towns"), (2, "Why tides?")]
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5]


def test_a_text_decks_cover_is_slide_1_only_when_the_printed_numbers_count_it():
    from segment_inputs import cleaned_from_text

    def numbers(first: int) -> list:
        text = "Tidal Energy for Island Towns\nRosa Delgado\n" + "".join(
            f"\f{title}\n- {line}\n{first + k}\n" for k, (title, line) in enumerate(
                [("Why tides?", "Predictable, unlike wind"), ("Our pilot", "Two turbines in the channel"),
                 ("Next steps", "A third turbine")]))
        return [s.number for s in segment(cleaned_from_text(text)).talks[0].slides]

    assert numbers(2) == [1, 2, 3, 4]  # the cover counts as 1 and hides it
    assert numbers(1) == [None, 1, 2, 3]  # the count starts after the cover: it has no number
