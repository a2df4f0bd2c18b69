"""Extract, PDFs: the horizontal layout of a page (reading order, printed lines, indents, tables).

Each test draws a made-up page with ``pdfmaker.drawn_pdf`` (glyph runs at
given positions), the way word processors and ReportLab set them: loose
leading puts each line of a paragraph in a pdfminer text box of its own.
"""

from __future__ import annotations

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, justified, text_width
from test_clean import assert_conserved
from pipeline.clean import clean, working_lines
from pipeline.extract import extract


def lines_of(page: list, name: str = "l.pdf") -> list[str]:
    doc = extract(drawn_pdf([page]), name=name)
    return [line.text.text for line in working_lines(doc)]


def layout_of(page: list):
    doc = extract(drawn_pdf([page]), name="l.pdf")
    return {line: lay for line, lay in zip(doc.lines, doc.layout) if line.strip()}


BODY = ["松江市は島根県の県庁所在地であり、宍道湖と中海に挟まれた人口約二十万人の都市である。市",
        "内には江戸時代に築かれた松江城が残り、城を囲む堀が今も町の中を流れている。こうした水辺の",
        "景観は市民の誇りであると同時に、観光の大切な資源となっている。"]


# --------------------------------------------------------------------------
# Reading order: full-width rows top to bottom, text columns left to right


def test_a_centred_title_block_is_read_before_the_heading_below_it():
    page = [(JA, 11, 66, 762, "松江市"), (JA, 16, 210, 734, "水の都の観光まちづくり"),
            (JA, 11, 380, 712, "松江市観光振興部長　青木 健一"), (JA, 11, 66, 682, "1．松江市の概要"),
            (JA, 10.5, 76.5, 663, BODY[0]), (JA, 10.5, 66, 646, BODY[1]), (JA, 10.5, 66, 629, BODY[2])]
    assert lines_of(page) == ["松江市", "水の都の観光まちづくり", "松江市観光振興部長　青木 健一", "1．松江市の概要", *BODY]


LEFT = ["地方都市の路線バスは、利用者の減少と", "運転士の不足という二つの問題を同時に抱", "えている。多くの事業者は赤字路線を維持",
        "するために自治体からの補助金に頼ってお", "り、補助金の額は年々増える傾向にある。"]
RIGHT = ["三市に共通するのは、高齢化率が三十パー", "セントを超えていること、自家用車の保有", "率が高いこと、そして通学の足としての路",
         "線バスの役割が大きいことである。一方で、", "再編の検討体制には違いがあり、Ａ市とＣ"]


def two_columns(top: float = 600, pitch: float = 14.4) -> list:
    """Two columns of 9 pt lines at loose leading (each line a text box of its own), baselines at one height."""
    return ([(JA, 9, 60, top - pitch * k, text) for k, text in enumerate(LEFT)]
            + [(JA, 9, 263, top - pitch * k, text) for k, text in enumerate(RIGHT)])


def test_two_columns_of_one_line_boxes_are_read_column_by_column():
    page = [(JA, 16, 73, 700, "地方都市における路線バス再編と住民参加の効果"), (JA, 12, 60, 630, "1． はじめに"),
            *two_columns(), (JA, 9, 247, 40, "1")]
    assert lines_of(page) == ["地方都市における路線バス再編と住民参加の効果", "1． はじめに", *LEFT, *RIGHT, "1"]


def test_a_heading_in_one_column_stays_in_its_column():
    """The left column has a heading where the right column goes on: the heading's row is drawn into the section."""
    left = [(JA, 9, 60, 600 - 14.4 * k, text) for k, text in enumerate(LEFT[:3])]
    left += [(JA, 12, 60, 600 - 14.4 * 3 - 6, "2． 対象地域の概要")]
    left += [(JA, 9, 60, 600 - 14.4 * (k + 5), text) for k, text in enumerate(LEFT[3:])]
    right = [(JA, 9, 263, 600 - 14.4 * k, text) for k, text in enumerate(RIGHT)]
    assert lines_of(left + right) == [*LEFT[:3], "2． 対象地域の概要", *LEFT[3:], *RIGHT]


def test_running_head_halves_and_a_folio_in_the_gutter_do_not_join_the_columns():
    page = [(JA, 8, 54, 700, "地域交通研究 第12号"), (JA, 8, 333, 700, "山田：路線バス再編と住民参加"),
            *two_columns(top=660), (JA, 9, 247, 560, "2")]
    assert lines_of(page) == ["地域交通研究 第12号", "山田：路線バス再編と住民参加", *LEFT, *RIGHT, "2"]


