"""Running heads and feet of short PDFs (issue 16 point 4, trial 53): a two-page paper's head and its authors' names
stand at the top of both pages, and a journal's heads alternate between even and odd pages. The rule needed three
pages, or every page but the first, so a two-page paper kept its head in the text: on page 2 it fell mid-sentence into
the conclusion (``…we plan to add a second`` / head / ``sensor at each site.``), the authors' head became a
reference, and page 1's copies sat in the front matter. Pages drawn here in the layout of a conference paper: the
head 8 pt at 36 pt under the page's top, the folio centred at the foot, the body 10 pt on 13 pt, the title 16 pt.
:mod:`pipeline.extract.furniture`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pdfmaker import EN, EN_BOLD, EN_ITALIC, drawn_pdf  # noqa: E402

from pipeline.extract import extract  # noqa: E402

H = 841.89
HEAD_Y = H - 36
EVENT = "Proceedings of the 7th Workshop on Coastal Informatics (WCI 2026)"
AUTHORS = "Lindqvist and Berg"
SHORT_TITLE = "Tide Gauges for Harbour Towns"
TITLE = "Tide Gauge Networks for Small Harbour Towns"
SENTENCES = [
    "Small harbour towns along the coast rarely operate their own tide gauges.",
    "National agencies maintain a sparse network of stations far from them.",
    "Local decisions about quay heights are made with data from elsewhere.",
    "We deployed twelve low-cost pressure gauges in three of those towns.",
    "Each gauge records pressure every minute and reports once a day.",
    "The housing is a sealed tube fixed to the quay below the lowest tide.",
]


def body(top: float, lines: int, first: int = 0) -> list[tuple[str, float, float, float, str]]:
    """``lines`` lines of 10 pt text on 13 pt from the baseline ``top`` down."""
    return [(EN, 10, 72, top - 13 * k, SENTENCES[(first + k) % len(SENTENCES)]) for k in range(lines)]


def title_block() -> list[tuple[str, float, float, float, str]]:
    return [(EN_BOLD, 16, 130, H - 82, TITLE), (EN, 11, 220, H - 104, "Maria Lindqvist, Tomas Berg"),
            (EN, 9, 210, H - 118, "University of Gothenburg, Sweden")]


def folio(page: int) -> tuple[str, float, float, float, str]:
    return (EN, 9, 295, 30, str(page))


def head(text: str, x: float = 72) -> tuple[str, float, float, float, str]:
    return (EN_ITALIC, 8, x, HEAD_Y, text)


def furniture(pdf: bytes) -> list[tuple[str, str]]:
    return [(row.text, str(row.reason)) for row in extract(pdf, name="made-up.pdf").ledger]


def kept(pdf: bytes) -> list[str]:
    return [line for line in extract(pdf, name="made-up.pdf").lines if line.strip()]


def test_a_head_on_both_pages_of_a_two_page_paper_is_furniture():
    """Trial 53's layout: the event's name left and the authors' names right, on both pages; page 2's text starts 24 pt
    under the head's baseline (a little less than 1.5 body sizes of white: the second page's head alone is not
    shown by its setting, its recurrence shows it)."""
    pages = [[head(EVENT), head(AUTHORS, 455), *title_block(), *body(H - 160, 40), folio(1)],
             [head(EVENT), head(AUTHORS, 455), *body(H - 60, 30, 3), folio(2)]]
    found = furniture(drawn_pdf(pages))
    assert sorted(found) == sorted([(EVENT, "running-header"), (AUTHORS, "running-header"), ("1", "page-number"),
                                    (EVENT, "running-header"), (AUTHORS, "running-header"), ("2", "page-number")])
    assert TITLE in kept(drawn_pdf(pages))


def test_a_foot_on_both_pages_of_a_two_page_paper_is_furniture():
    foot = "Coastal Informatics Letters 12 (2026)"
    pages = [[*title_block(), *body(H - 160, 40), (EN_ITALIC, 8, 72, 30, foot)],
             [*body(H - 60, 30, 3), (EN_ITALIC, 8, 72, 30, foot)]]
    assert furniture(drawn_pdf(pages)) == [(foot, "running-footer"), (foot, "running-footer")]


def test_alternating_heads_of_a_four_page_paper_are_furniture():
    """A journal's heads: the authors' names on even pages, the short title on odd ones, none on the title page."""
    pages = [[*title_block(), *body(H - 160, 40), folio(1)],
             [head(AUTHORS), *body(H - 60, 45, 1), folio(2)],
             [head(SHORT_TITLE, 380), *body(H - 60, 45, 2), folio(3)],
             [head(AUTHORS), *body(H - 60, 20, 3), folio(4)]]
    found = furniture(drawn_pdf(pages))
    assert sorted(text for text, reason in found if reason == "running-header") == [AUTHORS, AUTHORS, SHORT_TITLE]
    assert sorted(text for text, reason in found if reason == "page-number") == ["1", "2", "3", "4"]


def test_alternating_heads_of_a_five_page_paper_are_furniture():
    pages = [[*title_block(), *body(H - 160, 40), folio(1)]]
    for page in range(2, 6):
        text = AUTHORS if page % 2 == 0 else SHORT_TITLE
        pages.append([head(text, 72 if page % 2 == 0 else 380), *body(H - 60, 45, page), folio(page)])
    found = furniture(drawn_pdf(pages))
    assert sorted(text for text, reason in found if reason == "running-header") == [AUTHORS, AUTHORS, SHORT_TITLE,
                                                                                     SHORT_TITLE]


def test_alternating_heads_of_a_two_page_paper_are_furniture():
    """Page 1 carries the short title over the title, page 2 the authors' names, at the head's height."""
    pages = [[head(SHORT_TITLE, 380), *title_block(), *body(H - 160, 40), folio(1)],
             [head(AUTHORS), *body(H - 66, 30, 3), folio(2)]]
    found = furniture(drawn_pdf(pages))
    assert sorted(text for text, reason in found if reason == "running-header") == [AUTHORS, SHORT_TITLE]


def test_the_title_repeated_by_a_running_head_stays():
    """A title printed large at the top of page 1 is no furniture though the short running head repeats it; page 1's
    small copy of the head over it is furniture."""
    pages = [[head(TITLE, 72), *title_block(), *body(H - 160, 40), folio(1)],
             [head(TITLE, 72), *body(H - 60, 30, 3), folio(2)]]
    found = furniture(drawn_pdf(pages))
    assert [text for text, reason in found if reason == "running-header"] == [TITLE, TITLE]
    assert TITLE in kept(drawn_pdf(pages))
    pages = [[*title_block(), *body(H - 160, 40), folio(1)], [head(TITLE, 72), *body(H - 66, 30, 3), folio(2)]]
    assert furniture(drawn_pdf(pages)) == [("1", "page-number"), (TITLE, "running-header"), ("2", "page-number")]
    assert TITLE in kept(drawn_pdf(pages))


def test_pages_whose_first_lines_differ_keep_them():
    """Nothing recurs and page 2 opens on its text: only the folios are furniture."""
    pages = [[*title_block(), *body(H - 160, 40), folio(1)],
             [(EN_BOLD, 10.5, 72, H - 60, "5 Discussion"), *body(H - 80, 30, 3), folio(2)]]
    assert furniture(drawn_pdf(pages)) == [("1", "page-number"), ("2", "page-number")]


def test_a_table_header_repeated_atop_both_pages_is_content():
    """A two-page table (a data appendix) repeats its header over each page's rows: the same line at the same place
    on both pages, but set in the body's size right over the rows it heads, inside the text block, as the rows
    are. It is the table's, never furniture."""
    columns = (72, 220, 360)
    header = ["Station", "Date", "Level (cm)"]

    def rows(first: int) -> list[tuple[str, float, float, float, str]]:
        runs = [(EN_BOLD, 10, x, H - 60, cell) for x, cell in zip(columns, header)]
        for k in range(40):
            cells = [f"Site {first + k}", f"2026-03-{1 + k % 28:02d}", f"{100 + 3 * k}"]
            runs += [(EN, 10, x, H - 76 - 14 * k, cell) for x, cell in zip(columns, cells)]
        return runs

    pdf = drawn_pdf([[*rows(1), folio(1)], [*rows(41), folio(2)]])
    assert furniture(pdf) == [("1", "page-number"), ("2", "page-number")]
    assert sum(1 for line in kept(pdf) if line.split() [:1] == ["Station"]) == 2


