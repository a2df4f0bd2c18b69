"""A slide deck whose frames are built up over several pages (beamer's overlays: the same slide again with one more
item on each page), as the real-PDF trial's beamer-verona and beamer-fuberlin print them. Made-up decks."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems
from segment_inputs import furniture, run_text

SLIDE = (362.83, 272.13)  # beamer's 4:3 page, in points


def _pdf_doc(pages):
    cleaned = clean(extract(drawn_pdf(pages, size=SLIDE), name="deck.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    return doc


ITEMS = ["• Berths are full at noon", "• Ferries wait offshore", "• Trucks queue in town"]


def _frame_page(shown: int, number: int) -> list[tuple[str, float, float, float, str]]:
    # the items not yet shown are drawn far above the page, as beamer sets covered overlay text
    runs = [(EN_BOLD, 14, 20, 240, "Harbour Capacity"), (EN, 10, 20, 200, "What we counted")]
    for k, item in enumerate(ITEMS):
        runs.append((EN, 10, 30, (170 - 15 * k) if k < shown else (2170 - 15 * k), item))
    return runs + [(EN, 6, 20, 4, "Ana Ruiz (Port Lab)"), (EN, 6, 300, 4, f"{number} / 3")]


def test_text_drawn_off_the_page_is_no_slides_content_nor_a_running_head():
    # beamer-verona: the covered items stood far above each page of the build-up; the one shown on no other page at
    # its height became the slide's title, the others were dropped as running headers
    pages = [[(EN_BOLD, 17, 20, 186, "Quay Space in Small Ports"), (EN, 9, 20, 140, "Ana Ruiz")]]
    pages += [_frame_page(shown, 2) for shown in (1, 2, 3)]
    pages += [[(EN_BOLD, 14, 20, 240, "Next Steps"), (EN, 10, 30, 170, "• Extend the east quay"),
               (EN, 6, 20, 4, "Ana Ruiz (Port Lab)"), (EN, 6, 300, 4, "3 / 3")]]
    doc = _pdf_doc(pages)
    (talk,) = doc.talks
    assert [s.title.text if s.title else None for s in talk.slides][1:] == ["Harbour Capacity", "Next Steps"]
    assert sorted(r.text for r in doc.ledger if r.reason == "off-page") == sorted(ITEMS[1:] + ITEMS[2:])
    assert [t.text for t in talk.slides[1].lines if t.text.startswith("•")] == ITEMS


BUILT_UP = "\n\f".join([
    "Quay Space in Small Ports\nAna Ruiz, Port Lab",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n2/4",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n- Ferries wait offshore\n2/4",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n- Ferries wait offshore\n- Trucks queue in town\n2/4",
    "Options\nWhat we compared\n- A new quay\n3/4",
    "Next Steps\nWhat we propose\n- Extend the east quay\n4/4",
]) + "\n"


def test_a_frame_built_up_over_pages_keeps_its_lines_and_its_number():
    # the frame's title and first line open each of its three pages: they recurred at the pages' edges and were
    # dropped as running headers; and its number holding over the three pages (2/4, 2/4, 2/4) numbered nothing
    doc = run_text(BUILT_UP)
    (talk,) = doc.talks
    assert [(s.number, s.title.text if s.title else None) for s in talk.slides] == [
        (1, "Quay Space in Small Ports"), (2, "Harbour Capacity"), (3, "Options"), (4, "Next Steps")]
    assert [t.text for t in talk.slides[1].lines] == ["What we counted", "- Berths are full at noon",
                                                      "- Ferries wait offshore", "- Trucks queue in town"]
    assert not [text for text, _ in furniture(doc) if "counted" in text or "Capacity" in text]


def test_a_frame_built_up_over_pages_is_one_slide_its_last_page_the_earlier_pages_in_the_ledger():
    # decision (issue 16 point 2): the frame is the slide its last page shows; each earlier page shows a part of it
    # again, so its lines go to the ledger (``build-up``), where the pages the deck printed can be read back
    doc = run_text(BUILT_UP)
    rows = [(r.text, r.rule) for r in doc.ledger if r.reason == "build-up"]
    assert rows == [(t, "merge_build_up") for t in ("Harbour Capacity", "What we counted", "- Berths are full at noon",
                                                    "Harbour Capacity", "What we counted", "- Berths are full at noon",
                                                    "- Ferries wait offshore")]


def test_pages_that_print_their_own_numbers_are_slides_of_their_own_even_when_one_holds_the_one_before():
    # do no harm: a slide that repeats the one before and adds a line under a number of its own (an agenda shown
    # again with the next item) is a slide of its own
    text = BUILT_UP.replace("- Ferries wait offshore\n2/4", "- Ferries wait offshore\n3/5", 1)
    text = text.replace("- Trucks queue in town\n2/4", "- Trucks queue in town\n4/5").replace("3/4", "5/5")
    text = "\n\f".join(p for p in text.split("\n\f") if "Next Steps" not in p) + "\n"
    (talk,) = run_text(text).talks
    assert [s.number for s in talk.slides] == [1, 2, 3, 4, 5]


def test_a_line_on_every_frames_pages_is_still_a_running_line():
    # do no harm: a footer on the pages of several frames is page furniture, built-up frames or not
    pages = BUILT_UP.split("\n\f")
    text = "\n\f".join(p.rstrip("\n") + "\nPort Lab 2026" for p in pages) + "\n"
    doc = run_text(text)
    assert ("Port Lab 2026", "running-footer") in furniture(doc)


LOST = "\ufffd"  # a symbol font's bullet extraction could not read (beamer-fuberlin's MSAM7 triangles)
MARKED = "\n\f".join([
    "Field Notes on Tidal Flats\nSpring Meeting of Coastal Ecologists, 2024\nDr. Mara Lind¹ Prof. Jon Ekberg²\n"
    "¹Uni Kiel ²AWI\n12. März 2024",
    "Contents\n1 Why tidal flats\nThe survey\n2/4",
    f"Why tidal flats\n{LOST} Mud holds more carbon than we thought.\n{LOST} Birds feed here in spring and autumn.\n3/4",
    f"Why tidal flats\n{LOST} Mud holds more carbon than we thought.\n{LOST} Birds feed here in spring and autumn.\n"
    f"{LOST} Every flat we surveyed had changed since 1990.\n3/4",
    f"The survey\n{LOST} Twelve flats on two coasts.\n{LOST} Cores taken every spring.\n4/4",
    f"The survey\n{LOST} Twelve flats on two coasts.\n{LOST} Cores taken every spring.\n{LOST} Counts by volunteers.\n4/4",
]) + "\n"


def test_items_led_by_a_lost_mark_are_a_slides_not_running_text():
    # beamer-fuberlin: each item led by a lost glyph and a space weighed as running text, so the deck's pages held
    # prose and the deck was a paper (its frames' items one section's paragraphs)
    (talk,) = run_text(MARKED).talks
    assert talk.slides and not talk.sections
    assert [s.number for s in talk.slides] == [1, 2, 3, 4]
    assert [t.text for t in talk.slides[2].lines][-1] == f"{LOST} Every flat we surveyed had changed since 1990."


def test_a_deck_covers_authors_on_one_line_each_closed_by_a_mark_are_its_speaker():
    # beamer-fuberlin's cover (``Dipl. Frank.-Wiss. Jana Voß¹ Dr.-Ing. Herbert Voß²`` over ``¹BTO ²ZEDAT``), once read
    # as a deck, named no speaker: the cover's reading took one name a line
    pages = [[(EN_BOLD, 14, 28, 130, "Kartierte Sandbänke"), (EN, 10, 28, 111, "Tagung der Küstenforschung, 2019"),
              (EN, 10, 28, 77, "Dr. Ingrid Solberg¹ Dr.-Ing. Kofi Mensah²"), (EN, 7, 28, 65, "¹HWU ²HFI"),
              (EN, 8, 28, 28, "12. März 2021")]]
    pages += [[(EN_BOLD, 12, 28, 240, title), (EN, 10, 30, 200, f"• {item}"), (EN, 5, 300, 3, f"{n}/3")]
              for n, (title, item) in enumerate([("Messungen", "Drei Küsten"), ("Ergebnisse", "Sandbänke wandern")], 2)]
    (talk,) = _pdf_doc(pages).talks
    assert talk.slides and talk.speaker.name is not None and talk.speaker.name.text == "Ingrid Solberg"
    assert [a.affiliation.text for a in talk.speaker.authors] == ["HWU", "HFI"]


QUOTE = ["“Measure the tide before you build the quay.”", "(Harbour Masters' Handbook)"]
QUOTED = "\n\f".join([
    "Quay Space in Small Ports\nAna Ruiz, Port Lab",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n2/4",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n- Ferries wait offshore\n2/4",
    "Harbour Capacity\nWhat we counted\n- Berths are full at noon\n- Ferries wait offshore\n" + "\n".join(QUOTE) + "\n2/4",
    "Options\nWhat we compared\n- A new quay\n" + "\n".join(QUOTE) + "\n3/4",
    "Options\nWhat we compared\n- A new quay\n- A longer pier\n" + "\n".join(QUOTE) + "\n3/4",
    "Next Steps\nWhat we propose\n4/4",
    "Next Steps\nWhat we propose\n" + "\n".join(QUOTE) + "\n4/4",
]) + "\n"


def test_a_quote_a_frames_build_up_brings_in_is_the_frames_content_not_a_running_footer():
    # beamer-verona: each frame closes on the same quote, shown on the last page of its build-up (or on each page
    # of a frame that opens with it); at the foot of five pages of three frames, its last lines were dropped as a
    # running footer. A running line is printed on every page of a frame, never brought in by an overlay
    doc = run_text(QUOTED)
    (talk,) = doc.talks
    assert not [text for text, _ in furniture(doc) if text in QUOTE]
    for k in (1, 2, 3):
        assert [t.text for t in talk.slides[k].lines][-2:] == QUOTE


def _titled_frames(subtitle: str, head: str | None = None):
    pages = [[(EN_BOLD, 17, 20, 186, "Quay Space in Small Ports"), (EN, 9, 20, 140, "Ana Ruiz")]]
    for title, item in [("Harbour Capacity", "• Berths are full at noon"), ("Options", "• A new quay"),
                        ("Costs", "• Dredging the basin"), ("Next Steps", "• Extend the east quay")]:
        runs = [(EN_BOLD, 14, 20, 240, title), (EN, 8, 20, 229, subtitle), (EN, 10, 30, 170, item),
                (EN, 10, 30, 155, "• Ask the town council"), (EN, 6, 20, 4, "Ana Ruiz (Port Lab)")]
        if head is not None:
            runs.insert(0, (EN, 6, 20, 262, head))
        pages.append(runs)
    return pages


def test_a_subtitle_set_under_each_frames_title_is_content_not_a_running_head():
    # beamer-verona: the subtitle each frame prints right under its title (``Sed commodo posuere pede``, 8 pt under
    # the 14 pt title, on every page but the cover) was dropped as a running head by its position; a running head
    # stands above the page's title, never under it
    doc = _pdf_doc(_titled_frames("Where the ferries berth"))
    (talk,) = doc.talks
    assert not [r for r in doc.ledger if r.text == "Where the ferries berth"]
    assert [t.text for t in talk.slides[2].lines][0] == "Where the ferries berth"


def test_a_small_line_above_each_frames_title_is_still_a_running_head():
    # do no harm: a line set over the title of each page (a headline's section name) stays page furniture
    doc = _pdf_doc(_titled_frames("Where the ferries berth", head="Part One: Harbours"))
    assert [r.reason for r in doc.ledger if r.text == "Part One: Harbours"] == ["running-header"] * 4
    assert not [r for r in doc.ledger if r.text == "Where the ferries berth"]