def test_author_blocks_side_by_side_are_read_before_the_columns_below():
    """Two authors' blocks centred over a two-column body share its gutter, but not its column edges."""
    page = [(EN, 16, 150, 760, "Ferry Timetables and Waiting Time"),
            (EN, 11, 120, 730, "Hannah Berg"), (EN, 11, 380, 730, "Ola Sand"),
            (EN, 9, 110, 716, "Island University"), (EN, 9, 370, 716, "Harbour Institute")]
    left = ["Small islands depend on one ferry", "route for work, school and trade."]
    right = ["The records cover every sailing", "of three routes over two years."]
    page += [(EN, 10, 66, 690 - 12.5 * k, text) for k, text in enumerate(left)]
    page += [(EN, 10, 321, 690 - 12.5 * k, text) for k, text in enumerate(right)]
    assert lines_of(page) == ["Ferry Timetables and Waiting Time", "Hannah Berg", "Island University", "Ola Sand",
                              "Harbour Institute", *left, *right]


PROSE_L = ["Historic harbour districts attract visitors", "in numbers their narrow streets were never",
           "built for, and planners need counts by hour.", "Manual surveys are expensive and rare.",
           "Low-cost counters promise continuous data.", "Their accuracy in crowds is poorly known.",
           "Most tests come from shopping streets.", "Few come from waterfronts or old ports."]
PROSE_R = ["The counters recorded fourteen million", "passages over the year, and Table 1 sets",
           "them against the manual surveys made on", "sixteen days in both of the two towns.",
           "The undercount grows with the density:", "people walking side by side count as one.",
           "Counters are adequate for the trends but", "need a correction for the peak loads."]


def set_column(x: float, top: float, blocks: list) -> list:
    """Runs for one column from ``top`` down: a block is a paragraph (a list of 10 pt lines at 12.5 pt leading,
    a text box of its own after 9 pt of white) or a ``(gap, runs)`` pair of runs drawn ``gap`` points lower."""
    out, y = [], top
    for block in blocks:
        if isinstance(block, tuple):
            gap, runs = block
            out += [(font, pt, x + dx, y - gap - dy, text) for font, pt, dx, dy, text in runs]
            y -= gap + max(dy for _, _, _, dy, _ in runs) + 21.5
            continue
        out += [(EN, 10, x, y - 12.5 * k, text) for k, text in enumerate(block)]
        y -= 12.5 * len(block) + 9
    return out


def test_a_table_in_one_column_does_not_break_the_columns():
    """The cells of a table in the right column leave white channels of their own beside the left column's
    paragraphs: the row they stand in still lines up with the two columns, so the page reads column by column,
    and the table, found within its column, along its rows."""
    cells = [("Site", "Counter", "Survey"), ("Otaru", "41.2", "43.0"), ("Barbican", "36.9", "38.8")]
    table = [(EN, 9, dx, 12 * k, cell) for k, row in enumerate(cells) for dx, cell in zip((0, 113, 173), row)]
    left = [PROSE_L[k:k + 2] for k in range(0, 8, 2)]
    right = [PROSE_R[:3], (0, table), PROSE_R[3:5], PROSE_R[5:]]
    assert lines_of(set_column(54, 600, left) + set_column(307, 600, right)) == [
        *PROSE_L, *PROSE_R[:3], *("\t".join(row) for row in cells), *PROSE_R[3:]]


def test_a_figure_label_inside_one_column_does_not_break_the_columns():
    """A word drawn in a figure (centred in the left column) stands in one row with a line of the right column."""
    left = [PROSE_L[:2], PROSE_L[2:4], (0, [(EN, 8, 96, 10, "Canal")]), PROSE_L[4:6], PROSE_L[6:]]
    right = [PROSE_R[k:k + 2] for k in range(0, 8, 2)] + [PROSE_L[:2], PROSE_L[2:4]]
    assert lines_of(set_column(54, 600, left) + set_column(307, 600, right)) == [
        *PROSE_L[:4], "Canal", *PROSE_L[4:], *PROSE_R, *PROSE_L[:4]]


# --------------------------------------------------------------------------
# Printed lines: pieces of one justified line are one line again


def test_a_justified_line_split_at_wide_word_gaps_is_one_line():
    above = "deceleration, a dwell and an acceleration, and on a long"
    below = "Consolidating stops is one of the cheapest ways to"
    page = [(EN, 10, 66, 437, above), *justified(["route", "these", "delays", "add", "up", "to", "several", "minutes."], 66, 291, 424),
            (EN, 10, 66, 412, below)]
    lines = lines_of(page)
    assert lines == [above, "route these delays add up to several minutes.", below]


