"""Session 76, helper pdfpaper76: real English and Japanese PDFs (fresh-user trial 76c) whose visible structure the
pipeline lost (issue 16 point 2): a contents page's page numbers read as a manuscript's line numbers, a report's kind
glued into its title, ..."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified, text_width
from segmenting import segment_pdf

WORDS = ("Describe the initial goals and situation that lead to this project, the requirements, as well as the "
         "references to related work and the state of the art that the project builds on in every respect.").split()
RIGHT = 504.57


def _body(top: float, lines: int = 4) -> list:
    runs = []
    for k in range(lines):
        runs += justified(WORDS[:14], 90.7, RIGHT, top - 14 * k, 10.9)
    return runs


def _right(text: str, y: float, size: float = 10.9, font: str = EN_BOLD):
    return (font, size, RIGHT - text_width(text, font, size), y, text)


def _report(title: list[str], entries: list[tuple[str, int]], numbers_apart: bool = True) -> bytes:
    """A LaTeX report's shape: a title page (title lines in one size, author, date, abstract), a contents page whose
    page numbers stand flush right on the measure, far from the entries' titles, then a chapter a page."""
    first = [(EN, 17.2, 150, 740 - 22 * k, line) for k, line in enumerate(title)]
    first += [(EN, 12, 250, 640, "Alex A. Wiseguy"), (EN, 12, 245, 615, "October 29, 2020"),
              (EN_BOLD, 10, 275, 580, "Abstract")] + _body(560)
    contents = [(EN, 24.8, 90.7, 720, "Contents")]
    for k, (entry, page) in enumerate(entries):
        contents.append((EN_BOLD, 10.9, 90.7, 680 - 24 * k, entry))
        contents.append(_right(str(page), 680 - 24 * k))
    chapters = [[(EN, 24.8, 90.7, 720, entry.split(" ", 1)[-1])] + _body(680) for entry, _ in entries]
    return drawn_pdf([first, contents, *chapters])


ENTRIES = [("1 Aims and Context", 3), ("2 Project Details", 4), ("3 System Documentation", 5), ("4 Summary", 6),
           ("A Supplementary Materials", 7), ("References", 8)]


def _talk(data: bytes):
    [talk] = segment_pdf(data).talks
    return talk


def test_a_contents_pages_numbers_flush_on_the_measure_are_its_entries_pages() -> None:
    """hgb-termreport (trial 76c): the column ``3`` … ``8`` had been dropped as a manuscript's line numbers and every
    entry had no page."""
    from pipeline.segment.contents import entry_parts

    talk = _talk(_report(["CS799 Ridiculously Advanced Systems", "Term Report"], ENTRIES))
    assert [entry_parts(t.text) for t in talk.contents] == [(e, str(p)) for e, p in ENTRIES]


def test_pages_that_skip_and_repeat_pair_too() -> None:
    """A variant: entries on the same page and pages that skip (2, 2, 5, 9, 9, 12)."""
    from pipeline.segment.contents import entry_parts

    entries = [("1 Introduction", 2), ("2 Background", 2), ("3 Method", 5), ("4 Results", 9), ("5 Discussion", 9),
               ("References", 12)]
    talk = _talk(_report(["Harbour Crane Vibration Monitoring", "Project Report"], entries))
    assert [entry_parts(t.text) for t in talk.contents] == [(e, str(p)) for e, p in entries]


def test_a_reports_kind_on_its_own_line_under_the_title_is_its_subtitle() -> None:
    """hgb-termreport: ``Term Report`` under ``CS799 Ridiculously Advanced Systems``, both 17.2 pt, had been glued
    into the title."""
    talk = _talk(_report(["CS799 Ridiculously Advanced Systems", "Term Report"], ENTRIES))
    assert talk.title.en is not None and talk.title.en.text == "CS799 Ridiculously Advanced Systems"
    assert talk.subtitle.en is not None and talk.subtitle.en.text == "Term Report"


def test_a_title_wrapped_over_two_lines_stays_one_title() -> None:
    """Near miss: a title's second line that names its subject (``Tidal Estuaries of the North Sea``) is its rest."""
    talk = _talk(_report(["Sediment Transport in the", "Tidal Estuaries of the North Sea"], ENTRIES))
    assert talk.title.en is not None and talk.title.en.text == "Sediment Transport in the Tidal Estuaries of the North Sea"
    assert talk.subtitle.en is None
