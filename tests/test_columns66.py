"""Three text columns, and a paragraph's end hidden at a column's foot (issue 16 point 4, helper col66).

Pages are drawn here (tests/pdfmaker.py's ``flowed_pages``: lines flowed through column frames as a typesetter fills
them, moving on when the next line, with a paragraph's white before it, does not fit) and run through the whole
pipeline. Inputs of the same kinds, with their expected paragraphs: /work/regress/in_col66/ (``make_col66.py``,
``make_near66.py``, ``check_col66.py``).
"""

import unicodedata
from pathlib import Path

from pdfminer.layout import LTTextLineHorizontal

from pdfmaker import EN, EN_BOLD, JA, drawn_pdf, flowed_pages, text_width, wrapped_words
from pipeline.extract.columns import horizontal_order
from reliability import one_talk, sections_of
from test_columns65b import BROKEN, GOES_ON, NEXT, OPENING, frames_breaking_after, padded_full

W = 595.28
COLS3 = [(40, 200), (218, 378), (396, 556)]


def _paragraphs(talk: dict) -> list[str]:
    return [unicodedata.normalize("NFKC", p) for _, ps in sections_of(talk) for p in ps]


def _centred(text: str, y: float, font: str = EN, size: float = 10.0) -> tuple:
    return (font, size, (W - text_width(text, font, size)) / 2, y, text)


# -- a paragraph's end at a column's foot, the next paragraph parted by white alone -----------------------------------

MORE = [("p", "Harbour masters kept their own logs of every landing, and most of them were glad to show us the books. "
              "Some went back forty years, written by hand in a dozen different inks."),
        ("p", "The logs agree with the council's counts in the years both exist. Where they differ, the council's "
              "figures were estimates made from fuel sales rather than from boats seen at the quay."),
        ("p", "Shops on the front depend on the boats more than on the visitors. A shop owner in the smallest town "
              "told us that one boat landing each morning keeps her open through the winter.")]


def _foot_pages(blocks: list, first: str, *, size: float, leading: float, gap: float, indent: float = 0.0,
                room: bool) -> list:
    """Two columns of one page (then a page 2), both frames ending at one foot, the left column's last line ``first``'s
    (the start of a block's text): with ``room``, the foot is set where the next paragraph's white and first line
    would not fit under it but one more line would, and among such feet the first under which the right column's
    last line stands a line pitch or more below the left column's (a page shows the room so); without, right under
    ``first``'s last line (the column full)."""
    baseline = frames_breaking_after(blocks, first, (0, 50, 287, 720), [], size=size, leading=leading, gap=gap,
                                     indent=indent)[0][4] + 1.5 * leading
    offsets = [k / 2 for k in range(1, int(2 * gap))] if room else [-0.5 * leading]
    for off in offsets:
        bottom = baseline - 2 * leading - off
        frames = [(0, 50, 287, 720, bottom), (0, 308, 545, 720, bottom), (1, 50, 287, 780, 60)]
        pages = flowed_pages(blocks, frames, size=size, leading=leading, gap=gap, indent=indent)
        right = min(run[3] for run in pages[0] if run[2] > 300)
        if not room or baseline - right >= leading:
            return pages
    raise AssertionError("no foot shows the room")


def _foot_talk(tmp_path: Path, name: str, paragraph: str, *, room: bool) -> dict:
    """An opening paragraph, ``paragraph`` (whose first part ends the left column), ``NEXT`` and ``MORE``: paragraphs
    parted by a blank line's white, flush (:func:`_foot_pages`)."""
    size, leading = 10.0, 12.5
    first = paragraph.split(" " + GOES_ON)[0]
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", paragraph), ("p", NEXT), *MORE]
    pages = _foot_pages(blocks, first, size=size, leading=leading, gap=leading, room=room)
    title = "Working Harbours on the West Coast"
    pages[0] = [(EN_BOLD, 14, (W - text_width(title, EN_BOLD, 14)) / 2, 790, title), *pages[0]]
    path = tmp_path / name
    path.write_bytes(drawn_pdf(pages))
    return one_talk(path, tmp_path)