def test_two_columns_on_one_baseline_stay_two_lines():
    left, right = "percent at midday. The unchanged", "routes showed no comparable trend."
    page = [(EN, 10, 66, 700 - 12.5 * k, left) for k in range(3)] + [(EN, 10, 321, 700 - 12.5 * k, right) for k in range(3)]
    assert lines_of(page) == [left] * 3 + [right] * 3


# --------------------------------------------------------------------------
# Indents of one-line boxes count from the left edge of their lines


def test_a_paragraphs_indented_first_line_is_indented_in_one_line_boxes():
    page = [(JA, 10.5, 76.5, 663, BODY[0]), (JA, 10.5, 66, 646, BODY[1]), (JA, 10.5, 66, 629, BODY[2]),
            (JA, 10.5, 76.5, 612, BODY[0]), (JA, 10.5, 66, 595, BODY[2])]
    doc = extract(drawn_pdf([page]), name="l.pdf")
    indents = [lay.indent for line, lay in zip(doc.lines, doc.layout) if line.strip()]
    assert indents == [1, 0, 0, 1, 0]


def test_a_line_alone_keeps_no_indent():
    """A heading alone (no line of its size just above or below) counts from its own start."""
    layout = layout_of([(JA, 14, 120, 700, "はじめに"), (JA, 10.5, 66, 660, BODY[0])])
    assert layout["はじめに"].indent == 0


# --------------------------------------------------------------------------
# Tables, contents lists: read along their rows


def test_table_rows_are_read_in_row_order_one_line_a_row():
    cells = [["地点", "2023年", "2024年", "増減率（％）"], ["Ａ", "12,480", "15,210", "21.9"],
             ["Ｂ", "8,930", "9,870", "10.5"], ["Ｄ", "4,760", "4,388", "−7.8"]]
    page = [(JA, 10.5, 66, 600, "各地点の一日あたりの通行量を表１に示す。")]
    page += [(JA, 10, 163 + 70 * col, 560 - 18 * row, text) for row, cells_ in enumerate(cells)
             for col, text in enumerate(cells_)]
    page += [(JA, 10.5, 66, 470, "一方で、地点Ｄでは通行量が減った。")]
    assert lines_of(page) == ["各地点の一日あたりの通行量を表１に示す。", "地点\t2023年\t2024年\t増減率（％）",
                              "Ａ\t12,480\t15,210\t21.9", "Ｂ\t8,930\t9,870\t10.5", "Ｄ\t4,760\t4,388\t−7.8",
                              "一方で、地点Ｄでは通行量が減った。"]


def test_a_table_rows_cells_survive_clean_as_cells():
    """The white channel between two cells is written as a TAB, a column separator, not as a word space: clean's
    spacing rule (a space between a Japanese letter and an ASCII digit is typesetting) would glue the cells."""
    cells = [["地点", "2023年", "2024年", "増減率（％）"], ["Ａ", "12,480", "15,210", "21.9"], ["Ｂ", "8,930", "9,870", "10.5"]]
    page = [(JA, 10, 163 + 70 * col, 560 - 18 * row, text) for row, cells_ in enumerate(cells) for col, text in enumerate(cells_)]
    doc = extract(drawn_pdf([page]), name="l.pdf")
    cleaned = clean(doc)
    assert_conserved(doc, cleaned)
    assert [line.text.split("\t") for line in cleaned.lines] == [["地点", "2023年", "2024年", "増減率（％）"],
                                                                   ["A", "12,480", "15,210", "21.9"], ["B", "8,930", "9,870", "10.5"]]


def test_header_cells_closer_than_pdfminers_margin_are_cells_of_the_columns_below():
    """Trial 46: a header sets its words wider than the figures under them, so two header cells stand closer than
    pdfminer's ``char_margin`` and come as one piece (``Theatre Volume (m³)`` over ``A`` and ``3,150``); the header
    had fewer cells than its rows, and segment left it out of the table. White wider than a word space lying in a
    channel of the other rows parts the cells; a cell's own word space (``Mean mass``) stays a space."""
    rows = [["Species", "Mean mass (g)", "Rings", "Recaptures"], ["Wren", "9.8", "212", "41"],
            ["Dunnock", "20.6", "148", "37"], ["Chiffchaff", "7.9", "305", "22"]]
    right_edges = (0, 99, 150, 215)  # the first column flush left at 64, the others flush right
    page = [(EN, 10, 64, 640, "Birds ringed at the reservoir in 2022 are listed in Table 3.")]
    for k, cells in enumerate(rows):
        font = EN_BOLD if k == 0 else EN
        page += [(font, 8.5, 64, 610 - 14 * k, cells[0])]
        page += [(font, 8.5, 64 + edge - text_width(text, font, 8.5), 610 - 14 * k, text)
                 for edge, text in zip(right_edges[1:], cells[1:])]
    assert lines_of(page)[1:] == ["\t".join(cells) for cells in rows]


