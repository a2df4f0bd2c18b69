"""A contents list whose page numbers stand in a narrow column at its right, beside a justified text column set at
its own leading (ieeepes' documentation, issue 16 real-PDF trial of session 50). Made-up pages."""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, drawn_pdf, justified, text_width

from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment

ENTRIES = ["1 Introduction", "2 Installation", "3 Changes from older Versions", "4 Options to the Package",
           "5 Document Structure", "6 Paper Sizes", "7 PostScript Fonts", "8 Figures and Tables"]
PAGES = ["1", "2", "2", "2", "3", "3", "3", "4"]
WORDS = ("This package implements the layout requirements for the transactions of a learned society and it "
         "covers the journals on energy conversion power delivery and power systems as well as the special "
         "publications of the society so that discussions and closures can also be generated in the required "
         "form by the authors themselves without any further help from the editors of the journals").split()


def _abstract(top: float, pitch: float) -> list:
    lines, line = [], []
    for word in WORDS * 3:  # filled greedily to the measure, as a typesetter breaks a justified paragraph
        if line and text_width(" ".join([*line, word]), EN, 10) > 220:
            lines.append(line)
            line = []
        line.append(word)
    runs = []
    for k, words in enumerate(lines):
        runs += justified(words, 300, 520, top - k * pitch)
    return runs + [(EN, 10, 300, top - len(lines) * pitch, " ".join(line))]


def _page() -> bytes:
    runs = [(EN_BOLD, 17, 150, 780, "A Package for Society Transactions"), (EN, 12, 240, 750, "Anna Berg"),
            (EN, 12, 250, 700, "20 April 1999"),  # a centred date over both columns' headings
            (EN_BOLD, 14, 60, 660, "Contents"), (EN_BOLD, 14, 300, 660, "Abstract")]
    for k, (entry, page) in enumerate(zip(ENTRIES, PAGES)):
        y = 632 - 25.7 * k  # a contents list spaces its entries wider than the text's leading
        runs += [(EN_BOLD, 10, 60, y, entry), (EN_BOLD, 10, 270, y, page)]
    runs += _abstract(630.7, 11.96)  # the abstract's baselines near the entries' but not on them, running on below
    return drawn_pdf([runs], size=(595.28, 841.89))


def test_the_page_numbers_of_a_contents_column_are_its_entries():
    # ieeepes: the numbers went with the abstract's lines (`1⇥This package implements⇥the`), each entry alone
    cleaned = clean(extract(_page(), name="contents.pdf"))
    texts = [line.text for line in cleaned.lines]
    for entry, page in zip(ENTRIES, PAGES):
        assert f"{entry}\t{page}" in texts
    assert not [t for t in texts if "\t" in t and t.split("\t")[0] not in ENTRIES]
    (talk,) = segment(cleaned).talks
    assert [line.text for line in talk.contents] == [f"{e}\t{p}" for e, p in zip(ENTRIES, PAGES)]


def test_a_table_whose_rows_share_their_baselines_stays_a_table():
    # do no harm: a table's cells stand on their row's baseline; a text column beside it changes nothing
    rows = [("Tokyo", "13,960", "2,194"), ("Osaka", "8,837", "1,905"), ("Nagoya", "7,542", "5,173"),
            ("Kobe", "5,469", "8,401")]
    runs = []
    for k, cells in enumerate(rows):
        y = 700 - 16 * k
        runs += [(EN, 10, x, y, cell) for x, cell in zip((60, 140, 200), cells)]
    cleaned = clean(extract(drawn_pdf([runs]), name="table.pdf"))
    assert [line.text for line in cleaned.lines if line.text.strip()] == ["\t".join(r) for r in rows]