def test_a_column_broken_with_room_for_a_line_ends_its_paragraph(tmp_path: Path) -> None:
    # the left column's last line ends a sentence and is full (the next word would not fit after it), but the column
    # broke a line short of the right column's foot: the paragraph's next line would have fitted there, the next
    # paragraph's white and first line did not. The document parts its paragraphs by white (a blank line's), so it is a
    # paragraph's end (tests/test_columns65b.py's strict xfail, where the left column is the page's longest, shows
    # no such room and stays a known miss)
    last = padded_full(BROKEN, NEXT.split()[0], 237, 10.0)
    talk = _foot_talk(tmp_path, "room.pdf", last, room=True)
    assert _paragraphs(talk) == [OPENING, last, NEXT, *(t for _, t in MORE)]


def test_a_column_filled_to_its_foot_goes_on_by_first_fit(tmp_path: Path) -> None:
    # near miss: the same full line, the column filled down to the right column's foot: first fit reads the paragraph
    # going on at the right column's head (trial 65b's kind), as before
    first = padded_full(BROKEN, GOES_ON.split()[0], 237, 10.0)
    talk = _foot_talk(tmp_path, "filled.pdf", first + " " + GOES_ON, room=False)
    assert _paragraphs(talk) == [OPENING, first + " " + GOES_ON, NEXT, *(t for _, t in MORE)]


def test_a_column_broken_short_goes_on_where_paragraphs_are_set_in(tmp_path: Path) -> None:
    # near miss: a document that indents its paragraphs (no white between them) breaks a column short for its own
    # reasons (a widow kept off the next column's head): no paragraph's white to miss, first fit decides
    size, leading, indent = 10.0, 12.5, 12.0
    first = padded_full(BROKEN, GOES_ON.split()[0], 237, size, indent=indent)
    blocks = [("h", "1. Introduction"), ("p", OPENING), ("p", first + " " + GOES_ON), ("p", NEXT), *MORE]
    baseline = frames_breaking_after(blocks, first, (0, 50, 287, 720), [], size=size, leading=leading,
                                     indent=indent)[0][4] + 1.5 * leading
    frames = [(0, 50, 287, 720, baseline - 0.5 * leading), (0, 308, 545, 720, baseline - 2.5 * leading),
              (1, 50, 287, 780, 60)]
    pages = flowed_pages(blocks, frames, size=size, leading=leading, indent=indent)
    path = tmp_path / "indented.pdf"
    path.write_bytes(drawn_pdf(pages))
    talk = one_talk(path, tmp_path)
    assert _paragraphs(talk) == [OPENING, first + " " + GOES_ON, NEXT, *(t for _, t in MORE)]


# -- three columns ----------------------------------------------------------------------------------------------------

EN_A = [
    ("h", "1. Introduction"),
    ("p", "Small towns along the river have seen their bus services cut twice in the last decade. Each cut was made "
          "to save money, and each time the number of riders fell further, so that the savings were soon eaten up by "
          "the loss of fares."),
    ("p", "This paper looks at what happened in six of those towns after the second round of cuts. We asked who still "
          "rides the bus, where they go and what they do when no bus runs at the hour they need one."),
    ("p", "The answers were not what the councils expected. Most riders were not the old or the young but people of "
          "working age without a car, travelling to shifts that start before the first bus of the day."),
    ("h", "2. Data"),
    ("p", "We rode every route in the six towns on two weekdays and one Saturday in spring. On each trip we counted "
          "the riders getting on and off at every stop and asked those willing to talk a short set of questions."),
    ("p", "In all we spoke with 412 riders. The operators gave us their ticket data for the same months, which let us "
          "check our counts against the fares taken on each route and hour."),
    ("p", "Council minutes from the ten years before the survey told us when each route was changed and why. Where a "
          "reason was given it was almost always the cost per rider, measured on the whole route."),
]
EN_B = [
    ("h", "3. Findings"),
    ("p", "Early trips carried the most riders for their cost. The first bus of the day on four of the six routes was "
          "full or nearly full on every weekday we rode it, while the midday trips ran half empty."),
    ("p", "Riders who had lost an early bus in the cuts had found other ways to work. Some walked for an hour, some "
          "paid a neighbour for a lift, and a few had given up the job altogether."),
    ("p", "Saturday services were used by a different group. Families going to the market and older people visiting "
          "relatives made up most of the riders, and few of them had any other way to travel."),
    ("h", "4. Discussion"),
    ("p", "Measuring the cost per rider over a whole route hides the trips that matter most. A route may look weak "
          "on average while its first and last trips are among the busiest in the town."),
    ("p", "Councils could keep the early trips and cut the quiet middle of the day instead. In two of the towns this "
          "would have saved as much as the cuts that were made, with far fewer riders stranded."),
    ("h", "5. Conclusion"),
    ("p", "The bus is still how many people in these towns get to work. Planning by the hour rather than by the route "
          "would let councils save money without cutting the trips that people depend on."),
]
EN_ABSTRACT = ("We surveyed bus riders in six small river towns after two rounds of service cuts. Early trips carried "
               "the most riders for their cost, and cutting them left working people without a way to reach their "
               "shifts. Councils planning by the hour could save as much while keeping the trips that matter.")