def test_a_word_space_inside_a_cell_stays_a_space():
    """Only the channels between cells are TABs; a cell of two words keeps its word space."""
    cells = [["Route", "2019 count", "2023 count"], ["North pier", "1,204", "1,388"], ["East pier", "860", "915"]]
    page = [(EN, 10, 100 + 110 * col, 560 - 16 * row, text) for row, cells_ in enumerate(cells) for col, text in enumerate(cells_)]
    assert lines_of(page) == ["Route\t2019 count\t2023 count", "North pier\t1,204\t1,388", "East pier\t860\t915"]


def test_a_margin_that_numbers_the_lines_is_no_table():
    text = ["Small islands depend on one ferry route for work, school and trade,",
            "and the timetable decides how long each trip takes from door to door.",
            "Waiting at the quay is the part of the trip that a timetable can change."]
    page = []
    for k, line in enumerate(text):
        page += [(EN, 7, 40, 700 - 14 * k, str(12 + k)), (EN, 10, 72, 700 - 14 * k, line)]
    assert lines_of(page) == ["12", "13", "14", *text]


def test_a_margin_numbering_the_lines_beside_a_contents_list_stays_out_of_its_rows():
    """Trial 46's regression run (aomart's and acmart's manuscripts): a margin numbers the lines at a pitch of its
    own, some numbers on a text line's baseline; beside a contents list, whose page numbers make a narrow column,
    the rows were a table and each line came with its margin number (``14⇥Harbour dues``). The margin is set apart
    (the numbering read as :func:`counts_lines` reads it) and the contents' rows keep their page numbers."""
    entries = [("Tides and harbours", "13"), ("Harbour dues", "17"), ("Pilots and their boats", "22"),
               ("Lighthouses", "29"), ("Ferries to the islands", "34"), ("Winter storms", "41")]
    page = [(EN, 7, 40, 720 - 12 * k, str(10 + k)) for k in range(14)]
    page += [(EN, 10, 72, 720 - 14 * k, title) for k, (title, _) in enumerate(entries)]
    page += [(EN, 10, 480 - text_width(number, EN, 10), 720 - 14 * k, number) for k, (_, number) in enumerate(entries)]
    assert [line for line in lines_of(page) if "\t" in line] == ["\t".join(entry) for entry in entries]


def test_contents_entries_keep_their_page_numbers():
    entries = [("第1章　調査の概要", "1"), ("1.1　調査の背景", "1"), ("第2章　調査の結果", "2"), ("2.1　今後の課題", "2")]
    page = [(JA, 16, 90, 740, "目次")]
    for k, (title, number) in enumerate(entries):
        page += [(JA, 11, 90, 700 - 26 * k, title), (JA, 11, 300, 700 - 26 * k, "…" * 15), (EN, 11, 500, 700 - 26 * k, number)]
    assert lines_of(page) == ["目次", *(f"{title}\t{'…' * 15}\t{number}" for title, number in entries)]


# --------------------------------------------------------------------------
# Ideographic space: kept where drawn, never made from a gap (docs/decisions.md, "Ideographic space")


def test_a_drawn_ideographic_space_stays_one_and_a_gap_or_a_drawn_space_does_not_become_one():
    caption = "表１\u3000地点別の歩行者通行量（人／日）"
    page = [(JA, 9.5, 150, 700, caption),
            (JA, 9.5, 150, 670, "表２ 地点別の歩行者通行量（人／日）"),  # a drawn U+0020 (ReportLab's Paragraph writes one)
            (JA, 9.5, 150, 640, "表３"), (JA, 9.5, 150 + 9.5 * 3, 640, "地点別の歩行者通行量（人／日）")]  # a gap of 1 em
    doc = extract(drawn_pdf([page]), name="l.pdf")
    written = [line for line in doc.lines if line.strip()]
    assert written[0] == caption
    assert [line.count("\u3000") for line in written] == [1, 0, 0]
    cleaned = clean(doc)
    assert cleaned.lines[0].text == "表1\u3000地点別の歩行者通行量（人／日）"


# --------------------------------------------------------------------------
# A page's writing direction: its main one, not any stack of glyphs on it