def test_a_two_page_papers_sentence_runs_on_past_its_head():
    """Trial 53 end to end, a two-column paper of two pages: the conclusion's sentence runs from page 1's right
    column to page 2, over the head; the authors' head stands right of the references. Neither head is text."""
    from segment_inputs import paragraphs, run_pdf

    left, right = 54, 318

    def column(x: float, top: float, lines: list[str]) -> list[tuple[str, float, float, float, str]]:
        return [(EN, 10, x, top - 13 * k, line) for k, line in enumerate(lines)]

    intro = ["Small harbour towns along the Baltic coast rarely", "operate their own tide gauges, and the nearest",
             "national station is often forty kilometres away."] * 12
    method = ["Each gauge records the absolute pressure every", "minute and sends a daily summary over a radio",
              "link; the air pressure of a station is removed."] * 12
    page1 = [head(EVENT, 54), head(AUTHORS, 480), *title_block(), (EN_BOLD, 10.5, left, H - 170, "1 Introduction"),
             *column(left, H - 188, intro[:34]), (EN_BOLD, 10.5, right, H - 170, "2 Conclusion"),
             *column(right, H - 188, method[:30]),
             *column(right, H - 192 - 13 * 30, ["Low-cost gauges can give small towns water levels",
                                                "they can trust for everyday planning. Storm surges",
                                                "remain the weak point, and we plan to add a second"]),
             folio(1)]
    page2 = [head(EVENT, 54), head(AUTHORS, 480), (EN, 10, left, H - 60, "sensor at each site."),
             (EN_BOLD, 10.5, left, H - 84, "References"),
             (EN, 10, left, H - 102, "[1] K. Holm. Water level sensing on piers. 2019."), folio(2)]
    [talk] = run_pdf(drawn_pdf([page1, page2])).talks
    texts = [*paragraphs(talk), *(t.text for t in talk.front)]
    assert not [t for t in texts if EVENT in t or AUTHORS in t], texts
    assert any(t.endswith("we plan to add a second sensor at each site.") for t in paragraphs(talk)), paragraphs(talk)
