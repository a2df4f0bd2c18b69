"""Segment, PDFs: paragraphs rejoined from where the lines stand on the page (made-up papers, drawn here).

Justified English set in two columns, an abstract set at its own width, a
paragraph that goes on from the foot of one column to the head of the next,
references with a hanging indent, a Japanese abstract narrower than the body;
and what must stay apart: table rows, a heading under a full line.
"""

from __future__ import annotations

from pdfmaker import EN, JA, drawn_pdf, justified
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.segment import segment
from pipeline.segment.conservation import conservation_problems

LEFT, RIGHT, MID = (66.0, 291.0), (321.0, 546.0), (102.0, 510.0)


def run(pages: list[list]):
    cleaned = clean(extract(drawn_pdf(pages, size=(612, 792)), name="made-up/p.pdf"))
    doc = segment(cleaned)
    assert conservation_problems(cleaned, doc) == []
    [talk] = doc.talks
    return talk


def texts_of(talk) -> list[str]:
    return ([t.text for t in talk.front] + [p.text for s in talk.sections for p in s.paragraphs]
            + [s.title.text for s in talk.sections])


def column(lines: list[list[str]], x: tuple[float, float], top: float, size: float = 10.0, pitch: float = 12.5,
           last_ragged: bool = True, indent_first: bool = False) -> list:
    """A paragraph set justified in the column ``x`` from ``top`` down; its last line ragged (set at its own width)."""
    runs = []
    for k, words in enumerate(lines):
        y = top - pitch * k
        x0 = x[0] + (1.2 * size if indent_first and k == 0 else 0.0)
        if last_ragged and k == len(lines) - 1:
            runs.append((EN, size, x0, y, " ".join(words)))
        else:
            runs.extend(justified(words, x0, x[1], y, size))
    return runs


HEAD = [(EN, 16, 150, 730, "Ferry Timetables and Waiting Time in Island Towns"), (EN, 11, 230, 710, "Hannah Berg and Ola Sand")]

ABSTRACT = [
    "Island ferries run on timetables set decades ago while the towns they serve have changed, and".split(),
    "we ask how far waiting at the quay could be cut by a new timetable. Records kept between 2016 and".split(),
    "2022. Using ticket records from three island routes we show that moving two sailings cuts the".split(),
    "average wait by a quarter without any new vessel or crew.".split(),
]

INTRO = [
    "Small islands depend on one ferry route for work,".split(),
    "school and trade, and the timetable decides how".split(),
    "long each trip takes from door to door. Waiting".split(),
    "MAXIMUM WAITS WERE LOGGED BY HAND ON".split(),
    "paper forms until the harbour offices installed".split(),
    "ticket machines in the spring of the year when the".split(),
]
INTRO_RIGHT = [
    "study began, which gave us exact sailing times.".split(),
    "The records cover every sailing of three routes.".split(),
]


def test_english_abstract_and_a_paragraph_across_columns_are_one_paragraph_each():
    page = [*HEAD, (EN, 10, 287, 685, "Abstract"), *column(ABSTRACT, MID, 670, size=9.5, pitch=12),
            (EN, 12, 66, 600, "1 Introduction"), *column(INTRO, LEFT, 585, last_ragged=False, indent_first=True),
            *column(INTRO_RIGHT, RIGHT, 585)]
    texts = texts_of(run([page]))
    abstract = " ".join(" ".join(words) for words in ABSTRACT)
    assert abstract in texts  # a line led by a year (2022. Using…) carries the sentence on
    intro = " ".join(" ".join(words) for words in INTRO + INTRO_RIGHT)
    assert intro in texts  # a line of few wide letters still reaches the column's edge; then the next column


REFERENCES = [
    ("[1] A. Holm and B. Dahl. Ferry timetables for small islands.", "Journal of Island Transport, 12(3):45–60, 2014."),
    ("[2] C. Lund. Waiting at the quay: a study of three routes in",
     "the Baltic. Maritime Policy Review, special issue on ports,"),
]