HIVES_A = ["Rooftop hives in the old harbour district were", "counted each spring by volunteers who kept",
           "a log of every colony they could find; the", "queens of the strongest colonies were marked"]
HIVES_B = ["with paint so that swarms could be traced to", "their hives. Losses over winter were highest",
           "on the exposed roofs facing the sea, where", "wind chilled the clusters."]
HIVES_C = ["Forage within two kilometres was mapped", "from aerial photographs of parks, verges",
           "and the cemetery lime trees in bloom."]
HIVES_D = ["Honey yields per colony are plotted in the", "figure below for the three survey years."]


def justified_column(x0: float, x1: float, top: float, lines: list[str], size: float = 9.5, leading: float = 11.8) -> list:
    """Runs for a paragraph set justified from ``x0`` to ``x1``, its last line flush left."""
    return [*(run for k, line in enumerate(lines[:-1]) for run in justified(line.split(), x0, x1, top - leading * k, size)),
            (EN, size, x0, top - leading * (len(lines) - 1), lines[-1])]


def test_letters_stacked_in_a_figure_leave_a_two_column_page_horizontal():
    """Trial 46: a plot in the right column labels its curves ``a`` ``b`` ``c`` at their ends, one over the other;
    pdfminer reads the stack as a vertical line, and that one line had made the whole page vertical writing: it was
    cut at the white band where both columns end a paragraph (read left-top, right-top, left-bottom, right-bottom),
    and its justified lines stayed in pieces where a word space stretched after a narrow glyph."""
    labels = [(EN, 6, 513, 560 - 10 * k, text) for k, text in enumerate("abc")]
    page = [*justified_column(57, 282, 700, HIVES_A), *justified_column(57, 282, 700 - 11.8 * 4 - 14, HIVES_B),
            *set_column(313, 700 - 11.8, [HIVES_C]), *set_column(313, 700 - 11.8 * 4 - 14, [HIVES_D]), *labels]
    assert [line for line in lines_of(page) if len(line) > 5] == [*HIVES_A, *HIVES_B, *HIVES_C, *HIVES_D]


CHOIR_L = ["The parish choir sang from the west gallery", "until the organ was moved in the last years",
           "of the century and the singers went with it."]
CHOIR_L2 = ["Seating plans from the vestry minutes show", "where each voice stood on feast days."]
CHOIR_R = ["Anthems copied by the clerk survive in two", "part-books, one for the trebles and one for",
           "the men, bound in calf with brass clasps."]
CHOIR_R2 = ["Several settings appear in both books with", "different words, as local custom required."]


def test_the_same_columns_are_read_through_a_white_band_across_both():
    """Trial 46's kind: a white band across the page is a true division where something spans it or the columns
    change; here a picture stands in each column at one height (no text: white to the reader) and the same two
    columns go on below it, so each column is read top to bottom through the band, not the page row by row."""
    page = [*set_column(57, 700, [CHOIR_L]), *set_column(57, 560, [CHOIR_L2]),
            *set_column(313, 700, [CHOIR_R]), *set_column(313, 560, [CHOIR_R2])]
    assert lines_of(page) == [*CHOIR_L, *CHOIR_L2, *CHOIR_R, *CHOIR_R2]


def test_a_grid_of_subfigure_captions_reads_row_by_row():
    """The same columns below a band go on only with text (two lines or more each): a grid of subfigures, a caption
    of one line under each picture, reads row by row (aiaa's template in the regression run)."""
    top = ["(a) Spring flood", "(b) Summer low", "(c) Autumn rise"]
    bottom = ["(d) Winter ice", "(e) Thawing ice", "(f) Second flood"]
    page = [(EN, 9, 60 + 170 * k, 600, text) for k, text in enumerate(top)]
    page += [(EN, 9, 60 + 170 * k, 450, text) for k, text in enumerate(bottom)]
    assert lines_of(page) == [*top, *bottom]


def test_a_caption_across_the_gutter_under_a_band_divides_the_columns():
    """A full-width figure's caption spans the gutter: the columns above it are read before it, those below after."""
    caption = "Figure 2: The west gallery before the organ was moved, from a drawing of 1861."
    page = [*set_column(57, 700, [CHOIR_L]), *set_column(313, 700, [CHOIR_R]), (EN, 10, 120, 580, caption),
            *set_column(57, 540, [CHOIR_L2]), *set_column(313, 540, [CHOIR_R2])]
    assert lines_of(page) == [*CHOIR_L, *CHOIR_R, caption, *CHOIR_L2, *CHOIR_R2]
