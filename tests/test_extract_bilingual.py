"""A bilingual manual set in parallel columns (English left, Japanese right, the same sections side by side):
each column's heading is read with its column, a heading number set a quad before its title stays one line,
and segment finds the sections of both languages (pipeline/extract/columns.py, linepieces.py; pipeline/numbering.py)."""

from __future__ import annotations

from pdfmaker import EN, JA, drawn_pdf, text_width
from pipeline.clean import clean, working_lines
from pipeline.extract import extract
from pipeline.numbering import solve
from pipeline.segment import segment

SECTIONS = [
    (("§ 1", "Overview"), ["The tidemark package prints the times", "of high and low water beside a chart,", "in the margin of the page."],
     "§ 1 概要", ["このパッケージは，海図の横に満潮と", "干潮の時刻を印刷します。余白に置く", "こともできます。"]),
    (("§ 2", "Usage"), ["Load the package in the preamble and", "give the port with the port option;", "the table is drawn at the chart."],
     "§ 2 使い方", ["プリアンブルで読み込み，港の名前を", "オプションで与えます。表は海図の横", "に描かれます。"]),
]


def bilingual_page(heading_gap: float = 40.0) -> list:
    """Two columns (English at x 72, Japanese at x 310), each section's two headings on one baseline with
    ``heading_gap`` points down to the first body line (more than pdfminer's grouping and the column
    sections' 2.5 line heights), the English heading's number set 1.6 em before its title."""
    runs, y = [(EN, 14, 180, 760, "The tidemark package")], 720.0
    for (number, title), english, japanese_heading, japanese in SECTIONS:
        runs += [(EN, 10, 72, y, number), (EN, 10, 72 + text_width(number, EN, 10) + 16, y, title), (JA, 10, 310, y, japanese_heading)]
        y -= heading_gap
        for k, (en, ja) in enumerate(zip(english, japanese)):
            runs += [(EN, 10, 72, y - 12 * k, en), (JA, 10, 310, y - 12 * k, ja)]
        y -= 12 * len(english) + 28
    return runs


def lines_of(pdf: bytes) -> list[str]:
    return [line.text.text for line in working_lines(extract(pdf, name="tidemark.pdf"))]


def test_each_columns_heading_is_read_with_its_column():
    lines = lines_of(drawn_pdf([bilingual_page()]))
    expected = ["The tidemark package"]
    for (number, title), english, japanese_heading, japanese in SECTIONS:
        expected += [f"{number} {title}", *english, japanese_heading, *japanese]
    assert lines == expected


def test_headings_close_above_their_columns_read_as_before():
    """Within 2.5 line heights the heading row already opens the column section: unchanged."""
    lines = lines_of(drawn_pdf([bilingual_page(heading_gap=18.0)]))
    assert lines.index("§ 1 Overview") < lines.index(SECTIONS[0][1][0]) < lines.index("§ 1 概要")


def test_a_margin_that_numbers_the_lines_is_not_joined_to_them():
    body = ["Load the package in the preamble and", "give the port with the port option;", "the table is drawn at the chart."]
    page = [(EN, 8, 50, 700 - 12 * k, str(k + 11)) for k in range(3)] + [(EN, 10, 66, 700 - 12 * k, t) for k, t in enumerate(body)]
    assert lines_of(drawn_pdf([page])) == ["11", "12", "13", *body] or lines_of(drawn_pdf([page])) == [*body, "11", "12", "13"]


def test_section_sign_numbers_and_parallel_headings_are_solved():
    lines = ["§ 1 Overview", "The package prints tides.", "§ 1 概要", "潮の時刻を印刷します。", "§ 2 Usage", "Load it.", "§ 2 使い方", "読み込みます。"]
    assert [(h.index, h.number) for h in solve(lines)] == [(0, "1"), (2, "1"), (4, "2"), (6, "2")]


def test_segment_finds_the_sections_of_both_languages():
    talk = segment(clean(extract(drawn_pdf([bilingual_page()]), name="tidemark.pdf"))).talks[0]
    assert [(s.number, s.title.text) for s in talk.sections] == [("1", "Overview"), ("1", "概要"), ("2", "Usage"), ("2", "使い方")]
    assert [p.text for p in talk.sections[1].paragraphs] == ["このパッケージは，海図の横に満潮と干潮の時刻を印刷します。余白に置くこともできます。"]