def test_references_with_a_hanging_indent_are_one_entry_each():
    page = [*HEAD, (EN, 12, 66, 640, "1 Introduction"), *column(INTRO, LEFT, 625, last_ragged=False),
            *column(INTRO_RIGHT, LEFT, 625 - 12.5 * len(INTRO)), (EN, 12, 66, 500, "References")]
    y = 485.0
    for first, second in REFERENCES:
        page += [(EN, 8.5, 66, y, first), (EN, 8.5, 80, y - 10.5, second)]
        y -= 23.0
    page += [(EN, 8.5, 80, y + 23.0 - 21.0, "2675(9):301–312, 2021.")]
    texts = texts_of(run([page]))
    assert f"{REFERENCES[0][0]} {REFERENCES[0][1]}" in texts  # the entry's title ends in a full stop
    assert f"{REFERENCES[1][0]} {REFERENCES[1][1]} 2675(9):301–312, 2021." in texts  # a line of numbers goes on


BODY_JA = ("地方都市の路線バスは、利用者の減少と運転士の不足という二つの問題を同時に抱えている。多くの事業者は赤字路線を維持するため"
           "に自治体からの補助金に頼っており、補助金の額は年々増える傾向にある。こうした状況の中で、路線の統合や減便を含む再編が各地"
           "で進められてきた。")
ABSTRACT_JA = ("本稿は、人口十万人規模の地方都市三市において実施された路線バス再編を取り上げ、計画段階での住民参加の方法が利用者数と満足"
               "度にどのような影響を与えたかを検討する。")


def chunks(text: str, n: int) -> list[str]:
    return [text[k:k + n] for k in range(0, len(text), n)]


def test_japanese_abstract_set_narrower_than_the_body_is_one_paragraph():
    """The abstract's measure (22 characters at 9 pt) is its own, not the body's (30 at 10 pt)."""
    page = [(JA, 16, 150, 740, "地方都市における路線バス再編"), (JA, 11, 220, 715, "山田 花子"), (JA, 10, 100, 690, "要旨")]
    page += [(JA, 9, 100, 672 - 14 * k, line) for k, line in enumerate(chunks(ABSTRACT_JA, 22))]
    page += [(JA, 12, 60, 560, "1． はじめに")]
    body = chunks(BODY_JA, 30)
    page += [(JA, 10, 70 if k == 0 else 60, 540 - 16 * k, line) for k, line in enumerate(body)]
    texts = texts_of(run([page]))
    assert ABSTRACT_JA in texts
    assert BODY_JA in texts


def test_a_heading_under_a_full_line_stays_a_heading():
    body = chunks(BODY_JA, 30)
    page = [(JA, 16, 150, 740, "地方都市における路線バス再編"), (JA, 12, 60, 700, "1． はじめに")]
    page += [(JA, 10, 70 if k == 0 else 60, 680 - 16 * k, line) for k, line in enumerate(body[:3])]
    page += [(JA, 12, 60, 680 - 16 * 3 - 10, "2． 調査方法"), (JA, 10.5, 60, 680 - 16 * 4 - 14, "2.1 アンケート調査"),
             (JA, 10, 70, 680 - 16 * 5 - 16, body[3])]
    talk = run([page])
    assert [s.title.text for s in talk.sections][:3] == ["はじめに", "調査方法", "アンケート調査"]


def test_table_rows_of_a_japanese_paper_stay_rows():
    rows = ["Ａ 12,480 15,210 21.9", "Ｂ 8,930 9,870 10.5", "Ｃ 6,115 6,402 4.7"]
    page = [(JA, 16, 150, 740, "駅前商店街の歩行者通行量"), (JA, 12, 60, 700, "1． 調査の結果")]
    page += [(JA, 10, 60 + 10 * (k == 0), 680 - 16 * k, line) for k, line in enumerate(chunks(BODY_JA, 30)[:3])]
    page += [(JA, 10, 160, 620 - 18 * k, row) for k, row in enumerate(rows)]
    page += [(JA, 10, 60 + 10 * (k == 0), 550 - 16 * k, line) for k, line in enumerate(chunks(ABSTRACT_JA, 30))]
    texts = texts_of(run([page]))
    assert {"A 12,480 15,210 21.9", "B 8,930 9,870 10.5", "C 6,115 6,402 4.7"} <= set(texts)


