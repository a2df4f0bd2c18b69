"""Made-up PDFs for tests/test_tex80.py (issue 16 on real PDFs, helper tex80): run ``python tests/data/tex80/make.py``
from the repository to rewrite them. Each imitates one layout fault seen on Debian's texlive documentation."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from pdfmaker import EN, EN_BOLD, EN_ITALIC, drawn_pdf  # noqa: E402

BODY = ["The counters on the harbour road were read every morning by one of the two observers on duty, and",
        "the totals were written into the log before the first ferry left the pier at seven o'clock each day.",
        "On wet days the counts fell by a third, and the observers noted the rain in a column of its own.",
        "The log was copied each week into the ledger kept at the town hall, where it can still be read."]


def styles_table_pdf() -> bytes:
    """A one-column paper in the JACoW template's manner: bold capitals headings, a table under its caption whose
    cells wrap inside their column (``Before After`` under ``Space``, ``Bold`` and ``Italic`` under their style's name,
    each set in the face it names), and an appendix's label alone (``ANNEX B:``) over a long title in its face."""
    pages: list[list] = [[], []]
    y = 780.0

    def put(page: int, font: str, size: float, x: float, text: str, step: float = 13.0) -> None:
        nonlocal y
        pages[page].append((font, size, x, y, text))
        y -= step

    put(0, EN_BOLD, 14, 120, "COUNTING CYCLISTS ON THE HARBOUR ROAD", 26)
    put(0, EN_BOLD, 12, 60, "INTRODUCTION", 18)
    for line in BODY:
        put(0, EN, 10, 60, line)
    y -= 8
    put(0, EN_BOLD, 12, 60, "STYLES", 18)
    for line in BODY[:2] + ["Table 2 lists the styles the counting sheets are printed in."]:
        put(0, EN, 10, 60, line)
    y -= 10
    put(0, EN, 10, 200, "Table 2: Summary of Styles", 16)
    cols = (60, 180, 260, 330)
    rows = [(EN_BOLD, ("Style", "Font", "Space", "Space")), (EN_BOLD, (None, None, "Before After", None)),
            (EN, ("Paper title", "14 pt", "0 pt", "3 pt")), (EN, ("Bold", None, None, None)),
            (EN, ("Author list", "12 pt", "9 pt", "12 pt")), (EN, ("Abstract", "12 pt", "0 pt", "3 pt")),
            (EN_ITALIC, ("Italic", None, None, None)), (EN, ("Section", "12 pt", "9 pt", "3 pt")),
            (EN, ("Heading", None, None, None)), (EN_BOLD, ("Bold", None, None, None)),
            (EN, ("Figure", "10 pt", "3 pt", "3 pt"))]
    for font, cells in rows:
        for x, cell in zip(cols, cells):
            if cell:
                pages[0].append((font, 10, x, y, cell))
        y -= 12
    y -= 10
    for line in BODY[2:] + ["The sheets were set in these styles from the first survey to the last one."]:
        put(0, EN, 10, 60, line)
    y -= 8
    put(0, EN_BOLD, 12, 60, "CONCLUSION", 18)
    for line in BODY:
        put(0, EN, 10, 60, line)
    y = 780.0
    put(1, EN_BOLD, 12, 60, "ANNEX B:", 14)
    put(1, EN_BOLD, 12, 60, "HARBOUR COUNTING STYLE GUIDE AS APPLIED TO THE", 14)
    put(1, EN_BOLD, 12, 60, "COASTAL SURVEYS, PERIODICALS AND OTHER WORKS", 20)
    put(1, EN_BOLD, 12, 60, "Referencing the Surveys", 18)
    for line in BODY:
        put(1, EN, 10, 60, line)
    return drawn_pdf(pages)


MADE = {"styles-table.pdf": styles_table_pdf}

if __name__ == "__main__":
    for name, make in MADE.items():
        (HERE / name).write_bytes(make())