EN_CAPTION = "Figure 1: Riders on each trip of route 4 on a weekday, by hour of departure."

JA_A = [
    ("h", "１．はじめに"),
    ("p", "本稿では、川沿いの小さな町における路線バスの利用実態について、六つの町での調査をもとに検討する。過去十年の間に"
          "二度の減便が行われ、そのたびに利用者が減り、運賃収入の減少が節約分を上回る結果となった。"),
    ("p", "二度目の減便の後、誰がまだバスに乗り、どこへ向かい、必要な時間にバスがない場合にどうしているのかを尋ねた。"),
    ("p", "結果は町の予想とは異なっていた。利用者の多くは高齢者や学生ではなく、車を持たない働く世代であり、始発より早く"
          "始まる勤務に向かう人々であった。"),
    ("h", "２．調査の方法"),
    ("p", "春の平日二日と土曜日一日に、六つの町のすべての路線に乗車した。各便で停留所ごとの乗降者数を数え、協力を得られた"
          "利用者には短い質問に答えてもらった。"),
    ("p", "合計で四百十二人から回答を得た。事業者からは同じ月の乗車券の記録の提供を受け、路線と時間帯ごとの運賃収入と"
          "照合した。"),
]
JA_B = [
    ("h", "３．結果"),
    ("p", "早朝の便は費用に比べて最も多くの利用者を運んでいた。六路線のうち四路線では、平日の始発便がほぼ毎日満員であり、"
          "昼間の便は半分ほどしか埋まっていなかった。"),
    ("p", "減便で早朝の便を失った利用者は、別の手段で通勤していた。一時間歩く人、近所の人に送ってもらう人がおり、仕事を"
          "辞めた人もいた。"),
    ("h", "４．考察"),
    ("p", "路線全体で利用者一人当たりの費用を測ると、最も重要な便が見えなくなる。平均では弱く見える路線でも、始発と最終の"
          "便は町で最も混雑する便の一つであることがある。"),
    ("p", "時間帯ごとに計画すれば、利用者が頼る便を減らさずに費用を抑えることができる。"),
]
JA_ABSTRACT = ("川沿いの六つの町で、二度の減便の後のバス利用者を調査した。早朝の便は費用に比べて最も多くの利用者を運んでおり、"
               "これを減らすと働く人々が通勤の手段を失った。時間帯ごとに計画すれば、同じだけの節約をしながら重要な便を"
               "残すことができる。")
JA_CAPTION = "図１　路線４の平日の便ごとの利用者数（出発時刻別）"