def test_table_cells_drawn_apart_stay_cells_one_row_a_paragraph():
    """A table whose cells are drawn apart is read row by row, its cells parted by a TAB (extract's column
    separator), which clean's spacing rule leaves alone: ``地点`` and ``2023年`` are two cells, not one word."""
    cells = [["地点", "2023年", "2024年", "増減率（％）"], ["Ａ", "12,480", "15,210", "21.9"],
             ["Ｂ", "8,930", "9,870", "10.5"], ["Ｄ", "4,760", "4,388", "−7.8"]]
    page = [(JA, 16, 150, 740, "駅前商店街の歩行者通行量"), (JA, 12, 60, 700, "1． 調査の結果")]
    page += [(JA, 10, 60 + 10 * (k == 0), 680 - 16 * k, line) for k, line in enumerate(chunks(BODY_JA, 30))]
    page += [(JA, 10, 70, 680 - 16 * len(chunks(BODY_JA, 30)), "各地点の通行量を表１に示す。")]
    page += [(JA, 10, 163 + 70 * col, 560 - 18 * row, text) for row, cells_ in enumerate(cells)
             for col, text in enumerate(cells_)]
    page += [(JA, 10, 60 + 10 * (k == 0), 470 - 16 * k, line) for k, line in enumerate(chunks(ABSTRACT_JA, 30))]
    texts = texts_of(run([page]))
    rows = [text.split() for text in texts if text.startswith(("地点", "A", "B", "D"))]  # the old space glued 地点2023年
    assert rows == [["地点", "2023年", "2024年", "増減率（％）"], ["A", "12,480", "15,210", "21.9"],
                    ["B", "8,930", "9,870", "10.5"], ["D", "4,760", "4,388", "−7.8"]]
    assert all(text.count("\t") == 3 for text in texts if text.startswith(("地点", "A", "B", "D")))


PARAGRAPHS_WIDE_INDENT = [
    ["Harbour towns keep their ferry timetables for decades while the islands they".split(),
     "serve change around them, and the waiting at the quay grows with every school".split(),
     "and clinic that moves to the mainland.".split()],
    ["Records kept by the harbour offices between 2016 and 2022 show the same".split(),
     "pattern on all three routes: the first sailing leaves before the bus arrives, and".split(),
     "the last one before the shops close.".split()],
]


def test_a_first_line_set_in_by_an_inch_joins_the_lines_under_it():
    """A thesis class sets each paragraph's first line in by an inch (72 pt at 10 pt: over seven ems); the line
    still ends at the column's edge, so the next line carries its sentence on (real3_uantwerpen, real1_mugsthesis:
    ``…(and it remains`` / ``a mystery why…`` stayed two paragraphs). Lines centred on a title page, each
    starting further right than the next, stay lines."""
    page = [(EN, 16, 150, 730, "Ferry Timetables and Waiting Time"),
            (EN, 10, 200, 700, "A Thesis submitted to the Faculty of the School,"),
            (EN, 10, 258, 688, "Harbour University,"),
            (EN, 10, 206, 676, "in Partial Fulfillment of the Requirements for"),
            (EN, 12, 72, 640, "1 Introduction")]
    y = 620.0
    for paragraph in PARAGRAPHS_WIDE_INDENT:
        for k, words in enumerate(paragraph):
            x0 = 72.0 + (72.0 if k == 0 else 0.0)
            page += [(EN, 10, x0, y, " ".join(words))] if k == len(paragraph) - 1 else justified(words, x0, 540.0, y)
            y -= 14.0
    texts = texts_of(run([page]))
    for paragraph in PARAGRAPHS_WIDE_INDENT:
        assert " ".join(" ".join(words) for words in paragraph) in texts
    assert not any(t.startswith("Harbour University, in") for t in texts)


def test_a_chapter_label_set_large_atop_each_chapter_is_no_running_head():
    """Each chapter opens a page with its label set large (``Hoofdstuk 1`` at 20.7 pt over a 10.9 pt body,
    kdgmasterthesis): recurring at the pages' heads with only its number changing, it is a heading, not page
    furniture (a running head is set no larger than the body)."""
    body = ["Let us suppose that the noumena have nothing to do with necessity, since knowledge of the",
            "Categories is a posteriori. Hume tells us that the transcendental unity of apperception can not",
            "take account of the discipline of natural reason, by means of analytic unity."]
    pages = [[(EN, 20.7, 72, 700, f"Chapter {n}"), (EN, 24.8, 72, 650, title)]
             + [(EN, 10.9, 72, 600 - 14 * k, line) for k, line in enumerate(body)]
             for n, title in enumerate(["Research Question", "Literature Review", "Own Work"], 1)]
    cleaned = clean(extract(drawn_pdf(pages, size=(612, 792)), name="made-up/t.pdf"))
    doc = segment(cleaned)
    assert not [row.text for row in doc.ledger if row.text.startswith("Chapter")]
