"""A one-page paper's foot set as one row, the proceedings' name at the left and the page number at the right
(trial 48): both are page furniture, though neither recurs. A row of two pieces at a page's foot that stands
right under the text (a table's last row) stays text. :func:`pipeline.extract.furniture._lone_foot_rows`."""

from pdfmaker import EN, drawn_pdf

from pipeline.extract import extract

BODY = ["Tide gauges in small harbours are read by hand once a day, and the readings are kept in paper logs.",
        "We compare a year of such logs with an automatic gauge set up beside one of them in the spring.",
        "The hand readings agree with the gauge within two centimetres on most days of the year."]
FOOT = "Proceedings of the Coastal Records Workshop (CRW 2025)"


def page(foot_y: float, body_bottom: float) -> list[tuple[str, float, float, float, str]]:
    runs = [(EN, 16, 72, 780, "Hand Records of Harbour Tides")]
    y = body_bottom + 14 * (len(BODY) - 1)
    for line in BODY:
        runs.append((EN, 10, 72, y, line))
        y -= 14
    return runs + [(EN, 8, 72, foot_y, FOOT), (EN, 8, 515, foot_y, "1")]


def furniture(pdf: bytes) -> list[tuple[str, str]]:
    return [(row.text, row.reason) for row in extract(pdf, name="p.pdf").ledger]


def test_a_lone_foot_row_is_page_furniture():
    assert furniture(drawn_pdf([page(foot_y=30, body_bottom=90)])) == [(FOOT, "running-footer"), ("1", "page-number")]


def test_a_row_right_under_the_text_stays_text():
    assert furniture(drawn_pdf([page(foot_y=34, body_bottom=40)])) == []