def _three_columns(tmp_path: Path, name: str, A: list, B: list, abstract: str, caption: str, title: str, span: str, *,
                   font: str = EN, size: float = 9.0, leading: float = 11.0, gap: float = 5.0, indent: float = 0.0,
                   bottom: float = 100.0, b_bottom: float | None = None) -> dict:
    """Page 1: a title, a single-column abstract, three columns under it (a figure at the third column's head, its
    caption under it); page 2: part A's rest balanced over three columns, ``span`` set across them, part B in three
    columns; page 3: what is left. The text stands in the pages' upper half (DY): a short run of columns."""
    dy = 442.0
    bold = EN_BOLD if font == EN else font
    runs = [_centred(title, 375, bold, 15), _centred("Mary Holt and Tom Reyes" if font == EN else "山田 花子・鈴木 一郎", 358, font, 10),
            _centred("Abstract" if font == EN else "概要", 338, bold, 10)]
    rows = wrapped_words(abstract, font, 9.5, 415)
    runs += [(font, 9.5, 90, 324 - 11.5 * k, row) for k, row in enumerate(rows)]
    top = 324 - 11.5 * len(rows) - 16
    runs += [(font, 8, COLS3[2][0], top - 60 - 9.5 * k, row)
             for k, row in enumerate(wrapped_words(caption, font, 8, COLS3[2][1] - COLS3[2][0]))]
    frames = [(0, *COLS3[0], top, bottom), (0, *COLS3[1], top, bottom), (0, *COLS3[2], top - 90, bottom)]
    kw = dict(font=font, size=size, leading=leading, gap=gap, indent=indent)
    probe = flowed_pages(A, [*frames, (1, *COLS3[0], 375, -10000)], **kw)
    rest = len({run[3] for run in probe[1]})
    low = 375 - leading * (-(-rest // 3) + 1) - 2  # part A's rest balanced over three columns
    a = flowed_pages(A, [*frames, *((1, *c, 375, low) for c in COLS3)], **kw)
    span_y = low - 12
    b_bottom = max(bottom, 140) if b_bottom is None else b_bottom
    b = flowed_pages(B, [*((1, *c, span_y - 22, b_bottom) for c in COLS3), (2, *COLS3[0], 375, 40)], **kw)
    pages = [runs + a[0], [*a[1], _centred(span, span_y, bold, 12), *b[1]]] + ([b[2]] if len(b) > 2 and b[2] else [])
    path = tmp_path / name
    path.write_bytes(drawn_pdf([[(f, s, x, y + dy, t) for f, s, x, y, t in page] for page in pages]))
    return one_talk(path, tmp_path)


def _expected(A: list, B: list) -> list[str]:
    return [unicodedata.normalize("NFKC", t) for k, t in [*A, *B] if k == "p"]


def test_three_english_columns_under_an_abstract_read_in_order_across_a_heading_set_over_them(tmp_path: Path) -> None:
    # a heading centred over three columns stands over the middle one and runs into both gutters: it had been read
    # as the middle column's head (and the columns above and below it as one section, each read top to bottom
    # through it); the last page holds one column of the three, whose ragged wraps had been kept; a column broken a
    # line short under a paragraph's full last line ended that paragraph
    talk = _three_columns(tmp_path, "three_en.pdf", EN_A, EN_B, EN_ABSTRACT, EN_CAPTION,
                          "Early Buses in Small River Towns", "Part II: What the Riders Told Us", size=10,
                          leading=12.5, gap=6)
    paragraphs = _paragraphs(talk)
    assert [p for p in paragraphs if p != EN_CAPTION] == [EN_ABSTRACT, *_expected(EN_A, EN_B)]
    assert EN_CAPTION in paragraphs
    assert [title for title, _ in sections_of(talk)] == ["Abstract", "Introduction", "Data", "What the Riders Told Us",
                                                        "Findings", "Discussion", "Conclusion"]


def test_three_japanese_columns_under_a_figure_read_column_by_column(tmp_path: Path) -> None:
    # a figure at the third column's head: the caption's row, beside the other two columns' lines, opened a column
    # the section lacked and ended it, and the first two columns were read to that row, then again from it; the
    # heading over the three columns was read as the middle column's first line
    talk = _three_columns(tmp_path, "three_ja.pdf", JA_A, JA_B, JA_ABSTRACT, JA_CAPTION, "川沿いの町の早朝バス",
                          "第２部　利用者の声", font=JA, leading=14, indent=9, bottom=190)
    caption = unicodedata.normalize("NFKC", JA_CAPTION)
    paragraphs = _paragraphs(talk)
    assert [p for p in paragraphs if p != caption] == [unicodedata.normalize("NFKC", JA_ABSTRACT), *_expected(JA_A, JA_B)]
    # a part's heading (``第2部``) is titled by the words after its label, as ``Part II: Case Studies`` is (helper real72)
    assert [title for title, _ in sections_of(talk)][3:] == ["利用者の声", "結果", "考察"]
    assert talk["paper"]["sections"][3]["heading"] == "第2部\u3000利用者の声"


def test_a_japanese_paragraph_opening_a_page_set_in_over_its_second_line_goes_on(tmp_path: Path) -> None:
    # page 2 opens on a paragraph's first line, set in, full and ending 。 (``結果は町の予想とは異なっていた。``), over
    # the flush line that goes on: extract reads a column's first line alone as a box of its own (no raw indent), and
    # so does a paragraph's first line alone at a column's foot, so the text counted as starting some paragraphs
    # flush, and its full 。-lines ended paragraphs; the heading set larger over the columns opened none either
    talk = _three_columns(tmp_path, "three_ja_head.pdf", JA_A, JA_B, JA_ABSTRACT, JA_CAPTION, "川沿いの町の早朝バス",
                          "第２部　利用者の声", font=JA, leading=14, indent=9, bottom=190, b_bottom=140)
    caption = unicodedata.normalize("NFKC", JA_CAPTION)
    paragraphs = _paragraphs(talk)
    assert [p for p in paragraphs if p != caption] == [unicodedata.normalize("NFKC", JA_ABSTRACT), *_expected(JA_A, JA_B)]


def test_three_japanese_columns_parted_by_white_stay_text_beside_a_smaller_caption(tmp_path: Path) -> None:
    # paragraphs parted by white, no indent: the caption (8 pt) and a paragraph's last line in the third column made
    # it look ragged, and the three columns' lines had become a table's rows of cells (``１．はじめに⇥結果は…``);
    # a full line's 。 over a flush line at the column's pitch is a wrap there
    talk = _three_columns(tmp_path, "three_ja_spaced.pdf", JA_A, JA_B, JA_ABSTRACT, JA_CAPTION, "川沿いの町の早朝バス",
                          "第２部　利用者の声", font=JA, leading=14, gap=7)
    caption = unicodedata.normalize("NFKC", JA_CAPTION)
    paragraphs = _paragraphs(talk)
    assert [p for p in paragraphs if p != caption] == [unicodedata.normalize("NFKC", JA_ABSTRACT), *_expected(JA_A, JA_B)]


def test_a_wide_table_of_three_cells_in_one_column_stays_a_table(tmp_path: Path) -> None:
    # near miss: a one-column page whose table sets its cells in three columns across the page is no three text
    # columns: its rows stay rows, parted by TAB, between the paragraphs
    rows = [("Town", "Riders a weekday", "Early trips kept"), ("Ashford", "1,240", "Two of three"),
            ("Bexley Bridge", "860", "One of two"), ("Carrow", "2,115", "All four"), ("Dunmore", "430", "None")]
    runs = [_centred("Riders and Early Trips", 780, EN_BOLD, 14)]
    before = wrapped_words(OPENING, EN, 10, 451)
    runs += [(EN, 10, 72, 740 - 13 * k, row) for k, row in enumerate(before)]
    y = 740 - 13 * len(before) - 14
    for row in rows:
        runs += [(EN, 10, x, y, cell) for x, cell in zip((72, 250, 420), row)]
        y -= 14
    after = wrapped_words(NEXT, EN, 10, 451)
    runs += [(EN, 10, 72, y - 14 - 13 * k, row) for k, row in enumerate(after)]
    path = tmp_path / "table.pdf"
    path.write_bytes(drawn_pdf([runs]))
    talk = one_talk(path, tmp_path)
    section = talk["paper"]["sections"][0]
    assert [p["text"] for p in section["paragraphs"]] == [OPENING, "\n".join("\t".join(r) for r in rows), NEXT]


def _line(x0: float, y0: float, x1: float, text: str = "text") -> LTTextLineHorizontal:
    class Line(LTTextLineHorizontal):
        def get_text(self) -> str:
            return text
    obj = Line(0.1)
    obj.set_bbox((x0, y0, x1, y0 + 9))
    return obj


def test_a_row_set_across_three_columns_ends_their_section() -> None:
    # a heading centred over three columns (over the middle one, into both gutters) between two runs of them: each
    # run is read column by column, the heading between; it had been taken into the middle column
    above = [_line(x0, 700 - 11 * k, x1) for k in range(3) for x0, x1 in COLS3]
    heading = _line(208, 655, 388, "Part II")
    below = [_line(x0, 630 - 11 * k, x1) for k in range(3) for x0, x1 in COLS3]
    order = horizontal_order([*below, heading, *above])
    by_column = [line for x0, _ in COLS3 for line in above if line.x0 == x0]
    assert order == [*by_column, heading, *(line for x0, _ in COLS3 for line in below if line.x0 == x0)]


def test_a_column_opening_under_a_figure_joins_the_section() -> None:
    # the third column's text starts lower (a picture over it): its first row stands beside the other columns' lines
    left = [_line(40, 700 - 11 * k, 200) for k in range(8)]
    middle = [_line(218, 700 - 11 * k, 378) for k in range(8)]
    right = [_line(396, 700 - 11 * k, 556) for k in range(4, 8)]
    order = horizontal_order([*right, *middle, *left])
    assert order == [*left, *middle, *right]
