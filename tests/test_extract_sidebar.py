"""A slide deck that prints its navigation down the side of each page (a beamer sidebar: the sections' list, the
real-PDF trial's hitszbeamer). Made-up decks."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems

SLIDE = (362.83, 272.13)  # beamer's 4:3 page, in points
SIDEBAR = [(6, 3, 178, "Contents"), (6, 3, 166, "Background"), (4, 5, 158, "Earlier surveys"),
           (4, 5, 151, "Open questions"), (6, 3, 138, "Methods"), (4, 5, 131, "Field work"), (4, 5, 124, "Models"),
           (6, 3, 97, "Results"), (6, 3, 70, "Outlook")]
FRAMES = [("Earlier surveys", ["Three coasts were mapped in 1990", "Two were mapped again in 2010"]),
          ("Open questions", ["Why do the sand banks move", "How fast do they move"]),
          ("Field work", ["Twelve cores each spring", "Counts by volunteers"]),
          ("Models", ["A wave model of the bay", "Tested on the 2010 maps"]),
          ("Outlook", ["More cores next year", "A second bay"])]


def _deck():
    pages = []
    for title, items in FRAMES:
        runs = [(EN, size, x, y, text) for size, x, y, text in SIDEBAR]
        runs.append((EN_BOLD, 12, 61, 244, title))
        # the body's lines stand on the sidebar's baselines: pieces of one row for the page's line finder
        runs += [(EN, 10.9, 66, y, item) for y, item in zip((166, 138), items)]
        pages.append(runs)
    cleaned = clean(extract(drawn_pdf(pages, size=SLIDE), name="deck.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return cleaned, doc


def test_a_sidebar_printed_on_every_page_is_navigation_furniture_not_table_cells():
    # hitszbeamer: each sidebar entry on the baseline of a body line was joined to it as a table row
    # (``Background<TAB>Three coasts were mapped in 1990``), and the rest stood as slide text on every page
    cleaned, doc = _deck()
    assert not [t.text for t in cleaned.lines if "\t" in t.text]
    navigation = [r.text for r in cleaned.ledger if r.reason == "navigation"]
    assert sorted(set(navigation)) == sorted(text for _, _, _, text in SIDEBAR)
    assert len(navigation) == len(SIDEBAR) * len(FRAMES)
    (talk,) = doc.talks
    assert [(s.title.text, [t.text for t in s.lines]) for s in talk.slides] == [(t, items) for t, items in FRAMES]


def test_a_block_title_at_the_pages_left_edge_on_most_pages_stays_content():
    # do no harm: a short line at the left edge of most pages, with the text under it starting at the same edge
    # (a block's title over a frame's build-up), is the page's content, no sidebar
    pages = [[(EN_BOLD, 12, 8, 244, f"Frame {k}"), (EN, 10, 8, 181, "Block title"),
              (EN, 10, 8, 166, f"The text of block {k} runs on under its title")] for k in range(1, 6)]
    cleaned = clean(extract(drawn_pdf(pages, size=SLIDE), name="deck.pdf"))
    assert not [r for r in cleaned.ledger if r.reason == "navigation"]
